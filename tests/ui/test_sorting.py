"""Lists sort as the interface language sorts: Đà Nẵng before Yangon, Hải Phòng before Huế."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kin_desktop.ui import language
from kin_desktop.ui.sorting import TextsKey, sorted_texts, text_key

CITIES = ["Yangon", "Huế", "Đà Nẵng", "Hải Phòng", "Bangkok", "Zhenjiang", "Ấn Độ", "cebu City"]


@pytest.fixture(autouse=True)
def source_texts_after() -> Iterator[None]:
    yield
    language.uninstall()


@pytest.mark.parametrize("code", ["en", "vi"])
def test_cities_sort_as_the_language_sorts(qtbot: QtBot, code: str) -> None:
    del qtbot
    from PySide6.QtCore import QLocale

    language.install("en")
    QLocale.setDefault(QLocale(code))  # Vietnamese, whether or not its translation ships yet
    ordered = sorted_texts(CITIES, str)
    assert ordered.index("Đà Nẵng") < ordered.index("Yangon")
    assert ordered.index("Hải Phòng") < ordered.index("Huế")
    assert ordered.index("Bangkok") < ordered.index("cebu City") < ordered.index("Đà Nẵng")  # case aside
    assert sorted(CITIES, key=text_key) == ordered


def test_numbers_in_texts_sort_as_numbers(qtbot: QtBot) -> None:
    del qtbot
    language.install("en")
    assert sorted_texts(["Site 10", "Site 9", "Site 1"], str) == ["Site 1", "Site 9", "Site 10"]


def test_a_key_of_several_texts_falls_through_to_the_next(qtbot: QtBot) -> None:
    del qtbot
    language.install("en")
    rows = [("Huế", "b"), ("Đà Nẵng", "z"), ("Huế", "a")]
    assert sorted(rows, key=lambda row: TextsKey(*row)) == [("Đà Nẵng", "z"), ("Huế", "a"), ("Huế", "b")]
