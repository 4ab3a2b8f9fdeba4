"""The inbox service's client: signed requests, tus uploads that resume, downloads that resume.

No profile and no database here: the caller gives a signer and says where to keep state, so the
same client serves the delegate's sync, the secretariat's, and the tests' fifty delegates at once.

Certificates are checked against the operating system's trust store (``truststore``), as a browser
on the same laptop would; plain ``http://`` is accepted for loopback addresses only (tests, a local
reverse proxy). Nothing the inbox returns is trusted for its content: every file fetched is checked
against its SHA-256 here and verified against the pinned secretariat key by the importer.
"""

from __future__ import annotations

import contextlib
import os
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import httpx

from kin_desktop import __version__
from kin_desktop.bundle.keys import SignerLike
from kin_desktop.core.errors import SyncError
from kin_desktop.inbox import protocol as p

Progress = Callable[[int, int], None]  # bytes done, bytes in all
Cancelled = Callable[[], bool]
PIECE = 4096  # bytes handed to the socket at a time (progress and cancelling are this fine)


def check_url(url: str) -> str:
    """The inbox address without a trailing slash; ``SyncError(bad_url)`` unless https (or http to a
    loopback address)."""
    try:
        return p.check_url(url)
    except ValueError as exc:
        raise SyncError(str(exc), reason="bad_url") from exc


def system_tls() -> ssl.SSLContext:
    """TLS with the operating system's certificate store (Windows, macOS, Linux)."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:  # pragma: no cover - truststore is a dependency; Python's own defaults then
        return ssl.create_default_context()


class _Transient(Exception):
    """A failure worth retrying: the link dropped, the inbox is busy, an offset moved."""


class _Gone(Exception):
    """The upload resource is gone (expired or removed): create it again."""


@dataclass
class Retry:
    """How hard to try: the first retry at once, then waits doubling to ``longest``; give up after
    ``attempts`` failures in a row without a byte of progress, or ``patience`` seconds without one."""

    attempts: int = 8
    first: float = 0.3
    longest: float = 30.0
    patience: float = 600.0


def default_retry() -> Retry:
    return Retry()


class InboxClient:
    """One inbox, one key. Not thread-safe: one per thread."""

    def __init__(
        self,
        url: str,
        signer: SignerLike,
        *,
        verify: ssl.SSLContext | bool | None = None,
        chunk: int = p.DEFAULT_CHUNK,
        block: int = p.DEFAULT_BLOCK,
        retry: Retry | None = None,
        timeout: float = 90.0,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.url = check_url(url)
        self.api = f"{self.url}{p.API}"
        self.signer = signer
        self.chunk = chunk
        self.block = block
        self.retry = retry or default_retry()
        self.sleep = sleep
        self._auth: tuple[str, float] | None = None
        self.requests = 0  # made, for figures
        self.http = httpx.Client(
            verify=system_tls() if verify is None else verify,
            timeout=httpx.Timeout(timeout, connect=30.0),
            headers={"User-Agent": f"kin-desktop/{__version__}"},
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> InboxClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- requests

    def _authorization(self, fresh: bool = False) -> str:
        now = time.monotonic()
        if fresh or self._auth is None or self._auth[1] <= now:
            answer = self._send("POST", f"{self.api}/challenge")
            if answer.status_code != 200:
                raise self._refused(answer)
            body = _json(answer)
            challenge, ttl = body.get("challenge"), body.get("expires_in")
            if not isinstance(challenge, str) or not isinstance(ttl, int):
                raise SyncError("The inbox gave no usable challenge.", reason="bad_answer")
            self._auth = (p.authorization(self.signer, challenge), now + max(ttl - 60, ttl / 2))
        return self._auth[0]

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        self.requests += 1
        try:
            return self.http.request(method, url, **kwargs)
        except ssl.SSLCertVerificationError as exc:
            raise _tls_error(url, exc) from exc
        except httpx.ConnectError as exc:
            if isinstance(exc.__context__, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY" in str(exc):
                raise _tls_error(url, exc) from exc
            raise _Transient(str(exc)) from exc
        except (httpx.TransportError, OSError) as exc:
            raise _Transient(str(exc) or type(exc).__name__) from exc

    def request(
        self, method: str, url: str, *, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        """A signed request; a challenge that expired (e.g. the inbox restarted) is renewed once."""
        for fresh in (False, True):
            signed = {**(headers or {}), "Authorization": self._authorization(fresh)}
            answer = self._send(method, url, headers=signed, **kwargs)
            if answer.status_code != 401:
                return answer
        raise self._refused(answer)

    def _refused(self, answer: httpx.Response) -> SyncError:
        code, message = _problem(answer)
        if answer.status_code in (429, 423, 502, 503, 504) or answer.status_code >= 500 and code == "":
            raise _Transient(f"{answer.status_code} {message}")
        return SyncError(f"The inbox refused: {message} ({answer.status_code} {code})", reason="refused", code=code,
                         status=answer.status_code)  # fmt: skip

    def info(self) -> dict[str, Any]:
        return dict(self.retrying(lambda: _json(self._checked(self._send("GET", self.api))), None))

    def _checked(self, answer: httpx.Response, *ok: int) -> httpx.Response:
        if answer.status_code in (ok or (200,)):
            return answer
        raise self._refused(answer)

    # -- retrying

    def retrying(
        self,
        step: Callable[[], Any],
        cancelled: Cancelled | None,
        progress_of: Callable[[], int] | None = None,
    ) -> Any:
        """Run ``step`` until it returns, retrying transient failures (see :class:`Retry`)."""
        failures, last_progress = 0, time.monotonic()
        seen = progress_of() if progress_of else 0
        while True:
            _stop_if(cancelled)
            try:
                return step()
            except _Transient as exc:
                now = time.monotonic()
                done = progress_of() if progress_of else 0
                if done > seen:
                    seen, failures, last_progress = done, 0, now
                failures += 1
                if failures > self.retry.attempts or now - last_progress > self.retry.patience:
                    raise SyncError(
                        f"The inbox at {self.url} cannot be reached ({exc}). What was sent is kept; "
                        "the next sync resumes from there.",
                        reason="no_link",
                    ) from exc
                wait = (
                    0.0 if failures == 1 else min(self.retry.longest, self.retry.first * 2 ** (failures - 2))
                )
                _pause(self.sleep, wait, cancelled)

    # -- tus uploads

    def create(self, size: int, metadata: dict[str, str]) -> str:
        answer = self.request(
            "POST",
            f"{self.api}/uploads",
            headers={
                "Tus-Resumable": p.TUS_VERSION,
                "Upload-Length": str(size),
                "Upload-Metadata": p.encode_metadata(metadata),
            },
        )
        self._checked(answer, 201)
        location = answer.headers.get("location")
        if not location:
            raise SyncError("The inbox created no upload.", reason="bad_answer")
        # only the upload's id is taken from the answer: the address stays the one this client trusts
        upload_id = urlsplit(urljoin(f"{self.api}/uploads", location)).path.rstrip("/").rsplit("/", 1)[-1]
        if not p.valid_name(upload_id):
            raise SyncError("The inbox answered with an unusable upload address.", reason="bad_answer")
        return f"{self.api}/uploads/{upload_id}"

    def offset(self, upload_url: str) -> int:
        answer = self.request("HEAD", upload_url, headers={"Tus-Resumable": p.TUS_VERSION})
        if answer.status_code in (404, 410):
            raise _Gone()
        self._checked(answer, 200)
        return _offset(answer)

    def patch(
        self, upload_url: str, offset: int, data: bytes, sent: Progress | None, cancelled: Cancelled | None
    ) -> int:
        def body() -> Iterator[bytes]:
            for start in range(0, len(data), PIECE):
                _stop_if(cancelled)
                yield data[start : start + PIECE]
                if sent is not None:
                    sent(min(start + PIECE, len(data)), len(data))

        answer = self.request(
            "PATCH",
            upload_url,
            headers={
                "Tus-Resumable": p.TUS_VERSION,
                "Upload-Offset": str(offset),
                "Content-Type": p.OFFSET_CONTENT_TYPE,
                "Content-Length": str(len(data)),
                "Upload-Checksum": p.checksum_header("sha1", data),
                p.BLOCKS_HEADER: p.block_checksums(data, self.block),
            },
            content=body(),
        )
        if answer.status_code in (404, 410):
            raise _Gone()
        if answer.status_code in (409, p.CHECKSUM_MISMATCH, 400) and _problem(answer)[0] in (
            "offset", "checksum_mismatch", "short_body", "",
        ):  # fmt: skip
            raise _Transient(f"{answer.status_code} {_problem(answer)[1]}")
        self._checked(answer, 204)
        return _offset(answer)

    def terminate(self, upload_url: str) -> None:
        answer = self.request("DELETE", upload_url, headers={"Tus-Resumable": p.TUS_VERSION})
        if answer.status_code not in (204, 404, 410):
            raise self._refused(answer)

    def upload(
        self,
        path: Path,
        *,
        upload_url: str | None,
        metadata: dict[str, str],
        saved: Callable[[str | None, int], None],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> str:
        """Send ``path`` whole, resuming ``upload_url`` when given (else creating one), retrying through
        drops. ``saved(url, offset)`` is called whenever the inbox confirms bytes, so the caller keeps
        them across restarts. Returns the upload's URL."""
        size = path.stat().st_size
        state: dict[str, Any] = {"url": upload_url, "offset": 0, "known": upload_url is None}

        def report(in_chunk: int, _chunk: int) -> None:
            if progress is not None:
                progress(min(size, state["offset"] + in_chunk), size)

        def step() -> str:  # noqa: C901 - one pass of the upload, restarted by retrying()
            if state["url"] is None:
                state["url"] = self.create(size, metadata)
                state["offset"], state["known"] = 0, True
                saved(state["url"], 0)
            if not state["known"]:  # after a restart or a failure: ask the inbox where it stands
                try:
                    state["offset"] = self.offset(str(state["url"]))
                except _Gone:
                    state["url"] = None
                    saved(None, 0)
                    return step()
                state["known"] = True
                saved(state["url"], state["offset"])
            report(0, 0)
            with path.open("rb") as stream:
                while state["offset"] < size:
                    stream.seek(state["offset"])
                    data = stream.read(self.chunk)
                    state["known"] = False
                    try:
                        new = self.patch(str(state["url"]), int(state["offset"]), data, report, cancelled)
                    except _Gone:
                        state["url"] = None
                        saved(None, 0)
                        return step()
                    if new <= state["offset"] or new > size:
                        raise _Transient(f"the inbox is at {new}")
                    state["offset"], state["known"] = new, True
                    saved(state["url"], new)
            return str(state["url"])

        return str(self.retrying(step, cancelled, lambda: int(state["offset"])))

    # -- downloads (mailbox, incoming)

    def list_files(self, path: str, params: dict[str, str] | None = None) -> list[dict[str, Any]]:
        def step() -> list[dict[str, Any]]:
            answer = self._checked(self.request("GET", f"{self.api}/{path}", params=params))
            files = _json(answer).get("files")
            if not isinstance(files, list) or not all(isinstance(f, dict) for f in files):
                raise SyncError("The inbox's list is not readable.", reason="bad_answer")
            return files

        return list(self.retrying(step, None))

    def download(
        self,
        path: str,
        dest: Path,
        *,
        size: int,
        sha256: str,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Path:
        """Fetch ``/v1/<path>`` into ``dest``, resuming ``dest.part`` with a range request; checked against
        ``sha256`` before it is renamed to ``dest``."""
        import hashlib

        part = dest.with_name(dest.name + ".part")
        dest.parent.mkdir(parents=True, exist_ok=True)
        url = f"{self.api}/{quote(path)}"

        def have() -> int:
            return part.stat().st_size if part.exists() else 0

        def step() -> Path:
            start = have()
            if start > size:
                part.unlink()
                start = 0
            if start < size:
                headers = {"Range": f"bytes={start}-"} if start else {}
                try:
                    with self.http.stream(
                        "GET", url, headers={**headers, "Authorization": self._authorization()}
                    ) as answer:
                        self.requests += 1
                        if answer.status_code == 401:
                            self._auth = None
                            raise _Transient("challenge renewed")
                        if answer.status_code not in (200, 206):
                            answer.read()
                            raise self._refused(answer)
                        mode = "ab" if answer.status_code == 206 else "wb"
                        done = start if answer.status_code == 206 else 0
                        with part.open(mode) as stream:
                            for piece in answer.iter_bytes(PIECE):
                                _stop_if(cancelled)
                                stream.write(piece)
                                done += len(piece)
                                if done > size:
                                    break
                                if progress is not None:
                                    progress(done, size)
                            stream.flush()
                            os.fsync(stream.fileno())
                except (httpx.TransportError, OSError) as exc:
                    raise _Transient(str(exc) or type(exc).__name__) from exc
            digest = hashlib.sha256(part.read_bytes()).hexdigest()
            if part.stat().st_size != size or digest != sha256:
                part.unlink(missing_ok=True)  # a wrong file, or it changed on the inbox: start over
                raise _Transient("the file did not match its SHA-256")
            os.replace(part, dest)
            return dest

        return Path(self.retrying(step, cancelled, have))

    def delete(self, path: str) -> None:
        def step() -> None:
            answer = self.request("DELETE", f"{self.api}/{quote(path)}")
            if answer.status_code not in (204, 404):
                raise self._refused(answer)

        self.retrying(step, None)

    def put(self, path: str, data: bytes) -> dict[str, Any]:
        def step() -> dict[str, Any]:
            answer = self.request(
                "PUT",
                f"{self.api}/{quote(path)}",
                content=data,
                headers={"Content-Type": "application/octet-stream"},
            )
            if answer.status_code not in (200, 201):
                raise self._refused(answer)
            return _json(answer)

        return dict(self.retrying(step, None))


def _json(answer: httpx.Response) -> dict[str, Any]:
    try:
        value = answer.json()
    except ValueError as exc:
        raise SyncError("The inbox's answer is not JSON.", reason="bad_answer") from exc
    if not isinstance(value, dict):
        raise SyncError("The inbox's answer is not a JSON object.", reason="bad_answer")
    return value


def _problem(answer: httpx.Response) -> tuple[str, str]:
    with contextlib.suppress(ValueError, httpx.ResponseNotRead):
        body = answer.json()
        if isinstance(body, dict) and isinstance(body.get("error"), str):
            return body["error"], str(body.get("message", ""))
    return "", answer.reason_phrase


def _offset(answer: httpx.Response) -> int:
    value = answer.headers.get("upload-offset", "")
    if not value.isdigit():
        raise SyncError("The inbox gave no Upload-Offset.", reason="bad_answer")
    return int(value)


def _tls_error(url: str, exc: Exception) -> SyncError:
    return SyncError(
        f"The inbox at {url} shows a certificate this computer does not trust ({exc}). Nothing was sent.",
        reason="tls",
    )


def _stop_if(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise SyncError(
            "Stopped. What was sent is kept; the next sync resumes from there.", reason="cancelled"
        )


def _pause(sleep: Callable[[float], None], seconds: float, cancelled: Cancelled | None) -> None:
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        _stop_if(cancelled)
        sleep(min(left, 0.2))
