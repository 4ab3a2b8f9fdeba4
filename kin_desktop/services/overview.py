"""The figures the main window shows first: who this is and how far along it is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import col, func, select

from kin_desktop import paths
from kin_desktop.core.questionnaire import Definition, Evaluation, evaluate
from kin_desktop.core.schemas import RecordType, ReviewState
from kin_desktop.services import profile_answers, profiles, questionnaires
from kin_desktop.storage import db, models, repository


@dataclass(frozen=True)
class Overview:
    profile: profiles.ProfileInfo
    responses: int
    practices: int
    commitments: int
    questionnaire_ratio: float
    definition: Definition | None = None
    evaluation: Evaluation | None = None
    practice_states: dict[str, int] = field(default_factory=dict)
    commitment_states: dict[str, int] = field(default_factory=dict)
    waiting: int = 0  # revisions made here since the last export
    unacknowledged: int = 0  # revisions made here that no receipt has acknowledged
    last_export: datetime | None = None
    # Records, not revisions: a response saved eleven times is one response waiting.
    waiting_records: int = 0  # records changed here since the last export
    unacknowledged_records: int = 0  # records changed here that no receipt has acknowledged yet
    bundles_sent: int = 0
    last_receipt: ReceiptSummary | None = None  # the last receipt taken from the secretariat
    # practices and commitments the secretariat marked "has issues" and not changed since: to correct
    has_issues: tuple[IssueRow, ...] = ()
    stale_forms: int = 0  # commitments changed since their form was printed (the signed paper is out of date)


@dataclass(frozen=True)
class ReceiptSummary:
    sequence: int
    taken_at: datetime  # UTC
    acknowledged: int  # revisions it acknowledged
    review_notes: int  # review-note revisions it brought


@dataclass(frozen=True)
class IssueRow:
    """A record the secretariat says has issues, with its comment: the Overview's call to action."""

    record_id: str
    record_type: str  # practice | commitment
    title: str
    comment: str
    corrected: bool  # changed since the review (export it to send the correction)


def load_overview(data_dir: Path) -> Overview:
    """Profile, counts and questionnaire completeness; reads public keys only, never a secret."""
    with profiles.open_workspace(data_dir) as workspace:
        return overview_of(workspace)


def overview_of(workspace: profiles.Workspace) -> Overview:
    info = workspace.profile()
    with workspace.session() as session:
        responses = repository.list_current(RecordType.RESPONSE, session=session)
        definition = evaluation = None
        ratio = 0.0
        if info.role == "delegate":
            definition = questionnaires.current_definition(session=session)
            answers = (responses[0].body or {}).get("answers", {}) if responses else {}
            # The respondent's questions answered by the profile count, as the questionnaire shows them.
            answers = profile_answers.with_profile(
                definition, answers, repository.get_profile(session=session)
            )
            evaluation = evaluate(definition, answers)
            ratio = evaluation.ratio
        last_export = session.exec(select(func.max(models.BundleSent.created_at))).one()
        local = (
            select(func.count())
            .select_from(models.Revision)
            .where(
                col(models.Revision.created_locally).is_(True), col(models.Revision.acknowledged).is_(False)
            )
        )
        unacknowledged = session.exec(local).one()
        waiting = (
            session.exec(local.where(col(models.Revision.received_at) > last_export)).one()
            if last_export is not None
            else unacknowledged
        )
        local_records = (
            select(func.count(func.distinct(models.Revision.record_id)))
            .select_from(models.Revision)
            .where(
                col(models.Revision.created_locally).is_(True), col(models.Revision.acknowledged).is_(False)
            )
        )
        unacknowledged_records = session.exec(local_records).one()
        waiting_records = (
            session.exec(local_records.where(col(models.Revision.received_at) > last_export)).one()
            if last_export is not None
            else unacknowledged_records
        )
        bundles_sent = session.exec(select(func.count()).select_from(models.BundleSent)).one()
        receipt = session.exec(
            select(models.ReceiptTaken).order_by(col(models.ReceiptTaken.receipt_sequence).desc()).limit(1)
        ).first()
        last_receipt = (
            None
            if receipt is None
            else ReceiptSummary(
                receipt.receipt_sequence,
                receipt.taken_at if receipt.taken_at.tzinfo else receipt.taken_at.replace(tzinfo=UTC),
                receipt.acknowledged,
                receipt.review_notes,
            )
        )
    from kin_desktop.services.records import RecordService

    service = RecordService(workspace)
    practices, commitments = service.list_practices(), service.list_commitments()
    practice_states = dict(Counter(row.sync_state.value for row in practices))
    commitment_states = dict(Counter(row.sync_state.value for row in commitments))
    issues = tuple(
        IssueRow(row.record_id, kind, row.title, row.review.comment, row.review.changed)
        for kind, rows in (("commitment", commitments), ("practice", practices))
        for row in rows
        if row.review is not None and row.review.state == ReviewState.HAS_ISSUES
    )
    stale = sum(1 for row in commitments if row.paper is not None and row.paper.stale)
    return Overview(
        profile=info,
        responses=len(responses),
        practices=sum(practice_states.values()),
        commitments=sum(commitment_states.values()),
        questionnaire_ratio=ratio,
        definition=definition,
        evaluation=evaluation,
        practice_states=practice_states,
        commitment_states=commitment_states,
        waiting=waiting,
        unacknowledged=unacknowledged,
        last_export=last_export,
        waiting_records=waiting_records,
        unacknowledged_records=unacknowledged_records,
        bundles_sent=bundles_sent,
        last_receipt=last_receipt,
        has_issues=issues,
        stale_forms=stale,
    )


@dataclass
class LoadedProfile:
    """An open profile for the window: the workspace stays open until the window closes."""

    workspace: profiles.Workspace
    overview: Overview


def open_profile(data_dir: Path, *, step: Callable[[str], None] | None = None) -> LoadedProfile:
    """Open the profile for the window; ``step`` hears what is being done, in stable words the
    window puts in the user's language: ``database``, ``upgrade`` (a backup is made first),
    ``figures``."""
    say = step or (lambda _word: None)
    say("database")
    if db.needs_upgrade(paths.database_path(data_dir)):
        say("upgrade")
    workspace = profiles.open_workspace(data_dir)
    try:
        say("figures")
        return LoadedProfile(workspace, overview_of(workspace))
    except BaseException:
        workspace.close()
        raise
