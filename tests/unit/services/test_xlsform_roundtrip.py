"""Export then import gives the same definition, for everything XLSForm can say.

What XLSForm cannot say is stated as rules (docs/xlsform.md) and applied to the original
before comparing, so the test holds for whatever the shipped questionnaire becomes
(more languages, other questions), not for today's bytes.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.core import expr
from kin_desktop.core.questionnaire import load_definition
from kin_desktop.core.xlsform.export import export_workbook
from kin_desktop.core.xlsform.importer import import_workbook
from kin_desktop.paths import questionnaires_dir
from kin_desktop.services.xlsform import export_file, import_file


def _canonical_expression(source: str) -> str:
    """``answered(x)`` is written ``${x} != ''`` and comes back as ``x != null``: the same meaning."""

    def walk(node: expr.Node) -> expr.Node:
        if isinstance(node, expr.Call) and node.name == "answered":
            return expr.Binary("!=", walk(node.args[0]), expr.Literal(None))
        if isinstance(node, expr.Call):
            return expr.Call(node.name, tuple(walk(a) for a in node.args))
        if isinstance(node, expr.Unary):
            return expr.Unary(node.op, walk(node.operand))
        if isinstance(node, expr.Binary):
            return expr.Binary(node.op, walk(node.left), walk(node.right))
        return node

    return expr.to_source(walk(expr.parse(source)))


def what_xlsform_says(document: dict[str, Any]) -> dict[str, Any]:
    """The document as XLSForm can say it (the rules of docs/xlsform.md, 'What export cannot say')."""
    said = copy.deepcopy(document)
    for section in said["sections"]:
        items = [section, *section["items"], *(q for i in section["items"] for q in i.get("items", ()))]
        for item in items:
            for key in ("relevant", "constraint"):
                if key in item:
                    item[key] = _canonical_expression(item[key])
            if item.get("kind") == "repeat":
                low, high = item.get("min", 0), item.get("max")
                if not (high is not None and low == high):  # only a fixed number of entries can be said
                    item.pop("min", None)
                    item.pop("max", None)
    return said


def shipped() -> list[Path]:
    return sorted(questionnaires_dir().glob("*.json"))


@pytest.mark.parametrize("path", shipped(), ids=lambda p: p.name)
def test_shipped_questionnaires_come_back_the_same(path: Path, tmp_path: Path) -> None:
    original = json.loads(path.read_text(encoding="utf-8"))
    workbook, not_said = export_file(path, tmp_path / "form.xlsx")
    result = import_file(workbook)
    assert result.ok, [str(p) for p in result.problems]
    assert [p for p in result.problems if p.severity == "warning"] == []
    assert result.document == what_xlsform_says(original)
    repeats_with_bounds = [
        item["id"]
        for section in original["sections"]
        for item in section["items"]
        if item["kind"] == "repeat" and (item.get("min") or item.get("max") is not None)
        and item.get("min") != item.get("max")
    ]  # fmt: skip
    assert [line.split("'")[1] for line in not_said] == repeats_with_bounds


def test_everything_the_format_has_comes_back() -> None:
    """A definition using every option the importer maps back: each survives the trip."""
    document: dict[str, Any] = {
        "schema_version": 1,
        "id": "every-option",
        "version": "2008.3",
        "default_language": "en",
        "languages": ["en", "th", "zh-Hans"],
        "title": {"en": "Every option", "th": "ทุกตัวเลือก"},
        "description": {"en": "About it", "zh-Hans": "关于"},
        "sections": [
            {
                "id": "one",
                "title": {"en": "One"},
                "description": {"en": "First part", "th": "ส่วนแรก"},
                "relevant": "1 = 1",
                "items": [
                    {"kind": "question", "id": "name", "type": "text", "label": {"en": "Name", "th": "ชื่อ"},
                     "required": True, "required_message": {"en": "Your name, please"},
                     "min_length": 2, "max_length": 80, "pattern": "^[^0-9]+$", "default": "Anon"},
                    {"kind": "question", "id": "story", "type": "long_text", "label": {"en": "Story"},
                     "hint": {"en": "Tell it", "th": "เล่า"}},
                    {"kind": "question", "id": "size", "type": "integer", "label": {"en": "Size"},
                     "min": 0, "max": 50, "unit": {"en": "people", "th": "คน"}, "default": 3},
                    {"kind": "question", "id": "share", "type": "decimal", "label": {"en": "Share"},
                     "min": "0.5", "constraint": ". != 7 or size > 2",
                     "constraint_message": {"en": "Not seven"}},
                    {"kind": "question", "id": "when", "type": "date", "label": {"en": "When"},
                     "min": "2007-01-01", "max": "2010-12-31"},
                    {"kind": "question", "id": "flag", "type": "yes_no", "label": {"en": "Flag"}, "default": False},
                    {"kind": "question", "id": "pick", "type": "single_choice", "label": {"en": "Pick"},
                     "relevant": "flag = true and size >= 2",
                     "choices": [{"value": "a b", "label": {"en": "A", "th": "เอ"}},
                                 {"value": "c", "label": {"en": "C"}}]},
                    {"kind": "question", "id": "many", "type": "multiple_choice", "label": {"en": "Many"},
                     "min": 1, "max": 2,
                     "choices": [{"value": "x", "label": {"en": "X"}}, {"value": "y", "label": {"en": "Y"}},
                                 {"value": "z", "label": {"en": "Z"}}]},
                    {"kind": "question", "id": "order", "type": "ranking", "label": {"en": "Order"},
                     "constraint": "count(.) <= count(many)",
                     "choices": [{"value": "x", "label": {"en": "X"}}, {"value": "y", "label": {"en": "Y"}}]},
                    {"kind": "question", "id": "mood", "type": "rating", "label": {"en": "Mood"},
                     "scale": {"min": 0, "max": 4, "min_label": {"en": "Bad", "th": "แย่"},
                               "max_label": {"en": "Good"}}},
                ],
            },
            {
                "id": "two",
                "title": {"en": "Two"},
                "items": [
                    {"kind": "repeat", "id": "visits", "label": {"en": "Visits"}, "hint": {"en": "Each"},
                     "relevant": "many = null or selected(many, 'x')", "min": 3, "max": 3,
                     "items": [
                         {"kind": "question", "id": "day", "type": "date", "label": {"en": "Day"}},
                         {"kind": "question", "id": "cost", "type": "decimal", "label": {"en": "Cost"},
                          "relevant": "position() > 1 and year(day) >= 2008"},
                         {"kind": "question", "id": "note", "type": "text", "label": {"en": "Note"},
                          "relevant": "if(cost > 10, 'big', concat('sm', 'all')) = 'big' or round(cost, 1) % 2 = 0"},
                     ]},
                    {"kind": "question", "id": "total", "type": "decimal", "label": {"en": "Total"},
                     "constraint": ". >= sum(visits.cost) and count(visits) = 3 and int(.) = .",
                     "relevant": "coalesce(size, 0) > -1 and regex(name, 'a\\\\.b') = false and length(name) / 2 > 1"},
                ],
            },
        ],
    }  # fmt: skip
    definition = load_definition(document)
    exported = export_workbook(definition)
    assert exported.not_said == ()
    result = import_workbook(exported.workbook)
    assert result.ok, [str(p) for p in result.problems]
    # the only warnings: texts this definition leaves untranslated
    assert all("where English has text" in p.message for p in result.problems)
    assert result.document == what_xlsform_says(document)
