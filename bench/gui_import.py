"""The 1,000-bundle import of bench/import_bundles.py run from the Inbox page, against the command line.

    python bench/gui_import.py [--quick] [--repeat N] [--cache DIR]

Same workload and cached bundles as bench/import_bundles.py (``--quick``: 50 bundles from 10
delegates). Each run is a process of its own on a fresh copy of the enrolled secretariat, as an
officer would run it:

- command line: ``kin_desktop.cli.main(["--data-dir", COPY, "import", "--json", FOLDER])``, what
  ``kin-desktop import FOLDER`` runs (no Qt loaded, the passphrase from ``KIN_PASSPHRASE``); timed is
  its call of ``exchange.import_paths``, so neither the interpreter's start nor the profile's opening
  nor the printing counts;
- window: an ``InboxPage`` shown offscreen, its import log on screen; timed is
  ``InboxPage.import_paths`` (a controlled ``ui.tasks.Task`` on the thread pool, progress shown) until
  ``imports_finished``, which the page emits once the results of every file are painted.

The runs alternate (command line first, then the window first, and so on), so a busy moment of the
machine, shared with other work, hits both alike; both read the same bundle files, read once
beforehand so that the file cache is warm for every run.

- ``gui_import_s``, ``cli_import_s``: the medians of ``--repeat`` runs of each;
  ``gui_cli_ratio`` = their ratio, target at most 1.1 (``pair_ratios``: run by run).
  ``gui_cli_cpu_ratio``: the same for the processor time of the whole process over the same span,
  less sensitive to other work on the machine; the window's includes its GUI thread (progress, the
  10 ms timer below).
- ``max_block_ms``: the longest the GUI thread was kept from running, the worst of all window runs: a
  ``QTimer`` fires every 10 ms on the GUI thread from the start of the import until the import log
  shows every file; the longest gap between two ticks, minus 10 ms. Target under 100 ms.

Prints one JSON object on its last line.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TICK_MS = 10
TARGET_BLOCK_MS = 100.0
TARGET_RATIO = 1.1


# --------------------------------------------------------------------------------- one run, in a child


def run_cli(profile: Path, bundles: Path) -> dict[str, Any]:
    """``kin-desktop --data-dir PROFILE import --json BUNDLES``, timing its import call."""
    import import_bundles

    os.environ["KIN_PASSPHRASE"] = import_bundles.PASSPHRASE
    from kin_desktop import cli
    from kin_desktop.services import exchange

    real = exchange.import_paths
    timed: list[float] = []
    outcomes: list[Any] = []

    def import_paths(*args: Any, **kwargs: Any) -> Any:
        started, cpu = time.perf_counter(), time.process_time()
        try:
            outcomes.extend(real(*args, **kwargs))
            return outcomes
        finally:
            timed.extend((time.perf_counter() - started, time.process_time() - cpu))

    exchange.import_paths = import_paths
    with contextlib.redirect_stdout(io.StringIO()):  # one line per file: not what is measured
        code = cli.main(["--data-dir", str(profile), "import", "--json", str(bundles)])
    assert "PySide6" not in sys.modules, "the command line loaded Qt"
    return {"elapsed": timed[0], "cpu": timed[1], "code": code, "statuses": [o.status for o in outcomes]}


def run_gui(profile: Path, bundles: Path) -> dict[str, Any]:
    """The Inbox page imports the folder; the GUI thread's gaps are measured until the log is shown."""
    import import_bundles
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kin_desktop.ui.secretariat import InboxPage

    app = QApplication.instance() or QApplication(sys.argv)
    with import_bundles._open(profile) as workspace:
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
        result: dict[str, Any] = {"progress": []}

        def finished(outcomes: list[Any]) -> None:
            result["elapsed"] = time.perf_counter() - result["started"]
            result["cpu"] = time.process_time() - result["cpu_started"]
            result["statuses"] = [o.status for o in outcomes]

        page.imports_finished.connect(finished)
        page.log_refreshed.connect(loop.quit)  # after the import: the log of every file is shown
        timer.start()
        ticks.append(time.perf_counter())
        result["started"], result["cpu_started"] = time.perf_counter(), time.process_time()
        task = page.import_paths([bundles])
        assert task is not None
        task.progressed.connect(lambda done, _total: result["progress"].append(done))
        loop.exec()
        timer.stop()
        ticks.append(time.perf_counter())
        gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
        log_rows = page.log_model.rowCount()
        page.close()
        page.deleteLater()
        app.processEvents()
    return {
        "elapsed": result["elapsed"],
        "cpu": result["cpu"],
        "max_block_ms": max(gaps) - TICK_MS,
        "statuses": result["statuses"],
        "log_rows": log_rows,
        "progress_updates": len(result["progress"]),
        "progress_last": result["progress"][-1] if result["progress"] else None,
    }


def child(kind: str, profile: Path, bundles: Path) -> int:
    result = run_cli(profile, bundles) if kind == "cli" else run_gui(profile, bundles)
    print(json.dumps(result))
    return 0


# ------------------------------------------------------------------------------------------ the parent


def one_run(kind: str, work: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"kin-bench-{kind}-") as temp:
        profile = Path(temp) / "secretariat"
        shutil.copytree(work / "secretariat", profile)
        command = [sys.executable, __file__, "--child", kind, str(profile), str(work / "bundles")]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"the {kind} run failed ({done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="50 bundles from 10 delegates")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each, alternating; medians count")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kin-bench-import")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "PROFILE", "BUNDLES"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, profile, bundles = args.child
        return child(kind, Path(profile), Path(bundles))

    import import_bundles

    delegates = 10 if args.quick else 200
    work = import_bundles.cache_folder(args.cache, delegates, args.rounds)
    import_bundles.generate(work, delegates, args.rounds)
    files = sorted((work / "bundles").glob("*.kinb"))
    for path in files:  # warm the file cache for every run
        path.read_bytes()

    runs: dict[str, list[dict[str, Any]]] = {"cli": [], "gui": []}
    for index in range(args.repeat):
        for kind in ("cli", "gui") if index % 2 == 0 else ("gui", "cli"):
            result = one_run(kind, work)
            assert sorted(set(result["statuses"])) == ["merged"], sorted(set(result["statuses"]))
            assert len(result["statuses"]) == len(files), len(result["statuses"])
            runs[kind].append(result)
            extra = f", longest block {result['max_block_ms']:.1f} ms" if kind == "gui" else ""
            print(
                f"run {index + 1} {kind}: {result['elapsed']:.2f} s (processor {result['cpu']:.2f} s){extra}",
                flush=True,
            )
    assert all(r["code"] == 0 for r in runs["cli"])
    cli_times = [r["elapsed"] for r in runs["cli"]]
    gui_times = [r["elapsed"] for r in runs["gui"]]
    blocks = [r["max_block_ms"] for r in runs["gui"]]
    cli_s, gui_s = statistics.median(cli_times), statistics.median(gui_times)
    ratio = gui_s / cli_s
    pair_ratios = [g / c for g, c in zip(gui_times, cli_times, strict=True)]
    cpu_ratio = statistics.median(r["cpu"] for r in runs["gui"]) / statistics.median(
        r["cpu"] for r in runs["cli"]
    )
    print(
        f"command line: {cli_s:.2f} s; Inbox page: {gui_s:.2f} s (medians of {args.repeat}); "
        f"ratio {ratio:.3f}; longest GUI block {max(blocks):.1f} ms"
    )
    print(
        json.dumps(
            {
                "bundles": len(files),
                "repeat": args.repeat,
                "max_block_ms": round(max(blocks), 1),
                "median_block_ms": round(statistics.median(blocks), 1),
                "block_target_ms": TARGET_BLOCK_MS,
                "gui_import_s": round(gui_s, 3),
                "cli_import_s": round(cli_s, 3),
                "gui_cli_ratio": round(ratio, 3),
                "ratio_target": TARGET_RATIO,
                "pair_ratios": [round(x, 3) for x in pair_ratios],
                "gui_cli_cpu_ratio": round(cpu_ratio, 3),
                "gui_runs_s": [round(x, 2) for x in gui_times],
                "cli_runs_s": [round(x, 2) for x in cli_times],
                "blocks_ms": [round(x, 1) for x in blocks],
                "progress_updates": [r["progress_updates"] for r in runs["gui"]],
                "log_rows_shown": runs["gui"][-1]["log_rows"],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
