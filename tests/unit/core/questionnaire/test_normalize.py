"""The canonical form of answers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kin_desktop.core.questionnaire import evaluate, normalize_answers
from tests.unit.core.questionnaire.builders import one, q, repeat


def test_normalize_answers() -> None:
    d = one(
        q("name"),
        q("cost", "decimal"),
        q("ratio", "decimal"),
        q("day", "date"),
        q("tags", "multiple_choice"),
        q("count", "integer"),
        repeat("items", [q("price", "decimal"), q("note")]),
    )
    answers = {
        "name": "Hai Phong",
        "cost": 12.5,
        "ratio": Decimal("0.10"),
        "day": date(2007, 6, 25),
        "tags": [],
        "count": None,
        "items": [{"price": 3, "note": ""}, {}],
        "legacy": {"kept": True},
    }
    assert normalize_answers(d, answers) == {
        "name": "Hai Phong",
        "cost": "12.5",
        "ratio": "0.10",
        "day": "2007-06-25",
        "items": [{"price": "3"}, {}],
        "legacy": {"kept": True},
    }
    assert normalize_answers(d, {"cost": "oops", "items": []}) == {"cost": "oops"}
    normalized = normalize_answers(d, answers)
    assert evaluate(d, normalized).issues == evaluate(d, answers).issues
