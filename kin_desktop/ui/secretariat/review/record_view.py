"""The whole record as the reviewer reads it, laid out like the printed commitment form, read-only,
with what changed since the reviewed revision marked (``ReviewService.record_view``).

Rendered as HTML for a ``QTextBrowser``; every text a delegate wrote is escaped (plain text, never
markup), so a title holding ``<b>`` or a link shows as typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from kin_desktop.ui.formats import moment_text
from kin_desktop.ui.palette import differs_background, muted_color
from kin_desktop.ui.records import labels
from kin_desktop.ui.secretariat.review.columns import hlc_time

_COMMITMENT_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the_commitment", ("project_type", "sectors", "objectives", "description")),
    ("targets", ("targets",)),
    ("partners", ("partners",)),
    ("timeline", ("start_date", "end_date", "milestones")),
    ("budget", ("budget_amount", "budget_currency", "funding_source")),
    ("experience", ("experience_to_share",)),
    ("signatory", ("signatory_name", "signatory_title")),
)
_PRACTICE_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the_practice", ("sectors", "summary", "problem", "approach", "start_year", "win_win")),
    ("benefits", ("environmental_benefits", "social_benefits", "economic_benefits")),
    ("cost", ("cost_amount", "cost_currency")),
    ("partners", ("partners", "replicability")),
)
_TABLES = {
    "targets": ("description", "indicator", "baseline", "target", "unit", "due_year"),
    "milestones": ("date", "description"),
}


def _section_title(key: str) -> str:
    return {
        "the_commitment": QCoreApplication.translate("ReviewPanel", "The commitment"),
        "targets": QCoreApplication.translate("ReviewPanel", "Targets and indicators"),
        "partners": QCoreApplication.translate("ReviewPanel", "Partners"),
        "timeline": QCoreApplication.translate("ReviewPanel", "Timeline"),
        "budget": QCoreApplication.translate("ReviewPanel", "Budget"),
        "experience": QCoreApplication.translate("ReviewPanel", "Experience to share"),
        "signatory": QCoreApplication.translate("ReviewPanel", "Signatory"),
        "the_practice": QCoreApplication.translate("ReviewPanel", "The practice"),
        "benefits": QCoreApplication.translate("ReviewPanel", "Benefits"),
        "cost": QCoreApplication.translate("ReviewPanel", "Cost"),
    }.get(key, key)


def _value(key: str, value: Any) -> str:
    """A top-level value as plain text (escaped by the caller)."""
    if value is None or value == "" or value == []:
        return ""
    if key == "sectors" and isinstance(value, list):
        return ", ".join(labels.sector_label(str(v)) for v in value)
    if key == "project_type":
        return labels.project_type_label(str(value))
    if key in ("budget_amount", "cost_amount"):
        return labels.amount_text(str(value))
    if key == "partners" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ReviewPanel", "Yes")
            if value
            else QCoreApplication.translate("ReviewPanel", "No")
        )
    return str(value)


def _paragraphs(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines()) if text else ""


def record_html(view: Any, palette: QPalette | None = None) -> str:
    """The record of a ``RecordView`` as HTML: heading, who sent it, then each part of the form."""
    body: dict[str, Any] = view.body
    changed: dict[str, list[Any]] = {}
    for change in view.changes:
        changed.setdefault(change.key, []).append(change)
    mark = differs_background(palette).name()
    muted = muted_color(palette).name()
    nothing = (
        f"<span style='color:{muted}'>{escape(QCoreApplication.translate('ReviewPanel', 'not given'))}</span>"
    )

    anchored = [False]

    def anchor() -> str:
        """Before the first change: the browser scrolls there, so the correction shows first."""
        if anchored[0]:
            return ""
        anchored[0] = True
        return "<a name='first-change'></a>"

    def cell(text: str, is_changed: bool, old: str | None = None) -> str:
        shown = _paragraphs(text) or nothing
        if not is_changed:
            return shown
        shown = anchor() + shown
        was_empty = QCoreApplication.translate("ReviewPanel", "(was empty)")
        was = (
            f"<br><span style='color:{muted}'><s>{_paragraphs(old)}</s></span>"
            if old
            else f"<br><span style='color:{muted}'>{escape(was_empty)}</span>"
        )
        return f"<span style='background:{mark}'>{shown}</span>{was}"

    parts = [f"<h2 style='margin:0'>{escape(str(body.get('title', '')))}</h2>"]
    who = ", ".join(p for p in (view.city, view.country) if p)
    if view.delegate_name:
        who += f" — {view.delegate_name}"
    if view.organisation:
        who += f" ({view.organisation})"
    parts.append(
        f"<p style='margin-top:2px'>{escape(who)}<br><span style='color:{muted}'>"
        + escape(
            QCoreApplication.translate("ReviewPanel", "Version of %1, revision %2")
            .replace("%1", moment_text(hlc_time(view.updated_hlc)))
            .replace("%2", view.rev_id[:12])
        )
        + "</span></p>"
    )
    if "title" in changed:
        (title_change,) = changed["title"][:1]
        parts.append(cell(str(body.get("title", "")), True, title_change.old))
    sections = _COMMITMENT_SECTIONS if view.record_type == "commitment" else _PRACTICE_SECTIONS
    for section, keys in sections:
        rows: list[str] = []
        for key in keys:
            if key in _TABLES:
                table = _table(key, body.get(key) or [], changed.get(key, []), mark, nothing)
                rows.append(anchor() + table if changed.get(key) else table)
                continue
            change = changed.get(key, [None])[0]
            text = _value(key, body.get(key))
            rows.append(
                f"<tr><td width='28%' valign='top'><b>{escape(labels.field_label(key))}</b></td>"
                f"<td valign='top'>{cell(text, change is not None, change.old if change else None)}</td></tr>"
            )
        parts.append(f"<h3 style='margin-bottom:2px'>{escape(_section_title(section))}</h3>")
        parts.append("<table width='100%' cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>")
    return "".join(parts)


def _table(key: str, rows: Sequence[Any], changes: Iterable[Any], mark: str, nothing: str) -> str:
    columns = _TABLES[key]
    marked = {(c.row, c.column) for c in changes} | {(c.row, None) for c in changes if c.column is None}
    if not rows:
        return f"<tr><td colspan='2'>{nothing}</td></tr>"
    head = "".join(f"<th align='left'>{escape(labels.column_label(c))}</th>" for c in columns)
    lines = []
    for number, row in enumerate(rows):
        data = row if isinstance(row, dict) else {}
        cells = []
        for column in columns:
            value = data.get(column)
            text = "" if value is None else str(value)
            style = (
                f" style='background:{mark}'"
                if (number, column) in marked or (number, None) in marked
                else ""
            )
            cells.append(f"<td valign='top'{style}>{_paragraphs(text)}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    return (
        "<tr><td colspan='2'><table width='100%' border='1' cellspacing='0' cellpadding='3'"
        " style='border-collapse:collapse'>"
        f"<tr>{head}</tr>{''.join(lines)}</table></td></tr>"
    )
