"""Secretariat: import delegate bundles, hold unknown keys, enrol (approve / revoke)."""

from __future__ import annotations

import bisect
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, func, select

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import Decryptor, format_key_id, is_key_id
from kin_desktop.core import canonical, limits, records
from kin_desktop.core.clock import wall_clock_ms
from kin_desktop.core.errors import BundleRejected, ExchangeError, ValidationError
from kin_desktop.core.schemas import RecordType, Role
from kin_desktop.services.exchange._common import (
    BUNDLE_SUFFIX,
    DUPLICATE,
    HELD,
    HELD_DIR,
    INTERNAL_ERROR,
    MERGED,
    QUARANTINE_DIR,
    QUARANTINED,
    REJECTED,
    ImportOutcome,
    KeyRow,
    failure_note,
    keep_for_inspection,
    keystore,
    log_import,
    pointer_problem,
    read_file,
    reserved_id_problem,
    utcnow,
    write_atomically,
)
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import db, repository
from kin_desktop.storage import models as m

_log = logging.getLogger(__name__)

KIND = "delegate-bundle"
MAX_REVISIONS_JSON = 64 * 1024 * 1024
_DELEGATE_FIELDS = ("name", "city", "country", "organisation", "category", "email", "city_latin")
# Bundles whose sequence number counts as taken: a different bundle with it is quarantined.
_SEQUENCE_HOLDERS = frozenset({MERGED, DUPLICATE, HELD})


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class _Refused(Exception):
    """Internal: a bundle is refused at some step (``status`` rejected or quarantined)."""

    def __init__(self, reason: str, detail: str, *, status: str = REJECTED) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.status = status


@dataclass
class _Key:
    public: bytes
    status: str
    city: str
    name: str


@dataclass
class _Seen:
    """What the database knows about received bundle files, loaded once per import call."""

    by_sha: dict[str, tuple[int, str]] = field(default_factory=dict)  # file sha256 -> (row id, status)
    # (signer, device) -> sequence -> bundle id, for bundles that hold their sequence number
    sequences: dict[tuple[str, str], dict[int, str]] = field(default_factory=dict)
    # (signer, device) -> the sequence numbers taken, as sorted runs (see _Runs)
    runs: dict[tuple[str, str], _Runs] = field(default_factory=dict)
    # pending keys: signer -> (held files, their bytes); every held byte together
    held: dict[str, list[int]] = field(default_factory=dict)
    held_bytes: int = 0


class _Runs:
    """Sequence numbers seen from one device as sorted, disjoint runs ``[first, last]``: adding one and
    describing the gaps below one cost O(log n) and O(MAX_GAP_RANGES), however many numbers and gaps
    there are (a gap note listing every gap made the import log grow with the square of the files)."""

    def __init__(self) -> None:
        self.firsts: list[int] = []
        self.lasts: list[int] = []

    def add(self, n: int) -> None:
        i = bisect.bisect_right(self.firsts, n)  # runs [0, i) start at or below n
        if i and self.lasts[i - 1] >= n:
            return  # already there
        joins_left = bool(i) and self.lasts[i - 1] == n - 1
        joins_right = i < len(self.firsts) and self.firsts[i] == n + 1
        if joins_left and joins_right:
            self.lasts[i - 1] = self.lasts[i]
            del self.firsts[i], self.lasts[i]
        elif joins_left:
            self.lasts[i - 1] = n
        elif joins_right:
            self.firsts[i] = n
        else:
            self.firsts.insert(i, n)
            self.lasts.insert(i, n)

    def gap_detail(self, sequence: int) -> str:
        """ "bundles 3–4 from this device have not arrived" for the numbers below ``sequence`` never seen:
        the first ``MAX_GAP_RANGES`` ranges, then how many more."""
        below = bisect.bisect_left(self.firsts, sequence)  # runs starting below ``sequence``
        count = below  # a gap before each of them but the first, plus one before the first if it > 1
        if below and self.firsts[0] == 1:
            count -= 1
        tail_last = self.lasts[below - 1] if below else 0
        if tail_last < sequence - 1:
            count += 1  # between the last run below and ``sequence``
        if count <= 0:
            return ""
        gaps: list[tuple[int, int]] = []
        expected = 1
        for first, last in zip(self.firsts[:below], self.lasts[:below], strict=True):
            if len(gaps) == limits.MAX_GAP_RANGES:
                break
            if first > expected:
                gaps.append((expected, first - 1))
            expected = last + 1
        if len(gaps) < limits.MAX_GAP_RANGES and expected < sequence and len(gaps) < count:
            gaps.append((expected, sequence - 1))
        parts = [str(a) if a == b else f"{a}–{b}" for a, b in gaps]
        more = count - len(gaps)
        if more > 0:
            parts.append(f"{more} more range{'s' if more > 1 else ''}")
        plural = count > 1 or gaps[0][0] != gaps[0][1]
        noun, verb = ("bundles", "have") if plural else ("bundle", "has")
        return f"{noun} {', '.join(parts)} from this device {verb} not arrived"


def _gap_detail(known: Iterable[int], sequence: int) -> str:
    """The gap note for ``sequence`` given the numbers ``known`` (see :meth:`_Runs.gap_detail`)."""
    runs = _Runs()
    for n in sorted(set(known)):
        runs.add(n)
    return runs.gap_detail(sequence)


def _clock_note(stamps: list[str]) -> str:
    """How the secretariat is told that a delegate's clock is wrong: revisions stamped more than
    ``MAX_CLOCK_AHEAD_MS`` ahead of this computer's clock are kept as signed (their stamps are part of
    what was signed), and this computer's clock does not follow them (core.clock)."""
    threshold = f"{wall_clock_ms() + limits.MAX_CLOCK_AHEAD_MS:013d}"
    ahead = [stamp for stamp in stamps if stamp[:13] > threshold]
    if not ahead:
        return ""
    latest = datetime.fromtimestamp(int(max(ahead)[:13]) / 1000, UTC).strftime("%Y-%m-%d")
    return (
        f"{len(ahead)} revision{'s are' if len(ahead) > 1 else ' is'} dated as late as {latest}, more than a "
        "day ahead of this computer's clock: the sender's clock is probably wrong (kept as signed; this "
        "computer's clock was not moved)"
    )


def _manifest_problem(manifest: dict[str, Any]) -> str | None:
    """Why header values the database keeps are outside the bounds (core.limits), or None: the sequence
    number, and every text of the header (the container checks their form, not that they are Unicode)."""
    if not limits.is_int(manifest.get("sequence"), 1, limits.MAX_SEQUENCE):
        return f"the sequence number is out of range (1 to {limits.MAX_SEQUENCE:,})"
    members = manifest.get("members")
    attached = (
        sum(1 for name in members if name.startswith("attachments/")) if isinstance(members, dict) else 0
    )
    if attached > limits.MAX_ATTACHMENTS_PER_BUNDLE:
        return f"a bundle carries at most {limits.MAX_ATTACHMENTS_PER_BUNDLE:,} attached files"
    for name, value in manifest.items():
        if isinstance(value, str) and not limits.is_text(value, len(value)):
            return f"the header field {limits.clean_text(name, 40)!r} is not valid Unicode"
    return None


def _delegate_header(manifest: dict[str, Any]) -> dict[str, str | None]:
    """Who asks for enrolment, as the header says: each field cut to ``MAX_HEADER_TEXT`` characters and
    made valid Unicode (shown to the secretariat as plain text only)."""
    raw = manifest.get("delegate")
    raw = raw if isinstance(raw, dict) else {}
    result: dict[str, str | None] = {}
    for name in _DELEGATE_FIELDS:
        value = raw.get(name)
        result[name] = limits.clean_text(value, limits.MAX_HEADER_TEXT) if isinstance(value, str) else None
    return result


@dataclass
class _Prepared:
    """A file read, decrypted, verified and its revisions parsed: what needs no database (see
    ``SecretariatImporter._prepare``). ``sha`` is empty when the file could not be read."""

    path: Path
    data: bytes = b""
    sha: str = ""
    refused: _Refused | None = None  # unreadable, or not a sound bundle
    verified: container.VerifiedContainer | None = None
    offered: list[records.Revision] | _Refused | None = None  # or why revisions.json is unsound


def _offered(verified: container.VerifiedContainer) -> list[records.Revision]:
    """The revisions a bundle offers, their JSON form checked (keys, types, parents), not their content."""
    try:
        raw = canonical.loads_strict(
            verified.members["revisions.json"], max_bytes=MAX_REVISIONS_JSON, floats=False
        )
        if not isinstance(raw, list):
            raise ValidationError("revisions.json must be a JSON array", reason="revisions_type")
        if len(raw) > limits.MAX_REVISIONS_PER_BUNDLE:
            raise ValidationError(
                f"a bundle holds at most {limits.MAX_REVISIONS_PER_BUNDLE:,} revisions", reason="too_many"
            )
        for item in raw:  # from_json compares "v" by value, so 1.0 would pass for 1
            if isinstance(item, dict) and type(item.get("v")) is not int:
                raise ValidationError('the revision format "v" must be an integer', reason="revision_version")
        return [records.from_json(item, check=False) for item in raw]
    except ValidationError as exc:
        raise _Refused("bad_revision", f"the revisions are invalid: {exc.message}") from exc
    except (ValueError, RecursionError) as exc:  # e.g. an integer beyond Python's digit limit
        raise _Refused("bad_revision", f"the revisions are invalid: {exc}") from exc


# A group of files is committed after this many files or this much work, whichever comes first (see
# SecretariatImporter.run).
COMMIT_EVERY_FILES = 32
COMMIT_EVERY_S = 0.5


class SecretariatImporter:
    """Imports delegate bundles into the secretariat's database; one instance per import call.

    The registry of keys and the bundles already received are read once; the decryption key is
    unlocked once, on the first file that needs it; each file is all or nothing (see :meth:`run`).
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.data_dir = workspace.data_dir
        self._decryptor: Decryptor | None = None
        self._defer_search = False  # inside run(): the search index is written at its end
        self._batch: Session | None = None  # inside run(): the open group of files (see run)
        self._pending: list[Callable[[], object]] = []  # to do once the current group is committed
        # Revisions known to be stored: rev_id -> (record_id, record_type, owner, author). Filled as files
        # merge (a delegate's later bundles resend what is not acknowledged yet); stored ones stay stored.
        self._stored: dict[str, tuple[str, str, str, str]] = {}
        self.keys: dict[str, _Key] = {}
        self.seen = _Seen()
        with workspace.session() as session:
            for key in session.exec(select(m.DelegateKey)):
                self.keys[key.key_id] = _Key(
                    bytes.fromhex(key.signing_public_key), key.status, key.city, key.name
                )
            rows = session.exec(select(m.BundleReceived)).all()
            for row in rows:
                assert row.id is not None
                self.seen.by_sha[row.sha256] = (row.id, row.status)
                signer, device, sequence = row.signer_key_id, row.device_id, row.sequence
                if (
                    row.status in _SEQUENCE_HOLDERS
                    and signer
                    and device
                    and sequence is not None
                    and row.bundle_id
                ):
                    self.seen.sequences.setdefault((signer, device), {})[sequence] = row.bundle_id
                    self.seen.runs.setdefault((signer, device), _Runs()).add(sequence)
                if row.status == HELD and signer and row.held_path:
                    self._count_held(signer, self.data_dir / row.held_path)

    def _count_held(self, signer: str, path: Path) -> None:
        try:
            size = path.stat().st_size
        except OSError:  # removed by hand: it holds nothing any more
            return
        counts = self.seen.held.setdefault(signer, [0, 0])
        counts[0] += 1
        counts[1] += size
        self.seen.held_bytes += size

    # -- keys

    def decryptor(self) -> Decryptor:
        if self._decryptor is None:
            self._decryptor = keystore(self.workspace).decryptor()
        return self._decryptor

    def _lookup(self, key_id: str) -> bytes | None:
        key = self.keys.get(key_id)
        return None if key is None else key.public

    # -- the loop

    def run(
        self,
        files: list[Path],
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[ImportOutcome]:
        """Import ``files`` in order. Each file is all or nothing, its merge and its log entry together.

        Files are committed in groups (:data:`COMMIT_EVERY_FILES` files or :data:`COMMIT_EVERY_S` of
        work at most): each file runs in a savepoint of the group's transaction, so a file refused
        half-way is rolled back alone, and a crash loses at most the files of the group under way, each
        whole; importing again completes them. A commit per file cost an eighth of a large import.

        The search index is written once at the end (``repository.index_missing``), not with each
        file: a record changed by several files is indexed once. Until then the records merged are
        left out of search results; an interrupted import leaves them out until the next import.
        """
        outcomes: list[ImportOutcome] = []
        total = len(files)
        with db.bulk_writes(self.workspace.engine), Session(self.workspace.engine) as batch:
            self._batch = batch
            self._defer_search = True
            try:
                started, grouped = time.monotonic(), 0
                for done, path in enumerate(files):
                    if cancelled is not None and cancelled():
                        break
                    outcomes.append(self.import_file(path))
                    grouped += 1
                    if grouped >= COMMIT_EVERY_FILES or time.monotonic() - started >= COMMIT_EVERY_S:
                        self._commit_batch()
                        started, grouped = time.monotonic(), 0
                    if progress is not None:
                        progress(done + 1, total)
            except BaseException:
                try:  # the files completed before the failure are kept
                    self._commit_batch()
                except Exception:
                    batch.rollback()
                raise
            else:
                self._commit_batch()
            finally:
                self._batch = None
                self._defer_search = False
                with self.workspace.session() as session:
                    repository.index_missing(session=session)
        return outcomes

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """The transaction of one file: a savepoint of the group :meth:`run` holds open, else its own."""
        batch = self._batch
        if batch is None:
            with self.workspace.session() as session:
                yield session
            return
        with db.savepoint(batch):
            yield batch

    def _after_commit(self, action: Callable[[], object]) -> None:
        """Run ``action`` (e.g. remove a held file) once what the current file wrote is committed."""
        self._pending.append(action)
        if self._batch is None:
            self._run_after_commit()

    def _commit_batch(self) -> None:
        assert self._batch is not None
        self._batch.commit()
        self._run_after_commit()

    def _run_after_commit(self) -> None:
        actions, self._pending = self._pending, []
        for action in actions:
            action()

    def import_file(self, path: Path) -> ImportOutcome:
        """One file, start to finish: its outcome is written before this returns (committed at once, or
        with its group inside :meth:`run`).

        Whatever the file holds, it gets a verdict: an unexpected exception inside it is logged as
        ``internal_error`` and the file kept under ``quarantine/`` for inspection; what it wrote is
        rolled back (its savepoint) and the next file goes on.
        """
        prepared: _Prepared | None = None
        try:
            prepared = self._prepare(path)
            return self._import(prepared)
        except Exception as exc:  # one file's failure, whatever it is, never stops the batch
            return self._internal_error(path, prepared, exc)

    def _internal_error(self, path: Path, prepared: _Prepared | None, exc: Exception) -> ImportOutcome:
        _log.error("importing %s failed unexpectedly", limits.clean_text(path, 500), exc_info=exc)
        if self._group_lost():
            # SQLite rolled the whole transaction back (disk full, I/O error): the files of the group under
            # way are gone with it, so their outcomes would be untrue. Stop; importing again completes them.
            raise ExchangeError(
                f"the database refused a write ({limits.clean_text(exc, 300)}); the import stopped. Files "
                "committed before are kept: import the same files again once the cause is mended",
                reason="storage_failed",
            ) from exc
        detail = failure_note(exc)
        sha = prepared.sha if prepared is not None else ""
        if prepared is not None and prepared.sha:
            try:
                kept = keep_for_inspection(self.data_dir, prepared.sha, prepared.data, BUNDLE_SUFFIX)
                detail += f"; kept as {kept}"
            except OSError as write_error:
                detail += f"; it could not be kept ({limits.clean_text(write_error, 200)})"
        verified = prepared.verified if prepared is not None else None
        signer = verified.signer_key_id if verified is not None else None
        try:
            with self._transaction() as session:
                log_import(
                    session,
                    path=path,
                    file_sha256=sha,
                    kind=KIND,
                    status=INTERNAL_ERROR,
                    reason=INTERNAL_ERROR,
                    detail=detail,
                    signer_key_id=signer,
                )
        except Exception:  # the log itself failed: the outcome still tells
            _log.exception("the import log could not record the failure")
        bundle_id = verified.bundle_id if verified is not None else None
        return ImportOutcome(
            path, INTERNAL_ERROR, INTERNAL_ERROR, detail, 0, 0, signer, None, KIND, bundle_id
        )

    def _group_lost(self) -> bool:
        """Whether the open group's transaction was rolled back by SQLite itself."""
        if self._batch is None:
            return False
        try:
            driver = self._batch.connection().connection.driver_connection
        except Exception:
            return True
        return isinstance(driver, sqlite3.Connection) and not driver.in_transaction

    def _prepare(self, path: Path) -> _Prepared:
        """Read, decrypt and verify a file and parse its revisions: what needs no database. Refusals are
        kept in the result and reported in the order the checks of :meth:`_import` reach them."""
        try:
            data, sha = read_file(path)
        except BundleRejected as exc:
            return _Prepared(path, refused=_Refused(exc.reason, exc.message))
        prepared = _Prepared(path, data, sha)
        try:
            prepared.verified = container.open_bundle(
                data, decryptor=self.decryptor(), trusted_key_lookup=self._lookup, allow_unknown_signer=True
            )
        except BundleRejected as exc:
            prepared.refused = _Refused(exc.reason, exc.message)
            return prepared
        except (ValueError, RecursionError) as exc:  # JSON the strict parser lets through as an exception
            prepared.refused = _Refused("bad_manifest", f"The manifest is invalid: {exc}.")
            return prepared
        try:
            prepared.offered = _offered(prepared.verified)
        except _Refused as refused:
            prepared.offered = refused
        return prepared

    def _import(self, prepared: _Prepared) -> ImportOutcome:
        path, data, sha = prepared.path, prepared.data, prepared.sha
        if not sha:
            assert prepared.refused is not None
            return self._refuse(path, "", None, prepared.refused)
        prior = self.seen.by_sha.get(sha)
        if prior is not None and prior[1] in (MERGED, DUPLICATE):
            return self._log_only(path, sha, DUPLICATE, None, "this file was imported before", None, None)
        verified = prepared.verified
        if verified is None:
            assert prepared.refused is not None
            return self._refuse(path, sha, None, prepared.refused)
        manifest = verified.manifest
        signer = verified.signer_key_id
        problem = _manifest_problem(manifest)
        if problem is not None:
            return self._refuse(
                path, sha, None, _Refused("bad_manifest", f"The manifest is invalid: {problem}.")
            )
        key = self.keys.get(signer)
        if key is not None and key.status == "revoked":
            return self._refuse(
                path,
                sha,
                verified,
                _Refused("revoked_key", f"the key {format_key_id(signer)} has been revoked"),
                record=False,
            )
        if key is None or key.status == "pending":
            return self._hold(path, sha, data, verified, prior)
        try:
            known = self.seen.sequences.get((signer, manifest["device_id"]), {})
            other = known.get(manifest["sequence"])
            if other is not None and other != verified.bundle_id:
                raise _Refused(
                    "sequence_reused",
                    f"bundle {manifest['sequence']} from this device was received before with other content",
                    status=QUARANTINED,
                )
            runs = self.seen.runs.get((signer, manifest["device_id"]))
            gap = (
                runs.gap_detail(manifest["sequence"])
                if runs is not None
                else _Runs().gap_detail(manifest["sequence"])
            )
            # One transaction: what is stored is read, the bundle checked against it, and merged.
            with self._transaction() as session:
                revs, fresh, blobs = self._parse(verified, prepared.offered, session)
                merged = self._merge(session, path, sha, verified, fresh, blobs, gap, prior)
        except _Refused as refused:
            return self._refuse(path, sha, verified, refused, data=data)
        except ValidationError as exc:  # from the merge: e.g. a revision giving a record another owner
            reason = "not_owner" if exc.params.get("reason") == "record_identity" else "bad_revision"
            return self._refuse(path, sha, verified, _Refused(reason, exc.message))
        outcome, row_id, held_file = merged
        self._remember(sha, row_id, outcome.status, verified)
        for rev in revs:
            self._stored.setdefault(rev.rev_id, (rev.record_id, rev.record_type, rev.owner, rev.author))
        if held_file is not None:
            self._after_commit(partial(held_file.unlink, missing_ok=True))
        return outcome

    # -- steps

    def _parse(
        self,
        verified: container.VerifiedContainer,
        offered: list[records.Revision] | _Refused | None,
        session: Session,
    ) -> tuple[list[records.Revision], list[records.Revision], dict[str, bytes]]:
        """The revisions of a bundle as far as they can be trusted (all of them), those not stored yet
        (checked in full), both authorised, and the blobs the new ones need.

        Every revision's JSON form (keys, types, parents) is checked (:func:`_offered`). One whose
        ``rev_id`` is stored already is not checked again, nor stored again: its content is ignored,
        whatever it says (the stored revision was checked in full when it arrived, and the merge never
        overwrites a stored revision). It is authorised by what is stored under its ``rev_id``, not by
        what it claims.
        """
        signer = verified.signer_key_id
        if isinstance(offered, _Refused):
            raise offered
        assert offered is not None
        try:
            stored = {rev.rev_id: self._stored[rev.rev_id] for rev in offered if rev.rev_id in self._stored}
            unseen = [rev.rev_id for rev in offered if rev.rev_id not in stored]
            if unseen:
                stored.update(repository.stored_identities(unseen, session=session))
            revs: list[records.Revision] = []  # what the bundle holds, as far as it can be trusted
            fresh: list[records.Revision] = []
            for rev in offered:
                identity = stored.get(rev.rev_id)
                if identity is None:
                    records.check_revision(rev, parsed=True)
                    fresh.append(rev)
                    revs.append(rev)
                else:
                    record_id, record_type, owner, author = identity
                    revs.append(
                        records.Revision(rev.rev_id, record_id, record_type, owner, (), author, "", None)
                    )
        except ValidationError as exc:
            raise _Refused("bad_revision", f"the revisions are invalid: {exc.message}") from exc
        except (ValueError, RecursionError) as exc:  # e.g. an integer beyond Python's digit limit
            raise _Refused("bad_revision", f"the revisions are invalid: {exc}") from exc
        needed: dict[str, str] = {}
        for rev in revs:
            if rev.author != signer:
                raise _Refused(
                    "wrong_author", f"revision {rev.rev_id} is authored by another key ({rev.author})"
                )
            if rev.owner != signer or rev.record_type == RecordType.REVIEW_NOTE:
                raise _Refused(
                    "not_owner",
                    f"revision {rev.rev_id} writes record {rev.record_id}, which the signer does not own",
                )
            if rev.record_type == RecordType.ATTACHMENT and rev.body is not None:
                needed[rev.body["sha256"]] = rev.record_id
        reserved = reserved_id_problem(fresh)
        if reserved is not None:
            raise _Refused(*reserved)
        self._check_targets(revs, fresh, signer, session)
        blobs: dict[str, bytes] = {}
        missing: list[str] = []
        for digest in needed:
            member = verified.members.get(f"attachments/{digest}")
            if member is not None:
                blobs[digest] = member
            else:
                missing.append(digest)
        if missing:
            have = set(session.exec(select(m.Blob.sha256).where(col(m.Blob.sha256).in_(missing[:500]))).all())
            absent = [d for d in missing if d not in have]
            if absent:
                raise _Refused(
                    "missing_attachment",
                    f"the attached file {absent[0]} of record {needed[absent[0]]} is neither in the bundle "
                    "nor stored",
                )
        return revs, fresh, blobs

    def _check_targets(
        self, revs: list[records.Revision], fresh: list[records.Revision], signer: str, session: Session
    ) -> None:
        """An attachment or progress report must not point at a record the signer does not own.

        Its target (``body.record_id``, ``body.commitment_id``) may be in the bundle, stored, or not
        arrived yet: import is a union in any order, so a revision whose target is unknown is accepted.
        Refused: a target stored with another owner (``not_owner``), a progress report whose target is
        known and not a commitment (``bad_revision``). Should the target arrive later from someone else,
        the projection never shows the revision under it (``repository.pointers._misdirected``). Only the
        ``fresh`` revisions (not stored yet) are looked at: the others were looked at when they came,
        and are resent until a receipt acknowledges them.
        """
        problem = pointer_problem(session, fresh, {rev.record_id: rev.record_type for rev in revs}, signer)
        if problem is not None:
            raise _Refused(*problem)

    def _received_row(
        self,
        session: Session,
        sha: str,
        verified: container.VerifiedContainer | None,
        status: str,
        *,
        reason: str | None = None,
        held_path: str | None = None,
        now: datetime | None = None,
    ) -> int:
        prior = self.seen.by_sha.get(sha)
        manifest = verified.manifest if verified is not None else {}
        return repository.save_bundle_received(
            session=session,
            row_id=None if prior is None else prior[0],
            sha256=sha,
            kind=KIND,
            status=status,
            signer_key_id=None if verified is None else verified.signer_key_id,
            sequence=manifest.get("sequence"),
            device_id=manifest.get("device_id"),
            bundle_id=None if verified is None else verified.bundle_id,
            builds_on_receipt=manifest.get("builds_on_receipt"),
            reason=reason,
            held_path=held_path,
            received_at=now,
        )

    def _remember(
        self, sha: str, row_id: int, status: str, verified: container.VerifiedContainer | None
    ) -> None:
        self.seen.by_sha[sha] = (row_id, status)
        if verified is not None and status in _SEQUENCE_HOLDERS:
            manifest = verified.manifest
            device = (verified.signer_key_id, manifest["device_id"])
            self.seen.sequences.setdefault(device, {}).setdefault(manifest["sequence"], verified.bundle_id)
            self.seen.runs.setdefault(device, _Runs()).add(manifest["sequence"])

    def _log_only(
        self,
        path: Path,
        sha: str,
        status: str,
        reason: str | None,
        detail: str,
        signer: str | None,
        sequence: int | None,
    ) -> ImportOutcome:
        with self._transaction() as session:
            log_import(
                session,
                path=path,
                file_sha256=sha,
                kind=KIND,
                status=status,
                reason=reason,
                detail=detail,
                signer_key_id=signer,
                sequence=sequence,
            )
        return ImportOutcome(path, status, reason, detail, 0, 0, signer, sequence, KIND)

    def _refuse(
        self,
        path: Path,
        sha: str,
        verified: container.VerifiedContainer | None,
        refused: _Refused,
        *,
        record: bool = True,
        data: bytes | None = None,
    ) -> ImportOutcome:
        """Log a refusal in its own transaction; records and revisions stay untouched.

        A bundle from an enrolled key is also kept in ``bundle_received`` so the next receipt reports it;
        a quarantined file is kept under ``quarantine/``.
        """
        signer = verified.signer_key_id if verified is not None else None
        sequence = verified.manifest["sequence"] if verified is not None else None
        if refused.status == QUARANTINED and data is not None:
            write_atomically(self.data_dir / QUARANTINE_DIR / f"{sha}{BUNDLE_SUFFIX}", data)
        row_id = None
        with self._transaction() as session:
            if record and verified is not None:
                row_id = self._received_row(session, sha, verified, refused.status, reason=refused.reason)
            log_import(
                session,
                path=path,
                file_sha256=sha,
                kind=KIND,
                status=refused.status,
                reason=refused.reason,
                detail=refused.detail,
                signer_key_id=signer,
                sequence=sequence,
            )
        if row_id is not None:
            self._remember(sha, row_id, refused.status, verified)
        return ImportOutcome(
            path,
            refused.status,
            refused.reason,
            refused.detail,
            0,
            0,
            signer,
            sequence,
            KIND,
            None if verified is None else verified.bundle_id,
        )

    def _hold(
        self,
        path: Path,
        sha: str,
        data: bytes,
        verified: container.VerifiedContainer,
        prior: tuple[int, str] | None,
    ) -> ImportOutcome:
        signer = verified.signer_key_id
        manifest = verified.manifest
        header = _delegate_header(manifest)
        key = self.keys.get(signer)
        who = header["name"] or (key.name if key else "") or "unknown delegate"
        city = header["city"] or (key.city if key else "")
        detail = f"waiting for enrolment of key {format_key_id(signer)} ({who}{', ' + city if city else ''})"
        if prior is not None and prior[1] == HELD:
            return self._log_only(path, sha, HELD, "pending_key", detail, signer, manifest["sequence"])
        over = self._over_quota(signer, len(data), known_key=key is not None)
        if over is not None:
            return self._refuse(path, sha, verified, _Refused("held_quota", over), record=False)
        held_path = f"{HELD_DIR}/{sha}{BUNDLE_SUFFIX}"
        write_atomically(self.data_dir / held_path, data)
        self._count_held(signer, self.data_dir / held_path)
        now = utcnow()
        with self._transaction() as session:
            if key is None:
                session.add(
                    m.DelegateKey(
                        key_id=signer,
                        signing_public_key=verified.signer_public_key.hex(),
                        name=header["name"] or "",
                        city=header["city"] or "",
                        country=header["country"] or "",
                        organisation=header["organisation"] or "",
                        category=header["category"],
                        email=header["email"],
                        city_latin=header["city_latin"],
                        fingerprint=format_key_id(signer),
                        status="pending",
                        first_seen=now,
                    )
                )
            row_id = self._received_row(session, sha, verified, HELD, held_path=held_path, now=now)
            log_import(
                session,
                path=path,
                file_sha256=sha,
                kind=KIND,
                status=HELD,
                reason="pending_key",
                detail=detail,
                signer_key_id=signer,
                sequence=manifest["sequence"],
                now=now,
            )
        if key is None:
            self.keys[signer] = _Key(verified.signer_public_key, "pending", city, who)
        self._remember(sha, row_id, HELD, verified)
        return ImportOutcome(
            path, HELD, "pending_key", detail, 0, 0, signer, manifest["sequence"], KIND, verified.bundle_id
        )

    def _over_quota(self, signer: str, size: int, *, known_key: bool) -> str | None:
        """Why a bundle of ``size`` bytes from a key nobody enrolled may not wait (core.limits), or None.
        Such a file is refused, not kept: once the key is approved it can be imported again."""
        files, held = self.seen.held.get(signer, [0, 0])
        pending = sum(1 for key in self.keys.values() if key.status == "pending")
        again = "; approve or revoke the key, then import this file again"
        if not known_key and pending >= limits.MAX_PENDING_KEYS:
            return f"{limits.MAX_PENDING_KEYS} keys are already waiting for enrolment{again}"
        if files >= limits.MAX_HELD_FILES_PER_KEY:
            return (
                f"{limits.MAX_HELD_FILES_PER_KEY} files of this key are already waiting for enrolment{again}"
            )
        if held + size > limits.MAX_HELD_BYTES_PER_KEY:
            mib = limits.MAX_HELD_BYTES_PER_KEY // (1024 * 1024)
            return f"the files of a key waiting for enrolment may hold {mib} MiB together{again}"
        if self.seen.held_bytes + size > limits.MAX_HELD_BYTES_TOTAL:
            mib = limits.MAX_HELD_BYTES_TOTAL // (1024 * 1024)
            return f"the files of all keys waiting for enrolment may hold {mib:,} MiB together{again}"
        return None

    def _merge(
        self,
        session: Session,
        path: Path,
        sha: str,
        verified: container.VerifiedContainer,
        revs: list[records.Revision],
        blobs: dict[str, bytes],
        gap: str,
        prior: tuple[int, str] | None,
    ) -> tuple[ImportOutcome, int, Path | None]:
        """Merge checked revisions in ``session``; the outcome, the ``bundle_received`` row and the held
        file to remove once committed."""
        signer = verified.signer_key_id
        sequence: int = verified.manifest["sequence"]
        held_file: Path | None = None
        for blob in blobs.values():
            repository.store_blob(blob, session=session, data_dir=self.data_dir)
        added = repository.add_revisions(
            revs,
            session=session,
            origin_bundle=verified.bundle_id,
            verified=True,
            defer_search=self._defer_search,
        )
        status = MERGED if added else DUPLICATE
        added_ids = set(added)
        new_records = len({rev.record_id for rev in revs if rev.rev_id in added_ids})
        if prior is not None and prior[1] == HELD:
            held_file = self.data_dir / HELD_DIR / f"{sha}{BUNDLE_SUFFIX}"
        row_id = self._received_row(session, sha, verified, status)
        notes = [gap] if added else ["no new revisions", gap]
        notes.append(_clock_note([rev.hlc for rev in revs if rev.rev_id in added_ids]))
        detail = "; ".join(note for note in notes if note)
        log_import(
            session,
            path=path,
            file_sha256=sha,
            kind=KIND,
            status=status,
            detail=detail,
            signer_key_id=signer,
            sequence=sequence,
            records=new_records,
            revisions=len(added),
        )
        outcome = ImportOutcome(
            path, status, None, detail, new_records, len(added), signer, sequence, KIND, verified.bundle_id
        )
        return outcome, row_id, held_file


# -- enrolment -------------------------------------------------------------------------------------


def _require_secretariat(workspace: Workspace) -> None:
    workspace.require_role(Role.SECRETARIAT)


def enrol_list(workspace: Workspace) -> list[KeyRow]:
    """Every delegate key: pending first, then approved, then revoked; by city and name."""
    _require_secretariat(workspace)
    order = {"pending": 0, "approved": 1, "revoked": 2}
    with workspace.session() as session:
        held = dict(
            session.exec(
                select(m.BundleReceived.signer_key_id, func.count())
                .where(col(m.BundleReceived.status) == HELD)
                .group_by(col(m.BundleReceived.signer_key_id))
            ).all()
        )
        keys = list(session.exec(select(m.DelegateKey)).all())
        rows = [
            KeyRow(
                key_id=k.key_id,
                fingerprint=k.fingerprint,
                name=k.name,
                city=k.city,
                country=k.country,
                organisation=k.organisation,
                category=k.category,
                email=k.email or "",
                status=k.status,
                first_seen=k.first_seen,
                approved_at=k.approved_at,
                revoked_at=k.revoked_at,
                held=int(held.get(k.key_id, 0)),
            )
            for k in keys
        ]
    return sorted(rows, key=lambda r: (order.get(r.status, 3), r.city, r.name, r.key_id))


def _normalise_key_id(key_id: str) -> str:
    value = key_id.replace(" ", "").lower()
    if not is_key_id(value):
        raise ExchangeError(f"{key_id!r} is not a key id or fingerprint", reason="bad_key_id", key_id=key_id)
    return value


def approve(workspace: Workspace, key_id: str) -> list[ImportOutcome]:
    """Approve a key (given as key id or fingerprint) and import its held bundles in sequence order."""
    _require_secretariat(workspace)
    key_id = _normalise_key_id(key_id)
    with workspace.session() as session:
        key = session.get(m.DelegateKey, key_id)
        if key is None:
            raise ExchangeError(
                f"no delegate key {key_id} is registered", reason="unknown_key", key_id=key_id
            )
        if key.status == "revoked":
            raise ExchangeError(f"the key {key_id} has been revoked", reason="revoked_key", key_id=key_id)
        if key.status != "approved":
            key.status = "approved"
            key.approved_at = utcnow()
            session.add(key)
        held = session.exec(
            select(m.BundleReceived.held_path)
            .where(col(m.BundleReceived.signer_key_id) == key_id, col(m.BundleReceived.status) == HELD)
            .order_by(col(m.BundleReceived.sequence), col(m.BundleReceived.id))
        ).all()
    importer = SecretariatImporter(workspace)
    outcomes = importer.run([workspace.data_dir / p for p in held if p])
    return _under_first_names(workspace, outcomes)


def _under_first_names(workspace: Workspace, outcomes: list[ImportOutcome]) -> list[ImportOutcome]:
    """Held bundles merged on approval, logged and reported under the name they arrived with
    (``KIN-hai-phong-...kinb``), not under the held copy's hash."""
    renamed: list[ImportOutcome] = []
    with workspace.session() as session:
        for outcome in outcomes:
            sha = Path(outcome.path).stem
            first = session.exec(
                select(m.ImportLog.path)
                .where(col(m.ImportLog.file_sha256) == sha, col(m.ImportLog.status) == HELD)
                .order_by(col(m.ImportLog.id))
                .limit(1)
            ).first()
            if first is None:
                renamed.append(outcome)
                continue
            for entry in session.exec(
                select(m.ImportLog).where(
                    col(m.ImportLog.file_sha256) == sha, col(m.ImportLog.path) == str(outcome.path)
                )
            ).all():
                entry.path = first
                session.add(entry)
            renamed.append(replace(outcome, path=Path(first)))
    return renamed


def revoke(workspace: Workspace, key_id: str) -> None:
    """Revoke a key: its later bundles are refused; what merged before stays. Held bundles are refused."""
    _require_secretariat(workspace)
    key_id = _normalise_key_id(key_id)
    with workspace.session() as session:
        key = session.get(m.DelegateKey, key_id)
        if key is None:
            raise ExchangeError(
                f"no delegate key {key_id} is registered", reason="unknown_key", key_id=key_id
            )
        if key.status == "revoked":
            return
        key.status = "revoked"
        key.revoked_at = utcnow()
        session.add(key)
        for row in session.exec(
            select(m.BundleReceived).where(
                col(m.BundleReceived.signer_key_id) == key_id, col(m.BundleReceived.status) == HELD
            )
        ).all():
            row.status = REJECTED
            row.reason = "revoked_key"
            session.add(row)


__all__ = ["SecretariatImporter", "approve", "enrol_list", "revoke"]
