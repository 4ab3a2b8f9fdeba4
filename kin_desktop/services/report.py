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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from sqlmodel import Session, col, select

from kin_desktop.core.errors import UsageError
from kin_desktop.core.questionnaire import Definition, Question, QuestionType, RepeatGroup, evaluate
from kin_desktop.core.schemas import ReviewState, Role
from kin_desktop.services.profiles import Workspace
from kin_desktop.services.review import (
    Definitions,
    NoteState,
    latest_notes,
    places,
    relevant_answers,
    render_answer,
    secretariat_key,
    stored_responses,
    yes_no,
)
from kin_desktop.storage import models as m
from kin_desktop.storage.repository import version_key

ReportFormat = Literal["csv", "xlsx"]
Cell = str | int | Decimal | None


@dataclass(frozen=True)
class Sheet:
    name: str  # at most 31 characters (Excel)
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def file_name(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.casefold()).strip("-") + ".csv"


# -- building the sheets -----------------------------------------------------------------------------


def _number(value: Any) -> Cell:
    """A decimal string (money) as a number, so a spreadsheet can sum it."""
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return str(value)


def _joined(items: Sequence[Any] | None) -> str:
    return "; ".join(str(i) for i in items or [])


def _updated(hlc: str) -> str:
    try:
        stamp = datetime.fromtimestamp(int(hlc.split(".", 1)[0]) / 1000, UTC)
    except (ValueError, OverflowError, OSError):
        return ""
    return stamp.strftime("%Y-%m-%d %H:%M UTC")


def _review(notes: dict[str, NoteState], record_id: str) -> tuple[str, str]:
    note = notes.get(record_id)
    return (note.state, note.comment) if note else (ReviewState.RECEIVED.value, "")


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
    def __init__(self, session: Session) -> None:
        self.session = session
        self.places = places(session)
        self.notes = latest_notes(session)
        self.key = secretariat_key(session)

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
        base = ("Record ID", "City", "Country", "Delegate", "Questionnaire", "Version", "Completed")
        extra = ("Completeness (%)", "Review state", "Review comment")
        headers = base + extra + tuple(_unique([(q.label["en"], q.id) for q in top.values()]))
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
                    cell = _answer_cell(question, value)
                    if group is None:
                        values[question.id] = cell
                    elif instance is not None:
                        instances.setdefault(group.id, {}).setdefault(instance, {})[question.id] = cell
            state, comment = _review(self.notes, response.record_id)
            rows.append(
                (
                    response.record_id,
                    city,
                    country,
                    place.name if place else "",
                    response.questionnaire_id,
                    response.version,
                    yes_no(response.completed),
                    ratio,
                    state,
                    comment,
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
            labels = _unique([(q.label["en"], q.id) for q in group_questions[gid].values()])
            name = f"Response {gid.replace('_', ' ')}{suffix}"[:31]
            sheets.append(
                Sheet(name, ("Response ID", "City", "Country", "#", *labels), tuple(group_rows[gid]))
            )
        return sheets

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
            "Review state",
            "Review comment",
            "Conflict",
            "Last updated",
        )
        rows: list[tuple[Cell, ...]] = []
        for practice, hlc, conflict in found:
            body = json.loads(practice.body)
            city, country = self.where(practice.owner, practice.city, practice.country)
            state, comment = _review(self.notes, practice.record_id)
            rows.append(
                (
                    practice.record_id,
                    city,
                    country,
                    body["title"],
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
                    yes_no(bool(body.get("win_win"))),
                    body.get("language", ""),
                    body.get("state", ""),
                    state,
                    comment,
                    yes_no(bool(conflict)),
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
            "Sectors",
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
            "Review state",
            "Review comment",
            "Recognized",
            "Progress status",
            "Last progress report",
            "Conflict",
            "Last updated",
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
            state, comment = _review(self.notes, commitment.record_id)
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
                    body.get("project_type", ""),
                    _joined(body.get("sectors")),
                    body.get("objectives", ""),
                    body.get("description", ""),
                    _joined(body.get("partners")),
                    body.get("start_date"),
                    body.get("end_date"),
                    milestones,
                    _number(body.get("budget_amount")),
                    body.get("budget_currency"),
                    body.get("funding_source", ""),
                    body.get("experience_to_share", ""),
                    body.get("signatory_name", ""),
                    body.get("signatory_title", ""),
                    body.get("language", ""),
                    body.get("state", ""),
                    state,
                    comment,
                    yes_no(bool(note and note.recognized)),
                    progress[1] if progress else "not_started",
                    progress[2] if progress else None,
                    yes_no(bool(conflict)),
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
                        target.get("baseline", ""),
                        target.get("target", ""),
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
                    body.get("reported_on"),
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
            "Milestones reached",
            "Indicators",
            "Note",
            "Recorded by",
        )
        report_rows.sort(key=lambda r: (str(r[3]), str(r[2]), str(r[4]), str(r[5] or ""), str(r[0])))
        target_rows.sort(key=lambda r: (str(r[2]), str(r[1]), str(r[3]), str(r[0]), int(r[4] or 0)))
        return [
            Sheet("Commitments", headers, tuple(_by_place(rows))),
            Sheet("Targets", target_headers, tuple(target_rows)),
            Sheet("Progress reports", report_headers, tuple(report_rows)),
        ]


def _by_place(rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """Rows starting (id, city, country, title) by country, city, title, id."""
    return sorted(rows, key=lambda r: (str(r[2]), str(r[1]).casefold(), str(r[3]).casefold(), str(r[0])))


def _answer_cell(question: Question, value: Any) -> Cell:
    if question.type in (QuestionType.INTEGER, QuestionType.RATING) and isinstance(value, int):
        return None if isinstance(value, bool) else value
    if question.type == QuestionType.DECIMAL:
        return _number(value)
    return render_answer(question, value)


def build_sheets(workspace: Workspace) -> list[Sheet]:
    """Every sheet of the report, in order: responses (and their repeat groups), practices, commitments,
    targets, progress reports."""
    workspace.require_role(Role.SECRETARIAT)
    with workspace.session() as session:
        builder = _Builder(session)
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


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
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


def _write_xlsx(sheets: Sequence[Sheet], path: Path) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.name)
        worksheet.freeze_panes = "A2"
        header_cells = []
        for header in sheet.headers:
            cell = WriteOnlyCell(worksheet, value=header)
            cell.font = bold
            header_cells.append(cell)
        worksheet.append(header_cells)
        for row in sheet.rows:
            cells: list[Any] = []
            for value in row:
                if isinstance(value, str):
                    cell = WriteOnlyCell(worksheet, value=_ILLEGAL.sub("", value))
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                    cells.append(cell)
                else:
                    cells.append(value)
            worksheet.append(cells)
    workbook.save(path)


def write_report(workspace: Workspace, fmt: ReportFormat | str, out: Path | str) -> list[Path]:
    """Write the report; returns the files written.

    ``xlsx``: ``out`` is the workbook's path (a folder gets ``KIN-report-<YYYYMMDD>.xlsx``); ``csv``:
    ``out`` is a folder (created if needed) receiving one file per sheet.
    """
    if fmt not in ("csv", "xlsx"):
        raise UsageError(f"unknown report format {fmt!r}; choose csv or xlsx")
    sheets = build_sheets(workspace)
    target = Path(out)
    if fmt == "xlsx":
        if target.is_dir():
            target = target / f"KIN-report-{datetime.now(UTC):%Y%m%d}.xlsx"
        _write_atomically(target, lambda temp: _write_xlsx(sheets, temp))
        return [target]
    if target.exists() and not target.is_dir():
        raise UsageError(f"{target} is a file; a csv report needs a folder")
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for sheet in sheets:
        path = target / sheet.file_name
        _write_atomically(path, functools.partial(_write_csv, sheet))
        written.append(path)
    return written
