"""Owner-only files: a profile's folder and what it holds are readable by its user alone.

On POSIX every folder of a profile is 0700 and every file 0600, whatever the umask: the database and
its WAL and shared-memory files, held and quarantined bundles, backups, keys, attachments; exported
bundles, receipts and reports are written through ``tempfile.mkstemp`` (0600) and keep that mode.
SQLite gives its ``-wal`` and ``-shm`` files the mode of the database file, so the database file is
created 0600 before SQLite first opens it. Opening a profile mends a profile made before this rule
(:func:`secure_profile`). On Windows a profile lives under the user's own AppData folder, whose
access list already excludes other users; these functions do nothing there.

Imports nothing heavy (``paths`` and the storage layer use it).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"
# What a profile folder holds directly; their files are covered by the folder's 0700 as well.
_SUBFOLDERS = ("held", "quarantine", "backups", "attachments")
_DATABASE_FILES = ("kin.sqlite3", "kin.sqlite3-wal", "kin.sqlite3-shm", "keys.enc")


def _chmod(path: Path, mode: int) -> None:
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except FileNotFoundError:
        pass


def private_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) if need be; the folder itself is made 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if POSIX:
        _chmod(path, FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if it does not exist, as 0600; an existing file is made 0600."""
    if POSIX:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        except FileExistsError:
            pass
        _chmod(path, FILE_MODE)
    return path


def restrict(path: Path) -> None:
    """Make an existing file 0600 (nothing when it does not exist)."""
    if POSIX:
        _chmod(path, FILE_MODE)


def secure_profile(data_dir: Path) -> None:
    """Make a profile folder owner-only: the folder and its known subfolders 0700, the database, its
    WAL and shared-memory files and the key file 0600. A handful of ``stat`` calls; run on opening."""
    if not POSIX or not data_dir.is_dir():
        return
    _chmod(data_dir, FOLDER_MODE)
    for name in _SUBFOLDERS:
        _chmod(data_dir / name, FOLDER_MODE)
    for name in _DATABASE_FILES:
        _chmod(data_dir / name, FILE_MODE)
