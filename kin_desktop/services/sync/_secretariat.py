"""The secretariat's sync: pull new bundles into the import, then push receipts, the welcome pack and
the key list.

A bundle is removed from the inbox only once its import has an outcome (merged, duplicate, held for
enrolment, refused): a crash between the import and the removal means the next sync fetches it again,
and the import calls it a duplicate. ``sync_download`` remembers what was imported, so such a file is
removed without being fetched again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import col, select

from kin_desktop import __version__
from kin_desktop.bundle import container
from kin_desktop.bundle.keylist import write_key_list
from kin_desktop.bundle.keys import Signer
from kin_desktop.core import canonical
from kin_desktop.core.errors import SyncError
from kin_desktop.core.schemas import Role
from kin_desktop.inbox import protocol as p
from kin_desktop.services import exchange
from kin_desktop.services.exchange._common import created_stamp, keystore, utcnow
from kin_desktop.services.profiles import Workspace
from kin_desktop.services.sync._client import Cancelled, InboxClient, Progress
from kin_desktop.services.sync._delegate import ClientFactory, inbox_url
from kin_desktop.services.sync._report import Phase, SyncReport, sync_dir
from kin_desktop.storage import models as m

_RETRY_REASONS = frozenset({"unreadable"})


def _incoming_list(client: InboxClient) -> list[dict[str, Any]]:
    files = []
    for item in client.list_files("incoming"):
        upload_id, size, sha = item.get("id"), item.get("size"), item.get("sha256")
        if (
            isinstance(upload_id, str)
            and p.valid_name(upload_id)
            and isinstance(size, int)
            and 0 < size
            and isinstance(sha, str)
            and len(sha) == 64
        ):
            files.append(item)
    return files


def pull(
    workspace: Workspace,
    client: InboxClient,
    report: SyncReport,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Fetch every bundle the inbox holds, import them in one run, remove each one imported from the
    inbox."""
    with workspace.session() as session:
        taken = set(
            session.exec(select(m.SyncDownload.sha256).where(col(m.SyncDownload.source) == "incoming")).all()
        )
    folder = sync_dir(workspace.data_dir, "incoming")
    files = _incoming_list(client)
    for item in [f for f in files if f["sha256"] in taken]:
        client.delete(f"incoming/{item['id']}")  # imported before; its removal was lost
    files = [f for f in files if f["sha256"] not in taken]
    total, before = sum(f["size"] for f in files), 0
    fetched: list[tuple[dict[str, Any], Path]] = []
    for item in files:
        dest = folder / f"{item['id']}{exchange.BUNDLE_SUFFIX}"

        def moved(done: int, _size: int, base: int = before) -> None:
            if progress is not None:
                progress(base + done, total)

        client.download(
            f"incoming/{item['id']}",
            dest,
            size=item["size"],
            sha256=item["sha256"],
            progress=moved,
            cancelled=cancelled,
        )
        before += item["size"]
        report.received.append(
            {
                "id": item["id"],
                "key_id": item.get("key_id"),
                "size": item["size"],
                "sha256": item["sha256"],
                "path": str(dest),
            }
        )
        fetched.append((item, dest))
    if not fetched:
        return
    outcomes = exchange.import_paths(workspace, [dest for _, dest in fetched], cancelled=cancelled)
    now = utcnow()
    done: list[tuple[dict[str, Any], Path]] = []
    with workspace.session() as session:
        for (item, dest), outcome in zip(fetched, outcomes, strict=False):
            report.imported.append(exchange.outcome_json(outcome))
            report.outcomes.append(outcome)
            if outcome.reason in _RETRY_REASONS:
                continue
            session.add(
                m.SyncDownload(
                    source="incoming",
                    remote=item["id"],
                    sha256=item["sha256"],
                    size=item["size"],
                    status=outcome.status,
                    taken_at=now,
                )
            )
            done.append((item, dest))
    for item, dest in done:  # recorded first: a removal that fails is retried by the next sync
        client.delete(f"incoming/{item['id']}")
        dest.unlink(missing_ok=True)


def push_key_list(workspace: Workspace, client: InboxClient, signer: Signer, report: SyncReport) -> None:
    """Push the enrolled and revoked keys when they changed, or when the inbox holds an older list."""
    with workspace.session() as session:
        keys = session.exec(select(m.DelegateKey.key_id, m.DelegateKey.status)).all()
        state = session.get(m.SyncState, 1) or m.SyncState(id=1)
        enrolled = sorted(k for k, status in keys if status == "approved")
        revoked = sorted(k for k, status in keys if status == "revoked")
        digest = canonical.digest({"enrolled": enrolled, "revoked": revoked})
        ours = state.key_list_sequence
        pushed = state.pushed_keys_digest
    held = client.info().get("key_list_sequence")
    held = held if isinstance(held, int) else 0
    if digest == pushed and held >= ours:
        return
    sequence = max(ours, held) + 1
    data = write_key_list(
        signer,
        sequence=sequence,
        enrolled=enrolled,
        revoked=revoked,
        created=created_stamp(utcnow()),
        app_version=__version__,
    )
    client.put("keys", data)
    with workspace.session() as session:
        state = session.get(m.SyncState, 1) or m.SyncState(id=1)
        state.key_list_sequence, state.pushed_keys_digest = sequence, digest
        session.add(state)
    report.pushed.append(
        {
            "kind": "key-list",
            "sequence": sequence,
            "enrolled": len(enrolled),
            "revoked": len(revoked),
            "size": len(data),
        }
    )


def _push_file(client: InboxClient, box: str, path: Path, kind: str, report: SyncReport) -> None:
    data = path.read_bytes()
    client.put(f"mailbox/{box}/{path.name}", data)
    report.pushed.append({"kind": kind, "box": box, "name": path.name, "size": len(data)})
    path.unlink(missing_ok=True)


def push_receipts(workspace: Workspace, client: InboxClient, signer: Signer, report: SyncReport) -> None:
    """Write a receipt for each delegate with something new, and push every receipt waiting to go (one
    written by an earlier sync whose link failed is pushed now)."""
    folder = sync_dir(workspace.data_dir, "outgoing")
    exchange.write_receipts(workspace, folder)
    for path in sorted(folder.glob(f"*{exchange.RECEIPT_SUFFIX}")):
        verified = container.read_signed_container(
            path.read_bytes(),
            expected_kinds=("receipt",),
            trusted_key_lookup=lambda key: signer.public if key == signer.key_id else None,
        )
        _push_file(client, verified.manifest["recipient"]["key_id"], path, "receipt", report)


def push_welcome_pack(workspace: Workspace, client: InboxClient, report: SyncReport) -> None:
    """Push the welcome pack to every delegate's mailbox when what it carries changed since the last push
    (a questionnaire published, the catalogue grown, the inbox address changed)."""
    folder = sync_dir(workspace.data_dir, "outgoing")
    path = exchange.make_welcome_pack(workspace, folder / "welcome.tmp")
    try:
        data = path.read_bytes()
        manifest = container.read_signed_container(
            data, expected_kinds=("welcome-pack",), trusted_key_lookup=None, allow_unknown_signer=True
        ).manifest
        digest = canonical.digest(manifest["members"])
        with workspace.session() as session:
            state = session.get(m.SyncState, 1)
            if state is not None and state.pushed_pack_digest == digest:
                return
        final = folder / f"KIN-welcome-{utcnow():%Y%m%d}-{digest[:8]}{exchange.WELCOME_SUFFIX}"
        path.replace(final)
        path = final
        _push_file(client, p.BOX_ALL, final, "welcome-pack", report)
        with workspace.session() as session:
            state = session.get(m.SyncState, 1) or m.SyncState(id=1)
            state.pushed_pack_digest = digest
            session.add(state)
    finally:
        path.unlink(missing_ok=True)


def sync_secretariat(
    workspace: Workspace,
    *,
    url: str | None = None,
    progress: Progress | None = None,
    phase: Phase | None = None,
    cancelled: Cancelled | None = None,
    client_factory: ClientFactory | None = None,
) -> SyncReport:
    """Pull and import, then push. A failed link ends the sync early with ``report.error`` set."""
    workspace.require_role(Role.SECRETARIAT)
    address = inbox_url(workspace, url)
    signer = keystore(workspace).signer()
    report = SyncReport()
    factory = client_factory or (lambda address, signer: InboxClient(address, signer))
    with factory(address, signer) as client:
        try:
            if phase is not None:
                phase("receive")
            pull(workspace, client, report, progress, cancelled)
            if phase is not None:
                phase("push")
            push_key_list(workspace, client, signer, report)
            push_receipts(workspace, client, signer, report)
            push_welcome_pack(workspace, client, report)
        except SyncError as exc:
            report.error, report.error_reason = str(exc), exc.reason
    return report
