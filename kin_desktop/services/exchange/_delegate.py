"""Delegate: take welcome packs (pinning the secretariat key) and receipts."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, delete, func, select

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import format_key_id
from kin_desktop.core import canonical, limits, records
from kin_desktop.core.errors import BundleRejected, ValidationError
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import questionnaires
from kin_desktop.services.exchange import _checks, _payload
from kin_desktop.services.exchange._common import (
    DUPLICATE,
    INTERNAL_ERROR,
    MERGED,
    RECEIPT_SUFFIX,
    REJECTED,
    WELCOME_SUFFIX,
    ImportOutcome,
    failure_note,
    keep_for_inspection,
    log_import,
    pointer_problem,
    read_file,
    reserved_id_problem,
    utcnow,
)
from kin_desktop.services.profiles import ProfileInfo, Workspace
from kin_desktop.storage import db, repository
from kin_desktop.storage import models as m

_log = logging.getLogger(__name__)

ConfirmKey = Callable[[str], bool]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_Refused = _payload.Refused


def normalise_fingerprint(text: str) -> str:
    """A fingerprint or key id as typed ("3F2A 9C11 ..."), as a lower-case key id."""
    return re.sub(r"[\s:-]", "", text).lower()


class DelegateImporter:
    """Welcome packs and receipts into a delegate profile; one instance per import call."""

    def __init__(
        self,
        workspace: Workspace,
        info: ProfileInfo,
        *,
        accept_fingerprint: str | None = None,
        confirm_key: ConfirmKey | None = None,
        dry_run: bool = False,
    ) -> None:
        self.workspace = workspace
        self.info = info
        # dry_run: judge each file exactly as an import would, and write nothing (``verify``).
        self.dry_run = dry_run
        self.last_verified: container.VerifiedContainer | None = None
        self.last_data = b""  # the bytes of the file judged last (verify describes them)
        self.accept = None if accept_fingerprint is None else normalise_fingerprint(accept_fingerprint)
        self.confirm_key = confirm_key
        with workspace.session() as session:
            pinned = session.get(m.PinnedSecretariat, 1)
            self.pinned_id = None if pinned is None else pinned.key_id
            self.pinned_public = None if pinned is None else bytes.fromhex(pinned.signing_public_key)
            self.pinned_encryption_id = None if pinned is None else pinned.encryption_key_id

    def run(
        self, files: list[Path], *, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> list[ImportOutcome]:
        outcomes: list[ImportOutcome] = []
        for done, path in enumerate(files):
            if cancelled is not None and cancelled():
                break
            outcomes.append(self.import_file(path))
            if progress is not None:
                progress(done + 1, len(files))
        return outcomes

    def _lookup(self, key_id: str) -> bytes | None:
        return self.pinned_public if key_id == self.pinned_id else None

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A transaction of the profile (read-only in a dry run)."""
        if self.dry_run:
            with db.read_only_session(self.workspace.engine) as session:
                yield session
        else:
            with self.workspace.session() as session:
                yield session

    def import_file(self, path: Path) -> ImportOutcome:
        """One file, start to finish, in its own transaction. Whatever it holds, it gets a verdict: an
        unexpected exception is logged as ``internal_error`` and the file kept under ``quarantine/``."""
        data = b""
        sha = ""
        try:
            return self._import_file(path)
        except Exception as exc:  # one file's failure, whatever it is, never stops the others
            _log.error("importing %s failed unexpectedly", limits.clean_text(path, 500), exc_info=exc)
            detail = failure_note(exc)
            if self.dry_run:  # verify: the verdict only, nothing kept, nothing logged
                return ImportOutcome(path, INTERNAL_ERROR, INTERNAL_ERROR, detail, 0, 0, None, None, None)
            try:
                data, sha = read_file(path)
                suffix = RECEIPT_SUFFIX if path.suffix == RECEIPT_SUFFIX else WELCOME_SUFFIX
                detail += f"; kept as {keep_for_inspection(self.workspace.data_dir, sha, data, suffix)}"
            except Exception as keeping:
                detail += f"; it could not be kept ({limits.clean_text(keeping, 200)})"
            try:
                with self.workspace.session() as session:
                    log_import(
                        session,
                        path=path,
                        file_sha256=sha,
                        kind="unknown",
                        status=INTERNAL_ERROR,
                        reason=INTERNAL_ERROR,
                        detail=detail,
                    )
            except Exception:
                _log.exception("the import log could not record the failure")
            return ImportOutcome(path, INTERNAL_ERROR, INTERNAL_ERROR, detail, 0, 0, None, None, None)

    def _import_file(self, path: Path) -> ImportOutcome:
        sha = ""
        verified: container.VerifiedContainer | None = None
        self.last_verified, self.last_data = None, b""
        try:
            data, sha = read_file(path)
            self.last_data = data
            verified = container.read_signed_container(
                data,
                expected_kinds=("welcome-pack", "receipt"),
                trusted_key_lookup=self._lookup,
                allow_unknown_signer=True,
            )
            self.last_verified = verified
            if verified.kind == "welcome-pack":
                return self._take_pack(path, sha, verified)
            return self._take_receipt(path, sha, verified)
        except BundleRejected as exc:
            refused = _Refused(exc.reason, exc.message)
        except _Refused as exc:
            refused = exc
        except (ValueError, RecursionError) as exc:  # JSON the strict parser lets through as an exception
            reason = (
                "bad_manifest"
                if verified is None
                else f"bad_{'pack' if verified.kind == 'welcome-pack' else 'receipt'}"
            )
            refused = _Refused(reason, f"The file is invalid: {exc}.")
        kind = verified.kind if verified is not None else None
        signer = verified.signer_key_id if verified is not None else None
        with self._session() as session:
            if not self.dry_run:
                log_import(
                    session,
                    path=path,
                    file_sha256=sha,
                    kind=kind or "unknown",
                    status=REJECTED,
                    reason=refused.reason,
                    detail=refused.detail,
                    signer_key_id=signer,
                )
        return ImportOutcome(
            path,
            REJECTED,
            refused.reason,
            refused.detail,
            0,
            0,
            signer,
            None,
            kind,
            None if verified is None else verified.bundle_id,
        )

    # -- welcome pack

    def _confirmed(self, key_id: str) -> bool:
        if self.accept is not None:
            return self.accept == key_id
        return self.confirm_key is not None and bool(self.confirm_key(format_key_id(key_id)))

    def _addressed_to_me(self, verified: container.VerifiedContainer, what: str) -> None:
        """A ``recipient`` in the manifest must name this delegate (``not_for_us``)."""
        recipient = verified.manifest.get("recipient")
        if recipient is not None and recipient["key_id"] != self.info.key_id:
            raise _Refused("not_for_us", f"the {what} is addressed to another delegate")

    def _take_pack(self, path: Path, sha: str, verified: container.VerifiedContainer) -> ImportOutcome:
        signer = verified.signer_key_id
        printed = format_key_id(signer)
        if self.pinned_id is not None and signer != self.pinned_id:
            raise _Refused(
                "wrong_signer",
                f"the pack is signed by {printed}, not by the pinned secretariat key "
                f"{format_key_id(self.pinned_id)}",
            )
        self._addressed_to_me(verified, "welcome pack")
        content = _payload.secretariat_member(verified)
        identity, name, organisation = content.identity, content.name, content.organisation
        inbox_url = content.inbox_url
        assert identity.encryption_public is not None
        if self.pinned_id is None and not self._confirmed(signer):
            given = "" if self.accept is None else " (the fingerprint given does not match)"
            raise _Refused(
                "unconfirmed_key",
                f"the secretariat key's fingerprint {printed} was not confirmed{given}",
            )
        definitions = _payload.questionnaire_members(verified)
        catalogue = _payload.catalogue_member(verified)
        now = utcnow()
        notes: list[str] = []
        added = 0
        with self._session() as session:
            pinned = session.get(m.PinnedSecretariat, 1)
            if pinned is not None and pinned.last_pack_id == verified.bundle_id:
                status = DUPLICATE
            elif self.dry_run:
                status = MERGED
                added = _new_definitions(session, definitions)
            else:
                status = MERGED
                if pinned is None:
                    pinned = m.PinnedSecretariat(
                        id=1,
                        key_id=signer,
                        signing_public_key=identity.signing_public.hex(),
                        encryption_public_key=identity.encryption_public.hex(),
                        encryption_key_id=identity.encryption_key_id or "",
                        fingerprint=printed,
                        name=name,
                        organisation=organisation,
                        pinned_at=now,
                    )
                pinned.encryption_public_key = identity.encryption_public.hex()
                pinned.encryption_key_id = identity.encryption_key_id or ""
                pinned.name, pinned.organisation = name, organisation
                pinned.last_pack_id, pinned.last_pack_at = verified.bundle_id, now
                session.add(pinned)
                _take_inbox_url(session, inbox_url, verified.manifest["created"])
                added, kept = questionnaires.store_update(session, definitions, source="welcome-pack")
                notes.extend(kept)
                session.exec(delete(m.CatalogueEntry))
                session.add_all(
                    m.CatalogueEntry(
                        practice_id=entry["id"],
                        city=entry["city"],
                        country=entry["country"],
                        title=entry["body"]["title"],
                        body=canonical.dumps(entry["body"]).decode("utf-8"),
                        pack_id=verified.bundle_id,
                        received_at=now,
                    )
                    for entry in catalogue
                )
            detail = "; ".join(
                [f"secretariat key {printed}", f"{added} new questionnaire definitions"]
                + ([f"{len(catalogue)} catalogue practices"] if status == MERGED else ["taken before"])
                + notes
            )
            if self.dry_run:
                return ImportOutcome(
                    path,
                    status,
                    None,
                    detail,
                    added + (len(catalogue) if status == MERGED else 0),
                    0,
                    signer,
                    None,
                    "welcome-pack",
                    verified.bundle_id,
                )
            log_import(
                session,
                path=path,
                file_sha256=sha,
                kind="welcome-pack",
                status=status,
                detail=detail,
                signer_key_id=signer,
                records=added + (len(catalogue) if status == MERGED else 0),
                now=now,
            )
        self.pinned_id, self.pinned_public = signer, identity.signing_public
        records_count = added + (len(catalogue) if status == MERGED else 0)
        return ImportOutcome(
            path, status, None, detail, records_count, 0, signer, None, "welcome-pack", verified.bundle_id
        )

    # -- receipt

    def _take_receipt(self, path: Path, sha: str, verified: container.VerifiedContainer) -> ImportOutcome:
        signer = verified.signer_key_id
        own = self.info.key_id
        if self.pinned_id is None:
            raise _Refused(
                "unknown_key", "no secretariat key is pinned yet: import the secretariat's welcome pack first"
            )
        if signer != self.pinned_id:
            raise _Refused(
                "wrong_signer",
                f"the receipt is signed by {format_key_id(signer)}, not by the pinned secretariat key",
            )
        if own is None or verified.manifest["recipient"]["key_id"] != own:
            raise _Refused("not_for_us", "the receipt is addressed to another delegate")
        content = _payload.receipt_member(verified, own)
        sequence, acknowledged, notes = content.sequence, content.acknowledged, content.review_notes
        resolutions = content.revisions
        reserved = reserved_id_problem([*notes, *resolutions])
        if reserved is not None:
            raise _Refused(*reserved)
        now = utcnow()
        with self._session() as session:
            if session.exec(
                select(m.ReceiptTaken.id).where(col(m.ReceiptTaken.bundle_id) == verified.bundle_id)
            ).first():
                status, changed, added, resolved = DUPLICATE, 0, [], []
                detail = f"receipt {sequence} was taken before"
            else:
                last = session.exec(select(func.max(m.ReceiptTaken.receipt_sequence))).one()
                if last is not None and sequence <= last:
                    raise _Refused(
                        "old_receipt", f"receipt {sequence} is not newer than receipt {last}, taken before"
                    )
                target = _note_target_problem(session, notes, own)
                if target is not None:
                    raise _Refused("not_owner", target)
                new_notes = _not_stored(session, notes)
                identity = _checks.identity_problem(session, new_notes, reason="bad_receipt")
                if identity is not None:
                    raise _Refused(identity.reason, f"the review notes cannot be merged: {identity.detail}")
                _check_secretariat_revisions(session, resolutions, own)
                if self.dry_run:
                    return _receipt_outcome(path, verified, content, session)
                changed = repository.mark_acknowledged(acknowledged, session=session)
                try:
                    added = repository.add_revisions(
                        notes, session=session, origin_bundle=verified.bundle_id, verified=True
                    )
                except ValidationError as exc:
                    raise _Refused(
                        "bad_receipt", f"the review notes cannot be merged: {exc.message}"
                    ) from exc
                resolved = _merge_secretariat_revisions(session, resolutions, verified.bundle_id)
                session.add(
                    m.ReceiptTaken(
                        receipt_sequence=sequence,
                        bundle_id=verified.bundle_id,
                        signer_key_id=signer,
                        taken_at=now,
                        acknowledged=changed,
                        review_notes=len(added),
                    )
                )
                status = MERGED
                detail = (
                    f"receipt {sequence}: {changed} revisions acknowledged, {len(added)} review notes, "
                    f"{len(content.bundles)} bundles reported"
                )
                if resolved:
                    detail += f", {len(resolved)} revisions by the secretariat merged"
            new_ids = {*added, *resolved}
            merged_records = len({r.record_id for r in [*notes, *resolutions] if r.rev_id in new_ids})
            if self.dry_run:  # only a receipt taken before gets here in a dry run
                return ImportOutcome(
                    path, status, None, detail, 0, 0, signer, sequence, "receipt", verified.bundle_id
                )
            log_import(
                session,
                path=path,
                file_sha256=sha,
                kind="receipt",
                status=status,
                detail=detail,
                signer_key_id=signer,
                sequence=sequence,
                records=merged_records,
                revisions=changed + len(added) + len(resolved),
                now=now,
            )
        return ImportOutcome(
            path,
            status,
            None,
            detail,
            merged_records,
            changed + len(added) + len(resolved),
            signer,
            sequence,
            "receipt",
            verified.bundle_id,
        )


def _note_target_problem(session: Session, notes: list[records.Revision], own: str) -> str | None:
    """Why a receipt's review notes cannot be taken: a note about a stored record this delegate does not
    own, or of another type than the note says (the secretariat reviews only what the delegate sent).
    A note about a record not stored here (deleted, or on another laptop) is taken."""
    targets = {
        str(note.body["target_id"]): str(note.body["target_type"]) for note in notes if note.body is not None
    }
    if not targets:
        return None
    stored = session.exec(
        select(m.Record.record_id, m.Record.record_type, m.Record.owner).where(
            col(m.Record.record_id).in_(sorted(targets))
        )
    ).all()
    for record_id, record_type, owner in stored:
        if owner != own or record_type != targets[record_id]:
            return f"a review note is about record {record_id}, which is not this delegate's {targets[record_id]}"
    return None


def _new_definitions(session: Session, definitions: list[questionnaires.ReceivedDefinition]) -> int:
    """How many of a pack's definitions a merge would store (those whose id and version are new)."""
    added = 0
    for item in definitions:
        stored = session.exec(
            select(m.QuestionnaireDefinition.id).where(
                col(m.QuestionnaireDefinition.questionnaire_id) == item.definition.id,
                col(m.QuestionnaireDefinition.version) == item.definition.version,
            )
        ).first()
        added += stored is None
    return added


def _not_stored(session: Session, revs: list[records.Revision]) -> list[records.Revision]:
    """Those of ``revs`` whose ``rev_id`` is not stored yet (what a merge would add)."""
    stored = repository.stored_identities([rev.rev_id for rev in revs], session=session) if revs else {}
    return [rev for rev in revs if rev.rev_id not in stored]


def _check_secretariat_revisions(session: Session, revs: list[records.Revision], own: str) -> None:
    """The receipt's ``revisions`` against what this profile holds: an attachment or progress report
    must not point at a stored record of another owner (``not_owner``), a progress report not at a
    stored record that is not a commitment (``bad_revision``), and none may give a stored record another
    type or owner (``not_owner``), as at the secretariat."""
    if not revs:
        return
    problem = pointer_problem(session, revs, {rev.record_id: rev.record_type for rev in revs}, own)
    if problem is not None:
        raise _Refused(*problem)
    identity = _checks.identity_problem(session, _not_stored(session, revs))
    if identity is not None:
        raise _Refused(identity.reason, f"the secretariat's revisions cannot be merged: {identity.detail}")


def _receipt_outcome(
    path: Path, verified: container.VerifiedContainer, content: _payload.ReceiptContent, session: Session
) -> ImportOutcome:
    """What taking the receipt would report (dry run): the counts a merge would give."""
    unacknowledged = set(
        session.exec(
            select(m.Revision.rev_id).where(
                col(m.Revision.rev_id).in_(content.acknowledged[:30000]),
                col(m.Revision.acknowledged).is_(False),
            )
        ).all()
    )
    new = _not_stored(session, [*content.review_notes, *content.revisions])
    notes = sum(1 for rev in new if rev.record_type == RecordType.REVIEW_NOTE)
    detail = (
        f"receipt {content.sequence}: {len(unacknowledged)} revisions acknowledged, {notes} review notes, "
        f"{len(content.bundles)} bundles reported"
    )
    if len(new) > notes:
        detail += f", {len(new) - notes} revisions by the secretariat merged"
    return ImportOutcome(
        path,
        MERGED,
        None,
        detail,
        len({rev.record_id for rev in new}),
        len(unacknowledged) + len(new),
        verified.signer_key_id,
        content.sequence,
        "receipt",
        verified.bundle_id,
    )


def _merge_secretariat_revisions(session: Session, revs: list[records.Revision], bundle_id: str) -> list[str]:
    """Merge the ``revisions`` of a receipt, checked by :func:`_check_secretariat_revisions`, as a union;
    returns the rev_ids newly stored. Stored as received (``created_locally`` false), so the delegate's
    export never sends them back."""
    if not revs:
        return []
    try:
        return repository.add_revisions(revs, session=session, origin_bundle=bundle_id, verified=True)
    except ValidationError as exc:
        reason = "not_owner" if exc.params.get("reason") == "record_identity" else "bad_revision"
        raise _Refused(reason, f"the secretariat's revisions cannot be merged: {exc.message}") from exc


def _take_inbox_url(session: Session, url: str | None, created: str) -> None:
    """The pack's inbox address (or none) replaces the stored one unless an already taken pack is newer,
    so an old pack taken again cannot bring back an address the secretariat has since changed."""
    state = session.get(m.SyncState, 1) or m.SyncState(id=1)
    if state.inbox_url_created is not None and created < state.inbox_url_created:
        return
    state.inbox_url, state.inbox_url_created = url, created
    session.add(state)


def catalogue(workspace: Workspace) -> list[dict[str, Any]]:
    """The practices catalogue from the latest welcome pack: ``{"id", "city", "country", "body"}``."""
    with workspace.session() as session:
        rows = session.exec(select(m.CatalogueEntry).order_by(col(m.CatalogueEntry.title))).all()
        return [
            {"id": r.practice_id, "city": r.city, "country": r.country, "body": json.loads(r.body)}
            for r in rows
        ]


def pinned_secretariat(session: Session) -> m.PinnedSecretariat | None:
    return session.get(m.PinnedSecretariat, 1)
