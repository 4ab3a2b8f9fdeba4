"""SQL plumbing shared by the repository modules: the session's sqlite3 cursor, chunked ``IN``
queries, upserts, canonical JSON text and stored timestamps.

Derived rows are written with plain SQL on the session's own connection (inside its transaction):
executemany with fixed statements, one per table per call, so merging a bundle costs a handful of
statements rather than several per record. The session is flushed before and its identity map
expired after, so ORM objects never show stale derived rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from kin_desktop.core.canonical import dumps

_CHUNK = 500  # stay well under SQLite's limit on bound parameters


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
