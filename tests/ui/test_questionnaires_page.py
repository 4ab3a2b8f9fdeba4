"""The secretariat's Questionnaires page: import a workbook, read every problem, preview, publish, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from kin_desktop.services import profiles
from kin_desktop.services.xlsform import import_file
from kin_desktop.ui.questionnaire import QuestionnairePage
from kin_desktop.ui.secretariat.questionnaires import QuestionnairesPage


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


GOOD = {
    "survey": [
        ["type", "name", "label::English (en)", "label::Thai (th)", "relevant", "required"],
        ["begin group", "plan", "Waste plan", "แผนจัดการขยะ", "", ""],
        ["select_one yn", "has_plan", "Does the city have a waste plan?", "เมืองมีแผนจัดการขยะหรือไม่", "", "yes"],
        ["text", "plan_name", "Name of the plan", "ชื่อแผน", "${has_plan} = 'yes'", "yes"],
        ["end group", "", "", "", "", ""],
    ],
    "choices": [
        ["list_name", "name", "label::English (en)", "label::Thai (th)"],
        ["yn", "yes", "Yes", "ใช่"],
        ["yn", "no", "No", "ไม่ใช่"],
    ],
    "settings": [["form_title", "form_id", "version"], ["Waste follow-up", "waste-followup", "2008.1"]],
}

BAD = {
    "survey": [
        ["type", "name", "label", "relevant"],
        ["geopoint", "where", "Where?", ""],
        ["integer", "age", "Age", ""],
        ["text", "job", "Job", "${age} >= 15 and ${agee} < 65"],
    ],
    "settings": [["form_id", "version"], ["jobs", "1"]],
}


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[QuestionnairesPage]:
    directory = tmp_path / "secretariat"
    profiles.init_secretariat(directory, name="KIN Secretariat")
    with profiles.open_workspace(directory) as workspace:
        widget = QuestionnairesPage(workspace)
        qtbot.addWidget(widget)
        widget.resize(1024, 600)
        widget.show()
        yield widget


def _import(qtbot: QtBot, page: QuestionnairesPage, path: Path) -> None:
    with qtbot.waitSignal(page.imported, timeout=20000):
        page.import_workbook(path)


def test_a_good_workbook_is_previewed_as_a_delegate_sees_it(
    qtbot: QtBot, page: QuestionnairesPage, tmp_path: Path
) -> None:
    _import(qtbot, page, write_xlsx(tmp_path / "waste.xlsx", GOOD))
    assert (
        "questionnaire 'waste-followup' version 2008.1, 1 section(s), 2 question(s), languages: en, th"
        in (page.summary.text())
    )
    assert page.problems_model.rowCount() == 0
    assert page.problems_stack.currentWidget() is page.no_problems
    preview = page.preview_page()
    assert isinstance(preview, QuestionnairePage) and preview.definition().version == "2008.1"  # type: ignore[union-attr]
    title = preview.findChild(QLabel, "questionnaireTitle")
    assert title is not None and title.text() == "Waste follow-up"
    combo = preview.findChild(QComboBox, "languageCombo")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("th"))
    assert preview.language() == "th"
    # answering in the preview is checked as a delegate's answers are, and written nowhere
    field = preview.field("has_plan")
    field.set_value(True)
    field.answer_edited.emit(field)  # as the yes/no control does when clicked
    evaluation = preview.evaluation()
    assert evaluation is not None and evaluation.is_relevant("plan_name")
    assert page.publish_button.isEnabled()


def test_every_problem_is_listed_and_readable_by_keyboard(
    qtbot: QtBot, page: QuestionnairesPage, tmp_path: Path
) -> None:
    _import(qtbot, page, write_xlsx(tmp_path / "jobs.xlsx", BAD))
    model = page.problems_model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    errors = [r for r in rows if r[0] == "Error"]
    assert [r[1:4] for r in errors] == [["survey", "A2", "type"], ["survey", "D4", "relevant"]]
    assert "at character 18: there is no question named 'agee'" in errors[1][4]
    assert "refused: 2 error(s) to correct" in page.summary.text()
    assert not page.publish_button.isEnabled()
    assert page.preview_page() is None
    assert page.tabs.tabText(0) == f"Problems ({model.rowCount()})"
    view = page.problems_view
    view.setFocus()
    row = next(i for i, r in enumerate(rows) if r[2] == "D4")
    view.setCurrentIndex(model.index(row, 0))
    assert "survey D4 relevant" in page.problem_detail.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.problem_detail.hasFocus()
    view.selectRow(row)
    copied = page.copy_problems()
    assert copied.startswith("Error\tsurvey\tD4\trelevant\t")
    assert QApplication.clipboard().text() == copied
    # leniency leaves the GPS question out; the typing mistake stays
    with qtbot.waitSignal(page.imported, timeout=20000):
        page.lenient_check.setChecked(True)
    assert [p.cell for p in page.result.problems if p.severity == "error"] == ["D4"]  # type: ignore[union-attr]


def test_publish_then_export_the_published_version(
    qtbot: QtBot, page: QuestionnairesPage, tmp_path: Path
) -> None:
    _import(qtbot, page, write_xlsx(tmp_path / "waste.xlsx", GOOD))
    with qtbot.waitSignal(page.published, timeout=20000) as published:
        page.publish(confirm=False)
    assert published.args[0].new and published.args[0].version == "2008.1"
    assert "Published 'waste-followup' version 2008.1" in page.summary.text()
    table = page.versions_table
    cells = [table.item(0, c).text() for c in range(3)]  # newest first
    assert cells[0] == "waste-followup" and cells[1].startswith("2008.1") and "(current)" in cells[1]
    table.setCurrentCell(0, 0)
    out = tmp_path / "back.xlsx"
    task = page.export_selected(out)
    assert task is not None
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert out.is_file() and "Wrote" in page.summary.text()
    back = import_file(out)
    assert back.ok and back.definition is not None and back.definition.version == "2008.1"
