"""The step-by-step HPKE seal of bundle/hpke.py (what docs/bundle-format.md §3.2 spells out) is RFC 9180:
``cryptography``'s own HPKE opens what it seals, and it depends on nothing but its inputs."""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import hpke as reference
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from kin_desktop.bundle import hpke

SUITE = reference.Suite(reference.KEM.X25519, reference.KDF.HKDF_SHA256, reference.AEAD.CHACHA20_POLY1305)


@settings(max_examples=25, deadline=None)
@given(
    plaintext=st.binary(max_size=100), info=st.binary(max_size=80), seed=st.binary(min_size=32, max_size=32)
)
def test_cryptography_opens_what_the_written_out_steps_seal(
    plaintext: bytes, info: bytes, seed: bytes
) -> None:
    recipient = X25519PrivateKey.generate()
    public = recipient.public_key().public_bytes_raw()
    sealed = hpke.seal_base(public, info, b"", plaintext, ephemeral_private=seed)
    assert len(sealed) == 32 + len(plaintext) + 16
    assert sealed[:32] == X25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    assert SUITE.decrypt(sealed, recipient, info=info) == plaintext
    assert hpke.seal_base(public, info, b"", plaintext, ephemeral_private=seed) == sealed


def test_the_info_is_bound() -> None:
    import pytest
    from cryptography.exceptions import InvalidTag

    recipient = X25519PrivateKey.generate()
    sealed = hpke.seal_base(
        recipient.public_key().public_bytes_raw(), b"info", b"", b"key", ephemeral_private=os.urandom(32)
    )
    with pytest.raises(InvalidTag):
        SUITE.decrypt(sealed, recipient, info=b"other")
