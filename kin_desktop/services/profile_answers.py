"""One source of truth for who the delegation is: the profile, shown again in the questionnaire.

The set-up wizard asks for the delegate's name, organisation, e-mail, city, country and
participant category, and stores them in the profile. The questionnaire's respondent section
asks for the same things; a question whose id is one of :data:`PROFILE_QUESTIONS` holds the
profile field it names (a convention of the definition format, docs/questionnaire-format.md).

The rule that keeps the two in step:

- **Profile to questionnaire.** A bound question that has no answer shows the profile's
  value (:func:`with_profile`); it is stored with the next save of the response.
- **Questionnaire to profile.** A bound answer the delegate changes is written to the profile
  in the same transaction as the answers (:func:`profile_changes`), so the window's title,
  the Overview and the next bundle show it at once; only an answer that passes its
  question's checks is written (an e-mail address still being typed, or an emptied name, stays
  in the answers with its message and the profile keeps its last good value).
- An answer that differs from the profile is never overwritten by it: the answers are the
  delegate's work. (They can differ only while such an answer is wrong, since every good
  change goes to the profile at once.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kin_desktop.core.questionnaire import Definition, Evaluation, Question, QuestionType

# Question id -> profile field.
PROFILE_QUESTIONS: dict[str, str] = {
    "respondent_name": "name",
    "respondent_organisation": "organisation",
    "respondent_email": "email",
    "city_name": "city",
    "country": "country",
    "participant_category": "category",
}
_TYPES = frozenset({QuestionType.TEXT, QuestionType.SINGLE_CHOICE})


def bound_questions(definition: Definition) -> dict[str, str]:
    """The questions of ``definition`` that hold a profile field: question id -> field.

    Only top-level questions of a text or single-choice type count (a name in a repeat group
    is someone else's)."""
    bound: dict[str, str] = {}
    for question_id, field in PROFILE_QUESTIONS.items():
        if not definition.has_question(question_id) or definition.repeat_of(question_id) is not None:
            continue
        question: Question = definition.question(question_id)
        if question.type in _TYPES:
            bound[question_id] = field
    return bound


def _fits(question: Question, value: str) -> bool:
    if question.type == QuestionType.SINGLE_CHOICE:
        return value in question.choice_values()
    return True


def with_profile(definition: Definition, answers: Mapping[str, Any], profile: Any) -> dict[str, Any]:
    """``answers`` with every unanswered bound question answered from ``profile``."""
    filled = dict(answers)
    for question_id, field in bound_questions(definition).items():
        value = getattr(profile, field, None)
        if filled.get(question_id) in (None, "") and isinstance(value, str) and value:
            if _fits(definition.question(question_id), value):
                filled[question_id] = value
    return filled


def profile_changes(
    definition: Definition, answers: Mapping[str, Any], evaluation: Evaluation, profile: Any
) -> dict[str, str]:
    """The profile fields to write after a save: bound answers that pass their checks and
    differ from the profile."""
    changes: dict[str, str] = {}
    for question_id, field in bound_questions(definition).items():
        value = answers.get(question_id)
        if not isinstance(value, str) or not value.strip():
            continue
        if evaluation.issues_for(question_id, None):
            continue
        if field == "country":
            value = value.strip().upper()
            if len(value) != 2 or not value.isalpha():
                continue
        if getattr(profile, field, None) != value:
            changes[field] = value
    return changes
