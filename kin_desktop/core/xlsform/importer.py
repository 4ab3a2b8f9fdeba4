"""An XLSForm workbook made into a KIN Desktop questionnaire definition, with every problem at once.

:func:`import_workbook` takes the sheets as the readers hand them over
(:mod:`.workbook`) and returns the definition document (``docs/questionnaire-format.md``)
and the list of problems, each naming its sheet, row and column. Nothing here reads
files: ``services/xlsform`` does, so this module is pure and tested on plain rows.

How XLSForm maps is documented in ``docs/xlsform.md``; in short:

- top-level groups are sections (questions outside any group gather in a section named
  after the form); groups inside them are flattened, their conditions joined to each
  question's; repeat groups stay repeat groups (they do not nest);
- text (``multiline``: long text), integer, decimal, date, select_one (a list of exactly
  ``yes`` and ``no``: a yes/no question; ``likert`` over 1..n: a rating), select_multiple,
  rank, range; ``or_other`` adds the choice ``other`` and a question ``NAME_other``;
- notes become text: the description of a section when they open it, else the start of
  the next question's hint; calculations are put in place of their ``${name}``;
- ``.`` ``>=``/``<=`` bounds at the end of a constraint become the question's min/max
  (length, number chosen), so the delegate gets the engine's own messages;
- a decimal's unit comes from a ``unit`` column, or from the end of its label in square
  brackets: ``Area of the city [km²]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from kin_desktop.core import expr
from kin_desktop.core.errors import DefinitionError
from kin_desktop.core.questionnaire import Definition, load_definition
from kin_desktop.core.questionnaire.definition import DEFINITION_ID_PATTERN
from kin_desktop.core.xlsform.columns import (
    CHOICES_COLUMNS,
    SETTINGS_COLUMNS,
    SURVEY_COLUMNS,
    Column,
    SheetReader,
    clean_text,
)
from kin_desktop.core.xlsform.languages import english_name, parse_language
from kin_desktop.core.xlsform.problems import Problem, Problems, Where
from kin_desktop.core.xlsform.rowtypes import OTHER_LABELS, RowType, parse_type
from kin_desktop.core.xlsform.workbook import Workbook
from kin_desktop.core.xlsform.xpath import Context, Target, Translation, translate

__all__ = ["ImportResult", "import_workbook"]

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_YES = frozenset({"yes", "true", "true()", "1", "t", "y", "ja", "oui", "si", "sí"})
_NO = frozenset({"no", "false", "false()", "0", "f", "n", "non", ""})
_UNIT_IN_LABEL = re.compile(r"^(?P<label>.*\S)\s*\[(?P<unit>[^\[\]]+)\]$", re.DOTALL)
_INTERPOLATION = re.compile(r"\$\{\s*([^}]*?)\s*\}")
_QUIET_APPEARANCES = frozenset(
    {
        "field-list",
        "table-list",
        "minimal",
        "compact",
        "horizontal",
        "horizontal-compact",
        "quick",
        "quickcompact",
        "no-buttons",
        "columns",
        "columns-pack",
        "columns-flex",
        "list",
        "list-nolabel",
        "label",
        "numbers",
        "thousands-sep",
        "no-calendar",
        "month-year",
        "year",
        "counter",
        "autocomplete",
        "search",
        "multiline",
        "likert",
        "rating",
        "vertical",
        "picker",
        "distress",
        "hidden-answer",
        "masked",
        "url",
        "ex:",
    }
)


@dataclass(frozen=True)
class ImportResult:
    """What an import gives: the definition (None when refused) and every problem found."""

    document: dict[str, Any] | None
    definition: Definition | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.definition is not None and not any(p.severity == "error" for p in self.problems)

    @property
    def questions(self) -> int:
        return 0 if self.definition is None else len(self.definition.questions())

    @property
    def sections(self) -> int:
        return 0 if self.definition is None else len(self.definition.sections)

    @property
    def languages(self) -> list[str]:
        return [] if self.definition is None else list(self.definition.languages)


# --------------------------------------------------------------------------- model of the sheets


@dataclass
class _Choice:
    name: str
    labels: dict[str, str]
    index: int
    where: Where
    columns: dict[str, str]


@dataclass
class _List:
    name: str
    choices: list[_Choice] = field(default_factory=list)
    names: set[str] = field(default_factory=set)


@dataclass
class _Row:
    index: int
    type: RowType
    name: str
    where_type: Where
    where_name: Where
    our_id: str | None = None
    qtype: str | None = None  # the KIN Desktop question type; None for rows that are not questions
    choice_list: _List | None = None
    appearance: tuple[str, ...] = ()
    repeat: str | None = None  # our id of the repeat group around it
    dropped: str | None = None  # why the row is left out
    as_note: bool = False  # a read-only question shown as text
    scale: tuple[int, int] | None = None
    range_params: dict[str, Decimal] | None = None
    parent: str = ""  # the name of the group or repeat group it is in ("" at the top)
    prefix: str = ""  # set when its name is also used in another group: its id is made unique


@dataclass
class _Section:
    id: str
    title: dict[str, str]
    where: Where
    description: list[dict[str, str]] = field(default_factory=list)
    relevant: expr.Node | None = None
    items: list[dict[str, Any]] = field(default_factory=list)
    pending: list[dict[str, str]] = field(default_factory=list)  # notes waiting for the next item


@dataclass
class _Frame:
    kind: str  # "section", "group" (flattened), "repeat"
    row: _Row
    section: _Section | None = None
    repeat: dict[str, Any] | None = None
    relevance: list[expr.Node] = field(default_factory=list)  # conditions joined to the items inside
    pending: list[dict[str, str]] = field(default_factory=list)  # repeat: notes waiting


# --------------------------------------------------------------------------- helpers


def _humanize(name: str) -> str:
    words = re.sub(r"[_\-.]+", " ", name).strip()
    return words[:1].upper() + words[1:] if words else name


def _our_id(name: str, *, extra: str = "") -> str:
    text = clean_text(name).lower()
    text = re.sub(rf"[^a-z0-9_{extra}]", "_", text)
    text = re.sub(r"_+", "_", text).strip("_") or "q"
    if not text[0].isalpha():
        text = "q_" + text
    return text[:64]


def _join_texts(parts: Iterable[Mapping[str, str]], languages: Iterable[str]) -> dict[str, str]:
    """Texts joined per language (a part missing a language lends its English)."""
    parts = [p for p in parts if p]
    if not parts:
        return {}
    joined: dict[str, str] = {}
    for language in languages:
        pieces = [p.get(language) or p.get("en", "") for p in parts]
        if any(p.get(language) for p in parts):
            joined[language] = "\n\n".join(piece for piece in pieces if piece)
    return joined


def _and(nodes: list[expr.Node]) -> expr.Node | None:
    if not nodes:
        return None
    result = nodes[0]
    for node in nodes[1:]:
        result = expr.Binary("and", result, node, pos=node.pos)
    return result


def _conjuncts(node: expr.Node) -> list[expr.Node]:
    if isinstance(node, expr.Binary) and node.op == "and":
        return [*_conjuncts(node.left), *_conjuncts(node.right)]
    return [node]


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _json_number(value: Decimal) -> int | str:
    return int(value) if value == value.to_integral_value() else format(value.normalize(), "f")


# --------------------------------------------------------------------------- the importer


class _Importer:
    def __init__(self, workbook: Workbook, lenient: bool) -> None:
        self.workbook = workbook
        self.problems = Problems(lenient=lenient)
        self.lenient = lenient
        self.languages: list[str] = ["en"]
        self.default_language = "en"
        self.lists: dict[str, _List] = {}
        self.rows: list[_Row] = []
        self.targets: dict[str, Target] = {}
        self.by_name: dict[str, _Row] = {}
        self.ambiguous: set[str] = set()
        self.metadata: list[_Row] = []
        self.no_english = False
        self._referenced: set[str] | None = None  # every ${name} the expressions use
        self.interpolations: set[tuple[int | None, str]] = set()
        self.calculations: dict[str, tuple[str, Where]] = {}
        self.id_rows: dict[str, Where] = {}  # our id -> where its name is
        self.renamed: list[tuple[str, str, Where]] = []
        self.survey: SheetReader | None = None
        self.choices: SheetReader | None = None
        self.settings: dict[str, Any] = {}
        self.sections: list[_Section] = []
        self.description: list[dict[str, str]] = []
        self.root_pending: list[dict[str, str]] = []
        self.translated: dict[tuple[str, str], tuple[expr.Node, str, Where]] = {}
        self.date_literals: set[int] = set()

    # -- entry ------------------------------------------------------------------

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

    # -- settings -------------------------------------------------------------------

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

    # -- languages ------------------------------------------------------------------

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

    # -- choices ---------------------------------------------------------------------

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

    # -- survey columns -----------------------------------------------------------------

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

    # -- pass 1: every row, its name, kind and type -------------------------------------

    def plan_rows(self) -> None:
        reader = self.survey
        assert reader is not None
        type_column = reader.first("type")
        name_column = reader.first("name")
        if type_column is None or name_column is None:
            return
        repeats: list[_Row] = []
        path: list[_Row] = []
        for index in reader.data_rows():
            if reader.is_blank(index):
                continue
            written = reader.cell(index, type_column)
            name = "".join(reader.cell(index, name_column).split())
            where_type = reader.where(index, type_column)
            where_name = reader.where(index, name_column)
            if not written:
                if name or any(reader.cell(index, c) for c in reader.by_base.get("label", ())):
                    self.problems.error(
                        where_type, f"this row ({name or 'no name'}) has no type: give it one"
                    )
                continue
            if written.startswith("#"):
                continue
            row = _Row(index, parse_type(written), name, where_type, where_name)
            row.parent = "/".join(r.name for r in path)
            self.plan_row(row, repeats)
            self.rows.append(row)
            text = row.type.written.lower()
            if row.type.kind in ("begin_group", "begin_repeat") or text.startswith(
                ("begin loop", "begin_loop")
            ):
                path.append(row)
            elif path and (
                row.type.kind in ("end_group", "end_repeat") or text.startswith(("end loop", "end_loop"))
            ):
                path.pop()
        for name in self.ambiguous:
            rows = ", ".join(str(r.where_name.row) for r in self.rows if r.name == name)
            first = self.by_name[name]
            self.targets[name] = Target(
                name,
                "other",
                first.where_name.row or 0,
                unusable=f"one of several rows named '{name}' (rows {rows}); rename them so that "
                "${" + name + "} names one question",
            )

    def plan_row(self, row: _Row, repeats: list[_Row]) -> None:
        reader = self.survey
        assert reader is not None
        kind = row.type.kind
        row.repeat = next((r.our_id for r in reversed(repeats) if r.our_id), None)
        if kind == "end_repeat":
            if repeats:
                repeats.pop()
            return
        if kind == "end_group":
            return
        if kind == "unknown":
            self.problems.error(
                row.where_type,
                f"'{row.type.written}' is not an XLSForm type (text, integer, decimal, date, select_one LIST, "
                "select_multiple LIST, rank LIST, range, note, begin group...)",
            )
            return
        if kind == "missing_list":
            self.problems.error(
                row.where_type, f"'{row.type.written}' needs a choice list: write '{row.type.what} LIST'"
            )
            return
        if kind == "refused" and row.type.written.lower().startswith(("end loop", "end_loop")):
            return
        if not row.name and kind not in ("begin_group", "note", "metadata"):
            self.problems.error(
                row.where_name, f"this {row.type.written} row has no name: give it a unique name"
            )
            if kind == "begin_repeat":
                repeats.append(row)
            return
        if row.name and row.name in self.by_name:
            first = self.by_name[row.name]
            if first.parent == row.parent:
                self.problems.error(
                    row.where_name,
                    f"the name '{row.name}' is already used in row {first.where_name.row} of the same "
                    "group: names must differ",
                )
                if kind == "begin_repeat":
                    repeats.append(row)
                return
            self.ambiguous.add(row.name)
            row.prefix = _our_id(row.parent.rsplit("/", 1)[-1]) if row.parent else "q"
        elif row.name:
            self.by_name[row.name] = row
        appearance = tuple(reader_text(reader, row.index, "appearance").lower().split())
        row.appearance = appearance
        if kind == "metadata":
            row.dropped = f"{row.type.written} ({row.type.what}), which KIN Desktop does not record"
            self.metadata.append(row)
            self.targets[row.name] = Target(
                row.name, "other", row.where_name.row or 0, unusable=f"{row.dropped}"
            )
            return
        if kind == "refused":
            row.dropped = f"{row.type.written} ({row.type.what}), which KIN Desktop cannot collect"
            self.problems.refuse(
                row.where_type,
                f"'{row.type.written}' asks for {row.type.what}, which KIN Desktop cannot collect",
                "this row was left out",
            )
            self.targets[row.name] = Target(row.name, "other", row.where_name.row or 0, unusable=row.dropped)
            if row.type.what == "a loop over a choice list" and row.type.written.lower().startswith("begin"):
                repeats.append(row)
            return
        if kind == "calculate":
            text, where = self.survey_text(row, "calculation")
            if not text:
                self.problems.error(where, f"the calculation '{row.name}' is empty: write its expression")
                self.targets[row.name] = Target(
                    row.name, "other", row.where_name.row or 0, unusable="an empty calculation"
                )
                return
            self.calculations[row.name] = (text, where)
            self.targets[row.name] = Target(row.name, "calculate", row.where_name.row or 0, repeat=row.repeat)
            return
        if kind == "begin_group":
            self.targets.setdefault(row.name, Target(row.name, "group", row.where_name.row or 0))
            return
        if kind == "begin_repeat":
            repeats.append(row)
            if row.repeat is not None:
                row.dropped = "a repeat group inside a repeat group"
                self.problems.refuse(
                    row.where_type,
                    f"the repeat group '{row.name}' is inside another repeat group; KIN Desktop's repeat "
                    "groups do not nest",
                    "it was left out with its questions",
                )
                self.targets[row.name] = Target(
                    row.name, "other", row.where_name.row or 0, unusable=row.dropped
                )
                return
            row.our_id = self.assign_id(row)
            self.targets[row.name] = Target(row.name, "repeat", row.where_name.row or 0, our_id=row.our_id)
            return
        if kind == "note":
            self.targets[row.name] = Target(
                row.name, "other", row.where_name.row or 0, unusable="a note, which holds no answer"
            )
            return
        # questions
        enclosing = repeats[-1] if repeats else None
        if enclosing is not None and enclosing.dropped is not None:
            row.dropped = f"inside the left-out {enclosing.type.written} '{enclosing.name}'"
            self.targets[row.name] = Target(
                row.name, "other", row.where_name.row or 0, unusable=f"a question {row.dropped}"
            )
            return
        read_only, _ = self.survey_text(row, "read_only")
        if read_only and read_only.lower() in _YES:
            row.as_note = True
            self.problems.warning(
                row.where_type,
                f"'{row.name}' is read-only, so it takes no answer: it is shown as text",
            )
            self.targets[row.name] = Target(
                row.name, "other", row.where_name.row or 0, unusable="a read-only question, shown as text"
            )
            return
        row.qtype = self.question_type(row)
        if row.qtype is None:
            self.targets[row.name] = Target(
                row.name, "other", row.where_name.row or 0, unusable="a row with an error"
            )
            return
        row.our_id = self.assign_id(row)
        choices = None
        if row.choice_list is not None:
            choices = frozenset(row.choice_list.names | ({"other"} if row.type.or_other else set()))
        self.targets[row.name] = Target(
            row.name,
            "question",
            row.where_name.row or 0,
            our_id=row.our_id,
            repeat=row.repeat,
            qtype=row.qtype,
            choices=choices,
        )
        if row.type.or_other:
            other = f"{row.name}_other"
            if other in self.by_name:
                self.problems.error(
                    row.where_type,
                    f"or_other adds a question named '{other}' for the other answer, but row "
                    f"{self.by_name[other].where_name.row} already has that name: rename it",
                )

    def assign_id(self, row: _Row) -> str:
        our = _our_id(row.name)
        if row.prefix:
            base = _our_id(f"{row.prefix}_{row.name}")
            our, number = base, 2
            while our in self.id_rows:
                our, number = f"{base[:60]}_{number}", number + 1
            first = self.by_name[row.name]
            self.problems.warning(
                row.where_name,
                f"the name '{row.name}' is also used in row {first.where_name.row} (in another group); "
                f"KIN Desktop ids are unique in the whole questionnaire, so here it becomes '{our}'",
            )
        elif our != row.name:
            self.renamed.append((row.name, our, row.where_name))
        if our in self.id_rows:
            self.problems.error(
                row.where_name,
                f"'{row.name}' becomes the id '{our}' (KIN Desktop ids are lower case letters, digits and _), "
                f"which row {self.id_rows[our].row} already has: rename one of them",
            )
        else:
            self.id_rows[our] = row.where_name
        return our

    def survey_text(self, row: _Row, base: str, *, dates: bool = False) -> tuple[str, Where]:
        assert self.survey is not None
        return self.survey.text(row.index, base, dates_expected=dates)

    def question_type(self, row: _Row) -> str | None:
        kind = row.type.kind
        if kind == "text":
            return "long_text" if "multiline" in row.appearance else "text"
        if kind in ("integer", "decimal", "date"):
            return kind
        if kind == "range":
            return self.range_type(row)
        list_name = row.type.list_name or ""
        choice_list = self.lists.get(list_name)
        if choice_list is None:
            folded = {name.casefold(): name for name in self.lists}
            if list_name.casefold() in folded:
                choice_list = self.lists[folded[list_name.casefold()]]
                self.problems.warning(
                    row.where_type,
                    f"the list '{list_name}' is written '{choice_list.name}' on the choices sheet: read as the same list",
                )
        if choice_list is None:
            known = ", ".join(sorted(self.lists)[:8]) or "none"
            self.problems.error(
                row.where_type,
                f"there is no choice list '{list_name}' on the choices sheet (its lists are: {known})",
            )
            return None
        row.choice_list = choice_list
        if kind == "select_multiple":
            return "multiple_choice"
        if kind == "rank":
            return "ranking"
        filtered = bool(self.survey_text(row, "choice_filter")[0])
        if "likert" in row.appearance and not row.type.or_other and not filtered:
            scale = _numeric_scale(choice_list)
            if scale is not None:
                row.scale = scale
                return "rating"
            self.problems.warning(
                row.where_type,
                f"the likert question '{row.name}' is kept as a choice question: its choice names are not "
                "the whole numbers 1, 2, 3... in order (only those become a rating scale)",
            )
        if not row.type.or_other and not filtered and sorted(choice_list.names) == ["no", "yes"]:
            return "yes_no"
        return "single_choice"

    def range_type(self, row: _Row) -> str | None:
        text, where = self.survey_text(row, "parameters")
        params: dict[str, Decimal] = {"start": Decimal(1), "end": Decimal(10), "step": Decimal(1)}
        for part in re.split(r"[\s;,]+", text.strip()):
            if not part:
                continue
            key, _, value = part.partition("=")
            number = _number(value.strip())
            if key.strip().lower() not in params or number is None:
                self.problems.error(where, f"'{part}' is not a range parameter: write start=0 end=10 step=1")
                return None
            params[key.strip().lower()] = number
        if params["step"] <= 0 or params["start"] > params["end"]:
            self.problems.error(where, "a range needs start <= end and a positive step")
            return None
        row.range_params = params
        whole = all(v == v.to_integral_value() for v in params.values())
        if "rating" in row.appearance and whole and params["step"] == 1:
            row.scale = (int(params["start"]), int(params["end"]))
            if row.scale[0] >= row.scale[1]:
                self.problems.error(where, "a rating needs start < end")
                return None
            return "rating"
        return "integer" if whole else "decimal"

    def report_metadata(self) -> None:
        if not self.metadata:
            return
        kinds = ", ".join(dict.fromkeys(row.type.written for row in self.metadata))
        self.problems.warning(
            self.metadata[0].where_type,
            f"{len(self.metadata)} row(s) record facts about the interview ({kinds}), not answers: "
            "KIN Desktop records when and by whom a response was saved itself, so they are left out",
        )

    def report_renames(self) -> None:
        if not self.renamed:
            return
        shown = ", ".join(f"{old} → {new}" for old, new, _ in self.renamed[:12])
        more = f" and {len(self.renamed) - 12} more" if len(self.renamed) > 12 else ""
        self.problems.warning(
            self.renamed[0][2],
            f"{len(self.renamed)} name(s) were made into KIN Desktop ids (lower case letters, digits and _): "
            f"{shown}{more}",
        )

    # -- expressions ----------------------------------------------------------------------

    def target(self, name: str) -> Target | None:
        return self.targets.get(name)

    def names(self) -> list[str]:
        return list(self.targets)

    def calculation(self, target: Target) -> str:
        return self.calculations[target.name][0]

    def expression(
        self,
        text: str,
        where: Where,
        context: Context,
        *,
        what: str,
        as_condition: bool = True,
    ) -> expr.Node | None:
        """``text`` translated, or None with the problem reported (pointing to the character)."""
        if not text:
            return None
        result: Translation = translate(text, self, context, as_condition=as_condition)
        for problem in result.problems:
            message = _expression_message(context.column, text, problem.position, problem.message)
            if problem.refused:
                self.problems.refuse(where, message, f"the {what} was left out")
            else:
                self.problems.error(where, message)
        return result.node

    def check_calculations(self) -> None:
        """Each calculation translated once where it stands, so its own problems point to its cell."""
        for name, (text, where) in self.calculations.items():
            target = self.targets[name]
            if not self.used(name):
                continue
            self.expression(
                text,
                where,
                Context("calculation", repeat=target.repeat),
                what="calculation",
                as_condition=False,
            )

    def used(self, name: str) -> bool:
        if self._referenced is None:
            reader = self.survey
            assert reader is not None
            found: set[str] = set()
            for base in ("relevant", "constraint", "calculation", "choice_filter", "required", "default"):
                for column in reader.by_base.get(base, ()):
                    for index in reader.data_rows():
                        value = reader.raw(index, column)
                        if isinstance(value, str) and "${" in value:
                            found.update("".join(m.split()) for m in _INTERPOLATION.findall(value))
            self._referenced = found
        return name in self._referenced

    # -- pass 2: the definition ----------------------------------------------------------------

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

    def context_repeat(self, frames: list[_Frame]) -> str | None:
        for frame in reversed(frames):
            if frame.kind == "repeat" and frame.repeat is not None:
                return str(frame.repeat["id"])
        return None

    def relevance_of(self, row: _Row, repeat: str | None, what: str) -> expr.Node | None:
        text, where = self.survey_text(row, "relevant")
        return self.expression(text, where, Context("relevant", repeat=repeat), what=f"condition of {what}")

    def localized_or_report(
        self, row: _Row, base: str, *, required: bool, what: str
    ) -> dict[str, str] | None:
        assert self.survey is not None
        texts, places = self.survey.localized(row.index, base)
        texts = {k: self.interpolated(v, places.get(k)) for k, v in texts.items()}
        if not texts:
            if required:
                where = places.get("en") or next(iter(places.values()), row.where_name)
                self.problems.error(where, f"{what} has no label: give it an English label")
            return None
        if "en" not in texts:
            if self.no_english:
                return None  # told once for the whole sheet
            written = ", ".join(f"{english_name(c)} ({c})" for c in texts)
            where = places.get("en") or next(iter(places.values()))
            message = f"the {base.replace('_', ' ')} of {what} is in {written} but not in English"
            if required or not self.lenient:
                self.problems.error(where, f"{message}: every text needs English")
            else:
                self.problems.warning(where, f"{message} (it was left out)")
            return None
        return texts

    def interpolated(self, text: str, where: Where | None) -> str:
        if "${" not in text:
            return text
        found = _INTERPOLATION.findall(text)
        key = (None if where is None else where.row, "" if where is None else str(where.sheet))
        if key in self.interpolations:
            return _INTERPOLATION.sub(lambda m: f"[{m.group(1)}]", text)
        self.interpolations.add(key)
        self.problems.warning(
            where,
            f"the text shows the answer to {', '.join('${' + f + '}' for f in found)}, which KIN Desktop does "
            "not fill in: the question's name is shown in brackets instead",
        )
        return _INTERPOLATION.sub(lambda m: f"[{m.group(1)}]", text)

    def begin(self, row: _Row, frames: list[_Frame]) -> None:
        kind = row.type.kind
        is_repeat = kind == "begin_repeat" or row.type.kind == "refused"
        in_section = any(f.kind == "section" for f in frames)
        in_repeat = any(f.kind == "repeat" for f in frames)
        what = f"the group '{row.name}'" if row.name else f"the group in row {row.where_type.row}"
        if is_repeat:
            frame = _Frame("repeat", row)
            if row.dropped is None and row.our_id is not None:
                label = self.localized_or_report(
                    row, "label", required=False, what=f"the repeat group '{row.name}'"
                )
                if label is None:
                    label = {"en": _humanize(row.name)}
                repeat: dict[str, Any] = {"kind": "repeat", "id": row.our_id, "label": label, "items": []}
                hint = self.localized_or_report(
                    row, "hint", required=False, what=f"the repeat group '{row.name}'"
                )
                if hint:
                    repeat["hint"] = hint
                count_text, count_where = self.survey_text(row, "repeat_count")
                if count_text:
                    count = _number(count_text)
                    if count is not None and count == count.to_integral_value() and 1 <= count <= 1000:
                        repeat["min"] = repeat["max"] = int(count)
                    else:
                        self.problems.refuse(
                            count_where,
                            f"repeat_count '{count_text}' depends on answers; KIN Desktop's repeat groups take "
                            "as many entries as the delegate adds (a fixed number such as 3 is kept)",
                            "the count was left out",
                        )
                conditions = [n for f in frames if f.kind == "group" for n in f.relevance]
                own = self.relevance_of(row, None, f"the repeat group '{row.name}'")
                relevant = _and([*conditions, *([own] if own is not None else [])])
                if relevant is not None:
                    repeat["relevant"] = expr.to_source(relevant)
                    self.translated[(row.our_id, "relevant")] = (
                        relevant,
                        self.survey_text(row, "relevant")[0],
                        self.survey_text(row, "relevant")[1],
                    )
                frame.repeat = repeat
                section = self.current_section(frames, row)
                self.take_pending(section.pending, repeat, into="hint")
            frames.append(frame)
            return
        if not in_section and not in_repeat:
            section_id = _our_id(row.name or f"section_{len(self.sections) + 1}")
            taken = {s.id for s in self.sections}
            base, n = section_id, 2
            while section_id in taken:
                section_id, n = f"{base[:60]}_{n}", n + 1
            title = self.localized_or_report(row, "label", required=False, what=what) or {
                "en": _humanize(row.name or section_id)
            }
            section = _Section(section_id, title, row.where_type)
            hint = self.localized_or_report(row, "hint", required=False, what=what)
            if self.root_pending:
                if self.sections:
                    section.description.extend(self.root_pending)
                else:
                    self.description.extend(self.root_pending)
                self.root_pending = []
            if hint:
                section.description.append(hint)
            relevant = self.relevance_of(row, None, what)
            section.relevant = relevant
            self.sections.append(section)
            frames.append(_Frame("section", row, section=section))
            return
        # a group inside a section or a repeat: flattened
        repeat_id = self.context_repeat(frames)
        relevant = self.relevance_of(row, repeat_id, what)
        frame = _Frame("group", row, relevance=[relevant] if relevant is not None else [])
        label = self.localized_or_report(row, "label", required=False, what=what)
        hint = self.localized_or_report(row, "hint", required=False, what=what)
        heading = _join_texts([t for t in (label, hint) if t], self.languages)
        if heading:
            self.pending_list(frames).append(heading)
        frames.append(frame)

    def end(self, row: _Row, frames: list[_Frame]) -> None:
        if not frames:
            self.problems.error(
                row.where_type, f"'{row.type.written}' closes nothing: no group or repeat is open"
            )
            return
        top = frames[-1]
        closing_repeat = row.type.kind == "end_repeat" or row.type.written.lower().startswith("end loop")
        if closing_repeat != (top.kind == "repeat"):
            opened = "repeat" if top.kind == "repeat" else "group"
            self.problems.error(
                row.where_type,
                f"'{row.type.written}' closes the {opened} '{top.row.name}' of row {top.row.where_type.row}: "
                f"write 'end {opened}'",
            )
        self.close(frames)

    def close(self, frames: list[_Frame]) -> None:
        frame = frames.pop()
        if frame.kind == "repeat" and frame.repeat is not None:
            repeat = frame.repeat
            if frame.pending:
                notes = _join_texts(frame.pending, self.languages)
                repeat["hint"] = _join_texts([repeat.get("hint") or {}, notes], self.languages)
            if not repeat["items"]:
                message = f"the repeat group '{frame.row.name}' has no question KIN Desktop can keep"
                if self.lenient:
                    self.problems.warning(frame.row.where_type, f"{message} (it was left out)")
                else:
                    self.problems.error(frame.row.where_type, message)
                return
            section = self.current_section(frames, frame.row)
            section.items.append(repeat)
        elif frame.kind == "group" and frame.pending:
            self.pending_list(frames).extend(frame.pending)

    def pending_list(self, frames: list[_Frame]) -> list[dict[str, str]]:
        for frame in reversed(frames):
            if frame.kind == "repeat":
                return frame.pending
            if frame.kind == "section" and frame.section is not None:
                return frame.section.pending
        return self.root_pending

    def current_section(self, frames: list[_Frame], row: _Row) -> _Section:
        for frame in reversed(frames):
            if frame.kind == "section" and frame.section is not None:
                return frame.section
        last = self.sections[-1] if self.sections else None
        if last is not None and last.id.startswith("main") and last.where.row == -1:
            return last
        title = self.form_title()
        number = sum(1 for s in self.sections if s.where.row == -1) + 1
        section = _Section(
            "main" if number == 1 else f"main_{number}",
            title if number == 1 else {k: f"{v} ({number})" for k, v in title.items()},
            Where(row.where_type.sheet, -1),
        )
        if self.root_pending:
            if self.sections or self.description:
                section.description.extend(self.root_pending)
            else:
                section.description.extend(self.root_pending)
            self.root_pending = []
        self.sections.append(section)
        return section

    def take_pending(self, pending: list[dict[str, str]], item: dict[str, Any], *, into: str) -> None:
        if not pending:
            return
        notes = _join_texts(pending, self.languages)
        item[into] = _join_texts([notes, item.get(into) or {}], self.languages)
        pending.clear()

    def note(self, row: _Row, frames: list[_Frame]) -> None:
        if any(f.kind == "repeat" and f.repeat is None for f in frames):
            return  # inside a left-out repeat group
        label = self.localized_or_report(row, "label", required=False, what=f"the note '{row.name}'")
        hint = self.localized_or_report(row, "hint", required=False, what=f"the note '{row.name}'")
        parts = [t for t in (label, hint) if t]
        if row.as_note:
            default, _ = self.survey_text(row, "default")
            if default:
                parts.append({"en": default})
        text = _join_texts(parts, self.languages)
        if not text:
            return
        relevant, where = self.survey_text(row, "relevant")
        if relevant:
            self.problems.warning(
                where,
                f"the note '{row.name}' is shown only when '{relevant}'; KIN Desktop shows its text always "
                "(in the description of its section or the hint of the next question)",
            )
        if not frames:
            if self.sections and self.sections[-1].where.row == -1:
                self.sections[-1].pending.append(text)
            else:
                self.root_pending.append(text)
            return
        top = next((f for f in reversed(frames) if f.kind in ("section", "repeat")), None)
        if top is not None and top.kind == "section" and top.section is not None and not top.section.items:
            if not any(f.kind == "group" for f in frames[frames.index(top) :]):
                top.section.description.extend([*top.section.pending, text])
                top.section.pending.clear()
                return
        self.pending_list(frames).append(text)

    # -- questions -------------------------------------------------------------------------

    def question(self, row: _Row, frames: list[_Frame]) -> None:
        if any(f.kind == "repeat" and f.repeat is None for f in frames):
            return
        repeat_frame = next((f for f in reversed(frames) if f.kind == "repeat"), None)
        repeat_id = (
            None if repeat_frame is None or repeat_frame.repeat is None else str(repeat_frame.repeat["id"])
        )
        what = f"the question '{row.name}'"
        label = self.localized_or_report(row, "label", required=True, what=what)
        if label is None:
            return
        assert row.our_id is not None and row.qtype is not None
        question: dict[str, Any] = {"kind": "question", "id": row.our_id, "type": row.qtype, "label": label}
        hint = self.localized_or_report(row, "hint", required=False, what=what)
        if hint:
            question["hint"] = hint
        self.units(row, question)
        self.required(row, question, what)
        self.choices_of(row, question, repeat_id)
        self.bounds_of_range(row, question)
        owner = self.targets.get(row.name)
        # conditions of the groups flattened around it (inside its repeat group, or in its section)
        inner: list[expr.Node] = []
        for frame in reversed(frames):
            if frame.kind in ("repeat", "section"):
                break
            inner = [*frame.relevance, *inner]
        own = self.relevance_of(row, repeat_id, what)
        relevant = _and([*inner, *([own] if own is not None else [])])
        if relevant is not None:
            question["relevant"] = expr.to_source(relevant)
            text, where = self.survey_text(row, "relevant")
            self.translated[(row.our_id, "relevant")] = (relevant, text, where)
        self.constraint(row, question, repeat_id, owner, what)
        self.default(row, question, what)
        if row.type.kind == "range" and row.range_params and row.range_params["step"] != 1:
            self.step(row, question)
        if repeat_frame is not None and repeat_frame.repeat is not None:
            self.take_pending(repeat_frame.pending, question, into="hint")
            repeat_frame.repeat["items"].append(question)
        else:
            section = self.current_section(frames, row)
            self.take_pending(section.pending, question, into="hint")
            section.items.append(question)
        if row.type.or_other:
            self.or_other(row, question, repeat_frame, frames)

    def units(self, row: _Row, question: dict[str, Any]) -> None:
        assert self.survey is not None
        units, places = self.survey.localized(row.index, "unit")
        if units and row.qtype not in ("integer", "decimal"):
            self.problems.warning(
                next(iter(places.values())),
                f"a unit applies to numbers only, not to a {row.qtype} question: left out",
            )
            return
        if row.qtype not in ("integer", "decimal"):
            return
        if units:
            if "en" not in units:
                self.problems.error(
                    next(iter(places.values())), "the unit has no English text: every text needs English"
                )
                return
            question["unit"] = units
            return
        # the label convention: "Area of the city [km²]"
        label = question["label"]
        found: dict[str, str] = {}
        for language, text in label.items():
            match = _UNIT_IN_LABEL.match(text)
            if match is not None:
                found[language] = match.group("unit").strip()
        if "en" in found:
            question["unit"] = found
            question["label"] = {
                language: (_UNIT_IN_LABEL.match(text).group("label") if language in found else text)  # type: ignore[union-attr]
                for language, text in label.items()
            }

    def required(self, row: _Row, question: dict[str, Any], what: str) -> None:
        text, where = self.survey_text(row, "required")
        value = text.strip().lower()
        required = False
        if value in _YES:
            required = True
        elif value not in _NO and not re.search(r"[$()=<>]", value):
            self.problems.error(where, f"required '{text}' is neither yes nor no: write yes or no")
        elif value not in _NO:
            self.problems.refuse(
                where,
                f"required '{text}' depends on other answers; KIN Desktop asks yes or no (a question is "
                "required only while it is shown, so its relevance often says the same)",
                "the question is not required",
            )
        message = self.localized_or_report(row, "required_message", required=False, what=what)
        if required:
            question["required"] = True
            if message:
                question["required_message"] = message
        elif message:
            self.problems.warning(
                where, f"{what} has a required_message but is not required: the message is left out"
            )

    def choices_of(self, row: _Row, question: dict[str, Any], repeat_id: str | None) -> None:
        choice_list = row.choice_list
        if choice_list is None:
            return
        choices = list(choice_list.choices)
        filter_text, filter_where = self.survey_text(row, "choice_filter")
        if filter_text:
            choices = self.filtered(choices, filter_text, filter_where, repeat_id)
        if row.qtype == "yes_no":
            return
        if row.qtype == "rating":
            assert row.scale is not None
            low, high = row.scale
            scale: dict[str, Any] = {"min": low, "max": high}
            first = next((c for c in choices if c.name == str(low)), None)
            last = next((c for c in choices if c.name == str(high)), None)
            if first is not None and first.labels.get("en", first.name) != first.name:
                scale["min_label"] = dict(first.labels)
            if last is not None and last.labels.get("en", last.name) != last.name:
                scale["max_label"] = dict(last.labels)
            question["scale"] = scale
            return
        out: list[dict[str, Any]] = []
        for choice in choices:
            labels = dict(choice.labels)
            if "en" not in labels:
                written = ", ".join(f"{english_name(c)} ({c})" for c in labels)
                if self.lenient:
                    self.problems.warning(
                        choice.where,
                        f"the choice '{choice.name}' has no English label (only {written}): its name is shown in English",
                    )
                    labels["en"] = choice.name
                else:
                    self.problems.error(
                        choice.where,
                        f"the choice '{choice.name}' has no English label (only {written}): every text needs English",
                    )
            out.append({"value": choice.name, "label": labels})
        if row.type.or_other and "other" not in choice_list.names:
            out.append({"value": "other", "label": self.builtin_other(0, row)})
        if not out:
            self.problems.error(row.where_type, f"the question '{row.name}' has no choices left")
        question["choices"] = out

    def filtered(
        self, choices: list[_Choice], text: str, where: Where, repeat_id: str | None
    ) -> list[_Choice]:
        columns = frozenset({"name", "label", *(k for c in choices for k in c.columns)})
        result = translate(text, self, Context("choice_filter", repeat=repeat_id, choice_columns=columns))
        if result.dynamic:
            self.problems.refuse(
                where,
                f"choice_filter '{text}' depends on other answers (cascading choices), which KIN Desktop "
                "cannot do",
                "every choice of the list is offered",
            )
            return choices
        if result.node is None:
            for problem in result.problems:
                message = _expression_message("choice_filter", text, problem.position, problem.message)
                if problem.refused:
                    self.problems.refuse(where, message, "every choice of the list is offered")
                else:
                    self.problems.error(where, message)
            return choices
        node = result.node
        kept = []
        for choice in choices:
            values = {"name": choice.name, "label": choice.labels.get("en", ""), **choice.columns}

            def resolve(path: tuple[str, ...], values: Mapping[str, str] = values) -> Any:
                return values.get(path[0]) if len(path) == 1 else None

            if expr.truthy(expr.evaluate(node, resolve)):
                kept.append(choice)
        return kept

    def builtin_other(self, which: int, row: _Row) -> dict[str, str]:
        texts: dict[str, str] = {}
        missing: list[str] = []
        for language in self.languages:
            found = OTHER_LABELS.get(language) or OTHER_LABELS.get(language.split("-", 1)[0])
            if found is None:
                missing.append(language)
            else:
                texts[language] = found[which]
        if missing:
            written = ", ".join(f"{english_name(c)} ({c})" for c in missing)
            self.problems.warning(
                row.where_type,
                f"or_other: KIN Desktop has no built-in {'label' if which == 0 else 'question'} for the other "
                f"answer in {written}, so it shows in English there; to give your own, add a choice named "
                f"'other' to the list{'' if which == 0 else ' and a question named ' + row.name + '_other'}",
            )
        return texts

    def or_other(
        self, row: _Row, question: dict[str, Any], repeat_frame: _Frame | None, frames: list[_Frame]
    ) -> None:
        other_id = _our_id(f"{row.name}_other")
        if other_id in self.id_rows or f"{row.name}_other" in self.by_name:
            return  # reported in pass 1
        self.id_rows[other_id] = row.where_type
        label = self.builtin_other(1, row)
        extra: dict[str, Any] = {
            "kind": "question",
            "id": other_id,
            "type": "text",
            "label": label,
            "relevant": f"selected({question['id']}, 'other')",
            "required": True,
        }
        if question.get("relevant"):
            extra["relevant"] = f"({question['relevant']}) and selected({question['id']}, 'other')"
            extra["relevant"] = expr.to_source(expr.parse(extra["relevant"]))
        if repeat_frame is not None and repeat_frame.repeat is not None:
            repeat_frame.repeat["items"].append(extra)
        else:
            self.current_section(frames, row).items.append(extra)

    def bounds_of_range(self, row: _Row, question: dict[str, Any]) -> None:
        if row.range_params is None:
            return
        if row.qtype == "rating":
            assert row.scale is not None
            question["scale"] = {"min": row.scale[0], "max": row.scale[1]}
            return
        question["min"] = _json_number(row.range_params["start"])
        question["max"] = _json_number(row.range_params["end"])

    def step(self, row: _Row, question: dict[str, Any]) -> None:
        assert row.range_params is not None
        start, step = row.range_params["start"], row.range_params["step"]
        condition = f"(. - {format(start, 'f')}) % {format(step, 'f')} = 0"
        existing = question.get("constraint")
        question["constraint"] = condition if not existing else f"({existing}) and {condition}"

    def constraint(
        self, row: _Row, question: dict[str, Any], repeat_id: str | None, owner: Target | None, what: str
    ) -> None:
        text, where = self.survey_text(row, "constraint")
        message = self.localized_or_report(row, "constraint_message", required=False, what=what)
        if not text:
            if message:
                self.problems.warning(where, f"{what} has a constraint_message but no constraint: left out")
            return
        node = self.expression(
            text, where, Context("constraint", repeat=repeat_id, owner=owner), what="constraint"
        )
        if node is None:
            return
        node = self.extract_bounds(question, node, has_message=bool(message))
        if node is None:
            return
        question["constraint"] = expr.to_source(node)
        self.translated[(str(question["id"]), "constraint")] = (node, text, where)
        if message:
            question["constraint_message"] = message

    def extract_bounds(
        self, question: dict[str, Any], node: expr.Node, *, has_message: bool
    ) -> expr.Node | None:
        """Bounds at the end of the constraint (``. >= 0 and . <= 120``) become min/max and the like."""
        if "min" in question or "max" in question:
            return node
        parts = _conjuncts(node)
        found: dict[str, Any] = {}
        cut = len(parts)
        while cut > 0:
            bound = _bound(question["type"], parts[cut - 1])
            if bound is None or bound[0] in found:
                break
            found[bound[0]] = bound[1]
            cut -= 1
        if not found:
            return node
        if cut == 0 and has_message:
            return node  # the author's message stays with the whole condition
        if "min_length" in found and "max_length" in found and found["min_length"] > found["max_length"]:
            return node
        question.update(found)
        return _and(parts[:cut])

    def default(self, row: _Row, question: dict[str, Any], what: str) -> None:
        text, where = self.survey_text(row, "default", dates=True)
        if not text:
            return
        kind = question["type"]
        if "${" in text or re.search(r"[a-z\-]+\(", text):
            self.problems.refuse(
                where,
                f"the default '{text}' is computed; KIN Desktop takes a fixed default answer",
                "the default was left out",
            )
            return
        value: Any
        if kind in ("text", "long_text"):
            value = text
        elif kind in ("integer", "rating"):
            number = _number(text)
            if number is None or number != number.to_integral_value():
                self.problems.error(where, f"the default '{text}' of {what} is not a whole number")
                return
            value = int(number)
        elif kind == "decimal":
            number = _number(text)
            if number is None:
                self.problems.error(where, f"the default '{text}' of {what} is not a number")
                return
            value = format(number, "f")
        elif kind == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                self.problems.error(where, f"the default '{text}' of {what} is not a date (YYYY-MM-DD)")
                return
            value = text
        elif kind == "yes_no":
            if text.lower() not in _YES | _NO:
                self.problems.error(where, f"the default '{text}' of {what} is neither yes nor no")
                return
            value = text.lower() in _YES
        else:
            names = {c["value"] for c in question.get("choices", ())}
            picked = [text] if kind == "single_choice" else text.split()
            unknown = [name for name in picked if name not in names]
            if unknown:
                self.problems.error(
                    where,
                    f"the default of {what} names {', '.join(repr(n) for n in unknown)}, which "
                    f"{'is' if len(unknown) == 1 else 'are'} not among its choices: give choice names",
                )
                return
            value = text if kind == "single_choice" else picked
        question["default"] = value

    # -- the document ---------------------------------------------------------------------

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

    def document(self) -> dict[str, Any]:
        form_id, given = self.form_id()
        id_where = self.settings.get("form_id", ("", None))[1]
        if not given:
            self.problems.warning(
                None,
                f"the settings sheet gives no form_id: the questionnaire's id is '{form_id}' (from the file name)",
            )
        elif form_id != self.settings["form_id"][0]:
            self.problems.warning(
                id_where,
                f"the form_id '{self.settings['form_id'][0]}' is made into the id '{form_id}' "
                "(lower case letters, digits, - and _)",
            )
        if not re.match(DEFINITION_ID_PATTERN, form_id):  # pragma: no cover - _our_id always fits
            self.problems.error(id_where, f"the form_id '{form_id}' cannot be an id")
        version = self.settings.get("version", ("", None))[0]
        if not version:
            version = "1"
            self.problems.warning(
                None,
                "the settings sheet gives no version: '1' is used; give each version you publish a new "
                "version (for example 2008.1), so delegates keep the answers to each apart",
            )
        elif len(version) > 64:
            self.problems.error(self.settings["version"][1], "the version is longer than 64 characters")
        title = self.form_title()
        if "form_title" not in self.settings:
            self.problems.warning(
                None, f"the settings sheet gives no form_title: the title is '{title['en']}'"
            )
        document: dict[str, Any] = {
            "schema_version": 1,
            "id": form_id,
            "version": version,
            "default_language": "en",
            "languages": list(self.languages),
            "title": title,
        }
        description = list(self.description)
        if "description" in self.settings:
            description.insert(0, self.settings["description"][0])
        joined = _join_texts(description, self.languages)
        if joined:
            document["description"] = joined
        sections = []
        for section in self.sections:
            item: dict[str, Any] = {"id": section.id, "title": section.title}
            described = _join_texts(section.description, self.languages)
            if described:
                item["description"] = described
            if section.relevant is not None:
                item["relevant"] = expr.to_source(section.relevant)
            item["items"] = section.items
            if not section.items and not described:
                self.problems.warning(
                    section.where if section.where.row != -1 else None,
                    f"the group '{section.id}' has nothing KIN Desktop can show: it was left out",
                )
                continue
            sections.append(item)
        if not sections and not self.problems.has_errors:
            self.problems.error(None, "the survey sheet has no question KIN Desktop can keep")
        document["sections"] = sections
        used = {language for text in _texts(document) for language in text}
        document["languages"] = [
            language for language in self.languages if language in used or language == "en"
        ]
        return document

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

    # -- checking the result ------------------------------------------------------------

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


# --------------------------------------------------------------------------- small functions


def reader_text(reader: SheetReader, index: int, base: str) -> str:
    return reader.text(index, base)[0]


def _rows(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:8])
    return shown + (", …" if len(numbers) > 8 else "")


def _structural(reader: SheetReader, index: int) -> bool:
    """Rows whose label needs no translation: group ends, metadata."""
    column = reader.first("type")
    if column is None:
        return False
    kind = parse_type(reader.cell(index, column)).kind
    return kind in ("end_group", "end_repeat", "metadata", "calculate")


def _numeric_scale(choice_list: _List) -> tuple[int, int] | None:
    numbers: list[int] = []
    for choice in choice_list.choices:
        if not re.fullmatch(r"-?\d+", choice.name):
            return None
        numbers.append(int(choice.name))
    if len(numbers) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    return numbers[0], numbers[-1]


def _is_current(node: expr.Node) -> bool:
    return isinstance(node, expr.Ref) and node.path == (".",)


def _literal_number(node: expr.Node, *, whole: bool) -> int | str | None:
    if not isinstance(node, expr.Literal) or isinstance(node.value, bool):
        return None
    if isinstance(node.value, int):
        return node.value
    if isinstance(node.value, Decimal) and not whole:
        return _json_number(node.value)
    return None


def _bound(kind: str, node: expr.Node) -> tuple[str, Any] | None:
    """``(option, value)`` when ``node`` is a bound KIN Desktop has an option for."""
    if isinstance(node, expr.Call) and node.name == "regex" and kind == "text":
        subject, pattern = node.args
        if _is_current(subject) and isinstance(pattern, expr.Literal) and isinstance(pattern.value, str):
            return "pattern", pattern.value
        return None
    if not (isinstance(node, expr.Binary) and node.op in (">=", "<=")):
        return None
    left, right = node.left, node.right
    side = "min" if node.op == ">=" else "max"
    if kind in ("integer", "decimal") and _is_current(left):
        value = _literal_number(right, whole=kind == "integer")
        return None if value is None else (side, value)
    if (
        kind == "date"
        and _is_current(left)
        and isinstance(right, expr.Literal)
        and isinstance(right.value, str)
    ):
        return (side, right.value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", right.value) else None
    if isinstance(left, expr.Call) and len(left.args) == 1 and _is_current(left.args[0]):
        value = _literal_number(right, whole=True)
        if value is None or not isinstance(value, int) or value < 0:
            return None
        if left.name == "length" and kind in ("text", "long_text"):
            return (f"{side}_length", value) if not (side == "max" and value < 1) else None
        if left.name == "count" and kind in ("multiple_choice", "ranking"):
            return side, value
    return None


def _texts(document: Mapping[str, Any]) -> Iterable[Mapping[str, str]]:
    stack: list[Any] = [document]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            for key, value in current.items():
                if key in (
                    "title",
                    "description",
                    "label",
                    "hint",
                    "constraint_message",
                    "required_message",
                    "unit",
                    "min_label",
                    "max_label",
                ) and isinstance(value, dict):
                    yield value
                else:
                    stack.append(value)
        elif isinstance(current, list):
            stack.extend(current)


def _excerpt(text: str, position: int | None) -> str:
    """The expression as quoted in a message: on one line, cut around ``position`` when long."""
    flat = " ".join(text.split())
    if len(flat) <= 90:
        return flat
    if position is None or flat != text:
        return flat[:87] + "…"
    start = max(0, position - 40)
    end = min(len(text), start + 85)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _expression_message(column: str, text: str, position: int | None, message: str) -> str:
    quoted = _excerpt(text, position)
    if position is None:
        return f"{column} '{quoted}': {message}"
    return f"{column} '{quoted}', at character {position + 1}: {message}"


def _xpath_position(node: expr.Node, position: int | None) -> int | None:
    """The character of the cell behind ``position`` in the translated expression's text."""
    if position is None:
        return None
    ours = expr.parse(expr.to_source(node))
    for mine, theirs in zip(expr.iter_nodes(ours), expr.iter_nodes(node), strict=False):
        if mine.pos == position:
            return theirs.pos
    return None


def import_workbook(workbook: Workbook, *, lenient: bool = False) -> ImportResult:
    """The workbook as a definition, or the reasons it is refused; every problem at once.

    With ``lenient``, what KIN Desktop cannot do (a GPS question, ``pulldata()``...) is left
    out with a warning each instead of refusing the workbook.
    """
    return _Importer(workbook, lenient).run()
