"""The delegate's questionnaire response: loading, autosaving and marking it complete.

A delegate has one response per questionnaire version: one record of type ``response``
whose body names the questionnaire and the version it answers. When the secretariat
publishes a new version, the responses to older versions stay as they are (the
secretariat's reports keep them apart) and a new response opens on the new version,
starting from the answers of the latest older response that the new version still
accepts, else from the definition's defaults. Every save that changes something is a
new revision; a save that changes nothing writes nothing, so autosaving on every
keystroke pause stays cheap and the revision history stays meaningful.

Saving validates the *structure* of the answers only (a JSON object, repeat groups as
lists of objects, JSON values): a half-filled or even wrong answer is still the
delegate's work and is kept. Whether the answers are complete and valid is what the
:class:`~kin_desktop.core.questionnaire.Evaluation` in every :class:`ResponseState`
tells; only :meth:`ResponseService.mark_complete` insists on it.

Answers to questions that are not relevant at the moment are kept (the engine ignores
them), so switching an answer back and forth never loses what was typed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from kin_desktop.core.errors import KinError, ValidationError
from kin_desktop.core.questionnaire import (
    AnswerIssue,
    Definition,
    Evaluation,
    evaluate,
    normalize_answers,
)
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import profile_answers, questionnaires
from kin_desktop.services.profiles import Workspace, save_record
from kin_desktop.storage import repository

__all__ = [
    "IncompleteResponseError",
    "PreviewResponses",
    "QuestionnaireChoice",
    "QuestionnaireUnavailableError",
    "ResponseService",
    "ResponseState",
    "carried_answers",
    "default_answers",
    "questionnaire_choices",
]

# Issues that do not stop a response from being complete: answers kept from an older
# version of the questionnaire, under ids the current version no longer has.
_NON_BLOCKING_CODES = frozenset({"unknown_question"})


class IncompleteResponseError(KinError):
    """The response cannot be marked complete: ``first_missing`` is the first answer at fault.

    ``first_missing`` is, in questionnaire order, the first required answer that is missing
    (or repeat group with too few entries) or answer that is invalid.
    """

    code = "response_incomplete"

    def __init__(self, first_missing: AnswerIssue, *, missing: int) -> None:
        super().__init__(
            f"the response is not complete: {missing} answer(s) missing or invalid, "
            f"the first being '{first_missing.question_id}' ({first_missing.message})",
            question_id=first_missing.question_id,
            instance=first_missing.instance,
            missing=missing,
        )
        self.first_missing = first_missing
        self.missing = missing


class QuestionnaireUnavailableError(KinError):
    """The profile holds no definition of the questionnaire (it comes with a welcome pack)."""

    code = "questionnaire_unavailable"

    def __init__(self, questionnaire_id: str) -> None:
        super().__init__(
            f"no questionnaire definition {questionnaire_id!r} in this profile",
            questionnaire_id=questionnaire_id,
        )
        self.questionnaire_id = questionnaire_id


@dataclass(frozen=True)
class ResponseState:
    """The stored response as the UI shows it; ``record_id``/``rev_id`` are None before the first save."""

    record_id: str | None
    answers: Mapping[str, Any]
    completed: bool
    rev_id: str | None
    evaluation: Evaluation
    questionnaire_version: str | None = None


class ResponseService:
    """Load and save this profile's response to one questionnaire (Qt-free; call from any one thread)."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        questionnaire_id: str = questionnaires.KIN4_QUESTIONNAIRE_ID,
        version: str | None = None,
    ) -> None:
        self._workspace = workspace
        self._questionnaire_id = questionnaire_id
        self._version = version
        self._definition: Definition | None = None
        self._current_version: str | None = None

    @property
    def questionnaire_id(self) -> str:
        return self._questionnaire_id

    def definition(self) -> Definition:
        """The version asked for, else the profile's current (highest) version, loaded once.

        Raises :class:`QuestionnaireUnavailableError` when the profile has none.
        """
        if self._definition is None:
            with self._workspace.session() as session:
                try:
                    current = questionnaires.current_definition(
                        session=session, questionnaire_id=self._questionnaire_id
                    )
                    self._current_version = current.version
                    self._definition = (
                        current
                        if self._version in (None, current.version)
                        else questionnaires.definition_version(
                            session, self._questionnaire_id, str(self._version)
                        )
                    )
                except LookupError:
                    raise QuestionnaireUnavailableError(self._questionnaire_id) from None
        return self._definition

    @property
    def read_only(self) -> bool:
        """True for a response to an older version: it is kept as it was, new answers go to the current one."""
        definition = self.definition()
        return definition.version != self._current_version

    def load(self) -> ResponseState:
        """The stored response, with the profile's name, e-mail, city... where their questions
        are unanswered (services/profile_answers.py)."""
        definition = self.definition()
        with self._workspace.session() as session:
            # A version kept for reading shows what was stored, nothing filled in.
            profile = None if self.read_only else repository.get_profile(session=session)
            stored = self._stored(session)
            if stored is None and not self.read_only:
                seed = profile_answers.with_profile(definition, self._seed(session, definition), profile)
                if seed:
                    return ResponseState(None, seed, False, None, evaluate(definition, seed))
            return self._state(definition, stored, profile=profile)

    def save_answers(self, answers: Mapping[str, Any]) -> ResponseState:
        """Store ``answers`` as a new revision (nothing is written when nothing changed).

        A completed response stays completed only while its answers stay complete.
        Raises :class:`ValidationError` when the answers are not shaped like answers.
        """
        definition = self.definition()
        self._refuse_if_read_only()
        _check_structure(definition, answers)
        normalized = normalize_answers(definition, answers)
        evaluation = evaluate(definition, normalized)
        with self._workspace.session() as session:
            stored = self._stored(session)
            profile = repository.get_profile(session=session)
            start = (
                profile_answers.with_profile(definition, self._seed(session, definition), profile)
                if stored is None
                else {}
            )
            if stored is None and all(start.get(key) == value for key, value in normalized.items()):
                # Nothing but what a new response starts with (the profile, defaults, answers carried
                # from an older version): nothing of the delegate's to keep yet.
                return ResponseState(None, normalized, False, None, evaluation)
            was_completed = (
                stored is not None and stored.body is not None and bool(stored.body.get("completed"))
            )
            body = self._body(definition, normalized, completed=was_completed and evaluation.complete)
            state = self._write(session, definition, stored, body, evaluation)
            # The respondent's name, e-mail, city... changed here change the profile too.
            changes = profile_answers.profile_changes(definition, normalized, evaluation, profile)
            if changes:
                repository.update_profile(session=session, **changes)
            return state

    def mark_complete(self) -> ResponseState:
        """Mark the stored answers complete, or raise :class:`IncompleteResponseError`."""
        definition = self.definition()
        self._refuse_if_read_only()
        with self._workspace.session() as session:
            stored = self._stored(session)
            if stored is not None and stored.body:
                answers = dict(stored.body.get("answers") or {})
            else:
                answers = self._seed(session, definition) if stored is None else {}
            answers = profile_answers.with_profile(
                definition, answers, repository.get_profile(session=session)
            )
            evaluation = evaluate(definition, answers)
            blocking = _blocking_issues(evaluation)
            if blocking:
                raise IncompleteResponseError(blocking[0], missing=len(blocking))
            body = self._body(definition, answers, completed=True)
            return self._write(session, definition, stored, body, evaluation)

    # -- helpers ----------------------------------------------------------------------------

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ValidationError(
                f"version {self.definition().version} of this questionnaire is kept as it was answered; "
                f"answers go to the current version {self._current_version}",
                reason="older_version",
            )

    def _responses(self, session: Session) -> list[repository.CurrentRecord]:
        profile = repository.get_profile(session=session)
        owner = profile.key_id if profile is not None else None
        return [
            record
            for record in repository.list_current(RecordType.RESPONSE, session=session, owner=owner)
            if record.body is not None and record.body.get("questionnaire_id") == self._questionnaire_id
        ]

    def _stored(self, session: Session) -> repository.CurrentRecord | None:
        """This profile's response to this version: the oldest one, should there be two."""
        version = self.definition().version
        for record in self._responses(session):
            assert record.body is not None
            if record.body.get("questionnaire_version") == version:
                return record
        return None

    def _seed(self, session: Session, definition: Definition) -> dict[str, Any]:
        """What a new response to ``definition`` starts with: the answers of the latest response to an
        older version that this version still accepts as they are, else the definition's defaults."""
        key = repository.version_key(definition.version)
        older = [
            record
            for record in self._responses(session)
            if record.body is not None
            and repository.version_key(str(record.body.get("questionnaire_version", ""))) < key
        ]
        if older:
            latest = max(older, key=lambda r: repository.version_key(str(r.body["questionnaire_version"])))  # type: ignore[index]
            return carried_answers(definition, dict(latest.body.get("answers") or {}))  # type: ignore[union-attr]
        return default_answers(definition)

    def _body(self, definition: Definition, answers: Mapping[str, Any], *, completed: bool) -> dict[str, Any]:
        return {
            "questionnaire_id": definition.id,
            "questionnaire_version": definition.version,
            "answers": dict(answers),
            "completed": completed,
        }

    def _write(
        self,
        session: Session,
        definition: Definition,
        stored: repository.CurrentRecord | None,
        body: dict[str, Any],
        evaluation: Evaluation,
    ) -> ResponseState:
        if stored is not None and not stored.conflict and stored.body == body:
            return self._state(definition, stored, evaluation)
        revision = save_record(
            session, RecordType.RESPONSE, body, record_id=None if stored is None else stored.record_id
        )
        return ResponseState(
            record_id=revision.record_id,
            answers=dict(body["answers"]),
            completed=bool(body["completed"]),
            rev_id=revision.rev_id,
            evaluation=evaluation,
            questionnaire_version=definition.version,
        )

    def _state(
        self,
        definition: Definition,
        stored: repository.CurrentRecord | None,
        evaluation: Evaluation | None = None,
        *,
        profile: Any = None,
    ) -> ResponseState:
        if stored is None or stored.body is None:
            answers = profile_answers.with_profile(definition, {}, profile)
            return ResponseState(None, answers, False, None, evaluation or evaluate(definition, answers))
        answers = profile_answers.with_profile(definition, stored.body.get("answers") or {}, profile)
        return ResponseState(
            record_id=stored.record_id,
            answers=answers,
            completed=bool(stored.body.get("completed")),
            rev_id=stored.rev_id,
            evaluation=evaluation or evaluate(definition, answers),
            questionnaire_version=stored.body.get("questionnaire_version"),
        )


_NOT_CARRIED = frozenset({"type", "choice", "unknown_question"})


def carried_answers(definition: Definition, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers a new version accepts as they are: unknown questions and answers of the wrong
    type or with choices the version no longer offers are left behind (they stay in the old response)."""
    normalized = normalize_answers(definition, answers)
    issues = evaluate(definition, normalized).issues
    dropped = {(i.question_id, i.instance) for i in issues if i.code in _NOT_CARRIED}
    repeats = {group.id: group for group in definition.repeats()}
    result: dict[str, Any] = {}
    for key, value in normalized.items():
        if key in repeats and isinstance(value, list):
            entries = []
            for index, entry in enumerate(value):
                if isinstance(entry, Mapping):
                    entries.append({k: v for k, v in entry.items() if (k, index) not in dropped})
            if any(entries):
                result[key] = entries
        elif (key, None) not in dropped and definition.has_question(key):
            result[key] = value
    return result


def default_answers(definition: Definition) -> dict[str, Any]:
    """The defaults of the definition's top-level questions (repeat groups start empty)."""
    repeats = {group.id for group in definition.repeats()}
    return {
        question.id: question.default
        for question in definition.questions()
        if question.default is not None
        and definition.repeat_of(question.id) is None
        and question.id not in repeats
    }


def _blocking_issues(evaluation: Evaluation) -> list[AnswerIssue]:
    """Issues that keep the response from being complete, in questionnaire order."""
    return [issue for issue in evaluation.issues if issue.code not in _NON_BLOCKING_CODES]


def _refuse(message: str, key: str) -> ValidationError:
    return ValidationError(f"the answers are not well formed: {message}", reason="answers_structure", key=key)


def _check_value(value: Any, key: str, *, nested: bool = True) -> None:
    """A JSON scalar, or (when ``nested``) a list of JSON scalars."""
    if value is None or isinstance(value, str | bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _refuse(f"the answer to '{key}' is not a finite number", key)
        return
    if nested and isinstance(value, list | tuple):
        for item in value:
            _check_value(item, key, nested=False)
        return
    raise _refuse(f"the answer to '{key}' is a {type(value).__name__}, not an answer value", key)


def _check_structure(definition: Definition, answers: Mapping[str, Any]) -> None:
    if not isinstance(answers, Mapping):
        raise _refuse("they must be an object from question id to answer", "")
    repeats = {group.id for group in definition.repeats()}
    for key, value in answers.items():
        if not isinstance(key, str):
            raise _refuse(f"the key {key!r} is not a question id", str(key))
        if key not in repeats:
            _check_value(value, key)
            continue
        if value is None:
            continue
        if not isinstance(value, list | tuple):
            raise _refuse(f"'{key}' is a repeat group: its answer must be a list of entries", key)
        for instance in value:
            if not isinstance(instance, Mapping):
                raise _refuse(f"each entry of '{key}' must be an object", key)
            for name, item in instance.items():
                if not isinstance(name, str):
                    raise _refuse(f"the key {name!r} in '{key}' is not a question id", key)
                _check_value(item, f"{key}.{name}")


@dataclass(frozen=True)
class QuestionnaireChoice:
    """A questionnaire version the delegate can open: the current version of each questionnaire,
    and older versions this profile answered (kept as they were)."""

    questionnaire_id: str
    version: str
    title: Mapping[str, str]
    current: bool
    answered: bool


def questionnaire_choices(workspace: Workspace) -> list[QuestionnaireChoice]:
    """What the questionnaire page offers, the Fourth Meeting questionnaire first, newest version first."""
    with workspace.session() as session:
        stored = questionnaires.versions(session)
        profile = repository.get_profile(session=session)
        owner = profile.key_id if profile is not None else None
        answered = {
            (str(r.body.get("questionnaire_id")), str(r.body.get("questionnaire_version")))
            for r in repository.list_current(RecordType.RESPONSE, session=session, owner=owner)
            if r.body is not None
        }
    choices = [
        QuestionnaireChoice(
            v.questionnaire_id, v.version, v.title, v.current, (v.questionnaire_id, v.version) in answered
        )
        for v in stored
        if v.current or (v.questionnaire_id, v.version) in answered
    ]

    def order(choice: QuestionnaireChoice) -> tuple[bool, str, bool, Any]:
        key = repository.version_key(choice.version)
        return (choice.questionnaire_id != questionnaires.KIN4_QUESTIONNAIRE_ID, choice.questionnaire_id,
                not choice.current, tuple((-a, b if isinstance(b, str) else -b) for a, b in key))  # fmt: skip

    return sorted(choices, key=order)


class PreviewResponses:
    """A response kept in memory only: the secretariat's preview of a definition, exactly as the
    delegate's questionnaire page shows it, without writing anything anywhere."""

    read_only = False
    preview = True

    def __init__(self, definition: Definition) -> None:
        self._definition = definition
        self._answers: dict[str, Any] = default_answers(definition)
        self._completed = False

    @property
    def questionnaire_id(self) -> str:
        return self._definition.id

    def definition(self) -> Definition:
        return self._definition

    def load(self) -> ResponseState:
        return self._snapshot()

    def save_answers(self, answers: Mapping[str, Any]) -> ResponseState:
        _check_structure(self._definition, answers)
        self._answers = normalize_answers(self._definition, answers)
        evaluation = evaluate(self._definition, self._answers)
        self._completed = self._completed and evaluation.complete
        return self._snapshot(evaluation)

    def mark_complete(self) -> ResponseState:
        evaluation = evaluate(self._definition, self._answers)
        blocking = _blocking_issues(evaluation)
        if blocking:
            raise IncompleteResponseError(blocking[0], missing=len(blocking))
        self._completed = True
        return self._snapshot(evaluation)

    def _snapshot(self, evaluation: Evaluation | None = None) -> ResponseState:
        return ResponseState(
            record_id=None,
            answers=dict(self._answers),
            completed=self._completed,
            rev_id=None,
            evaluation=evaluation or evaluate(self._definition, self._answers),
            questionnaire_version=self._definition.version,
        )
