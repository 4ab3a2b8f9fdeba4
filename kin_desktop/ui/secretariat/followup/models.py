"""The Follow-up page's table models: commitments followed up, their progress reports, the filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from kin_desktop.core.search_text import fold
from kin_desktop.ui.language import number_text
from kin_desktop.ui.palette import error_color, warning_color
from kin_desktop.ui.rows import Column, RowsModel
from kin_desktop.ui.secretariat.followup.texts import (
    attention_text,
    date_text,
    indicator_text,
    iso_date,
    review_text,
    status_label,
)
from kin_desktop.ui.sorting import locale_aware

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _attention_key(row: Any) -> str:
    """Both flags first, then overdue, then stalled, then the rest; by end date within each."""
    rank = 0 if row.overdue and row.stalled else 1 if row.overdue else 2 if row.stalled else 3
    return f"{rank}{iso_date(row.end_date) or '9999'}"


def _marker(colour: QColor, second: QColor | None = None) -> QIcon:
    """A round marker beside the word: colour helps, the word and the bold text carry the meaning."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if second is None:
        painter.drawEllipse(1, 1, 12, 12)
    else:
        painter.drawPie(1, 1, 12, 12, 90 * 16, 180 * 16)
        painter.setBrush(second)
        painter.drawPie(1, 1, 12, 12, 270 * 16, 180 * 16)
    painter.end()
    return QIcon(pixmap)


class FollowUpModel(RowsModel):
    """Commitments followed up (``FollowUpRow``); rows that need attention are bold and marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("FollowUpPage", "Attention"),
                    attention_text,
                    sort=_attention_key,
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "City"),
                    lambda r: f"{r.city}, {r.country}" if r.country else r.city,
                ),
                Column(QCoreApplication.translate("FollowUpPage", "Commitment"), lambda r: r.title),
                Column(
                    QCoreApplication.translate("FollowUpPage", "End date"),
                    lambda r: date_text(r.end_date),
                    sort=lambda r: iso_date(r.end_date) or "9999",
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Status"),
                    lambda r: status_label(r.status) if r.reports else status_label(None),
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Last report"),
                    lambda r: (
                        date_text(r.last_report)
                        if r.last_report
                        else QCoreApplication.translate("FollowUpPage", "—", "no report")
                    ),
                    sort=lambda r: iso_date(r.last_report),
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Reports"),
                    lambda r: number_text(r.reports),
                    sort=lambda r: r.reports,
                ),
                Column(QCoreApplication.translate("FollowUpPage", "Review"), review_text),
            ],
            parent,
        )
        overdue, stalled = error_color(), warning_color()
        self._overdue = _marker(overdue)
        self._stalled = _marker(stalled)
        self._both = _marker(overdue, stalled)

    def row_of(self, commitment_id: str) -> int:
        for number in range(self.rowCount()):
            if self.row_at(number).commitment_id == commitment_id:
                return number
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        needs_attention = row.overdue or row.stalled
        if role == Qt.ItemDataRole.FontRole:
            if not needs_attention:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and needs_attention:
            if row.overdue and row.stalled:
                return self._both
            return self._overdue if row.overdue else self._stalled
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)


class ReportsModel(RowsModel):
    """The progress reports of one commitment (``ReportEntry``), newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("FollowUpPage", "Date"),
                    lambda e: date_text(e.reported_on),
                    sort=lambda e: iso_date(e.reported_on),
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Status"), lambda e: status_label(e.status)
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Recorded by"),
                    lambda e: (
                        QCoreApplication.translate("FollowUpPage", "Secretariat")
                        if e.owner_is_secretariat
                        else QCoreApplication.translate("FollowUpPage", "Delegate")
                    ),
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Milestones reached"),
                    lambda e: "\n".join(e.milestones_reached),
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Indicators"),
                    lambda e: "\n".join(indicator_text(i) for i in e.indicators),
                ),
                Column(QCoreApplication.translate("FollowUpPage", "Note"), lambda e: e.note),
            ],
            parent,
        )


class FollowUpFilter(QSortFilterProxyModel):
    """All, overdue or stalled rows, and the words typed in the search field (city or title)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only = "all"
        self._words: tuple[str, ...] = ()
        self.setSortRole(RowsModel.SortRole)
        locale_aware(self)

    def set_only(self, only: str) -> None:
        self.beginFilterChange()
        self._only = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = tuple(fold(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _source_parent: Index) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        row = model.row_at(source_row)
        if self._only == "overdue" and not row.overdue:
            return False
        if self._only == "stalled" and not row.stalled:
            return False
        haystack = fold(f"{row.title}\n{row.city}\n{row.country}")
        return all(word in haystack for word in self._words)
