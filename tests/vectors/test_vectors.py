"""The committed test vectors hold: the generator reproduces them byte for byte, and every file gets
from import, and from verify, exactly the verdict and reason vectors.json states (tests/vectors/README.md)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.bundle.keys import KeyStore, format_key_id
from kin_desktop.core import canonical
from kin_desktop.core.errors import ValidationError
from kin_desktop.services import exchange, profiles
from kin_desktop.storage import db
from kin_desktop.storage import models as m
from tests.helpers.bundles import FAST_KDF, passphrase
from tests.helpers.fakes import FailKeyring
from tests.vectors import generate

HERE = Path(__file__).resolve().parent
DOCUMENT: dict[str, Any] = json.loads((HERE / "vectors.json").read_text(encoding="utf-8"))
KEYS: dict[str, dict[str, str]] = json.loads((HERE / "keys.json").read_text(encoding="utf-8"))
VECTORS: list[dict[str, Any]] = DOCUMENT["vectors"]
SPEC = (HERE.parents[1] / "docs" / "bundle-format.md").read_text(encoding="utf-8")


def _committed_files() -> dict[str, bytes]:
    return {
        p.relative_to(HERE).as_posix(): p.read_bytes()
        for p in sorted(HERE.rglob("*"))
        if p.is_file() and (p.parts[len(HERE.parts)] == "files" or p.name in ("keys.json", "vectors.json"))
    }


def test_the_generator_reproduces_every_committed_file_byte_for_byte(tmp_path: Path) -> None:
    generate.generate(tmp_path)
    fresh = {
        p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()
    }
    committed = _committed_files()
    assert sorted(fresh) == sorted(committed), "files added or removed: run python -m tests.vectors.generate"
    differing = [name for name in fresh if fresh[name] != committed[name]]
    hint = ""
    if differing and DOCUMENT["zlib_version"] != generate.zlib.ZLIB_VERSION:
        hint = f" (the vectors were deflated by zlib {DOCUMENT['zlib_version']}, this is {generate.zlib.ZLIB_VERSION})"
    assert not differing, f"these files differ from the generator's output{hint}: {differing[:10]}"


def test_every_file_listed_is_there_with_its_hash() -> None:
    for vector in VECTORS:
        data = (HERE / vector["file"]).read_bytes()
        assert canonical.sha256_hex(data) == vector["sha256"], vector["file"]


def _spec_reasons() -> set[str]:
    """Every reason code of the spec's table of reasons (§8)."""
    section = SPEC.split("## 8. Reason codes", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+)` ", section, flags=re.MULTILINE))


NOT_AS_FILES = {
    "unreadable": "a property of the file system, not of the bytes",
    "internal_error": "a fault of the reader, not of the file",
    "held_quota": "how many files already wait for enrolment, not one file's bytes",
}


def test_every_reason_code_of_the_spec_has_a_vector() -> None:
    reasons = _spec_reasons()
    assert len(reasons) > 40, "the spec's reason table was not found"
    covered = {v["reason"] for v in VECTORS if v["reason"]}
    missing = reasons - covered - set(NOT_AS_FILES)
    assert not missing, f"reason codes without a vector: {sorted(missing)}"
    unknown = covered - reasons
    assert not unknown, f"vectors give reasons the spec does not list: {sorted(unknown)}"


def test_every_kind_has_a_valid_vector() -> None:
    valid = {v["kind"] for v in VECTORS if v["verdict"] == "merged"}
    assert valid >= {"delegate-bundle", "welcome-pack", "receipt", "key-list"}


# ------------------------------------------------------------------------------------- the readers


@dataclass(frozen=True)
class Template:
    root: Path


def _keys(data_dir: Path, name: str, *, encryption: bool) -> None:
    store = KeyStore(data_dir, backend=FailKeyring(), passphrase=passphrase, kdf_params=FAST_KDF)
    store.create_signing_key(seed=bytes.fromhex(KEYS[name]["signing_seed"]))
    if encryption:
        store.create_encryption_key(private=bytes.fromhex(KEYS[name]["encryption_private"]))


def _make_secretariat(root: Path) -> None:
    reader = DOCUMENT["readers"]["secretariat"]
    _keys(root, reader["own_key"], encryption=True)
    profiles.init_secretariat(root, name="KIN Secretariat", organisation="IGES", passphrase=passphrase)
    by_id = {k["key_id"]: k for k in KEYS.values()}
    with (
        profiles.open_workspace(root, passphrase=passphrase) as workspace,
        db.session_scope(workspace.engine) as s,
    ):
        for key_id, status in reader["enrolled"].items():
            s.add(
                m.DelegateKey(
                    key_id=key_id,
                    signing_public_key=by_id[key_id]["signing_public"],
                    name=key_id[:8],
                    city="",
                    country="",
                    organisation="",
                    fingerprint=format_key_id(key_id),
                    status=status,
                    first_seen=datetime(2008, 1, 1, tzinfo=UTC),
                )
            )
    with profiles.open_workspace(root, passphrase=passphrase) as workspace:
        outcomes = exchange.import_paths(workspace, [HERE / "files" / reader["stored"]["bundle"]])
    assert [o.status for o in outcomes] == ["merged"], outcomes


def _make_delegate(root: Path) -> None:
    reader = DOCUMENT["readers"]["delegate"]
    _keys(root, reader["own_key"], encryption=False)
    profiles.init_delegate(
        root,
        name="Nguyễn Thị Lan",
        city="Hải Phòng",
        country="VN",
        category="city-expert",
        passphrase=passphrase,
    )


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Template]:
    root = tmp_path_factory.mktemp("vector-readers")
    _make_secretariat(root / "secretariat")
    _make_delegate(root / "delegate")
    return {"secretariat": Template(root / "secretariat"), "delegate": Template(root / "delegate")}


@pytest.fixture
def reader_copy(tmp_path: Path, templates: dict[str, Template]) -> Iterator[Any]:
    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(templates[name].root, target)
        return target

    yield copy


def _snapshot(data_dir: Path) -> dict[str, bytes]:
    """Every file of the profile with its bytes, and every row of its database (SQLite's own -wal and
    -shm files appear when a database in WAL mode is first read, so they are compared through the rows)."""
    import sqlite3
    from contextlib import closing

    files = {
        str(p.relative_to(data_dir)): p.read_bytes()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm", ".sqlite3"))
    }
    for database in sorted(data_dir.glob("*.sqlite3")):
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as con:
            files[database.name] = "\n".join(con.iterdump()).encode()
    return files


def _vector_id(vector: dict[str, Any]) -> str:
    after = "+".join(Path(a).stem for a in vector["after"])
    return f"{vector['file'][6:]}{'@' + after if after else ''}:{vector['verdict']}"


PROFILE_VECTORS = [v for v in VECTORS if v["reader"] != "inbox"]
INBOX_VECTORS = [v for v in VECTORS if v["reader"] == "inbox"]


def _inbox_takes(
    data: bytes, held: tuple[Any, bytes] | None
) -> tuple[str, str | None, tuple[Any, bytes] | None]:
    """What the inbox service does with a key list (inbox.mail.put_keys: read it, then check its order)."""
    from kin_desktop.bundle.keylist import check_newer, read_key_list
    from kin_desktop.core.errors import BundleRejected

    secretariat = KEYS[DOCUMENT["readers"]["inbox"]["own_key"]]
    try:
        keys = read_key_list(data, secretariat["key_id"], bytes.fromhex(secretariat["signing_public"]))
        check_newer(keys, data, None if held is None else held[0], None if held is None else held[1])
    except BundleRejected as refused:
        return "rejected", refused.reason, held
    verdict = "duplicate" if held is not None and held[1] == data else "merged"
    return verdict, None, (keys, data)


@pytest.mark.parametrize("vector", INBOX_VECTORS, ids=[_vector_id(v) for v in INBOX_VECTORS])
def test_the_inbox_takes_key_lists_as_stated(vector: dict[str, Any]) -> None:
    held = None
    for earlier in vector["after"]:
        verdict, reason, held = _inbox_takes((HERE / earlier).read_bytes(), held)
        assert verdict == "merged", (earlier, reason)
    verdict, reason, _ = _inbox_takes((HERE / vector["file"]).read_bytes(), held)
    assert (verdict, reason) == (vector["verdict"], vector["reason"])


@pytest.mark.parametrize("vector", PROFILE_VECTORS, ids=[_vector_id(v) for v in PROFILE_VECTORS])
def test_import_and_verify_give_the_stated_verdict(vector: dict[str, Any], reader_copy: Any) -> None:
    data_dir = reader_copy(vector["reader"])
    fingerprint = DOCUMENT["readers"]["secretariat"]["own_key"]
    accept_pack = format_key_id(KEYS[fingerprint]["key_id"])
    with profiles.open_workspace(data_dir, passphrase=passphrase) as workspace:
        for earlier in vector["after"]:
            (outcome,) = exchange.import_paths(workspace, [HERE / earlier], accept_fingerprint=accept_pack)
            assert not outcome.refused, (earlier, outcome.reason, outcome.detail)
        path = HERE / vector["file"]
        before = _snapshot(data_dir)
        (verified,) = exchange.verify_files(
            workspace, [path], accept_fingerprint=vector["accept_fingerprint"]
        )
        assert _snapshot(data_dir) == before, "verify wrote something"
        (imported,) = exchange.import_paths(
            workspace, [path], accept_fingerprint=vector["accept_fingerprint"]
        )
    expected = (vector["verdict"], vector["reason"])
    assert (imported.status, imported.reason) == expected, imported.detail
    assert (verified.status, verified.reason) == expected, verified.detail
    assert verified.ok == (vector["verdict"] not in ("rejected", "quarantined"))


# ------------------------------------------------------------------------------- canonical and rev_id


@pytest.mark.parametrize("case", DOCUMENT["canonical_json"]["values"], ids=lambda c: c["json"][:30])
def test_canonical_json_values(case: dict[str, str]) -> None:
    encoded = canonical.dumps(json.loads(case["json"]))
    assert encoded.hex() == case["canonical_utf8_hex"]
    assert canonical.sha256_hex(encoded) == case["sha256"]
    assert canonical.loads_strict(encoded, canonical=True) == json.loads(case["json"])


@pytest.mark.parametrize("case", DOCUMENT["canonical_json"]["refused"], ids=lambda c: c["why"])
def test_canonical_json_refusals(case: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        canonical.loads_strict(case["json"], canonical=True)


def test_the_rev_id_preimage() -> None:
    case = DOCUMENT["rev_id"]
    revision = dict(case["revision"])
    preimage = bytes.fromhex(case["preimage_utf8_hex"])
    assert canonical.dumps({k: v for k, v in revision.items() if k != "rev_id"}) == preimage
    assert canonical.sha256_hex(preimage) == case["rev_id"] == revision["rev_id"]


def test_the_rev_id_example_of_the_spec() -> None:
    """docs/bundle-format.md §5.3 shows a preimage and its rev_id: both are right."""
    section = SPEC.split("### 5.3", 1)[1].split("### 5.4", 1)[0]
    preimage = section.split("```\n", 2)[1].removesuffix("\n").encode("utf-8")
    (rev_id,) = re.findall(r"`rev_id` `([0-9a-f]{64})`", section)
    value = canonical.loads_strict(preimage, canonical=True)
    assert canonical.sha256_hex(preimage) == rev_id
    assert f"{len(preimage)} bytes" in section
    from kin_desktop.core.records import from_json

    from_json({**value, "rev_id": rev_id})  # a valid revision, checked in full
