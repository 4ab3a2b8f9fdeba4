"""``kin-desktop --version`` against ``python -c "import sqlalchemy"``, both as fresh processes.

Issue target: the version command takes under twice the time of importing SQLAlchemy.
Prints one JSON object on its last line.

    python bench/cli_version.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time


def _median_seconds(command: list[str], runs: int) -> float:
    subprocess.run(command, check=True, capture_output=True)  # warm the file cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    args = parser.parse_args()
    runs = 5 if args.quick else 25
    version = _median_seconds([sys.executable, "-m", "kin_desktop", "--version"], runs)
    floor = _median_seconds([sys.executable, "-c", "import sqlalchemy"], runs)
    bare = _median_seconds([sys.executable, "-c", "pass"], runs)
    print(f"kin-desktop --version: {version * 1000:.0f} ms (median of {runs})")
    print(f"import sqlalchemy:     {floor * 1000:.0f} ms")
    print(f"bare python:           {bare * 1000:.0f} ms")
    print(
        json.dumps(
            {
                "runs": runs,
                "version_s": round(version, 4),
                "import_sqlalchemy_s": round(floor, 4),
                "python_s": round(bare, 4),
                "version_sqlalchemy_ratio": round(version / floor, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
