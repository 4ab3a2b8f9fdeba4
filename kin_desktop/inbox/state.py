"""The inbox service's state and who is asking: the storage, the secretariat it serves, the key list,
the limits, and the signed-challenge check every request goes through."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kin_desktop.bundle.keylist import KeyList, read_key_list
from kin_desktop.bundle.keys import key_id as key_id_of
from kin_desktop.core.errors import BundleRejected
from kin_desktop.inbox import protocol as p
from kin_desktop.inbox.identity import Secretariat
from kin_desktop.inbox.policy import Challenges, Limits, RateLimiter, key_status
from kin_desktop.inbox.store import InboxStore

log = logging.getLogger("kin_desktop.inbox")
TUS_HEADERS = {"Tus-Resumable": p.TUS_VERSION}
KEY_LIST_FILE = "keys.kinl"


class Refused(Exception):
    """An HTTP error answer with a stable code and an English message."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


@dataclass
class Caller:
    key_id: str
    status: str  # secretariat | enrolled | unknown


@dataclass
class Stats:
    """Counters a status request shows (and tests read)."""

    checksum_mismatches: int = 0
    refused_headers: int = 0
    interrupted_patches: int = 0
    kept_on_interrupt: int = 0  # bytes kept from interrupted PATCH requests
    bytes_received: int = 0
    completed: int = 0
    locks_waited: int = 0

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class Inbox:
    """The service's state: its storage, the secretariat it serves, the key list, the limits."""

    store: InboxStore
    secretariat: Secretariat
    limits: Limits
    keys: KeyList | None = None
    challenges: Challenges = field(init=False)
    key_rate: RateLimiter = field(init=False)
    ip_rate: RateLimiter = field(init=False)
    stats: Stats = field(default_factory=Stats)
    header: list[tuple[int, ...]] = field(init=False)
    _locks: dict[str, asyncio.Lock] = field(default_factory=dict)
    _current: dict[str, asyncio.Event] = field(default_factory=dict)  # upload id -> "stop" of its PATCH
    _verified: dict[tuple[bytes, str, bytes], str] = field(default_factory=dict)
    _done: dict[str, tuple[str, int, float]] = field(default_factory=dict)  # id -> key, length, when

    def __post_init__(self) -> None:
        self.challenges = Challenges(self.limits.challenge_ttl)
        self.key_rate = RateLimiter(self.limits.key_rate, self.limits.key_burst)
        self.ip_rate = RateLimiter(self.limits.ip_rate, self.limits.ip_burst)
        self.header = p.expected_header(self.secretariat.encryption_key_id)
        stored = self.store.read_optional(KEY_LIST_FILE)
        if stored is not None:
            try:
                self.keys = read_key_list(stored, self.secretariat.key_id, self.secretariat.signing_public)
            except BundleRejected as exc:  # pragma: no cover - only what verified was stored
                log.warning("the stored key list is not valid (%s); no key counts as enrolled", exc)
        self._load_done()

    # -- finished uploads still answer HEAD (a client whose last response was lost learns it is done)

    def _done_path(self) -> Any:
        return self.store.root / "done.json"

    def _load_done(self) -> None:
        path = self._done_path()
        with contextlib.suppress(OSError, ValueError, TypeError):
            raw = json.loads(path.read_bytes())
            self._done = {k: (v[0], int(v[1]), float(v[2])) for k, v in raw.items()}

    def _save_done(self) -> None:
        horizon = time.time() - self.limits.done_expiry
        self._done = {k: v for k, v in self._done.items() if v[2] >= horizon}
        from kin_desktop.inbox.store import write_atomically

        write_atomically(self._done_path(), json.dumps(self._done).encode())

    def remember_done(self, upload_id: str, key: str, length: int) -> None:
        self._done[upload_id] = (key, length, time.time())
        self._save_done()

    def done(self, upload_id: str) -> tuple[str, int, float] | None:
        item = self.store.incoming.get(upload_id)
        if item is not None:
            return item.key_id, item.size, item.received
        return self._done.get(upload_id)

    # -- locks

    def lock(self, upload_id: str) -> asyncio.Lock:
        return self._locks.setdefault(upload_id, asyncio.Lock())

    def forget_lock(self, upload_id: str) -> None:
        lock = self._locks.get(upload_id)
        if lock is not None and not lock.locked():
            self._locks.pop(upload_id, None)

    # -- authorisation

    def client_address(self, request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def limit_address(self, request: Request) -> None:
        wait = self.ip_rate.allow(self.client_address(request))
        if wait:
            raise Refused(429, "rate_limited", "Too many requests.", {"Retry-After": str(int(wait) + 1)})

    def authenticate(self, request: Request) -> Caller:
        header = request.headers.get("authorization")
        if not header:
            self.limit_address(request)
            raise Refused(
                401,
                "no_authorization",
                "Sign a challenge from POST /v1/challenge with your key.",
                {"WWW-Authenticate": p.AUTH_SCHEME},
            )
        try:
            public, challenge, signature = p.parse_authorization(header)
        except ValueError as exc:
            self.limit_address(request)
            raise Refused(401, "bad_authorization", str(exc), {"WWW-Authenticate": p.AUTH_SCHEME}) from exc
        cache_key = (public, challenge, signature)
        key = self._verified.get(cache_key)
        if not self.challenges.valid(challenge):
            self.limit_address(request)
            raise Refused(
                401, "challenge_expired", "The challenge expired: ask for a new one.",
                {"WWW-Authenticate": p.AUTH_SCHEME},
            )  # fmt: skip
        if key is None:
            if not p.signature_valid(public, challenge, signature):
                self.limit_address(request)
                raise Refused(
                    401, "bad_signature", "The signature does not match the key.",
                    {"WWW-Authenticate": p.AUTH_SCHEME},
                )  # fmt: skip
            if len(self._verified) > 10_000:
                self._verified.clear()
            key = key_id_of(public)
            self._verified[cache_key] = key
        status = key_status(key, self.secretariat.key_id, self.keys)
        if status == "revoked":
            raise Refused(403, "revoked_key", "The secretariat has revoked this key.")
        wait = self.key_rate.allow(key)
        if wait:
            raise Refused(429, "rate_limited", "Too many requests.", {"Retry-After": str(int(wait) + 1)})
        return Caller(key, status)

    def secretariat_only(self, request: Request) -> Caller:
        caller = self.authenticate(request)
        if caller.status != "secretariat":
            raise Refused(403, "not_secretariat", "Only the secretariat may do this.")
        return caller


def _error(exc: Refused, head: bool = False) -> Response:
    headers = {**TUS_HEADERS, **exc.headers}
    if head:
        return Response(status_code=exc.status, headers=headers)
    return JSONResponse({"error": exc.code, "message": exc.message}, exc.status, headers=headers)


Handler = Callable[[Inbox, Request], Awaitable[Response]]


def _route(path: str, handler: Handler, methods: list[str], inbox: Inbox) -> Route:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(inbox, request)
        except Refused as exc:
            return _error(exc, request.method == "HEAD")

    return Route(path, endpoint, methods=methods)
