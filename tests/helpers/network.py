"""Three profiles (a secretariat, Hai Phong and Bangkok) and a welcome pack, made once per test module
and copied for each test: the ``net`` fixture of the exchange tests (see tests/unit/services/conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import pytest

from kin_desktop.services import exchange, profiles
from kin_desktop.services.profiles import Workspace
from tests.helpers.fakes import MemoryKeyring


@dataclass
class Network:
    tmp: Path
    secretariat: Workspace
    hai_phong: Workspace
    bangkok: Workspace
    pack: Path
    fingerprint: str
    extra: list[Workspace] = field(default_factory=list)  # opened by a test, closed at the end

    @property
    def outbox(self) -> Path:
        return self.tmp / "outbox"


@dataclass(frozen=True)
class _Template:
    root: Path
    fingerprint: str
    secrets: dict[tuple[str, str], str]


def _delegate(directory: Path, name: str, city: str, country: str) -> Workspace:
    profiles.init_delegate(directory, name=name, city=city, country=country, category="city-expert")
    return profiles.open_workspace(directory)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Template]:
    """Three profiles and a welcome pack, made once per module and copied for each test (fast)."""
    root = tmp_path_factory.mktemp("network")
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        info = profiles.init_secretariat(root / "sec", name="KIN Secretariat", organisation="IGES")
        _delegate(root / "hp", "Nguyễn Văn An", "Hai Phong", "VN").close()
        _delegate(root / "bkk", "Somchai", "Bangkok", "TH").close()
        with profiles.open_workspace(root / "sec") as secretariat:
            exchange.make_welcome_pack(secretariat, root / "packs" / "welcome.kinw")
    finally:
        keyring.set_keyring(previous)
    assert info.fingerprint is not None
    yield _Template(root, info.fingerprint, dict(memory.entries))


@pytest.fixture
def net(tmp_path: Path, template: _Template) -> Iterator[Network]:
    current = keyring.get_keyring()
    assert isinstance(current, MemoryKeyring)
    current.entries.update(template.secrets)
    for name in ("sec", "hp", "bkk", "packs"):
        shutil.copytree(template.root / name, tmp_path / name)
    sec, hp, bkk = (profiles.open_workspace(tmp_path / name) for name in ("sec", "hp", "bkk"))
    workspaces = [sec, hp, bkk]
    network = Network(tmp_path, sec, hp, bkk, tmp_path / "packs" / "welcome.kinw", template.fingerprint)
    yield network
    for workspace in [*workspaces, *network.extra]:
        workspace.close()
