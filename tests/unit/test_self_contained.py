"""The project stands alone: its docs and code name nothing outside the repository, and every file
dialog offers exactly the one extension of each kind of exchange file (docs/bundle-format.md §1)."""

from __future__ import annotations

import re
from pathlib import Path

from kin_desktop.services import exchange

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    *ROOT.glob("*.md"),
    *(ROOT / "docs").rglob("*.md"),
    *(ROOT / "kin_desktop").rglob("*.py"),
    *(ROOT / "tests" / "vectors").glob("*.md"),
]


def test_no_doc_or_module_points_outside_the_repository() -> None:
    outside = re.compile(r"\.\./shared|\bshared/(DESIGN|NOTES|STYLE|CLI)\b|/work/")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in SOURCES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if outside.search(line)
    ]
    assert not offenders, offenders


def test_every_file_dialog_offers_only_the_extensions_of_the_format() -> None:
    """Every ``*.kin…`` pattern and default suffix of a dialog is one of the three files people carry;
    every ``.kin…`` name anywhere is one of the four extensions (the key list's stays on the inbox)."""
    suffixes = {suffix.lstrip(".") for suffix in exchange.SUFFIXES.values()}
    assert suffixes == {"kinb", "kinw", "kinr", "kinl"}
    carried = suffixes - {"kinl"}
    in_dialogs: set[str] = set()
    named: set[str] = set()
    for path in (ROOT / "kin_desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        in_dialogs.update(re.findall(r"\*\.(kin[a-z]*)", text))
        in_dialogs.update(re.findall(r"setDefaultSuffix\(\"(kin[a-z]*)\"\)", text))
        named.update(re.findall(r"\"[^\"]*\.(kin[a-z]+)\"", text))
    assert in_dialogs and in_dialogs <= carried, sorted(in_dialogs - carried)
    assert named <= suffixes, sorted(named - suffixes)


def test_a_folder_stands_for_its_files_whatever_the_case_of_their_extension(tmp_path: Path) -> None:
    for name in ("a.kinb", "B.KINB", "c.Kinb", "d.kinw", "notes.txt", "e.kinbundle"):
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in exchange.expand([tmp_path], (exchange.BUNDLE_SUFFIX,))] == [
        "B.KINB",
        "a.kinb",
        "c.Kinb",
    ]
