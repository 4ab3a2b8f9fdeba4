"""The registry of delegates' keys through the real widget: approve (held bundles merge), revoke, gaps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kin_desktop.services import exchange, profiles
from kin_desktop.ui.secretariat import DelegatesPage
from kin_desktop.ui.secretariat.delegates import (
    ConfirmApproval,
    ConfirmRevocation,
    gaps_text,
    sequence_gaps,
)
from tests.ui.test_secretariat_inbox import Network, fresh_copy, make_template


@pytest.fixture(scope="module")
def network_template(tmp_path_factory: pytest.TempPathFactory) -> Network:
    return make_template(tmp_path_factory)


@pytest.fixture
def network(tmp_path: Path, network_template: Network) -> Network:
    return fresh_copy(tmp_path, network_template)


@pytest.fixture
def workspace(network: Network) -> Iterator[profiles.Workspace]:
    with network.secretariat.open() as opened:
        # The newcomer's bundles 1 and 3 arrive (bundle 2 was lost): both are held for enrolment.
        held = exchange.import_paths(opened, list(network.newcomer))
        assert [o.status for o in held] == ["held", "held"]
        yield opened


def _page(qtbot: QtBot, workspace: profiles.Workspace) -> DelegatesPage:
    page = DelegatesPage(workspace)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.keys_model.rowCount() == 3, timeout=10_000)
    return page


def test_pending_keys_come_first_with_their_fingerprint_and_what_they_sent(
    qtbot: QtBot,
    network: Network,
    workspace: profiles.Workspace,
) -> None:
    page = _page(qtbot, workspace)
    first = page.keys_model.row_at(0)
    assert first.status == "pending" and first.key_id == network.newcomer_key
    assert first.city == "Chiang Mai" and first.held == 2
    model = page.keys_model
    assert model.data(model.index(0, 0)) == "Waiting for approval"
    assert model.data(model.index(0, 1)) == first.fingerprint and len(first.fingerprint.split()) == 8
    assert model.data(model.index(0, 6)) == "2"
    assert {model.row_at(r).status for r in (1, 2)} == {"approved"}
    # The first row is selected: its bundles and the missing number.
    assert page.selected_key() == first
    assert page.bundles_model.rowCount() == 2
    assert page.gaps_label.text() == "Bundle(s) 2 from this delegate have not arrived."
    assert page.approve_action.isEnabled() and page.revoke_action.isEnabled()
    page.keys_view.selectRow(1)
    assert not page.approve_action.isEnabled()
    assert "No bundle is missing" in page.gaps_label.text()


def test_approving_a_pending_key_merges_its_held_bundles(
    qtbot: QtBot,
    network: Network,
    workspace: profiles.Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, workspace)
    asked: list[Any] = []
    monkeypatch.setattr(
        ConfirmApproval, "ask", classmethod(lambda cls, parent, keys: asked.extend(keys) or True)
    )
    with qtbot.waitSignal(page.key_approved, timeout=30_000) as approved:
        assert page.approve_selected() is not None
    assert approved.args == [network.newcomer_key]
    assert [k.key_id for k in asked] == [network.newcomer_key]
    assert "2 held bundle(s) merged" in page.result_label.text()
    qtbot.waitUntil(lambda: page.keys_model.row_at(0).status == "approved", timeout=10_000)
    key = next(k for k in exchange.enrol_list(workspace) if k.key_id == network.newcomer_key)
    assert key.status == "approved" and key.held == 0
    assert page.select_key(network.newcomer_key)
    qtbot.waitUntil(lambda: page.bundles_model.rowCount() == 4, timeout=10_000)  # held twice, merged twice
    statuses = sorted(page.bundles_model.row_at(r).status for r in range(4))
    assert statuses == ["held", "held", "merged", "merged"]
    assert page.gaps_label.text() == "Bundle(s) 2 from this delegate have not arrived."
    assert not page.approve_action.isEnabled()


def test_declining_the_fingerprint_changes_nothing(
    qtbot: QtBot,
    network: Network,
    workspace: profiles.Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, workspace)
    monkeypatch.setattr(ConfirmApproval, "ask", classmethod(lambda cls, parent, keys: False))
    assert page.approve_selected() is None
    assert "Not approved" in page.result_label.text()
    assert exchange.enrol_list(workspace)[0].status == "pending"


def test_revoking_a_key_refuses_its_bundles(
    qtbot: QtBot,
    network: Network,
    workspace: profiles.Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, workspace)
    monkeypatch.setattr(ConfirmRevocation, "ask", classmethod(lambda cls, parent, key: True))
    assert page.select_key(network.newcomer_key)
    with qtbot.waitSignal(page.key_revoked, timeout=30_000) as revoked:
        page.revoke_action.trigger()
    assert revoked.args == [network.newcomer_key]
    qtbot.waitUntil(
        lambda: any(page.keys_model.row_at(r).status == "revoked" for r in range(3)), timeout=10_000
    )
    assert page.keys_model.row_at(2).key_id == network.newcomer_key  # revoked keys come last
    assert page.selected_key() is not None and page.selected_key().status == "revoked"  # type: ignore[union-attr]
    assert not page.revoke_action.isEnabled() and not page.approve_action.isEnabled()
    (again,) = exchange.import_paths(workspace, [network.newcomer[1]])
    assert again.status == "rejected" and again.reason == "revoked_key"


def test_gaps_are_listed_as_ranges() -> None:
    assert sequence_gaps([1, 2, 5, 7]) == [(3, 4), (6, 6)]
    assert sequence_gaps([2]) == [(1, 1)]
    assert sequence_gaps([1, 2, 3]) == []
    assert gaps_text([(3, 4), (6, 6)]) == "Bundle(s) 3–4, 6 from this delegate have not arrived."


def test_the_registry_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: Any,
    network: Network,
    workspace: profiles.Workspace,
) -> None:
    page = _page(qtbot, workspace)
    qtmodeltester.check(page.keys_model)
    qtmodeltester.check(page.bundles_model)


def test_an_empty_registry_says_what_will_appear(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "empty"
    profiles.init_secretariat(directory, name="KIN Secretariat", organisation="IGES")
    with profiles.open_workspace(directory) as workspace:
        page = DelegatesPage(workspace)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.keys_refreshed, timeout=10_000):
            pass
        assert page.keys_stack.currentWidget() is page.keys_empty
        assert not page.approve_action.isEnabled() and not page.revoke_action.isEnabled()
