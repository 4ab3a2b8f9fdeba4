"""Export, verify, import, enrolment, welcome packs and receipts (docs/exchange.md).

Qt-free; the command line and the GUI both call these functions::

    from kin_desktop.services import exchange
    exchange.export_bundle(workspace, out=folder)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from kin_desktop.core.errors import ProfileMissingError
from kin_desktop.core.schemas import Role
from kin_desktop.services.exchange._common import (
    BUNDLE_SUFFIX,
    DUPLICATE,
    HELD,
    INTERNAL_ERROR,
    MERGED,
    QUARANTINE_DIR,
    QUARANTINED,
    RECEIPT_SUFFIX,
    REJECTED,
    STATUSES,
    SUFFIXES,
    WELCOME_SUFFIX,
    ExportResult,
    ImportOutcome,
    KeyRow,
    VerifyOutcome,
    expand,
    has_suffix,
    outcome_json,
)
from kin_desktop.services.exchange._delegate import (
    ConfirmKey,
    DelegateImporter,
    catalogue,
    normalise_fingerprint,
)
from kin_desktop.services.exchange._export import export_bundle
from kin_desktop.services.exchange._outgoing import make_welcome_pack, receipts_waiting, write_receipts
from kin_desktop.services.exchange._secretariat import SecretariatImporter, approve, enrol_list, revoke
from kin_desktop.services.exchange._verify import verify_files
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import repository


def _role(workspace: Workspace) -> str:
    """The profile's role, without opening the key store (``Workspace.profile`` reads the keys)."""
    with workspace.session() as session:
        profile = repository.get_profile(session=session)
    if profile is None:
        raise ProfileMissingError(f"no profile in {workspace.data_dir}", data_dir=str(workspace.data_dir))
    return profile.role


def import_paths(
    workspace: Workspace,
    paths: Iterable[Path | str],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    accept_fingerprint: str | None = None,
    confirm_key: ConfirmKey | None = None,
) -> list[ImportOutcome]:
    """Import files one by one, each all or nothing (a secretariat commits them in groups, see
    ``SecretariatImporter.run``).

    Secretariat: delegate bundles (a folder: every ``*.kinb`` in it, by name). Delegate: welcome packs
    and receipts (a folder: its ``*.kinw`` then its ``*.kinr`` files, by name). ``accept_fingerprint``
    or ``confirm_key(fingerprint) -> bool`` confirm a secretariat key not pinned yet.
    """
    role = _role(workspace)
    if role == Role.SECRETARIAT:
        files = expand(paths, (BUNDLE_SUFFIX,))
        return SecretariatImporter(workspace).run(files, progress=progress, cancelled=cancelled)
    files = expand(paths, (WELCOME_SUFFIX, RECEIPT_SUFFIX))
    importer = DelegateImporter(
        workspace, workspace.profile(), accept_fingerprint=accept_fingerprint, confirm_key=confirm_key
    )
    return importer.run(files, progress=progress, cancelled=cancelled)


__all__ = [
    "BUNDLE_SUFFIX",
    "DUPLICATE",
    "HELD",
    "INTERNAL_ERROR",
    "MERGED",
    "QUARANTINE_DIR",
    "QUARANTINED",
    "RECEIPT_SUFFIX",
    "REJECTED",
    "STATUSES",
    "SUFFIXES",
    "WELCOME_SUFFIX",
    "ConfirmKey",
    "ExportResult",
    "ImportOutcome",
    "KeyRow",
    "VerifyOutcome",
    "approve",
    "catalogue",
    "enrol_list",
    "export_bundle",
    "has_suffix",
    "import_paths",
    "make_welcome_pack",
    "normalise_fingerprint",
    "outcome_json",
    "revoke",
    "verify_files",
    "receipts_waiting",
    "write_receipts",
]
