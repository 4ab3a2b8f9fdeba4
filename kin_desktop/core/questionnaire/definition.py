"""The definition: its top-level model, its lookups and its localized texts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from kin_desktop.core import expr
from kin_desktop.core.errors import DefinitionError
from kin_desktop.core.questionnaire.checks import check_sections
from kin_desktop.core.questionnaire.index import EMPTY_INDEX, DefinitionIndex, ExpressionField
from kin_desktop.core.questionnaire.items import Question, RepeatGroup, Section
from kin_desktop.core.questionnaire.text import DEFAULT_LANGUAGE, LANGUAGE_CODE, LocalizedText

__all__ = ["DEFINITION_ID_PATTERN", "SCHEMA_VERSION", "Definition", "translation_completeness"]

SCHEMA_VERSION = 1
DEFINITION_ID_PATTERN = r"^[a-z][a-z0-9_-]*$"


class Definition(BaseModel):
    """A questionnaire definition (schema version 1), checked on construction.

    Building one (``model_validate``) raises pydantic's ``ValidationError`` when the
    document does not fit the schema and :class:`DefinitionError` when a semantic check
    fails; :func:`load_definition` turns both into a :class:`DefinitionError`.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1]
    id: Annotated[str, Field(pattern=DEFINITION_ID_PATTERN, max_length=64)]
    version: Annotated[str, Field(min_length=1, max_length=64)]
    default_language: Literal["en"]
    languages: list[str]
    title: LocalizedText
    description: LocalizedText | None = None
    sections: Annotated[list[Section], Field(min_length=1)]

    _index: DefinitionIndex = PrivateAttr(default=EMPTY_INDEX)

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: list[str]) -> list[str]:
        bad = [lang for lang in value if not LANGUAGE_CODE.match(lang)]
        if bad:
            raise ValueError("not language codes: " + ", ".join(repr(b) for b in bad))
        if len(set(value)) != len(value):
            raise ValueError("a language is listed twice")
        if DEFAULT_LANGUAGE not in value:
            raise ValueError("'en' must be one of the languages")
        return value

    @model_validator(mode="after")
    def _semantic(self) -> Definition:
        index, problems = check_sections(self.sections)
        if problems:
            raise DefinitionError(problems)
        self._index = index
        return self

    @property
    def index(self) -> DefinitionIndex:
        """The definition's lookups (read-only), built when it was checked."""
        return self._index

    # -- lookups ------------------------------------------------------------

    def questions(self) -> list[Question]:
        """Every question, in definition order, including those inside repeat groups."""
        return list(self._index.questions)

    def question(self, qid: str) -> Question:
        """The question ``qid``; KeyError when there is none (repeat ids are not questions)."""
        return self._index.by_id[qid]

    def has_question(self, qid: str) -> bool:
        return qid in self._index.by_id

    def repeats(self) -> list[RepeatGroup]:
        return list(self._index.repeats.values())

    def repeat(self, rid: str) -> RepeatGroup:
        """The repeat group ``rid``; KeyError when there is none."""
        return self._index.repeats[rid]

    def repeat_of(self, qid: str) -> RepeatGroup | None:
        """The repeat group holding question ``qid``; None for a top-level question or a repeat id."""
        if not self._index.knows(qid):
            raise KeyError(qid)
        return self._index.repeat_of.get(qid)

    def section_of(self, qid: str) -> Section:
        """The section holding question or repeat group ``qid``."""
        return self._index.section_of[qid]

    def section(self, sid: str) -> Section:
        return self._index.sections[sid]

    def parsed(self, qid: str, field: ExpressionField) -> expr.Node | None:
        """The parsed ``relevant`` or ``constraint`` of a question or repeat group (None if absent)."""
        if not self._index.knows(qid):
            raise KeyError(qid)
        return self._index.nodes.get((qid, field))

    def parsed_section(self, sid: str) -> expr.Node | None:
        """The parsed ``relevant`` of section ``sid`` (None if absent)."""
        if sid not in self._index.sections:
            raise KeyError(sid)
        return self._index.section_nodes.get(sid)

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
    for text in (question.hint, question.constraint_message, question.required_message, question.unit):
        if text:
            yield text
    for choice in question.choices or ():
        yield choice.label
    if question.scale is not None:
        for text in (question.scale.min_label, question.scale.max_label):
            if text:
                yield text


def translation_completeness(definition: Definition) -> dict[str, tuple[int, int]]:
    """Per language of the definition: (texts translated, texts in all)."""
    texts = list(definition.localized_texts())
    total = len(texts)
    result: dict[str, tuple[int, int]] = {}
    for language in definition.languages:
        done = sum(1 for text in texts if text.get(language, "").strip())
        result[language] = (done, total)
    return result
