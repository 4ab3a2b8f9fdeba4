"""The one-folder build (build.spec): its size, and its start against the same start from source.

Start = from launching the process to the self-test's "window shown" line, i.e. the main
window's first paint (offscreen), for ``dist/kin-desktop/kin-desktop gui --self-test`` and
``python -m kin_desktop gui --self-test``; each run is stopped once the line arrives. Also
``--version`` (no Qt at all) both ways. Median of N runs each, interleaved, after one warm-up
run each. ``frozen_source_ratio`` = frozen / source for the window.

    pyinstaller --noconfirm --clean build.spec      # first: builds dist/kin-desktop/
    python bench/frozen_start.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "dist" / "kin-desktop"
FROZEN = BUILD / ("kin-desktop.exe" if sys.platform == "win32" else "kin-desktop")
SOURCE = [sys.executable, "-m", "kin_desktop"]
MARK = "self-test: ok window shown"
TIMEOUT_S = 120.0


def folder_size(folder: Path) -> int:
    """Bytes of every file in the folder (symbolic links counted as links, not twice)."""
    total = 0
    for directory, _dirs, files in os.walk(folder):
        total += sum(os.lstat(os.path.join(directory, name)).st_size for name in files)
    return total


def window_start(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launch to the "window shown" line; the process is stopped right after."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "gui", "--self-test"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    watchdog = threading.Timer(TIMEOUT_S, process.kill)
    watchdog.start()
    seen: list[str] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(MARK):
                return time.perf_counter() - started
            seen.append(line)
    finally:
        watchdog.cancel()
        process.kill()
        process.wait()
    raise SystemExit(f"{' '.join(command)}: no '{MARK}' line:\n{''.join(seen)}")


def version_start(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([*command, "--version"], cwd=ROOT, env=env, capture_output=True, check=True, timeout=60)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--runs", type=int, help="runs of each (default 11, --quick 3)")
    args = parser.parse_args()
    if not FROZEN.is_file():
        print(
            f"No frozen build at {FROZEN}. Build it first, from {ROOT}:\n"
            "    pip install pyinstaller\n"
            "    pyinstaller --noconfirm --clean build.spec\n"
            "(or bash .ci/build-frozen .venv; see docs/building.md)",
            file=sys.stderr,
        )
        raise SystemExit(2)
    runs = args.runs or (3 if args.quick else 11)
    size = folder_size(BUILD)
    frozen = [str(FROZEN)]
    with tempfile.TemporaryDirectory(prefix="kin-bench-frozen-") as scratch:
        # The stopped self-tests leave their throwaway profiles in TMPDIR: this folder, removed at the end.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=scratch, TEMP=scratch, TMP=scratch)
        window_start(frozen, env)  # warm the file cache for both
        window_start(SOURCE, env)
        times: dict[str, list[float]] = {"frozen": [], "source": [], "frozen_v": [], "source_v": []}
        for _ in range(runs):  # interleaved, so load on the machine hits both alike
            times["frozen"].append(window_start(frozen, env))
            times["source"].append(window_start(SOURCE, env))
            times["frozen_v"].append(version_start(frozen, env))
            times["source_v"].append(version_start(SOURCE, env))
    median = {key: statistics.median(values) for key, values in times.items()}
    print(f"build: {BUILD} {size} bytes ({size / 1e6:.1f} MB, {size / 2**20:.1f} MiB)")
    print(f"window shown, frozen: {median['frozen'] * 1000:.0f} ms (median of {runs})")
    print(f"window shown, source: {median['source'] * 1000:.0f} ms")
    print(f"--version, frozen:    {median['frozen_v'] * 1000:.0f} ms")
    print(f"--version, source:    {median['source_v'] * 1000:.0f} ms")
    print(
        json.dumps(
            {
                "runs": runs,
                "build_bytes": size,
                "build_mb": round(size / 1e6, 1),
                "frozen_start_s": round(median["frozen"], 4),
                "source_start_s": round(median["source"], 4),
                "frozen_source_ratio": round(median["frozen"] / median["source"], 3),
                "frozen_version_s": round(median["frozen_v"], 4),
                "source_version_s": round(median["source_v"], 4),
            }
        )
    )


if __name__ == "__main__":
    main()
