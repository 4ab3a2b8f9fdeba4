"""Secretariat: reviewing practices, commitments and questionnaire responses (docs/secretariat.md).

Qt-free. The secretariat's review state of a record is a ``review_note`` record of its own (owned and
authored by the secretariat key, one per target record) whose revisions are the history of the review:
each change of state, comment or recognition is a new revision. Delegates' records are never edited
here, except to resolve a conflict between two devices of one delegation (:meth:`ReviewService.resolve`),
which keeps the delegate as owner and every head as a parent.

Every method returns frozen dataclasses, never ORM objects. Lists are built with one query per table
(no query per row), so they stay fast with tens of thousands of records.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from kin_desktop.core import ids
from kin_desktop.core.errors import ValidationError
from kin_desktop.core.questionnaire import (
    Definition,
    Evaluation,
    Question,
    QuestionType,
    RepeatGroup,
    evaluate,
    load_definition,
    localize,
)
from kin_desktop.core.records import Revision
from kin_desktop.core.schemas import RecordType, ReviewState, Role
from kin_desktop.services import printed
from kin_desktop.services.notes import fetch, latest_notes
from kin_desktop.services.profiles import Workspace, save_record
from kin_desktop.services.records import FieldChange, diff_bodies
from kin_desktop.storage import models as m
from kin_desktop.storage import repository

ReviewTarget = Literal["practice", "commitment"]
REVIEWABLE_TYPES = frozenset({"response", "practice", "commitment", "progress_report"})
_SEARCH_LIMIT = 10_000_000  # search returns ids; filtering needs every match, not the first 200


# -- results ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewFilter:
    """Filters of the review lists; None means any. ``state`` is a review state, ``category`` the
    participant category of the delegate who owns the record."""

    country: str | None = None
    sector: str | None = None
    state: str | None = None
    category: str | None = None
    project_type: str | None = None


@dataclass(frozen=True)
class ReviewRow:
    record_id: str
    record_type: str  # "practice" | "commitment"
    title: str
    city: str
    country: str
    category: str | None  # participant category of the owner's delegate key
    sectors: tuple[str, ...]
    state: str  # review state: received | under_review | has_issues | registered
    delegate_state: str  # the delegate's own state: draft | ready
    project_type: str | None  # commitments only
    end_date: str | None  # commitments only, YYYY-MM-DD
    updated_hlc: str
    conflict: bool
    comments: int  # distinct non-empty comments in the review history
    recognized: bool
    # the record changed since the revision the current review state was given on (a correction when
    # the state is has_issues); False without a review
    changed_since_review: bool = False
    form_verified: bool = False  # a signed form of the current revision was checked (verify-print)


@dataclass(frozen=True)
class ReviewEntry:
    state: str
    comment: str
    recognized: bool
    hlc: str
    rev_id: str


@dataclass(frozen=True)
class ConflictRow:
    record_id: str
    record_type: str
    title: str
    city: str
    heads: tuple[str, ...]  # every head, oldest first (the last one is the winner shown)


@dataclass(frozen=True)
class ConflictSides:
    record_id: str
    record_type: str
    left: dict[str, Any]  # body of the winning head (the newest); {} for a deletion
    right: dict[str, Any]  # body of the other newest head; {} for a deletion
    left_rev: str
    right_rev: str
    differing: tuple[str, ...]  # top-level fields whose values differ, in body order


@dataclass(frozen=True)
class CityRow:
    owner: str  # the delegate's key id
    city: str
    country: str
    delegate_name: str
    category: str | None
    status: str  # key status: pending | approved | revoked
    responses: int
    complete: bool  # the newest response is marked completed (complete when submitted)
    ratio: float  # required questions answered in the newest response (0.0 without one)


@dataclass(frozen=True)
class AnswerLine:
    section_title: str
    question_id: str
    label: str
    instance: int | None  # 0-based repeat-group instance; None outside repeat groups
    text: str


@dataclass(frozen=True)
class QuestionAnswer:
    owner: str
    city: str
    country: str
    instance: int | None
    text: str


@dataclass(frozen=True)
class RecordView:
    """One practice or commitment as the reviewer reads it: the whole current body, who sent it, its
    review, what changed since the revision the review was given on, and its signed forms checked."""

    record_id: str
    record_type: str
    rev_id: str  # the current (winning) revision
    body: dict[str, Any]
    owner: str
    city: str
    country: str
    delegate_name: str
    organisation: str
    updated_hlc: str
    conflict: bool
    state: str
    comment: str
    recognized: bool
    reviewed_rev_id: str | None  # the revision the current state was given on (None: not reviewed)
    changes: tuple[FieldChange, ...]  # from the reviewed revision to the current one
    checks: tuple[printed.PrintCheck, ...]  # signed forms checked, oldest first

    @property
    def changed_since_review(self) -> bool:
        return self.reviewed_rev_id is not None and self.reviewed_rev_id != self.rev_id

    @property
    def form_verified(self) -> bool:
        """A signed form of the current revision was checked and matched."""
        return any(check.ok and check.rev_id == self.rev_id for check in self.checks)


# -- shared helpers (also used by followup, matching, dashboard and report) -------------------------


@dataclass(frozen=True)
class Place:
    city: str
    country: str
    name: str
    category: str | None
    status: str


def review_note_id(secretariat_key: str, target_id: str) -> str:
    """The record id of the secretariat's review note about ``target_id`` (one per target): derived, and
    reserved to the secretariat's key, so no delegate can take it first (core.ids). Notes written before
    had ids no key reserved; they are found by their target (``latest_notes``) and kept."""
    return ids.derived_id(secretariat_key, "note", target_id)


def places(session: Session) -> dict[str, Place]:
    """Owner key id -> where and who: the delegate key registry, and the own profile."""
    known: dict[str, Place] = {}
    profile = session.get(m.Profile, 1)
    if profile is not None and profile.key_id:
        known[profile.key_id] = Place(
            profile.city, profile.country, profile.name, profile.category, "approved"
        )
    for key in session.exec(select(m.DelegateKey)):
        known[key.key_id] = Place(key.city, key.country, key.name, key.category, key.status)
    return known


def live_ids(session: Session, record_type: str) -> set[str]:
    query = select(m.Record.record_id).where(
        col(m.Record.record_type) == record_type, col(m.Record.deleted).is_(False)
    )
    return set(session.exec(query))


def secretariat_key(session: Session) -> str:
    profile = repository.get_profile(session=session)
    if profile is None or not profile.key_id:
        raise ValidationError("the profile has no key yet", reason="no_key")
    return profile.key_id


class Definitions:
    """Questionnaire definitions by (id, version), loaded once each."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._loaded: dict[tuple[str, str], Definition | None] = {}

    def get(self, questionnaire_id: str, version: str) -> Definition | None:
        key = (questionnaire_id, version)
        if key not in self._loaded:
            stored = self._session.exec(
                select(m.QuestionnaireDefinition).where(
                    col(m.QuestionnaireDefinition.questionnaire_id) == questionnaire_id,
                    col(m.QuestionnaireDefinition.version) == version,
                )
            ).first()
            if stored is None:
                latest = repository.latest_definition(questionnaire_id, session=self._session)
                self._loaded[key] = None if latest is None else load_definition(latest.content)
            else:
                self._loaded[key] = load_definition(stored.content)
        return self._loaded[key]


@dataclass(frozen=True)
class StoredResponse:
    record_id: str
    owner: str
    city: str
    country: str
    questionnaire_id: str
    version: str
    completed: bool
    answers: dict[str, Any]
    updated_hlc: str


def stored_responses(session: Session, owner: str | None = None) -> list[StoredResponse]:
    """Every live response (of one owner), oldest update first."""
    query = select(m.Response, m.Record.updated_hlc).join(
        m.Record, col(m.Record.record_id) == col(m.Response.record_id)
    )
    query = query.where(col(m.Record.deleted).is_(False))
    if owner is not None:
        query = query.where(col(m.Response.owner) == owner)
    found = [
        StoredResponse(
            r.record_id,
            r.owner,
            r.city,
            r.country,
            r.questionnaire_id,
            r.questionnaire_version,
            bool(r.completed),
            json.loads(r.answers),
            hlc,
        )
        for r, hlc in session.exec(query)
    ]
    return sorted(found, key=lambda r: (r.updated_hlc, r.record_id))


def newest_responses(session: Session) -> dict[str, StoredResponse]:
    """Owner -> its newest live response."""
    newest: dict[str, StoredResponse] = {}
    for response in stored_responses(session):
        newest[response.owner] = response  # sorted oldest first: the last one wins
    return newest


def yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def render_answer(question: Question, value: Any, language: str = "en") -> str:
    """An answer as readable text: choice labels rather than values, lists joined by "; "."""
    if value is None or value == "" or value == []:
        return ""
    kind = question.type
    if kind == QuestionType.YES_NO:
        return yes_no(bool(value)) if isinstance(value, bool) else str(value)

    def label(item: Any) -> str:
        choice = question.choice(str(item))
        return localize(choice.label, language).text if choice is not None else str(item)

    if kind == QuestionType.SINGLE_CHOICE:
        return label(value)
    if kind == QuestionType.MULTIPLE_CHOICE and isinstance(value, list):
        return "; ".join(label(item) for item in value)
    if kind == QuestionType.RANKING and isinstance(value, list):
        return "; ".join(f"{number}. {label(item)}" for number, item in enumerate(value, start=1))
    if kind == QuestionType.RATING and question.scale is not None:
        return f"{value}/{question.scale.max}"
    if kind in (QuestionType.INTEGER, QuestionType.DECIMAL) and question.unit:
        return f"{value} {localize(question.unit, language).text}"
    return str(value)


def relevant_answers(
    definition: Definition, answers: Mapping[str, Any], evaluation: Evaluation | None = None
) -> Iterable[tuple[Question, RepeatGroup | None, int | None, Any]]:
    """(question, its repeat group, instance, value) of every relevant answered question, in order."""
    evaluation = evaluation or evaluate(definition, answers)
    for section in definition.sections:
        for item in section.items:
            if isinstance(item, RepeatGroup):
                if not evaluation.is_relevant(item.id):
                    continue
                instances = answers.get(item.id)
                if not isinstance(instances, list):
                    continue
                for index, instance in enumerate(instances):
                    if not isinstance(instance, dict):
                        continue
                    for question in item.items:
                        value = instance.get(question.id)
                        if _answered(value) and evaluation.is_relevant(question.id, index):
                            yield question, item, index, value
            else:
                value = answers.get(item.id)
                if _answered(value) and evaluation.is_relevant(item.id):
                    yield item, None, None, value


def _answered(value: Any) -> bool:
    return not (value is None or (isinstance(value, str) and not value.strip()) or value == [])


# -- the service -----------------------------------------------------------------------------------


class ReviewService:
    """The secretariat's review of what delegates sent. Every write is a revision of a review note."""

    def __init__(self, workspace: Workspace) -> None:
        workspace.require_role(Role.SECRETARIAT)
        self.workspace = workspace

    # -- lists

    def rows(
        self, record_type: ReviewTarget | str, query: str = "", filters: ReviewFilter | None = None
    ) -> tuple[ReviewRow, ...]:
        """Practices or commitments with their review state; ``query`` searches title and text
        (every word must occur). Without a query, ordered by city then title; with one, best match first."""
        kind = str(record_type)
        if kind not in (RecordType.PRACTICE, RecordType.COMMITMENT):
            raise ValidationError(f"{kind} records are not reviewed in these lists", reason="record_type")
        filters = filters or ReviewFilter()
        with self.workspace.session() as session:
            order: dict[str, int] | None = None
            if query.strip():
                ranked = repository.search(kind, query, session=session, limit=_SEARCH_LIMIT)
                order = {record_id: position for position, record_id in enumerate(ranked)}
            notes = latest_notes(session, kind)
            comments = _comment_counts(session, kind)
            owners = places(session)
            raw = _listed(session, kind)
            verified = printed.verified_revisions(session) if kind == RecordType.COMMITMENT else {}
        received = ReviewState.RECEIVED.value
        nowhere = Place("", "", "", None, "")
        sector_lists: dict[str | None, tuple[str, ...]] = {None: ()}
        rows: list[ReviewRow] = []
        for (
            rid,
            owner,
            city,
            country,
            title,
            sectors,
            state,
            project_type,
            end_date,
            hlc,
            conflict,
            head,
        ) in raw:
            if order is not None and rid not in order:
                continue
            note = notes.get(rid)
            place = owners.get(owner, nowhere)
            parsed = sector_lists.get(sectors)
            if parsed is None:
                parsed = sector_lists[sectors] = tuple(json.loads(sectors))
            row = ReviewRow(
                record_id=rid,
                record_type=kind,
                title=title,
                city=city or place.city,
                country=country or place.country,
                category=place.category,
                sectors=parsed,
                state=note.state if note else received,
                delegate_state=state,
                project_type=project_type,
                end_date=end_date,
                updated_hlc=hlc,
                conflict=bool(conflict),
                comments=comments.get(note.note_id, 0) if note else 0,
                recognized=note.recognized if note else False,
                changed_since_review=bool(note and note.reviewed_rev_id and note.reviewed_rev_id != head),
                form_verified=rid in verified,
            )
            if _passes(row, filters):
                rows.append(row)
        if order is not None:
            rows.sort(key=lambda row: order[row.record_id])
        else:
            rows.sort(key=lambda row: (row.city.casefold(), row.title.casefold(), row.record_id))
        return tuple(rows)

    # -- review state

    def set_state(
        self, record_id: str, state: ReviewState | str, comment: str = "", *, recognized: bool | None = None
    ) -> Revision:
        """Write the review state (and comment) of a record as a new revision of its review note.

        ``recognized`` None keeps the current recognition while the record stays registered; a record
        that is not registered is never recognized (asking for it is a ValidationError
        ``not_registered``). Nothing changed: no new revision, the current one is returned.
        """
        try:
            wanted = ReviewState(state).value
        except ValueError:
            raise ValidationError(f"unknown review state {state!r}", reason="review_state") from None
        with self.workspace.session() as session:
            target = _target(session, record_id)
            key = secretariat_key(session)
            current = latest_notes(session).get(record_id)
            if recognized is None:
                recognized = bool(current and current.recognized) and wanted == ReviewState.REGISTERED
            elif recognized and wanted != ReviewState.REGISTERED:
                raise ValidationError(
                    "only a registered record can be recognized", reason="not_registered", record_id=record_id
                )
            body = {
                "target_id": record_id,
                "target_type": target.record_type,
                "state": wanted,
                "comment": comment.strip(),
                "recognized": recognized,
                "reviewed_rev_id": target.head_rev_id,
            }
            note_id = current.note_id if current is not None else review_note_id(key, record_id)
            return save_record(session, RecordType.REVIEW_NOTE, body, record_id=note_id)

    def review_history(self, record_id: str) -> tuple[ReviewEntry, ...]:
        """Every revision of the record's review note, newest first."""
        with self.workspace.session() as session:
            note_ids = list(
                session.exec(
                    select(m.Revision.record_id)
                    .where(
                        col(m.Revision.record_type) == RecordType.REVIEW_NOTE,
                        func.json_extract(col(m.Revision.body), "$.target_id") == record_id,
                    )
                    .distinct()
                )
            )
            revisions: list[Revision] = []
            for note_id in note_ids:
                revisions.extend(repository.history(note_id, session=session))
        entries = [
            ReviewEntry(
                state=rev.body["state"],
                comment=rev.body.get("comment", ""),
                recognized=bool(rev.body.get("recognized", False)),
                hlc=rev.hlc,
                rev_id=rev.rev_id,
            )
            for rev in revisions
            if rev.body is not None
        ]
        entries.sort(key=lambda e: (e.hlc, e.rev_id), reverse=True)
        return tuple(entries)

    def record_view(self, record_id: str) -> RecordView:
        """The whole record with its review, its changes since the reviewed revision and its checks."""
        with self.workspace.session() as session:
            record = repository.current(record_id, session=session)
            if record is None or record.deleted or record.body is None:
                raise ValidationError(
                    f"there is no record {record_id}", reason="unknown_record", record_id=record_id
                )
            note = latest_notes(session).get(record_id)
            reviewed_body: dict[str, Any] | None = None
            if note is not None and note.reviewed_rev_id and note.reviewed_rev_id != record.rev_id:
                found = repository.get_revisions([note.reviewed_rev_id], session=session)
                reviewed_body = (found[0].body or {}) if found else None
            place = places(session).get(record.owner)
            key = session.get(m.DelegateKey, record.owner)
            organisation = key.organisation if key is not None else ""
            checks = printed.print_checks(session, record_id)
            row = session.get(m.Record, record_id)
            updated = row.updated_hlc if row is not None else ""
        changes = (
            diff_bodies(record.record_type, reviewed_body, record.body) if reviewed_body is not None else ()
        )
        return RecordView(
            record_id=record_id,
            record_type=record.record_type,
            rev_id=record.rev_id,
            body=dict(record.body),
            owner=record.owner,
            city=place.city if place else "",
            country=place.country if place else "",
            delegate_name=place.name if place else "",
            organisation=organisation,
            updated_hlc=updated,
            conflict=record.conflict,
            state=note.state if note else ReviewState.RECEIVED.value,
            comment=note.comment if note else "",
            recognized=note.recognized if note else False,
            reviewed_rev_id=note.reviewed_rev_id if note else None,
            changes=changes,
            checks=checks,
        )

    # -- conflicts

    def conflicts(self) -> tuple[ConflictRow, ...]:
        """Records with more than one head (one delegation writing from two devices)."""
        with self.workspace.session() as session:
            found = fetch(
                session,
                core_select(
                    col(m.Record.record_id),
                    col(m.Record.record_type),
                    col(m.Record.owner),
                    col(m.Record.heads),
                    col(m.Revision.body),
                )
                .join(m.Revision, col(m.Revision.rev_id) == col(m.Record.head_rev_id))
                .where(col(m.Record.conflict).is_(True)),
            )
            owners = places(session)
        rows: list[ConflictRow] = []
        for record_id, record_type, owner, heads, raw in found:
            body = json.loads(raw) if raw else {}
            title = body.get("title") or body.get("questionnaire_id") or ""
            place = owners.get(owner)
            rows.append(
                ConflictRow(
                    record_id=record_id,
                    record_type=record_type,
                    title=str(title),
                    city=place.city if place else "",
                    heads=tuple(json.loads(heads)),
                )
            )
        rows.sort(key=lambda r: (r.city.casefold(), r.title.casefold(), r.record_id))
        return tuple(rows)

    def conflict_sides(self, record_id: str) -> ConflictSides:
        """The two newest heads of a conflicted record: the winner (left) and the runner-up (right)."""
        with self.workspace.session() as session:
            record = repository.current(record_id, session=session)
            if record is None or not record.conflict:
                raise ValidationError(
                    f"record {record_id} is not in conflict", reason="no_conflict", record_id=record_id
                )
            newest, other = record.heads[-1], record.heads[-2]
            revisions = {
                rev.rev_id: rev for rev in repository.get_revisions([newest, other], session=session)
            }
        left = dict(revisions[newest].body or {})
        right = dict(revisions[other].body or {})
        names = list(dict.fromkeys([*left, *right]))
        differing = tuple(name for name in names if left.get(name) != right.get(name))
        return ConflictSides(record_id, record.record_type, left, right, newest, other, differing)

    def resolve(self, record_id: str, body: dict[str, Any]) -> Revision:
        """Save the chosen or merged body over every head of a conflicted record.

        The new revision names every head as a parent, keeps the delegate as owner and is authored by
        the secretariat. Only a record in conflict can be resolved here (``no_conflict`` otherwise).
        """
        with self.workspace.session() as session:
            record = session.get(m.Record, record_id)
            if record is None or not record.conflict:
                raise ValidationError(
                    f"record {record_id} is not in conflict", reason="no_conflict", record_id=record_id
                )
            return save_record(session, RecordType(record.record_type), body, record_id=record_id)

    # -- questionnaire responses

    def cities(self) -> tuple[CityRow, ...]:
        """Every delegate key (approved, pending or revoked) with its questionnaire progress."""
        with self.workspace.session() as session:
            keys = list(session.exec(select(m.DelegateKey)))
            responses = stored_responses(session)
            definitions = Definitions(session)
            counts: dict[str, int] = {}
            newest: dict[str, StoredResponse] = {}
            for response in responses:
                counts[response.owner] = counts.get(response.owner, 0) + 1
                newest[response.owner] = response
            rows: list[CityRow] = []
            for key in keys:
                latest = newest.get(key.key_id)
                ratio = 0.0
                if latest is not None:
                    definition = definitions.get(latest.questionnaire_id, latest.version)
                    ratio = evaluate(definition, latest.answers).ratio if definition is not None else 0.0
                rows.append(
                    CityRow(
                        owner=key.key_id,
                        city=key.city,
                        country=key.country,
                        delegate_name=key.name,
                        category=key.category,
                        status=key.status,
                        responses=counts.get(key.key_id, 0),
                        complete=latest is not None and latest.completed,
                        ratio=ratio,
                    )
                )
        rows.sort(key=lambda r: (r.country, r.city.casefold(), r.delegate_name.casefold(), r.owner))
        return tuple(rows)

    def city_answers(self, owner: str, language: str = "en") -> tuple[AnswerLine, ...]:
        """The newest response of a delegate as readable lines (relevant answered questions only)."""
        with self.workspace.session() as session:
            responses = stored_responses(session, owner)
            if not responses:
                return ()
            latest = responses[-1]
            definition = Definitions(session).get(latest.questionnaire_id, latest.version)
        if definition is None:
            return ()
        lines: list[AnswerLine] = []
        titles = {s.id: localize(s.title, language).text for s in definition.sections}
        for question, group, instance, value in relevant_answers(definition, latest.answers):
            section = definition.section_of(group.id if group is not None else question.id)
            lines.append(
                AnswerLine(
                    section_title=titles[section.id],
                    question_id=question.id,
                    label=localize(question.label, language).text,
                    instance=instance,
                    text=render_answer(question, value, language),
                )
            )
        return tuple(lines)

    def question_answers(self, question_id: str, language: str = "en") -> tuple[QuestionAnswer, ...]:
        """Every city's answer to one question (one line per repeat instance), by country and city."""
        with self.workspace.session() as session:
            newest = newest_responses(session)
            owners = places(session)
            definitions = Definitions(session)
            found: list[QuestionAnswer] = []
            for owner, response in newest.items():
                definition = definitions.get(response.questionnaire_id, response.version)
                if definition is None or not definition.has_question(question_id):
                    continue
                place = owners.get(owner)
                city = response.city or (place.city if place else "")
                country = response.country or (place.country if place else "")
                for question, _group, instance, value in relevant_answers(definition, response.answers):
                    if question.id == question_id:
                        text = render_answer(question, value, language)
                        found.append(QuestionAnswer(owner, city, country, instance, text))
        found.sort(
            key=lambda a: (a.country, a.city.casefold(), a.owner, -1 if a.instance is None else a.instance)
        )
        return tuple(found)


# -- internals -------------------------------------------------------------------------------------


def _target(session: Session, record_id: str) -> m.Record:
    record = session.get(m.Record, record_id)
    if record is None or record.deleted:
        raise ValidationError(f"there is no record {record_id}", reason="unknown_record", record_id=record_id)
    if record.record_type not in REVIEWABLE_TYPES:
        raise ValidationError(
            f"a {record.record_type} record is not reviewed", reason="record_type", record_id=record_id
        )
    return record


def _comment_counts(session: Session, target_type: str) -> dict[str, int]:
    """Review note id -> how many distinct non-empty comments its revisions hold (notes about records of
    one type; through the review_note projection, so only the notes' revisions are read)."""
    comment = func.json_extract(col(m.Revision.body), "$.comment")
    notes = core_select(col(m.ReviewNote.record_id)).where(col(m.ReviewNote.target_type) == target_type)
    query = (
        core_select(col(m.Revision.record_id), func.count(func.distinct(comment)))
        .where(col(m.Revision.record_id).in_(notes.scalar_subquery()), comment != "")
        .group_by(col(m.Revision.record_id))
    )
    return {note_id: int(count) for note_id, count in fetch(session, query)}


_LISTED = {
    RecordType.PRACTICE.value: (
        "SELECT p.record_id, p.owner, p.city, p.country, p.title, p.sectors, p.state, NULL, NULL,"
        " r.updated_hlc, r.conflict, r.head_rev_id FROM record r JOIN practice p ON p.record_id = r.record_id"
        " WHERE r.record_type = 'practice' AND r.deleted = 0"
    ),
    RecordType.COMMITMENT.value: (
        "SELECT c.record_id, c.owner, c.city, c.country, c.title, json_extract(c.body, '$.sectors'), c.state,"
        " c.project_type, c.end_date, r.updated_hlc, r.conflict, r.head_rev_id FROM record r"
        " JOIN commitment c ON c.record_id = r.record_id WHERE r.record_type = 'commitment' AND r.deleted = 0"
    ),
}


def _listed(session: Session, kind: str) -> list[Any]:
    """(id, owner, city, country, title, sectors JSON, delegate state, project type, end date, updated hlc,
    conflict, head revision) of every live practice or commitment: one fixed statement on the driver's cursor (the
    ORM's per-row overhead would double the time of a 10,000-row list)."""
    session.flush()
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver.execute(_LISTED[kind]).fetchall()


def _passes(row: ReviewRow, filters: ReviewFilter) -> bool:
    if filters.country and row.country.casefold() != filters.country.casefold():
        return False
    if filters.sector and filters.sector not in row.sectors:
        return False
    if filters.state and row.state != filters.state:
        return False
    if filters.category and row.category != filters.category:
        return False
    return not (filters.project_type and row.project_type != filters.project_type)
