"""Records as append-only sets of revisions: writing them (locally or merged from elsewhere),
reading their current state and history, and acknowledgement by the secretariat."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select, update

from kin_desktop.core.clock import HybridClock
from kin_desktop.core.errors import ValidationError
from kin_desktop.core.records import (
    Revision,
    causal_order,
    check_revision,
    make_revision,
)
from kin_desktop.core.schemas import RecordType, validate_body
from kin_desktop.storage import models as m
from kin_desktop.storage.repository._sql import (
    _chunks,
    _cursor,
    _existing,
    _json,
    _rows_in,
    _sql_time,
    _stored_json,
    _utcnow,
)
from kin_desktop.storage.repository.profile import _persist_clock
from kin_desktop.storage.repository.projection import _refresh_records


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
