"""More of the review loop through real widgets and real dialogs: approving many keys from the Delegates
page, writing a receipt again, checking a signed form in Review, the Outbox's line about signed forms
out of date, and the file dialogs (the folder used last, the name chosen honoured exactly)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kin_desktop.core.schemas import RecordType
from kin_desktop.reports.binding import format_binding
from kin_desktop.services import demo, exchange, overview, printing, profiles
from kin_desktop.services.records import RecordService
from kin_desktop.ui.main_window import MainWindow
from kin_desktop.ui.outbox import ConfirmFingerprint, OutboxPage
from kin_desktop.ui.secretariat import DelegatesPage, InboxPage, ReviewPage
from kin_desktop.ui.secretariat.delegates import ConfirmApproval
from tests.helpers.network import Network, net, template

__all__ = ["net", "template"]

WAIT = 30_000


class answer_modal:  # noqa: N801 - used like a function
    """Answer the next modal dialog of ``kind`` that opens with ``answer(dialog)``, once; ``dialogs``
    holds it once answered. Keep the object until the dialog has opened (its timer goes with it)."""

    def __init__(self, qtbot: QtBot, kind: type[QWidget], answer: Callable[[Any], None]) -> None:
        self.dialogs: list[QWidget] = []
        self._kind, self._answer = kind, answer
        # dialogs another test left open are not the one to answer
        self._before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, kind)}
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        dialog = next(  # not activeModalWidget(): a window another test left behind may hold that place
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, self._kind) and w.isVisible() and w.isModal() and id(w) not in self._before
            ),
            None,
        )
        if dialog is not None and not self.dialogs:
            self.dialogs.append(dialog)
            self._timer.stop()
            self._answer(dialog)


def _secretariat_window(qtbot: QtBot, directory: Path) -> MainWindow:
    window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT):
        window.load()
    return window


def _sent(net: Network, workspaces: list[profiles.Workspace], out: Path) -> list[Path]:
    bundles = []
    for number, workspace in enumerate(workspaces):
        exchange.import_paths(workspace, [net.pack], accept_fingerprint=net.fingerprint)
        demo.fill_demo(workspace, seed=number + 2, practices=1, commitments=1)
        sent = exchange.export_bundle(workspace, out=out)
        assert sent.path is not None
        bundles.append(sent.path)
    return bundles


def _log_statuses(inbox: InboxPage) -> list[str]:
    model = inbox.log_model
    column = next(
        c
        for c in range(model.columnCount(QModelIndex()))
        if model.headerData(c, Qt.Orientation.Horizontal) == "Outcome"
    )
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount(QModelIndex()))]


def test_approving_several_waiting_keys_takes_one_dialog_then_selects_the_next_waiting_key(
    qtbot: QtBot, net: Network, tmp_path: Path
) -> None:
    profiles.init_delegate(tmp_path / "sby", name="Budi", city="Surabaya", country="ID", category="mayor")
    surabaya = profiles.open_workspace(tmp_path / "sby")
    net.extra.append(surabaya)
    bundles = _sent(net, [net.hai_phong, net.bangkok, surabaya], tmp_path / "usb")
    window = _secretariat_window(qtbot, net.secretariat.data_dir)
    inbox = window.show_section("inbox")
    assert isinstance(inbox, InboxPage)
    with qtbot.waitSignal(inbox.imports_finished, timeout=WAIT) as done:
        inbox.import_paths(bundles)
    assert [o.status for o in done.args[0]] == ["held"] * 3
    qtbot.waitUntil(lambda: _log_statuses(inbox).count("Held for enrolment") == 3, timeout=WAIT)

    delegates = window.show_section("delegates")
    assert isinstance(delegates, DelegatesPage)
    qtbot.waitUntil(lambda: delegates.keys_model.rowCount() == 3, timeout=WAIT)
    view = delegates.keys_view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center()
    )
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        view.visualRect(view.model().index(1, 0)).center(),
    )
    chosen = delegates.selected_keys()
    assert len(chosen) == 2 and {k.status for k in chosen} == {"pending"}
    waiting = next(k for k in (delegates.keys_model.row_at(r) for r in range(3)) if k not in chosen)

    # Enter in the dialog never approves: Cancel is the default. Nothing changes.
    shown: dict[str, Any] = {}

    def press_enter(dialog: ConfirmApproval) -> None:
        shown["fingerprints"] = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
        shown["approve enabled"] = dialog.approve_button.isEnabled()
        buttons = dialog.findChild(QDialogButtonBox)
        shown["cancel default"] = buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    answered = answer_modal(qtbot, ConfirmApproval, press_enter)
    qtbot.mouseClick(delegates.buttons["approve"], Qt.MouseButton.LeftButton)
    assert answered.dialogs and shown == {
        "fingerprints": {k.fingerprint for k in chosen},  # one dialog, every fingerprint to compare
        "approve enabled": False,
        "cancel default": True,
    }
    assert "Not approved" in delegates.result_label.text()
    assert {delegates.keys_model.row_at(r).status for r in range(3)} == {"pending"}

    # Ticked and approved: both keys at once, then the next waiting key is selected.
    def approve(dialog: ConfirmApproval) -> None:
        qtbot.mouseClick(dialog.compared, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)

    answered = answer_modal(qtbot, ConfirmApproval, approve)
    with qtbot.waitSignal(delegates.keys_refreshed, timeout=WAIT):
        qtbot.mouseClick(delegates.buttons["approve"], Qt.MouseButton.LeftButton)
    statuses = {
        delegates.keys_model.row_at(r).key_id: delegates.keys_model.row_at(r).status for r in range(3)
    }
    assert statuses == {**{k.key_id: "approved" for k in chosen}, waiting.key_id: "pending"}
    selected = delegates.selected_key()
    assert selected is not None and selected.key_id == waiting.key_id
    assert [k.key_id for k in delegates.selected_keys()] == [waiting.key_id]

    # The Inbox's log follows: the two merged bundles are there without pressing F5.
    window.show_section("inbox")
    qtbot.waitUntil(lambda: _log_statuses(inbox).count("Merged") == 2, timeout=WAIT)
    window.close()


def test_a_receipt_is_written_again_from_the_delegates_page(
    qtbot: QtBot, net: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (bundle,) = _sent(net, [net.hai_phong], tmp_path / "usb")
    exchange.import_paths(net.secretariat, [bundle])
    key_id = net.hai_phong.profile().key_id or ""
    exchange.approve(net.secretariat, key_id)
    (first,) = exchange.write_receipts(net.secretariat, tmp_path / "sent")
    exchange.import_paths(net.hai_phong, [first])
    assert exchange.write_receipts(net.secretariat, tmp_path / "sent") == []  # nothing new to tell

    again = tmp_path / "again"
    again.mkdir()
    monkeypatch.setattr(DelegatesPage, "choose_receipt_folder", staticmethod(lambda parent: again))
    page = DelegatesPage(net.secretariat)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.keys_model.rowCount() == 1, timeout=WAIT)
    page.keys_view.selectRow(0)
    assert page.buttons["reissue"].isEnabled()
    with qtbot.waitSignal(page.receipts_written, timeout=WAIT) as written:
        qtbot.mouseClick(page.buttons["reissue"], Qt.MouseButton.LeftButton)
    (path,) = written.args[0]
    assert Path(path).parent == again and Path(path).name.startswith("KIN-receipt-hai-phong-")
    assert "Receipt written for Hai Phong" in page.result_label.text()
    outcomes = [exchange.import_paths(net.hai_phong, [Path(path)])[0].status for _ in range(2)]
    assert outcomes[0] == "merged" and outcomes[1] != "merged"  # taken twice: harmless


def test_a_signed_form_is_checked_from_review_and_the_result_shown_with_the_record(
    qtbot: QtBot, net: Network, tmp_path: Path
) -> None:
    (bundle,) = _sent(net, [net.hai_phong], tmp_path / "usb")
    exchange.import_paths(net.secretariat, [bundle])
    exchange.approve(net.secretariat, net.hai_phong.profile().key_id or "")
    record = RecordService(net.hai_phong).list_commitments()[0].record_id
    _body, rev_id = RecordService(net.secretariat).load(record)
    printing.print_commitments(
        net.secretariat, [record], tmp_path / "form.pdf", labels=printing.english_labels()
    )
    qr_text = format_binding(record, rev_id, net.hai_phong.profile().key_id or "")

    page = ReviewPage(net.secretariat)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    tab = page.commitments
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    with qtbot.waitSignal(tab.record_shown, timeout=WAIT):
        assert tab.select_record(record)
    assert "none checked yet" in tab.panel.record_status.text()

    def type_qr(dialog: QInputDialog) -> None:
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        qtbot.keyClicks(edit, qr_text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    answered = answer_modal(qtbot, QInputDialog, type_qr)
    with qtbot.waitSignal(page.form_checked, timeout=WAIT) as checked:
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert answered.dialogs and checked.args == [record]
    assert page.message_label.text() == "The signed form matches the current version."
    qtbot.waitUntil(lambda: "verified for this version" in tab.panel.record_status.text(), timeout=WAIT)

    # The record changes: the same paper no longer matches, and Review says so.
    net.secretariat.save(
        RecordType.COMMITMENT, {**_body, "title": _body["title"] + " (revised)"}, record_id=record
    )
    answered = answer_modal(qtbot, QInputDialog, type_qr)
    with qtbot.waitSignal(page.form_checked, timeout=WAIT):
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert answered.dialogs and page.message_label.text().startswith(
        "The signed form does not match the data"
    )


def test_the_outbox_says_which_signed_forms_are_out_of_date(
    qtbot: QtBot, net: Network, tmp_path: Path
) -> None:
    exchange.import_paths(net.hai_phong, [net.pack], accept_fingerprint=net.fingerprint)
    demo.fill_demo(net.hai_phong, seed=4, practices=0, commitments=2)
    service = RecordService(net.hai_phong)
    printed, other = service.list_commitments()[:2]
    printing.print_commitments(
        net.hai_phong, [printed.record_id], tmp_path / "f.pdf", labels=printing.english_labels()
    )
    page = OutboxPage(net.hai_phong)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.pending_label.text() != "", timeout=WAIT)
    assert not page.paper_label.isVisible()  # printed, unchanged: the paper is true
    body, _rev = service.load(printed.record_id)
    net.hai_phong.save(
        RecordType.COMMITMENT, {**body, "title": body["title"] + " (revised)"}, record_id=printed.record_id
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.paper_label.isVisible(), timeout=WAIT)
    text = page.paper_label.text()
    assert text.startswith("Signed form out of date: ") and printed.title in text and other.title not in text


# -- the file dialogs ------------------------------------------------------------------------------------


def _save_in_dialog(qtbot: QtBot, typed: str, opened_in: list[str]) -> answer_modal:
    def answer(dialog: QFileDialog) -> None:
        opened_in.append(dialog.directory().absolutePath())
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        # set, not typed key by key: typing opens the completer's popup, which takes the Return
        # itself whenever the file model has listed the folder by then (so it hung or not by timing)
        edit.setText(typed)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    return answer_modal(qtbot, QFileDialog, answer)


def test_the_save_dialog_honours_the_name_chosen_and_opens_in_the_folder_used_last(
    qtbot: QtBot, net: Network, tmp_path: Path
) -> None:
    exchange.import_paths(net.hai_phong, [net.pack], accept_fingerprint=net.fingerprint)
    demo.fill_demo(net.hai_phong, seed=5, practices=1, commitments=1)
    stick = tmp_path / "USB stick"
    stick.mkdir()
    page = OutboxPage(net.hai_phong)
    qtbot.addWidget(page)
    opened_in: list[str] = []

    chosen = stick / "For Ms Lan (second try).kinb"
    dialog = _save_in_dialog(qtbot, str(chosen), opened_in)
    with qtbot.waitSignal(page.exchange_finished, timeout=WAIT) as done:
        page.export()
    assert dialog.dialogs and Path(done.args[0].path) == chosen and chosen.is_file()  # exactly as typed
    assert [p.name for p in stick.iterdir()] == [chosen.name]

    dialog = _save_in_dialog(qtbot, "no suffix typed", opened_in)
    with qtbot.waitSignal(page.exchange_finished, timeout=WAIT) as done:
        page.export(full=True)
    assert dialog.dialogs and Path(done.args[0].path) == stick / "no suffix typed.kinb"
    assert Path(opened_in[1]) == stick  # the folder used last, not the home folder

    again = OutboxPage(net.hai_phong)  # the next session remembers it too (the profile's window.ini)
    qtbot.addWidget(again)
    dialog = _save_in_dialog(qtbot, "third.kinb", opened_in)
    with qtbot.waitSignal(again.exchange_finished, timeout=WAIT):
        again.export(full=True)
    assert dialog.dialogs and Path(opened_in[2]) == stick and (stick / "third.kinb").is_file()


def test_the_open_dialogs_start_in_the_folder_used_last(
    qtbot: QtBot, net: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    answers = iter([[str(net.pack)], []])

    def get_open_file_names(parent: Any, caption: str, folder: str, *_args: Any) -> tuple[list[str], str]:
        started.append(folder)
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open_file_names))
    page = OutboxPage(net.hai_phong)
    qtbot.addWidget(page)
    monkeypatch.setattr(ConfirmFingerprint, "ask", classmethod(lambda cls, parent, fingerprint: True))
    with qtbot.waitSignal(page.exchange_finished, timeout=WAIT):
        page.choose_and_import()
    page.choose_and_import()
    assert Path(started[1]) == net.pack.parent and Path(started[0]) != net.pack.parent

    inbox = InboxPage(net.secretariat)
    qtbot.addWidget(inbox)
    (bundle,) = _sent(net, [net.bangkok], tmp_path / "from bangkok")
    answers = iter([[str(bundle)], []])
    with qtbot.waitSignal(inbox.imports_finished, timeout=WAIT):
        inbox.choose_and_import()
    inbox.choose_and_import()
    assert Path(started[3]) == bundle.parent


def test_a_form_saved_from_the_preview_keeps_its_name_and_the_folder_is_remembered(
    qtbot: QtBot, net: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kin_desktop.ui.print_preview import PrintPreviewDialog

    exchange.import_paths(net.hai_phong, [net.pack], accept_fingerprint=net.fingerprint)
    demo.fill_demo(net.hai_phong, seed=6, practices=0, commitments=1)
    record = RecordService(net.hai_phong).list_commitments()[0].record_id
    pdf = tmp_path / "built.pdf"
    printing.print_commitments(net.hai_phong, [record], pdf, labels=printing.english_labels())
    owner = OutboxPage(net.hai_phong)  # any page of the profile: the dialog finds the profile from it
    qtbot.addWidget(owner)
    folder = tmp_path / "signed forms"
    folder.mkdir()
    started: list[str] = []
    typed = iter([str(folder / "Hai Phong form v1.2"), "again.pdf"])

    def get_save_file_name(parent: Any, caption: str, start: str, *_args: Any) -> tuple[str, str]:
        started.append(start)
        name = next(typed)
        return (name if Path(name).is_absolute() else str(Path(start).parent / name)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    for _ in range(2):
        dialog = PrintPreviewDialog(pdf, title="Form", suggested_name="commitment-form.pdf", parent=owner)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.saved) as saved:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.close()
    assert Path(started[1]) == folder / "commitment-form.pdf"  # opens where the last form went
    assert (folder / "Hai Phong form v1.2.pdf").is_file()  # ".2" kept: the name as typed, ".pdf" added
    assert saved.args == [str(folder / "again.pdf")]
