"""The 1,000-bundle import of bench/import_bundles.py run from the Inbox page, offscreen.

    python bench/gui_import.py [--quick] [--cache DIR]

Same workload and cached bundles as bench/import_bundles.py (``--quick``: 50 bundles from 10
delegates). Two fresh copies of the enrolled secretariat: one imports the folder in-process with
``exchange.import_paths`` (what ``kin-desktop import FOLDER`` runs), the other from
``InboxPage.import_paths`` (a controlled ``ui.tasks.Task`` on the thread pool, progress shown).

- ``max_block_ms``: the longest the GUI thread was kept from running: a ``QTimer`` fires every
  10 ms on the GUI thread during the import and until the import log is shown again; the longest
  gap between two ticks, minus 10 ms. Target under 100 ms.
- ``gui_import_s``, ``cli_import_s``: from the start of the import to its end (the page: to
  ``imports_finished``), the best of ``--repeat`` alternating runs (the machine's load varies);
  ``gui_cli_ratio`` = their ratio, target at most 1.1. ``max_block_ms`` is the worst of all runs.

Prints one JSON object on its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import import_bundles  # noqa: E402 - bench/ is on sys.path

TICK_MS = 10
TARGET_BLOCK_MS = 100.0


def _fresh(work: Path, target: Path) -> Any:
    shutil.copytree(work / "secretariat", target)
    return import_bundles._open(target)


def cli_import(work: Path, scratch: Path) -> tuple[float, list[Any]]:
    from kin_desktop.services import exchange

    with _fresh(work, scratch / "cli") as workspace:
        started = time.perf_counter()
        outcomes = exchange.import_paths(workspace, [work / "bundles"])
        return time.perf_counter() - started, outcomes


def gui_import(work: Path, scratch: Path, run: int = 0) -> tuple[float, float, list[Any], int]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kin_desktop.ui.secretariat import InboxPage

    app = QApplication.instance() or QApplication(sys.argv)
    with _fresh(work, scratch / f"gui{run}") as workspace:
        page = InboxPage(workspace)
        page.resize(1100, 720)
        page.show()
        loop = QEventLoop()
        page.log_refreshed.connect(loop.quit)
        loop.exec()  # the empty log is shown
        page.log_refreshed.disconnect(loop.quit)
        settle = time.perf_counter() + 0.5  # the first paint of the page is not part of the import
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.01)

        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        result: dict[str, Any] = {}

        def finished(outcomes: list[Any]) -> None:
            result["elapsed"] = time.perf_counter() - result["started"]
            result["outcomes"] = outcomes

        page.imports_finished.connect(finished)
        page.log_refreshed.connect(loop.quit)  # after the import: the log of every file is shown
        timer.start()
        ticks.append(time.perf_counter())
        result["started"] = time.perf_counter()
        page.import_paths([work / "bundles"])
        loop.exec()
        timer.stop()
        gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
        max_block = max(gaps) - TICK_MS if gaps else 0.0
        log_rows = page.log_model.rowCount()
        page.close()
        page.deleteLater()
        app.processEvents()
    return result["elapsed"], max_block, result["outcomes"], log_rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="50 bundles from 10 delegates")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the best times count")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kin-bench-import")
    args = parser.parse_args(argv)
    delegates = 10 if args.quick else 200
    work = args.cache / f"v{import_bundles.CACHE_VERSION}-{delegates}x{args.rounds}"
    import_bundles.generate(work, delegates, args.rounds)
    files = sorted((work / "bundles").glob("*.kinb"))
    for path in files:  # warm the file cache for both runs
        path.read_bytes()

    cli_runs: list[float] = []
    gui_runs: list[float] = []
    blocks: list[float] = []
    for run in range(args.repeat):  # alternating, so a busy moment of the machine hits both alike
        with tempfile.TemporaryDirectory(prefix="kin-bench-gui-") as temp:
            scratch = Path(temp)
            cli_s, cli_outcomes = cli_import(work, scratch)
            gui_s, max_block_ms, gui_outcomes, log_rows = gui_import(work, scratch, run)
        for outcomes in (cli_outcomes, gui_outcomes):
            statuses = sorted({o.status for o in outcomes})
            assert statuses == ["merged"] and len(outcomes) == len(files), statuses
        cli_runs.append(cli_s)
        gui_runs.append(gui_s)
        blocks.append(max_block_ms)
    cli_s, gui_s, max_block_ms = min(cli_runs), min(gui_runs), max(blocks)
    print(f"command line: {cli_s:.2f} s; Inbox page: {gui_s:.2f} s; longest GUI block {max_block_ms:.1f} ms")
    print(
        json.dumps(
            {
                "bundles": len(files),
                "max_block_ms": round(max_block_ms, 1),
                "block_target_ms": TARGET_BLOCK_MS,
                "gui_import_s": round(gui_s, 3),
                "cli_import_s": round(cli_s, 3),
                "gui_cli_ratio": round(gui_s / cli_s, 3),
                "gui_runs_s": [round(x, 2) for x in gui_runs],
                "cli_runs_s": [round(x, 2) for x in cli_runs],
                "log_rows_shown": log_rows,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
