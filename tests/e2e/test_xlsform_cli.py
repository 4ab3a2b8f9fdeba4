"""``kin-desktop questionnaire import-xlsform | export-xlsform | publish`` run as real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.core.questionnaire import load_definition_file
from kin_desktop.paths import questionnaires_dir
from tests.helpers.cli import run_cli

pytestmark = pytest.mark.slow

KIN4 = questionnaires_dir() / "kin4-pre-meeting.json"


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


GOOD = {
    "survey": [
        ["type", "name", "label::English (en)", "label::Thai (th)", "relevant", "required"],
        ["select_one yn", "has_plan", "Does the city have a waste plan?", "เมืองมีแผนจัดการขยะหรือไม่", "", "yes"],
        ["text", "plan_name", "Name of the plan", "ชื่อแผน", "${has_plan} = ‘yes’", "yes"],
        ["decimal", "budget", "Budget [million THB]", "งบประมาณ [ล้านบาท]", "", ""],
    ],
    "choices": [
        ["list_name", "name", "label::English (en)", "label::Thai (th)"],
        ["yn", "yes", "Yes", "ใช่"],
        ["yn", "no", "No", "ไม่ใช่"],
    ],
    "settings": [["form_title", "form_id", "version"], ["Waste follow-up", "waste-followup", "2008.1"]],
}


def test_import_xlsform_writes_the_definition_and_reports_in_json(tmp_path: Path) -> None:
    workbook = write_xlsx(tmp_path / "waste.xlsx", GOOD)
    result = run_cli("questionnaire", "import-xlsform", workbook, "--json")
    assert result.code == 0, result.stderr
    report = result.json()
    assert set(report) == {"ok", "out", "questions", "sections", "languages", "problems"}
    assert (report["ok"], report["questions"], report["sections"], report["languages"]) == (
        True,
        3,
        1,
        ["en", "th"],
    )
    assert report["out"] == str(tmp_path / "waste.json")
    assert report["problems"] == []
    definition = load_definition_file(tmp_path / "waste.json")
    assert definition.question("plan_name").relevant == "has_plan = true"
    assert definition.question("budget").unit == {"en": "million THB", "th": "ล้านบาท"}


def test_import_xlsform_refuses_with_every_problem_and_no_traceback(tmp_path: Path) -> None:
    sheets = {
        "survey": [
            ["type", "name", "label", "relevant"],
            ["geopoint", "where", "Where?", ""],
            ["integer", "age", "Age", ""],
            ["text", "job", "Job", "${age} >= 15 and ${agee} < 65"],
        ],
        "settings": [["form_id", "version"], ["jobs", "1"]],
    }
    workbook = write_xlsx(tmp_path / "jobs.xlsx", sheets)
    out = tmp_path / "jobs.json"
    result = run_cli("questionnaire", "import-xlsform", workbook, "--out", out, "--json")
    assert result.code == 1
    assert "Traceback" not in result.stderr
    report = result.json()
    assert (report["ok"], report["out"], report["questions"]) == (False, None, 0)
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    assert [(p["sheet"], p["row"], p["column"]) for p in errors] == [
        ("survey", 2, "type"),
        ("survey", 4, "relevant"),
    ]
    assert "at character 18: there is no question named 'agee'" in errors[1]["message"]
    assert not out.exists()
    text = run_cli("questionnaire", "import-xlsform", workbook, "--out", out)
    assert text.code == 1
    assert "survey D4 [relevant]: relevant '${age} >= 15 and ${agee} < 65', at character 18" in text.stderr
    assert "refused (2 error(s)" in text.stderr
    lenient = run_cli("questionnaire", "import-xlsform", workbook, "--out", out, "--lenient", "--json")
    assert lenient.code == 1  # leniency leaves out what KIN Desktop cannot do, not mistakes
    assert [p["row"] for p in lenient.json()["problems"] if p["severity"] == "error"] == [4]


def test_import_xlsform_on_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    bogus = tmp_path / "form.xlsx"
    bogus.write_bytes(b"\x00\x01 not a workbook")
    result = run_cli("questionnaire", "import-xlsform", bogus, "--json")
    assert result.code == 1 and "Traceback" not in result.stderr
    (problem,) = result.json()["problems"]
    assert "is not an Excel workbook" in problem["message"]
    missing = run_cli("questionnaire", "import-xlsform", tmp_path / "nowhere.xlsx", "--json")
    assert missing.code == 1 and "cannot read" in missing.json()["problems"][0]["message"]


def test_export_xlsform_lists_what_xlsform_cannot_say(tmp_path: Path) -> None:
    out = tmp_path / "kin4.xlsx"
    result = run_cli("questionnaire", "export-xlsform", KIN4, "--out", out)
    assert result.code == 0, result.stderr
    assert f"Wrote {out}" in result.stdout
    assert "XLSForm cannot say" in result.stdout
    assert "repeat group 'practices'" in result.stdout
    back = run_cli("questionnaire", "import-xlsform", out, "--out", tmp_path / "back.json", "--json")
    assert back.code == 0, back.stdout
    assert back.json()["questions"] == len(load_definition_file(KIN4).questions())
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1}', encoding="utf-8")
    refused = run_cli("questionnaire", "export-xlsform", broken, "--out", tmp_path / "x.xlsx")
    assert refused.code == 1 and "refused" in refused.stderr


def test_publish_needs_a_secretariat_and_puts_the_version_in_the_pack(tmp_path: Path) -> None:
    workbook = write_xlsx(tmp_path / "waste.xlsx", GOOD)
    assert run_cli("questionnaire", "import-xlsform", workbook).code == 0
    definition = tmp_path / "waste.json"
    secretariat = tmp_path / "sec"
    assert run_cli("init", "secretariat", "--name", "KIN Secretariat", data_dir=secretariat).code == 0
    published = run_cli("questionnaire", "publish", definition, data_dir=secretariat)
    assert published.code == 0, published.stderr
    assert "Published questionnaire 'waste-followup' version 2008.1" in published.stdout
    again = run_cli("questionnaire", "publish", definition, data_dir=secretariat)
    assert again.code == 0 and "already published with the same content" in again.stdout
    older = json.loads(definition.read_text(encoding="utf-8"))
    older["version"] = "2007.9"
    older_path = tmp_path / "older.json"
    older_path.write_text(json.dumps(older), encoding="utf-8")
    refused = run_cli("questionnaire", "publish", older_path, data_dir=secretariat)
    assert refused.code == 1 and "does not come after 2008.1" in refused.stderr
    pack = run_cli("welcome-pack", "--out", tmp_path / "pack.kinw", data_dir=secretariat)
    assert pack.code == 0, pack.stderr
    delegate = tmp_path / "hp"
    init = run_cli(
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
        data_dir=delegate,
    )
    assert init.code == 0
    as_delegate = run_cli("questionnaire", "publish", definition, data_dir=delegate)
    assert as_delegate.code == 2 and "secretariat" in as_delegate.stderr
