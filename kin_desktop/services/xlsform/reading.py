"""Reading an XLSForm file (.xlsx with openpyxl, .xls with xlrd, .csv) into sheets of typed values.

The file's kind is told from its first bytes, not its name (a workbook saved as ``.xls``
by one program and renamed ``.xlsx`` by another is common). Cell types are kept: numbers
stay numbers and Excel dates dates, so :mod:`kin_desktop.core.xlsform` can say what they
stand for. Anything that cannot be read raises :class:`XLSFormReadError` with a sentence
a secretary can act on; nothing here raises anything else for a bad file.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kin_desktop.core.errors import KinError
from kin_desktop.core.xlsform.workbook import CellError, CellValue, Sheet, Workbook

__all__ = ["MAX_COLUMNS", "MAX_FILE_BYTES", "MAX_ROWS", "XLSFormReadError", "read_workbook"]

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest XLSForm file read (a large real form is well under 5 MB)."""
MAX_ROWS = 100_000
"""Rows of one sheet."""
MAX_COLUMNS = 512
"""Columns of one sheet (a form in 20 languages has about 150)."""
_EMPTY_RUN = 2_000  # this many empty rows in a row end a sheet (stray formatting far below the form)

_ERROR_CODES = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA"}
)


class XLSFormReadError(KinError):
    """The file cannot be read as an XLSForm workbook."""

    code = "xlsform_unreadable"


def read_workbook(path: str | Path) -> Workbook:
    """The sheets of the XLSForm at ``path``; :class:`XLSFormReadError` when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise XLSFormReadError(
                f"{path.name} is {size // (1024 * 1024)} MB; KIN Desktop reads XLSForms of up to "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise XLSFormReadError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, path.name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return _read_xls(data, path.name)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise XLSFormReadError(
            f"{path.name} is not an Excel workbook (it may be damaged, or another kind of file renamed): "
            "open it in a spreadsheet program and save it as .xlsx"
        )
    return _read_csv(data, path.name)


def _checked_row(row: tuple[Any, ...], sheet: str, number: int) -> tuple[Any, ...]:
    if len(row) > MAX_COLUMNS:
        trimmed = row[MAX_COLUMNS:]
        if any(value not in (None, "") for value in trimmed):
            raise XLSFormReadError(
                f"sheet '{sheet}', row {number}, has more than {MAX_COLUMNS} columns: KIN Desktop reads "
                f"{MAX_COLUMNS} at most"
            )
        row = row[:MAX_COLUMNS]
    return row


def _collect(rows: Iterator[tuple[Any, ...]], sheet: str) -> list[tuple[Any, ...]]:
    """Rows up to the last non-empty one, refusing sheets beyond the limits."""
    kept: list[tuple[Any, ...]] = []
    last = 0
    empty_run = 0
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS:
            raise XLSFormReadError(
                f"sheet '{sheet}' has more than {MAX_ROWS:,} rows: KIN Desktop reads {MAX_ROWS:,} at most"
            )
        row = _checked_row(row, sheet, number)
        kept.append(row)
        if any(value is not None and value != "" for value in row):
            last = number
            empty_run = 0
        else:
            empty_run += 1
            if empty_run >= _EMPTY_RUN:
                break
    return kept[:last]


def _xlsx_value(value: Any) -> CellValue:
    if isinstance(value, str) and value in _ERROR_CODES:
        return CellError(value)
    return value  # type: ignore[no-any-return]


def _read_xlsx(data: bytes, name: str) -> Workbook:
    import openpyxl  # type: ignore[import-untyped]  # noqa: PLC0415 - heavy, and only this reader needs it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise XLSFormReadError(
            f"{name} cannot be opened as an .xlsx workbook ({exc}): open it in a spreadsheet program and "
            "save it again"
        ) from exc
    try:
        sheets = []
        for worksheet in book.worksheets:
            rows = _collect(
                (tuple(_xlsx_value(v) for v in row) for row in worksheet.iter_rows(values_only=True)),
                worksheet.title,
            )
            sheets.append(Sheet(worksheet.title, rows))
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise XLSFormReadError(f"{name} is damaged and cannot be read ({exc})") from exc
    finally:
        book.close()
    return Workbook(sheets, name, "xlsx")


def _read_xls(data: bytes, name: str) -> Workbook:
    import xlrd  # type: ignore[import-untyped]  # noqa: PLC0415

    try:
        book = xlrd.open_workbook(file_contents=data)
    except Exception as exc:  # noqa: BLE001 - xlrd raises many kinds for a damaged file
        raise XLSFormReadError(
            f"{name} cannot be opened as an .xls workbook ({exc}): open it in a spreadsheet program and "
            "save it as .xlsx"
        ) from exc
    try:
        sheets = []
        for sheet in book.sheets():
            if sheet.ncols > MAX_COLUMNS:
                raise XLSFormReadError(f"sheet '{sheet.name}' has more than {MAX_COLUMNS} columns")

            def values(sheet: Any = sheet) -> Iterator[tuple[Any, ...]]:
                for r in range(sheet.nrows):
                    yield tuple(_xls_value(cell, book.datemode) for cell in sheet.row(r))

            sheets.append(Sheet(sheet.name, _collect(values(), sheet.name)))
    finally:
        book.release_resources()
    return Workbook(sheets, name, "xls")


def _xls_value(cell: Any, datemode: int) -> CellValue:
    import xlrd  # noqa: PLC0415

    kind = cell.ctype
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if kind == xlrd.XL_CELL_TEXT:
        return str(cell.value)
    if kind == xlrd.XL_CELL_NUMBER:
        return float(cell.value)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if kind == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, datemode)  # type: ignore[no-any-return]
        except (xlrd.xldate.XLDateError, OverflowError, ValueError):
            return float(cell.value)
    if kind == xlrd.XL_CELL_ERROR:
        return CellError(xlrd.error_text_from_code.get(cell.value, "#ERROR"))
    return str(cell.value)


_SHEET_NAMES = frozenset({"survey", "choices", "settings", "external_choices", "entities", "osm"})


def _read_csv(data: bytes, name: str) -> Workbook:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise XLSFormReadError(
            f"{name} is not UTF-8 text (byte {exc.start + 1} is not): save it as 'CSV UTF-8' or as .xlsx"
        ) from None
    if "\x00" in text:
        raise XLSFormReadError(f"{name} is not a text file: an XLSForm is .xlsx, .xls or .csv")
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    records: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for record in reader:
            records.append((line, record))
            line = reader.line_num + 1
            if len(records) > MAX_ROWS:
                raise XLSFormReadError(f"{name} has more than {MAX_ROWS:,} rows")
    except csv.Error as exc:
        raise XLSFormReadError(f"{name}, line {reader.line_num}: {exc}") from exc
    first = next((record for _n, record in records if any(cell.strip() for cell in record)), None)
    if first is None:
        raise XLSFormReadError(f"{name} is empty")
    if first[0].strip().casefold() not in _SHEET_NAMES:
        rows = [tuple(_csv_value(c) for c in record) for _n, record in records]
        return Workbook([Sheet("survey", rows, [n for n, _r in records])], name, "csv")
    # pyxform's layout: a sheet's name in the first column starts it, its rows follow from column 2
    sheets: list[Sheet] = []
    current: tuple[str, list[tuple[CellValue, ...]], list[int]] | None = None
    for number, record in records:
        head = record[0].strip() if record else ""
        content = record[1:]
        if head:
            if current is not None:
                sheets.append(Sheet(current[0], current[1], current[2]))
            current = (head, [], [])
        if current is None:
            continue
        if any(cell.strip() for cell in content) or (not head and current[1]):
            current[1].append(tuple(_csv_value(c) for c in content))
            current[2].append(number)
    if current is not None:
        sheets.append(Sheet(current[0], current[1], current[2]))
    return Workbook(sheets, name, "csv")


def _csv_value(text: str) -> CellValue:
    return text if text.strip() else None
