"""The parts of the review loop through real widgets: the change signal, the printed-form lock, the
Overview's call to action, the review panel's selection, enrolment in bulk, follow-up dates, help."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kin_desktop.services import demo, exchange, printing, profiles
from kin_desktop.services.overview import overview_of
from kin_desktop.services.records import RecordService
from kin_desktop.services.review import ReviewService
from kin_desktop.ui.changes import ChangeHub, Changes, watch
from kin_desktop.ui.help import AboutDialog, HelpDialog
from kin_desktop.ui.main_window import MainWindow
from kin_desktop.ui.overview import OverviewPage
from kin_desktop.ui.records import CommitmentsPage
from kin_desktop.ui.records_section import RecordsSection
from kin_desktop.ui.secretariat import FollowUpPage, ReviewPage
from kin_desktop.ui.secretariat.delegates import ConfirmApproval
from kin_desktop.ui.secretariat.followup.page import default_as_of

WAIT = 30_000


@pytest.fixture
def delegate(tmp_path: Path) -> Any:
    import keyring

    directory = tmp_path / "delegate"
    demo.create_demo_profile(directory, keyring_backend=keyring.get_keyring(), pin_secretariat=True)
    with profiles.open_workspace(directory) as workspace:
        yield workspace


# -- the change signal ---------------------------------------------------------------------------------


def test_a_hidden_page_marks_itself_stale_and_reloads_when_shown(qtbot: QtBot) -> None:
    hub = ChangeHub()
    shown, hidden, initiator = QWidget(), QWidget(), QWidget()
    for widget in (shown, hidden, initiator):
        qtbot.addWidget(widget)
    shown.show()
    reloads: dict[str, int] = {"shown": 0, "hidden": 0, "initiator": 0}
    watchers = {
        name: watch(hub, widget, lambda n=name: reloads.__setitem__(n, reloads[n] + 1), lambda c: c.records)
        for name, widget in (("shown", shown), ("hidden", hidden), ("initiator", initiator))
    }
    initiator.show()
    hub.announce(Changes(records=True), initiator)
    assert reloads == {"shown": 1, "hidden": 0, "initiator": 0}  # the initiator updated itself
    assert watchers["hidden"].stale
    hub.announce(Changes(keys=True), None)  # not what these pages show
    assert reloads["shown"] == 1
    hidden.show()
    assert reloads["hidden"] == 1 and not watchers["hidden"].stale
    hidden.hide()
    hidden.show()
    assert reloads["hidden"] == 1  # shown again without a change in between: no reload


def test_the_window_tells_every_page_what_changed(qtbot: QtBot, tmp_path: Path) -> None:
    from kin_desktop.services import overview

    directory = tmp_path / "secretariat"
    demo.create_demo_profile(
        directory, role="secretariat", keyring_backend=__import__("keyring").get_keyring()
    )
    window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT):
        window.load()
    review = window.show_section("review")
    followup = window.show_section("followup")
    assert isinstance(review, ReviewPage) and isinstance(followup, FollowUpPage)
    qtbot.waitUntil(lambda: review.commitments.model.rowCount() > 0, timeout=WAIT)
    record = review.commitments.model.row_at(0).record_id
    ReviewService(window.workspace).set_state(record, "has_issues", "changed elsewhere")
    window.announce(followup, Changes(reviews=True))  # another page changed a review
    with qtbot.waitSignal(review.commitments.rows_loaded, timeout=WAIT):
        window.show_section("review")  # it was hidden: stale, and reloads as it is shown
    row = review.commitments.model.row_at(review.commitments.model.row_of(record))
    assert row.state == "has_issues"
    window.close()


# -- the delegate: paper and the call to action --------------------------------------------------------


def test_a_printed_commitment_is_locked_until_changed_anyway_then_its_paper_is_out_of_date(
    qtbot: QtBot, delegate: profiles.Workspace, tmp_path: Path
) -> None:
    service = RecordService(delegate)
    record = service.list_commitments()[0].record_id
    printing.print_commitments(delegate, [record], tmp_path / "form.pdf", labels=printing.english_labels())
    section = RecordsSection(service, "commitment", CommitmentsPage(service))
    qtbot.addWidget(section)
    section.show()
    editor = section.open(record)
    assert editor is not None
    banner = editor.paper_banner
    assert banner.isVisible() and "covers everything on the form" in banner.text_label.text()
    assert not editor.form.isEnabled()  # warned before the first change
    qtbot.mouseClick(banner.unlock_button, Qt.MouseButton.LeftButton)
    assert editor.form.isEnabled()
    editor.budget_edit.setText("1234")
    assert editor.save()
    assert "no longer matches" in banner.text_label.text() and not banner.unlock_button.isVisible()
    qtbot.waitUntil(lambda: section.page.model.rowCount() > 0, timeout=WAIT)
    model = section.page.model
    with qtbot.waitSignal(section.page.list_refreshed, timeout=WAIT):
        section.page.reload()
    assert (
        model.data(model.index(model.row_of(record), model.column_of("paper"))) == "Signed form out of date"
    )
    assert overview_of(delegate).stale_forms == 1


def test_the_overview_shows_the_last_receipt_and_leads_to_the_record_with_issues(
    qtbot: QtBot, tmp_path: Path
) -> None:
    sec_dir, hp_dir = tmp_path / "sec", tmp_path / "hp"
    secretariat_info = profiles.init_secretariat(sec_dir, name="KIN Secretariat")
    profiles.init_delegate(hp_dir, name="An", city="Hải Phòng", country="VN", category="mayor")
    with profiles.open_workspace(sec_dir) as secretariat, profiles.open_workspace(hp_dir) as delegate_ws:
        pack = exchange.make_welcome_pack(secretariat, tmp_path / "pack")
        exchange.import_paths(delegate_ws, [pack], accept_fingerprint=secretariat_info.fingerprint)
        demo.fill_demo(delegate_ws, seed=2, practices=1, commitments=1)
        bundle = exchange.export_bundle(delegate_ws, out=tmp_path / "out").path
        assert bundle is not None
        exchange.import_paths(secretariat, [bundle])
        exchange.approve(secretariat, delegate_ws.profile().key_id or "")
        record = RecordService(delegate_ws).list_commitments()[0].record_id
        ReviewService(secretariat).set_state(record, "has_issues", "Add the targets' baselines.")
        (receipt,) = exchange.write_receipts(secretariat, tmp_path / "receipts")
        exchange.import_paths(delegate_ws, [receipt])
        page = OverviewPage()
        qtbot.addWidget(page)
        page.show_overview(overview_of(delegate_ws))
        texts = [label.text() for label in page.findChildren(QLabel)]
        assert "Add the targets' baselines." in texts
        last = page.findChild(QLabel, "lastReceiptLabel")
        assert last is not None and last.text().startswith("No. 1 of ") and "1 review" in last.text()
        button = page.findChild(QWidget, f"openIssue_{record}")
        with qtbot.waitSignal(page.record_requested) as requested:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert requested.args == ["commitment", record]


# -- the secretariat: selection, bulk enrolment, follow-up dates -----------------------------------------


def test_the_review_panel_follows_the_first_click_and_the_search(
    qtbot: QtBot, workspace: profiles.Workspace
) -> None:
    page = ReviewPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    tab = page.commitments
    qtbot.waitUntil(lambda: tab.model.rowCount() > 2, timeout=WAIT)
    tab.table.clearSelection()
    tab.table.setCurrentIndex(tab.proxy.index(-1, -1))
    target = tab.proxy.index(2, 0)
    point = tab.table.visualRect(target).center()
    with qtbot.waitSignal(tab.record_shown, timeout=WAIT):
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert tab.panel.row is not None and tab.panel.row.record_id == tab.proxy.row(target).record_id
    assert tab.panel.stack.currentWidget() is tab.panel.editor  # never "Select a record" after a click
    # a search hiding the record shown: the panel never shows a record that is not highlighted
    shown = tab.panel.row.record_id
    other = next(r for r in tab.model.rows() if r.record_id != shown)
    tab.search_edit.setText(other.title)
    tab.search_now()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() >= 1, timeout=WAIT)
    highlighted = tab.current_row()
    assert (highlighted.record_id if highlighted else None) == (
        tab.panel.row.record_id if tab.panel.row else None
    )
    if tab.panel.row is None:
        assert tab.panel.stack.currentWidget() is tab.panel.empty
    with qtbot.waitSignal(tab.record_shown, timeout=WAIT):
        assert tab.select_record(other.record_id)
    assert tab.panel.row is not None and tab.panel.row.record_id == other.record_id
    tab.search_edit.clear()  # the search cleared: the record stays highlighted and shown
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == tab.model.rowCount(), timeout=WAIT)
    assert tab.current_row() is not None and tab.current_row().record_id == other.record_id  # type: ignore[union-attr]
    tab.table.sortByColumn(tab.model.column_of("title"), Qt.SortOrder.DescendingOrder)
    assert tab.current_row() is not None and tab.current_row().record_id == tab.panel.row.record_id  # type: ignore[union-attr]


def test_approving_many_keys_takes_one_dialog_that_defaults_to_cancel(qtbot: QtBot) -> None:
    keys = [
        exchange.KeyRow(
            f"{n:032x}",
            f"ABCD {n:04d} " * 4,
            f"Delegate {n}",
            f"City {n}",
            "TH",
            "",
            "mayor",
            "",
            "pending",
            date(2009, 3, 5),
            None,
            None,
            1,
        )  # fmt: skip
        for n in range(3)
    ]
    dialog = ConfirmApproval(keys)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert {dialog.table.item(r, 2).text() for r in range(3)} == {k.fingerprint for k in keys}
    assert not dialog.approve_button.isEnabled() and not dialog.approve_button.isDefault()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
    dialog.compared.setChecked(True)
    assert dialog.approve_button.isEnabled()
    assert "3" in dialog.approve_button.text()


def test_follow_up_dates_default_sensibly_are_typed_strictly_and_never_hide_a_report(
    qtbot: QtBot, workspace: profiles.Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kin_desktop.ui.secretariat.followup import ProgressReportDialog

    assert default_as_of(date(2026, 5, 1)) == date(2010, 12, 31)
    assert default_as_of(date(2008, 5, 1)) == date(2008, 5, 1)
    page = FollowUpPage(workspace, as_of=date(2008, 6, 30))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.rows_loaded, timeout=WAIT):
        pass
    page.as_of_edit.edit.setFocus()
    page.as_of_edit.edit.setText("5320")  # four digits: refused, the date shown stays
    page.as_of_edit.edit.editingFinished.emit()
    assert page.as_of == date(2008, 6, 30) and page.as_of_edit.error_text()
    with qtbot.waitSignal(page.rows_loaded, timeout=WAIT):
        page.as_of_edit.edit.setText("2009-03-05")
        page.as_of_edit.edit.editingFinished.emit()
    assert page.as_of == date(2009, 3, 5)

    row = page.visible_rows()[0]
    dialog = ProgressReportDialog(row, today=page.as_of)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.date() == date(2009, 3, 5)  # the dialog starts at "as of", not today
    dialog.date_edit.edit.setText("31/02/2009")
    dialog.date_edit.edit.editingFinished.emit()
    assert dialog.problems()  # an impossible day is refused, with the expected form
    body = {
        "commitment_id": row.commitment_id,
        "reported_on": "2009-09-01",
        "status": "on_track",
        "milestones_reached": [],
        "indicators": [],
        "note": "",
    }
    monkeypatch.setattr(ProgressReportDialog, "ask", classmethod(lambda cls, parent, r, today=None: body))
    assert page.select_commitment(row.commitment_id)
    with qtbot.waitSignal(page.report_added, timeout=WAIT):
        page.record_report()
    qtbot.waitUntil(lambda: page.as_of == date(2009, 9, 1), timeout=WAIT)
    assert "after the date shown" in page.message_label.text()


# -- help ----------------------------------------------------------------------------------------------


def test_f1_opens_the_roles_guide_and_about_lists_the_licences(
    qtbot: QtBot, delegate: profiles.Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kin_desktop.services import overview

    guide = HelpDialog("delegate")
    qtbot.addWidget(guide)
    assert "When the secretariat asks for a correction" in guide.browser.toPlainText()
    secretariat_guide = HelpDialog("secretariat")
    qtbot.addWidget(secretariat_guide)
    assert "Write a receipt again" in secretariat_guide.browser.toPlainText()
    about = AboutDialog()
    qtbot.addWidget(about)
    text = about.licences.toPlainText()
    assert "anyascii" in text and "ISC" in text and "LGPL-3.0" in text and "SIL Open Font License" in text

    opened: list[str] = []
    monkeypatch.setattr(HelpDialog, "ask", classmethod(lambda cls, parent, role: opened.append(role)))
    window = MainWindow(delegate.data_dir, loader=lambda: overview.open_profile(delegate.data_dir))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT):
        window.load()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert opened == ["delegate"]
    assert "&Help" in [action.text() for action in window.menuBar().actions()]
    window.close()
