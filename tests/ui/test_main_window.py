"""The application shell: a window that opens on a profile, navigates, and explains what it cannot open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kin_desktop.core.errors import DatabaseTooNewError
from kin_desktop.services import demo, overview
from kin_desktop.ui.main_window import MainWindow
from kin_desktop.ui.tasks import Task


def _texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)]


def _open(qtbot: QtBot, directory: Path) -> tuple[MainWindow, overview.Overview]:
    window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=20_000) as blocker:
        window.load()
    return window, blocker.args[0]


def test_window_shows_the_delegate_profile_loaded_in_the_background(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "demo"
    demo.create_demo_profile(directory)
    window, loaded = _open(qtbot, directory)
    texts = _texts(window)
    assert loaded.profile.city in window.windowTitle()
    assert loaded.profile.fingerprint in texts
    assert loaded.practices == 5 and loaded.commitments == 3
    assert loaded.questionnaire_ratio == 1.0
    assert "Overall: 100% complete" in texts
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Overview",
        "Questionnaire",
        "Practices",
        "Commitments",
        "Outbox",
    ]
    # Nothing exported yet: every saved revision is waiting.
    assert loaded.waiting == loaded.unacknowledged > 0
    assert "waiting to be exported" in window.findChild(QLabel, "syncLabel").text()
    window.close()


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


def test_a_computer_without_a_profile_offers_the_setup(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "empty", loader=lambda: overview.open_profile(tmp_path / "empty"))
    qtbot.addWidget(window)
    window.show()
    task = window.load()
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass
    assert "Welcome to KIN Desktop" in _texts(window)
    assert not window.import_action.isEnabled()


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


def test_window_state_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "demo"
    demo.create_demo_profile(directory)
    window, _ = _open(qtbot, directory)
    window.resize(760, 560)  # within the offscreen screen (800x600)
    window.navigation.setCurrentRow(0)
    window.close()
    again, _ = _open(qtbot, directory)
    assert (again.size().width(), again.size().height()) == (760, 560)
    again.close()


@pytest.mark.slow
def test_gui_demo_command_opens_and_closes(tmp_path: Path) -> None:
    """`kin-desktop gui --demo` as a process: the window opens on a demo profile and quits."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from kin_desktop.ui.main_window import MainWindow\n"
        "app = QApplication(sys.argv)\n"
        "def check():\n"
        "    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]\n"
        "    w = windows[0]\n"
        "    w.overview_loaded.connect(lambda o: (print('CITY', o.profile.city), w.close()))\n"
        "QTimer.singleShot(0, check)\n"
        "QTimer.singleShot(30000, lambda: app.exit(3))\n"
        "from kin_desktop.cli import main\n"
        "sys.exit(main(['gui', '--demo']))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "CITY" in done.stdout


def test_navigation_shortcuts_switch_sections(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "demo"
    demo.create_demo_profile(directory)
    window, _ = _open(qtbot, directory)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.currentRow() == 0
    assert window.stack.currentWidget() is window.section_widget("overview")
    window.close()


def test_new_commitment_from_the_window_is_saved_when_going_back_to_the_list(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from kin_desktop.ui.records_section import RecordsSection

    directory = tmp_path / "demo"
    demo.create_demo_profile(directory)
    window, _ = _open(qtbot, directory)
    section = window.show_section("commitments")
    assert isinstance(section, RecordsSection)
    qtbot.waitUntil(lambda: section.page.model.rowCount() == 3, timeout=10_000)

    section.page.new_requested.emit()
    editor = section.editor
    assert editor is not None and section.currentWidget() is not section.page
    qtbot.keyClicks(editor.title_edit, "Solar street lighting in the old quarter")
    qtbot.mouseClick(section.back_button, Qt.MouseButton.LeftButton)
    assert section.currentWidget() is section.page
    qtbot.waitUntil(lambda: section.page.model.rowCount() == 4, timeout=10_000)

    # An editor whose record cannot be saved keeps what was typed and stays open.
    section.page.new_requested.emit()
    editor = section.editor
    assert editor is not None
    qtbot.keyClicks(editor.title_edit, "Bus rapid transit, second corridor")
    qtbot.keyClicks(editor.end_edit.edit, "31/12/2012")  # the second cycle ends in 2010
    qtbot.keyClick(editor.end_edit.edit, Qt.Key.Key_Return)
    qtbot.mouseClick(section.back_button, Qt.MouseButton.LeftButton)
    assert section.editor is editor and section.currentWidget() is not section.page
    assert "cannot be saved yet" in section.notice.text()
    assert editor.title_edit.text() == "Bus rapid transit, second corridor"
    window.close()


def test_secretariat_window_has_the_console_sections(qtbot: QtBot, tmp_path: Path) -> None:
    from kin_desktop.services import profiles

    directory = tmp_path / "secretariat"
    profiles.init_secretariat(directory, name="KIN Secretariat")
    window, loaded = _open(qtbot, directory)
    assert loaded.profile.role == "secretariat"
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Overview",
        "Inbox",
        "Delegates",
        "Review",
        "Follow-up",
        "Matching",
        "Dashboard",
        "Exports",
        "Questionnaires",
    ]
    for key in (
        "inbox",
        "delegates",
        "review",
        "followup",
        "matching",
        "dashboard",
        "exports",
        "questionnaires",
    ):
        page = window.show_section(key)
        assert page is not None and window.stack.currentWidget() is page
    assert window.windowTitle() == "KIN Desktop — Secretariat"
    window.close()


def test_opening_a_profile_says_what_it_is_doing(qtbot: QtBot, tmp_path: Path) -> None:
    """Not just "Opening the profile…": each step of the loading, in words, as it happens."""
    directory = tmp_path / "demo"
    demo.create_demo_profile(directory)
    seen: list[str] = []

    def load(step: object = None) -> overview.LoadedProfile:
        return overview.open_profile(directory, step=step)  # type: ignore[arg-type]

    window = MainWindow(directory, loader=load)
    qtbot.addWidget(window)
    window.step_reported.connect(seen.append)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=20_000):
        window.load()
    assert seen == ["database", "figures"]
    texts = [window._step_text(step) for step in ("building", "copying", "database", "upgrade", "figures")]
    assert len(set(texts)) == 5 and "Opening the profile…" not in texts
    assert window._loading.text() == window._step_text("figures")
    window.close()
