"""An autosaved answer survives the application being killed outright (no flush, no close)."""

from __future__ import annotations

import os
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kin_desktop import paths
from kin_desktop.services import profiles
from kin_desktop.services.responses import ResponseService

pytestmark = pytest.mark.slow

# Opens the page, types like a user, and once autosave reports the write it says so and
# sleeps with the page still open: nothing else (closing, flushing) gets a chance to write.
SCRIPT = """
import sys, time
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from kin_desktop.services import profiles
from kin_desktop.services.responses import ResponseService
from kin_desktop.ui.questionnaire import QuestionnairePage

app = QApplication(sys.argv)
workspace = profiles.open_workspace(Path(sys.argv[1]))
page = QuestionnairePage(ResponseService(workspace))
page.show()

def on_saved(state):
    if state.answers.get("city_name") == sys.argv[2]:
        print("SAVED", flush=True)
        time.sleep(600)

page.answers_saved.connect(on_saved)
line = page.field("city_name").editor.focus_widgets()[0]
line.clear()  # it shows the profile's city (services/profile_answers.py)
QTest.keyClicks(line, sys.argv[2])
app.exec()
"""


def _wait_for_line(process: subprocess.Popen[str], wanted: str, timeout: float) -> list[str]:
    assert process.stdout is not None
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                break
            line = process.stdout.readline()
            if not line:
                break
            seen.append(line.strip())
            if line.strip() == wanted:
                return seen
    raise AssertionError(f"no {wanted!r} from the page process; it printed {seen}")


def test_an_autosaved_answer_survives_sigkill(tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    profiles.init_delegate(
        directory, name="Nguyen Van An", city="Haiphong", country="VN", category="city-expert"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(directory), "Hai Phong"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=root,
    )
    assert process.stdout is not None and process.stderr is not None
    try:
        _wait_for_line(process, "SAVED", timeout=60)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except AssertionError as error:
        process.kill()
        process.wait(timeout=10)
        raise AssertionError(f"{error}\n{process.stderr.read()}") from None
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    with profiles.open_workspace(directory) as workspace:
        state = ResponseService(workspace).load()
    assert state.answers["city_name"] == "Hai Phong"
    with sqlite3.connect(paths.database_path(directory)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
