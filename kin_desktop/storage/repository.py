"""Reading and writing the profile database.

Every function takes ``*, session`` and leaves committing to the caller
(:func:`kin_desktop.storage.db.session_scope`). Callers above ``storage/`` get frozen
values, never live ORM objects: :class:`CurrentRecord`, :class:`ProfileData` (the
profile row as a frozen dataclass with the same field names as the table),
:class:`StoredDefinition` and :class:`kin_desktop.core.records.Revision`.

Records are append-only sets of revisions. ``record``, the projection tables and the
FTS tables are derived: after every write the touched records are recomputed from
their revisions (heads, winner, conflict), so the derived rows depend only on which
revisions are stored, never on the order they came in. Projections carry the owner's
city and country from the delegate key registry (or the own profile); after those
change, :func:`refresh_projections` brings the projections up to date.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text as sql_text
from sqlmodel import Session, col, delete, insert, select, update

from kin_desktop.core.canonical import dumps, loads_strict, sha256_hex
from kin_desktop.core.clock import HybridClock
from kin_desktop.core.errors import ProfileExistsError, ValidationError
from kin_desktop.core.records import (
    Revision,
    causal_order,
    check_revision,
    heads,
    make_revision,
    winner,
)
from kin_desktop.core.schemas import ParticipantCategory, RecordType, Role, validate_body
from kin_desktop.storage import models as m

_CHUNK = 500  # stay well under SQLite's limit on bound parameters
DEFINITION_SOURCES = frozenset({"shipped", "welcome-pack"})


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _json(value: Any) -> str:
    return dumps(value).decode("utf-8")


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


# -- profile -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileData:
    id: int
    role: str
    name: str
    city: str
    country: str
    organisation: str
    category: str | None
    email: str
    key_id: str | None
    device_id: str
    hlc_last: str | None
    created_at: datetime
    next_bundle_seq: int


_PROFILE_FIELDS = tuple(f.name for f in fields(ProfileData))
_PROFILE_EDITABLE = frozenset(
    {"name", "city", "country", "organisation", "category", "email", "key_id", "hlc_last"}
)


def _profile_data(row: m.Profile) -> ProfileData:
    return ProfileData(**{name: getattr(row, name) for name in _PROFILE_FIELDS})


def _check_category(role: str, category: str | None) -> str | None:
    if category is None:
        return None
    if role == Role.SECRETARIAT:
        raise ValidationError("the secretariat has no participant category", reason="category")
    try:
        return ParticipantCategory(category).value
    except ValueError:
        raise ValidationError(f"unknown participant category {category!r}", reason="category") from None


def get_profile(*, session: Session) -> ProfileData | None:
    row = session.get(m.Profile, 1)
    return None if row is None else _profile_data(row)


def create_profile(
    *,
    session: Session,
    role: Role | str,
    name: str,
    city: str,
    country: str,
    organisation: str,
    email: str,
    category: ParticipantCategory | str | None = None,
    key_id: str | None = None,
) -> ProfileData:
    """Create the single profile row; raises :class:`ProfileExistsError` if there is one."""
    if session.get(m.Profile, 1) is not None:
        raise ProfileExistsError("this data directory already holds a profile")
    try:
        role_value = Role(role).value
    except ValueError:
        raise ValidationError(f"unknown role {role!r}", reason="role") from None
    row = m.Profile(
        id=1,
        role=role_value,
        name=name,
        city=city,
        country=country,
        organisation=organisation,
        category=_check_category(role_value, None if category is None else str(category)),
        email=email,
        key_id=key_id,
        device_id=uuid.uuid4().hex,
        hlc_last=None,
        created_at=_utcnow(),
        next_bundle_seq=1,
    )
    session.add(row)
    session.flush()
    return _profile_data(row)


def update_profile(*, session: Session, **changes: Any) -> ProfileData:
    """Change editable profile fields (name, city, country, organisation, category, email,
    key_id, hlc_last). Changing the place or the key refreshes the projections."""
    row = session.get(m.Profile, 1)
    if row is None:
        raise ValidationError("there is no profile yet", reason="no_profile")
    unknown = set(changes) - _PROFILE_EDITABLE
    if unknown:
        raise ValidationError(f"profile fields cannot be changed: {sorted(unknown)}", reason="profile_field")
    if "category" in changes:
        changes["category"] = _check_category(row.role, changes["category"])
    old_key = row.key_id
    for name, value in changes.items():
        setattr(row, name, value)
    session.flush()
    if {"city", "country", "key_id"} & set(changes):
        for owner in {old_key, row.key_id} - {None}:
            refresh_projections(session=session, owner=owner)
    return _profile_data(row)


def take_bundle_sequence(*, session: Session) -> int:
    """Return the next bundle sequence number of this device and advance it."""
    row = session.get(m.Profile, 1)
    if row is None:
        raise ValidationError("there is no profile yet", reason="no_profile")
    sequence = row.next_bundle_seq
    row.next_bundle_seq = sequence + 1
    session.flush()
    return sequence


def _persist_clock(clock: HybridClock, session: Session) -> None:
    row = session.get(m.Profile, 1)
    last = clock.last
    if row is not None and last is not None and (row.hlc_last is None or last > row.hlc_last):
        row.hlc_last = last


# -- revisions and records ------------------------------------------------------------------------


@dataclass(frozen=True)
class CurrentRecord:
    record_id: str
    record_type: str
    owner: str
    rev_id: str  # the winning head
    body: dict[str, Any] | None  # None when deleted
    conflict: bool
    heads: tuple[str, ...]  # every head, ordered by (hlc, rev_id); more than one is a conflict
    deleted: bool
    created_hlc: str
    updated_hlc: str


def _to_core(row: m.Revision) -> Revision:
    return Revision(
        rev_id=row.rev_id,
        record_id=row.record_id,
        record_type=row.record_type,
        owner=row.owner,
        parents=tuple(json.loads(row.parents)),
        author=row.author,
        hlc=row.hlc,
        body=None if row.body is None else json.loads(row.body),
    )


def _to_row(rev: Revision, *, origin_bundle: str | None, created_locally: bool, now: datetime) -> m.Revision:
    return m.Revision(
        rev_id=rev.rev_id,
        record_id=rev.record_id,
        record_type=rev.record_type,
        owner=rev.owner,
        parents=_json(list(rev.parents)),
        author=rev.author,
        hlc=rev.hlc,
        body=None if rev.body is None else _json(rev.body),
        received_at=now,
        origin_bundle=origin_bundle,
        acknowledged=False,
        created_locally=created_locally,
    )


def _record_revisions(record_id: str, session: Session) -> list[Revision]:
    rows = session.exec(select(m.Revision).where(col(m.Revision.record_id) == record_id)).all()
    return [_to_core(row) for row in rows]


def _current(record: m.Record, head: m.Revision) -> CurrentRecord:
    return CurrentRecord(
        record_id=record.record_id,
        record_type=record.record_type,
        owner=record.owner,
        rev_id=record.head_rev_id,
        body=None if head.body is None else json.loads(head.body),
        conflict=record.conflict,
        heads=tuple(json.loads(record.heads)),
        deleted=record.deleted,
        created_hlc=record.created_hlc,
        updated_hlc=record.updated_hlc,
    )


def _refresh_record(record_id: str, session: Session) -> None:
    """Recompute the record row and its projection from the stored revisions."""
    revs = _record_revisions(record_id, session)
    if not revs:
        return
    tips = heads(revs)
    best = winner(tips)
    record = session.get(m.Record, record_id)
    if record is None:
        record = m.Record(
            record_id=record_id,
            record_type=best.record_type,
            owner=best.owner,
            head_rev_id=best.rev_id,
            heads="[]",
            created_hlc=best.hlc,
            updated_hlc=best.hlc,
        )
        session.add(record)
    record.head_rev_id = best.rev_id
    record.heads = _json([rev.rev_id for rev in tips])
    record.conflict = len(tips) > 1
    record.deleted = best.body is None
    record.created_hlc = min(rev.hlc for rev in revs)
    record.updated_hlc = best.hlc
    session.flush()
    _project(best, session)


def _check_record_identity(rev: Revision, record: m.Record | None) -> None:
    if record is not None and (record.record_type, record.owner) != (rev.record_type, rev.owner):
        raise ValidationError(
            f"revision {rev.rev_id} gives record {rev.record_id} another type or owner",
            reason="record_identity",
            record_id=rev.record_id,
        )


def save_record(
    record_type: RecordType | str,
    body: dict[str, Any],
    *,
    session: Session,
    author: str,
    clock: HybridClock,
    owner: str | None = None,
    record_id: str | None = None,
) -> Revision:
    """Write a new revision of a record (a new record when ``record_id`` is None or unknown).

    The parents are the current heads, so saving over a conflict resolves it. Saving a
    body equal to the current one of an unconflicted record writes nothing and returns
    the current revision. ``owner`` defaults to ``author`` for a new record and must
    match the record's owner otherwise.
    """
    try:
        kind = RecordType(record_type).value
    except ValueError:
        raise ValidationError(f"unknown record type {record_type!r}", reason="record_type") from None
    normalized = validate_body(kind, body)
    record = session.get(m.Record, record_id) if record_id is not None else None
    parents: list[Revision] = []
    if record is not None:
        if record.record_type != kind:
            raise ValidationError(
                f"record {record_id} is a {record.record_type}, not a {kind}", reason="record_type_mismatch"
            )
        if owner is not None and owner != record.owner:
            raise ValidationError(f"record {record_id} belongs to another owner", reason="owner_mismatch")
        owner = record.owner
        head_ids = json.loads(record.heads)
        parents = [_to_core(row) for row in _revision_rows(head_ids, session)]
        if not record.conflict and not record.deleted and parents and parents[0].body == normalized:
            return parents[0]
    new_id = record_id if record_id is not None else str(uuid.uuid4())
    for parent in parents:
        clock.observe(parent.hlc)
    rev = make_revision(
        new_id,
        kind,
        owner if owner is not None else author,
        [p.rev_id for p in parents],
        author,
        clock.tick(),
        normalized,
    )
    session.add(_to_row(rev, origin_bundle=None, created_locally=True, now=_utcnow()))
    session.flush()
    _refresh_record(new_id, session)
    _persist_clock(clock, session)
    return rev


def delete_record(record_id: str, *, session: Session, author: str, clock: HybridClock) -> Revision:
    """Write a tombstone over every head of the record (a no-op if it is deleted already)."""
    record = session.get(m.Record, record_id)
    if record is None:
        raise ValidationError(f"there is no record {record_id}", reason="unknown_record", record_id=record_id)
    parents = [_to_core(row) for row in _revision_rows(json.loads(record.heads), session)]
    if record.deleted and not record.conflict:
        return parents[0]
    for parent in parents:
        clock.observe(parent.hlc)
    rev = make_revision(
        record_id, record.record_type, record.owner, [p.rev_id for p in parents], author, clock.tick(), None
    )
    session.add(_to_row(rev, origin_bundle=None, created_locally=True, now=_utcnow()))
    session.flush()
    _refresh_record(record_id, session)
    _persist_clock(clock, session)
    return rev


def _revision_rows(rev_ids: Sequence[str], session: Session) -> list[m.Revision]:
    rows: list[m.Revision] = []
    for chunk in _chunks(list(rev_ids)):
        rows.extend(session.exec(select(m.Revision).where(col(m.Revision.rev_id).in_(chunk))).all())
    return rows


def add_revisions(
    revs: Iterable[Revision],
    *,
    session: Session,
    origin_bundle: str | None = None,
    clock: HybridClock | None = None,
) -> list[str]:
    """Merge revisions received from elsewhere: a union, idempotent and order-independent.

    Each revision is checked in full (identifiers, body schema, ``rev_id``); one bad
    revision refuses the whole call with :class:`ValidationError`, as does a revision that
    would give a stored record another type or owner. Returns the ids actually added, in
    the order given. A ``clock`` given observes every added timestamp.
    """
    batch: dict[str, Revision] = {}
    for rev in revs:
        check_revision(rev)
        batch.setdefault(rev.rev_id, rev)
    present = {row.rev_id for row in _revision_rows(list(batch), session)}
    new = [rev for rev in batch.values() if rev.rev_id not in present]
    identities: dict[str, tuple[str, str]] = {}
    for rev in new:
        if rev.record_id not in identities:
            record = session.get(m.Record, rev.record_id)
            _check_record_identity(rev, record)
            identities[rev.record_id] = (rev.record_type, rev.owner)
        elif identities[rev.record_id] != (rev.record_type, rev.owner):
            raise ValidationError(
                f"revisions of record {rev.record_id} disagree on its type or owner",
                reason="record_identity",
                record_id=rev.record_id,
            )
    now = _utcnow()
    session.add_all(_to_row(rev, origin_bundle=origin_bundle, created_locally=False, now=now) for rev in new)
    session.flush()
    for record_id in sorted(identities):
        _refresh_record(record_id, session)
    if clock is not None and new:
        for rev in new:
            clock.observe(rev.hlc)
        _persist_clock(clock, session)
    return [rev.rev_id for rev in new]


def current(record_id: str, *, session: Session) -> CurrentRecord | None:
    record = session.get(m.Record, record_id)
    if record is None:
        return None
    head = session.get(m.Revision, record.head_rev_id)
    if head is None:  # pragma: no cover - the record row is derived from stored revisions
        raise ValidationError(f"record {record_id} names a missing revision", reason="missing_head")
    return _current(record, head)


def list_current(
    record_type: RecordType | str,
    *,
    session: Session,
    owner: str | None = None,
    include_deleted: bool = False,
) -> list[CurrentRecord]:
    """The current state of every record of a type, oldest first (by creation timestamp)."""
    query = (
        select(m.Record, m.Revision)
        .join(m.Revision, col(m.Revision.rev_id) == col(m.Record.head_rev_id))
        .where(col(m.Record.record_type) == str(record_type))
    )
    if owner is not None:
        query = query.where(col(m.Record.owner) == owner)
    if not include_deleted:
        query = query.where(col(m.Record.deleted).is_(False))
    query = query.order_by(col(m.Record.created_hlc), col(m.Record.record_id))
    return [_current(record, head) for record, head in session.exec(query).all()]


def history(record_id: str, *, session: Session) -> list[Revision]:
    """Every revision of a record, parents before children, otherwise by ``(hlc, rev_id)``."""
    return causal_order(_record_revisions(record_id, session))


def get_revisions(rev_ids: Iterable[str], *, session: Session) -> list[Revision]:
    """The stored revisions among ``rev_ids`` in causal order (unknown ids are skipped)."""
    return causal_order(_to_core(row) for row in _revision_rows(list(dict.fromkeys(rev_ids)), session))


def all_revisions(*, session: Session, created_locally: bool | None = None) -> list[Revision]:
    """Every stored revision (optionally only local or only received ones), in causal order."""
    query = select(m.Revision)
    if created_locally is not None:
        query = query.where(col(m.Revision.created_locally).is_(created_locally))
    return causal_order(_to_core(row) for row in session.exec(query).all())


def unacknowledged(*, session: Session) -> list[Revision]:
    """Revisions made here that no receipt has acknowledged yet, in causal order."""
    query = select(m.Revision).where(
        col(m.Revision.created_locally).is_(True), col(m.Revision.acknowledged).is_(False)
    )
    return causal_order(_to_core(row) for row in session.exec(query).all())


def mark_acknowledged(rev_ids: Iterable[str], *, session: Session) -> int:
    """Mark revisions as acknowledged by the secretariat; returns how many changed."""
    changed = 0
    for chunk in _chunks(list(dict.fromkeys(rev_ids))):
        result = session.exec(
            update(m.Revision)
            .where(col(m.Revision.rev_id).in_(chunk), col(m.Revision.acknowledged).is_(False))
            .values(acknowledged=True)
        )
        changed += result.rowcount
    return changed


# -- projections -------------------------------------------------------------------------------

_PRACTICE_TEXT = (
    "summary",
    "problem",
    "approach",
    "environmental_benefits",
    "social_benefits",
    "economic_benefits",
    "replicability",
)
_COMMITMENT_TEXT = ("objectives", "description", "funding_source", "experience_to_share")
_FTS = {RecordType.PRACTICE.value: "practice_fts", RecordType.COMMITMENT.value: "commitment_fts"}


def _search_text(body: dict[str, Any], names: tuple[str, ...], lists: tuple[str, ...]) -> str:
    parts = [str(body.get(name) or "") for name in names]
    for name in lists:
        for item in body.get(name) or []:
            if isinstance(item, dict):
                parts.extend(v for v in item.values() if isinstance(v, str))
            else:
                parts.append(str(item))
    return unicodedata.normalize("NFC", "\n".join(p for p in parts if p))


def _owner_place(owner: str, session: Session) -> tuple[str, str]:
    key = session.get(m.DelegateKey, owner)
    if key is not None:
        return key.city, key.country
    profile = session.get(m.Profile, 1)
    if profile is not None and profile.key_id == owner:
        return profile.city, profile.country
    return "", ""


def _unanswered(value: Any) -> bool:
    return value is None or value == "" or value == []


def _answer_rows(answers: dict[str, Any]) -> list[tuple[str, int | None, Any]]:
    rows: list[tuple[str, int | None, Any]] = []
    for key in sorted(answers):
        value = answers[key]
        if _unanswered(value):
            continue
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            for index, instance in enumerate(value):  # a repeat group
                rows.extend((q, index, v) for q, v in sorted(instance.items()) if not _unanswered(v))
        else:
            rows.append((key, None, value))
    return rows


def _clear_projection(record_id: str, record_type: str, session: Session) -> None:
    if record_type == RecordType.RESPONSE:
        session.exec(delete(m.Answer).where(col(m.Answer.response_id) == record_id))
        session.exec(delete(m.Response).where(col(m.Response.record_id) == record_id))
    elif record_type == RecordType.PRACTICE:
        session.exec(delete(m.Practice).where(col(m.Practice.record_id) == record_id))
    elif record_type == RecordType.COMMITMENT:
        session.exec(delete(m.CommitmentTarget).where(col(m.CommitmentTarget.commitment_id) == record_id))
        session.exec(delete(m.Commitment).where(col(m.Commitment.record_id) == record_id))
    elif record_type == RecordType.ATTACHMENT:
        session.exec(delete(m.Attachment).where(col(m.Attachment.record_id) == record_id))
    elif record_type == RecordType.PROGRESS_REPORT:
        session.exec(delete(m.ProgressReport).where(col(m.ProgressReport.record_id) == record_id))
    elif record_type == RecordType.REVIEW_NOTE:
        session.exec(delete(m.ReviewNote).where(col(m.ReviewNote.record_id) == record_id))
    fts = _FTS.get(record_type)
    if fts is not None:
        session.connection().execute(sql_text(f"DELETE FROM {fts} WHERE record_id = :r"), {"r": record_id})


def _project(rev: Revision, session: Session) -> None:
    """Replace the projection rows of ``rev``'s record with the state ``rev`` holds."""
    _clear_projection(rev.record_id, rev.record_type, session)
    body = rev.body
    if body is None:
        return
    rid = rev.record_id
    if rev.record_type == RecordType.RESPONSE:
        city, country = _owner_place(rev.owner, session)
        session.exec(
            insert(m.Response).values(
                record_id=rid,
                questionnaire_id=body["questionnaire_id"],
                questionnaire_version=body["questionnaire_version"],
                completed=body["completed"],
                answers=_json(body["answers"]),
                owner=rev.owner,
                city=city,
                country=country,
            )
        )
        rows = _answer_rows(body["answers"])
        if rows:
            session.exec(
                insert(m.Answer).values(
                    [
                        {"response_id": rid, "question_id": q, "instance": i, "value": _json(v)}
                        for q, i, v in rows
                    ]
                )
            )
    elif rev.record_type == RecordType.PRACTICE:
        city, country = _owner_place(rev.owner, session)
        session.exec(
            insert(m.Practice).values(
                record_id=rid,
                owner=rev.owner,
                city=city,
                country=country,
                title=body["title"],
                summary=body["summary"],
                sectors=_json(body["sectors"]),
                state=body["state"],
                win_win=body["win_win"],
                start_year=body["start_year"],
                body=_json(body),
            )
        )
        text = _search_text(body, _PRACTICE_TEXT, ("partners",))
        _index(_FTS[rev.record_type], rid, body["title"], text, session)
    elif rev.record_type == RecordType.COMMITMENT:
        city, country = _owner_place(rev.owner, session)
        session.exec(
            insert(m.Commitment).values(
                record_id=rid,
                owner=rev.owner,
                city=city,
                country=country,
                title=body["title"],
                project_type=body["project_type"],
                state=body["state"],
                start_date=body["start_date"],
                end_date=body["end_date"],
                budget_amount=body["budget_amount"],
                body=_json(body),
            )
        )
        if body["targets"]:
            session.exec(
                insert(m.CommitmentTarget).values(
                    [
                        {
                            "commitment_id": rid,
                            "position": position,
                            "description": t["description"],
                            "indicator": t["indicator"],
                            "baseline": t["baseline"],
                            "target": t["target"],
                            "unit": t["unit"],
                            "due_year": t["due_year"],
                        }
                        for position, t in enumerate(body["targets"])
                    ]
                )
            )
        text = _search_text(body, _COMMITMENT_TEXT, ("partners", "targets", "milestones"))
        _index(_FTS[rev.record_type], rid, body["title"], text, session)
    elif rev.record_type == RecordType.ATTACHMENT:
        session.exec(
            insert(m.Attachment).values(
                record_id=rid,
                owner=rev.owner,
                target_record_id=body["record_id"],
                sha256=body["sha256"],
                filename=body["filename"],
                media_type=body["media_type"],
                size=body["size"],
            )
        )
    elif rev.record_type == RecordType.PROGRESS_REPORT:
        session.exec(
            insert(m.ProgressReport).values(
                record_id=rid,
                owner=rev.owner,
                commitment_id=body["commitment_id"],
                reported_on=body["reported_on"],
                status=body["status"],
                body=_json(body),
            )
        )
    elif rev.record_type == RecordType.REVIEW_NOTE:
        session.exec(
            insert(m.ReviewNote).values(
                record_id=rid,
                owner=rev.owner,
                target_id=body["target_id"],
                target_type=body["target_type"],
                state=body["state"],
                comment=body["comment"],
                recognized=body["recognized"],
                updated_hlc=rev.hlc,
            )
        )


def _index(table: str, record_id: str, title: str, text: str, session: Session) -> None:
    session.connection().execute(
        sql_text(f"INSERT INTO {table} (record_id, title, text) VALUES (:r, :t, :x)"),
        {"r": record_id, "t": unicodedata.normalize("NFC", title), "x": text},
    )


def refresh_projections(*, session: Session, owner: str | None = None) -> int:
    """Rebuild the projections of every record (or of one owner's); returns how many.

    Call after the places of owners change (a delegate key registered, the profile edited).
    """
    query = select(m.Record.record_id)
    if owner is not None:
        query = query.where(col(m.Record.owner) == owner)
    record_ids = list(session.exec(query).all())
    for record_id in record_ids:
        _refresh_record(record_id, session)
    return len(record_ids)


# -- search ------------------------------------------------------------------------------------


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(record_type: RecordType | str, text: str, *, session: Session, limit: int = 200) -> list[str]:
    """Record ids of practices or commitments whose title or text holds every word of ``text``.

    Words of three or more characters use the trigram index (substring match, any script,
    best matches first); shorter words (e.g. two-character Japanese words) are matched by
    scanning, which is fine at this application's scale.
    """
    table = _FTS.get(str(record_type))
    if table is None:
        raise ValidationError(f"{record_type} records cannot be searched", reason="not_searchable")
    terms = unicodedata.normalize("NFC", text).split()
    if not terms:
        return []
    clauses: list[str] = []
    params: dict[str, Any] = {"limit": limit}
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms:
        clauses.append(f"{table} MATCH :query")
        params["query"] = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
    for number, term in enumerate(t for t in terms if len(t) < 3):
        clauses.append(f"(title LIKE :s{number} ESCAPE '\\' OR text LIKE :s{number} ESCAPE '\\')")
        params[f"s{number}"] = _like_pattern(term)
    order = "rank, record_id" if long_terms else "record_id"
    sql = f"SELECT record_id FROM {table} WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT :limit"
    return [row[0] for row in session.connection().execute(sql_text(sql), params)]


# -- blobs -------------------------------------------------------------------------------------


def _blob_relpath(sha256: str) -> str:
    return f"attachments/{sha256[:2]}/{sha256[2:]}"


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def store_blob(data: bytes, *, session: Session, data_dir: Path) -> str:
    """Store attachment bytes once, under ``attachments/ab/cdef...``; returns the SHA-256."""
    digest = sha256_hex(data)
    relative = _blob_relpath(digest)
    target = data_dir / relative
    if not target.is_file() or target.stat().st_size != len(data):
        _write_atomically(target, data)
    if session.get(m.Blob, digest) is None:
        session.add(m.Blob(sha256=digest, size=len(data), path=relative))
        session.flush()
    return digest


def read_blob(sha256: str, *, session: Session, data_dir: Path) -> bytes:
    """The bytes of a stored blob, checked against their hash."""
    row = session.get(m.Blob, sha256)
    if row is None:
        raise ValidationError(f"no stored file {sha256}", reason="unknown_blob", sha256=sha256)
    data = (data_dir / row.path).read_bytes()
    if sha256_hex(data) != sha256:
        raise ValidationError(f"stored file {sha256} is damaged", reason="blob_damaged", sha256=sha256)
    return data


# -- questionnaire definitions -----------------------------------------------------------------


@dataclass(frozen=True)
class StoredDefinition:
    questionnaire_id: str
    version: str
    content: str  # the JSON text exactly as received
    sha256: str  # of the UTF-8 bytes of ``content``
    received_at: datetime
    source: str


def _stored_definition(row: m.QuestionnaireDefinition) -> StoredDefinition:
    return StoredDefinition(
        questionnaire_id=row.questionnaire_id,
        version=row.version,
        content=row.content,
        sha256=row.sha256,
        received_at=row.received_at,
        source=row.source,
    )


def save_definition(content: bytes, *, session: Session, source: str) -> StoredDefinition:
    """Keep a questionnaire definition (checked by ``core`` beforehand) exactly as received.

    Saving the same ``(id, version)`` again with the same bytes returns the stored one;
    different bytes under a stored ``(id, version)`` are refused.
    """
    if source not in DEFINITION_SOURCES:
        raise ValidationError(f"unknown definition source {source!r}", reason="definition_source")
    document = loads_strict(content)
    if (
        not isinstance(document, dict)
        or not isinstance(document.get("id"), str)
        or not isinstance(document.get("version"), str)
    ):
        raise ValidationError("a questionnaire definition needs a string id and version", reason="definition")
    digest = sha256_hex(content)
    existing = session.exec(
        select(m.QuestionnaireDefinition).where(
            col(m.QuestionnaireDefinition.questionnaire_id) == document["id"],
            col(m.QuestionnaireDefinition.version) == document["version"],
        )
    ).first()
    if existing is not None:
        if existing.sha256 != digest:
            raise ValidationError(
                f"questionnaire {document['id']} version {document['version']} is already stored "
                "with different content",
                reason="definition_changed",
            )
        return _stored_definition(existing)
    row = m.QuestionnaireDefinition(
        questionnaire_id=document["id"],
        version=document["version"],
        content=content.decode("utf-8"),
        sha256=digest,
        received_at=_utcnow(),
        source=source,
    )
    session.add(row)
    session.flush()
    return _stored_definition(row)


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    # "2007.10" after "2007.9": numbers compare as numbers, the rest as text.
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.findall(r"\d+|[^\d]+", version)
    )


def list_definitions(*, session: Session, questionnaire_id: str | None = None) -> list[StoredDefinition]:
    """Stored definitions, by id and then version (oldest version first)."""
    query = select(m.QuestionnaireDefinition)
    if questionnaire_id is not None:
        query = query.where(col(m.QuestionnaireDefinition.questionnaire_id) == questionnaire_id)
    rows = session.exec(query).all()
    ordered = sorted(rows, key=lambda r: (r.questionnaire_id, _version_key(r.version), r.id or 0))
    return [_stored_definition(row) for row in ordered]


def latest_definition(questionnaire_id: str, *, session: Session) -> StoredDefinition | None:
    """The highest version of a questionnaire (versions compare number by number)."""
    listed = list_definitions(session=session, questionnaire_id=questionnaire_id)
    return listed[-1] if listed else None
