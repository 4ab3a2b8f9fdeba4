"""The columns of an XLSForm sheet: what each header means, in which language, and reading cells.

Headers are matched the way authors write them: any case, spaces or underscores
(``list name``, ``constraint_message``), the old ``bind:``/``control:`` prefixes
(``bind:relevant``, ``bind:jr:constraintMsg``), ``::`` or ``:`` before a language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType

from kin_desktop.core.xlsform.languages import LanguageSpec, parse_language
from kin_desktop.core.xlsform.problems import Problems, Where
from kin_desktop.core.xlsform.workbook import CellError, CellValue, Sheet, value_text

__all__ = [
    "CHOICES_COLUMNS",
    "SETTINGS_COLUMNS",
    "SURVEY_COLUMNS",
    "TRANSLATABLE",
    "Column",
    "SheetReader",
    "clean_text",
]

# Characters pasted from word processors that are spaces in all but name.
_ODD_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"), " "
)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CLEAN = {**_ODD_SPACES, **_INVISIBLE}


def clean_text(text: str) -> str:
    """A cell's text with odd spaces made plain, invisible characters removed, line ends unified, trimmed."""
    if text.isascii():
        return text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return (
        unicodedata.normalize("NFC", text.translate(_CLEAN)).replace("\r\n", "\n").replace("\r", "\n").strip()
    )


SURVEY_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "type": "type",
        "command": "type",
        "name": "name",
        "tag": "name",
        "label": "label",
        "caption": "label",
        "hint": "hint",
        "guidance_hint": "guidance_hint",
        "required": "required",
        "required_message": "required_message",
        "requiredmsg": "required_message",
        "jr:requiredmsg": "required_message",
        "constraint": "constraint",
        "constraint_message": "constraint_message",
        "constraining_message": "constraint_message",
        "jr:constraintmsg": "constraint_message",
        "relevant": "relevant",
        "relevance": "relevant",
        "default": "default",
        "read_only": "read_only",
        "readonly": "read_only",
        "appearance": "appearance",
        "choice_filter": "choice_filter",
        "repeat_count": "repeat_count",
        "jr:count": "repeat_count",
        "count": "repeat_count",
        "parameters": "parameters",
        "calculation": "calculation",
        "calculate": "calculation",
        "unit": "unit",
        "units": "unit",
        "media": "media",
        "image": "media",
        "big-image": "media",
        "audio": "media",
        "video": "media",
    }
)

CHOICES_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "list_name": "list_name",
        "list": "list_name",
        "name": "name",
        "value": "name",
        "label": "label",
        "caption": "label",
        "media": "media",
        "image": "media",
        "big-image": "media",
        "audio": "media",
        "video": "media",
    }
)

SETTINGS_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "form_title": "form_title",
        "set_form_title": "form_title",
        "title": "form_title",
        "form_id": "form_id",
        "set_form_id": "form_id",
        "id_string": "form_id",
        "version": "version",
        "default_language": "default_language",
        "description": "description",
    }
)

TRANSLATABLE = frozenset(
    {
        "label",
        "hint",
        "guidance_hint",
        "required_message",
        "constraint_message",
        "unit",
        "media",
        "form_title",
        "description",
    }
)

# Columns whose content means nothing to KIN Desktop and whose loss changes nothing a delegate sees.
_QUIET = frozenset(
    {
        "comment",
        "comments",
        "note",
        "notes",
        "remarks",
        "instance_name",
        "style",
        "public_key",
        "submission_url",
        "allow_choice_duplicates",
        "namespaces",
        "auto_send",
        "auto_delete",
        "clean_text_values",
        "prefix",
        "delimiter",
        "omit_instanceid",
        "client_editable",
    }
)

_PREFIXES = ("bind::", "bind:", "control::", "control:", "body::", "body:")


@dataclass(frozen=True)
class Column:
    """One header: its meaning ``base`` (None when unknown), its language and where it is."""

    index: int
    header: str
    base: str | None
    key: str  # the header normalized (for unknown columns: what it says)
    language: LanguageSpec | None = None

    @property
    def code(self) -> str | None:
        return None if self.language is None else self.language.code


def _normalize(header: str) -> str:
    return "_".join(clean_text(header).split()).casefold()


def parse_header(index: int, header: str, known: Mapping[str, str]) -> Column:
    text = clean_text(header)
    key = _normalize(header)
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix) :]
            break
    if key.startswith("media::"):
        key = key[len("media::") :]
    language: str | None = None
    if "::" in key:
        key, language = key.split("::", 1)
    elif ":" in key and not key.startswith("jr:"):
        first, rest = key.split(":", 1)
        if known.get(first) in TRANSLATABLE:
            key, language = first, rest
    base = known.get(key)
    if language is not None:
        # the language is read from the original header (its case and spaces), not the normalized key
        original = text.split("::", 1)[1] if "::" in text else text.split(":", 1)[1]
        if original.casefold().startswith(("image::", "audio::", "video::", "big-image::")):
            original = original.split("::", 1)[1]
        return Column(index, text, base, key, parse_language(original))
    return Column(index, text, base, key)


@dataclass
class SheetReader:
    """Reads one sheet's cells by column meaning and language, reporting what it cannot read."""

    sheet: Sheet
    known: Mapping[str, str]
    problems: Problems
    default_language: str = "en"
    columns: list[Column] = field(default_factory=list)
    by_base: dict[str, list[Column]] = field(default_factory=dict)
    header_row: int = 0

    def __post_init__(self) -> None:
        rows = self.sheet.rows
        self.header_row = next((i for i, row in enumerate(rows) if any(_filled(v) for v in row)), 0)
        header = rows[self.header_row] if rows else ()
        for index, value in enumerate(header):
            text = value_text(value) if not isinstance(value, CellError) else ""
            if not clean_text(text):
                continue
            column = parse_header(index, text, self.known)
            self.columns.append(column)
            if column.base is not None:
                self.by_base.setdefault(column.base, []).append(column)

    # -- places ---------------------------------------------------------------

    def row_number(self, index: int) -> int:
        numbers = self.sheet.row_numbers
        return numbers[index] if numbers is not None else index + 1

    def where(self, index: int, column: Column | None = None) -> Where:
        return Where(
            self.sheet.name,
            self.row_number(index),
            None if column is None else column.header,
            None if column is None else column.index,
        )

    def data_rows(self) -> range:
        return range(self.header_row + 1, len(self.sheet.rows))

    # -- cells ----------------------------------------------------------------

    def raw(self, index: int, column: Column) -> CellValue:
        row = self.sheet.rows[index]
        return row[column.index] if column.index < len(row) else None

    def cell(self, index: int, column: Column, *, dates_expected: bool = False) -> str:
        """The cleaned text of a cell; an Excel date where text was meant and an error cell are reported."""
        value = self.raw(index, column)
        if value is None:
            return ""
        if isinstance(value, str):
            return clean_text(value)
        if isinstance(value, CellError):
            self.problems.error(
                self.where(index, column),
                f"the cell holds the spreadsheet error {value.code}: correct the formula or type the value",
            )
            return ""
        text = value_text(value)
        if isinstance(value, datetime | date) and not dates_expected:
            self.problems.warning(
                self.where(index, column),
                f"this is an Excel date cell, read as '{text}': if you typed something else (such as 1-2), "
                "format the column as Text and type it again",
            )
        return text

    def first(self, base: str) -> Column | None:
        found = self.by_base.get(base)
        return found[0] if found else None

    def text(self, index: int, base: str, *, dates_expected: bool = False) -> tuple[str, Where]:
        """The text of the column ``base`` (its first column without a language)."""
        for column in self.by_base.get(base, ()):
            if column.language is None:
                return self.cell(index, column, dates_expected=dates_expected), self.where(index, column)
        columns = self.by_base.get(base, ())
        if columns:
            return self.cell(index, columns[0], dates_expected=dates_expected), self.where(index, columns[0])
        return "", self.where(index)

    def localized(self, index: int, base: str) -> tuple[dict[str, str], dict[str, Where]]:
        """The texts of ``base`` in every language (the plain column is the default language)."""
        texts: dict[str, str] = {}
        places: dict[str, Where] = {}
        for column in self.by_base.get(base, ()):
            code = self.default_language if column.language is None else column.language.code
            if code is None:
                continue
            text = self.cell(index, column)
            if not text:
                places.setdefault(code, self.where(index, column))
                continue
            if code in texts and texts[code] != text:
                self.problems.warning(
                    self.where(index, column),
                    f"two columns give the {code} text of this row and they differ; "
                    f"'{texts[code]}' (column {places[code].column}) is used",
                )
                continue
            texts.setdefault(code, text)
            places[code] = self.where(index, column)
        return texts, places

    def is_blank(self, index: int) -> bool:
        return not any(_filled(v) for v in self.sheet.rows[index])

    def unknown_columns(self) -> list[Column]:
        return [
            c for c in self.columns if c.base is None and c.key not in _QUIET and not c.key.startswith("#")
        ]


def _filled(value: CellValue) -> bool:
    return value is not None and not (isinstance(value, str) and not clean_text(value))


def column_languages(columns: Sequence[Column]) -> list[str]:
    """The language codes of ``columns``, in order, each once."""
    seen: list[str] = []
    for column in columns:
        code = column.code
        if code is not None and code not in seen:
            seen.append(code)
    return seen
