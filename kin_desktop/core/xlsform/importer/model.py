"""The importer's result and the drafts it builds rows into, with small helpers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from kin_desktop.core import expr
from kin_desktop.core.questionnaire import Definition
from kin_desktop.core.xlsform.columns import clean_text
from kin_desktop.core.xlsform.problems import Problem, Where
from kin_desktop.core.xlsform.rowtypes import RowType

_YES = frozenset({"yes", "true", "true()", "1", "t", "y", "ja", "oui", "si", "sí"})
_NO = frozenset({"no", "false", "false()", "0", "f", "n", "non", ""})
_UNIT_IN_LABEL = re.compile(r"^(?P<label>.*\S)\s*\[(?P<unit>[^\[\]]+)\]$", re.DOTALL)
_INTERPOLATION = re.compile(r"\$\{\s*([^}]*?)\s*\}")


@dataclass(frozen=True)
class ImportResult:
    """What an import gives: the definition (None when refused) and every problem found."""

    document: dict[str, Any] | None
    definition: Definition | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.definition is not None and not any(p.severity == "error" for p in self.problems)

    @property
    def questions(self) -> int:
        return 0 if self.definition is None else len(self.definition.questions())

    @property
    def sections(self) -> int:
        return 0 if self.definition is None else len(self.definition.sections)

    @property
    def languages(self) -> list[str]:
        return [] if self.definition is None else list(self.definition.languages)


@dataclass
class _Choice:
    name: str
    labels: dict[str, str]
    index: int
    where: Where
    columns: dict[str, str]


@dataclass
class _List:
    name: str
    choices: list[_Choice] = field(default_factory=list)
    names: set[str] = field(default_factory=set)


@dataclass
class _Row:
    index: int
    type: RowType
    name: str
    where_type: Where
    where_name: Where
    our_id: str | None = None
    qtype: str | None = None  # the KIN Desktop question type; None for rows that are not questions
    choice_list: _List | None = None
    appearance: tuple[str, ...] = ()
    repeat: str | None = None  # our id of the repeat group around it
    dropped: str | None = None  # why the row is left out
    as_note: bool = False  # a read-only question shown as text
    scale: tuple[int, int] | None = None
    range_params: dict[str, Decimal] | None = None
    parent: str = ""  # the name of the group or repeat group it is in ("" at the top)
    prefix: str = ""  # set when its name is also used in another group: its id is made unique


@dataclass
class _Section:
    id: str
    title: dict[str, str]
    where: Where
    description: list[dict[str, str]] = field(default_factory=list)
    relevant: expr.Node | None = None
    items: list[dict[str, Any]] = field(default_factory=list)
    pending: list[dict[str, str]] = field(default_factory=list)  # notes waiting for the next item


@dataclass
class _Frame:
    kind: str  # "section", "group" (flattened), "repeat"
    row: _Row
    section: _Section | None = None
    repeat: dict[str, Any] | None = None
    relevance: list[expr.Node] = field(default_factory=list)  # conditions joined to the items inside
    pending: list[dict[str, str]] = field(default_factory=list)  # repeat: notes waiting


def _humanize(name: str) -> str:
    words = re.sub(r"[_\-.]+", " ", name).strip()
    return words[:1].upper() + words[1:] if words else name


def _our_id(name: str, *, extra: str = "") -> str:
    text = clean_text(name).lower()
    text = re.sub(rf"[^a-z0-9_{extra}]", "_", text)
    text = re.sub(r"_+", "_", text).strip("_") or "q"
    if not text[0].isalpha():
        text = "q_" + text
    return text[:64]


def _join_texts(parts: Iterable[Mapping[str, str]], languages: Iterable[str]) -> dict[str, str]:
    """Texts joined per language (a part missing a language lends its English)."""
    parts = [p for p in parts if p]
    if not parts:
        return {}
    joined: dict[str, str] = {}
    for language in languages:
        pieces = [p.get(language) or p.get("en", "") for p in parts]
        if any(p.get(language) for p in parts):
            joined[language] = "\n\n".join(piece for piece in pieces if piece)
    return joined


def _and(nodes: list[expr.Node]) -> expr.Node | None:
    if not nodes:
        return None
    result = nodes[0]
    for node in nodes[1:]:
        result = expr.Binary("and", result, node, pos=node.pos)
    return result


def _conjuncts(node: expr.Node) -> list[expr.Node]:
    if isinstance(node, expr.Binary) and node.op == "and":
        return [*_conjuncts(node.left), *_conjuncts(node.right)]
    return [node]


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _json_number(value: Decimal) -> int | str:
    return int(value) if value == value.to_integral_value() else format(value.normalize(), "f")


def _rows(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:8])
    return shown + (", …" if len(numbers) > 8 else "")


def _texts(document: Mapping[str, Any]) -> Iterable[Mapping[str, str]]:
    stack: list[Any] = [document]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            for key, value in current.items():
                if key in (
                    "title",
                    "description",
                    "label",
                    "hint",
                    "constraint_message",
                    "required_message",
                    "unit",
                    "min_label",
                    "max_label",
                ) and isinstance(value, dict):
                    yield value
                else:
                    stack.append(value)
        elif isinstance(current, list):
            stack.extend(current)
