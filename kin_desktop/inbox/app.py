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
import time
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kin_desktop.inbox import mail, tus
from kin_desktop.inbox import protocol as p
from kin_desktop.inbox.state import Inbox, Refused, Stats, _route, log

__all__ = ["Inbox", "Refused", "Stats", "create_app"]


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
        _route(f"{api}/uploads", tus.options, ["OPTIONS"], inbox),
        _route(f"{api}/uploads", tus.create, ["POST"], inbox),
        _route(f"{api}/uploads/{{upload_id}}", tus.upload_resource, ["HEAD", "PATCH", "DELETE"], inbox),
        _route(f"{api}/mailbox", mail.mailbox, ["GET"], inbox),
        _route(f"{api}/mailbox/{{box}}/{{name}}", mail.mail_file, ["GET", "HEAD", "PUT", "DELETE"], inbox),
        _route(f"{api}/incoming", mail.incoming, ["GET"], inbox),
        _route(f"{api}/incoming/{{upload_id}}", mail.incoming_file, ["GET", "HEAD", "DELETE"], inbox),
        _route(f"{api}/keys", mail.put_keys, ["PUT"], inbox),
        _route(f"{api}/status", mail.status, ["GET"], inbox),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.inbox = inbox
    return app
