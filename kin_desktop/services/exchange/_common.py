"""Shared pieces of the exchange services: results, file naming, atomic writes, keys, logging."""

from __future__ import annotations

import os
import tempfile
import traceback
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from kin_desktop import private_files
from kin_desktop.bundle.container import DEFAULT_LIMITS
from kin_desktop.bundle.keys import KeyStore
from kin_desktop.core import ids, latin, limits, records
from kin_desktop.core.canonical import sha256_hex
from kin_desktop.core.errors import BundleRejected
from kin_desktop.core.schemas import RecordType
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import models as m
from kin_desktop.storage import repository

BUNDLE_SUFFIX = ".kinb"
WELCOME_SUFFIX = ".kinw"
RECEIPT_SUFFIX = ".kinr"
SCHEMA_VERSION = 1
HELD_DIR = "held"
QUARANTINE_DIR = "quarantine"

# Import statuses (docs/exchange.md); "quarantined" is the fifth, for a reused sequence number, and
# "internal_error" the sixth: an unexpected failure inside one file, which is kept for inspection.
MERGED = "merged"
DUPLICATE = "duplicate"
HELD = "held"
REJECTED = "rejected"
QUARANTINED = "quarantined"
INTERNAL_ERROR = "internal_error"
STATUSES = (MERGED, DUPLICATE, HELD, REJECTED, QUARANTINED, INTERNAL_ERROR)
REFUSED_STATUSES = frozenset({REJECTED, QUARANTINED, INTERNAL_ERROR})


@dataclass(frozen=True)
class ExportResult:
    """What ``export_bundle`` wrote: ``path`` is None (and ``revisions`` 0) when nothing was waiting."""

    path: Path | None
    revisions: int
    sequence: int | None
    bundle_id: str | None
    size: int


@dataclass(frozen=True)
class VerifyOutcome:
    path: Path
    ok: bool
    kind: str | None  # "delegate-bundle" | "welcome-pack" | "receipt" | None (unreadable)
    signer_key_id: str | None
    fingerprint: str | None  # of the signer
    recipient_key_id: str | None  # encryption key id (bundles) or delegate key id (receipts)
    decrypted: bool
    revisions: int | None
    reason: str | None  # a stable code when not ok (or a note such as "unknown_signer")
    detail: str  # English


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # merged | duplicate | held | rejected | quarantined | internal_error
    reason: str | None
    detail: str  # English
    records: int
    revisions: int
    signer_key_id: str | None
    sequence: int | None
    kind: str | None = None
    bundle_id: str | None = None

    @property
    def refused(self) -> bool:
        return self.status in REFUSED_STATUSES


@dataclass(frozen=True)
class KeyRow:
    """One delegate key in the secretariat's registry."""

    key_id: str
    fingerprint: str
    name: str
    city: str
    country: str
    organisation: str
    category: str | None
    email: str
    status: str  # pending | approved | revoked
    first_seen: datetime
    approved_at: datetime | None
    revoked_at: datetime | None
    held: int  # bundles waiting for this key's approval


def utcnow() -> datetime:
    return datetime.now(UTC)


def created_stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def slug(text: str, fallback: str) -> str:
    """ASCII file-name slug of a city ("Hải Phòng" -> "hai-phong"); ``fallback`` when nothing is left."""
    return latin.slug(text, fallback)


def target_path(out: Path | str | None, name: str) -> Path:
    """``out`` is a folder (existing, or given without a suffix) or a file path; None: the current folder."""
    if out is None:
        return Path.cwd() / name
    out = Path(out)
    if out.is_dir() or (not out.exists() and out.suffix == ""):
        return out / name
    return out


def write_atomically(target: Path, data: bytes) -> None:
    """Temporary file in the same folder, fsync, ``os.replace``: readers see all or nothing."""
    if not target.parent.is_dir():  # a folder made here is owner-only (held/, quarantine/, a new one)
        private_files.private_folder(target.parent)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def keep_for_inspection(data_dir: Path, sha: str, data: bytes, suffix: str) -> str:
    """Keep a file whose import failed unexpectedly under ``quarantine/`` (owner-only); returns the
    path relative to the profile folder."""
    relative = f"{QUARANTINE_DIR}/{sha}{suffix}"
    write_atomically(data_dir / relative, data)
    return relative


def failure_note(exc: BaseException) -> str:
    """A short English note of an unexpected exception: its type, message and where it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    message = limits.clean_text(exc, 500)
    return f"unexpected error, the file was kept for inspection: {type(exc).__name__}: {message}{where}"


def keystore(workspace: Workspace) -> KeyStore:
    return KeyStore(workspace.data_dir, passphrase=workspace.passphrase)


def read_file(path: Path) -> tuple[bytes, str]:
    """The bytes and SHA-256 of a file to import or verify; ``BundleRejected`` when unreadable or too big."""
    try:
        size = path.stat().st_size
        if size > DEFAULT_LIMITS.max_file_size:
            raise BundleRejected(
                "The file is larger than KIN Desktop accepts.",
                reason="too_large",
                limit=DEFAULT_LIMITS.max_file_size,
            )
        with path.open("rb") as stream:  # sized by the file (it may grow meanwhile: read on to the cap)
            data = stream.read(size + 1)
            if len(data) > size:
                data += stream.read(DEFAULT_LIMITS.max_file_size + 1 - len(data))
    except OSError as exc:
        raise BundleRejected(f"The file cannot be read: {exc.strerror or exc}.", reason="unreadable") from exc
    if len(data) > DEFAULT_LIMITS.max_file_size:
        raise BundleRejected("The file is larger than KIN Desktop accepts.", reason="too_large")
    return data, sha256_hex(data)


def expand(paths: Iterable[Path | str], suffixes: Sequence[str]) -> list[Path]:
    """Files as given; a folder stands for its files with these suffixes (by suffix order, then name)."""
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            for suffix in suffixes:
                files.extend(sorted(p for p in path.iterdir() if p.suffix == suffix and p.is_file()))
        else:
            files.append(path)
    return files


def log_import(
    session: Session,
    *,
    path: Path,
    file_sha256: str,
    kind: str,
    status: str,
    reason: str | None = None,
    detail: str = "",
    signer_key_id: str | None = None,
    sequence: int | None = None,
    records: int = 0,
    revisions: int = 0,
    now: datetime | None = None,
) -> None:
    repository.add_import_log(
        session=session,
        path=str(path),
        file_sha256=file_sha256,
        received_at=now,
        kind=kind,
        signer_key_id=signer_key_id,
        sequence=sequence,
        status=status,
        reason=reason,
        detail=detail,
        records=records,
        revisions=revisions,
    )


def outcome_json(outcome: ImportOutcome | VerifyOutcome) -> dict[str, Any]:
    """A JSON-ready dict of an outcome (paths as strings)."""
    value = dict(outcome.__dict__)
    value["path"] = str(outcome.path)
    return value


_ANY_TYPE = tuple(t.value for t in RecordType)


def reserved_id_problem(revs: Iterable[records.Revision]) -> tuple[str, str] | None:
    """Whether a revision writes a record whose id another key derived for itself (``core.ids``: an id
    ``<key id>:...`` is reserved to that key), e.g. the id of a review note the secretariat will write:
    ``("not_owner", detail)``, or None."""
    for rev in revs:
        owner = ids.reserved_owner(rev.record_id)
        if owner is not None and owner != rev.owner:
            return (
                "not_owner",
                f"revision {rev.rev_id} writes record {rev.record_id}, an id reserved to the key {owner}",
            )
    return None


def pointer_problem(
    session: Session, checked: Iterable[records.Revision], alongside: Mapping[str, str], owner: str
) -> tuple[str, str] | None:
    """Whether an attachment or progress report among ``checked`` points where it may not: at a
    record stored with another owner than ``owner`` (``not_owner``), or, for a progress report, at a
    known record that is not a commitment (``bad_revision``). Returns (reason, detail), or None.

    Its target (``body.record_id``, ``body.commitment_id``) may be among ``alongside`` (record id ->
    type of the records of the same file, all ``owner``'s), stored, or not arrived yet: import is a
    union in any order, so a revision whose target is unknown is accepted (and, should the target
    arrive later from someone else, never shown under it: ``repository.pointers._misdirected``).
    """
    # Every pointer is checked on its own: several records may point at the same target (an attachment
    # and a progress report at one practice), and one must never stand in for another's check.
    targets: list[tuple[str, records.Revision, tuple[str, ...]]] = []
    for rev in checked:
        if rev.body is None:
            continue
        if rev.record_type == RecordType.ATTACHMENT:
            targets.append((rev.body["record_id"], rev, _ANY_TYPE))
        elif rev.record_type == RecordType.PROGRESS_REPORT:
            targets.append((rev.body["commitment_id"], rev, (RecordType.COMMITMENT.value,)))
    if not targets:
        return None
    outside = sorted({t for t, _rev, _kinds in targets if t not in alongside})
    stored: dict[str, tuple[str, str]] = {}
    for start in range(0, len(outside), 500):
        query = select(m.Record.record_id, m.Record.record_type, m.Record.owner).where(
            col(m.Record.record_id).in_(outside[start : start + 500])
        )
        stored.update((rid, (kind, who)) for rid, kind, who in session.exec(query).all())
    for target, rev, kinds in targets:
        if target in alongside:
            kind, target_owner = alongside[target], owner
        elif target in stored:
            kind, target_owner = stored[target]
        else:
            continue  # not arrived yet
        if target_owner != owner:
            return "not_owner", f"revision {rev.rev_id} points at record {target}, which is not {owner}'s"
        if kind not in kinds:
            return "bad_revision", f"revision {rev.rev_id} points at a {kind}, not a commitment"
    return None
