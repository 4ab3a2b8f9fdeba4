"""What evaluating answers tells: issues, per-section progress, and the whole."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kin_desktop.core.questionnaire.items import Question, RepeatGroup

__all__ = ["MISSING_CODES", "AnswerIssue", "Evaluation", "SectionProgress", "make_issue"]


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


MISSING_CODES = ("required", "repeat_min")


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
        return next((i for i in self.issues if i.code in MISSING_CODES), None)


def make_issue(
    question: Question | RepeatGroup, instance: int | None, code: str, message: str, **params: Any
) -> AnswerIssue:
    return AnswerIssue(question.id, instance, code, message, params)
