"""The passphrase prompt, through the real dialog: one prompt everywhere the GUI needs the private key
(the delegate's export, the secretariat's receipts and welcome pack); a wrong passphrase keeps it
open for another try; Cancel stops there and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kin_desktop.core.schemas import RecordType
from kin_desktop.services import exchange, profiles
from kin_desktop.ui.outbox import OutboxPage
from kin_desktop.ui.secretariat import DelegatesPage, ExportsPage
from kin_desktop.ui.unlock import PassphraseDialog
from tests.helpers.fakes import FailKeyring

WAIT = 30_000
DELEGATE_SECRET = "mango sticky rice"
SECRETARIAT_SECRET = "yakitori by the harbour"


class Prompts:
    """Answers every passphrase prompt that opens, one answer each (None: Cancel), with the keyboard
    and the dialog's own buttons; keeps what each prompt said after each answer."""

    def __init__(self, qtbot: QtBot, answers: list[str | None]) -> None:
        self._qtbot = qtbot
        self.answers = list(answers)
        self.errors: list[str] = []  # the prompt's error line after each wrong answer
        self.prompts: set[int] = set()
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        dialog = next(  # not activeModalWidget(): a window another test left behind may hold that place
            (w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog) and w.isVisible()),
            None,
        )
        if dialog is None or not self.answers:
            return
        self.prompts.add(id(dialog))
        answer = self.answers.pop(0)
        if answer is None:
            self._qtbot.mouseClick(
                dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
            )
            return
        dialog.edit.clear()
        self._qtbot.keyClicks(dialog.edit, answer)
        self._qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        if dialog.isVisible():
            self.errors.append(dialog.error_label.text() if dialog.error_label.isVisible() else "")

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def secretariat(tmp_path: Path) -> Iterator[profiles.Workspace]:
    directory = tmp_path / "secretariat"
    profiles.init_secretariat(
        directory,
        name="KIN Secretariat",
        keyring_backend=FailKeyring(),
        passphrase=lambda: SECRETARIAT_SECRET,
    )
    with profiles.open_workspace(directory) as workspace:
        yield workspace


@pytest.fixture
def delegate(tmp_path: Path, secretariat: profiles.Workspace) -> Iterator[profiles.Workspace]:
    directory = tmp_path / "delegate"
    profiles.init_delegate(
        directory, name="Somchai", city="Chiang Mai", country="TH", category="city-expert",
        keyring_backend=FailKeyring(), passphrase=lambda: DELEGATE_SECRET,
    )  # fmt: skip
    secretariat.passphrase = lambda: SECRETARIAT_SECRET
    pack = exchange.make_welcome_pack(secretariat, tmp_path / "packs")
    secretariat.passphrase = None
    with profiles.open_workspace(directory) as workspace:
        exchange.import_paths(workspace, [pack], accept_fingerprint=secretariat.profile().fingerprint)
        workspace.save(RecordType.PRACTICE, {"title": "Community composting in Chiang Mai"})
        yield workspace


def test_the_prompt_stays_open_after_a_wrong_passphrase_and_closes_on_the_right_one(qtbot: QtBot) -> None:
    tried: list[str] = []
    dialog = PassphraseDialog(None, lambda text: tried.append(text) or text == "right one")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()  # nothing typed: nothing to try
    qtbot.keyClicks(dialog.edit, "wrong one")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "not right" in dialog.error_label.text() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.edit.selectedText() == "wrong one"  # typing again replaces it
    qtbot.keyClicks(dialog.edit, "right one")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.passphrase == "right one" and tried == ["wrong one", "right one"] and dialog.attempts == 2


def test_the_delegate_exports_after_a_wrong_then_the_right_passphrase(
    qtbot: QtBot, delegate: profiles.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(OutboxPage, "choose_export_path", staticmethod(lambda parent, s, f: out / "x.kinb"))
    page = OutboxPage(delegate)
    qtbot.addWidget(page)
    prompts = Prompts(qtbot, ["wrong guess", DELEGATE_SECRET])
    with qtbot.waitSignal(page.exchange_finished, timeout=WAIT) as done:
        page.export()
    prompts.stop()
    assert done.args[0].path == out / "x.kinb" and (out / "x.kinb").is_file()
    assert len(prompts.prompts) == 1 and prompts.errors == ["The passphrase is not right. Try again."]
    assert prompts.answers == []
    answered = Prompts(qtbot, ["never asked"])
    with qtbot.waitSignal(page.exchange_finished, timeout=WAIT):
        page.export(full=True)  # kept for the session: not asked again
    answered.stop()
    assert answered.answers == ["never asked"]


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot: QtBot, delegate: profiles.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(OutboxPage, "choose_export_path", staticmethod(lambda parent, s, f: out / "x.kinb"))
    page = OutboxPage(delegate)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "1 practice" in page.pending_label.text(), timeout=WAIT)
    pending = page.pending_label.text()
    prompts = Prompts(qtbot, ["wrong guess", None])
    assert page.export() is None
    prompts.stop()
    assert prompts.answers == [] and list(out.iterdir()) == []
    assert delegate.passphrase is None and page.pending_label.text() == pending
    assert page.export_button.isEnabled()


def test_the_secretariat_is_asked_the_same_way_for_receipts_and_welcome_packs(
    qtbot: QtBot,
    secretariat: profiles.Workspace,
    delegate: profiles.Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    delegate.passphrase = lambda: DELEGATE_SECRET
    bundle = exchange.export_bundle(delegate, out=tmp_path / "bundles").path
    assert bundle is not None
    secretariat.passphrase = lambda: SECRETARIAT_SECRET
    exchange.import_paths(secretariat, [bundle])
    exchange.approve(secretariat, delegate.profile().key_id or "")
    secretariat.passphrase = None

    # Exports: Cancel writes nothing; a wrong passphrase then the right one writes the pack.
    packs = tmp_path / "welcome"
    packs.mkdir()
    monkeypatch.setattr(ExportsPage, "choose_folder", staticmethod(lambda parent, title: packs))
    exports = ExportsPage(secretariat)
    qtbot.addWidget(exports)
    prompts = Prompts(qtbot, [None])
    assert exports.write_welcome_pack() is None
    prompts.stop()
    assert list(packs.iterdir()) == [] and secretariat.passphrase is None
    prompts = Prompts(qtbot, ["not it", SECRETARIAT_SECRET])
    with qtbot.waitSignal(exports.files_written, timeout=WAIT) as written:
        exports.write_welcome_pack()
    prompts.stop()
    assert prompts.errors == ["The passphrase is not right. Try again."] and len(written.args[0]) == 1

    # Delegates: the same prompt before a receipt is written again.
    secretariat.passphrase = None
    receipts = tmp_path / "receipts"
    receipts.mkdir()
    monkeypatch.setattr(DelegatesPage, "choose_receipt_folder", staticmethod(lambda parent: receipts))
    delegates = DelegatesPage(secretariat)
    qtbot.addWidget(delegates)
    qtbot.waitUntil(lambda: delegates.keys_model.rowCount() == 1, timeout=WAIT)
    delegates.keys_view.selectRow(0)
    prompts = Prompts(qtbot, [None])
    assert delegates.reissue_receipt() is None
    prompts.stop()
    assert list(receipts.iterdir()) == []
    prompts = Prompts(qtbot, ["wrong", "still wrong", SECRETARIAT_SECRET])
    with qtbot.waitSignal(delegates.receipts_written, timeout=WAIT) as written:
        delegates.reissue_receipt()
    prompts.stop()
    assert len(prompts.errors) == 2 and [p.parent for p in written.args[0]] == [receipts]
