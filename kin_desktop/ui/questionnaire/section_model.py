"""The section list: one frozen row per section, its title and how far it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from kin_desktop.core.questionnaire import Definition, Evaluation, SectionProgress
from kin_desktop.ui.palette import error_color, ok_color
from kin_desktop.ui.questionnaire.texts import fallback_tooltip, fell_back, localized

CHECK_MARK = "\u2713"
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SectionRow:
    section_id: str
    title: str
    title_fell_back: bool
    progress: SectionProgress


class SectionListModel(QAbstractTableModel):
    """Two columns: the section title and its completeness ("3/5 ✓")."""

    TITLE, PROGRESS = 0, 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SectionRow, ...] = ()
        self._language = "en"

    def set_rows(self, rows: tuple[SectionRow, ...], language: str) -> None:
        same_shape = [r.section_id for r in rows] == [r.section_id for r in self._rows]
        self._language = language
        if not same_shape:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
        self._rows = rows
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), 1))

    def row_at(self, row: int) -> SectionRow:
        return self._rows[row]

    def row_of(self, section_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.section_id == section_id:
                return number
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else 2

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._rows[index.row()].progress.relevant:
            flags |= Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        progress = row.progress
        column = index.column()
        if role == SECTION_ID_ROLE:
            return row.section_id
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title if column == self.TITLE else self._progress_text(progress)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            tip = self._progress_tip(progress)
            if column == self.TITLE and role == Qt.ItemDataRole.ToolTipRole:
                tip = f"{row.title}\n{tip}"  # whole, where the narrow list cuts it
                if row.title_fell_back:
                    tip = f"{tip}\n{fallback_tooltip(self._language)}"
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PROGRESS and progress.relevant:
            if progress.issues:
                return error_color()
            if _ticked(progress):
                return ok_color()
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Section") if section == self.TITLE else self.tr("Done")
        return None

    def _progress_text(self, progress: SectionProgress) -> str:
        if not progress.relevant:
            return "\u2014"
        # Required answers given/asked; a section asking for none shows only its check mark
        # (the tooltip says how many of its questions are answered).
        locale = QLocale()
        text = (
            f"{locale.toString(progress.required_answered)}/{locale.toString(progress.required_total)}"
            if progress.required_total
            else ""
        )
        if progress.issues:
            return f"{text} !".strip()
        if _ticked(progress):
            return f"{text} {CHECK_MARK}".strip()
        return text

    def _progress_tip(self, progress: SectionProgress) -> str:
        if not progress.relevant:
            return self.tr("Does not apply, given your other answers.")
        parts: list[str] = []
        if progress.required_total:
            parts.append(
                self.tr("%1 of %2 required answers given.")
                .replace("%1", QLocale().toString(progress.required_answered))
                .replace("%2", QLocale().toString(progress.required_total))
            )
        else:
            parts.append(
                self.tr("No required questions; %1 of %2 answered.")
                .replace("%1", QLocale().toString(progress.answered))
                .replace("%2", QLocale().toString(progress.total))
            )
        if progress.issues:
            parts.append(self.tr("%Ln answer(s) need correcting.", "", progress.issues))
        elif _ticked(progress):
            parts.append(self.tr("Complete."))
        return " ".join(parts)


def _ticked(progress: SectionProgress) -> bool:
    """Complete, and something in it: an optional section nobody answered earns no tick."""
    return progress.complete and (progress.required_total > 0 or progress.answered > 0)


def section_rows(definition: Definition, evaluation: Evaluation, language: str) -> tuple[SectionRow, ...]:
    return tuple(
        SectionRow(
            section.id,
            localized(section.title, language),
            fell_back((section.title,), language),
            evaluation.section(section.id),
        )
        for section in definition.sections
    )
