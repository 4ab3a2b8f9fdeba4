"""``kin-desktop report --format csv|xlsx --out PATH`` as a subprocess on a secretariat profile."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from kin_desktop.core.schemas import RecordType
from tests.helpers.bundles import (
    Party,
    enrol,
    export,
    fill_demo,
    make_delegate,
    make_secretariat,
    record_ids,
    welcome_pack,
)
from tests.helpers.cli import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def profiles_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("report-cli")
    secretariat = make_secretariat(root / "sec")
    pack = welcome_pack(secretariat, root / "welcome.kinw")
    delegate = make_delegate(root / "hp", welcome_pack=pack, secretariat=secretariat)
    fill_demo(delegate, seed=3, practices=4, commitments=2)
    enrol(secretariat, export(delegate, root / "out"))
    return secretariat.data_dir, delegate.data_dir


def test_xlsx_report(profiles_dir: tuple[Path, Path], tmp_path: Path) -> None:
    secretariat, _delegate = profiles_dir
    out = tmp_path / "KIN report.xlsx"
    result = run_cli("report", "--format", "xlsx", "--out", out, data_dir=secretariat)
    assert result.code == 0, result.stderr
    assert result.stdout.strip() == str(out)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == [
        "Responses",
        "Response practices",
        "Response commitments",
        "Practices",
        "Commitments",
        "Targets",
        "Progress reports",
    ]
    practices = list(book["Practices"].iter_rows(values_only=True))
    assert practices[0][:4] == ("Record ID", "City", "Country", "Title")
    ids = {row[0] for row in practices[1:]}
    book.close()
    stored = record_ids(Party(secretariat, "", "secretariat"), RecordType.PRACTICE)
    assert ids == set(stored) and len(ids) == 4


def test_csv_report(profiles_dir: tuple[Path, Path], tmp_path: Path) -> None:
    secretariat, _delegate = profiles_dir
    result = run_cli("report", "--format", "csv", "--out", tmp_path / "csv", data_dir=secretariat)
    assert result.code == 0, result.stderr
    printed = [Path(line) for line in result.stdout.splitlines()]
    assert len(printed) == 7 and all(p.parent == tmp_path / "csv" and p.is_file() for p in printed)
    (commitments,) = [p for p in printed if p.name.split("-", 4)[-1] == "commitments.csv"]
    assert commitments.name.startswith("KIN-report-")  # dated: the next export does not overwrite it
    with commitments.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 2 and {r["City"] for r in rows} == {"Hai Phong"}
    assert {(r["Review state"], r["Review state code"]) for r in rows} == {("Received", "received")}


def test_usage_and_role(profiles_dir: tuple[Path, Path], tmp_path: Path) -> None:
    secretariat, delegate = profiles_dir
    wrong = run_cli("report", "--format", "xlsx", "--out", tmp_path / "r.xlsx", data_dir=delegate)
    assert wrong.code == 2 and "secretariat" in wrong.stderr
    assert not (tmp_path / "r.xlsx").exists()
    assert run_cli("report", "--format", "ods", "--out", tmp_path / "r.ods", data_dir=secretariat).code == 2
    assert run_cli("report", "--format", "csv", data_dir=secretariat).code == 2
