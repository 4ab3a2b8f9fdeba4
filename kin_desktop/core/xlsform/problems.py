"""Problems found in a workbook: each names its sheet, row and column, and says what to do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Problem", "Problems", "Severity", "Where"]

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Where:
    """A place in the workbook: a sheet, optionally a 1-based row and a column (header text)."""

    sheet: str | None
    row: int | None = None
    column: str | None = None
    column_index: int | None = None  # 0-based, for the cell reference (F12)


@dataclass(frozen=True)
class Problem:
    """One problem. ``severity`` is ``error`` (the workbook is refused) or ``warning``."""

    severity: Severity
    sheet: str | None
    row: int | None
    column: str | None
    message: str
    column_index: int | None = None

    @property
    def cell(self) -> str | None:
        """The cell reference (``F12``) when the problem is about one cell."""
        if self.row is None or self.column_index is None:
            return None
        from kin_desktop.core.xlsform.workbook import column_letter

        return f"{column_letter(self.column_index)}{self.row}"

    def to_json(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }

    def __str__(self) -> str:
        place = [self.sheet or "workbook"]
        if self.cell is not None:
            place.append(self.cell)
        elif self.row is not None:
            place.append(f"row {self.row}")
        if self.column:
            place.append(f"[{self.column}]")
        return f"{self.severity}: {' '.join(place)}: {self.message}"


class Problems:
    """Collects problems in the order found; ``refuse`` is an error, or a warning when lenient."""

    def __init__(self, *, lenient: bool) -> None:
        self.lenient = lenient
        self.items: list[Problem] = []

    def add(self, severity: Severity, where: Where | None, message: str) -> None:
        where = where or Where(None)
        self.items.append(
            Problem(severity, where.sheet, where.row, where.column, message, where.column_index)
        )

    def error(self, where: Where | None, message: str) -> None:
        self.add("error", where, message)

    def warning(self, where: Where | None, message: str) -> None:
        self.add("warning", where, message)

    def refuse(self, where: Where | None, message: str, dropped: str) -> None:
        """Something KIN Desktop cannot do: an error, or with ``lenient`` a warning that it was left out."""
        if self.lenient:
            self.add("warning", where, f"{message} ({dropped})")
        else:
            self.add("error", where, f"{message}; remove it, or import with --lenient to leave it out")

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.items)

    def sorted(self, sheet_order: list[str]) -> list[Problem]:
        """Problems by sheet (workbook-wide ones first), then row and column."""

        def key(problem: Problem) -> tuple[int, int, int, int]:
            sheet = (
                -1
                if problem.sheet is None
                else (sheet_order.index(problem.sheet) if problem.sheet in sheet_order else len(sheet_order))
            )
            return (
                sheet,
                -1 if problem.row is None else problem.row,
                -1 if problem.column_index is None else problem.column_index,
                0,
            )

        return sorted(self.items, key=key)
