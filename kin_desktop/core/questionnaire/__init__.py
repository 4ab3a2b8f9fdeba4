"""The questionnaire engine: definitions, relevance, validation and progress.

A definition (``docs/questionnaire-format.md``) is loaded with :func:`load_definition`:
the JSON is checked against the pydantic models, then the semantic checks run (unique
ids, expressions that parse and name known questions, no relevance cycles, ...). Every
problem found is reported at once in a :class:`DefinitionError`.

:func:`evaluate` takes a loaded definition and a response's answers and tells which
questions are relevant, which answers are missing or invalid, and how far each section
is. It never raises on answer data: whatever the answers hold is reported as issues.

The package holds one concern a module: ``text`` (localized texts), ``values`` (reading
decimals and dates), ``items`` (questions, repeat groups, sections), ``index`` (a loaded
definition's read-only lookups), ``checks`` (semantic checks), ``definition``,
``loading``, ``results`` (issues and progress), ``coerce`` (typing one answer),
``evaluation`` and ``normalize``.
"""

from __future__ import annotations

from kin_desktop.core.questionnaire.definition import (
    SCHEMA_VERSION,
    Definition,
    translation_completeness,
)
from kin_desktop.core.questionnaire.evaluation import evaluate
from kin_desktop.core.questionnaire.index import DefinitionIndex, ExpressionField
from kin_desktop.core.questionnaire.items import (
    CHOICE_TYPES,
    LIST_TYPES,
    NUMBER_TYPES,
    TEXT_TYPES,
    Choice,
    Item,
    Question,
    QuestionType,
    RepeatGroup,
    Scale,
    Section,
)
from kin_desktop.core.questionnaire.loading import load_definition, load_definition_file
from kin_desktop.core.questionnaire.normalize import normalize_answers
from kin_desktop.core.questionnaire.results import AnswerIssue, Evaluation, SectionProgress
from kin_desktop.core.questionnaire.text import (
    DEFAULT_LANGUAGE,
    Localized,
    LocalizedText,
    localize,
    matching_language,
)

__all__ = [
    "CHOICE_TYPES",
    "DEFAULT_LANGUAGE",
    "LIST_TYPES",
    "NUMBER_TYPES",
    "SCHEMA_VERSION",
    "TEXT_TYPES",
    "AnswerIssue",
    "Choice",
    "Definition",
    "DefinitionIndex",
    "Evaluation",
    "ExpressionField",
    "Item",
    "Localized",
    "LocalizedText",
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
    "matching_language",
    "normalize_answers",
    "translation_completeness",
]
