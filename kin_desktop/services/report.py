"""Secretariat: responses, practices and commitments as spreadsheets for analysis (``kin-desktop report``).

xlsx: one workbook with a sheet per record type and one per questionnaire repeat group; csv: a folder
with one UTF-8 file (with a byte-order mark, so Excel reads it as UTF-8) per sheet. One row per record
(per repeat instance in the repeat-group sheets), readable column headers, answers as readable text
(choice labels, not stored values), and the secretariat's review state and latest comment.

Delegates' text is data, never a formula: in xlsx a text cell starting with "=" is written as text;
in csv a text starting with "=", "+", "-", "@", a tab or a carriage return (and not a number) gets a
leading apostrophe, the usual guard against formula injection. Files are written atomically.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from sqlmodel import Session, col, select

from kin_desktop.core.errors import UsageError
from kin_desktop.core.questionnaire import Definition, Question, QuestionType, RepeatGroup, evaluate
from kin_desktop.core.schemas import ReviewState, Role
from kin_desktop.reports.labels import Labels
from kin_desktop.services.notes import NoteState, latest_notes
from kin_desktop.services.profiles import Workspace
from kin_desktop.services.review import (
    Definitions,
    places,
    relevant_answers,
    render_answer,
    secretariat_key,
    stored_responses,
)
from kin_desktop.storage import models as m
from kin_desktop.storage.repository import version_key

ReportFormat = Literal["csv", "xlsx"]
Cell = str | int | Decimal | date | datetime | None
# Words for the codes the printed labels do not carry (review states, progress statuses, delegates'
# own states): English, with the code itself in a column of its own beside them.
_CODE_WORDS = {
    "received": "Received",
    "under_review": "Under review",
    "has_issues": "Has issues",
    "registered": "Registered",
    "draft": "Draft",
    "ready": "Ready",
    "not_started": "Not started",
    "on_track": "On track",
    "delayed": "Delayed",
    "stalled": "Stalled",
    "completed": "Completed",
    "cancelled": "Cancelled",
}


@dataclass(frozen=True)
class Sheet:
    name: str  # at most 31 characters (Excel)
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def file_name(self) -> str:
        """The undated part of its CSV file's name (``write_report`` puts the date in front)."""
        return re.sub(r"[^a-z0-9]+", "-", self.name.casefold()).strip("-") + ".csv"


# -- building the sheets -----------------------------------------------------------------------------


def _number(value: Any) -> Cell:
    """A decimal string (money, a measured value) as a number, so a spreadsheet can sum it; text that
    is not a finite number stays text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return str(value)
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return str(value)
    return number if number.is_finite() else str(value)


def _maybe_number(value: Any) -> Cell:
    """A target's baseline or target: a number when it is one ("12.5", "1,200"), else its text."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    plain = text.replace(",", "") if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", text) else text
    if re.fullmatch(r"[+-]?\d+(\.\d+)?", plain):
        return _number(plain)
    return text


def _day(value: Any) -> Cell:
    """An ISO date (YYYY-MM-DD) as a real date; anything else stays text."""
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)


def _word(code: str | None) -> str:
    return "" if not code else _CODE_WORDS.get(code, code.replace("_", " ").capitalize())


def _joined(items: Sequence[Any] | None) -> str:
    return "; ".join(str(i) for i in items or [])


def _updated(hlc: str) -> Cell:
    """The moment of a clock value, in UTC (spreadsheets know no time zones: the header says UTC)."""
    try:
        stamp = datetime.fromtimestamp(int(hlc.split(".", 1)[0]) / 1000, UTC)
    except (ValueError, OverflowError, OSError):
        return None
    return stamp.replace(tzinfo=None, microsecond=0)


def _review(notes: dict[str, NoteState], record_id: str) -> tuple[str, str, str]:
    """(state in words, state code, comment)."""
    note = notes.get(record_id)
    state = note.state if note else ReviewState.RECEIVED.value
    return _word(state), state, note.comment if note else ""


def _unique_names(sheets: list[Sheet]) -> list[Sheet]:
    """Sheet names cut to Excel's 31 characters stay distinct (a number replaces the end)."""
    seen: set[str] = set()
    out = []
    for sheet in sheets:
        name, number = sheet.name, 2
        while name.casefold() in seen:
            tail = f" ({number})"
            name, number = sheet.name[: 31 - len(tail)] + tail, number + 1
        seen.add(name.casefold())
        out.append(sheet if name == sheet.name else Sheet(name, sheet.headers, sheet.rows))
    return out


def _unique(labels: list[tuple[str, str]]) -> list[str]:
    """Headers from (label, question id); a label used twice gets its question id appended."""
    seen = [label for label, _ in labels]
    return [label if seen.count(label) == 1 else f"{label} ({qid})" for label, qid in labels]


class _Builder:
    def __init__(self, session: Session, labels: Labels) -> None:
        self.session = session
        self.places = places(session)
        self.notes = latest_notes(session)
        self.key = secretariat_key(session)
        self.labels = labels
        self.language = labels.language

    def yes_no(self, value: bool) -> str:
        return self.labels.yes if value else self.labels.no

    def sectors(self, codes: Sequence[Any] | None) -> str:
        return "; ".join(self.labels.sectors.get(str(c), str(c)) for c in codes or [])

    def project_type(self, code: Any) -> str:
        return self.labels.project_types.get(str(code), str(code or ""))

    def where(self, owner: str, city: str, country: str) -> tuple[str, str]:
        place = self.places.get(owner)
        return city or (place.city if place else ""), country or (place.country if place else "")

    # responses and repeat groups

    def responses(self) -> list[Sheet]:
        """Responses to different questionnaire versions are kept apart: a set of sheets per version
        (named after it when there is more than one), each with that version's questions as columns."""
        responses = stored_responses(self.session)
        definitions = Definitions(self.session)
        by_version: dict[tuple[str, str], list[Any]] = {}
        for response in responses:
            by_version.setdefault((response.questionnaire_id, response.version), []).append(response)
        if len(by_version) <= 1:
            return self._response_sheets(responses, definitions, "")
        several_ids = len({qid for qid, _ in by_version}) > 1
        sheets: list[Sheet] = []
        for (qid, version), members in sorted(
            by_version.items(), key=lambda i: (i[0][0], version_key(i[0][1]))
        ):
            suffix = f" {qid} {version}" if several_ids else f" {version}"
            sheets.extend(self._response_sheets(members, definitions, suffix))
        return _unique_names(sheets)

    def _response_sheets(
        self, responses: Sequence[Any], definitions: Definitions, suffix: str
    ) -> list[Sheet]:
        used: dict[tuple[str, str], Definition] = {}
        for response in responses:
            definition = definitions.get(response.questionnaire_id, response.version)
            if definition is not None:
                used[(response.questionnaire_id, response.version)] = definition
        # columns: the questions of every definition in use, newest version first, each id once
        ordered = sorted(used.items(), key=lambda item: (item[0][0], item[0][1]), reverse=True)
        top: dict[str, Question] = {}
        groups: dict[str, RepeatGroup] = {}
        group_questions: dict[str, dict[str, Question]] = {}
        for _key, definition in ordered:
            for section in definition.sections:
                for item in section.items:
                    if isinstance(item, RepeatGroup):
                        groups.setdefault(item.id, item)
                        bucket = group_questions.setdefault(item.id, {})
                        for question in item.items:
                            bucket.setdefault(question.id, question)
                    else:
                        top.setdefault(item.id, item)
        base = ("Record ID", "City", "Country", "Delegate", "Questionnaire", "Version", "Latest", "Completed")
        extra = (
            "Completeness (%)",
            "Review state",
            "Review state code",
            "Review comment",
            "Last updated (UTC)",
        )
        headers = base + extra + tuple(_unique([(self._label(q.label), q.id) for q in top.values()]))
        newest = {r.owner: r.record_id for r in responses}  # oldest first: the last one is the newest
        rows: list[tuple[Cell, ...]] = []
        group_rows: dict[str, list[tuple[Cell, ...]]] = {gid: [] for gid in groups}
        ordered_responses = sorted(
            responses, key=lambda r: (*self.where(r.owner, r.city, r.country)[::-1], r.record_id)
        )
        for response in ordered_responses:
            city, country = self.where(response.owner, response.city, response.country)
            place = self.places.get(response.owner)
            definition = used.get((response.questionnaire_id, response.version))
            values: dict[str, Cell] = {}
            instances: dict[str, dict[int, dict[str, Cell]]] = {}
            ratio: Cell = None
            if definition is not None:
                evaluation = evaluate(definition, response.answers)
                ratio = round(evaluation.ratio * 100)
                for question, group, instance, value in relevant_answers(
                    definition, response.answers, evaluation
                ):
                    cell = _answer_cell(question, value, self.language)
                    if group is None:
                        values[question.id] = cell
                    elif instance is not None:
                        instances.setdefault(group.id, {}).setdefault(instance, {})[question.id] = cell
            state, code, comment = _review(self.notes, response.record_id)
            rows.append(
                (
                    response.record_id,
                    city,
                    country,
                    place.name if place else "",
                    response.questionnaire_id,
                    response.version,
                    self.yes_no(newest.get(response.owner) == response.record_id),
                    self.yes_no(response.completed),
                    ratio,
                    state,
                    code,
                    comment,
                    _updated(response.updated_hlc),
                    *(values.get(qid) for qid in top),
                )
            )
            for gid, by_instance in instances.items():
                for instance in sorted(by_instance):
                    answers = by_instance[instance]
                    group_rows[gid].append(
                        (
                            response.record_id,
                            city,
                            country,
                            instance + 1,
                            *(answers.get(qid) for qid in group_questions[gid]),
                        )
                    )
        sheets = [Sheet(f"Responses{suffix}"[:31], headers, tuple(rows))]
        for gid in groups:
            labels = _unique([(self._label(q.label), q.id) for q in group_questions[gid].values()])
            name = f"Response {gid.replace('_', ' ')}{suffix}"[:31]
            sheets.append(
                Sheet(name, ("Response ID", "City", "Country", "#", *labels), tuple(group_rows[gid]))
            )
        return sheets

    def _label(self, text: Any) -> str:
        from kin_desktop.core.questionnaire import localize

        return localize(text, self.language).text

    # practices

    def practices(self) -> Sheet:
        found = self.session.exec(
            select(m.Practice, m.Record.updated_hlc, m.Record.conflict)
            .join(m.Record, col(m.Record.record_id) == col(m.Practice.record_id))
            .where(col(m.Record.deleted).is_(False))
        ).all()
        headers = (
            "Record ID",
            "City",
            "Country",
            "Title",
            "Sectors",
            "Sector codes",
            "Summary",
            "Problem",
            "Approach",
            "Environmental benefits",
            "Social benefits",
            "Economic benefits",
            "Cost",
            "Cost currency",
            "Partners",
            "Replicability",
            "Start year",
            "Win-win",
            "Language",
            "Delegate state",
            "Delegate state code",
            "Review state",
            "Review state code",
            "Review comment",
            "Conflict",
            "Last updated (UTC)",
        )
        rows: list[tuple[Cell, ...]] = []
        for practice, hlc, conflict in found:
            body = json.loads(practice.body)
            city, country = self.where(practice.owner, practice.city, practice.country)
            state, code, comment = _review(self.notes, practice.record_id)
            rows.append(
                (
                    practice.record_id,
                    city,
                    country,
                    body["title"],
                    self.sectors(body.get("sectors")),
                    _joined(body.get("sectors")),
                    body.get("summary", ""),
                    body.get("problem", ""),
                    body.get("approach", ""),
                    body.get("environmental_benefits", ""),
                    body.get("social_benefits", ""),
                    body.get("economic_benefits", ""),
                    _number(body.get("cost_amount")),
                    body.get("cost_currency"),
                    _joined(body.get("partners")),
                    body.get("replicability", ""),
                    body.get("start_year"),
                    self.yes_no(bool(body.get("win_win"))),
                    body.get("language", ""),
                    _word(body.get("state", "")),
                    body.get("state", ""),
                    state,
                    code,
                    comment,
                    self.yes_no(bool(conflict)),
                    _updated(hlc),
                )
            )
        return Sheet("Practices", headers, tuple(_by_place(rows)))

    # commitments, targets, progress reports

    def commitments(self) -> list[Sheet]:
        found = self.session.exec(
            select(m.Commitment, m.Record.updated_hlc, m.Record.conflict)
            .join(m.Record, col(m.Record.record_id) == col(m.Commitment.record_id))
            .where(col(m.Record.deleted).is_(False))
        ).all()
        reports = self.session.exec(
            select(m.ProgressReport, m.Record.updated_hlc)
            .join(m.Record, col(m.Record.record_id) == col(m.ProgressReport.record_id))
            .where(col(m.Record.deleted).is_(False))
        ).all()
        latest: dict[str, tuple[tuple[str, str, str], str, str | None]] = {}
        titles: dict[str, tuple[str, str, str]] = {}
        headers = (
            "Record ID",
            "City",
            "Country",
            "Title",
            "Project type",
            "Project type code",
            "Sectors",
            "Sector codes",
            "Objectives",
            "Description",
            "Partners",
            "Start date",
            "End date",
            "Milestones",
            "Budget",
            "Budget currency",
            "Funding source",
            "Experience to share",
            "Signatory",
            "Signatory title",
            "Language",
            "Delegate state",
            "Delegate state code",
            "Review state",
            "Review state code",
            "Review comment",
            "Recognized",
            "Progress status",
            "Progress status code",
            "Last progress report",
            "Conflict",
            "Last updated (UTC)",
        )
        for report, hlc in reports:
            order = (report.reported_on or "", hlc, report.record_id)
            known = latest.get(report.commitment_id)
            if known is None or order > known[0]:
                latest[report.commitment_id] = (order, report.status, report.reported_on)
        rows: list[tuple[Cell, ...]] = []
        target_rows: list[tuple[Cell, ...]] = []
        for commitment, hlc, conflict in found:
            body = json.loads(commitment.body)
            city, country = self.where(commitment.owner, commitment.city, commitment.country)
            titles[commitment.record_id] = (body["title"], city, country)
            state, code, comment = _review(self.notes, commitment.record_id)
            note = self.notes.get(commitment.record_id)
            progress = latest.get(commitment.record_id)
            milestones = "; ".join(
                f"{x.get('date')}: {x.get('description')}" for x in body.get("milestones", [])
            )
            rows.append(
                (
                    commitment.record_id,
                    city,
                    country,
                    body["title"],
                    self.project_type(body.get("project_type", "")),
                    body.get("project_type", ""),
                    self.sectors(body.get("sectors")),
                    _joined(body.get("sectors")),
                    body.get("objectives", ""),
                    body.get("description", ""),
                    _joined(body.get("partners")),
                    _day(body.get("start_date")),
                    _day(body.get("end_date")),
                    milestones,
                    _number(body.get("budget_amount")),
                    body.get("budget_currency"),
                    body.get("funding_source", ""),
                    body.get("experience_to_share", ""),
                    body.get("signatory_name", ""),
                    body.get("signatory_title", ""),
                    body.get("language", ""),
                    _word(body.get("state", "")),
                    body.get("state", ""),
                    state,
                    code,
                    comment,
                    self.yes_no(bool(note and note.recognized)),
                    _word(progress[1] if progress else "not_started"),
                    progress[1] if progress else "not_started",
                    _day(progress[2]) if progress else None,
                    self.yes_no(bool(conflict)),
                    _updated(hlc),
                )
            )
            for position, target in enumerate(body.get("targets", []), start=1):
                target_rows.append(
                    (
                        commitment.record_id,
                        city,
                        country,
                        body["title"],
                        position,
                        target.get("description", ""),
                        target.get("indicator", ""),
                        _maybe_number(target.get("baseline", "")),
                        _maybe_number(target.get("target", "")),
                        target.get("unit", ""),
                        target.get("due_year"),
                    )
                )
        report_rows: list[tuple[Cell, ...]] = []
        for report, _hlc in reports:
            body = json.loads(report.body)
            title, city, country = titles.get(report.commitment_id, ("", "", ""))
            indicators = "; ".join(
                " ".join(p for p in (f"{i.get('indicator')}:", i.get("value", ""), i.get("note", "")) if p)
                for i in body.get("indicators", [])
            )
            report_rows.append(
                (
                    report.record_id,
                    report.commitment_id,
                    city,
                    country,
                    title,
                    _day(body.get("reported_on")),
                    _word(body.get("status")),
                    body.get("status"),
                    _joined(body.get("milestones_reached")),
                    indicators,
                    body.get("note", ""),
                    "Secretariat" if report.owner == self.key else "Delegate",
                )
            )
        target_headers = (
            "Commitment ID",
            "City",
            "Country",
            "Commitment",
            "#",
            "Description",
            "Indicator",
            "Baseline",
            "Target",
            "Unit",
            "Due year",
        )
        report_headers = (
            "Record ID",
            "Commitment ID",
            "City",
            "Country",
            "Commitment",
            "Reported on",
            "Status",
            "Status code",
            "Milestones reached",
            "Indicators",
            "Note",
            "Recorded by",
        )
        report_rows.sort(key=lambda r: (str(r[3]), str(r[2]), str(r[4]), str(r[5] or ""), str(r[0])))
        target_rows.sort(key=lambda r: (str(r[2]), str(r[1]), str(r[3]), str(r[0]), int(str(r[4] or 0))))
        return [
            Sheet("Commitments", headers, tuple(_by_place(rows))),
            Sheet("Targets", target_headers, tuple(target_rows)),
            Sheet("Progress reports", report_headers, tuple(report_rows)),
        ]


def _by_place(rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """Rows starting (id, city, country, title) by country, city, title, id."""
    return sorted(rows, key=lambda r: (str(r[2]), str(r[1]).casefold(), str(r[3]).casefold(), str(r[0])))


def _answer_cell(question: Question, value: Any, language: str = "en") -> Cell:
    if question.type in (QuestionType.INTEGER, QuestionType.RATING) and isinstance(value, int):
        return None if isinstance(value, bool) else value
    if question.type == QuestionType.DECIMAL:
        return _number(value)
    if question.type == QuestionType.DATE:
        return _day(value)
    return render_answer(question, value, language)


def build_sheets(workspace: Workspace, language: str = "en") -> list[Sheet]:
    """Every sheet of the report, in order: responses (and their repeat groups), practices, commitments,
    targets, progress reports. Choices, sectors, project types and yes/no in ``language`` (where the
    questionnaire and the printed labels have it; English otherwise), the codes in columns of their own."""
    from kin_desktop.services.printing import labels_for

    workspace.require_role(Role.SECRETARIAT)
    with workspace.session() as session:
        builder = _Builder(session, labels_for(language))
        return [*builder.responses(), builder.practices(), *builder.commitments()]


# -- writing -----------------------------------------------------------------------------------------

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def _write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    os.close(handle)
    temp = Path(name)
    try:
        write(temp)
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


# A decimal whose exponent reaches past these powers of ten is written in scientific notation (CSV) or
# as text (xlsx): expanding "1E+999999999" digit by digit would take the memory of the machine, and a
# spreadsheet number is a double (about 1e308 at most).
_PLAIN_DECIMAL_DIGITS = 40
_SPREADSHEET_EXPONENT = 300
_WIDEST_COLUMN = 60  # characters; longer texts wrap in the cell's width on screen
_NARROWEST_COLUMN = 6


def decimal_text(value: Decimal) -> str:
    """A decimal as text without expanding a huge exponent: "1234.5", "0.001", "1E+999999"."""
    if value.is_finite() and abs(value.adjusted()) <= _PLAIN_DECIMAL_DIGITS:
        return format(value, "f")
    return str(value)


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.match(text):
        return "'" + text
    return text


def _write_csv(sheet: Sheet, path: Path) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(sheet.headers)
    writer.writerows([_csv_value(v) for v in row] for row in sheet.rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))


def _shown_length(value: Cell) -> int:
    """About how many characters a cell shows (East Asian wide characters count twice)."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = decimal_text(value) if isinstance(value, Decimal) else str(value)
    line = max(text.split("\n"), key=len) if "\n" in text else text
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[: _WIDEST_COLUMN * 2])


def column_widths(sheet: Sheet, sample: int = 500) -> list[float]:
    """Widths (in characters) that show each column's header and most of its values: the 90th
    percentile of the first ``sample`` rows' lengths, between 6 and 60."""
    widths: list[float] = []
    for number, header in enumerate(sheet.headers):
        lengths = sorted(_shown_length(row[number]) for row in sheet.rows[:sample])
        typical = lengths[int(len(lengths) * 0.9)] if lengths else 0
        wanted = max(typical, min(_shown_length(header), 30)) + 2
        widths.append(float(min(max(wanted, _NARROWEST_COLUMN), _WIDEST_COLUMN)))
    return widths


def _xlsx_value(value: Cell) -> Cell:
    if isinstance(value, Decimal) and (
        not value.is_finite() or abs(value.adjusted()) > _SPREADSHEET_EXPONENT
    ):
        return decimal_text(value)  # beyond a spreadsheet's numbers: kept exactly, as text
    return value


def _write_xlsx(sheets: Sequence[Sheet], path: Path) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    top = Alignment(vertical="top")
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.name)
        # In write-only mode, widths, frozen panes and the filter are set before the first row.
        for number, width in enumerate(column_widths(sheet), start=1):
            worksheet.column_dimensions[get_column_letter(number)].width = width
        worksheet.freeze_panes = "A2"
        last = get_column_letter(max(len(sheet.headers), 1))
        worksheet.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
        # Printed (or converted to PDF): landscape, the header row repeated on every page.
        worksheet.page_setup.orientation = "landscape"
        worksheet.print_title_rows = "1:1"
        header_cells = []
        for header in sheet.headers:
            cell = WriteOnlyCell(worksheet, value=header)
            cell.font = bold
            header_cells.append(cell)
        worksheet.append(header_cells)
        for row in sheet.rows:
            cells: list[Any] = []
            for raw in row:
                value = _xlsx_value(raw)
                if isinstance(value, str):
                    cell = WriteOnlyCell(worksheet, value=_ILLEGAL.sub("", value))
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                    cell.alignment = top
                    cells.append(cell)
                elif isinstance(value, datetime):
                    cell = WriteOnlyCell(worksheet, value=value)
                    cell.number_format = "yyyy-mm-dd hh:mm"
                    cells.append(cell)
                elif isinstance(value, date):
                    cell = WriteOnlyCell(worksheet, value=value)
                    cell.number_format = "yyyy-mm-dd"
                    cells.append(cell)
                else:
                    cells.append(value)
            worksheet.append(cells)
    workbook.save(path)


def write_report(
    workspace: Workspace,
    fmt: ReportFormat | str,
    out: Path | str,
    *,
    language: str = "en",
    now: datetime | None = None,
) -> list[Path]:
    """Write the report; returns the files written.

    ``xlsx``: ``out`` is the workbook's path (a folder gets ``KIN-report-<YYYYMMDD>.xlsx``); ``csv``:
    ``out`` is a folder (created if needed) receiving one file per sheet, named with the moment of the
    export (``KIN-report-<YYYYMMDD-HHMM>-practices.csv``) so the next export never overwrites it.
    """
    if fmt not in ("csv", "xlsx"):
        raise UsageError(f"unknown report format {fmt!r}; choose csv or xlsx")
    moment = now or datetime.now(UTC)
    sheets = build_sheets(workspace, language)
    target = Path(out)
    if fmt == "xlsx":
        if target.is_dir():
            target = target / f"KIN-report-{moment:%Y%m%d}.xlsx"
        _write_atomically(target, lambda temp: _write_xlsx(sheets, temp))
        return [target]
    if target.exists() and not target.is_dir():
        raise UsageError(f"{target} is a file; a csv report needs a folder")
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for sheet in sheets:
        path = target / f"KIN-report-{moment:%Y%m%d-%H%M}-{sheet.file_name}"
        _write_atomically(path, functools.partial(_write_csv, sheet))
        written.append(path)
    return written
