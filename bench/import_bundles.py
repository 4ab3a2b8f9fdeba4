"""Importing delegate bundles at the secretariat, against a floor of the same unavoidable work.

The workload: DELEGATES delegates (200; ``--quick``: 10), each with a full questionnaire response,
5 practices and 5 commitments (``services.demo_content`` through ``demo.fill_demo``), export one
bundle per round for ROUNDS rounds (5), with edits between rounds; nothing is acknowledged, so each
bundle carries everything its delegate wrote so far and later bundles add new revisions. The
delegates are enrolled beforehand (each sent a small first bundle that was held and approved), so
the timed import merges every bundle: ``exchange.import_paths`` over the folder of 1,000 bundles.

The floor, measured in the same run over the same files, is the same rows inserted with plain
``sqlite3`` in one transaction plus the same signature checks, hashes and decryption: decryption (HPKE
open of the content key, ChaCha20-Poly1305 of every chunk), the ZIP members read, SHA-256 of every
member, Ed25519 verification of every manifest, ``json.loads`` of every manifest and revisions.json
and the check that both are canonical (one encoding each, compared with the bytes), SHA-256 of the
canonical JSON of every revision offered (its ``rev_id``: format v1 requires a revision stored
already to hash to its id too, docs/bundle-format.md §9 S9);
then, on a copy of the same secretariat database (same schema, indexes and search tables), every
revision offered
inserted into ``revision`` (``INSERT OR IGNORE``, a union like the importer's) and every other row the
import left new or changed (records, projections, answers, search index, import log, bundles received:
read beforehand, untimed, from the database the import produced) inserted, all in one transaction.
``import_floor_ratio`` = import time / floor time; the target is at most 2.

``revisions_only_floor_ratio`` keeps the first, narrower floor for comparison: the same crypto and
parsing, and only the revisions, into one simple table without indexes.

The import and the floors take turns ``--repeat`` times (3; ``--quick``: 1), each on a fresh copy of
the secretariat; the figures are medians.

Generating the bundles is not timed; they are cached in a temporary folder (``--cache``) and reused
by later runs with the same sizes.

    python bench/import_bundles.py [--quick] [--repeat N] [--profile] [--cache DIR]

Prints one JSON object on its last line.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import multiprocessing
import pstats
import shutil
import sqlite3
import statistics
import tempfile
import time
import zipfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from keyring.backends import fail

from kin_desktop.bundle.keys import KdfParams, KeyStore
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, exchange, profiles
from kin_desktop.services.demo_content import build_demo

PASSPHRASE = "benchmark passphrase"
# Key files with a cheap KDF: key derivation is not what this measures (each profile unlocks once).
FAST_KDF = KdfParams(argon2_memory_kib=64, argon2_iterations=1, argon2_lanes=1, scrypt_log2_n=4, scrypt_r=1)
CACHE_VERSION = 2  # 2: bundles of the strict v1 format (docs/bundle-format.md); older ones are refused


def cache_folder(base: Path, delegates: int, rounds: int) -> Path:
    """Where the generated bundles and profiles are kept: by cache version, by the database schema the
    profiles were made with (a newer migration makes them stale), and by size."""
    from kin_desktop.storage.db import HEAD_REVISION

    return base / f"v{CACHE_VERSION}-{HEAD_REVISION}-{delegates}x{rounds}"


CONTEXT = b"KIN-Desktop bundle manifest v1\x00"
HEADER_BYTES = 108
HPKE_INFO_PREFIX = b"KIN-Desktop bundle v1 content key\x00"
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def _passphrase() -> str:
    return PASSPHRASE


def _keys(directory: Path, *, encryption: bool) -> None:
    store = KeyStore(directory, backend=fail.Keyring(), passphrase=_passphrase, kdf_params=FAST_KDF)
    store.create_signing_key()
    if encryption:
        store.create_encryption_key()


def _open(directory: Path) -> profiles.Workspace:
    return profiles.open_workspace(directory, passphrase=_passphrase)


# ------------------------------------------------------------------------------------------ generation


@dataclass(frozen=True)
class _Job:
    index: int
    work: Path
    pack: Path
    fingerprint: str
    rounds: int


def _edit(
    workspace: profiles.Workspace, record_type: RecordType, record_id: str, field: str, note: str
) -> None:
    from kin_desktop.storage import repository

    with workspace.session() as session:
        record = repository.current(record_id, session=session)
        assert record is not None and record.body is not None
        body = dict(record.body)
        body[field] = f"{body[field]} {note}".strip()
        profiles.save_record(session, record_type, body, record_id=record_id)


def _record_ids(workspace: profiles.Workspace, record_type: RecordType) -> list[str]:
    from sqlmodel import col, select

    from kin_desktop.storage import models

    with workspace.session() as session:
        query = select(models.Record.record_id).where(col(models.Record.record_type) == record_type.value)
        return sorted(session.exec(query).all())


def _make_delegate(job: _Job) -> None:
    """One delegate: profile, pinned secretariat, enrolment bundle, then one bundle per round."""
    city = build_demo(job.index + 1, practices=0, commitments=0).city
    directory = job.work / "delegates" / f"d{job.index:03d}"
    _keys(directory, encryption=False)
    profiles.init_delegate(
        directory,
        name=f"{city.delegate_name} ({job.index})",
        city=city.name,
        country=city.country,
        category=city.category,
        organisation=city.organisation,
        email=city.email,
        passphrase=_passphrase,
    )
    out = directory / "out"
    with _open(directory) as workspace:
        taken = exchange.import_paths(workspace, [job.pack], accept_fingerprint=job.fingerprint)
        assert [o.status for o in taken] == ["merged"], taken
        # The enrolment bundle: one short draft practice, held at the secretariat until approved.
        workspace.save(RecordType.PRACTICE, {"title": f"Enrolment of {city.name} ({job.index})"})
        enrolment = exchange.export_bundle(workspace, out=out)
        assert enrolment.path is not None
        shutil.move(enrolment.path, job.work / "enrolment" / f"d{job.index:03d}.kinb")
        demo.fill_demo(workspace, seed=job.index + 1, practices=5, commitments=5)
        practices = _record_ids(workspace, RecordType.PRACTICE)
        commitments = _record_ids(workspace, RecordType.COMMITMENT)
        for round_ in range(job.rounds):
            if round_:
                note = f"(revised for round {round_ + 1})"
                _edit(workspace, RecordType.PRACTICE, practices[round_ % len(practices)], "summary", note)
                _edit(workspace, RecordType.PRACTICE, practices[-1 - round_ % 3], "approach", note)
                _edit(
                    workspace,
                    RecordType.COMMITMENT,
                    commitments[round_ % len(commitments)],
                    "description",
                    note,
                )
            result = exchange.export_bundle(workspace, out=out)
            assert result.path is not None
            shutil.move(result.path, job.work / "bundles" / f"r{round_}-d{job.index:03d}.kinb")


def generate(work: Path, delegates: int, rounds: int) -> None:
    """Secretariat template (delegates enrolled) and the bundles, written under ``work``."""
    if (work / "done").exists():
        return
    if work.exists():
        shutil.rmtree(work)
    (work / "bundles").mkdir(parents=True)
    (work / "enrolment").mkdir()
    secretariat = work / "secretariat"
    _keys(secretariat, encryption=True)
    info = profiles.init_secretariat(secretariat, name="KIN Secretariat", passphrase=_passphrase)
    pack = work / "welcome.kinw"
    with _open(secretariat) as workspace:
        exchange.make_welcome_pack(workspace, pack)
    assert info.fingerprint is not None
    jobs = [_Job(i, work, pack, info.fingerprint, rounds) for i in range(delegates)]
    with multiprocessing.get_context("spawn").Pool() as pool:
        for done, _ in enumerate(pool.imap_unordered(_make_delegate, jobs), start=1):
            print(f"\rgenerating: {done}/{delegates} delegates", end="", flush=True)
    print()
    with _open(secretariat) as workspace:
        held = exchange.import_paths(workspace, sorted((work / "enrolment").glob("*.kinb")))
        assert {o.status for o in held} == {"held"}, {o.status for o in held}
        for outcome in held:
            assert outcome.signer_key_id is not None
            merged = exchange.approve(workspace, outcome.signer_key_id)
            assert [o.status for o in merged] == ["merged"], merged
    shutil.rmtree(work / "delegates")
    (work / "done").write_text("ok\n")


# ------------------------------------------------------------------------------------------------ floor


def _decrypt(data: bytes, private: X25519PrivateKey) -> bytes:
    header = data[:HEADER_BYTES]
    content_key = SUITE.decrypt(header[28:HEADER_BYTES], private, info=HPKE_INFO_PREFIX + header[:28])
    aead = ChaCha20Poly1305(content_key)
    ad = hashlib.sha256(header).digest()
    step = (1 << header[10]) + 16
    body = data[HEADER_BYTES:]
    pieces = [body[i : i + step] for i in range(0, len(body), step)] or [b""]
    out = []
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        out.append(aead.decrypt(index.to_bytes(11, "big") + (b"\x01" if last else b"\x00"), piece, ad))
    return b"".join(out)


def _open_floor_file(data: bytes, private: X25519PrivateKey) -> list[dict[str, object]]:
    """Decrypt, read the members, hash them, verify the signature; the revisions, parsed."""
    inner = _decrypt(data, private)
    with zipfile.ZipFile(io.BytesIO(inner)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest_bytes = members.pop("manifest.json")
    sig = members.pop("manifest.sig")
    Ed25519PublicKey.from_public_bytes(sig[:32]).verify(sig[32:], CONTEXT + manifest_bytes)
    manifest = json.loads(manifest_bytes)
    assert _canonical(manifest) == manifest_bytes
    listed = manifest["members"]
    for name, content in members.items():
        assert hashlib.sha256(content).hexdigest() == listed[name]["sha256"]
    revisions: list[dict[str, object]] = json.loads(members["revisions.json"])
    assert _canonical(revisions) == members["revisions.json"]
    return revisions


def _canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _revision_rows(
    files: list[Path], private: X25519PrivateKey, *, hashed: set[str] | None, received: str | None
) -> list[tuple[object, ...]]:
    """Every file opened (:func:`_open_floor_file`), and a row per revision offered: rev_id, record_id,
    record_type, owner, parents, author, hlc, body, [received,] the file's hash. With ``hashed``, the
    content hash of every revision offered is checked against its rev_id (stored already or not)."""
    rows: list[tuple[object, ...]] = []
    for path in files:
        data = path.read_bytes()
        file_hash = hashlib.sha256(data).hexdigest()
        for rev in _open_floor_file(data, private):
            if hashed is not None:
                content = {key: value for key, value in rev.items() if key != "rev_id"}
                assert hashlib.sha256(_canonical(content)).hexdigest() == rev["rev_id"]
                hashed.add(str(rev["rev_id"]))
            body = rev["body"]
            row: tuple[object, ...] = (
                rev["rev_id"],
                rev["record_id"],
                rev["record_type"],
                rev["owner"],
                json.dumps(rev["parents"]),
                rev["author"],
                rev["hlc"],
                None if body is None else json.dumps(body, ensure_ascii=False, sort_keys=True),
            )
            rows.append((*row, received, file_hash) if received is not None else (*row, file_hash))
    return rows


def floor_revisions_only(files: list[Path], private: X25519PrivateKey, database: Path) -> int:
    """The first floor: the crypto and parsing, and every revision offered inserted (``INSERT OR
    IGNORE``) into one simple table. Returns the number of revision rows offered."""
    con = sqlite3.connect(database, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute(
        "CREATE TABLE revision (rev_id TEXT PRIMARY KEY, record_id TEXT, record_type TEXT, owner TEXT,"
        " parents TEXT, author TEXT, hlc TEXT, body TEXT, origin_bundle TEXT)"
    )
    rows = _revision_rows(files, private, hashed=None, received=None)
    con.execute("BEGIN")
    con.executemany("INSERT OR IGNORE INTO revision VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute("COMMIT")
    con.close()
    return len(rows)


_FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def _tables(con: sqlite3.Connection) -> dict[str, str]:
    """Table name -> the select list that reads a whole row (FTS5 tables: with their rowid)."""
    found: dict[str, str] = {}
    rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = {name for name, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL TABLE")}
    for name, _sql in rows:
        if name.startswith("sqlite_") or name in ("alembic_version", "revision"):
            continue
        if any(name == f"{v}{shadow}" for v in virtual for shadow in _FTS_SHADOWS):
            continue
        columns = [row[1] for row in con.execute(f"PRAGMA table_info({name})")]
        found[name] = ", ".join((["rowid"] if name in virtual else []) + columns)
    return found


def written_rows(before: Path, after: Path) -> dict[str, tuple[str, list[tuple[object, ...]]]]:
    """Every row other than revisions that the import left new or changed: table -> (columns, rows)."""
    with closing(sqlite3.connect(before)) as old, closing(sqlite3.connect(after)) as new:
        result: dict[str, tuple[str, list[tuple[object, ...]]]] = {}
        for table, columns in _tables(new).items():
            had = set(old.execute(f"SELECT {columns} FROM {table}").fetchall())
            rows = [row for row in new.execute(f"SELECT {columns} FROM {table}") if row not in had]
            if rows:
                result[table] = (columns, rows)
        return result


def floor(
    files: list[Path],
    private: X25519PrivateKey,
    database: Path,
    written: dict[str, tuple[str, list[tuple[object, ...]]]],
) -> int:
    """The bare work of the same import, on a copy of the same secretariat database (same schema,
    indexes and search tables): the crypto and parsing of every file, the canonical checks, the content
    hash of every revision offered (as the importer checks each revision's ``rev_id``), every
    revision offered inserted into the real ``revision`` table (``INSERT OR IGNORE``, a union like the
    importer's), and every other row the import left new or changed (``written``: records,
    projections, answers, search index, import log, bundles received) inserted, in one transaction
    with plain ``sqlite3``. Returns the number of revision rows offered."""
    con = sqlite3.connect(database, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    hashed = {row[0] for row in con.execute("SELECT rev_id FROM revision")}
    rows = _revision_rows(files, private, hashed=hashed, received="2026-01-01 00:00:00.000000")
    con.execute("BEGIN")
    con.executemany(
        "INSERT OR IGNORE INTO revision (rev_id, record_id, record_type, owner, parents, author, hlc, body,"
        " received_at, origin_bundle, acknowledged, created_locally) VALUES (?,?,?,?,?,?,?,?,?,?,0,0)",
        rows,
    )
    for table, (columns, table_rows) in written.items():
        marks = ",".join("?" * len(table_rows[0]))
        con.executemany(f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})", table_rows)
    con.execute("COMMIT")
    con.close()
    return len(rows)


# ---------------------------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="50 bundles from 10 delegates")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kin-bench-import")
    parser.add_argument(
        "--profile", action="store_true", help="run the first import under cProfile and print the top"
    )
    parser.add_argument(
        "--repeat", type=int, help="runs of the import and the floors, taking turns (default 3; --quick 1)"
    )
    args = parser.parse_args()
    if args.repeat is None:
        args.repeat = 1 if args.quick else 3
    delegates = 10 if args.quick else 200
    work = cache_folder(args.cache, delegates, args.rounds)
    started = time.perf_counter()
    generate(work, delegates, args.rounds)
    print(f"bundles ready in {time.perf_counter() - started:.1f} s ({work})")
    files = sorted((work / "bundles").glob("*.kinb"))
    assert len(files) == delegates * args.rounds, len(files)
    for path in files:  # warm the file cache for both measurements
        path.read_bytes()

    template = work / "secretariat"
    store = KeyStore(template, backend=fail.Keyring(), passphrase=_passphrase)
    private = store.decryptor().private_key
    imports: list[float] = []
    floors: list[float] = []
    simple_floors: list[float] = []
    profiler = cProfile.Profile() if args.profile else None
    written: dict[str, tuple[str, list[tuple[object, ...]]]] = {}
    merged_revisions = offered = 0
    # The import and both floors take turns, ``--repeat`` times, each on a fresh copy: a figure
    # disturbed by other work on the machine shows as one outlier among the repeats, not in the medians.
    for repeat in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="kin-bench-") as scratch:
            target = Path(scratch) / "secretariat"
            shutil.copytree(template, target)
            with _open(target) as workspace:
                started = time.perf_counter()
                if profiler is not None and repeat == 0:
                    profiler.enable()
                outcomes = exchange.import_paths(workspace, [work / "bundles"])
                if profiler is not None and repeat == 0:
                    profiler.disable()
                imports.append(time.perf_counter() - started)
            statuses = sorted({o.status for o in outcomes})
            assert statuses == ["merged"], [
                (o.path, o.status, o.reason, o.detail) for o in outcomes if o.status != "merged"
            ]
            merged_revisions = sum(o.revisions for o in outcomes)
            if not written:
                # The floor writes what the import wrote: the rows are read (untimed) from the
                # databases before and after it, and inserted into another copy of the database.
                written = written_rows(template / "kin.sqlite3", target / "kin.sqlite3")

            floor_db = Path(scratch) / "floor" / "kin.sqlite3"
            floor_db.parent.mkdir()
            shutil.copy(template / "kin.sqlite3", floor_db)
            started = time.perf_counter()
            offered = floor(files, private, floor_db, written)
            floors.append(time.perf_counter() - started)
            with (
                closing(sqlite3.connect(floor_db)) as con,
                closing(sqlite3.connect(target / "kin.sqlite3")) as real,
            ):
                counts = [c.execute("SELECT count(*) FROM revision").fetchone()[0] for c in (con, real)]
            assert counts[0] == counts[1], counts

            started = time.perf_counter()
            assert floor_revisions_only(files, private, Path(scratch) / "floor-simple.sqlite3") == offered
            simple_floors.append(time.perf_counter() - started)
    if profiler is not None:
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(25)
    import_s, floor_s, simple_floor_s = (statistics.median(v) for v in (imports, floors, simple_floors))
    rows_written = sum(len(rows) for _columns, rows in written.values())
    print(f"import: {_times(imports)} s for {len(files)} bundles ({merged_revisions} new revisions)")
    print(
        f"floor:  {_times(floors)} s ({offered} revision rows offered, {rows_written} other rows written: "
        + ", ".join(f"{table} {len(rows)}" for table, (_columns, rows) in sorted(written.items()))
        + ")"
    )
    print(f"floor of revisions alone: {_times(simple_floors)} s (one simple table)")
    print(
        json.dumps(
            {
                "bundles": len(files),
                "delegates": delegates,
                "repeats": args.repeat,
                "revisions_offered": offered,
                "revisions_new": merged_revisions,
                "other_rows_written": rows_written,
                "import_s": round(import_s, 3),
                "floor_s": round(floor_s, 3),
                "revisions_only_floor_s": round(simple_floor_s, 3),
                "import_floor_ratio": round(import_s / floor_s, 2),
                "revisions_only_floor_ratio": round(import_s / simple_floor_s, 2),
            }
        )
    )


def _times(values: list[float]) -> str:
    return " / ".join(f"{value:.2f}" for value in values) + f" (median {statistics.median(values):.2f})"


if __name__ == "__main__":
    main()
