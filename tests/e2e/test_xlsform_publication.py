"""From a workbook to the secretariat's report: the whole path of a questionnaire written in XLSForm.

The secretariat exports the Fourth Meeting questionnaire to XLSForm, adds a question in the
workbook, imports it as version 2008.1 and publishes it; a delegate who answered version 2007.1
takes the next welcome pack, answers the new version, and sends a bundle; the secretariat's
report keeps the two versions apart, the new one with the new question's column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kin_desktop.paths import questionnaires_dir
from kin_desktop.services import profiles
from kin_desktop.services.responses import ResponseService
from tests.helpers.cli import Result, run_cli

pytestmark = pytest.mark.slow

KIN4 = questionnaires_dir() / "kin4-pre-meeting.json"


def _ok(result: Result) -> Result:
    assert result.code == 0, result.stderr + result.stdout
    return result


def _edit_workbook(path: Path) -> None:
    """What a secretary does in Excel: a new version, and a question added to the city profile."""
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.load_workbook(path)
    settings = book["settings"]
    headers = [cell.value for cell in settings[1]]
    settings.cell(row=2, column=headers.index("version") + 1, value="2008.1")
    survey = book["survey"]
    header = [cell.value for cell in survey[1]]
    end_of_profile = next(
        row[0].row
        for row in survey.iter_rows(min_row=2)
        if row[0].value == "end group" and row[1].value == "profile"
    )
    survey.insert_rows(end_of_profile)
    values = {
        "type": "decimal",
        "name": "recycling_rate",
        "label::English (en)": "Share of municipal waste recycled [%]",
        "label::Japanese (ja)": "一般廃棄物のリサイクル率 [%]",
        "constraint": ". >= 0 and . <= 100",
    }
    for name, value in values.items():
        survey.cell(row=end_of_profile, column=header.index(name) + 1, value=value)
    book.save(path)


def _sheet(path: Path, name: str) -> list[dict[str, Any]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book[name].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]


def test_from_a_workbook_to_the_report(tmp_path: Path) -> None:
    sec, hp = tmp_path / "secretariat", tmp_path / "hai-phong"
    _ok(run_cli("init", "secretariat", "--name", "KIN Secretariat", "--organisation", "IGES", data_dir=sec))
    fingerprint = _ok(run_cli("keys", "show", "--json", data_dir=sec)).json()["fingerprint"]
    first_pack = tmp_path / "first.kinw"
    _ok(run_cli("welcome-pack", "--out", first_pack, data_dir=sec))
    _ok(run_cli("init", "delegate", "--name", "Nguyễn Văn An", "--city", "Hai Phong", "--country", "VN",
                "--category", "city-expert", data_dir=hp))  # fmt: skip
    _ok(run_cli("import", first_pack, "--accept-fingerprint", fingerprint, data_dir=hp))

    # the delegate answers the Fourth Meeting questionnaire as shipped (2007.1)
    with profiles.open_workspace(hp) as workspace:
        before = ResponseService(workspace)
        assert before.definition().version == "2007.1"
        before.save_answers(
            {"respondent_name": "Nguyễn Văn An", "city_name": "Hai Phong", "population": 1837173}
        )

    # the secretariat writes the next version in XLSForm and publishes it
    workbook = tmp_path / "kin4-2008.xlsx"
    exported = _ok(run_cli("questionnaire", "export-xlsform", KIN4, "--out", workbook))
    assert "repeat group 'practices'" in exported.stdout  # what XLSForm cannot say is listed
    _edit_workbook(workbook)
    definition = tmp_path / "kin4-2008.json"
    report = _ok(run_cli("questionnaire", "import-xlsform", workbook, "--out", definition, "--json")).json()
    assert report["ok"] and report["languages"] == ["en", "ja", "zh-Hans", "id", "th", "vi", "ko"]
    _ok(run_cli("questionnaire", "publish", definition, data_dir=sec))
    second_pack = tmp_path / "second.kinw"
    _ok(run_cli("welcome-pack", "--out", second_pack, data_dir=sec))

    # the delegate takes it: the old response stays, a new one opens on 2008.1 with what still fits
    taken = _ok(run_cli("import", second_pack, "--json", data_dir=hp)).json()["files"]
    assert taken[0]["status"] == "merged"
    with profiles.open_workspace(hp) as workspace:
        after = ResponseService(workspace)
        assert after.definition().version == "2008.1"
        assert after.definition().question("recycling_rate").unit == {"en": "%", "ja": "%"}
        state = after.load()
        assert state.record_id is None and state.answers["city_name"] == "Hai Phong"
        after.save_answers({**state.answers, "recycling_rate": "12.5"})
        older = ResponseService(workspace, version="2007.1").load()
        assert "recycling_rate" not in older.answers and older.questionnaire_version == "2007.1"

    # the bundle reaches the secretariat, which enrols the delegate and writes its report
    inbox = tmp_path / "inbox"
    _ok(run_cli("export", "--out", inbox, data_dir=hp))
    _ok(run_cli("import", inbox, data_dir=sec))
    (key,) = _ok(run_cli("enrol", "list", "--json", data_dir=sec)).json()
    _ok(run_cli("enrol", "approve", key["key_id"], data_dir=sec))
    spreadsheet = tmp_path / "report.xlsx"
    _ok(run_cli("report", "--format", "xlsx", "--out", spreadsheet, data_dir=sec))

    import openpyxl

    names = openpyxl.load_workbook(spreadsheet, read_only=True).sheetnames
    assert "Responses 2007.1" in names and "Responses 2008.1" in names
    (old_row,) = _sheet(spreadsheet, "Responses 2007.1")
    (new_row,) = _sheet(spreadsheet, "Responses 2008.1")
    assert (old_row["Version"], new_row["Version"]) == ("2007.1", "2008.1")
    assert "Share of municipal waste recycled" not in old_row
    assert float(new_row["Share of municipal waste recycled"]) == 12.5
    assert new_row["City"] == old_row["City"] == "Hai Phong"
