"""The Outbox's Send through real widgets and a real inbox service on loopback."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot

from kin_desktop.services import demo, exchange, profiles
from kin_desktop.ui.outbox import OutboxPage
from tests.helpers.inbox import free_port, running_inbox


@pytest.fixture
def secretariat(tmp_path: Path) -> profiles.Workspace:
    directory = tmp_path / "secretariat"
    profiles.init_secretariat(directory, name="KIN Secretariat", organisation="IGES Kitakyushu Office")
    with profiles.open_workspace(directory) as workspace:
        yield workspace


def _delegate(tmp_path: Path, secretariat: profiles.Workspace, url: str) -> profiles.Workspace:
    directory = tmp_path / "delegate"
    demo.create_demo_profile(directory, keyring_backend=keyring.get_keyring())
    pack = exchange.make_welcome_pack(secretariat, tmp_path / "packs" / "pack.kinw", inbox_url=url)
    workspace = profiles.open_workspace(directory)
    (outcome,) = exchange.import_paths(
        workspace, [pack], accept_fingerprint=secretariat.profile().fingerprint
    )
    assert outcome.status == "merged"
    return workspace


def _page(qtbot: QtBot, workspace: profiles.Workspace) -> OutboxPage:
    page = OutboxPage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.send_panel.send_button.isEnabled(), timeout=10_000)
    return page


def test_send_uploads_in_the_background_and_says_what_happened(
    qtbot: QtBot, tmp_path: Path, secretariat: profiles.Workspace
) -> None:
    pack = exchange.make_welcome_pack(secretariat, tmp_path / "first.kinw")
    with running_inbox(tmp_path / "inbox", pack) as served:
        workspace = _delegate(tmp_path, secretariat, served.url)
        try:
            page = _page(qtbot, workspace)
            panel = page.send_panel
            assert served.url in panel.send_button.toolTip()
            with qtbot.waitSignal(page.exchange_finished, timeout=60_000) as done:
                task = panel.send()
                assert task is not None and task.running  # the window goes on while it sends
                assert not panel.send_button.isEnabled() and panel.cancel_button.isVisible()
            report = done.args[0]
            assert report.error is None and [s["status"] for s in report.sent] == ["sent"]
            assert "Sent 1 bundle" in panel.status_label.text()
            qtbot.waitUntil(lambda: panel.send_button.isEnabled(), timeout=10_000)
            assert len(served.inbox.store.incoming) == 1
            assert not panel.save_button.isVisible()
        finally:
            workspace.close()


def test_without_a_link_the_same_bundle_can_be_saved_to_a_file(
    qtbot: QtBot, tmp_path: Path, secretariat: profiles.Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    workspace = _delegate(tmp_path, secretariat, dead)
    try:
        page = _page(qtbot, workspace)
        panel = page.send_panel
        from kin_desktop.services.sync import Retry

        monkeypatch.setattr("kin_desktop.services.sync._client.default_retry", lambda: Retry(attempts=1))
        with qtbot.waitSignal(panel.synced, timeout=60_000) as done:
            panel.send()
        report = done.args[0]
        assert report.error_reason == "no_link"
        assert panel.save_button.isVisible()
        assert "No link to the inbox" in panel.status_label.text()
        assert panel._retry.isActive()  # it tries again by itself
        (waiting,) = report.sent
        assert waiting["status"] == "partial" and waiting["offset"] == 0

        qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
        usb = tmp_path / "usb"
        monkeypatch.setattr(
            OutboxPage,
            "choose_export_path",
            staticmethod(lambda parent, suggested, folders: usb / suggested.name),
        )
        task = panel.save_to_file()
        assert task is not None
        qtbot.waitUntil(lambda: "Saved" in panel.status_label.text(), timeout=30_000)
        (saved,) = usb.iterdir()
        assert saved.read_bytes() == Path(waiting["path"]).read_bytes()  # the same bundle, not a new one
        (outcome,) = exchange.import_paths(secretariat, [saved])
        assert outcome.status == "held"
    finally:
        workspace.close()


def test_the_secretariats_inbox_page_fetches_from_the_inbox_service(
    qtbot: QtBot, tmp_path: Path, secretariat: profiles.Workspace
) -> None:
    from kin_desktop.services import sync
    from kin_desktop.ui.secretariat.inbox import InboxPage

    pack = exchange.make_welcome_pack(secretariat, tmp_path / "first.kinw")
    with running_inbox(tmp_path / "inbox", pack) as served:
        workspace = _delegate(tmp_path, secretariat, served.url)
        try:
            assert sync.sync_profile(workspace).sent[0]["status"] == "sent"
        finally:
            workspace.close()
        exchange.make_welcome_pack(secretariat, tmp_path / "again.kinw", inbox_url=served.url)
        page = InboxPage(secretariat)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.imports_finished, timeout=60_000) as done:
            page.sync_button.click()
        (outcome,) = done.args[0]
        assert outcome.status == "held"  # a new delegate: held for enrolment, as from a USB stick
        assert (
            "1 bundle(s) fetched" in page.status_label.text()
            or "1 bundle fetched" in page.status_label.text()
        )
        assert page.results_model.rowCount() == 1
        assert served.inbox.store.incoming == {}
