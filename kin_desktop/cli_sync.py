"""The command line's sync commands: ``serve-inbox`` and ``sync`` (docs/cli.md, docs/sync.md).

Kept out of ``cli.py``; it registers them through :func:`add_commands`. Heavy modules are imported in
the command that needs them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

_SIZE = re.compile(r"(\d+)\s*([kKmMgGtT]?)(i?[bB])?")
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def size(text: str) -> int:
    """``16M``, ``512MiB``, ``2G`` or a number of bytes (binary units)."""
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 16M or 2G")
    return int(match.group(1)) * _UNITS[match.group(2).lower()]


def add_commands(commands: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    serve = commands.add_parser(
        "serve-inbox", help="run the inbox service (secretariat, on a server) until SIGTERM or Ctrl+C"
    )
    serve.add_argument(
        "--storage", required=True, type=Path, metavar="DIR", help="where it keeps what it holds"
    )
    serve.add_argument(
        "--listen", required=True, metavar="HOST:PORT", help="e.g. 127.0.0.1:8080 behind a proxy"
    )
    serve.add_argument(
        "--secretariat",
        required=True,
        type=Path,
        metavar="WELCOME_PACK",
        help="the secretariat's welcome pack",
    )
    serve.add_argument(
        "--tls-cert", type=Path, metavar="FILE", help="serve https with this certificate chain"
    )
    serve.add_argument(
        "--tls-key", type=Path, metavar="FILE", help="... and this private key of the certificate"
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="behind a reverse proxy: trust its X-Forwarded-* headers from these addresses (e.g. 127.0.0.1)",
    )
    serve.add_argument(
        "--unknown-quota", type=size, metavar="SIZE", help="keys not enrolled yet (default 16M)"
    )
    serve.add_argument("--enrolled-quota", type=size, metavar="SIZE", help="enrolled keys (default 512M)")
    serve.add_argument("--max-upload", type=size, metavar="SIZE", help="one bundle (default 640M)")
    serve.add_argument("--max-storage", type=size, metavar="SIZE", help="everything held (default 20G)")
    serve.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))

    sync = commands.add_parser(
        "sync",
        help="delegate: send what waits and fetch receipts; secretariat: pull and import, then push",
    )
    sync.add_argument("--url", metavar="URL", help="the inbox's address (default: from the welcome pack)")
    sync.add_argument("--json", action="store_true", help="print one JSON document")
    return {"serve-inbox": _cmd_serve_inbox, "sync": _cmd_sync}


def _cmd_serve_inbox(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from kin_desktop.inbox.policy import Limits
    from kin_desktop.inbox.serve import ServeOptions, parse_listen, run

    host, port = parse_listen(args.listen)
    limits = Limits()
    for option, name in (
        ("unknown_quota", "unknown_quota"),
        ("enrolled_quota", "enrolled_quota"),
        ("max_upload", "max_upload"),
        ("max_storage", "max_storage"),
    ):
        value = getattr(args, option)
        if value is not None:
            limits = replace(limits, **{name: value})
    options = ServeOptions(
        storage=args.storage,
        host=host,
        port=port,
        pack=args.secretariat,
        limits=limits,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
        forwarded_allow_ips=args.forwarded_allow_ips,
        log_level=args.log_level,
    )
    return run(options)


class _Meter:
    """Progress on a terminal: bytes done, rate and time left, on one line of standard error."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.phase = ""
        self.samples: list[tuple[float, int]] = []
        self.shown = 0.0

    def set_phase(self, phase: str) -> None:
        self.phase = {
            "export": "Exporting",
            "send": "Sending",
            "receive": "Receiving",
            "push": "Pushing",
        }.get(phase, phase)
        self.samples = []

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        self.samples = [s for s in self.samples if now - s[0] < 60] + [(now, done)]
        if not self.enabled or (now - self.shown < 0.5 and done < total):
            return
        self.shown = now
        first_time, first_done = self.samples[0]
        rate = (done - first_done) / (now - first_time) if now > first_time else 0.0
        left = f", about {_duration((total - done) / rate)} left" if rate > 0 and done < total else ""
        sys.stderr.write(f"\r{self.phase}: {_megabytes(done)} of {_megabytes(total)}{left}\033[K")
        sys.stderr.flush()

    def end(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\n")


def _megabytes(count: int) -> str:
    return f"{count / 1_000_000:.2f} MB" if count >= 100_000 else f"{count / 1000:.1f} kB"


def _duration(seconds: float) -> str:
    if seconds >= 3600:
        return f"{int(seconds // 3600)} h {int(seconds % 3600 // 60)} min"
    if seconds >= 90:
        return f"{round(seconds / 60)} min"
    return f"{max(1, round(seconds))} s"


def _cmd_sync(args: argparse.Namespace) -> int:
    from kin_desktop.cli import _open
    from kin_desktop.core.errors import SyncError
    from kin_desktop.services import sync

    meter = _Meter(not args.json and sys.stderr is not None and sys.stderr.isatty())
    try:
        with _open(args) as workspace:
            report = sync.sync_profile(workspace, url=args.url, progress=meter, phase=meter.set_phase)
    except SyncError as exc:
        meter.end()
        print(f"kin-desktop: {exc}", file=sys.stderr)
        return EXIT_USAGE if exc.reason in ("no_inbox", "bad_url") else EXIT_REFUSED
    meter.end()
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_report(report)
    return EXIT_REFUSED if report.error or report.refused else EXIT_OK


def _print_report(report: Any) -> None:
    for item in report.sent:
        name = Path(item["path"]).name
        if item["status"] == "sent":
            print(f"Sent {name} (bundle {item['sequence']}, {item['size']} bytes)")
        elif item["status"] == "partial":
            print(f"Partly sent {name}: {item['offset']} of {item['size']} bytes; the next sync resumes")
        else:
            print(f"Refused by the inbox: {name}: {item['error']}")
    for item in report.received:
        print(f"Received {item.get('name') or item.get('id')} ({item['size']} bytes)")
    for item in report.imported:
        reason = f" [{item['reason']}]" if item.get("reason") else ""
        detail = f": {item['detail']}" if item.get("detail") else ""
        print(f"  {Path(item['path']).name}: {item['status']}{reason}{detail}")
    for item in report.pushed:
        where = f" to {item['box']}" if "box" in item else ""
        print(f"Pushed the {item['kind']}{where} ({item['size']} bytes)")
    if not (report.sent or report.received or report.pushed or report.error):
        print("Nothing to send and nothing new at the inbox.")
    if report.error:
        print(f"Stopped: {report.error}", file=sys.stderr)
