"""A loaded definition's index: complete, consistent, and impossible to change from outside."""

from __future__ import annotations

import copy

import pytest

from kin_desktop.core.questionnaire import load_definition
from tests.unit.core.questionnaire.builders import FULL


def test_index_holds_every_item_where_it_belongs() -> None:
    d = load_definition(FULL)
    index = d.index
    assert [question.id for question in index.questions] == [
        "city_name",
        "population",
        "area",
        "founded",
        "has_plan",
        "plan_summary",
        "sector",
        "sectors",
        "severity",
        "ranking",
        "practice_title",
        "practice_cost",
    ]
    assert set(index.by_id) == {question.id for question in index.questions}
    assert list(index.repeats) == ["practices"]
    assert {qid for qid, group in index.repeat_of.items() if group.id == "practices"} == {
        "practice_title",
        "practice_cost",
    }
    assert index.section_of["practices"].id == "issues"
    assert index.section_of["practice_cost"].id == "issues"
    assert index.section_of["city_name"].id == "profile"
    assert set(index.sections) == {"profile", "issues"}
    assert set(index.nodes) == {
        ("plan_summary", "relevant"),
        ("ranking", "constraint"),
        ("practices", "relevant"),
    }
    assert set(index.section_nodes) == {"issues"}
    assert index.knows("practices") and index.knows("city_name") and not index.knows("issues")


def test_index_cannot_be_changed() -> None:
    d = load_definition(FULL)
    index = d.index
    with pytest.raises(TypeError):
        index.by_id["intruder"] = index.by_id["city_name"]  # type: ignore[index]
    with pytest.raises(TypeError):
        del index.nodes[("plan_summary", "relevant")]  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        index.questions.append(index.questions[0])  # type: ignore[attr-defined]
    with pytest.raises((AttributeError, TypeError)):
        index.by_id = {}  # type: ignore[misc]
    listed = d.questions()
    listed.clear()
    assert len(d.questions()) == 12


def test_a_copied_definition_shares_its_index() -> None:
    d = load_definition(FULL)
    assert copy.deepcopy(d).index is d.index
    assert d.model_copy(deep=True).question("city_name") == d.question("city_name")
