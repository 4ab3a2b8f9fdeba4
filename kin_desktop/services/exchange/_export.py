"""Delegate: export a signed, encrypted bundle of every revision not yet acknowledged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from kin_desktop import __version__
from kin_desktop.bundle import container
from kin_desktop.bundle.keys import PublicIdentity
from kin_desktop.core import canonical, records
from kin_desktop.core.errors import ExchangeError, ValidationError
from kin_desktop.core.latin import latin_city_of
from kin_desktop.core.schemas import RecordType, Role
from kin_desktop.services.exchange._common import (
    BUNDLE_SUFFIX,
    SCHEMA_VERSION,
    ExportResult,
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


def pinned_identity(session: Session) -> PublicIdentity:
    """The secretariat identity this delegate pinned from a welcome pack; ``no_secretariat`` otherwise."""
    pinned = session.get(m.PinnedSecretariat, 1)
    if pinned is None:
        raise ExchangeError(
            "No secretariat is known yet: import the secretariat's welcome pack first "
            "('kin-desktop import FILE.kinw').",
            reason="no_secretariat",
        )
    return PublicIdentity.from_keys(
        bytes.fromhex(pinned.signing_public_key), bytes.fromhex(pinned.encryption_public_key)
    )


def _revisions(session: Session, key_id: str, full: bool) -> list[records.Revision]:
    if not full:
        return repository.unacknowledged(session=session)
    return [
        rev
        for rev in repository.all_revisions(session=session)
        if rev.author == key_id and rev.owner == key_id
    ]


def _attachments(revs: list[records.Revision], session: Session, data_dir: Path) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    for rev in revs:
        if rev.record_type == RecordType.ATTACHMENT and rev.body is not None:
            digest = rev.body["sha256"]
            try:
                members[f"attachments/{digest}"] = repository.read_blob(
                    digest, session=session, data_dir=data_dir
                )
            except ValidationError as exc:
                raise ExchangeError(
                    f"The attached file {rev.body.get('filename', digest)!r} is missing or damaged: {exc}",
                    reason="missing_blob",
                    sha256=digest,
                ) from exc
    return members


def export_bundle(workspace: Workspace, *, out: Path | str | None = None, full: bool = False) -> ExportResult:
    """Write a bundle of every revision made here and not yet acknowledged (``full``: all of them).

    With nothing to send no file is written and ``path`` is None. The sequence number is taken in the
    transaction that records the bundle in ``bundle_sent``, after the file is in place.
    """
    info = workspace.require_role(Role.DELEGATE)
    if info.key_id is None:
        raise ExchangeError("This profile has no signing key.", reason="no_key")
    with workspace.session() as session:
        recipient = pinned_identity(session)
        if not _revisions(session, info.key_id, full):
            return ExportResult(path=None, revisions=0, sequence=None, bundle_id=None, size=0)
    signer = keystore(workspace).signer()  # may ask for the passphrase: outside any transaction
    if signer.key_id != info.key_id:
        raise ExchangeError("The unlocked key is not this profile's key.", reason="no_key")
    now = utcnow()
    with workspace.session() as session:
        revs = _revisions(session, info.key_id, full)  # again, inside the transaction that records it
        if not revs:
            return ExportResult(path=None, revisions=0, sequence=None, bundle_id=None, size=0)
        members = _attachments(revs, session, workspace.data_dir)
        members["revisions.json"] = canonical.dumps([records.to_json(rev) for rev in revs])
        profile = repository.get_profile(session=session)
        assert profile is not None
        previous = session.exec(
            select(m.BundleSent.bundle_id)
            .where(col(m.BundleSent.bundle_id).is_not(None))
            .order_by(col(m.BundleSent.sequence).desc())
            .limit(1)
        ).first()
        receipt = session.exec(
            select(m.ReceiptTaken.bundle_id).order_by(col(m.ReceiptTaken.receipt_sequence).desc()).limit(1)
        ).first()
        sequence = repository.take_bundle_sequence(session=session)
        header: dict[str, Any] = {
            "created": created_stamp(now),
            "app_version": __version__,
            "device_id": profile.device_id,
            "sequence": sequence,
            "previous_bundle": previous,
            "builds_on_receipt": receipt,
            "schema_version": SCHEMA_VERSION,
            "delegate": {
                "name": profile.name,
                "city": profile.city,
                "country": profile.country,
                "organisation": profile.organisation,
                "category": profile.category,
                "email": profile.email,
                "city_latin": profile.city_latin,  # only a name the delegation gave: never a guess
            },
        }
        manifest = container.build_manifest(
            "delegate-bundle",
            members,
            {
                **header,
                "recipient": {"key_id": recipient.key_id, "encryption_key_id": recipient.encryption_key_id},
            },
            signer.public,
        )
        bundle_id = canonical.sha256_hex(manifest)
        data = container.write_delegate_bundle(members, header, signer, recipient)
        city = slug(latin_city_of(profile.city, profile.city_latin, profile.country), info.key_id[:8])
        name = f"KIN-{city}-{now:%Y%m%d}-{sequence:04d}{BUNDLE_SUFFIX}"
        path = target_path(out, name)
        write_atomically(path, data)
        session.add(
            m.BundleSent(
                sequence=sequence,
                path=str(path),
                sha256=canonical.sha256_hex(data),
                created_at=now,
                revisions=len(revs),
                full=full,
                previous_sha256=previous,
                bundle_id=bundle_id,
            )
        )
    return ExportResult(
        path=path, revisions=len(revs), sequence=sequence, bundle_id=bundle_id, size=len(data)
    )
