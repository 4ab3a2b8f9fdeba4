"""The application shell: a window that opens on a profile and shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kin_desktop.core.errors import DatabaseTooNewError
from kin_desktop.services import demo, overview
from kin_desktop.ui.main_window import MainWindow
from kin_desktop.ui.tasks import Task


def _texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)]


def test_window_shows_the_delegate_profile_loaded_in_the_background(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "demo"
    demo.create_demo_profile(directory)
    window = MainWindow(directory, loader=lambda: overview.load_overview(directory))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=20_000) as blocker:
        window.load()
    loaded = blocker.args[0]
    texts = _texts(window)
    assert loaded.profile.city in window.windowTitle()
    assert loaded.profile.fingerprint in texts
    assert str(loaded.practices) in texts and loaded.practices == 5
    assert loaded.questionnaire_ratio == 1.0


def test_window_explains_a_profile_it_cannot_open(qtbot: QtBot, tmp_path: Path) -> None:
    def refuse() -> None:
        raise DatabaseTooNewError("newer")

    window = MainWindow(tmp_path, loader=refuse)
    qtbot.addWidget(window)
    window.show()
    task = window.load()
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert any("newer version of KIN Desktop" in text for text in _texts(window))


def test_task_delivers_the_result_on_the_gui_thread(qtbot: QtBot) -> None:
    task = Task(lambda: 6 * 7)
    with qtbot.assertNotEmitted(task.failed), qtbot.waitSignal(task.succeeded) as blocker:
        task.start()
    assert blocker.args == [42]


def test_task_delivers_exceptions_instead_of_losing_them(qtbot: QtBot) -> None:
    def broken() -> None:
        raise ValueError("boom")

    task = Task(broken)
    with qtbot.assertNotEmitted(task.succeeded), qtbot.waitSignal(task.failed) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ValueError)


@pytest.mark.slow
def test_gui_demo_command_opens_and_closes(tmp_path: Path) -> None:
    """`kin-desktop gui --demo` as a process: the window opens on a demo profile and quits."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from kin_desktop.ui.main_window import MainWindow\n"
        "app = QApplication(sys.argv)\n"
        "def check():\n"
        "    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]\n"
        "    w = windows[0]\n"
        "    w.overview_loaded.connect(lambda o: (print('CITY', o.profile.city), app.quit()))\n"
        "QTimer.singleShot(0, check)\n"
        "QTimer.singleShot(30000, lambda: app.exit(3))\n"
        "from kin_desktop.cli import main\n"
        "sys.exit(main(['gui', '--demo']))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "CITY" in done.stdout
