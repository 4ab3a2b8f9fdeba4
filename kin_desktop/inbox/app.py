"""The inbox service as an ASGI application (Starlette). ``create_app`` builds it; ``serve`` runs it.

Routes (all under ``/v1``; docs/sync.md has the whole protocol):

=======  ==========================  ===========  ===============================================
method   path                        who          what
=======  ==========================  ===========  ===============================================
GET      /v1                         anyone       what this inbox is: secretariat key, limits
POST     /v1/challenge               anyone       a short-lived challenge to sign
OPTIONS  /v1/uploads                 anyone       tus discovery
POST     /v1/uploads                 delegate     tus creation
HEAD     /v1/uploads/{id}            its owner    tus: the offset
PATCH    /v1/uploads/{id}            its owner    tus: bytes at the offset (checksum extension)
DELETE   /v1/uploads/{id}            its owner    tus termination
GET      /v1/mailbox                 delegate     its receipts and the welcome-pack updates
GET      /v1/mailbox/{box}/{name}    delegate     one of them (HTTP range requests resume)
PUT      /v1/mailbox/{box}/{name}    secretariat  a signed receipt or welcome pack
DELETE   /v1/mailbox/{box}/{name}    secretariat
GET      /v1/incoming                secretariat  bundles received whole
GET      /v1/incoming/{id}           secretariat  one (range requests resume)
DELETE   /v1/incoming/{id}           secretariat  once imported or refused
PUT      /v1/keys                    secretariat  the signed list of enrolled and revoked keys
GET      /v1/status                  secretariat  counts
=======  ==========================  ===========  ===============================================
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import shutil
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from kin_desktop.bundle import container
from kin_desktop.bundle.keylist import KeyList, read_key_list
from kin_desktop.bundle.keys import key_id as key_id_of
from kin_desktop.core.errors import BundleRejected
from kin_desktop.inbox import protocol as p
from kin_desktop.inbox.identity import Secretariat
from kin_desktop.inbox.policy import Challenges, Limits, RateLimiter, key_status
from kin_desktop.inbox.store import InboxStore, Upload

log = logging.getLogger("kin_desktop.inbox")
TUS_HEADERS = {"Tus-Resumable": p.TUS_VERSION}
KEY_LIST_FILE = "keys.kinl"
_MAIL_SUFFIX = {"receipt": ".kinr", "welcome-pack": ".kinw"}


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


# -- public ----------------------------------------------------------------------------------------


async def info(inbox: Inbox, _request: Request) -> Response:
    limits = inbox.limits
    return JSONResponse(
        {
            "service": "kin-inbox",
            "protocol": 1,
            "secretariat": {"key_id": inbox.secretariat.key_id, "name": inbox.secretariat.name},
            "encryption_key_id": inbox.secretariat.encryption_key_id,
            "key_list_sequence": inbox.keys.sequence if inbox.keys else 0,
            "tus": {"version": p.TUS_VERSION, "extensions": list(p.TUS_EXTENSIONS)},
            "limits": {
                "unknown_quota": limits.unknown_quota,
                "enrolled_quota": limits.enrolled_quota,
                "max_upload": limits.max_upload,
                "challenge_ttl": limits.challenge_ttl,
            },
        }
    )


async def challenge(inbox: Inbox, request: Request) -> Response:
    inbox.limit_address(request)
    return JSONResponse(
        {"challenge": inbox.challenges.issue(), "expires_in": inbox.limits.challenge_ttl},
        headers={"Cache-Control": "no-store"},
    )


# -- tus ---------------------------------------------------------------------------------------------


def _tus(request: Request) -> None:
    if request.headers.get("tus-resumable") != p.TUS_VERSION:
        raise Refused(412, "tus_version", "This server speaks tus 1.0.0.", {"Tus-Version": p.TUS_VERSION})


async def options(inbox: Inbox, _request: Request) -> Response:
    return Response(
        status_code=204,
        headers={
            **TUS_HEADERS,
            "Tus-Version": p.TUS_VERSION,
            "Tus-Extension": ",".join(p.TUS_EXTENSIONS),
            "Tus-Max-Size": str(inbox.limits.max_upload),
            "Tus-Checksum-Algorithm": ",".join(p.CHECKSUMS),
        },
    )


def _int_header(request: Request, name: str) -> int:
    value = request.headers.get(name)
    if value is None or not value.isdigit() or len(value) > 15:
        raise Refused(400, "bad_header", f"{name} must be a whole number of bytes.")
    return int(value)


async def create(inbox: Inbox, request: Request) -> Response:
    _tus(request)
    caller = inbox.authenticate(request)
    if request.headers.get("upload-defer-length"):
        raise Refused(400, "defer_length", "Give Upload-Length: this server does not defer it.")
    length = _int_header(request, "upload-length")
    try:
        metadata = p.decode_metadata(request.headers.get("upload-metadata", ""))
    except ValueError as exc:
        raise Refused(400, "bad_metadata", str(exc)) from exc
    filename = metadata.get("filename", "")
    if len(filename) > 200 or any(ord(c) < 0x20 for c in filename):
        raise Refused(400, "bad_metadata", "The file name is too long or has control characters.")
    sha = metadata.get("sha256")
    if sha is not None and (len(sha) != 64 or not all(c in "0123456789abcdef" for c in sha)):
        raise Refused(400, "bad_metadata", "sha256 must be 64 lower-case hex characters.")
    limits = inbox.limits
    if length < p.MIN_BUNDLE_BYTES:
        raise Refused(400, "not_a_bundle", "Too short for a KIN bundle.")
    if length > limits.max_upload:
        raise Refused(413, "too_large", f"A bundle may have at most {limits.max_upload} bytes.")
    quota = limits.quota(caller.status)
    held = inbox.store.bytes_of(caller.key_id)
    if held + length > quota:
        code = "quota_unknown_key" if caller.status == "unknown" else "quota"
        raise Refused(
            413,
            code,
            f"This key may keep {quota} bytes on the inbox; {held} are taken. "
            + (
                "Keys the secretariat has not enrolled yet get a small quota."
                if caller.status == "unknown"
                else ""
            ),
        )
    if inbox.store.uploads_of(caller.key_id) >= limits.max_uploads_per_key:
        raise Refused(429, "too_many_uploads", "Finish or cancel the uploads under way first.")
    if inbox.store.total_bytes() + length > limits.max_storage:
        raise Refused(507, "inbox_full", "The inbox is full; the secretariat must collect first.")
    free = await run_in_threadpool(lambda: shutil.disk_usage(inbox.store.root).free)
    if free - length < limits.min_free:
        raise Refused(507, "disk_full", "The inbox's disk is full.")
    upload = await run_in_threadpool(inbox.store.new_upload, caller.key_id, length, metadata)
    log.info("upload %s created by %s (%s, %d bytes)", upload.id, caller.key_id, caller.status, length)
    return Response(
        status_code=201,
        # absolute, as the client addressed us (Host, X-Forwarded-Proto behind a proxy, root path):
        # some tus clients resolve a relative Location against the creation URL as if it were a folder
        headers={
            **TUS_HEADERS,
            "Location": f"{str(request.url).rstrip('/')}/{upload.id}",
            "Upload-Offset": "0",
        },
    )


def _owned(inbox: Inbox, request: Request, caller: Caller) -> Upload | None:
    upload_id = request.path_params["upload_id"]
    if not p.valid_name(upload_id):
        raise Refused(404, "no_upload", "No such upload.")
    upload = inbox.store.uploads.get(upload_id)
    owner = upload.key_id if upload is not None else None
    if upload is None:
        done = inbox.done(upload_id)
        owner = done[0] if done else None
    if owner is None or owner != caller.key_id:
        raise Refused(404, "no_upload", "No such upload (it may have expired).")
    return upload


async def upload_resource(inbox: Inbox, request: Request) -> Response:
    _tus(request)
    caller = inbox.authenticate(request)
    upload = _owned(inbox, request, caller)
    upload_id = request.path_params["upload_id"]
    if request.method == "HEAD":
        if upload is None:
            done = inbox.done(upload_id)
            assert done is not None
            offset, length = done[1], done[1]
        else:
            offset, length = upload.offset, upload.length
        return Response(
            status_code=200,
            headers={
                **TUS_HEADERS,
                "Upload-Offset": str(offset),
                "Upload-Length": str(length),
                "Cache-Control": "no-store",
            },
        )
    if request.method == "DELETE":
        if upload is None:
            raise Refused(404, "no_upload", "The upload is complete: it can no longer be cancelled.")
        stop = inbox._current.get(upload.id)
        if stop is not None:
            stop.set()
        async with inbox.lock(upload.id):
            await run_in_threadpool(inbox.store.delete_upload, upload.id)
        inbox.forget_lock(upload.id)
        return Response(status_code=204, headers=TUS_HEADERS)
    if upload is None:
        raise Refused(409, "complete", "The upload is complete.")
    return await _patch(inbox, request, upload)


@dataclass
class _Body:
    """What a PATCH request declares about its body."""

    length: int | None
    checksum: tuple[str, bytes] | None
    blocks: tuple[int, list[bytes]] | None


def _body_rules(request: Request, upload: Upload) -> _Body:
    if request.headers.get("content-type", "").split(";")[0].strip() != p.OFFSET_CONTENT_TYPE:
        raise Refused(415, "content_type", f"PATCH bodies are {p.OFFSET_CONTENT_TYPE}.")
    offset = _int_header(request, "upload-offset")
    if offset != upload.offset:
        raise Refused(
            409,
            "offset",
            f"The upload is at {upload.offset}, not {offset}.",
            {"Upload-Offset": str(upload.offset)},
        )
    length = None
    if "content-length" in request.headers:
        length = _int_header(request, "content-length")
        if upload.offset + length > upload.length:
            raise Refused(413, "past_end", "The body goes past Upload-Length.")
    checksum = None
    if "upload-checksum" in request.headers:
        try:
            checksum = p.parse_checksum(request.headers["upload-checksum"])
        except KeyError as exc:
            raise Refused(400, "checksum_algorithm", "Unsupported checksum algorithm.") from exc
        except ValueError as exc:
            raise Refused(400, "bad_checksum", str(exc)) from exc
    blocks = None
    if p.BLOCKS_HEADER.lower() in request.headers:
        try:
            blocks = p.parse_block_checksums(request.headers[p.BLOCKS_HEADER.lower()], length)
        except ValueError as exc:
            raise Refused(400, "bad_blocks", str(exc)) from exc
    return _Body(length, checksum, blocks)


class _Interrupted(Exception):
    """The client went away, fell silent, or a newer request for the same upload took over."""


async def _pieces(inbox: Inbox, request: Request, stop: asyncio.Event) -> AsyncIterator[bytes]:
    """The body as it arrives; ``_Interrupted`` when the connection drops, idles or is superseded."""
    idle = 0.0
    while True:
        if stop.is_set():
            raise _Interrupted("superseded")
        try:
            message = await asyncio.wait_for(request.receive(), timeout=1.0)
        except TimeoutError:
            idle += 1.0
            if idle >= inbox.limits.idle_timeout:
                raise _Interrupted("idle") from None
            continue
        idle = 0.0
        if message["type"] == "http.disconnect":
            raise _Interrupted("disconnected")
        body = message.get("body", b"")
        if body:
            yield body
        if not message.get("more_body", False):
            return


async def _patch(inbox: Inbox, request: Request, upload: Upload) -> Response:
    # A newer PATCH for the same upload takes over from one whose connection died unnoticed.
    previous = inbox._current.get(upload.id)
    if previous is not None:
        previous.set()
        inbox.stats.locks_waited += 1
    lock = inbox.lock(upload.id)
    try:
        await asyncio.wait_for(lock.acquire(), timeout=10.0)
    except TimeoutError:
        raise Refused(
            423, "locked", "Another request is writing this upload.", {"Retry-After": "2"}
        ) from None
    stop = asyncio.Event()
    inbox._current[upload.id] = stop
    try:
        if upload.id not in inbox.store.uploads:
            raise Refused(404, "no_upload", "The upload was cancelled.")
        rules = _body_rules(request, upload)
        return await _write(inbox, request, upload, rules, stop)
    finally:
        if inbox._current.get(upload.id) is stop:
            del inbox._current[upload.id]
        lock.release()
        inbox.forget_lock(upload.id)


async def _write(
    inbox: Inbox, request: Request, upload: Upload, rules: _Body, stop: asyncio.Event
) -> Response:
    store = inbox.store
    start = upload.offset
    whole = p.CHECKSUMS[rules.checksum[0]]() if rules.checksum else None
    block_size, digests = rules.blocks if rules.blocks else (0, [])
    pending = bytearray()  # bytes of the current block, not verified yet
    verified = 0  # bytes written and verified (by blocks), or written (no blocks)
    received = 0
    failure: Refused | None = None
    interrupted = False
    stream = await run_in_threadpool(store.part_path(upload.id).open, "r+b")
    try:
        stream.truncate(start)
        stream.seek(start)
        try:
            async for piece in _pieces(inbox, request, stop):
                if failure is not None:
                    continue  # drain the body so the client reads our answer
                received += len(piece)
                inbox.stats.bytes_received += len(piece)
                if start + received > upload.length:
                    failure = Refused(413, "past_end", "The body goes past Upload-Length.")
                    continue
                bad = p.header_problem(piece, start + received - len(piece), inbox.header)
                if bad is not None:
                    inbox.stats.refused_headers += 1
                    failure = Refused(
                        415, "not_a_bundle", f"Not a KIN bundle for this secretariat (byte {bad})."
                    )
                    continue
                if whole is not None:
                    whole.update(piece)
                if not rules.blocks:
                    stream.write(piece)
                    verified += len(piece)
                    continue
                pending += piece
                while len(pending) >= block_size:
                    index = verified // block_size
                    block = bytes(pending[:block_size])
                    if index >= len(digests) or hashlib.sha1(block).digest() != digests[index]:
                        failure = Refused(
                            p.CHECKSUM_MISMATCH, "checksum_mismatch", "A block does not match its checksum."
                        )
                        inbox.stats.checksum_mismatches += 1
                        break
                    stream.write(block)
                    verified += block_size
                    del pending[:block_size]
        except _Interrupted as why:
            interrupted = True
            inbox.stats.interrupted_patches += 1
            log.info("PATCH of %s interrupted (%s) after %d bytes", upload.id, why, received)
        if failure is None and not interrupted and rules.blocks and pending:
            index = verified // block_size
            if index >= len(digests) or hashlib.sha1(bytes(pending)).digest() != digests[index]:
                failure = Refused(
                    p.CHECKSUM_MISMATCH, "checksum_mismatch", "A block does not match its checksum."
                )
                inbox.stats.checksum_mismatches += 1
            else:
                stream.write(pending)
                verified += len(pending)
        if failure is None and not interrupted and rules.length is not None and received != rules.length:
            failure = Refused(400, "short_body", "The body is shorter than Content-Length.")
        if failure is None and not interrupted and whole is not None and rules.checksum is not None:
            if whole.digest() != rules.checksum[1]:
                failure = Refused(
                    p.CHECKSUM_MISMATCH, "checksum_mismatch", "The body does not match Upload-Checksum."
                )
                inbox.stats.checksum_mismatches += 1
        stream.flush()
    finally:
        await run_in_threadpool(stream.close)
    if failure is not None:
        await run_in_threadpool(store.discard_after_offset, upload)
        if failure.code == "not_a_bundle":
            await run_in_threadpool(store.delete_upload, upload.id)
        raise failure
    if interrupted:
        # Keep what is certain: verified blocks; everything when the client sent no checksum (tus core);
        # nothing when it sent only a whole-body checksum that can no longer be checked.
        keep = verified if rules.blocks or rules.checksum is None else 0
        if keep:
            inbox.stats.kept_on_interrupt += keep
            await run_in_threadpool(store.commit, upload, start + keep)
        else:
            await run_in_threadpool(store.discard_after_offset, upload)
        return Response(status_code=400, headers={**TUS_HEADERS, "Upload-Offset": str(upload.offset)})
    await run_in_threadpool(store.commit, upload, start + received)
    if upload.offset == upload.length:
        return await _finish(inbox, upload)
    return Response(status_code=204, headers={**TUS_HEADERS, "Upload-Offset": str(upload.offset)})


async def _finish(inbox: Inbox, upload: Upload) -> Response:
    store = inbox.store
    sha = await run_in_threadpool(store.file_sha256, store.part_path(upload.id))
    expected = upload.metadata.get("sha256")
    if expected is not None and expected != sha:
        await run_in_threadpool(store.delete_upload, upload.id)
        inbox.stats.checksum_mismatches += 1
        raise Refused(
            p.CHECKSUM_MISMATCH, "file_mismatch", "The whole file does not match its SHA-256; send it again."
        )
    twin = next((r for r in store.incoming.values() if r.key_id == upload.key_id and r.sha256 == sha), None)
    if twin is not None:  # the same file twice (sent again after a lost answer): keep one
        await run_in_threadpool(store.delete_upload, upload.id)
        inbox.remember_done(upload.id, upload.key_id, upload.length)
    else:
        await run_in_threadpool(store.complete, upload, sha)
    inbox.stats.completed += 1
    log.info("upload %s complete (%d bytes from %s)", upload.id, upload.length, upload.key_id)
    return Response(status_code=204, headers={**TUS_HEADERS, "Upload-Offset": str(upload.length)})


# -- mailboxes ----------------------------------------------------------------------------------------


async def mailbox(inbox: Inbox, request: Request) -> Response:
    caller = inbox.authenticate(request)
    boxes = [caller.key_id, p.BOX_ALL]
    if caller.status == "secretariat":
        wanted = request.query_params.get("box")
        boxes = [wanted] if wanted and (wanted == p.BOX_ALL or p.valid_name(wanted)) else [p.BOX_ALL]
    items = [item.to_json() for box in boxes for item in inbox.store.mail(box)]
    return JSONResponse({"files": items}, headers={"Cache-Control": "no-store"})


def _box(request: Request, caller: Caller) -> tuple[str, str]:
    box, name = request.path_params["box"], request.path_params["name"]
    if not (box == p.BOX_ALL or p.valid_name(box)) or not p.valid_name(name) or name.endswith(".json"):
        raise Refused(404, "no_file", "No such file.")
    if caller.status != "secretariat" and box not in (p.BOX_ALL, caller.key_id):
        raise Refused(404, "no_file", "No such file.")
    return box, name


async def mail_file(inbox: Inbox, request: Request) -> Response:
    caller = inbox.authenticate(request)
    box, name = _box(request, caller)
    if request.method in ("GET", "HEAD"):
        path = inbox.store.mail_path(box, name)
        if path is None:
            raise Refused(404, "no_file", "No such file.")
        return FileResponse(
            path, media_type="application/octet-stream", headers={"Cache-Control": "no-store"}
        )
    if caller.status != "secretariat":
        raise Refused(403, "not_secretariat", "Only the secretariat may do this.")
    if request.method == "DELETE":
        if not await run_in_threadpool(inbox.store.delete_mail, box, name):
            raise Refused(404, "no_file", "No such file.")
        return Response(status_code=204)
    data = await _read_body(request, inbox.limits.max_mail)
    try:
        signed = container.read_signed_container(
            data, expected_kinds=("receipt", "welcome-pack"), trusted_key_lookup=inbox.secretariat.lookup
        )
    except BundleRejected as exc:
        raise Refused(
            422, exc.reason, f"Not a receipt or welcome pack signed by the secretariat: {exc}"
        ) from exc
    recipient = signed.manifest.get("recipient", {}).get("key_id")
    if signed.kind == "receipt" and box != recipient:
        raise Refused(422, "wrong_box", "A receipt goes to the mailbox of the delegate it names.")
    if signed.kind == "welcome-pack" and recipient is not None and box != recipient:
        raise Refused(422, "wrong_box", "This welcome pack is for one delegate: put it in that mailbox.")
    if not name.endswith(_MAIL_SUFFIX[signed.kind]):
        raise Refused(422, "wrong_name", f"A {signed.kind} file's name ends in {_MAIL_SUFFIX[signed.kind]}.")
    item = await run_in_threadpool(inbox.store.put_mail, box, name, data, signed.kind)
    return JSONResponse(item.to_json(), status_code=201)


async def _read_body(request: Request, most: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > most:
        raise Refused(413, "too_large", f"At most {most} bytes.")
    data = bytearray()
    async for piece in request.stream():
        data += piece
        if len(data) > most:
            raise Refused(413, "too_large", f"At most {most} bytes.")
    return bytes(data)


# -- the secretariat's side ----------------------------------------------------------------------------


async def incoming(inbox: Inbox, request: Request) -> Response:
    inbox.secretariat_only(request)
    status = {}
    items = []
    for item in sorted(inbox.store.incoming.values(), key=lambda r: (r.received, r.id)):
        value = item.to_json()
        key = item.key_id
        if key not in status:
            status[key] = key_status(key, inbox.secretariat.key_id, inbox.keys)
        value["key_status"] = status[key]
        items.append(value)
    return JSONResponse({"files": items}, headers={"Cache-Control": "no-store"})


async def incoming_file(inbox: Inbox, request: Request) -> Response:
    inbox.secretariat_only(request)
    upload_id = request.path_params["upload_id"]
    item = inbox.store.incoming.get(upload_id) if p.valid_name(upload_id) else None
    if item is None:
        raise Refused(404, "no_file", "No such bundle.")
    if request.method == "DELETE":
        await run_in_threadpool(inbox.store.delete_incoming, upload_id)
        inbox.remember_done(upload_id, item.key_id, item.size)
        return Response(status_code=204)
    return FileResponse(
        inbox.store.bundle_path(upload_id),
        media_type="application/octet-stream",
        headers={"Cache-Control": "no-store"},
    )


async def put_keys(inbox: Inbox, request: Request) -> Response:
    inbox.secretariat_only(request)
    data = await _read_body(request, inbox.limits.max_key_list)
    try:
        keys = read_key_list(data, inbox.secretariat.key_id, inbox.secretariat.signing_public)
    except BundleRejected as exc:
        raise Refused(422, exc.reason, str(exc)) from exc
    current = inbox.keys.sequence if inbox.keys else 0
    if keys.sequence < current or (
        keys.sequence == current and inbox.store.read_optional(KEY_LIST_FILE) != data
    ):
        raise Refused(
            409, "old_key_list", f"The inbox holds key list {current}; this one is {keys.sequence}."
        )
    await run_in_threadpool(inbox.store.write, KEY_LIST_FILE, data)
    inbox.keys = keys
    log.info("key list %d: %d enrolled, %d revoked", keys.sequence, len(keys.enrolled), len(keys.revoked))
    return JSONResponse(
        {"sequence": keys.sequence, "enrolled": len(keys.enrolled), "revoked": len(keys.revoked)}
    )


async def status(inbox: Inbox, request: Request) -> Response:
    inbox.secretariat_only(request)
    store = inbox.store
    return JSONResponse(
        {
            "uploads": len(store.uploads),
            "incoming": len(store.incoming),
            "bytes": store.total_bytes(),
            "key_list_sequence": inbox.keys.sequence if inbox.keys else 0,
            "stats": inbox.stats.to_json(),
        }
    )


# -- the application ------------------------------------------------------------------------------------


async def _expire_now(inbox: Inbox) -> None:
    gone = await run_in_threadpool(inbox.store.expire, time.time() - inbox.limits.upload_expiry)
    if gone:
        log.info("removed %d uploads untouched for %d days", len(gone), inbox.limits.upload_expiry // 86400)


def create_app(inbox: Inbox) -> Starlette:
    api = p.API

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        async def sweep() -> None:
            while True:
                await _expire_now(inbox)
                await asyncio.sleep(3600)

        task = asyncio.create_task(sweep())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    routes = [
        _route(api, info, ["GET"], inbox),
        _route(f"{api}/challenge", challenge, ["POST"], inbox),
        _route(f"{api}/uploads", options, ["OPTIONS"], inbox),
        _route(f"{api}/uploads", create, ["POST"], inbox),
        _route(f"{api}/uploads/{{upload_id}}", upload_resource, ["HEAD", "PATCH", "DELETE"], inbox),
        _route(f"{api}/mailbox", mailbox, ["GET"], inbox),
        _route(f"{api}/mailbox/{{box}}/{{name}}", mail_file, ["GET", "HEAD", "PUT", "DELETE"], inbox),
        _route(f"{api}/incoming", incoming, ["GET"], inbox),
        _route(f"{api}/incoming/{{upload_id}}", incoming_file, ["GET", "HEAD", "DELETE"], inbox),
        _route(f"{api}/keys", put_keys, ["PUT"], inbox),
        _route(f"{api}/status", status, ["GET"], inbox),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.inbox = inbox
    return app
