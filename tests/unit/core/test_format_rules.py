"""The patterns and normal forms of docs/bundle-format.md §2.2 and §5.4, exactly as written: ASCII,
whole strings, exact JSON types."""

from __future__ import annotations

import pytest

from kin_desktop.core.canonical import dumps
from kin_desktop.core.clock import HLC
from kin_desktop.core.errors import ValidationError
from kin_desktop.core.records import check_revision, from_json, make_revision, to_json
from kin_desktop.core.schemas import validate_body

KEY = "0123456789abcdef0123456789abcdef"
WHITE_SPACE = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029,
               0x202F, 0x205F, 0x3000]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "1201860001000.00000.laptop\n",  # a final newline ($ would have let it through)
        "١٢٠١٨٦٠٠٠١٠٠٠.00000.laptop",  # Arabic-Indic digits (\d would have let them through)
        "1201860001000.00000.lap top",
        "1201860001000.0000.laptop",
    ],
)
def test_clock_values_are_ascii_and_whole(text: str) -> None:
    with pytest.raises(ValidationError):
        HLC.parse(text)


@pytest.mark.parametrize("record_id", ["rec-1\n", "ré-1", "-rec", "a" * 129, ""])
def test_record_ids_are_ascii_and_whole(record_id: str) -> None:
    with pytest.raises(ValidationError):
        make_revision(record_id, "practice", KEY, [], KEY, "1201860001000.00000.x", {"title": "T"})


@pytest.mark.parametrize("parent", ["a" * 64 + "\n", "A" * 64, "a" * 63])
def test_parents_are_whole_lower_case_rev_ids(parent: str) -> None:
    with pytest.raises(ValidationError):
        make_revision("rec-1", "practice", KEY, [parent], KEY, "1201860001000.00000.x", {"title": "T"})


def _practice(**body: object) -> dict[str, object]:
    rev = make_revision("rec-1", "practice", KEY, [], KEY, "1201860001000.00000.x", {"title": "T"})
    value = to_json(rev)
    value["body"] = {**value["body"], **body}
    return value


@pytest.mark.parametrize(
    ("field", "value"),
    [("win_win", 1), ("start_year", True), ("start_year", "2005"), ("state", " ready"), ("title", "T ")],
)
def test_a_body_in_another_type_or_not_stripped_is_not_normal(field: str, value: object) -> None:
    """1 == True in Python; in the format they are different JSON, so a different body."""
    revision = _practice(**{field: value})
    from kin_desktop.core.records import compute_rev_id

    revision["rev_id"] = compute_rev_id(
        revision["record_id"], revision["record_type"], revision["owner"], revision["parents"],  # type: ignore[arg-type]
        revision["author"], revision["hlc"], revision["body"],  # type: ignore[arg-type]
    )  # fmt: skip
    with pytest.raises(ValidationError):
        check_revision(from_json(revision, check=False))


@pytest.mark.parametrize("code_point", WHITE_SPACE)
def test_white_space_is_exactly_unicode_white_space(code_point: int) -> None:
    padded = chr(code_point) + "Title" + chr(code_point)
    assert validate_body("practice", {"title": padded})["title"] == "Title"


@pytest.mark.parametrize("code_point", [0x1C, 0x1F, 0x200B, 0xFEFF, 0x180E])
def test_other_characters_are_not_stripped(code_point: int) -> None:
    padded = chr(code_point) + "Title"
    assert validate_body("practice", {"title": padded})["title"] == padded


@pytest.mark.parametrize("date", ["2009-02-29", "2009-13-01", "2009-1-01", "٢٠٠٩-01-01", "2009-01-01\n"])
def test_dates_are_real_ascii_dates(date: str) -> None:
    with pytest.raises(ValidationError):
        validate_body("progress_report", {"commitment_id": "c-1", "reported_on": date, "status": "on_track"})


@pytest.mark.parametrize("amount", ["12.5", "-0", "007", "1.50", "123456789012345.123456"])
def test_decimals_are_kept_as_written(amount: str) -> None:
    assert validate_body("practice", {"title": "T", "cost_amount": amount})["cost_amount"] == amount


@pytest.mark.parametrize("amount", ["١٢", "1e3", "1.1234567", "1234567890123456", "12,5.0.1"])
def test_other_decimals_are_refused(amount: str) -> None:
    with pytest.raises(ValidationError):
        validate_body("practice", {"title": "T", "cost_amount": amount})


def test_a_writer_normalises_what_was_typed_and_a_reader_sees_the_difference() -> None:
    typed = {"title": "T", "cost_amount": " 1,250.5\n"}
    assert validate_body("practice", typed)["cost_amount"] == "1250.5"
    assert dumps(validate_body("practice", typed)) != dumps({**validate_body("practice", typed), **typed})


def test_a_record_a_body_names_is_a_record_id() -> None:
    with pytest.raises(ValidationError):
        validate_body(
            "review_note", {"target_id": "no spaces", "target_type": "practice", "state": "received"}
        )


def test_normal_form_has_every_field() -> None:
    body = validate_body("practice", {"title": "T"})
    assert dumps(validate_body("practice", body)) == dumps(body)
    assert set(body) == {
        "title", "summary", "sectors", "problem", "approach", "environmental_benefits", "social_benefits",
        "economic_benefits", "cost_amount", "cost_currency", "partners", "replicability", "start_year",
        "win_win", "language", "state",
    }  # fmt: skip
