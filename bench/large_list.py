"""How the commitments list copes with a large profile, against a bare Qt floor in the same run.

    python bench/large_list.py            # 10,000 commitments
    python bench/large_list.py --quick    # 1,000 commitments

Steps: a throwaway delegate profile gets N demo commitments, inserted through the repository
in one session (timed on its own); then, offscreen,

- ``show_ms``: from constructing :class:`CommitmentsPage` to the populated list painted;
- ``filter_ms_*``: a six-letter word typed into the search box one key at a time, each key
  timed until the list has repainted (the quick filter; the full-text search runs after
  the typing pause and is timed apart as ``fts_ms``); target under 50 ms for every key, the
  first included: ``filter_ms_max`` is the worst key, ``filter_ms_keys`` lists them all. (The
  view lays out and repaints from posted events, so part of a key's repaint can land in the
  next key's time: the same for the floor);
- ``*_rss_mb``: resident memory added by the page.

The floor is a bare ``QTableView`` over a ``QStandardItemModel`` holding the same display
strings (every column, so both paint the same text) behind a ``QSortFilterProxyModel``
filtering the title column in C++, built and shown from strings already in memory;
``*_ratio`` keys divide our figure by the floor's. Painting is software rendering offscreen,
so absolute figures depend much on the machine; the ratios less so.
The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORD = "action"  # in "Clean air action plan for ...": about one title in sixteen
TARGET_FILTER_MS = 50.0


def rss_mb() -> float:
    status = Path("/proc/self/status")
    if status.exists():
        match = re.search(r"^VmRSS:\s+(\d+) kB", status.read_text(), re.MULTILINE)
        if match:
            return int(match.group(1)) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak, in kB on Linux


def build_profile(directory: Path, rows: int) -> tuple[Any, float]:
    from kin_desktop.core.schemas import RecordType
    from kin_desktop.services import demo, profiles
    from kin_desktop.services.demo_content import build_demo

    profiles.init_delegate(
        directory,
        name="Bench Delegate",
        city="Ho Chi Minh City",
        country="VN",
        category="city-expert",
        keyring_backend=demo.demo_keyring(),
    )
    bodies = build_demo(1, practices=0, commitments=rows).commitments
    workspace = profiles.open_workspace(directory)
    started = time.perf_counter()
    with workspace.session() as session:
        for body in bodies:
            profiles.save_record(session, RecordType.COMMITMENT, body)
    return workspace, time.perf_counter() - started


def wait_for(app: Any, signal: Any, timeout_ms: int = 120_000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)
    app.processEvents()


def type_word(app: Any, edit: Any) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    edit.clear()
    app.processEvents()
    timings = []
    for char in WORD:
        started = time.perf_counter()
        QTest.keyClick(edit, char, Qt.KeyboardModifier.NoModifier)
        app.processEvents()  # the view repaints
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 commitments instead of 10,000")
    args = parser.parse_args(argv)
    rows = 1_000 if args.quick else 10_000

    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

    from kin_desktop.services.records import RecordService
    from kin_desktop.ui.records import CommitmentsPage
    from kin_desktop.ui.records.models import CommitmentTableModel

    with tempfile.TemporaryDirectory(prefix="kin-bench-") as temp:
        workspace, insert_s = build_profile(Path(temp) / "profile", rows)
        app = QApplication.instance() or QApplication(sys.argv)
        service = RecordService(workspace)

        started = time.perf_counter()
        listed = service.list_commitments()
        list_ms = (time.perf_counter() - started) * 1000

        # The floor: the same strings, every column, in Qt's own model, filtered in C++.
        columns = CommitmentTableModel.columns
        cells = [[column.text(row) for column in columns] for row in listed]
        app.processEvents()
        rss_before = rss_mb()
        started = time.perf_counter()
        floor = QWidget()
        floor_edit = QLineEdit()
        floor_model = QStandardItemModel(len(cells), len(columns))
        for number, texts in enumerate(cells):
            for column, text in enumerate(texts):
                floor_model.setItem(number, column, QStandardItem(text))
        floor_proxy = QSortFilterProxyModel()
        floor_proxy.setSourceModel(floor_model)
        floor_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        floor_proxy.setFilterKeyColumn(0)
        floor_edit.textChanged.connect(floor_proxy.setFilterFixedString)
        floor_view = QTableView()
        floor_view.setModel(floor_proxy)
        floor_layout = QVBoxLayout(floor)
        floor_layout.addWidget(floor_edit)
        floor_layout.addWidget(floor_view)
        floor.resize(1100, 750)
        floor.show()
        app.processEvents()
        floor_show_ms = (time.perf_counter() - started) * 1000
        floor_rss = rss_mb() - rss_before
        floor_keys = type_word(app, floor_edit)

        rss_before = rss_mb()
        started = time.perf_counter()
        page = CommitmentsPage(service)
        page.resize(1100, 750)
        page.show()
        wait_for(app, page.list_refreshed)
        show_ms = (time.perf_counter() - started) * 1000
        page_rss = rss_mb() - rss_before
        assert page.proxy.rowCount() == rows, page.proxy.rowCount()
        keys = type_word(app, page.search_edit)
        quick_hits = page.proxy.rowCount()
        started = time.perf_counter()
        task = page.search_now()
        assert task is not None
        wait_for(app, page.search_finished)
        fts_ms = (time.perf_counter() - started) * 1000
        fts_hits = page.proxy.rowCount()
        total_rss = rss_mb()
        page.close()
        floor.close()
        workspace.close()

    result = {
        "rows": rows,
        "insert_s": round(insert_s, 2),
        "list_ms": round(list_ms, 1),
        "show_ms": round(show_ms, 1),
        "floor_show_ms": round(floor_show_ms, 1),
        "show_ratio": round(show_ms / floor_show_ms, 2),
        "filter_ms_mean": round(statistics.fmean(keys), 2),
        "filter_ms_max": round(max(keys), 2),
        "filter_ms_keys": [round(key, 1) for key in keys],
        "floor_filter_ms_mean": round(statistics.fmean(floor_keys), 2),
        "floor_filter_ms_max": round(max(floor_keys), 2),
        "floor_filter_ms_keys": [round(key, 1) for key in floor_keys],
        "filter_ratio": round(statistics.fmean(keys) / statistics.fmean(floor_keys), 2),
        "filter_target_ms": TARGET_FILTER_MS,
        "filter_within_target": max(keys) < TARGET_FILTER_MS,
        "quick_filter_hits": quick_hits,
        "fts_ms": round(fts_ms, 1),
        "fts_hits": fts_hits,
        "page_rss_mb": round(page_rss, 1),
        "floor_rss_mb": round(floor_rss, 1),
        "rss_ratio": round(page_rss / floor_rss, 2) if floor_rss > 0 else None,
        "total_rss_mb": round(total_rss, 1),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
