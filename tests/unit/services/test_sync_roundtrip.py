"""Sync end to end over a real inbox service on loopback: delegate → inbox → secretariat import →
receipt → inbox → delegate, and what each side keeps between syncs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from kin_desktop.core.errors import SyncError
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, exchange, sync
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import models as m
from tests.helpers.inbox import RunningInbox, running_inbox
from tests.helpers.network import Network


def _pack_with_inbox(net: Network, url: str, name: str = "pack-inbox.kinw") -> Path:
    return exchange.make_welcome_pack(net.secretariat, net.tmp / "packs" / name, inbox_url=url)


def _pin(net: Network, workspace: Workspace, pack: Path) -> None:
    (outcome,) = exchange.import_paths(workspace, [pack], accept_fingerprint=net.fingerprint)
    assert outcome.status == "merged", outcome


@pytest.fixture
def served(net: Network) -> Any:
    with running_inbox(net.tmp / "inbox-storage", net.pack) as running:
        yield running


def _uploads(workspace: Workspace) -> list[m.SyncUpload]:
    with workspace.session() as session:
        rows = list(session.exec(select(m.SyncUpload)).all())
        for row in rows:
            session.expunge(row)
        return rows


def test_delegate_to_secretariat_and_the_receipt_back(net: Network, served: RunningInbox) -> None:
    pack = _pack_with_inbox(net, served.url)
    _pin(net, net.hai_phong, pack)
    demo.fill_demo(net.hai_phong, seed=3, practices=2, commitments=1)

    sent = sync.sync_profile(net.hai_phong)
    assert sent.error is None
    (item,) = sent.sent
    assert item["status"] == "sent" and item["offset"] == item["size"]
    assert len(served.inbox.store.incoming) == 1

    pulled = sync.sync_profile(net.secretariat)
    assert pulled.error is None, pulled.error
    (imported,) = pulled.imported
    assert imported["status"] == "held"  # a key not enrolled yet: held, and removed from the inbox
    assert served.inbox.store.incoming == {}
    assert [p["kind"] for p in pulled.pushed] == ["key-list", "welcome-pack"]

    (row,) = exchange.enrol_list(net.secretariat)
    exchange.approve(net.secretariat, row.key_id)
    pushed = sync.sync_profile(net.secretariat)
    kinds = [p["kind"] for p in pushed.pushed]
    assert kinds == ["key-list", "receipt"]  # the pack did not change: not pushed again
    assert served.inbox.keys is not None and served.inbox.keys.status(row.key_id) == "enrolled"

    back = sync.sync_profile(net.hai_phong)
    assert back.error is None
    assert back.sent == []  # nothing new since the bundle: nothing exported again
    statuses = {i["kind"]: i["status"] for i in back.imported}
    assert statuses["receipt"] == "merged"
    assert statuses["welcome-pack"] in ("merged", "duplicate")  # the same pack as pinned, if made that second
    with net.hai_phong.session() as session:
        assert session.exec(select(m.Revision).where(m.Revision.acknowledged == False)).all() == []  # noqa: E712
    assert sync.sync_profile(net.hai_phong).imported == []  # taken once only


def test_only_new_work_is_exported_again(net: Network, served: RunningInbox) -> None:
    _pin(net, net.hai_phong, _pack_with_inbox(net, served.url))
    demo.fill_demo(net.hai_phong, seed=4, practices=1, commitments=0)
    assert len(sync.sync_profile(net.hai_phong).sent) == 1
    assert sync.sync_profile(net.hai_phong).sent == []
    net.hai_phong.save(RecordType.PRACTICE, demo_practice())
    again = sync.sync_profile(net.hai_phong)
    assert [s["sequence"] for s in again.sent] == [2]
    assert len(served.inbox.store.incoming) == 2


def demo_practice() -> dict[str, Any]:
    from kin_desktop.core.schemas import validate_body

    return validate_body(
        RecordType.PRACTICE,
        {"title": "Composting at Hạ Long market", "summary": "Market waste to compost", "language": "vi"},
    )


def test_without_an_inbox_address_sync_says_so_and_the_bundle_can_be_saved(
    net: Network, tmp_path: Path
) -> None:
    _pin(net, net.hai_phong, net.pack)
    demo.fill_demo(net.hai_phong, seed=5, practices=1, commitments=0)
    with pytest.raises(SyncError) as refused:
        sync.sync_profile(net.hai_phong)
    assert refused.value.reason == "no_inbox"
    bundle = sync.bundle_to_save(net.hai_phong)
    assert bundle is not None
    copy = sync.save_bundle_copy(bundle, tmp_path / "usb" / bundle.name)
    assert copy.read_bytes() == bundle.read_bytes()
    assert sync.bundle_to_save(net.hai_phong) == bundle  # the same bundle, not a new export
    (outcome,) = exchange.import_paths(net.secretariat, [copy])
    assert outcome.status == "held"


def test_a_full_quota_keeps_the_bundle_waiting_and_it_goes_once_the_key_is_enrolled(net: Network) -> None:
    from kin_desktop.inbox.policy import Limits

    with running_inbox(net.tmp / "small-inbox", net.pack, limits=Limits(unknown_quota=2_000)) as small:
        _pin(net, net.hai_phong, _pack_with_inbox(net, small.url, "small.kinw"))
        demo.fill_demo(net.hai_phong, seed=6, practices=2, commitments=1)
        first = sync.sync_profile(net.hai_phong)
        assert first.error is not None and "quota" in first.error
        (waiting,) = first.sent
        assert waiting["status"] == "partial"
        assert [u.status for u in _uploads(net.hai_phong)] == ["pending"]

        # the secretariat enrols the key (it knew the delegate from elsewhere) and pushes the key list
        exchange.import_paths(net.secretariat, [sync.bundle_to_save(net.hai_phong)])
        (row,) = exchange.enrol_list(net.secretariat)
        exchange.approve(net.secretariat, row.key_id)
        sync.sync_profile(net.secretariat, url=small.url)
        again = sync.sync_profile(net.hai_phong)
        assert again.error is None
        assert [(s["status"], s["sequence"]) for s in again.sent] == [
            ("sent", waiting["sequence"])
        ]  # the same bundle
