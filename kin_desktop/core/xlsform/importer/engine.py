"""The importer: the passes over the workbook, in order, and the check of the result."""

from __future__ import annotations

from typing import Any

from kin_desktop.core.errors import DefinitionError
from kin_desktop.core.questionnaire import Definition, load_definition
from kin_desktop.core.xlsform.columns import SURVEY_COLUMNS, SheetReader
from kin_desktop.core.xlsform.importer.document import _Document
from kin_desktop.core.xlsform.importer.expressions import _expression_message, _xpath_position
from kin_desktop.core.xlsform.importer.model import ImportResult, _Frame
from kin_desktop.core.xlsform.problems import Where
from kin_desktop.core.xlsform.workbook import Workbook


class _Importer(_Document):
    """Reads a workbook in passes: settings and languages, choices, the rows, then the definition."""

    def build(self) -> None:
        if self.problems.has_errors and not self.rows:
            return
        self.check_calculations()
        frames: list[_Frame] = []
        for row in self.rows:
            kind = row.type.kind
            if kind in ("begin_group", "begin_repeat") or (
                kind == "refused" and row.type.written.lower().startswith("begin")
            ):
                self.begin(row, frames)
            elif kind in ("end_group", "end_repeat") or (
                kind == "refused" and row.type.written.lower().startswith("end")
            ):
                self.end(row, frames)
            elif kind == "note" or row.as_note:
                self.note(row, frames)
            elif row.qtype is not None and row.our_id is not None and row.dropped is None:
                self.question(row, frames)
            elif kind == "calculate":
                continue
        while frames:
            frame = frames[-1]
            self.problems.error(
                frame.row.where_type,
                f"'{frame.row.type.written}' ({frame.row.name or 'no name'}) is never closed: add an "
                f"'end {'repeat' if frame.kind == 'repeat' else 'group'}' row",
            )
            self.close(frames)
        for section in self.sections:
            if section.pending:
                section.description.extend(section.pending)
                section.pending = []
        if self.root_pending:
            if self.sections:
                self.sections[-1].description.extend(self.root_pending)
            else:
                self.description.extend(self.root_pending)

    def run(self) -> ImportResult:
        survey_sheet = self.workbook.sheet("survey")
        if survey_sheet is None and len(self.workbook.sheets) == 1:
            survey_sheet = self.workbook.sheets[0]
        if survey_sheet is None:
            names = ", ".join(f"'{s.name}'" for s in self.workbook.sheets) or "none"
            self.problems.error(
                None,
                f"there is no sheet named 'survey' (the sheets are {names}): "
                "an XLSForm keeps its questions on a sheet named survey",
            )
            return self.result(None, None)
        self.read_settings()
        self.survey = SheetReader(survey_sheet, SURVEY_COLUMNS, self.problems, self.default_language)
        self.read_languages()
        self.read_choices()
        self.check_survey_columns()
        self.plan_rows()
        self.report_metadata()
        self.report_renames()
        self.build()
        self.report_missing_translations()
        document = self.document()
        if self.problems.has_errors:
            return self.result(None, None)
        return self.validate(document)

    def result(self, document: dict[str, Any] | None, definition: Definition | None) -> ImportResult:
        order = [s.name for s in self.workbook.sheets]
        return ImportResult(document, definition, tuple(self.problems.sorted(order)))

    def validate(self, document: dict[str, Any]) -> ImportResult:
        try:
            definition = load_definition(document)
        except DefinitionError as exc:
            rows = dict(self.id_rows)
            for problem in exc.problems:
                where = rows.get(problem.question_id or "") if problem.question_id else None
                column = None
                if problem.where in ("relevant", "constraint", "default"):
                    column = problem.where
                    found = self.translated.get((problem.question_id or "", problem.where))
                    if found is not None:
                        node, text, cell = found
                        position = _xpath_position(node, problem.position)
                        message = _expression_message(problem.where, text, position, problem.message)
                        self.problems.error(cell, message)
                        continue
                place = where if where is None or column is None else Where(where.sheet, where.row, column)
                self.problems.error(place, f"KIN Desktop refuses this: {problem.message}")
            return self.result(None, None)
        return self.result(document, definition)


def import_workbook(workbook: Workbook, *, lenient: bool = False) -> ImportResult:
    """The workbook as a definition, or the reasons it is refused; every problem at once.

    With ``lenient``, what KIN Desktop cannot do (a GPS question, ``pulldata()``...) is left
    out with a warning each instead of refusing the workbook.
    """
    return _Importer(workbook, lenient).run()
