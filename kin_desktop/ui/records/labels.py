"""Words for the codes the record service uses: sectors, states, fields and problems.

Every string goes through ``QCoreApplication.translate`` with the context ``records``, so
one ``.ts`` context holds the vocabulary shared by the lists, the editors and the history.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kin_desktop.core.schemas import FOLLOW_UP_END_YEAR, DraftState, ProjectType, Sector
from kin_desktop.services.records import FieldChange, Problem, SyncState


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("records", text, disambiguation, n)


def sector_label(code: str) -> str:
    labels: dict[str, str] = {
        Sector.SOLID_WASTE: tr("Solid waste"),
        Sector.WASTEWATER_SANITATION: tr("Wastewater and sanitation"),
        Sector.WATER_SUPPLY: tr("Water supply"),
        Sector.AIR_QUALITY: tr("Air quality"),
        Sector.URBAN_TRANSPORT: tr("Urban transport"),
        Sector.ENERGY: tr("Energy"),
        Sector.GREEN_SPACE: tr("Green space"),
        Sector.INDUSTRIAL_POLLUTION: tr("Industrial pollution"),
        Sector.OTHER: tr("Other", "sector"),
    }
    return labels.get(code, code)


def state_label(code: str) -> str:
    labels: dict[str, str] = {
        SyncState.DRAFT: tr("Draft"),
        SyncState.READY: tr("Ready to send"),
        SyncState.SENT: tr("Sent"),
        SyncState.ACKNOWLEDGED: tr("Acknowledged"),
        SyncState.REGISTERED: tr("Registered"),
    }
    return labels.get(code, code)


def draft_state_label(code: str) -> str:
    labels: dict[str, str] = {DraftState.DRAFT: tr("Draft"), DraftState.READY: tr("Ready to send")}
    return labels.get(code, code)


def project_type_label(code: str) -> str:
    labels: dict[str, str] = {
        ProjectType.DEMONSTRATION: tr("Demonstration"),
        ProjectType.EXPANDED: tr("Expanded"),
    }
    return labels.get(code, code)


def field_label(key: str) -> str:
    labels = {
        "title": tr("Title"),
        "summary": tr("Summary"),
        "sectors": tr("Sectors"),
        "problem": tr("Problem"),
        "approach": tr("Approach"),
        "environmental_benefits": tr("Environmental benefits"),
        "social_benefits": tr("Social benefits"),
        "economic_benefits": tr("Economic benefits"),
        "cost_amount": tr("Cost"),
        "cost_currency": tr("Cost currency"),
        "partners": tr("Partners"),
        "replicability": tr("Replicability"),
        "start_year": tr("Start year"),
        "win_win": tr("Win-win"),
        "language": tr("Language"),
        "state": tr("State"),
        "project_type": tr("Project type"),
        "objectives": tr("Objectives"),
        "description": tr("Description"),
        "targets": tr("Targets and indicators"),
        "start_date": tr("Start date"),
        "end_date": tr("End date"),
        "milestones": tr("Milestones"),
        "budget_amount": tr("Budget"),
        "budget_currency": tr("Budget currency"),
        "funding_source": tr("Funding source"),
        "experience_to_share": tr("Experience to share"),
        "signatory_name": tr("Signatory name"),
        "signatory_title": tr("Signatory title"),
        "deleted": tr("Deleted"),
    }
    return labels.get(key, key)


def column_label(column: str) -> str:
    labels = {
        "description": tr("Description"),
        "indicator": tr("Indicator"),
        "baseline": tr("Baseline"),
        "target": tr("Target"),
        "unit": tr("Unit"),
        "due_year": tr("Due year"),
        "date": tr("Date"),
        "name": tr("Partner"),
    }
    return labels.get(column, column)


def value_text(key: str, text: str) -> str:
    """A stored value as a person reads it (FieldChange and list cells)."""
    if not text:
        return ""
    if key == "sectors":
        return ", ".join(sector_label(part.strip()) for part in text.split(","))
    if key == "state":
        return draft_state_label(text)
    if key == "project_type":
        return project_type_label(text)
    if text in {"true", "false"} and key in {"win_win", "deleted"}:
        return tr("Yes") if text == "true" else tr("No")
    return text


def change_field_text(change: FieldChange) -> str:
    label = field_label(change.key)
    if change.row is None:
        return label
    if change.column is None:
        return tr("%1, row %2").replace("%1", label).replace("%2", str(change.row + 1))
    return (
        tr("%1, row %2: %3")
        .replace("%1", label)
        .replace("%2", str(change.row + 1))
        .replace("%3", column_label(change.column))
    )


def problem_text(problem: Problem) -> str:
    """What is wrong with a field, in a sentence that says how to put it right."""
    code = problem.code
    if code == "end_after_follow_up":
        return tr(
            "The project must end by 31 December %1, when the follow-up of commitments ends. "
            "Choose an earlier end date."
        ).replace("%1", str(FOLLOW_UP_END_YEAR))
    if code == "end_before_start":
        return tr("The end date is before the start date.")
    if code == "required":
        if problem.key == "targets":
            return tr("Each target needs a description.")
        if problem.key == "milestones":
            return tr("Each milestone needs a date and a description.")
        return tr("This field is required.")
    if code == "not_a_date":
        return tr("Enter a date as YYYY-MM-DD, for example 2009-06-30.")
    if code == "not_a_number":
        return tr("Enter a number, for example 250000 or 1250.50.")
    if code == "too_long":
        return tr("This text is too long.")
    if code == "out_of_range":
        if problem.column == "due_year":
            return tr("The due year must be between 2006 and %1.").replace("%1", str(FOLLOW_UP_END_YEAR))
        if problem.key == "start_year":
            return tr("Enter a year between 1950 and 2100.")
        return tr("This value is out of range.")
    return problem.message


def problem_line(problem: Problem) -> str:
    """A problem with the field it is about, for the summary above the form."""
    where = field_label(problem.key) if problem.key else tr("Form")
    if problem.row is not None:
        where = tr("%1, row %2").replace("%1", where).replace("%2", str(problem.row + 1))
    return tr("%1: %2").replace("%1", where).replace("%2", problem_text(problem))
