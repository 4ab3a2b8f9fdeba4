"""Shared builders for the exchange tests: profiles, genuine bundles, hand-made hostile ones, snapshots.

Profiles are made in-process in temporary folders. Their private keys live in the passphrase-protected
key file (``keys.enc``) with a deliberately cheap KDF, never in a keyring: the whole profile is then
one folder, so a template can be copied with ``shutil.copytree`` (module-scoped fixtures, property
tests) and the same folder can be used by a ``kin-desktop`` subprocess with ``KIN_PASSPHRASE``
(the key file records its own KDF parameters).

Hostile bundles are built below the exporter: the ZIP container by hand with ``zipfile``, the manifest
signed with ``signing.sign_manifest`` and the whole encrypted with ``encryption.encrypt``, so only the
importer's own checks can stop them.
"""

from __future__ import annotations

import inspect
import io
import shutil
import sqlite3
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kin_desktop import paths
from kin_desktop.bundle import container, encryption
from kin_desktop.bundle.keys import Decryptor, KdfParams, KeyStore, PublicIdentity, Signer
from kin_desktop.bundle.signing import context_for, sign_manifest
from kin_desktop.core import canonical
from kin_desktop.core.records import Revision, from_json, make_revision, to_json
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, profiles
from kin_desktop.services.demo_content import build_demo
from tests.helpers.cli import PASSPHRASE
from tests.helpers.fakes import FailKeyring

FAST_KDF = KdfParams(argon2_memory_kib=64, argon2_iterations=1, argon2_lanes=1, scrypt_log2_n=4, scrypt_r=1)

# The tables whose rows are the records' state: revisions, the derived record rows and every projection.
# import_log, bundle_received and delegate_key are bookkeeping and deliberately left out.
STATE_TABLES = (
    "revision",
    "record",
    "response",
    "answer",
    "practice",
    "commitment",
    "commitment_target",
    "attachment",
    "progress_report",
    "review_note",
    "blob",
)
FTS_STATE = ("practice_fts", "commitment_fts")


def passphrase() -> str:
    return PASSPHRASE


# ---------------------------------------------------------------------------------------------- profiles


@dataclass(frozen=True)
class Party:
    """A profile in a folder (a delegate or the secretariat) and its key id."""

    data_dir: Path
    key_id: str
    role: str
    city: str = ""

    def open(self) -> profiles.Workspace:
        return profiles.open_workspace(self.data_dir, passphrase=passphrase)

    def keystore(self) -> KeyStore:
        return KeyStore(self.data_dir, backend=FailKeyring(), passphrase=passphrase)

    def signer(self) -> Signer:
        return self.keystore().signer()

    def decryptor(self) -> Decryptor:
        return self.keystore().decryptor()

    def identity(self) -> PublicIdentity:
        return self.keystore().public_identity()

    @property
    def database(self) -> Path:
        return paths.database_path(self.data_dir)

    def copy_to(self, data_dir: Path) -> Party:
        """A byte-for-byte copy of the profile folder (same keys, same device id)."""
        shutil.copytree(self.data_dir, data_dir)
        return replace(self, data_dir=data_dir)


def _file_keys(data_dir: Path, *, encryption_key: bool) -> None:
    store = KeyStore(data_dir, backend=FailKeyring(), passphrase=passphrase, kdf_params=FAST_KDF)
    store.create_signing_key()
    if encryption_key:
        store.create_encryption_key()


def make_secretariat(data_dir: Path, *, name: str = "KIN Secretariat") -> Party:
    _file_keys(data_dir, encryption_key=True)
    info = profiles.init_secretariat(
        data_dir, name=name, organisation="IGES Kitakyushu Office", passphrase=passphrase
    )
    assert info.key_id is not None
    return Party(data_dir, info.key_id, "secretariat")


def make_delegate(
    data_dir: Path,
    *,
    city: str = "Hai Phong",
    country: str = "VN",
    name: str = "Nguyễn Thị Lan",
    welcome_pack: Path | None = None,
    secretariat: Party | None = None,
) -> Party:
    """A delegate profile; with a welcome pack (and the secretariat to confirm its fingerprint) it is
    ready to export."""
    _file_keys(data_dir, encryption_key=False)
    info = profiles.init_delegate(
        data_dir,
        name=name,
        city=city,
        country=country,
        category="city-expert",
        organisation=f"{city} Department of Natural Resources and Environment",
        email="delegate@city.example",
        passphrase=passphrase,
    )
    assert info.key_id is not None
    party = Party(data_dir, info.key_id, "delegate", city)
    if welcome_pack is not None:
        assert secretariat is not None
        outcomes = import_files(party, [welcome_pack], accept_fingerprint=secretariat.identity().fingerprint)
        assert [o.status for o in outcomes] == ["merged"], outcomes
    return party


def fill_demo(party: Party, *, seed: int = 1, practices: int = 5, commitments: int = 3) -> None:
    with party.open() as workspace:
        demo.fill_demo(workspace, seed=seed, practices=practices, commitments=commitments)


def small_practice(seed: int = 1, **changes: Any) -> dict[str, Any]:
    body = dict(build_demo(seed, practices=1, commitments=0).practices[0])
    body.update(changes)
    return body


def save(
    party: Party, record_type: RecordType, body: dict[str, Any], record_id: str | None = None
) -> Revision:
    with party.open() as workspace:
        return workspace.save(record_type, body, record_id=record_id)


def current_body(party: Party, record_id: str) -> dict[str, Any]:
    from kin_desktop.storage import repository

    with party.open() as workspace, workspace.session() as session:
        record = repository.current(record_id, session=session)
        assert record is not None and record.body is not None
        return dict(record.body)


def edit(party: Party, record_id: str, record_type: RecordType, **changes: Any) -> Revision:
    body = current_body(party, record_id)
    body.update(changes)
    return save(party, record_type, body, record_id=record_id)


def record_ids(party: Party, record_type: RecordType) -> list[str]:
    with closing(sqlite3.connect(party.database)) as con:
        rows = con.execute(
            "SELECT record_id FROM record WHERE record_type = ? ORDER BY record_id", (str(record_type),)
        ).fetchall()
    return [row[0] for row in rows]


# ---------------------------------------------------------------------------------------------- exchange


def _exchange() -> Any:
    from kin_desktop.services import exchange

    return exchange


def export(party: Party, out: Path, *, full: bool = False) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    with party.open() as workspace:
        result = _exchange().export_bundle(workspace, out=out, full=full)
    assert result.path is not None, "nothing to export"
    return Path(result.path)


def import_files(party: Party, files: Sequence[Path], **options: Any) -> list[Any]:
    """``exchange.import_paths`` on the profile; options the implementation does not take are dropped
    (e.g. ``accept_fingerprint`` on a secretariat)."""
    function = _exchange().import_paths
    accepted = inspect.signature(function).parameters
    kwargs = {key: value for key, value in options.items() if key in accepted}
    with party.open() as workspace:
        return list(function(workspace, list(files), **kwargs))


def welcome_pack(secretariat: Party, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with secretariat.open() as workspace:
        return Path(_exchange().make_welcome_pack(workspace, out))


def approve(secretariat: Party, key_id: str) -> list[Any]:
    with secretariat.open() as workspace:
        return list(_exchange().approve(workspace, key_id))


def revoke(secretariat: Party, key_id: str) -> None:
    with secretariat.open() as workspace:
        _exchange().revoke(workspace, key_id)


def write_receipts(secretariat: Party, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    with secretariat.open() as workspace:
        return [Path(p) for p in _exchange().write_receipts(workspace, out_dir)]


def enrol(secretariat: Party, bundle: Path) -> list[Any]:
    """Import a new delegate's first bundle (held pending enrolment) and approve its key."""
    held = import_files(secretariat, [bundle])
    assert [o.status for o in held] == ["held"], held
    return approve(secretariat, held[0].signer_key_id)


# ------------------------------------------------------------------------------------ reading a bundle


@dataclass(frozen=True)
class OpenedBundle:
    """The clear inside of a genuine delegate bundle."""

    inner: bytes  # the signed container
    manifest: dict[str, Any]
    manifest_bytes: bytes
    members: dict[str, bytes]  # payload members only

    @property
    def header(self) -> dict[str, Any]:
        """The caller-supplied header fields (container fields and ``recipient`` removed)."""
        return {k: v for k, v in self.manifest.items() if k not in container.RESERVED_FIELDS | {"recipient"}}

    @property
    def revisions(self) -> list[Revision]:
        return [from_json(item) for item in canonical.loads_strict(self.members["revisions.json"])]


def open_bundle(data: bytes, secretariat: Party) -> OpenedBundle:
    inner = encryption.decrypt(data, secretariat.decryptor())
    with zipfile.ZipFile(io.BytesIO(inner)) as archive:
        contents = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest_bytes = contents.pop(container.MANIFEST)
    contents.pop(container.SIGNATURE)
    manifest = canonical.loads_strict(manifest_bytes)
    assert isinstance(manifest, dict)
    return OpenedBundle(inner, manifest, manifest_bytes, contents)


def revisions_json(revs: Iterable[Revision]) -> bytes:
    return canonical.dumps([to_json(rev) for rev in revs])


# ------------------------------------------------------------------------------- writing hostile bundles


def zip_info(name: str, *, mode: int = 0o100644, compress: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=container.ZIP_DATE)
    info.compress_type = compress
    info.create_system = 3
    info.external_attr = mode << 16
    return info


Entry = tuple[zipfile.ZipInfo | str, bytes]


def make_zip(entries: Sequence[Entry]) -> bytes:
    """A ZIP with exactly these entries in this order (duplicate names allowed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        for entry, data in entries:
            archive.writestr(zip_info(entry) if isinstance(entry, str) else entry, data)
    return out.getvalue()


def manifest_for(
    members: Mapping[str, bytes], header: Mapping[str, Any], signer_public: bytes, **overrides: Any
) -> dict[str, Any]:
    """A delegate-bundle manifest built by hand (so it may list names the writer refuses)."""
    from kin_desktop.bundle.keys import key_id

    manifest: dict[str, Any] = dict(header)
    manifest.update(
        {
            "format": container.FORMAT,
            "format_version": container.FORMAT_VERSION,
            "kind": "delegate-bundle",
            "members": {
                name: {"sha256": canonical.sha256_hex(data), "size": len(data)}
                for name, data in members.items()
            },
            "signer_key_id": key_id(signer_public),
            "signer_public_key": signer_public.hex(),
        }
    )
    manifest.update(overrides)
    return manifest


def signed_entries(
    manifest: Mapping[str, Any] | bytes, signer: Signer, *, sig_public: bytes | None = None
) -> list[Entry]:
    """manifest.json and manifest.sig; ``sig_public`` puts another public key before the signature."""
    manifest_bytes = manifest if isinstance(manifest, bytes) else canonical.dumps(dict(manifest))
    signature = sign_manifest(manifest_bytes, signer, context=context_for("delegate-bundle"))
    public = signer.public if sig_public is None else sig_public
    return [(container.MANIFEST, manifest_bytes), (container.SIGNATURE, public + signature)]


def with_recipient(header: Mapping[str, Any], secretariat: PublicIdentity) -> dict[str, Any]:
    """The header with ``recipient`` naming the secretariat, as the real writer adds it."""
    full = dict(header)
    full.setdefault(
        "recipient", {"key_id": secretariat.key_id, "encryption_key_id": secretariat.encryption_key_id}
    )
    return full


def encrypt_to(inner: bytes, secretariat: PublicIdentity) -> bytes:
    assert secretariat.encryption_public is not None and secretariat.encryption_key_id is not None
    return encryption.encrypt(inner, secretariat.encryption_public, secretariat.encryption_key_id)


def hostile_bundle(
    secretariat: PublicIdentity,
    signer: Signer,
    header: Mapping[str, Any],
    members: Mapping[str, bytes],
    *,
    entries: Sequence[Entry] | None = None,
    manifest_overrides: Mapping[str, Any] | None = None,
    manifest_members: Mapping[str, bytes] | None = None,
) -> bytes:
    """Sign-then-encrypt by hand: ``entries`` (default: ``members`` in order) follow the signed manifest,
    which lists ``manifest_members`` (default: ``members``)."""
    listed = members if manifest_members is None else manifest_members
    manifest = manifest_for(
        listed, with_recipient(header, secretariat), signer.public, **dict(manifest_overrides or {})
    )
    body: list[Entry] = list(members.items()) if entries is None else list(entries)
    return encrypt_to(make_zip(signed_entries(manifest, signer) + body), secretariat)


def resign(
    opened: OpenedBundle,
    signer: Signer,
    secretariat: PublicIdentity,
    *,
    revisions: bytes | None = None,
    header: Mapping[str, Any] | None = None,
) -> bytes:
    """The same bundle with other revisions.json bytes or header, signed by ``signer`` with the real
    writer (``container.write_delegate_bundle``): a well-formed container whose content is hostile."""
    members = dict(opened.members)
    if revisions is not None:
        members["revisions.json"] = revisions
    return container.write_delegate_bundle(
        members, dict(opened.header if header is None else header), signer, secretariat
    )


def revision_by(
    author: str,
    owner: str,
    record_id: str,
    body: dict[str, Any] | None,
    *,
    parents: Sequence[str] = (),
    hlc: str = "2000000000000.00000.forged",  # far in the future: it would win if merged
    record_type: RecordType = RecordType.PRACTICE,
) -> Revision:
    return make_revision(record_id, record_type, owner, parents, author, hlc, body)


# ------------------------------------------------------------------------------------------- snapshots


@contextmanager
def _read(database: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as con:
        yield con


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


VOLATILE_COLUMNS = {"received_at", "id", "origin_bundle"}


def state_snapshot(database: Path, *, volatile: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the state tables and the search index, sorted; without ``volatile``, columns that
    legitimately differ between two equal imports (arrival times, row ids, first bundle) are left out."""
    snapshot: dict[str, list[tuple[Any, ...]]] = {}
    with _read(database) as con:
        for table in STATE_TABLES:
            names = [c for c in _columns(con, table) if volatile or c not in VOLATILE_COLUMNS]
            columns = ", ".join(f'"{c}"' for c in names)
            snapshot[table] = sorted(con.execute(f'SELECT {columns} FROM "{table}"').fetchall(), key=repr)
        for table in FTS_STATE:
            snapshot[table] = sorted(con.execute(f"SELECT record_id, title, text FROM {table}").fetchall())
    return snapshot


@dataclass(frozen=True)
class RecordsState:
    records: dict[str, tuple[str, bool, tuple[str, ...]]]  # record_id -> (head_rev_id, conflict, heads)
    rev_ids: frozenset[str]


def records_state(database: Path) -> RecordsState:
    with _read(database) as con:
        records = {
            record_id: (head, bool(conflict), tuple(canonical.loads_strict(heads)))
            for record_id, head, conflict, heads in con.execute(
                "SELECT record_id, head_rev_id, conflict, heads FROM record"
            )
        }
        rev_ids = frozenset(row[0] for row in con.execute("SELECT rev_id FROM revision"))
    return RecordsState(records, rev_ids)


def acknowledged_flags(database: Path) -> dict[str, bool]:
    with _read(database) as con:
        return {rev: bool(ack) for rev, ack in con.execute("SELECT rev_id, acknowledged FROM revision")}


def import_log(database: Path) -> list[dict[str, Any]]:
    with _read(database) as con:
        con.row_factory = sqlite3.Row
        return [dict(row) for row in con.execute("SELECT * FROM import_log ORDER BY id")]
