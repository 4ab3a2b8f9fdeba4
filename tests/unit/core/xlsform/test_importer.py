"""XLSForm to definition: what maps, what is refused, and how every problem is told."""

from __future__ import annotations

from datetime import datetime

import pytest

from kin_desktop.core.questionnaire import evaluate
from kin_desktop.core.xlsform.workbook import CellError
from tests.unit.core.xlsform.sheets import errors, ok, only_error, question, run, warnings

HEAD = ["type", "name", "label"]


def test_types_sections_and_the_settings() -> None:
    result = ok(
        [
            HEAD,
            ["text", "respondent", "Your name"],
            ["begin group", "city", "The city"],
            ["integer", "population", "Population"],
            ["decimal", "area", "Area"],
            ["date", "founded", "Founded"],
            [
                "text",
                "notes",
                "Notes",
            ],
            ["select_one sectors", "sector", "Main sector"],
            ["select_multiple sectors", "sectors", "All sectors"],
            ["rank sectors", "priorities", "Priorities"],
            ["end group", "", ""],
        ],
        [["list_name", "name", "label"], ["sectors", "air", "Air"], ["sectors", "water", "Water"]],
    )
    document = result.document
    assert document is not None
    assert (document["id"], document["version"], document["title"]) == (
        "city_survey",
        "2008.1",
        {"en": "City survey"},
    )
    assert [s["id"] for s in document["sections"]] == ["main", "city"]
    assert document["sections"][0]["title"] == {"en": "City survey"}  # questions outside groups
    assert document["sections"][1]["title"] == {"en": "The city"}
    types = {q.id: q.type.value for q in result.definition.questions()}  # type: ignore[union-attr]
    assert types == {
        "respondent": "text",
        "population": "integer",
        "area": "decimal",
        "founded": "date",
        "notes": "text",
        "sector": "single_choice",
        "sectors": "multiple_choice",
        "priorities": "ranking",
    }
    assert question(result, "sector")["choices"] == [
        {"value": "air", "label": {"en": "Air"}},
        {"value": "water", "label": {"en": "Water"}},
    ]
    assert (result.questions, result.sections, result.languages) == (8, 2, ["en"])


def test_language_columns_written_every_way_are_one_language() -> None:
    result = ok(
        [
            [
                "type",
                "name",
                "label::English (en)",
                "label::english(en)",
                "label::Japanese (ja)",
                "label:Français",
            ],
            ["text", "a", "Name", "", "名前", "Nom"],
            ["text", "b", "", "Town", "町", ""],
        ]
    )
    assert result.languages == ["en", "ja", "fr"]
    assert question(result, "a")["label"] == {"en": "Name", "ja": "名前", "fr": "Nom"}
    assert question(result, "b")["label"] == {"en": "Town", "ja": "町"}
    told = [str(p) for p in warnings(result)]
    assert any("both hold the English (en) label" in t for t in told)
    # a hint in Japanese only is refused: every text needs English
    strict = run([["type", "name", "label", "hint::ja"], ["text", "a", "Name", "ヒント"]])
    problem = only_error(strict)
    assert (problem.sheet, problem.row, problem.column) == ("survey", 2, "hint::ja")
    assert "is in Japanese (ja) but not in English" in problem.message
    lenient = run([["type", "name", "label", "hint::ja"], ["text", "a", "Name", "ヒント"]], lenient=True)
    assert lenient.ok and "hint" not in question(lenient, "a")


def test_a_language_without_a_code_names_what_to_write() -> None:
    result = run([["type", "name", "label", "label::Klingon"], ["text", "a", "Name", "tlhIngan"]])
    problem = only_error(result)
    assert (problem.row, problem.column) == (1, "label::Klingon")
    assert "'Klingon' is not a language KIN Desktop can name: add its code in parentheses" in problem.message


def test_missing_translations_are_reported_once_per_column() -> None:
    result = ok(
        [
            ["type", "name", "label::English (en)", "label::French (fr)"],
            ["text", "a", "Name", "Nom"],
            ["text", "b", "Town", ""],
            ["text", "c", "Street", ""],
        ]
    )
    told = [p for p in warnings(result) if "empty in" in p.message]
    assert len(told) == 1
    assert (told[0].row, told[0].column) == (3, "label::French (fr)")
    assert (
        "is empty in 2 row(s) where English has text (rows 3, 4): those texts show in English"
        in told[0].message
    )


def test_no_english_at_all_is_one_clear_error() -> None:
    result = run([["type", "name", "label::French (fr)"], ["text", "a", "Nom"], ["text", "b", "Ville"]])
    problem = only_error(result)
    assert problem.row == 1
    assert "the labels have no English (the languages are: French (fr))" in problem.message
    with_default = ok(
        [["type", "name", "label"], ["text", "a", "Name"]],
        settings=[["form_id", "version", "default_language"], ["x", "1", "English (en)"]],
    )
    assert with_default.languages == ["en"]


@pytest.mark.parametrize("yes", ["yes", "Yes", "TRUE", "true", "1", "T", "y", "true()", True, 1.0])
def test_required_in_every_spelling(yes: object) -> None:
    result = ok(
        [["type", "name", "label", "required", "required_message"], ["text", "a", "Name", yes, "Say it"]]
    )
    assert question(result, "a")["required"] is True
    assert question(result, "a")["required_message"] == {"en": "Say it"}


def test_conditional_required_is_refused_or_dropped() -> None:
    rows = [["type", "name", "label", "required"], ["integer", "n", "N"], ["text", "a", "A", "${n} > 3"]]
    problem = only_error(run(rows))
    assert (problem.row, problem.column) == (3, "required")
    assert "depends on other answers" in problem.message
    assert "import with --lenient to leave it out" in problem.message
    lenient = run(rows, lenient=True)
    assert lenient.ok and "required" not in question(lenient, "a")


def test_typographic_quotes_and_odd_spaces_from_word() -> None:
    result = ok(
        [
            ["type", "name", "label", "relevant", "constraint"],
            ["select_one yn3", "\u00a0has_plan ", "Has a plan?", "", ""],
            [
                "text",
                "plan",
                "Plan",
                "${has_plan}\u00a0=\u00a0\u2018yes\u2019",
                "string-length(.) \u2264 200",
            ],
            ["text", "name", "Name", "${plan} != \u201c\u201d", ""],
        ],
        [
            ["list_name", "name", "label"],
            ["yn3", "yes", "Yes"],
            ["yn3", "no", "No"],
            ["yn3", "dk", "Don\u2019t know"],
        ],
    )
    assert question(result, "plan")["relevant"] == "has_plan = 'yes'"
    assert question(result, "plan")["max_length"] == 200
    assert "constraint" not in question(result, "plan")
    assert question(result, "name")["relevant"] == "plan != null"


def test_an_expression_error_points_to_the_character() -> None:
    result = run(
        [
            ["type", "name", "label", "relevant"],
            ["integer", "age", "Age", ""],
            ["text", "job", "Job", "${age} >= 15 and ${agee} < 65"],
            ["text", "school", "School", "${age} < 15 and"],
        ]
    )
    first, second = errors(result)
    assert (first.sheet, first.row, first.column, first.cell) == ("survey", 3, "relevant", "D3")
    assert first.message == (
        "relevant '${age} >= 15 and ${agee} < 65', at character 18: there is no question named 'agee' "
        "(did you mean ${age}?)"
    )
    assert (second.row, second.cell) == (4, "D4")
    assert "at character 16: expected a value but found the end of the expression" in second.message


def test_excel_cells_read_as_they_were_meant() -> None:
    result = ok(
        [
            ["type", "name", "label", "default"],
            ["select_one months", "month", "Month", 2.0],
            ["date", "visit", datetime(2024, 1, 2), datetime(2007, 5, 3)],
        ],
        [["list_name", "name", "label"], ["months", 1.0, "January"], ["months", 2.0, "February"]],
    )
    assert [c["value"] for c in question(result, "month")["choices"]] == ["1", "2"]
    assert question(result, "month")["default"] == "2"
    assert question(result, "visit")["default"] == "2007-05-03"
    dated = [p for p in warnings(result) if "Excel date cell" in p.message]
    assert len(dated) == 1 and (dated[0].row, dated[0].column) == (3, "label")
    assert "read as '2024-01-02': if you typed something else (such as 1-2), format the column as Text" in (
        dated[0].message
    )
    broken = run([["type", "name", "label"], ["text", "a", CellError("#N/A")]])
    assert "the cell holds the spreadsheet error #N/A" in errors(broken)[0].message


def test_choice_names_may_hold_spaces_and_any_script() -> None:
    result = ok(
        [HEAD, ["select_multiple fuels", "fuel", "Fuels"]],
        [["list_name", "name", "label"], ["fuels", "wood charcoal", "Wood"], ["fuels", "ก๊าซ", "Gas"]],
    )
    assert [c["value"] for c in question(result, "fuel")["choices"]] == ["wood charcoal", "ก๊าซ"]


def test_or_other_with_translations() -> None:
    result = ok(
        [
            ["type", "name", "label::English (en)", "label::Japanese (ja)", "label::Tetum (tet)"],
            ["select_one fuel or_other", "fuel", "Fuel", "燃料", "Kombustivel"],
        ],
        [
            ["list_name", "name", "label::English (en)", "label::Japanese (ja)", "label::Tetum (tet)"],
            ["fuel", "wood", "Wood", "薪", "Ai"],
        ],
    )
    fuel = question(result, "fuel")
    assert fuel["choices"][-1] == {"value": "other", "label": {"en": "Other", "ja": "その他"}}
    other = question(result, "fuel_other")
    assert other["relevant"] == "selected(fuel, 'other')"
    assert other["label"] == {"en": "Specify other", "ja": "具体的に記入してください"}
    told = [p.message for p in warnings(result) if "or_other" in p.message]
    assert told and all("Tetum (tet)" in t for t in told)
    definition = result.definition
    assert definition is not None
    assert evaluate(definition, {"fuel": "other"}).is_relevant("fuel_other")
    assert not evaluate(definition, {"fuel": "wood"}).is_relevant("fuel_other")


def test_likert_becomes_a_rating_and_yes_no_a_yes_no_question() -> None:
    result = ok(
        [
            ["type", "name", "label", "appearance", "relevant"],
            ["select_one five", "satisfaction", "Satisfied?", "likert", ""],
            ["select_one yn", "has_plan", "Has a plan?", "", ""],
            ["text", "plan", "Plan", "", "selected(${has_plan}, 'yes') and ${satisfaction} >= 3"],
            ["text", "why_not", "Why not?", "", "${has_plan} = 'no'"],
        ],
        [
            ["list_name", "name", "label"],
            *[
                ["five", n, label]
                for n, label in ((1, "Not at all"), (2, "2"), (3, "3"), (4, "4"), (5, "Fully"))
            ],
            ["yn", "yes", "Yes"],
            ["yn", "no", "No"],
        ],
    )
    assert question(result, "satisfaction")["type"] == "rating"
    assert question(result, "satisfaction")["scale"] == {
        "min": 1,
        "max": 5,
        "min_label": {"en": "Not at all"},
        "max_label": {"en": "Fully"},
    }
    assert question(result, "has_plan")["type"] == "yes_no"
    assert question(result, "plan")["relevant"] == "has_plan = true and satisfaction >= 3"
    assert question(result, "why_not")["relevant"] == "has_plan = false"
    definition = result.definition
    assert definition is not None
    answers = {"has_plan": True, "satisfaction": 4}
    assert evaluate(definition, answers).is_relevant("plan")
    assert not evaluate(definition, answers).is_relevant("why_not")


def test_range_and_bounds_become_options_the_engine_checks() -> None:
    result = ok(
        [
            ["type", "name", "label", "parameters", "constraint", "constraint_message", "appearance"],
            ["range", "floors", "Floors", "start=1 end=20 step=1", "", "", ""],
            ["range", "share", "Share", "start=0 end=1 step=0.25", "", "", ""],
            ["range", "mood", "Mood", "start=1 end=5", "", "", "rating"],
            ["integer", "age", "Age", "", ". >= 0 and . <= 120", "", ""],
            ["integer", "year", "Year", "", ". >= 1950 and . <= 2007", "Between 1950 and 2007", ""],
            ["text", "code", "Code", "", "regex(., '^[A-Z]{2}$') and string-length(.) >= 2", "", ""],
            ["select_multiple l", "picks", "Picks", "", "count-selected(.) <= 2", "", ""],
        ],
        [["list_name", "name", "label"], ["l", "a", "A"], ["l", "b", "B"], ["l", "c", "C"]],
    )
    assert {k: question(result, "floors")[k] for k in ("type", "min", "max")} == {
        "type": "integer",
        "min": 1,
        "max": 20,
    }
    share = question(result, "share")
    assert (share["type"], share["min"], share["max"]) == ("decimal", 0, 1)
    assert share["constraint"] == "(. - 0) % 0.25 = 0"
    assert question(result, "mood")["scale"] == {"min": 1, "max": 5}
    age = question(result, "age")
    assert (age.get("constraint"), age["min"], age["max"]) == (None, 0, 120)
    year = question(result, "year")  # the author's message stays with the whole condition
    assert year["constraint"] == ". >= 1950 and . <= 2007" and "min" not in year
    code = question(result, "code")
    assert (code["pattern"], code["min_length"], code.get("constraint")) == ("^[A-Z]{2}$", 2, None)
    assert question(result, "picks")["max"] == 2


def test_a_decimals_unit_from_a_column_or_the_label() -> None:
    result = ok(
        [
            ["type", "name", "label::English (en)", "label::Japanese (ja)", "unit::English (en)"],
            ["decimal", "cost", "Cost", "費用", "USD"],
            ["decimal", "area", "Area of the city [km²]", "市の面積 [km²]", ""],
            ["text", "code", "Postal code [A-Z]", "", ""],
        ]
    )
    assert question(result, "cost")["unit"] == {"en": "USD"}
    area = question(result, "area")
    assert area["label"] == {"en": "Area of the city", "ja": "市の面積"}
    assert area["unit"] == {"en": "km²", "ja": "km²"}
    assert question(result, "code")["label"] == {"en": "Postal code [A-Z]"}


def test_refused_types_and_functions_strict_and_lenient() -> None:
    rows = [
        ["type", "name", "label", "relevant", "calculation"],
        ["start", "start", "", "", ""],
        ["geopoint", "where", "Where?", "", ""],
        ["integer", "members", "Members", "", ""],
        ["calculate", "fee", "", "", "pulldata('fees', 'fee', 'id', ${members})"],
        ["text", "why", "Why?", "${fee} > 3", ""],
        ["text", "name", "Name", "once(${members}) > 2", ""],
    ]
    strict = run(rows)
    assert [(p.row, p.column) for p in errors(strict)] == [
        (3, "type"),
        (5, "calculation"),
        (6, "relevant"),
        (7, "relevant"),
    ]
    assert errors(strict)[0].message == (
        "'geopoint' asks for a GPS location, which KIN Desktop cannot collect; remove it, or import with "
        "--lenient to leave it out"
    )
    assert "pulldata() reads a CSV file attached to the form" in errors(strict)[1].message
    assert "${fee} is the calculation in row 5, which cannot be used here" in errors(strict)[2].message
    assert (
        "once() fixes a value the first time the form is opened: not supported" in errors(strict)[3].message
    )
    metadata = [p for p in warnings(strict) if "facts about the interview" in p.message]
    assert len(metadata) == 1 and metadata[0].row == 2
    lenient = run(rows, lenient=True)
    assert lenient.ok
    assert [q.id for q in lenient.definition.questions()] == ["members", "why", "name"]  # type: ignore[union-attr]
    assert "relevant" not in question(lenient, "why")
    assert sum("was left out" in p.message for p in lenient.problems) == 4


def test_calculations_are_put_in_their_place() -> None:
    result = ok(
        [
            ["type", "name", "label", "relevant", "calculation"],
            ["integer", "adults", "Adults", "", ""],
            ["integer", "children", "Children", "", ""],
            ["calculate", "size", "", "", "${adults} + ${children}"],
            ["text", "crowded", "Why so many?", "${size} > 8", ""],
        ]
    )
    assert question(result, "crowded")["relevant"] == "adults + children > 8"
    definition = result.definition
    assert definition is not None
    assert evaluate(definition, {"adults": 5, "children": 4}).is_relevant("crowded")
    assert not evaluate(definition, {"adults": 2, "children": 1}).is_relevant("crowded")


def test_notes_become_descriptions_and_hints() -> None:
    result = ok(
        [
            ["type", "name", "label", "hint"],
            ["note", "welcome", "Thank you for taking part.", ""],
            ["begin group", "household", "Household", ""],
            ["note", "intro", "About the people who live here.", ""],
            ["integer", "members", "Members", "Count yourself"],
            ["note", "careful", "Count babies too.", ""],
            ["integer", "children", "Children", ""],
            ["end group", "", "", ""],
        ]
    )
    document = result.document
    assert document is not None
    assert document["description"] == {"en": "Thank you for taking part."}
    section = document["sections"][0]
    assert section["description"] == {"en": "About the people who live here."}
    assert question(result, "members")["hint"] == {"en": "Count yourself"}
    assert question(result, "children")["hint"] == {"en": "Count babies too."}


def test_nested_groups_are_flattened_with_their_conditions() -> None:
    result = ok(
        [
            ["type", "name", "label", "relevant"],
            ["begin group", "health", "Health", ""],
            ["select_one yn", "pregnant", "Pregnant?", ""],
            ["begin group", "anc", "Antenatal care", "${pregnant} = 'yes'"],
            ["integer", "visits", "Visits", ""],
            ["integer", "weeks", "Weeks", "${visits} > 0"],
            ["end group", "", "", ""],
            ["end group", "", "", ""],
        ],
        [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
    )
    assert question(result, "visits")["relevant"] == "pregnant = true"
    assert question(result, "visits")["hint"] == {"en": "Antenatal care"}
    assert question(result, "weeks")["relevant"] == "pregnant = true and visits > 0"


def test_repeat_groups_their_count_and_nesting() -> None:
    rows = [
        ["type", "name", "label", "repeat_count", "relevant"],
        ["integer", "size", "Size", "", ""],
        ["begin repeat", "member", "Member", "${size}", ""],
        ["text", "name", "Name", "", ""],
        ["integer", "age", "Age", "", ""],
        ["text", "school", "School", "", "${age} < 18 and position(..) > 1"],
        ["begin repeat", "job", "Job", "", ""],
        ["text", "employer", "Employer", "", ""],
        ["end repeat", "", "", "", ""],
        ["end repeat", "", "", "", ""],
        ["begin repeat", "visit", "Visit", 3, ""],
        ["date", "day", "Day", "", ""],
        ["end repeat", "", "", "", ""],
        ["text", "oldest", "Oldest?", "", "max(${age}) > 80"],
    ]
    strict = run(rows)
    assert [(p.row, p.column) for p in errors(strict)] == [(3, "repeat_count"), (7, "type")]
    lenient = run(rows, lenient=True)
    assert lenient.ok
    member = question(lenient, "member")
    assert member["kind"] == "repeat" and [q["id"] for q in member["items"]] == ["name", "age", "school"]
    assert "min" not in member
    assert question(lenient, "school")["relevant"] == "age < 18 and position() > 1"
    visit = question(lenient, "visit")
    assert (visit["min"], visit["max"]) == (3, 3)
    assert question(lenient, "oldest")["relevant"] == "max(member.age) > 80"
    definition = lenient.definition
    assert definition is not None
    answers = {"member": [{"name": "A", "age": 90}, {"name": "B", "age": 9}]}
    evaluation = evaluate(definition, answers)
    assert evaluation.is_relevant("oldest")
    assert not evaluation.is_relevant("school", 0) and evaluation.is_relevant("school", 1)


def test_choice_filters_static_kept_dynamic_refused() -> None:
    rows = [
        ["type", "name", "label", "choice_filter"],
        ["select_one places", "region", "Region", "kind = 'region'"],
        ["select_one places", "town", "Town", "region = ${region}"],
    ]
    choices = [
        ["list_name", "name", "label", "kind", "region"],
        ["places", "north", "North", "region", ""],
        ["places", "south", "South", "region", ""],
        ["places", "hue", "Hue", "town", "north"],
    ]
    strict = run(rows, choices)
    problem = only_error(strict)
    assert (problem.row, problem.column) == (3, "choice_filter")
    assert "depends on other answers (cascading choices)" in problem.message
    lenient = run(rows, choices, lenient=True)
    assert [c["value"] for c in question(lenient, "region")["choices"]] == ["north", "south"]
    assert len(question(lenient, "town")["choices"]) == 3


def test_names_duplicated_or_not_ids_are_made_unique_or_refused() -> None:
    result = ok(
        [
            ["type", "name", "label"],
            ["begin repeat", "man", "Man"],
            ["text", "name", "Name"],
            ["end repeat", "", ""],
            ["begin repeat", "woman", "Woman"],
            ["text", "name", "Name"],
            ["end repeat", "", ""],
            ["text", "Q-1.b", "First"],
        ]
    )
    assert [q.id for q in result.definition.questions()] == ["name", "woman_name", "q_1_b"]  # type: ignore[union-attr]
    same_group = run([HEAD, ["text", "a", "A"], ["text", "a", "Again"]])
    problem = only_error(same_group)
    assert (problem.row, problem.column) == (3, "name")
    clash = run([HEAD, ["text", "Q1", "A"], ["text", "q1", "B"]])
    assert "becomes the id 'q1'" in only_error(clash).message


def test_defaults_are_typed() -> None:
    result = ok(
        [
            ["type", "name", "label", "default"],
            ["integer", "n", "N", "3"],
            ["select_multiple l", "picks", "Picks", "a b"],
            ["select_one yn", "flag", "Flag", "yes"],
            ["text", "when", "When", "today()"],
        ],
        [
            ["list_name", "name", "label"],
            ["l", "a", "A"],
            ["l", "b", "B"],
            ["yn", "yes", "Y"],
            ["yn", "no", "N"],
        ],
        lenient=True,
    )
    assert (question(result, "n")["default"], question(result, "picks")["default"]) == (3, ["a", "b"])
    assert question(result, "flag")["default"] is True
    assert "default" not in question(result, "when")
    wrong = run(
        [["type", "name", "label", "default"], ["select_one l", "c", "C", "z"]],
        [["list_name", "name", "label"], ["l", "a", "A"]],
    )
    assert "names 'z', which is not among its choices" in only_error(wrong).message


def test_what_is_missing_is_named_all_at_once() -> None:
    result = run(
        [
            ["type", "name", "label"],
            ["select_one nowhere", "a", "A"],
            ["text", "", "B"],
            ["texte", "c", "C"],
            ["begin group", "g", "G"],
            ["text", "d", ""],
        ],
        [["list_name", "name", "label"], ["l", "x", "X"], ["l", "x", "Again"]],
    )
    found = [(p.sheet, p.row, p.column) for p in errors(result)]
    assert found == [
        ("survey", 2, "type"),
        ("survey", 3, "name"),
        ("survey", 4, "type"),
        ("survey", 5, "type"),
        ("survey", 6, "label"),
        ("choices", 3, "name"),
    ]
    assert result.definition is None and result.document is None


def test_no_survey_sheet() -> None:
    from kin_desktop.core.xlsform.importer import import_workbook
    from kin_desktop.core.xlsform.workbook import Sheet, Workbook

    result = import_workbook(Workbook([Sheet("questions", []), Sheet("lists", [])], "x.xlsx"))
    assert not result.ok
    assert (
        "there is no sheet named 'survey' (the sheets are 'questions', 'lists')" in result.problems[0].message
    )


def test_problem_json_shape() -> None:
    result = run([HEAD, ["texte", "a", "A"]])
    assert result.problems[0].to_json() == {
        "severity": "error",
        "sheet": "survey",
        "row": 2,
        "column": "type",
        "message": result.problems[0].message,
    }
