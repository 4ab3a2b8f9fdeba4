"""Both roles: check files without importing them (never writes)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlmodel import select

from kin_desktop.bundle import container, encryption
from kin_desktop.bundle.keys import Decryptor, KeyStore, format_key_id
from kin_desktop.core import canonical
from kin_desktop.core.errors import BundleRejected, ValidationError
from kin_desktop.core.schemas import Role
from kin_desktop.services.exchange._common import (
    BUNDLE_SUFFIX,
    RECEIPT_SUFFIX,
    WELCOME_SUFFIX,
    VerifyOutcome,
    expand,
    keystore,
    read_file,
)
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import models as m


class _Verifier:
    def __init__(self, workspace: Workspace) -> None:
        info = workspace.profile()
        self.role = info.role
        self.store: KeyStore = keystore(workspace)
        self._decryptor: Decryptor | None = None
        self.registry: dict[str, tuple[bytes, str]] = {}
        self.pinned: tuple[str, bytes] | None = None
        identity = self.store.public_identity()
        self.own_encryption_id = identity.encryption_key_id
        with workspace.session() as session:
            if self.role == Role.SECRETARIAT:
                for key in session.exec(select(m.DelegateKey)):
                    self.registry[key.key_id] = (bytes.fromhex(key.signing_public_key), key.status)
                self.pinned = (identity.key_id, identity.signing_public)
            else:
                pinned = session.get(m.PinnedSecretariat, 1)
                if pinned is not None:
                    self.pinned = (pinned.key_id, bytes.fromhex(pinned.signing_public_key))

    def decryptor(self) -> Decryptor:
        if self._decryptor is None:
            self._decryptor = self.store.decryptor()
        return self._decryptor

    def _signed_lookup(self, key_id: str) -> bytes | None:
        return self.pinned[1] if self.pinned is not None and self.pinned[0] == key_id else None

    def _bundle_lookup(self, key_id: str) -> bytes | None:
        entry = self.registry.get(key_id)
        return None if entry is None else entry[0]

    def verify(self, path: Path) -> VerifyOutcome:
        kind: str | None = None
        signer: str | None = None
        recipient: str | None = None
        decrypted = False
        try:
            data, _ = read_file(path)
            if encryption.is_encrypted_bundle(data):
                kind = "delegate-bundle"
                recipient = encryption.read_header(data).recipient_key_id
                if self.own_encryption_id is None or recipient != self.own_encryption_id:
                    return VerifyOutcome(
                        path,
                        False,
                        kind,
                        None,
                        None,
                        recipient,
                        False,
                        None,
                        "not_for_us",
                        f"a KIN bundle encrypted for key {format_key_id(recipient)}; only that key's holder "
                        "can check its signature",
                    )
                verified = container.open_bundle(
                    data,
                    decryptor=self.decryptor(),
                    trusted_key_lookup=self._bundle_lookup,
                    allow_unknown_signer=True,
                )
                decrypted = True
                signer = verified.signer_key_id
                try:
                    count = len(
                        canonical.loads_strict(verified.members["revisions.json"], max_bytes=64 << 20)
                    )
                except (ValidationError, TypeError):
                    count = None
                status = self.registry.get(signer, (b"", "unknown"))[1]
                if status == "revoked":
                    return VerifyOutcome(
                        path, False, kind, signer, format_key_id(signer), recipient, True, count, "revoked_key",
                        "signed by a revoked key",
                    )  # fmt: skip
                detail = f"bundle {verified.manifest['sequence']} signed by {format_key_id(signer)}"
                if status != "approved":
                    detail += (
                        f" (key {status}: not enrolled yet)" if status == "pending" else " (key not enrolled)"
                    )
                return VerifyOutcome(
                    path, True, kind, signer, format_key_id(signer), recipient, True, count, None, detail
                )
            verified = container.read_signed_container(
                data,
                expected_kinds=("welcome-pack", "receipt"),
                trusted_key_lookup=self._signed_lookup,
                allow_unknown_signer=True,
            )
            kind, signer = verified.kind, verified.signer_key_id
            recipient_field = verified.manifest.get("recipient")
            recipient = recipient_field.get("key_id") if isinstance(recipient_field, dict) else None
            if not verified.signer_known and self.pinned is not None:
                return VerifyOutcome(
                    path, False, kind, signer, format_key_id(signer), recipient, False, None, "wrong_signer",
                    f"signed by {format_key_id(signer)}, not by the secretariat key "
                    f"{format_key_id(self.pinned[0])}",
                )  # fmt: skip
            detail = f"{kind} signed by {format_key_id(signer)}"
            if not verified.signer_known:
                detail += " (compare this fingerprint with the invitation letter)"
            return VerifyOutcome(
                path, True, kind, signer, format_key_id(signer), recipient, False, None, None, detail
            )
        except (ValueError, RecursionError) as exc:
            return VerifyOutcome(
                path, False, kind, signer, None, recipient, decrypted, None, "bad_manifest", f"invalid: {exc}"
            )
        except BundleRejected as exc:
            return VerifyOutcome(
                path,
                False,
                kind,
                signer,
                None if signer is None else format_key_id(signer),
                recipient,
                decrypted,
                None,
                exc.reason,
                exc.message,
            )


def verify_files(workspace: Workspace, paths: Iterable[Path | str]) -> list[VerifyOutcome]:
    """Integrity and signature of each file, and decryption where this profile holds the key.

    Never writes. A folder stands for every bundle, welcome pack and receipt in it.
    """
    verifier = _Verifier(workspace)
    return [verifier.verify(path) for path in expand(paths, (BUNDLE_SUFFIX, WELCOME_SUFFIX, RECEIPT_SUFFIX))]
