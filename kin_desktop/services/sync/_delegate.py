"""The delegate's sync: export what waits, upload it (resuming), fetch receipts and pack updates.

State lives in the profile database (migration 0009): each bundle on its way has a ``sync_upload``
row with the tus upload's address and the offset the inbox last confirmed, written as soon as the
inbox confirms bytes, so a sync interrupted by a crash, a closed laptop lid or a dead battery resumes
where it stopped. The bundle file waits in ``<profile>/sync/outbox/`` until the inbox has it all;
the same file can be saved to a USB stick when there is no link at all (``bundle_to_save``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlmodel import col, func, select

from kin_desktop.bundle.keys import Signer
from kin_desktop.core import canonical
from kin_desktop.core.errors import ExchangeError, SyncError
from kin_desktop.core.schemas import Role
from kin_desktop.inbox import protocol as p
from kin_desktop.services import exchange
from kin_desktop.services.exchange._common import keystore, utcnow
from kin_desktop.services.profiles import Workspace
from kin_desktop.services.sync._client import Cancelled, InboxClient, Progress, check_url
from kin_desktop.services.sync._report import Phase, SyncReport, sync_dir
from kin_desktop.storage import models as m

ClientFactory = Callable[[str, Signer], InboxClient]
MAX_MAIL = 64 * 1024 * 1024
_KINDS = {"receipt": exchange.RECEIPT_SUFFIX, "welcome-pack": exchange.WELCOME_SUFFIX}
# Refusals that pass: the inbox is full, or this key's quota is (a key not enrolled yet gets a small
# one; there is room again once the secretariat collects what waits or enrols the key). The bundle
# stays on its way; any other refusal is final for it.
_LATER = frozenset(
    {"quota", "quota_unknown_key", "too_many_uploads", "inbox_full", "disk_full", "rate_limited"}
)
# Import results that are final: the file is not fetched again. ("unreadable" is a local problem.)
_RETRY_REASONS = frozenset({"unreadable"})


def inbox_url(workspace: Workspace, given: str | None = None) -> str:
    """``given`` (checked), else the address from the secretariat's latest welcome pack."""
    if given:
        return check_url(given)
    with workspace.session() as session:
        state = session.get(m.SyncState, 1)
        url = None if state is None else state.inbox_url
    if not url:
        secretariat = workspace.profile().role == Role.SECRETARIAT
        raise SyncError(
            "No inbox address is set: give it once with 'kin-desktop welcome-pack --inbox-url URL', or use --url."
            if secretariat
            else "No inbox address is known: the secretariat's welcome pack carries none. Save the bundle to a "
            "file for the secretariat, or give the address with --url.",
            reason="no_inbox",
        )
    return check_url(url)


def export_waiting(workspace: Workspace) -> m.SyncUpload | None:
    """Export a bundle when revisions wait that no bundle on its way (or sent) carries yet.

    Every bundle carries all that is not acknowledged, so a new one is written only when something was
    saved after the newest revision of the last one (the profile's clock never runs backwards); until
    the secretariat's receipt comes, sending again would only repeat what the inbox already has.
    """
    with workspace.session() as session:
        newest = session.exec(
            select(func.max(m.Revision.hlc)).where(
                col(m.Revision.created_locally).is_(True), col(m.Revision.acknowledged).is_(False)
            )
        ).one()
        if newest is None:
            return None
        covered = session.exec(
            select(func.max(m.SyncUpload.hlc_high)).where(col(m.SyncUpload.status) != "refused")
        ).one()
        if covered is not None and newest <= covered:
            return None
    result = exchange.export_bundle(workspace, out=sync_dir(workspace.data_dir, "outbox"))
    if result.path is None or result.bundle_id is None or result.sequence is None:
        return None
    now = utcnow()
    row = m.SyncUpload(
        path=str(result.path),
        size=result.size,
        sha256=canonical.sha256_hex(result.path.read_bytes()),
        bundle_id=result.bundle_id,
        sequence=result.sequence,
        hlc_high=newest,
        created_at=now,
        updated_at=now,
    )
    with workspace.session() as session:
        session.add(row)
        session.flush()
        session.refresh(row)
        session.expunge(row)
    return row


def pending_uploads(workspace: Workspace) -> list[m.SyncUpload]:
    with workspace.session() as session:
        rows = list(
            session.exec(
                select(m.SyncUpload)
                .where(col(m.SyncUpload.status) == "pending")
                .order_by(col(m.SyncUpload.id))
            ).all()
        )
        for row in rows:
            session.expunge(row)
    return rows


def bundle_to_save(workspace: Workspace) -> Path | None:
    """The newest bundle still on its way, to save to a file when there is no link; None when none waits.

    Exports one first when there is something new, so the file holds everything not acknowledged."""
    workspace.require_role(Role.DELEGATE)
    export_waiting(workspace)
    rows = [r for r in pending_uploads(workspace) if Path(r.path).is_file()]
    return Path(rows[-1].path) if rows else None


def save_bundle_copy(source: Path, target: Path) -> Path:
    """Copy a waiting bundle to ``target`` (e.g. a USB stick), all or nothing."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.tmp")
    try:
        shutil.copyfile(source, temp)
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _update(workspace: Workspace, row_id: int | None, **values: Any) -> None:
    with workspace.session() as session:
        row = session.get(m.SyncUpload, row_id)
        if row is not None:
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = utcnow()
            session.add(row)


def send_pending(
    workspace: Workspace,
    client: InboxClient,
    report: SyncReport,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Upload every bundle on its way, oldest first, each resuming where the inbox has it."""
    rows = pending_uploads(workspace)
    total = sum(r.size for r in rows)
    before = 0
    for row in rows:
        path = Path(row.path)
        entry: dict[str, Any] = {
            "path": str(path),
            "bundle_id": row.bundle_id,
            "sequence": row.sequence,
            "size": row.size,
        }
        if not path.is_file():
            _update(workspace, row.id, status="refused", error="the bundle file is missing")
            report.sent.append(
                {**entry, "status": "refused", "offset": 0, "error": "the bundle file is missing"}
            )
            continue
        upload_url = row.upload_url if row.inbox_url == client.url else None  # another inbox: start over
        confirmed = {"offset": row.offset if upload_url else 0}

        def saved(
            url: str | None, offset: int, row_id: int | None = row.id, confirmed: dict[str, int] = confirmed
        ) -> None:
            confirmed["offset"] = offset
            _update(workspace, row_id, upload_url=url, offset=offset, inbox_url=client.url)

        def moved(done: int, _size: int, base: int = before) -> None:
            if progress is not None:
                progress(base + done, total)

        try:
            client.upload(
                path,
                upload_url=upload_url,
                metadata={"filename": path.name, "sha256": row.sha256},
                saved=saved,
                progress=moved,
                cancelled=cancelled,
            )
        except SyncError as exc:
            if exc.reason != "refused" or exc.params.get("code") in _LATER:
                _update(workspace, row.id, error=str(exc))
                report.sent.append(
                    {**entry, "status": "partial", "offset": confirmed["offset"], "error": str(exc)}
                )
                raise
            _update(workspace, row.id, status="refused", error=str(exc))
            report.sent.append(
                {**entry, "status": "refused", "offset": confirmed["offset"], "error": str(exc)}
            )
        else:
            _update(workspace, row.id, status="sent", offset=row.size, sent_at=utcnow(), error=None)
            report.sent.append({**entry, "status": "sent", "offset": row.size, "error": None})
        before += row.size


def _mail_list(client: InboxClient) -> list[dict[str, Any]]:
    files = []
    for item in client.list_files("mailbox"):
        box, name, size, sha, kind = (item.get(k) for k in ("box", "name", "size", "sha256", "kind"))
        if (
            isinstance(box, str)
            and (box == p.BOX_ALL or p.valid_name(box))
            and isinstance(name, str)
            and p.valid_name(name)
            and kind in _KINDS
            and name.endswith(_KINDS[str(kind)])
            and isinstance(size, int)
            and 0 < size <= MAX_MAIL
            and isinstance(sha, str)
            and len(sha) == 64
            and all(c in "0123456789abcdef" for c in sha)
        ):
            files.append(item)
    return files


def receive_mail(
    workspace: Workspace,
    client: InboxClient,
    report: SyncReport,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Fetch the receipts and welcome packs not taken yet (packs first, then receipts oldest first), and
    import them: each checked against the pinned secretariat key, as a file from a USB stick would be."""
    with workspace.session() as session:
        taken = set(
            session.exec(select(m.SyncDownload.sha256).where(col(m.SyncDownload.source) == "mailbox")).all()
        )
    files = [f for f in _mail_list(client) if f["sha256"] not in taken]
    files.sort(key=lambda f: (f["kind"] != "welcome-pack", f.get("stored", 0), f["name"]))
    folder = sync_dir(workspace.data_dir, "inbox")
    fetched: list[tuple[dict[str, Any], Path]] = []
    total, before = sum(f["size"] for f in files), 0
    for item in files:
        dest = folder / item["name"]

        def moved(done: int, _size: int, base: int = before) -> None:
            if progress is not None:
                progress(base + done, total)

        client.download(
            f"mailbox/{item['box']}/{item['name']}",
            dest,
            size=item["size"],
            sha256=item["sha256"],
            progress=moved,
            cancelled=cancelled,
        )
        before += item["size"]
        report.received.append({k: item[k] for k in ("name", "kind", "size", "sha256")} | {"path": str(dest)})
        fetched.append((item, dest))
    if not fetched:
        return
    outcomes = exchange.import_paths(workspace, [dest for _, dest in fetched])
    now = utcnow()
    with workspace.session() as session:
        for (item, _dest), outcome in zip(fetched, outcomes, strict=False):
            report.imported.append(exchange.outcome_json(outcome))
            report.outcomes.append(outcome)
            if outcome.reason in _RETRY_REASONS:
                continue
            session.add(
                m.SyncDownload(
                    source="mailbox",
                    remote=item["name"],
                    sha256=item["sha256"],
                    size=item["size"],
                    status=outcome.status,
                    taken_at=now,
                )
            )
    for _, dest in fetched:
        dest.unlink(missing_ok=True)


def sync_delegate(
    workspace: Workspace,
    *,
    url: str | None = None,
    progress: Progress | None = None,
    phase: Phase | None = None,
    cancelled: Cancelled | None = None,
    client_factory: ClientFactory | None = None,
) -> SyncReport:
    """Export what waits, send every bundle on its way, fetch what the secretariat has for this
    delegate. A failed link ends the sync early with ``report.error`` set; what was confirmed is kept."""
    workspace.require_role(Role.DELEGATE)
    with workspace.session() as session:
        if session.get(m.PinnedSecretariat, 1) is None:
            raise ExchangeError(
                "No secretariat is known yet: import the secretariat's welcome pack first.",
                reason="no_secretariat",
            )
    address = inbox_url(workspace, url)
    signer = keystore(workspace).signer()  # may ask for the passphrase: before any network
    if phase is not None:
        phase("export")
    export_waiting(workspace)
    report = SyncReport()
    factory = client_factory or (lambda address, signer: InboxClient(address, signer))
    with factory(address, signer) as client:
        try:
            if phase is not None:
                phase("send")
            send_pending(workspace, client, report, progress, cancelled)
            if phase is not None:
                phase("receive")
            receive_mail(workspace, client, report, progress, cancelled)
        except SyncError as exc:
            report.error, report.error_reason = str(exc), exc.reason
    return report
