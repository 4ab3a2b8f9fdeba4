"""Secretariat: the welcome pack and the receipts it sends to delegates."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select, update

from kin_desktop import __version__
from kin_desktop.bundle import container
from kin_desktop.bundle.keys import Signer, is_key_id
from kin_desktop.core import canonical, records
from kin_desktop.core.errors import ExchangeError, UsageError
from kin_desktop.core.latin import latin_city_of
from kin_desktop.core.schemas import RecordType, ReviewState, Role
from kin_desktop.services import questionnaires
from kin_desktop.services.exchange._common import (
    RECEIPT_SUFFIX,
    SCHEMA_VERSION,
    WELCOME_SUFFIX,
    created_stamp,
    keystore,
    slug,
    target_path,
    utcnow,
    write_atomically,
)
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import models as m
from kin_desktop.storage import repository

# -- welcome pack ------------------------------------------------------------------------------------


def _registered_practices(session: Session) -> list[dict[str, Any]]:
    """Current practices whose latest review note says ``registered``."""
    latest: dict[str, tuple[str, str]] = {}
    for note in session.exec(select(m.ReviewNote).where(col(m.ReviewNote.target_type) == "practice")):
        if note.target_id not in latest or note.updated_hlc > latest[note.target_id][0]:
            latest[note.target_id] = (note.updated_hlc, note.state)
    wanted = sorted(t for t, (_, state) in latest.items() if state == ReviewState.REGISTERED)
    if not wanted:
        return []
    live = set(
        session.exec(
            select(m.Record.record_id).where(
                col(m.Record.record_type) == RecordType.PRACTICE, col(m.Record.deleted).is_(False)
            )
        ).all()
    )
    rows = session.exec(select(m.Practice).where(col(m.Practice.record_id).in_(wanted))).all()
    return [
        {"id": p.record_id, "city": p.city, "country": p.country, "body": json.loads(p.body)}
        for p in sorted(rows, key=lambda p: p.record_id)
        if p.record_id in live
    ]


def make_welcome_pack(workspace: Workspace, out: Path | str, *, inbox_url: str | None = None) -> Path:
    """Write the signed welcome pack: the secretariat's public identity, every stored questionnaire
    definition and the catalogue of registered practices. ``out`` is a file path or a folder.

    ``inbox_url`` sets the inbox service's address (docs/sync.md), kept for later packs; ``""`` removes
    it; None keeps the one set before. The pack carries it in ``secretariat.json`` when there is one.
    """
    info = workspace.require_role(Role.SECRETARIAT)
    store = keystore(workspace)
    identity = store.public_identity()
    signer = store.signer()
    now = utcnow()
    with workspace.session() as session:
        url = inbox_address(session, inbox_url)
        secretariat: dict[str, Any] = {
            "identity": identity.to_json(),
            "name": info.name,
            "organisation": info.organisation,
        }
        if url is not None:
            secretariat["inbox_url"] = url
        members: dict[str, bytes] = {
            "secretariat.json": canonical.dumps(secretariat),
            "catalogue.json": canonical.dumps({"practices": _registered_practices(session)}),
        }
        members.update(questionnaires.update_members(session))  # definitions and what was published
    header = {"created": created_stamp(now), "app_version": __version__, "schema_version": SCHEMA_VERSION}
    data = container.write_signed_file("welcome-pack", members, header, signer)
    path = target_path(out, f"KIN-welcome-{now:%Y%m%d}{WELCOME_SUFFIX}")
    write_atomically(path, data)
    return path


def inbox_address(session: Session, new: str | None) -> str | None:
    """The secretariat's inbox address: ``new`` stored (``""`` removes it), or the one stored before."""
    from kin_desktop.inbox.protocol import check_url

    state = session.get(m.SyncState, 1)
    if new is not None:
        try:
            url = check_url(new) if new.strip() else None
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        state = state or m.SyncState(id=1)
        state.inbox_url = url
        session.add(state)
    return None if state is None else state.inbox_url


# -- receipts ----------------------------------------------------------------------------------------


@dataclass
class _Plan:
    key_id: str
    city: str
    last: int  # latest receipt sequence sent (0: none)
    confirmed: int  # latest receipt the delegate says it has taken (0: none)
    items: dict[str, int]  # rev_id -> receipt sequence that first listed it


def _review_notes_by_owner(session: Session) -> dict[str, list[records.Revision]]:
    """The secretariat's review-note revisions, grouped by the owner of the record they are about."""
    note_rows = session.exec(
        select(m.Revision).where(
            col(m.Revision.record_type) == RecordType.REVIEW_NOTE, col(m.Revision.created_locally).is_(True)
        )
    ).all()
    targets: dict[str, str] = {}
    for row in note_rows:
        if row.body is not None:
            targets[row.record_id] = json.loads(row.body)["target_id"]
    owners: dict[str, str] = {}
    target_ids = sorted(set(targets.values()))
    for start in range(0, len(target_ids), 500):
        chunk = target_ids[start : start + 500]
        owners.update(
            session.exec(
                select(m.Record.record_id, m.Record.owner).where(col(m.Record.record_id).in_(chunk))
            ).all()
        )
    # A tombstone has no body: it follows the target of its record's other revisions.
    grouped: dict[str, list[records.Revision]] = defaultdict(list)
    for row in note_rows:
        target = targets.get(row.record_id)
        owner = owners.get(target) if target is not None else None
        if owner is not None:
            grouped[owner].append(repository.revision_from_row(row))
    return grouped


def _secretariat_revisions(session: Session, secretariat: str, owner: str) -> list[records.Revision]:
    """Revisions the secretariat wrote on records ``owner`` owns (conflict resolutions), parents first.

    Review notes are the secretariat's own records, so they are not among them (they travel in
    ``review_notes``)."""
    rows = session.exec(
        select(m.Revision).where(
            col(m.Revision.created_locally).is_(True),
            col(m.Revision.owner) == owner,
            col(m.Revision.author) == secretariat,
        )
    ).all()
    return records.causal_order(repository.revision_from_row(row) for row in rows)


def write_receipts(workspace: Workspace, out_dir: Path | str, *, delegate: str | None = None) -> list[Path]:
    """One signed receipt per approved delegate with something to acknowledge since its last receipt.

    ``delegate`` (a key id or fingerprint): a receipt for that approved delegate only, written even when
    nothing is new (a receipt reissued after a lost USB stick): it holds the current state, every
    revision received from the delegate, every review-note revision about its records and every
    secretariat revision of them, confirmed or not. Taking it twice is harmless (the second is
    ``duplicate``), and so is taking it after the receipts it repeats.

    A receipt lists every revision received from the delegate (and every review note about its records)
    that no receipt the delegate has confirmed taking (``builds_on_receipt`` of its bundles) has listed,
    so a lost receipt is made good by the next one; it is due when new revisions, new review notes or
    bundles not yet reported (merged, duplicate, refused) are there.

    The revisions the secretariat wrote on the delegate's own records (a resolved conflict: the
    resolving revision keeps the delegate as owner) travel in ``revisions`` by the same rule: listed in
    every receipt until one that listed them is confirmed, so the delegate's copy of the record takes
    the resolution and its next edit descends from it. The member is left out when there is none, so
    receipts without it stay readable by delegates released before it existed.
    """
    workspace.require_role(Role.SECRETARIAT)
    signer = keystore(workspace).signer()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    wanted = None if delegate is None else _approved_key(workspace, delegate)
    with workspace.session() as session:
        keys = session.exec(select(m.DelegateKey).where(col(m.DelegateKey.status) == "approved")).all()
        key_ids = [k.key_id for k in keys if wanted is None or k.key_id == wanted]
        cities = {k.key_id: latin_city_of(k.city, k.city_latin or "", k.country) for k in keys}
    for key_id in sorted(key_ids):
        path = _write_receipt(workspace, signer, key_id, cities[key_id], out, reissue=wanted is not None)
        if path is not None:
            written.append(path)
    return written


def _approved_key(workspace: Workspace, key_id: str) -> str:
    """The key id of an approved delegate given by key id or fingerprint; ExchangeError otherwise."""
    value = key_id.replace(" ", "").lower()
    if not is_key_id(value):
        raise ExchangeError(f"{key_id!r} is not a key id or fingerprint", reason="bad_key_id", key_id=key_id)
    with workspace.session() as session:
        key = session.get(m.DelegateKey, value)
        status = None if key is None else key.status
    if status is None:
        raise ExchangeError(f"no delegate key {value} is registered", reason="unknown_key", key_id=value)
    if status != "approved":
        raise ExchangeError(
            f"the key {value} is {status}: receipts go to approved delegates only",
            reason="not_approved",
            key_id=value,
        )
    return value


@dataclass
class _Told:
    """What the secretariat has received from one delegate and what it told them of so far."""

    sent: list[m.ReceiptSent]
    bundles: list[m.BundleReceived]
    items: dict[str, int]  # rev_id -> the receipt that listed it
    received: list[str]
    notes: list[records.Revision]
    resolutions: list[records.Revision]

    def new(
        self,
    ) -> tuple[list[str], list[records.Revision], list[records.Revision], list[m.BundleReceived]]:
        """What no receipt has told yet: revisions received, review notes, resolutions, bundles."""
        return (
            [r for r in self.received if r not in self.items],
            [n for n in self.notes if n.rev_id not in self.items],
            [r for r in self.resolutions if r.rev_id not in self.items],
            [b for b in self.bundles if b.receipt_sequence is None],
        )

    def news(self) -> bool:
        """Whether a receipt would tell the delegate of something new."""
        return any(self.new())


def _told(session: Session, key_id: str, own_key_id: str, notes: list[records.Revision]) -> _Told:
    sent = list(session.exec(select(m.ReceiptSent).where(col(m.ReceiptSent.delegate_key_id) == key_id)).all())
    bundles = list(
        session.exec(
            select(m.BundleReceived)
            .where(col(m.BundleReceived.signer_key_id) == key_id, col(m.BundleReceived.status) != "held")
            .order_by(col(m.BundleReceived.sequence), col(m.BundleReceived.id))
        ).all()
    )
    items = dict(
        session.exec(
            select(m.ReceiptItem.rev_id, m.ReceiptItem.receipt_sequence).where(
                col(m.ReceiptItem.delegate_key_id) == key_id
            )
        ).all()
    )
    received = list(
        session.exec(
            select(m.Revision.rev_id).where(
                col(m.Revision.author) == key_id, col(m.Revision.created_locally).is_(False)
            )
        ).all()
    )
    return _Told(sent, bundles, items, received, notes, _secretariat_revisions(session, own_key_id, key_id))


def receipts_waiting(workspace: Workspace) -> list[str]:
    """The approved delegates a receipt would tell of something new (``write_receipts`` writes one for
    each of them): their cities in Latin letters (the key id where there is none), sorted."""
    workspace.require_role(Role.SECRETARIAT)
    own = workspace.profile().key_id or ""
    waiting: list[str] = []
    with workspace.session() as session:
        keys = session.exec(select(m.DelegateKey).where(col(m.DelegateKey.status) == "approved")).all()
        notes = _review_notes_by_owner(session)
        for key in keys:
            if _told(session, key.key_id, own, notes.get(key.key_id, [])).news():
                waiting.append(latin_city_of(key.city, key.city_latin or "", key.country) or key.fingerprint)
    return sorted(waiting, key=str.casefold)


def _write_receipt(
    workspace: Workspace, signer: Signer, key_id: str, city: str, out: Path, *, reissue: bool = False
) -> Path | None:
    now = utcnow()
    with workspace.session() as session:
        told = _told(session, key_id, signer.key_id, _review_notes_by_owner(session).get(key_id, []))
        sent, bundles, items, received = told.sent, told.bundles, told.items, told.received
        notes, resolutions = told.notes, told.resolutions
        last = max((r.receipt_sequence for r in sent), default=0)
        builds_on = {b.builds_on_receipt for b in bundles if b.builds_on_receipt}
        confirmed = max((r.receipt_sequence for r in sent if r.bundle_id in builds_on), default=0)

        def unconfirmed(rev_id: str) -> bool:
            return reissue or rev_id not in items or items[rev_id] > confirmed

        new_acks, new_notes, new_resolutions, new_bundles = told.new()
        if not (new_acks or new_notes or new_resolutions or new_bundles or reissue):
            return None
        sequence = last + 1
        acknowledged = sorted(r for r in received if unconfirmed(r))
        listed_notes = records.causal_order(n for n in notes if unconfirmed(n.rev_id))
        listed_resolutions = [r for r in resolutions if unconfirmed(r.rev_id)]  # causal order kept
        listed_bundles = [b for b in bundles if b.receipt_sequence is None or b.receipt_sequence > confirmed]
        body: dict[str, Any] = {
            "receipt_sequence": sequence,
            "delegate_key_id": key_id,
            "acknowledged": acknowledged,
            "bundles": [
                {"bundle_id": b.bundle_id, "sequence": b.sequence, "status": b.status, "reason": b.reason}
                for b in listed_bundles
            ],
            "review_notes": [records.to_json(n) for n in listed_notes],
        }
        if listed_resolutions:
            body["revisions"] = [records.to_json(r) for r in listed_resolutions]
        members = {"receipt.json": canonical.dumps(body)}
        header = {
            "created": created_stamp(now),
            "app_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "recipient": {"key_id": key_id},
        }
        manifest = container.build_manifest("receipt", members, header, signer.public)
        data = container.write_signed_file("receipt", members, header, signer)
        path = out / f"KIN-receipt-{slug(city, key_id[:8])}-{now:%Y%m%d}-{sequence:04d}{RECEIPT_SUFFIX}"
        write_atomically(path, data)
        session.add(
            m.ReceiptSent(
                delegate_key_id=key_id,
                receipt_sequence=sequence,
                bundle_id=canonical.sha256_hex(manifest),
                path=str(path),
                created_at=now,
                acknowledged=len(acknowledged),
                review_notes=len(listed_notes),
                bundles=len(listed_bundles),
            )
        )
        session.add_all(
            m.ReceiptItem(delegate_key_id=key_id, rev_id=rev_id, receipt_sequence=sequence)
            for rev_id in [*new_acks, *(n.rev_id for n in new_notes), *(r.rev_id for r in new_resolutions)]
        )
        ids = [b.id for b in new_bundles if b.id is not None]
        for start in range(0, len(ids), 500):
            session.exec(
                update(m.BundleReceived)
                .where(col(m.BundleReceived.id).in_(ids[start : start + 500]))
                .values(receipt_sequence=sequence)
            )
    return path
