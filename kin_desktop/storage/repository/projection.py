"""Derived state: record rows (heads, winner, conflict) and the projection tables, rebuilt from
the stored revisions of the records touched."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from kin_desktop.core.records import (
    Revision,
    heads,
    winner,
)
from kin_desktop.core.schemas import RecordType
from kin_desktop.storage import models as m
from kin_desktop.storage.repository._sql import (
    _cursor,
    _delete_in,
    _existing,
    _rows_in,
    _stored_json,
    _upsert,
)
from kin_desktop.storage.repository.pointers import _hide_misdirected, _misdirected
from kin_desktop.storage.repository.search import _FTS, _index_row, search_rowid


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


_RECORD_UPSERT = _upsert(
    "record", "record_type, owner, head_rev_id, heads, conflict, deleted, created_hlc, updated_hlc"
)

Row = tuple[Any, ...]


@dataclass(frozen=True)
class _Live:
    """What a row builder gets: the winning revision (with a body) and its owner's place."""

    rev: Revision
    body: dict[str, Any]
    city: str
    country: str
    stored_text: str | None  # the canonical JSON text of the body when at hand

    @property
    def text(self) -> str:
        """The canonical JSON text of the body, as stored (encoded only for the types that keep it)."""
        return _stored_json(self.body) if self.stored_text is None else self.stored_text


def _response_rows(live: _Live) -> Iterator[tuple[str, Row]]:
    body, rid = live.body, live.rev.record_id
    yield (
        "response",
        (
            rid,
            body["questionnaire_id"],
            body["questionnaire_version"],
            body["completed"],
            _stored_json(body["answers"]),
            live.rev.owner,
            live.city,
            live.country,
        ),
    )
    for question, instance, value in _answer_rows(body["answers"]):
        yield "answer", (rid, question, instance, _stored_json(value))


def _practice_rows(live: _Live) -> Iterator[tuple[str, Row]]:
    body = live.body
    yield (
        "practice",
        (
            live.rev.record_id,
            live.rev.owner,
            live.city,
            live.country,
            body["title"],
            body["summary"],
            _stored_json(body["sectors"]),
            body["state"],
            body["win_win"],
            body["start_year"],
            live.text,
        ),
    )


def _commitment_rows(live: _Live) -> Iterator[tuple[str, Row]]:
    body, rid = live.body, live.rev.record_id
    yield (
        "commitment",
        (
            rid,
            live.rev.owner,
            live.city,
            live.country,
            body["title"],
            body["project_type"],
            body["state"],
            body["start_date"],
            body["end_date"],
            body["budget_amount"],
            live.text,
        ),
    )
    for position, t in enumerate(body["targets"]):
        yield (
            "commitment_target",
            (
                rid,
                position,
                t["description"],
                t["indicator"],
                t["baseline"],
                t["target"],
                t["unit"],
                t["due_year"],
            ),
        )


def _attachment_rows(live: _Live) -> Iterator[tuple[str, Row]]:
    body = live.body
    yield (
        "attachment",
        (
            live.rev.record_id,
            live.rev.owner,
            body["record_id"],
            body["sha256"],
            body["filename"],
            body["media_type"],
            body["size"],
        ),
    )


def _progress_report_rows(live: _Live) -> Iterator[tuple[str, Row]]:
    body = live.body
    yield (
        "progress_report",
        (
            live.rev.record_id,
            live.rev.owner,
            body["commitment_id"],
            body["reported_on"],
            body["status"],
            live.text,
        ),
    )


def _review_note_rows(live: _Live) -> Iterator[tuple[str, Row]]:
    body = live.body
    yield (
        "review_note",
        (
            live.rev.record_id,
            live.rev.owner,
            body["target_id"],
            body["target_type"],
            body["state"],
            body["comment"],
            body["recognized"],
            live.rev.hlc,
        ),
    )


@dataclass(frozen=True)
class _Projection:
    """How one record type is projected: the tables holding its rows (children first, as they are
    deleted in that order) and the builder of those rows from the winning revision."""

    tables: tuple[tuple[str, str], ...]  # (table, column naming the record)
    build: Callable[[_Live], Iterator[tuple[str, Row]]]


_PROJECTIONS: dict[str, _Projection] = {
    RecordType.RESPONSE.value: _Projection(
        (("answer", "response_id"), ("response", "record_id")), _response_rows
    ),
    RecordType.PRACTICE.value: _Projection((("practice", "record_id"),), _practice_rows),
    RecordType.COMMITMENT.value: _Projection(
        (("commitment_target", "commitment_id"), ("commitment", "record_id")), _commitment_rows
    ),
    RecordType.ATTACHMENT.value: _Projection((("attachment", "record_id"),), _attachment_rows),
    RecordType.PROGRESS_REPORT.value: _Projection((("progress_report", "record_id"),), _progress_report_rows),
    RecordType.REVIEW_NOTE.value: _Projection((("review_note", "record_id"),), _review_note_rows),
}

# The statement writing each projection table, in the order they run (a parent row before its
# children). Tables in ``_UPSERTED`` are updated in place (their child rows are deleted and inserted
# again), which keeps their rowids and index entries where they are.
_UPSERTED = frozenset({"response", "practice", "commitment"})
_INSERTS: dict[str, str] = {
    "response": _upsert(
        "response", "questionnaire_id, questionnaire_version, completed, answers, owner, city, country"
    ),
    "answer": "INSERT INTO answer (response_id, question_id, instance, value) VALUES (?,?,?,?)",
    "practice": _upsert(
        "practice", "owner, city, country, title, summary, sectors, state, win_win, start_year, body"
    ),
    "commitment": _upsert(
        "commitment",
        "owner, city, country, title, project_type, state, start_date, end_date, budget_amount, body",
    ),
    "commitment_target": "INSERT INTO commitment_target (commitment_id, position, description, indicator,"
    " baseline, target, unit, due_year) VALUES (?,?,?,?,?,?,?,?)",
    "attachment": "INSERT INTO attachment (record_id, owner, target_record_id, sha256, filename, media_type,"
    " size) VALUES (?,?,?,?,?,?,?)",
    "progress_report": "INSERT INTO progress_report (record_id, owner, commitment_id, reported_on, status, body)"
    " VALUES (?,?,?,?,?,?)",
    "review_note": "INSERT INTO review_note (record_id, owner, target_id, target_type, state, comment,"
    " recognized, updated_hlc) VALUES (?,?,?,?,?,?,?,?)",
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
        for table, column in _PROJECTIONS[record_type].tables:
            _delete_in(cursor, table, column, gone if table in _UPSERTED else ids)
        fts = _FTS.get(record_type)
        if fts is not None:  # only where rows can exist; by rowid, as FTS5 finds record_id only by scanning
            cursor.executemany(
                f"DELETE FROM {fts} WHERE rowid = ? AND record_id = ?",
                [(search_rowid(i), i) for i in ids if i in known_records],
            )
    known_texts = texts or {}
    live = [rev for rev in winners if rev.body is not None]
    hidden = _misdirected(live, cursor)
    if hidden:
        live = [rev for rev in live if rev.record_id not in hidden]
    places = _places((rev.owner for rev in live), cursor)
    rows: dict[str, list[Row]] = {table: [] for table in _INSERTS}
    index: dict[str, list[tuple[int, str, str, str]]] = {table: [] for table in _FTS.values()}
    for rev in live:
        body = rev.body
        assert body is not None
        city, country = places[rev.owner]
        item = _Live(rev, body, city, country, known_texts.get(rev.rev_id))
        for table, row in _PROJECTIONS[rev.record_type].build(item):
            rows[table].append(row)
        fts = _FTS.get(rev.record_type)
        if fts is not None and not defer_search:
            index[fts].append(_index_row(rev.record_type, rev.record_id, body))
    statements = [(sql, rows[table]) for table, sql in _INSERTS.items()]
    statements += [
        # by rowid, as in index_missing
        (f"INSERT INTO {table} (rowid, record_id, title, text) VALUES (?,?,?,?)", sorted(found))
        for table, found in index.items()
    ]
    for sql, found_rows in statements:
        if found_rows:
            cursor.executemany(sql, found_rows)


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
