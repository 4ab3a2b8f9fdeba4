"""Mailboxes (receipts and welcome packs for delegates) and the secretariat's side: bundles received,
the key list, status."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from kin_desktop.bundle import container
from kin_desktop.bundle.keylist import read_key_list
from kin_desktop.core.errors import BundleRejected
from kin_desktop.inbox import protocol as p
from kin_desktop.inbox.policy import key_status
from kin_desktop.inbox.state import KEY_LIST_FILE, Caller, Inbox, Refused, log

_MAIL_SUFFIX = {"receipt": ".kinr", "welcome-pack": ".kinw"}


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
