"""Real public XLSForms (tests/xlsforms/SOURCES.md): what comes out of each, or exactly what is refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.core.questionnaire import Definition, evaluate
from kin_desktop.core.xlsform.importer import ImportResult
from kin_desktop.services.xlsform import import_file

CORPUS = Path(__file__).resolve().parents[2] / "xlsforms"


@dataclass(frozen=True)
class Expected:
    # strict: the (sheet, row, column) of every error, in order (empty: imported as it is)
    errors: tuple[tuple[str, int, str], ...] = ()
    error_count: int | None = None  # when only the first errors are listed
    messages: tuple[str, ...] = ()  # fragments some error message must hold
    # lenient: questions, sections and languages (None: still refused, for a mistake of the form's own)
    lenient: tuple[int, int, tuple[str, ...]] | None = None
    lenient_errors: tuple[tuple[str, int, str], ...] = ()
    warnings: tuple[str, ...] = field(default=())  # fragments some warning must hold


EXPECTED: dict[str, Expected] = {
    "formhub-mch_v1.xls": Expected(lenient=(24, 3, ("en",)), warnings=("HPlevel → hplevel",)),
    "formhub-household.xls": Expected(
        errors=(("survey", 8, "type"),),
        messages=(
            "the repeat group 'child' is inside another repeat group; KIN Desktop's repeat groups do not nest",
        ),
        lenient=(5, 2, ("en",)),
        warnings=("here it becomes 'woman_name'",),
    ),
    "formhub-childrens_survey.xls": Expected(
        errors=(
            ("survey", 8, "label"),
            ("survey", 9, "type"),
            ("survey", 12, "type"),
            ("survey", 19, "type"),
        ),
        messages=("the question 'ice.creams' has no label", "'gps' asks for a GPS location"),
        lenient=None,
        lenient_errors=(("survey", 8, "label"),),
    ),
    "formhub-tutorial_w_repeats.xls": Expected(
        errors=(("survey", 4, "type"), ("survey", 10, "type")),
        messages=("'image' asks for a photo", "'geopoint' asks for a GPS location"),
        lenient=(6, 1, ("en",)),
    ),
    "formhub-nested_repeats.xls": Expected(
        errors=(("survey", 7, "type"), ("survey", 17, "type")), lenient=(7, 2, ("en",))
    ),
    "formhub-unicode_in_relevant_column.xlsx": Expected(lenient=(2, 1, ("en", "tet"))),
    "formhub-new_cascading_select.xls": Expected(
        errors=(("survey", 3, "choice_filter"), ("survey", 4, "choice_filter"), ("choices", 6, "name")),
        messages=(
            "depends on other answers (cascading choices)",
            "list 'counties' has the choice 'king' twice",
        ),
        lenient=(3, 1, ("en",)),
    ),
    "pyxform-widgets.csv": Expected(
        errors=tuple(("survey", row, "type") for row in (7, 10, 12, 13, 14, 15, 16, 18, 19)),
        messages=(
            "'time' asks for a time of day",
            "'barcode' asks for a barcode scan",
            "'dateTime' asks for a date",
        ),
        lenient=(11, 1, ("en",)),
    ),
    "pyxform-specify_other.csv": Expected(lenient=(2, 1, ("en",))),
    "fmtm-slum_assessment_survey.xlsx": Expected(
        errors=(
            ("survey", 37, "type"),
            ("survey", 56, "relevant"),
            ("survey", 77, "relevant"),
            ("survey", 132, "relevant"),
            ("survey", 197, "relevant"),
            ("survey", 228, "relevant"),
            ("survey", 241, "relevant"),
            ("survey", 254, "relevant"),
        ),
        messages=(
            "'head' is not a choice of ${b1_relation_to_hhead}",
            "selected() needs a select question, and ${e5_water_interruption} is not one",
            "${f2e_displacement} is a yes/no question: its choices are 'yes' and 'no'",
        ),
        lenient=None,
        lenient_errors=tuple(("survey", row, "relevant") for row in (56, 77, 132, 197, 228, 241, 254)),
    ),
    "fmtm-building_natural_risks_survey.xlsx": Expected(
        errors=(
            ("survey", 13, "type"),
            ("survey", 18, "type"),
            ("survey", 22, "type"),
            ("survey", 23, "relevant"),
            ("survey", 24, "hint"),
            ("survey", 48, "type"),
            ("survey", 50, "type"),
        ),
        messages=("a choice from a list in an attached file", "is in Indonesian (id) but not in English"),
        lenient=(26, 3, ("en", "id")),
    ),
    "fmtm-simple_building_survey_wildfires.xlsx": Expected(
        errors=(
            ("survey", 18, "default"),
            ("survey", 22, "choice_filter"),
            ("survey", 22, "default"),
            *(("survey", row, "choice_filter") for row in range(23, 29)),
            ("survey", 35, "default"),
            *(("choices", row, "name") for row in (206, 211, 214, 228)),
        ),
        messages=("the default '${last-saved#building_material}' is computed",),
        lenient=(17, 3, ("en", "sw", "fr", "es")),
        warnings=("an Excel date cell", "'label::Swahili(sw)' is empty in"),
    ),
    "osm_fieldwork-waterpoints.xls": Expected(
        errors=(("survey", 17, "required"), ("survey", 18, "type"), ("survey", 20, "calculation")),
        error_count=28,
        messages=(
            "required 'basic' is neither yes nor no",
            "the label of the group 'typeinfo' is in French (fr)",
        ),
        lenient=None,
        lenient_errors=(("survey", 17, "required"),),
    ),
    "osm_fieldwork-toilets.xls": Expected(
        errors=(
            ("survey", 12, "type"),
            ("survey", 14, "calculation"),
            ("survey", 17, "required_message::French(fr)"),
        ),
        error_count=21,
        messages=("instance() reads a choice list or an attached file",),
        lenient=(26, 4, ("en", "fr")),
    ),
    "osm_fieldwork-waste_collection.xlsx": Expected(
        errors=(
            ("survey", 12, "default"),
            ("survey", 13, "default"),
            ("survey", 70, "type"),
            ("survey", 72, "type"),
            ("survey", 73, "type"),
        ),  # fmt: skip
        messages=("names 'Fixme: I need this list', which is not among its choices",),
        lenient=None,
        lenient_errors=(("survey", 12, "default"), ("survey", 13, "default")),
    ),
    "osm_fieldwork-health.xls": Expected(
        errors=(
            ("survey", 16, "type"),
            ("survey", 18, "calculation"),
            ("survey", 40, "type"),
            ("survey", 42, "type"),
        ),
        lenient=(15, 2, ("en",)),
    ),
    "cht-pregnancy.xlsx": Expected(
        errors=(("survey", 2, "relevant"), ("survey", 36, "calculation"), ("survey", 37, "calculation")),
        error_count=31,
        messages=(
            "paths such as './x' are not supported",
            "date-time() turns a number into a date: not supported",
        ),
        lenient=(40, 8, ("en",)),
    ),
    "cht-death_report.xlsx": Expected(
        errors=(("survey", 2, "relevant"), ("survey", 34, "constraint"), ("survey", 36, "relevant")),
        lenient=(5, 4, ("en",)),
    ),
}


def _errors(result: ImportResult) -> list[tuple[str | None, int | None, str | None]]:
    return [(p.sheet, p.row, p.column) for p in result.problems if p.severity == "error"]


def test_the_corpus_is_what_sources_lists() -> None:
    files = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".xls", ".xlsx", ".csv"))
    assert files == sorted(EXPECTED)
    assert len(files) >= 15
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for name in files:
        assert f"`{name}`" in sources


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_form(name: str) -> None:
    expected = EXPECTED[name]
    strict = import_file(CORPUS / name)
    found = _errors(strict)
    if not expected.errors:
        assert strict.ok, [str(p) for p in strict.problems]
    else:
        assert not strict.ok and strict.definition is None
        assert found[: len(expected.errors)] == list(expected.errors)
        assert len(found) == (expected.error_count or len(expected.errors))
    messages = [p.message for p in strict.problems if p.severity == "error"]
    for fragment in expected.messages:
        assert any(fragment in m for m in messages), (fragment, messages)
    lenient = import_file(CORPUS / name, lenient=True)
    if expected.lenient is None:
        assert not lenient.ok
        assert _errors(lenient) == list(expected.lenient_errors)
    else:
        assert lenient.ok, [str(p) for p in lenient.problems if p.severity == "error"]
        assert (lenient.questions, lenient.sections, tuple(lenient.languages)) == expected.lenient
    warnings = [p.message for p in lenient.problems if p.severity == "warning"]
    for fragment in expected.warnings:
        assert any(fragment in w for w in warnings), (fragment, warnings)
    for problem in strict.problems:  # every problem says where it is
        assert problem.sheet is not None or problem.row is None
        assert problem.message


def _definition(name: str) -> Definition:
    result = import_file(CORPUS / name, lenient=True)
    assert result.definition is not None
    return result.definition


def _relevant(definition: Definition, answers: dict[str, Any]) -> set[str]:
    evaluation = evaluate(definition, answers)
    return {qid for qid, instance in evaluation.relevant if instance is None}


def test_skip_logic_of_the_maternal_health_form() -> None:
    mch = _definition("formhub-mch_v1.xls")
    assert mch.question("lab").type.value == "yes_no"  # its list holds exactly yes and no
    anc = {"beneficiary": "1", "service": "1", "lab": True}
    shown = _relevant(mch, anc)
    assert {"bp", "hplevel", "urinlevel", "source"} <= shown
    assert "cdob" not in shown and "tt1date" not in shown
    child = _relevant(mch, {"beneficiary": "2"})
    assert {"cdob", "sdate", "child_immunization"} <= child and "bp" not in child
    no_lab = _relevant(mch, {"beneficiary": "1", "service": "1", "lab": False})
    assert "bp" in no_lab and "hplevel" not in no_lab


def test_skip_logic_across_languages_and_other_answers() -> None:
    tetum = _definition("formhub-unicode_in_relevant_column.xlsx")
    assert "marital_other" in _relevant(tetum, {"respondent_marital": "other"})
    assert "marital_other" not in _relevant(
        tetum, {"respondent_marital": tetum.question("respondent_marital").choice_values()[0]}
    )
    assert tetum.question("respondent_marital").label["tet"]
    other = _definition("pyxform-specify_other.csv")
    assert other.question("sex").choice_values() == ["male", "female", "other"]
    assert "sex_other" in _relevant(other, {"sex": "other"})
    wildfires = _definition("fmtm-simple_building_survey_wildfires.xlsx")
    hotel = _relevant(wildfires, {"category": "housing", "housing": "hotel"})
    assert "rooms" in hotel and "shop" not in hotel
    assert set(wildfires.languages) == {"en", "sw", "fr", "es"}
    toilets = _definition("osm_fieldwork-toilets.xls")
    working = _relevant(
        toilets, {"operational_status": "operational", "model": "extended", "management": True}
    )
    assert {"gender", "frequency"} <= working
    assert "gender" not in _relevant(toilets, {"operational_status": "closed"})


def test_pregnancy_form_keeps_its_checks() -> None:
    pregnancy = _definition("cht-pregnancy.xlsx")
    weeks = pregnancy.question("lmp_approx_weeks")
    assert weeks.constraint == ". >= 4 and . <= 40" and weeks.constraint_message  # the author's message stays
    issues = evaluate(pregnancy, {"lmp_approx_weeks": 41}).issues_for("lmp_approx_weeks")
    assert [i.code for i in issues] == ["constraint"]
    assert "visited_date_ask_single" in _relevant(pregnancy, {"visited_hf_count": 1})
