"""The canonical, JSON-ready form of a response's answers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from kin_desktop.core.questionnaire.definition import Definition
from kin_desktop.core.questionnaire.items import LIST_TYPES, Question, QuestionType, RepeatGroup
from kin_desktop.core.questionnaire.values import as_date, as_decimal, is_empty

__all__ = ["normalize_answers"]


def _normalize_value(question: Question, value: Any) -> Any:
    kind = question.type
    if kind == QuestionType.DECIMAL:
        number = as_decimal(value)
        if number is not None:
            return value.strip() if isinstance(value, str) else format(number, "f")
        return value
    if kind == QuestionType.DATE and isinstance(value, date) and as_date(value) is not None:
        return value.isoformat()
    if kind in LIST_TYPES and isinstance(value, tuple):
        return list(value)
    return value


def normalize_answers(definition: Definition, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The canonical JSON-ready form of ``answers``; never raises.

    Unanswered values (``None``, blank strings, empty lists) are dropped; decimals become
    strings (``"12.5"``) and dates ``YYYY-MM-DD`` strings; repeat instances keep their
    order (an empty instance stays, as ``{}``). Values of the wrong type and keys that are
    not questions are kept untouched: :func:`evaluate` reports them.
    """
    result: dict[str, Any] = {}
    for key, value in answers.items():
        group = definition.index.repeats.get(key)
        if group is not None and isinstance(value, list | tuple):
            instances: list[Any] = []
            for instance in value:
                if isinstance(instance, Mapping):
                    instances.append(_normalize_instance(definition, group, instance))
                else:
                    instances.append(instance)
            if instances:
                result[key] = instances
            continue
        question = definition.index.by_id.get(key)
        if is_empty(value):
            continue
        result[key] = (
            value
            if question is None or key in definition.index.repeat_of
            else _normalize_value(question, value)
        )
    return result


def _normalize_instance(
    definition: Definition, group: RepeatGroup, instance: Mapping[str, Any]
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in instance.items():
        if is_empty(value):
            continue
        question = definition.index.by_id.get(key)
        if question is not None and definition.index.repeat_of.get(key) is group:
            result[key] = _normalize_value(question, value)
        else:
            result[key] = value
    return result
