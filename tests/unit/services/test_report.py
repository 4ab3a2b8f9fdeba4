"""The secretariat's spreadsheets, read back with openpyxl and csv and compared with the database."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from kin_desktop import paths
from kin_desktop.core.errors import UsageError
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, profiles
from kin_desktop.services.demo_content import build_demo
from kin_desktop.services.report import write_report
from kin_desktop.services.review import ReviewService

SHEETS = [
    "Responses",
    "Response practices",
    "Response commitments",
    "Practices",
    "Commitments",
    "Targets",
    "Progress reports",
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("report") / "secretariat"
    demo.create_demo_profile(directory, role="secretariat", seed=5, keyring_backend=demo.ThrowawayKeyring())
    return directory


@pytest.fixture
def workspace(template: Path, tmp_path: Path) -> Iterator[profiles.Workspace]:
    shutil.copytree(template, tmp_path / "secretariat")
    with profiles.open_workspace(tmp_path / "secretariat") as opened:
        yield opened


def _sql(workspace: profiles.Workspace, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(paths.database_path(workspace.data_dir))) as con:
        return con.execute(sql).fetchall()


def _xlsx(path: Path) -> dict[str, list[dict[str, Any]]]:
    book = load_workbook(path, read_only=True)
    sheets: dict[str, list[dict[str, Any]]] = {}
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        headers = rows[0]
        sheets[sheet.title] = [dict(zip(headers, row, strict=True)) for row in rows[1:]]
    book.close()
    return sheets


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def _reviews(workspace: profiles.Workspace, kind: str) -> dict[str, tuple[str, str]]:
    notes = _sql(workspace, f"SELECT target_id, state, comment FROM review_note WHERE target_type = '{kind}'")
    return {target: (state, comment) for target, state, comment in notes}


def test_xlsx_has_a_sheet_per_record_type_matching_the_database(
    workspace: profiles.Workspace, tmp_path: Path
) -> None:
    (path,) = write_report(workspace, "xlsx", tmp_path / "out" / "report.xlsx")
    assert path == tmp_path / "out" / "report.xlsx"
    assert [p.name for p in path.parent.iterdir()] == ["report.xlsx"]  # no temporary file left
    sheets = _xlsx(path)
    assert list(sheets) == SHEETS
    for kind, sheet in (("practice", "Practices"), ("commitment", "Commitments")):
        stored = {
            rid: (title, city)
            for rid, title, city in _sql(workspace, f"SELECT record_id, title, city FROM {kind}")
        }
        rows = sheets[sheet]
        assert sorted(r["Record ID"] for r in rows) == sorted(stored)  # every record exactly once
        reviews = _reviews(workspace, kind)
        for row in rows:
            state, comment = reviews.get(row["Record ID"], ("received", ""))
            assert row["Review state"] == state
            assert (row["Review comment"] or "") == comment
            assert (row["Title"], row["City"]) == stored[row["Record ID"]]
            assert len(row["Country"]) == 2
    assert any(r["Review state"] == "has_issues" and r["Review comment"] for r in sheets["Commitments"])
    assert any(r["Recognized"] == "Yes" for r in sheets["Commitments"])
    budgets = dict(_sql(workspace, "SELECT record_id, budget_amount FROM commitment"))
    assert all(float(r["Budget"]) == float(budgets[r["Record ID"]]) for r in sheets["Commitments"])
    assert len(sheets["Targets"]) == _sql(workspace, "SELECT COUNT(*) FROM commitment_target")[0][0]
    reports = dict(_sql(workspace, "SELECT record_id, status FROM progress_report"))
    assert {r["Record ID"]: r["Status"] for r in sheets["Progress reports"]} == reports
    assert {r["Recorded by"] for r in sheets["Progress reports"]} == {"Secretariat", "Delegate"}


def test_repeat_groups_have_one_row_per_instance(workspace: profiles.Workspace, tmp_path: Path) -> None:
    (path,) = write_report(workspace, "xlsx", tmp_path / "report.xlsx")
    sheets = _xlsx(path)
    responses = {
        rid: json.loads(answers)
        for rid, answers in _sql(workspace, "SELECT record_id, answers FROM response")
    }
    assert sorted(r["Record ID"] for r in sheets["Responses"]) == sorted(responses)
    for group, sheet, title in (
        ("practices", "Response practices", "Title of the practice or policy"),
        ("commitments", "Response commitments", "Title of the project"),
    ):
        expected = [
            (rid, number, item[f"{group[:-1]}_title"])
            for rid, answers in responses.items()
            for number, item in enumerate(answers.get(group, []), start=1)
        ]
        rows = sheets[sheet]
        assert sorted((r["Response ID"], r["#"], r[title]) for r in rows) == sorted(expected)
        assert all(r["City"] for r in rows)
    first = sheets["Responses"][0]
    answers = responses[first["Record ID"]]
    # readable: choice labels, not stored values
    assert first["Participant category"] in (
        "Mayor or top representative of a local government",
        "Expert of a local government",
    )
    assert first["Population of the city"] == answers["population"]
    assert first["Completed"] == "Yes" and first["Completeness (%)"] == 100


def test_csv_is_one_utf8_file_per_sheet_with_the_same_content(
    workspace: profiles.Workspace, tmp_path: Path
) -> None:
    (book,) = write_report(workspace, "xlsx", tmp_path / "report.xlsx")
    written = write_report(workspace, "csv", tmp_path / "csv")
    assert [p.name for p in written] == [
        "responses.csv",
        "response-practices.csv",
        "response-commitments.csv",
        "practices.csv",
        "commitments.csv",
        "targets.csv",
        "progress-reports.csv",
    ]
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(p.name for p in written)
    assert all(p.read_bytes().startswith(b"\xef\xbb\xbf") for p in written)
    sheets = _xlsx(book)
    for path, name in zip(written, SHEETS, strict=True):
        rows = _csv(path)
        assert len(rows) == len(sheets[name])
        assert list(rows[0]) == list(sheets[name][0]) if rows else True
        for row, expected in zip(rows, sheets[name], strict=True):
            assert row == {k: "" if v is None else str(v) for k, v in expected.items()}
    names = {r["City"] for r in _csv(written[3])}
    assert names == {c for (c,) in _sql(workspace, "SELECT DISTINCT city FROM practice")}


def test_delegates_text_never_becomes_a_formula(workspace: profiles.Workspace, tmp_path: Path) -> None:
    body = dict(build_demo(3, practices=1, commitments=0).practices[0])
    body.update(title='=HYPERLINK("http://evil.example","click")', summary="+1-2", partners=["@SUM(A1)"])
    practice = workspace.save(RecordType.PRACTICE, body)
    ReviewService(workspace).set_state(practice.record_id, "has_issues", "-check this\x07 one")
    (book,) = write_report(workspace, "xlsx", tmp_path / "r.xlsx")
    loaded = load_workbook(book)
    sheet = loaded["Practices"]
    headers = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == practice.record_id)
    cells = dict(zip(headers, row, strict=True))
    assert cells["Title"].value == body["title"] and cells["Title"].data_type == "s"
    assert cells["Review comment"].value == "-check this one"  # a control character Excel refuses is dropped
    written = write_report(workspace, "csv", tmp_path / "csv")
    (line,) = [r for r in _csv(written[3]) if r["Record ID"] == practice.record_id]
    assert line["Title"] == "'" + body["title"]
    assert line["Summary"] == "'+1-2" and line["Partners"] == "'@SUM(A1)"
    assert line["Cost"] == body["cost_amount"]  # numbers stay numbers


def test_writing_again_replaces_and_bad_targets_are_refused(
    workspace: profiles.Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    write_report(workspace, "xlsx", target)
    assert target.read_bytes()[:2] == b"PK"
    (into_folder,) = write_report(workspace, "xlsx", tmp_path)
    assert into_folder.parent == tmp_path and into_folder.name.startswith("KIN-report-")
    with pytest.raises(UsageError):
        write_report(workspace, "pdf", tmp_path / "x.pdf")
    with pytest.raises(UsageError):
        write_report(workspace, "csv", target)  # a file, not a folder
