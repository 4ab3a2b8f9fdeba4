"""The folder each file dialog opened last, remembered per profile (its window.ini).

A secretariat officer saves receipts to the same USB stick all afternoon; a delegate exports to the same
folder every time. Dialogs open where the last one of their kind was closed, not in the home folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings


def _settings(workspace: Any) -> QSettings | None:
    data_dir = getattr(workspace, "data_dir", None)
    if data_dir is None or not Path(data_dir).is_dir():
        return None
    return QSettings(str(Path(data_dir) / "window.ini"), QSettings.Format.IniFormat)


def last_folder(workspace: Any, kind: str, fallback: Path | None = None) -> Path:
    """The folder a dialog of ``kind`` ("export", "import", "receipts", ...) used last, if it still
    exists; else ``fallback``; else the home folder."""
    settings = _settings(workspace)
    saved = settings.value(f"folders/{kind}") if settings is not None else None
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return fallback if fallback is not None else Path.home()


def remember_folder(workspace: Any, kind: str, path: Path) -> None:
    """Remember the folder of ``path`` (a file, or a folder) for the next dialog of ``kind``."""
    settings = _settings(workspace)
    if settings is None:
        return
    folder = path if path.is_dir() else path.parent
    settings.setValue(f"folders/{kind}", str(folder))
    settings.sync()


def workspace_of(widget: Any) -> Any:
    """The open profile of a page (its ``workspace`` or ``_workspace``), for the dialogs it opens."""
    workspace = getattr(widget, "workspace", None)
    return workspace if workspace is not None else getattr(widget, "_workspace", None)


def with_extension(path: Path, suffix: str) -> Path:
    """The name chosen in a save dialog, as typed: ``suffix`` (".pdf") added when it lacks it, never
    put in place of what follows a dot ("Forms v1.2" -> "Forms v1.2.pdf", not "Forms v1.pdf")."""
    return path if path.suffix.casefold() == suffix.casefold() else path.with_name(path.name + suffix)
