"""Owner-only files on POSIX and the one passphrase policy (issue 10).

Under the usual umask (022) files are created world-readable: a profile's database, its WAL, held
bundles and backups were, while keys and attachments were owner-only. Now every folder of a profile
is 0700 and every file in it 0600, whatever the umask; and the command line refuses the short
passphrases the GUI refuses.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kin_desktop import paths
from kin_desktop.core.passphrase import MIN_PASSPHRASE_LENGTH, passphrase_problem
from kin_desktop.storage import db
from tests.helpers.bundles import export, import_files, make_delegate, make_secretariat, save, welcome_pack
from tests.helpers.cli import run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def loose_entries(folder: Path) -> list[str]:
    """Everything under ``folder`` (itself included) that a group or others may read, write or enter."""
    found = []
    for path in [folder, *folder.rglob("*")]:
        if stat.S_IMODE(path.lstat().st_mode) & 0o077:
            found.append(f"{path.relative_to(folder.parent)} {oct(stat.S_IMODE(path.lstat().st_mode))}")
    return found


def test_every_file_of_a_profile_is_owner_only_whatever_the_umask(usual_umask: None, tmp_path: Path) -> None:
    from kin_desktop.core.schemas import RecordType

    secretariat = make_secretariat(tmp_path / "secretariat")
    pack = welcome_pack(secretariat, tmp_path / "packs" / "welcome.kinw")
    stranger = make_delegate(tmp_path / "stranger", welcome_pack=pack, secretariat=secretariat)
    save(stranger, RecordType.PRACTICE, {"title": "Waste bank"})
    bundle = export(stranger, tmp_path / "out")
    assert [o.status for o in import_files(secretariat, [bundle])] == ["held"]  # held/ gets a file
    (tmp_path / "broken.kinb").write_bytes(b"KINB garbage")
    import_files(secretariat, [tmp_path / "broken.kinb"])
    db.backup_database(secretariat.database, paths.backups_dir(secretariat.data_dir) / "kin-copy.sqlite3")
    with secretariat.open() as workspace, workspace.session():  # WAL and shared memory exist while open
        assert loose_entries(secretariat.data_dir) == []
    assert loose_entries(stranger.data_dir) == []
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600  # the export


def test_a_profile_made_before_the_rule_is_mended_when_opened(usual_umask: None, tmp_path: Path) -> None:
    secretariat = make_secretariat(tmp_path / "secretariat")
    os.chmod(secretariat.data_dir, 0o755)
    os.chmod(secretariat.database, 0o644)
    (secretariat.data_dir / "held").mkdir(mode=0o755)
    with secretariat.open():
        pass
    assert stat.S_IMODE(secretariat.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(secretariat.database.stat().st_mode) == 0o600
    assert stat.S_IMODE((secretariat.data_dir / "held").stat().st_mode) == 0o700


@pytest.mark.slow
def test_the_command_line_refuses_the_short_passphrase_the_gui_refuses(tmp_path: Path) -> None:
    """Before: ``kin-desktop init`` took a one-character passphrase where the GUI asks for 8."""
    directory = tmp_path / "delegate"
    args = (
        "init",
        "delegate",
        "--name",
        "An",
        "--city",
        "Hai Phong",
        "--country",
        "VN",
        "--category",
        "mayor",
    )
    short = "x" * (MIN_PASSPHRASE_LENGTH - 1)
    result = run_cli(*args, data_dir=directory, env={"KIN_PASSPHRASE": short})
    assert result.code != 0
    assert "at least 8 characters" in result.stderr
    assert not (directory / "keys.enc").exists()
    assert run_cli(*args, data_dir=directory, env={"KIN_PASSPHRASE": "x" * MIN_PASSPHRASE_LENGTH}).code == 0


def test_one_policy() -> None:
    assert passphrase_problem("1234567") is not None
    assert passphrase_problem("        ") is not None
    assert passphrase_problem("rice fields at dawn") is None
