"""The secretariat demo as a test fixture: built once per test module, copied for each test.

Building it takes several seconds; copying the folder is cheap. The keys are taken along into
the per-test in-memory keyring that tests/conftest.py installs.

Test modules that need it ask for ``workspace``; a module may define its own.

"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from kin_desktop.services import demo, profiles
from tests.helpers.fakes import MemoryKeyring

Template = tuple[Path, dict[tuple[str, str], str]]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    keys = MemoryKeyring()
    directory = tmp_path_factory.mktemp("template") / "secretariat"
    demo.create_demo_profile(directory, role="secretariat", keyring_backend=keys)
    return directory, dict(keys.entries)


def copy_demo_secretariat(demo_template: Template, tmp_path: Path) -> Path:
    """A copy of the demo secretariat profile in ``tmp_path``, its secrets in the test keyring."""
    template, entries = demo_template
    directory = tmp_path / "secretariat"
    shutil.copytree(template, directory)
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    backend.entries.update(entries)
    return directory


@pytest.fixture
def workspace(demo_template: Template, tmp_path: Path) -> Iterator[profiles.Workspace]:
    with profiles.open_workspace(copy_demo_secretariat(demo_template, tmp_path)) as opened:
        yield opened
