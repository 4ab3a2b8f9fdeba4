"""A real inbox service (uvicorn on a free loopback port, in a thread) for the sync tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn

from kin_desktop.inbox.app import Inbox, create_app
from kin_desktop.inbox.policy import Limits
from kin_desktop.inbox.serve import pin_secretariat
from kin_desktop.inbox.store import InboxStore


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class RunningInbox:
    inbox: Inbox
    url: str
    port: int
    storage: Path


@contextmanager
def running_inbox(
    storage: Path, pack: Path, *, limits: Limits | None = None, port: int | None = None, **config: Any
) -> Iterator[RunningInbox]:
    """Serve an inbox for the secretariat of ``pack`` until the block ends."""
    secretariat = pin_secretariat(storage, pack)
    inbox = Inbox(InboxStore(storage), secretariat, limits or Limits())
    port = port or free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(inbox), host="127.0.0.1", port=port, log_level="warning", lifespan="on", **config
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the inbox did not start")
        time.sleep(0.02)
    scheme = "https" if "ssl_certfile" in config else "http"
    try:
        yield RunningInbox(inbox, f"{scheme}://127.0.0.1:{port}", port, storage)
    finally:
        server.should_exit = True
        thread.join(timeout=20)
