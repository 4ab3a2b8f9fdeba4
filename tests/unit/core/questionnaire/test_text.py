"""Localized texts: fallbacks and translation completeness."""

from __future__ import annotations

from kin_desktop.core.questionnaire import Localized, localize, matching_language, translation_completeness
from tests.unit.core.questionnaire.builders import one, q


def test_localize_fallbacks() -> None:
    text = {"en": "Water", "ja": "水", "zh": "水 (zh)", "th": ""}
    assert localize(text, "ja") == Localized("水", "ja", False)
    assert localize(text, "en") == Localized("Water", "en", False)
    assert localize(text, "zh-Hans") == Localized("水 (zh)", "zh", False)
    assert localize(text, "vi") == Localized("Water", "en", True)
    assert localize(text, "th") == Localized("Water", "en", True)  # empty counts as missing
    assert localize(None, "ja") == Localized("", "ja", False)
    assert localize({}, "ja") == Localized("", "ja", False)
    assert str(localize(text, "ja")) == "水"


def test_translation_completeness() -> None:
    d = one(
        q("alpha", hint={"en": "Hint", "ja": "ヒント"}),
        q("beta", "single_choice", choices=[{"value": "a", "label": {"en": "A"}}]),
        languages=["en", "ja", "th"],
        description={"en": "About"},
    )
    # title, description, section title, alpha label + hint, beta label + choice
    assert translation_completeness(d) == {"en": (7, 7), "ja": (2, 7), "th": (0, 7)}


def test_the_interface_code_of_chinese_finds_its_script_tag():
    text = {"en": "Water", "zh-Hans": "水", "zh-Hant": "水資源"}
    assert localize(text, "zh_CN") == Localized("水", "zh-Hans", False)  # Qt's code of the interface
    assert localize(text, "zh-CN") == Localized("水", "zh-Hans", False)
    assert localize(text, "zh-TW") == Localized("水資源", "zh-Hant", False)
    assert localize({"en": "Water", "zh": "水"}, "zh_CN").text == "水"  # the base language
    assert localize({"en": "Water", "ko": "물"}, "zh_CN") == Localized("Water", "en", True)


def test_the_definition_language_an_interface_language_reads():
    assert matching_language("zh_CN", ["en", "ja", "zh-Hans"]) == "zh-Hans"
    assert matching_language("ja", ["en", "ja"]) == "ja"
    assert matching_language("ko", ["en", "ja"]) is None
