"""Work linear in the answers and in the definition (issue 10): duplicate-choice checks, pattern
constraints, expressions over a whole repeat group. Counted in steps, not timed: the timings are in
bench/hostile_scale.py."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from kin_desktop.core.patterns import PatternError, compile_pattern
from kin_desktop.core.questionnaire import evaluate, load_definition
from kin_desktop.core.questionnaire import evaluation as evaluation_module
from tests.unit.core.questionnaire.builders import document, one, problems_of, q, repeat, section


class CountingStr(str):
    """A string that counts how often it is compared for equality."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        CountingStr.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_repeated_choices_are_found_in_one_pass() -> None:
    """Before: ``values.count(v)`` for every value, so 20,000 chosen values cost 400 million steps."""
    definition = one(q("topics", "multiple_choice"))
    size = 2_000
    values = [CountingStr("air" if n % 2 else "water") for n in range(size)]
    CountingStr.comparisons = 0
    evaluation = evaluate(definition, {"topics": values})
    assert CountingStr.comparisons <= 10 * size  # the old check made about size² = 4,000,000
    [issue] = [i for i in evaluation.issues if i.message.startswith("chosen more than once")]
    assert "'air'" in issue.message and "'water'" in issue.message


def test_duplicated_choice_values_in_a_definition_are_found_in_one_pass() -> None:
    choices = [{"value": f"c{i % 1000}", "label": {"en": str(i)}} for i in range(2_000)]
    problems = problems_of(document(section("main", [q("topics", "single_choice", choices=choices)])))
    assert any("duplicated choice values" in p.message for p in problems)


@pytest.mark.parametrize(
    "pattern",
    [r"^[^@\s]+@[^@\s]+\.[^@\s]+$", r"^(a+)+$", r"^(a|aa)+$", r"^(\w+\s?)*$"],
    ids=["shipped-email", "nested-plus", "alternation", "words"],
)
def test_patterns_are_matched_in_linear_time(pattern: str) -> None:
    """Python's ``re`` backtracks on these: ``(a+)+$`` on 40 characters outlives the machine, and the
    shipped e-mail pattern costs the square of the answer. RE2 answers at once."""
    definition = one(q("field", "text", pattern=pattern))
    hostile = "a@" + "." * 200_000 + " " if "@" in pattern else "a" * 200_000 + "!"
    evaluation = evaluate(definition, {"field": hostile})
    assert [i.code for i in evaluation.issues] == ["pattern"]


def test_patterns_that_cannot_be_matched_in_linear_time_make_the_definition_invalid() -> None:
    problems = problems_of(document(section("main", [q("field", "text", pattern=r"^(a)\1$")])))
    assert any("linear" in p.message for p in problems)
    with pytest.raises(PatternError):
        compile_pattern(r"(?=a)a")
    assert compile_pattern(r"^[A-Z]{2}$").search("VN")


def test_an_expression_over_a_whole_repeat_group_builds_the_group_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A constraint in each of n entries naming the whole column built that column n times (n²)."""
    definition = load_definition(
        document(
            section(
                "main",
                [repeat("costs", [q("amount", "integer", constraint=". <= sum(costs.amount)")], max=200)],
            )
        )
    )
    calls: Counter[str] = Counter()
    real_value = evaluation_module._Evaluator.value

    def counted(self: Any, question: Any, instance: Any) -> Any:
        calls["value"] += 1
        return real_value(self, question, instance)

    monkeypatch.setattr(evaluation_module._Evaluator, "value", counted)
    entries = 200
    evaluation = evaluate(definition, {"costs": [{"amount": n} for n in range(entries)]})
    assert not evaluation.issues
    assert calls["value"] <= 3 * entries


def test_regex_in_an_expression_is_matched_in_linear_time() -> None:
    """``regex(., '(a+)+$')`` came with XLSForm expressions; Python's ``re`` would backtrack for ever
    on 40 characters. The expression language compiles its patterns with RE2 as well."""
    definition = one(q("field", "text", constraint="regex(., '^(a+)+$')"))
    evaluation = evaluate(definition, {"field": "a" * 100_000 + "!"})
    assert [i.code for i in evaluation.issues] == ["constraint"]
    assert evaluate(definition, {"field": "aaaa"}).issues == ()


def test_a_regex_that_needs_backtracking_is_refused_when_the_definition_loads() -> None:
    problems = problems_of(document(section("main", [q("field", "text", constraint=r"regex(., '(a)\\1')")])))
    assert any("linear" in p.message for p in problems)
