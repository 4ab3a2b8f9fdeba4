"""Paper bound to data: which revision of a commitment each printed form shows, and the signed forms
the secretariat has checked (``verify-print``).

A commitment form carries its record's revision in its QR code; the mayor signs that paper. Once the
record changes, the paper no longer matches the data. Every form printed (or saved as PDF) is recorded
here (``printed_form``: record, revision, when) so the delegate is warned before the first change and
the lists say "signed form out of date"; the secretariat keeps every check of a signed form
(``print_check``) so its Review says whether the current revision has a verified signed form.

Qt-free; frozen rows, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import models as m

if TYPE_CHECKING:  # printing loads reportlab: imported where it is used
    from kin_desktop.services.printing import VerifyPrintResult


@dataclass(frozen=True)
class PrintedForm:
    record_id: str
    rev_id: str
    printed_at: datetime  # UTC


@dataclass(frozen=True)
class PrintCheck:
    record_id: str
    rev_id: str
    checked_at: datetime  # UTC
    ok: bool
    reason: str  # the stable code of VerifyPrintResult.reason


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def record_printed(session: Session, forms: Iterable[tuple[str, str]], *, now: datetime | None = None) -> int:
    """Record that forms of these (record id, revision id) were printed now; returns how many."""
    moment = now or datetime.now(UTC)
    rows = [
        m.PrintedForm(record_id=record_id, rev_id=rev_id, printed_at=moment) for record_id, rev_id in forms
    ]
    session.add_all(rows)
    session.flush()
    return len(rows)


def printed_forms(session: Session, record_id: str | None = None) -> tuple[PrintedForm, ...]:
    """Forms printed (of one record), oldest first."""
    query = select(m.PrintedForm).order_by(col(m.PrintedForm.printed_at), col(m.PrintedForm.id))
    if record_id is not None:
        query = query.where(col(m.PrintedForm.record_id) == record_id)
    return tuple(PrintedForm(r.record_id, r.rev_id, _utc(r.printed_at)) for r in session.exec(query))


def latest_printed(session: Session) -> dict[str, PrintedForm]:
    """Record id -> the last form printed of it."""
    latest: dict[str, PrintedForm] = {}
    for form in printed_forms(session):
        latest[form.record_id] = form  # oldest first: the last one wins
    return latest


def stale_forms(session: Session) -> dict[str, PrintedForm]:
    """Record id -> its last printed form, for every live record changed since that form was printed:
    the signed paper no longer matches the data."""
    latest = latest_printed(session)
    if not latest:
        return {}
    heads = dict(
        session.exec(
            select(m.Record.record_id, m.Record.head_rev_id).where(
                col(m.Record.record_id).in_(sorted(latest)), col(m.Record.deleted).is_(False)
            )
        ).all()
    )
    return {rid: form for rid, form in latest.items() if rid in heads and heads[rid] != form.rev_id}


def keep_check(session: Session, check: PrintCheck) -> None:
    session.add(
        m.PrintCheck(
            record_id=check.record_id,
            rev_id=check.rev_id,
            checked_at=check.checked_at,
            ok=check.ok,
            reason=check.reason,
        )
    )
    session.flush()


def print_checks(session: Session, record_id: str | None = None) -> tuple[PrintCheck, ...]:
    """Signed forms checked (of one record), oldest first."""
    query = select(m.PrintCheck).order_by(col(m.PrintCheck.checked_at), col(m.PrintCheck.id))
    if record_id is not None:
        query = query.where(col(m.PrintCheck.record_id) == record_id)
    return tuple(
        PrintCheck(r.record_id, r.rev_id, _utc(r.checked_at), r.ok, r.reason) for r in session.exec(query)
    )


def verified_revisions(session: Session) -> dict[str, PrintCheck]:
    """Record id -> the last successful check of a signed form of its *current* revision."""
    checks = [check for check in print_checks(session) if check.ok]
    if not checks:
        return {}
    ids = sorted({check.record_id for check in checks})
    heads: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        heads.update(
            session.exec(
                select(m.Record.record_id, m.Record.head_rev_id).where(
                    col(m.Record.record_id).in_(ids[start : start + 500])
                )
            ).all()
        )
    found: dict[str, PrintCheck] = {}
    for check in checks:
        if heads.get(check.record_id) == check.rev_id:
            found[check.record_id] = check
    return found


def check_signed_form(workspace: Workspace, text: str) -> VerifyPrintResult:
    """``printing.verify_print``, its result kept (when the text names a record and a revision)."""
    from kin_desktop.services import printing

    result = printing.verify_print(workspace, text)
    if result.record_id and result.rev_id:
        with workspace.session() as session:
            keep_check(
                session,
                PrintCheck(result.record_id, result.rev_id, datetime.now(UTC), result.ok, result.reason),
            )
    return result
