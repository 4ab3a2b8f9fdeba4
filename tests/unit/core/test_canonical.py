from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kin_desktop.core import canonical
from kin_desktop.core.errors import ValidationError

json_integers = st.integers(min_value=-canonical.MAX_INTEGER, max_value=canonical.MAX_INTEGER)
json_values = st.recursive(
    st.none() | st.booleans() | json_integers | st.text(),
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
    st.none() | json_integers | tricky_text,
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


# -- the byte rules of docs/bundle-format.md §2, one by one


def test_strings_escape_exactly_quote_backslash_and_the_c0_controls() -> None:
    """Quote, backslash, \\b \\f \\n \\r \\t as short escapes, other C0 controls as \\u00xx in lower-case
    hex; DEL, U+2028/U+2029, the BOM and characters outside the BMP as themselves (UTF-8)."""
    text = "".join(chr(c) for c in range(0x20)) + '"\\/\x7f\u2028\u2029\ufeff\U0001f600'
    expected = (
        '"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f'
        "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d"
        '\\u001e\\u001f\\"\\\\/\x7f\u2028\u2029\ufeff\U0001f600"'
    )
    assert canonical.dumps(text) == expected.encode("utf-8")


def test_keys_sort_by_code_point_not_by_utf16_code_unit() -> None:
    """U+E000 sorts before U+1F600 by code point; a UTF-16 sort would put the emoji (D83D DE00) first."""
    value = {"\U0001f600": 1, "\ue000": 2, "z": 3, "\u00e9": 4}
    assert canonical.dumps(value) == '{"z":3,"\u00e9":4,"\ue000":2,"\U0001f600":1}'.encode()


def test_no_unicode_normalisation_is_applied() -> None:
    composed, decomposed = "Hải Phòng", "Ha\u0309i Pho\u0300ng"
    assert canonical.dumps(composed) != canonical.dumps(decomposed)
    assert canonical.loads_strict(canonical.dumps(decomposed), canonical=True) == decomposed


@pytest.mark.parametrize("value", [canonical.MAX_INTEGER, -canonical.MAX_INTEGER, 0])
def test_integers_up_to_two_to_the_53_minus_one_are_canonical(value: int) -> None:
    assert canonical.loads_strict(canonical.dumps([value]), canonical=True) == [value]


@pytest.mark.parametrize("value", [canonical.MAX_INTEGER + 1, -canonical.MAX_INTEGER - 1, 10**400])
def test_integers_beyond_two_to_the_53_are_refused_both_ways(value: int) -> None:
    with pytest.raises(ValidationError) as written:
        canonical.dumps({"n": value})
    assert written.value.params["reason"] == "integer_range"
    with pytest.raises(ValidationError) as read:
        canonical.loads_strict(f'{{"n":{value}}}')
    assert read.value.params["reason"] == "integer_range"


def test_a_huge_integer_is_refused_before_python_converts_it() -> None:
    """int() of a long literal costs the square of its digits; the literal is refused by its length."""
    with pytest.raises(ValidationError) as caught:
        canonical.loads_strict("[" + "9" * 1_000_000 + "]", max_bytes=2_000_000)
    assert caught.value.params["reason"] == "integer_range"


@pytest.mark.parametrize("text", ['"\\ud800"', '["a\\udc00b"]', '{"\\ude00":1}'])
def test_unpaired_surrogates_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        canonical.loads_strict(text)
    assert caught.value.params["reason"] == "surrogate"


def test_a_surrogate_pair_escape_is_a_character_but_not_canonical() -> None:
    assert canonical.loads_strict('"\\ud83d\\ude00"') == "\U0001f600"
    with pytest.raises(ValidationError) as caught:
        canonical.loads_strict('"\\ud83d\\ude00"', canonical=True)
    assert caught.value.params["reason"] == "not_canonical"


def test_an_unpaired_surrogate_has_no_canonical_form() -> None:
    with pytest.raises(ValidationError) as caught:
        canonical.dumps({"a": "\ud800"})
    assert caught.value.params["reason"] == "surrogate"


@pytest.mark.parametrize(
    "text",
    [
        '{"b":1,"a":2}',  # key order
        '{"a": 1}',  # white space
        '{"a":1}\n',  # a final newline
        '"\\u00e9"',  # an escape where the character itself is written
        '"\\/"',  # an escaped solidus
        '"\\u000A"',  # \\n has a short escape, and hex is lower case
        '"\\u001F"',  # upper-case hex
        "-0",  # minus zero
    ],
)
def test_canonical_reading_refuses_every_other_spelling(text: str) -> None:
    canonical.loads_strict(text)  # valid JSON ...
    with pytest.raises(ValidationError) as caught:
        canonical.loads_strict(text, canonical=True)  # ... but not the canonical bytes
    assert caught.value.params["reason"] == "not_canonical"
    assert not canonical.is_canonical(text.encode())


def test_a_byte_order_mark_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        canonical.loads_strict("\ufeff[]")
    assert caught.value.params["reason"] == "malformed"


def test_canonical_reading_refuses_fractions_as_floats() -> None:
    with pytest.raises(ValidationError) as caught:
        canonical.loads_strict("[1.0]", canonical=True)
    assert caught.value.params["reason"] == "float"


@given(json_values)
def test_every_canonical_encoding_is_read_back_as_canonical(value: object) -> None:
    assert canonical.is_canonical(canonical.dumps(value))


def test_depth_counts_arrays_and_objects_and_the_limit_is_64() -> None:
    """A scalar has depth 0; each array or object enclosing it adds one; 64 levels pass, 65 do not."""
    assert canonical.dumps(1) == b"1"
    sixty_four = "[" * 63 + "{}" + "]" * 63
    assert canonical.loads_strict(sixty_four, canonical=True) is not None
    deep: object = {}
    for _ in range(63):
        deep = [deep]
    assert canonical.dumps(deep) == sixty_four.encode()
    with pytest.raises(ValidationError) as read:
        canonical.loads_strict("[" + sixty_four + "]")
    assert read.value.params["reason"] == "too_deep"
    with pytest.raises(ValidationError) as written:
        canonical.dumps([deep])
    assert written.value.params["reason"] == "too_deep"
