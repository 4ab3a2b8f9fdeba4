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


def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


tricky_text = st.text(alphabet=st.sampled_from(['"', "\\", "[", "]", "{", "}", "a", "\n", "é", "\u2028"]))
nested = st.recursive(
    st.none() | st.integers() | tricky_text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(tricky_text, children, max_size=3),
    max_leaves=30,
)


@given(nested, st.booleans())
def test_depth_limit_counts_containers_not_brackets_in_strings(value: object, ascii_only: bool) -> None:
    """The depth check reads the text: brackets, quotes and backslashes inside strings must not count."""
    import json

    deep: object = value
    for _ in range(canonical.MAX_DEPTH - _depth(value)):
        deep = [deep]
    text = json.dumps(deep, ensure_ascii=ascii_only)
    assert canonical.loads_strict(text) == deep  # exactly the limit: accepted
    with pytest.raises(ValidationError) as caught:
        canonical.loads_strict(json.dumps({"k": deep}, ensure_ascii=ascii_only))
    assert caught.value.params["reason"] == "too_deep"


@pytest.mark.parametrize("number", ["1.0", "1e3", "-0.5", "2E-7"])
def test_strict_parse_without_floats_refuses_fractions_and_exponents(number: str) -> None:
    document = f'{{"a":[1,{number}]}}'
    assert canonical.loads_strict(document)["a"][0] == 1  # allowed unless asked
    with pytest.raises(ValidationError) as refused:
        canonical.loads_strict(document, floats=False)
    assert refused.value.params["reason"] == "float"


def test_a_parsed_value_hashes_the_same_without_the_second_walk() -> None:
    value = canonical.loads_strict('{"b":[1,true,null,"ü"],"a":{"x":"y"}}', floats=False)
    assert canonical.digest(value, checked=True) == canonical.digest(value)
