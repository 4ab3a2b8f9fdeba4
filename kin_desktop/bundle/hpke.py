"""HPKE (RFC 9180) base-mode single-shot seal for the one suite format v1 uses, written out step by step.

DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305 — ``mode_base``, ``psk = psk_id = ""``.
Production writers use ``cryptography``'s HPKE (``encryption.encrypt``), which draws the ephemeral key
itself. This module exists so the test vectors can be reproduced byte for byte with a *given*
ephemeral key, and so docs/bundle-format.md can point at a short, readable statement of every step.
``tests/unit/bundle/test_hpke.py`` checks that ``cryptography`` opens what this seals.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

KEM_ID = 0x0020  # DHKEM(X25519, HKDF-SHA256)
KDF_ID = 0x0001  # HKDF-SHA256
AEAD_ID = 0x0003  # ChaCha20Poly1305
MODE_BASE = 0x00
_VERSION = b"HPKE-v1"
_KEM_SUITE = b"KEM" + KEM_ID.to_bytes(2, "big")
_SUITE = b"HPKE" + KEM_ID.to_bytes(2, "big") + KDF_ID.to_bytes(2, "big") + AEAD_ID.to_bytes(2, "big")
_NK = 32  # AEAD key bytes
_NN = 12  # AEAD nonce bytes
_NSECRET = 32  # KEM shared secret bytes


def _extract(salt: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt, ikm, hashlib.sha256).digest()


def _expand(prk: bytes, info: bytes, length: int) -> bytes:
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def _labeled_extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return _extract(salt, _VERSION + suite + label + ikm)


def _labeled_expand(suite: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    return _expand(prk, length.to_bytes(2, "big") + _VERSION + suite + label + info, length)


def encapsulate(recipient_public: bytes, ephemeral_private: bytes) -> tuple[bytes, bytes]:
    """``(shared_secret, enc)`` of DHKEM(X25519, HKDF-SHA256) ``Encap`` with the given ephemeral key."""
    ephemeral = X25519PrivateKey.from_private_bytes(ephemeral_private)
    dh = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    enc = ephemeral.public_key().public_bytes_raw()
    eae_prk = _labeled_extract(_KEM_SUITE, b"", b"eae_prk", dh)
    shared = _labeled_expand(_KEM_SUITE, eae_prk, b"shared_secret", enc + recipient_public, _NSECRET)
    return shared, enc


def key_schedule(shared_secret: bytes, info: bytes) -> tuple[bytes, bytes]:
    """``(key, base_nonce)`` of ``KeySchedule`` in base mode (empty PSK and PSK id)."""
    psk_id_hash = _labeled_extract(_SUITE, b"", b"psk_id_hash", b"")
    info_hash = _labeled_extract(_SUITE, b"", b"info_hash", info)
    context = bytes([MODE_BASE]) + psk_id_hash + info_hash
    secret = _labeled_extract(_SUITE, shared_secret, b"secret", b"")
    key = _labeled_expand(_SUITE, secret, b"key", context, _NK)
    base_nonce = _labeled_expand(_SUITE, secret, b"base_nonce", context, _NN)
    return key, base_nonce


def seal_base(
    recipient_public: bytes, info: bytes, aad: bytes, plaintext: bytes, *, ephemeral_private: bytes
) -> bytes:
    """Single-shot ``SealBase``: ``enc || ciphertext`` (the first message, so the nonce is the base
    nonce)."""
    shared, enc = encapsulate(recipient_public, ephemeral_private)
    key, nonce = key_schedule(shared, info)
    return enc + ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)
