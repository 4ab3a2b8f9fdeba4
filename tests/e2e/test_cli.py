"""The command line as CLI.md defines it, run as a subprocess in a temporary profile."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kin_desktop import __version__
from kin_desktop.core.questionnaire import evaluate, load_definition_file
from kin_desktop.paths import questionnaires_dir
from tests.helpers.cli import run_cli

pytestmark = pytest.mark.slow

DELEGATE = (
    "init",
    "delegate",
    "--name",
    "Nguyễn Văn An",
    "--city",
    "Hai Phong",
    "--country",
    "VN",
    "--category",
    "city-expert",
    "--organisation",
    "Hai Phong People's Committee",
)


@pytest.fixture
def delegate_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "delegate"
    result = run_cli(*DELEGATE, data_dir=directory)
    assert result.code == 0, result.stderr
    return directory


def test_version_prints_the_package_version() -> None:
    result = run_cli("--version")
    assert result.code == 0
    assert result.stdout.strip() == f"kin-desktop {__version__}"


def test_non_gui_commands_do_not_import_qt(delegate_dir: Path) -> None:
    script = (
        "import sys\n"
        "from kin_desktop.cli import main\n"
        f"code = main(['--data-dir', {str(delegate_dir)!r}, 'list', 'practices', '--json'])\n"
        "assert code == 0, code\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_init_delegate_prints_key_and_refuses_a_second_profile(tmp_path: Path) -> None:
    directory = tmp_path / "p"
    first = run_cli(*DELEGATE, data_dir=directory)
    assert first.code == 0, first.stderr
    assert "Key id:" in first.stdout and "Fingerprint:" in first.stdout
    second = run_cli(*DELEGATE, data_dir=directory)
    assert second.code == 2
    assert "already exists" in second.stderr


def test_init_without_city_latin_stores_no_guess_and_names_files_by_the_rule(tmp_path: Path) -> None:
    """A guess is never stored as if the delegation had given it: file names and forms work it out
    where a transliteration is sound (Hangul), and give none where it is not (Thai)."""
    from kin_desktop.services import profiles

    names = {}
    for city, country in (("서울", "KR"), ("ขอนแก่น", "TH")):
        directory = tmp_path / country
        result = run_cli(
            "init", "delegate", "--name", "A", "--city", city, "--country", country,
            "--category", "mayor", data_dir=directory,
        )  # fmt: skip
        assert result.code == 0, result.stderr
        with profiles.open_workspace(directory) as workspace:
            profile = workspace.profile()
        assert profile.city_latin == ""  # nothing given: nothing stored
        names[country] = profile.city_in_latin
    assert names == {"KR": "Seoul", "TH": ""}  # Thai leaves vowels unwritten: no guess at all
    given = run_cli(
        "init", "delegate", "--name", "A", "--city", "ขอนแก่น", "--city-latin", "Khon Kaen",
        "--country", "TH", "--category", "mayor", data_dir=tmp_path / "given",
    )  # fmt: skip
    assert given.code == 0, given.stderr
    with profiles.open_workspace(tmp_path / "given") as workspace:
        assert workspace.profile().city_latin == "Khon Kaen"


def test_init_rejects_an_unknown_category_as_a_usage_error(tmp_path: Path) -> None:
    result = run_cli(
        "init",
        "delegate",
        "--name",
        "A",
        "--city",
        "B",
        "--country",
        "VN",
        "--category",
        "king",
        data_dir=tmp_path / "p",
    )
    assert result.code == 2
    assert "invalid choice" in result.stderr
    assert not (tmp_path / "p").exists()


def test_commands_on_a_missing_profile_say_so_with_status_2(tmp_path: Path) -> None:
    result = run_cli("list", "practices", data_dir=tmp_path / "nothing-here")
    assert result.code == 2
    assert "no profile" in result.stderr
    assert "init delegate" in result.stderr


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    directory = tmp_path / "from-env"
    result = run_cli(*DELEGATE, env={"KIN_DATA_DIR": str(directory)})
    assert result.code == 0, result.stderr
    assert (directory / "kin.sqlite3").is_file()


def test_demo_then_list_as_json(delegate_dir: Path) -> None:
    assert run_cli("list", "practices", "--json", data_dir=delegate_dir).json() == []
    demo = run_cli("demo", "--seed", "7", "--practices", "4", "--commitments", "2", data_dir=delegate_dir)
    assert demo.code == 0, demo.stderr

    practices = run_cli("list", "practices", "--json", data_dir=delegate_dir).json()
    commitments = run_cli("list", "commitments", "--json", data_dir=delegate_dir).json()
    responses = run_cli("list", "responses", "--json", data_dir=delegate_dir).json()
    assert len(practices) == 4 and len(commitments) == 2 and len(responses) == 1
    for row in practices + commitments + responses:
        assert {"id", "title", "city", "status"} <= row.keys()
        assert row["city"] == "Hai Phong"
    assert {row["status"] for row in practices} <= {"draft", "ready"}
    assert responses[0]["status"] == "complete"

    again = run_cli("demo", "--seed", "7", "--practices", "4", "--commitments", "2", data_dir=delegate_dir)
    assert again.code == 0
    assert run_cli("list", "practices", "--json", data_dir=delegate_dir).json() == practices


def test_demo_response_validates_against_the_shipped_questionnaire(delegate_dir: Path) -> None:
    assert run_cli("demo", data_dir=delegate_dir).code == 0
    from kin_desktop.core.schemas import RecordType
    from kin_desktop.services.profiles import open_workspace
    from kin_desktop.storage import repository

    definition = load_definition_file(questionnaires_dir() / "kin4-pre-meeting.json")
    with open_workspace(delegate_dir) as workspace, workspace.session() as session:
        (response,) = repository.list_current(RecordType.RESPONSE, session=session)
    assert response.body is not None
    evaluation = evaluate(definition, response.body["answers"])
    assert evaluation.issues == ()
    assert evaluation.complete


def test_demo_needs_a_delegate_profile(tmp_path: Path) -> None:
    directory = tmp_path / "sec"
    assert run_cli("init", "secretariat", "--name", "KIN Secretariat", data_dir=directory).code == 0
    result = run_cli("demo", data_dir=directory)
    assert result.code == 2
    assert "delegate" in result.stderr


def test_questionnaire_validate_accepts_the_shipped_definition() -> None:
    result = run_cli("questionnaire", "validate", questionnaires_dir() / "kin4-pre-meeting.json")
    assert result.code == 0, result.stderr
    assert "en:" in result.stdout and "ja:" in result.stdout
    assert "(100%)" in result.stdout


def test_questionnaire_validate_names_the_question_and_position(tmp_path: Path) -> None:
    definition = json.loads((questionnaires_dir() / "kin4-pre-meeting.json").read_text(encoding="utf-8"))
    question = definition["sections"][0]["items"][1]
    question["relevant"] = "answered(city_nme) and"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(definition), encoding="utf-8")
    result = run_cli("questionnaire", "validate", broken)
    assert result.code == 1
    assert f"question '{question['id']}'" in result.stderr
    assert "position" in result.stderr


def test_print_commands_write_pdfs(delegate_dir: Path, tmp_path: Path) -> None:
    assert run_cli("demo", data_dir=delegate_dir).code == 0
    commitment_id = run_cli("list", "commitments", "--json", data_dir=delegate_dir).json()[0]["id"]
    for args, name in (
        (("commitment", commitment_id), "one.pdf"),
        (("commitment", "--all", "--page-size", "letter"), "all.pdf"),
        (("practices",), "compendium.pdf"),
        (("questionnaire", "--blank"), "blank.pdf"),
        (("questionnaire",), "filled.pdf"),
    ):
        result = run_cli("print", *args, "--out", tmp_path / name, data_dir=delegate_dir)
        assert result.code == 0, result.stderr
        assert (tmp_path / name).read_bytes().startswith(b"%PDF-")
        assert "pages" in result.stdout
    japanese = run_cli(
        "--lang",
        "ja",
        "print",
        "commitment",
        commitment_id,
        "--out",
        tmp_path / "ja.pdf",
        data_dir=delegate_dir,
    )
    assert japanese.code == 0, japanese.stderr


def test_print_refuses_an_unknown_commitment_and_verify_print_needs_the_secretariat(
    delegate_dir: Path, tmp_path: Path
) -> None:
    result = run_cli("print", "commitment", "no-such-id", "--out", tmp_path / "x.pdf", data_dir=delegate_dir)
    assert result.code in (1, 2) and not (tmp_path / "x.pdf").exists()
    assert run_cli("verify-print", "KIN1:a:b:c:d", data_dir=delegate_dir).code == 2
