"""Words and dates of the Follow-up page: statuses, attention, review, dates as shown."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
)

from kin_desktop.core.schemas import ProgressStatus
from kin_desktop.ui.formats import day_text, long_day_text

# dark themes, and never the only cue.


def status_label(code: str | None) -> str:
    labels: dict[str, str] = {
        ProgressStatus.NOT_STARTED: QCoreApplication.translate("FollowUpPage", "Not started"),
        ProgressStatus.ON_TRACK: QCoreApplication.translate("FollowUpPage", "On track"),
        ProgressStatus.DELAYED: QCoreApplication.translate("FollowUpPage", "Delayed"),
        ProgressStatus.STALLED: QCoreApplication.translate("FollowUpPage", "Stalled"),
        ProgressStatus.COMPLETED: QCoreApplication.translate("FollowUpPage", "Completed"),
        ProgressStatus.CANCELLED: QCoreApplication.translate("FollowUpPage", "Cancelled"),
    }
    if not code:
        return QCoreApplication.translate("FollowUpPage", "No report yet")
    return labels.get(code, code)


def as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def iso_date(value: Any) -> str:
    day = as_date(value)
    return day.isoformat() if day is not None else ""


def date_text(value: Any) -> str:
    """A date as every day is shown, in the interface language's form (ui/formats.py); columns
    sort by ``iso_date``."""
    day = as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return day_text(day)


def long_date_text(value: date) -> str:
    return long_day_text(value)


def attention_text(row: Any) -> str:
    if row.overdue and row.stalled:
        return QCoreApplication.translate("FollowUpPage", "Overdue, stalled")
    if row.overdue:
        return QCoreApplication.translate("FollowUpPage", "Overdue")
    if row.stalled:
        return QCoreApplication.translate("FollowUpPage", "Stalled", "attention")
    return ""


def review_text(row: Any) -> str:
    if row.recognized:
        return QCoreApplication.translate("FollowUpPage", "Recognized")
    return (
        QCoreApplication.translate("FollowUpPage", "Registered")
        if row.registered
        else QCoreApplication.translate("FollowUpPage", "Not registered")
    )


def indicator_text(item: Any) -> str:
    get = item.get if isinstance(item, dict) else lambda key, default="": getattr(item, key, default)
    text = f"{get('indicator', '')}: {get('value', '')}".rstrip(": ")
    note = get("note", "")
    return f"{text} ({note})" if note else text
