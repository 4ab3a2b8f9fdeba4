"""The secretariat's review notes as both sides read them: the current note about each record.

A review note is a record of its own (``review_note``), owned and written by the secretariat; the
delegate receives its revisions in receipts. Shared by the secretariat's services (review, follow-up,
dashboard, report) and the delegate's lists (``services/records.py``), which is why it lives apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Executable, func
from sqlalchemy import select as core_select
from sqlmodel import Session, col

from kin_desktop.storage import models as m


@dataclass(frozen=True)
class NoteState:
    """The current review note about one record."""

    note_id: str
    state: str
    comment: str
    recognized: bool
    updated_hlc: str
    reviewed_rev_id: str | None = None  # the record's revision the state was given on


def fetch(session: Session, query: Executable) -> list[Any]:
    """Rows of a Core select of several columns, run on the session's connection (and transaction)."""
    session.flush()
    return list(session.connection().execute(query).all())


def latest_notes(session: Session, target_type: str | None = None) -> dict[str, NoteState]:
    """Target id -> its current review note (the newest, should there ever be two)."""
    query = (
        core_select(
            col(m.ReviewNote.record_id),
            col(m.ReviewNote.target_id),
            col(m.ReviewNote.state),
            col(m.ReviewNote.comment),
            col(m.ReviewNote.recognized),
            col(m.ReviewNote.updated_hlc),
            func.json_extract(col(m.Revision.body), "$.reviewed_rev_id"),
        )
        .join(m.Record, col(m.Record.record_id) == col(m.ReviewNote.record_id))
        .join(m.Revision, col(m.Revision.rev_id) == col(m.Record.head_rev_id))
    )
    if target_type is not None:
        query = query.where(col(m.ReviewNote.target_type) == target_type)
    notes: dict[str, NoteState] = {}
    for note_id, target, state, comment, recognized, hlc, reviewed in fetch(session, query):
        known = notes.get(target)
        if known is None or (hlc, note_id) > (known.updated_hlc, known.note_id):
            notes[target] = NoteState(note_id, state, comment, bool(recognized), hlc, reviewed)
    return notes
