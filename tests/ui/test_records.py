"""Practices and commitments screens: lists, search, filters, editors, undo, history, attachments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, profiles
from kin_desktop.services.records import RecordService
from kin_desktop.ui.records import (
    CommitmentEditor,
    CommitmentsPage,
    HistoryDialog,
    PracticeEditor,
    PracticesPage,
)
from kin_desktop.ui.records import attachments as attachments_module
from kin_desktop.ui.records import pages as pages_module
from kin_desktop.ui.records.models import (
    AttachmentsModel,
    CommitmentTableModel,
    DiffModel,
    HistoryModel,
    PracticeTableModel,
)
from kin_desktop.ui.widgets.date_entry import DateEntry

TIMEOUT = 10_000


@pytest.fixture
def service(tmp_path: Path) -> Iterator[RecordService]:
    demo.create_demo_profile(tmp_path / "d")
    with profiles.open_workspace(tmp_path / "d") as workspace:
        yield RecordService(workspace)


def _page(qtbot: QtBot, page: CommitmentsPage | PracticesPage) -> CommitmentsPage | PracticesPage:
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.list_refreshed, timeout=TIMEOUT):
        pass
    return page


def _titles(page: CommitmentsPage | PracticesPage) -> set[str]:
    return {page.model.row_at(page.model.row_of(record_id)).title for record_id in page.visible_record_ids()}


def _type_date(qtbot: QtBot, entry: DateEntry, text: str) -> None:
    """Type a date over what the field holds, and press Enter, as a user would."""
    entry.edit.selectAll()
    qtbot.keyClicks(entry.edit, text)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)


def _commitment_id(service: RecordService, word: str) -> str:
    return next(row.record_id for row in service.list_commitments() if word in row.title)


def test_commitments_page_lists_the_demo_commitments(qtbot: QtBot, service: RecordService) -> None:
    page = _page(qtbot, CommitmentsPage(service))
    assert page.proxy.rowCount() == 3
    assert "Waste separation and recycling in the coastal wards" in _titles(page)
    assert page.table.isVisibleTo(page) and not page.empty_label.isVisibleTo(page)
    assert "3" in page.count_label.text()
    assert page.table.isColumnHidden(page.model.column_of("city"))  # one city: no city column


def test_an_empty_profile_says_how_to_start(qtbot: QtBot, tmp_path: Path) -> None:
    profiles.init_delegate(tmp_path / "e", name="Lan", city="Hai Phong", country="VN", category="city-expert")
    with profiles.open_workspace(tmp_path / "e") as workspace:
        page = _page(qtbot, CommitmentsPage(RecordService(workspace)))
        assert page.empty_label.isVisibleTo(page)
        assert page.empty_label.text() == "No commitments yet — press New to draft one"
        with qtbot.waitSignal(page.new_requested):
            page.new_action.trigger()


def test_search_finds_a_word_of_a_description(qtbot: QtBot, service: RecordService) -> None:
    page = _page(qtbot, CommitmentsPage(service))
    with qtbot.waitSignal(page.search_finished, timeout=TIMEOUT) as blocker:
        qtbot.keyClicks(page.search_edit, "pickers")
    # No title holds the word: the quick filter alone shows nothing, the full-text search finds it.
    assert blocker.args == [1]
    assert _titles(page) == {"Waste separation and recycling in the coastal wards"}
    page.search_edit.clear()
    assert page.proxy.rowCount() == 3


def test_search_finds_vietnamese_and_japanese_titles(qtbot: QtBot, service: RecordService) -> None:
    service.save(RecordType.COMMITMENT, {"title": "北九州市との環境協力プロジェクト"})
    practices = _page(qtbot, PracticesPage(service))
    practices.search_edit.setText("phân compost")  # QTest types ASCII only
    with qtbot.waitSignal(practices.search_finished, timeout=TIMEOUT):
        practices.search_now()
    assert _titles(practices) == {"Ủ phân compost từ rác hữu cơ hộ gia đình dựa vào cộng đồng"}

    commitments = _page(qtbot, CommitmentsPage(service))
    for word in ("環境協力", "北九"):  # a trigram match and a two-character word
        commitments.search_edit.setText(word)
        with qtbot.waitSignal(commitments.search_finished, timeout=TIMEOUT):
            commitments.search_now()
        assert _titles(commitments) == {"北九州市との環境協力プロジェクト"}


def test_filter_by_state_and_type(qtbot: QtBot, service: RecordService) -> None:
    page = _page(qtbot, CommitmentsPage(service))
    page.state_combo.setCurrentIndex(page.state_combo.findData("draft"))
    assert _titles(page) == {"Waste separation and recycling in the coastal wards"}
    page.state_combo.setCurrentIndex(page.state_combo.findData("ready"))
    assert len(_titles(page)) == 2
    assert page.type_combo is not None
    page.type_combo.setCurrentIndex(page.type_combo.findData("demonstration"))
    assert _titles(page) == {"Clean air action plan for Ho Chi Minh City"}
    page.sector_combo.setCurrentIndex(page.sector_combo.findData("energy"))
    assert page.proxy.rowCount() == 0
    assert page.empty_label.isVisibleTo(page) and "Nothing matches" in page.empty_label.text()


def test_every_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, service: RecordService
) -> None:
    commitments = _page(qtbot, CommitmentsPage(service))
    practices = _page(qtbot, PracticesPage(service))
    for model in (commitments.model, commitments.proxy, practices.model, practices.proxy):
        qtmodeltester.check(model)
    commitments.search_edit.setText("bus")
    commitments.proxy.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(commitments.proxy)

    record_id = _commitment_id(service, "Clean air")
    editor = CommitmentEditor(service, record_id)
    qtbot.addWidget(editor)
    editor.targets.add_row()
    for model in (editor.targets.model, editor.milestones.model, editor.partners.model):
        qtmodeltester.check(model)
    body, first = service.load(record_id)
    second = service.save(RecordType.COMMITMENT, dict(body, title="Changed"), record_id).rev_id
    history, diff, files = HistoryModel(), DiffModel(), AttachmentsModel()
    history.set_rows(service.history(record_id))
    diff.set_rows(service.diff(first, second))
    files.set_rows(service.attachments(record_id))
    for model in (history, diff, files, CommitmentTableModel(), PracticeTableModel()):
        qtmodeltester.check(model)


def test_sorting_by_a_column_keeps_the_selection(qtbot: QtBot, service: RecordService) -> None:
    page = _page(qtbot, CommitmentsPage(service))
    chosen = _commitment_id(service, "Bus rapid")
    assert page.select_record(chosen)
    page.table.sortByColumn(page.model.column_of("budget_amount"), Qt.SortOrder.AscendingOrder)
    budgets = [page.model.row_at(page.model.row_of(i)).budget_amount for i in page.visible_record_ids()]
    assert budgets == ["2327000", "6211000", "18097000"]
    assert page.selected_record_id() == chosen


def test_open_and_delete_from_the_list(
    qtbot: QtBot, service: RecordService, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, CommitmentsPage(service))
    page.show()
    chosen = _commitment_id(service, "Bus rapid")
    page.select_record(chosen)
    page.table.setFocus()
    with qtbot.waitSignal(page.record_opened) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [chosen]

    asked: list[str] = []
    monkeypatch.setattr(
        pages_module.ConfirmDialog, "ask", lambda parent, title, text, confirm: asked.append(text) or True
    )
    with (
        qtbot.waitSignal(page.list_refreshed, timeout=TIMEOUT),
        qtbot.waitSignal(page.record_deleted) as deleted,
    ):
        page.delete_action.trigger()
    assert deleted.args == [chosen] and "Bus rapid transit" in asked[0]
    assert page.proxy.rowCount() == 2 and chosen not in page.visible_record_ids()


def test_commitment_editing_undo_and_redo(qtbot: QtBot, service: RecordService) -> None:
    record_id = _commitment_id(service, "Clean air")
    editor = CommitmentEditor(service, record_id)
    qtbot.addWidget(editor)
    original = editor.title_edit.text()
    assert editor.targets.model.rowCount() == 2 and not editor.undo_action.isEnabled()

    qtbot.keyClicks(editor.title_edit, " 2")
    editor.targets.add_row()
    assert editor.title_edit.text() == original + " 2" and editor.targets.model.rowCount() == 3
    assert editor.undo_stack.count() == 2  # the typing merged into one command

    editor.undo_action.trigger()
    assert editor.targets.model.rowCount() == 2
    editor.undo_action.trigger()
    assert editor.title_edit.text() == original and not editor.undo_action.isEnabled()
    editor.redo_action.trigger()
    assert editor.title_edit.text() == original + " 2" and editor.targets.model.rowCount() == 2
    editor.redo_action.trigger()
    assert editor.targets.model.rowCount() == 3

    # Cell edits, sector ticks and row removal are undone too.
    index = editor.targets.model.index(2, 0)
    editor.targets.model.setData(index, "Bicycle lanes: 20 km by 2010")
    editor.sectors_list.item(5).setCheckState(Qt.CheckState.Checked)
    editor.targets.remove_row(0)
    assert editor.body()["sectors"] == ["air_quality", "energy"]
    assert [t["description"] for t in editor.body()["targets"]][-1] == "Bicycle lanes: 20 km by 2010"
    for _ in range(3):
        editor.undo_stack.undo()
    assert editor.targets.model.cell(0, "indicator") == "Roadside PM10"
    assert editor.body()["sectors"] == ["air_quality"]
    assert editor.targets.model.cell(2, "description") == ""


def test_ctrl_z_in_a_text_field_reaches_the_editor(qtbot: QtBot, service: RecordService) -> None:
    editor = CommitmentEditor(service, _commitment_id(service, "Clean air"))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.objectives_edit.setFocus()
    before = editor.objectives_edit.toPlainText()
    qtbot.keyClicks(editor.objectives_edit, " Also NO2.")
    qtbot.keyClick(editor.objectives_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.objectives_edit.toPlainText() == before
    qtbot.keyClick(editor.objectives_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.objectives_edit.toPlainText() == before + " Also NO2."


def test_save_creates_a_revision_and_the_list_updates(qtbot: QtBot, service: RecordService) -> None:
    page = _page(qtbot, CommitmentsPage(service))
    record_id = _commitment_id(service, "Clean air")
    editor = CommitmentEditor(service, record_id)
    qtbot.addWidget(editor)
    editor.record_saved.connect(page.reload)
    editor.title_edit.setText("Clean air action plan, phase 2")
    with (
        qtbot.waitSignal(page.list_refreshed, timeout=TIMEOUT),
        qtbot.waitSignal(editor.record_saved) as saved,
    ):
        editor.save_action.trigger()
    assert saved.args == [record_id]
    assert len(service.history(record_id)) == 2
    assert "Clean air action plan, phase 2" in _titles(page)
    assert not editor.is_modified()


def test_autosave_after_a_pause(qtbot: QtBot, service: RecordService) -> None:
    editor = PracticeEditor(service, None)
    qtbot.addWidget(editor)
    assert not editor.history_action.isEnabled()
    qtbot.keyClicks(editor.title_edit, "Mangrove school gardens")
    editor.win_win_check.setChecked(True)
    with qtbot.waitSignal(editor.record_saved, timeout=3_000) as saved:
        pass
    body, _ = service.load(saved.args[0])
    assert body["title"] == "Mangrove school gardens" and body["win_win"] is True
    assert editor.history_action.isEnabled()


def test_an_end_date_after_2010_is_refused_and_nothing_is_saved(qtbot: QtBot, service: RecordService) -> None:
    record_id = _commitment_id(service, "Clean air")
    editor = CommitmentEditor(service, record_id)
    qtbot.addWidget(editor)
    _type_date(qtbot, editor.end_edit, "2011-06-30")
    with qtbot.assertNotEmitted(editor.record_saved, wait=1_500):
        assert editor.save() is False
    assert not editor.problems_label.isHidden()
    assert "31 December 2010" in editor.problems_label.text()
    assert "31 December 2010" in editor._bindings["end_date"].error.text()
    assert editor.end_edit.date() == date(2011, 6, 30)  # kept in the editor
    assert len(service.history(record_id)) == 1
    _type_date(qtbot, editor.end_edit, "30/6/2010")  # put right: the message goes, the save goes through
    assert editor.problems_label.isHidden()
    with qtbot.waitSignal(editor.record_saved, timeout=3_000):
        pass
    assert len(service.history(record_id)) == 2


def test_history_shows_the_changed_field(qtbot: QtBot, service: RecordService) -> None:
    record_id = _commitment_id(service, "Bus rapid")
    editor = CommitmentEditor(service, record_id)
    qtbot.addWidget(editor)
    editor.funding_edit.setText("Asian Development Bank loan")
    assert editor.save()
    dialog = HistoryDialog(service, record_id)
    qtbot.addWidget(dialog)
    assert dialog.history_model.rowCount() == 2
    # The newest revision is selected and compared with the one before it.
    rows = [
        [dialog.diff_model.index(r, c).data() for c in range(3)] for r in range(dialog.diff_model.rowCount())
    ]
    assert rows == [["Funding source", "City budget and national grant", "Asian Development Bank loan"]]
    dialog.select_rows(0, 1)
    assert dialog.diff_model.rowCount() == 1
    assert "1 field" in dialog.summary.text()


def test_attachments_add_drop_and_remove(
    qtbot: QtBot, service: RecordService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = CommitmentEditor(service, _commitment_id(service, "Clean air"))
    qtbot.addWidget(editor)
    survey, photo = tmp_path / "survey.pdf", tmp_path / "station.jpg"
    survey.write_bytes(b"%PDF-1.4")
    photo.write_bytes(b"\xff\xd8\xff")
    panel = editor.attachments

    monkeypatch.setattr(attachments_module.FileChooser, "ask", staticmethod(lambda parent: [survey]))
    with qtbot.waitSignal(panel.attachments_changed) as changed:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert changed.args == [1]

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(survey))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(editor, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    with qtbot.waitSignal(panel.attachments_changed) as changed:
        QApplication.sendEvent(editor, drop)
    assert changed.args == [2]  # the survey again is not attached twice
    assert sorted(panel.model.index(r, 0).data() for r in range(2)) == ["station.jpg", "survey.pdf"]

    opened: list[Path] = []
    monkeypatch.setattr(
        attachments_module.AttachmentOpener, "open", staticmethod(lambda path: opened.append(path) or True)
    )
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].read_bytes() in (b"%PDF-1.4", b"\xff\xd8\xff")
    with qtbot.waitSignal(panel.attachments_changed) as changed:
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert changed.args == [1]


def test_a_new_record_is_saved_before_its_first_attachment(
    qtbot: QtBot, service: RecordService, tmp_path: Path
) -> None:
    editor = PracticeEditor(service, None)
    qtbot.addWidget(editor)
    note = tmp_path / "note.txt"
    note.write_text("field notes", encoding="utf-8")
    assert editor.attachments.add_paths([note]) == []  # no title yet: it cannot be saved
    assert "Save the record first" in editor.attachments.hint.text()
    assert not editor.problems_label.isHidden()
    editor.title_edit.setText("Night soil composting")
    with qtbot.waitSignal(editor.record_saved):
        added = editor.attachments.add_paths([note])
    assert len(added) == 1 and editor.record_id is not None
    assert [a.filename for a in service.attachments(editor.record_id)] == ["note.txt"]


def test_controls_have_accessible_names(qtbot: QtBot, service: RecordService) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
    )

    widgets = [_page(qtbot, CommitmentsPage(service)), _page(qtbot, PracticesPage(service))]
    for editor in (CommitmentEditor(service, None), PracticeEditor(service, None)):
        qtbot.addWidget(editor)
        widgets.append(editor)
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox)
    for widget in widgets:
        for kind in kinds:
            for control in widget.findChildren(kind):
                own = (control.metaObject().className(), control.parent().metaObject().className())
                if (
                    control.objectName().startswith("qt_")
                    or any(
                        name.startswith(("QComboBox", "QSpinBox", "QTableView", "QLineEdit"))
                        for name in own[1:]
                    )
                    or own[0].startswith("QComboBox")
                ):
                    continue  # Qt's own parts of a combo box, spin box or table
                name = control.accessibleName() or (
                    control.text() if isinstance(control, QAbstractButton) else ""
                )
                assert name, f"{type(control).__name__} {control.objectName()!r} in {type(widget).__name__}"


def test_a_problem_that_appears_moves_no_field(qtbot: QtBot, service: RecordService) -> None:
    """Problem lines keep their place (or share the date's own line); the summary shows under the
    form, so nothing the delegate is looking at moves."""
    record_id = _commitment_id(service, "Clean air")
    editor = CommitmentEditor(service, record_id)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    watched = (editor.title_edit, editor.budget_edit, editor.end_edit, editor.funding_edit)
    before = [widget.mapTo(editor.form, widget.rect().topLeft()) for widget in watched]
    editor.title_edit.clear()  # required
    qtbot.keyClicks(editor.budget_edit, "x")  # not a number
    _type_date(qtbot, editor.end_edit, "2011-06-30")  # after the follow-up
    assert editor.save() is False
    assert len(editor.problems()) >= 3
    QApplication.processEvents()
    after = [widget.mapTo(editor.form, widget.rect().topLeft()) for widget in watched]
    assert after == before
    assert "2010" in editor.end_edit.feedback.text()  # the date's problem, on its own line
