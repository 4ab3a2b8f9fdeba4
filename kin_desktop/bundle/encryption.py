"""Encryption of delegate bundles to the secretariat's X25519 key.

A random 32-byte content key is wrapped with HPKE (RFC 9180, base mode,
X25519 / HKDF-SHA256 / ChaCha20-Poly1305); the payload is encrypted with ChaCha20-Poly1305 in
chunks following the STREAM construction (nonce = chunk counter + final-chunk flag, associated
data = SHA-256 of the clear header), so truncation, reordering, duplication of chunks and appended
data are all detected. Exact byte layout (see also docs/bundle-format.md)::

    offset  size  field
    0       8     magic b"KINBNDL1"
    8       1     format version, 1
    9       1     suite, 1 = HPKE(X25519, HKDF-SHA256, ChaCha20-Poly1305) + ChaCha20-Poly1305 STREAM
    10      1     e: plaintext chunk size is 2**e bytes (writers use 16; readers accept 6..16)
    11      1     reserved, 0
    12      16    recipient key id (raw 16 bytes; hex = key_id of the recipient's X25519 public key)
    28      32    HPKE encapsulated key (enc)
    60      48    HPKE ciphertext of the 32-byte content key (32 + 16-byte tag)
    108     ...   chunks: each = ChaCha20-Poly1305(content key, nonce_i, chunk_i, ad)

    HPKE info = b"KIN-Desktop bundle v1 content key\\x00" || bytes[0:28]
    ad        = SHA-256(bytes[0:108])
    nonce_i   = i as 11-byte big-endian || 0x01 for the final chunk, 0x00 otherwise

Every chunk but the last holds exactly 2**e plaintext bytes (2**e + 16 ciphertext bytes); the final
chunk holds 1..2**e bytes and is the only one with the final flag. An empty plaintext is one empty
final chunk; otherwise an empty final chunk is refused (a plaintext whose length is a multiple of
2**e ends with a full final chunk).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from kin_desktop.bundle import hpke as hpke_steps
from kin_desktop.bundle.keys import Decryptor, is_key_id, key_id
from kin_desktop.core.errors import BundleRejected

MAGIC = b"KINBNDL1"
FORMAT_VERSION = 1
SUITE_ID = 1
DEFAULT_CHUNK_EXPONENT = 16
MIN_CHUNK_EXPONENT = 6
MAX_CHUNK_EXPONENT = 16
HEADER_FIXED_BYTES = 28
WRAPPED_KEY_BYTES = 80
HEADER_BYTES = HEADER_FIXED_BYTES + WRAPPED_KEY_BYTES
TAG_BYTES = 16
HPKE_INFO_PREFIX = b"KIN-Desktop bundle v1 content key\x00"
DEFAULT_MAX_PLAINTEXT = 1024 * 1024 * 1024

_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


@dataclass(frozen=True)
class EncryptionNonces:
    """The two random values of an encryption, fixed: for reproducible test vectors only.

    ``content_key`` is the 32-byte ChaCha20-Poly1305 key of the chunks; ``ephemeral_private`` the raw
    32-byte X25519 key of the HPKE encapsulation. Never reuse either for two files: a production
    writer draws both afresh for every file (the default of :func:`encrypt`).
    """

    content_key: bytes
    ephemeral_private: bytes

    def __post_init__(self) -> None:
        if len(self.content_key) != 32 or len(self.ephemeral_private) != 32:
            raise ValueError("the content key and the ephemeral key are 32 bytes each")


@dataclass(frozen=True)
class EncryptedHeader:
    """The clear header of an encrypted bundle (readable without any key)."""

    version: int
    suite: int
    chunk_size: int
    recipient_key_id: str
    raw: bytes

    @property
    def header_hash(self) -> bytes:
        return hashlib.sha256(self.raw).digest()


def is_encrypted_bundle(data: bytes) -> bool:
    """True when ``data`` starts like an encrypted KIN bundle (magic only; nothing is verified)."""
    return data[: len(MAGIC)] == MAGIC


def read_header(data: bytes) -> EncryptedHeader:
    """Parse the clear header, so a caller can say "a KIN bundle encrypted for key X" without keys."""
    if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
        if MAGIC.startswith(data):
            raise BundleRejected(
                "The file is cut short: it ends inside the bundle header.", reason="truncated"
            )
        raise BundleRejected("This file is not an encrypted KIN Desktop bundle.", reason="not_a_bundle")
    if len(data) >= 9 and data[8] != FORMAT_VERSION:
        raise BundleRejected(
            f"This bundle uses format version {data[8]}, which this version of KIN Desktop cannot read.",
            reason="unsupported_version",
            version=data[8],
        )
    if len(data) < HEADER_BYTES:
        raise BundleRejected("The file is cut short: it ends inside the bundle header.", reason="truncated")
    suite, exponent, reserved = data[9], data[10], data[11]
    if suite != SUITE_ID:
        raise BundleRejected(
            f"This bundle uses encryption suite {suite}, which this version of KIN Desktop cannot read.",
            reason="unsupported_version",
            suite=suite,
        )
    if not MIN_CHUNK_EXPONENT <= exponent <= MAX_CHUNK_EXPONENT or reserved != 0:
        raise BundleRejected("The bundle header is invalid.", reason="bad_header")
    return EncryptedHeader(
        version=data[8],
        suite=suite,
        chunk_size=1 << exponent,
        recipient_key_id=data[12:28].hex(),
        raw=bytes(data[:HEADER_BYTES]),
    )


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _read_exact(src: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    remaining = size
    while remaining > 0:
        part = src.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def encrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    recipient_public: bytes,
    recipient_key_id: str,
    *,
    chunk_exponent: int = DEFAULT_CHUNK_EXPONENT,
    nonces: EncryptionNonces | None = None,
) -> None:
    """Encrypt everything readable from ``src`` for the recipient and write the bundle to ``dst``.

    ``nonces`` fixes the content key and the ephemeral key (test vectors only)."""
    if not is_key_id(recipient_key_id) or key_id(recipient_public) != recipient_key_id:
        raise ValueError("recipient_key_id is not the key id of recipient_public")
    if not MIN_CHUNK_EXPONENT <= chunk_exponent <= MAX_CHUNK_EXPONENT:
        raise ValueError(f"chunk_exponent must be in {MIN_CHUNK_EXPONENT}..{MAX_CHUNK_EXPONENT}")
    fixed = MAGIC + bytes([FORMAT_VERSION, SUITE_ID, chunk_exponent, 0]) + bytes.fromhex(recipient_key_id)
    info = HPKE_INFO_PREFIX + fixed
    if nonces is None:
        content_key = ChaCha20Poly1305.generate_key()
        wrapped = _SUITE.encrypt(content_key, X25519PublicKey.from_public_bytes(recipient_public), info=info)
    else:
        content_key = nonces.content_key
        wrapped = hpke_steps.seal_base(
            recipient_public, info, b"", content_key, ephemeral_private=nonces.ephemeral_private
        )
    header = fixed + wrapped
    assert len(header) == HEADER_BYTES
    ad = hashlib.sha256(header).digest()
    aead = ChaCha20Poly1305(content_key)
    dst.write(header)
    size = 1 << chunk_exponent
    current = _read_exact(src, size)
    index = 0
    while True:
        following = _read_exact(src, size) if len(current) == size else b""
        last = not following
        dst.write(aead.encrypt(_nonce(index, last), current, ad))
        if last:
            return
        current, index = following, index + 1


def encrypt(
    plaintext: bytes | BinaryIO,
    recipient_public: bytes,
    recipient_key_id: str,
    *,
    chunk_exponent: int = DEFAULT_CHUNK_EXPONENT,
    nonces: EncryptionNonces | None = None,
) -> bytes:
    """Encrypt ``plaintext`` for the recipient; returns the whole encrypted bundle file."""
    src: BinaryIO = io.BytesIO(plaintext) if isinstance(plaintext, bytes | bytearray) else plaintext
    out = io.BytesIO()
    encrypt_stream(src, out, recipient_public, recipient_key_id, chunk_exponent=chunk_exponent, nonces=nonces)
    return out.getvalue()


def _private(key: X25519PrivateKey | Decryptor) -> X25519PrivateKey:
    return key.private_key if isinstance(key, Decryptor) else key


def decrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    private_key: X25519PrivateKey | Decryptor,
    *,
    max_plaintext: int = DEFAULT_MAX_PLAINTEXT,
) -> int:
    """Decrypt a bundle from ``src`` into ``dst``; returns the plaintext size.

    Nothing written to ``dst`` may be used unless this returns normally: a refusal can come after
    some chunks have been written. Raises ``BundleRejected``.
    """
    key = _private(private_key)
    header = read_header(_read_exact(src, HEADER_BYTES))
    own_id = (
        private_key.key_id
        if isinstance(private_key, Decryptor)
        else key_id(key.public_key().public_bytes_raw())
    )
    if header.recipient_key_id != own_id:
        raise BundleRejected(
            "This bundle is encrypted for another key, not for this secretariat's key.",
            reason="not_for_us",
            recipient_key_id=header.recipient_key_id,
            own_key_id=own_id,
        )
    raw = header.raw
    try:
        content_key = _SUITE.decrypt(
            raw[HEADER_FIXED_BYTES:HEADER_BYTES], key, info=HPKE_INFO_PREFIX + raw[:HEADER_FIXED_BYTES]
        )
    except (InvalidTag, ValueError) as exc:
        raise BundleRejected(
            "The bundle cannot be decrypted: its header was damaged or altered.", reason="decrypt_failed"
        ) from exc
    aead = ChaCha20Poly1305(content_key)
    ad = header.header_hash
    step = header.chunk_size + TAG_BYTES
    current = _read_exact(src, step)
    index = 0
    total = 0
    while True:
        if len(current) < TAG_BYTES:
            raise BundleRejected(
                "The file is cut short: the end of the encrypted data is missing.", reason="truncated"
            )
        following = _read_exact(src, step) if len(current) == step else b""
        last = not following
        try:
            plain = aead.decrypt(_nonce(index, last), current, ad)
        except InvalidTag:
            raise _chunk_failure(aead, content_key, index, last, current, ad) from None
        if last and not plain and index > 0:
            raise BundleRejected(
                "An empty final block follows the last full block of the encrypted data; format v1 ends "
                "such a file with the full block.",
                reason="trailing_data",
                chunk=index,
            )
        total += len(plain)
        if total > max_plaintext:
            raise BundleRejected(
                "The bundle is larger than this version of KIN Desktop accepts.",
                reason="too_large",
                limit=max_plaintext,
            )
        dst.write(plain)
        if last:
            return total
        current, index = following, index + 1


def _chunk_failure(
    aead: ChaCha20Poly1305, content_key: bytes, index: int, last: bool, chunk: bytes, ad: bytes
) -> BundleRejected:
    """Tell truncation and appended data from other damage where the chunk flags prove it.

    A piece that authenticates with the other flag: cut at a chunk boundary (``truncated``), or a final
    chunk followed by more bytes (``trailing_data``). A piece that starts with a complete final chunk
    followed by other bytes: ``trailing_data`` (found by :func:`_final_chunk_length`). Anything else
    cannot be told from damage: ``decrypt_failed``.
    """
    try:
        aead.decrypt(_nonce(index, not last), chunk, ad)
    except InvalidTag:
        length = _final_chunk_length(content_key, index, chunk, ad)
        if length is not None:
            return BundleRejected(
                f"Extra data follows the end of the encrypted bundle ({len(chunk) - length} bytes after "
                f"its final block {index + 1}, and whatever follows).",
                reason="trailing_data",
                chunk=index,
            )
        return BundleRejected(
            f"The bundle is damaged or was altered (encrypted block {index + 1} does not authenticate).",
            reason="decrypt_failed",
            chunk=index,
        )
    if last:
        return BundleRejected(
            "The file is cut short: the end of the encrypted data is missing.",
            reason="truncated",
            chunk=index,
        )
    return BundleRejected(
        "Extra data follows the end of the encrypted bundle.", reason="trailing_data", chunk=index
    )


_P1305 = (1 << 130) - 5
_CLAMP = 0x0FFFFFFC0FFFFFFC0FFFFFFC0FFFFFFF


def _final_chunk_length(content_key: bytes, index: int, piece: bytes, ad: bytes) -> int | None:
    """The length of a final chunk ``index`` that ``piece`` starts with, when more bytes follow it in
    ``piece``; None when there is none.

    Every split of ``piece`` into ``ciphertext || tag || rest`` (``rest`` not empty) is tried at once:
    the Poly1305 tag of RFC 8439's AEAD is a polynomial in 16-byte blocks, so the accumulator over the
    whole blocks of ``piece`` is computed once and each candidate length adds its partial block and its
    length block (two multiplications). Only for a refusal's reason: the file is refused either way.
    """
    nonce = _nonce(index, True)
    block0 = Cipher(algorithms.ChaCha20(content_key, b"\0\0\0\0" + nonce), mode=None).encryptor()
    one_time = block0.update(bytes(32))
    r = int.from_bytes(one_time[:16], "little") & _CLAMP
    s = int.from_bytes(one_time[16:], "little")
    high = 1 << 128

    def absorb(acc: int, block: bytes) -> int:
        return ((acc + int.from_bytes(block, "little") + high) * r) % _P1305

    acc = 0
    for start in range(0, len(ad), 16):  # ad is 32 bytes: whole blocks, no padding
        acc = absorb(acc, ad[start : start + 16])
    longest = len(piece) - TAG_BYTES - 1  # at least one byte must follow the tag
    whole: list[int] = [acc]  # the accumulator after 0, 1, 2, ... whole ciphertext blocks
    for start in range(0, max(longest, 0) - 15, 16):
        whole.append(absorb(whole[-1], piece[start : start + 16]))
    ad_length = len(ad).to_bytes(8, "little")
    for length in range(0, longest + 1):
        acc = whole[length // 16]
        partial = length % 16
        if partial:
            acc = absorb(acc, piece[length - partial : length] + bytes(16 - partial))
        acc = absorb(acc, ad_length + length.to_bytes(8, "little"))
        tag = ((acc + s) % high).to_bytes(16, "little")
        if tag == piece[length : length + TAG_BYTES]:
            try:  # confirm with the library's own check
                ChaCha20Poly1305(content_key).decrypt(nonce, piece[: length + TAG_BYTES], ad)
            except InvalidTag:
                continue
            return length + TAG_BYTES
    return None


def decrypt(
    ciphertext: bytes | BinaryIO,
    private_key: X25519PrivateKey | Decryptor,
    *,
    max_plaintext: int = DEFAULT_MAX_PLAINTEXT,
) -> bytes:
    """Decrypt a whole bundle; raises ``BundleRejected`` (reasons in docs/bundle-format.md)."""
    src: BinaryIO = io.BytesIO(ciphertext) if isinstance(ciphertext, bytes | bytearray) else ciphertext
    out = io.BytesIO()
    decrypt_stream(src, out, private_key, max_plaintext=max_plaintext)
    return out.getvalue()


__all__ = [
    "DEFAULT_CHUNK_EXPONENT",
    "MAGIC",
    "EncryptedHeader",
    "EncryptionNonces",
    "decrypt",
    "decrypt_stream",
    "encrypt",
    "encrypt_stream",
    "is_encrypted_bundle",
    "read_header",
]
