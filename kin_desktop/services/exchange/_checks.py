"""Checks of a file against what a profile holds, shared by import and verify (docs/bundle-format.md §9).

Each function only reads: import runs it in the transaction that then merges, verify in a read-only
session, so both reach the same verdict with the same reason.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from kin_desktop.core import records
from kin_desktop.core.errors import ValidationError
from kin_desktop.services.exchange._payload import Refused
from kin_desktop.storage import models as m

QUARANTINED = "quarantined"


def identity_problem(
    session: Session, new: Iterable[records.Revision], *, reason: str = "not_owner"
) -> Refused | None:
    """Whether revisions not stored yet would give a record another type or owner than it has: the
    revisions of one record disagree with each other, or with the stored record. ``storage`` refuses
    such a merge too (``record_identity``); this says so before anything is written, with ``reason``."""
    identities: dict[str, tuple[str, str, str]] = {}
    for rev in new:
        known = identities.get(rev.record_id)
        if known is None:
            identities[rev.record_id] = (rev.record_type, rev.owner, rev.rev_id)
        elif known[:2] != (rev.record_type, rev.owner):
            return Refused(reason, f"revisions of record {rev.record_id} disagree on its type or owner")
    ids = sorted(identities)
    for start in range(0, len(ids), 500):
        query = select(m.Record.record_id, m.Record.record_type, m.Record.owner).where(
            col(m.Record.record_id).in_(ids[start : start + 500])
        )
        for record_id, record_type, owner in session.exec(query).all():
            kind, who, rev_id = identities[record_id]
            if (record_type, owner) != (kind, who):
                return Refused(reason, f"revision {rev_id} gives record {record_id} another type or owner")
    return None


def conflicting_revision(offered: records.Revision, *, file_name: str) -> Refused | None:
    """A revision offered under a ``rev_id`` that is stored already must be the stored revision: its
    content must hash to that ``rev_id``. Otherwise the file carries other bytes under a known id,
    which is evidence of tampering or of a faulty writer: the file is quarantined (kept whole under
    ``quarantine/``), nothing of it is merged, and the stored revision stays as it is."""
    try:
        records.verify_revision(offered, parsed=True)
    except ValidationError:  # other content (or content that has no canonical form at all)
        return Refused(
            "conflicting_revision",
            f"revision {offered.rev_id} of record {offered.record_id} is stored here with other content; "
            f"the file is kept as evidence (quarantine/{file_name}) and the stored revision is unchanged",
            status=QUARANTINED,
        )
    return None
