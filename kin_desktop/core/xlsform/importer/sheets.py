"""The settings, languages and choices sheets, the survey's columns, and missing translations."""

from __future__ import annotations

import re

from kin_desktop.core.xlsform.columns import CHOICES_COLUMNS, SETTINGS_COLUMNS, Column, SheetReader
from kin_desktop.core.xlsform.importer.model import _Choice, _humanize, _List, _our_id, _rows
from kin_desktop.core.xlsform.importer.state import _State
from kin_desktop.core.xlsform.languages import english_name, parse_language
from kin_desktop.core.xlsform.problems import Where
from kin_desktop.core.xlsform.rowtypes import parse_type


def _structural(reader: SheetReader, index: int) -> bool:
    """Rows whose label needs no translation: group ends, metadata."""
    column = reader.first("type")
    if column is None:
        return False
    kind = parse_type(reader.cell(index, column)).kind
    return kind in ("end_group", "end_repeat", "metadata", "calculate")


class _Sheets(_State):
    def read_settings(self) -> None:
        sheet = self.workbook.sheet("settings")
        if sheet is None:
            return
        reader = SheetReader(sheet, SETTINGS_COLUMNS, self.problems)
        rows = [i for i in reader.data_rows() if not reader.is_blank(i)]
        if not rows:
            return
        index = rows[0]
        if len(rows) > 1:
            self.problems.warning(
                reader.where(rows[1]),
                "the settings sheet has more than one row of values: only the first is read",
            )
        for base in ("form_id", "version", "default_language"):
            text, where = reader.text(index, base)
            if text:
                self.settings[base] = (text, where)
        language_text, where = self.settings.get("default_language", ("", None))
        if language_text:
            spec = parse_language(language_text)
            if spec.code is None:
                self.problems.error(where, f"default_language: {spec.problem}")
            else:
                self.default_language = spec.code
        reader.default_language = self.default_language
        for base in ("form_title", "description"):
            texts, places = reader.localized(index, base)
            if texts:
                self.settings[base] = (texts, next(iter(places.values())))

    def read_languages(self) -> None:
        assert self.survey is not None
        codes: list[str] = []
        seen: dict[tuple[str, str], Column] = {}
        for column in self.survey.columns:
            if column.base is None:
                continue
            if column.language is None:
                if column.base in ("label", "hint", "constraint_message", "required_message", "unit"):
                    code = self.default_language
                else:
                    continue
            else:
                code = column.language.code  # type: ignore[assignment]
                if code is None:
                    where = Where(
                        self.survey.sheet.name,
                        self.survey.row_number(self.survey.header_row),
                        column.header,
                        column.index,
                    )
                    self.problems.refuse(
                        where,
                        f"column '{column.header}': {column.language.problem}",
                        "this column was left out",
                    )
                    continue
            key = (column.base, code)
            if key in seen:
                first = seen[key]
                where = Where(
                    self.survey.sheet.name,
                    self.survey.row_number(self.survey.header_row),
                    column.header,
                    column.index,
                )
                self.problems.warning(
                    where,
                    f"columns '{first.header}' and '{column.header}' both hold the {english_name(code)} "
                    f"({code}) {column.base}: they are read as one (where both are filled, the first wins)",
                )
            else:
                seen[key] = column
            if (
                column.base in ("label", "hint", "constraint_message", "required_message", "unit")
                and code not in codes
            ):
                codes.append(code)
        self.languages = ["en", *[c for c in codes if c != "en"]]
        labels = list(self.survey.by_base.get("label", ()))
        if not labels:
            self.problems.error(
                Where(self.survey.sheet.name, self.survey.row_number(self.survey.header_row)),
                "the survey sheet has no label column: add a column 'label' (or 'label::English (en)')",
            )
        elif "en" not in codes:
            self.no_english = True
            written = ", ".join(f"{english_name(c)} ({c})" for c in codes) or "none"
            self.problems.error(
                Where(
                    self.survey.sheet.name,
                    self.survey.row_number(self.survey.header_row),
                    labels[0].header,
                    labels[0].index,
                ),
                f"the labels have no English (the languages are: {written}): every KIN Desktop "
                "questionnaire is in English and optionally other languages; add label::English (en) "
                "columns, or set default_language in the settings sheet if the plain label column is English",
            )

    def read_choices(self) -> None:
        sheet = self.workbook.sheet("choices")
        if sheet is None:
            return
        reader = SheetReader(sheet, CHOICES_COLUMNS, self.problems, self.default_language)
        self.choices = reader
        list_column = reader.first("list_name")
        name_column = reader.first("name")
        if list_column is None or name_column is None:
            missing = "list_name" if list_column is None else "name"
            self.problems.error(
                Where(sheet.name, reader.row_number(reader.header_row)),
                f"the choices sheet has no '{missing}' column: it needs list_name, name and label",
            )
            return
        for column in reader.columns:
            if column.base == "label" and column.language is not None and column.code is None:
                self.problems.refuse(
                    Where(sheet.name, reader.row_number(reader.header_row), column.header, column.index),
                    f"column '{column.header}': {column.language.problem}",
                    "this column was left out",
                )
            elif column.base == "label" and column.code and column.code not in self.languages:
                self.languages.append(column.code)
            elif column.base == "media":
                self.warn_column(reader, column, "images, audio and video of choices are not shown")
        extra = [c for c in reader.columns if c.base is None]
        unlabeled: list[int] = []
        for index in reader.data_rows():
            if reader.is_blank(index):
                continue
            list_name = reader.cell(index, list_column)
            name = reader.cell(index, name_column)
            where = reader.where(index, name_column)
            if not list_name:
                self.problems.error(
                    reader.where(index, list_column),
                    f"the choice '{name}' has no list_name: give the name of its list",
                )
                continue
            if not name:
                self.problems.error(
                    where, f"a choice of list '{list_name}' has no name: give it a name (its stored value)"
                )
                continue
            labels, _places = reader.localized(index, "label")
            if not labels:
                labels = {"en": name}
                unlabeled.append(reader.row_number(index))
            choice_list = self.lists.setdefault(list_name, _List(list_name))
            if name in choice_list.names:
                message = f"list '{list_name}' has the choice '{name}' twice"
                if self.lenient:
                    self.problems.warning(where, f"{message} (this row was left out)")
                else:
                    self.problems.error(where, f"{message}: choice names must differ within a list")
                continue
            columns = {c.key: reader.cell(index, c) for c in extra}
            choice_list.names.add(name)
            choice_list.choices.append(_Choice(name, labels, index, where, columns))
        if unlabeled:
            label = reader.first("label")
            self.problems.warning(
                Where(
                    sheet.name, unlabeled[0], label.header if label else None, label.index if label else None
                ),
                f"{len(unlabeled)} choice(s) have no label (rows {_rows(unlabeled)}): their name is shown instead",
            )

    def warn_column(self, reader: SheetReader, column: Column, why: str) -> None:
        filled = [i for i in reader.data_rows() if reader.cell(i, column)]
        if filled:
            self.problems.warning(
                reader.where(filled[0], column),
                f"column '{column.header}' ({len(filled)} cell(s)) is left out: {why}",
            )

    def check_survey_columns(self) -> None:
        reader = self.survey
        assert reader is not None
        for column in reader.columns:
            if column.base == "media":
                self.warn_column(reader, column, "images, audio and video are not shown in KIN Desktop")
            elif column.base == "guidance_hint":
                self.warn_column(reader, column, "guidance hints are not shown in KIN Desktop")
        for column in reader.unknown_columns():
            self.warn_column(reader, column, "KIN Desktop does not know this column")
        if reader.first("type") is None:
            self.problems.error(
                Where(reader.sheet.name, reader.row_number(reader.header_row)),
                "the survey sheet has no 'type' column",
            )
        if reader.first("name") is None:
            self.problems.error(
                Where(reader.sheet.name, reader.row_number(reader.header_row)),
                "the survey sheet has no 'name' column",
            )

    def report_missing_translations(self) -> None:
        for reader in (self.survey, self.choices):
            if reader is None:
                continue
            for base in ("label", "hint", "constraint_message", "required_message", "unit"):
                columns = reader.by_base.get(base, ())
                english = [c for c in columns if (c.code or self.default_language) == "en"]
                if not english:
                    continue
                for column in columns:
                    code = column.code if column.language is not None else self.default_language
                    if code in (None, "en"):
                        continue
                    missing = [
                        reader.row_number(i)
                        for i in reader.data_rows()
                        if any(reader.raw(i, e) not in (None, "") for e in english)
                        and reader.raw(i, column) in (None, "")
                        and not _structural(reader, i)
                    ]
                    if missing:
                        self.problems.warning(
                            Where(reader.sheet.name, missing[0], column.header, column.index),
                            f"'{column.header}' is empty in {len(missing)} row(s) where English has text "
                            f"(rows {_rows(missing)}): those texts show in English",
                        )

    def form_title(self) -> dict[str, str]:
        found = self.settings.get("form_title")
        if found is not None:
            texts = dict(found[0])
            if "en" not in texts:
                first = next(iter(texts.values()))
                texts["en"] = first
            return texts
        return {"en": _humanize(self.form_id()[0])}

    def form_id(self) -> tuple[str, bool]:
        found = self.settings.get("form_id")
        written = found[0] if found else re.sub(r"\.[^.]*$", "", self.workbook.source_name) or "questionnaire"
        our = _our_id(written, extra="-")
        our = re.sub(r"_+", "_", our)
        return our, found is not None
