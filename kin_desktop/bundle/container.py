"""Signed ZIP containers of bundle format v1: the deterministic writer and the hostile-input reader.

A signed container is a ZIP holding ``manifest.json`` (canonical JSON listing every other member
with its SHA-256 and size, plus header fields), ``manifest.sig`` (the signer's raw Ed25519 public
key followed by the signature over the manifest bytes) and the payload members allowed for its kind.
Delegate bundles are such a container encrypted as a whole (``encryption``); welcome packs and
receipts are the container itself. The full specification is ``docs/bundle-format.md``.

The reader never extracts to disk, reads members as capped streams, verifies the signature before
it parses the manifest, parses strictly, and refuses anything outside the format with a
``BundleRejected`` carrying a stable ``reason``.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from kin_desktop.bundle.encryption import DEFAULT_CHUNK_EXPONENT, decrypt, encrypt, is_encrypted_bundle
from kin_desktop.bundle.keys import Decryptor, PublicIdentity, SignerLike, format_key_id, is_key_id, key_id
from kin_desktop.bundle.signing import SIGNATURE_BYTES, context_for, sign_manifest, verify_manifest
from kin_desktop.core import canonical
from kin_desktop.core.errors import BundleRejected, ValidationError

FORMAT = "kin-bundle"
FORMAT_VERSION = 1
KINDS = ("delegate-bundle", "welcome-pack", "receipt", "key-list")
Kind = Literal["delegate-bundle", "welcome-pack", "receipt", "key-list"]

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIG_MEMBER_BYTES = 32 + SIGNATURE_BYTES
ZIP_MAGIC = b"PK\x03\x04"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_FILE_MODE = 0o100644


@dataclass(frozen=True)
class Limits:
    """Caps applied while reading; the defaults are the v1 limits of docs/bundle-format.md."""

    max_members: int = 1024
    max_member_size: int = 64 * 1024 * 1024
    max_total_size: int = 512 * 1024 * 1024
    max_manifest_size: int = 4 * 1024 * 1024
    max_ratio: int = 200
    ratio_floor: int = 1024 * 1024
    max_name_length: int = 200
    max_file_size: int = 640 * 1024 * 1024


DEFAULT_LIMITS = Limits()

# ---------------------------------------------------------------------------- allow-lists

_HEX64 = r"[0-9a-f]{64}"
_ALLOWED_EXACT: dict[str, frozenset[str]] = {
    "delegate-bundle": frozenset({MANIFEST, SIGNATURE, "revisions.json"}),
    "welcome-pack": frozenset({MANIFEST, SIGNATURE, "secretariat.json", "catalogue.json", "published.json"}),
    "receipt": frozenset({MANIFEST, SIGNATURE, "receipt.json"}),
    "key-list": frozenset({MANIFEST, SIGNATURE, "keys.json"}),  # for the inbox service (bundle/keylist.py)
}
_ALLOWED_PATTERN: dict[str, re.Pattern[str] | None] = {
    "delegate-bundle": re.compile(rf"attachments/{_HEX64}"),
    "welcome-pack": re.compile(r"questionnaires/[a-z][a-z0-9_-]{0,63}-[A-Za-z0-9][A-Za-z0-9._-]{0,31}\.json"),
    "receipt": None,
    "key-list": None,
}
REQUIRED_MEMBERS: dict[str, frozenset[str]] = {
    "delegate-bundle": frozenset({"revisions.json"}),
    "welcome-pack": frozenset({"secretariat.json"}),
    "receipt": frozenset({"receipt.json"}),
    "key-list": frozenset({"keys.json"}),
}


def questionnaire_member_name(questionnaire_id: str, version: str) -> str:
    """Welcome-pack member name of a questionnaire definition; the free-text version is sanitised."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", version)[:32]
    if not safe or not safe[0].isalnum():
        safe = ("v" + safe)[:32]
    name = f"questionnaires/{questionnaire_id}-{safe}.json"
    if not member_allowed("welcome-pack", name):
        raise ValueError(f"questionnaire id {questionnaire_id!r} is not a valid identifier")
    return name


def member_allowed(kind: str, name: str) -> bool:
    """True when ``name`` may appear in a container of ``kind``."""
    if name in _ALLOWED_EXACT[kind]:
        return True
    pattern = _ALLOWED_PATTERN[kind]
    return pattern is not None and pattern.fullmatch(name) is not None


def unsafe_name(name: str, max_length: int = DEFAULT_LIMITS.max_name_length) -> str | None:
    """Why ``name`` is not a safe relative member path, or None when it is."""
    if not name or len(name) > max_length:
        return "empty or too long"
    if name.startswith("/") or "\\" in name:
        return "absolute path or backslash"
    if ":" in name:
        return "drive letter or colon"
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        return "control character"
    if any(part in ("", ".", "..") for part in name.split("/")):
        return "empty, '.' or '..' path component"
    return None


# ---------------------------------------------------------------------------- header fields

_CREATED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
RESERVED_FIELDS = frozenset(
    {"format", "format_version", "kind", "members", "signer_key_id", "signer_public_key"}
)


def _is_hash(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(_HEX64, value) is not None


def _is_int(value: Any, minimum: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def _is_text(value: Any, longest: int = 64) -> bool:
    return isinstance(value, str) and 0 < len(value) <= longest


def _is_recipient(value: Any, *, with_encryption: bool) -> bool:
    if not isinstance(value, dict) or not is_key_id(value.get("key_id")):
        return False
    if not set(value) <= {"key_id", "encryption_key_id"}:
        return False
    encryption = value.get("encryption_key_id")
    return is_key_id(encryption) or (not with_encryption and encryption is None)


_Check = Callable[[Any], bool]
_COMMON: dict[str, _Check] = {
    "created": lambda v: isinstance(v, str) and _CREATED.fullmatch(v) is not None,
    "app_version": _is_text,
}
HEADER_FIELDS: dict[str, dict[str, _Check]] = {
    "delegate-bundle": {
        **_COMMON,
        "device_id": _is_text,
        "sequence": lambda v: _is_int(v, 1),
        "previous_bundle": lambda v: v is None or _is_hash(v),
        "builds_on_receipt": lambda v: v is None or _is_hash(v),
        "schema_version": lambda v: _is_int(v, 1),
        "recipient": lambda v: _is_recipient(v, with_encryption=True),
    },
    "welcome-pack": dict(_COMMON),
    "receipt": {**_COMMON, "recipient": lambda v: _is_recipient(v, with_encryption=False)},
    "key-list": dict(_COMMON),
}
_OPTIONAL_CHECKS: dict[str, dict[str, _Check]] = {
    "welcome-pack": {"recipient": lambda v: _is_recipient(v, with_encryption=False)},
}


def _header_problem(kind: str, manifest: Mapping[str, Any]) -> str | None:
    for field, check in HEADER_FIELDS[kind].items():
        if field not in manifest:
            return f"the header field {field!r} is missing"
        if not check(manifest[field]):
            return f"the header field {field!r} is invalid"
    for field, check in _OPTIONAL_CHECKS.get(kind, {}).items():
        if field in manifest and not check(manifest[field]):
            return f"the header field {field!r} is invalid"
    return None


# ---------------------------------------------------------------------------- writer


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = _FILE_MODE << 16
    return info


def build_manifest(
    kind: str, members: Mapping[str, bytes], header: Mapping[str, Any], signer_public: bytes
) -> bytes:
    """Canonical manifest bytes for ``members``; raises ValueError when the input breaks the format."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    clash = RESERVED_FIELDS.intersection(header)
    if clash:
        raise ValueError(f"header fields reserved for the container: {sorted(clash)}")
    for name in members:
        problem = unsafe_name(name)
        if problem or name in (MANIFEST, SIGNATURE) or not member_allowed(kind, name):
            raise ValueError(f"member {name!r} is not allowed in a {kind}")
        if (
            name.startswith("attachments/")
            and canonical.sha256_hex(members[name]) != name[len("attachments/") :]
        ):
            raise ValueError(f"attachment {name!r} is not named by the SHA-256 of its content")
    missing = REQUIRED_MEMBERS[kind] - set(members)
    if missing:
        raise ValueError(f"a {kind} needs the members {sorted(missing)}")
    manifest: dict[str, Any] = dict(header)
    manifest.update(
        {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "kind": kind,
            "members": {
                name: {"sha256": canonical.sha256_hex(data), "size": len(data)}
                for name, data in members.items()
            },
            "signer_key_id": key_id(signer_public),
            "signer_public_key": signer_public.hex(),
        }
    )
    problem = _header_problem(kind, manifest)
    if problem:
        raise ValueError(problem)
    return canonical.dumps(manifest)


def write_signed_container(
    kind: str, members: Mapping[str, bytes], header: Mapping[str, Any], signer: SignerLike
) -> bytes:
    """Deterministic signed ZIP: manifest.json, manifest.sig, then the members sorted by name."""
    manifest = build_manifest(kind, members, header, signer.public)
    signature = sign_manifest(manifest, signer, context=context_for(kind))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(_zip_info(MANIFEST), manifest)
        archive.writestr(_zip_info(SIGNATURE), signer.public + signature)
        for name in sorted(members):
            archive.writestr(_zip_info(name), bytes(members[name]))
    return out.getvalue()


def write_signed_file(
    kind: Literal["welcome-pack", "receipt", "key-list"],
    members: Mapping[str, bytes],
    header: Mapping[str, Any],
    signer: SignerLike,
) -> bytes:
    """A welcome pack, receipt or key list: the signed container itself (signed, not encrypted)."""
    if kind not in ("welcome-pack", "receipt", "key-list"):
        raise ValueError("delegate bundles are written with write_delegate_bundle (they are encrypted)")
    return write_signed_container(kind, members, header, signer)


def write_delegate_bundle(
    members: Mapping[str, bytes],
    header: Mapping[str, Any],
    signer: SignerLike,
    recipient: PublicIdentity,
    *,
    chunk_exponent: int = DEFAULT_CHUNK_EXPONENT,
) -> bytes:
    """Sign then encrypt: the signed container (naming the recipient) encrypted to the secretariat."""
    if recipient.encryption_public is None or recipient.encryption_key_id is None:
        raise ValueError("the recipient has no encryption key")
    if "recipient" in header:
        raise ValueError("the recipient is set from the recipient identity, not from the header")
    full = dict(header)
    full["recipient"] = {"key_id": recipient.key_id, "encryption_key_id": recipient.encryption_key_id}
    inner = write_signed_container("delegate-bundle", members, full, signer)
    return encrypt(
        inner, recipient.encryption_public, recipient.encryption_key_id, chunk_exponent=chunk_exponent
    )


# ---------------------------------------------------------------------------- reader


@dataclass(frozen=True)
class VerifiedContainer:
    """A container whose signature, manifest and members all checked out.

    ``signer_known`` is False only when the caller allowed unknown signers and the signer's key was
    not found by ``trusted_key_lookup``: the signature is then valid for the key carried in the file,
    and the caller decides whether that key is pending, revoked or to be refused.
    ``bundle_id`` is the SHA-256 (hex) of the manifest bytes: what ``previous_bundle`` and
    ``builds_on_receipt`` refer to.
    """

    kind: str
    manifest: dict[str, Any]
    members: dict[str, bytes]
    signer_key_id: str
    signer_public_key: bytes
    signer_known: bool
    bundle_id: str


def _reject(reason: str, message: str, **params: Any) -> BundleRejected:
    return BundleRejected(message, reason=reason, **params)


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo], central_start: int) -> None:
    """Refuse overlapping or out-of-bounds member data (the "overlapping files" zip bomb)."""
    spans: list[tuple[int, int, str]] = []
    for info in infos:
        start = info.header_offset
        local = data[start : start + 30]
        if len(local) < 30 or local[:4] != ZIP_MAGIC:
            raise _reject("bad_zip", "The file is not a valid ZIP container (bad local header).")
        name_len, extra_len = struct.unpack("<HH", local[26:30])
        end = start + 30 + name_len + extra_len + info.compress_size
        if info.flag_bits & 0x08:
            raise _reject(
                "bad_zip", "The ZIP container uses data descriptors, which format v1 does not allow."
            )
        spans.append((start, end, info.filename))
    spans.sort()
    for (_, end, name), (next_start, _, _) in zip(spans, spans[1:], strict=False):
        if end > next_start:
            raise _reject("bad_zip", f"ZIP members overlap ({name!r}).", member=name)
    if spans and spans[-1][1] > central_start:
        raise _reject("bad_zip", "ZIP member data runs into the central directory.")


def _read_member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    cap: int,
    limits: Limits,
    *,
    over_cap: tuple[str, str],
) -> bytes:
    """Stream one member, stopping as soon as ``cap`` bytes or the compression-ratio limit is passed."""
    out = bytearray()
    budget = limits.max_ratio * max(info.compress_size, 1)
    try:
        with archive.open(info) as stream:
            while True:
                block = stream.read(64 * 1024)
                if not block:
                    break
                out += block
                if len(out) > cap:
                    raise _reject(over_cap[0], over_cap[1], member=info.filename)
                if len(out) > limits.ratio_floor and len(out) > budget:
                    raise _reject(
                        "compression_ratio",
                        f"The member {info.filename!r} expands far more than real data does "
                        "(a possible ZIP bomb); the file was refused.",
                        member=info.filename,
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise _reject(
            "bad_zip", f"The ZIP member {info.filename!r} cannot be read: {exc}", member=info.filename
        ) from exc
    return bytes(out)


def _scan(
    data: bytes, kinds: tuple[str, ...], limits: Limits
) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    if len(data) > limits.max_file_size:
        raise _reject("too_large", "The file is larger than KIN Desktop accepts.", limit=limits.max_file_size)
    if data[:4] != ZIP_MAGIC:
        if is_encrypted_bundle(data):
            raise _reject(
                "encrypted",
                "This is an encrypted delegate bundle; it must be opened with the secretariat's key.",
            )
        raise _reject("not_a_container", "This file is not a KIN Desktop bundle, welcome pack or receipt.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise _reject("bad_zip", f"The file is not a valid ZIP container: {exc}") from exc
    if len(infos) > limits.max_members:
        raise _reject(
            "too_many_members",
            f"The file holds {len(infos)} members; at most {limits.max_members} are allowed.",
            count=len(infos),
        )
    _check_layout(data, infos, archive.start_dir)
    by_name: dict[str, zipfile.ZipInfo] = {}
    declared_total = 0
    for info in infos:
        name = info.filename
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_ISDIR(mode):
            raise _reject("directory", f"The file holds a directory entry {name!r}.", member=name)
        if stat.S_ISLNK(mode):
            raise _reject("symlink", f"The file holds a symbolic link {name!r}.", member=name)
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise _reject("special_file", f"The file holds a special file {name!r}.", member=name)
        problem = unsafe_name(name, limits.max_name_length)
        if problem:
            raise _reject("unsafe_name", f"The member name {name!r} is unsafe ({problem}).", member=name)
        if name in by_name:
            raise _reject("duplicate_member", f"The member {name!r} appears twice.", member=name)
        if info.flag_bits & 0x01:
            raise _reject("encrypted_member", f"The member {name!r} is password-encrypted.", member=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _reject(
                "unsupported_compression",
                f"The member {name!r} uses an unsupported compression.",
                member=name,
            )
        if not any(member_allowed(kind, name) for kind in kinds):
            raise _reject(
                "member_not_allowed", f"The member {name!r} is not allowed in this file.", member=name
            )
        if info.file_size > limits.max_member_size:
            raise _reject("too_large", f"The member {name!r} is larger than allowed.", member=name)
        declared_total += info.file_size
        by_name[name] = info
    if declared_total > limits.max_total_size:
        raise _reject(
            "too_large", "The members are larger in total than allowed.", limit=limits.max_total_size
        )
    for required in (MANIFEST, SIGNATURE):
        if required not in by_name:
            raise _reject("missing_member", f"The file has no {required}; it is not signed.", member=required)
    return archive, by_name


def _check_manifest(manifest: Any, kind: str, signer_id: str, signer_public: bytes) -> dict[str, Any]:
    if not isinstance(manifest, dict):
        raise _reject("bad_manifest", "The manifest is not a JSON object.")
    if manifest.get("format") != FORMAT:
        raise _reject("bad_manifest", "The manifest does not describe a KIN Desktop file.")
    version = manifest.get("format_version")
    if not _is_int(version, 0):
        raise _reject("bad_manifest", "The manifest has no valid format_version.")
    if version != FORMAT_VERSION:
        raise _reject(
            "unsupported_version",
            f"The file uses format version {version}, which this version of KIN Desktop cannot read.",
            version=version,
        )
    if manifest.get("kind") != kind:
        raise _reject(
            "wrong_kind", "The manifest's kind does not match its signature.", kind=manifest.get("kind")
        )
    if manifest.get("signer_key_id") != signer_id or manifest.get("signer_public_key") != signer_public.hex():
        raise _reject("wrong_signer", "The manifest names a different signer than the key that signed it.")
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise _reject("bad_manifest", "The manifest has no member list.")
    for name, spec in members.items():
        if (
            not isinstance(spec, dict)
            or set(spec) != {"sha256", "size"}
            or not _is_hash(spec["sha256"])
            or not _is_int(spec["size"], 0)
        ):
            raise _reject("bad_manifest", f"The manifest entry for {name!r} is invalid.", member=name)
        if name in (MANIFEST, SIGNATURE) or unsafe_name(name) or not member_allowed(kind, name):
            raise _reject(
                "bad_manifest", f"The manifest lists a member {name!r} that is not allowed.", member=name
            )
    problem = _header_problem(kind, manifest)
    if problem:
        raise _reject("bad_manifest", f"The manifest is invalid: {problem}.")
    return manifest


def read_signed_container(
    data: bytes,
    *,
    expected_kinds: Collection[str],
    trusted_key_lookup: Callable[[str], bytes | None] | None,
    allow_unknown_signer: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> VerifiedContainer:
    """Verify and read a signed container in memory; raises ``BundleRejected`` with a stable reason.

    ``trusted_key_lookup(key_id)`` returns the trusted raw Ed25519 public key for a key id, or None.
    With ``allow_unknown_signer`` a signer it does not know is checked against the key carried in the
    file and reported with ``signer_known=False`` (for bundles held pending enrolment).
    """
    kinds = tuple(k for k in KINDS if k in expected_kinds)
    if not kinds or len(kinds) != len(set(expected_kinds)):
        raise ValueError(f"expected_kinds must be among {KINDS}")
    archive, by_name = _scan(data, kinds, limits)
    manifest_bytes = _read_member(
        archive,
        by_name[MANIFEST],
        limits.max_manifest_size,
        limits,
        over_cap=("too_large", "The manifest is larger than allowed."),
    )
    sig = _read_member(
        archive,
        by_name[SIGNATURE],
        SIG_MEMBER_BYTES,
        limits,
        over_cap=("bad_signature", "The signature is malformed."),
    )
    if len(sig) != SIG_MEMBER_BYTES:
        raise _reject("bad_signature", "The signature is malformed.")
    embedded_public, signature = sig[:32], sig[32:]
    signer_id = key_id(embedded_public)
    trusted = trusted_key_lookup(signer_id) if trusted_key_lookup is not None else None
    if trusted is None:
        if not allow_unknown_signer:
            raise _reject(
                "unknown_key",
                "The file is signed by a key this profile does not know "
                f"(fingerprint {format_key_id(signer_id)}).",
                key_id=signer_id,
            )
        verify_key = embedded_public
    elif trusted != embedded_public:
        raise _reject("wrong_signer", "The file names a signing key that does not match the registered key.")
    else:
        verify_key = trusted
    kind = None
    for candidate in kinds:
        try:
            verify_manifest(manifest_bytes, signature, verify_key, context=context_for(candidate))
        except BundleRejected:
            continue
        kind = candidate
        break
    if kind is None:
        raise _reject(
            "bad_signature",
            "The signature does not match: the file was changed after it was signed, or it is not the kind "
            "of file expected here.",
            key_id=signer_id,
        )
    try:
        parsed = canonical.loads_strict(manifest_bytes, max_bytes=limits.max_manifest_size)
    except ValidationError as exc:
        raise _reject("bad_manifest", f"The manifest is not valid JSON: {exc.message}.") from exc
    manifest = _check_manifest(parsed, kind, signer_id, embedded_public)
    listed: dict[str, Any] = manifest["members"]
    present = set(by_name) - {MANIFEST, SIGNATURE}
    for name in sorted(present):
        if not member_allowed(kind, name):
            raise _reject(
                "member_not_allowed", f"The member {name!r} is not allowed in a {kind}.", member=name
            )
        if name not in listed:
            raise _reject(
                "unlisted_member", f"The member {name!r} is not listed in the manifest.", member=name
            )
    for name in sorted(set(listed) | REQUIRED_MEMBERS[kind]):
        if name not in present:
            raise _reject("missing_member", f"The member {name!r} is missing.", member=name)
    members: dict[str, bytes] = {}
    total = len(manifest_bytes) + len(sig)
    for name in sorted(present):
        spec = listed[name]
        if spec["size"] > limits.max_member_size:
            raise _reject("too_large", f"The member {name!r} is larger than allowed.", member=name)
        if total + spec["size"] > limits.max_total_size:
            raise _reject(
                "too_large", "The members are larger in total than allowed.", limit=limits.max_total_size
            )
        content = _read_member(
            archive,
            by_name[name],
            spec["size"],
            limits,
            over_cap=("member_mismatch", f"The member {name!r} does not match the manifest (size)."),
        )
        total += len(content)
        digest = canonical.sha256_hex(content)
        if len(content) != spec["size"] or digest != spec["sha256"]:
            raise _reject("member_mismatch", f"The member {name!r} does not match the manifest.", member=name)
        if name.startswith("attachments/") and digest != name[len("attachments/") :]:
            raise _reject("member_mismatch", f"The attachment {name!r} does not match its name.", member=name)
        members[name] = content
    return VerifiedContainer(
        kind=kind,
        manifest=manifest,
        members=members,
        signer_key_id=signer_id,
        signer_public_key=embedded_public,
        signer_known=trusted is not None,
        bundle_id=canonical.sha256_hex(manifest_bytes),
    )


def open_bundle(
    data: bytes,
    *,
    decryptor: Decryptor,
    trusted_key_lookup: Callable[[str], bytes | None] | None,
    allow_unknown_signer: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> VerifiedContainer:
    """Decrypt and verify a delegate bundle addressed to ``decryptor``'s key."""
    inner = decrypt(data, decryptor, max_plaintext=limits.max_file_size)
    container = read_signed_container(
        inner,
        expected_kinds=("delegate-bundle",),
        trusted_key_lookup=trusted_key_lookup,
        allow_unknown_signer=allow_unknown_signer,
        limits=limits,
    )
    if container.manifest["recipient"]["encryption_key_id"] != decryptor.key_id:
        raise _reject(
            "wrong_recipient",
            "The bundle was signed for another secretariat key and re-encrypted; it was refused.",
            recipient=container.manifest["recipient"],
        )
    return container


FileType = Literal["encrypted-bundle", "signed-container", "unknown"]


def sniff(data: bytes) -> FileType:
    """What a file looks like from its first bytes (nothing is verified)."""
    if is_encrypted_bundle(data):
        return "encrypted-bundle"
    if data[:4] == ZIP_MAGIC:
        return "signed-container"
    return "unknown"
