"""Loading a definition: JSON, schema errors named by path and question, all at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kin_desktop.core.errors import DefinitionError
from kin_desktop.core.questionnaire import (
    Question,
    QuestionType,
    RepeatGroup,
    load_definition,
    load_definition_file,
)
from tests.unit.core.questionnaire.builders import FULL, document, only_problem, problems_of, q, section


def test_load_success_and_lookups() -> None:
    d = load_definition(FULL)
    assert d.id == "test-form" and d.version == "1" and d.languages == ["en", "ja"]
    assert [x.id for x in d.questions()] == [
        "city_name",
        "population",
        "area",
        "founded",
        "has_plan",
        "plan_summary",
        "sector",
        "sectors",
        "severity",
        "ranking",
        "practice_title",
        "practice_cost",
    ]
    assert d.question("population").type is QuestionType.INTEGER
    assert isinstance(d.question("practice_cost"), Question)
    with pytest.raises(KeyError):
        d.question("nope")
    practices = d.repeats()[0]
    assert isinstance(practices, RepeatGroup) and practices.id == "practices"
    assert d.repeat_of("practice_cost") is practices
    assert d.repeat_of("city_name") is None
    assert d.section_of("practice_cost").id == "issues"
    assert d.section_of("practices").id == "issues"
    assert d.section_of("city_name").id == "profile"
    assert d.parsed("plan_summary", "relevant") is not None
    assert d.parsed("plan_summary", "constraint") is None
    assert d.parsed("practices", "relevant") is not None
    assert d.parsed_section("issues") is not None
    assert d.parsed_section("profile") is None


def test_load_from_json_text_bytes_and_file(tmp_path: Path) -> None:
    text = json.dumps(FULL, ensure_ascii=False)
    assert load_definition(text).id == "test-form"
    assert load_definition(text.encode("utf-8")).id == "test-form"
    file = tmp_path / "form.json"
    file.write_text(text, encoding="utf-8")
    assert load_definition_file(file).id == "test-form"
    assert load_definition_file(str(file)).version == "1"


def test_missing_file_is_a_definition_error(tmp_path: Path) -> None:
    with pytest.raises(DefinitionError, match="cannot read"):
        load_definition_file(tmp_path / "absent.json")


def test_duplicate_json_keys_are_refused() -> None:
    text = '{"schema_version": 1, "id": "a", "id": "b"}'
    [problem] = problems_of(text)
    assert "duplicate key" in problem.message


def test_malformed_json_is_refused() -> None:
    [problem] = problems_of(b"{not json")
    assert "not valid JSON" in problem.message


def test_schema_errors_name_path_and_question_and_are_all_listed() -> None:
    doc = document(section("main", [q("alpha"), q("beta", "numbr"), q("gamma", requird=True)]))
    doc["schema_version"] = 2
    found = problems_of(doc)
    by_where = {p.where: p for p in found}
    assert "sections[0].items[1].type" in by_where
    assert by_where["sections[0].items[1].type"].question_id == "beta"
    assert by_where["sections[0].items[2].requird"].question_id == "gamma"
    assert by_where["sections[0].items[2].requird"].message == "unknown field"
    assert "schema_version" in by_where
    assert "sections[0].items[1].type" in str(DefinitionError(found))


def test_missing_field_is_named() -> None:
    item = q("alpha")
    del item["label"]
    problem = only_problem(document(section("main", [item])))
    assert problem.where == "sections[0].items[0].label"
    assert problem.question_id == "alpha"


def test_schema_types_are_strict() -> None:
    found = problems_of(document(section("main", [q("alpha", required="yes", max_length="3")])))
    assert {p.where for p in found} == {"sections[0].items[0].required", "sections[0].items[0].max_length"}


def test_every_problem_is_listed() -> None:
    doc = document(
        section(
            "main",
            [
                q("alpha", relevant="nope = 1"),
                q("alpha", constraint="length(. > 2"),
                q("beta", "multiple_choice", relevant="selected(beta2, 'x')"),
            ],
        )
    )
    found = problems_of(doc)
    assert [(p.question_id, p.where) for p in found] == [
        ("alpha", "sections[0].items[1]"),
        ("alpha", "relevant"),
        ("alpha", "constraint"),
        ("beta", "relevant"),
    ]
    assert "duplicated" in found[0].message and "nope" in found[1].message and "beta2" in found[3].message
