"""Dates typed as people write them are read strictly, in the interface language and in ISO;
anything else is refused with the expected form, and never silently becomes another value."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from kin_desktop.ui import language
from kin_desktop.ui.formats import day_text
from kin_desktop.ui.widgets.date_entry import DateEntry, DayTextError, describe, field_order, parse_day

THIS_YEAR = QDate.currentDate().year()


@pytest.fixture(autouse=True)
def source_texts_after() -> Iterator[None]:
    yield
    language.uninstall()


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("en_001", "5/3/2009", date(2009, 3, 5)),  # day first, as most of the Network writes it
        ("en_US", "5/3/2009", date(2009, 5, 3)),  # a US system keeps its month-first order
        ("en_001", "2009-03-05", date(2009, 3, 5)),  # ISO in every language
        ("en_001", "05.03.2009", date(2009, 3, 5)),
        ("en_001", " 5 - 3 - 2009 ", date(2009, 3, 5)),
        ("en_001", "5 March 2009", date(2009, 3, 5)),
        ("en_001", "March 5, 2009", date(2009, 3, 5)),
        ("ja", "2009/3/5", date(2009, 3, 5)),
        ("ja", "2009年3月5日", date(2009, 3, 5)),
        ("ja", "２００９／０３／０５", date(2009, 3, 5)),  # full-width digits
        ("zh_CN", "2009-3-5", date(2009, 3, 5)),
        ("ko", "2009. 3. 5.", date(2009, 3, 5)),
        ("ko", "2009년 3월 5일", date(2009, 3, 5)),
        ("th", "5/3/2009", date(2009, 3, 5)),
        ("th", "5/3/2552", date(2009, 3, 5)),  # Buddhist Era, as Thai offices write it
        ("th", "๕/๓/๒๕๕๒", date(2009, 3, 5)),  # in Thai digits
        ("th", "5 มีนาคม 2009", date(2009, 3, 5)),
        ("vi", "5/3/2009", date(2009, 3, 5)),
        ("vi", "05/03/2009", date(2009, 3, 5)),
        ("id", "5 Maret 2009", date(2009, 3, 5)),
        ("id", "5 March 2009", date(2009, 3, 5)),  # English month names in every language
        ("en_001", "", None),
        ("en_001", "   ", None),
    ],
)
def test_days_are_read_in_the_language_and_in_iso(locale: str, text: str, expected: date | None) -> None:
    assert parse_day(text, QLocale(locale)) == expected


@pytest.mark.parametrize(
    ("locale", "text", "reason"),
    [
        ("en_001", "5320", "not_a_date"),  # what "5/3/2009" used to become
        ("en_001", "532009", "not_a_date"),
        ("en_001", "5/3", "not_a_date"),
        ("en_001", "5/3/09", "short_year"),  # 1909 or 2009? not guessed
        ("en_001", "31/2/2009", "no_such_day"),
        ("en_001", "5/13/2009", "not_a_date"),  # no 13th month: not read the other way round
        ("en_001", "5/3/20099", "not_a_date"),
        ("en_001", "5/3/2552", "too_late"),  # a Buddhist year outside Thai: a slip
        ("en_001", "Thursday", "not_a_date"),
        ("ja", "5/3/2009", "not_a_date"),  # not the Japanese order
        ("en_001", "2009-02-29", "no_such_day"),
    ],
)
def test_anything_else_is_refused_with_a_reason(locale: str, text: str, reason: str) -> None:
    with pytest.raises(DayTextError) as caught:
        parse_day(text, QLocale(locale))
    assert caught.value.reason == reason


def test_the_range_is_checked() -> None:
    locale = QLocale("en_001")
    with pytest.raises(DayTextError) as late:
        parse_day("1/1/2011", locale, maximum=date(2010, 12, 31))
    assert late.value.reason == "too_late"
    assert late.value.bound == date(2010, 12, 31)
    with pytest.raises(DayTextError) as early:
        parse_day("31/12/2005", locale, minimum=date(2006, 1, 1))
    assert early.value.reason == "too_early"
    assert parse_day("31/12/2010", locale, maximum=date(2010, 12, 31)) == date(2010, 12, 31)


def test_the_order_of_fields_follows_the_locale() -> None:
    assert field_order(QLocale("en_001")) == ("d", "M", "y")
    assert field_order(QLocale("en_US")) == ("M", "d", "y")
    assert field_order(QLocale("ja")) == ("y", "M", "d")
    assert field_order(QLocale("ko")) == ("y", "M", "d")


def test_messages_show_the_expected_form(qtbot: QtBot) -> None:
    del qtbot  # a QApplication for the translations
    locale = QLocale("en_001")
    message = describe(DayTextError("not_a_date", "5320"), locale)
    assert "5320" in message
    assert f"31/12/{THIS_YEAR}" in message and f"{THIS_YEAR}-12-31" in message
    short = describe(DayTextError("short_year", "5/3/09", date(2009, 3, 5)), locale)
    assert "05/03/2009" in short
    japanese = describe(DayTextError("not_a_date", "5/3/2009"), QLocale("ja"))
    assert f"{THIS_YEAR}/12/31" in japanese


def _entry(qtbot: QtBot, **options: object) -> DateEntry:
    entry = DateEntry(**options)  # type: ignore[arg-type]
    qtbot.addWidget(entry)
    entry.show()
    return entry


def test_typing_a_date_announces_it_once_and_writes_it_in_the_language_form(qtbot: QtBot) -> None:
    language.install("en")
    entry = _entry(qtbot)
    seen: list[object] = []
    entry.date_edited.connect(seen.append)
    qtbot.keyClicks(entry.edit, "5/3/2009")
    assert entry.date() == date(2009, 3, 5)
    assert entry.feedback.text() == QLocale().toString(QDate(2009, 3, 5), QLocale.FormatType.LongFormat)
    assert seen == []  # nothing is announced while typing
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert seen == [date(2009, 3, 5)]
    assert entry.text() == "05/03/2009"
    assert entry.iso() == "2009-03-05"
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert seen == [date(2009, 3, 5)]  # the same day again is no change


def test_a_refused_text_stays_in_the_field_with_its_message(qtbot: QtBot) -> None:
    language.install("en")
    entry = _entry(qtbot)
    seen: list[object] = []
    entry.date_edited.connect(seen.append)
    qtbot.keyClicks(entry.edit, "5/3/09")
    assert entry.feedback.text() == ""  # not while typing
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert entry.text() == "5/3/09"  # nothing dropped, nothing rewritten
    assert not entry.is_valid()
    assert entry.date() is None
    assert "05/03/2009" in entry.feedback.text()
    assert seen == []
    entry.edit.clear()
    qtbot.keyClicks(entry.edit, "5/3/2009")
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert entry.is_valid() and seen == [date(2009, 3, 5)]


def test_emptying_the_field_announces_no_date(qtbot: QtBot) -> None:
    language.install("en")
    entry = _entry(qtbot)
    entry.set_date(date(2009, 3, 5))
    seen: list[object] = []
    entry.date_edited.connect(seen.append)
    entry.edit.selectAll()
    qtbot.keyClick(entry.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert seen == [None]
    assert entry.is_valid() and entry.is_empty()


def test_the_message_line_keeps_its_height(qtbot: QtBot) -> None:
    language.install("en")
    entry = _entry(qtbot)
    entry.resize(320, entry.sizeHint().height())
    empty = entry.sizeHint().height()
    entry.set_text("5320")
    assert entry.feedback.text()
    assert entry.sizeHint().height() == empty
    entry.set_date(date(2009, 3, 5))
    assert entry.sizeHint().height() == empty


def test_the_calendar_picks_a_day(qtbot: QtBot) -> None:
    language.install("ja")
    entry = _entry(qtbot, minimum=date(2006, 1, 1), maximum=date(2010, 12, 31))
    entry.set_date(date(2009, 3, 5))
    seen: list[object] = []
    entry.date_edited.connect(seen.append)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = entry.calendar_popup()
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2009, 3, 5)
    assert calendar.maximumDate() == QDate(2010, 12, 31)
    assert calendar.firstDayOfWeek() == QLocale().firstDayOfWeek()
    calendar.setSelectedDate(QDate(2009, 4, 1))
    calendar.activated.emit(QDate(2009, 4, 1))
    assert not popup.isVisible()
    assert seen == [date(2009, 4, 1)]
    assert entry.text() == day_text(date(2009, 4, 1)) == "2009/04/01"


def test_up_and_down_move_the_day(qtbot: QtBot) -> None:
    language.install("en")
    entry = _entry(qtbot, maximum=date(2010, 12, 31))
    entry.set_date(date(2010, 12, 30))
    qtbot.keyClick(entry.edit, Qt.Key.Key_Up)
    assert entry.date() == date(2010, 12, 31)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Up)  # not past the maximum
    assert entry.date() == date(2010, 12, 31)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Down)
    assert entry.date() == date(2010, 12, 30)


def test_out_of_range_is_refused_with_the_bound(qtbot: QtBot) -> None:
    language.install("en")
    entry = _entry(qtbot, maximum=date(2010, 12, 31))
    entry.set_text("1/1/2011")
    assert not entry.is_valid()
    assert "31/12/2010" in entry.error_text()


def test_compact_entries_say_it_in_the_tooltip(qtbot: QtBot) -> None:
    language.install("en")
    entry = _entry(qtbot, compact=True)
    assert not entry.feedback.isVisible()
    entry.set_text("5320")
    assert "5320" in entry.edit.toolTip()


def test_a_table_cell_shows_the_day_and_stores_iso(qtbot: QtBot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    from kin_desktop.ui.widgets.date_delegate import DateItemDelegate

    language.install("en")
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("2009-03-05"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = DateItemDelegate(view)
    view.setItemDelegateForColumn(0, delegate)
    index = model.index(0, 0)
    assert delegate.displayText("2009-03-05", QLocale()) == "05/03/2009"
    assert delegate.displayText("soon", QLocale()) == "soon"  # not a day: shown as it is
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, DateEntry)
    delegate.setEditorData(editor, index)
    assert editor.date() == date(2009, 3, 5)
    editor.set_text("1/4/2009")
    delegate.setModelData(editor, model, index)
    assert model.data(index) == "2009-04-01"
    editor.set_text("5/3/09")  # refused, yet kept: the record's checks report it
    delegate.setModelData(editor, model, index)
    assert model.data(index) == "5/3/09"


def test_english_dates_follow_the_system_region_or_world_english() -> None:
    assert language.formatting_locale("en", QLocale("C")).name() == "en_001"
    assert language.formatting_locale("en", QLocale("en_PH")).name() == "en_PH"
    assert language.formatting_locale("en", QLocale("ja_JP")).name() == "en_001"
    assert language.formatting_locale("ja", QLocale("en_US")).name() == "ja_JP"
    assert language.formatting_locale("zh_CN", QLocale("zh_TW")).name() == "zh_CN"
