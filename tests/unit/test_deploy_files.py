"""The systemd unit and the container file start the inbox with options the command line accepts."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from kin_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def _joined(path: Path) -> str:
    return re.sub(r"\\\n\s*", " ", path.read_text(encoding="utf-8"))


def test_the_systemd_unit_runs_serve_inbox_behind_a_local_proxy() -> None:
    unit = _joined(ROOT / "deploy" / "kin-inbox.service")
    (command,) = re.findall(r"^ExecStart=(.+)$", unit, re.MULTILINE)
    words = shlex.split(command)
    assert words[0].endswith("/kin-desktop")
    args = build_parser().parse_args(words[1:])
    assert args.command == "serve-inbox"
    assert args.listen.startswith("127.0.0.1:")  # only the reverse proxy reaches it
    assert args.forwarded_allow_ips == "127.0.0.1"
    assert str(args.storage) in unit.split("ReadWritePaths=")[1]  # the one folder it may write


def test_the_container_runs_serve_inbox_on_its_volume() -> None:
    text = _joined(ROOT / "deploy" / "Containerfile")
    (entry,) = re.findall(r"^ENTRYPOINT (\[.+\])$", text, re.MULTILINE)
    words = json.loads(entry)
    args = build_parser().parse_args(words[1:])
    assert args.command == "serve-inbox"
    assert f'VOLUME ["{args.storage}"]' in text
    assert args.listen.endswith(":8080") and "EXPOSE 8080" in text
