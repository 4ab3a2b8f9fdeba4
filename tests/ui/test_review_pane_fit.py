"""The secretariat's Review pane on the small screens officers use (1024×600 and 1366×768): with a
record selected, the whole record and the verdict controls (state, comment, Save) are on screen and
usable, nothing scrolls sideways (tests/helpers/layout.py), in English and in the languages whose
words run longest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kin_desktop.ui import language
from kin_desktop.ui.main_window import MainWindow
from kin_desktop.ui.secretariat import ReviewPage
from tests.helpers import layout
from tests.ui.conftest import Template, copy_demo_secretariat

WAIT = 30_000
LANGUAGES = [code for code in ("en", "id", "ja") if code in layout.interface_languages()]


@pytest.fixture(autouse=True)
def source_texts_after() -> Iterator[None]:
    yield
    language.uninstall()


@pytest.fixture
def window(qtbot: QtBot, demo_template: Template, tmp_path: Path) -> MainWindow:
    opened = layout.open_window(copy_demo_secretariat(demo_template, tmp_path))
    qtbot.addWidget(opened)
    return opened


def _inside(widget: QWidget, window: QWidget) -> bool:
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisibleTo(window) and window.rect().contains(rect)


@pytest.mark.parametrize("screen", ["1024x600", "1366x768"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_the_review_pane_shows_the_record_and_the_verdict_without_sideways_scrolling(
    qtbot: QtBot, window: MainWindow, screen: str, code: str
) -> None:
    assert window.set_language(code) == code
    window.resize(*layout.window_size(screen))
    page = window.show_section("review")
    assert isinstance(page, ReviewPage)
    tab = page.commitments
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WAIT)
    longest = max(tab.model.rows(), key=lambda row: len(row.title)).record_id  # the widest record
    with qtbot.waitSignal(tab.record_shown, timeout=WAIT):
        assert tab.select_record(longest)
    layout.settle()

    problems = layout.problems(window, f"review {screen} {code}")
    assert not problems, "\n".join(map(str, problems))
    panel = tab.panel
    browser = panel.record_browser
    assert browser.toPlainText().strip()  # the record itself is shown
    assert browser.horizontalScrollBar().maximum() == 0  # read top to bottom, never sideways
    assert (
        browser.viewport().width() >= 300
        and browser.viewport().height() >= 4 * browser.fontMetrics().lineSpacing()
    )
    for control in (panel.state_combo, panel.comment_edit, panel.save_button):
        assert _inside(control, window), f"{control.accessibleName() or control.objectName()} is off screen"
    assert panel.save_button.width() >= panel.save_button.minimumSizeHint().width()
    assert panel.state_combo.width() >= panel.state_combo.minimumSizeHint().width()
    assert panel.comment_edit.height() >= 2 * panel.comment_edit.fontMetrics().lineSpacing()
    # and the list beside it keeps its records' titles readable
    assert tab.table.viewport().width() >= 200
