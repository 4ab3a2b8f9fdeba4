"""The delegate's Outbox through real widgets: welcome pack, export, and a receipt dropped on the window."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, exchange, overview, profiles
from kin_desktop.ui.main_window import MainWindow
from kin_desktop.ui.outbox import ConfirmFingerprint, OutboxPage
from kin_desktop.ui.rows import Column, RowsModel


@pytest.fixture
def secretariat(tmp_path: Path) -> profiles.Workspace:
    directory = tmp_path / "secretariat"
    profiles.init_secretariat(directory, name="KIN Secretariat", organisation="IGES Kitakyushu Office")
    with profiles.open_workspace(directory) as workspace:
        yield workspace


@pytest.fixture
def delegate_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "delegate"
    demo.create_demo_profile(directory, keyring_backend=keyring.get_keyring())
    return directory


def _wait(qtbot: QtBot, task: object) -> None:
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):  # type: ignore[attr-defined]
        pass


def _page(qtbot: QtBot, workspace: profiles.Workspace) -> OutboxPage:
    page = OutboxPage(workspace)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.pending_label.text() != "", timeout=10_000)
    return page


def test_welcome_pack_then_export_gives_a_bundle_the_secretariat_verifies(
    qtbot: QtBot,
    tmp_path: Path,
    secretariat: profiles.Workspace,
    delegate_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pack = exchange.make_welcome_pack(secretariat, tmp_path / "packs")
    with profiles.open_workspace(delegate_dir) as workspace:
        page = _page(qtbot, workspace)
        assert not page.export_button.isEnabled()
        assert "welcome pack first" in page.secretariat_label.text()

        asked: list[str] = []
        monkeypatch.setattr(
            ConfirmFingerprint, "ask", classmethod(lambda cls, parent, fp: asked.append(fp) or True)
        )
        _wait(qtbot, page.import_files([pack]))
        assert asked == [secretariat.profile().fingerprint]
        assert page.results_model.row_at(0).status == "merged"
        qtbot.waitUntil(
            lambda: page.secretariat_label.text().startswith("Bundles are encrypted for"), timeout=10_000
        )
        assert page.export_button.isEnabled()

        out = tmp_path / "usb"
        out.mkdir()
        monkeypatch.setattr(
            OutboxPage, "choose_export_path", staticmethod(lambda parent, suggested, folders: out / "x.kinb")
        )
        with qtbot.waitSignal(page.exchange_finished, timeout=30_000) as done:
            page.export()
        result = done.args[0]
        assert result.path == out / "x.kinb" and result.revisions > 0  # the name chosen is honoured
        assert str(result.path) in page.result_label.text()
        qtbot.waitUntil(lambda: page.sent_model.rowCount() == 1, timeout=10_000)

    (verified,) = exchange.verify_files(secretariat, [result.path])
    assert verified.ok and verified.decrypted
    assert verified.revisions == result.revisions


def test_an_unconfirmed_fingerprint_takes_nothing_in(
    qtbot: QtBot,
    tmp_path: Path,
    secretariat: profiles.Workspace,
    delegate_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pack = exchange.make_welcome_pack(secretariat, tmp_path / "packs")
    with profiles.open_workspace(delegate_dir) as workspace:
        page = _page(qtbot, workspace)
        monkeypatch.setattr(ConfirmFingerprint, "ask", classmethod(lambda cls, parent, fp: False))
        assert page.import_files([pack]) is None
        assert "not confirmed" in page.result_label.text()
        assert exchange.catalogue(workspace) == []
        page.refresh()
        qtbot.waitUntil(lambda: "welcome pack first" in page.secretariat_label.text(), timeout=10_000)


def test_dropping_a_receipt_on_the_window_acknowledges_what_was_sent(
    qtbot: QtBot,
    tmp_path: Path,
    secretariat: profiles.Workspace,
    delegate_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pack = exchange.make_welcome_pack(secretariat, tmp_path / "packs")
    with profiles.open_workspace(delegate_dir) as workspace:
        exchange.import_paths(workspace, [pack], accept_fingerprint=secretariat.profile().fingerprint)
        sent = exchange.export_bundle(workspace, out=tmp_path / "usb")
    assert sent.path is not None
    (held,) = exchange.import_paths(secretariat, [sent.path])
    assert held.status == "held"
    exchange.approve(secretariat, held.signer_key_id)
    (receipt,) = exchange.write_receipts(secretariat, tmp_path / "receipts")

    window = MainWindow(delegate_dir, loader=lambda: overview.open_profile(delegate_dir))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=20_000) as loaded:
        window.load()
    assert loaded.args[0].unacknowledged > 0

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(receipt))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(
        window.overview_loaded, timeout=30_000, check_params_cb=lambda o: o.unacknowledged == 0
    ):
        window.dropEvent(drop)
    page = window.section_widget("outbox")
    assert isinstance(page, OutboxPage)
    assert page.results_model.row_at(0).status == "merged"
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.receipts_model.rowCount() == 1, timeout=10_000)
    assert "acknowledged everything" in page.pending_label.text()
    window.close()


def test_rows_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RowsModel(
        [Column("Name", lambda r: r[0]), Column("Count", lambda r: str(r[1]), sort=lambda r: r[1])]
    )
    model.set_rows([("Hải Phòng", 3), ("北九州市", 10), ("กรุงเทพ", 1)])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1), RowsModel.SortRole) == 10


def test_without_a_keyring_the_passphrase_is_asked_once_and_a_wrong_one_is_forgotten(
    qtbot: QtBot, tmp_path: Path, secretariat: profiles.Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The prompt itself (wrong, then right; Cancel) is in test_passphrase_prompt.py; here: the
    passphrase is kept for the session, and one that fails all the same is forgotten."""
    from kin_desktop.ui.unlock import PassphraseDialog
    from tests.helpers.fakes import FailKeyring

    directory = tmp_path / "no-keyring"
    profiles.init_delegate(
        directory, name="Somchai", city="Chiang Mai", country="TH", category="city-expert",
        keyring_backend=FailKeyring(), passphrase=lambda: "mango sticky rice",
    )  # fmt: skip
    pack = exchange.make_welcome_pack(secretariat, tmp_path / "packs")
    with profiles.open_workspace(directory) as workspace:
        exchange.import_paths(workspace, [pack], accept_fingerprint=secretariat.profile().fingerprint)
        workspace.save(RecordType.PRACTICE, {"title": "Community composting in Chiang Mai"})
        page = _page(qtbot, workspace)
        out = tmp_path / "usb"
        out.mkdir()
        monkeypatch.setattr(
            OutboxPage, "choose_export_path", staticmethod(lambda parent, s, f: out / "x.kinb")
        )

        asked: list[bool] = []

        def ask(cls: object, parent: object, check: object = None) -> str:
            asked.append(callable(check) and check("mango sticky rice") and not check("wrong guess"))  # type: ignore[operator]
            return "mango sticky rice"

        monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))
        with qtbot.waitSignal(page.exchange_finished, timeout=30_000) as done:
            page.export()
        assert done.args[0].path == out / "x.kinb" and asked == [True]  # the prompt checks what is typed
        with qtbot.waitSignal(page.exchange_finished, timeout=30_000):
            page.export(full=True)
        assert asked == [True]  # kept for the session
        workspace.passphrase = lambda: "wrong again"  # fails in the work itself (the key file changed)
        _wait(qtbot, page.export(full=True))
        qtbot.waitUntil(lambda: "not right" in page.result_label.text(), timeout=10_000)
        assert workspace.passphrase is None  # forgotten: the next attempt asks again


def test_the_outbox_counts_records_not_revisions(qtbot: QtBot, tmp_path: Path) -> None:
    """One response saved eleven times is one questionnaire response to send; a new profile has
    nothing sent yet, and says so rather than that the secretariat acknowledged everything."""
    from kin_desktop.services.responses import ResponseService

    directory = tmp_path / "new"
    profiles.init_delegate(directory, name="Lan", city="Huế", country="VN", category="mayor")
    with profiles.open_workspace(directory) as workspace:
        page = _page(qtbot, workspace)
        assert page.pending_label.text() == "Nothing sent yet, and nothing to send."
        window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.overview_loaded, timeout=20_000):
            window.load()
        assert window.findChild(QLabel, "syncLabel").text() == "Nothing sent yet"
        window.close()

        service = ResponseService(workspace)
        for population in range(100_000, 100_011):  # eleven saves, eleven revisions
            service.save_answers({"population": population})
        workspace.save(RecordType.PRACTICE, {"title": "Composting"})
        page.refresh()
        qtbot.waitUntil(lambda: "questionnaire response" in page.pending_label.text(), timeout=10_000)
        text = page.pending_label.text()
        assert "1 questionnaire response(s)" in text and "1 practice(s)" in text
        assert "11" not in text
        loaded = overview.overview_of(workspace)
        assert (loaded.waiting, loaded.waiting_records) == (12, 2)
