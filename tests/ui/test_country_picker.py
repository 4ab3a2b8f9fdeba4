"""Countries are chosen from a list in the interface language and found by any name or code;
the answer stays the ISO code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kin_desktop.core import countries
from kin_desktop.ui import language
from kin_desktop.ui.widgets.country_picker import CountryPicker


@pytest.fixture(autouse=True)
def source_texts_after() -> Iterator[None]:
    yield
    language.uninstall()


@pytest.mark.parametrize("typed", ["Thailand", "thailand", "ไทย", "TH", "THA", "タイ", "泰国", "Thái Lan"])
def test_thailand_by_any_name_or_code(typed: str) -> None:
    assert countries.resolve(typed, ("en", "th", "ja", "zh_CN", "vi")) == "TH"


def test_accents_and_case_do_not_matter() -> None:
    assert countries.resolve("viet nam", ("en", "vi")) == "VN"
    assert countries.resolve("việt nam", ("en", "vi")) == "VN"
    assert countries.resolve("Philippines", ("en",)) == "PH"
    assert countries.resolve("Atlantis", ("en",)) is None
    assert countries.resolve("Korea", ("en",)) is None  # two Koreas: not guessed


def test_names_follow_the_language() -> None:
    assert countries.name("TH", "th") == "ไทย"
    assert countries.name("VN", "vi") == "Việt Nam"
    assert countries.name("JP", "ja") == "日本"
    assert countries.name("KR", "en") == "South Korea"


def _picker(qtbot: QtBot) -> CountryPicker:
    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_typing_a_name_chooses_the_country(qtbot: QtBot) -> None:
    language.install("en")
    picker = _picker(qtbot)
    seen: list[object] = []
    picker.code_edited.connect(seen.append)
    line = picker.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Thailand")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert picker.code() == "TH" and seen == ["TH"]
    assert picker.currentText() == "Thailand"
    line.selectAll()
    qtbot.keyClicks(line, "VN")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert picker.code() == "VN" and seen == ["TH", "VN"]


def test_a_text_that_names_no_country_is_kept_and_explained(qtbot: QtBot) -> None:
    language.install("en")
    picker = _picker(qtbot)
    seen: list[object] = []
    picker.code_edited.connect(seen.append)
    line = picker.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Thailandd")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert picker.code() is None and not picker.is_valid()
    assert picker.currentText() == "Thailandd"
    assert "Thailandd" in picker.error_text()
    assert seen == []


def test_the_list_is_named_and_sorted_in_the_interface_language(qtbot: QtBot) -> None:
    language.install("ja")
    picker = _picker(qtbot)
    picker.set_code("TH")
    assert picker.currentText() == "タイ"
    assert picker.code() == "TH"
    names = [picker.itemText(row) for row in range(picker.count())]
    assert len(names) == len(countries.codes())
    language.install("en")
    picker.retranslate()
    assert picker.currentText() == "Thailand"  # the same country, in the new language
    english = [picker.itemText(row) for row in range(picker.count())]
    assert english.index("Viet Nam" if "Viet Nam" in english else "Vietnam") > english.index("Thailand")
    assert english.index("Åland Islands") < english.index("Albania") or english.index("Åland Islands") < 5
