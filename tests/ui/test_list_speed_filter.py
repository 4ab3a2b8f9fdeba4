"""The quick filter of the practices and commitments lists on a large list, through the real page.

The filter keeps the rows shown as a tuple of source rows (no ``QSortFilterProxyModel``), narrows
the previous result while the user types on, and keeps display texts once made: these tests hold
it to what the user sees - the rows shown, their order, the selection, the full-text hits, the
combos, texts after a reload - against a plain recomputation. No timings here (bench/large_list.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kin_desktop.core import search_text
from kin_desktop.services.records import CommitmentRow, SyncState
from kin_desktop.ui.language import number_text
from kin_desktop.ui.records import CommitmentsPage

TIMEOUT = 10_000
ROWS = 2_000
WORDS = ("Clean air action plan", "Bus rapid transit", "Waste separation", "Solar street lights", "Cầu đường")
CITIES = ("Ho Chi Minh City", "Kitakyushu", "Surabaya", "Đà Nẵng")


def synthetic_rows(count: int, seed: int = 4) -> tuple[CommitmentRow, ...]:
    rng = random.Random(seed)
    start = datetime(2007, 1, 1, tzinfo=UTC)
    return tuple(
        CommitmentRow(
            record_id=f"c-{number:05d}",
            title=f"{rng.choice(WORDS)} {number}",
            city=rng.choice(CITIES),
            project_type=rng.choice(("demonstration", "capacity_building", "policy")),
            sectors=(rng.choice(("air", "waste", "energy", "water")),),
            state=rng.choice(("draft", "ready")),
            start_date="2008-01-01",
            end_date="2010-12-31",
            budget_amount=str(rng.randrange(1_000, 9_000_000)),
            updated=start + timedelta(minutes=number),
            sync_state=rng.choice((SyncState.DRAFT, SyncState.READY, SyncState.SENT)),
            budget_currency="USD",
        )
        for number in range(count)
    )


class FakeService:
    """What a list page asks of a RecordService: the rows, and the full-text search."""

    def __init__(self, rows: tuple[CommitmentRow, ...]) -> None:
        self.rows = rows
        self.hits: frozenset[str] = frozenset()

    def list_commitments(self, query: str = "") -> tuple[CommitmentRow, ...]:
        return self.rows

    def search(self, record_type: Any, query: str) -> frozenset[str]:
        return self.hits


def _fold(text: str) -> str:
    # Case and accents aside, as the full-text search compares (core/search_text.py).
    return search_text.fold(unicodedata.normalize("NFC", text))


def expected(rows: tuple[CommitmentRow, ...], text: str, state: str | None = None) -> set[str]:
    words = _fold(text).split()
    return {
        row.record_id
        for row in rows
        if all(word in _fold(f"{row.title}\n{row.city}") for word in words)
        and (state is None or state in (row.state, row.sync_state.value))
    }


@pytest.fixture
def service() -> FakeService:
    return FakeService(synthetic_rows(ROWS))


@pytest.fixture
def page(qtbot: QtBot, service: FakeService) -> CommitmentsPage:
    page = CommitmentsPage(service)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.list_refreshed, timeout=TIMEOUT):
        page.show()
    return page


def _shown(page: CommitmentsPage) -> list[str]:
    return page.visible_record_ids()


def _shown_titles(page: CommitmentsPage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def test_typing_narrows_and_deleting_widens_the_list(qtbot: QtBot, page: CommitmentsPage) -> None:
    rows = page.model.rows()
    assert page.proxy.rowCount() == ROWS
    typed = ""
    for char in "action":
        qtbot.keyClick(page.search_edit, char)
        typed += char
        assert set(_shown(page)) == expected(rows, typed), typed
        count = len(expected(rows, typed))
        wanted = (
            f"{number_text(count)} of {number_text(ROWS)} commitment(s)"
            if count < ROWS
            else f"{number_text(ROWS)} commitment(s)"
        )
        assert page.count_label.text() == wanted
    for _ in range(3):
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Backspace)
        typed = typed[:-1]
        assert set(_shown(page)) == expected(rows, typed), typed
    page.search_edit.clear()
    assert _shown(page) == list(page.model.ids)
    assert page.count_label.text() == f"{number_text(ROWS)} commitment(s)"


def test_several_words_cities_and_accents(qtbot: QtBot, page: CommitmentsPage) -> None:
    rows = page.model.rows()
    for text in (
        "bus kitakyushu",
        "KITA bus",
        "đà nẵng waste",
        "da nang waste",  # without its accents, the city is found all the same
        "cầu",
        "cau",
        "nothing-like-this",
        "air",
        "air plan",
    ):
        page.search_edit.setText(text)
        assert set(_shown(page)) == expected(rows, text), text
    page.search_edit.setText("nothing-like-this")
    assert page.empty_label.isVisibleTo(page) and "Nothing matches" in page.empty_label.text()


def test_the_rows_shown_keep_the_list_order(qtbot: QtBot, page: CommitmentsPage) -> None:
    order = list(page.model.ids)  # newest edit first
    qtbot.keyClicks(page.search_edit, "solar")
    shown = _shown(page)
    assert shown == [record_id for record_id in order if record_id in set(shown)]
    assert all("Solar" in title for title in _shown_titles(page))


def test_the_selection_follows_its_record_while_it_shows(qtbot: QtBot, page: CommitmentsPage) -> None:
    chosen = next(row.record_id for row in page.model.rows() if row.title.startswith("Bus rapid"))
    assert page.select_record(chosen)
    qtbot.keyClicks(page.search_edit, "bus")
    assert page.selected_record_id() == chosen
    assert page.proxy.record_id(page.table.currentIndex()) == chosen
    assert page.open_action.isEnabled()
    qtbot.keyClicks(page.search_edit, " waste")  # the chosen record no longer shows
    assert page.proxy.rowCount() == 0
    assert page.selected_record_id() is None and not page.open_action.isEnabled()


def test_full_text_hits_join_the_quick_filter_until_the_words_change(
    qtbot: QtBot, page: CommitmentsPage, service: FakeService
) -> None:
    rows = page.model.rows()
    other = next(row.record_id for row in rows if "Waste" in row.title)
    service.hits = frozenset({other})  # named by its description, say
    qtbot.keyClicks(page.search_edit, "solar")
    with qtbot.waitSignal(page.search_finished, timeout=TIMEOUT) as finished:
        page.search_now()
    assert set(_shown(page)) == expected(rows, "solar") | {other}
    assert finished.args == [len(expected(rows, "solar")) + 1]
    qtbot.keyClick(page.search_edit, "s")  # "solars": older hits no longer count
    assert set(_shown(page)) == expected(rows, "solars") == set()


def test_combos_and_words_together(qtbot: QtBot, page: CommitmentsPage) -> None:
    rows = page.model.rows()
    qtbot.keyClicks(page.search_edit, "clean")
    page.state_combo.setCurrentIndex(page.state_combo.findData("sent"))
    assert set(_shown(page)) == expected(rows, "clean", "sent")
    qtbot.keyClicks(page.search_edit, " air")
    assert set(_shown(page)) == expected(rows, "clean air", "sent")
    page.state_combo.setCurrentIndex(page.state_combo.findData("draft"))
    assert set(_shown(page)) == expected(rows, "clean air", "draft")
    page.search_edit.clear()
    assert set(_shown(page)) == expected(rows, "", "draft")
    page.state_combo.setCurrentIndex(0)
    assert page.proxy.rowCount() == ROWS


def test_sorting_a_filtered_list_keeps_the_filter_and_the_selection(
    qtbot: QtBot, page: CommitmentsPage
) -> None:
    rows = page.model.rows()
    qtbot.keyClicks(page.search_edit, "transit")
    chosen = _shown(page)[3]
    assert page.select_record(chosen)
    page.table.sortByColumn(page.model.column_of("budget_amount"), Qt.SortOrder.AscendingOrder)
    assert set(_shown(page)) == expected(rows, "transit")
    by_id = {row.record_id: row for row in rows}
    budgets = [int(by_id[record_id].budget_amount or 0) for record_id in _shown(page)]
    assert budgets == sorted(budgets)
    assert page.selected_record_id() == chosen
    page.search_edit.clear()
    assert page.proxy.rowCount() == ROWS and page.selected_record_id() == chosen


def test_a_reload_shows_the_new_texts_and_keeps_the_words(
    qtbot: QtBot, page: CommitmentsPage, service: FakeService
) -> None:
    qtbot.keyClicks(page.search_edit, "lights")
    first = _shown(page)[0]
    assert _shown_titles(page)[0].startswith("Solar street lights")  # its text is now kept
    service.rows = tuple(
        replace(row, title="Street lights, renamed") if row.record_id == first else row
        for row in service.rows
    )
    with qtbot.waitSignal(page.list_refreshed, timeout=TIMEOUT):
        page.reload()
    assert first in _shown(page)
    row = _shown(page).index(first)
    assert page.proxy.index(row, 0).data() == "Street lights, renamed"
    assert set(_shown(page)) == expected(service.rows, "lights")


def test_the_filtered_list_passes_the_model_tester_while_it_changes(
    qtbot: QtBot, qtmodeltester: ModelTester, page: CommitmentsPage
) -> None:
    qtmodeltester.check(page.proxy)  # stays attached: checks every change that follows
    for text in ("a", "ac", "action", "actio", "", "bus kita", "zzz", ""):
        page.search_edit.setText(text)
    page.table.sortByColumn(page.model.column_of("title"), Qt.SortOrder.AscendingOrder)
    page.state_combo.setCurrentIndex(page.state_combo.findData("ready"))
    page.search_edit.setText("waste")
    qtmodeltester.check(page.proxy)
