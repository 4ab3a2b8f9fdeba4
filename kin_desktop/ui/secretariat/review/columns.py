"""The columns of the review lists, and the words for review states."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)

from kin_desktop.core.schemas import ReviewState
from kin_desktop.services.review import (
    ReviewRow,
)
from kin_desktop.ui.formats import day_text
from kin_desktop.ui.language import list_text, number_text
from kin_desktop.ui.records import labels
from kin_desktop.ui.rows import RIGHT, Column
from kin_desktop.ui.secretariat.common import local_time
from kin_desktop.ui.sorting import TextsKey, text_key

Index = QModelIndex | QPersistentModelIndex
_STATE_ORDER = {state.value: number for number, state in enumerate(ReviewState)}
HIDDEN_COLUMNS = frozenset({"country", "end_date", "updated"})


def review_state_text(state: str) -> str:
    return {
        "received": QCoreApplication.translate("secretariat", "Received"),
        "under_review": QCoreApplication.translate("secretariat", "Under review"),
        "has_issues": QCoreApplication.translate("secretariat", "Has issues"),
        "registered": QCoreApplication.translate("secretariat", "Registered"),
    }.get(state, state)


def hlc_time(hlc: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(hlc[:13]) / 1000, UTC)
    except ValueError:
        return None


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None or value == "", value if value is not None else "")


def _sectors(row: ReviewRow) -> str:
    return list_text(labels.sector_label(s) for s in row.sectors)


def _state(row: ReviewRow) -> str:
    text = review_state_text(row.state)
    if row.recognized:
        text += " ★"
    if row.changed_since_review:
        text += " · " + (
            QCoreApplication.translate("secretariat", "corrected")
            if row.state == "has_issues"
            else QCoreApplication.translate("secretariat", "changed")
        )
    if row.conflict:
        text += " · " + QCoreApplication.translate("secretariat", "conflict")
    return text


def review_columns(record_type: str) -> tuple[Column[ReviewRow], ...]:
    columns: list[Column[ReviewRow]] = [
        Column[ReviewRow](
            lambda: QCoreApplication.translate("secretariat", "Title"),
            lambda r: r.title,
            sort=lambda r: text_key(r.title),
            key="title",
        ),
        Column[ReviewRow](
            lambda: QCoreApplication.translate("secretariat", "City"),
            lambda r: r.city,
            sort=lambda r: TextsKey(r.city, r.title),
            key="city",
        ),
        Column[ReviewRow](
            lambda: QCoreApplication.translate("secretariat", "Country"),
            lambda r: r.country,
            sort=lambda r: (r.country, TextsKey(r.city)),
            key="country",
        ),
        Column[ReviewRow](
            lambda: QCoreApplication.translate("secretariat", "Sectors"),
            _sectors,
            sort=lambda r: r.sectors,
            key="sectors",
        ),
    ]
    if record_type == "commitment":
        columns += [
            Column[ReviewRow](
                lambda: QCoreApplication.translate("secretariat", "Type"),
                lambda r: labels.project_type_label(r.project_type or ""),
                sort=lambda r: r.project_type or "",
                key="project_type",
            ),
            Column[ReviewRow](
                lambda: QCoreApplication.translate("secretariat", "Ends"),
                lambda r: day_text(r.end_date),
                sort=lambda r: _none_last(r.end_date),
                key="end_date",
            ),
        ]
    columns += [
        Column[ReviewRow](
            lambda: QCoreApplication.translate("secretariat", "Review state"),
            _state,
            sort=lambda r: (_STATE_ORDER.get(r.state, 9), r.conflict),
            key="state",
        ),
        Column[ReviewRow](
            lambda: QCoreApplication.translate("secretariat", "Notes"),
            lambda r: number_text(r.comments) if r.comments else "",
            sort=lambda r: r.comments,
            key="comments",
            alignment=RIGHT,
        ),
        Column[ReviewRow](
            lambda: QCoreApplication.translate("secretariat", "Last change"),
            lambda r: local_time(hlc_time(r.updated_hlc)),
            sort=lambda r: r.updated_hlc,
            key="updated",
        ),
    ]
    return tuple(columns)
