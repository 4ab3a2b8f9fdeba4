"""Builders of definition documents for the questionnaire engine's tests."""

from __future__ import annotations

from typing import Any

import pytest

from kin_desktop.core.errors import DefinitionError, DefinitionProblem
from kin_desktop.core.questionnaire import Definition, Evaluation, load_definition


def q(qid: str, type_: str = "text", **options: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": "question", "id": qid, "type": type_, "label": {"en": qid.title()}}
    if type_ in ("single_choice", "multiple_choice", "ranking") and "choices" not in options:
        options["choices"] = [
            {"value": v, "label": {"en": v.title()}} for v in ("air", "water", "waste", "other")
        ]
    if type_ == "rating" and "scale" not in options:
        options["scale"] = {"min": 1, "max": 5}
    item.update(options)
    return item


def repeat(rid: str, items: list[dict[str, Any]], **options: Any) -> dict[str, Any]:
    return {"kind": "repeat", "id": rid, "label": {"en": rid.title()}, "items": items, **options}


def section(sid: str, items: list[dict[str, Any]], **options: Any) -> dict[str, Any]:
    return {"id": sid, "title": {"en": sid.title()}, "items": items, **options}


def document(*sections: dict[str, Any], **top: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "schema_version": 1,
        "id": "test-form",
        "version": "1",
        "default_language": "en",
        "languages": ["en", "ja"],
        "title": {"en": "Test", "ja": "テスト"},
        "sections": list(sections),
    }
    doc.update(top)
    return doc


def one(*items: dict[str, Any], **top: Any) -> Definition:
    """A definition with one section holding ``items``."""
    return load_definition(document(section("main", list(items)), **top))


def problems_of(data: dict[str, Any] | str | bytes) -> list[DefinitionProblem]:
    with pytest.raises(DefinitionError) as caught:
        load_definition(data)
    return caught.value.problems


def only_problem(data: dict[str, Any]) -> DefinitionProblem:
    found = problems_of(data)
    assert len(found) == 1, found
    return found[0]


def codes(evaluation: Evaluation, qid: str, instance: int | None = None) -> list[str]:
    return [i.code for i in evaluation.issues_for(qid, instance)]


# -- loading ------------------------------------------------------------------


FULL = document(
    section(
        "profile",
        [
            q("city_name", required=True, max_length=100, hint={"en": "Official name", "ja": "正式名称"}),
            q("population", "integer", min=0, max=50_000_000, unit={"en": "people"}),
            q("area", "decimal", min="0.5"),
            q("founded", "date", max="2007-12-31"),
            q("has_plan", "yes_no"),
            q("plan_summary", "long_text", relevant="has_plan = true"),
        ],
        description={"en": "About the city"},
    ),
    section(
        "issues",
        [
            q("sector", "single_choice"),
            q("sectors", "multiple_choice", min=1, max=3),
            q("severity", "rating", scale={"min": 1, "max": 5, "min_label": {"en": "Low"}}),
            q("ranking", "ranking", constraint="count(.) <= count(sectors)"),
            repeat(
                "practices",
                [q("practice_title", required=True), q("practice_cost", "decimal")],
                max=3,
                relevant="count(sectors) > 0",
            ),
        ],
        relevant="has_plan != null",
    ),
)
