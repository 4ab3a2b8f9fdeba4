"""The questionnaire engine: loading checks, localization, validation, relevance, progress."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kin_desktop.core.errors import DefinitionError, DefinitionProblem
from kin_desktop.core.questionnaire import (
    Definition,
    Evaluation,
    Localized,
    Question,
    QuestionType,
    RepeatGroup,
    evaluate,
    load_definition,
    load_definition_file,
    localize,
    normalize_answers,
    translation_completeness,
)

# -- builders -----------------------------------------------------------------


def q(qid: str, type_: str = "text", **options: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": "question", "id": qid, "type": type_, "label": {"en": qid.title()}}
    if type_ in ("single_choice", "multiple_choice", "ranking") and "choices" not in options:
        options["choices"] = [
            {"value": v, "label": {"en": v.title()}} for v in ("air", "water", "waste", "other")
        ]
    if type_ == "rating" and "scale" not in options:
        options["scale"] = {"min": 1, "max": 5}
    item.update(options)
    return item


def repeat(rid: str, items: list[dict[str, Any]], **options: Any) -> dict[str, Any]:
    return {"kind": "repeat", "id": rid, "label": {"en": rid.title()}, "items": items, **options}


def section(sid: str, items: list[dict[str, Any]], **options: Any) -> dict[str, Any]:
    return {"id": sid, "title": {"en": sid.title()}, "items": items, **options}


def document(*sections: dict[str, Any], **top: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "schema_version": 1,
        "id": "test-form",
        "version": "1",
        "default_language": "en",
        "languages": ["en", "ja"],
        "title": {"en": "Test", "ja": "テスト"},
        "sections": list(sections),
    }
    doc.update(top)
    return doc


def one(*items: dict[str, Any], **top: Any) -> Definition:
    """A definition with one section holding ``items``."""
    return load_definition(document(section("main", list(items)), **top))


def problems_of(data: dict[str, Any] | str | bytes) -> list[DefinitionProblem]:
    with pytest.raises(DefinitionError) as caught:
        load_definition(data)
    return caught.value.problems


def only_problem(data: dict[str, Any]) -> DefinitionProblem:
    found = problems_of(data)
    assert len(found) == 1, found
    return found[0]


def codes(evaluation: Evaluation, qid: str, instance: int | None = None) -> list[str]:
    return [i.code for i in evaluation.issues_for(qid, instance)]


# -- loading ------------------------------------------------------------------


FULL = document(
    section(
        "profile",
        [
            q("city_name", required=True, max_length=100, hint={"en": "Official name", "ja": "正式名称"}),
            q("population", "integer", min=0, max=50_000_000, unit={"en": "people"}),
            q("area", "decimal", min="0.5"),
            q("founded", "date", max="2007-12-31"),
            q("has_plan", "yes_no"),
            q("plan_summary", "long_text", relevant="has_plan = true"),
        ],
        description={"en": "About the city"},
    ),
    section(
        "issues",
        [
            q("sector", "single_choice"),
            q("sectors", "multiple_choice", min=1, max=3),
            q("severity", "rating", scale={"min": 1, "max": 5, "min_label": {"en": "Low"}}),
            q("ranking", "ranking", constraint="count(.) <= count(sectors)"),
            repeat(
                "practices",
                [q("practice_title", required=True), q("practice_cost", "decimal")],
                max=3,
                relevant="count(sectors) > 0",
            ),
        ],
        relevant="has_plan != null",
    ),
)


def test_load_success_and_lookups() -> None:
    d = load_definition(FULL)
    assert d.id == "test-form" and d.version == "1" and d.languages == ["en", "ja"]
    assert [x.id for x in d.questions()] == [
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
    assert d.question("population").type is QuestionType.INTEGER
    assert isinstance(d.question("practice_cost"), Question)
    with pytest.raises(KeyError):
        d.question("nope")
    practices = d.repeats()[0]
    assert isinstance(practices, RepeatGroup) and practices.id == "practices"
    assert d.repeat_of("practice_cost") is practices
    assert d.repeat_of("city_name") is None
    assert d.section_of("practice_cost").id == "issues"
    assert d.section_of("practices").id == "issues"
    assert d.section_of("city_name").id == "profile"
    assert d.parsed("plan_summary", "relevant") is not None
    assert d.parsed("plan_summary", "constraint") is None
    assert d.parsed("practices", "relevant") is not None
    assert d.parsed_section("issues") is not None
    assert d.parsed_section("profile") is None


def test_load_from_json_text_bytes_and_file(tmp_path: Path) -> None:
    text = json.dumps(FULL, ensure_ascii=False)
    assert load_definition(text).id == "test-form"
    assert load_definition(text.encode("utf-8")).id == "test-form"
    file = tmp_path / "form.json"
    file.write_text(text, encoding="utf-8")
    assert load_definition_file(file).id == "test-form"
    assert load_definition_file(str(file)).version == "1"


def test_missing_file_is_a_definition_error(tmp_path: Path) -> None:
    with pytest.raises(DefinitionError, match="cannot read"):
        load_definition_file(tmp_path / "absent.json")


def test_duplicate_json_keys_are_refused() -> None:
    text = '{"schema_version": 1, "id": "a", "id": "b"}'
    [problem] = problems_of(text)
    assert "duplicate key" in problem.message


def test_malformed_json_is_refused() -> None:
    [problem] = problems_of(b"{not json")
    assert "not valid JSON" in problem.message


def test_schema_errors_name_path_and_question_and_are_all_listed() -> None:
    doc = document(section("main", [q("alpha"), q("beta", "numbr"), q("gamma", requird=True)]))
    doc["schema_version"] = 2
    found = problems_of(doc)
    by_where = {p.where: p for p in found}
    assert "sections[0].items[1].type" in by_where
    assert by_where["sections[0].items[1].type"].question_id == "beta"
    assert by_where["sections[0].items[2].requird"].question_id == "gamma"
    assert by_where["sections[0].items[2].requird"].message == "unknown field"
    assert "schema_version" in by_where
    assert "sections[0].items[1].type" in str(DefinitionError(found))


def test_missing_field_is_named() -> None:
    item = q("alpha")
    del item["label"]
    problem = only_problem(document(section("main", [item])))
    assert problem.where == "sections[0].items[0].label"
    assert problem.question_id == "alpha"


def test_check_duplicate_id() -> None:
    doc = document(section("one", [q("alpha")]), section("two", [repeat("group", [q("alpha")])]))
    problem = only_problem(doc)
    assert problem.question_id == "alpha"
    assert "duplicated" in problem.message
    assert problem.where == "sections[1].items[0].items[0]"


def test_check_duplicate_section_id() -> None:
    problem = only_problem(document(section("one", [q("alpha")]), section("one", [q("beta")])))
    assert "section id 'one' is duplicated" in problem.message


def test_check_unknown_reference_with_position() -> None:
    problem = only_problem(
        document(section("main", [q("cost", "integer"), q("note", relevant="cost > 0 and cots = 1")]))
    )
    assert problem.question_id == "note"
    assert problem.where == "relevant"
    assert problem.position == 13
    assert "cots" in problem.message
    assert str(problem).startswith("question 'note', relevant, at position 14: ")


def test_check_bad_syntax_with_position() -> None:
    problem = only_problem(document(section("main", [q("cost", "integer", constraint=". > > 3")])))
    assert problem.question_id == "cost"
    assert problem.where == "constraint"
    assert problem.position == 4


def test_check_cycle() -> None:
    doc = document(
        section(
            "main",
            [
                q("alpha", "yes_no", relevant="gamma = true"),
                q("beta", "yes_no", relevant="alpha = true"),
                q("gamma", "yes_no", relevant="beta = true"),
                q("delta", "yes_no", relevant="alpha = true"),
            ],
        )
    )
    problem = only_problem(doc)
    assert problem.question_id == "alpha"
    assert problem.where == "relevant"
    assert "cycle" in problem.message and "alpha -> gamma -> beta -> alpha" in problem.message


def test_check_cycle_through_section_and_repeat_relevance() -> None:
    self_loop = document(
        section("main", [q("alpha", "yes_no"), q("beta", "yes_no")], relevant="alpha = true")
    )
    assert "cycle" in only_problem(self_loop).message
    through_group = document(
        section(
            "main",
            [
                q("flag", "yes_no", relevant="count(items) > 0"),
                repeat("items", [q("x")], relevant="flag = true"),
            ],
        )
    )
    assert "cycle" in only_problem(through_group).message
    through_column = document(
        section("main", [q("flag", "yes_no", relevant="answered(items.x)"), repeat("items", [q("x")])]),
    )
    load_definition(through_column)  # no cycle: items does not depend on flag
    cyclic_column = document(
        section(
            "main",
            [q("flag", "yes_no", relevant="count(items.x) > 0"), repeat("items", [q("x", relevant="flag")])],
        )
    )
    assert "cycle" in only_problem(cyclic_column).message


def test_check_missing_english() -> None:
    no_en_language = problems_of(document(section("main", [q("alpha")]), languages=["ja"]))
    assert [p.where for p in no_en_language] == ["languages"]
    assert "'en'" in no_en_language[0].message
    label = q("alpha")
    label["label"] = {"ja": "アルファ"}
    problem = only_problem(document(section("main", [label])))
    assert problem.where == "sections[0].items[0].label"
    assert problem.question_id == "alpha"
    assert "English" in problem.message
    choice = q("beta", "single_choice", choices=[{"value": "x", "label": {"ja": "エックス"}}])
    problem = only_problem(document(section("main", [choice])))
    assert problem.where == "sections[0].items[0].choices[0].label"
    assert problem.question_id == "beta"


def test_check_unknown_function() -> None:
    problem = only_problem(
        document(section("main", [q("alpha", relevant="1 = 1"), q("beta", relevant="lenght(alpha) > 2")]))
    )
    assert problem.question_id == "beta"
    assert problem.where == "relevant"
    assert problem.position == 0
    assert "lenght" in problem.message


def test_check_wrong_arity() -> None:
    problem = only_problem(
        document(section("main", [q("alpha"), q("beta", relevant="length(alpha, 2) > 2")]))
    )
    assert problem.question_id == "beta"
    assert problem.position is not None


def test_check_selected_with_bad_value() -> None:
    doc = document(
        section("main", [q("sectors", "multiple_choice"), q("other", relevant="selected(sectors, 'wind')")])
    )
    problem = only_problem(doc)
    assert problem.question_id == "other"
    assert problem.position == 18
    assert "'wind' is not one of the choices" in problem.message


def test_check_selected_on_the_current_question() -> None:
    doc = document(section("main", [q("sectors", "multiple_choice", constraint="not selected(., 'fire')")]))
    problem = only_problem(doc)
    assert problem.where == "constraint" and problem.position == 16


def test_check_selected_on_non_choice_question() -> None:
    problem = only_problem(
        document(section("main", [q("alpha"), q("beta", relevant="selected(alpha, 'x')")]))
    )
    assert problem.question_id == "beta"
    assert "choice question" in problem.message


def test_check_min_greater_than_max() -> None:
    problem = only_problem(document(section("main", [q("alpha", "integer", min=10, max=5)])))
    assert problem.question_id == "alpha"
    assert problem.where == "sections[0].items[0]"
    assert "min (10) is greater than max (5)" in problem.message
    group = only_problem(document(section("main", [repeat("group", [q("x")], min=4, max=2)])))
    assert group.question_id == "group"
    assert "greater than max" in group.message
    length = only_problem(document(section("main", [q("beta", min_length=9, max_length=3)])))
    assert "min_length (9) is greater than max_length (3)" in length.message
    dates = only_problem(document(section("main", [q("day", "date", min="2007-02-01", max="2007-01-01")])))
    assert "greater than max" in dates.message


def test_check_bad_pattern() -> None:
    problem = only_problem(document(section("main", [q("code", pattern="[A-Z")])))
    assert problem.question_id == "code"
    assert "not a valid regular expression" in problem.message


def test_check_nested_repeat() -> None:
    doc = document(section("main", [repeat("outer", [q("x"), repeat("inner", [q("y")])])]))
    problem = only_problem(doc)
    assert problem.where == "sections[0].items[0].items[1]"
    assert problem.question_id == "inner"
    assert "do not nest" in problem.message


def test_check_choice_question_without_choices() -> None:
    found = problems_of(
        document(section("main", [q("one", "single_choice", choices=[]), q("many", "ranking", choices=None)]))
    )
    assert {p.question_id for p in found} == {"one", "many"}
    assert all("needs choices" in p.message for p in found)


def test_check_bare_reference_into_a_repeat() -> None:
    doc = document(section("main", [repeat("items", [q("x")]), q("after", relevant="x = 'a'")]))
    problem = only_problem(doc)
    assert problem.question_id == "after"
    assert "items.x" in problem.message
    good = document(
        section(
            "main",
            [
                q("top"),
                repeat(
                    "items", [q("x", relevant="top = 'a'"), q("y", relevant="x = 'b' and count(items.x) > 1")]
                ),
                q("after", relevant="count(items) > 0 and answered(items.y)"),
            ],
        )
    )
    load_definition(good)


def test_check_dot_outside_a_constraint() -> None:
    problem = only_problem(document(section("main", [q("alpha", relevant=". = 'a'")])))
    assert problem.where == "relevant" and problem.position == 0


def test_check_inapplicable_options_and_rating_scale() -> None:
    found = problems_of(
        document(section("main", [q("alpha", "yes_no", min=1), q("rate", "rating", scale=None)]))
    )
    assert {p.question_id for p in found} == {"alpha", "rate"}


def test_schema_types_are_strict() -> None:
    found = problems_of(document(section("main", [q("alpha", required="yes", max_length="3")])))
    assert {p.where for p in found} == {"sections[0].items[0].required", "sections[0].items[0].max_length"}


def test_every_problem_is_listed() -> None:
    doc = document(
        section(
            "main",
            [
                q("alpha", relevant="nope = 1"),
                q("alpha", constraint="length(. > 2"),
                q("beta", "multiple_choice", relevant="selected(beta2, 'x')"),
            ],
        )
    )
    found = problems_of(doc)
    assert [(p.question_id, p.where) for p in found] == [
        ("alpha", "sections[0].items[1]"),
        ("alpha", "relevant"),
        ("alpha", "constraint"),
        ("beta", "relevant"),
    ]
    assert "duplicated" in found[0].message and "nope" in found[1].message and "beta2" in found[3].message


# -- localization -------------------------------------------------------------


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


# -- validation per type --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "value", "expected"),
    [
        (q("a"), "Hai Phong", []),
        (q("a"), 12, ["type"]),
        (q("a"), "two\nlines", ["type"]),
        (q("a", min_length=3), "ab", ["min_length"]),
        (q("a", max_length=3), "abcd", ["max_length"]),
        (q("a", pattern="^[A-Z]{2}$"), "VN", []),
        (q("a", pattern="^[A-Z]{2}$"), "vn", ["pattern"]),
        (q("a", "long_text"), "two\nlines", []),
        (q("a", "long_text", max_length=3), "abcd", ["max_length"]),
        (q("a", "long_text"), ["x"], ["type"]),
        (q("a", "integer"), 42, []),
        (q("a", "integer"), True, ["type"]),
        (q("a", "integer"), 4.5, ["type"]),
        (q("a", "integer"), "42", ["type"]),
        (q("a", "integer", min=0, max=10), -1, ["min"]),
        (q("a", "integer", min=0, max=10), 11, ["max"]),
        (q("a", "decimal"), "12.5", []),
        (q("a", "decimal"), 12, []),
        (q("a", "decimal"), 12.5, []),
        (q("a", "decimal"), Decimal("0.25"), []),
        (q("a", "decimal"), "12,5", ["type"]),
        (q("a", "decimal"), ".5", ["type"]),
        (q("a", "decimal"), False, ["type"]),
        (q("a", "decimal"), float("nan"), ["type"]),
        (q("a", "decimal", min="0.5", max=2), "0.4", ["min"]),
        (q("a", "decimal", min="0.5", max=2), "2.01", ["max"]),
        (q("a", "date"), "2007-06-25", []),
        (q("a", "date"), date(2007, 6, 25), []),
        (q("a", "date"), "2007-02-30", ["type"]),
        (q("a", "date"), "25/06/2007", ["type"]),
        (q("a", "date", min="2006-01-01", max="2010-12-31"), "2005-12-31", ["min"]),
        (q("a", "date", min="2006-01-01", max="2010-12-31"), "2011-01-01", ["max"]),
        (q("a", "single_choice"), "air", []),
        (q("a", "single_choice"), "fire", ["choice"]),
        (q("a", "single_choice"), ["air"], ["type"]),
        (q("a", "multiple_choice"), ["air", "water"], []),
        (q("a", "multiple_choice"), ["air", "fire"], ["choice"]),
        (q("a", "multiple_choice"), ["air", "air"], ["choice"]),
        (q("a", "multiple_choice"), "air", ["type"]),
        (q("a", "multiple_choice", min=2, max=3), ["air"], ["min"]),
        (q("a", "multiple_choice", min=2, max=3), ["air", "water", "waste", "other"], ["max"]),
        (q("a", "yes_no"), False, []),
        (q("a", "yes_no"), "yes", ["type"]),
        (q("a", "rating"), 5, []),
        (q("a", "rating"), 0, ["min"]),
        (q("a", "rating"), 6, ["max"]),
        (q("a", "rating"), 2.5, ["type"]),
        (q("a", "ranking"), ["waste", "air"], []),
        (q("a", "ranking"), ["waste", "waste"], ["choice"]),
        (q("a", "ranking", max=1), ["waste", "air"], ["max"]),
        (q("a", "ranking"), [1, 2], ["type"]),
    ],
)
def test_validation_per_type(question: dict[str, Any], value: Any, expected: list[str]) -> None:
    d = one(question)
    result = evaluate(d, {"a": value})
    assert codes(result, "a") == expected
    for issue in result.issues:
        assert issue.message and issue.question_id == "a"


def test_issue_params_carry_the_facts() -> None:
    d = one(q("a", "rating"), q("b", "decimal", max="2.5"), q("c", "date", min="2006-01-01"))
    result = evaluate(d, {"a": 9, "b": 3, "c": "2005-05-05"})
    assert dict(result.issues_for("a")[0].params) == {"max": 5, "value": 9}
    assert dict(result.issues_for("b")[0].params) == {"max": "2.5", "value": "3"}
    assert dict(result.issues_for("c")[0].params) == {"min": "2006-01-01", "value": "2005-05-05"}


def test_required_and_empty_values() -> None:
    d = one(q("a", required=True), q("b", "multiple_choice", required=True), q("c", "integer"))
    for answers in ({}, {"a": None, "b": None}, {"a": "", "b": []}, {"a": "   ", "b": []}):
        result = evaluate(d, answers)
        assert codes(result, "a") == ["required"] and codes(result, "b") == ["required"]
        assert codes(result, "c") == []
    assert evaluate(d, {"a": "x", "b": ["air"]}).complete


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


# -- normalizing ----------------------------------------------------------------------


def test_normalize_answers() -> None:
    d = one(
        q("name"),
        q("cost", "decimal"),
        q("ratio", "decimal"),
        q("day", "date"),
        q("tags", "multiple_choice"),
        q("count", "integer"),
        repeat("items", [q("price", "decimal"), q("note")]),
    )
    answers = {
        "name": "Hai Phong",
        "cost": 12.5,
        "ratio": Decimal("0.10"),
        "day": date(2007, 6, 25),
        "tags": [],
        "count": None,
        "items": [{"price": 3, "note": ""}, {}],
        "legacy": {"kept": True},
    }
    assert normalize_answers(d, answers) == {
        "name": "Hai Phong",
        "cost": "12.5",
        "ratio": "0.10",
        "day": "2007-06-25",
        "items": [{"price": "3"}, {}],
        "legacy": {"kept": True},
    }
    assert normalize_answers(d, {"cost": "oops", "items": []}) == {"cost": "oops"}
    normalized = normalize_answers(d, answers)
    assert evaluate(d, normalized).issues == evaluate(d, answers).issues
