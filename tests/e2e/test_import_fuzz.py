"""A fuzzer behind the signature (issue 10): perfectly signed and encrypted bundles with hostile content.

Hypothesis draws batches of bundles from an enrolled delegate (A) and from a key nobody enrolled (C),
signed with their real keys and encrypted to the real secretariat, with the real writer
(``container.write_delegate_bundle``) or, where the writer itself refuses a value (an unpaired
surrogate, an integer beyond JSON's range), signed and encrypted by hand. Headers, revisions and bodies
come from boundary values: huge and negative integers, surrogates, markup, deep and wide structures,
far clocks, and every kind of reused id (another record's id under another type, a review note's
derived id, the secretariat's own records, a record of the other delegate).

Every batch is imported into one secretariat profile that keeps what earlier batches left, and each
time: every file gets a status, the batch goes on, ``PRAGMA integrity_check`` passes, and the time
stays within a generous multiple of the bytes imported (a guard against work growing faster than the
input, not a speed target: those are in bench/hostile_scale.py). Then, on what the fuzzer left, every
page of the secretariat's console opens, both reports are written and every printout is made.

CI runs ``KIN_FUZZ_EXAMPLES`` batches (default 12). A longer run::

    KIN_FUZZ_EXAMPLES=500 python -m pytest tests/e2e/test_import_fuzz.py
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import PublicIdentity, Signer
from kin_desktop.core import canonical
from kin_desktop.core.records import compute_rev_id
from kin_desktop.core.schemas import RecordType, validate_body
from kin_desktop.services import exchange
from kin_desktop.services.review import ReviewService, review_note_id
from tests.helpers.bundles import (
    Party,
    encrypt_to,
    enrol,
    export,
    import_files,
    make_delegate,
    make_secretariat,
    make_zip,
    manifest_for,
    open_bundle,
    save,
    signed_entries,
    welcome_pack,
    with_recipient,
)

EXAMPLES = int(os.environ.get("KIN_FUZZ_EXAMPLES", "12"))
pytestmark = pytest.mark.slow

# -- boundary values -------------------------------------------------------------------------------

HOSTILE_TEXT = [
    "",
    " ",
    "\ud800",
    "x\udfffy",
    "<h1>REGISTERED</h1>",
    '<img src="/etc/passwd">',
    '<img width=24000 height=24000 src="x.png">',
    "\u202eevil",
    "\x00\x07\x1b[31m",
    "Hải Phòng 海防 ไฮฟอง",
    "a" * 20_001,
    "長" * 5_000,
]
HOSTILE_INTS = [
    0,
    -1,
    1,
    2006,
    2010,
    2**31 - 1,
    2**31,
    2**53 - 1,
    2**53,
    2**63 - 1,
    2**63,
    -(2**63) - 1,
    10**40,
]
HLCS = [
    "1200000000000.00000.laptop",
    "0000000000000.00000.laptop",
    "9999999999999.99999.laptop",
    "9999999999998.99999.z",
    "4102444800000.00000.laptop",  # 2100
]

texts = st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(max_size=40))
ints = st.one_of(st.sampled_from(HOSTILE_INTS), st.integers())
scalars = st.one_of(texts, ints, st.booleans(), st.none())
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=6), st.dictionaries(texts, inner, max_size=6)),
    max_leaves=25,
)
WIDE = ["choice"] * 30_000
DEEP: Any = "bottom"
for _ in range(150):
    DEEP = [DEEP]
structures = st.one_of(json_values, st.just(WIDE), st.just(DEEP), st.just({f"q{n}": n for n in range(3_000)}))

BASES: dict[str, dict[str, Any]] = {
    RecordType.PRACTICE: {"title": "A practice", "partners": ["A partner"], "start_year": 2005},
    RecordType.COMMITMENT: {
        "title": "A commitment",
        "targets": [{"description": "A target", "due_year": 2009}],
        "milestones": [{"date": "2008-01-01", "description": "A milestone"}],
        "budget_amount": "1000",
    },
    RecordType.RESPONSE: {
        "questionnaire_id": "kin4-pre-meeting",
        "questionnaire_version": "2007.1",
        "answers": {},
    },
    RecordType.ATTACHMENT: {"record_id": "x", "sha256": "ab" * 32, "filename": "f.pdf", "size": 1},
    RecordType.PROGRESS_REPORT: {"commitment_id": "x", "reported_on": "2008-06-01", "status": "on_track"},
    RecordType.REVIEW_NOTE: {"target_id": "x", "target_type": "practice", "state": "registered"},
}


@dataclass(frozen=True)
class World:
    template: Party  # the secretariat: A approved with a practice, a commitment and a response merged
    identity: PublicIdentity
    a: Party
    c: Party  # never enrolled
    header_a: dict[str, Any]
    header_c: dict[str, Any]
    a_practice: str
    a_commitment: str
    a_rev: str
    note_id: str  # the secretariat's review note on A's practice


@dataclass
class Fuzzed:
    """What the fuzzer left: the secretariat profile and the verdicts it gave."""

    secretariat: Party
    statuses: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    files: int = 0


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("fuzz-world")
    secretariat = make_secretariat(root / "secretariat")
    pack = welcome_pack(secretariat, root / "welcome.kinw")
    a = make_delegate(root / "a", welcome_pack=pack, secretariat=secretariat)
    c = make_delegate(root / "c", city="Bangkok", country="TH", welcome_pack=pack, secretariat=secretariat)
    practice = save(a, RecordType.PRACTICE, {"title": "Composting", "sectors": ["solid_waste"]})
    commitment = save(a, RecordType.COMMITMENT, {"title": "Recycling by 2010"})
    save(c, RecordType.PRACTICE, {"title": "Waste bank"})
    a1, c1 = export(a, root / "out-a"), export(c, root / "out-c")
    assert [o.status for o in enrol(secretariat, a1)] == ["merged"]
    with secretariat.open() as workspace:
        note = ReviewService(workspace).set_state(practice.record_id, "under_review", "Costs?")
    return World(
        secretariat,
        secretariat.identity(),
        a,
        c,
        open_bundle(a1.read_bytes(), secretariat).header,
        open_bundle(c1.read_bytes(), secretariat).header,
        practice.record_id,
        commitment.record_id,
        practice.rev_id,
        note.record_id,
    )


# -- drawing a bundle ------------------------------------------------------------------------------


SEQUENCES = iter(range(2, 10**9))
BLOBS = [b"photo of the site", b"%PDF-1.4 plan", b""]
COMMON_KINDS = [RecordType.PRACTICE, RecordType.COMMITMENT, RecordType.RESPONSE, RecordType.PROGRESS_REPORT]


@st.composite
def revision_json(draw: st.DrawFn, world: World, signer: Party, taken: list[str]) -> dict[str, Any]:
    """One revision: most of them sound, so that batches merge, with hostile values in their fields."""
    kind = draw(st.sampled_from(COMMON_KINDS * 3 + list(BASES)))
    body: dict[str, Any] | None = validate_body(kind, BASES[kind])
    if kind == RecordType.ATTACHMENT:
        blob = draw(st.sampled_from(BLOBS))  # the bundle carries every one of BLOBS
        body.update(sha256=canonical.sha256_hex(blob), size=len(blob), record_id=world.a_practice)
    for _ in range(draw(st.sampled_from([0, 0, 0, 0, 1, 1, 2]))):
        name = draw(st.sampled_from(sorted(body) + ["answers", "extra"]))
        pointer = st.sampled_from([world.a_practice, world.a_commitment, world.note_id])
        body[name] = draw(st.one_of(st.sampled_from(HOSTILE_TEXT), structures, pointer))
    if draw(st.integers(0, 9)) == 0:
        body = None  # a tombstone
    fresh = st.builds(lambda: str(uuid.uuid4()))
    reused = st.sampled_from(
        [
            world.a_practice,  # A's record, perhaps under another type
            world.a_commitment,
            world.note_id,  # the secretariat's review note
            review_note_id(world.template.key_id, world.a_commitment),  # one it will derive
            review_note_id(world.template.key_id, world.a_practice),
        ]
    )
    record_id = draw(
        st.one_of(fresh, fresh, fresh, fresh, fresh, reused, st.sampled_from(taken or ["x"]), texts)
    )
    owner = draw(st.sampled_from([signer.key_id] * 6 + [world.a.key_id, world.template.key_id]))
    hlc = draw(st.sampled_from([*HLCS[:1] * 8, *HLCS, "", "2009-01-01", "1200000000000.00000.a\ud800"]))
    parents = draw(st.sampled_from([*[[]] * 12, [world.a_rev], ["0" * 64], [world.a_rev, world.a_rev]]))
    try:
        rev_id = compute_rev_id(record_id, kind, owner, sorted(set(parents)), owner, hlc, body)
    except Exception:  # no canonical form (a surrogate, an integer beyond range, too deep): a made-up id
        rev_id = canonical.sha256_hex(repr((record_id, hlc)).encode("utf-8", "replace"))
    taken.append(record_id)
    return {
        "v": draw(st.sampled_from([1] * 8 + [1.0, 2, "1"])),
        "rev_id": rev_id,
        "record_id": record_id,
        "record_type": kind,
        "owner": owner,
        "parents": parents,
        "author": owner,
        "hlc": hlc,
        "body": body,
    }


def write_bundle(
    world: World, signer: Party, header: dict[str, Any], revisions: list[Any], blobs: list[bytes]
) -> bytes:
    """The real writer where it accepts the content; signed and encrypted by hand where it refuses."""
    text = json.dumps(revisions, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode("ascii")
    members = {"revisions.json": text}
    members.update({f"attachments/{canonical.sha256_hex(b)}": b for b in blobs})
    key: Signer = signer.signer()
    try:
        return container.write_delegate_bundle(members, header, key, world.identity)
    except Exception:
        manifest = manifest_for(members, with_recipient(header, world.identity), key.public)
        manifest_text = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        entries = [*signed_entries(manifest_text.encode("ascii"), key), *members.items()]
        return encrypt_to(make_zip(entries), world.identity)


@st.composite
def bundle_bytes(draw: st.DrawFn, world: World) -> bytes:
    signer = draw(st.sampled_from([world.a, world.a, world.a, world.c]))
    header = dict(world.header_a if signer is world.a else world.header_c)
    fresh_sequence = st.builds(lambda: next(SEQUENCES))  # a number not taken yet, mostly
    header["sequence"] = draw(
        st.one_of(*[fresh_sequence] * 4, st.integers(1, 5), st.sampled_from(HOSTILE_INTS))
    )
    if draw(st.integers(0, 7)) == 0:
        header["device_id"] = draw(st.one_of(texts, st.just(header["device_id"] + "2")))
    if draw(st.integers(0, 3)) == 0:
        names = st.sampled_from(["name", "city", "country", "email", "x"])
        header["delegate"] = draw(
            st.dictionaries(names, st.one_of(st.sampled_from(HOSTILE_TEXT), structures), max_size=4)
        )
    taken: list[str] = []
    revisions: list[Any] = draw(st.lists(revision_json(world, signer, taken), min_size=1, max_size=3))
    if draw(st.integers(0, 12)) == 0:
        revisions = draw(structures)  # not even a list of revisions
    blobs = BLOBS if draw(st.integers(0, 5)) else []
    return write_bundle(world, signer, header, revisions, blobs)


MARKUP = [
    t for t in HOSTILE_TEXT if t.strip() and t.isprintable() and t.encode("utf-8", "replace").decode() == t
]


@st.composite
def sound_bundle(draw: st.DrawFn, world: World) -> bytes:
    """A bundle from A that merges: sound revisions whose texts are hostile (markup, long, any script)."""
    revisions = []
    owner = world.a.key_id
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(COMMON_KINDS))
        body = validate_body(kind, BASES[kind])
        for name in ("title", "summary", "description", "note", "partners"):
            if name in body:
                text = draw(st.sampled_from(MARKUP))[: 300 if name == "title" else 20_000]
                body[name] = [text[:500]] if name == "partners" else text
        if kind == RecordType.PROGRESS_REPORT:
            body["commitment_id"] = world.a_commitment
        record_id = str(uuid.uuid4())
        hlc = draw(st.sampled_from(HLCS[:1] * 6 + [HLCS[2], HLCS[4]]))
        rev_id = compute_rev_id(record_id, kind, owner, [], owner, hlc, body)
        revisions.append(
            {
                "v": 1,
                "rev_id": rev_id,
                "record_id": record_id,
                "record_type": kind,
                "owner": owner,
                "parents": [],
                "author": owner,
                "hlc": hlc,
                "body": body,
            }
        )
    header = {**world.header_a, "sequence": next(SEQUENCES)}
    return write_bundle(world, world.a, header, revisions, [])


# -- the run ---------------------------------------------------------------------------------------


def integrity(party: Party) -> list[tuple[Any, ...]]:
    with sqlite3.connect(party.database) as con:
        return con.execute("PRAGMA integrity_check").fetchall()


@pytest.fixture(scope="module")
def fuzzed(world: World, tmp_path_factory: pytest.TempPathFactory) -> Fuzzed:
    root = tmp_path_factory.mktemp("fuzz")
    result = Fuzzed(world.template.copy_to(root / "secretariat"))
    counter = iter(range(10**9))

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
    @given(batch=st.lists(st.one_of(sound_bundle(world), bundle_bytes(world)), min_size=1, max_size=4))
    def run(batch: list[bytes]) -> None:
        folder = root / f"batch-{next(counter)}"
        folder.mkdir()
        for number, data in enumerate(batch):
            (folder / f"{number:02d}.kinb").write_bytes(data)
        size = sum(len(data) for data in batch)
        started = time.perf_counter()
        outcomes = import_files(result.secretariat, [folder])
        elapsed = time.perf_counter() - started
        assert len(outcomes) == len(batch)  # each file got a verdict and the batch went on
        assert all(o.status in exchange.STATUSES for o in outcomes), outcomes
        assert integrity(result.secretariat) == [("ok",)]
        # a guard against work growing faster than the input (minutes), not a speed target
        assert elapsed < 30 + 60 * size / 1_000_000, (elapsed, size)
        result.statuses.extend(o.status for o in outcomes)
        result.reasons.extend(f"{o.status}:{o.reason}" for o in outcomes)
        result.files += len(batch)

    run()
    return result


def test_every_file_gets_a_verdict_and_the_database_stays_sound(fuzzed: Fuzzed) -> None:
    assert fuzzed.files >= EXAMPLES
    assert len(fuzzed.statuses) == fuzzed.files
    assert integrity(fuzzed.secretariat) == [("ok",)]
    assert "internal_error" not in fuzzed.statuses, fuzzed.statuses  # every failure was foreseen
    print("verdicts:", dict(Counter(fuzzed.reasons)))  # shown with -s: what the batches reached


def test_reports_survive_what_the_fuzzer_left(fuzzed: Fuzzed, tmp_path: Path) -> None:
    from kin_desktop.services.report import write_report

    with fuzzed.secretariat.open() as workspace:
        assert write_report(workspace, "csv", tmp_path / "csv")
        assert write_report(workspace, "xlsx", tmp_path / "report.xlsx")


def test_printing_survives_what_the_fuzzer_left(fuzzed: Fuzzed, tmp_path: Path) -> None:
    from kin_desktop.services import printing
    from kin_desktop.storage import repository

    labels = printing.labels_for("en")
    with fuzzed.secretariat.open() as workspace:
        assert printing.print_practices(workspace, tmp_path / "practices.pdf", labels=labels) > 0
        with workspace.session() as session:
            commitments = repository.list_current(RecordType.COMMITMENT, session=session)
            responses = [r.record_id for r in repository.list_current(RecordType.RESPONSE, session=session)]
        if commitments:
            assert printing.print_commitments(workspace, None, tmp_path / "forms.pdf", labels=labels) > 0
        for number, record_id in enumerate(responses[:5]):
            printing.print_questionnaire(
                workspace,
                tmp_path / f"response-{number}.pdf",
                blank=False,
                labels=labels,
                record_id=record_id,
            )


SECRETARIAT_SECTIONS = (
    "overview",
    "inbox",
    "delegates",
    "review",
    "followup",
    "matching",
    "dashboard",
    "exports",
)


def test_every_page_of_the_console_opens_on_what_the_fuzzer_left(
    fuzzed: Fuzzed, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kin_desktop.services import overview
    from kin_desktop.ui.main_window import MainWindow

    directory = fuzzed.secretariat.data_dir
    monkeypatch.setenv("KIN_PASSPHRASE", "correct horse battery staple")
    window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=30_000):
        window.load()
    for key in SECRETARIAT_SECTIONS:
        page = window.show_section(key)
        assert page is not None, key
        qtbot.wait(300)  # pages fill their tables from a worker thread
    window.close()
