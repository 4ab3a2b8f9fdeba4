"""Saving XLSForm sheets as an .xlsx workbook (openpyxl), readable by ODK, Kobo and KIN Desktop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kin_desktop.core.xlsform.workbook import Workbook

__all__ = ["save_workbook"]


def save_workbook(workbook: Workbook, path: Path) -> None:
    """Write ``workbook`` to ``path``: every cell as text (a label starting with '=' stays text)."""
    import openpyxl  # type: ignore[import-untyped]  # noqa: PLC0415 - heavy; only exporting needs it
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]  # noqa: PLC0415
    from openpyxl.styles import Font  # type: ignore[import-untyped]  # noqa: PLC0415

    book = openpyxl.Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet in workbook.sheets:
        worksheet: Any = book.create_sheet(sheet.name)
        widths: dict[int, int] = {}
        for row in sheet.rows:
            for index, value in enumerate(row):
                text = "" if value is None else str(value)
                widths[index] = min(
                    60, max(widths.get(index, 8), max((len(p) for p in text.split("\n")), default=0) + 2)
                )
        for index, width in widths.items():
            from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]  # noqa: PLC0415

            worksheet.column_dimensions[get_column_letter(index + 1)].width = width
        worksheet.freeze_panes = "A2"
        for number, row in enumerate(sheet.rows):
            cells = []
            for value in row:
                cell = WriteOnlyCell(worksheet, value=None if value is None else str(value))
                if value is not None:
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                if number == 0:
                    cell.font = bold
                cells.append(cell)
            worksheet.append(cells)
    book.save(path)
