"""The questionnaire engine: definitions, relevance, validation and progress.

A definition (``docs/questionnaire-format.md``) is loaded with :func:`load_definition`:
the JSON is checked against the pydantic models, then the semantic checks run (unique
ids, expressions that parse and name known questions, no relevance cycles, ...). Every
problem found is reported at once in a :class:`DefinitionError`.

:func:`evaluate` takes a loaded definition and a response's answers and tells which
questions are relevant, which answers are missing or invalid, and how far each section
is. It never raises on answer data: whatever the answers hold is reported as issues.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

import pydantic
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    field_validator,
    model_validator,
)

from kin_desktop.core import expr
from kin_desktop.core.canonical import loads_strict
from kin_desktop.core.errors import DefinitionError, DefinitionProblem, ExpressionError, ValidationError

__all__ = [
    "AnswerIssue",
    "Choice",
    "Definition",
    "Evaluation",
    "Localized",
    "Question",
    "QuestionType",
    "RepeatGroup",
    "Scale",
    "Section",
    "SectionProgress",
    "evaluate",
    "load_definition",
    "load_definition_file",
    "localize",
    "normalize_answers",
    "translation_completeness",
]

SCHEMA_VERSION = 1
DEFAULT_LANGUAGE = "en"

_ID = r"^[a-z][a-z0-9_]*$"
_DEFINITION_ID = r"^[a-z][a-z0-9_-]*$"
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# ---------------------------------------------------------------------------
# Localized text
# ---------------------------------------------------------------------------


def _check_localized(value: dict[str, str]) -> dict[str, str]:
    for language in value:
        if not _LANGUAGE.match(language):
            raise ValueError(f"{language!r} is not a language code")
    if not value.get(DEFAULT_LANGUAGE, "").strip():
        raise ValueError("the English ('en') text is missing")
    return value


LocalizedText = Annotated[dict[str, str], AfterValidator(_check_localized)]


@dataclass(frozen=True)
class Localized:
    """A text in the language asked for, or in English when it is missing (``fallback``)."""

    text: str
    language: str
    fallback: bool

    def __str__(self) -> str:
        return self.text


def _lookup(text: Mapping[str, str], language: str) -> tuple[str, str] | None:
    wanted = language.casefold()
    for key, value in text.items():
        if key.casefold() == wanted and value.strip():
            return key, value
    return None


def localize(text: Mapping[str, str] | None, language: str) -> Localized:
    """The text in ``language``, else its base language (``zh-Hans`` -> ``zh``), else English.

    ``fallback`` is true when English (or, for a malformed text, any language) was used
    instead of the language asked for.
    """
    if not text:
        return Localized("", language, False)
    found = _lookup(text, language)
    if found is not None:
        return Localized(found[1], found[0], False)
    if "-" in language:
        found = _lookup(text, language.split("-", 1)[0])
        if found is not None:
            return Localized(found[1], found[0], False)
    found = _lookup(text, DEFAULT_LANGUAGE)
    if found is not None:
        return Localized(found[1], found[0], language.casefold() != DEFAULT_LANGUAGE)
    for key, value in text.items():
        if value.strip():
            return Localized(value, key, True)
    return Localized("", language, False)


# ---------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------


class QuestionType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"
    RATING = "rating"
    RANKING = "ranking"


CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.RANKING})
LIST_TYPES = frozenset({QuestionType.MULTIPLE_CHOICE, QuestionType.RANKING})
TEXT_TYPES = frozenset({QuestionType.TEXT, QuestionType.LONG_TEXT})
NUMBER_TYPES = frozenset({QuestionType.INTEGER, QuestionType.DECIMAL})
_BOUNDED_TYPES = NUMBER_TYPES | LIST_TYPES | {QuestionType.DATE}

Bound = StrictInt | StrictFloat | StrictStr


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Choice(_Model):
    value: Annotated[str, Field(min_length=1, max_length=200)]
    label: LocalizedText


class Scale(_Model):
    min: StrictInt
    max: StrictInt
    min_label: LocalizedText | None = None
    max_label: LocalizedText | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Scale:
        if self.min >= self.max:
            raise ValueError(f"scale min ({self.min}) must be less than its max ({self.max})")
        return self


def _as_decimal(value: Any) -> Decimal | None:
    """A finite Decimal from an int, float, Decimal or decimal string; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, str):
        text = value.strip()
        if not _DECIMAL.match(text):
            return None
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
            return None
    return None


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value if type(value) is date else None
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


class Question(_Model):
    kind: Literal["question"]
    id: Annotated[str, Field(pattern=_ID, max_length=64)]
    type: QuestionType
    label: LocalizedText
    hint: LocalizedText | None = None
    required: StrictBool = False
    relevant: Annotated[str, Field(min_length=1)] | None = None
    constraint: Annotated[str, Field(min_length=1)] | None = None
    constraint_message: LocalizedText | None = None
    min: Bound | None = None
    max: Bound | None = None
    min_length: Annotated[int, Field(ge=0, strict=True)] | None = None
    max_length: Annotated[int, Field(ge=1, strict=True)] | None = None
    pattern: Annotated[str, Field(min_length=1)] | None = None
    unit: LocalizedText | None = None
    choices: list[Choice] | None = None
    scale: Scale | None = None

    _min: int | Decimal | date | None = PrivateAttr(default=None)
    _max: int | Decimal | date | None = PrivateAttr(default=None)
    _pattern: re.Pattern[str] | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _consistent(self) -> Question:
        problems: list[str] = []
        kind = self.type
        applies = {
            "min": kind in _BOUNDED_TYPES,
            "max": kind in _BOUNDED_TYPES,
            "min_length": kind in TEXT_TYPES,
            "max_length": kind in TEXT_TYPES,
            "pattern": kind == QuestionType.TEXT,
            "unit": kind in NUMBER_TYPES,
            "choices": kind in CHOICE_TYPES,
            "scale": kind == QuestionType.RATING,
        }
        for option, allowed in applies.items():
            if not allowed and getattr(self, option) is not None:
                problems.append(f"'{option}' does not apply to a {kind.value} question")
        if kind in CHOICE_TYPES:
            if not self.choices:
                problems.append(f"a {kind.value} question needs choices")
            else:
                values = [c.value for c in self.choices]
                duplicated = sorted({v for v in values if values.count(v) > 1})
                if duplicated:
                    problems.append("duplicated choice values: " + ", ".join(repr(v) for v in duplicated))
        if kind == QuestionType.RATING and self.scale is None:
            problems.append("a rating question needs a scale")
        if kind in _BOUNDED_TYPES:
            low = self._bound("min", self.min, problems)
            high = self._bound("max", self.max, problems)
            if low is not None and high is not None and low > high:  # type: ignore[operator]
                problems.append(f"min ({self.min}) is greater than max ({self.max})")
            self._min, self._max = low, high
        if self.min_length is not None and self.max_length is not None and self.min_length > self.max_length:
            problems.append(f"min_length ({self.min_length}) is greater than max_length ({self.max_length})")
        if self.pattern is not None and kind == QuestionType.TEXT:
            try:
                self._pattern = re.compile(self.pattern)
            except re.error as exc:
                problems.append(f"pattern {self.pattern!r} is not a valid regular expression: {exc}")
        if self.constraint_message is not None and self.constraint is None:
            problems.append("'constraint_message' without a constraint")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _bound(self, name: str, value: Any, problems: list[str]) -> int | Decimal | date | None:
        if value is None:
            return None
        if self.type == QuestionType.DATE:
            parsed_date = _as_date(value) if isinstance(value, str) else None
            if parsed_date is None:
                problems.append(f"{name} of a date question must be a date YYYY-MM-DD, not {value!r}")
            return parsed_date
        if self.type == QuestionType.DECIMAL:
            number = _as_decimal(value)
            if number is None:
                problems.append(f"{name} of a decimal question must be a number, not {value!r}")
            return number
        if not isinstance(value, int):
            problems.append(f"{name} of a {self.type.value} question must be an integer, not {value!r}")
            return None
        if self.type in LIST_TYPES and value < 0:
            problems.append(f"{name} (a number of choices) must not be negative")
        return value

    @property
    def is_choice(self) -> bool:
        return self.type in CHOICE_TYPES

    def choice_values(self) -> list[str]:
        return [c.value for c in self.choices or ()]

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices or () if c.value == value), None)


def _not_a_repeat(value: Any) -> Any:
    if isinstance(value, Mapping) and value.get("kind") == "repeat":
        raise ValueError("repeat groups do not nest: a repeat group cannot hold a repeat group")
    return value


class RepeatGroup(_Model):
    kind: Literal["repeat"]
    id: Annotated[str, Field(pattern=_ID, max_length=64)]
    label: LocalizedText
    hint: LocalizedText | None = None
    relevant: Annotated[str, Field(min_length=1)] | None = None
    min: Annotated[int, Field(ge=0, strict=True)] = 0
    max: Annotated[int, Field(ge=1, strict=True)] | None = None
    items: Annotated[list[Annotated[Question, BeforeValidator(_not_a_repeat)]], Field(min_length=1)]

    @model_validator(mode="after")
    def _bounds(self) -> RepeatGroup:
        if self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is greater than max ({self.max})")
        return self


Item = Annotated[Question | RepeatGroup, Field(discriminator="kind")]


class Section(_Model):
    id: Annotated[str, Field(pattern=_ID, max_length=64)]
    title: LocalizedText
    description: LocalizedText | None = None
    relevant: Annotated[str, Field(min_length=1)] | None = None
    items: list[Item]

    def questions(self) -> list[Question]:
        """Every question of the section, in order, including those in repeat groups."""
        result: list[Question] = []
        for item in self.items:
            if isinstance(item, RepeatGroup):
                result.extend(item.items)
            else:
                result.append(item)
        return result


ExpressionField = Literal["relevant", "constraint"]


class Definition(_Model):
    """A questionnaire definition (schema version 1), checked on construction.

    Building one (``model_validate``) raises pydantic's ``ValidationError`` when the
    document does not fit the schema and :class:`DefinitionError` when a semantic check
    fails; :func:`load_definition` turns both into a :class:`DefinitionError`.
    """

    schema_version: Literal[1]
    id: Annotated[str, Field(pattern=_DEFINITION_ID, max_length=64)]
    version: Annotated[str, Field(min_length=1, max_length=64)]
    default_language: Literal["en"]
    languages: list[str]
    title: LocalizedText
    description: LocalizedText | None = None
    sections: Annotated[list[Section], Field(min_length=1)]

    _questions: list[Question] = PrivateAttr(default_factory=list)
    _by_id: dict[str, Question] = PrivateAttr(default_factory=dict)
    _repeats: dict[str, RepeatGroup] = PrivateAttr(default_factory=dict)
    _repeat_of: dict[str, RepeatGroup] = PrivateAttr(default_factory=dict)
    _section_of: dict[str, Section] = PrivateAttr(default_factory=dict)
    _sections: dict[str, Section] = PrivateAttr(default_factory=dict)
    _nodes: dict[tuple[str, str], expr.Node] = PrivateAttr(default_factory=dict)
    _section_nodes: dict[str, expr.Node] = PrivateAttr(default_factory=dict)

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: list[str]) -> list[str]:
        bad = [lang for lang in value if not _LANGUAGE.match(lang)]
        if bad:
            raise ValueError("not language codes: " + ", ".join(repr(b) for b in bad))
        if len(set(value)) != len(value):
            raise ValueError("a language is listed twice")
        if DEFAULT_LANGUAGE not in value:
            raise ValueError("'en' must be one of the languages")
        return value

    @model_validator(mode="after")
    def _semantic(self) -> Definition:
        problems = _Checker(self).run()
        if problems:
            raise DefinitionError(problems)
        return self

    # -- lookups ------------------------------------------------------------

    def questions(self) -> list[Question]:
        """Every question, in definition order, including those inside repeat groups."""
        return list(self._questions)

    def question(self, qid: str) -> Question:
        """The question ``qid``; KeyError when there is none (repeat ids are not questions)."""
        return self._by_id[qid]

    def has_question(self, qid: str) -> bool:
        return qid in self._by_id

    def repeats(self) -> list[RepeatGroup]:
        return list(self._repeats.values())

    def repeat(self, rid: str) -> RepeatGroup:
        """The repeat group ``rid``; KeyError when there is none."""
        return self._repeats[rid]

    def repeat_of(self, qid: str) -> RepeatGroup | None:
        """The repeat group holding question ``qid``; None for a top-level question or a repeat id."""
        if qid not in self._by_id and qid not in self._repeats:
            raise KeyError(qid)
        return self._repeat_of.get(qid)

    def section_of(self, qid: str) -> Section:
        """The section holding question or repeat group ``qid``."""
        return self._section_of[qid]

    def section(self, sid: str) -> Section:
        return self._sections[sid]

    def parsed(self, qid: str, field: ExpressionField) -> expr.Node | None:
        """The parsed ``relevant`` or ``constraint`` of a question or repeat group (None if absent)."""
        if qid not in self._by_id and qid not in self._repeats:
            raise KeyError(qid)
        return self._nodes.get((qid, field))

    def parsed_section(self, sid: str) -> expr.Node | None:
        """The parsed ``relevant`` of section ``sid`` (None if absent)."""
        if sid not in self._sections:
            raise KeyError(sid)
        return self._section_nodes.get(sid)

    def localized_texts(self) -> Iterator[Mapping[str, str]]:
        """Every localized text of the definition, in document order."""
        yield self.title
        if self.description:
            yield self.description
        for section in self.sections:
            yield section.title
            if section.description:
                yield section.description
            for item in section.items:
                if isinstance(item, RepeatGroup):
                    yield item.label
                    if item.hint:
                        yield item.hint
                    for question in item.items:
                        yield from _question_texts(question)
                else:
                    yield from _question_texts(item)


def _question_texts(question: Question) -> Iterator[Mapping[str, str]]:
    yield question.label
    for text in (question.hint, question.constraint_message, question.unit):
        if text:
            yield text
    for choice in question.choices or ():
        yield choice.label
    if question.scale is not None:
        for text in (question.scale.min_label, question.scale.max_label):
            if text:
                yield text


# ---------------------------------------------------------------------------
# Semantic checks
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Expression:
    owner: str  # question/repeat id, or section id for a section relevance
    field: ExpressionField
    source: str
    repeat: RepeatGroup | None  # the repeat group the expression is evaluated in
    where: str  # "relevant" / "constraint" for items, a JSON path for sections
    question_id: str | None
    section_id: str | None = None


class _Checker:
    """Runs every semantic check on a schema-valid definition and fills its caches."""

    def __init__(self, definition: Definition) -> None:
        self.d = definition
        self.problems: list[DefinitionProblem] = []

    def run(self) -> list[DefinitionProblem]:
        self._index()
        expressions = self._expressions()
        for expression in expressions:
            self._check_expression(expression)
        self._check_cycles()
        return self.problems

    def _problem(
        self,
        message: str,
        *,
        question_id: str | None = None,
        where: str | None = None,
        position: int | None = None,
    ) -> None:
        self.problems.append(
            DefinitionProblem(message, question_id=question_id, where=where, position=position)
        )

    def _index(self) -> None:
        d = self.d
        seen_sections: set[str] = set()
        seen: dict[str, str] = {}
        for s_index, section in enumerate(d.sections):
            if section.id in seen_sections:
                self._problem(f"section id '{section.id}' is duplicated", where=f"sections[{s_index}].id")
            else:
                seen_sections.add(section.id)
                d._sections[section.id] = section
            for i_index, item in enumerate(section.items):
                where = f"sections[{s_index}].items[{i_index}]"
                self._register(item.id, where, seen)
                d._section_of.setdefault(item.id, section)
                if isinstance(item, RepeatGroup):
                    d._repeats.setdefault(item.id, item)
                    for q_index, question in enumerate(item.items):
                        self._register(question.id, f"{where}.items[{q_index}]", seen)
                        d._questions.append(question)
                        d._by_id.setdefault(question.id, question)
                        d._repeat_of.setdefault(question.id, item)
                        d._section_of.setdefault(question.id, section)
                else:
                    d._questions.append(item)
                    d._by_id.setdefault(item.id, item)

    def _register(self, item_id: str, where: str, seen: dict[str, str]) -> None:
        if item_id in seen:
            self._problem(
                f"id '{item_id}' is duplicated (first used at {seen[item_id]})",
                question_id=item_id,
                where=where,
            )
        else:
            seen[item_id] = where

    def _expressions(self) -> list[_Expression]:
        result: list[_Expression] = []
        for s_index, section in enumerate(self.d.sections):
            if section.relevant is not None:
                where = f"sections[{s_index}].relevant"
                result.append(
                    _Expression(section.id, "relevant", section.relevant, None, where, None, section.id)
                )
            for item in section.items:
                if isinstance(item, RepeatGroup):
                    if item.relevant is not None:
                        result.append(
                            _Expression(item.id, "relevant", item.relevant, None, "relevant", item.id)
                        )
                    for question in item.items:
                        result.extend(self._question_expressions(question, item))
                else:
                    result.extend(self._question_expressions(item, None))
        return result

    @staticmethod
    def _question_expressions(question: Question, repeat: RepeatGroup | None) -> list[_Expression]:
        result = []
        if question.relevant is not None:
            result.append(
                _Expression(question.id, "relevant", question.relevant, repeat, "relevant", question.id)
            )
        if question.constraint is not None:
            result.append(
                _Expression(question.id, "constraint", question.constraint, repeat, "constraint", question.id)
            )
        return result

    def _check_expression(self, e: _Expression) -> None:
        def problem(message: str, position: int | None) -> None:
            self._problem(message, question_id=e.question_id, where=e.where, position=position)

        try:
            node = expr.parse(e.source)
        except ExpressionError as exc:
            problem(exc.message, exc.position)
            return
        before = len(self.problems)
        for sub in expr.iter_nodes(node):
            if isinstance(sub, expr.Ref):
                message = self._reference_problem(sub.path, e)
                if message is not None:
                    problem(message, sub.pos)
        try:
            expr.check(node, source=e.source, is_known=lambda _path: True)
        except ExpressionError as exc:
            problem(exc.message, exc.position)
        if len(self.problems) == before:
            self._check_selected(node, e.owner if e.section_id is None else None, problem)
        if len(self.problems) == before:
            if e.section_id is not None:
                self.d._section_nodes[e.section_id] = node
            else:
                self.d._nodes[(e.owner, e.field)] = node

    def _reference_problem(self, path: tuple[str, ...], e: _Expression) -> str | None:
        d = self.d
        if path == (".",):
            if e.field != "constraint":
                return "'.' (the question's own value) can only be used in a constraint"
            return None
        if len(path) == 1:
            (name,) = path
            if name in d._repeats:
                return None
            if name not in d._by_id:
                return f"unknown question '{name}'"
            home = d._repeat_of.get(name)
            if home is not None and home is not e.repeat:
                return (
                    f"question '{name}' is inside repeat group '{home.id}': "
                    f"refer to it as {home.id}.{name} (a list over the instances)"
                )
            return None
        if len(path) == 2:
            group, name = path
            if group not in d._repeats:
                if group in d._by_id:
                    return f"'{group}' is not a repeat group, so '{group}.{name}' means nothing"
                return f"unknown repeat group '{group}'"
            if d._repeat_of.get(name) is not d._repeats[group]:
                return f"repeat group '{group}' has no question '{name}'"
            return None
        return f"unknown question '{'.'.join(path)}'"

    def _check_selected(
        self, node: expr.Node, owner: str | None, problem: Callable[[str, int | None], None]
    ) -> None:
        for sub in expr.iter_nodes(node):
            if not (isinstance(sub, expr.Call) and sub.name == "selected" and len(sub.args) == 2):
                continue
            target, value = sub.args
            if not isinstance(target, expr.Ref):
                continue
            qid = owner if target.path == (".",) else target.path[-1]
            if qid is None:
                continue
            question = self.d._by_id.get(qid)
            if question is None:
                problem(
                    f"selected() needs a choice question, and '{'.'.join(target.path)}' is not one",
                    target.pos,
                )
                continue
            if not question.is_choice:
                problem(
                    f"selected() needs a choice question, and '{qid}' is a {question.type.value} question",
                    target.pos,
                )
                continue
            if isinstance(value, expr.Literal) and isinstance(value.value, str):
                if value.value not in question.choice_values():
                    problem(f"'{value.value}' is not one of the choices of question '{qid}'", value.pos)

    def _check_cycles(self) -> None:
        d = self.d
        graph: dict[str, set[str]] = {}

        def targets(node: expr.Node | None) -> set[str]:
            found: set[str] = set()
            if node is None:
                return found
            for path in expr.references(node):
                if len(path) == 1 and path[0] in d._repeats:
                    found.add(path[0])
                    found.update(q.id for q in d._repeats[path[0]].items)
                elif path and path[-1] in d._by_id:
                    found.add(path[-1])
            return found

        for section in d.sections:
            section_refs = targets(d._section_nodes.get(section.id))
            for item in section.items:
                item_refs = section_refs | targets(d._nodes.get((item.id, "relevant")))
                graph[item.id] = item_refs
                if isinstance(item, RepeatGroup):
                    for question in item.items:
                        graph[question.id] = item_refs | targets(d._nodes.get((question.id, "relevant")))

        order: dict[str, int] = {}
        for section in d.sections:
            for item in section.items:
                order.setdefault(item.id, len(order))
                if isinstance(item, RepeatGroup):
                    for question in item.items:
                        order.setdefault(question.id, len(order))
        for component in _cycles(graph):
            start = min(component, key=lambda n: order.get(n, len(order)))
            chain = " -> ".join(_cycle_path(graph, component, start))
            self._problem(
                f"relevance forms a cycle ({chain}, each depending on the next): "
                "a question's relevance depends on itself",
                question_id=start,
                where="relevant",
            )


def _cycle_path(graph: Mapping[str, set[str]], component: set[str], start: str) -> list[str]:
    """The shortest path start -> ... -> start inside ``component`` (breadth first)."""
    parents: dict[str, str] = {}
    queue = [start]
    for node in queue:
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(parents[path[-1]])
                return [*reversed(path), start]
            if nxt in component and nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return [start, start]  # pragma: no cover - a component always cycles back


def _cycles(graph: Mapping[str, set[str]]) -> list[set[str]]:
    """Strongly connected components that form a cycle (Tarjan, iterative), in discovery order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[set[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = []
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        work.append((root, iter(sorted(graph.get(root, ())))))
        while work:
            node, successors = work[-1]
            advanced = False
            for nxt in successors:
                if nxt not in graph:
                    continue
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, ()):
                    result.append(component)
    return result


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------


def load_definition(source: bytes | str | Mapping[str, Any]) -> Definition:
    """Load and check a definition from JSON text (bytes or str) or an already parsed mapping.

    Raises :class:`DefinitionError` listing every problem found.
    """
    if isinstance(source, bytes | str):
        try:
            data: Any = loads_strict(source)
        except ValidationError as exc:
            raise DefinitionError([DefinitionProblem(f"not valid JSON: {exc.message}")]) from exc
    else:
        data = source
    if not isinstance(data, Mapping):
        raise DefinitionError([DefinitionProblem("a definition must be a JSON object")])
    try:
        return Definition.model_validate(dict(data))
    except pydantic.ValidationError as exc:
        raise DefinitionError([_schema_problem(error, data) for error in exc.errors()]) from None


def load_definition_file(path: str | os.PathLike[str]) -> Definition:
    """Load and check the definition in the JSON file at ``path``."""
    try:
        content = Path(path).read_bytes()
    except OSError as exc:
        raise DefinitionError([DefinitionProblem(f"cannot read {os.fspath(path)}: {exc.strerror}")]) from exc
    return load_definition(content)


_SCHEMA_MESSAGES = {
    "missing": "this field is required",
    "extra_forbidden": "unknown field",
    "union_tag_not_found": "'kind' must be given ('question' or 'repeat')",
    "union_tag_invalid": "'kind' must be 'question' or 'repeat'",
}


def _schema_problem(error: Mapping[str, Any], data: Any) -> DefinitionProblem:
    where, question_id = _locate(tuple(error.get("loc", ())), data)
    kind = error.get("type", "")
    if kind == "value_error":
        message = str(error.get("ctx", {}).get("error", error.get("msg", "")))
    else:
        message = _SCHEMA_MESSAGES.get(kind, str(error.get("msg", "")))
    return DefinitionProblem(message, question_id=question_id, where=where or None)


def _locate(loc: tuple[Any, ...], data: Any) -> tuple[str, str | None]:
    """Turn a pydantic error location into a JSON path and, when known, the question id."""
    path = ""
    current = data
    question_id: str | None = None
    in_items = False
    for part in loc:
        if isinstance(current, Mapping):
            if part not in current and part == current.get("kind"):
                continue  # the discriminator tag pydantic puts in the location
            path += f".{part}" if path else str(part)
            in_items = part == "items"
            current = current.get(part) if isinstance(part, str) else None
        elif isinstance(current, list) and isinstance(part, int):
            path += f"[{part}]"
            current = current[part] if 0 <= part < len(current) else None
            if in_items and isinstance(current, Mapping) and isinstance(current.get("id"), str):
                question_id = current["id"]
            in_items = False
        else:
            path += f".{part}" if isinstance(part, str) else f"[{part}]"
            current = None
    return path, question_id


# ---------------------------------------------------------------------------
# Answers: issues, relevance, progress
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerIssue:
    """Something wrong or missing in the answers; ``message`` is plain English, ``params`` the facts."""

    question_id: str
    instance: int | None
    code: str
    message: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class SectionProgress:
    """How far one section is.

    ``issues`` counts validation issues (not "required"/"repeat_min", which are the
    missing required items ``required_total - required_answered``).
    """

    section_id: str
    relevant: bool
    required_total: int
    required_answered: int
    answered: int
    total: int
    issues: int

    @property
    def complete(self) -> bool:
        if not self.relevant:
            return True
        return self.required_answered >= self.required_total and self.issues == 0

    @property
    def ratio(self) -> float:
        if self.required_total == 0:
            return 1.0
        return self.required_answered / self.required_total


_MISSING_CODES = ("required", "repeat_min")


@dataclass(frozen=True)
class Evaluation:
    relevant: frozenset[tuple[str, int | None]]
    issues: tuple[AnswerIssue, ...]
    sections: tuple[SectionProgress, ...]

    def is_relevant(self, qid: str, instance: int | None = None) -> bool:
        """Whether question or repeat group ``qid`` is relevant (in ``instance`` for a repeat's question)."""
        return (qid, instance) in self.relevant

    def issues_for(self, qid: str, instance: int | None = None) -> tuple[AnswerIssue, ...]:
        return tuple(i for i in self.issues if i.question_id == qid and i.instance == instance)

    def section(self, sid: str) -> SectionProgress:
        for progress in self.sections:
            if progress.section_id == sid:
                return progress
        raise KeyError(sid)

    @property
    def complete(self) -> bool:
        return all(s.complete for s in self.sections)

    @property
    def ratio(self) -> float:
        total = sum(s.required_total for s in self.sections)
        if total == 0:
            return 1.0
        return sum(s.required_answered for s in self.sections) / total

    @property
    def first_missing(self) -> AnswerIssue | None:
        """The first missing required answer (or too few repeat instances), in definition order."""
        return next((i for i in self.issues if i.code in _MISSING_CODES), None)


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple) and not value:
        return True
    return False


def _issue(
    question: Question | RepeatGroup, instance: int | None, code: str, message: str, **params: Any
) -> AnswerIssue:
    return AnswerIssue(question.id, instance, code, message, params)


def _show(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _param(value: Any) -> Any:
    """A JSON-ready form of a bound or value for ``AnswerIssue.params``."""
    return value if isinstance(value, int) else _show(value)


def _coerce(question: Question, value: Any, instance: int | None) -> tuple[Any, list[AnswerIssue]]:
    """The typed value of an answered question (None on a type error) and its issues (no constraint)."""
    issues: list[AnswerIssue] = []
    kind = question.type

    def add(code: str, message: str, **params: Any) -> None:
        issues.append(_issue(question, instance, code, message, **params))

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
        if question._pattern is not None and not question._pattern.search(value):
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
            low, high = question._min, question._max
        _range(add, value, low, high, value)
        return value, issues

    if kind == QuestionType.DECIMAL:
        number = _as_decimal(value)
        if number is None:
            return type_error("a number")
        _range(add, number, question._min, question._max, number)
        return number, issues

    if kind == QuestionType.DATE:
        day = _as_date(value)
        if day is None:
            return type_error("a date (YYYY-MM-DD)")
        _range(add, day, question._min, question._max, day.isoformat())
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
    repeated = sorted({v for v in values if values.count(v) > 1})
    if repeated:
        add("choice", "chosen more than once: " + ", ".join(f"'{v}'" for v in repeated), values=repeated)
    count = len(values)
    what = "ranked" if kind == QuestionType.RANKING else "chosen"
    if isinstance(question._min, int) and count < question._min:
        add("min", f"at least {question._min} must be {what}", min=question._min, count=count)
    if isinstance(question._max, int) and count > question._max:
        add("max", f"at most {question._max} may be {what}", max=question._max, count=count)
    return values, issues


def _range(add: Callable[..., None], value: Any, low: Any, high: Any, shown: Any) -> None:
    if low is not None and value < low:
        add("min", f"the answer must be at least {_show(low)}", min=_param(low), value=_param(shown))
    if high is not None and value > high:
        add("max", f"the answer must be at most {_show(high)}", max=_param(high), value=_param(shown))


_Key = tuple[str, int | None]


class _Evaluator:
    """Lazily computes relevance and typed values; every result is memoised."""

    def __init__(self, definition: Definition, answers: Mapping[str, Any], today: date | None) -> None:
        self.d = definition
        self.answers = answers
        self.today = today
        self._section_relevance: dict[str, bool] = {}
        self._relevance: dict[_Key, bool] = {}
        self._values: dict[_Key, tuple[Any, list[AnswerIssue]]] = {}
        self._instances: dict[str, tuple[list[Mapping[str, Any]], AnswerIssue | None, list[AnswerIssue]]] = {}
        self._busy: set[tuple[str, str, int | None]] = set()

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
            group_issue = _issue(
                group, None, "type", "the answer must be a list of instances", expected="repeat", value=raw
            )
        else:
            for index, instance in enumerate(raw):
                if isinstance(instance, Mapping):
                    result.append(instance)
                else:
                    result.append({})
                    instance_issues.append(
                        _issue(group, index, "type", "an instance must be an object", expected="instance")
                    )
        cached = (result, group_issue, instance_issues)
        self._instances[group.id] = cached
        return cached

    def raw(self, question: Question, instance: int | None) -> Any:
        group = self.d._repeat_of.get(question.id)
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
            return expr.truthy(expr.evaluate(node, self.resolver(group, instance, None), today=self.today))
        finally:
            self._busy.discard(key)

    def section_relevant(self, section: Section) -> bool:
        cached = self._section_relevance.get(section.id)
        if cached is None:
            node = self.d._section_nodes.get(section.id)
            cached = self._truth(node, None, None, ("section", section.id, None))
            self._section_relevance[section.id] = cached
        return cached

    def group_relevant(self, group: RepeatGroup) -> bool:
        key: _Key = (group.id, None)
        cached = self._relevance.get(key)
        if cached is None:
            cached = self.section_relevant(self.d._section_of[group.id]) and self._truth(
                self.d._nodes.get((group.id, "relevant")), None, None, ("item", group.id, None)
            )
            self._relevance[key] = cached
        return cached

    def relevant(self, question: Question, instance: int | None) -> bool:
        key: _Key = (question.id, instance)
        cached = self._relevance.get(key)
        if cached is None:
            group = self.d._repeat_of.get(question.id)
            if group is None:
                cached = instance is None and self.section_relevant(self.d._section_of[question.id])
            else:
                cached = (
                    instance is not None
                    and self.group_relevant(group)
                    and 0 <= instance < len(self.instances(group)[0])
                )
            cached = cached and self._truth(
                self.d._nodes.get((question.id, "relevant")), group, instance, ("item", question.id, instance)
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
            cached = (None, []) if _is_empty(raw) else _coerce(question, raw, instance)
            self._values[key] = cached
        return cached

    def value(self, question: Question, instance: int | None) -> Any:
        """What an expression sees: the typed value of a relevant answered question, else None."""
        if not self.relevant(question, instance):
            return None
        return self.checked(question, instance)[0]

    def group_value(self, group: RepeatGroup) -> list[dict[str, Any]]:
        if not self.group_relevant(group):
            return []
        count = len(self.instances(group)[0])
        return [{q.id: self.value(q, index) for q in group.items} for index in range(count)]

    def column(self, group: RepeatGroup, question: Question) -> list[Any]:
        if not self.group_relevant(group):
            return []
        return [self.value(question, index) for index in range(len(self.instances(group)[0]))]

    def resolver(
        self, group: RepeatGroup | None, instance: int | None, current: Question | None
    ) -> Callable[[tuple[str, ...]], Any]:
        d = self.d

        def resolve(path: tuple[str, ...]) -> Any:
            if path == (".",):
                return None if current is None else self.checked(current, instance)[0]
            if len(path) == 1:
                name = path[0]
                repeat = d._repeats.get(name)
                if repeat is not None:
                    return self.group_value(repeat)
                question = d._by_id.get(name)
                if question is None:
                    return None
                home = d._repeat_of.get(name)
                if home is None:
                    return self.value(question, None)
                if home is group:
                    return self.value(question, instance)
                return None
            if len(path) == 2:
                repeat = d._repeats.get(path[0])
                question = d._by_id.get(path[1])
                if repeat is None or question is None or d._repeat_of.get(question.id) is not repeat:
                    return None
                return self.column(repeat, question)
            return None

        return resolve

    # -- issues ---------------------------------------------------------------

    def question_issues(self, question: Question, instance: int | None) -> list[AnswerIssue]:
        """Issues of a relevant question: required, type/range, then its constraint."""
        raw = self.raw(question, instance)
        if _is_empty(raw):
            if question.required:
                return [_issue(question, instance, "required", "an answer is required")]
            return []
        value, issues = self.checked(question, instance)
        node = self.d._nodes.get((question.id, "constraint"))
        if node is not None and value is not None and not any(i.code == "type" for i in issues):
            group = self.d._repeat_of.get(question.id)
            result = expr.evaluate(node, self.resolver(group, instance, question), today=self.today)
            if not expr.truthy(result):
                message = localize(question.constraint_message, DEFAULT_LANGUAGE).text
                issues = [
                    *issues,
                    _issue(
                        question,
                        instance,
                        "constraint",
                        message or "the answer does not meet the condition set for it",
                        constraint=question.constraint,
                    ),
                ]
        return list(issues)


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
            is_answered = not _is_empty(ev.raw(question, instance))
            answered += is_answered
            if question.required:
                required_total += 1
                required_answered += is_answered
            problems += sum(1 for i in found if i.code not in _MISSING_CODES)

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
                        _issue(
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
                    _issue(
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
        if key in definition._repeats:
            continue
        if key in definition._by_id and key not in definition._repeat_of:
            continue
        yield AnswerIssue(
            str(key),
            None,
            "unknown_question",
            f"'{key}' is not a question of this questionnaire",
            {"key": key},
        )
    for group in definition._repeats.values():
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


# ---------------------------------------------------------------------------
# Normalizing and translations
# ---------------------------------------------------------------------------


def _normalize_value(question: Question, value: Any) -> Any:
    kind = question.type
    if kind == QuestionType.DECIMAL:
        number = _as_decimal(value)
        if number is not None:
            return value.strip() if isinstance(value, str) else format(number, "f")
        return value
    if kind == QuestionType.DATE and isinstance(value, date) and _as_date(value) is not None:
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
        group = definition._repeats.get(key)
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
        question = definition._by_id.get(key)
        if _is_empty(value):
            continue
        result[key] = (
            value if question is None or key in definition._repeat_of else _normalize_value(question, value)
        )
    return result


def _normalize_instance(
    definition: Definition, group: RepeatGroup, instance: Mapping[str, Any]
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in instance.items():
        if _is_empty(value):
            continue
        question = definition._by_id.get(key)
        if question is not None and definition._repeat_of.get(key) is group:
            result[key] = _normalize_value(question, value)
        else:
            result[key] = value
    return result


def translation_completeness(definition: Definition) -> dict[str, tuple[int, int]]:
    """Per language of the definition: (texts translated, texts in all)."""
    texts = list(definition.localized_texts())
    total = len(texts)
    result: dict[str, tuple[int, int]] = {}
    for language in definition.languages:
        done = sum(1 for text in texts if text.get(language, "").strip())
        result[language] = (done, total)
    return result
