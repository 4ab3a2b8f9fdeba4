"""Importing delegate bundles at the secretariat, against a floor of the same unavoidable work.

The workload: DELEGATES delegates (200; ``--quick``: 10), each with a full questionnaire response,
5 practices and 5 commitments (``services.demo_content`` through ``demo.fill_demo``), export one
bundle per round for ROUNDS rounds (5), with edits between rounds; nothing is acknowledged, so each
bundle carries everything its delegate wrote so far and later bundles add new revisions. The
delegates are enrolled beforehand (each sent a small first bundle that was held and approved), so
the timed import merges every bundle: ``exchange.import_paths`` over the folder of 1,000 bundles.

The floor, measured in the same run over the same files: decryption (HPKE open of the content key,
ChaCha20-Poly1305 of every chunk), the ZIP members read, SHA-256 of every member, Ed25519 verification
of every manifest, ``json.loads`` of every revisions.json and every revision inserted (``INSERT OR
IGNORE``, a union like the importer's) with plain ``sqlite3`` into one simple table in one
transaction. ``import_floor_ratio`` = import time / floor time; the target is at most 2.

Generating the bundles is not timed; they are cached in a temporary folder (``--cache``) and reused
by later runs with the same sizes.

    python bench/import_bundles.py [--quick] [--profile] [--cache DIR]

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
import tempfile
import time
import zipfile
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
CACHE_VERSION = 1

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


def floor(files: list[Path], private: X25519PrivateKey, database: Path) -> int:
    """The bare work of an import; returns the number of revision rows offered."""
    con = sqlite3.connect(database, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute(
        "CREATE TABLE revision (rev_id TEXT PRIMARY KEY, record_id TEXT, record_type TEXT, owner TEXT,"
        " parents TEXT, author TEXT, hlc TEXT, body TEXT, origin_bundle TEXT)"
    )
    rows: list[tuple[str | None, ...]] = []
    for path in files:
        data = path.read_bytes()
        file_hash = hashlib.sha256(data).hexdigest()
        inner = _decrypt(data, private)
        with zipfile.ZipFile(io.BytesIO(inner)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
        manifest_bytes = members.pop("manifest.json")
        sig = members.pop("manifest.sig")
        Ed25519PublicKey.from_public_bytes(sig[:32]).verify(sig[32:], CONTEXT + manifest_bytes)
        listed = json.loads(manifest_bytes)["members"]
        for name, content in members.items():
            assert hashlib.sha256(content).hexdigest() == listed[name]["sha256"]
        for rev in json.loads(members["revisions.json"]):
            body = rev["body"]
            rows.append(
                (
                    rev["rev_id"],
                    rev["record_id"],
                    rev["record_type"],
                    rev["owner"],
                    json.dumps(rev["parents"]),
                    rev["author"],
                    rev["hlc"],
                    None if body is None else json.dumps(body, ensure_ascii=False, sort_keys=True),
                    file_hash,
                )
            )
    con.execute("BEGIN")
    con.executemany("INSERT OR IGNORE INTO revision VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
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
        "--profile", action="store_true", help="run the import under cProfile and print the top"
    )
    args = parser.parse_args()
    delegates = 10 if args.quick else 200
    work = args.cache / f"v{CACHE_VERSION}-{delegates}x{args.rounds}"
    started = time.perf_counter()
    generate(work, delegates, args.rounds)
    print(f"bundles ready in {time.perf_counter() - started:.1f} s ({work})")
    files = sorted((work / "bundles").glob("*.kinb"))
    assert len(files) == delegates * args.rounds, len(files)
    for path in files:  # warm the file cache for both measurements
        path.read_bytes()

    with tempfile.TemporaryDirectory(prefix="kin-bench-") as scratch:
        target = Path(scratch) / "secretariat"
        shutil.copytree(work / "secretariat", target)
        store = KeyStore(target, backend=fail.Keyring(), passphrase=_passphrase)
        private = store.decryptor().private_key

        started = time.perf_counter()
        offered = floor(files, private, Path(scratch) / "floor.sqlite3")
        floor_s = time.perf_counter() - started

        profiler = cProfile.Profile() if args.profile else None
        with _open(target) as workspace:
            started = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            outcomes = exchange.import_paths(workspace, [work / "bundles"])
            if profiler is not None:
                profiler.disable()
            import_s = time.perf_counter() - started
        statuses = sorted({o.status for o in outcomes})
        assert statuses == ["merged"], [
            (o.path, o.status, o.reason, o.detail) for o in outcomes if o.status != "merged"
        ]
        merged_revisions = sum(o.revisions for o in outcomes)
    if profiler is not None:
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(25)
    print(f"import: {import_s:.2f} s for {len(files)} bundles ({merged_revisions} new revisions)")
    print(f"floor:  {floor_s:.2f} s ({offered} revision rows offered)")
    print(
        json.dumps(
            {
                "bundles": len(files),
                "delegates": delegates,
                "revisions_offered": offered,
                "revisions_new": merged_revisions,
                "import_s": round(import_s, 3),
                "floor_s": round(floor_s, 3),
                "import_floor_ratio": round(import_s / floor_s, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
