"""Skip instructions in words, from the relevance expressions of a questionnaire.

A paper form cannot hide a question, so it says when to answer it: ``selected(sectors,
'other')`` becomes "you selected ‘Other’ in question 2.1". The common forms are put in
words (``selected()``, ``=``, ``!=``, ``answered()``, ``count(x) > 0``, ``not``, ``and``,
``or``); anything else falls back to quoting the expression as written. The words come
from :class:`~kin_desktop.reports.labels.Labels`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from kin_desktop.core import expr
from kin_desktop.core.questionnaire import Definition, Question, localize
from kin_desktop.reports.labels import Labels


@dataclass(frozen=True)
class Wording:
    """What the translator needs: the definition, question numbers, the words, a language."""

    definition: Definition
    numbers: Mapping[str, str]
    labels: Labels
    language: str


def question_numbers(definition: Definition) -> dict[str, str]:
    """``"2.1"`` for the first item of section 2; ``"3.2.1"`` for the first question of a
    repeat group numbered 3.2."""
    numbers: dict[str, str] = {}
    for s_index, section in enumerate(definition.sections, start=1):
        for i_index, item in enumerate(section.items, start=1):
            number = f"{s_index}.{i_index}"
            numbers[item.id] = number
            for q_index, question in enumerate(getattr(item, "items", None) or (), start=1):
                numbers[question.id] = f"{number}.{q_index}"
    return numbers


def describe(node: expr.Node, wording: Wording) -> str:
    """The condition ``node`` in words (the expression itself when no wording fits)."""
    words = _describe(node, wording)
    if words is None:
        return wording.labels.cond_expression.format(expression=expr.to_source(node))
    return words


def _question(path: tuple[str, ...], wording: Wording) -> Question | None:
    if not path or path == expr.CURRENT:
        return None
    name = path[-1]
    if not wording.definition.has_question(name):
        return None
    return wording.definition.question(name)


def _ref_words(path: tuple[str, ...], wording: Wording) -> str | None:
    question = _question(path, wording)
    if question is None:
        return None
    return wording.labels.question_number.format(number=wording.numbers.get(question.id, question.id))


def _quote(text: str, wording: Wording) -> str:
    return wording.labels.quote.format(text=text)


def _value_words(question: Question, value: object, wording: Wording) -> str | None:
    labels = wording.labels
    if isinstance(value, bool):
        return _quote(labels.yes if value else labels.no, wording)
    if isinstance(value, str):
        choice = question.choice(value)
        if choice is not None:
            return _quote(localize(choice.label, wording.language).text, wording)
        return _quote(value, wording)
    if isinstance(value, int | Decimal):
        return format(value, "f") if isinstance(value, Decimal) else str(value)
    return None


def _describe(node: expr.Node, wording: Wording) -> str | None:
    labels = wording.labels
    if isinstance(node, expr.Binary) and node.op in ("and", "or"):
        left = _describe(node.left, wording)
        right = _describe(node.right, wording)
        if left is None or right is None:
            return None
        template = labels.cond_and if node.op == "and" else labels.cond_or
        return template.format(left=left, right=right)
    if isinstance(node, expr.Unary) and node.op == "not":
        return _negated(node.operand, wording)
    if isinstance(node, expr.Call):
        if node.name == "selected" and len(node.args) == 2:
            return _selected(node.args[0], node.args[1], wording, labels.cond_selected)
        if node.name == "answered" and len(node.args) == 1 and isinstance(node.args[0], expr.Ref):
            question = _ref_words(node.args[0].path, wording)
            return None if question is None else labels.cond_answered.format(question=question)
        return None
    if isinstance(node, expr.Binary) and node.op in ("=", "!=", ">", ">="):
        return _comparison(node, wording)
    return None


def _negated(node: expr.Node, wording: Wording) -> str | None:
    labels = wording.labels
    if isinstance(node, expr.Call) and node.name == "selected" and len(node.args) == 2:
        return _selected(node.args[0], node.args[1], wording, labels.cond_not_selected)
    if isinstance(node, expr.Call) and node.name == "answered" and isinstance(node.args[0], expr.Ref):
        question = _ref_words(node.args[0].path, wording)
        return None if question is None else labels.cond_not_answered.format(question=question)
    if isinstance(node, expr.Binary) and node.op in ("=", "!="):
        flipped = expr.Binary("!=" if node.op == "=" else "=", node.left, node.right)
        return _comparison(flipped, wording)
    return None


def _selected(target: expr.Node, value: expr.Node, wording: Wording, template: str) -> str | None:
    if not (
        isinstance(target, expr.Ref) and isinstance(value, expr.Literal) and isinstance(value.value, str)
    ):
        return None
    question = _question(target.path, wording)
    number = _ref_words(target.path, wording)
    if question is None or number is None:
        return None
    choice = _value_words(question, value.value, wording)
    return template.format(choice=choice, question=number)


def _comparison(node: expr.Binary, wording: Wording) -> str | None:
    labels = wording.labels
    left, right, op = node.left, node.right, node.op
    if isinstance(left, expr.Literal) and not isinstance(right, expr.Literal):
        left, right = right, left  # "true = x" reads as "x = true"
        op = {">": "<", ">=": "<="}.get(op, op)
    # count(x) > 0, count(x) >= 1: at least one choice
    if isinstance(left, expr.Call) and left.name == "count" and isinstance(right, expr.Literal):
        target = left.args[0] if left.args else None
        limit = right.value
        at_least_one = (
            (op == ">" and limit == 0) or (op == ">=" and limit == 1) or (op == "!=" and limit == 0)
        )
        if isinstance(target, expr.Ref) and at_least_one and not isinstance(limit, bool):
            words = _ref_words(target.path, wording)
            return None if words is None else labels.cond_any_selected.format(question=words)
        return None
    if op not in ("=", "!=") or not (isinstance(left, expr.Ref) and isinstance(right, expr.Literal)):
        return None
    question = _question(left.path, wording)
    number = _ref_words(left.path, wording)
    if question is None or number is None:
        return None
    if right.value is None:  # "x = null": not answered
        template = labels.cond_not_answered if op == "=" else labels.cond_answered
        return template.format(question=number)
    value = _value_words(question, right.value, wording)
    if value is None:
        return None
    if isinstance(right.value, str) and question.choice(right.value) is not None:
        template = labels.cond_selected if op == "=" else labels.cond_not_selected
        return template.format(choice=value, question=number)
    if isinstance(right.value, bool):
        # "has_practices = true": you answered 'Yes' to ...; != true: the other answer
        shown = right.value if op == "=" else not right.value
        return labels.cond_equals.format(
            value=_quote(labels.yes if shown else labels.no, wording), question=number
        )
    template = labels.cond_equals if op == "=" else labels.cond_not_equals
    return template.format(value=value, question=number)
