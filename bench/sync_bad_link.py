"""Sending a 5 MB bundle through a 32 kbit/s link with 600 ms of latency that drops every 20-40 s.

The delegate's real sync (``services.sync.sync_delegate``: export, tus upload with block checksums,
resume after every drop, then the mailbox) talks to a real inbox service (uvicorn on loopback) through
``tools/badlink.py``, which throttles each direction to 4,000 bytes a second, delays every piece by
600 ms each way (a round trip of 1.2 s, and one more round trip for each new connection), and resets
every connection at random intervals of 20 to 40 seconds.

Figures (the issue's targets in brackets):

- ``wire_ratio`` = bytes the link carried, both ways, headers and bytes lost to drops included ÷ bundle
  bytes [≤ 1.10];
- ``time_ratio`` = time from the start of the sync to its end ÷ the link's floor, bundle bytes ÷ link
  rate [≤ 1.3].

The link's rate is checked in the same run: ``link_rate`` is what a plain stream of 64 KiB achieved
through the same link without drops (it should be the nominal 4,000 B/s).

    python bench/sync_bad_link.py [--quick] [--repeat N] [--seed N]

``--quick`` sends a 512 KiB bundle (about 2.5 minutes); the full run takes about 25 minutes. Prints
one JSON object on its last line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tools/

import uvicorn  # noqa: E402
from keyring.backends import fail  # noqa: E402

from kin_desktop.bundle.keys import KdfParams, KeyStore  # noqa: E402
from kin_desktop.inbox.app import Inbox, create_app  # noqa: E402
from kin_desktop.inbox.policy import Limits  # noqa: E402
from kin_desktop.inbox.serve import pin_secretariat  # noqa: E402
from kin_desktop.inbox.store import InboxStore  # noqa: E402
from kin_desktop.services import demo, exchange, profiles, sync  # noqa: E402
from kin_desktop.services.records import RecordService  # noqa: E402
from tools.badlink import BadLink, LinkSettings  # noqa: E402

PASSPHRASE = "benchmark passphrase"
FAST_KDF = KdfParams(argon2_memory_kib=64, argon2_iterations=1, argon2_lanes=1, scrypt_log2_n=4, scrypt_r=1)
RATE = 4000.0  # bytes a second: 32 kbit/s
LATENCY = 0.6
DROPS = (20.0, 40.0)


def _passphrase() -> str:
    return PASSPHRASE


def _profile(directory: Path, secretariat: bool) -> profiles.Workspace:
    store = KeyStore(directory, backend=fail.Keyring(), passphrase=_passphrase, kdf_params=FAST_KDF)
    store.create_signing_key()
    if secretariat:
        store.create_encryption_key()
        profiles.init_secretariat(
            directory, name="KIN Secretariat", organisation="IGES", passphrase=_passphrase
        )
    else:
        profiles.init_delegate(
            directory,
            name="Nguyễn Văn An",
            city="Hai Phong",
            country="VN",
            category="city-expert",
            passphrase=_passphrase,
        )
    return profiles.open_workspace(directory, passphrase=_passphrase)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Server:
    def __init__(self, storage: Path, pack: Path) -> None:
        self.inbox = Inbox(InboxStore(storage), pin_secretariat(storage, pack), Limits())
        self.port = _free_port()
        self.server = uvicorn.Server(
            uvicorn.Config(create_app(self.inbox), host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.02)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(20)


def _link_rate() -> float:
    """Bytes a second a plain 64 KiB stream gets through the link (no drops), first to last byte."""
    size = 64 * 1024
    times: list[float] = []
    listener = socket.create_server(("127.0.0.1", 0))

    def sink() -> None:
        connection, _ = listener.accept()
        with connection:
            while data := connection.recv(65536):
                times.append(time.monotonic())
                del data

    thread = threading.Thread(target=sink, daemon=True)
    thread.start()
    with BadLink.in_thread(listener.getsockname(), LinkSettings(RATE, LATENCY, None)) as link:
        with socket.create_connection(("127.0.0.1", link.port)) as client:
            client.sendall(b"x" * size)
            client.shutdown(socket.SHUT_WR)
            thread.join(120)
    listener.close()
    # the first piece arrived after one piece's time on the link: count it from when it started
    return size / (times[-1] - times[0] + 1024 / RATE) if len(times) >= 2 else 0.0


def one_run(work: Path, size: int, seed: int) -> dict[str, float | int]:
    secretariat = _profile(work / "sec", True)
    delegate = _profile(work / "hp", False)
    pack = exchange.make_welcome_pack(secretariat, work / "welcome.kinw")
    fingerprint = secretariat.profile().fingerprint
    exchange.import_paths(delegate, [pack], accept_fingerprint=fingerprint)
    demo.fill_demo(delegate, seed=seed, practices=1, commitments=0)
    service = RecordService(delegate)
    (practice,) = service.list_practices()
    blob = work / "site-survey.bin"
    blob.write_bytes(hashlib.shake_256(f"survey {seed}".encode()).digest(size))
    service.attach(practice.record_id, blob)
    upload = sync.export_waiting(delegate)  # untimed: the bundle is what is measured going through
    assert upload is not None
    bundle = upload.size
    settings = LinkSettings(RATE, LATENCY, DROPS, seed=seed)
    with (
        _Server(work / "inbox", pack) as served,
        BadLink.in_thread(("127.0.0.1", served.port), settings) as link,
    ):
        started = time.monotonic()
        report = sync.sync_delegate(delegate, url=f"http://127.0.0.1:{link.port}")
        elapsed = time.monotonic() - started
        assert report.error is None, report.error
        assert [s["status"] for s in report.sent] == ["sent"], report.sent
        (received,) = served.inbox.store.incoming.values()
        assert received.sha256 == upload.sha256
        stats = served.inbox.stats
        figures: dict[str, float | int] = {
            "bundle_bytes": bundle,
            "seconds": round(elapsed, 1),
            "floor_seconds": round(bundle / RATE, 1),
            "bytes_up": link.bytes_up,
            "bytes_down": link.bytes_down,
            "drops": link.drops,
            "connections": link.connections,
            "interrupted_requests": stats.interrupted_patches,
            "bytes_kept_from_interrupted": stats.kept_on_interrupt,
            "time_ratio": round(elapsed / (bundle / RATE), 3),
            "wire_ratio": round((link.bytes_up + link.bytes_down) / bundle, 3),
        }
    delegate.close()
    secretariat.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a 512 KiB bundle instead of 5 MiB")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    size = 512 * 1024 if args.quick else 5 * 1024 * 1024
    rate = _link_rate()
    runs = []
    for index in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="kin-sync-bench-") as work:
            figures = one_run(Path(work), size, args.seed + index)
            print(json.dumps(figures), flush=True)
            runs.append(figures)
    result = {
        "attachment_bytes": size,
        "link_rate": round(rate),
        "runs": len(runs),
        **{k: runs[0][k] for k in ("bundle_bytes", "floor_seconds")},
        "seconds": statistics.median(r["seconds"] for r in runs),
        "drops": statistics.median(r["drops"] for r in runs),
        "time_ratio": statistics.median(r["time_ratio"] for r in runs),
        "wire_ratio": statistics.median(r["wire_ratio"] for r in runs),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
