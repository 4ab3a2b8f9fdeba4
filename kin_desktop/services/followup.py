"""Secretariat: following commitments up through the second cycle, to 2010 (docs/secretariat.md).

Qt-free. A commitment's progress is the ``progress_report`` records about it, written by its delegate
(they arrive in bundles) or recorded by the secretariat itself (e.g. from a letter or a phone call).
"Recognized in due course by 2010" (concept note) is a flag of the secretariat's review note, which
only a registered commitment may carry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from sqlmodel import Session, col, select

from kin_desktop.core.errors import ValidationError
from kin_desktop.core.records import Revision
from kin_desktop.core.schemas import ProgressStatus, RecordType, ReviewState, Role, validate_body
from kin_desktop.services.notes import latest_notes
from kin_desktop.services.profiles import Workspace, save_record
from kin_desktop.services.review import ReviewService, places, secretariat_key
from kin_desktop.storage import models as m

STALL_DAYS = 180  # no report for this long: the commitment is stalled
_CLOSED = frozenset({ProgressStatus.COMPLETED.value, ProgressStatus.CANCELLED.value})

FollowUpFilter = Literal["all", "overdue", "stalled"]


@dataclass(frozen=True)
class FollowUpRow:
    commitment_id: str
    title: str
    city: str
    country: str
    end_date: str | None  # YYYY-MM-DD
    status: str  # the latest progress report's status, or "not_started"
    last_report: date | None
    reports: int
    overdue: bool
    stalled: bool
    registered: bool
    recognized: bool


@dataclass(frozen=True)
class ReportEntry:
    record_id: str
    reported_on: date | None
    status: str
    milestones_reached: tuple[str, ...]
    indicators: tuple[dict[str, str], ...]  # {"indicator", "value", "note"}
    note: str
    owner_is_secretariat: bool


@dataclass(frozen=True)
class _Report:
    record_id: str
    owner: str
    body: dict[str, Any]
    hlc: str

    @property
    def reported_on(self) -> date | None:
        return _date(self.body.get("reported_on"))

    def order(self) -> tuple[str, str, str]:
        return (self.body.get("reported_on") or "", self.hlc, self.record_id)


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


class FollowUpService:
    """Progress of every commitment on the day ``as_of`` (today, UTC, by default)."""

    def __init__(self, workspace: Workspace, *, as_of: date | None = None) -> None:
        workspace.require_role(Role.SECRETARIAT)
        self.workspace = workspace
        self.as_of = as_of if as_of is not None else datetime.now(UTC).date()

    def rows(self, only: FollowUpFilter | str = "all") -> tuple[FollowUpRow, ...]:
        """Every live commitment (``only="overdue"`` or ``"stalled"`` narrows it), by end date."""
        if only not in ("all", "overdue", "stalled"):
            raise ValidationError(f"unknown follow-up filter {only!r}", reason="filter")
        with self.workspace.session() as session:
            commitments = session.exec(
                select(m.Commitment)
                .join(m.Record, col(m.Record.record_id) == col(m.Commitment.record_id))
                .where(col(m.Record.deleted).is_(False))
            ).all()
            reports = self._reports(session)
            notes = latest_notes(session, RecordType.COMMITMENT.value)
            owners = places(session)
            rows: list[FollowUpRow] = []
            for commitment in commitments:
                body = json.loads(commitment.body)
                own = sorted(reports.get(commitment.record_id, []), key=_Report.order)
                latest = own[-1] if own else None
                status = latest.body["status"] if latest else ProgressStatus.NOT_STARTED.value
                last_report = latest.reported_on if latest else None
                note = notes.get(commitment.record_id)
                place = owners.get(commitment.owner)
                rows.append(
                    FollowUpRow(
                        commitment_id=commitment.record_id,
                        title=commitment.title,
                        city=commitment.city or (place.city if place else ""),
                        country=commitment.country or (place.country if place else ""),
                        end_date=commitment.end_date,
                        status=status,
                        last_report=last_report,
                        reports=len(own),
                        overdue=self._overdue(body, status, own),
                        stalled=self._stalled(body, status, last_report),
                        registered=note is not None and note.state == ReviewState.REGISTERED,
                        recognized=note is not None and note.recognized,
                    )
                )
        if only == "overdue":
            rows = [r for r in rows if r.overdue]
        elif only == "stalled":
            rows = [r for r in rows if r.stalled]
        rows.sort(
            key=lambda r: (r.end_date or "9999", r.city.casefold(), r.title.casefold(), r.commitment_id)
        )
        return tuple(rows)

    def reports(self, commitment_id: str) -> tuple[ReportEntry, ...]:
        """The progress reports of one commitment, newest first."""
        with self.workspace.session() as session:
            own = self._reports(session, commitment_id).get(commitment_id, [])
            key = secretariat_key(session)
        entries = [
            ReportEntry(
                record_id=r.record_id,
                reported_on=r.reported_on,
                status=r.body["status"],
                milestones_reached=tuple(r.body.get("milestones_reached", [])),
                indicators=tuple(dict(i) for i in r.body.get("indicators", [])),
                note=r.body.get("note", ""),
                owner_is_secretariat=r.owner == key,
            )
            for r in sorted(own, key=_Report.order, reverse=True)
        ]
        return tuple(entries)

    def add_report(self, commitment_id: str, body: dict[str, Any]) -> Revision:
        """Record a progress report for a commitment (owned by the secretariat), validated by the schema."""
        full = {**body, "commitment_id": body.get("commitment_id", commitment_id)}
        if full["commitment_id"] != commitment_id:
            raise ValidationError(
                "the report names another commitment", reason="commitment_mismatch", record_id=commitment_id
            )
        normalized = validate_body(RecordType.PROGRESS_REPORT, full)
        with self.workspace.session() as session:
            _commitment(session, commitment_id)
            return save_record(session, RecordType.PROGRESS_REPORT, normalized)

    def set_recognized(self, commitment_id: str, recognized: bool, comment: str = "") -> Revision:
        """Mark a registered commitment as recognized (or not) in due course by 2010.

        Raises ValidationError ``not_registered`` when the commitment is not registered. An empty
        ``comment`` keeps the review note's current comment.
        """
        with self.workspace.session() as session:
            _commitment(session, commitment_id)
            note = latest_notes(session).get(commitment_id)
        if note is None or note.state != ReviewState.REGISTERED:
            raise ValidationError(
                "only a registered commitment can be recognized",
                reason="not_registered",
                record_id=commitment_id,
            )
        return ReviewService(self.workspace).set_state(
            commitment_id, ReviewState.REGISTERED, comment or note.comment, recognized=recognized
        )

    # -- internals

    def _reports(self, session: Session, commitment_id: str | None = None) -> dict[str, list[_Report]]:
        """Reports known on ``as_of``: one dated later is not part of the picture on that day."""
        query = (
            select(m.ProgressReport, m.Record.updated_hlc)
            .join(m.Record, col(m.Record.record_id) == col(m.ProgressReport.record_id))
            .where(col(m.Record.deleted).is_(False))
        )
        if commitment_id is not None:
            query = query.where(col(m.ProgressReport.commitment_id) == commitment_id)
        grouped: dict[str, list[_Report]] = {}
        for row, hlc in session.exec(query):
            report = _Report(row.record_id, row.owner, json.loads(row.body), hlc)
            if report.reported_on is not None and report.reported_on > self.as_of:
                continue
            grouped.setdefault(row.commitment_id, []).append(report)
        return grouped

    def _overdue(self, body: dict[str, Any], status: str, reports: list[_Report]) -> bool:
        if status in _CLOSED:
            return False
        end = _date(body.get("end_date"))
        if end is not None and end < self.as_of:
            return True
        reached = {_key(text) for r in reports for text in r.body.get("milestones_reached", [])}
        for milestone in body.get("milestones", []):
            due = _date(milestone.get("date"))
            if due is None or due >= self.as_of:
                continue
            if (
                _key(milestone.get("description", "")) not in reached
                and _key(milestone["date"]) not in reached
            ):
                return True
        return False

    def _stalled(self, body: dict[str, Any], status: str, last_report: date | None) -> bool:
        if status == ProgressStatus.STALLED:
            return True
        if status in _CLOSED:
            return False
        since = last_report or _date(body.get("start_date"))
        return since is not None and self.as_of - since > timedelta(days=STALL_DAYS)


def _commitment(session: Session, commitment_id: str) -> m.Record:
    record = session.get(m.Record, commitment_id)
    if record is None or record.deleted or record.record_type != RecordType.COMMITMENT:
        raise ValidationError(
            f"there is no commitment {commitment_id}", reason="unknown_record", record_id=commitment_id
        )
    return record
