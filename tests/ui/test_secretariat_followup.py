"""The secretariat's Follow-up page on the secretariat demo: filters as of a date, progress reports
recorded through the (monkeypatched) dialog, and recognition refused for an unregistered commitment."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kin_desktop.services import profiles
from kin_desktop.services.followup import FollowUpService
from kin_desktop.ui.formats import day_text
from kin_desktop.ui.rows import RowsModel
from kin_desktop.ui.secretariat.followup import (
    FollowUpModel,
    FollowUpPage,
    IndicatorsModel,
    ProgressReportDialog,
    ReportsModel,
)

AS_OF = date(2009, 6, 30)


def _page(qtbot: QtBot, workspace: profiles.Workspace, as_of: date = AS_OF) -> FollowUpPage:
    page = FollowUpPage(workspace, as_of=as_of)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.rows_loaded, timeout=20_000):
        pass
    return page


def _ids(rows: Any) -> list[str]:
    return [r.commitment_id for r in rows]


def _wait(qtbot: QtBot, task: Any) -> None:
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass


def test_overdue_and_stalled_filters_follow_the_service_as_of_the_chosen_date(
    qtbot: QtBot, workspace: profiles.Workspace
) -> None:
    page = _page(qtbot, workspace)
    service = FollowUpService(workspace, as_of=AS_OF)
    everything = service.rows()
    assert sorted(_ids(page.visible_rows())) == sorted(_ids(everything))
    assert "as of" in page.summary_label.text() and "2009" in page.summary_label.text()

    overdue, stalled = service.rows(only="overdue"), service.rows(only="stalled")
    assert overdue and stalled and len(overdue) < len(everything)
    page.set_only("overdue")
    assert sorted(_ids(page.visible_rows())) == sorted(_ids(overdue))
    assert page.filter_buttons.checkedButton().text() == f"Overdue ({len(overdue)})"
    page.set_only("stalled")
    assert sorted(_ids(page.visible_rows())) == sorted(_ids(stalled))

    # Not colour alone: a word in the Attention column and bold text on every flagged row.
    page.set_only("all")
    model = page.model
    for number in range(model.rowCount()):
        row = model.row_at(number)
        attention = model.data(model.index(number, 0))
        font = model.data(model.index(number, 2), Qt.ItemDataRole.FontRole)
        if row.overdue:
            assert "Overdue" in attention
        if row.stalled:
            assert "stalled" in attention.casefold()
        if row.overdue or row.stalled:
            assert font is not None and font.bold()
            assert model.data(model.index(number, 0), Qt.ItemDataRole.DecorationRole) is not None
        else:
            assert attention == "" and font is None

    # Another date, other flags: at the Fourth Meeting nothing could be overdue yet.
    with qtbot.waitSignal(page.rows_loaded, timeout=20_000):
        page.set_as_of(date(2007, 6, 26))
    assert not any(r.overdue for r in page.visible_rows())
    page.set_only("overdue")
    assert page.visible_rows() == []
    assert page.list_stack.currentWidget() is page.empty_label
    assert "Nothing is overdue" in page.empty_label.text()


def test_a_report_recorded_through_the_dialog_appears_and_the_flags_update(
    qtbot: QtBot, workspace: profiles.Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, workspace)
    target = next(r for r in page.visible_rows() if r.stalled and r.reports == 0)
    with qtbot.waitSignal(page.reports_loaded, timeout=20_000):
        assert page.select_commitment(target.commitment_id)
    assert page.reports_model.rowCount() == 0
    assert page.reports_stack.currentWidget() is page.reports_empty

    asked: list[Any] = []
    body = {
        "commitment_id": target.commitment_id,
        "reported_on": "2009-06-15",
        "status": "on_track",
        "milestones_reached": ["Pilot district equipped"],
        "indicators": [{"indicator": "Households served", "value": "2400", "note": "June survey"}],
        "note": "Confirmed during the secretariat's mission.",
    }
    monkeypatch.setattr(
        ProgressReportDialog,
        "ask",
        classmethod(lambda cls, parent, row, today=None: asked.append(row) or body),
    )
    with qtbot.waitSignal(page.report_added, timeout=20_000) as added:
        page.record_report()
    assert added.args == [target.commitment_id]
    assert asked[0].commitment_id == target.commitment_id
    qtbot.waitUntil(lambda: page.reports_model.rowCount() == 1, timeout=20_000)

    entry = page.reports_model.row_at(0)
    assert entry.status == "on_track" and entry.owner_is_secretariat
    # Shown as every day is shown in the interface language (ui/formats.py), not in ISO.
    assert page.reports_model.data(page.reports_model.index(0, 0)) == day_text("2009-06-15")
    assert "Households served: 2400 (June survey)" in page.reports_model.data(page.reports_model.index(0, 4))
    updated = page.selected_row()
    assert updated.commitment_id == target.commitment_id
    assert updated.reports == 1 and updated.last_report == date(2009, 6, 15)
    assert not updated.stalled  # reported two weeks before the as-of date
    assert page.model.data(page.model.index(page.model.row_of(target.commitment_id), 4)) == "On track"


def test_recognizing_an_unregistered_commitment_is_refused_with_a_reason(
    qtbot: QtBot, workspace: profiles.Workspace
) -> None:
    page = _page(qtbot, workspace)
    unregistered = next(r for r in page.visible_rows() if not r.registered)
    with qtbot.waitSignal(page.reports_loaded, timeout=20_000):
        page.select_commitment(unregistered.commitment_id)
    assert "once it is registered" in page.detail_facts.text()

    with qtbot.assertNotEmitted(page.recognition_changed):
        page.recognized_check.click()
        qtbot.waitUntil(lambda: "Only a registered commitment" in page.message_label.text(), timeout=20_000)
    assert not page.recognized_check.isChecked()
    assert page.recognized_check.isEnabled()
    assert not next(
        r
        for r in FollowUpService(workspace, as_of=AS_OF).rows()
        if r.commitment_id == unregistered.commitment_id
    ).recognized

    registered = next(r for r in page.visible_rows() if r.registered and not r.recognized)
    with qtbot.waitSignal(page.reports_loaded, timeout=20_000):
        page.select_commitment(registered.commitment_id)
    with qtbot.waitSignal(page.recognition_changed, timeout=20_000) as changed:
        page.set_recognized(True)
    assert changed.args == [registered.commitment_id, True]
    qtbot.waitUntil(
        lambda: page.model.row_at(page.model.row_of(registered.commitment_id)).recognized, timeout=20_000
    )
    assert page.recognized_check.isChecked()
    assert page.model.data(page.model.index(page.model.row_of(registered.commitment_id), 7)) == "Recognized"


def test_the_dialog_gives_a_progress_report_body(qtbot: QtBot, workspace: profiles.Workspace) -> None:
    row = FollowUpService(workspace, as_of=AS_OF).rows()[0]
    dialog = ProgressReportDialog(row, today=date(2009, 5, 4))
    qtbot.addWidget(dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("delayed"))
    dialog.milestones_edit.setPlainText("Tender published\n\n  Contract signed  \n")
    dialog.note_edit.setPlainText("Rainy season.")
    dialog.add_indicator_button.click()
    model = dialog.indicators
    model.setData(model.index(0, 0), "Waste collected (t/day)")
    model.setData(model.index(0, 1), "310")
    dialog.add_indicator_button.click()  # left blank: dropped
    assert dialog.body() == {
        "commitment_id": row.commitment_id,
        "reported_on": "2009-05-04",
        "status": "delayed",
        "milestones_reached": ["Tender published", "Contract signed"],
        "indicators": [{"indicator": "Waste collected (t/day)", "value": "310", "note": ""}],
        "note": "Rainy season.",
    }

    model.setData(model.index(1, 1), "12")  # a value without its indicator
    dialog.accept()
    assert dialog.result() != ProgressReportDialog.DialogCode.Accepted
    assert "needs the name of its indicator" in dialog.problem_label.text()
    dialog.indicators_view.setCurrentIndex(model.index(1, 0))
    dialog.remove_indicator_button.click()
    assert model.rowCount() == 1


def test_the_follow_up_models_pass_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, workspace: profiles.Workspace
) -> None:
    service = FollowUpService(workspace, as_of=AS_OF)
    rows = service.rows()
    follow = FollowUpModel()
    follow.set_rows(rows)
    qtmodeltester.check(follow)
    assert follow.data(follow.index(0, 0), RowsModel.RowRole) is rows[0]

    reported = next(r for r in rows if r.reports)
    reports = ReportsModel()
    reports.set_rows(service.reports(reported.commitment_id))
    qtmodeltester.check(reports)

    indicators = IndicatorsModel()
    indicators.add_row()
    indicators.setData(indicators.index(0, 2), "note")
    qtmodeltester.check(indicators)


def test_words_narrow_the_list_and_an_empty_profile_says_where_commitments_come_from(
    qtbot: QtBot, workspace: profiles.Workspace, tmp_path: Path
) -> None:
    page = _page(qtbot, workspace)
    city = page.visible_rows()[0].city
    page.search_edit.setText(city.upper())
    assert page.visible_rows() and all(r.city == city for r in page.visible_rows())
    page.search_edit.setText("no such words anywhere")
    assert page.visible_rows() == []
    assert "No commitment matches" in page.empty_label.text()
    assert not page.record_button.isEnabled()

    directory = tmp_path / "empty"
    profiles.init_secretariat(directory, name="KIN Secretariat", organisation="IGES")
    with profiles.open_workspace(directory) as empty:
        page = _page(qtbot, empty)
        assert page.list_stack.currentWidget() is page.empty_label
        assert "Inbox" in page.empty_label.text()
        assert "No commitments yet" in page.summary_label.text()
