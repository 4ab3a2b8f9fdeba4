"""Sync with the secretariat's inbox service (docs/sync.md): Qt-free; the Outbox and ``kin-desktop
sync`` both call it::

    from kin_desktop.services import sync
    report = sync.sync_profile(workspace)          # delegate or secretariat, by the profile's role
"""

from __future__ import annotations

from kin_desktop.core.schemas import Role
from kin_desktop.services.profiles import Workspace
from kin_desktop.services.sync._client import Cancelled, InboxClient, Progress, Retry, check_url
from kin_desktop.services.sync._delegate import (
    ClientFactory,
    bundle_to_save,
    export_waiting,
    inbox_url,
    pending_uploads,
    save_bundle_copy,
    sync_delegate,
)
from kin_desktop.services.sync._report import Phase, SyncReport
from kin_desktop.services.sync._secretariat import sync_secretariat


def sync_profile(
    workspace: Workspace,
    *,
    url: str | None = None,
    progress: Progress | None = None,
    phase: Phase | None = None,
    cancelled: Cancelled | None = None,
    client_factory: ClientFactory | None = None,
) -> SyncReport:
    """A delegate sends and receives; the secretariat pulls and imports, then pushes."""
    run = sync_secretariat if workspace.profile().role == Role.SECRETARIAT else sync_delegate
    return run(
        workspace, url=url, progress=progress, phase=phase, cancelled=cancelled, client_factory=client_factory
    )


__all__ = [
    "Cancelled",
    "ClientFactory",
    "InboxClient",
    "Phase",
    "Progress",
    "Retry",
    "SyncReport",
    "bundle_to_save",
    "check_url",
    "export_waiting",
    "inbox_url",
    "pending_uploads",
    "save_bundle_copy",
    "sync_delegate",
    "sync_profile",
    "sync_secretariat",
]
