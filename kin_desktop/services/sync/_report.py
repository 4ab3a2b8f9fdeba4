"""What a sync did, for the command line (``--json``) and the Outbox."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYNC_DIR = "sync"  # in the profile folder: what waits to go out, what is being fetched

Phase = Callable[[str], None]  # "export", "send", "receive", "import", "push"


def sync_dir(data_dir: Path, *parts: str) -> Path:
    folder = data_dir.joinpath(SYNC_DIR, *parts)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class SyncReport:
    """``sent``: bundles uploaded (or partly); ``received``: files fetched from the inbox; ``imported``:
    what became of them; ``pushed``: what the secretariat put on the inbox. ``error``: why the sync
    stopped early (the link failed, the inbox refused), None when it finished."""

    sent: list[dict[str, Any]] = field(default_factory=list)
    received: list[dict[str, Any]] = field(default_factory=list)
    imported: list[dict[str, Any]] = field(default_factory=list)
    pushed: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    error_reason: str | None = None
    outcomes: list[Any] = field(default_factory=list)  # the ImportOutcome of each file imported

    @property
    def refused(self) -> bool:
        """Something was refused: an upload by the inbox, or a file at import."""
        return any(s.get("status") == "refused" for s in self.sent) or any(
            i.get("status") in ("rejected", "quarantined") for i in self.imported
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "received": self.received,
            "imported": self.imported,
            "pushed": self.pushed,
            "error": self.error,
        }
