"""The problems of an XLSForm import as a table: severity, sheet, cell, column, message."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from kin_desktop.core.xlsform.problems import Problem
from kin_desktop.ui.palette import error_color, warning_color

_Index = QModelIndex | QPersistentModelIndex


class ProblemsModel(QAbstractTableModel):
    """Read-only rows of :class:`Problem`, in the order the importer sorted them (sheet, row, column)."""

    SEVERITY, SHEET, CELL, COLUMN, MESSAGE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Severity"),
            self.tr("Sheet"),
            self.tr("Cell"),
            self.tr("Column"),
            self.tr("What to do"),
        )[section]

    def _severity(self, problem: Problem) -> str:
        return self.tr("Error") if problem.severity == "error" else self.tr("Warning")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.SEVERITY:
                return self._severity(problem)
            if column == self.SHEET:
                return problem.sheet or self.tr("(workbook)")
            if column == self.CELL:
                if problem.cell is not None:
                    return problem.cell
                return "" if problem.row is None else self.tr("row %1").replace("%1", str(problem.row))
            if column == self.COLUMN:
                return problem.column or ""
            return self.message(problem)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE:
            return self.message(problem)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return error_color() if problem.severity == "error" else warning_color()
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEVERITY:
            style = QApplication.style()
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if problem.severity == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return style.standardIcon(icon)
        return None

    def message(self, problem: Problem) -> str:
        """The message, with the command line's option named as the page's check box."""
        return problem.message.replace(
            "import with --lenient to leave it out",
            self.tr("tick 'Leave out what KIN Desktop cannot do'"),
        )

    def as_text(self, rows: Sequence[int] | None = None) -> str:
        """Tab-separated lines (for the clipboard: pastes into a spreadsheet as a table)."""
        chosen = range(len(self._problems)) if rows is None else rows
        lines = []
        for row in chosen:
            problem = self._problems[row]
            cells = [
                self._severity(problem),
                problem.sheet or "",
                problem.cell or ("" if problem.row is None else str(problem.row)),
                problem.column or "",
                self.message(problem),
            ]
            lines.append("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells))
        return "\n".join(lines)
