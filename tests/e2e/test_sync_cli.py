"""``kin-desktop sync`` and ``serve-inbox`` as real processes: a send killed with SIGKILL resumes at the
offset it stored; the secretariat's sync pulls, imports and pushes; the delegate's brings the receipt
back; ``--json`` says so file by file; ``serve-inbox`` serves until SIGTERM."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import httpx
import pytest

from kin_desktop.services.records import RecordService
from tests.helpers.bundles import Party, make_delegate, make_secretariat
from tests.helpers.cli import PASSPHRASE, run_cli
from tests.helpers.inbox import free_port, running_inbox
from tools.badlink import BadLink, LinkSettings

pytestmark = pytest.mark.slow


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["KIN_PASSPHRASE"] = PASSPHRASE
    env.pop("KIN_DATA_DIR", None)
    return env


def _network(tmp_path: Path, attachment: int) -> tuple[Party, Party, Path]:
    secretariat = make_secretariat(tmp_path / "sec")
    pack = tmp_path / "welcome.kinw"
    assert run_cli("welcome-pack", "--out", pack, data_dir=secretariat.data_dir).code == 0
    delegate = make_delegate(tmp_path / "hp", welcome_pack=pack, secretariat=secretariat)
    with delegate.open() as workspace:
        from kin_desktop.services import demo

        demo.fill_demo(workspace, seed=2, practices=1, commitments=1)
        service = RecordService(workspace)
        (practice,) = service.list_practices()
        blob = tmp_path / "ward-map.bin"
        blob.write_bytes(hashlib.shake_256(b"ward map").digest(attachment))
        service.attach(practice.record_id, blob)
    return secretariat, delegate, pack


def _stored(delegate: Party) -> tuple[str | None, int]:
    with closing(sqlite3.connect(delegate.database)) as con:
        row = con.execute("SELECT upload_url, offset FROM sync_upload ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (None, 0)


def test_a_send_killed_midway_resumes_at_the_stored_offset(tmp_path: Path) -> None:
    secretariat, delegate, pack = _network(tmp_path, 700_000)
    link = LinkSettings(rate=60_000, latency=0.02)  # slow enough to be killed in the middle
    with (
        running_inbox(tmp_path / "inbox", pack) as served,
        BadLink.in_thread(("127.0.0.1", served.port), link) as bad,
    ):
        url = f"http://127.0.0.1:{bad.port}"
        command = [
            sys.executable,
            "-m",
            "kin_desktop",
            "--data-dir",
            str(delegate.data_dir),
            "sync",
            "--url",
            url,
        ]
        process = subprocess.Popen(command, env=_env(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 90
        while _stored(delegate)[1] < 256 * 1024:
            assert process.poll() is None, "the sync ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        assert process.returncode == -signal.SIGKILL
        upload_url, offset = _stored(delegate)
        assert upload_url is not None
        (upload,) = served.inbox.store.uploads.values()
        assert upload.offset >= offset  # the inbox has at least what the profile says it confirmed
        received_before = served.inbox.stats.bytes_received

        again = run_cli("sync", "--url", url, "--json", data_dir=delegate.data_dir)
        assert again.code == 0, again.stderr
        report = again.json()
        (sent,) = report["sent"]
        assert sent["status"] == "sent"
        # the same upload resumed: the bytes sent after the restart are at most what was not confirmed
        resent = served.inbox.stats.bytes_received - received_before
        assert resent <= sent["size"] - offset
        (item,) = served.inbox.store.incoming.values()
        assert upload_url.endswith(item.id)
        assert item.sha256 == hashlib.sha256(Path(sent["path"]).read_bytes()).hexdigest()
        assert _stored(delegate) == (upload_url, sent["size"])


def test_cli_round_trip_with_json_one_object_per_file(tmp_path: Path) -> None:
    secretariat, delegate, _pack = _network(tmp_path, 10_000)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    pack = tmp_path / "with-inbox.kinw"
    made = run_cli("welcome-pack", "--out", pack, "--inbox-url", url, data_dir=secretariat.data_dir)
    assert made.code == 0, made.stderr
    taken = run_cli("import", pack, "--json", data_dir=delegate.data_dir)
    assert taken.json()["files"][0]["status"] == "merged"
    with running_inbox(tmp_path / "inbox", pack, port=port):
        sent = run_cli("sync", "--json", data_dir=delegate.data_dir)  # the address from the pack
        assert sent.code == 0, sent.stderr
        assert set(sent.json()) >= {"sent", "received", "imported", "pushed"}
        assert [s["status"] for s in sent.json()["sent"]] == ["sent"]

        pulled = run_cli("sync", "--json", data_dir=secretariat.data_dir)
        assert pulled.code == 0, pulled.stderr
        result = pulled.json()
        assert [i["status"] for i in result["imported"]] == ["held"]
        assert len(result["received"]) == 1
        approve = run_cli("enrol", "approve", delegate.key_id, data_dir=secretariat.data_dir)
        assert approve.code == 0
        pushed = run_cli("sync", "--json", data_dir=secretariat.data_dir).json()["pushed"]
        assert {p["kind"] for p in pushed} >= {"key-list", "receipt"}
        (receipt,) = [p for p in pushed if p["kind"] == "receipt"]
        assert receipt["box"] == delegate.key_id

        back = run_cli("sync", data_dir=delegate.data_dir)  # text output
        assert back.code == 0, back.stderr
        assert "receipt" in back.stdout and "merged" in back.stdout
    listed = run_cli("list", "practices", "--json", data_dir=delegate.data_dir).json()
    assert listed  # the delegate still has its records, now acknowledged
    with closing(sqlite3.connect(delegate.database)) as con:
        assert con.execute(
            "SELECT count(*) FROM revision WHERE created_locally AND NOT acknowledged"
        ).fetchone() == (0,)


def test_sync_without_an_inbox_is_a_usage_error(tmp_path: Path) -> None:
    _secretariat, delegate, _pack = _network(tmp_path, 1_000)
    result = run_cli("sync", data_dir=delegate.data_dir)
    assert result.code == 2 and "inbox" in result.stderr
    result = run_cli("sync", "--url", "http://example.org", data_dir=delegate.data_dir)
    assert result.code == 2 and "https" in result.stderr
    dead = run_cli("sync", "--url", f"http://127.0.0.1:{free_port()}", "--json", data_dir=delegate.data_dir)
    assert dead.code == 1
    report = dead.json()
    assert report["error"] and report["sent"][0]["status"] == "partial"


def test_serve_inbox_runs_until_sigterm(tmp_path: Path) -> None:
    secretariat = make_secretariat(tmp_path / "sec")
    pack = tmp_path / "welcome.kinw"
    assert run_cli("welcome-pack", "--out", pack, data_dir=secretariat.data_dir).code == 0
    port = free_port()
    command = [
        sys.executable, "-m", "kin_desktop", "serve-inbox", "--storage", str(tmp_path / "store"),
        "--listen", f"127.0.0.1:{port}", "--secretariat", str(pack), "--unknown-quota", "8M",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, env=_env(), stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                info = httpx.get(f"http://127.0.0.1:{port}/v1").json()
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        assert info["secretariat"]["key_id"] == secretariat.key_id
        assert info["limits"]["unknown_quota"] == 8 * 1024 * 1024
    finally:
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=30)
    assert process.returncode in (0, -signal.SIGTERM), errors  # uvicorn ends by its signal, as services do
    assert "Application shutdown complete" in errors
    assert (tmp_path / "store" / "secretariat.kinw").read_bytes() == pack.read_bytes()
    bad = run_cli("serve-inbox", "--storage", tmp_path / "s2", "--listen", "nowhere", "--secretariat", pack)
    assert bad.code == 2 and "HOST:PORT" in bad.stderr
