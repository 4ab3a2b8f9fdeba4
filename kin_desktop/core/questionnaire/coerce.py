"""Typing one answer: its value read for the question's type, and type and range issues."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from kin_desktop.core.questionnaire.items import TEXT_TYPES, Question, QuestionType
from kin_desktop.core.questionnaire.results import AnswerIssue, make_issue
from kin_desktop.core.questionnaire.values import as_date, as_decimal

__all__ = ["coerce"]


def _show(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _param(value: Any) -> Any:
    """A JSON-ready form of a bound or value for ``AnswerIssue.params``."""
    return value if isinstance(value, int) else _show(value)


def coerce(question: Question, value: Any, instance: int | None) -> tuple[Any, list[AnswerIssue]]:
    """The typed value of an answered question (None on a type error) and its issues (no constraint)."""
    issues: list[AnswerIssue] = []
    kind = question.type

    def add(code: str, message: str, **params: Any) -> None:
        issues.append(make_issue(question, instance, code, message, **params))

    def type_error(expected: str) -> tuple[Any, list[AnswerIssue]]:
        add("type", f"the answer must be {expected}", expected=kind.value, value=value)
        return None, issues

    if kind in TEXT_TYPES:
        if not isinstance(value, str):
            return type_error("text")
        if kind == QuestionType.TEXT and ("\n" in value or "\r" in value):
            return type_error("a single line of text")
        length = len(value)
        if question.min_length is not None and length < question.min_length:
            add(
                "min_length",
                f"the answer must be at least {question.min_length} characters long",
                min_length=question.min_length,
                length=length,
            )
        if question.max_length is not None and length > question.max_length:
            add(
                "max_length",
                f"the answer must be at most {question.max_length} characters long",
                max_length=question.max_length,
                length=length,
            )
        if question.compiled_pattern is not None and not question.compiled_pattern.search(value):
            add("pattern", "the answer is not in the expected form", pattern=question.pattern)
        return value, issues

    if kind in (QuestionType.INTEGER, QuestionType.RATING):
        if isinstance(value, bool) or not isinstance(value, int):
            return type_error("a whole number")
        if kind == QuestionType.RATING:
            scale = question.scale
            assert scale is not None
            low: Any = scale.min
            high: Any = scale.max
        else:
            low, high = question.low, question.high
        _range(add, value, low, high, value)
        return value, issues

    if kind == QuestionType.DECIMAL:
        number = as_decimal(value)
        if number is None:
            return type_error("a number")
        _range(add, number, question.low, question.high, number)
        return number, issues

    if kind == QuestionType.DATE:
        day = as_date(value)
        if day is None:
            return type_error("a date (YYYY-MM-DD)")
        _range(add, day, question.low, question.high, day.isoformat())
        return day.isoformat(), issues

    if kind == QuestionType.YES_NO:
        if not isinstance(value, bool):
            return type_error("yes or no")
        return value, issues

    if kind == QuestionType.SINGLE_CHOICE:
        if not isinstance(value, str):
            return type_error("one choice")
        if question.choice(value) is None:
            add("choice", f"'{value}' is not one of the choices", value=value)
        return value, issues

    # multiple_choice, ranking
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return type_error("a list of choices")
    values = list(value)
    allowed = set(question.choice_values())
    unknown = [v for v in values if v not in allowed]
    if unknown:
        add(
            "choice",
            "not among the choices: " + ", ".join(f"'{v}'" for v in unknown),
            values=unknown,
        )
    repeated = sorted(v for v, n in Counter(values).items() if n > 1)  # linear in the answer
    if repeated:
        add("choice", "chosen more than once: " + ", ".join(f"'{v}'" for v in repeated), values=repeated)
    count = len(values)
    what = "ranked" if kind == QuestionType.RANKING else "chosen"
    if isinstance(question.low, int) and count < question.low:
        add("min", f"at least {question.low} must be {what}", min=question.low, count=count)
    if isinstance(question.high, int) and count > question.high:
        add("max", f"at most {question.high} may be {what}", max=question.high, count=count)
    return values, issues


def _range(add: Callable[..., None], value: Any, low: Any, high: Any, shown: Any) -> None:
    if low is not None and value < low:
        add("min", f"the answer must be at least {_show(low)}", min=_param(low), value=_param(shown))
    if high is not None and value > high:
        add("max", f"the answer must be at most {_show(high)}", max=_param(high), value=_param(shown))
