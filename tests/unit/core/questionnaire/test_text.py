"""Localized texts: fallbacks and translation completeness."""

from __future__ import annotations

from kin_desktop.core.questionnaire import Localized, localize, translation_completeness
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
