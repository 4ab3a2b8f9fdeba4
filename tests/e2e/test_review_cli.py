"""The review loop on the command line, as scripts run it: ``review``, ``receipts --delegate`` and the
delegate's ``list --json`` (docs/cli.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kin_desktop.core.schemas import RecordType
from tests.helpers.bundles import (
    edit,
    enrol,
    export,
    fill_demo,
    make_delegate,
    make_secretariat,
    record_ids,
    welcome_pack,
)
from tests.helpers.cli import run_cli

pytestmark = pytest.mark.slow


def test_review_receipt_and_the_delegates_list(tmp_path: Path) -> None:
    secretariat = make_secretariat(tmp_path / "sec")
    pack = welcome_pack(secretariat, tmp_path / "welcome.kinw")
    delegate = make_delegate(tmp_path / "hp", welcome_pack=pack, secretariat=secretariat)
    fill_demo(delegate, seed=3, practices=1, commitments=2)
    enrol(secretariat, export(delegate, tmp_path / "out"))
    commitment = record_ids(delegate, RecordType.COMMITMENT)[0]

    listed = run_cli("list", "commitments", "--json", data_dir=delegate.data_dir)
    assert listed.code == 0, listed.stderr
    before = {row["id"]: row for row in listed.json()}
    assert before[commitment]["review_state"] is None and before[commitment]["printed_revision"] is None
    assert before[commitment]["status"] in ("draft", "ready")

    reviewed = run_cli(
        "review",
        commitment,
        "--state",
        "has_issues",
        "--comment",
        "Name the funding source.",
        "--json",
        data_dir=secretariat.data_dir,
    )
    assert reviewed.code == 0, reviewed.stderr
    assert reviewed.json()["review_state"] == "has_issues"
    kept = run_cli("review", commitment, "--state", "under_review", data_dir=secretariat.data_dir)
    assert kept.code == 0 and "Name the funding source." in kept.stdout  # no --comment: the comment stays
    wrong = run_cli("review", "no-such-record", "--state", "registered", data_dir=secretariat.data_dir)
    assert wrong.code == 1 and "no record" in wrong.stderr
    assert run_cli("review", commitment, "--state", "approved", data_dir=secretariat.data_dir).code == 2
    assert run_cli("review", commitment, "--state", "registered", data_dir=delegate.data_dir).code == 2

    receipts = run_cli("receipts", "--out", tmp_path / "receipts", data_dir=secretariat.data_dir)
    assert receipts.code == 0, receipts.stderr
    (written,) = [Path(line.removeprefix("Wrote ")) for line in receipts.stdout.splitlines()]
    assert run_cli("import", written, data_dir=delegate.data_dir).code == 0
    after = {
        row["id"]: row for row in run_cli("list", "commitments", "--json", data_dir=delegate.data_dir).json()
    }
    assert (after[commitment]["review_state"], after[commitment]["review_comment"]) == (
        "under_review",
        "Name the funding source.",
    )
    assert after[commitment]["status"] == before[commitment]["status"]  # the delegate's own state

    nothing = run_cli("receipts", "--out", tmp_path / "r2", data_dir=secretariat.data_dir)
    assert "No receipts" in nothing.stdout
    key_id = run_cli("keys", "show", "--json", data_dir=delegate.data_dir).json()["key_id"]
    again = run_cli("receipts", "--out", tmp_path / "r2", "--delegate", key_id, data_dir=secretariat.data_dir)
    assert again.code == 0 and again.stdout.startswith("Wrote ")
    unknown = run_cli(
        "receipts", "--out", tmp_path / "r2", "--delegate", "ab" * 16, data_dir=secretariat.data_dir
    )
    assert unknown.code == 1 and "no delegate key" in unknown.stderr

    out = tmp_path / "form.pdf"
    printed = run_cli("print", "commitment", commitment, "--out", out, data_dir=delegate.data_dir)
    assert printed.code == 0, printed.stderr
    rows = {
        row["id"]: row for row in run_cli("list", "commitments", "--json", data_dir=delegate.data_dir).json()
    }
    printed_revision = rows[commitment]["printed_revision"]
    assert printed_revision is not None
    edit(delegate, commitment, RecordType.COMMITMENT, budget_amount="1")
    rows = {
        row["id"]: row for row in run_cli("list", "commitments", "--json", data_dir=delegate.data_dir).json()
    }
    assert rows[commitment]["printed_revision"] == printed_revision  # the paper still shows the old one
