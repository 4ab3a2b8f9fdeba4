"""What an XLSForm workbook holds, as the file readers hand it over: sheets of rows of values.

Readers (``services/xlsform``) keep each cell's type: text, a number (int or float), a
boolean, a date or date-time (an Excel date cell), a time, or a :class:`CellError` (a
formula's ``#N/A``...). Turning values into text is done here, in one place, so that a
choice named ``1`` reads as ``1`` and not ``1.0`` whichever file it came from, and an
Excel date is reported where text was meant.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TypeAlias

__all__ = ["CellError", "CellValue", "Sheet", "Workbook", "column_letter", "value_text"]


@dataclass(frozen=True, slots=True)
class CellError:
    """A cell holding a spreadsheet error (``#N/A``, ``#REF!``...)."""

    code: str


CellValue: TypeAlias = str | int | float | bool | datetime | date | time | CellError | None


@dataclass(frozen=True)
class Sheet:
    """One sheet: ``rows[0]`` is the spreadsheet's row 1 (the header).

    ``row_numbers`` gives each row's number in the file when it is not its position plus
    one (the sheets of a CSV file are blocks of its lines).
    """

    name: str
    rows: Sequence[Sequence[CellValue]]
    row_numbers: Sequence[int] | None = None


@dataclass(frozen=True)
class Workbook:
    """The sheets of a workbook, in file order; ``source_name`` is the file's name (no folder)."""

    sheets: Sequence[Sheet]
    source_name: str
    file_kind: str = "xlsx"  # "xlsx", "xls" or "csv"

    def sheet(self, name: str) -> Sheet | None:
        """The sheet called ``name``, ignoring case and surrounding spaces."""
        wanted = name.casefold()
        for sheet in self.sheets:
            if sheet.name.strip().casefold() == wanted:
                return sheet
        return None


def column_letter(index: int) -> str:
    """``0`` -> ``A``, ``26`` -> ``AA`` (the spreadsheet's name of a 0-based column)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _number_text(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = format(value, ".15g")
    if "e" in text:
        text = format(value, "f").rstrip("0").rstrip(".")
    return text


def value_text(value: CellValue) -> str:
    """The text a cell stands for: numbers as typed (``1``, ``2007.1``), dates as ``YYYY-MM-DD``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    return value.code
