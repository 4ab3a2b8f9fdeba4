"""Test-wide settings: offscreen Qt, never the user's keyring or data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

# Set before anything imports Qt (pytest-qt creates the QApplication lazily).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Subprocesses started by tests get no OS keyring, so they take the encrypted
# key-file path, exactly as a headless Linux box does.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("KIN_DATA_DIR", str(tmp_path / "default-profile"))
    # Demo images are made in the user's cache folder (services/demo_image.py): never the real one.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("KIN_PASSPHRASE", raising=False)
    from tests.helpers.fakes import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
