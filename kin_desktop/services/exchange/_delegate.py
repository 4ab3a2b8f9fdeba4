"""Delegate: take welcome packs (pinning the secretariat key) and receipts."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, delete, func, select

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import PublicIdentity, format_key_id
from kin_desktop.core import canonical, limits, records
from kin_desktop.core.errors import BundleRejected, ValidationError
from kin_desktop.core.schemas import RecordType, validate_body
from kin_desktop.services import questionnaires
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
from kin_desktop.storage import models as m
from kin_desktop.storage import repository

_log = logging.getLogger(__name__)

ConfirmKey = Callable[[str], bool]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_HEX64 = re.compile(r"[0-9a-f]{64}")
_IDENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_PACK_KEYS = frozenset({"identity", "name", "organisation"})
_PACK_OPTIONAL = frozenset({"inbox_url"})  # the inbox service's address (docs/sync.md)
_RECEIPT_KEYS = frozenset({"receipt_sequence", "delegate_key_id", "acknowledged", "bundles", "review_notes"})
# Optional: the secretariat's revisions of this delegate's records (conflict resolutions).
_RECEIPT_OPTIONAL = frozenset({"revisions"})


class _Refused(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def normalise_fingerprint(text: str) -> str:
    """A fingerprint or key id as typed ("3F2A 9C11 ..."), as a lower-case key id."""
    return re.sub(r"[\s:-]", "", text).lower()


def _string(value: Any, what: str, longest: int = limits.MAX_HEADER_TEXT) -> str:
    if not limits.is_text(value, longest):
        raise _Refused("bad_pack", f"{what} must be a string of at most {longest} characters")
    assert isinstance(value, str)
    return value


def _bounded_list(value: Any, what: str, reason: str = "bad_receipt") -> list[Any]:
    if not isinstance(value, list):
        raise _Refused(reason, f"{what} must be a list")
    if len(value) > limits.MAX_RECEIPT_ITEMS:
        raise _Refused(reason, f"{what} may hold at most {limits.MAX_RECEIPT_ITEMS:,} items")
    return value


class DelegateImporter:
    """Welcome packs and receipts into a delegate profile; one instance per import call."""

    def __init__(
        self,
        workspace: Workspace,
        info: ProfileInfo,
        *,
        accept_fingerprint: str | None = None,
        confirm_key: ConfirmKey | None = None,
    ) -> None:
        self.workspace = workspace
        self.info = info
        self.accept = None if accept_fingerprint is None else normalise_fingerprint(accept_fingerprint)
        self.confirm_key = confirm_key
        with workspace.session() as session:
            pinned = session.get(m.PinnedSecretariat, 1)
            self.pinned_id = None if pinned is None else pinned.key_id
            self.pinned_public = None if pinned is None else bytes.fromhex(pinned.signing_public_key)

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
        try:
            data, sha = read_file(path)
            verified = container.read_signed_container(
                data,
                expected_kinds=("welcome-pack", "receipt"),
                trusted_key_lookup=self._lookup,
                allow_unknown_signer=True,
            )
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
        with self.workspace.session() as session:
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

    def _take_pack(self, path: Path, sha: str, verified: container.VerifiedContainer) -> ImportOutcome:
        signer = verified.signer_key_id
        printed = format_key_id(signer)
        if self.pinned_id is not None and signer != self.pinned_id:
            raise _Refused(
                "wrong_signer",
                f"the pack is signed by {printed}, not by the pinned secretariat key "
                f"{format_key_id(self.pinned_id)}",
            )
        try:
            pack = canonical.loads_strict(verified.members["secretariat.json"], max_bytes=64 * 1024)
            if not isinstance(pack, dict) or not _PACK_KEYS <= set(pack) <= _PACK_KEYS | _PACK_OPTIONAL:
                raise _Refused(
                    "bad_pack",
                    "secretariat.json must hold identity, name, organisation and nothing but inbox_url",
                )
            identity = PublicIdentity.from_json(pack["identity"])
            inbox_url = _inbox_url(pack.get("inbox_url"))
        except ValidationError as exc:
            raise _Refused("bad_pack", f"secretariat.json is invalid: {exc.message}") from exc
        name = _string(pack["name"], "the secretariat's name")
        organisation = _string(pack["organisation"], "the secretariat's organisation")
        if identity.key_id != signer or identity.encryption_public is None:
            raise _Refused("wrong_signer", "the pack names another signing key than the one that signed it")
        if self.pinned_id is None and not self._confirmed(signer):
            given = "" if self.accept is None else " (the fingerprint given does not match)"
            raise _Refused(
                "unconfirmed_key",
                f"the secretariat key's fingerprint {printed} was not confirmed{given}",
            )
        definitions = self._pack_definitions(verified)
        catalogue = self._pack_catalogue(verified)
        now = utcnow()
        notes: list[str] = []
        added = 0
        with self.workspace.session() as session:
            pinned = session.get(m.PinnedSecretariat, 1)
            if pinned is not None and pinned.last_pack_id == verified.bundle_id:
                status = DUPLICATE
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

    def _pack_definitions(
        self, verified: container.VerifiedContainer
    ) -> list[questionnaires.ReceivedDefinition]:
        try:
            return questionnaires.read_update(verified.members)
        except ValidationError as exc:
            raise _Refused(str(exc.params.get("reason", "bad_definition")), exc.message) from exc

    def _pack_catalogue(self, verified: container.VerifiedContainer) -> list[dict[str, Any]]:
        raw = verified.members.get("catalogue.json")
        if raw is None:
            return []
        try:
            value = canonical.loads_strict(raw, max_bytes=64 * 1024 * 1024)
            if (
                not isinstance(value, dict)
                or set(value) != {"practices"}
                or not isinstance(value["practices"], list)
            ):
                raise _Refused("bad_catalogue", 'catalogue.json must be {"practices": [...]}')
            if len(value["practices"]) > limits.MAX_CATALOGUE_ENTRIES:
                raise _Refused(
                    "bad_catalogue", f"a catalogue holds at most {limits.MAX_CATALOGUE_ENTRIES:,} practices"
                )
            entries: list[dict[str, Any]] = []
            seen: set[str] = set()
            for item in value["practices"]:
                if not isinstance(item, dict) or set(item) != {"id", "city", "country", "body"}:
                    raise _Refused(
                        "bad_catalogue", "a catalogue entry must hold exactly id, city, country, body"
                    )
                if not isinstance(item["id"], str) or not _IDENT.fullmatch(item["id"]) or item["id"] in seen:
                    raise _Refused(
                        "bad_catalogue", f"catalogue entry id {item['id']!r} is invalid or repeated"
                    )
                seen.add(item["id"])
                city = _string(item["city"], "a catalogue city")
                country = _string(item["country"], "a catalogue country")
                body = validate_body(RecordType.PRACTICE, item["body"])
                entries.append({"id": item["id"], "city": city, "country": country, "body": body})
        except _Refused as exc:
            raise _Refused("bad_catalogue", exc.detail) from exc
        except ValidationError as exc:
            raise _Refused("bad_catalogue", f"catalogue.json is invalid: {exc.message}") from exc
        return entries

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
        try:
            receipt = canonical.loads_strict(verified.members["receipt.json"], max_bytes=256 * 1024 * 1024)
        except ValidationError as exc:
            raise _Refused("bad_receipt", f"receipt.json is invalid: {exc.message}") from exc
        if (
            not isinstance(receipt, dict)
            or not _RECEIPT_KEYS <= set(receipt) <= _RECEIPT_KEYS | _RECEIPT_OPTIONAL
        ):
            raise _Refused("bad_receipt", "receipt.json does not have the receipt fields")
        sequence = receipt["receipt_sequence"]
        if not limits.is_int(sequence, 1, limits.MAX_SEQUENCE):
            raise _Refused(
                "bad_receipt", f"receipt_sequence must be an integer from 1 to {limits.MAX_SEQUENCE:,}"
            )
        if receipt["delegate_key_id"] != own:
            raise _Refused("not_for_us", "the receipt is addressed to another delegate")
        acknowledged = _bounded_list(receipt["acknowledged"], "acknowledged")
        if not all(isinstance(r, str) and _HEX64.fullmatch(r) for r in acknowledged):
            raise _Refused("bad_receipt", "acknowledged must be a list of revision ids")
        _bounded_list(receipt["bundles"], "bundles")
        _bounded_list(receipt["review_notes"], "review_notes")
        try:
            for item in receipt["review_notes"]:  # from_json compares "v" by value, so 1.0 would pass for 1
                if isinstance(item, dict) and type(item.get("v")) is not int:
                    raise ValidationError(
                        'the revision format "v" must be an integer', reason="revision_version"
                    )
            notes = [records.from_json(item) for item in receipt["review_notes"]]
        except ValidationError as exc:
            raise _Refused("bad_receipt", f"a review note is invalid: {exc.message}") from exc
        for note in notes:
            if note.record_type != RecordType.REVIEW_NOTE or note.owner != signer:
                raise _Refused("not_owner", f"revision {note.rev_id} is not a review note of the secretariat")
            if note.author != signer:
                raise _Refused("wrong_author", f"review note {note.rev_id} is authored by another key")
        resolutions = _secretariat_revisions(receipt.get("revisions", []), signer, own)
        reserved = reserved_id_problem([*notes, *resolutions])
        if reserved is not None:
            raise _Refused(*reserved)
        now = utcnow()
        with self.workspace.session() as session:
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
                problem = _note_target_problem(session, notes, own)
                if problem is not None:
                    raise _Refused("not_owner", problem)
                changed = repository.mark_acknowledged(acknowledged, session=session)
                try:
                    added = repository.add_revisions(
                        notes, session=session, origin_bundle=verified.bundle_id, verified=True
                    )
                except ValidationError as exc:
                    raise _Refused(
                        "bad_receipt", f"the review notes cannot be merged: {exc.message}"
                    ) from exc
                resolved = _merge_secretariat_revisions(session, resolutions, own, verified.bundle_id)
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
                    f"{len(receipt['bundles'])} bundles reported"
                )
                if resolved:
                    detail += f", {len(resolved)} revisions by the secretariat merged"
            new_ids = {*added, *resolved}
            merged_records = len({r.record_id for r in [*notes, *resolutions] if r.rev_id in new_ids})
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


def _secretariat_revisions(raw: Any, secretariat: str, own: str) -> list[records.Revision]:
    """The ``revisions`` of a receipt, checked as strictly as the secretariat checks a bundle's.

    Each is parsed in full (exact keys, integer ``"v"``, identifiers, body schema, ``rev_id`` the hash
    of its content: ``bad_revision``); its author must be the pinned secretariat key (``wrong_author``)
    and its record one this delegate owns, never a review note (``not_owner``). One bad revision
    refuses the whole receipt.
    """
    _bounded_list(raw, "revisions")
    revs: list[records.Revision] = []
    try:
        for item in raw:  # from_json compares "v" by value, so 1.0 would pass for 1
            if isinstance(item, dict) and type(item.get("v")) is not int:
                raise ValidationError('the revision format "v" must be an integer', reason="revision_version")
            revs.append(records.from_json(item))
    except ValidationError as exc:
        raise _Refused("bad_revision", f"a revision of the secretariat is invalid: {exc.message}") from exc
    for rev in revs:
        if rev.author != secretariat:
            raise _Refused(
                "wrong_author",
                f"revision {rev.rev_id} is authored by {rev.author}, not by the pinned secretariat key",
            )
        if rev.owner != own or rev.record_type == RecordType.REVIEW_NOTE:
            raise _Refused(
                "not_owner",
                f"revision {rev.rev_id} writes record {rev.record_id}, which this delegate does not own",
            )
    return revs


def _merge_secretariat_revisions(
    session: Session, revs: list[records.Revision], own: str, bundle_id: str
) -> list[str]:
    """Merge the checked ``revisions`` of a receipt as a union; returns the rev_ids newly stored.

    Stored as received (``created_locally`` false), so the delegate's export never sends them back.
    An attachment or progress report among them must not point at a stored record of another owner
    (``not_owner``), and a progress report not at a stored record that is not a commitment
    (``bad_revision``), as at the secretariat.
    """
    if not revs:
        return []
    problem = pointer_problem(session, revs, {rev.record_id: rev.record_type for rev in revs}, own)
    if problem is not None:
        raise _Refused(*problem)
    try:
        return repository.add_revisions(revs, session=session, origin_bundle=bundle_id, verified=True)
    except ValidationError as exc:
        reason = "not_owner" if exc.params.get("reason") == "record_identity" else "bad_revision"
        raise _Refused(reason, f"the secretariat's revisions cannot be merged: {exc.message}") from exc


def _inbox_url(value: Any) -> str | None:
    from kin_desktop.inbox.protocol import check_url

    if value is None:
        return None
    try:
        return check_url(value)
    except ValueError as exc:
        raise _Refused("bad_pack", f"inbox_url is invalid: {exc}") from exc


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
