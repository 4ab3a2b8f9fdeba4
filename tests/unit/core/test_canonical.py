from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kin_desktop.core import canonical
from kin_desktop.core.errors import ValidationError

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def test_keys_are_sorted_and_text_is_utf8_without_spaces() -> None:
    assert canonical.dumps({"b": 1, "a": "Hải Phòng"}) == '{"a":"Hải Phòng","b":1}'.encode()


@given(json_values)
def test_canonical_form_round_trips_and_is_stable(value: object) -> None:
    data = canonical.dumps(value)
    assert canonical.dumps(canonical.loads_strict(data)) == data


def test_floats_are_refused_so_hashes_never_depend_on_float_printing() -> None:
    with pytest.raises(ValidationError):
        canonical.dumps({"budget": 1.5})


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"a": 1, "a": 2}', "duplicate_key"),
        ('{"a": NaN}', "nan"),
        ('{"a": Infinity}', "nan"),
        ('{"a": ', "malformed"),
        ("[" * 200 + "]" * 200, "too_deep"),
    ],
)
def test_strict_parsing_refuses_what_a_bundle_must_never_carry(text: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        canonical.loads_strict(text)
    assert caught.value.params["reason"] == reason


def test_oversize_documents_are_refused_before_parsing() -> None:
    with pytest.raises(ValidationError) as caught:
        canonical.loads_strict(b"[" + b"1," * 100 + b"1]", max_bytes=50)
    assert caught.value.params["reason"] == "too_large"
