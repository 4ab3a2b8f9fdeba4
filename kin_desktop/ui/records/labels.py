"""Words for the codes the record service uses: sectors, states, fields and problems.

Every string goes through ``QCoreApplication.translate`` with the context ``records``, so
one ``.ts`` context holds the vocabulary shared by the lists, the editors and the history.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from kin_desktop.core.schemas import FOLLOW_UP_END_YEAR, DraftState, ProjectType, Sector
from kin_desktop.services.records import FieldChange, Problem, SyncState
from kin_desktop.ui.language import list_text, number_text


def sector_label(code: str) -> str:
    labels: dict[str, str] = {
        Sector.SOLID_WASTE: QCoreApplication.translate("records", "Solid waste"),
        Sector.WASTEWATER_SANITATION: QCoreApplication.translate("records", "Wastewater and sanitation"),
        Sector.WATER_SUPPLY: QCoreApplication.translate("records", "Water supply"),
        Sector.AIR_QUALITY: QCoreApplication.translate("records", "Air quality"),
        Sector.URBAN_TRANSPORT: QCoreApplication.translate("records", "Urban transport"),
        Sector.ENERGY: QCoreApplication.translate("records", "Energy"),
        Sector.GREEN_SPACE: QCoreApplication.translate("records", "Green space"),
        Sector.INDUSTRIAL_POLLUTION: QCoreApplication.translate("records", "Industrial pollution"),
        Sector.OTHER: QCoreApplication.translate("records", "Other", "sector"),
    }
    return labels.get(code, code)


def state_label(code: str) -> str:
    labels: dict[str, str] = {
        SyncState.DRAFT: QCoreApplication.translate("records", "Draft"),
        SyncState.READY: QCoreApplication.translate("records", "Ready to send"),
        SyncState.SENT: QCoreApplication.translate("records", "Sent"),
        SyncState.ACKNOWLEDGED: QCoreApplication.translate("records", "Acknowledged"),
        SyncState.REGISTERED: QCoreApplication.translate("records", "Registered"),
    }
    return labels.get(code, code)


def review_label(code: str | None) -> str:
    """The secretariat's review state, as the delegate reads it; "" when not reviewed yet."""
    labels: dict[str, str] = {
        "received": QCoreApplication.translate("records", "Received"),
        "under_review": QCoreApplication.translate("records", "Under review"),
        "has_issues": QCoreApplication.translate("records", "Has issues"),
        "registered": QCoreApplication.translate("records", "Registered"),
    }
    return "" if not code else labels.get(code, code)


def review_text(review: Any) -> str:
    """A row's review (``services.records.RowReview`` or None) for the list's Review column."""
    if review is None:
        return ""
    text = review_label(review.state)
    if review.recognized:
        text += " ★"
    if review.changed:
        text += " · " + (
            QCoreApplication.translate("records", "corrected")
            if review.state == "has_issues"
            else QCoreApplication.translate("records", "changed since")
        )
    return text


def paper_text(paper: Any) -> str:
    """A commitment's last printed form (``services.records.Paper`` or None) for the Form column."""
    if paper is None:
        return ""
    if paper.stale:
        return QCoreApplication.translate("records", "Signed form out of date")
    return QCoreApplication.translate("records", "Printed")


def draft_state_label(code: str) -> str:
    labels: dict[str, str] = {
        DraftState.DRAFT: QCoreApplication.translate("records", "Draft"),
        DraftState.READY: QCoreApplication.translate("records", "Ready to send"),
    }
    return labels.get(code, code)


def project_type_label(code: str) -> str:
    labels: dict[str, str] = {
        ProjectType.DEMONSTRATION: QCoreApplication.translate("records", "Demonstration"),
        ProjectType.EXPANDED: QCoreApplication.translate("records", "Expanded"),
    }
    return labels.get(code, code)


def field_label(key: str) -> str:
    labels = {
        "title": QCoreApplication.translate("records", "Title"),
        "summary": QCoreApplication.translate("records", "Summary"),
        "sectors": QCoreApplication.translate("records", "Sectors"),
        "problem": QCoreApplication.translate("records", "Problem"),
        "approach": QCoreApplication.translate("records", "Approach"),
        "environmental_benefits": QCoreApplication.translate("records", "Environmental benefits"),
        "social_benefits": QCoreApplication.translate("records", "Social benefits"),
        "economic_benefits": QCoreApplication.translate("records", "Economic benefits"),
        "cost_amount": QCoreApplication.translate("records", "Cost"),
        "cost_currency": QCoreApplication.translate("records", "Cost currency"),
        "partners": QCoreApplication.translate("records", "Partners"),
        "replicability": QCoreApplication.translate("records", "Replicability"),
        "start_year": QCoreApplication.translate("records", "Start year"),
        "win_win": QCoreApplication.translate("records", "Win-win"),
        "language": QCoreApplication.translate("records", "Language"),
        "state": QCoreApplication.translate("records", "State"),
        "project_type": QCoreApplication.translate("records", "Project type"),
        "objectives": QCoreApplication.translate("records", "Objectives"),
        "description": QCoreApplication.translate("records", "Description"),
        "targets": QCoreApplication.translate("records", "Targets and indicators"),
        "start_date": QCoreApplication.translate("records", "Start date"),
        "end_date": QCoreApplication.translate("records", "End date"),
        "milestones": QCoreApplication.translate("records", "Milestones"),
        "budget_amount": QCoreApplication.translate("records", "Budget"),
        "budget_currency": QCoreApplication.translate("records", "Budget currency"),
        "funding_source": QCoreApplication.translate("records", "Funding source"),
        "experience_to_share": QCoreApplication.translate("records", "Experience to share"),
        "signatory_name": QCoreApplication.translate("records", "Signatory name"),
        "signatory_title": QCoreApplication.translate("records", "Signatory title"),
        "deleted": QCoreApplication.translate("records", "Deleted"),
    }
    return labels.get(key, key)


def column_label(column: str) -> str:
    labels = {
        "description": QCoreApplication.translate("records", "Description"),
        "indicator": QCoreApplication.translate("records", "Indicator"),
        "baseline": QCoreApplication.translate("records", "Baseline"),
        "target": QCoreApplication.translate("records", "Target"),
        "unit": QCoreApplication.translate("records", "Unit"),
        "due_year": QCoreApplication.translate("records", "Due year"),
        "date": QCoreApplication.translate("records", "Date"),
        "name": QCoreApplication.translate("records", "Partner"),
    }
    return labels.get(column, column)


def amount_text(text: str) -> str:
    """An amount of money as stored ("250000", "1250.5") in the interface language's digits and
    grouping ("250,000", "1.250,50" in Indonesian); text that is not a number is shown as it is."""
    try:
        value = float(text)
    except ValueError:
        return text
    return QLocale().toString(value, "f", 2 if "." in text else 0)


def value_text(key: str, text: str) -> str:
    """A stored value as a person reads it (FieldChange and list cells)."""
    if not text:
        return ""
    if key == "sectors":
        return list_text(sector_label(part.strip()) for part in text.split(","))
    if key == "state":
        return draft_state_label(text)
    if key in {"budget_amount", "cost_amount"}:
        return amount_text(text)
    if key == "project_type":
        return project_type_label(text)
    if text in {"true", "false"} and key in {"win_win", "deleted"}:
        return (
            QCoreApplication.translate("records", "Yes")
            if text == "true"
            else QCoreApplication.translate("records", "No")
        )
    return text


def change_field_text(change: FieldChange) -> str:
    label = field_label(change.key)
    if change.row is None:
        return label
    if change.column is None:
        return (
            QCoreApplication.translate("records", "%1, row %2")
            .replace("%1", label)
            .replace("%2", number_text(change.row + 1))
        )
    return (
        QCoreApplication.translate("records", "%1, row %2: %3")
        .replace("%1", label)
        .replace("%2", number_text(change.row + 1))
        .replace("%3", column_label(change.column))
    )


def problem_text(problem: Problem) -> str:
    """What is wrong with a field, in a sentence that says how to put it right."""
    code = problem.code
    if code == "end_after_follow_up":
        return QCoreApplication.translate(
            "records",
            "The project must end by 31 December %1, when the follow-up of commitments ends. "
            "Choose an earlier end date.",
        ).replace("%1", str(FOLLOW_UP_END_YEAR))
    if code == "end_before_start":
        return QCoreApplication.translate("records", "The end date is before the start date.")
    if code == "required":
        if problem.key == "targets":
            return QCoreApplication.translate("records", "Each target needs a description.")
        if problem.key == "milestones":
            return QCoreApplication.translate("records", "Each milestone needs a date and a description.")
        return QCoreApplication.translate("records", "This field is required.")
    if code == "not_a_date":
        return QCoreApplication.translate("records", "Enter a date as YYYY-MM-DD, for example 2009-06-30.")
    if code == "not_a_number":
        return QCoreApplication.translate("records", "Enter a number, for example 250000 or 1250.50.")
    if code == "too_long":
        return QCoreApplication.translate("records", "This text is too long.")
    if code == "out_of_range":
        if problem.column == "due_year":
            return QCoreApplication.translate("records", "The due year must be between 2006 and %1.").replace(
                "%1", str(FOLLOW_UP_END_YEAR)
            )
        if problem.key == "start_year":
            return QCoreApplication.translate("records", "Enter a year between 1950 and 2100.")
        return QCoreApplication.translate("records", "This value is out of range.")
    return problem.message


def problem_line(problem: Problem) -> str:
    """A problem with the field it is about, for the summary above the form."""
    where = field_label(problem.key) if problem.key else QCoreApplication.translate("records", "Form")
    if problem.row is not None:
        where = (
            QCoreApplication.translate("records", "%1, row %2")
            .replace("%1", where)
            .replace("%2", number_text(problem.row + 1))
        )
    return (
        QCoreApplication.translate("records", "%1: %2")
        .replace("%1", where)
        .replace("%2", problem_text(problem))
    )
