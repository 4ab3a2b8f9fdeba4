"""Records pointing at records: attachments (any record) and progress reports (a commitment).

Import accepts them before their target has arrived (import is a union, in any order). Whatever the
order, one that points at a record of another owner never shows under it: it has no projection row
(``attachment`` / ``progress_report``, which is how they are listed by target) while its target is
stored with another owner, unless it is the secretariat's; nor a progress report whose target is not a
commitment. The target's type and owner never change, so the rule depends only on which revisions are
stored: a record is checked when it is projected, and the rows pointing at a record are checked when
the record first arrives.
"""

from __future__ import annotations

import sqlite3

from kin_desktop.core.records import (
    Revision,
)
from kin_desktop.core.schemas import RecordType, Role
from kin_desktop.storage.repository._sql import _delete_in, _rows_in

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
