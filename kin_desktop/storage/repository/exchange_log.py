"""Exchange bookkeeping: the import log and the bundles received, written once per imported file
with plain SQL on the session's connection (no ORM flush)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from kin_desktop.core import limits
from kin_desktop.storage.repository._sql import _cursor, _sql_time, _utcnow


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
    """One ``import_log`` entry. Its note and path are about input from elsewhere, so they are made valid
    Unicode and cut (``MAX_LOG_DETAIL``, ``MAX_LOG_PATH`` characters): a log entry never fails to be
    written, and never grows with what the file holds."""
    session.flush()
    _cursor(session).execute(
        "INSERT INTO import_log (path, file_sha256, received_at, kind, signer_key_id, sequence, status, reason,"
        " detail, records, revisions) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            limits.clean_text(path, limits.MAX_LOG_PATH),
            file_sha256,
            _sql_time(received_at or _utcnow()),
            kind,
            signer_key_id,
            sequence,
            status,
            reason,
            limits.clean_text(detail, limits.MAX_LOG_DETAIL),
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
