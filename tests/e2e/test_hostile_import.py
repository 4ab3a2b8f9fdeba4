"""Hostile input, end to end through the importer and the database (docs/exchange.md).

The secretariat has two approved delegates, A (Hai Phong) and B (Bangkok), each with one small merged
practice. Every case feeds the importer something crafted, checks the outcome's status and reason
code, that the refusal is in the import log, and that the state of the records (every row of
``revision``, ``record``, the projection tables and the search index) did not change.

The container-level checks have their own unit tests (tests/unit/bundle); here hostile containers
are built by hand, signed with a delegate's real key and encrypted to the real secretariat, so only
the importer's own checks stand between them and the database.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.bundle import container, encryption
from kin_desktop.bundle.keys import Decryptor, PublicIdentity, Signer
from kin_desktop.core import canonical
from kin_desktop.core.records import Revision, to_json
from kin_desktop.core.schemas import RecordType
from tests.helpers.bundles import (
    OpenedBundle,
    Party,
    acknowledged_flags,
    approve,
    encrypt_to,
    enrol,
    export,
    hostile_bundle,
    import_files,
    import_log,
    make_delegate,
    make_secretariat,
    make_zip,
    manifest_for,
    open_bundle,
    revision_by,
    revisions_json,
    revoke,
    save,
    signed_entries,
    state_snapshot,
    welcome_pack,
    with_recipient,
    zip_info,
)

PRACTICE_A = {
    "title": "Community composting in Lê Chân district",
    "summary": "Ward-level composting of market waste.",
    "sectors": ["solid_waste"],
}
PRACTICE_B = {
    "title": "โครงการธนาคารขยะ (waste bank) in Bang Khen",
    "summary": "Schools collect recyclables.",
    "sectors": ["solid_waste"],
}
PRACTICE_C = {"title": "Mangrove replanting along the Mahiga creek", "sectors": ["other"]}


@dataclass(frozen=True)
class World:
    """Built once per module; tests copy ``secretariat`` and never change the templates."""

    secretariat: Party  # A and B approved, A1 and B1 merged
    identity: PublicIdentity
    a: Party
    b: Party
    a1: bytes
    b1: bytes  # B's first bundle (merged in the template)
    a2: bytes  # A's second bundle: an edit of its practice (not imported in the template)
    a3: bytes  # A's third bundle: one more edit
    a2_twin: bytes  # sequence 2 again, from a copy of A's laptop that edited differently
    c1: bytes  # from C, a delegate the secretariat has never seen
    c2: bytes  # C's second bundle
    c1_twin: bytes  # sequence 1 again, other content, from a copy of C's laptop
    practice_a: str
    practice_b: str
    commitment_b: str
    head_a: str
    head_b: str
    other_secretariat: Decryptor  # another secretariat's X25519 key


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("hostile")
    secretariat = make_secretariat(root / "secretariat")
    pack = welcome_pack(secretariat, root / "welcome.kinw")
    a = make_delegate(root / "a", welcome_pack=pack, secretariat=secretariat)
    b = make_delegate(
        root / "b",
        city="Bangkok",
        country="TH",
        name="ประนอม ศรีสุข",
        welcome_pack=pack,
        secretariat=secretariat,
    )
    c = make_delegate(
        root / "c",
        city="Puerto Princesa",
        country="PH",
        name="Ramon dela Cruz",
        welcome_pack=pack,
        secretariat=secretariat,
    )
    rev_a = save(a, RecordType.PRACTICE, PRACTICE_A)
    rev_b = save(b, RecordType.PRACTICE, PRACTICE_B)
    commitment_b = save(b, RecordType.COMMITMENT, {"title": "Recycling rate of 40% by 2010"}).record_id
    rev_c = save(c, RecordType.PRACTICE, PRACTICE_C)
    c_twin = c.copy_to(root / "c-twin")
    out = root / "out"
    a1, b1, c1 = export(a, out / "a"), export(b, out / "b"), export(c, out / "c")
    save(c, RecordType.PRACTICE, {**PRACTICE_C, "summary": "Second season."}, rev_c.record_id)
    c2 = export(c, out / "c2")
    save(c_twin, RecordType.PRACTICE, {**PRACTICE_C, "summary": "From the restored laptop."}, rev_c.record_id)
    c1_twin = export(c_twin, out / "c-twin")
    assert [o.status for o in enrol(secretariat, a1)] == ["merged"]
    assert [o.status for o in enrol(secretariat, b1)] == ["merged"]
    twin = a.copy_to(root / "a-twin")  # the same laptop restored from a backup
    save(
        a,
        RecordType.PRACTICE,
        {**PRACTICE_A, "summary": "Composting of market waste, second ward."},
        rev_a.record_id,
    )
    a2 = export(a, out / "a2")
    save(a, RecordType.PRACTICE, {**PRACTICE_A, "summary": "Composting in three wards."}, rev_a.record_id)
    a3 = export(a, out / "a3")
    save(twin, RecordType.PRACTICE, {**PRACTICE_A, "title": "Composting (restored laptop)"}, rev_a.record_id)
    twin2 = export(twin, out / "twin")
    return World(
        secretariat=secretariat,
        identity=secretariat.identity(),
        a=a,
        b=b,
        a1=a1.read_bytes(),
        b1=b1.read_bytes(),
        a2=a2.read_bytes(),
        a3=a3.read_bytes(),
        a2_twin=twin2.read_bytes(),
        c1=c1.read_bytes(),
        c2=c2.read_bytes(),
        c1_twin=c1_twin.read_bytes(),
        practice_a=rev_a.record_id,
        practice_b=rev_b.record_id,
        commitment_b=commitment_b,
        head_a=rev_a.rev_id,
        head_b=rev_b.rev_id,
        other_secretariat=Decryptor.generate(),
    )


@pytest.fixture
def sec(world: World, tmp_path: Path) -> Party:
    """A fresh copy of the secretariat template for one test."""
    return world.secretariat.copy_to(tmp_path / "secretariat")


@pytest.fixture(scope="module")
def a2_opened(world: World) -> OpenedBundle:
    return open_bundle(world.a2, world.secretariat)


@pytest.fixture(scope="module")
def signer_a(world: World) -> Signer:
    return world.a.signer()


@pytest.fixture(scope="module")
def signer_b(world: World) -> Signer:
    return world.b.signer()


_counter = iter(range(1_000_000))


def _write(folder: Path, data: bytes, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"case-{next(_counter):06d}.kinb")
    path.write_bytes(data)
    return path


def refused(
    sec: Party,
    data: bytes,
    reasons: str | Iterable[str],
    *,
    status: str = "rejected",
    folder: Path | None = None,
) -> Any:
    """Import ``data``; it must be refused with one of ``reasons``, logged, and change no record."""
    wanted = {reasons} if isinstance(reasons, str) else set(reasons)
    before = state_snapshot(sec.database)
    logged = len(import_log(sec.database))
    path = _write(folder or sec.data_dir.parent / "incoming", data)
    [outcome] = import_files(sec, [path])
    assert (outcome.status, outcome.reason) in {(status, r) for r in wanted}, (
        outcome.status,
        outcome.reason,
        outcome.detail,
    )
    after_log = import_log(sec.database)
    assert len(after_log) == logged + 1
    assert (after_log[-1]["status"], after_log[-1]["reason"]) == (outcome.status, outcome.reason)
    assert state_snapshot(sec.database) == before
    return outcome


def imported(sec: Party, data: bytes, status: str = "merged") -> Any:
    [outcome] = import_files(sec, [_write(sec.data_dir.parent / "incoming", data)])
    assert outcome.status == status, (outcome.status, outcome.reason, outcome.detail)
    return outcome


def _revision_set(party: Party) -> set[str]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(party.database)) as con:
        return {row[0] for row in con.execute("SELECT rev_id FROM revision")}


def delegate_key_rows(sec: Party) -> list[tuple[Any, ...]]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(sec.database)) as con:
        return sorted(con.execute("SELECT key_id, status FROM delegate_key").fetchall())


# ------------------------------------------------------------------------------------ damaged files


def _flip_reason(position: int, bit: int) -> str:
    """What the encrypted layout says a flipped bit at ``position`` must be refused for."""
    if position < 8:
        return "not_a_bundle"
    if position in (8, 9):
        return "unsupported_version"
    if position == 10:  # the chunk exponent: 16 with one bit flipped
        return "decrypt_failed" if 6 <= 16 ^ (1 << bit) <= 16 else "bad_header"
    if position == 11:
        return "bad_header"
    if position < 28:
        return "not_for_us"
    return "decrypt_failed"


@pytest.mark.slow
def test_every_single_bit_flip_is_refused(world: World, sec: Party, tmp_path: Path) -> None:
    original = world.a2
    assert len(original) < 4096, "keep the bit-flip bundle small"
    folder = tmp_path / "flips"
    folder.mkdir()
    expected: dict[str, str] = {}
    for position in range(len(original)):
        bit = position % 8
        damaged = bytearray(original)
        damaged[position] ^= 1 << bit
        path = _write(folder, bytes(damaged), f"flip-{position:05d}.kinb")
        expected[str(path)] = _flip_reason(position, bit)
    before = state_snapshot(sec.database)
    outcomes = import_files(sec, [folder])
    assert len(outcomes) == len(original)
    wrong = [
        (Path(o.path).name, o.status, o.reason, expected[str(o.path)])
        for o in outcomes
        if (o.status, o.reason) != ("rejected", expected[str(o.path)])
    ]
    assert not wrong, wrong[:20]
    assert state_snapshot(sec.database) == before
    assert [row["status"] for row in import_log(sec.database)[-len(original) :]] == ["rejected"] * len(
        original
    )
    imported(sec, original)  # the undamaged file is fine: the flips were the only reason


def _cut_reason(length: int, step: int) -> str:
    if length <= encryption.HEADER_BYTES:
        return "truncated"
    return (
        "truncated" if (length - encryption.HEADER_BYTES) % step < encryption.TAG_BYTES else "decrypt_failed"
    )


@pytest.mark.parametrize("chunk_exponent", [16, 6])
def test_truncation_at_many_points_is_refused(
    world: World, sec: Party, tmp_path: Path, a2_opened: OpenedBundle, chunk_exponent: int
) -> None:
    # The same signed container encrypted with 64-byte chunks as well, so cuts fall on chunk boundaries.
    whole = encryption.encrypt(
        a2_opened.inner,
        world.identity.encryption_public or b"",
        world.identity.encryption_key_id or "",
        chunk_exponent=chunk_exponent,
    )
    step = (1 << chunk_exponent) + encryption.TAG_BYTES
    cuts = set(range(0, len(whole), 29)) | {1, 7, 8, 9, 11, 12, 27, 28, 60, 107, 108, 109, 123, 124}
    cuts |= {len(whole) - n for n in (1, 2, 15, 16, 17, step, step + 1)}
    cuts |= {encryption.HEADER_BYTES + k * step for k in range(1, (len(whole) - 108) // step + 1)}
    cuts = {c for c in cuts if 0 <= c < len(whole)}
    folder = tmp_path / "cuts"
    expected = {}
    for cut in sorted(cuts):
        path = _write(folder, whole[:cut], f"cut-{cut:06d}.kinb")
        expected[str(path)] = _cut_reason(cut, step)
    before = state_snapshot(sec.database)
    outcomes = import_files(sec, [folder])
    wrong = [
        (Path(o.path).name, o.reason, expected[str(o.path)])
        for o in outcomes
        if (o.status, o.reason) != ("rejected", expected[str(o.path)])
    ]
    assert len(outcomes) == len(cuts) and not wrong, wrong[:20]
    assert state_snapshot(sec.database) == before
    imported(sec, whole)


@pytest.mark.parametrize(
    "tail",
    [b"\x00", bytes(16), bytes(65552), b"PK\x03\x04", "copy"],
    ids=["one-byte", "a-tag", "a-whole-chunk", "zip-magic", "a-second-bundle"],
)
def test_appended_data_is_refused(world: World, sec: Party, tail: bytes | str) -> None:
    extra = world.a3 if tail == "copy" else tail
    assert isinstance(extra, bytes)
    refused(sec, world.a2 + extra, {"trailing_data", "decrypt_failed"})


def test_not_a_bundle_at_all(sec: Party) -> None:
    refused(sec, b"", {"truncated", "not_a_bundle"})
    refused(sec, b"%PDF-1.4 not a bundle", "not_a_bundle")
    refused(sec, make_zip([("revisions.json", b"[]")]), {"not_a_bundle"})


# ------------------------------------------------------------------------------- wrong secretariat


def test_bundle_encrypted_to_another_secretariat(world: World, sec: Party, a2_opened: OpenedBundle) -> None:
    other = world.other_secretariat
    data = encryption.encrypt(a2_opened.inner, other.public, other.key_id)
    refused(sec, data, "not_for_us")


def test_bundle_signed_for_another_secretariat_and_reencrypted_to_us(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle
) -> None:
    other = PublicIdentity.from_keys(Signer.generate().public, world.other_secretariat.public)
    inner = container.write_signed_container(
        "delegate-bundle",
        a2_opened.members,
        {
            **a2_opened.header,
            "recipient": {"key_id": other.key_id, "encryption_key_id": other.encryption_key_id},
        },
        signer_a,
    )
    refused(sec, encrypt_to(inner, world.identity), "wrong_recipient")


# ----------------------------------------------------------------- hostile containers, properly signed


def _revisions(opened: OpenedBundle) -> bytes:
    return opened.members["revisions.json"]


@pytest.mark.parametrize(
    "name",
    [
        "../revisions.json",
        "attachments/../../../../etc/passwd",
        "revisions.json/../../outside.json",
        "./revisions.json",
        "attachments//revisions.json",
        "held/../../kin.sqlite3",
    ],
)
def test_path_traversal_member_names(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle, name: str
) -> None:
    members = {"revisions.json": _revisions(a2_opened), name: b"owned"}
    data = hostile_bundle(world.identity, signer_a, a2_opened.header, members)
    refused(sec, data, "unsafe_name")
    assert not (sec.data_dir.parent / "outside.json").exists()


@pytest.mark.parametrize(
    "name",
    [
        "/revisions.json",
        "/tmp/kin-owned",
        "C:/Windows/kin-owned",
        "C:\\kin-owned",
        "\\\\server\\share\\x",
        "a\x01b",
    ],
    ids=["root", "tmp", "drive", "drive-backslash", "unc", "control-char"],
)
def test_absolute_and_odd_member_names(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle, name: str
) -> None:
    members = {"revisions.json": _revisions(a2_opened), name: b"owned"}
    refused(sec, hostile_bundle(world.identity, signer_a, a2_opened.header, members), "unsafe_name")
    assert not Path("/tmp/kin-owned").exists()


def test_duplicate_member_names(world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle) -> None:
    genuine = _revisions(a2_opened)
    evil = revisions_json([revision_by(signer_a.key_id, signer_a.key_id, world.practice_a, PRACTICE_A)])
    members = {"revisions.json": genuine}
    # The manifest lists the genuine member; a second member of the same name carries other revisions.
    entries = [("revisions.json", genuine), ("revisions.json", evil)]
    refused(
        sec,
        hostile_bundle(world.identity, signer_a, a2_opened.header, members, entries=entries),
        "duplicate_member",
    )
    entries = [("revisions.json", evil), ("revisions.json", genuine)]
    refused(
        sec,
        hostile_bundle(world.identity, signer_a, a2_opened.header, members, entries=entries),
        "duplicate_member",
    )
    # A second manifest after the signed one.
    manifest = manifest_for(members, with_recipient(a2_opened.header, world.identity), signer_a.public)
    zipped = make_zip(
        [*signed_entries(manifest, signer_a), ("manifest.json", b"{}"), ("revisions.json", genuine)]
    )
    refused(sec, encrypt_to(zipped, world.identity), "duplicate_member")


@pytest.mark.parametrize("target", ["revisions.json", "attachments/" + "0" * 64])
def test_symlink_member(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle, target: str
) -> None:
    link = b"/etc/passwd"
    members = {"revisions.json": _revisions(a2_opened)}
    if target != "revisions.json":
        members[target] = link
    entries = [
        (zip_info(name, mode=0o120777) if name == target else name, data) for name, data in members.items()
    ]
    data = hostile_bundle(world.identity, signer_a, a2_opened.header, members, entries=entries)
    refused(sec, data, "symlink")


def test_compression_bomb(world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle) -> None:
    # 40 MiB of JSON white space around an empty array: valid JSON, listed with its true size and hash.
    bomb = b"[" + b" " * (40 * 1024 * 1024) + b"]"
    data = hostile_bundle(world.identity, signer_a, a2_opened.header, {"revisions.json": bomb})
    assert len(data) < 200_000
    refused(sec, data, "compression_ratio")


def test_too_many_members(world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle) -> None:
    members = {"revisions.json": _revisions(a2_opened)}
    for n in range(1100):
        blob = f"attachment {n}".encode()
        members[f"attachments/{canonical.sha256_hex(blob)}"] = blob
    refused(sec, hostile_bundle(world.identity, signer_a, a2_opened.header, members), "too_many_members")


@pytest.mark.slow
def test_oversize_revisions_json(world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle) -> None:
    # Just over the 64 MiB member cap, stored (not deflated) so no compression limit comes first.
    size = container.DEFAULT_LIMITS.max_member_size + 1
    payload = b"[" + b"0," * ((size - 2) // 2) + b"0]"
    payload = payload[: size - 1] + b"]"
    entries = [(zip_info("revisions.json", compress=0), payload)]
    members = {"revisions.json": payload}
    data = hostile_bundle(world.identity, signer_a, a2_opened.header, members, entries=entries)
    refused(sec, data, "too_large")


def _alter(content: bytes) -> bytes:
    revs = canonical.loads_strict(content)
    revs[0]["body"]["summary"] = "altered after signing"
    return canonical.dumps(revs)


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("other-content", "member_mismatch"),
        ("other-size", "member_mismatch"),
        ("unlisted", "unlisted_member"),
        ("listed-missing", "missing_member"),
        ("attachment-misnamed", "member_mismatch"),
        ("required-missing", "missing_member"),
    ],
)
def test_manifest_and_members_disagree(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle, case: str, reason: str
) -> None:
    genuine = _revisions(a2_opened)
    blob = b"attached file"
    blob_name = f"attachments/{canonical.sha256_hex(blob)}"
    same_size = genuine.replace(b"Composting of market waste", b"Composting of market wastf")
    assert len(same_size) == len(genuine) and same_size != genuine
    misnamed = "attachments/" + canonical.sha256_hex(b"something else")
    # case: (the members in the ZIP, the members the signed manifest lists)
    layouts: dict[str, tuple[dict[str, bytes], dict[str, bytes] | None]] = {
        "other-content": ({"revisions.json": same_size}, {"revisions.json": genuine}),
        "other-size": ({"revisions.json": _alter(genuine)}, {"revisions.json": genuine}),
        "unlisted": ({"revisions.json": genuine, blob_name: blob}, {"revisions.json": genuine}),
        "listed-missing": ({"revisions.json": genuine}, {"revisions.json": genuine, blob_name: blob}),
        "attachment-misnamed": ({"revisions.json": genuine, misnamed: blob}, None),
        "required-missing": ({blob_name: blob}, None),
    }
    members, listed = layouts[case]
    data = hostile_bundle(world.identity, signer_a, a2_opened.header, members, manifest_members=listed)
    refused(sec, data, reason)


# ------------------------------------------------------------------------------------- signatures


def test_signature_by_another_key_claiming_to_be_a(
    world: World, sec: Party, signer_a: Signer, signer_b: Signer, a2_opened: OpenedBundle
) -> None:
    members = {"revisions.json": _revisions(a2_opened)}
    manifest = manifest_for(
        members, with_recipient(a2_opened.header, world.identity), signer_a.public
    )  # names A as the signer
    keys_before = delegate_key_rows(sec)
    # B's real key and signature, the manifest claiming A's key id.
    data = encrypt_to(make_zip([*signed_entries(manifest, signer_b), *members.items()]), world.identity)
    refused(sec, data, "wrong_signer")
    # A's public key in manifest.sig, B's signature.
    data = encrypt_to(
        make_zip([*signed_entries(manifest, signer_b, sig_public=signer_a.public), *members.items()]),
        world.identity,
    )
    refused(sec, data, "bad_signature")
    # A key nobody enrolled, claiming A: not held, not registered.
    stranger = Signer.generate()
    data = encrypt_to(make_zip([*signed_entries(manifest, stranger), *members.items()]), world.identity)
    refused(sec, data, "wrong_signer")
    assert delegate_key_rows(sec) == keys_before


def test_manifest_changed_after_signing(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle
) -> None:
    members = {"revisions.json": _revisions(a2_opened)}
    manifest = manifest_for(members, with_recipient(a2_opened.header, world.identity), signer_a.public)
    [(name, signed), (sig_name, sig)] = signed_entries(manifest, signer_a)
    changed = signed.replace(b'"sequence":2', b'"sequence":9')
    assert changed != signed
    data = encrypt_to(make_zip([(name, changed), (sig_name, sig), *members.items()]), world.identity)
    refused(sec, data, "bad_signature")


def test_unknown_key_is_held_not_merged(world: World, sec: Party) -> None:
    before = state_snapshot(sec.database)
    outcome = imported(sec, world.c1, status="held")
    assert state_snapshot(sec.database) == before
    assert (outcome.signer_key_id, "pending") in delegate_key_rows(sec)
    assert len(list((sec.data_dir / "held").glob("*.kinb"))) == 1
    imported(sec, world.c1, status="held")  # again: still held, still nothing merged
    assert state_snapshot(sec.database) == before


def _rev_ids(world: World, data: bytes) -> set[str]:
    return {rev.rev_id for rev in open_bundle(data, world.secretariat).revisions}


def test_held_bundles_merge_in_sequence_order_on_approval(world: World, sec: Party) -> None:
    before = state_snapshot(sec.database)
    held = [imported(sec, world.c2, status="held"), imported(sec, world.c1, status="held")]
    assert state_snapshot(sec.database) == before
    merged = approve(sec, held[0].signer_key_id)
    assert [(o.status, o.sequence) for o in merged] == [("merged", 1), ("merged", 2)]
    assert _rev_ids(world, world.c1) | _rev_ids(world, world.c2) <= _revision_set(sec)
    assert not list((sec.data_dir / "held").glob("*.kinb"))


def test_held_bundles_reusing_a_sequence_number_are_quarantined_on_approval(world: World, sec: Party) -> None:
    first = imported(sec, world.c1, status="held")
    imported(sec, world.c1_twin, status="held")
    merged = approve(sec, first.signer_key_id)
    assert sorted((o.status, o.reason) for o in merged) == [
        ("merged", None),
        ("quarantined", "sequence_reused"),
    ]
    present = _revision_set(sec)
    kept, dropped = (world.c1, world.c1_twin) if merged[0].status == "merged" else (world.c1_twin, world.c1)
    assert _rev_ids(world, kept) <= present
    assert not (_rev_ids(world, dropped) - _rev_ids(world, kept)) & present


def test_revoked_key_is_refused(world: World, sec: Party) -> None:
    revoke(sec, world.a.key_id)
    refused(sec, world.a2, "revoked_key")
    refused(sec, world.a3, "revoked_key")


# --------------------------------------------------------------------------- replay and rollback


def test_replay_is_a_duplicate(world: World, sec: Party, a2_opened: OpenedBundle) -> None:
    imported(sec, world.a2)
    after = state_snapshot(sec.database)
    imported(sec, world.a2, status="duplicate")
    imported(sec, world.a1, status="duplicate")
    # The same signed container encrypted afresh: another file, the same bundle.
    imported(sec, encrypt_to(a2_opened.inner, world.identity), status="duplicate")
    assert state_snapshot(sec.database) == after


def test_rollback_to_an_older_bundle_changes_nothing(world: World, sec: Party) -> None:
    imported(sec, world.a3)
    after_newer = state_snapshot(sec.database)
    imported(sec, world.a2, status="duplicate")
    imported(sec, world.a1, status="duplicate")
    assert state_snapshot(sec.database) == after_newer


@pytest.mark.parametrize("first", ["original", "twin"])
def test_same_sequence_with_other_content_is_quarantined(world: World, sec: Party, first: str) -> None:
    one, other = (world.a2, world.a2_twin) if first == "original" else (world.a2_twin, world.a2)
    imported(sec, one)
    outcome = refused(sec, other, "sequence_reused", status="quarantined")
    assert outcome.sequence == 2
    assert len(list((sec.data_dir / "quarantine").glob("*.kinb"))) == 1
    refused(sec, other, "sequence_reused", status="quarantined")  # and again


# --------------------------------------------------------------------------------- authorisation


def _with(opened: OpenedBundle, *extra: Revision) -> bytes:
    return revisions_json([*opened.revisions, *extra])


def test_delegate_editing_another_delegates_record(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle
) -> None:
    a, b = world.a.key_id, world.b.key_id
    takeover = {**PRACTICE_B, "summary": "Taken over by A"}
    cases: list[tuple[Revision, set[str]]] = [
        # B's record, owner B, written by A: A does not own it.
        (revision_by(a, b, world.practice_b, takeover, parents=[world.head_b]), {"not_owner"}),
        # A's record, but the revision claims B as its author.
        (revision_by(b, a, world.practice_a, takeover, parents=[world.head_a]), {"wrong_author"}),
        # Everything claims B, inside A's signed bundle.
        (
            revision_by(b, b, world.practice_b, takeover, parents=[world.head_b]),
            {"wrong_author", "not_owner"},
        ),
        # A new record in B's name.
        (revision_by(a, b, "0f3c1a2e-0000-4000-8000-00000000b0b0", takeover), {"not_owner"}),
        # B's record id, claiming A as its owner: the stored record says B.
        (revision_by(a, a, world.practice_b, takeover, parents=[world.head_b]), {"not_owner"}),
    ]
    for revision, reasons in cases:
        data = container.write_delegate_bundle(
            {"revisions.json": _with(a2_opened, revision)}, a2_opened.header, signer_a, world.identity
        )
        refused(sec, data, reasons)
    # None of A's genuine revisions that travelled with them were merged either; alone they merge.
    imported(sec, world.a2)


def test_delegate_cannot_write_review_notes_or_change_a_record_type(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle
) -> None:
    a = world.a.key_id
    note = {
        "target_id": world.practice_a,
        "target_type": "practice",
        "state": "registered",
        "recognized": True,
    }
    self_review = revision_by(
        a, a, "5e1f0000-0000-4000-8000-0000000000aa", note, record_type=RecordType.REVIEW_NOTE
    )
    retyped = revision_by(
        a,
        a,
        world.practice_a,
        {"title": "Now a commitment"},
        parents=[world.head_a],
        record_type=RecordType.COMMITMENT,
    )
    for revision in (self_review, retyped):
        data = container.write_delegate_bundle(
            {"revisions.json": _with(a2_opened, revision)}, a2_opened.header, signer_a, world.identity
        )
        refused(sec, data, {"not_owner", "wrong_author", "bad_revision"})


def test_attachment_revision_without_its_file(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle
) -> None:
    a = world.a.key_id
    body = {
        "record_id": world.practice_a,
        "sha256": canonical.sha256_hex(b"never sent"),
        "filename": "photo.jpg",
        "media_type": "image/jpeg",
        "size": 10,
    }
    attachment = revision_by(
        a, a, "a77ac400-0000-4000-8000-000000000001", body, record_type=RecordType.ATTACHMENT
    )
    data = container.write_delegate_bundle(
        {"revisions.json": _with(a2_opened, attachment)}, a2_opened.header, signer_a, world.identity
    )
    refused(sec, data, "missing_attachment")


def test_own_records_aimed_at_another_delegates_record(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle
) -> None:
    """A's own attachment or progress report whose target is B's record would show up under B's
    record (attachments are listed by target, progress reports by commitment): a write into B's record."""
    a = world.a.key_id
    blob = b"\x89PNG not really"
    attachment = {
        "record_id": world.practice_b,
        "sha256": canonical.sha256_hex(blob),
        "filename": "evidence.png",
        "media_type": "image/png",
        "size": len(blob),
    }
    report = {"commitment_id": world.commitment_b, "reported_on": "2008-06-30", "status": "cancelled"}
    blob_member = {f"attachments/{canonical.sha256_hex(blob)}": blob}
    attach = revision_by(
        a, a, "a77ac400-0000-4000-8000-0000000000b1", attachment, record_type=RecordType.ATTACHMENT
    )
    progress = revision_by(
        a, a, "9e9047e0-0000-4000-8000-0000000000b2", report, record_type=RecordType.PROGRESS_REPORT
    )
    for revision, blobs in ((attach, blob_member), (progress, {})):
        members = {"revisions.json": _with(a2_opened, revision), **blobs}
        data = container.write_delegate_bundle(members, a2_opened.header, signer_a, world.identity)
        refused(sec, data, "not_owner")


def test_own_records_aimed_at_a_record_that_arrives_later_from_another_delegate(
    world: World, sec: Party, signer_a: Signer, signer_b: Signer, a2_opened: OpenedBundle
) -> None:
    """A's attachment and progress report point at records nobody has sent yet: accepted (the target
    may simply arrive later, import is order-independent). When those records then arrive from B, A's
    revisions are kept but never show under B's records; B's records merge untouched."""
    a, b = world.a.key_id, world.b.key_id
    practice_id = "b0b0b0b0-0000-4000-8000-0000000000c1"
    commitment_id = "b0b0b0b0-0000-4000-8000-0000000000c2"
    blob = b"\x89PNG not really"
    digest = canonical.sha256_hex(blob)
    attachment = {
        "record_id": practice_id,
        "sha256": digest,
        "filename": "evidence.png",
        "media_type": "image/png",
        "size": len(blob),
    }
    report = {"commitment_id": commitment_id, "reported_on": "2008-06-30", "status": "cancelled"}
    attach = revision_by(
        a, a, "a77ac400-0000-4000-8000-0000000000c3", attachment, record_type=RecordType.ATTACHMENT
    )
    progress = revision_by(
        a, a, "9e9047e0-0000-4000-8000-0000000000c4", report, record_type=RecordType.PROGRESS_REPORT
    )
    members = {"revisions.json": _with(a2_opened, attach, progress), f"attachments/{digest}": blob}
    imported(sec, container.write_delegate_bundle(members, a2_opened.header, signer_a, world.identity))
    shown = state_snapshot(sec.database)
    # Not arrived yet: nothing to show them under, so they are listed as A's own.
    assert [row for row in shown["attachment"] if row[0] == attach.record_id]
    assert [row for row in shown["progress_report"] if row[0] == progress.record_id]

    b1 = open_bundle(world.b1, world.secretariat)
    theirs = [
        revision_by(b, b, practice_id, PRACTICE_B, hlc="1190000000000.00000.b"),
        revision_by(
            b,
            b,
            commitment_id,
            {"title": "Recycling rate of 50% by 2010"},
            hlc="1190000000000.00001.b",
            record_type=RecordType.COMMITMENT,
        ),
    ]
    header = {**b1.header, "sequence": b1.header["sequence"] + 1, "previous_bundle": None}
    data = container.write_delegate_bundle(
        {"revisions.json": revisions_json(theirs)}, header, signer_b, world.identity
    )
    imported(sec, data)
    after = state_snapshot(sec.database)
    assert {rev.rev_id for rev in (attach, progress, *theirs)} <= _revision_set(sec)
    assert not [row for row in after["attachment"] if row[0] == attach.record_id]
    assert not [row for row in after["progress_report"] if row[0] == progress.record_id]
    with sec.open() as workspace:
        from kin_desktop.services.records import RecordService

        assert RecordService(workspace).attachments(practice_id) == ()
    # B first, then A: A's bundle is refused outright (the target is known and B's).
    other = world.secretariat.copy_to(sec.data_dir.parent / "other")
    imported(other, data)
    refused(
        other,
        container.write_delegate_bundle(members, a2_opened.header, signer_a, world.identity),
        "not_owner",
    )


# ----------------------------------------------------------------------------- malformed revisions


def _first_rev_json(opened: OpenedBundle) -> dict[str, Any]:
    return to_json(opened.revisions[0])


def _rehash(rev: dict[str, Any]) -> dict[str, Any]:
    """The revision with the rev_id its content hashes to, computed without any of the reader's checks
    (``compute_rev_id`` itself refuses over-deep or non-canonical content)."""
    rev = dict(rev)
    content = {k: v for k, v in rev.items() if k != "rev_id"}
    content["parents"] = sorted(content["parents"])
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    rev["rev_id"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return rev


def _malformed(opened: OpenedBundle, case: str) -> bytes:
    genuine = opened.members["revisions.json"]
    text = genuine.decode("utf-8")
    first = _first_rev_json(opened)
    last = to_json(opened.revisions[-1])

    def one(rev: dict[str, Any]) -> bytes:  # canonical layout, none of canonical.dumps's checks
        return json.dumps([rev], ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    variants: dict[str, Any] = {
        "duplicate-key": lambda: text.replace('{"author":', '{"author":"x","author":', 1).encode(),
        "duplicate-key-in-body": lambda: text.replace('"summary":', '"summary":"x","summary":', 1).encode(),
        "nan": lambda: text.replace('"v":1', '"v":NaN', 1).encode(),
        "infinity": lambda: text.replace('"v":1', '"v":-Infinity', 1).encode(),
        "huge-exponent": lambda: text.replace('"v":1', '"v":1e400', 1).encode(),
        "float": lambda: text.replace('"v":1', '"v":1.0', 1).encode(),
        "huge-integer": lambda: text.replace('"v":1', '"v":' + "1" * 5000, 1).encode(),
        "deep-70": lambda: b"[" * 70 + b"]" * 70,
        "deep-100000": lambda: b"[" * 100_000 + b"]" * 100_000,
        "deep-in-body": lambda: one(_rehash({**first, "body": {**first["body"], "partners": _nest(80)}})),
        "object-not-array": lambda: b'{"revisions":' + genuine + b"}",
        "string": lambda: b'"revisions"',
        "number-items": lambda: b"[1,2]",
        "null-item": lambda: b"[null]",
        "array-item": lambda: b"[[]]",
        "v-as-string": lambda: one({**first, "v": "1"}),
        "v-as-bool": lambda: one({**first, "v": True}),
        "v-2": lambda: one({**first, "v": 2}),
        "parents-string": lambda: one({**first, "parents": "abc"}),
        "parents-not-ids": lambda: one({**first, "parents": ["not-a-revision"]}),
        "parents-unsorted-duplicated": lambda: one({**first, "parents": [first["rev_id"], first["rev_id"]]}),
        "body-list": lambda: one({**first, "body": []}),
        "body-string": lambda: one({**first, "body": "text"}),
        "rev-id-int": lambda: one({**first, "rev_id": 5}),
        "rev-id-short": lambda: one({**first, "rev_id": "abc"}),
        "missing-key": lambda: one({k: v for k, v in first.items() if k != "hlc"}),
        "extra-key": lambda: one({**first, "note": "extra"}),
        "record-type-unknown": lambda: one(_rehash({**first, "record_type": "memo"})),
        "hlc-invalid": lambda: one(_rehash({**first, "hlc": "yesterday"})),
        "record-id-invalid": lambda: one(_rehash({**first, "record_id": "../../etc"})),
        "owner-invalid": lambda: one(_rehash({**first, "owner": "", "author": ""})),
        # The revision new to the secretariat (a stored one is not read again: see the test below).
        "rev-id-mismatch": lambda: one({**last, "body": {**last["body"], "summary": "changed, same rev_id"}}),
        "body-not-normalized": lambda: one(
            _rehash({**first, "body": {**first["body"], "title": " padded "}})
        ),
        "body-extra-field": lambda: one(_rehash({**first, "body": {**first["body"], "evil": 1}})),
        "body-wrong-type": lambda: one(_rehash({**first, "body": {**first["body"], "start_year": "soon"}})),
        "invalid-utf8": lambda: genuine.replace(b"Composting", b"Compost\xff\xfe", 1),
        "empty": lambda: b"",
        "trailing-garbage": lambda: genuine + b"x",
        "not-json": lambda: b"revisions",
        "bom": lambda: b"\xef\xbb\xbf" + genuine,
    }
    return bytes(variants[case]())


def _nest(depth: int) -> Any:
    value: Any = "deep"
    for _ in range(depth):
        value = [value]
    return value


MALFORMED = [
    "duplicate-key",
    "duplicate-key-in-body",
    "nan",
    "infinity",
    "huge-exponent",
    "float",
    "huge-integer",
    "deep-70",
    "deep-100000",
    "deep-in-body",
    "object-not-array",
    "string",
    "number-items",
    "null-item",
    "array-item",
    "v-as-string",
    "v-as-bool",
    "v-2",
    "parents-string",
    "parents-not-ids",
    "parents-unsorted-duplicated",
    "body-list",
    "body-string",
    "rev-id-int",
    "rev-id-short",
    "missing-key",
    "extra-key",
    "record-type-unknown",
    "hlc-invalid",
    "record-id-invalid",
    "owner-invalid",
    "rev-id-mismatch",
    "body-not-normalized",
    "body-extra-field",
    "body-wrong-type",
    "invalid-utf8",
    "empty",
    "trailing-garbage",
    "not-json",
    "bom",
]


@pytest.mark.parametrize("case", MALFORMED)
def test_malformed_revisions_json(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle, case: str
) -> None:
    payload = _malformed(a2_opened, case)
    data = container.write_delegate_bundle(
        {"revisions.json": payload}, a2_opened.header, signer_a, world.identity
    )
    refused(sec, data, "bad_revision")


def test_other_content_under_a_stored_rev_id_is_quarantined_as_evidence(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle
) -> None:
    """A revision whose rev_id is stored must be that revision: other content under a known id (a forged
    or faulty copy) quarantines the whole file, which is kept under quarantine/ as evidence; nothing of
    it merges, not even its other, new revisions, and the stored revision stays as it is."""
    stored, new = a2_opened.revisions[0], a2_opened.revisions[-1]
    assert stored.rev_id in _revision_set(sec) and new.rev_id not in _revision_set(sec)
    changed = {**to_json(stored), "body": {**to_json(stored)["body"], "summary": "changed, same rev_id"}}
    data = container.write_delegate_bundle(
        {"revisions.json": canonical.dumps([changed, to_json(new)])},
        a2_opened.header,
        signer_a,
        world.identity,
    )
    outcome = refused(sec, data, "conflicting_revision", status="quarantined")
    assert stored.rev_id in outcome.detail
    kept = sec.data_dir / "quarantine" / f"{hashlib.sha256(data).hexdigest()}.kinb"
    assert kept.read_bytes() == data
    assert new.rev_id not in _revision_set(sec)
    # A stored revision of B's inside A's bundle, unchanged: refused by what is stored under its id.
    b1 = open_bundle(world.b1, world.secretariat).revisions[0]
    refused(
        sec,
        container.write_delegate_bundle(
            {"revisions.json": canonical.dumps([to_json(b1)])},
            {**a2_opened.header, "sequence": 9},
            signer_a,
            world.identity,
        ),
        "wrong_author",
    )
    # The same, claiming A as its author and owner: no longer the stored revision, so evidence.
    claimed = {**to_json(b1), "author": world.a.key_id, "owner": world.a.key_id}
    refused(
        sec,
        container.write_delegate_bundle(
            {"revisions.json": canonical.dumps([claimed])},
            {**a2_opened.header, "sequence": 10},
            signer_a,
            world.identity,
        ),
        "conflicting_revision",
        status="quarantined",
    )


def test_malformed_bundle_does_not_stop_the_rest_of_the_folder(
    world: World, sec: Party, signer_a: Signer, a2_opened: OpenedBundle, tmp_path: Path
) -> None:
    """One refused file among good ones: the others are imported, in order, as if it were absent."""
    bad = container.write_delegate_bundle(
        {"revisions.json": _malformed(a2_opened, "huge-integer")},
        {**a2_opened.header, "sequence": 7},  # its own number: a reused one would be quarantined first
        signer_a,
        world.identity,
    )
    folder = tmp_path / "mixed"
    _write(folder, world.a2, "1-a2.kinb")
    _write(folder, bad, "2-bad.kinb")
    _write(folder, world.a3, "3-a3.kinb")
    outcomes = import_files(sec, [folder])
    assert [(Path(o.path).name, o.status) for o in outcomes] == [
        ("1-a2.kinb", "merged"),
        ("2-bad.kinb", "rejected"),
        ("3-a3.kinb", "merged"),
    ]


def test_manifest_with_a_huge_integer_from_a_stranger(
    world: World, sec: Party, a2_opened: OpenedBundle
) -> None:
    """Anyone can sign with a fresh key (unknown signers are verified with the key they carry), so the
    manifest parser sees fully attacker-chosen JSON: it must refuse it, not crash the import."""
    stranger = Signer.generate()
    members = {"revisions.json": _revisions(a2_opened)}
    manifest = canonical.dumps(
        manifest_for(members, with_recipient(a2_opened.header, world.identity), stranger.public)
    ).replace(b'"sequence":2', b'"sequence":' + b"9" * 5000)
    data = encrypt_to(make_zip([*signed_entries(manifest, stranger), *members.items()]), world.identity)
    keys_before = delegate_key_rows(sec)
    refused(sec, data, "bad_manifest")
    assert delegate_key_rows(sec) == keys_before


# ------------------------------------------------------------------------------- receipts (delegate)


@dataclass(frozen=True)
class Receipts:
    secretariat: Party
    a: Party  # template delegate, receipt 1 taken
    first: bytes  # receipt 1 for A
    second: bytes  # receipt 2 for A
    for_b: bytes
    pack: bytes


@pytest.fixture(scope="module")
def receipts(world: World, tmp_path_factory: pytest.TempPathFactory) -> Receipts:
    root = tmp_path_factory.mktemp("receipts")
    sec = world.secretariat.copy_to(root / "secretariat")
    first_batch = _write_receipts_by_owner(sec, root / "r1")
    imported(sec, world.a2)
    second_batch = _write_receipts_by_owner(sec, root / "r2")
    a = world.a.copy_to(root / "a")
    [outcome] = import_files(a, [_write(root / "in", first_batch[world.a.key_id])])
    assert outcome.status == "merged", outcome
    return Receipts(
        secretariat=sec,
        a=a,
        first=first_batch[world.a.key_id],
        second=second_batch[world.a.key_id],
        for_b=first_batch[world.b.key_id],
        pack=(world.secretariat.data_dir.parent / "welcome.kinw").read_bytes(),
    )


def _write_receipts_by_owner(sec: Party, out: Path) -> dict[str, bytes]:
    from tests.helpers.bundles import write_receipts

    by_owner: dict[str, bytes] = {}
    for path in write_receipts(sec, out):
        data = path.read_bytes()
        verified = container.read_signed_container(
            data, expected_kinds=("receipt",), trusted_key_lookup=lambda _k: None, allow_unknown_signer=True
        )
        by_owner[verified.manifest["recipient"]["key_id"]] = data
    return by_owner


@pytest.fixture
def delegate_a(receipts: Receipts, tmp_path: Path) -> Party:
    return receipts.a.copy_to(tmp_path / "a")


def delegate_refused(party: Party, data: bytes, reasons: str | Iterable[str]) -> Any:
    """Import into a delegate profile: refused, logged, and no revision (nor its acknowledged flag) changed."""
    wanted = {reasons} if isinstance(reasons, str) else set(reasons)
    before = state_snapshot(party.database)
    flags = acknowledged_flags(party.database)
    [outcome] = import_files(party, [_write(party.data_dir.parent / "incoming", data)])
    assert (outcome.status, outcome.reason) in {("rejected", r) for r in wanted}, (
        outcome.status,
        outcome.reason,
        outcome.detail,
    )
    assert import_log(party.database)[-1]["reason"] == outcome.reason
    assert acknowledged_flags(party.database) == flags
    assert state_snapshot(party.database) == before
    return outcome


def _forged_receipt(
    genuine: bytes, signer: Signer, *, sig_public: bytes | None = None, **changes: Any
) -> bytes:
    verified = container.read_signed_container(
        genuine, expected_kinds=("receipt",), trusted_key_lookup=lambda _k: None, allow_unknown_signer=True
    )
    body = canonical.loads_strict(verified.members["receipt.json"])
    body.update(changes)
    members = {"receipt.json": canonical.dumps(body)}
    header = {k: v for k, v in verified.manifest.items() if k not in container.RESERVED_FIELDS}
    if sig_public is None:
        return container.write_signed_file("receipt", members, header, signer)
    manifest = container.build_manifest("receipt", members, header, sig_public)
    signature = signer.sign(b"KIN-Desktop receipt manifest v1\x00" + manifest)
    return make_zip([("manifest.json", manifest), ("manifest.sig", sig_public + signature), *members.items()])


def _all_rev_ids(party: Party) -> list[str]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(party.database)) as con:
        return sorted(row[0] for row in con.execute("SELECT rev_id FROM revision"))


def test_forged_receipts_are_refused(
    world: World, receipts: Receipts, delegate_a: Party, signer_b: Signer
) -> None:
    everything = _all_rev_ids(delegate_a)
    assert not all(acknowledged_flags(delegate_a.database).values()), (
        "the forgeries must have something to lie about"
    )
    forger = Signer.generate()
    for signer in (forger, signer_b):
        data = _forged_receipt(receipts.second, signer, receipt_sequence=99, acknowledged=everything)
        delegate_refused(delegate_a, data, "wrong_signer")
    # The pinned secretariat's public key in manifest.sig, another key's signature.
    data = _forged_receipt(
        receipts.second,
        forger,
        sig_public=world.identity.signing_public,
        receipt_sequence=99,
        acknowledged=everything,
    )
    delegate_refused(delegate_a, data, "bad_signature")


def test_receipt_for_another_delegate(receipts: Receipts, delegate_a: Party) -> None:
    delegate_refused(delegate_a, receipts.for_b, "not_for_us")


def test_older_receipt_after_a_newer_one(receipts: Receipts, delegate_a: Party) -> None:
    [outcome] = import_files(delegate_a, [_write(delegate_a.data_dir.parent / "in", receipts.second)])
    assert outcome.status == "merged", outcome
    before = state_snapshot(delegate_a.database)
    [again] = import_files(delegate_a, [_write(delegate_a.data_dir.parent / "in", receipts.first)])
    # Receipt 1 was taken before receipt 2 (the very same file): a duplicate, changing nothing.
    assert again.status == "duplicate", again
    assert state_snapshot(delegate_a.database) == before


def test_older_receipt_never_taken_is_refused(receipts: Receipts, world: World, tmp_path: Path) -> None:
    fresh = world.a.copy_to(tmp_path / "fresh-a")  # has taken no receipt at all
    [outcome] = import_files(fresh, [_write(tmp_path / "in", receipts.second)])
    assert outcome.status == "merged", outcome
    delegate_refused(fresh, receipts.first, "old_receipt")


def test_welcome_pack_from_another_secretariat_is_refused(delegate_a: Party, tmp_path: Path) -> None:
    other = make_secretariat(tmp_path / "other-secretariat", name="Not the KIN Secretariat")
    from tests.helpers.bundles import welcome_pack as make_pack

    pack = make_pack(other, tmp_path / "other.kinw").read_bytes()
    delegate_refused(delegate_a, pack, "wrong_signer")


def test_bundle_given_to_a_delegate_is_refused(world: World, delegate_a: Party) -> None:
    delegate_refused(delegate_a, world.a2, {"encrypted", "not_a_container"})


def test_delegate_side_manifest_with_a_huge_integer_from_a_stranger(delegate_a: Party) -> None:
    """The delegate's importer also verifies unknown signers with the key they carry (a first welcome
    pack): the manifest parser must refuse a 5000-digit integer, not crash."""
    stranger = Signer.generate()
    members = {"receipt.json": b"{}"}
    header = {
        "created": "2008-02-01T10:00:00Z",
        "app_version": "0.1.0",
        "schema_version": 1,
        "recipient": {"key_id": delegate_a.key_id},
    }
    manifest = container.build_manifest("receipt", members, header, stranger.public)
    manifest = manifest.replace(b'"format_version":1', b'"format_version":1' + b"0" * 5000)
    signature = stranger.sign(b"KIN-Desktop receipt manifest v1\x00" + manifest)
    data = make_zip(
        [("manifest.json", manifest), ("manifest.sig", stranger.public + signature), *members.items()]
    )
    delegate_refused(delegate_a, data, {"bad_manifest", "unsupported_version"})
