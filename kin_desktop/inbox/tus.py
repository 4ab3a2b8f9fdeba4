"""tus 1.0 at ``/v1/uploads``: discovery, creation, HEAD, PATCH (with the checksum extension and block
checksums that keep the verified part of a request cut by a dropped link), termination."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from kin_desktop.inbox import protocol as p
from kin_desktop.inbox.state import TUS_HEADERS, Caller, Inbox, Refused, log
from kin_desktop.inbox.store import Upload


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
