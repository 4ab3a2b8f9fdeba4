"""Every path the application uses, from source, from a wheel, and when frozen.

The one module that knows where things are, in the manner of qutebrowser's ``standarddir``.
Imports nothing heavy: ``kin-desktop --version`` must stay fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "KIN Desktop"
APP_AUTHOR = "KIN"
DATA_DIR_ENV = "KIN_DATA_DIR"
DATABASE_NAME = "kin.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _bundle_root() -> Path:
    """Where top-level folders (resources/, translations/) live."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller
    source_root = _PACKAGE_DIR.parent
    if (source_root / "resources").is_dir():
        return source_root  # a checkout or an editable install
    installed = Path(sys.prefix) / "share" / "kin-desktop"
    if (installed / "resources").is_dir():
        return installed  # a wheel installed with its data files
    return source_root


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def questionnaires_dir() -> Path:
    return resources_dir() / "questionnaires"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def help_dir() -> Path:
    """The local help pages (the delegate's and the secretariat's guides)."""
    return resources_dir() / "help"


def translations_dir() -> Path:
    return _bundle_root() / "translations"


def migrations_dir() -> Path:
    return _PACKAGE_DIR / "storage" / "migrations"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir  # small, but only needed here

    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


def cache_dir() -> Path:
    """Things made once and kept for speed, safe to delete (the demo profiles' images)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, APP_AUTHOR))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The profile's folder: ``--data-dir``, else ``$KIN_DATA_DIR``, else the platform's default."""
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def database_path(profile_dir: Path) -> Path:
    return profile_dir / DATABASE_NAME


def backups_dir(profile_dir: Path) -> Path:
    return profile_dir / "backups"


def attachments_dir(profile_dir: Path) -> Path:
    return profile_dir / "attachments"
