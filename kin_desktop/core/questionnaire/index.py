"""The read-only index of a loaded definition: items by id and parsed expressions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, TypeVar

from kin_desktop.core import expr
from kin_desktop.core.questionnaire.items import Question, RepeatGroup, Section

__all__ = ["EMPTY_INDEX", "DefinitionIndex", "ExpressionField", "freeze_index"]

ExpressionField = Literal["relevant", "constraint"]

K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True)
class DefinitionIndex:
    """Lookups built once when a definition is checked; nothing in it can be changed.

    ``questions`` holds every question in definition order (repeat groups' included);
    ``by_id`` the questions (not repeat groups) by id; ``repeat_of`` the repeat group of
    each question inside one; ``section_of`` the section of each question and repeat
    group; ``nodes`` the parsed ``relevant``/``constraint`` of questions and repeat
    groups, keyed by (id, field); ``section_nodes`` the parsed ``relevant`` of sections.
    Where an id is duplicated (a refused definition), the first holder wins.
    """

    questions: tuple[Question, ...]
    by_id: Mapping[str, Question]
    repeats: Mapping[str, RepeatGroup]
    repeat_of: Mapping[str, RepeatGroup]
    section_of: Mapping[str, Section]
    sections: Mapping[str, Section]
    nodes: Mapping[tuple[str, ExpressionField], expr.Node]
    section_nodes: Mapping[str, expr.Node]

    def __deepcopy__(self, memo: dict[int, object]) -> DefinitionIndex:
        return self  # immutable: a copy of a definition shares its index

    def knows(self, item_id: str) -> bool:
        """Whether ``item_id`` is a question or a repeat group."""
        return item_id in self.by_id or item_id in self.repeats


def _frozen(mapping: Mapping[K, V]) -> Mapping[K, V]:
    return MappingProxyType(dict(mapping))


def freeze_index(
    questions: list[Question],
    by_id: Mapping[str, Question],
    repeats: Mapping[str, RepeatGroup],
    repeat_of: Mapping[str, RepeatGroup],
    section_of: Mapping[str, Section],
    sections: Mapping[str, Section],
    nodes: Mapping[tuple[str, ExpressionField], expr.Node],
    section_nodes: Mapping[str, expr.Node],
) -> DefinitionIndex:
    """A read-only copy of the given lookups."""
    return DefinitionIndex(
        tuple(questions),
        _frozen(by_id),
        _frozen(repeats),
        _frozen(repeat_of),
        _frozen(section_of),
        _frozen(sections),
        _frozen(nodes),
        _frozen(section_nodes),
    )


EMPTY_INDEX = freeze_index([], {}, {}, {}, {}, {}, {}, {})
