"""Fifty delegates send to one inbox at once; every bundle lands whole and the secretariat imports all.

Each delegate is a key of its own with a genuine bundle (signed, encrypted to the secretariat) of a
few dozen kilobytes, sent by KIN Desktop's client from its own thread, all started together.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import Signer
from kin_desktop.core import canonical, records
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import sync
from kin_desktop.services.exchange._common import keystore
from kin_desktop.services.sync import InboxClient, Retry
from tests.helpers.inbox import running_inbox
from tests.helpers.network import Network, net, template

pytestmark = pytest.mark.slow
__all__ = ["net", "template"]  # the fixtures

DELEGATES = 50


def _bundle(signer: Signer, recipient: object, index: int) -> bytes:
    """A genuine bundle: one practice revision, with a long summary (18 kB) so it takes a few chunks."""
    summary = hashlib.shake_256(f"summary {index}".encode()).hexdigest(9_000)
    rev = records.make_revision(
        f"rec-{signer.key_id[:12]}",
        RecordType.PRACTICE,
        signer.key_id,
        (),
        signer.key_id,
        f"1200000000000.00000.laptop{index:03d}",
        {"title": f"Practice of delegate {index}", "summary": summary},
    )
    members = {"revisions.json": canonical.dumps([records.to_json(rev)])}
    header = {
        "created": "2009-03-05T08:00:00Z",
        "app_version": "test",
        "device_id": f"laptop{index:03d}",
        "sequence": 1,
        "previous_bundle": None,
        "builds_on_receipt": None,
        "schema_version": 1,
        "delegate": {"name": f"Delegate {index}", "city": f"City {index}", "country": "VN"},
    }
    return container.write_delegate_bundle(members, header, signer, recipient)  # type: ignore[arg-type]


def test_fifty_delegates_at_once_all_land(net: Network) -> None:
    identity = keystore(net.secretariat).public_identity()
    signers = [Signer.generate() for _ in range(DELEGATES)]
    files: list[Path] = []
    for index, signer in enumerate(signers):
        path = net.tmp / "bundles" / f"d{index:02d}.kinb"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(_bundle(signer, identity, index))
        files.append(path)
    start = threading.Barrier(DELEGATES)
    failures: list[BaseException] = []

    with running_inbox(net.tmp / "inbox", net.pack) as served:

        def send(signer: Signer, path: Path) -> None:
            try:
                with InboxClient(
                    served.url, signer, chunk=8192, retry=Retry(attempts=10, patience=60)
                ) as client:
                    start.wait(30)
                    client.upload(
                        path,
                        upload_url=None,
                        metadata={"sha256": hashlib.sha256(path.read_bytes()).hexdigest()},
                        saved=lambda url, offset: None,
                    )
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=send, args=pair) for pair in zip(signers, files, strict=True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert failures == []
        landed = {item.key_id: item.sha256 for item in served.inbox.store.incoming.values()}
        assert landed == {
            s.key_id: hashlib.sha256(f.read_bytes()).hexdigest() for s, f in zip(signers, files, strict=True)
        }

        sync.sync_profile(net.secretariat, url=served.url)
        assert served.inbox.store.incoming == {}
    from kin_desktop.services import exchange

    keys = exchange.enrol_list(net.secretariat)
    assert {k.key_id for k in keys} == {s.key_id for s in signers}
    assert all(k.status == "pending" and k.held == 1 for k in keys)  # each held for enrolment, none lost
