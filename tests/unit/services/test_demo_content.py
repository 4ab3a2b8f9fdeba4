"""Demo content: deterministic, valid bodies, the region's scripts, a complete response."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.core.questionnaire import evaluate, load_definition_file
from kin_desktop.core.schemas import FOLLOW_UP_END_YEAR, ParticipantCategory, validate_body
from kin_desktop.services.demo_content import CITIES, DemoCity, DemoData, build_demo

QUESTIONNAIRE = Path(__file__).resolve().parents[3] / "resources" / "questionnaires" / "kin4-pre-meeting.json"

_SCRIPTS = {
    "cjk": re.compile(r"[\u4e00-\u9fff]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "hangul": re.compile(r"[\uac00-\ud7af]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
}
_VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ")
_ALLOWED_SCRIPT_RANGES = (
    (0x0000, 0x024F),  # Latin, Latin-1, Latin Extended-A/B
    (0x0300, 0x036F),  # combining marks
    (0x0E00, 0x0E7F),  # Thai
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x30FF),  # CJK punctuation, kana
    (0x4E00, 0x9FFF),  # CJK ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xFF00, 0xFFEF),  # full-width forms
)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list | tuple):
        return [s for item in value for s in _strings(item)]
    return []


def _all_text(data: DemoData) -> str:
    parts = [*_strings(list(vars(data.city).values())), *_strings(data.answers)]
    parts += _strings(data.practices) + _strings(data.commitments)
    return "\n".join(parts)


def _has_vietnamese(text: str) -> bool:
    return any(ch in _VIETNAMESE or 0x1EA0 <= ord(ch) <= 0x1EF9 for ch in text)


def test_same_seed_gives_identical_output() -> None:
    first = build_demo(7, practices=12, commitments=6)
    second = build_demo(7, practices=12, commitments=6)
    assert first == second
    assert json.dumps(first.answers, ensure_ascii=False, sort_keys=True) == json.dumps(
        second.answers, ensure_ascii=False, sort_keys=True
    )


def test_different_seeds_differ() -> None:
    outputs = {
        json.dumps([build_demo(seed).practices, build_demo(seed).commitments]) for seed in range(1, 11)
    }
    assert len(outputs) == 10


def test_city_is_chosen_from_the_seed_unless_given() -> None:
    chosen = {build_demo(seed, practices=0, commitments=0).city for seed in range(1, 40)}
    assert len(chosen) > 3
    assert chosen <= set(CITIES)
    given = CITIES[1]
    data = build_demo(3, city=given)
    assert data.city is given
    assert given.name in data.answers["city_name"]


def test_cities_are_well_formed() -> None:
    assert len(CITIES) >= 8
    assert len({c.name for c in CITIES}) == len(CITIES)
    categories = {c.value for c in ParticipantCategory}
    for city in CITIES:
        assert re.fullmatch(r"[A-Z]{2}", city.country)
        assert city.category in categories
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", city.email)
        assert city.name and city.local_name and city.delegate_name and city.organisation and city.language


@pytest.mark.parametrize("seed", range(1, 11))
def test_every_practice_and_commitment_validates(seed: int) -> None:
    data = build_demo(seed, practices=15, commitments=15)
    assert len(data.practices) == 15
    assert len(data.commitments) == 15
    for practice in data.practices:
        validate_body("practice", practice)
    for commitment in data.commitments:
        normalized = validate_body("commitment", commitment)
        assert normalized["end_date"] <= f"{FOLLOW_UP_END_YEAR}-12-31"
        assert normalized["start_date"] <= normalized["end_date"]
        assert normalized["targets"] and normalized["milestones"] and normalized["partners"]
        assert all(t["indicator"] and t["due_year"] <= FOLLOW_UP_END_YEAR for t in normalized["targets"])
        assert all(
            normalized["start_date"] <= m["date"] <= normalized["end_date"] for m in normalized["milestones"]
        )
        assert normalized["budget_amount"] and normalized["signatory_name"]


def test_scripts_of_the_region_appear_and_no_others() -> None:
    text = "\n".join(_all_text(build_demo(seed)) for seed in range(1, 11))
    text += "\n" + "\n".join(_strings([list(vars(c).values()) for c in CITIES]))
    assert _has_vietnamese(text)
    for name, pattern in _SCRIPTS.items():
        assert pattern.search(text), name
    assert "北九州市" in text  # Japanese (kanji) city name
    assert "威海市" in text
    for ch in set(text):
        code = ord(unicodedata.normalize("NFC", ch)[0])
        assert any(lo <= code <= hi for lo, hi in _ALLOWED_SCRIPT_RANGES) or ch in "²³µ", repr(ch)


def test_local_script_appears_in_content_not_only_city_names() -> None:
    content = "\n".join(
        _strings([build_demo(seed, practices=20, commitments=20).practices for seed in range(1, 11)])
        + _strings([build_demo(seed, practices=20, commitments=20).commitments for seed in range(1, 11)])
    )
    assert _has_vietnamese(content) or any(p.search(content) for p in _SCRIPTS.values())
    kitakyushu = build_demo(1, practices=30, commitments=30, city=CITIES[0])
    assert _SCRIPTS["cjk"].search(_all_text(kitakyushu))


def test_zero_counts_give_a_consistent_response() -> None:
    data = build_demo(4, practices=0, commitments=0)
    assert data.practices == [] and data.commitments == []
    assert data.answers["has_practices"] is False and "practices" not in data.answers
    assert data.answers["has_commitments"] is False and "commitments" not in data.answers
    with pytest.raises(ValueError):
        build_demo(1, practices=-1)


def test_answers_respect_the_questionnaire_limits() -> None:
    data = build_demo(2, practices=40, commitments=12)
    assert len(data.answers["practices"]) == 10
    assert len(data.answers["commitments"]) == 5
    assert isinstance(data.answers["area_km2"], str)
    assert all(isinstance(p["practice_cost"], str) for p in data.answers["practices"])


def test_large_counts_give_distinct_valid_records() -> None:
    data = build_demo(5, practices=200, commitments=2000)
    assert len(data.practices) == 200
    assert len(data.commitments) == 2000
    assert len({c["title"] for c in data.commitments}) == 2000
    for practice in data.practices:
        validate_body("practice", practice)


def test_custom_city_without_known_figures() -> None:
    city = DemoCity(
        "Hue", "Thành phố Huế", "VN", "vi", "Lê Thị Hoa", "Hue City", "city-expert", "hoa@hue.example"
    )
    data = build_demo(9, city=city)
    assert data.city == city
    assert data.answers["population"] > 0
    for commitment in data.commitments:
        validate_body("commitment", commitment)


def test_shipped_questionnaire_loads() -> None:
    definition = load_definition_file(QUESTIONNAIRE)
    assert definition.id == "kin4-pre-meeting"
    assert definition.version == "2007.1"


@pytest.mark.parametrize("seed", range(1, 11))
@pytest.mark.parametrize(("practices", "commitments"), [(5, 3), (0, 0), (1, 1), (25, 9)])
def test_answers_are_a_complete_response(seed: int, practices: int, commitments: int) -> None:
    definition = load_definition_file(QUESTIONNAIRE)
    data = build_demo(seed, practices=practices, commitments=commitments)
    result = evaluate(definition, data.answers)
    assert result.issues == ()
    assert result.complete


def test_answers_are_complete_for_every_city() -> None:
    definition = load_definition_file(QUESTIONNAIRE)
    for index, city in enumerate(CITIES):
        result = evaluate(definition, build_demo(index, city=city).answers)
        assert result.issues == (), city.name
        assert result.complete, city.name


def test_titles_of_one_demo_are_distinct() -> None:
    data = build_demo(6, practices=60, commitments=45)
    assert len({p["title"] for p in data.practices}) == 60
    assert len({c["title"] for c in data.commitments}) == 45
