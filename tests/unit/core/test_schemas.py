from __future__ import annotations

import pytest

from kin_desktop.core.errors import ValidationError
from kin_desktop.core.schemas import RecordType, validate_body


def test_commitment_is_normalized_with_decimals_as_strings() -> None:
    body = validate_body(
        RecordType.COMMITMENT,
        {
            "title": "Composting in every ward",
            "budget_amount": 125000.5,
            "end_date": "2010-06-30",
            "targets": [{"description": "Organic waste composted", "due_year": 2009}],
        },
    )
    assert body["budget_amount"] == "125000.5"
    assert body["state"] == "draft"
    assert body["targets"][0]["due_year"] == 2009


@pytest.mark.parametrize(
    "changes",
    [
        {"end_date": "2011-01-01"},  # the second cycle ends in 2010
        {"start_date": "2009-01-01", "end_date": "2008-01-01"},
        {"budget_amount": "a lot"},
        {"targets": [{"description": "x", "due_year": 2015}]},
        {"project_type": "pilot"},
        {"unknown_field": 1},
        {"title": ""},
    ],
)
def test_commitment_rules(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_body(RecordType.COMMITMENT, {"title": "Bus rapid transit", **changes})
    assert "commitment is not valid" in str(caught.value)


def test_practice_sectors_must_be_known() -> None:
    assert validate_body(RecordType.PRACTICE, {"title": "t", "sectors": ["solid_waste"]})["sectors"] == [
        "solid_waste"
    ]
    with pytest.raises(ValidationError):
        validate_body(RecordType.PRACTICE, {"title": "t", "sectors": ["tourism"]})


def test_review_note_states() -> None:
    note = validate_body(
        RecordType.REVIEW_NOTE, {"target_id": "x", "target_type": "commitment", "state": "registered"}
    )
    assert note["state"] == "registered" and note["recognized"] is False
    with pytest.raises(ValidationError):
        validate_body(
            RecordType.REVIEW_NOTE, {"target_id": "x", "target_type": "commitment", "state": "approved"}
        )
