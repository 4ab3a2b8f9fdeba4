"""Exchange services in-process: export, import, enrolment, welcome packs and receipts."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import KeyStore, Signer
from kin_desktop.core import canonical, records
from kin_desktop.core.errors import ExchangeError
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, exchange, profiles
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import models as m
from kin_desktop.storage import repository
from tests.helpers.network import Network


def _pin(net: Network, workspace: Workspace) -> None:
    (outcome,) = exchange.import_paths(workspace, [net.pack], accept_fingerprint=net.fingerprint)
    assert outcome.status == "merged", outcome


def _fill(workspace: Workspace, practices: int = 2, commitments: int = 1) -> None:
    demo.fill_demo(workspace, seed=3, practices=practices, commitments=commitments)


def _count(workspace: Workspace, model: Any) -> int:
    with workspace.session() as session:
        return len(session.exec(select(model)).all())


def _revision_ids(workspace: Workspace) -> set[str]:
    with workspace.session() as session:
        return set(session.exec(select(m.Revision.rev_id)).all())


def _key_id(workspace: Workspace) -> str:
    key = workspace.profile().key_id
    assert key is not None
    return key


# -- the whole round trip ------------------------------------------------------------------------


def test_round_trip_export_hold_approve_receipt_incremental(net: Network) -> None:
    _pin(net, net.hai_phong)
    _fill(net.hai_phong)
    first = exchange.export_bundle(net.hai_phong, out=net.outbox)
    assert first.path is not None and first.path.name.startswith("KIN-hai-phong-")
    assert first.path.name.endswith("-0001.kinb") and first.sequence == 1
    assert first.revisions == 4  # a response, two practices, a commitment

    (held,) = exchange.import_paths(net.secretariat, [net.outbox])
    assert (held.status, held.reason) == ("held", "pending_key")
    assert _count(net.secretariat, m.Revision) == 0
    (row,) = exchange.enrol_list(net.secretariat)
    assert (row.status, row.city, row.name, row.held) == ("pending", "Hai Phong", "Nguyễn Văn An", 1)
    assert row.key_id == _key_id(net.hai_phong)

    (merged,) = exchange.approve(net.secretariat, row.fingerprint)  # a fingerprint works as well as an id
    assert (merged.status, merged.revisions, merged.records) == ("merged", 4, 4)
    assert not list((net.secretariat.data_dir / "held").iterdir())
    with net.secretariat.session() as session:
        practices = repository.list_current(RecordType.PRACTICE, session=session)
        cities = {p.city for p in session.exec(select(m.Practice)).all()}
    assert len(practices) == 2 and cities == {"Hai Phong"}

    (receipt,) = exchange.write_receipts(net.secretariat, net.tmp / "receipts")
    assert receipt.name.startswith("KIN-receipt-hai-phong-") and receipt.name.endswith("-0001.kinr")
    assert exchange.write_receipts(net.secretariat, net.tmp / "receipts") == []  # nothing new

    (taken,) = exchange.import_paths(net.hai_phong, [receipt])
    assert (taken.status, taken.revisions) == ("merged", 4)
    assert exchange.export_bundle(net.hai_phong, out=net.outbox / "2").path is None  # nothing waiting

    with net.hai_phong.session() as session:
        practice_id = repository.list_current(RecordType.PRACTICE, session=session)[0].record_id
    current = _current_body(net.hai_phong, practice_id)
    net.hai_phong.save(
        RecordType.PRACTICE, {**current, "summary": "Updated after the meeting"}, record_id=practice_id
    )
    second = exchange.export_bundle(net.hai_phong, out=net.outbox / "2")
    assert second.revisions == 1 and second.sequence == 2
    (again,) = exchange.import_paths(net.secretariat, [second.path])
    assert (again.status, again.revisions, again.detail) == ("merged", 1, "")
    (dup,) = exchange.import_paths(net.secretariat, [second.path])
    assert dup.status == "duplicate"

    # the second bundle builds on the receipt the delegate took
    with net.secretariat.session() as session:
        rows = session.exec(select(m.BundleReceived).order_by(col(m.BundleReceived.sequence))).all()
        sent = session.exec(select(m.ReceiptSent)).one()
        assert [r.builds_on_receipt for r in rows] == [None, sent.bundle_id]
        devices = {r.device_id for r in rows}
    with net.hai_phong.session() as session:
        device = repository.get_profile(session=session).device_id  # type: ignore[union-attr]
    assert devices == {device}


def _current_body(workspace: Workspace, record_id: str) -> dict[str, Any]:
    with workspace.session() as session:
        record = repository.current(record_id, session=session)
    assert record is not None and record.body is not None
    return record.body


def test_reimporting_a_re_encrypted_copy_is_a_duplicate(net: Network) -> None:
    _pin(net, net.hai_phong)
    _fill(net.hai_phong)
    result = exchange.export_bundle(net.hai_phong, out=net.outbox)
    exchange.import_paths(net.secretariat, [result.path])
    exchange.approve(net.secretariat, _key_id(net.hai_phong))
    full = exchange.export_bundle(net.hai_phong, out=net.outbox / "full", full=True)
    assert full.revisions == result.revisions and full.sequence == 2
    (outcome,) = exchange.import_paths(net.secretariat, [full.path])
    assert outcome.status == "duplicate" and outcome.revisions == 0


# -- welcome packs -----------------------------------------------------------------------------------


def test_welcome_pack_needs_the_fingerprint_confirmed(net: Network) -> None:
    (refused,) = exchange.import_paths(net.hai_phong, [net.pack])
    assert (refused.status, refused.reason) == ("rejected", "unconfirmed_key")
    assert net.fingerprint in refused.detail
    (wrong,) = exchange.import_paths(net.hai_phong, [net.pack], accept_fingerprint="0000 " * 8)
    assert wrong.reason == "unconfirmed_key"
    with pytest.raises(ExchangeError) as info:
        exchange.export_bundle(net.hai_phong, out=net.outbox)
    assert info.value.reason == "no_secretariat"

    asked: list[str] = []
    (taken,) = exchange.import_paths(
        net.hai_phong, [net.pack], confirm_key=lambda fp: asked.append(fp) or True
    )
    assert taken.status == "merged" and asked == [net.fingerprint]
    (again,) = exchange.import_paths(net.hai_phong, [net.pack])  # pinned: no confirmation needed
    assert again.status == "duplicate"
    with net.hai_phong.session() as session:
        pinned = session.get(m.PinnedSecretariat, 1)
        assert pinned is not None and pinned.fingerprint == net.fingerprint


def test_a_pack_signed_by_another_key_is_refused_once_pinned(net: Network, tmp_path: Path) -> None:
    _pin(net, net.hai_phong)
    impostor = profiles.init_secretariat(tmp_path / "impostor", name="KIN Secretariat")
    with profiles.open_workspace(tmp_path / "impostor") as other:
        fake = exchange.make_welcome_pack(other, tmp_path / "fake.kinw")
    (outcome,) = exchange.import_paths(net.hai_phong, [fake], accept_fingerprint=impostor.fingerprint)
    assert (outcome.status, outcome.reason) == ("rejected", "wrong_signer")
    with net.hai_phong.session() as session:
        pinned = session.get(m.PinnedSecretariat, 1)
        assert pinned is not None and pinned.fingerprint == net.fingerprint


def test_pack_carries_questionnaires_and_registered_practices(net: Network) -> None:
    _pin(net, net.hai_phong)
    _fill(net.hai_phong, practices=2, commitments=0)
    exchange.import_paths(net.secretariat, [exchange.export_bundle(net.hai_phong, out=net.outbox).path])
    exchange.approve(net.secretariat, _key_id(net.hai_phong))
    with net.secretariat.session() as session:
        first = repository.list_current(RecordType.PRACTICE, session=session)[0]
    net.secretariat.save(
        RecordType.REVIEW_NOTE,
        {"target_id": first.record_id, "target_type": "practice", "state": "registered", "comment": "Good"},
    )
    pack = exchange.make_welcome_pack(net.secretariat, net.tmp / "pack2.kinw")
    with zipfile.ZipFile(pack) as archive:
        names = archive.namelist()
    assert any(n.startswith("questionnaires/kin4-pre-meeting-") for n in names)
    (outcome,) = exchange.import_paths(net.bangkok, [pack], accept_fingerprint=net.fingerprint)
    assert outcome.status == "merged"
    (entry,) = exchange.catalogue(net.bangkok)
    assert (entry["id"], entry["city"]) == (first.record_id, "Hai Phong")


# -- receipts ----------------------------------------------------------------------------------------


def _approved_with_receipt(net: Network) -> Path:
    for workspace in (net.hai_phong, net.bangkok):
        _pin(net, workspace)
        _fill(workspace, practices=1, commitments=0)
        exchange.import_paths(net.secretariat, [exchange.export_bundle(workspace, out=net.outbox).path])
        exchange.approve(net.secretariat, _key_id(workspace))
    receipts = exchange.write_receipts(net.secretariat, net.tmp / "receipts")
    assert len(receipts) == 2
    return next(p for p in receipts if "hai-phong" in p.name)


def _unacknowledged(workspace: Workspace) -> int:
    with workspace.session() as session:
        return len(repository.unacknowledged(session=session))


def test_a_receipt_for_another_delegate_is_refused(net: Network) -> None:
    receipt = _approved_with_receipt(net)
    before = _unacknowledged(net.bangkok)
    (outcome,) = exchange.import_paths(net.bangkok, [receipt])
    assert (outcome.status, outcome.reason) == ("rejected", "not_for_us")
    assert _unacknowledged(net.bangkok) == before == 2


def test_an_older_receipt_is_refused(net: Network) -> None:
    first = _approved_with_receipt(net)
    assert exchange.import_paths(net.hai_phong, [first])[0].status == "merged"
    assert exchange.import_paths(net.hai_phong, [first])[0].status == "duplicate"
    # a second receipt (a review note) then the first one again, re-signed as a different file
    with net.secretariat.session() as session:
        practice = repository.list_current(
            RecordType.PRACTICE, session=session, owner=_key_id(net.hai_phong)
        )[0]
    net.secretariat.save(
        RecordType.REVIEW_NOTE,
        {"target_id": practice.record_id, "target_type": "practice", "state": "under_review"},
    )
    (second,) = (p for p in exchange.write_receipts(net.secretariat, net.tmp / "r2") if "hai-phong" in p.name)
    (taken,) = exchange.import_paths(net.hai_phong, [second])
    assert taken.status == "merged" and taken.records == 1
    with net.hai_phong.session() as session:
        assert len(repository.list_current(RecordType.REVIEW_NOTE, session=session)) == 1
    old = _resign_receipt(net, first, sequence=1)
    (outcome,) = exchange.import_paths(net.hai_phong, [old])
    assert (outcome.status, outcome.reason) == ("rejected", "old_receipt")


def _resign_receipt(net: Network, receipt: Path, *, sequence: int, signer: Signer | None = None) -> Path:
    opened = container.read_signed_container(
        receipt.read_bytes(), expected_kinds=("receipt",), trusted_key_lookup=None, allow_unknown_signer=True
    )
    body = canonical.loads_strict(opened.members["receipt.json"])
    body["receipt_sequence"] = sequence
    header = {k: opened.manifest[k] for k in ("created", "app_version", "recipient")}
    header["created"] = "2008-03-01T10:00:00Z"
    key = signer or KeyStore(net.secretariat.data_dir).signer()
    data = container.write_signed_file("receipt", {"receipt.json": canonical.dumps(body)}, header, key)
    target = net.tmp / f"resigned-{sequence}-{key.key_id[:6]}.kinr"
    target.write_bytes(data)
    return target


def test_a_forged_receipt_moves_nothing(net: Network) -> None:
    receipt = _approved_with_receipt(net)
    forged = _resign_receipt(net, receipt, sequence=5, signer=Signer.generate())
    (outcome,) = exchange.import_paths(net.hai_phong, [forged])
    assert (outcome.status, outcome.reason) == ("rejected", "wrong_signer")
    assert _unacknowledged(net.hai_phong) == 2
    with net.hai_phong.session() as session:
        assert session.exec(select(m.ReceiptTaken)).all() == []


def test_a_lost_receipt_is_made_good_by_the_next(net: Network) -> None:
    _approved_with_receipt(net)  # receipt 1 to Hai Phong is lost
    resent = exchange.export_bundle(net.hai_phong, out=net.outbox / "again")
    assert resent.revisions == 2
    assert exchange.import_paths(net.secretariat, [resent.path])[0].status == "duplicate"
    (second,) = exchange.write_receipts(net.secretariat, net.tmp / "r2")
    assert "hai-phong" in second.name and second.name.endswith("-0002.kinr")
    assert exchange.import_paths(net.hai_phong, [second])[0].status == "merged"
    assert _unacknowledged(net.hai_phong) == 0


# -- refusals at the secretariat ---------------------------------------------------------------------


def test_a_revoked_key_is_refused_and_its_data_stays(net: Network) -> None:
    _pin(net, net.hai_phong)
    _fill(net.hai_phong, practices=1, commitments=0)
    exchange.import_paths(net.secretariat, [exchange.export_bundle(net.hai_phong, out=net.outbox).path])
    exchange.approve(net.secretariat, _key_id(net.hai_phong))
    exchange.revoke(net.secretariat, _key_id(net.hai_phong))
    before = _revision_ids(net.secretariat)
    with net.hai_phong.session() as session:
        practice = repository.list_current(RecordType.PRACTICE, session=session)[0]
    net.hai_phong.save(
        RecordType.PRACTICE, {**(practice.body or {}), "summary": "x"}, record_id=practice.record_id
    )
    later = exchange.export_bundle(net.hai_phong, out=net.outbox / "later")
    (outcome,) = exchange.import_paths(net.secretariat, [later.path])
    assert (outcome.status, outcome.reason) == ("rejected", "revoked_key")
    assert _revision_ids(net.secretariat) == before and len(before) == 2
    with pytest.raises(ExchangeError) as info:
        exchange.approve(net.secretariat, _key_id(net.hai_phong))
    assert info.value.reason == "revoked_key"
    assert exchange.write_receipts(net.secretariat, net.tmp / "r") == []


def test_same_sequence_different_content_is_quarantined(net: Network) -> None:
    _pin(net, net.hai_phong)
    _fill(net.hai_phong, practices=1, commitments=0)
    first = exchange.export_bundle(net.hai_phong, out=net.outbox)
    exchange.import_paths(net.secretariat, [first.path])
    exchange.approve(net.secretariat, _key_id(net.hai_phong))
    with net.hai_phong.session() as session:  # a restored backup of the laptop reuses sequence 1
        session.exec(select(m.Profile)).one().next_bundle_seq = 1
        session.exec(select(m.BundleSent)).one().sequence = 99
    _fill(net.hai_phong, practices=2, commitments=0)
    reused = exchange.export_bundle(net.hai_phong, out=net.outbox / "reused")
    assert reused.sequence == 1
    before = _revision_ids(net.secretariat)
    (outcome,) = exchange.import_paths(net.secretariat, [reused.path])
    assert (outcome.status, outcome.reason) == ("quarantined", "sequence_reused")
    assert _revision_ids(net.secretariat) == before
    assert (net.secretariat.data_dir / "quarantine").is_dir()


def test_a_gap_in_sequence_is_reported_and_loses_nothing(net: Network) -> None:
    _pin(net, net.hai_phong)
    _fill(net.hai_phong, practices=1, commitments=0)
    exchange.import_paths(net.secretariat, [exchange.export_bundle(net.hai_phong, out=net.outbox).path])
    exchange.approve(net.secretariat, _key_id(net.hai_phong))
    exchange.export_bundle(net.hai_phong, out=net.outbox / "lost2", full=True)  # bundle 2 never arrives
    exchange.export_bundle(net.hai_phong, out=net.outbox / "lost3", full=True)  # nor bundle 3
    _fill(net.hai_phong, practices=2, commitments=0)
    fourth = exchange.export_bundle(net.hai_phong, out=net.outbox / "4")
    assert fourth.sequence == 4
    (outcome,) = exchange.import_paths(net.secretariat, [fourth.path])
    assert outcome.status == "merged"
    assert _revision_ids(net.hai_phong) <= _revision_ids(net.secretariat)
    assert outcome.detail == "bundles 2–3 from this device have not arrived"


def test_a_bundle_writing_another_delegates_record_is_refused(net: Network) -> None:
    for workspace in (net.hai_phong, net.bangkok):
        _pin(net, workspace)
    _fill(net.hai_phong, practices=1, commitments=0)
    exchange.import_paths(net.secretariat, [exchange.export_bundle(net.hai_phong, out=net.outbox).path])
    exchange.approve(net.secretariat, _key_id(net.hai_phong))
    with net.secretariat.session() as session:
        victim = repository.list_current(RecordType.PRACTICE, session=session)[0]
    bangkok_key = _key_id(net.bangkok)
    with net.bangkok.session() as session:  # Bangkok writes a record with Hai Phong's id, as its own
        rev = records.make_revision(
            victim.record_id,
            "practice",
            bangkok_key,
            [],
            bangkok_key,
            "1200000000000.00000.x",
            {"title": "Mine"},
        )
        repository.add_revisions([rev], session=session)
        session.exec(select(m.Revision)).one().created_locally = True
    bundle = exchange.export_bundle(net.bangkok, out=net.outbox / "bkk")
    exchange.import_paths(net.secretariat, [bundle.path])
    before = _revision_ids(net.secretariat)
    (outcome,) = exchange.approve(net.secretariat, bangkok_key)
    assert (outcome.status, outcome.reason) == ("rejected", "not_owner")
    assert _revision_ids(net.secretariat) == before


def test_refusals_are_logged(net: Network) -> None:
    junk = net.tmp / "junk.kinb"
    junk.write_bytes(b"not a bundle at all")
    (outcome,) = exchange.import_paths(net.secretariat, [junk])
    assert (outcome.status, outcome.reason) == ("rejected", "not_a_bundle")
    with net.secretariat.session() as session:
        log = session.exec(select(m.ImportLog)).one()
        assert (log.status, log.reason) == ("rejected", "not_a_bundle")


def test_export_with_nothing_waiting_writes_no_file(net: Network) -> None:
    _pin(net, net.hai_phong)
    result = exchange.export_bundle(net.hai_phong, out=net.outbox)
    assert result == exchange.ExportResult(None, 0, None, None, 0)
    assert not net.outbox.exists()
    with net.hai_phong.session() as session:
        assert repository.get_profile(session=session).next_bundle_seq == 1  # type: ignore[union-attr]


# -- verify ------------------------------------------------------------------------------------------


def test_verify_checks_without_writing(net: Network) -> None:
    _pin(net, net.hai_phong)
    _fill(net.hai_phong, practices=1, commitments=0)
    bundle = exchange.export_bundle(net.hai_phong, out=net.outbox).path
    assert bundle is not None
    (at_secretariat,) = exchange.verify_files(net.secretariat, [bundle])
    assert at_secretariat.ok and at_secretariat.decrypted and at_secretariat.revisions == 2
    assert at_secretariat.signer_key_id == _key_id(net.hai_phong)
    (at_delegate,) = exchange.verify_files(net.hai_phong, [bundle])
    assert not at_delegate.ok and at_delegate.reason == "not_for_us"
    (pack,) = exchange.verify_files(net.bangkok, [net.pack])
    assert pack.ok and pack.kind == "welcome-pack" and pack.fingerprint == net.fingerprint
    damaged = net.tmp / "damaged.kinb"
    data = bytearray(bundle.read_bytes())
    data[-5] ^= 1
    damaged.write_bytes(bytes(data))
    (broken,) = exchange.verify_files(net.secretariat, [damaged])
    assert not broken.ok and broken.reason == "decrypt_failed"
    assert _count(net.secretariat, m.ImportLog) == 0 and _count(net.secretariat, m.DelegateKey) == 0


# -- files committed in groups -------------------------------------------------------------------


def test_a_file_failing_inside_a_group_is_undone_alone_and_the_batch_goes_on(
    net: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files are committed several at a time, each in a savepoint. A file whose merge fails unexpectedly
    after it wrote revisions is rolled back alone and gets the verdict ``internal_error`` (the file kept
    under quarantine/); the files of its group around it stay, and importing the folder again completes
    it."""
    from kin_desktop.services.exchange import _secretariat

    _pin(net, net.hai_phong)
    _fill(net.hai_phong, practices=1, commitments=0)
    exchange.import_paths(net.secretariat, [exchange.export_bundle(net.hai_phong, out=net.outbox).path])
    exchange.approve(net.secretariat, _key_id(net.hai_phong))
    folder = net.tmp / "three"
    bundles: list[set[str]] = []
    for number in range(3):
        before = _revision_ids(net.hai_phong)
        demo.fill_demo(net.hai_phong, seed=20 + number, practices=1, commitments=0)
        exchange.export_bundle(net.hai_phong, out=folder)
        bundles.append(_revision_ids(net.hai_phong) - before)
        with net.hai_phong.session() as session:  # as a receipt would: the next bundle leaves them out
            repository.mark_acknowledged(
                [rev.rev_id for rev in repository.unacknowledged(session=session)], session=session
            )
    files = sorted(folder.glob("*.kinb"))
    assert len(files) == 3 and _secretariat.COMMIT_EVERY_FILES >= 3  # one group holds all three

    real_log = _secretariat.log_import
    calls = {"merged": 0}

    def failing_log(session: Any, **kwargs: Any) -> None:
        if kwargs["status"] == "merged":
            calls["merged"] += 1
            if calls["merged"] == 2:  # the second file, after its revisions were written
                raise OSError("disk full")
        real_log(session, **kwargs)

    monkeypatch.setattr(_secretariat, "log_import", failing_log)
    outcomes = exchange.import_paths(net.secretariat, [folder])
    # the failing file gets its own verdict and the batch goes on with the next one
    assert [o.status for o in outcomes] == ["merged", "internal_error", "merged"]
    assert "OSError: disk full" in outcomes[1].detail
    sha = canonical.sha256_hex(files[1].read_bytes())
    assert (net.secretariat.data_dir / "quarantine" / f"{sha}.kinb").read_bytes() == files[1].read_bytes()
    stored = _revision_ids(net.secretariat)
    assert bundles[0] <= stored and bundles[2] <= stored  # the files around it were committed
    assert not bundles[1] & stored  # the failing one left nothing
    with net.secretariat.session() as session:
        logged = session.exec(select(m.ImportLog.file_sha256, m.ImportLog.status))
        assert (sha, "internal_error") in set(logged.all())

    monkeypatch.setattr(_secretariat, "log_import", real_log)
    outcomes = exchange.import_paths(net.secretariat, [folder])
    assert [o.status for o in outcomes] == ["duplicate", "merged", "duplicate"]
    assert bundles[0] | bundles[1] | bundles[2] <= _revision_ids(net.secretariat)


def test_a_welcome_pack_or_receipt_failing_unexpectedly_gets_its_own_verdict_on_the_delegates_side(
    net: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The delegate's import: an unexpected exception inside one file is ``internal_error``, the file is
    kept under quarantine/, and the next file is imported (before: the exception stopped the import)."""
    from kin_desktop.services.exchange import _delegate

    folder = net.tmp / "from-the-secretariat"
    folder.mkdir()
    first = folder / "a-copy.kinw"
    first.write_bytes(net.pack.read_bytes())  # the same pack under another name
    second = folder / "b-pack.kinw"
    second.write_bytes(net.pack.read_bytes())
    real = _delegate.DelegateImporter._take_pack
    calls = {"n": 0}

    def failing_once(self: Any, *args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("the catalogue could not be read")
        return real(self, *args)

    monkeypatch.setattr(_delegate.DelegateImporter, "_take_pack", failing_once)
    outcomes = exchange.import_paths(net.hai_phong, [folder], accept_fingerprint=net.fingerprint)
    assert [o.status for o in outcomes] == ["internal_error", "merged"]
    assert "RuntimeError: the catalogue could not be read" in outcomes[0].detail
    sha = canonical.sha256_hex(first.read_bytes())
    assert (net.hai_phong.data_dir / "quarantine" / f"{sha}.kinw").read_bytes() == first.read_bytes()
    with net.hai_phong.session() as session:
        statuses = set(session.exec(select(m.ImportLog.status)).all())
    assert {"internal_error", "merged"} <= statuses
