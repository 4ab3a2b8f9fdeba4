"""Evaluating answers: constraints, relevance, repeat groups, progress."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kin_desktop.core.questionnaire import evaluate, load_definition, normalize_answers
from tests.unit.core.questionnaire.builders import FULL, codes, document, one, q, repeat, section


def test_constraint_with_dot() -> None:
    d = one(
        q("start", "date"),
        q(
            "end",
            "date",
            constraint=". >= start",
            constraint_message={"en": "The end is before the start", "ja": "終了が開始より前です"},
        ),
        q("share", "integer", constraint=". % 5 = 0"),
    )
    bad = evaluate(d, {"start": "2007-06-25", "end": "2007-06-01", "share": 12})
    [issue] = bad.issues_for("end")
    assert issue.code == "constraint" and issue.message == "The end is before the start"
    assert issue.params["constraint"] == ". >= start"
    [default] = bad.issues_for("share")
    assert default.code == "constraint" and default.message
    good = evaluate(d, {"start": "2007-06-25", "end": "2007-06-26", "share": 15})
    assert good.issues == ()
    # unanswered never fails its constraint; a type error is not also a constraint failure
    assert evaluate(d, {}).issues == ()
    assert codes(evaluate(d, {"share": "x"}), "share") == ["type"]


def test_unknown_questions_are_reported() -> None:
    d = one(q("a"), repeat("items", [q("x")]))
    result = evaluate(d, {"a": "ok", "zzz": 1, "x": "misplaced", "items": [{"x": "fine", "y": 2}]})
    unknown = [(i.question_id, i.instance) for i in result.issues if i.code == "unknown_question"]
    assert unknown == [("zzz", None), ("x", None), ("y", 0)]
    assert result.complete  # unknown answers do not block completion


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=5)
    | st.sampled_from(["air", ""]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=3), children, max_size=3)
    ),
    max_leaves=8,
)
FULL_KEYS = [x["id"] for s in FULL["sections"] for x in s["items"]] + ["practice_title", "zzz"]


FULL_DEFINITION = load_definition(FULL)


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.sampled_from(FULL_KEYS), JSON_VALUES, max_size=8))
def test_evaluate_never_raises_on_data(answers: dict[str, Any]) -> None:
    result = evaluate(FULL_DEFINITION, answers)
    assert 0.0 <= result.ratio <= 1.0
    normalize_answers(FULL_DEFINITION, answers)


# -- relevance --------------------------------------------------------------------


def test_relevance_hides_and_shows_and_ignores_hidden_answers() -> None:
    d = one(
        q("has_plan", "yes_no", required=True),
        q("plan", "long_text", required=True, relevant="has_plan = true"),
        q("year", "integer", min=1990, relevant="answered(plan)"),
    )
    hidden = evaluate(d, {"has_plan": False, "plan": 5, "year": 1})
    assert not hidden.is_relevant("plan") and not hidden.is_relevant("year")
    assert hidden.issues == ()  # the hidden answers are neither validated nor required
    assert hidden.complete
    assert hidden.section("main").total == 1 and hidden.section("main").answered == 1
    shown = evaluate(d, {"has_plan": True})
    assert shown.is_relevant("plan") and not shown.is_relevant("year")
    assert codes(shown, "plan") == ["required"]
    assert not shown.complete
    full = evaluate(d, {"has_plan": True, "plan": "A plan", "year": 1980})
    assert full.is_relevant("year") and codes(full, "year") == ["min"]


def test_hidden_answers_are_null_in_other_expressions() -> None:
    d = one(
        q("a", "yes_no"),
        q("b", "integer", relevant="a = true"),
        q("c", relevant="b > 3"),
    )
    assert evaluate(d, {"a": True, "b": 5}).is_relevant("c")
    assert not evaluate(d, {"a": False, "b": 5}).is_relevant("c")


def test_section_relevance() -> None:
    d = load_definition(
        document(
            section("first", [q("attend", "yes_no", required=True)]),
            section(
                "second",
                [q("travel", required=True), repeat("guests", [q("guest")], min=1)],
                relevant="attend = true",
            ),
        )
    )
    away = evaluate(d, {"attend": False, "travel": 3})
    assert not away.section("second").relevant
    assert away.section("second").complete and away.complete
    assert not away.is_relevant("travel") and not away.is_relevant("guests")
    assert away.issues == ()
    coming = evaluate(d, {"attend": True})
    second = coming.section("second")
    assert second.relevant and second.required_total == 2 and second.required_answered == 0
    assert [i.code for i in coming.issues] == ["required", "repeat_min"]


def test_repeat_group_relevance() -> None:
    d = one(
        q("has_practices", "yes_no"),
        repeat("practices", [q("title", required=True)], min=1, relevant="has_practices = true"),
    )
    off = evaluate(d, {"has_practices": False, "practices": [{}, {"title": 3}]})
    assert not off.is_relevant("practices") and not off.is_relevant("title", 0)
    assert off.issues == () and off.complete
    on = evaluate(d, {"has_practices": True, "practices": [{}, {"title": "Composting"}]})
    assert on.is_relevant("practices") and on.is_relevant("title", 0) and on.is_relevant("title", 1)
    assert codes(on, "title", 0) == ["required"] and codes(on, "title", 1) == []
    assert not on.is_relevant("title")  # a repeat's question is relevant per instance


# -- repeats ----------------------------------------------------------------------


def test_repeat_min_and_max() -> None:
    d = one(repeat("items", [q("x")], min=2, max=3))
    too_few = evaluate(d, {"items": [{"x": "a"}]})
    [issue] = too_few.issues
    assert (issue.question_id, issue.code) == ("items", "repeat_min")
    assert dict(issue.params) == {"min": 2, "count": 1}
    assert too_few.section("main").required_total == 1 and too_few.section("main").required_answered == 0
    assert too_few.first_missing == issue
    enough = evaluate(d, {"items": [{"x": "a"}, {}]})
    assert enough.issues == () and enough.complete and enough.ratio == 1.0
    too_many = evaluate(d, {"items": [{}, {}, {}, {}]})
    assert [i.code for i in too_many.issues] == ["repeat_max"]
    assert too_many.section("main").issues == 1 and not too_many.complete


def test_repeat_data_of_the_wrong_shape() -> None:
    d = one(repeat("items", [q("x", required=True)]))
    not_a_list = evaluate(d, {"items": "x"})
    assert codes(not_a_list, "items") == ["type"]
    bad_instance = evaluate(d, {"items": [{"x": "ok"}, 7]})
    assert codes(bad_instance, "items", 1) == ["type"]
    assert codes(bad_instance, "x", 1) == ["required"]


def test_repeat_sibling_and_column_references() -> None:
    d = one(
        q("scope", "single_choice"),
        repeat(
            "practices",
            [
                q("kind", "single_choice"),
                q("detail", required=True, relevant="kind = 'other' or scope = 'air'"),
                q("cost", "decimal", constraint=". <= 1000 or kind = 'waste'"),
            ],
        ),
        q("summary", relevant="count(practices) >= 2 and selected(practices.kind, 'water')"),
        q("total", "decimal", constraint=". = sum(practices.cost)"),
    )
    answers: dict[str, Any] = {
        "practices": [
            {"kind": "other", "cost": "5000"},
            {"kind": "water", "cost": 20},
            {"kind": "waste", "cost": "5000"},
        ],
        "total": "10020",
    }
    result = evaluate(d, answers)
    assert result.is_relevant("detail", 0) and not result.is_relevant("detail", 1)
    assert codes(result, "detail", 0) == ["required"]
    assert codes(result, "cost", 0) == ["constraint"] and codes(result, "cost", 2) == []
    assert result.is_relevant("summary")
    assert codes(result, "total") == []
    assert not evaluate(d, {"practices": answers["practices"][:1]}).is_relevant("summary")
    # the top-level question shows inside each instance
    everywhere = evaluate(d, {"scope": "air", "practices": [{}, {}]})
    assert everywhere.is_relevant("detail", 0) and everywhere.is_relevant("detail", 1)


# -- progress -----------------------------------------------------------------------


def test_completeness_counts_and_first_missing_order() -> None:
    d = load_definition(
        document(
            section("a", [q("a1", required=True), q("a2"), q("a3", "integer", required=True)]),
            section(
                "b",
                [
                    q("b1", required=True),
                    repeat("rows", [q("r1", required=True), q("r2")], min=1),
                    q("b2", "yes_no", required=True),
                ],
            ),
        )
    )
    empty = evaluate(d, {})
    assert [(s.section_id, s.required_total, s.required_answered, s.total) for s in empty.sections] == [
        ("a", 2, 0, 3),
        ("b", 3, 0, 2),
    ]
    assert empty.first_missing is not None and empty.first_missing.question_id == "a1"
    assert [i.question_id for i in empty.issues] == ["a1", "a3", "b1", "rows", "b2"]
    assert empty.ratio == 0.0 and not empty.complete

    partial = evaluate(d, {"a1": "x", "a2": "y", "a3": "bad", "rows": [{"r2": "z"}], "b2": False})
    a, b = partial.sections
    assert (a.required_answered, a.answered, a.issues, a.complete) == (2, 3, 1, False)
    assert (b.required_total, b.required_answered, b.answered, b.total) == (4, 2, 2, 4)
    assert b.ratio == 0.5
    assert partial.first_missing is not None
    assert (partial.first_missing.question_id, partial.first_missing.instance) == ("b1", None)
    assert partial.ratio == pytest.approx(4 / 6)

    done = evaluate(d, {"a1": "x", "a3": 3, "b1": "y", "rows": [{"r1": "r"}], "b2": True})
    assert done.complete and done.ratio == 1.0 and done.first_missing is None
    assert all(s.complete and s.ratio == 1.0 for s in done.sections)
    with pytest.raises(KeyError):
        done.section("zzz")


def test_no_required_questions_is_complete() -> None:
    result = evaluate(one(q("a")), {})
    assert result.complete and result.ratio == 1.0 and result.section("main").ratio == 1.0


def test_today_is_passed_to_expressions() -> None:
    d = one(q("day", "date", constraint=". <= today()"))
    assert codes(evaluate(d, {"day": "2007-06-26"}, today=date(2007, 6, 25)), "day") == ["constraint"]
    assert codes(evaluate(d, {"day": "2007-06-25"}, today=date(2007, 6, 25)), "day") == []


def test_position_is_the_entry_number_in_a_repeat() -> None:
    d = one(repeat("r", [q("name"), q("detail", relevant="position() > 1 and name != null")]))
    evaluation = evaluate(d, {"r": [{"name": "a"}, {"name": "b"}, {}]})
    assert not evaluation.is_relevant("detail", 0)
    assert evaluation.is_relevant("detail", 1)
    assert not evaluation.is_relevant("detail", 2)
