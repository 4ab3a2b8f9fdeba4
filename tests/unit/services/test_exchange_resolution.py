"""A conflict the secretariat resolves goes back to the delegate in its receipt and stays resolved.

One delegation edits a practice on two laptops; both edits reach the secretariat, which resolves the
conflict. The resolving revision (authored by the secretariat, owned by the delegate) travels in the
receipt's ``revisions`` (docs/exchange.md), so the delegate's next edit descends from it and the
secretariat does not see the conflict again.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, delete, select

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import KeyStore
from kin_desktop.core import canonical, records
from kin_desktop.core.clock import HybridClock
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, exchange, profiles
from kin_desktop.services.profiles import Workspace
from kin_desktop.services.review import ReviewService
from kin_desktop.storage import models as m
from kin_desktop.storage import repository
from tests.helpers.network import Network

# -- helpers -------------------------------------------------------------------------------------------


def _pin(net: Network, workspace: Workspace) -> None:
    (outcome,) = exchange.import_paths(workspace, [net.pack], accept_fingerprint=net.fingerprint)
    assert outcome.status == "merged", outcome


def _key_id(workspace: Workspace) -> str:
    key = workspace.profile().key_id
    assert key is not None
    return key


def _secretariat_key(net: Network) -> str:
    return _key_id(net.secretariat)


def _revision_ids(workspace: Workspace) -> set[str]:
    with workspace.session() as session:
        return set(session.exec(select(m.Revision.rev_id)).all())


def _record(workspace: Workspace, record_id: str) -> repository.CurrentRecord:
    with workspace.session() as session:
        record = repository.current(record_id, session=session)
    assert record is not None
    return record


def _unacknowledged(workspace: Workspace) -> int:
    with workspace.session() as session:
        return len(repository.unacknowledged(session=session))


def _receipts_taken(workspace: Workspace) -> int:
    with workspace.session() as session:
        return len(session.exec(select(m.ReceiptTaken)).all())


def _edit(workspace: Workspace, record_id: str, summary: str) -> records.Revision:
    body = _record(workspace, record_id).body
    assert body is not None
    return workspace.save(RecordType.PRACTICE, {**body, "summary": summary}, record_id=record_id)


def _export(workspace: Workspace, out: Path) -> Path:
    result = exchange.export_bundle(workspace, out=out)
    assert result.path is not None
    return result.path


def _receipt_for(paths: list[Path], city: str = "hai-phong") -> Path:
    (path,) = (p for p in paths if city in p.name)
    return path


def _receipt_body(path: Path) -> dict[str, Any]:
    opened = container.read_signed_container(
        path.read_bytes(), expected_kinds=("receipt",), trusted_key_lookup=None, allow_unknown_signer=True
    )
    body = canonical.loads_strict(opened.members["receipt.json"])
    assert isinstance(body, dict)
    return body


def _second_device(net: Network, name: str = "hp-laptop-2") -> Workspace:
    """A copy of Hai Phong's profile on a second laptop: same key, its own device id and sequence."""
    net.hai_phong.close()  # the copy must see a quiet database (the engine reopens on next use)
    target = net.tmp / name
    shutil.copytree(net.hai_phong.data_dir, target)
    other = profiles.open_workspace(target)
    net.extra.append(other)
    with other.session() as session:
        profile = session.exec(select(m.Profile)).one()
        profile.device_id = uuid.uuid4().hex
        profile.next_bundle_seq = 1
        session.exec(delete(m.BundleSent))
    return other


@dataclass
class Resolved:
    practice_id: str
    laptop: Workspace  # Hai Phong's second laptop
    edit_a: records.Revision  # on the first laptop
    edit_b: records.Revision  # on the second
    resolution: records.Revision
    receipt: Path  # the receipt to Hai Phong carrying the resolution


def _resolved_conflict(net: Network) -> Resolved:
    """Hai Phong sends a practice, takes receipt 1, edits it on two laptops; both edits reach the
    secretariat, which resolves the conflict and writes receipt 2."""
    _pin(net, net.hai_phong)
    demo.fill_demo(net.hai_phong, seed=3, practices=1, commitments=0)
    exchange.import_paths(net.secretariat, [_export(net.hai_phong, net.outbox / "1")])
    exchange.approve(net.secretariat, _key_id(net.hai_phong))
    first = _receipt_for(exchange.write_receipts(net.secretariat, net.tmp / "r1"))
    assert "revisions" not in _receipt_body(first)  # nothing resolved: the member is left out
    assert exchange.import_paths(net.hai_phong, [first])[0].status == "merged"
    with net.hai_phong.session() as session:
        (practice,) = repository.list_current(RecordType.PRACTICE, session=session)

    laptop = _second_device(net)
    edit_a = _edit(net.hai_phong, practice.record_id, "Written on the office laptop")
    edit_b = _edit(laptop, practice.record_id, "Written on the field laptop")
    outcomes = exchange.import_paths(
        net.secretariat, [_export(net.hai_phong, net.outbox / "a"), _export(laptop, net.outbox / "b")]
    )
    assert [o.status for o in outcomes] == ["merged", "merged"], outcomes
    conflicted = _record(net.secretariat, practice.record_id)
    assert conflicted.conflict and set(conflicted.heads) == {edit_a.rev_id, edit_b.rev_id}

    review = ReviewService(net.secretariat)
    (row,) = review.conflicts()
    assert row.record_id == practice.record_id
    sides = review.conflict_sides(practice.record_id)
    resolution = review.resolve(practice.record_id, {**sides.left, "summary": "Agreed by both laptops"})
    assert resolution.author == _secretariat_key(net) and resolution.owner == _key_id(net.hai_phong)
    assert set(resolution.parents) == {edit_a.rev_id, edit_b.rev_id}
    assert not _record(net.secretariat, practice.record_id).conflict

    receipt = _receipt_for(exchange.write_receipts(net.secretariat, net.tmp / "r2"))
    return Resolved(practice.record_id, laptop, edit_a, edit_b, resolution, receipt)


# -- the resolution goes back and stays ------------------------------------------------------------


def test_a_resolution_reaches_the_delegate_and_does_not_come_back(net: Network) -> None:
    case = _resolved_conflict(net)
    body = _receipt_body(case.receipt)
    assert body["revisions"] == [records.to_json(case.resolution)]
    assert {case.edit_a.rev_id, case.edit_b.rev_id} <= set(body["acknowledged"])

    (taken,) = exchange.import_paths(net.hai_phong, [case.receipt])
    assert (taken.status, taken.records) == ("merged", 1), taken
    assert taken.revisions == 2  # edit A acknowledged, the resolution merged
    assert "1 revisions by the secretariat merged" in taken.detail
    record = _record(net.hai_phong, case.practice_id)
    assert not record.conflict and record.heads == (case.resolution.rev_id,)
    assert record.body is not None and record.body["summary"] == "Agreed by both laptops"
    # the secretariat's revision is merged as received: never exported as this delegate's work
    assert _unacknowledged(net.hai_phong) == 0
    assert exchange.export_bundle(net.hai_phong, out=net.outbox / "none").path is None
    full = exchange.export_bundle(net.hai_phong, out=net.outbox / "full", full=True)
    assert full.path is not None
    assert exchange.import_paths(net.secretariat, [full.path])[0].status == "duplicate"

    # the same receipt brings the second laptop (which never had edit A) to the same state
    (other,) = exchange.import_paths(case.laptop, [case.receipt])
    assert other.status == "merged"
    on_laptop = _record(case.laptop, case.practice_id)
    assert not on_laptop.conflict and on_laptop.rev_id == case.resolution.rev_id

    # the delegate edits on: the secretariat merges the edit without a conflict
    after = _edit(net.hai_phong, case.practice_id, "Updated after the resolution")
    assert after.parents == (case.resolution.rev_id,)
    (merged,) = exchange.import_paths(net.secretariat, [_export(net.hai_phong, net.outbox / "after")])
    assert (merged.status, merged.revisions) == ("merged", 1), merged
    at_secretariat = _record(net.secretariat, case.practice_id)
    assert not at_secretariat.conflict and at_secretariat.heads == (after.rev_id,)
    assert at_secretariat.body is not None
    assert at_secretariat.body["summary"] == "Updated after the resolution"
    assert ReviewService(net.secretariat).conflicts() == ()

    # that bundle confirmed receipt 2, so the resolution is not listed again
    third = _receipt_for(exchange.write_receipts(net.secretariat, net.tmp / "r3"))
    assert "revisions" not in _receipt_body(third)
    assert exchange.import_paths(net.hai_phong, [third])[0].status == "merged"
    assert exchange.import_paths(net.hai_phong, [third])[0].status == "duplicate"


def test_a_resolution_is_resent_until_a_receipt_carrying_it_is_confirmed(net: Network) -> None:
    case = _resolved_conflict(net)  # receipt 2, carrying the resolution, is lost
    demo.fill_demo(net.hai_phong, seed=9, practices=1, commitments=0)  # other work, sent meanwhile
    assert exchange.import_paths(net.secretariat, [_export(net.hai_phong, net.outbox / "c")])[0].status == (
        "merged"
    )
    third = _receipt_for(exchange.write_receipts(net.secretariat, net.tmp / "r3"))
    assert _receipt_body(third)["revisions"] == [records.to_json(case.resolution)]
    assert exchange.import_paths(net.hai_phong, [third])[0].status == "merged"
    record = _record(net.hai_phong, case.practice_id)
    assert not record.conflict and record.rev_id == case.resolution.rev_id


def test_any_secretariat_revision_of_the_delegates_record_makes_a_receipt_due(net: Network) -> None:
    """Not only resolutions: any revision the secretariat writes on the delegate's record (here a
    tombstone) is sent, and is reason enough for a receipt."""
    case = _resolved_conflict(net)
    assert exchange.import_paths(net.hai_phong, [case.receipt])[0].status == "merged"
    after = _edit(net.hai_phong, case.practice_id, "One more change")
    exchange.import_paths(net.secretariat, [_export(net.hai_phong, net.outbox / "d")])
    exchange.import_paths(
        net.hai_phong, [_receipt_for(exchange.write_receipts(net.secretariat, net.tmp / "r3"))]
    )
    assert exchange.write_receipts(net.secretariat, net.tmp / "none") == []
    # a secretariat tombstone over the delegate's record (no conflict needed: any secretariat revision)
    with net.secretariat.session() as session:
        tombstone = repository.delete_record(
            case.practice_id,
            session=session,
            author=_secretariat_key(net),
            clock=_clock(session),
        )
    assert tombstone.parents == (after.rev_id,)
    (receipt,) = exchange.write_receipts(net.secretariat, net.tmp / "r4")
    body = _receipt_body(receipt)
    assert body["revisions"] == [records.to_json(tombstone)]
    assert body["acknowledged"] == [after.rev_id]  # listed again until a bundle confirms receipt 3
    assert exchange.import_paths(net.hai_phong, [receipt])[0].status == "merged"
    assert _record(net.hai_phong, case.practice_id).deleted


def _clock(session: Session) -> HybridClock:
    profile = repository.get_profile(session=session)
    assert profile is not None
    return HybridClock(profile.device_id, last=profile.hlc_last)


# -- forged or tampered revisions in a receipt --------------------------------------------------------


def _resign(net: Network, receipt: Path, change: Callable[[dict[str, Any]], None], name: str) -> Path:
    """The receipt with its body changed, signed again with the real secretariat key."""
    opened = container.read_signed_container(
        receipt.read_bytes(), expected_kinds=("receipt",), trusted_key_lookup=None, allow_unknown_signer=True
    )
    body = canonical.loads_strict(opened.members["receipt.json"])
    change(body)
    header = {k: opened.manifest[k] for k in ("created", "app_version", "schema_version", "recipient")}
    data = container.write_signed_file(
        "receipt",
        {"receipt.json": canonical.dumps(body)},
        header,
        KeyStore(net.secretariat.data_dir).signer(),
    )
    target = net.tmp / f"forged-{name}.kinr"
    target.write_bytes(data)
    return target


def _forged_revision(net: Network, case: Resolved, kind: str) -> dict[str, Any]:
    sec, hp, bkk = _secretariat_key(net), _key_id(net.hai_phong), _key_id(net.bangkok)
    real = case.resolution
    body = dict(real.body or {})
    parents = list(real.parents)
    if kind == "wrong_author":  # the delegate's own key, as if it had written it
        rev = records.make_revision(case.practice_id, "practice", hp, parents, hp, real.hlc, body)
    elif kind == "another_owner":  # a record of Bangkok's
        rev = records.make_revision(str(uuid.uuid4()), "practice", bkk, [], sec, real.hlc, body)
    elif kind == "review_note":  # review notes are the secretariat's records, not the delegate's
        note = {"target_id": case.practice_id, "target_type": "practice", "state": "registered"}
        rev = records.make_revision(str(uuid.uuid4()), "review_note", hp, [], sec, real.hlc, note)
    elif kind == "other_type":  # a tombstone making the practice a commitment
        rev = records.make_revision(case.practice_id, "commitment", hp, parents, sec, real.hlc, None)
    elif kind == "bad_rev_id":  # the body changed after signing the revision
        forged = records.to_json(real)
        forged["body"] = {**body, "summary": "Something else entirely"}
        return forged
    elif kind == "bad_body":
        forged = records.to_json(real)
        forged["body"] = {"no such field": 1}
        return forged
    else:  # pragma: no cover
        raise AssertionError(kind)
    return records.to_json(rev)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("wrong_author", "wrong_author"),
        ("another_owner", "not_owner"),
        ("review_note", "not_owner"),
        ("other_type", "not_owner"),
        ("bad_rev_id", "bad_revision"),
        ("bad_body", "bad_revision"),
    ],
)
def test_a_receipt_with_a_forged_revision_is_refused_and_changes_nothing(
    net: Network, kind: str, reason: str
) -> None:
    case = _resolved_conflict(net)
    forged_rev = _forged_revision(net, case, kind)
    forged = _resign(net, case.receipt, lambda body: body["revisions"].append(forged_rev), kind)
    revisions, unacknowledged = _revision_ids(net.hai_phong), _unacknowledged(net.hai_phong)
    taken = _receipts_taken(net.hai_phong)

    (outcome,) = exchange.import_paths(net.hai_phong, [forged])
    assert (outcome.status, outcome.reason) == ("rejected", reason), outcome
    assert outcome.detail
    assert _revision_ids(net.hai_phong) == revisions
    assert _unacknowledged(net.hai_phong) == unacknowledged == 1  # edit A still waits
    assert _receipts_taken(net.hai_phong) == taken
    assert _record(net.hai_phong, case.practice_id).rev_id == case.edit_a.rev_id
    with net.hai_phong.session() as session:
        log = session.exec(select(m.ImportLog).where(col(m.ImportLog.status) == "rejected")).all()
        assert [(entry.kind, entry.reason) for entry in log] == [("receipt", reason)]

    # the genuine receipt still imports afterwards
    assert exchange.import_paths(net.hai_phong, [case.receipt])[0].status == "merged"
    assert _record(net.hai_phong, case.practice_id).rev_id == case.resolution.rev_id


def test_revisions_must_be_a_list(net: Network) -> None:
    case = _resolved_conflict(net)
    forged = _resign(net, case.receipt, lambda body: body.update(revisions={"a": 1}), "not-a-list")
    (outcome,) = exchange.import_paths(net.hai_phong, [forged])
    assert (outcome.status, outcome.reason) == ("rejected", "bad_receipt")
    assert _receipts_taken(net.hai_phong) == 1


def test_a_receipt_without_the_member_still_imports(net: Network) -> None:
    """Receipts written before ``revisions`` existed (and receipts with nothing resolved) import."""
    case = _resolved_conflict(net)
    old_style = _resign(net, case.receipt, lambda body: body.pop("revisions"), "old-style")
    (outcome,) = exchange.import_paths(net.hai_phong, [old_style])
    assert (outcome.status, outcome.revisions) == ("merged", 1)
    assert _record(net.hai_phong, case.practice_id).rev_id == case.edit_a.rev_id
