"""A screen reader can name every control, and every section is reachable by keyboard, in both roles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kin_desktop.services import demo, overview
from kin_desktop.services.records import RecordService
from kin_desktop.ui.main_window import MainWindow
from kin_desktop.ui.records_section import RecordsSection
from tests.ui.conftest import Template, copy_demo_secretariat

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)
DELEGATE_SECTIONS = ("overview", "questionnaire", "practices", "commitments", "outbox")
SECRETARIAT_SECTIONS = (
    "overview",
    "inbox",
    "delegates",
    "review",
    "followup",
    "matching",
    "dashboard",
    "exports",
)


def _open(qtbot: QtBot, directory: Path) -> MainWindow:
    window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=20_000):
        window.load()
    return window


@pytest.fixture
def delegate_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    directory = tmp_path / "delegate"
    demo.create_demo_profile(directory)
    window = _open(qtbot, directory)
    yield window
    window.close()


@pytest.fixture
def secretariat_window(qtbot: QtBot, demo_template: Template, tmp_path: Path) -> Iterator[MainWindow]:
    window = _open(qtbot, copy_demo_secretariat(demo_template, tmp_path))
    yield window
    window.close()


def _spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, else what Qt derives (a button's
    text, a buddy label's text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (widget.accessibleName() or name or "").strip()


def _has_buddy(widget: QWidget, window: QWidget) -> bool:
    return any(label.buddy() is widget and label.text().strip() for label in window.findChildren(QLabel))


def _unnamed_controls(page: QWidget, window: QWidget) -> list[str]:
    missing = []
    for widget in page.findChildren(QWidget):
        # Controls on tabs and pages not shown yet count too; those hidden on purpose do not.
        if not isinstance(widget, CONTROLS) or widget.isHidden() or widget.window() is not window:
            continue  # (a drop-down list's popup is a window of its own, part of its combo box)
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox
        ):
            continue  # not reachable by Tab (a scroll bar's arrows), or part of another control
        if not (_spoken_name(widget) or _has_buddy(widget, window)):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
            )
    return missing


def _walk(qtbot: QtBot, window: MainWindow, sections: tuple[str, ...]) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    for key in sections:
        page = window.show_section(key)
        assert page is not None, key
        qtbot.wait(200)  # pages fill their tables from a worker thread
        missing = _unnamed_controls(page, window)
        if missing:
            problems[key] = missing
    return problems


def _reach_by_keyboard(qtbot: QtBot, window: MainWindow, sections: tuple[str, ...]) -> list[str]:
    """The sections Ctrl+<number> (the Go menu) brings up, in turn."""
    reached = []
    for number, key in enumerate(sections, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(100)  # as a user would: the page shows before the next key
        if window.stack.currentWidget() is window.section_widget(key):
            reached.append(key)
    return reached


def test_every_control_of_the_delegate_pages_has_a_name(qtbot: QtBot, delegate_window: MainWindow) -> None:
    assert _walk(qtbot, delegate_window, DELEGATE_SECTIONS) == {}


def test_every_control_of_the_record_editors_has_a_name(qtbot: QtBot, delegate_window: MainWindow) -> None:
    service = RecordService(delegate_window.workspace)
    opened = {
        "practices": service.list_practices()[0].record_id,
        "commitments": service.list_commitments()[0].record_id,
    }
    problems = {}
    for key, record_id in opened.items():
        section = delegate_window.show_section(key)
        assert isinstance(section, RecordsSection)
        editor = section.open(record_id)
        assert editor is not None
        missing = _unnamed_controls(editor, delegate_window)
        if missing:
            problems[key] = missing
    assert problems == {}


def test_every_control_of_the_secretariat_pages_has_a_name(
    qtbot: QtBot, secretariat_window: MainWindow
) -> None:
    assert _walk(qtbot, secretariat_window, SECRETARIAT_SECTIONS) == {}


def test_every_delegate_section_is_reachable_by_keyboard(qtbot: QtBot, delegate_window: MainWindow) -> None:
    assert _reach_by_keyboard(qtbot, delegate_window, DELEGATE_SECTIONS) == list(DELEGATE_SECTIONS)


def test_every_secretariat_section_is_reachable_by_keyboard(
    qtbot: QtBot, secretariat_window: MainWindow
) -> None:
    assert _reach_by_keyboard(qtbot, secretariat_window, SECRETARIAT_SECTIONS) == list(SECRETARIAT_SECTIONS)
