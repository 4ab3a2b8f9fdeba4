"""What the inbox service and its clients agree on (docs/sync.md, "Protocol").

Qt-free, database-free and server-free: the client (``services/sync``) imports it too.

- **Paths** under ``/v1``: ``challenge``, ``uploads`` (tus 1.0: core, creation, termination,
  checksum), ``mailbox`` (a delegate's receipts and welcome-pack updates), ``incoming`` and ``keys``
  (the secretariat's side).
- **Authorisation**: ``POST /v1/challenge`` gives a short-lived challenge; each request then carries
  ``Authorization: KIN-Signature key=<64 hex>, challenge=<challenge>, signature=<128 hex>``, the
  Ed25519 signature of ``CHALLENGE_CONTEXT || challenge`` by that key. The context is used for
  nothing else, so no signature made for a bundle, receipt or pack can stand for it, nor the other
  way round.
- **Block checksums**: besides tus's ``Upload-Checksum`` over a whole PATCH body, a client may send
  ``KIN-Block-Checksums: sha1 <block size> <base64>,<base64>,...``, the SHA-1 of each block of the body.
  When the connection drops mid-request, the inbox keeps the blocks that arrived whole and matched,
  so a 2G link that drops every half minute loses half a block, not half a request. Without it the
  inbox follows tus: an interrupted request with ``Upload-Checksum`` is discarded, one without is
  kept as far as it arrived.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kin_desktop.bundle import encryption
from kin_desktop.bundle.keys import SignerLike

API = "/v1"
TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = ("creation", "termination", "checksum")
CHECKSUMS: dict[str, Callable[..., Any]] = {
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
    "md5": hashlib.md5,
}
OFFSET_CONTENT_TYPE = "application/offset+octet-stream"
CHECKSUM_MISMATCH = 460  # tus checksum extension

AUTH_SCHEME = "KIN-Signature"
CHALLENGE_CONTEXT = b"KIN-Desktop inbox challenge v1\x00"
BLOCKS_HEADER = "KIN-Block-Checksums"
MAX_BLOCKS = 1024

# A chunk of 128 KiB takes 33 s at 32 kbit/s: one round trip of idle link per chunk costs 4 % of the
# time at 600 ms latency, and blocks of 4 KiB keep what a drop loses to about half a second of link.
DEFAULT_CHUNK = 128 * 1024
DEFAULT_BLOCK = 4 * 1024

BOX_ALL = "all"  # the mailbox every delegate reads (welcome-pack updates)
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_HEX = re.compile(r"[0-9a-f]+")
_AUTH_PART = re.compile(r'\s*([a-z]+)\s*=\s*"?([^",\s]*)"?\s*')

# The clear header of an encrypted bundle (docs/bundle-format.md §5): the inbox refuses an upload
# whose first bytes are anything else.
MIN_BUNDLE_BYTES = encryption.HEADER_BYTES + encryption.TAG_BYTES


MAX_URL = 2048


def check_url(url: str) -> str:
    """An inbox address as written in a welcome pack or given with ``--url``, without a trailing slash.

    ``ValueError`` unless it is ``https://host[:port][/path]``, or ``http://`` to this computer (a
    loopback address: tests, a reverse proxy on the same machine). No user name, query or fragment.
    """
    text = url.strip() if isinstance(url, str) else ""
    try:
        parts = urlsplit(text)
        host = parts.hostname
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        raise ValueError(f"{url!r} is not an inbox address such as https://inbox.example.org") from None
    if (
        not text
        or len(text) > MAX_URL
        or not text.isascii()
        or any(c.isspace() or ord(c) < 0x20 for c in text)
        or parts.scheme not in ("https", "http")
        or not host
        or not port_ok
        or parts.username is not None
        or parts.query
        or parts.fragment
    ):
        raise ValueError(f"{url!r} is not an inbox address such as https://inbox.example.org")
    if parts.scheme == "http" and not _loopback(host):
        raise ValueError(
            f"{url!r} is not encrypted: an inbox is reached over https (http only on this computer)"
        )
    return text.rstrip("/")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def valid_name(name: str) -> bool:
    """A mailbox file name or upload id: ASCII letters, digits, ``.``, ``_``, ``-``; no path."""
    return _NAME.fullmatch(name) is not None and ".." not in name


# -- authorisation -----------------------------------------------------------------------------------


def challenge_message(challenge: str) -> bytes:
    return CHALLENGE_CONTEXT + challenge.encode("ascii")


def authorization(signer: SignerLike, challenge: str) -> str:
    """The ``Authorization`` header value proving ``signer`` holds its key."""
    signature = signer.sign(challenge_message(challenge))
    return (
        f'{AUTH_SCHEME} key="{signer.public.hex()}", challenge="{challenge}", signature="{signature.hex()}"'
    )


def parse_authorization(value: str) -> tuple[bytes, str, bytes]:
    """(public key, challenge, signature) of an ``Authorization`` header; ``ValueError`` when malformed."""
    scheme, _, rest = value.strip().partition(" ")
    if scheme != AUTH_SCHEME or len(rest) > 1024:
        raise ValueError("not a KIN-Signature authorisation")
    parts: dict[str, str] = {}
    for item in rest.split(","):
        match = _AUTH_PART.fullmatch(item)
        if match is None or match.group(1) in parts:
            raise ValueError("malformed authorisation")
        parts[match.group(1)] = match.group(2)
    if set(parts) != {"key", "challenge", "signature"}:
        raise ValueError("the authorisation needs key, challenge and signature")
    key, signature = parts["key"], parts["signature"]
    if len(key) != 64 or len(signature) != 128 or not _HEX.fullmatch(key + signature):
        raise ValueError("key and signature must be lower-case hex")
    if not parts["challenge"].isascii() or not 0 < len(parts["challenge"]) <= 256:
        raise ValueError("malformed challenge")
    return bytes.fromhex(key), parts["challenge"], bytes.fromhex(signature)


def signature_valid(public: bytes, challenge: str, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, challenge_message(challenge))
    except (InvalidSignature, ValueError):
        return False
    return True


# -- tus headers -------------------------------------------------------------------------------------


def encode_metadata(values: Mapping[str, str]) -> str:
    """``Upload-Metadata``: ``key base64(value)`` pairs separated by commas."""
    return ",".join(f"{k} {base64.b64encode(v.encode('utf-8')).decode('ascii')}" for k, v in values.items())


def decode_metadata(header: str) -> dict[str, str]:
    """Parse ``Upload-Metadata``; ``ValueError`` when malformed (repeated key, bad base64, not UTF-8)."""
    result: dict[str, str] = {}
    if not header.strip():
        return result
    for pair in header.split(","):
        key, _, value = pair.strip().partition(" ")
        if not key or not key.isascii() or " " in value or key in result or len(key) > 64:
            raise ValueError("malformed Upload-Metadata")
        try:
            result[key] = base64.b64decode(value, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise ValueError("malformed Upload-Metadata") from exc
    return result


def checksum_header(algorithm: str, data: bytes) -> str:
    digest: bytes = CHECKSUMS[algorithm](data).digest()
    return f"{algorithm} {base64.b64encode(digest).decode('ascii')}"


def parse_checksum(header: str) -> tuple[str, bytes]:
    """(algorithm, digest) of ``Upload-Checksum``; ``ValueError`` when malformed, ``KeyError`` when the
    algorithm is not supported."""
    algorithm, _, value = header.strip().partition(" ")
    if algorithm not in CHECKSUMS:
        raise KeyError(algorithm)
    try:
        digest = base64.b64decode(value.strip(), validate=True)
    except binascii.Error as exc:
        raise ValueError("malformed Upload-Checksum") from exc
    if len(digest) != CHECKSUMS[algorithm]().digest_size:
        raise ValueError("Upload-Checksum has the wrong length")
    return algorithm, digest


def block_checksums(data: bytes, block: int = DEFAULT_BLOCK) -> str:
    """``KIN-Block-Checksums`` for a PATCH body."""
    digests = [
        base64.b64encode(hashlib.sha1(data[i : i + block]).digest()).decode("ascii")
        for i in range(0, len(data), block)
    ]
    return f"sha1 {block} {','.join(digests)}"


def parse_block_checksums(header: str, body_length: int | None) -> tuple[int, list[bytes]]:
    """(block size, SHA-1 digests) of ``KIN-Block-Checksums``; ``ValueError`` when malformed or when the
    count does not cover ``body_length``."""
    parts = header.strip().split(" ")
    if len(parts) != 3 or parts[0] != "sha1" or not parts[1].isdigit():
        raise ValueError(f"malformed {BLOCKS_HEADER}")
    block = int(parts[1])
    if not 512 <= block <= 1024 * 1024:
        raise ValueError(f"{BLOCKS_HEADER}: block size out of range")
    items = parts[2].split(",")
    if len(items) > MAX_BLOCKS:
        raise ValueError(f"{BLOCKS_HEADER}: too many blocks")
    try:
        digests = [base64.b64decode(item, validate=True) for item in items]
    except binascii.Error as exc:
        raise ValueError(f"malformed {BLOCKS_HEADER}") from exc
    if any(len(d) != 20 for d in digests):
        raise ValueError(f"{BLOCKS_HEADER}: a digest has the wrong length")
    if body_length is not None and len(digests) != max(1, -(-body_length // block)):
        raise ValueError(f"{BLOCKS_HEADER}: the blocks do not cover the body")
    return block, digests


# -- what an upload must start with ------------------------------------------------------------------


def expected_header(encryption_key_id: str) -> list[tuple[int, ...]]:
    """For each of the first 28 bytes of a bundle for ``encryption_key_id``: the values allowed."""
    allowed: list[tuple[int, ...]] = [(b,) for b in encryption.MAGIC]
    allowed += [
        (encryption.FORMAT_VERSION,),
        (encryption.SUITE_ID,),
        tuple(range(encryption.MIN_CHUNK_EXPONENT, encryption.MAX_CHUNK_EXPONENT + 1)),
        (0,),
    ]
    allowed += [(b,) for b in bytes.fromhex(encryption_key_id)]
    return allowed


def header_problem(data: bytes, start: int, allowed: list[tuple[int, ...]]) -> int | None:
    """The offset of the first byte of ``data`` (which sits at ``start`` in the file) breaking the
    bundle header, or None."""
    for i in range(max(0, start), min(len(allowed), start + len(data))):
        if data[i - start] not in allowed[i]:
            return i
    return None
