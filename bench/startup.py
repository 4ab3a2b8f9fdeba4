"""Cold start to the first painted main window, against a bare PySide6 QMainWindow.

Both run as fresh processes started the same way (offscreen): a small driver creates
the QApplication, starts the window, and reports the moment the window's first paint
event is delivered. KIN Desktop's window opens on a profile holding demo data (created
once, before timing). ``startup_ratio`` = KIN Desktop / bare window; target at most 1.5.

The driver watches the paint events of the main window alone: it installs its event filter
on each ``QMainWindow`` as it is shown (both windows are shown by ``show()``). An event filter
on the whole application (``--observer app``, how this bench first measured) makes PySide6
hand every event of every object to Python; the first event of an object of a class PySide6
does not bind (``QAnimationTimer``, which any ``QMainWindow`` with a central widget starts
when it lays itself out; ``QGestureManager``, which any scroll area starts) makes it build
the Python types and enums of every Qt class loaded, some 40-70 ms that the real
application, with no such filter, never spends, and that the bare window, with no central
widget, never meets either. ``--observer app`` still measures that way, for comparison.

    python bench/startup.py [--quick] [--observer window|app]
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

_DRIVER = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            print(f"PAINTED {time.time():.6f}", flush=True)
            QApplication.instance().exit(0)
        return False

app = QApplication(sys.argv)
spy = FirstPaint()
if sys.argv[3] == "app":
    app.installEventFilter(spy)
else:
    _show = QMainWindow.show

    def _show_watched(window):
        window.installEventFilter(spy)
        _show(window)

    QMainWindow.show = _show_watched
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    sys.exit(app.exec())
else:
    from kin_desktop import app as kin_app
    sys.exit(kin_app.run(data_dir=sys.argv[2]))
"""


def _one(kind: str, data_dir: Path, observer: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, kind, str(data_dir), observer],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("PAINTED "))
    return float(line.split()[1]) - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument(
        "--observer",
        choices=("window", "app"),
        default="window",
        help="watch the main window's events (default) or every event of the application",
    )
    args = parser.parse_args()
    runs = 3 if args.quick else 11
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "profile"
        setup = (
            "import sys, keyring\n"
            "from kin_desktop.services import demo\n"
            "keyring.set_keyring(demo.ThrowawayKeyring())\n"
            "demo.create_demo_profile(__import__('pathlib').Path(sys.argv[1]))\n"
        )
        subprocess.run([sys.executable, "-c", setup, str(data_dir)], check=True)
        _one("kin", data_dir, args.observer)  # warm the file cache for both
        _one("bare", data_dir, args.observer)
        kin, bare = [], []
        for _ in range(runs):  # interleaved, so load on the machine hits both alike
            bare.append(_one("bare", data_dir, args.observer))
            kin.append(_one("kin", data_dir, args.observer))
    kin_s, bare_s = statistics.median(kin), statistics.median(bare)
    print(f"KIN Desktop first paint: {kin_s * 1000:.0f} ms (median of {runs})")
    print(f"bare QMainWindow:        {bare_s * 1000:.0f} ms")
    print(
        json.dumps(
            {
                "runs": runs,
                "observer": args.observer,
                "kin_first_paint_s": round(kin_s, 4),
                "bare_first_paint_s": round(bare_s, 4),
                "startup_ratio": round(kin_s / bare_s, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
