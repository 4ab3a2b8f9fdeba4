"""The shipped Fourth Meeting questionnaire loads, is fully translated and behaves."""

from __future__ import annotations

from pathlib import Path

import pytest

from kin_desktop.core.questionnaire import (
    Definition,
    evaluate,
    load_definition_file,
    translation_completeness,
)

KIN4 = Path(__file__).resolve().parents[4] / "resources" / "questionnaires" / "kin4-pre-meeting.json"


@pytest.fixture(scope="module")
def kin4() -> Definition:
    return load_definition_file(KIN4)


def test_loads(kin4: Definition) -> None:
    assert kin4.id == "kin4-pre-meeting"
    assert kin4.default_language == "en"
    assert {"en", "ja"} <= set(kin4.languages)
    assert kin4.questions()


def test_english_and_japanese_are_complete(kin4: Definition) -> None:
    completeness = translation_completeness(kin4)
    for language in ("en", "ja"):
        done, total = completeness[language]
        assert total > 0 and done == total, language


def test_empty_response_is_incomplete_and_points_at_the_first_section(kin4: Definition) -> None:
    result = evaluate(kin4, {})
    assert not result.complete
    assert result.ratio < 1.0
    missing = result.first_missing
    assert missing is not None
    assert kin4.section_of(missing.question_id).id == kin4.sections[0].id
    assert not result.sections[0].complete


def test_relevance_follows_the_answers(kin4: Definition) -> None:
    question = kin4.question("sectors_other")
    assert question.relevant is not None and "sectors" in question.relevant
    shown = evaluate(kin4, {"sectors": ["other"]})
    assert shown.is_relevant("sectors_other")
    assert [i.code for i in shown.issues_for("sectors_other")] == (["required"] if question.required else [])
    hidden = evaluate(kin4, {"sectors": ["solid_waste"], "sectors_other": "ignored"})
    assert not hidden.is_relevant("sectors_other")
    assert hidden.issues_for("sectors_other") == ()


def test_repeat_relevance_follows_the_answers(kin4: Definition) -> None:
    group = kin4.repeat_of("practice_title")
    assert group is not None and group.relevant is not None
    with_practices = evaluate(kin4, {"has_practices": True})
    assert with_practices.is_relevant(group.id)
    assert [i.code for i in with_practices.issues_for(group.id)] == (["repeat_min"] if group.min else [])
    without = evaluate(kin4, {"has_practices": False, group.id: [{"practice_title": 42}]})
    assert not without.is_relevant(group.id)
    assert without.issues_for(group.id) == () and without.issues_for("practice_title", 0) == ()
