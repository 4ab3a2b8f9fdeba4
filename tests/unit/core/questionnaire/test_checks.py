"""Semantic checks on loading: ids, expressions, selected(), cycles, options."""

from __future__ import annotations

from kin_desktop.core.questionnaire import load_definition
from tests.unit.core.questionnaire.builders import (
    document,
    one,
    only_problem,
    problems_of,
    q,
    repeat,
    section,
)


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


def test_check_defaults_must_be_valid_answers() -> None:
    found = problems_of(
        document(
            section(
                "main",
                [
                    q("n", "integer", min=0, max=10, default=11),
                    q("c", "single_choice", default="fire"),
                    q("m", "multiple_choice", default=["air", "air"]),
                    q("t", default=""),
                    q("ok_text", default="Hai Phong"),
                    q("ok_choice", "multiple_choice", default=["air", "water"]),
                    q("ok_flag", "yes_no", default=True),
                ],
            )
        )
    )
    assert [(p.question_id, p.where) for p in found] == [
        ("n", "default"),
        ("c", "default"),
        ("m", "default"),
        ("t", "default"),
    ]
    assert "the default 11 is not a valid answer: the answer must be at most 10" in found[0].message
    assert "'fire' is not one of the choices" in found[1].message


def test_check_required_message_needs_required() -> None:
    problem = only_problem(document(section("main", [q("a", required_message={"en": "Say it"})])))
    assert problem.question_id == "a"
    assert "'required_message' on a question that is not required" in problem.message
    d = one(q("b", required=True, required_message={"en": "Say it", "ja": "答えて"}))
    assert d.question("b").required_message == {"en": "Say it", "ja": "答えて"}


def test_check_position_only_inside_a_repeat() -> None:
    problem = only_problem(document(section("main", [q("a", "integer", relevant="position() > 1")])))
    assert problem.question_id == "a"
    assert "position() (the number of the entry) can only be used inside a repeat group" in problem.message
    assert problem.position == 0
    one(repeat("r", [q("first", "integer"), q("later", relevant="position() > 1")]))
