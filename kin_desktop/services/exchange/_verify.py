"""Both roles: judge files as an import would, without importing them (docs/exchange.md, "verify").

``verify`` runs the importer of the profile's role in its dry-run mode: every check import makes (the
container, the revisions and their hashes, authors, owners, the welcome pack's identity against its
signer, the receipt's delegate against its recipient, sequence numbers, what is stored already, the
fingerprint given with ``accept_fingerprint``) on read-only sessions, and reports the verdict and reason
import would give. Nothing is written: no database row, no held or quarantined file, no log entry.

Where import refuses a file only because this role never takes that kind in, the detail says more:
a secretariat is told whether a welcome pack or receipt is one it signed itself and whether its content
is valid (``not_a_bundle`` all the same); a delegate is told for whom an encrypted bundle is meant
(``encrypted`` all the same).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kin_desktop.bundle import container, encryption
from kin_desktop.bundle.keys import format_key_id
from kin_desktop.core.errors import BundleRejected
from kin_desktop.core.schemas import Role
from kin_desktop.services.exchange import _payload
from kin_desktop.services.exchange._common import (
    BUNDLE_SUFFIX,
    RECEIPT_SUFFIX,
    REFUSED_STATUSES,
    WELCOME_SUFFIX,
    ImportOutcome,
    VerifyOutcome,
    expand,
    keystore,
)
from kin_desktop.services.exchange._delegate import DelegateImporter
from kin_desktop.services.exchange._secretariat import SecretariatImporter
from kin_desktop.services.profiles import Workspace


def _fingerprint(key_id: str | None) -> str | None:
    return None if key_id is None else format_key_id(key_id)


def _from_outcome(
    outcome: ImportOutcome,
    *,
    kind: str | None = None,
    recipient: str | None = None,
    decrypted: bool = False,
    revisions: int | None = None,
    detail: str | None = None,
) -> VerifyOutcome:
    return VerifyOutcome(
        path=outcome.path,
        ok=outcome.status not in REFUSED_STATUSES,
        kind=outcome.kind if kind is None else kind,
        signer_key_id=outcome.signer_key_id,
        fingerprint=_fingerprint(outcome.signer_key_id),
        recipient_key_id=recipient,
        decrypted=decrypted,
        revisions=revisions,
        reason=outcome.reason,
        detail=outcome.detail if detail is None else detail,
        status=outcome.status,
    )


def _clear_header(data: bytes) -> encryption.EncryptedHeader | None:
    """The clear header of an encrypted bundle (readable without keys), or None."""
    try:
        return encryption.read_header(data)
    except BundleRejected:
        return None


class _SecretariatVerifier:
    def __init__(self, workspace: Workspace) -> None:
        self.importer = SecretariatImporter(workspace, dry_run=True)
        self.own = keystore(workspace).public_identity()

    def verify(self, path: Path) -> VerifyOutcome:
        outcome = self.importer.import_file(path)
        prepared = self.importer.last_prepared
        data = b"" if prepared is None else prepared.data  # the file is read once
        if outcome.reason == "not_a_bundle" and container.sniff(data) == "signed-container":
            own = self._own_file(path, data)
            return _from_outcome(
                outcome,
                kind=own.kind,
                recipient=own.recipient_key_id,
                detail=f"{outcome.detail} ({own.detail})",
            )
        header = _clear_header(data)
        verified = None if prepared is None else prepared.verified
        offered = None if prepared is None else prepared.offered
        count = len(offered) if isinstance(offered, list) else None
        detail = outcome.detail
        if verified is not None and outcome.status not in REFUSED_STATUSES:
            sequence = verified.manifest["sequence"]
            detail = f"bundle {sequence} signed by {format_key_id(verified.signer_key_id)}" + (
                f"; {outcome.detail}" if outcome.detail else ""
            )
        return _from_outcome(
            outcome,
            kind="delegate-bundle" if header is not None else outcome.kind,
            recipient=None if header is None else header.recipient_key_id,
            decrypted=verified is not None,
            revisions=count,
            detail=detail,
        )

    def _own_file(self, path: Path, data: bytes) -> VerifyOutcome:
        """A welcome pack or receipt this secretariat wrote: its own signature and valid content (the
        detail of its ``not_a_bundle``)."""
        signer: str | None = None
        recipient: str | None = None
        kind: str | None = None
        try:
            verified = container.read_signed_container(
                data,
                expected_kinds=("welcome-pack", "receipt"),
                trusted_key_lookup=lambda key: self.own.signing_public if key == self.own.key_id else None,
                allow_unknown_signer=True,
            )
            kind, signer = verified.kind, verified.signer_key_id
            named = verified.manifest.get("recipient")
            recipient = named["key_id"] if isinstance(named, dict) else None
            if not verified.signer_known:
                raise _payload.Refused(
                    "wrong_signer",
                    f"signed by {format_key_id(signer)}, not by this secretariat's key {self.own.fingerprint}",
                )
            if kind == "welcome-pack":
                _payload.secretariat_member(verified)
                _payload.questionnaire_members(verified)
                _payload.catalogue_member(verified)
            else:
                assert recipient is not None
                _payload.receipt_member(verified, recipient)
        except BundleRejected as exc:
            return VerifyOutcome(
                path, False, kind, signer, _fingerprint(signer), recipient, False, None, exc.reason,
                f"{exc.message} ({exc.reason})", "rejected",
            )  # fmt: skip
        except _payload.Refused as refused:
            return VerifyOutcome(
                path, False, kind, signer, _fingerprint(signer), recipient, False, None, refused.reason,
                f"{refused.detail} ({refused.reason})", refused.status,
            )  # fmt: skip
        except (ValueError, RecursionError) as exc:
            return VerifyOutcome(
                path, False, kind, signer, _fingerprint(signer), recipient, False, None, "bad_manifest",
                f"invalid: {exc}", "rejected",
            )  # fmt: skip
        detail = f"a {kind} signed by this secretariat's key, valid" + (
            f", for the delegate {format_key_id(recipient)}" if recipient else ""
        )
        return VerifyOutcome(
            path, True, kind, signer, _fingerprint(signer), recipient, False, None, None, detail, None
        )  # fmt: skip


class _DelegateVerifier:
    def __init__(self, workspace: Workspace, accept_fingerprint: str | None) -> None:
        self.importer = DelegateImporter(
            workspace, workspace.profile(), accept_fingerprint=accept_fingerprint, dry_run=True
        )

    def verify(self, path: Path) -> VerifyOutcome:
        pinned_before = self.importer.pinned_id
        outcome = self.importer.import_file(path)
        verified = self.importer.last_verified
        if outcome.reason == "encrypted":
            header = _clear_header(self.importer.last_data)
            if header is not None:
                pinned = self.importer.pinned_encryption_id
                whose = (
                    "the pinned secretariat's key"
                    if pinned is not None and header.recipient_key_id == pinned
                    else f"key {format_key_id(header.recipient_key_id)}"
                )
                detail = (
                    f"an encrypted delegate bundle for {whose}: only the secretariat can open and check it"
                )
                return VerifyOutcome(
                    path, False, "delegate-bundle", None, None, header.recipient_key_id, False, None,
                    "encrypted", detail, outcome.status,
                )  # fmt: skip
        recipient = None
        if verified is not None and isinstance(verified.manifest.get("recipient"), dict):
            recipient = verified.manifest["recipient"]["key_id"]
        detail = outcome.detail
        if outcome.reason == "unconfirmed_key":
            detail += (
                "; compare it with the invitation letter: import asks you to confirm it, or give it with "
                "--accept-fingerprint"
            )
        elif outcome.kind == "welcome-pack" and not outcome.refused and pinned_before is None:
            detail += "; its fingerprint matches the one given"
        return _from_outcome(outcome, recipient=recipient, detail=detail)


def verify_files(
    workspace: Workspace, paths: Iterable[Path | str], *, accept_fingerprint: str | None = None
) -> list[VerifyOutcome]:
    """Judge each file as :func:`exchange.import_paths` would, writing nothing.

    A folder stands for every bundle, welcome pack and receipt in it. Each file is judged against the
    profile as it is (not as the files before it in the same call would leave it). ``ok`` is true when
    import would not refuse the file (``status`` merged, duplicate or held); ``reason`` is the code an
    import would give. ``accept_fingerprint`` is checked as import checks it: without it, a welcome pack
    from a secretariat key not pinned yet is ``unconfirmed_key``, as an import with nobody to ask, and
    its ``fingerprint`` is there to compare with the invitation letter.
    """
    files = expand(paths, (BUNDLE_SUFFIX, WELCOME_SUFFIX, RECEIPT_SUFFIX))
    info = workspace.profile()
    if info.role == Role.SECRETARIAT:
        secretariat = _SecretariatVerifier(workspace)
        return [secretariat.verify(path) for path in files]
    delegate = _DelegateVerifier(workspace, accept_fingerprint)
    return [delegate.verify(path) for path in files]
