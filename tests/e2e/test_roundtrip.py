"""The whole exchange round trip through the command line, each step a real subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.cli import Result, run_cli

pytestmark = pytest.mark.slow


def _ok(result: Result) -> Result:
    assert result.code == 0, result.stderr + result.stdout
    return result


def _delegate(directory: Path, name: str, city: str, country: str) -> None:
    _ok(
        run_cli(
            "init", "delegate", "--name", name, "--city", city, "--country", country,
            "--category", "city-expert", data_dir=directory,
        )
    )  # fmt: skip


def test_round_trip_through_the_command_line(tmp_path: Path) -> None:
    sec, hp, bkk = tmp_path / "secretariat", tmp_path / "hai-phong", tmp_path / "bangkok"
    inbox, receipts = tmp_path / "inbox", tmp_path / "receipts"

    _ok(run_cli("init", "secretariat", "--name", "KIN Secretariat", "--organisation", "IGES", data_dir=sec))
    keys = _ok(run_cli("keys", "show", "--json", data_dir=sec)).json()
    assert set(keys) >= {"key_id", "fingerprint"} and len(keys["key_id"]) == 32
    pack = tmp_path / "KIN-welcome.kinw"
    _ok(run_cli("welcome-pack", "--out", pack, data_dir=sec))
    assert pack.is_file()

    _delegate(hp, "Nguyễn Văn An", "Hai Phong", "VN")
    _delegate(bkk, "Somchai Wongsawat", "Bangkok", "TH")

    # without the fingerprint (and no terminal to ask on) the pack is refused
    refused = run_cli("import", pack, "--json", data_dir=hp)
    assert refused.code == 1
    (entry,) = refused.json()["files"]
    assert (entry["status"], entry["reason"]) == ("rejected", "unconfirmed_key")
    assert run_cli("export", data_dir=hp).code == 2  # no secretariat pinned yet

    for directory, seed in ((hp, "1"), (bkk, "2")):
        taken = _ok(
            run_cli("import", pack, "--json", "--accept-fingerprint", keys["fingerprint"], data_dir=directory)
        )
        assert taken.json()["files"][0]["status"] == "merged"
        _ok(run_cli("demo", "--seed", seed, "--practices", "3", "--commitments", "2", data_dir=directory))

    exported: dict[Path, int] = {}
    for directory in (hp, bkk):
        result = _ok(run_cli("export", "--out", inbox, "--json", data_dir=directory)).json()
        assert Path(result["path"]).parent == inbox and result["revisions"] == 6
        exported[directory] = result["revisions"]

    held = _ok(run_cli("import", inbox, "--json", data_dir=sec)).json()["files"]
    assert [f["status"] for f in held] == ["held", "held"]
    assert {"path", "status", "reason", "records"} <= held[0].keys()
    pending = _ok(run_cli("enrol", "list", "--json", data_dir=sec)).json()
    assert sorted(k["city"] for k in pending) == ["Bangkok", "Hai Phong"]
    assert {k["status"] for k in pending} == {"pending"}
    for key in pending:
        approved = _ok(run_cli("enrol", "approve", key["key_id"], data_dir=sec))
        assert "merged" in approved.stdout

    practices = _ok(run_cli("list", "practices", "--json", data_dir=sec)).json()
    assert len(practices) == 6
    assert {p["city"] for p in practices} == {"Hai Phong", "Bangkok"}

    written = _ok(run_cli("receipts", "--out", receipts, data_dir=sec))
    assert len(list(receipts.glob("*.kinr"))) == 2, written.stdout
    mine = next(receipts.glob("KIN-receipt-hai-phong-*.kinr"))
    theirs = next(receipts.glob("KIN-receipt-bangkok-*.kinr"))
    for directory, receipt in ((hp, mine), (bkk, theirs)):
        taken = _ok(run_cli("import", receipt, "--json", data_dir=directory)).json()["files"][0]
        assert taken["status"] == "merged"
    assert _ok(run_cli("import", mine, "--json", data_dir=hp)).json()["files"][0]["status"] == "duplicate"
    other = run_cli("import", theirs, "--json", data_dir=hp)
    assert other.code == 1 and other.json()["files"][0]["reason"] == "not_for_us"

    nothing = _ok(run_cli("export", "--out", inbox / "next", "--json", data_dir=hp)).json()
    assert nothing["path"] is None and nothing["revisions"] == 0
    assert not (inbox / "next").exists()

    # an edit after the receipt: the next bundle holds only the new revision
    _ok(run_cli("demo", "--seed", "1", "--practices", "4", "--commitments", "2", data_dir=hp))
    later = _ok(run_cli("export", "--out", inbox / "next", "--json", data_dir=hp)).json()
    assert 0 < later["revisions"] < exported[hp]
    verified = _ok(run_cli("verify", later["path"], "--json", data_dir=sec)).json()["files"][0]
    assert verified["ok"] and verified["decrypted"]
    merged = _ok(run_cli("import", later["path"], "--json", data_dir=sec)).json()["files"][0]
    assert merged["status"] == "merged" and merged["records"] >= 1
    again = _ok(run_cli("import", later["path"], "--json", data_dir=sec)).json()["files"][0]
    assert again["status"] == "duplicate"

    practices = _ok(run_cli("list", "practices", "--json", data_dir=sec)).json()
    assert len(practices) == 7
    assert {p["city"] for p in practices} == {"Hai Phong", "Bangkok"}
    imports = _ok(run_cli("list", "imports", "--json", data_dir=sec)).json()
    assert [i["status"] for i in imports].count("merged") == 3
