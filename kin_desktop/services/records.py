"""Practices and commitments as the delegate edits them: lists, bodies, history, attachments.

Qt-free. The UI gets tuples of frozen rows (:class:`PracticeRow`, :class:`CommitmentRow`,
:class:`HistoryEntry`, :class:`FieldChange`, :class:`AttachmentRow`, :class:`Problem`),
never ORM objects, and words every code itself.

Where a record stands (``sync_state``), from the most advanced down:

- ``registered``: a secretariat review note on the record has the state ``registered``;
- ``acknowledged``: the head revision is listed in a receipt from the secretariat
  (``revision.acknowledged``);
- ``sent``: a bundle was written after the head revision was stored here. An export holds
  every revision not yet acknowledged (DESIGN.md, bundles), so such a bundle carries it;
  revisions do not record the bundles they went out in, and this needs no such record;
- otherwise the delegate's own state from the body: ``draft`` or ``ready``.
"""

from __future__ import annotations

import json
import mimetypes
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select as select_columns
from sqlmodel import Session, col, func, select

from kin_desktop.bundle.container import DEFAULT_LIMITS
from kin_desktop.core import search_text
from kin_desktop.core.clock import HLC, HybridClock
from kin_desktop.core.errors import ProfileMissingError, ValidationError
from kin_desktop.core.records import Revision
from kin_desktop.core.schemas import (
    BODY_MODELS,
    FOLLOW_UP_END_YEAR,
    RecordType,
    ReviewState,
    validate_body,
)
from kin_desktop.services import printed
from kin_desktop.services.notes import latest_notes
from kin_desktop.services.profiles import Workspace, save_record
from kin_desktop.storage import models, repository

MAX_ATTACHMENT_BYTES = DEFAULT_LIMITS.max_member_size  # what a bundle can carry as one member
FOLLOW_UP_END_DATE = f"{FOLLOW_UP_END_YEAR}-12-31"
_EDITABLE = (RecordType.PRACTICE, RecordType.COMMITMENT)
_NO_LIMIT = 1_000_000_000
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class SyncState(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    REGISTERED = "registered"


@dataclass(frozen=True)
class RowReview:
    """The secretariat's current review of a record, as its receipts brought it.

    ``changed`` says the record was changed here after the revision the review was given on: a
    correction once the state is ``has_issues``."""

    state: str  # ReviewState value
    comment: str
    recognized: bool
    reviewed: datetime  # UTC, when the secretariat saved it
    changed: bool = False


@dataclass(frozen=True)
class Paper:
    """The last commitment form printed of a record: ``stale`` once the record changed after it."""

    rev_id: str
    printed_at: datetime  # UTC
    stale: bool


@dataclass(frozen=True)
class PracticeRow:
    record_id: str
    title: str
    city: str
    sectors: tuple[str, ...]
    state: str  # DraftState value from the body
    win_win: bool
    start_year: int | None
    updated: datetime  # UTC, from the head revision's clock
    sync_state: SyncState
    conflict: bool = False
    review: RowReview | None = None  # the secretariat's review, from its receipts (None: not reviewed)
    paper: Paper | None = None  # the last form printed (commitments)


@dataclass(frozen=True)
class CommitmentRow:
    record_id: str
    title: str
    city: str
    project_type: str
    sectors: tuple[str, ...]
    state: str
    start_date: str | None
    end_date: str | None
    budget_amount: str | None
    updated: datetime
    sync_state: SyncState
    budget_currency: str | None = None
    conflict: bool = False
    review: RowReview | None = None
    paper: Paper | None = None


@dataclass(frozen=True)
class RecordFilter:
    """Filters of a list; ``None`` lets everything through.

    ``state`` matches the body's state (``draft``, ``ready``) or the sync state (``sent``,
    ``acknowledged``, ``registered``): "ready" lists every ready record, sent or not.
    """

    sector: str | None = None
    state: str | None = None
    project_type: str | None = None  # commitments only
    review: str | None = None  # a review state; "none": not reviewed yet; "changed": changed since
    paper: str | None = None  # "stale": the signed form is out of date; "printed": a form was printed


@dataclass(frozen=True)
class HistoryEntry:
    rev_id: str
    parents: tuple[str, ...]
    author: str
    saved: datetime  # UTC, from the revision's clock
    deleted: bool
    title: str
    state: str
    acknowledged: bool
    created_locally: bool
    printed: tuple[datetime, ...] = ()  # UTC: commitment forms printed of this revision


@dataclass(frozen=True)
class RecordStatus:
    """Where one record stands, for its editor: the list's state, the secretariat's review, paper."""

    sync_state: SyncState
    review: RowReview | None
    paper: Paper | None
    printed: tuple[printed.PrintedForm, ...]  # every form printed of it, oldest first


@dataclass(frozen=True)
class FieldChange:
    """One difference between two revisions.

    ``key`` is the body field; for lists of rows (targets, milestones, partners) ``row`` is
    the 0-based row and ``column`` the field within it (``None`` when a whole row came or
    went). ``old``/``new`` are plain text: ``""`` for nothing, ``true``/``false`` for flags,
    enum values as stored, several values joined by ``", "`` and row fields by `` · ``.
    """

    key: str
    old: str
    new: str
    row: int | None = None
    column: str | None = None


@dataclass(frozen=True)
class AttachmentRow:
    attachment_id: str
    record_id: str
    filename: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Problem:
    """Why a body cannot be saved: the field (and row/column within a list) and a code.

    Codes: ``required``, ``too_long``, ``not_a_number``, ``not_a_date``, ``out_of_range``,
    ``end_after_follow_up``, ``end_before_start``, ``invalid``. ``message`` is English.
    """

    key: str
    code: str
    message: str
    row: int | None = None
    column: str | None = None


def _updated(hlc: str) -> datetime:
    wall = hlc[:13]
    if len(hlc) > 13 and hlc[13] == "." and wall.isdigit():  # the common case, without a regex
        return datetime.fromtimestamp(int(wall) / 1000, tz=UTC)
    return datetime.fromtimestamp(HLC.parse(hlc).wall_ms / 1000, tz=UTC)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return " · ".join(_text(v) for v in value.values() if v not in (None, ""))
    return str(value)


def _diff_bodies(old: dict[str, Any], new: dict[str, Any], order: Sequence[str]) -> list[FieldChange]:
    changes: list[FieldChange] = []
    keys = list(order) + sorted((set(old) | set(new)) - set(order))
    for key in keys:
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        row_lists = key != "sectors" and (isinstance(before, list) or isinstance(after, list))
        if not row_lists:
            changes.append(FieldChange(key, _text(before), _text(after)))
            continue
        before_rows, after_rows = list(before or []), list(after or [])
        for row in range(max(len(before_rows), len(after_rows))):
            a = before_rows[row] if row < len(before_rows) else None
            b = after_rows[row] if row < len(after_rows) else None
            if a == b:
                continue
            if isinstance(a, dict) and isinstance(b, dict):
                for column in list(a) + [c for c in b if c not in a]:
                    if a.get(column) != b.get(column):
                        changes.append(
                            FieldChange(key, _text(a.get(column)), _text(b.get(column)), row, column)
                        )
            else:
                changes.append(FieldChange(key, _text(a), _text(b), row))
    return changes


def diff_bodies(
    record_type: RecordType | str, old: dict[str, Any], new: dict[str, Any]
) -> tuple[FieldChange, ...]:
    """What changed from body ``old`` to body ``new`` of a record type, field by field in form order."""
    return tuple(_diff_bodies(old, new, list(BODY_MODELS[RecordType(record_type)].model_fields)))


def _problem_code(error_type: str) -> str:
    if error_type in {"missing", "string_too_short"}:
        return "required"
    if error_type in {"string_too_long", "too_long"}:
        return "too_long"
    if error_type in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return "out_of_range"
    if error_type in {"int_parsing", "int_type", "decimal_parsing"}:
        return "not_a_number"
    return "invalid"


def check_body(record_type: RecordType | str, body: dict[str, Any]) -> tuple[Problem, ...]:
    """Every reason ``body`` cannot be saved, field by field (empty: it can be saved)."""
    kind = RecordType(record_type)
    problems: list[Problem] = []
    try:
        BODY_MODELS[kind].model_validate(body)
    except Exception as exc:  # pydantic.ValidationError
        errors = getattr(exc, "errors", None)
        for error in errors() if callable(errors) else []:
            loc = [str(part) for part in error["loc"]]
            if not loc:
                continue  # model-level rules: worded below from the fields themselves
            code = _problem_code(error["type"])
            message = str(error["msg"])
            if loc[0] in {"start_date", "end_date", "date"} or (len(loc) > 2 and loc[2] == "date"):
                code = "not_a_date"
            elif loc[0] in {"budget_amount", "cost_amount"}:
                code = "not_a_number"
            row = int(loc[1]) if len(loc) > 1 and loc[1].isdigit() else None
            column = loc[2] if len(loc) > 2 else None
            problems.append(Problem(loc[0], code, message, row, column))
    if kind == RecordType.COMMITMENT:
        start, end = (
            value if isinstance(value, str) and _ISO_DATE.match(value) else ""
            for value in (body.get("start_date"), body.get("end_date"))
        )
        if end > FOLLOW_UP_END_DATE:
            problems.append(
                Problem("end_date", "end_after_follow_up", f"the timeline must end by {FOLLOW_UP_END_DATE}")
            )
        if start and end and end < start:
            problems.append(Problem("end_date", "end_before_start", "the end date is before the start date"))
    if not problems:
        try:  # anything the field checks above did not catch
            validate_body(kind, body)
        except ValidationError as exc:
            problems.append(Problem("", "invalid", str(exc)))
    return tuple(problems)


def fold(text: str) -> str:
    """The form quick filters compare: NFC, case and accents aside, as the full-text search
    compares (core/search_text.py), so "rung" finds "rừng" in both."""
    return search_text.fold(unicodedata.normalize("NFC", text))


class RecordService:
    """Practices and commitments of one open profile (a :class:`Workspace`)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # -- lists ---------------------------------------------------------------------------------

    def list_practices(self, query: str = "", filters: RecordFilter | None = None) -> tuple[PracticeRow, ...]:
        """Live practices, newest edit first; ``query`` searches titles and texts (FTS)."""
        rows: list[PracticeRow] = []
        practice, record = models.Practice, models.Record
        with self.workspace.session() as session:
            ids = self._search(RecordType.PRACTICE, query, session)
            context = _ListContext(session, RecordType.PRACTICE)
            # Plain columns, not ORM objects: building an object per row cost more than the query.
            select_rows = (
                select_columns(
                    col(practice.record_id),
                    col(practice.title),
                    col(practice.owner),
                    col(practice.city),
                    col(practice.sectors),
                    col(practice.state),
                    col(practice.win_win),
                    col(practice.start_year),
                    col(record.updated_hlc),
                    col(record.head_rev_id),
                    col(record.conflict),
                )
                .join(record, col(record.record_id) == col(practice.record_id))
                .where(col(record.deleted).is_(False))
            )
            for (
                record_id,
                title,
                owner,
                city,
                sectors,
                state,
                win_win,
                start_year,
                updated_hlc,
                head_rev_id,
                conflict,
            ) in session.connection().execute(select_rows):
                if ids is not None and record_id not in ids:
                    continue
                rows.append(
                    PracticeRow(
                        record_id=record_id,
                        title=title,
                        city=context.city(owner, city),
                        sectors=tuple(json.loads(sectors)),
                        state=state,
                        win_win=win_win,
                        start_year=start_year,
                        updated=_updated(updated_hlc),
                        sync_state=context.sync_state(record_id, head_rev_id, state),
                        conflict=conflict,
                        review=context.review(record_id, head_rev_id),
                    )
                )
        return _filtered(rows, filters)

    def list_commitments(
        self, query: str = "", filters: RecordFilter | None = None
    ) -> tuple[CommitmentRow, ...]:
        """Live commitments, newest edit first; ``query`` searches titles and texts (FTS)."""
        rows: list[CommitmentRow] = []
        commitment, record = models.Commitment, models.Record
        with self.workspace.session() as session:
            ids = self._search(RecordType.COMMITMENT, query, session)
            context = _ListContext(session, RecordType.COMMITMENT)
            # Plain columns, not ORM objects (building one per row cost more than the query); the
            # body holds sectors and currency, and SQLite reads them out without the rest.
            select_rows = (
                select_columns(
                    col(commitment.record_id),
                    col(commitment.title),
                    col(commitment.owner),
                    col(commitment.city),
                    col(commitment.project_type),
                    col(commitment.state),
                    col(commitment.start_date),
                    col(commitment.end_date),
                    col(commitment.budget_amount),
                    func.json_extract(commitment.body, "$.sectors"),
                    func.json_extract(commitment.body, "$.budget_currency"),
                    col(record.updated_hlc),
                    col(record.head_rev_id),
                    col(record.conflict),
                )
                .join(record, col(record.record_id) == col(commitment.record_id))
                .where(col(record.deleted).is_(False))
            )
            for (
                record_id,
                title,
                owner,
                city,
                project_type,
                state,
                start_date,
                end_date,
                budget_amount,
                sectors,
                currency,
                updated_hlc,
                head_rev_id,
                conflict,
            ) in session.connection().execute(select_rows):
                if ids is not None and record_id not in ids:
                    continue
                rows.append(
                    CommitmentRow(
                        record_id=record_id,
                        title=title,
                        city=context.city(owner, city),
                        project_type=project_type,
                        sectors=tuple(json.loads(sectors) if sectors else ()),
                        state=state,
                        start_date=start_date,
                        end_date=end_date,
                        budget_amount=budget_amount,
                        updated=_updated(updated_hlc),
                        sync_state=context.sync_state(record_id, head_rev_id, state),
                        budget_currency=currency,
                        conflict=conflict,
                        review=context.review(record_id, head_rev_id),
                        paper=context.paper(record_id, head_rev_id),
                    )
                )
        return _filtered(rows, filters)

    def search(self, record_type: RecordType | str, query: str) -> frozenset[str]:
        """Ids of the practices or commitments whose title or texts hold every word (FTS)."""
        kind = RecordType(record_type)
        if kind not in _EDITABLE:
            raise ValidationError(f"{kind} records cannot be searched", reason="not_searchable")
        with self.workspace.session() as session:
            return frozenset(self._search(kind, query, session) or ())

    def _search(self, record_type: RecordType, query: str, session: Session) -> set[str] | None:
        if not query.strip():
            return None
        return set(repository.search(record_type, query, session=session, limit=_NO_LIMIT))

    # -- one record ----------------------------------------------------------------------------

    def load(self, record_id: str) -> tuple[dict[str, Any], str]:
        """The current body of a record and the revision it comes from."""
        with self.workspace.session() as session:
            current = repository.current(record_id, session=session)
        if current is None or current.body is None:
            raise ValidationError(
                f"there is no record {record_id}", reason="unknown_record", record_id=record_id
            )
        return current.body, current.rev_id

    def record_type(self, record_id: str) -> RecordType:
        with self.workspace.session() as session:
            current = repository.current(record_id, session=session)
        if current is None:
            raise ValidationError(
                f"there is no record {record_id}", reason="unknown_record", record_id=record_id
            )
        return RecordType(current.record_type)

    def check(self, record_type: RecordType | str, body: dict[str, Any]) -> tuple[Problem, ...]:
        return check_body(record_type, body)

    def save(
        self, record_type: RecordType | str, body: dict[str, Any], record_id: str | None = None
    ) -> Revision:
        """A new revision (none when nothing changed); raises ValidationError on a bad body."""
        kind = RecordType(record_type)
        if kind not in _EDITABLE:
            raise ValidationError(f"{kind} records are not edited here", reason="record_type")
        return self.workspace.save(kind, body, record_id=record_id)

    def delete(self, record_id: str) -> None:
        """Tombstone a record and the attachments on it."""
        with self.workspace.session() as session:
            author, clock = _author_and_clock(session)
            for attachment_id in _attachment_ids(record_id, session):
                repository.delete_record(attachment_id, session=session, author=author, clock=clock)
            repository.delete_record(record_id, session=session, author=author, clock=clock)

    # -- history -------------------------------------------------------------------------------

    def status(self, record_id: str) -> RecordStatus:
        """The record's sync state (as its list shows it), review and printed forms."""
        with self.workspace.session() as session:
            record = session.get(models.Record, record_id)
            if record is None or record.record_type not in _EDITABLE:
                raise ValidationError(
                    f"there is no record {record_id}", reason="unknown_record", record_id=record_id
                )
            kind = RecordType(record.record_type)
            state = session.exec(
                select(
                    models.Practice.state if kind == RecordType.PRACTICE else models.Commitment.state
                ).where(
                    col(
                        models.Practice.record_id
                        if kind == RecordType.PRACTICE
                        else models.Commitment.record_id
                    )
                    == record_id
                )
            ).first()
            context = _ListContext(session, kind)
            forms = printed.printed_forms(session, record_id)
            return RecordStatus(
                sync_state=context.sync_state(record.record_id, record.head_rev_id, state or ""),
                review=context.review(record.record_id, record.head_rev_id),
                paper=context.paper(record.record_id, record.head_rev_id),
                printed=forms,
            )

    def history(self, record_id: str) -> tuple[HistoryEntry, ...]:
        """Every revision of a record, newest first, with the forms printed of each."""
        with self.workspace.session() as session:
            forms = printed.printed_forms(session, record_id)
            revisions = repository.history(record_id, session=session)
            flags = {
                rev_id: (acknowledged, local)
                for rev_id, acknowledged, local in session.exec(
                    select(
                        models.Revision.rev_id, models.Revision.acknowledged, models.Revision.created_locally
                    ).where(col(models.Revision.record_id) == record_id)
                )
            }
        entries = [
            HistoryEntry(
                rev_id=rev.rev_id,
                parents=rev.parents,
                author=rev.author,
                saved=_updated(rev.hlc),
                deleted=rev.body is None,
                title=str((rev.body or {}).get("title", "")),
                state=str((rev.body or {}).get("state", "")),
                acknowledged=flags.get(rev.rev_id, (False, False))[0],
                created_locally=flags.get(rev.rev_id, (False, False))[1],
                printed=tuple(form.printed_at for form in forms if form.rev_id == rev.rev_id),
            )
            for rev in revisions
        ]
        return tuple(reversed(entries))

    def diff(self, rev_a: str, rev_b: str) -> tuple[FieldChange, ...]:
        """What changed from revision ``rev_a`` to ``rev_b``, field by field in form order.

        A tombstone compares as an empty body plus a ``deleted`` change.
        """
        with self.workspace.session() as session:
            found = {rev.rev_id: rev for rev in repository.get_revisions([rev_a, rev_b], session=session)}
        missing = [rev_id for rev_id in (rev_a, rev_b) if rev_id not in found]
        if missing:
            raise ValidationError(
                f"unknown revision {missing[0]}", reason="unknown_revision", rev_id=missing[0]
            )
        old, new = found[rev_a], found[rev_b]
        if old.record_type != new.record_type:
            raise ValidationError("the revisions belong to different kinds of record", reason="record_type")
        order = list(BODY_MODELS[RecordType(new.record_type)].model_fields)
        changes = _diff_bodies(old.body or {}, new.body or {}, order)
        if old.is_tombstone != new.is_tombstone:
            changes.insert(0, FieldChange("deleted", _text(old.is_tombstone), _text(new.is_tombstone)))
        return tuple(changes)

    # -- attachments ---------------------------------------------------------------------------

    def attach(self, record_id: str, path: Path) -> str:
        """Attach a file to a record; returns the attachment's record id.

        The bytes are stored once by SHA-256, so the same file on two records takes the space
        of one; attaching the same content to the same record again returns the attachment
        already there.
        """
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                f"{path.name} is larger than {MAX_ATTACHMENT_BYTES} bytes",
                reason="attachment_too_large",
                filename=path.name,
                limit=MAX_ATTACHMENT_BYTES,
            )
        data = path.read_bytes()
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        with self.workspace.session() as session:
            target = repository.current(record_id, session=session)
            if target is None or target.deleted or target.record_type not in _EDITABLE:
                raise ValidationError(
                    f"there is no practice or commitment {record_id}",
                    reason="unknown_record",
                    record_id=record_id,
                )
            digest = repository.store_blob(data, session=session, data_dir=self.workspace.data_dir)
            for row in _attachment_rows(record_id, session):
                if row.sha256 == digest:
                    return row.record_id
            body = {
                "record_id": record_id,
                "sha256": digest,
                "filename": unicodedata.normalize("NFC", path.name)[:255],
                "media_type": media_type,
                "size": len(data),
            }
            return save_record(session, RecordType.ATTACHMENT, body).record_id

    def attachments(self, record_id: str) -> tuple[AttachmentRow, ...]:
        with self.workspace.session() as session:
            return tuple(
                AttachmentRow(
                    row.record_id, row.target_record_id, row.filename, row.media_type, row.size, row.sha256
                )
                for row in _attachment_rows(record_id, session)
            )

    def open_attachment(self, attachment_id: str) -> Path:
        """A private copy of the attachment under its own name, for the system's viewer.

        A copy, so that a viewer saving over the file cannot change the stored bytes.
        """
        with self.workspace.session() as session:
            row = session.get(models.Attachment, attachment_id)
            record = session.get(models.Record, attachment_id)
            if row is None or record is None or record.deleted:
                raise ValidationError(
                    f"there is no attachment {attachment_id}",
                    reason="unknown_attachment",
                    record_id=attachment_id,
                )
            data = repository.read_blob(row.sha256, session=session, data_dir=self.workspace.data_dir)
            filename = row.filename
        name = Path(filename.replace("\\", "/")).name.lstrip(".") or "attachment"
        target = Path(tempfile.mkdtemp(prefix="kin-attachment-")) / name
        target.write_bytes(data)
        return target

    def remove_attachment(self, attachment_id: str) -> None:
        with self.workspace.session() as session:
            record = session.get(models.Record, attachment_id)
            if record is None or record.record_type != RecordType.ATTACHMENT:
                raise ValidationError(
                    f"there is no attachment {attachment_id}",
                    reason="unknown_attachment",
                    record_id=attachment_id,
                )
            author, clock = _author_and_clock(session)
            repository.delete_record(attachment_id, session=session, author=author, clock=clock)


class _ListContext:
    """What the rows of one list need besides their projection: places, reviews, bundles."""

    def __init__(self, session: Session, record_type: RecordType) -> None:
        self._places: dict[str, tuple[str, str]] = {}
        profile = session.get(models.Profile, 1)
        if profile is not None and profile.key_id:
            self._places[profile.key_id] = (profile.city, profile.country)
        for key in session.exec(select(models.DelegateKey)):
            self._places[key.key_id] = (key.city, key.country)
        self._registered = set(
            session.exec(
                select(models.ReviewNote.target_id).where(
                    col(models.ReviewNote.state) == ReviewState.REGISTERED.value,
                    col(models.ReviewNote.target_type) == record_type.value,
                )
            )
        )
        self._acknowledged = set(
            session.exec(
                select(models.Record.head_rev_id)
                .join(models.Revision, col(models.Revision.rev_id) == col(models.Record.head_rev_id))
                .where(
                    col(models.Record.record_type) == record_type.value,
                    col(models.Revision.acknowledged).is_(True),
                )
            )
        )
        last_bundle = session.exec(select(func.max(models.BundleSent.created_at))).one()
        self._sent: set[str] = set()
        if last_bundle is not None:
            if last_bundle.tzinfo is None:
                last_bundle = last_bundle.replace(tzinfo=UTC)
            self._sent = set(
                session.exec(
                    select(models.Record.head_rev_id)
                    .join(models.Revision, col(models.Revision.rev_id) == col(models.Record.head_rev_id))
                    .where(
                        col(models.Record.record_type) == record_type.value,
                        col(models.Revision.created_locally).is_(True),
                        col(models.Revision.received_at) <= last_bundle,
                    )
                )
            )

        self._notes = latest_notes(session, record_type.value)
        self._printed = printed.latest_printed(session) if record_type == RecordType.COMMITMENT else {}

    def city(self, owner: str, projected: str) -> str:
        return projected or self._places.get(owner, ("", ""))[0]

    def review(self, record_id: str, head_rev_id: str | None) -> RowReview | None:
        note = self._notes.get(record_id)
        if note is None:
            return None
        return RowReview(
            state=note.state,
            comment=note.comment,
            recognized=note.recognized,
            reviewed=_updated(note.updated_hlc),
            changed=bool(note.reviewed_rev_id) and note.reviewed_rev_id != head_rev_id,
        )

    def paper(self, record_id: str, head_rev_id: str | None) -> Paper | None:
        form = self._printed.get(record_id)
        if form is None:
            return None
        return Paper(form.rev_id, form.printed_at, stale=form.rev_id != head_rev_id)

    def sync_state(self, record_id: str, head_rev_id: str | None, state: str) -> SyncState:
        if record_id in self._registered:
            return SyncState.REGISTERED
        if head_rev_id in self._acknowledged:
            return SyncState.ACKNOWLEDGED
        if head_rev_id in self._sent:
            return SyncState.SENT
        return SyncState.READY if state == SyncState.READY.value else SyncState.DRAFT


RowT = TypeVar("RowT", PracticeRow, CommitmentRow)


def _filtered(rows: Iterable[RowT], filters: RecordFilter | None) -> tuple[RowT, ...]:
    listed = sorted(rows, key=lambda r: (-r.updated.timestamp(), r.title.casefold(), r.record_id))
    if filters is None:
        return tuple(listed)
    return tuple(row for row in listed if matches(row, filters))


def matches(row: PracticeRow | CommitmentRow, filters: RecordFilter) -> bool:
    """Whether a row passes the filters (the UI's quick filters use the same rule)."""
    if filters.sector and filters.sector not in row.sectors:
        return False
    if filters.state and filters.state not in (row.state, row.sync_state.value):
        return False
    if filters.project_type and (
        not isinstance(row, CommitmentRow) or row.project_type != filters.project_type
    ):
        return False
    if filters.review == "none" and row.review is not None:
        return False
    if filters.review == "changed" and not (row.review is not None and row.review.changed):
        return False
    if filters.review not in (None, "none", "changed") and (
        row.review is None or row.review.state != filters.review
    ):
        return False
    if filters.paper == "stale" and not (row.paper is not None and row.paper.stale):
        return False
    return not (filters.paper == "printed" and row.paper is None)


def _author_and_clock(session: Session) -> tuple[str, HybridClock]:
    profile = repository.get_profile(session=session)
    if profile is None or not profile.key_id:
        raise ProfileMissingError("the profile has no key yet; finish setting it up first")
    return profile.key_id, HybridClock(profile.device_id, last=profile.hlc_last)


def _attachment_rows(record_id: str, session: Session) -> list[models.Attachment]:
    query = (
        select(models.Attachment)
        .join(models.Record, col(models.Record.record_id) == col(models.Attachment.record_id))
        .where(col(models.Attachment.target_record_id) == record_id, col(models.Record.deleted).is_(False))
        .order_by(col(models.Record.created_hlc), col(models.Attachment.record_id))
    )
    return list(session.exec(query))


def _attachment_ids(record_id: str, session: Session) -> list[str]:
    return [row.record_id for row in _attachment_rows(record_id, session)]
