"""``kin-desktop serve-inbox``: the inbox service in the foreground, under uvicorn, until SIGTERM.

The welcome pack given at the first start fixes the secretariat the inbox serves: it is copied into
the storage folder, and a later start with a pack signed by another key is refused, so a mistaken
option can never hand the drop box to someone else. A newer pack of the same secretariat replaces it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kin_desktop.core.errors import BundleRejected, UsageError
from kin_desktop.inbox.identity import Secretariat, read_welcome_pack
from kin_desktop.inbox.policy import Limits

PACK_FILE = "secretariat.kinw"


@dataclass(frozen=True)
class ServeOptions:
    storage: Path
    host: str
    port: int
    pack: Path
    limits: Limits = Limits()
    tls_cert: Path | None = None
    tls_key: Path | None = None
    forwarded_allow_ips: str | None = None  # trust X-Forwarded-* from these (a reverse proxy)
    log_level: str = "info"


def parse_listen(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:8080`` for IPv6) to (host, port)."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536 or not host:
        raise UsageError(f"--listen takes HOST:PORT, e.g. 127.0.0.1:8080, not {text!r}")
    return host.strip("[]"), int(port)


def pin_secretariat(storage: Path, pack: Path) -> Secretariat:
    """The secretariat from ``pack``, pinned in ``storage`` at the first start; ``UsageError`` when the
    pack is unreadable, invalid or signed by another key than the one pinned."""
    try:
        data = pack.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read the welcome pack {pack}: {exc.strerror or exc}") from exc
    try:
        secretariat = read_welcome_pack(data)
    except BundleRejected as exc:
        raise UsageError(f"{pack} is not a valid welcome pack: {exc}") from exc
    storage.mkdir(parents=True, exist_ok=True)
    pinned_file = storage / PACK_FILE
    if pinned_file.exists():
        pinned = read_welcome_pack(pinned_file.read_bytes())
        if pinned.key_id != secretariat.key_id:
            raise UsageError(
                f"this storage folder serves the secretariat key {pinned.key_id}, and {pack} is signed by "
                f"{secretariat.key_id}: use another --storage folder for another secretariat"
            )
    from kin_desktop.inbox.store import write_atomically

    write_atomically(pinned_file, data)
    return secretariat


def run(options: ServeOptions) -> int:
    try:
        import uvicorn

        from kin_desktop.inbox.app import Inbox, create_app
        from kin_desktop.inbox.store import InboxStore
    except ImportError as exc:  # the delegates' build leaves the server out
        raise UsageError(
            f"the inbox service needs the server extra ({exc.name} is missing): "
            "pip install 'kin-desktop[server]'"
        ) from exc
    if (options.tls_cert is None) != (options.tls_key is None):
        raise UsageError("--tls-cert and --tls-key go together")
    secretariat = pin_secretariat(options.storage, options.pack)
    logging.basicConfig(
        level=options.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    inbox = Inbox(InboxStore(options.storage), secretariat, options.limits)
    logging.getLogger("kin_desktop.inbox").info(
        "inbox for %s (key %s) in %s on %s:%d",
        secretariat.name,
        secretariat.key_id,
        options.storage,
        options.host,
        options.port,
    )
    config = uvicorn.Config(
        create_app(inbox),
        host=options.host,
        port=options.port,
        log_level=options.log_level,
        ssl_certfile=str(options.tls_cert) if options.tls_cert else None,
        ssl_keyfile=str(options.tls_key) if options.tls_key else None,
        proxy_headers=options.forwarded_allow_ips is not None,
        forwarded_allow_ips=options.forwarded_allow_ips,
        server_header=False,
        timeout_keep_alive=30,
        timeout_graceful_shutdown=10,
    )
    uvicorn.Server(config).run()
    return 0
