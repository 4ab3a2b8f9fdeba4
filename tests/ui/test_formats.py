"""Dates and numbers in the interface language's form, one style per kind of value."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from kin_desktop.services.records import CommitmentRow, SyncState
from kin_desktop.ui import language
from kin_desktop.ui.formats import amount_text, day_format, day_text, moment_text
from kin_desktop.ui.records.models import CommitmentTableModel


@pytest.fixture(autouse=True)
def source_texts_after() -> Iterator[None]:
    yield
    language.uninstall()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_001", "05/03/2009"),
        ("en_US", "3/5/2009"),  # a US system keeps its order, with the year in full
        ("ja", "2009/03/05"),
        ("zh_CN", "2009/3/5"),
        ("ko", "2009. 3. 5."),
        ("th", "5/3/2009"),
        ("vi", "5/3/2009"),
        ("id", "05/03/2009"),
    ],
)
def test_days_have_their_year_in_full(locale: str, expected: str) -> None:
    assert day_text(date(2009, 3, 5), QLocale(locale)) == expected
    assert "yyyy" in day_format(QLocale(locale))


def test_a_moment_is_the_same_day_then_the_time(qtbot: QtBot) -> None:
    del qtbot
    language.install("ja")
    moment = datetime(2009, 3, 5, 3, 1, tzinfo=UTC)
    text = moment_text(moment)
    assert text.startswith(day_text(moment.astimezone().date()))
    assert re.search(r"\d{1,2}:\d{2}", text)


def test_the_commitments_list_shows_every_date_in_one_style(qtbot: QtBot) -> None:
    del qtbot
    language.install("id")
    row = CommitmentRow(
        record_id="c1",
        title="Mangrove",
        city="Surabaya",
        project_type="demonstration",
        sectors=(),
        state="draft",
        start_date="2009-03-05",
        end_date="2010-12-31",
        budget_amount="1250000.5",
        updated=datetime(2009, 3, 6, 12, 0, tzinfo=UTC),
        sync_state=SyncState.DRAFT,
        budget_currency="USD",
    )
    model = CommitmentTableModel()
    model.set_rows([row])

    def cell(key: str) -> str:
        return str(model.index(0, model.column_of(key)).data())

    assert cell("start_date") == "05/03/2009" and cell("end_date") == "31/12/2010"
    assert cell("updated").startswith(day_text(row.updated.astimezone().date()))
    assert cell("budget_amount") == amount_text("1250000.5", "USD") == "1.250.000,50 USD"
