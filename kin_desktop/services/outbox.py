"""The delegate's outbox: what waits to be sent, what was sent, what came back."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import col, select

from kin_desktop.services import printed
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import models, repository


@dataclass(frozen=True)
class SentBundle:
    sequence: int
    path: str
    created_at: datetime
    revisions: int
    full: bool


@dataclass(frozen=True)
class TakenReceipt:
    receipt_sequence: int
    taken_at: datetime
    acknowledged: int
    review_notes: int


@dataclass(frozen=True)
class OutboxState:
    pending_by_type: dict[str, int]  # record type -> revisions not yet acknowledged
    pending_revisions: int
    pending_attachment_bytes: int
    secretariat: str | None  # "name (fingerprint)" of the pinned secretariat, None before a welcome pack
    sent: tuple[SentBundle, ...]
    receipts: tuple[TakenReceipt, ...]
    # commitments changed since their form was printed: (title, printed at); the paper must be redone
    stale_forms: tuple[tuple[str, datetime], ...] = ()
    inbox_url: str | None = None  # the inbox service's address from the welcome pack (docs/sync.md)
    waiting_upload_bytes: int = 0  # bundles exported for the inbox and not all sent yet
    # Records, not revisions: one response saved eleven times is one response to send.
    pending_records_by_type: dict[str, int] = field(default_factory=dict)
    pending_records: int = 0


def outbox_state(workspace: Workspace) -> OutboxState:
    with workspace.session() as session:
        pending = repository.unacknowledged(session=session)
        by_type = Counter(rev.record_type for rev in pending)
        records = {rev.record_id: rev.record_type for rev in pending}
        records_by_type = Counter(records.values())
        blob_bytes = sum(
            int((rev.body or {}).get("size", 0)) for rev in pending if rev.record_type == "attachment"
        )
        pinned = session.get(models.PinnedSecretariat, 1)
        secretariat = f"{pinned.name} ({pinned.fingerprint})" if pinned else None
        sync_state = session.get(models.SyncState, 1)
        inbox_url = None if sync_state is None else sync_state.inbox_url
        waiting = session.exec(
            select(models.SyncUpload.size, models.SyncUpload.offset).where(
                col(models.SyncUpload.status) == "pending"
            )
        ).all()
        sent = tuple(
            SentBundle(row.sequence, row.path, row.created_at, row.revisions, row.full)
            for row in session.exec(
                select(models.BundleSent).order_by(col(models.BundleSent.sequence).desc())
            )
        )
        receipts = tuple(
            TakenReceipt(row.receipt_sequence, row.taken_at, row.acknowledged, row.review_notes)
            for row in session.exec(
                select(models.ReceiptTaken).order_by(col(models.ReceiptTaken.receipt_sequence).desc())
            )
        )
        stale = printed.stale_forms(session)
        titles = dict(
            session.exec(
                select(models.Commitment.record_id, models.Commitment.title).where(
                    col(models.Commitment.record_id).in_(sorted(stale))
                )
            ).all()
        )
        stale_forms = tuple(sorted((titles.get(rid, rid), form.printed_at) for rid, form in stale.items()))
    return OutboxState(
        stale_forms=stale_forms,
        pending_by_type=dict(by_type),
        pending_revisions=len(pending),
        pending_attachment_bytes=blob_bytes,
        secretariat=secretariat,
        sent=sent,
        receipts=receipts,
        inbox_url=inbox_url,
        waiting_upload_bytes=sum(size - offset for size, offset in waiting),
        pending_records_by_type=dict(records_by_type),
        pending_records=len(records),
    )


def suggested_export_folders() -> list[Path]:
    """Removable drives first (USB sticks), then the Documents folder.

    Mount points under the places operating systems mount removable media: /media and
    /run/media (Linux), /Volumes (macOS); on Windows, drive letters other than the system's.
    """
    import os
    import sys

    found: list[Path] = []
    if sys.platform == "win32":
        system = Path(os.environ.get("SystemDrive", "C:") + "\\")
        for letter in "DEFGHIJKLMNOPQRSTUVWXYZ":
            drive = Path(f"{letter}:\\")
            if drive != system and drive.exists():
                found.append(drive)
    else:
        user = os.environ.get("USER", "")
        for base in (Path("/media") / user, Path("/media"), Path("/run/media") / user, Path("/Volumes")):
            try:
                found += [p for p in sorted(base.iterdir()) if p.is_dir() and os.access(p, os.W_OK)]
            except OSError:
                continue
    documents = Path.home() / "Documents"
    found.append(documents if documents.is_dir() else Path.home())
    return list(dict.fromkeys(found))
