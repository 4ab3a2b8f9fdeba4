"""The verification text of a commitment form and its QR code."""

from __future__ import annotations

import pytest
from reportlab.graphics.barcode import qrencoder

from kin_desktop.reports.binding import (
    _MASK,
    Binding,
    BindingError,
    format_binding,
    grouped,
    parse_binding,
    qr_matrix,
)

RECORD = "6f1c1b4e-0d1f-4c55-9a53-4b494e344430"
REV = "a3" * 32
KEY = "142d45f44f0837ff968dcdb4b6a92324"


def test_round_trip_and_shape():
    text = format_binding(RECORD, REV, KEY)
    assert text.startswith(f"KIN1:{RECORD}:{REV}:{KEY}:")
    assert len(text.rsplit(":", 1)[1]) == 8
    assert parse_binding(text) == Binding(RECORD, REV, KEY)
    assert parse_binding(f"  {text}\n") == Binding(RECORD, REV, KEY)  # as a scanner may add


def test_record_ids_may_hold_colons():
    text = format_binding("legacy:record:7", REV, KEY)
    assert parse_binding(text).record_id == "legacy:record:7"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 401, "too_long"),
        ("KIN1:é", "not_ascii"),
        ("KIN1:a\x07b", "not_ascii"),
        ("x" * 1601, "too_long"),
        ("KIN2:" + "a" * 40, "unknown_format"),
        ("https://example.org", "unknown_format"),
        (f"KIN1:{RECORD}:{REV}", "malformed"),
        (f"KIN1:-bad:{REV}:{KEY}:00000000", "bad_record_id"),
        (f"KIN1:{RECORD}:{REV[:-1]}:{KEY}:00000000", "bad_rev_id"),
        (f"KIN1:{RECORD}:{REV.upper()}:{KEY}:00000000", "bad_rev_id"),
        (f"KIN1:{RECORD}:{REV}:{KEY[:-2]}:00000000", "bad_key_id"),
        (f"KIN1:{RECORD}:{REV}:{KEY}:00000000", "checksum"),
    ],
)
def test_malformed_texts_are_refused_with_a_reason(text: str, reason: str):
    with pytest.raises(BindingError) as caught:
        parse_binding(text)
    assert caught.value.reason == reason


def test_the_grouped_text_a_form_prints_parses_back():
    text = format_binding(RECORD, REV, KEY)
    lines = grouped(text)
    assert len(lines) == 5 and lines[0] == f"KIN1:{RECORD}:"
    assert all(len(group) == 4 for line in lines[1:] for group in line.replace(":", "").split())
    typed = "\n".join(lines)  # as typed from paper: groups, spaces, line ends
    assert parse_binding(typed) == parse_binding(text)
    assert parse_binding("  ".join(lines) + "\r\n").rev_id == REV
    with pytest.raises(BindingError) as caught:  # a group typed wrong is still caught
        parse_binding(typed.replace(lines[2][:4], "0000" if lines[2][:4] != "0000" else "1111"))
    assert caught.value.reason == "checksum"


def test_any_single_character_change_is_caught():
    text = format_binding(RECORD, REV, KEY)
    for index in range(5, len(text)):
        if text[index] == ":":
            continue
        changed = text[:index] + ("0" if text[index] != "0" else "1") + text[index + 1 :]
        with pytest.raises(BindingError):
            parse_binding(changed)


def test_refuses_values_it_could_not_read_back():
    with pytest.raises(BindingError):
        format_binding(RECORD, "not-a-revision", KEY)


def test_qr_matrix_is_what_reportlabs_encoder_makes():
    for n in range(4):
        text = format_binding(f"{RECORD[:-1]}{n}", f"{n:x}" * 64, KEY)
        reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        reference.addData(text)
        reference.version = reference.calculate_version()
        reference.makeImpl(False, _MASK)
        assert qr_matrix(text) == [[bool(m) for m in row] for row in reference.modules]
    assert len(qr_matrix(text)) == 49  # version 8: room for the whole text at level M
