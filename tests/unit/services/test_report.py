"""The secretariat's spreadsheets, read back with openpyxl and csv and compared with the database."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from kin_desktop import paths
from kin_desktop.core.errors import UsageError
from kin_desktop.core.schemas import ProjectType, RecordType
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


def _same(text: str, value: Any, header: str) -> bool:
    """A CSV cell says what the workbook's cell holds (dates as ISO dates, numbers as numbers)."""
    if value is None:
        return text == ""
    if isinstance(value, datetime):
        return text == (
            value.strftime("%Y-%m-%d %H:%M:%S") if "(UTC)" in header else value.date().isoformat()
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(text) == float(value)
    return text == str(value)


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
            assert row["Review state code"] == state
            assert (row["Review comment"] or "") == comment
            assert (row["Title"], row["City"]) == stored[row["Record ID"]]
            assert len(row["Country"]) == 2
    assert any(
        r["Review state"] == "Has issues" and r["Review state code"] == "has_issues" and r["Review comment"]
        for r in sheets["Commitments"]
    )
    assert any(r["Recognized"] == "Yes" for r in sheets["Commitments"])
    budgets = dict(_sql(workspace, "SELECT record_id, budget_amount FROM commitment"))
    assert all(float(r["Budget"]) == float(budgets[r["Record ID"]]) for r in sheets["Commitments"])
    assert len(sheets["Targets"]) == _sql(workspace, "SELECT COUNT(*) FROM commitment_target")[0][0]
    reports = dict(_sql(workspace, "SELECT record_id, status FROM progress_report"))
    assert {r["Record ID"]: r["Status code"] for r in sheets["Progress reports"]} == reports
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
    moment = datetime(2009, 3, 5, 14, 22, tzinfo=UTC)
    written = write_report(workspace, "csv", tmp_path / "csv", now=moment)
    assert [p.name for p in written] == [
        f"KIN-report-20090305-1422-{name}.csv"
        for name in (
            "responses",
            "response-practices",
            "response-commitments",
            "practices",
            "commitments",
            "targets",
            "progress-reports",
        )
    ]
    later = write_report(workspace, "csv", tmp_path / "csv", now=moment + timedelta(days=1))
    assert len(list((tmp_path / "csv").iterdir())) == 2 * len(written)  # the next export keeps the last
    for path in later:
        path.unlink()
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(p.name for p in written)
    assert all(p.read_bytes().startswith(b"\xef\xbb\xbf") for p in written)
    sheets = _xlsx(book)
    for path, name in zip(written, SHEETS, strict=True):
        rows = _csv(path)
        assert len(rows) == len(sheets[name])
        assert list(rows[0]) == list(sheets[name][0]) if rows else True
        for row, expected in zip(rows, sheets[name], strict=True):
            assert row.keys() == expected.keys()
            for key, value in expected.items():
                assert _same(row[key], value, key), (name, key, row[key], value)
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
    assert written[3].name.endswith("-practices.csv")
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


def test_the_workbook_is_ready_for_an_analyst(workspace: profiles.Workspace, tmp_path: Path) -> None:
    (path,) = write_report(workspace, "xlsx", tmp_path / "report.xlsx")
    book = load_workbook(path)  # not read-only: widths, panes and filters are read too
    for sheet in book.worksheets:
        headers = [c.value for c in sheet[1]]
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers)).column_letter}{sheet.max_row}"
        widths = [
            sheet.column_dimensions[sheet.cell(1, n).column_letter].width for n in range(1, len(headers) + 1)
        ]
        assert all(6 <= w <= 60 for w in widths), (sheet.title, widths)
    practices = book["Practices"]
    headers = [c.value for c in practices[1]]
    width = {
        h: practices.column_dimensions[practices.cell(1, n + 1).column_letter].width
        for n, h in enumerate(headers)
    }
    assert width["Summary"] > width["Win-win"] and width["Title"] >= 20  # titles are not cut to a stub
    rows = [dict(zip(headers, (c.value for c in r), strict=True)) for r in practices.iter_rows(min_row=2)]
    assert all(isinstance(r["Last updated (UTC)"], datetime) for r in rows)
    sectors = {s for r in rows for s in r["Sector codes"].split("; ")}
    assert "solid_waste" in sectors or sectors  # codes in their own column
    assert all("_" not in r["Sectors"] for r in rows)  # labels, not codes: "Solid waste"
    commitments = book["Commitments"]
    headers = [c.value for c in commitments[1]]
    cells = [dict(zip(headers, r, strict=True)) for r in commitments.iter_rows(min_row=2)]
    starts = [c["Start date"] for c in cells if c["Start date"].value is not None]
    assert starts and all(isinstance(c.value, datetime) and c.number_format == "yyyy-mm-dd" for c in starts)
    assert all(isinstance(c["Budget"].value, int | float) for c in cells if c["Budget"].value is not None)
    assert {c["Project type code"].value for c in cells} <= {t.value for t in ProjectType}
    assert all("_" not in c["Project type"].value for c in cells)
    targets = book["Targets"]
    headers = [c.value for c in targets[1]]
    values = [dict(zip(headers, (c.value for c in r), strict=True)) for r in targets.iter_rows(min_row=2)]
    numeric = [v["Target"] for v in values if isinstance(v["Target"], int | float)]
    assert numeric, "numeric targets are numbers a spreadsheet can sum"
    responses = book["Responses"]
    headers = [c.value for c in responses[1]]
    listed = [dict(zip(headers, (c.value for c in r), strict=True)) for r in responses.iter_rows(min_row=2)]
    latest: dict[str, int] = {}
    for row in listed:
        latest[row["City"]] = latest.get(row["City"], 0) + (row["Latest"] == "Yes")
    assert set(latest.values()) == {1}  # one latest response per city
    book.close()


def test_labels_follow_the_chosen_language(workspace: profiles.Workspace, tmp_path: Path) -> None:
    (path,) = write_report(workspace, "xlsx", tmp_path / "ja.xlsx", language="ja")
    sheets = _xlsx(path)
    row = sheets["Commitments"][0]
    assert row["Recognized"] in ("はい", "いいえ")
    assert row["Project type code"] in {t.value for t in ProjectType}
    assert row["Project type"] != row["Project type code"]


def test_a_decimal_with_a_huge_exponent_does_not_break_the_report(
    workspace: profiles.Workspace, tmp_path: Path
) -> None:
    """Issue 10: a hostile or mistyped answer "1E+999999999" is kept exactly, never expanded."""
    with workspace.session() as session:
        from kin_desktop.services.review import stored_responses

        response = stored_responses(session)[0]
    answers = dict(response.answers, area_km2="1E+999999999")
    workspace.save(
        RecordType.RESPONSE,
        {
            "questionnaire_id": response.questionnaire_id,
            "questionnaire_version": response.version,
            "answers": answers,
            "completed": False,
        },
        record_id=response.record_id,
    )
    (book,) = write_report(workspace, "xlsx", tmp_path / "r.xlsx")
    rows = _xlsx(book)["Responses"]
    (row,) = [r for r in rows if r["Record ID"] == response.record_id]
    area = next(k for k in row if k.startswith("Area"))
    assert row[area] == "1E+999999999"  # beyond a spreadsheet's numbers: exact, as text
    written = write_report(workspace, "csv", tmp_path / "csv")
    (line,) = [r for r in _csv(written[0]) if r["Record ID"] == response.record_id]
    assert line[area] == "1E+999999999"
    assert written[0].stat().st_size < 10_000_000
