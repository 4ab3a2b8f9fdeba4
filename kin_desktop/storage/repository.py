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

import hashlib
import json
import os
import re
import sqlite3
import tempfile
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text as sql_text
from sqlmodel import Session, col, select, update

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


_CANONICAL_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
)


def _stored_json(value: Any) -> str:
    """Canonical JSON text of a value already checked as canonical (a body or part of one, from a
    revision whose ``rev_id`` was computed or verified): the same text as :func:`_json`, without the
    second walk through the value."""
    return _CANONICAL_ENCODER.encode(value)


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


def revision_from_row(row: m.Revision) -> Revision:
    """The core revision held by a ``revision`` row (for services reading rows in bulk)."""
    return _to_core(row)


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
    _refresh_records([record_id], session)


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


def stored_identities(rev_ids: Iterable[str], *, session: Session) -> dict[str, tuple[str, str, str, str]]:
    """Those of ``rev_ids`` that are stored: rev_id -> (record_id, record_type, owner, author)."""
    session.flush()
    rows = _rows_in(
        _cursor(session),
        "SELECT rev_id, record_id, record_type, owner, author FROM revision WHERE rev_id IN ({})",
        list(set(rev_ids)),
    )
    return {row[0]: (row[1], row[2], row[3], row[4]) for row in rows}


def add_revisions(
    revs: Iterable[Revision],
    *,
    session: Session,
    origin_bundle: str | None = None,
    clock: HybridClock | None = None,
    verified: bool = False,
    defer_search: bool = False,
) -> list[str]:
    """Merge revisions received from elsewhere: a union, idempotent and order-independent.

    Each revision is checked in full (identifiers, body schema, ``rev_id``); one bad
    revision refuses the whole call with :class:`ValidationError`, as does a revision that
    would give a stored record another type or owner. Returns the ids actually added, in
    the order given. A ``clock`` given observes every added timestamp. ``verified=True``
    skips the per-revision check for revisions that have just passed it
    (:func:`kin_desktop.core.records.from_json` runs it).

    ``defer_search=True`` (an import of many files): the search-index rows of the records
    touched are removed, not written; :func:`index_missing` writes them later, once per record
    however many files changed it. Until then those records are missing from search results,
    never shown with stale text.
    """
    batch: dict[str, Revision] = {}
    for rev in revs:
        if not verified:
            check_revision(rev)
        batch.setdefault(rev.rev_id, rev)
    session.flush()
    cursor = _cursor(session)
    present = _existing(cursor, "SELECT rev_id FROM revision WHERE rev_id IN ({})", list(batch))
    new = [rev for rev in batch.values() if rev.rev_id not in present]
    identities: dict[str, tuple[str, str]] = {}
    for rev in new:
        known = identities.get(rev.record_id)
        if known is None:
            identities[rev.record_id] = (rev.record_type, rev.owner)
        elif known != (rev.record_type, rev.owner):
            raise ValidationError(
                f"revisions of record {rev.record_id} disagree on its type or owner",
                reason="record_identity",
                record_id=rev.record_id,
            )
    stored = _rows_in(
        cursor, "SELECT record_id, record_type, owner FROM record WHERE record_id IN ({})", list(identities)
    )
    for record_id, record_type, owner in stored:
        if (record_type, owner) != identities[record_id]:
            rev = next(r for r in new if r.record_id == record_id)
            raise ValidationError(
                f"revision {rev.rev_id} gives record {record_id} another type or owner",
                reason="record_identity",
                record_id=record_id,
            )
    if new:
        received = _sql_time(_utcnow())
        texts = {rev.rev_id: _stored_json(rev.body) for rev in new if rev.body is not None}
        cursor.executemany(
            "INSERT INTO revision (rev_id, record_id, record_type, owner, parents, author, hlc, body,"
            " received_at, origin_bundle, acknowledged, created_locally) VALUES (?,?,?,?,?,?,?,?,?,?,0,0)",
            [
                (
                    rev.rev_id,
                    rev.record_id,
                    rev.record_type,
                    rev.owner,
                    _stored_json(list(rev.parents)),
                    rev.author,
                    rev.hlc,
                    texts.get(rev.rev_id),
                    received,
                    origin_bundle,
                )
                for rev in new
            ],
        )
        fresh: dict[str, list[Revision]] = {}
        for rev in new:
            fresh.setdefault(rev.record_id, []).append(rev)
        _refresh_records(
            sorted(identities),
            session,
            known_records={r[0] for r in stored},
            fresh=fresh,
            texts=texts,
            defer_search=defer_search,
        )
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


def search_rowid(record_id: str) -> int:
    """The rowid of a record's row in its FTS5 table: 63 bits of SHA-256 of the record id.

    FTS5 finds a row by ``record_id`` (an UNINDEXED column) only by scanning; by rowid it goes
    straight to it. Fixed forever: migration 0003 keys existing rows the same way. Deletes also
    match ``record_id``, so even a (2^-63) collision could never remove another record's row.
    """
    return int.from_bytes(hashlib.sha256(record_id.encode("utf-8")).digest()[:8], "big") >> 1


def _search_text(body: dict[str, Any], names: tuple[str, ...], lists: tuple[str, ...]) -> str:
    parts = [str(body.get(name) or "") for name in names]
    for name in lists:
        for item in body.get(name) or []:
            if isinstance(item, dict):
                parts.extend(v for v in item.values() if isinstance(v, str))
            else:
                parts.append(str(item))
    return unicodedata.normalize("NFC", "\n".join(p for p in parts if p))


_SEARCH_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RecordType.PRACTICE.value: (_PRACTICE_TEXT, ("partners",)),
    RecordType.COMMITMENT.value: (_COMMITMENT_TEXT, ("partners", "targets", "milestones")),
}


def _index_row(record_type: str, record_id: str, body: dict[str, Any]) -> tuple[int, str, str, str]:
    """The search-index row (rowid, record_id, title, text) of a practice or commitment."""
    names, lists = _SEARCH_FIELDS[record_type]
    title = unicodedata.normalize("NFC", body["title"])
    return (search_rowid(record_id), record_id, title, _search_text(body, names, lists))


def index_missing(*, session: Session) -> int:
    """Write the search-index row of every live practice and commitment that has none; returns how many.

    Rows are missing after ``add_revisions(defer_search=True)`` (an import writes them all at its end),
    or when such an import was interrupted (the next import writes them). The projection tables hold
    exactly the live records, each with its current body, so this depends only on what is stored.
    """
    session.flush()
    cursor = _cursor(session)
    written = 0
    for record_type, fts in _FTS.items():
        indexed = {row[0] for row in cursor.execute(f"SELECT rowid FROM {fts}")}
        ids = [row[0] for row in cursor.execute(f"SELECT record_id FROM {record_type}")]
        missing = [record_id for record_id in ids if search_rowid(record_id) not in indexed]
        rows = sorted(  # by rowid: FTS5 writes a run of ascending rowids in one go, while a smaller
            # rowid than the last flushes what is pending to a new segment
            _index_row(record_type, record_id, json.loads(body))
            for record_id, body in _rows_in(
                cursor, f"SELECT record_id, body FROM {record_type} WHERE record_id IN ({{}})", missing
            )
        )
        if rows:
            cursor.executemany(f"INSERT INTO {fts} (rowid, record_id, title, text) VALUES (?,?,?,?)", rows)
            written += len(rows)
    if written:
        session.expire_all()
    return written


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


# -- derived state, in batches ---------------------------------------------------------------------
#
# Records and projections are rebuilt with plain SQL on the session's own connection (inside its
# transaction): executemany with fixed statements, one per table per call, so merging a bundle
# costs a handful of statements rather than several per record. The session is flushed before
# and its identity map expired after, so ORM objects never show stale derived rows.


_DRIVER_KEY = "kin_driver_connection"


def _cursor(session: Session) -> sqlite3.Cursor:
    """A new cursor on the sqlite3 connection of the session's transaction (begun if need be).

    The connection is looked up once per transaction (``Session.connection()`` costs more than the
    statements of a small merge) and kept with the transaction it belongs to.
    """
    transaction = session.get_transaction()
    cached = session.info.get(_DRIVER_KEY)
    if transaction is not None and cached is not None and cached[0] is transaction:
        driver: sqlite3.Connection = cached[1]
        return driver.cursor()
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    session.info[_DRIVER_KEY] = (session.get_transaction(), connection)
    return connection.cursor()


def _sql_time(value: datetime) -> str:
    """A timestamp as SQLModel stores it: UTC, without offset (``2008-02-01 09:30:00.000000``)."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _rows_in(cursor: sqlite3.Cursor, sql: str, keys: Sequence[str]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(list(keys)):
        rows.extend(cursor.execute(sql.format(",".join("?" * len(chunk))), tuple(chunk)).fetchall())
    return rows


def _existing(cursor: sqlite3.Cursor, sql: str, keys: Sequence[str]) -> set[str]:
    return {row[0] for row in _rows_in(cursor, sql, keys)}


def _delete_in(cursor: sqlite3.Cursor, table: str, column: str, keys: Sequence[str]) -> None:
    for chunk in _chunks(list(keys)):
        cursor.execute(f"DELETE FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})", tuple(chunk))


def _places(owners: Iterable[str], cursor: sqlite3.Cursor) -> dict[str, tuple[str, str]]:
    """Owner key id -> (city, country): the delegate key registry, else the own profile."""
    wanted = sorted(set(owners))
    places = {
        key: (city, country)
        for key, city, country in _rows_in(
            cursor, "SELECT key_id, city, country FROM delegate_key WHERE key_id IN ({})", wanted
        )
    }
    profile = cursor.execute("SELECT key_id, city, country FROM profile WHERE id = 1").fetchone()
    for owner in wanted:
        if owner not in places:
            places[owner] = (
                (profile[1], profile[2]) if profile is not None and profile[0] == owner else ("", "")
            )
    return places


def _refresh_records(
    record_ids: Sequence[str],
    session: Session,
    *,
    known_records: set[str] | None = None,
    fresh: dict[str, list[Revision]] | None = None,
    texts: dict[str, str] | None = None,
    defer_search: bool = False,
) -> None:
    """Recompute record rows (heads, winner, conflict) and projections of these records.

    ``known_records``: those of ``record_ids`` that had a record row before (looked up when None);
    only they can have stored revisions from before and search-index rows to remove. ``fresh``: the
    revisions just added, by record; a record without a row before has exactly these. ``texts``: the
    canonical JSON of their bodies, by ``rev_id``, as stored.
    """
    if not record_ids:
        return
    session.flush()
    cursor = _cursor(session)
    ids = list(dict.fromkeys(record_ids))
    if known_records is None:
        known_records = _existing(cursor, "SELECT record_id FROM record WHERE record_id IN ({})", ids)
    fresh = fresh or {}
    from_db = [i for i in ids if i in known_records or i not in fresh]
    by_record: dict[str, list[tuple[Any, ...]]] = {}
    # heads() and winner() need only ids, parents and clocks: bodies are read for the winners alone,
    # and only for those not just added (whose bodies are at hand)
    for row in _rows_in(
        cursor,
        "SELECT rev_id, record_id, record_type, owner, parents, hlc FROM revision WHERE record_id IN ({})",
        from_db,
    ):
        by_record.setdefault(row[1], []).append(row)
    in_hand = {rev.rev_id: rev.body for revs in fresh.values() for rev in revs}
    chosen: list[tuple[str, Revision, list[Revision], str]] = []
    for record_id in ids:
        if record_id in fresh and record_id not in known_records:
            candidates = fresh[record_id]
            tips = heads(candidates)
            best = winner(tips)
            created = min(rev.hlc for rev in candidates)
        else:
            revs = by_record.get(record_id)
            if not revs:
                continue
            light = [
                Revision(r[0], record_id, r[2], r[3], tuple(json.loads(r[4])), "", r[5], None) for r in revs
            ]
            tips = heads(light)
            best = winner(tips)
            created = min(rev.hlc for rev in light)
        chosen.append((record_id, best, tips, created))
    stored_bodies = dict(
        _rows_in(
            cursor,
            "SELECT rev_id, body FROM revision WHERE rev_id IN ({})",
            [best.rev_id for _rid, best, _tips, _created in chosen if best.rev_id not in in_hand],
        )
    )
    record_rows: list[tuple[Any, ...]] = []
    winners: list[Revision] = []
    for record_id, best, tips, created in chosen:
        if best.rev_id in in_hand:
            body = in_hand[best.rev_id]
        else:
            raw_body = stored_bodies[best.rev_id]
            body = None if raw_body is None else json.loads(raw_body)
        record_rows.append(
            (
                record_id,
                best.record_type,
                best.owner,
                best.rev_id,
                _stored_json([rev.rev_id for rev in tips]),
                len(tips) > 1,
                body is None,
                created,
                best.hlc,
            )
        )
        winners.append(Revision(best.rev_id, record_id, best.record_type, best.owner, (), "", best.hlc, body))
    cursor.executemany(_RECORD_UPSERT, record_rows)
    new_records = {row[0]: (row[1], row[2]) for row in record_rows if row[0] not in known_records}
    if new_records:
        _hide_misdirected(cursor, new_records)
    _project_all(winners, cursor, known_records, texts=texts, defer_search=defer_search)
    session.expire_all()


# -- records pointing at records: attachments (any record) and progress reports (a commitment) -----------
#
# Import accepts them before their target has arrived (import is a union, in any order). Whatever the
# order, one that points at a record of another owner never shows under it: it has no projection row
# (``attachment`` / ``progress_report``, which is how they are listed by target) while its target is
# stored with another owner, unless it is the secretariat's; nor a progress report whose target is not a
# commitment. The target's type and owner never change, so the rule depends only on which revisions are
# stored: a record is checked when it is projected, and the rows pointing at a record are checked when
# the record first arrives.

# record type -> (projection table, its target column, the body field naming the target, target type)
_POINTERS: dict[str, tuple[str, str, str, str | None]] = {
    RecordType.ATTACHMENT.value: ("attachment", "target_record_id", "record_id", None),
    RecordType.PROGRESS_REPORT.value: ("progress_report", "commitment_id", "commitment_id", "commitment"),
}


def _secretariat_key(cursor: sqlite3.Cursor) -> str | None:
    """The secretariat's key id: this profile's on the secretariat, the pinned one on a delegate."""
    profile = cursor.execute("SELECT role, key_id FROM profile WHERE id = 1").fetchone()
    if profile is not None and profile[0] == Role.SECRETARIAT.value:
        return str(profile[1]) if profile[1] else None
    pinned = cursor.execute("SELECT key_id FROM pinned_secretariat WHERE id = 1").fetchone()
    return None if pinned is None else str(pinned[0])


def _may_point(owner: str, target_type: str | None, target: tuple[str, str], secretariat: str | None) -> bool:
    """Whether a record of ``owner`` may show under the stored record ``target`` = (type, owner)."""
    kind, target_owner = target
    return (target_type is None or kind == target_type) and (owner == target_owner or owner == secretariat)


def _misdirected(live: list[Revision], cursor: sqlite3.Cursor) -> set[str]:
    """Ids of the attachments and progress reports among ``live`` whose target is stored and is not
    theirs to point at (:func:`_may_point`); they get no projection row."""
    pointing: dict[str, tuple[str, str, str | None]] = {}
    for rev in live:
        pointer = _POINTERS.get(rev.record_type)
        if pointer is not None and rev.body is not None:
            pointing[rev.record_id] = (rev.body[pointer[2]], rev.owner, pointer[3])
    if not pointing:
        return set()
    stored = {
        rid: (kind, owner)
        for rid, kind, owner in _rows_in(
            cursor,
            "SELECT record_id, record_type, owner FROM record WHERE record_id IN ({})",
            sorted({target for target, _owner, _kind in pointing.values()}),
        )
    }
    secretariat = _secretariat_key(cursor)
    return {
        rid
        for rid, (target, owner, kind) in pointing.items()
        if target in stored and not _may_point(owner, kind, stored[target], secretariat)
    }


def _hide_misdirected(cursor: sqlite3.Cursor, new_records: dict[str, tuple[str, str]]) -> None:
    """Records just stored for the first time (id -> (type, owner)): remove the projection rows of
    attachments and progress reports, stored before, that point at them and may not."""
    secretariat: str | None = None
    looked_up = False
    for table, column, _field, kind in _POINTERS.values():
        found = _rows_in(
            cursor,
            f"SELECT record_id, owner, {column} FROM {table} WHERE {column} IN ({{}})",
            list(new_records),
        )
        if not found:
            continue
        if not looked_up:
            secretariat, looked_up = _secretariat_key(cursor), True
        drop = [
            rid
            for rid, owner, target in found
            if not _may_point(owner, kind, new_records[target], secretariat)
        ]
        _delete_in(cursor, table, "record_id", drop)


def _upsert(table: str, columns: str) -> str:
    """INSERT of a row keyed by ``record_id`` that updates the row in place when there is one: its
    rowid and index entries stay where they are, so a merge writes fewer pages than delete + insert."""
    names = [name.strip() for name in columns.split(",")]
    updates = ", ".join(f"{name} = excluded.{name}" for name in names)
    marks = ",".join("?" * (len(names) + 1))
    return (
        f"INSERT INTO {table} (record_id, {', '.join(names)}) VALUES ({marks})"
        f" ON CONFLICT (record_id) DO UPDATE SET {updates}"
    )


_RECORD_UPSERT = _upsert(
    "record", "record_type, owner, head_rev_id, heads, conflict, deleted, created_hlc, updated_hlc"
)
# Projection tables whose rows are updated in place (their child rows are deleted and inserted again).
_UPSERTED = frozenset({"response", "practice", "commitment"})

_PROJECTION_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    RecordType.RESPONSE.value: (("answer", "response_id"), ("response", "record_id")),
    RecordType.PRACTICE.value: (("practice", "record_id"),),
    RecordType.COMMITMENT.value: (("commitment_target", "commitment_id"), ("commitment", "record_id")),
    RecordType.ATTACHMENT.value: (("attachment", "record_id"),),
    RecordType.PROGRESS_REPORT.value: (("progress_report", "record_id"),),
    RecordType.REVIEW_NOTE.value: (("review_note", "record_id"),),
}


def _project_all(
    winners: list[Revision],
    cursor: sqlite3.Cursor,
    known_records: set[str],
    *,
    texts: dict[str, str] | None = None,
    defer_search: bool = False,
) -> None:
    """Replace the projection rows of each record with the state its winning revision holds (the
    search-index rows too, unless ``defer_search``: then they are only removed)."""
    by_type: dict[str, list[Revision]] = {}
    for rev in winners:
        by_type.setdefault(rev.record_type, []).append(rev)
    for record_type, revs in by_type.items():
        ids = [rev.record_id for rev in revs]
        gone = [rev.record_id for rev in revs if rev.body is None]  # a tombstone wins: no row at all
        for table, column in _PROJECTION_TABLES[record_type]:
            _delete_in(cursor, table, column, gone if table in _UPSERTED else ids)
        fts = _FTS.get(record_type)
        if fts is not None:  # only where rows can exist; by rowid, as FTS5 finds record_id only by scanning
            cursor.executemany(
                f"DELETE FROM {fts} WHERE rowid = ? AND record_id = ?",
                [(search_rowid(i), i) for i in ids if i in known_records],
            )
    known_texts = texts or {}

    def body_text(rev: Revision) -> str:
        text = known_texts.get(rev.rev_id)
        return _stored_json(rev.body) if text is None else text

    live = [rev for rev in winners if rev.body is not None]
    hidden = _misdirected(live, cursor)
    if hidden:
        live = [rev for rev in live if rev.record_id not in hidden]
    places = _places((rev.owner for rev in live), cursor)
    Row = tuple[Any, ...]
    responses: list[Row] = []
    answers: list[Row] = []
    practices: list[Row] = []
    commitments: list[Row] = []
    targets: list[Row] = []
    attachments: list[Row] = []
    reports: list[Row] = []
    notes: list[Row] = []
    index: dict[str, list[tuple[int, str, str, str]]] = {table: [] for table in _FTS.values()}
    for rev in live:
        body = rev.body
        assert body is not None
        rid = rev.record_id
        city, country = places[rev.owner]
        if rev.record_type == RecordType.RESPONSE:
            responses.append(
                (
                    rid,
                    body["questionnaire_id"],
                    body["questionnaire_version"],
                    body["completed"],
                    _stored_json(body["answers"]),
                    rev.owner,
                    city,
                    country,
                )
            )
            answers.extend((rid, q, i, _stored_json(v)) for q, i, v in _answer_rows(body["answers"]))
        elif rev.record_type == RecordType.PRACTICE:
            practices.append(
                (
                    rid,
                    rev.owner,
                    city,
                    country,
                    body["title"],
                    body["summary"],
                    _stored_json(body["sectors"]),
                    body["state"],
                    body["win_win"],
                    body["start_year"],
                    body_text(rev),
                )
            )
            if not defer_search:
                index[_FTS[rev.record_type]].append(_index_row(rev.record_type, rid, body))
        elif rev.record_type == RecordType.COMMITMENT:
            commitments.append(
                (
                    rid,
                    rev.owner,
                    city,
                    country,
                    body["title"],
                    body["project_type"],
                    body["state"],
                    body["start_date"],
                    body["end_date"],
                    body["budget_amount"],
                    body_text(rev),
                )
            )
            targets.extend(
                (
                    rid,
                    position,
                    t["description"],
                    t["indicator"],
                    t["baseline"],
                    t["target"],
                    t["unit"],
                    t["due_year"],
                )
                for position, t in enumerate(body["targets"])
            )
            if not defer_search:
                index[_FTS[rev.record_type]].append(_index_row(rev.record_type, rid, body))
        elif rev.record_type == RecordType.ATTACHMENT:
            attachments.append(
                (
                    rid,
                    rev.owner,
                    body["record_id"],
                    body["sha256"],
                    body["filename"],
                    body["media_type"],
                    body["size"],
                )
            )
        elif rev.record_type == RecordType.PROGRESS_REPORT:
            reports.append(
                (
                    rid,
                    rev.owner,
                    body["commitment_id"],
                    body["reported_on"],
                    body["status"],
                    body_text(rev),
                )
            )
        elif rev.record_type == RecordType.REVIEW_NOTE:
            notes.append(
                (
                    rid,
                    rev.owner,
                    body["target_id"],
                    body["target_type"],
                    body["state"],
                    body["comment"],
                    body["recognized"],
                    rev.hlc,
                )
            )
    statements: list[tuple[str, list[Any]]] = [
        (
            _upsert(
                "response",
                "questionnaire_id, questionnaire_version, completed, answers, owner, city, country",
            ),
            responses,
        ),
        ("INSERT INTO answer (response_id, question_id, instance, value) VALUES (?,?,?,?)", answers),
        (
            _upsert(
                "practice", "owner, city, country, title, summary, sectors, state, win_win, start_year, body"
            ),
            practices,
        ),
        (
            _upsert(
                "commitment",
                "owner, city, country, title, project_type, state, start_date, end_date, budget_amount, body",
            ),
            commitments,
        ),
        (
            "INSERT INTO commitment_target (commitment_id, position, description, indicator, baseline, target,"
            " unit, due_year) VALUES (?,?,?,?,?,?,?,?)",
            targets,
        ),
        (
            "INSERT INTO attachment (record_id, owner, target_record_id, sha256, filename, media_type, size)"
            " VALUES (?,?,?,?,?,?,?)",
            attachments,
        ),
        (
            "INSERT INTO progress_report (record_id, owner, commitment_id, reported_on, status, body)"
            " VALUES (?,?,?,?,?,?)",
            reports,
        ),
        (
            "INSERT INTO review_note (record_id, owner, target_id, target_type, state, comment, recognized,"
            " updated_hlc) VALUES (?,?,?,?,?,?,?,?)",
            notes,
        ),
    ]
    statements += [
        # by rowid, as in index_missing
        (f"INSERT INTO {table} (rowid, record_id, title, text) VALUES (?,?,?,?)", sorted(rows))
        for table, rows in index.items()
    ]
    for sql, rows in statements:
        if rows:
            cursor.executemany(sql, rows)


def refresh_projections(*, session: Session, owner: str | None = None) -> int:
    """Rebuild the projections of every record (or of one owner's); returns how many.

    Call after the places of owners change (a delegate key registered, the profile edited).
    """
    query = select(m.Record.record_id)
    if owner is not None:
        query = query.where(col(m.Record.owner) == owner)
    record_ids = list(session.exec(query).all())
    _refresh_records(record_ids, session)
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


# -- exchange bookkeeping ------------------------------------------------------------------------------
#
# Written once per imported file, with plain SQL on the session's connection (no ORM flush).


def add_import_log(
    *,
    session: Session,
    path: str,
    file_sha256: str,
    kind: str,
    status: str,
    reason: str | None = None,
    detail: str = "",
    signer_key_id: str | None = None,
    sequence: int | None = None,
    records: int = 0,
    revisions: int = 0,
    received_at: datetime | None = None,
) -> None:
    """One ``import_log`` entry."""
    session.flush()
    _cursor(session).execute(
        "INSERT INTO import_log (path, file_sha256, received_at, kind, signer_key_id, sequence, status, reason,"
        " detail, records, revisions) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            path,
            file_sha256,
            _sql_time(received_at or _utcnow()),
            kind,
            signer_key_id,
            sequence,
            status,
            reason,
            detail,
            records,
            revisions,
        ),
    )


def save_bundle_received(
    *,
    session: Session,
    row_id: int | None,
    sha256: str,
    kind: str,
    status: str,
    signer_key_id: str | None = None,
    sequence: int | None = None,
    device_id: str | None = None,
    bundle_id: str | None = None,
    builds_on_receipt: str | None = None,
    reason: str | None = None,
    held_path: str | None = None,
    received_at: datetime | None = None,
) -> int:
    """Insert a ``bundle_received`` row (``row_id`` None) or update that row; returns its id."""
    session.flush()
    cursor = _cursor(session)
    values = (status, signer_key_id, sequence, device_id, bundle_id, builds_on_receipt, reason, held_path)
    if row_id is not None:
        cursor.execute(
            "UPDATE bundle_received SET status = ?, signer_key_id = ?, sequence = ?, device_id = ?, bundle_id = ?,"
            " builds_on_receipt = ?, reason = ?, held_path = ? WHERE id = ?",
            (*values, row_id),
        )
        session.expire_all()
        return row_id
    cursor.execute(
        "INSERT INTO bundle_received (status, signer_key_id, sequence, device_id, bundle_id, builds_on_receipt,"
        " reason, held_path, sha256, kind, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (*values, sha256, kind, _sql_time(received_at or _utcnow())),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid
