"""``gui --demo secretariat`` against ``gui --demo delegate``: from process start to the data on screen.

    python bench/demo_start.py [--quick]

Each run is a fresh process started the same way (offscreen): it runs ``app.run(demo=ROLE)`` and
reports the moment the window has painted with the profile's data (the first paint after the
Overview arrived). The demo profiles come from their images (services/demo_image.py), made once
before timing into a scratch cache folder, as a build or a first start makes them; that one-time
build is timed apart (``image_build_s``). Runs take turns, medians are reported.

Figures: ``secretariat_s`` (target at most 2 s), ``delegate_s``, ``demo_ratio`` =
secretariat / delegate. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 2.0

_DRIVER = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kin_desktop.ui import main_window

def shown(_overview):
    def report():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow))
        window.repaint()  # the data, painted
        print(f"SHOWN {time.time():.6f}", flush=True)
        QApplication.instance().exit(0)
    QTimer.singleShot(0, report)

_init = main_window.MainWindow.__init__
def _init_watched(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.overview_loaded.connect(shown)
main_window.MainWindow.__init__ = _init_watched

from kin_desktop import app as kin_app
sys.exit(kin_app.run(demo=sys.argv[1]))
"""


def _env(cache: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(cache), PYTHONPATH=str(ROOT))


def _one(role: str, cache: Path) -> float:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, role],
        capture_output=True,
        text=True,
        env=_env(cache),
        timeout=120,
        check=True,
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("SHOWN "))
    return float(line.split()[1]) - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 9")
    args = parser.parse_args()
    runs = 3 if args.quick else 9
    with tempfile.TemporaryDirectory(prefix="kin-bench-demo-") as scratch:
        cache = Path(scratch)
        make = "from kin_desktop.services import demo_image; import sys; demo_image.make_image(sys.argv[1])"
        builds = {}
        for role in ("delegate", "secretariat"):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", make, role], env=_env(cache), check=True)
            builds[role] = time.perf_counter() - started
        _one("delegate", cache)  # warm the file cache for both
        _one("secretariat", cache)
        delegate, secretariat = [], []
        for _ in range(runs):
            delegate.append(_one("delegate", cache))
            secretariat.append(_one("secretariat", cache))
    secretariat_s, delegate_s = statistics.median(secretariat), statistics.median(delegate)
    print(f"secretariat demo, data shown: {secretariat_s:.2f} s (median of {runs}; target {TARGET_S} s)")
    print(f"delegate demo, data shown:    {delegate_s:.2f} s")
    print(
        json.dumps(
            {
                "runs": runs,
                "secretariat_s": round(secretariat_s, 3),
                "delegate_s": round(delegate_s, 3),
                "demo_ratio": round(secretariat_s / delegate_s, 3),
                "secretariat_within_target": secretariat_s <= TARGET_S,
                "secretariat_runs_s": [round(v, 3) for v in secretariat],
                "delegate_runs_s": [round(v, 3) for v in delegate],
                "image_build_s": {role: round(value, 2) for role, value in builds.items()},
            }
        )
    )


if __name__ == "__main__":
    main()
