"""Typing one answer: type, range, length, pattern and choice issues."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from kin_desktop.core.questionnaire import evaluate
from tests.unit.core.questionnaire.builders import codes, one, q


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
