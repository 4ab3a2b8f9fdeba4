"""The filter rows of the record lists and the review page at 1024 pixels, in every language: the
search field keeps room to type in, and every filter shows its first choice ("All sectors") whole.

At 1024 the combo boxes, each as wide as its longest choice, used to squeeze the search field to
a few pixels ("Wor…") and, once that was fixed, to cut the filters' own texts ("Any review st").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QStyleOptionComboBox, QWidget
from pytestqt.qtbot import QtBot

from kin_desktop.services import demo
from kin_desktop.ui import language
from kin_desktop.ui.main_window import MainWindow
from tests.helpers import layout
from tests.ui.conftest import Template, copy_demo_secretariat

LANGUAGES = layout.interface_languages()
SEARCH_CHARACTERS = 16


@pytest.fixture(autouse=True)
def source_texts_after() -> Iterator[None]:
    yield
    language.uninstall()


def _window(qtbot: QtBot, directory: Path) -> MainWindow:
    window = layout.open_window(directory)
    qtbot.addWidget(window)
    return window


def _text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def _row_problems(row: QWidget, search: QLineEdit, combos: list[QComboBox], where: str) -> list[str]:
    found = []
    room = search.fontMetrics().averageCharWidth() * SEARCH_CHARACTERS
    if search.width() < room:
        found.append(f"{where}: the search field is {search.width()} px, less than {room}")
    for combo in combos:
        first = combo.itemText(0)
        needed = combo.fontMetrics().horizontalAdvance(first)
        if _text_room(combo) < needed:
            found.append(
                f"{where}: {combo.accessibleName()!r} cuts {first!r} ({_text_room(combo)} < {needed} px)"
            )
    right = max(widget.geometry().right() for widget in [search, *combos])
    if right > row.width():
        found.append(f"{where}: the filters run past the page ({right} > {row.width()})")
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_delegate_filter_rows_fit_at_1024(qtbot: QtBot, tmp_path: Path, code: str) -> None:
    demo.create_demo_profile(tmp_path / "delegate")
    window = _window(qtbot, tmp_path / "delegate")
    assert window.set_language(code) == code
    window.resize(*layout.window_size("1024x600"))
    problems: list[str] = []
    for key in ("practices", "commitments"):
        section = window.show_section(key)
        layout.settle()
        page = getattr(section, "page", None)
        assert page is not None
        combos = [page.sector_combo, page.state_combo, page.review_combo]
        combos += [page.type_combo] if hasattr(page, "type_combo") else []
        problems += _row_problems(page, page.search_edit, combos, f"{code} {key}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_review_filter_rows_fit_at_1024(
    qtbot: QtBot, demo_template: Template, tmp_path: Path, code: str
) -> None:
    window = _window(qtbot, copy_demo_secretariat(demo_template, tmp_path))
    assert window.set_language(code) == code
    window.resize(*layout.window_size("1024x600"))
    page = window.show_section("review")
    layout.settle()
    assert page is not None
    problems: list[str] = []
    tabs = page.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        layout.settle()
        tab = page.current_records_tab()  # type: ignore[attr-defined]
        if tab is None:
            continue
        combos = [tab.country_combo, tab.sector_combo, tab.state_combo, tab.category_combo]
        combos += [tab.type_combo] if tab.type_combo is not None else []
        problems += _row_problems(tab, tab.search_edit, combos, f"{code} review {tabs.tabText(index)}")
    assert not problems, "\n".join(problems)
