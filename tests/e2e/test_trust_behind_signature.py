"""What lies behind a valid signature (issue 10): perfectly signed and encrypted bundles whose content
is hostile, from a key nobody enrolled and from an enrolled delegate.

The secretariat has one approved delegate, A (Hai Phong), with one merged practice; C (Bangkok) has a
key and a welcome pack but was never enrolled. Every bundle here is written with the real writer
(``container.write_delegate_bundle``) or, where the writer itself refuses the value, signed and
encrypted by hand with the real keys: only the importer's own checks stand between it and the
database. Each case checks the verdict the file gets, that the files after it are still imported, and
what the secretariat can still do afterwards.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import PublicIdentity, Signer
from kin_desktop.core import canonical, limits
from kin_desktop.core.records import Revision, compute_rev_id, make_revision
from kin_desktop.core.schemas import RecordType, validate_body
from kin_desktop.services.review import ReviewService, review_note_id
from tests.helpers.bundles import (
    Party,
    encrypt_to,
    enrol,
    export,
    import_files,
    import_log,
    make_delegate,
    make_secretariat,
    make_zip,
    manifest_for,
    open_bundle,
    revisions_json,
    save,
    signed_entries,
    welcome_pack,
    with_recipient,
)

FAR = "9999999999999.99999.laptop"  # the last millisecond of the year 2286


@dataclass(frozen=True)
class World:
    secretariat: Party  # A approved, its practice merged
    identity: PublicIdentity
    a: Party
    c: Party  # never enrolled
    practice_a: Revision  # A's practice, merged at the secretariat
    header_a: dict[str, Any]  # the header of A's first bundle (sequence 1)
    header_c: dict[str, Any]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("trust")
    secretariat = make_secretariat(root / "secretariat")
    pack = welcome_pack(secretariat, root / "welcome.kinw")
    a = make_delegate(root / "a", welcome_pack=pack, secretariat=secretariat)
    c = make_delegate(
        root / "c", city="Bangkok", country="TH", name="Somchai", welcome_pack=pack, secretariat=secretariat
    )
    practice_a = save(a, RecordType.PRACTICE, {"title": "Community composting", "sectors": ["solid_waste"]})
    save(c, RecordType.PRACTICE, {"title": "Waste bank"})
    a1 = export(a, root / "out-a")
    c1 = export(c, root / "out-c")
    assert [o.status for o in enrol(secretariat, a1)] == ["merged"]
    identity = secretariat.identity()
    return World(
        secretariat,
        identity,
        a,
        c,
        practice_a,
        open_bundle(a1.read_bytes(), secretariat).header,
        open_bundle(c1.read_bytes(), secretariat).header,
    )


@pytest.fixture
def sec(world: World, tmp_path: Path) -> Party:
    return world.secretariat.copy_to(tmp_path / "sec")


def bundle(
    world: World,
    party: Party,
    revs: list[Revision],
    *,
    sequence: int,
    blobs: Mapping[str, bytes] | None = None,
    header: Mapping[str, Any] | None = None,
) -> bytes:
    """A bundle written and signed by the real writer with ``party``'s real key."""
    base = world.header_a if party is world.a else world.header_c
    members = {"revisions.json": revisions_json(revs)}
    members.update({f"attachments/{canonical.sha256_hex(b)}": b for b in (blobs or {}).values()})
    full = {**base, "sequence": sequence, **(header or {})}
    return container.write_delegate_bundle(members, full, party.signer(), world.identity)


def by_hand(world: World, signer: Signer, manifest_fields: Mapping[str, Any], revs: list[Revision]) -> bytes:
    """Signed and encrypted by hand, the manifest as JSON with escapes (``ensure_ascii``): values the
    writer refuses to write (an unpaired surrogate) still reach the reader."""
    members = {"revisions.json": revisions_json(revs)}
    manifest = manifest_for(
        members, with_recipient({**world.header_c, **manifest_fields}, world.identity), signer.public
    )
    text = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    return encrypt_to(make_zip([*signed_entries(text, signer), *members.items()]), world.identity)


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def practice_rev(
    owner: str,
    record_id: str,
    title: str,
    *,
    hlc: str = "1200000000000.00000.laptop",
    parents: tuple[str, ...] = (),
) -> Revision:
    return make_revision(record_id, RecordType.PRACTICE, owner, list(parents), owner, hlc, {"title": title})


def unchecked(
    record_type: RecordType,
    owner: str,
    record_id: str,
    body: dict[str, Any],
    hlc: str = "1200000000000.00000.laptop",
) -> Revision:
    """A revision made without validating its body: the writer of a hostile bundle need not use the
    application; only its ``rev_id`` is right."""
    rev_id = compute_rev_id(record_id, record_type, owner, [], owner, hlc, body)
    return Revision(rev_id, record_id, record_type.value, owner, (), owner, hlc, body)


def integrity_ok(party: Party) -> bool:
    with sqlite3.connect(party.database) as con:
        return con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


# -- every file gets its own verdict -----------------------------------------------------------------


def test_a_strangers_header_with_an_out_of_range_integer_or_a_surrogate_does_not_stop_the_batch(
    world: World, sec: Party, tmp_path: Path
) -> None:
    """Before: the import raised on the first of these and no file after it was ever imported."""
    c = world.c.signer()
    rev = practice_rev(world.c.key_id, "c-waste-bank-2", "Waste bank, second school")
    folder = tmp_path / "in"
    write(folder, "1-huge.kinb", by_hand(world, c, {"sequence": 2**62}, [rev]))
    write(folder, "2-surrogate.kinb", by_hand(world, c, {"sequence": 3, "device_id": "dev\ud800ice"}, [rev]))
    write(
        folder,
        "3-name.kinb",
        by_hand(world, c, {"sequence": 4, "delegate": {"name": "x\udcff" * 400}}, [rev]),
    )
    write(folder, "4-genuine.kinb", bundle(world, world.c, [rev], sequence=5))
    outcomes = import_files(sec, [folder])
    assert [o.status for o in outcomes[:2]] == ["rejected", "rejected"]
    assert {o.reason for o in outcomes[:2]} <= {"bad_manifest"}
    assert outcomes[2].status in ("held", "rejected")  # a name is cut and cleaned, or refused: never a crash
    assert outcomes[3].status == "held"
    assert len(import_log(sec.database)) >= 4 + 2  # two from the template, one per file here
    assert integrity_ok(sec)


def test_an_enrolled_keys_attachment_with_a_huge_declared_size_is_refused_and_the_batch_goes_on(
    world: World, sec: Party, tmp_path: Path
) -> None:
    data = b"%PDF-1.4 the real file"
    attachment = unchecked(
        RecordType.ATTACHMENT,
        world.a.key_id,
        "a-att-1",
        normalized(
            RecordType.ATTACHMENT,
            {
                "record_id": world.practice_a.record_id,
                "sha256": canonical.sha256_hex(data),
                "filename": "p.pdf",
                "size": 1,
            },
            size=2**62,
        ),
    )
    folder = tmp_path / "in"
    write(folder, "1.kinb", bundle(world, world.a, [attachment], sequence=2, blobs={"x": data}))
    write(
        folder,
        "2.kinb",
        bundle(world, world.a, [practice_rev(world.a.key_id, "a-p2", "Bicycle lanes")], sequence=3),
    )
    outcomes = import_files(sec, [folder])
    assert [(o.status, o.reason) for o in outcomes] == [("rejected", "bad_revision"), ("merged", None)]
    assert integrity_ok(sec)


def test_a_file_name_that_is_not_utf8_gets_a_verdict(world: World, sec: Party, tmp_path: Path) -> None:
    """A folder from a USB stick may hold names in another encoding; Python reads them with lone
    surrogates, which SQLite refuses. Before: the import log raised and the batch stopped."""
    folder = tmp_path / "in"
    folder.mkdir()
    genuine = bundle(world, world.a, [practice_rev(world.a.key_id, "a-p3", "Rain gardens")], sequence=2)
    (folder / os.fsdecode(b"caf\xe9-1.kinb")).write_bytes(b"not a bundle")
    (folder / "z-2.kinb").write_bytes(genuine)
    outcomes = import_files(sec, [folder])
    assert [o.status for o in outcomes] == ["rejected", "merged"]
    assert any("caf" in row["path"] for row in import_log(sec.database))


# -- clocks --------------------------------------------------------------------------------------


def test_a_far_future_clock_cannot_stop_the_secretariat_from_saving(
    world: World, sec: Party, tmp_path: Path
) -> None:
    """A delegate revision stamped in 2286 makes a conflict; resolving it folded that stamp into the
    secretariat's clock, and a few writes later nothing could be saved, even after a restart."""
    base = world.practice_a
    ordinary = practice_rev(world.a.key_id, base.record_id, "Composting, ward 2", parents=(base.rev_id,))
    far = practice_rev(world.a.key_id, base.record_id, "Composting, ward 3", hlc=FAR, parents=(base.rev_id,))
    path = write(tmp_path / "in", "far.kinb", bundle(world, world.a, [ordinary, far], sequence=2))
    [outcome] = import_files(sec, [path])
    assert outcome.status == "merged"
    assert "ahead of this computer's clock" in outcome.detail  # how the secretariat is told
    with sec.open() as workspace:
        review = ReviewService(workspace)
        review.resolve(base.record_id, {"title": "Composting, wards 2 and 3"})
        for number in range(30):
            review.set_state(base.record_id, "under_review", f"note {number}")
    with sec.open() as workspace:  # and after a restart
        ReviewService(workspace).set_state(base.record_id, "registered", "done")
        with sqlite3.connect(sec.database) as con:
            [(last,)] = con.execute("SELECT hlc_last FROM profile").fetchall()
    assert last < "3000000000000"  # the clock stayed near the wall clock (2065 at the latest)


def test_a_profile_whose_clock_is_already_damaged_recovers_on_open(world: World, sec: Party) -> None:
    with sqlite3.connect(sec.database) as con:
        node = con.execute("SELECT device_id FROM profile").fetchone()[0]
        con.execute("UPDATE profile SET hlc_last = ?", (f"9999999999999.99999.{node}",))
    with sec.open() as workspace:
        ReviewService(workspace).set_state(world.practice_a.record_id, "under_review", "after the damage")
    with sqlite3.connect(sec.database) as con:
        [(last,)] = con.execute("SELECT hlc_last FROM profile").fetchall()
    assert last < "3000000000000"


# -- ids one party derives for another, pointer checks ------------------------------------------------


def test_a_delegate_cannot_take_the_id_of_a_review_note_first(
    world: World, sec: Party, tmp_path: Path
) -> None:
    """Before: the delegate's record under the note's id was merged, and the target could never be
    reviewed (the note's id belonged to a practice of the delegate's)."""
    target = world.practice_a.record_id
    squatter = practice_rev(world.a.key_id, review_note_id(world.secretariat.key_id, target), "Mine now")
    [outcome] = import_files(
        sec, [write(tmp_path / "in", "s.kinb", bundle(world, world.a, [squatter], sequence=2))]
    )
    assert (outcome.status, outcome.reason) == ("rejected", "not_owner")
    with sec.open() as workspace:
        note = ReviewService(workspace).set_state(target, "registered", "Fine work")
    assert note.record_type == RecordType.REVIEW_NOTE


def test_a_progress_reports_target_check_cannot_be_shadowed_by_an_attachment(
    world: World, sec: Party, tmp_path: Path
) -> None:
    """A progress report must point at a commitment; an attachment pointing at the same practice made
    the check look at the attachment only, and the report was merged under a practice."""
    owner = world.a.key_id
    target = world.practice_a.record_id
    data = b"photo"
    report = make_revision(
        "a-report-1",
        RecordType.PROGRESS_REPORT,
        owner,
        [],
        owner,
        "1200000000000.00000.laptop",
        {"commitment_id": target, "reported_on": "2008-12-01", "status": "on_track"},
    )
    attachment = make_revision(
        "a-att-2",
        RecordType.ATTACHMENT,
        owner,
        [],
        owner,
        "1200000000000.00001.laptop",
        {"record_id": target, "sha256": canonical.sha256_hex(data), "filename": "p.jpg", "size": len(data)},
    )
    path = write(
        tmp_path / "in", "r.kinb", bundle(world, world.a, [report, attachment], sequence=2, blobs={"p": data})
    )
    [outcome] = import_files(sec, [path])
    assert (outcome.status, outcome.reason) == ("rejected", "bad_revision")


# -- bounds --------------------------------------------------------------------------------------


def normalized(record_type: RecordType, body: dict[str, Any], **beyond: Any) -> dict[str, Any]:
    """``body`` in the normalised form the importer requires, then with fields beyond the bounds."""
    return {**validate_body(record_type, body), **beyond}


_RESPONSE = {"questionnaire_id": "kin4", "questionnaire_version": "1"}
_TARGET = {"description": "t", "indicator": "", "baseline": "", "target": "", "unit": "", "due_year": None}


@pytest.mark.parametrize(
    ("record_type", "body"),
    [
        (RecordType.RESPONSE, normalized(RecordType.RESPONSE, _RESPONSE, answers={"q": ["x"] * 20_000})),
        (
            RecordType.RESPONSE,
            normalized(RecordType.RESPONSE, _RESPONSE, answers={f"q{i}": i for i in range(5_000)}),
        ),
        (RecordType.RESPONSE, normalized(RecordType.RESPONSE, _RESPONSE, answers={"g": [{"a": 1}] * 1_000})),
        (RecordType.RESPONSE, normalized(RecordType.RESPONSE, _RESPONSE, answers={"q": "x" * 30_000})),
        (RecordType.RESPONSE, normalized(RecordType.RESPONSE, _RESPONSE, answers={"q": 2**60})),
        (RecordType.PRACTICE, normalized(RecordType.PRACTICE, {"title": "Partners"}, partners=["p"] * 5_000)),
        (
            RecordType.COMMITMENT,
            normalized(RecordType.COMMITMENT, {"title": "Targets"}, targets=[_TARGET] * 1_000),
        ),
    ],
    ids=["choices", "answers", "repeat-entries", "answer-text", "answer-integer", "partners", "targets"],
)
def test_records_beyond_the_bounds_are_refused_before_they_cost_anything(
    world: World, sec: Party, tmp_path: Path, record_type: RecordType, body: dict[str, Any]
) -> None:
    owner = world.a.key_id
    rev = unchecked(record_type, owner, "a-big", body)
    folder = tmp_path / "in"
    write(folder, "1.kinb", bundle(world, world.a, [rev], sequence=2))
    write(folder, "2.kinb", bundle(world, world.a, [practice_rev(owner, "a-p4", "Solar lamps")], sequence=3))
    outcomes = import_files(sec, [folder])
    assert [(o.status, o.reason) for o in outcomes] == [("rejected", "bad_revision"), ("merged", None)]


def test_revisions_per_bundle_are_bounded(
    world: World, sec: Party, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_REVISIONS_PER_BUNDLE", 3)
    revs = [practice_rev(world.a.key_id, f"a-many-{i}", f"Practice {i}") for i in range(4)]
    [outcome] = import_files(
        sec, [write(tmp_path / "in", "m.kinb", bundle(world, world.a, revs, sequence=2))]
    )
    assert (outcome.status, outcome.reason) == ("rejected", "bad_revision")


def test_what_one_key_nobody_enrolled_may_leave_waiting_is_bounded(
    world: World, sec: Party, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: every file of a stranger was kept whole under held/, without end."""
    monkeypatch.setattr(limits, "MAX_HELD_FILES_PER_KEY", 3)
    folder = tmp_path / "in"
    for number in range(5):
        rev = practice_rev(world.c.key_id, f"c-spam-{number}", f"Spam {number}")
        write(folder, f"{number}.kinb", bundle(world, world.c, [rev], sequence=number + 2))
    outcomes = import_files(sec, [folder])
    assert [o.status for o in outcomes] == ["held"] * 3 + ["rejected"] * 2
    assert {o.reason for o in outcomes[3:]} == {"held_quota"}
    assert len(list((sec.data_dir / "held").iterdir())) == 3
    monkeypatch.setattr(limits, "MAX_HELD_FILES_PER_KEY", 100)
    monkeypatch.setattr(limits, "MAX_HELD_BYTES_PER_KEY", 1)
    rev = practice_rev(world.c.key_id, "c-spam-big", "Big")
    [big] = import_files(
        sec, [write(tmp_path / "more", "big.kinb", bundle(world, world.c, [rev], sequence=20))]
    )
    assert (big.status, big.reason) == ("rejected", "held_quota")


def test_gap_notes_stay_short_however_many_gaps(world: World, sec: Party, tmp_path: Path) -> None:
    """Before: each note listed every gap, so the log grew with the square of the files."""
    folder = tmp_path / "in"
    for number in range(12):
        rev = practice_rev(world.a.key_id, f"a-gap-{number}", f"Gap {number}")
        write(folder, f"{number:03d}.kinb", bundle(world, world.a, [rev], sequence=3 + 2 * number))
    outcomes = import_files(sec, [folder])
    assert all(o.status == "merged" for o in outcomes)
    last = outcomes[-1].detail
    assert last.startswith("bundles 2, 4, 6, ") and "9 more ranges" in last and len(last) < 120


def test_attached_files_per_bundle_are_bounded(
    world: World, sec: Party, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_ATTACHMENTS_PER_BUNDLE", 1)
    blobs = {"one": b"first photo", "two": b"second photo"}
    rev = practice_rev(world.a.key_id, "a-photos", "Photos")
    [outcome] = import_files(
        sec, [write(tmp_path / "in", "p.kinb", bundle(world, world.a, [rev], sequence=2, blobs=blobs))]
    )
    assert (outcome.status, outcome.reason) == ("rejected", "bad_manifest")
