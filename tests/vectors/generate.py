"""Writes the test vectors of bundle format v1 (tests/vectors/README.md) deterministically.

    python -m tests.vectors.generate            # rewrite tests/vectors/ in place
    python -m tests.vectors.generate --out DIR  # write them elsewhere (CI compares byte for byte)

Every key comes from a fixed seed (``keys.json`` holds them all, private halves included: these keys
protect nothing). Every value that is random in production is fixed here through the writers' own
injectable parameters: the content key and the HPKE ephemeral key of each encrypted file
(``EncryptionNonces``), the ``created`` time, the clocks and the record ids. Valid files are written
by the production writers; invalid ones by the same writers with one thing wrong, or byte by byte
(``zipkit``) where the writers cannot go wrong.

The expected verdict of each file is stated here, by hand, next to the file: the readers never decide
it (tests/vectors/test_vectors.py checks the readers against it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from kin_desktop.bundle import container, encryption, signing
from kin_desktop.bundle.encryption import EncryptionNonces
from kin_desktop.bundle.keys import PublicIdentity, Signer
from kin_desktop.core import canonical, records
from kin_desktop.core.records import Revision, make_revision, to_json
from kin_desktop.core.schemas import RecordType
from tests.vectors import zipkit

HERE = Path(__file__).resolve().parent
FORMAT = "kin-bundle-test-vectors"
SEED_PREFIX = b"KIN Desktop test vectors v1 / "
APP_VERSION = "0.1.0"
CREATED = "2008-02-01T10:00:00Z"
DEVICE_A = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1"
DEVICE_B = "b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2"
DEVICE_SEC = "5ec05ec05ec05ec05ec05ec05ec05ec0"


def seed(name: str) -> bytes:
    """32 fixed bytes for ``name``: SHA-256 of a fixed prefix and the name."""
    return hashlib.sha256(SEED_PREFIX + name.encode()).digest()


def nonces(name: str) -> EncryptionNonces:
    return EncryptionNonces(seed(f"content key / {name}"), seed(f"ephemeral key / {name}"))


# -------------------------------------------------------------------------------------------- keys


@dataclass(frozen=True)
class Party:
    name: str
    signer: Signer
    encryption: X25519PrivateKey | None = None

    @property
    def key_id(self) -> str:
        return self.signer.key_id

    @property
    def identity(self) -> PublicIdentity:
        public = None if self.encryption is None else self.encryption.public_key().public_bytes_raw()
        return PublicIdentity.from_keys(self.signer.public, public)

    def keys_json(self) -> dict[str, Any]:
        value: dict[str, Any] = {
            "signing_seed": seed(f"signing / {self.name}").hex(),
            "signing_public": self.signer.public.hex(),
            "key_id": self.key_id,
        }
        if self.encryption is not None:
            value["encryption_private"] = seed(f"encryption / {self.name}").hex()
            value["encryption_public"] = self.encryption.public_key().public_bytes_raw().hex()
            value["encryption_key_id"] = self.identity.encryption_key_id
        return value


def party(name: str, *, encryption: bool = False) -> Party:
    signer = Signer(Ed25519PrivateKey.from_private_bytes(seed(f"signing / {name}")))
    enc = X25519PrivateKey.from_private_bytes(seed(f"encryption / {name}")) if encryption else None
    return Party(name, signer, enc)


SECRETARIAT = party("secretariat", encryption=True)
OTHER_SECRETARIAT = party("other-secretariat", encryption=True)
DELEGATE_A = party("delegate-a")  # Hai Phong: enrolled
DELEGATE_B = party("delegate-b")  # Bangkok: enrolled
DELEGATE_R = party("delegate-r")  # revoked
DELEGATE_U = party("delegate-u")  # not enrolled
PARTIES = (SECRETARIAT, OTHER_SECRETARIAT, DELEGATE_A, DELEGATE_B, DELEGATE_R, DELEGATE_U)


# ------------------------------------------------------------------------------------- the records


def hlc(step: int, device: str) -> str:
    return f"{1201860000000 + step * 1000:013d}.00000.{device}"


P1 = "3f1c2a9e-0d6b-4c55-9a1e-5b7f00000001"  # A's practice
C1 = "3f1c2a9e-0d6b-4c55-9a1e-5b7f00000002"  # A's commitment
AT1 = "3f1c2a9e-0d6b-4c55-9a1e-5b7f00000003"  # A's photo of P1
PR1 = "3f1c2a9e-0d6b-4c55-9a1e-5b7f00000004"  # A's progress report on C1
R1 = "3f1c2a9e-0d6b-4c55-9a1e-5b7f00000005"  # A's questionnaire response
PB = "7b2e4d10-8c3a-4f6e-b1d2-0c9a00000001"  # B's practice
RN1 = "9e8d7c6b-5a49-4838-a726-150000000001"  # the secretariat's review note on P1
PHOTO = bytes(range(256)) * 8 + "Hải Phòng".encode()


def practice_body(title: str, **more: Any) -> dict[str, Any]:
    from kin_desktop.core.schemas import validate_body

    # Text that tests canonical JSON: a quote, a backslash, a tab, a control character, U+2028, a
    # character outside the BMP, Vietnamese, Thai and Japanese.
    body = {
        "title": title,
        "summary": 'Thu gom rác "tại nguồn"\\phân loại\tở Hải Phòng\u0001 \u2028 🌱 ขยะ ごみ',
        "sectors": ["solid_waste", "urban_transport"],
        "cost_amount": "125000.50",
        "cost_currency": "USD",
        "partners": ["JICA", "Kitakyushu City"],
        "start_year": 2004,
        "win_win": True,
        "language": "vi",
        "state": "ready",
    }
    body.update(more)
    return validate_body(RecordType.PRACTICE, body)


def a_revisions() -> dict[str, Revision]:
    """A's first revisions (bundle a1) and its later edit (bundle a2)."""
    a = DELEGATE_A.key_id
    p1 = make_revision(
        P1, RecordType.PRACTICE, a, [], a, hlc(1, DEVICE_A), practice_body("Phân loại rác tại nguồn")
    )
    c1 = make_revision(
        C1,
        RecordType.COMMITMENT,
        a,
        [],
        a,
        hlc(2, DEVICE_A),
        {
            "title": "Xe buýt nhanh BRT",
            "project_type": "demonstration",
            "sectors": ["urban_transport"],
            "targets": [
                {"description": "Modal share of buses", "baseline": "8%", "target": "15%", "due_year": 2010}
            ],
            "start_date": "2008-04-01",
            "end_date": "2010-12-31",
            "milestones": [{"date": "2009-06-30", "description": "First line opens"}],
            "budget_amount": "4000000",
            "budget_currency": "USD",
        },
    )
    at1 = make_revision(
        AT1,
        RecordType.ATTACHMENT,
        a,
        [],
        a,
        hlc(3, DEVICE_A),
        {"record_id": P1, "sha256": hashlib.sha256(PHOTO).hexdigest(), "filename": "ảnh.jpg",
         "media_type": "image/jpeg", "size": len(PHOTO)},
    )  # fmt: skip
    pr1 = make_revision(
        PR1,
        RecordType.PROGRESS_REPORT,
        a,
        [],
        a,
        hlc(4, DEVICE_A),
        {
            "commitment_id": C1,
            "reported_on": "2009-01-15",
            "status": "on_track",
            "note": "Tuyến 1 đúng tiến độ",
        },
    )
    r1 = make_revision(
        R1,
        RecordType.RESPONSE,
        a,
        [],
        a,
        hlc(5, DEVICE_A),
        {
            "questionnaire_id": "vectors-survey",
            "questionnaire_version": "1.0",
            # keys out of UTF-16 order: U+E000 sorts before U+1F331 by code point, after it by UTF-16
            "answers": {
                "population": 1837173,
                "share": "12.5",
                "\ue000note": "private use",
                "🌱": "seedling",
            },
            "completed": True,
        },
    )
    p1b = make_revision(
        P1,
        RecordType.PRACTICE,
        a,
        [p1.rev_id],
        a,
        hlc(6, DEVICE_A),
        practice_body("Phân loại rác tại nguồn (2008)"),
    )
    return {"p1": p1, "c1": c1, "at1": at1, "pr1": pr1, "r1": r1, "p1b": p1b}


def b_practice() -> Revision:
    b = DELEGATE_B.key_id
    return make_revision(
        PB,
        RecordType.PRACTICE,
        b,
        [],
        b,
        hlc(1, DEVICE_B),
        practice_body("Bangkok Skytrain feeder buses", language="th"),
    )


def review_note() -> Revision:
    """The secretariat's review of A's practice, on the practice's first revision (``reviewed_rev_id``)."""
    s = SECRETARIAT.key_id
    return make_revision(
        RN1,
        RecordType.REVIEW_NOTE,
        s,
        [],
        s,
        hlc(10, DEVICE_SEC),
        {
            "target_id": P1,
            "target_type": "practice",
            "state": "has_issues",
            "reviewed_rev_id": a_revisions()["p1"].rev_id,
            "comment": "Xin bổ sung chi phí.",
        },
    )


def resolution(c1: Revision) -> Revision:
    """The secretariat's revision of A's commitment (as when it resolves a conflict)."""
    assert c1.body is not None
    return make_revision(
        C1, RecordType.COMMITMENT, DELEGATE_A.key_id, [c1.rev_id], SECRETARIAT.key_id, hlc(11, DEVICE_SEC),
        {**c1.body, "funding_source": "City budget"},
    )  # fmt: skip


def revisions_member(revs: list[Revision] | list[dict[str, Any]]) -> bytes:
    return canonical.dumps([r if isinstance(r, dict) else to_json(r) for r in revs])


# ------------------------------------------------------------------------------------------- writers


def delegate_header(sender: Party, sequence: int, *, previous: str | None = None, device: str = DEVICE_A,
                    **more: Any) -> dict[str, Any]:  # fmt: skip
    header: dict[str, Any] = {
        "created": CREATED,
        "app_version": APP_VERSION,
        "schema_version": 1,
        "device_id": device,
        "sequence": sequence,
        "previous_bundle": previous,
        "builds_on_receipt": None,
        "delegate": {
            "name": {"delegate-a": "Nguyễn Thị Lan", "delegate-b": "Somchai Boonmee"}.get(
                sender.name, sender.name
            ),
            "city": {"delegate-a": "Hải Phòng", "delegate-b": "กรุงเทพมหานคร"}.get(sender.name, "Surabaya"),
            "city_latin": {"delegate-a": "Hai Phong", "delegate-b": "Bangkok"}.get(sender.name, "Surabaya"),
            "country": {"delegate-a": "VN", "delegate-b": "TH"}.get(sender.name, "ID"),
            "organisation": "",
            "category": "city-expert",
            "email": "",
        },
    }
    header.update(more)
    return header


def bundle(name: str, members: dict[str, bytes], header: dict[str, Any], sender: Party, *,
           to: Party = SECRETARIAT, chunk_exponent: int = 16) -> bytes:  # fmt: skip
    return container.write_delegate_bundle(
        members, header, sender.signer, to.identity, chunk_exponent=chunk_exponent, nonces=nonces(name)
    )


def seal(name: str, inner: bytes, *, to: Party = SECRETARIAT, chunk_exponent: int = 16) -> bytes:
    identity = to.identity
    assert identity.encryption_public is not None and identity.encryption_key_id is not None
    return encryption.encrypt(
        inner, identity.encryption_public, identity.encryption_key_id, chunk_exponent=chunk_exponent,
        nonces=nonces(name),
    )  # fmt: skip


def manifest(kind: str, members: dict[str, bytes], header: dict[str, Any], signer: Signer) -> dict[str, Any]:
    """The manifest the writer would build, as a dict (so one field can be made wrong)."""
    value = canonical.loads_strict(container.build_manifest(kind, members, header, signer.public))
    assert isinstance(value, dict)
    return value


def manifest_dict(
    kind: str, members: dict[str, bytes], header: dict[str, Any], signer: Signer
) -> dict[str, Any]:
    """A manifest built by hand (so it may list what the writer refuses)."""
    value: dict[str, Any] = dict(header)
    value.update(
        format=container.FORMAT,
        format_version=container.FORMAT_VERSION,
        kind=kind,
        members={n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items()},
        signer_key_id=signer.key_id,
        signer_public_key=signer.public.hex(),
    )
    return value


def signed(manifest_bytes: bytes, signer: Signer, kind: str) -> list[zipkit.Member]:
    signature = signing.sign_manifest(manifest_bytes, signer, context=signing.context_for(kind))
    return [
        zipkit.Member("manifest.json", manifest_bytes),
        zipkit.Member("manifest.sig", signer.public + signature),
    ]


def container_of(kind: str, members: dict[str, bytes], header: dict[str, Any], signer: Signer, *,
                 manifest_bytes: bytes | None = None, extra: list[zipkit.Member] | None = None,
                 sign_as: str | None = None, **build: Any) -> bytes:  # fmt: skip
    """A signed container laid out by ``zipkit``: manifest, signature, members (or ``extra``)."""
    body = (
        manifest_bytes
        if manifest_bytes is not None
        else canonical.dumps(manifest_dict(kind, members, header, signer))
    )
    entries = signed(body, signer, sign_as or kind)
    entries += extra if extra is not None else [zipkit.Member(n, d) for n, d in sorted(members.items())]
    return zipkit.build(entries, **build)


def bundle_header_a(sequence: int = 7, **more: Any) -> dict[str, Any]:
    """Header of a hostile bundle from A; with the recipient the writer adds."""
    header = delegate_header(DELEGATE_A, sequence, **more)
    header["recipient"] = {
        "key_id": SECRETARIAT.key_id,
        "encryption_key_id": SECRETARIAT.identity.encryption_key_id,
    }
    return header


# ------------------------------------------------------------------------------------------ vectors


@dataclass
class Vector:
    file: str
    kind: str  # what the file is meant as: delegate-bundle | welcome-pack | receipt | other
    reader: str  # secretariat | delegate
    verdict: str  # merged | duplicate | held | rejected | quarantined
    reason: str | None
    description: str
    after: list[str] = field(default_factory=list)
    accept_fingerprint: str | None = None
    data: bytes = b""
    extra: dict[str, Any] = field(default_factory=dict)

    def entry(self) -> dict[str, Any]:
        value: dict[str, Any] = {
            "file": self.file,
            "kind": self.kind,
            "reader": self.reader,
            "after": self.after,
            "accept_fingerprint": self.accept_fingerprint,
            "verdict": self.verdict,
            "reason": self.reason,
            "description": self.description,
            "sha256": hashlib.sha256(self.data).hexdigest(),
        }
        value.update(self.extra)
        return value


class Builder:
    def __init__(self) -> None:
        self.vectors: list[Vector] = []
        self.files: dict[str, bytes] = {}

    def add(self, file: str, data: bytes, kind: str, reader: str, verdict: str, reason: str | None,
            description: str, **options: Any) -> str:  # fmt: skip
        if file in self.files and self.files[file] != data:
            raise ValueError(f"two different files named {file}")
        self.files[file] = data
        self.vectors.append(Vector(file, kind, reader, verdict, reason, description, data=data, **options))
        return file

    def refused(self, file: str, data: bytes, reason: str, description: str, *, kind: str = "delegate-bundle",
                reader: str = "secretariat", **options: Any) -> str:  # fmt: skip
        return self.add(file, data, kind, reader, "rejected", reason, description, **options)


def build_vectors() -> tuple[Builder, dict[str, Any]]:
    v = Builder()
    revs = a_revisions()
    a, sec = DELEGATE_A, SECRETARIAT
    fingerprint = sec.identity.fingerprint

    # ---------------------------------------------------------------- valid files
    a1_revs = [revs["p1"], revs["c1"], revs["at1"], revs["pr1"], revs["r1"]]
    a1_members = {
        "revisions.json": revisions_member(a1_revs),
        f"attachments/{hashlib.sha256(PHOTO).hexdigest()}": PHOTO,
    }
    a1_header = delegate_header(a, 1)
    a1 = bundle("a1", a1_members, a1_header, a)
    a1_id = hashlib.sha256(container.build_manifest(
        "delegate-bundle", a1_members, {**a1_header, "recipient": {"key_id": sec.key_id,
        "encryption_key_id": sec.identity.encryption_key_id}}, a.signer.public)).hexdigest()  # fmt: skip
    A1 = v.add(
        "bundle/a1-valid.kinb", a1, "delegate-bundle", "secretariat", "merged", None,
        "Delegate A's first bundle: a practice, a commitment, an attachment with its file, a progress "
        "report and a questionnaire response; texts with quotes, backslashes, control characters, U+2028, "
        "characters outside the BMP and answer keys whose code-point order differs from UTF-16 order.",
        extra={"bundle_id": a1_id, "rev_ids": [r.rev_id for r in a1_revs], "nonces": _nonces_json("a1")},
    )  # fmt: skip
    v.add(A1, a1, "delegate-bundle", "secretariat", "duplicate", None,
          "The same file again: import says duplicate without opening it.", after=[A1])  # fmt: skip
    a2_members = {"revisions.json": revisions_member([revs["c1"], revs["p1b"]])}
    a2 = bundle("a2", a2_members, delegate_header(a, 2, previous=a1_id), a)
    A2 = v.add(
        "bundle/a2-valid.kinb", a2, "delegate-bundle", "secretariat", "merged", None,
        "A's second bundle: an edit of the practice (its parent is in a1) and the commitment again, "
        "unchanged (stored already after a1).",
        after=[A1], extra={"rev_ids": [revs["c1"].rev_id, revs["p1b"].rev_id], "nonces": _nonces_json("a2")},
    )  # fmt: skip
    del A2
    u1 = bundle("u1", {"revisions.json": revisions_member([make_revision(
        "c0ffee00-0000-4000-8000-000000000001", RecordType.PRACTICE, DELEGATE_U.key_id, [], DELEGATE_U.key_id,
        hlc(1, "c0ffee"), practice_body("Surabaya composting"))])}, delegate_header(DELEGATE_U, 1, device="c0ffee"),
        DELEGATE_U)  # fmt: skip
    v.add("bundle/u1-held.kinb", u1, "delegate-bundle", "secretariat", "held", "pending_key",
          "A bundle from a key not enrolled: held until the secretariat approves the key.")  # fmt: skip

    catalogue = {"practices": [{"id": PB, "city": "Bangkok", "country": "TH", "body": b_practice().body}]}
    definition = _definition()
    pack_members = {
        "secretariat.json": canonical.dumps({"identity": sec.identity.to_json(), "name": "KIN Secretariat",
                                             "organisation": "IGES Kitakyushu Office"}),
        "catalogue.json": canonical.dumps(catalogue),
        container.questionnaire_member_name("vectors-survey", "1.0"): definition,
        "published.json": canonical.dumps(
            {"questionnaires": [{"id": "vectors-survey", "published_at": CREATED, "version": "1.0"}]}
        ),
    }  # fmt: skip
    pack_header = {"created": CREATED, "app_version": APP_VERSION, "schema_version": 1}
    pack = container.write_signed_file("welcome-pack", pack_members, pack_header, sec.signer)
    PACK = v.add("pack/valid.kinw", pack, "welcome-pack", "delegate", "merged", None,
                 "The welcome pack: the secretariat's identity, a catalogue of one practice, one questionnaire.",
                 accept_fingerprint=fingerprint)  # fmt: skip
    v.add(PACK, pack, "welcome-pack", "delegate", "rejected", "unconfirmed_key",
          "The welcome pack, its fingerprint not confirmed (no accept_fingerprint, nobody to ask).")  # fmt: skip
    v.add(PACK, pack, "welcome-pack", "delegate", "duplicate", None, "The welcome pack taken twice.",
          after=[PACK], accept_fingerprint=fingerprint)  # fmt: skip

    note, res = review_note(), resolution(revs["c1"])
    receipt_body = {
        "receipt_sequence": 1,
        "delegate_key_id": a.key_id,
        "acknowledged": sorted(r.rev_id for r in a1_revs),
        "bundles": [{"bundle_id": a1_id, "sequence": 1, "status": "merged", "reason": None}],
        "review_notes": [to_json(note)],
        "revisions": [to_json(res)],
    }
    receipt_header = {"created": CREATED, "app_version": APP_VERSION, "schema_version": 1,
                      "recipient": {"key_id": a.key_id}}  # fmt: skip
    receipt = container.write_signed_file(
        "receipt", {"receipt.json": canonical.dumps(receipt_body)}, receipt_header, sec.signer
    )
    RECEIPT = v.add("receipt/valid.kinr", receipt, "receipt", "delegate", "merged", None,
                    "A receipt for A: acknowledgements, a bundle report, a review note and the secretariat's "
                    "revision of A's commitment.", after=[PACK])  # fmt: skip

    _encrypted_layer(v, a1, a1_members, a1_header)
    _zip_layer(v, a1_members)
    _signature_and_manifest(v, a1_members)
    _secretariat_checks(v, revs, A1, a1_members)
    _delegate_checks(
        v, PACK, RECEIPT, receipt_body, receipt_header, pack_members, pack_header, note, res, revs
    )
    _key_lists(v)

    readers = {
        "secretariat": {
            "role": "secretariat",
            "own_key": "secretariat",
            "enrolled": {
                DELEGATE_A.key_id: "approved",
                DELEGATE_B.key_id: "approved",
                DELEGATE_R.key_id: "revoked",
            },
            "stored": {"bundle": "bundle/b1-stored.kinb"},
        },
        "delegate": {"role": "delegate", "own_key": "delegate-a", "enrolled": {}},
        "inbox": {"role": "inbox", "own_key": "secretariat", "enrolled": {}},
    }
    b1 = bundle(
        "b1",
        {"revisions.json": revisions_member([b_practice()])},
        delegate_header(DELEGATE_B, 1, device=DEVICE_B),
        DELEGATE_B,
    )
    v.files["bundle/b1-stored.kinb"] = b1
    return v, readers


def _nonces_json(name: str) -> dict[str, str]:
    n = nonces(name)
    return {"content_key": n.content_key.hex(), "ephemeral_private": n.ephemeral_private.hex()}


def _definition() -> bytes:
    value = {
        "schema_version": 1, "id": "vectors-survey", "version": "1.0", "default_language": "en",
        "languages": ["en", "th"], "title": {"en": "Test survey", "th": "แบบสำรวจทดสอบ"},
        "sections": [{"id": "city", "title": {"en": "City"}, "items": [
            {"kind": "question", "id": "population", "type": "integer", "label": {"en": "Population"}, "min": 0},
            {"kind": "question", "id": "share", "type": "decimal", "label": {"en": "Share recycled (%)"}, "max": 100},
        ]}],
    }  # fmt: skip
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _multiple_of(chunk: int, make: Callable[[str], bytes]) -> bytes:
    """A plaintext from ``make(padding)`` whose length is a multiple of ``chunk`` (pads a header field)."""
    for width in range(0, 300):
        inner = make((hashlib.sha256(b"padding").hexdigest() * 5)[:width])  # text deflate cannot shrink
        if len(inner) % chunk == 0:
            return inner
    raise AssertionError("no padding gave a multiple of the chunk size")


def _encrypted_layer(v: Builder, a1: bytes, a1_members: dict[str, bytes], a1_header: dict[str, Any]) -> None:
    sec = SECRETARIAT
    v.refused("encrypted/not-a-bundle.kinb", b"A plain text file.\n", "not_a_bundle",
              "Not an encrypted bundle (wrong magic).", kind="other")  # fmt: skip
    v.refused("encrypted/header-cut.kinb", a1[:50], "truncated", "The file ends inside the 108-byte header.")
    version = bytearray(a1)
    version[8] = 2
    v.refused("encrypted/version-2.kinb", bytes(version), "unsupported_version", "Layout version byte 2.")
    suite = bytearray(a1)
    suite[9] = 2
    v.refused("encrypted/suite-2.kinb", bytes(suite), "unsupported_version", "Suite byte 2.")
    exponent = bytearray(a1)
    exponent[10] = 17
    v.refused(
        "encrypted/chunk-exponent-17.kinb", bytes(exponent), "bad_header", "Chunk exponent 17 (v1: 6..16)."
    )
    reserved = bytearray(a1)
    reserved[11] = 1
    v.refused("encrypted/reserved-1.kinb", bytes(reserved), "bad_header", "Reserved byte not zero.")
    inner = encryption.decrypt(a1, _decryptor(sec))
    v.refused("encrypted/for-another-key.kinb", seal("other", inner, to=OTHER_SECRETARIAT), "not_for_us",
              "Encrypted for another secretariat's key (the header names it).")  # fmt: skip
    wrapped = bytearray(a1)
    wrapped[70] ^= 0x01
    v.refused("encrypted/wrapped-key-flipped.kinb", bytes(wrapped), "decrypt_failed",
              "One bit of the wrapped content key flipped.")  # fmt: skip
    flipped = bytearray(a1)
    flipped[200] ^= 0x01
    v.refused(
        "encrypted/chunk-flipped.kinb",
        bytes(flipped),
        "decrypt_failed",
        "One bit of the first chunk flipped.",
    )
    v.refused("encrypted/appended-bytes.kinb", a1 + b"\x00appended", "trailing_data",
              "Nine bytes appended after the final chunk.")  # fmt: skip
    # Small chunks (e = 6) so several chunks exist; the plaintext a multiple of 64 bytes long.
    header = dict(a1_header)

    def make(padding: str) -> bytes:
        full = {**header, "delegate": {**header["delegate"], "organisation": padding}}
        full["recipient"] = {"key_id": sec.key_id, "encryption_key_id": sec.identity.encryption_key_id}
        return container.write_signed_container("delegate-bundle", a1_members, full, DELEGATE_A.signer)

    even = _multiple_of(64, make)
    small = seal("small-chunks", even, chunk_exponent=6)
    v.add("encrypted/small-chunks-valid.kinb", small, "delegate-bundle", "secretariat", "merged", None,
          "A1's content in 64-byte chunks, its length a multiple of 64: it ends with a full final chunk.",
          extra={"nonces": _nonces_json("small-chunks")})  # fmt: skip
    cut = 108 + 3 * (64 + 16)
    v.refused("encrypted/cut-at-chunk-boundary.kinb", small[:cut], "truncated",
              "The small-chunk file cut after its third chunk: the new last chunk was not sealed as final.")  # fmt: skip
    v.refused("encrypted/empty-final-chunk.kinb", _with_empty_final_chunk(small, "small-chunks"), "trailing_data",
              "The small-chunk file with its full last chunk sealed as not final and an empty final chunk "
              "after it: format v1 ends such a file with the full chunk.")  # fmt: skip
    v.refused("encrypted/small-chunks-appended.kinb", small + b"\x01" * 40, "trailing_data",
              "Forty bytes appended after the small-chunk file's final chunk.")  # fmt: skip
    # The recipient named in the signed manifest.
    other = OTHER_SECRETARIAT
    for name, recipient in (
        ("wrong-recipient-signing-key", {"key_id": other.key_id, "encryption_key_id": sec.identity.encryption_key_id}),
        ("wrong-recipient-encryption-key", {"key_id": sec.key_id, "encryption_key_id": other.identity.encryption_key_id}),
    ):  # fmt: skip
        inner = container.write_signed_container(
            "delegate-bundle", a1_members, {**a1_header, "recipient": recipient}, DELEGATE_A.signer
        )
        v.refused(f"encrypted/{name}.kinb", seal(name, inner), "wrong_recipient",
                  f"Encrypted to the secretariat, but its signed manifest names {recipient} as recipient "
                  "(signed for another secretariat and re-encrypted).")  # fmt: skip


def _decryptor(who: Party) -> Any:
    from kin_desktop.bundle.keys import Decryptor

    assert who.encryption is not None
    return Decryptor(who.encryption)


def _with_empty_final_chunk(data: bytes, name: str) -> bytes:
    header = data[: encryption.HEADER_BYTES]
    ad = hashlib.sha256(header).digest()
    aead = ChaCha20Poly1305(nonces(name).content_key)
    step = (1 << data[10]) + encryption.TAG_BYTES
    body = data[encryption.HEADER_BYTES :]
    chunks = [body[i : i + step] for i in range(0, len(body), step)]
    last = len(chunks) - 1
    plain = aead.decrypt(encryption._nonce(last, True), chunks[last], ad)
    chunks[last] = aead.encrypt(encryption._nonce(last, False), plain, ad)
    chunks.append(aead.encrypt(encryption._nonce(last + 1, True), b"", ad))
    return header + b"".join(chunks)


def _zip_layer(v: Builder, members: dict[str, bytes]) -> None:
    """Strict ZIP framing (docs/bundle-format.md §4.2), inside correctly encrypted bundles from A."""
    a = DELEGATE_A.signer
    h = bundle_header_a()
    good = [zipkit.Member(n, d) for n, d in sorted(members.items())]

    def case(file: str, reason: str, description: str, **kwargs: Any) -> None:
        inner = container_of("delegate-bundle", members, h, a, **kwargs)
        v.refused(f"zip/{file}.kinb", seal(f"zip/{file}", inner), reason, description)

    case("comment", "bad_zip", "The ZIP has an archive comment.", archive_comment=b"hello")
    inner = container_of("delegate-bundle", members, h, a)
    v.refused("zip/bytes-after-end.kinb", seal("zip/bytes-after-end", inner + b"\x00" * 7), "trailing_data",
              "Seven bytes after the ZIP's end record (inside a correctly encrypted bundle).")  # fmt: skip
    case("gap", "bad_zip", "Bytes between two members.", gap_after=1, gap=b"\x00" * 16)
    case("zip64-locator", "bad_zip", "A Zip64 end-of-central-directory locator.", zip64_locator=True)
    case("two-disks", "bad_zip", "The end record says the archive spans two disks.", disk=1)
    case("central-order", "bad_zip", "The central directory lists the members in another order than the file.",
         central_order=[1, 0, 2, 3])  # fmt: skip
    variants: dict[str, tuple[str, str, Callable[[zipkit.Member], None]]] = {
        "extra-field": ("bad_zip", "An extra field (a Unicode path field) on a member.",
                        lambda m: setattr(m, "extra", b"\x75\x70\x05\x00\x01" + b"\x00" * 4 + b"")),
        "file-comment": ("bad_zip", "A file comment on a member.", lambda m: setattr(m, "comment", b"note")),
        "data-descriptor": ("bad_zip", "The data-descriptor flag (bit 3) set.", lambda m: setattr(m, "flags", 0x08)),
        "unknown-flag": ("bad_zip", "A flag bit v1 does not define (bit 4).", lambda m: setattr(m, "flags", 0x10)),
        "local-crc-differs": ("bad_zip", "The local header's CRC differs from the central directory's.",
                              lambda m: m.local_overrides.update(crc=0)),
        "bad-crc": ("bad_zip", "A member whose CRC-32 is wrong in both headers.", lambda m: setattr(m, "crc", 1)),
        "size-lies": ("bad_zip", "Both headers declare 10 bytes for a larger member.", lambda m: setattr(m, "size", 10)),
        "deflate-trailing": ("bad_zip", "Bytes after the end of the DEFLATE stream, inside the member's data.",
                             lambda m: setattr(m, "compressed", zipkit.deflate(m.data) + b"\x00\x00")),
        "encrypted-member": ("encrypted_member", "A member marked as password-encrypted.",
                             lambda m: setattr(m, "flags", 0x01)),
        "bzip2-member": ("unsupported_compression", "A member compressed with method 12 (bzip2).",
                         lambda m: setattr(m, "method", 12)),
        "symlink": ("symlink", "revisions.json is a symbolic link by its Unix mode.", lambda m: setattr(m, "mode", 0o120777)),
        "fifo": ("special_file", "revisions.json is a FIFO by its Unix mode.", lambda m: setattr(m, "mode", 0o010644)),
        "directory-mode": ("directory", "revisions.json is a directory by its Unix mode.",
                           lambda m: setattr(m, "mode", 0o040755)),
    }  # fmt: skip
    for file, (reason, description, change) in variants.items():
        members_now = [zipkit.Member(m.name, m.data) for m in good]
        target = next(m for m in members_now if m.name == "revisions.json")
        change(target)
        case(file, reason, description, extra=members_now)
    stored = [zipkit.Member(m.name, m.data, method=0) for m in good]
    inner = container_of("delegate-bundle", members, h, a, extra=stored)
    v.add("zip/stored-members-valid.kinb", seal("zip/stored", inner), "delegate-bundle", "secretariat", "merged", None,
          "Every member stored (method 0) instead of deflated: allowed.")  # fmt: skip
    for file, name, reason, description in (
        ("dot-dot", "../revisions.json", "unsafe_name", "A member named ../revisions.json."),
        ("backslash", "attachments\\x", "unsafe_name", "A member name with a backslash."),
        ("drive", "C:revisions.json", "unsafe_name", "A member name with a drive letter."),
        ("non-ascii", "revisions.jsön".encode(), "unsafe_name", "A member name outside printable ASCII."),
        ("directory", "attachments/", "directory", "A directory entry."),
        ("not-allowed", "notes.txt", "member_not_allowed", "A member bundles may not carry."),
    ):  # fmt: skip
        case(f"name-{file}", reason, description, extra=[*good, zipkit.Member(name, b"x")])
    case("duplicate-name", "duplicate_member", "revisions.json twice.",
         extra=[*good, zipkit.Member("revisions.json", b"[]")])  # fmt: skip
    many = [*good] + [zipkit.Member(f"attachments/{hashlib.sha256(str(i).encode()).hexdigest()}", str(i).encode())
                      for i in range(1025)]  # fmt: skip
    case("too-many-members", "too_many_members", "1,029 members (v1 allows 1,024, counted from the end record).",
         extra=many)  # fmt: skip
    huge = next(m for m in good if m.name == "revisions.json")
    case("declared-too-large", "too_large", "revisions.json declared 65 MiB in both headers (the cap is 64 MiB).",
         extra=[*(m for m in good if m is not huge), zipkit.Member("revisions.json", huge.data, size=65 << 20)])  # fmt: skip
    bomb = b"[" + b" " * (3 << 20) + b"]"
    bomb_members = {**members, "revisions.json": bomb}
    inner = container_of("delegate-bundle", bomb_members, h, a)
    v.refused("zip/compression-ratio.kinb", seal("zip/compression-ratio", inner), "compression_ratio",
              "revisions.json inflates to 3 MiB at more than 200 times its compressed size.")  # fmt: skip
    no_sig = zipkit.build(
        [
            zipkit.Member("manifest.json", canonical.dumps(manifest_dict("delegate-bundle", members, h, a))),
            *good,
        ]
    )
    v.refused(
        "zip/no-signature.kinb",
        seal("zip/no-signature", no_sig),
        "missing_member",
        "No manifest.sig: unsigned.",
    )
    v.refused("zip/not-a-zip-inside.kinb", seal("zip/not-a-zip", b"Plain text, correctly encrypted."), "not_a_container",
              "The encrypted layer is sound but the plaintext is not a ZIP.")  # fmt: skip


def _signature_and_manifest(v: Builder, members: dict[str, bytes]) -> None:
    a = DELEGATE_A.signer
    h = bundle_header_a()
    right = manifest_dict("delegate-bundle", members, h, a)

    def case(file: str, reason: str, description: str, value: dict[str, Any] | bytes, **kwargs: Any) -> None:
        body = value if isinstance(value, bytes) else canonical.dumps(value)
        inner = container_of("delegate-bundle", members, h, a, manifest_bytes=body, **kwargs)
        v.refused(f"manifest/{file}.kinb", seal(f"manifest/{file}", inner), reason, description)

    flipped = canonical.dumps(right)
    entries = signed(flipped, a, "delegate-bundle")
    entries[0] = zipkit.Member("manifest.json", flipped.replace(b'"sequence":7', b'"sequence":8'))
    inner = zipkit.build([*entries, *(zipkit.Member(n, d) for n, d in sorted(members.items()))])
    v.refused("manifest/changed-after-signing.kinb", seal("manifest/changed", inner), "bad_signature",
              "The manifest was changed after it was signed.")  # fmt: skip
    case(
        "receipt-context",
        "bad_signature",
        "A bundle manifest signed with the receipt context.",
        right,
        sign_as="receipt",
    )
    case("indented", "bad_manifest", "The manifest is valid JSON but indented: not canonical.",
         json.dumps(right, ensure_ascii=False, sort_keys=True, indent=1).encode())  # fmt: skip
    case("escaped", "bad_manifest", "The manifest writes non-ASCII text as \\u escapes: not canonical.",
         json.dumps(right, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode())  # fmt: skip
    case("unsorted", "bad_manifest", "The manifest's keys are not sorted.",
         json.dumps(dict(reversed(list(right.items()))), ensure_ascii=False, separators=(",", ":")).encode())  # fmt: skip
    case("float", "bad_manifest", "schema_version written 1.0.",
         canonical.dumps(right).replace(b'"schema_version":1', b'"schema_version":1.0'))  # fmt: skip
    case("unknown-field", "bad_manifest", "A header field v1 does not define.", {**right, "priority": "high"})
    case("created-fraction", "bad_manifest", "created with a fraction of a second.",
         {**right, "created": "2008-02-01T10:00:00.5Z"})  # fmt: skip
    case(
        "created-not-a-date",
        "bad_manifest",
        "created on 30 February.",
        {**right, "created": "2008-02-30T10:00:00Z"},
    )
    case(
        "sequence-too-high", "bad_manifest", "sequence 2^31 (at most 2^31 - 1).", {**right, "sequence": 2**31}
    )
    case("no-delegate", "bad_manifest", "The delegate header field is missing.",
         {k: val for k, val in right.items() if k != "delegate"})  # fmt: skip
    case("format-version-2", "unsupported_version", "format_version 2.", {**right, "format_version": 2})
    case("schema-version-2", "unsupported_version", "schema_version 2.", {**right, "schema_version": 2})
    case(
        "kind-receipt",
        "wrong_kind",
        "The manifest says receipt; the signature proves a bundle.",
        {**right, "kind": "receipt"},
    )
    impostor = DELEGATE_B.signer
    case("names-another-signer", "wrong_signer", "The manifest names B as signer; A signed it.",
         {**right, "signer_key_id": impostor.key_id, "signer_public_key": impostor.public.hex()})  # fmt: skip
    listed = {**members, "attachments/" + "0" * 64: b""}
    case("listed-missing", "missing_member", "The manifest lists an attachment the ZIP does not hold.",
         manifest_dict("delegate-bundle", listed, h, a))  # fmt: skip
    extra_blob = b"unlisted"
    case("unlisted", "unlisted_member", "The ZIP holds an attachment the manifest does not list.", right,
         extra=[*(zipkit.Member(n, d) for n, d in sorted(members.items())),
                zipkit.Member(f"attachments/{hashlib.sha256(extra_blob).hexdigest()}", extra_blob)])  # fmt: skip
    changed = {**members, "revisions.json": members["revisions.json"].replace(b"BRT", b"LRT")}
    case("member-changed", "member_mismatch", "revisions.json differs from the SHA-256 the manifest lists.", right,
         extra=[zipkit.Member(n, d) for n, d in sorted(changed.items())])  # fmt: skip
    wrong_name = f"attachments/{'f' * 64}"
    photo_listed = {n: d for n, d in members.items() if not n.startswith("attachments/")} | {
        wrong_name: PHOTO
    }
    case("attachment-name", "member_mismatch", "An attachment not named by the SHA-256 of its content.",
         manifest_dict("delegate-bundle", photo_listed, h, a),
         extra=[zipkit.Member(n, d) for n, d in sorted(photo_listed.items())])  # fmt: skip


def _secretariat_checks(
    v: Builder, revs: dict[str, Revision], a1_file: str, a1_members: dict[str, bytes]
) -> None:
    a, b, r = DELEGATE_A, DELEGATE_B, DELEGATE_R
    blob_name = next(n for n in a1_members if n.startswith("attachments/"))

    def from_a(file: str, reason: str, description: str, items: list[Any], *, sequence: int = 9,
               members: dict[str, bytes] | None = None, verdict: str = "rejected", after: list[str] | None = None,
               raw: bytes | None = None) -> None:  # fmt: skip
        content = {"revisions.json": raw if raw is not None else revisions_member(items), **(members or {})}
        data = bundle(f"checks/{file}", content, delegate_header(a, sequence), a)
        v.add(f"checks/{file}.kinb", data, "delegate-bundle", "secretariat", verdict, reason, description,
              after=after or [])  # fmt: skip

    rev = make_revision("ab000000-0000-4000-8000-000000000001", RecordType.PRACTICE, r.key_id, [], r.key_id,
                        hlc(1, "dead"), practice_body("Revoked key's practice"))  # fmt: skip
    data = bundle(
        "checks/revoked", {"revisions.json": revisions_member([rev])}, delegate_header(r, 1, device="dead"), r
    )
    v.refused("checks/revoked-key.kinb", data, "revoked_key", "A bundle from a revoked key.")
    other_seq1 = bundle(
        "checks/sequence", {"revisions.json": revisions_member([revs["p1b"]])}, delegate_header(a, 1), a
    )
    v.add("checks/sequence-reused.kinb", other_seq1, "delegate-bundle", "secretariat", "quarantined", "sequence_reused",
          "Another bundle numbered 1 from the same device, after a1: quarantined.", after=[a1_file])  # fmt: skip
    bad_hash = {**to_json(revs["p1"]), "rev_id": "0" * 64}
    from_a(
        "rev-id-mismatch",
        "bad_revision",
        "A revision whose rev_id is not the hash of its content.",
        [bad_hash],
    )
    raw = json.dumps([to_json(revs["p1"])], ensure_ascii=False, indent=1).encode()
    from_a("revisions-not-canonical", "bad_revision", "revisions.json indented: not canonical.", [], raw=raw)
    not_normal = _forged(revs["p1"], body={**(revs["p1"].body or {}), "title": " Padded title "})
    from_a(
        "body-not-normalised",
        "bad_revision",
        "A body with a title that has leading white space.",
        [not_normal],
    )
    bool_as_int = _forged(revs["p1"], body={**(revs["p1"].body or {}), "win_win": 1})
    from_a(
        "body-integer-for-boolean", "bad_revision", 'A body with "win_win": 1 instead of true.', [bool_as_int]
    )
    missing_field = _forged(
        revs["p1"], body={k: val for k, val in (revs["p1"].body or {}).items() if k != "partners"}
    )
    from_a("body-field-missing", "bad_revision", "A body without its partners field (normal form has every field).",
           [missing_field])  # fmt: skip
    bad_clock = _forged(revs["p1"], hlc="1201860001000.00000." + DEVICE_A + "\n")
    from_a("clock-newline", "bad_revision", "A clock value ending in a newline.", [bad_clock])
    version_float = {**to_json(revs["p1"]), "v": 2}
    from_a("revision-v2", "bad_revision", 'A revision with "v": 2.', [version_float])
    by_b = make_revision("ab000000-0000-4000-8000-000000000002", RecordType.PRACTICE, a.key_id, [], b.key_id,
                         hlc(20, DEVICE_A), practice_body("Written by B"))  # fmt: skip
    from_a("wrong-author", "wrong_author", "A revision authored by B inside A's bundle.", [by_b])
    owned_by_b = make_revision("ab000000-0000-4000-8000-000000000003", RecordType.PRACTICE, b.key_id, [], a.key_id,
                               hlc(21, DEVICE_A), practice_body("Owned by B"))  # fmt: skip
    from_a("not-owner", "not_owner", "A revision of a record owned by B inside A's bundle.", [owned_by_b])
    note_by_a = make_revision("ab000000-0000-4000-8000-000000000004", RecordType.REVIEW_NOTE, a.key_id, [], a.key_id,
                              hlc(22, DEVICE_A), {"target_id": P1, "target_type": "practice", "state": "registered"})  # fmt: skip
    from_a("review-note", "not_owner", "A review note written by a delegate.", [note_by_a])
    reserved = make_revision(f"{SECRETARIAT.key_id}:review_note:3f1c2a9e-0d6b-5c55-9a1e-5b7f00000001",
                             RecordType.PRACTICE, a.key_id, [], a.key_id, hlc(25, DEVICE_A),
                             practice_body("Under the secretariat's id"))  # fmt: skip
    from_a("reserved-id", "not_owner", "A record under an id reserved to the secretariat's key "
           "(<key id>:review_note:…).", [reserved])  # fmt: skip
    many_answers = _forged(revs["r1"], body={**(revs["r1"].body or {}),
                                             "answers": {f"q{i}": i for i in range(1001)}})  # fmt: skip
    from_a("too-many-answers", "bad_revision", "A response answering 1,001 questions (at most 1,000).",
           [many_answers])  # fmt: skip
    hijack = make_revision(
        PB, RecordType.PRACTICE, a.key_id, [], a.key_id, hlc(23, DEVICE_A), practice_body("Mine now")
    )
    from_a(
        "record-of-another",
        "not_owner",
        "A revision under the id of B's stored practice, owned by A.",
        [hijack],
    )
    attach_to_b = make_revision("ab000000-0000-4000-8000-000000000005", RecordType.ATTACHMENT, a.key_id, [], a.key_id,
                                hlc(24, DEVICE_A), {**(revs["at1"].body or {}), "record_id": PB})  # fmt: skip
    from_a("attachment-to-another", "not_owner", "An attachment pointing at B's stored practice.", [attach_to_b],
           members={blob_name: PHOTO})  # fmt: skip
    from_a("missing-attachment", "missing_attachment", "An attachment revision whose file is neither in the bundle "
           "nor stored.", [revs["at1"]])  # fmt: skip
    conflicting = _forged(
        revs["p1"], body={**(revs["p1"].body or {}), "title": "Quietly changed"}, keep_id=True
    )
    from_a("conflicting-revision", "conflicting_revision", "After a1: a1's practice revision again, under its rev_id, "
           "with another title: quarantined as evidence.", [conflicting], verdict="quarantined", after=[a1_file])  # fmt: skip
    pack_at_secretariat = v.files["pack/valid.kinw"]
    v.refused("checks/welcome-pack-at-secretariat.kinw", pack_at_secretariat, "not_a_bundle",
              "A welcome pack given to the secretariat's import.", kind="welcome-pack")  # fmt: skip


def _forged(rev: Revision, *, keep_id: bool = False, **changes: Any) -> dict[str, Any]:
    """A revision's JSON with ``changes``; its rev_id recomputed unless ``keep_id``."""
    value = {**to_json(rev), **changes}
    if not keep_id:
        value["rev_id"] = records.compute_rev_id(
            value["record_id"], value["record_type"], value["owner"], value["parents"], value["author"],
            value["hlc"], value["body"],
        )  # fmt: skip
    return value


def _delegate_checks(v: Builder, pack_file: str, receipt_file: str, receipt_body: dict[str, Any],
                     receipt_header: dict[str, Any], pack_members: dict[str, bytes], pack_header: dict[str, Any],
                     note: Revision, res: Revision, revs: dict[str, Revision]) -> None:  # fmt: skip
    sec, other = SECRETARIAT, OTHER_SECRETARIAT
    fingerprint = sec.identity.fingerprint

    def receipt(file: str, reason: str, description: str, body: dict[str, Any] | bytes, *,
                header: dict[str, Any] | None = None, signer: Party = sec, after: list[str] | None = None,
                verdict: str = "rejected") -> None:  # fmt: skip
        content = body if isinstance(body, bytes) else canonical.dumps(body)
        data = container.write_signed_file(
            "receipt", {"receipt.json": content}, header or receipt_header, signer.signer
        )
        v.add(f"receipt/{file}.kinr", data, "receipt", "delegate", verdict, reason, description,
              after=[pack_file] if after is None else after)  # fmt: skip

    def pack(file: str, reason: str, description: str, members: dict[str, bytes], *, signer: Party = sec,
             after: list[str] | None = None, header: dict[str, Any] | None = None) -> None:  # fmt: skip
        data = container.write_signed_file("welcome-pack", members, header or pack_header, signer.signer)
        v.add(f"pack/{file}.kinw", data, "welcome-pack", "delegate", "rejected", reason, description,
              after=after or [], accept_fingerprint=fingerprint if after is None else None)  # fmt: skip

    v.refused("receipt/bundle-at-delegate.kinb", v.files["bundle/a1-valid.kinb"], "encrypted",
              "A delegate bundle given to a delegate's import.", reader="delegate")  # fmt: skip
    v.refused("receipt/not-a-container.kinr", b"PK\x05\x06not really", "not_a_container",
              "A file that starts like no KIN file.", kind="other", reader="delegate")  # fmt: skip
    receipt(
        "before-any-pack",
        "unknown_key",
        "A receipt before any welcome pack was taken.",
        receipt_body,
        after=[],
    )
    receipt(
        "other-signer",
        "wrong_signer",
        "A receipt signed by another secretariat key.",
        receipt_body,
        signer=other,
    )
    other_identity = {"identity": other.identity.to_json(), "name": "Elsewhere", "organisation": ""}
    pack("other-signer", "wrong_signer", "After the genuine pack: a pack from another secretariat key.",
         {**pack_members, "secretariat.json": canonical.dumps(other_identity)}, signer=other, after=[pack_file])  # fmt: skip
    names_other = {"identity": other.identity.to_json(), "name": "KIN Secretariat", "organisation": ""}
    pack("identity-not-signer", "wrong_signer", "secretariat.json names another key than the one that signed.",
         {**pack_members, "secretariat.json": canonical.dumps(names_other)})  # fmt: skip
    no_enc = {"identity": {**sec.identity.to_json(), "encryption_public": None}, "name": "KIN Secretariat",
              "organisation": ""}  # fmt: skip
    with_inbox = {
        **json.loads(pack_members["secretariat.json"]),
        "inbox_url": "https://inbox.example.org/kin",
    }
    data = container.write_signed_file(
        "welcome-pack",
        {**pack_members, "secretariat.json": canonical.dumps(with_inbox)},
        pack_header,
        sec.signer,
    )
    v.add("pack/with-inbox-url.kinw", data, "welcome-pack", "delegate", "merged", None,
          "A welcome pack naming the secretariat's inbox service.", accept_fingerprint=fingerprint)  # fmt: skip
    for name, url, why in (
        ("trailing-slash", "https://inbox.example.org/kin/", "with a trailing slash (written without)"),
        ("plain-http", "http://inbox.example.org", "over plain http to another computer"),
        ("query", "https://inbox.example.org/?key=1", "with a query"),
    ):
        pack(f"inbox-url-{name}", "bad_pack", f"An inbox address {why}.",
             {**pack_members, "secretariat.json": canonical.dumps({**with_inbox, "inbox_url": url})})  # fmt: skip
    pack("no-encryption-key", "bad_pack", "secretariat.json without an encryption key.",
         {**pack_members, "secretariat.json": canonical.dumps(no_enc)})  # fmt: skip
    extra_key = {
        "identity": sec.identity.to_json(),
        "name": "KIN Secretariat",
        "organisation": "",
        "phone": "+81",
    }
    pack("unknown-field", "bad_pack", "secretariat.json with a field v1 does not define.",
         {**pack_members, "secretariat.json": canonical.dumps(extra_key)})  # fmt: skip
    pack("not-canonical", "bad_pack", "secretariat.json indented.",
         {**pack_members, "secretariat.json": json.dumps(json.loads(pack_members["secretariat.json"]), indent=1).encode()})  # fmt: skip
    definition_name = next(n for n in pack_members if n.startswith("questionnaires/"))
    pack("bad-definition", "bad_definition", "A questionnaire definition without sections.",
         {**pack_members, definition_name: b'{"schema_version": 1, "id": "vectors-survey", "version": "1.0"}'})  # fmt: skip
    misnamed = {k: d for k, d in pack_members.items() if k != definition_name}
    misnamed[container.questionnaire_member_name("vectors-survey", "2.0")] = pack_members[definition_name]
    pack("definition-misnamed", "bad_definition", "A definition of version 1.0 under the member name of version 2.0.",
         misnamed)  # fmt: skip
    catalogue = json.loads(pack_members["catalogue.json"])
    entry = catalogue["practices"][0]
    twice = {"practices": [entry, entry]}
    published = json.loads(pack_members["published.json"])
    not_carried = {"questionnaires": [*published["questionnaires"],
                                      {"id": "vectors-survey", "published_at": CREATED, "version": "2.0"}]}  # fmt: skip
    pack("published-not-carried", "bad_published", "published.json names a version the pack does not carry.",
         {**pack_members, "published.json": canonical.dumps(not_carried)})  # fmt: skip
    pack("catalogue-repeated", "bad_catalogue", "The same catalogue entry twice.",
         {**pack_members, "catalogue.json": canonical.dumps(twice)})  # fmt: skip
    short_body = {"practices": [{**entry, "body": {"title": entry["body"]["title"]}}]}
    pack("catalogue-not-normal", "bad_catalogue", "A catalogue practice body without its other fields.",
         {**pack_members, "catalogue.json": canonical.dumps(short_body)})  # fmt: skip
    for_b = {**pack_header, "recipient": {"key_id": DELEGATE_B.key_id}}
    pack("for-another-delegate", "not_for_us", "A pack prepared for delegate B.", pack_members, header=for_b)
    receipt("for-another-delegate", "not_for_us", "A receipt whose manifest names B.", {**receipt_body, "delegate_key_id": DELEGATE_B.key_id},
            header={**receipt_header, "recipient": {"key_id": DELEGATE_B.key_id}})  # fmt: skip
    receipt("body-for-another-delegate", "not_for_us", "The manifest names A, receipt.json names B.",
            {**receipt_body, "delegate_key_id": DELEGATE_B.key_id})  # fmt: skip
    receipt("empty-revisions", "bad_receipt", 'receipt.json with "revisions": [] (left out when empty).',
            {**receipt_body, "revisions": []})  # fmt: skip
    receipt(
        "unknown-field",
        "bad_receipt",
        "receipt.json with a field v1 does not define.",
        {**receipt_body, "note": "hi"},
    )
    receipt("acknowledged-unsorted", "bad_receipt", "acknowledged not in ascending order.",
            {**receipt_body, "acknowledged": sorted(receipt_body["acknowledged"], reverse=True)})  # fmt: skip
    receipt("bundle-reason-missing", "bad_receipt", "A rejected bundle reported without its reason.",
            {**receipt_body, "bundles": [{**receipt_body["bundles"][0], "status": "rejected"}]})  # fmt: skip
    receipt(
        "not-canonical", "bad_receipt", "receipt.json indented.", json.dumps(receipt_body, indent=1).encode()
    )
    receipt("zero-sequence", "bad_receipt", "receipt_sequence 0.", {**receipt_body, "receipt_sequence": 0})
    bad_note = {**to_json(note), "rev_id": "1" * 64}
    receipt("review-note-hash", "bad_receipt", "A review note whose rev_id is not its hash.",
            {**receipt_body, "review_notes": [bad_note]})  # fmt: skip
    practice_as_note = to_json(make_revision("ab000000-0000-4000-8000-000000000006", RecordType.PRACTICE, sec.key_id,
                                             [], sec.key_id, hlc(30, DEVICE_SEC), practice_body("Not a note")))  # fmt: skip
    receipt("review-note-not-a-note", "not_owner", "review_notes holds a practice.",
            {**receipt_body, "review_notes": [practice_as_note]})  # fmt: skip
    bad_rev = {**to_json(res), "rev_id": "2" * 64}
    receipt("revision-hash", "bad_revision", "A secretariat revision whose rev_id is not its hash.",
            {**receipt_body, "revisions": [bad_rev]})  # fmt: skip
    by_b = _forged(res, author=DELEGATE_B.key_id)
    receipt("revision-author", "wrong_author", "A revision in revisions authored by B, not the secretariat.",
            {**receipt_body, "revisions": [by_b]})  # fmt: skip
    owned_by_b = _forged(res, owner=DELEGATE_B.key_id)
    receipt("revision-owner", "not_owner", "A revision in revisions of a record owned by B.",
            {**receipt_body, "revisions": [owned_by_b]})  # fmt: skip
    receipt(
        "taken-twice",
        "",
        "The receipt taken twice.",
        receipt_body,
        after=[pack_file, receipt_file],
        verdict="duplicate",
    )
    older = {**receipt_body, "bundles": []}
    receipt("old-sequence", "old_receipt", "After receipt 1: another receipt numbered 1.", older,
            after=[pack_file, receipt_file])  # fmt: skip
    null_reviewed = _forged(note, body={**(note.body or {}), "reviewed_rev_id": None})
    receipt("review-note-null-revision", "bad_receipt", 'A review note with "reviewed_rev_id": null (absent when '
            "unknown, never null).", {**receipt_body, "review_notes": [null_reviewed]})  # fmt: skip
    wrong_type = _forged(note, record_id="9e8d7c6b-5a49-4838-a726-150000000002",
                         body={**(note.body or {}), "target_id": C1, "target_type": "practice"})  # fmt: skip
    second = {**receipt_body, "receipt_sequence": 2, "review_notes": [wrong_type], "bundles": []}
    second.pop("revisions")
    receipt("review-note-wrong-type", "not_owner", "After receipt 1 (which brought A's commitment C1): a review "
            "note about C1 calling it a practice.", second, after=[pack_file, receipt_file])  # fmt: skip
    del revs


def _key_lists(v: Builder) -> None:
    """Key lists (docs/bundle-format.md §6.4), read by the inbox service."""
    from kin_desktop.bundle import keylist

    sec = SECRETARIAT
    header = {"created": CREATED, "app_version": APP_VERSION, "schema_version": 1}
    enrolled = sorted([DELEGATE_A.key_id, DELEGATE_B.key_id])
    revoked = [DELEGATE_R.key_id]

    def write(body: dict[str, Any] | bytes, signer: Party = sec) -> bytes:
        content = body if isinstance(body, bytes) else canonical.dumps(body)
        return container.write_signed_file("key-list", {"keys.json": content}, header, signer.signer)

    valid = keylist.write_key_list(
        sec.signer, sequence=2, enrolled=enrolled, revoked=revoked, created=CREATED, app_version=APP_VERSION
    )
    VALID = v.add("keylist/valid.kinl", valid, "key-list", "inbox", "merged", None,
                  "Key list 2: A and B enrolled, R revoked.")  # fmt: skip
    v.add(VALID, valid, "key-list", "inbox", "duplicate", None, "The same key list again: taken again, nothing new.",
          after=[VALID])  # fmt: skip
    body = {"enrolled": enrolled, "revoked": revoked, "sequence": 1}
    v.add("keylist/older.kinl", write(body), "key-list", "inbox", "rejected", "old_key_list",
          "After list 2: list 1 (a replay).", after=[VALID])  # fmt: skip
    v.add("keylist/same-number.kinl", write({**body, "sequence": 2, "revoked": []}), "key-list", "inbox", "rejected",
          "old_key_list", "After list 2: another list numbered 2.", after=[VALID])  # fmt: skip
    v.add("keylist/unsorted.kinl", write({**body, "enrolled": enrolled[::-1]}), "key-list", "inbox", "rejected",
          "bad_key_list", "enrolled not in ascending order.")  # fmt: skip
    v.add("keylist/both.kinl", write({**body, "revoked": [enrolled[0]]}), "key-list", "inbox", "rejected",
          "bad_key_list", "A key both enrolled and revoked.")  # fmt: skip
    v.add("keylist/not-canonical.kinl", write(json.dumps(body, indent=1).encode()), "key-list", "inbox", "rejected",
          "bad_key_list", "keys.json indented.")  # fmt: skip
    v.add("keylist/other-signer.kinl", write(body, OTHER_SECRETARIAT), "key-list", "inbox", "rejected", "unknown_key",
          "A key list signed by another secretariat key.")  # fmt: skip


def generate(out: Path) -> dict[str, Any]:
    """Write every vector file, keys.json and vectors.json under ``out``; returns vectors.json's content."""
    builder, readers = build_vectors()
    for vector in builder.vectors:
        if vector.reason == "":
            vector.reason = None
    for name, data in builder.files.items():
        target = out / "files" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    keys = {p.name: p.keys_json() for p in PARTIES}
    (out / "keys.json").write_bytes(_pretty(keys))
    document = {
        "format": FORMAT,
        "format_version": 1,
        "generator": "tests/vectors/generate.py",
        "zlib_version": zlib.ZLIB_VERSION,
        "keys": "keys.json",
        "readers": readers,
        "canonical_json": _canonical_cases(),
        "rev_id": _rev_id_case(),
        "vectors": [
            {**v.entry(), "file": f"files/{v.file}", "after": [f"files/{a}" for a in v.after]}
            for v in builder.vectors
        ],
    }
    (out / "vectors.json").write_bytes(_pretty(document))
    return document


def _pretty(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8") + b"\n"


def _canonical_cases() -> dict[str, Any]:
    """Canonical JSON, to the byte: values (as JSON text) with their canonical bytes, and texts refused."""
    values = [
        '{"b":1,"a":[true,false,null]}',
        '"quote \\" backslash \\\\ slash / tab \\t newline \\n return \\r backspace \\b formfeed \\f"',
        '"\\u0000\\u0001\\u001f\\u007f\\u2028\\u2029\\ufeff"',
        '"Hải Phòng ขยะ ごみ 🌱"',
        '"Ha\\u0309i"',
        '{"\\ue000":1,"\\ud83c\\udf31":2,"z":3,"é":4}',
        "[9007199254740991,-9007199254740991,0]",
        "[" * 64 + "]" * 64,
    ]
    cases = []
    for text in values:
        value = json.loads(text)
        encoded = canonical.dumps(value)
        cases.append(
            {"json": text, "canonical_utf8_hex": encoded.hex(), "sha256": hashlib.sha256(encoded).hexdigest()}
        )
    refused = [
        ('{"a":1,"a":2}', "duplicate key"),
        ("[1.0]", "a fraction"),
        ("[1e3]", "an exponent"),
        ("[9007199254740992]", "an integer beyond 2^53 - 1"),
        ('"\\ud800"', "an unpaired surrogate"),
        ("[NaN]", "NaN"),
        ("[" * 65 + "]" * 65, "depth 65"),
        ('{"a": 1}', "white space (not canonical)"),
        ('"\\u00e9"', "an escape where the character is written as itself (not canonical)"),
        ('"\\/"', "an escaped solidus (not canonical)"),
        ("-0", "minus zero (not canonical)"),
    ]
    return {"values": cases, "refused": [{"json": t, "why": w} for t, w in refused]}


def _rev_id_case() -> dict[str, Any]:
    rev = a_revisions()["r1"]
    preimage = canonical.dumps({k: val for k, val in to_json(rev).items() if k != "rev_id"})
    return {
        "revision": to_json(rev),
        "preimage_utf8_hex": preimage.hex(),
        "rev_id": hashlib.sha256(preimage).hexdigest(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=HERE, help="folder to write into (default: tests/vectors)"
    )
    args = parser.parse_args(argv)
    out: Path = args.out
    if (out / "files").exists():
        shutil.rmtree(out / "files")
    document = generate(out)
    print(f"wrote {len(document['vectors'])} vectors to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
