"""The secretariat's Review page with many commitments, against a bare Qt floor in the same run.

    python bench/review_table.py            # 10,000 commitments
    python bench/review_table.py --quick    # 1,000 commitments

A throwaway secretariat profile gets N demo commitments, inserted through the repository in one
session (timed on its own; the review service lists every commitment whoever owns it). Then,
offscreen:

- ``open_ms``: from constructing :class:`ReviewPage` to the populated commitments list painted
  (the rows are read by ``ReviewService.rows`` off the GUI thread);
- ``sort_ms``: sorting by title, then by review state, each until repainted (mean of the two);
- ``filter_ms``: a sector filter chosen in its combo, until repainted; ``key_ms_*``: a word
  typed into the search box one key at a time, each key until repainted (the full-text search runs
  after the typing pause and is timed apart as ``fts_ms``);
- ``page_rss_mb``: resident memory added by the page.

The floor is a bare ``QTableView`` over a ``QStandardItemModel`` holding the same display strings
(every column) behind a ``QSortFilterProxyModel`` sorting and filtering in C++. ``*_ratio`` keys
divide our figure by the floor's. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from large_list import rss_mb, type_word, wait_for  # noqa: E402 - bench/ is on sys.path when run

WORD = "action"  # in "Clean air action plan for ...": about one title in sixteen


def build_profile(directory: Path, rows: int) -> tuple[Any, float]:
    """N demo commitments merged in one ``repository.add_revisions`` call, as an import would."""
    import uuid

    from kin_desktop.core.records import make_revision
    from kin_desktop.core.schemas import RecordType
    from kin_desktop.services import demo, profiles
    from kin_desktop.services.demo_content import build_demo
    from kin_desktop.storage import repository

    info = profiles.init_secretariat(directory, name="Bench Secretariat", keyring_backend=demo.demo_keyring())
    assert info.key_id is not None
    bodies = build_demo(1, practices=0, commitments=rows).commitments
    workspace = profiles.open_workspace(directory)
    started = time.perf_counter()
    revisions = [
        make_revision(
            str(uuid.UUID(int=number + 1, version=4)),
            RecordType.COMMITMENT,
            info.key_id,
            (),
            info.key_id,
            f"{1_190_000_000_000 + number * 1000:013d}.00000.bench",
            body,
        )
        for number, body in enumerate(bodies)
    ]
    with workspace.session() as session:
        repository.add_revisions(revisions, session=session, verified=True)
    return workspace, time.perf_counter() - started


def repainted(app: Any, action: Any) -> float:
    started = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 commitments instead of 10,000")
    args = parser.parse_args(argv)
    rows = 1_000 if args.quick else 10_000

    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

    from kin_desktop.services.review import ReviewService
    from kin_desktop.ui.records import labels
    from kin_desktop.ui.secretariat.review import ReviewPage, review_columns

    with tempfile.TemporaryDirectory(prefix="kin-bench-") as temp:
        workspace, insert_s = build_profile(Path(temp) / "profile", rows)
        app = QApplication.instance() or QApplication(sys.argv)
        service = ReviewService(workspace)
        started = time.perf_counter()
        listed = service.rows("commitment")
        list_ms = (time.perf_counter() - started) * 1000
        columns = review_columns("commitment")
        state_column = next(i for i, c in enumerate(columns) if c.key == "state")
        sectors_column = next(i for i, c in enumerate(columns) if c.key == "sectors")
        title_column = 0
        wanted_sector = "solid_waste"

        # The floor: the same strings in Qt's own model, sorted and filtered in C++.
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
        floor_view.setSortingEnabled(True)
        floor_layout = QVBoxLayout(floor)
        floor_layout.addWidget(floor_edit)
        floor_layout.addWidget(floor_view)
        floor.resize(1100, 720)
        floor.show()
        app.processEvents()
        floor_open_ms = (time.perf_counter() - started) * 1000
        floor_rss = rss_mb() - rss_before
        floor_sorts = [
            repainted(app, lambda: floor_view.sortByColumn(title_column, Qt.SortOrder.AscendingOrder)),
            repainted(app, lambda: floor_view.sortByColumn(state_column, Qt.SortOrder.AscendingOrder)),
        ]

        def floor_filter() -> None:
            floor_proxy.setFilterKeyColumn(sectors_column)
            floor_proxy.setFilterFixedString(labels.sector_label(wanted_sector))

        floor_filter_ms = repainted(app, floor_filter)
        floor_proxy.setFilterFixedString("")
        floor_proxy.setFilterKeyColumn(0)
        app.processEvents()
        floor_keys = type_word(app, floor_edit)

        rss_before = rss_mb()
        started = time.perf_counter()
        page = ReviewPage(workspace)
        page.resize(1100, 720)
        page.show()
        tab = page.commitments
        wait_for(app, tab.rows_loaded)
        open_ms = (time.perf_counter() - started) * 1000
        page_rss = rss_mb() - rss_before
        assert tab.proxy.rowCount() == rows, tab.proxy.rowCount()
        sorts = [
            repainted(app, lambda: tab.table.sortByColumn(title_column, Qt.SortOrder.AscendingOrder)),
            repainted(app, lambda: tab.table.sortByColumn(state_column, Qt.SortOrder.AscendingOrder)),
        ]
        combo = tab.sector_combo
        filter_ms = repainted(app, lambda: combo.setCurrentIndex(combo.findData(wanted_sector)))
        filtered = tab.proxy.rowCount()
        combo.setCurrentIndex(0)
        app.processEvents()
        keys = type_word(app, tab.search_edit)
        quick_hits = tab.proxy.rowCount()
        started = time.perf_counter()
        task = tab.search_now()
        assert task is not None
        wait_for(app, tab.search_finished)
        fts_ms = (time.perf_counter() - started) * 1000
        total_rss = rss_mb()
        page.close()
        floor.close()
        workspace.close()

    sort_ms, floor_sort_ms = statistics.fmean(sorts), statistics.fmean(floor_sorts)
    result = {
        "rows": rows,
        "insert_s": round(insert_s, 2),
        "list_ms": round(list_ms, 1),
        "open_ms": round(open_ms, 1),
        "floor_open_ms": round(floor_open_ms, 1),
        "open_ratio": round(open_ms / floor_open_ms, 2),
        "sort_ms": round(sort_ms, 1),
        "floor_sort_ms": round(floor_sort_ms, 1),
        "sort_ratio": round(sort_ms / floor_sort_ms, 2),
        "filter_ms": round(filter_ms, 1),
        "floor_filter_ms": round(floor_filter_ms, 1),
        "filter_ratio": round(filter_ms / floor_filter_ms, 2),
        "filtered_rows": filtered,
        "key_ms_mean": round(statistics.fmean(keys), 2),
        "key_ms_max": round(max(keys), 2),
        "floor_key_ms_mean": round(statistics.fmean(floor_keys), 2),
        "key_ratio": round(statistics.fmean(keys) / statistics.fmean(floor_keys), 2),
        "quick_filter_hits": quick_hits,
        "fts_ms": round(fts_ms, 1),
        "page_rss_mb": round(page_rss, 1),
        "floor_rss_mb": round(floor_rss, 1),
        "rss_ratio": round(page_rss / floor_rss, 2) if floor_rss > 0 else None,
        "total_rss_mb": round(total_rss, 1),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
