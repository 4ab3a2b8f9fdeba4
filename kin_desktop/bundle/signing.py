"""Ed25519 signatures over manifest bytes, with a domain-separation prefix per kind of file.

The signed message is ``context || manifest_bytes``. Each kind of file has its own context, so a
signature made for a receipt can never be presented as the signature of a delegate bundle (or the
other way round), nor any other Ed25519 signature made with the same key.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kin_desktop.bundle.keys import SignerLike
from kin_desktop.core.errors import BundleRejected

SIGNATURE_CONTEXT = b"KIN-Desktop bundle manifest v1\x00"
WELCOME_PACK_CONTEXT = b"KIN-Desktop welcome pack manifest v1\x00"
RECEIPT_CONTEXT = b"KIN-Desktop receipt manifest v1\x00"
KEY_LIST_CONTEXT = b"KIN-Desktop key list manifest v1\x00"

CONTEXTS: dict[str, bytes] = {
    "delegate-bundle": SIGNATURE_CONTEXT,
    "welcome-pack": WELCOME_PACK_CONTEXT,
    "receipt": RECEIPT_CONTEXT,
    "key-list": KEY_LIST_CONTEXT,
}

SIGNATURE_BYTES = 64


def context_for(kind: str) -> bytes:
    try:
        return CONTEXTS[kind]
    except KeyError:
        raise ValueError(f"unknown kind of signed file {kind!r}") from None


def sign_manifest(manifest_bytes: bytes, signer: SignerLike, *, context: bytes = SIGNATURE_CONTEXT) -> bytes:
    """Return the 64-byte Ed25519 signature of ``context || manifest_bytes``."""
    return signer.sign(context + manifest_bytes)


def verify_manifest(
    manifest_bytes: bytes, signature: bytes, public_key: bytes, *, context: bytes = SIGNATURE_CONTEXT
) -> None:
    """Check a signature made by :func:`sign_manifest`; raises ``BundleRejected(reason="bad_signature")``."""
    if len(signature) != SIGNATURE_BYTES or len(public_key) != 32:
        raise BundleRejected("The signature is malformed.", reason="bad_signature")
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, context + manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise BundleRejected(
            "The signature does not match: the file was changed after it was signed, or it was not "
            "signed by the key it names.",
            reason="bad_signature",
        ) from exc
