from __future__ import annotations

import pytest

from kin_desktop.bundle.keys import Signer
from kin_desktop.bundle.signing import (
    RECEIPT_CONTEXT,
    SIGNATURE_CONTEXT,
    WELCOME_PACK_CONTEXT,
    context_for,
    sign_manifest,
    verify_manifest,
)
from kin_desktop.core.errors import BundleRejected

MANIFEST = b'{"format":"kin-bundle","format_version":1}'


def rejected(manifest: bytes, signature: bytes, public: bytes, **kwargs: bytes) -> str:
    with pytest.raises(BundleRejected) as info:
        verify_manifest(manifest, signature, public, **kwargs)
    return info.value.reason


def test_good_signature() -> None:
    signer = Signer.generate()
    signature = sign_manifest(MANIFEST, signer)
    assert len(signature) == 64
    verify_manifest(MANIFEST, signature, signer.public)


def test_changed_manifest_or_signature() -> None:
    signer = Signer.generate()
    signature = sign_manifest(MANIFEST, signer)
    assert rejected(MANIFEST + b" ", signature, signer.public) == "bad_signature"
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert rejected(MANIFEST, flipped, signer.public) == "bad_signature"
    assert rejected(MANIFEST, signature[:-1], signer.public) == "bad_signature"
    assert rejected(MANIFEST, signature, signer.public[:31]) == "bad_signature"


def test_other_key() -> None:
    signature = sign_manifest(MANIFEST, Signer.generate())
    assert rejected(MANIFEST, signature, Signer.generate().public) == "bad_signature"


def test_context_separation() -> None:
    signer = Signer.generate()
    contexts = [SIGNATURE_CONTEXT, WELCOME_PACK_CONTEXT, RECEIPT_CONTEXT]
    assert len(set(contexts)) == 3 and all(c.endswith(b"\x00") for c in contexts)
    assert context_for("delegate-bundle") == SIGNATURE_CONTEXT
    for made in contexts:
        signature = sign_manifest(MANIFEST, signer, context=made)
        for checked in contexts:
            if checked == made:
                verify_manifest(MANIFEST, signature, signer.public, context=checked)
            else:
                assert rejected(MANIFEST, signature, signer.public, context=checked) == "bad_signature"
    # a bare signature over the manifest (no context) is not a manifest signature
    assert rejected(MANIFEST, signer.sign(MANIFEST), signer.public) == "bad_signature"
    with pytest.raises(ValueError):
        context_for("letter")
