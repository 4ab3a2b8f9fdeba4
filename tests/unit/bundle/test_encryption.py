from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kin_desktop.bundle.encryption import (
    HEADER_BYTES,
    MAGIC,
    TAG_BYTES,
    decrypt,
    decrypt_stream,
    encrypt,
    read_header,
)
from kin_desktop.bundle.keys import Decryptor
from kin_desktop.core.errors import BundleRejected

EXP = 6  # 64-byte chunks: several chunks in a small ciphertext
CHUNK = 1 << EXP
STEP = CHUNK + TAG_BYTES


def seal(plain: bytes, to: Decryptor, exponent: int = EXP) -> bytes:
    return encrypt(plain, to.public, to.key_id, chunk_exponent=exponent)


def reason(data: bytes, key: Decryptor) -> str:
    with pytest.raises(BundleRejected) as info:
        decrypt(data, key)
    return info.value.reason


def chunks(data: bytes) -> list[bytes]:
    body = data[HEADER_BYTES:]
    return [body[i : i + STEP] for i in range(0, len(body), STEP)]


@pytest.fixture(scope="module")
def key() -> Decryptor:
    return Decryptor.generate()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 7])
def test_round_trip(key: Decryptor, size: int) -> None:
    plain = os.urandom(size)
    data = seal(plain, key)
    assert data.startswith(MAGIC)
    expected_chunks = max(1, -(-size // CHUNK))
    assert len(data) == HEADER_BYTES + size + expected_chunks * TAG_BYTES
    assert decrypt(data, key) == plain
    assert decrypt(io.BytesIO(data), key) == plain


def test_default_chunk_size_and_streams(key: Decryptor) -> None:
    plain = os.urandom(200_000)
    data = encrypt(io.BytesIO(plain), key.public, key.key_id)
    header = read_header(data)
    assert header.chunk_size == 65536 and header.recipient_key_id == key.key_id
    out = io.BytesIO()
    assert decrypt_stream(io.BytesIO(data), out, key.private_key) == len(plain)
    assert out.getvalue() == plain


def test_random_content_key(key: Decryptor) -> None:
    assert seal(b"same", key) != seal(b"same", key)


def test_wrong_recipient(key: Decryptor) -> None:
    other = Decryptor.generate()
    assert reason(seal(b"secret", key), other) == "not_for_us"
    # a header rewritten to name the other key does not help: the key wrap is bound to it
    data = bytearray(seal(b"secret", key))
    data[12:28] = bytes.fromhex(other.key_id)
    assert reason(bytes(data), other) == "decrypt_failed"


def test_recipient_key_id_must_match() -> None:
    a, b = Decryptor.generate(), Decryptor.generate()
    with pytest.raises(ValueError):
        encrypt(b"x", a.public, b.key_id)


def test_header_errors(key: Decryptor) -> None:
    data = seal(b"hello", key)
    assert reason(b"PK\x03\x04" + data, key) == "not_a_bundle"
    assert reason(data[:8] + b"\x02" + data[9:], key) == "unsupported_version"
    assert reason(data[:9] + b"\x07" + data[10:], key) == "unsupported_version"
    assert reason(data[:10] + b"\x30" + data[11:], key) == "bad_header"
    assert reason(data[:11] + b"\x01" + data[12:], key) == "bad_header"


def test_every_truncation_point_refused(key: Decryptor) -> None:
    data = seal(os.urandom(3 * CHUNK + 10), key)
    for cut in range(len(data)):
        assert reason(data[:cut], key) in {"truncated", "decrypt_failed"}, cut
    # cutting at a chunk boundary is recognised as truncation
    for n in (1, 2, 3):
        assert reason(data[: HEADER_BYTES + n * STEP], key) == "truncated"
    assert reason(data[:HEADER_BYTES], key) == "truncated"
    assert reason(data[:20], key) == "truncated"


def test_full_final_chunk_truncation(key: Decryptor) -> None:
    data = seal(os.urandom(3 * CHUNK), key)
    assert len(chunks(data)) == 3
    assert reason(data[: HEADER_BYTES + 2 * STEP], key) == "truncated"


def test_reordered_chunks(key: Decryptor) -> None:
    data = seal(os.urandom(4 * CHUNK + 5), key)
    parts = chunks(data)
    swapped = [parts[1], parts[0], *parts[2:]]
    assert reason(data[:HEADER_BYTES] + b"".join(swapped), key) == "decrypt_failed"
    rotated = [parts[0], parts[2], parts[1], *parts[3:]]
    assert reason(data[:HEADER_BYTES] + b"".join(rotated), key) == "decrypt_failed"


def test_duplicated_and_dropped_chunks(key: Decryptor) -> None:
    data = seal(os.urandom(3 * CHUNK + 5), key)
    parts = chunks(data)
    duplicated = [parts[0], parts[0], *parts[1:]]
    assert reason(data[:HEADER_BYTES] + b"".join(duplicated), key) == "decrypt_failed"
    dropped = [parts[0], *parts[2:]]
    assert reason(data[:HEADER_BYTES] + b"".join(dropped), key) == "decrypt_failed"
    last_twice = [*parts, parts[-1]]
    assert reason(data[:HEADER_BYTES] + b"".join(last_twice), key) in {"trailing_data", "decrypt_failed"}


def test_chunks_bound_to_their_file(key: Decryptor) -> None:
    plain = os.urandom(2 * CHUNK + 3)
    first, second = seal(plain, key), seal(plain, key)
    mixed = first[:HEADER_BYTES] + second[HEADER_BYTES:]
    assert reason(mixed, key) == "decrypt_failed"


@pytest.mark.parametrize("extra", [b"\x00", b"more data", os.urandom(STEP), os.urandom(3 * STEP + 1)])
def test_appended_bytes_refused(key: Decryptor, extra: bytes) -> None:
    assert reason(seal(os.urandom(2 * CHUNK + 9), key) + extra, key) in {"trailing_data", "decrypt_failed"}


def test_appended_after_full_final_chunk(key: Decryptor) -> None:
    data = seal(os.urandom(2 * CHUNK), key)
    assert reason(data + os.urandom(20), key) == "trailing_data"


def test_size_cap(key: Decryptor) -> None:
    data = seal(os.urandom(10 * CHUNK), key)
    with pytest.raises(BundleRejected) as info:
        decrypt(data, key, max_plaintext=5 * CHUNK)
    assert info.value.reason == "too_large"


@settings(max_examples=150, deadline=None)
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_single_byte_flips_refused(position: int, bit: int) -> None:
    key = _FLIP_KEY
    data = bytearray(_FLIP_DATA)
    data[position % len(data)] ^= 1 << bit
    with pytest.raises(BundleRejected):
        decrypt(bytes(data), key)


def test_every_byte_flip_refused(key: Decryptor) -> None:
    data = seal(os.urandom(2 * CHUNK + 3), key)
    for position in range(len(data)):
        flipped = bytearray(data)
        flipped[position] ^= 0x80
        with pytest.raises(BundleRejected):
            decrypt(bytes(flipped), key)


_FLIP_KEY = Decryptor.generate()
_FLIP_DATA = encrypt(os.urandom(3 * CHUNK + 11), _FLIP_KEY.public, _FLIP_KEY.key_id, chunk_exponent=EXP)


# -- the chunk rules exactly as docs/bundle-format.md §3.3-§3.4 write them


@settings(max_examples=40, deadline=None)
@given(size=st.integers(0, 5 * CHUNK + 3), appended=st.binary(min_size=1, max_size=3 * STEP))
def test_appended_bytes_are_trailing_data_whatever_the_lengths(
    key: Decryptor, size: int, appended: bytes
) -> None:
    """Bytes after the final chunk are `trailing_data`, whether the final chunk is full or not and
    however many bytes follow (not `decrypt_failed`, which a reader cannot tell from damage)."""
    data = seal(bytes(size), key)
    assert reason(data + appended, key) == "trailing_data"


def _resealed(data: bytes, content_key: bytes, *, extra_empty: bool) -> bytes:
    import hashlib

    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    from kin_desktop.bundle.encryption import _nonce

    header = data[:HEADER_BYTES]
    ad = hashlib.sha256(header).digest()
    aead = ChaCha20Poly1305(content_key)
    pieces = chunks(data)
    last = len(pieces) - 1
    plain = aead.decrypt(_nonce(last, True), pieces[last], ad)
    if extra_empty:
        pieces[last] = aead.encrypt(_nonce(last, False), plain, ad)
        pieces.append(aead.encrypt(_nonce(last + 1, True), b"", ad))
    return header + b"".join(pieces)


def test_an_empty_final_chunk_after_a_full_one_is_refused(key: Decryptor) -> None:
    """A plaintext of a whole number of chunks ends with a full final chunk; a writer that adds an
    empty final chunk after it (it holds the key, so it is no attack, but no v1 file) is refused."""
    from kin_desktop.bundle.encryption import EncryptionNonces

    nonces = EncryptionNonces(b"K" * 32, b"E" * 32)
    data = encrypt(bytes(3 * CHUNK), key.public, key.key_id, chunk_exponent=EXP, nonces=nonces)
    assert len(chunks(data)) == 3 and decrypt(data, key) == bytes(3 * CHUNK)
    assert _resealed(data, nonces.content_key, extra_empty=False) == data  # the helper changes nothing
    assert reason(_resealed(data, nonces.content_key, extra_empty=True), key) == "trailing_data"
    empty = encrypt(b"", key.public, key.key_id, chunk_exponent=EXP, nonces=nonces)
    assert decrypt(empty, key) == b""  # an empty plaintext is one empty chunk


def test_the_chunk_exponent_is_6_to_16(key: Decryptor) -> None:
    for exponent in (5, 17):
        with pytest.raises(ValueError):
            seal(b"x", key, exponent)
    data = bytearray(seal(b"x", key))
    data[10] = 17
    assert reason(bytes(data), key) == "bad_header"


def test_fixed_nonces_make_the_same_file_and_only_then(key: Decryptor) -> None:
    from kin_desktop.bundle.encryption import EncryptionNonces

    nonces = EncryptionNonces(bytes(range(32)), bytes(range(32, 64)))
    first = encrypt(b"same plaintext", key.public, key.key_id, nonces=nonces)
    assert first == encrypt(b"same plaintext", key.public, key.key_id, nonces=nonces)
    assert decrypt(first, key) == b"same plaintext"
    assert encrypt(b"same plaintext", key.public, key.key_id) != encrypt(
        b"same plaintext", key.public, key.key_id
    )
