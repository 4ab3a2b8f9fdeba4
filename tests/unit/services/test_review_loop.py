"""The review loop through the services: verdicts reach the delegate, corrections reach the reviewer,
receipts can be reissued, paper stays bound to data (docs/secretariat.md, docs/exchange.md)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlmodel import select

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import KeyStore
from kin_desktop.core import canonical, records
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, exchange, listing, printed, printing
from kin_desktop.services.overview import overview_of
from kin_desktop.services.profiles import Workspace
from kin_desktop.services.records import RecordFilter, RecordService
from kin_desktop.services.review import ReviewService
from kin_desktop.storage import models as m
from tests.helpers.network import Network


def _key(workspace: Workspace) -> str:
    key = workspace.profile().key_id
    assert key is not None
    return key


def _start(net: Network) -> str:
    """Hai Phong pinned, filled, exported, enrolled and merged; returns one commitment's id."""
    (pinned,) = exchange.import_paths(net.hai_phong, [net.pack], accept_fingerprint=net.fingerprint)
    assert pinned.status == "merged"
    demo.fill_demo(net.hai_phong, seed=3, practices=1, commitments=2)
    _send(net)
    exchange.approve(net.secretariat, _key(net.hai_phong))
    return RecordService(net.hai_phong).list_commitments()[0].record_id


def _send(net: Network) -> None:
    result = exchange.export_bundle(net.hai_phong, out=net.outbox)
    assert result.path is not None
    for outcome in exchange.import_paths(net.secretariat, [result.path]):
        assert outcome.status in ("merged", "held"), outcome


def _receipt_back(net: Network, **options: Any) -> list[Path]:
    written = exchange.write_receipts(net.secretariat, net.tmp / "receipts", **options)
    for path in written:
        (taken,) = exchange.import_paths(net.hai_phong, [path])
        assert taken.status == "merged", taken
    return written


def _row(workspace: Workspace, record_id: str) -> Any:
    (row,) = [r for r in RecordService(workspace).list_commitments() if r.record_id == record_id]
    return row


def _edit_budget(workspace: Workspace, record_id: str, amount: str) -> None:
    body, _rev = RecordService(workspace).load(record_id)
    workspace.save(RecordType.COMMITMENT, {**body, "budget_amount": amount}, record_id=record_id)


def test_the_secretariats_verdict_and_comment_reach_the_delegate_and_the_correction_comes_back(
    net: Network,
) -> None:
    commitment = _start(net)
    review = ReviewService(net.secretariat)
    review.set_state(commitment, "has_issues", "The budget has no source of funding.")
    _receipt_back(net)

    row = _row(net.hai_phong, commitment)
    assert (row.review.state, row.review.comment, row.review.changed) == (
        "has_issues",
        "The budget has no source of funding.",
        False,
    )
    assert row.sync_state == "acknowledged"
    found = RecordService(net.hai_phong).list_commitments(filters=RecordFilter(review="has_issues"))
    assert [r.record_id for r in found] == [commitment]
    overview = overview_of(net.hai_phong)
    (issue,) = overview.has_issues
    assert (issue.record_id, issue.comment, issue.corrected) == (commitment, row.review.comment, False)
    assert overview.last_receipt is not None and overview.last_receipt.review_notes == 1

    _edit_budget(net.hai_phong, commitment, "250000")
    assert _row(net.hai_phong, commitment).review.changed  # "corrected: export to send it"
    assert overview_of(net.hai_phong).has_issues[0].corrected
    _send(net)

    (reviewed,) = [r for r in review.rows("commitment") if r.record_id == commitment]
    assert reviewed.state == "has_issues" and reviewed.changed_since_review
    view = review.record_view(commitment)
    assert view.changed_since_review and view.body["budget_amount"] == "250000"
    assert [(c.key, c.new) for c in view.changes] == [("budget_amount", "250000")]
    others = [r for r in review.rows("commitment") if r.record_id != commitment]
    assert not any(r.changed_since_review for r in others)

    review.set_state(commitment, "registered", "Thank you: registered.")
    assert not review.record_view(commitment).changed_since_review  # the state was given on this version
    _receipt_back(net)
    row = _row(net.hai_phong, commitment)
    assert row.review.state == "registered" and row.sync_state == "registered" and not row.review.changed
    assert overview_of(net.hai_phong).has_issues == ()


def test_a_receipt_can_be_reissued_with_the_current_state_and_taking_it_twice_is_harmless(
    net: Network,
) -> None:
    commitment = _start(net)
    ReviewService(net.secretariat).set_state(commitment, "has_issues", "Say who pays.")
    first = exchange.write_receipts(net.secretariat, net.tmp / "lost")
    assert len(first) == 1  # ... and the USB stick with it is lost
    assert exchange.write_receipts(net.secretariat, net.tmp / "again") == []  # nothing new
    (reissued,) = exchange.write_receipts(net.secretariat, net.tmp / "again", delegate=_key(net.hai_phong))
    assert reissued.name.startswith("KIN-receipt-hai-phong-") and reissued.name.endswith("-0002.kinr")
    (taken,) = exchange.import_paths(net.hai_phong, [reissued])
    assert taken.status == "merged"
    row = _row(net.hai_phong, commitment)
    assert (row.review.state, row.review.comment, row.sync_state) == (
        "has_issues",
        "Say who pays.",
        "acknowledged",
    )
    (again,) = exchange.import_paths(net.hai_phong, [reissued])
    assert again.status == "duplicate"
    (old,) = exchange.import_paths(net.hai_phong, first)  # the lost stick turns up: refused, nothing lost
    assert (old.status, old.reason) == ("rejected", "old_receipt")
    assert _row(net.hai_phong, commitment).review.state == "has_issues"
    # nothing new at all: a reissue is still written, and still taken
    (third,) = exchange.write_receipts(net.secretariat, net.tmp / "third", delegate=_key(net.hai_phong))
    assert exchange.import_paths(net.hai_phong, [third])[0].status == "merged"


def test_reissuing_needs_an_approved_delegate(net: Network) -> None:
    import pytest

    from kin_desktop.core.errors import ExchangeError

    with pytest.raises(ExchangeError) as unknown:
        exchange.write_receipts(net.secretariat, net.tmp, delegate="ab" * 16)
    assert unknown.value.params["reason"] == "unknown_key"
    with pytest.raises(ExchangeError) as bad:
        exchange.write_receipts(net.secretariat, net.tmp, delegate="not a key")
    assert bad.value.params["reason"] == "bad_key_id"


def test_a_receipts_review_note_about_someone_elses_record_is_refused(net: Network) -> None:
    commitment = _start(net)
    (pinned,) = exchange.import_paths(net.bangkok, [net.pack], accept_fingerprint=net.fingerprint)
    demo.fill_demo(net.bangkok, seed=4, practices=1, commitments=1)
    bangkok_record = RecordService(net.bangkok).list_practices()[0].record_id
    # Hai Phong holds a record of Bangkok's? No: the note names Hai Phong's commitment as a practice.
    secretariat = _key(net.secretariat)
    note = records.make_revision(
        str(uuid.uuid4()),
        "review_note",
        secretariat,
        [],
        secretariat,
        "1900000000000.00000.sec",
        {"target_id": commitment, "target_type": "practice", "state": "registered"},
    )
    body = {
        "receipt_sequence": 1,
        "delegate_key_id": _key(net.hai_phong),
        "acknowledged": [],
        "bundles": [],
        "review_notes": [records.to_json(note)],
    }
    header = {
        "created": "2009-03-05T10:00:00Z",
        "app_version": "test",
        "recipient": {"key_id": _key(net.hai_phong)},
    }
    data = container.write_signed_file(
        "receipt",
        {"receipt.json": canonical.dumps(body)},
        header,
        KeyStore(net.secretariat.data_dir).signer(),
    )
    forged = net.tmp / "forged.kinr"
    forged.write_bytes(data)
    (outcome,) = exchange.import_paths(net.hai_phong, [forged])
    assert (outcome.status, outcome.reason) == ("rejected", "not_owner")
    with net.hai_phong.session() as session:
        assert session.exec(select(m.ReceiptTaken)).all() == []
        assert session.exec(select(m.ReviewNote)).all() == []
    assert bangkok_record  # Bangkok's own records are untouched by any of this


def test_printed_forms_are_recorded_and_go_stale_when_the_record_changes(
    net: Network, tmp_path: Path
) -> None:
    commitment = _start(net)
    assert _row(net.hai_phong, commitment).paper is None
    printing.print_commitments(
        net.hai_phong, [commitment], tmp_path / "form.pdf", labels=printing.english_labels()
    )
    paper = _row(net.hai_phong, commitment).paper
    _body, rev_id = RecordService(net.hai_phong).load(commitment)
    assert paper is not None and (paper.rev_id, paper.stale) == (rev_id, False)
    (entry,) = [e for e in RecordService(net.hai_phong).history(commitment) if e.rev_id == rev_id]
    assert len(entry.printed) == 1  # printed forms appear in the record's history
    rows = {row["id"]: row for row in listing.list_rows(net.hai_phong, "commitments")}
    assert rows[commitment]["printed_revision"] == rev_id and rows[commitment]["status"] in ("draft", "ready")

    _edit_budget(net.hai_phong, commitment, "999")
    assert _row(net.hai_phong, commitment).paper.stale
    assert overview_of(net.hai_phong).stale_forms == 1
    status = RecordService(net.hai_phong).status(commitment)
    assert status.paper is not None and status.paper.stale and len(status.printed) == 1
    found = RecordService(net.hai_phong).list_commitments(filters=RecordFilter(paper="stale"))
    assert [r.record_id for r in found] == [commitment]


def test_signed_form_checks_are_kept_for_the_review(net: Network, tmp_path: Path) -> None:
    from kin_desktop.reports.binding import format_binding

    commitment = _start(net)
    review = ReviewService(net.secretariat)
    view = review.record_view(commitment)
    assert not view.form_verified
    text = format_binding(commitment, view.rev_id, view.owner)
    result = printed.check_signed_form(net.secretariat, text)
    assert result.ok
    view = review.record_view(commitment)
    assert view.form_verified and len(view.checks) == 1
    (row,) = [r for r in review.rows("commitment") if r.record_id == commitment]
    assert row.form_verified
    _edit_budget(net.hai_phong, commitment, "12")
    _send(net)
    assert not review.record_view(commitment).form_verified  # the verified paper is for an older version
    assert not printed.check_signed_form(net.secretariat, text).ok
    assert [c.reason for c in review.record_view(commitment).checks] == ["ok", "not_current"]


def test_bundles_merged_on_approval_are_logged_under_the_name_they_came_with(net: Network) -> None:
    _start(net)
    log = listing.list_rows(net.secretariat, "imports")
    assert {Path(row["path"]).name.startswith("KIN-hai-phong-") for row in log} == {True}
    assert all(row["city"] == "Hai Phong" for row in log)
