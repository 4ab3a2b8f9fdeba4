"""Small XLSForm workbooks written as Python rows, for the importer's tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kin_desktop.core.xlsform.importer import ImportResult, import_workbook
from kin_desktop.core.xlsform.problems import Problem
from kin_desktop.core.xlsform.workbook import Sheet, Workbook

SETTINGS = [["form_title", "form_id", "version"], ["City survey", "city_survey", "2008.1"]]


def workbook(
    survey: Sequence[Sequence[Any]],
    choices: Sequence[Sequence[Any]] | None = None,
    settings: Sequence[Sequence[Any]] | None = SETTINGS,
) -> Workbook:
    sheets = [Sheet("survey", [tuple(r) for r in survey])]
    if choices is not None:
        sheets.append(Sheet("choices", [tuple(r) for r in choices]))
    if settings is not None:
        sheets.append(Sheet("settings", [tuple(r) for r in settings]))
    return Workbook(sheets, "form.xlsx")


def run(
    survey: Sequence[Sequence[Any]],
    choices: Sequence[Sequence[Any]] | None = None,
    settings: Sequence[Sequence[Any]] | None = SETTINGS,
    *,
    lenient: bool = False,
) -> ImportResult:
    return import_workbook(workbook(survey, choices, settings), lenient=lenient)


def ok(*args: Any, **kwargs: Any) -> ImportResult:
    result = run(*args, **kwargs)
    assert result.ok, [str(p) for p in result.problems]
    return result


def errors(result: ImportResult) -> list[Problem]:
    return [p for p in result.problems if p.severity == "error"]


def warnings(result: ImportResult) -> list[Problem]:
    return [p for p in result.problems if p.severity == "warning"]


def only_error(result: ImportResult) -> Problem:
    found = errors(result)
    assert len(found) == 1, [str(p) for p in result.problems]
    return found[0]


def question(result: ImportResult, qid: str) -> dict[str, Any]:
    assert result.document is not None
    for section in result.document["sections"]:
        for item in section["items"]:
            if item["id"] == qid:
                return dict(item)
            for inner in item.get("items", ()):
                if inner["id"] == qid:
                    return dict(inner)
    raise KeyError(qid)
