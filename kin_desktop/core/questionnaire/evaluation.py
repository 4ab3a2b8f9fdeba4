"""Evaluating answers against a definition: relevance, issues and progress.

:func:`evaluate` never raises on answer data: whatever the answers hold is reported
as issues.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import Any

from kin_desktop.core import expr
from kin_desktop.core.questionnaire.coerce import coerce
from kin_desktop.core.questionnaire.definition import Definition
from kin_desktop.core.questionnaire.items import Question, RepeatGroup, Section
from kin_desktop.core.questionnaire.results import (
    MISSING_CODES,
    AnswerIssue,
    Evaluation,
    SectionProgress,
    make_issue,
)
from kin_desktop.core.questionnaire.text import DEFAULT_LANGUAGE, localize
from kin_desktop.core.questionnaire.values import is_empty

__all__ = ["evaluate"]


_Key = tuple[str, int | None]


class _Evaluator:
    """Lazily computes relevance and typed values; every result is memoised."""

    def __init__(self, definition: Definition, answers: Mapping[str, Any], today: date | None) -> None:
        self.d = definition
        self.index = definition.index  # read once: a pydantic private attribute costs microseconds a read
        self.answers = answers
        self.today = today
        self._section_relevance: dict[str, bool] = {}
        self._relevance: dict[_Key, bool] = {}
        self._values: dict[_Key, tuple[Any, list[AnswerIssue]]] = {}
        self._instances: dict[str, tuple[list[Mapping[str, Any]], AnswerIssue | None, list[AnswerIssue]]] = {}
        self._busy: set[tuple[str, str, int | None]] = set()
        # Whole groups and columns as expressions see them, built once: an expression in each of n
        # entries that names the group (``sum(group.cost)``) would otherwise build it n times.
        self._group_values: dict[str, list[dict[str, Any]]] = {}
        self._columns: dict[tuple[str, str], list[Any]] = {}

    # -- raw data -----------------------------------------------------------

    def instances(
        self, group: RepeatGroup
    ) -> tuple[list[Mapping[str, Any]], AnswerIssue | None, list[AnswerIssue]]:
        """The instances of ``group`` (non-objects read as empty), plus the type issues of the raw data."""
        cached = self._instances.get(group.id)
        if cached is not None:
            return cached
        raw = self.answers.get(group.id)
        group_issue: AnswerIssue | None = None
        instance_issues: list[AnswerIssue] = []
        result: list[Mapping[str, Any]] = []
        if raw is None:
            pass
        elif not isinstance(raw, list | tuple):
            group_issue = make_issue(
                group, None, "type", "the answer must be a list of instances", expected="repeat", value=raw
            )
        else:
            for index, instance in enumerate(raw):
                if isinstance(instance, Mapping):
                    result.append(instance)
                else:
                    result.append({})
                    instance_issues.append(
                        make_issue(group, index, "type", "an instance must be an object", expected="instance")
                    )
        cached = (result, group_issue, instance_issues)
        self._instances[group.id] = cached
        return cached

    def raw(self, question: Question, instance: int | None) -> Any:
        group = self.index.repeat_of.get(question.id)
        if group is None:
            return self.answers.get(question.id)
        instances = self.instances(group)[0]
        if instance is None or not 0 <= instance < len(instances):
            return None
        return instances[instance].get(question.id)

    # -- relevance ----------------------------------------------------------

    def _truth(
        self, node: expr.Node | None, group: RepeatGroup | None, instance: int | None, key: Any
    ) -> bool:
        if node is None:
            return True
        if key in self._busy:  # a cycle: refused on loading, so only defensive
            return False
        self._busy.add(key)
        try:
            return expr.truthy(
                expr.evaluate(
                    node, self.resolver(group, instance, None), today=self.today, position=_position(instance)
                )
            )
        finally:
            self._busy.discard(key)

    def section_relevant(self, section: Section) -> bool:
        cached = self._section_relevance.get(section.id)
        if cached is None:
            node = self.index.section_nodes.get(section.id)
            cached = self._truth(node, None, None, ("section", section.id, None))
            self._section_relevance[section.id] = cached
        return cached

    def group_relevant(self, group: RepeatGroup) -> bool:
        key: _Key = (group.id, None)
        cached = self._relevance.get(key)
        if cached is None:
            cached = self.section_relevant(self.index.section_of[group.id]) and self._truth(
                self.index.nodes.get((group.id, "relevant")), None, None, ("item", group.id, None)
            )
            self._relevance[key] = cached
        return cached

    def relevant(self, question: Question, instance: int | None) -> bool:
        key: _Key = (question.id, instance)
        cached = self._relevance.get(key)
        if cached is None:
            group = self.index.repeat_of.get(question.id)
            if group is None:
                cached = instance is None and self.section_relevant(self.index.section_of[question.id])
            else:
                cached = (
                    instance is not None
                    and self.group_relevant(group)
                    and 0 <= instance < len(self.instances(group)[0])
                )
            cached = cached and self._truth(
                self.index.nodes.get((question.id, "relevant")),
                group,
                instance,
                ("item", question.id, instance),
            )
            self._relevance[key] = cached
        return cached

    # -- values -------------------------------------------------------------

    def checked(self, question: Question, instance: int | None) -> tuple[Any, list[AnswerIssue]]:
        """Typed value (None when unanswered or of the wrong type) and type/range issues."""
        key: _Key = (question.id, instance)
        cached = self._values.get(key)
        if cached is None:
            raw = self.raw(question, instance)
            cached = (None, []) if is_empty(raw) else coerce(question, raw, instance)
            self._values[key] = cached
        return cached

    def value(self, question: Question, instance: int | None) -> Any:
        """What an expression sees: the typed value of a relevant answered question, else None."""
        if not self.relevant(question, instance):
            return None
        return self.checked(question, instance)[0]

    def group_value(self, group: RepeatGroup) -> list[dict[str, Any]]:
        cached = self._group_values.get(group.id)
        if cached is None:
            count = len(self.instances(group)[0]) if self.group_relevant(group) else 0
            cached = [{q.id: self.value(q, index) for q in group.items} for index in range(count)]
            self._group_values[group.id] = cached
        return cached

    def column(self, group: RepeatGroup, question: Question) -> list[Any]:
        key = (group.id, question.id)
        cached = self._columns.get(key)
        if cached is None:
            count = len(self.instances(group)[0]) if self.group_relevant(group) else 0
            cached = [self.value(question, index) for index in range(count)]
            self._columns[key] = cached
        return cached

    def resolver(
        self, group: RepeatGroup | None, instance: int | None, current: Question | None
    ) -> Callable[[tuple[str, ...]], Any]:
        index = self.index

        def resolve(path: tuple[str, ...]) -> Any:
            if path == (".",):
                return None if current is None else self.checked(current, instance)[0]
            if len(path) == 1:
                name = path[0]
                repeat = index.repeats.get(name)
                if repeat is not None:
                    return self.group_value(repeat)
                question = index.by_id.get(name)
                if question is None:
                    return None
                home = index.repeat_of.get(name)
                if home is None:
                    return self.value(question, None)
                if home is group:
                    return self.value(question, instance)
                return None
            if len(path) == 2:
                repeat = index.repeats.get(path[0])
                question = index.by_id.get(path[1])
                if repeat is None or question is None or index.repeat_of.get(question.id) is not repeat:
                    return None
                return self.column(repeat, question)
            return None

        return resolve

    # -- issues ---------------------------------------------------------------

    def question_issues(self, question: Question, instance: int | None) -> list[AnswerIssue]:
        """Issues of a relevant question: required, type/range, then its constraint."""
        raw = self.raw(question, instance)
        if is_empty(raw):
            if question.required:
                return [make_issue(question, instance, "required", "an answer is required")]
            return []
        value, issues = self.checked(question, instance)
        node = self.index.nodes.get((question.id, "constraint"))
        if node is not None and value is not None and not any(i.code == "type" for i in issues):
            group = self.index.repeat_of.get(question.id)
            result = expr.evaluate(
                node,
                self.resolver(group, instance, question),
                today=self.today,
                position=_position(instance),
            )
            if not expr.truthy(result):
                message = localize(question.constraint_message, DEFAULT_LANGUAGE).text
                issues = [
                    *issues,
                    make_issue(
                        question,
                        instance,
                        "constraint",
                        message or "the answer does not meet the condition set for it",
                        constraint=question.constraint,
                    ),
                ]
        return list(issues)


def _position(instance: int | None) -> int | None:
    """What ``position()`` gives in a repeat group's instance (1-based)."""
    return None if instance is None else instance + 1


def evaluate(definition: Definition, answers: Mapping[str, Any], *, today: date | None = None) -> Evaluation:
    """Relevance, issues and progress of ``answers`` against ``definition``.

    Irrelevant questions are never required and their answers are ignored. Never raises
    on answer data. ``today`` fixes ``today()`` in expressions (tests).
    """
    ev = _Evaluator(definition, answers, today)
    relevant: set[_Key] = set()
    issues: list[AnswerIssue] = []
    sections: list[SectionProgress] = []
    for section in definition.sections:
        if not ev.section_relevant(section):
            sections.append(SectionProgress(section.id, False, 0, 0, 0, 0, 0))
            continue
        required_total = required_answered = answered = total = problems = 0

        def tally(question: Question, instance: int | None) -> None:
            nonlocal required_total, required_answered, answered, total, problems
            relevant.add((question.id, instance))
            found = ev.question_issues(question, instance)
            issues.extend(found)
            total += 1
            is_answered = not is_empty(ev.raw(question, instance))
            answered += is_answered
            if question.required:
                required_total += 1
                required_answered += is_answered
            problems += sum(1 for i in found if i.code not in MISSING_CODES)

        for item in section.items:
            if isinstance(item, Question):
                if ev.relevant(item, None):
                    tally(item, None)
                continue
            if not ev.group_relevant(item):
                continue
            relevant.add((item.id, None))
            instances, group_issue, instance_issues = ev.instances(item)
            count = len(instances)
            if group_issue is not None:
                issues.append(group_issue)
                problems += 1
            if item.min > 0:
                required_total += 1
                if count >= item.min:
                    required_answered += 1
                else:
                    issues.append(
                        make_issue(
                            item,
                            None,
                            "repeat_min",
                            f"at least {item.min} must be given",
                            min=item.min,
                            count=count,
                        )
                    )
            if item.max is not None and count > item.max:
                issues.append(
                    make_issue(
                        item,
                        None,
                        "repeat_max",
                        f"at most {item.max} may be given",
                        max=item.max,
                        count=count,
                    )
                )
                problems += 1
            issues.extend(instance_issues)
            problems += len(instance_issues)
            for index in range(count):
                for question in item.items:
                    if ev.relevant(question, index):
                        tally(question, index)
        sections.append(
            SectionProgress(section.id, True, required_total, required_answered, answered, total, problems)
        )
    issues.extend(_unknown_keys(definition, answers))
    return Evaluation(frozenset(relevant), tuple(issues), tuple(sections))


def _unknown_keys(definition: Definition, answers: Mapping[str, Any]) -> Iterator[AnswerIssue]:
    for key in answers:
        if key in definition.index.repeats:
            continue
        if key in definition.index.by_id and key not in definition.index.repeat_of:
            continue
        yield AnswerIssue(
            str(key),
            None,
            "unknown_question",
            f"'{key}' is not a question of this questionnaire",
            {"key": key},
        )
    for group in definition.index.repeats.values():
        raw = answers.get(group.id)
        if not isinstance(raw, list | tuple):
            continue
        known = {q.id for q in group.items}
        for index, instance in enumerate(raw):
            if not isinstance(instance, Mapping):
                continue
            for key in instance:
                if key not in known:
                    yield AnswerIssue(
                        str(key),
                        index,
                        "unknown_question",
                        f"'{key}' is not a question of repeat group '{group.id}'",
                        {"key": key, "repeat": group.id},
                    )
