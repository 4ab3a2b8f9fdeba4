"""Killing ``kin-desktop import`` at random points leaves a sound database; importing again completes it.

Twenty bundles from four delegates (five rounds each, everything sent acknowledged between rounds
as a receipt would, so no two bundles share a revision) are imported by a real ``kin-desktop import FOLDER`` subprocess, which is
killed with SIGKILL after a seeded random delay spread over the measured length of a full run. After
each kill: SQLite's integrity check passes; every bundle recorded as merged has all its revisions in
the database and every other bundle none of them (all or nothing, per bundle); no revision came from
nowhere. Importing the folder again then gives exactly the state of an uninterrupted import.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from kin_desktop.core import canonical
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import profiles
from kin_desktop.storage import repository
from tests.helpers.bundles import (
    Party,
    enrol,
    export,
    fill_demo,
    make_delegate,
    make_secretariat,
    open_bundle,
    record_ids,
    records_state,
    save,
    state_snapshot,
    welcome_pack,
)
from tests.helpers.cli import PASSPHRASE

pytestmark = pytest.mark.slow

CITIES = [
    ("Hai Phong", "VN", "Nguyễn Thị Lan"),
    ("Bangkok", "TH", "ประนอม ศรีสุข"),
    ("Weihai", "CN", "王丽华"),
    ("Surabaya", "ID", "Siti Rahmawati"),
]
ROUNDS = 5
KILLS = 6
# Files per committed group in the imports that are killed (and the run that measures their window): the
# product commits up to COMMIT_EVERY_FILES (32) at a time, which leaves an import of twenty files no
# point between groups for a kill to land on; groups of two leave nine. Each file stays all or nothing
# inside its group either way (a savepoint), and the imports that complete the killed ones use the
# product's groups.
KILLED_GROUP = 2
SEED = 20080201


@dataclass(frozen=True)
class Setup:
    template: Path  # secretariat with the four delegates enrolled
    folder: Path  # the twenty bundles
    revisions: dict[str, frozenset[str]]  # file SHA-256 -> rev_ids in its revisions.json
    template_revisions: frozenset[str]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        KIN_PASSPHRASE=PASSPHRASE,
        PYTHONIOENCODING="utf-8",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    env.pop("KIN_DATA_DIR", None)
    return env


def _command(data_dir: Path, folder: Path, *, group: int | None = None) -> list[str]:
    """``kin-desktop import``; with ``group``, committing that many files at a time instead of the
    product's :data:`COMMIT_EVERY_FILES` (set in the child before the command runs)."""
    args = ["--data-dir", str(data_dir), "import", str(folder)]
    if group is None:
        return [sys.executable, "-m", "kin_desktop", *args]
    code = (
        "import sys; from kin_desktop.services.exchange import _secretariat; "
        f"_secretariat.COMMIT_EVERY_FILES = {group}; "
        "from kin_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    return [sys.executable, "-c", code, *args]


def _run_import(data_dir: Path, folder: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    done = subprocess.run(
        _command(data_dir, folder),
        env=_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    return time.perf_counter() - started, done


def _revision_ids(database: Path) -> frozenset[str]:
    with closing(sqlite3.connect(database)) as con:
        return frozenset(row[0] for row in con.execute("SELECT rev_id FROM revision"))


def _edit_some(delegate: Party, round_: int) -> None:
    """Edit a different half of the delegate's practices and commitments in each round."""
    with delegate.open() as workspace, workspace.session() as session:
        for record_type, field in ((RecordType.PRACTICE, "summary"), (RecordType.COMMITMENT, "description")):
            for record_id in record_ids(delegate, record_type)[round_ % 2 :: 2]:
                record = repository.current(record_id, session=session)
                assert record is not None and record.body is not None
                body = {**record.body, field: f"{record.body[field]} (round {round_ + 1})".strip()}
                profiles.save_record(session, record_type, body, record_id=record_id)


def _acknowledge_everything(delegate: Party) -> None:
    """What taking the secretariat's receipt for the bundle just sent does: the next bundle leaves
    these revisions out, so no two bundles of the folder share a revision."""
    with delegate.open() as workspace, workspace.session() as session:
        repository.mark_acknowledged(
            [rev.rev_id for rev in repository.unacknowledged(session=session)], session=session
        )


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    root = tmp_path_factory.mktemp("crash")
    secretariat = make_secretariat(root / "secretariat")
    pack = welcome_pack(secretariat, root / "welcome.kinw")
    delegates: list[Party] = []
    for index, (city, country, name) in enumerate(CITIES):
        delegate = make_delegate(
            root / f"d{index}",
            city=city,
            country=country,
            name=name,
            welcome_pack=pack,
            secretariat=secretariat,
        )
        save(delegate, RecordType.PRACTICE, {"title": f"Enrolment of {city}"})
        assert [o.status for o in enrol(secretariat, export(delegate, root / "enrolment"))] == ["merged"]
        _acknowledge_everything(delegate)
        delegates.append(delegate)
    template = root / "template"
    shutil.copytree(secretariat.data_dir, template)

    folder = root / "bundles"
    folder.mkdir()
    for round_ in range(ROUNDS):
        for index, delegate in enumerate(delegates):
            if round_ == 0:
                fill_demo(delegate, seed=index + 11, practices=5, commitments=5)
            else:
                _edit_some(delegate, round_)
            export(delegate, root / "out").rename(folder / f"r{round_}-d{index}.kinb")
            _acknowledge_everything(delegate)
    revisions: dict[str, frozenset[str]] = {}
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        opened = open_bundle(data, secretariat)
        revisions[canonical.sha256_hex(data)] = frozenset(rev.rev_id for rev in opened.revisions)
    template_revisions = _revision_ids(template / "kin.sqlite3")
    assert not template_revisions.intersection(*revisions.values())
    everything = [rev for revs in revisions.values() for rev in revs]
    assert len(everything) == len(set(everything)), (
        "bundles must not share revisions for the all-or-nothing check"
    )
    return Setup(template, folder, revisions, template_revisions)


def _log_rows(database: Path) -> int:
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1)) as con:
            return int(con.execute("SELECT count(*) FROM import_log").fetchone()[0])
    except sqlite3.OperationalError:  # busy for a moment: try again
        return -1


def _start_import(data_dir: Path, folder: Path) -> tuple[subprocess.Popen[bytes], float]:
    """Start ``kin-desktop import`` and return once it has logged its first file (start-up is over)."""
    database = data_dir / "kin.sqlite3"
    baseline = _log_rows(database)
    process = subprocess.Popen(
        _command(data_dir, folder, group=KILLED_GROUP),
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while _log_rows(database) <= baseline:
        if process.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"the import logged nothing: {process.communicate()[1]!r}")
        time.sleep(0.01)
    return process, time.monotonic()


@dataclass(frozen=True)
class Clean:
    window: float  # from the first file logged to the last
    records: object
    tables: dict[str, list[tuple[object, ...]]]


@pytest.fixture(scope="module")
def clean(setup: Setup, tmp_path_factory: pytest.TempPathFactory) -> Clean:
    data_dir = tmp_path_factory.mktemp("clean") / "secretariat"
    shutil.copytree(setup.template, data_dir)
    database = data_dir / "kin.sqlite3"
    baseline = _log_rows(database)
    process, started = _start_import(data_dir, setup.folder)
    # The window ends when the last file's merge commits (its log row is written in the same
    # transaction), not at exit: the import's tail (search indexing, checkpoint) merges nothing.
    while _log_rows(database) < baseline + len(setup.revisions) and process.poll() is None:
        time.sleep(0.005)
    window = time.monotonic() - started
    _stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr
    database = data_dir / "kin.sqlite3"
    assert _revision_ids(database) == setup.template_revisions.union(*setup.revisions.values())
    return Clean(window, records_state(database), state_snapshot(database, volatile=False))


def _check_after_kill(setup: Setup, database: Path) -> set[str]:
    """Integrity and all-or-nothing per bundle; returns the SHA-256 of the bundles recorded as merged."""
    with closing(sqlite3.connect(database)) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        received = {
            sha for (sha,) in con.execute("SELECT sha256 FROM bundle_received WHERE status = 'merged'")
        }
        logged = {sha for (sha,) in con.execute("SELECT file_sha256 FROM import_log WHERE status = 'merged'")}
        refused = con.execute(
            "SELECT path, status, reason FROM import_log WHERE status IN ('rejected', 'quarantined')"
        ).fetchall()
    assert not refused, refused
    received &= set(setup.revisions)  # the enrolment bundles of the template are not ours
    logged &= set(setup.revisions)
    assert received == logged, received ^ logged
    present = _revision_ids(database)
    for sha, revs in setup.revisions.items():
        if sha in received:
            assert revs <= present, f"bundle {sha[:12]} is recorded as merged but lacks revisions"
        else:
            assert not revs & present, f"bundle {sha[:12]} is not recorded as merged but left revisions"
    stray = present - setup.template_revisions.union(*(setup.revisions[sha] for sha in received))
    assert not stray, f"{len(stray)} revisions from no merged bundle"
    return received


def test_kill_during_import_then_import_again(setup: Setup, clean: Clean, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    merged_counts = []
    for run in range(KILLS):
        # Stratified over the import proper: one kill in each slice of the measured window.
        delay = clean.window * (run + rng.random()) / KILLS
        data_dir = tmp_path / f"run-{run}"
        shutil.copytree(setup.template, data_dir)
        process, _started = _start_import(data_dir, setup.folder)
        try:
            time.sleep(delay)
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
            process.communicate(timeout=60)
        merged_counts.append(len(_check_after_kill(setup, data_dir / "kin.sqlite3")))

        _duration, done = _run_import(data_dir, setup.folder)
        assert done.returncode == 0, (run, done.stdout, done.stderr)
        database = data_dir / "kin.sqlite3"
        assert len(_check_after_kill(setup, database)) == len(setup.revisions)
        assert records_state(database) == clean.records, f"run {run} (killed after {delay:.2f} s)"
        assert state_snapshot(database, volatile=False) == clean.tables, f"run {run}"
        shutil.rmtree(data_dir)
    # The kills landed at different points of the import, not all before or all after it.
    assert len(set(merged_counts)) >= 3, merged_counts
