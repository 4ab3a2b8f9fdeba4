from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kin_desktop.core.errors import ValidationError
from kin_desktop.core.records import (
    Revision,
    causal_order,
    compute_rev_id,
    from_json,
    heads,
    make_revision,
    to_json,
    verify_revision,
    winner,
)

RID = "6f1c2a9e-3d4b-4c5d-9e8f-0a1b2c3d4e5f"
OWNER = "key-hai-phong"


def hlc(n: int, node: str = "dev") -> str:
    return f"{1_178_000_000_000 + n:013d}.00000.{node}"


def practice(title: str = "Composting market waste", **extra: Any) -> dict[str, Any]:
    return {"title": title, **extra}


def rev(n: int, parents: tuple[Revision, ...] = (), *, title: str = "t", node: str = "dev") -> Revision:
    return make_revision(
        RID, "practice", OWNER, [p.rev_id for p in parents], OWNER, hlc(n, node), practice(title)
    )


def test_rev_id_is_the_hash_of_the_canonical_content() -> None:
    parents = ["b" * 64, "a" * 64]
    rev_id = compute_rev_id(RID, "practice", OWNER, parents, "key-x", hlc(1), {"title": "Ok"})
    canonical = (
        '{"author":"key-x","body":{"title":"Ok"},"hlc":"' + hlc(1) + '","owner":"' + OWNER + '",'
        '"parents":["' + "a" * 64 + '","' + "b" * 64 + '"],"record_id":"' + RID + '",'
        '"record_type":"practice","v":1}'
    )
    assert rev_id == hashlib.sha256(canonical.encode()).hexdigest()
    assert rev_id == compute_rev_id(RID, "practice", OWNER, sorted(parents), "key-x", hlc(1), {"title": "Ok"})


def test_make_revision_normalizes_the_body_and_sorts_parents() -> None:
    p1, p2 = rev(1, title="one"), rev(2, title="two")
    made = make_revision(
        RID,
        "practice",
        OWNER,
        [p2.rev_id, p1.rev_id],
        OWNER,
        hlc(3),
        practice("  Padded  ", cost_amount=1200),
    )
    assert made.parents == tuple(sorted([p1.rev_id, p2.rev_id]))
    assert made.body is not None
    assert made.body["title"] == "Padded"
    assert made.body["cost_amount"] == "1200"
    assert made.body["state"] == "draft"  # defaults are part of the stored body
    verify_revision(made)


def test_tombstone_skips_body_validation() -> None:
    base = rev(1)
    tomb = make_revision(RID, "practice", OWNER, [base.rev_id], OWNER, hlc(2), None)
    assert tomb.is_tombstone
    verify_revision(tomb)


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"body": {"title": ""}}, None),
        ({"body": {"title": "x", "unknown": 1}}, None),
        ({"record_type": "poem"}, "record_type"),
        ({"record_id": "has space"}, "identifier"),
        ({"owner": ""}, "identifier"),
        ({"hlc": "noon"}, "hlc_format"),
        ({"parents": ["nothex"]}, "parent"),
        ({"parents": ["a" * 64, "a" * 64]}, "parent"),
    ],
)
def test_make_revision_refuses_bad_input(kwargs: dict[str, Any], reason: str | None) -> None:
    args: dict[str, Any] = {
        "record_id": RID,
        "record_type": "practice",
        "owner": OWNER,
        "parents": [],
        "author": OWNER,
        "hlc": hlc(1),
        "body": practice(),
    }
    args.update(kwargs)
    with pytest.raises(ValidationError) as info:
        make_revision(**args)
    if reason is not None:
        assert info.value.params["reason"] == reason


def test_verify_revision_detects_tampering() -> None:
    good = rev(1)
    for change in (
        {"body": practice("Forged")},
        {"author": "key-mallory"},
        {"hlc": hlc(9)},
        {"parents": ("a" * 64,)},
        {"owner": "key-other"},
        {"body": None},
    ):
        with pytest.raises(ValidationError) as info:
            verify_revision(dataclasses.replace(good, **change))
        assert info.value.params["reason"] == "rev_id_mismatch"


def test_json_round_trip() -> None:
    base = rev(1)
    child = rev(2, (base,), title="second")
    tomb = make_revision(RID, "practice", OWNER, [child.rev_id], OWNER, hlc(3), None)
    for item in (base, child, tomb):
        data = to_json(item)
        assert set(data) == {
            "v",
            "rev_id",
            "record_id",
            "record_type",
            "owner",
            "parents",
            "author",
            "hlc",
            "body",
        }
        assert from_json(data) == item


def _mutations() -> list[tuple[str, Any]]:
    return [
        ("extra key", lambda d: {**d, "extra": 1}),
        ("missing key", lambda d: {k: v for k, v in d.items() if k != "author"}),
        ("version", lambda d: {**d, "v": 2}),
        ("bool version", lambda d: {**d, "v": True}),
        ("hlc type", lambda d: {**d, "hlc": 5}),
        ("parents type", lambda d: {**d, "parents": "abc"}),
        ("parent type", lambda d: {**d, "parents": [1]}),
        ("body type", lambda d: {**d, "body": ["x"]}),
        ("rev id", lambda d: {**d, "rev_id": "0" * 64}),
        ("rev id form", lambda d: {**d, "rev_id": "xyz"}),
        ("record type", lambda d: {**d, "record_type": "novel"}),
        ("body schema", lambda d: {**d, "body": {"title": "x", "bogus": True}}),
        ("not a dict", lambda d: [d]),
    ]


@pytest.mark.parametrize(("name", "mutate"), _mutations(), ids=[n for n, _ in _mutations()])
def test_from_json_is_strict(name: str, mutate: Any) -> None:
    with pytest.raises(ValidationError):
        from_json(mutate(to_json(rev(1))))


def test_from_json_refuses_a_body_that_is_not_normalized_even_with_a_matching_hash() -> None:
    body = {"title": "  untrimmed  "}
    rev_id = compute_rev_id(RID, "practice", OWNER, [], OWNER, hlc(1), body)
    data = {
        "v": 1,
        "rev_id": rev_id,
        "record_id": RID,
        "record_type": "practice",
        "owner": OWNER,
        "parents": [],
        "author": OWNER,
        "hlc": hlc(1),
        "body": body,
    }
    with pytest.raises(ValidationError) as info:
        from_json(data)
    assert info.value.params["reason"] == "body_not_normalized"


def test_heads_of_a_chain_is_its_tip() -> None:
    a = rev(1)
    b = rev(2, (a,))
    c = rev(3, (b,))
    assert heads([c, a, b]) == [c]
    assert winner(heads([a, b, c])) == c


def test_fork_has_two_heads_and_a_deterministic_winner() -> None:
    a = rev(1)
    left = rev(5, (a,), title="left", node="laptop1")
    right = rev(4, (a,), title="right", node="laptop2")
    found = heads([a, left, right])
    assert found == [right, left]  # ordered by (hlc, rev_id)
    assert winner(found) == left  # later clock wins
    merged = rev(6, (left, right), title="merged")
    assert heads([a, left, right, merged]) == [merged]


def test_equal_clocks_are_settled_by_rev_id() -> None:
    a = rev(1)
    x = make_revision(RID, "practice", OWNER, [a.rev_id], OWNER, hlc(2), practice("x"))
    y = make_revision(RID, "practice", OWNER, [a.rev_id], OWNER, hlc(2), practice("y"))
    assert winner([x, y]) == max(x, y, key=lambda r: r.rev_id)


def test_winner_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError):
        winner([])


def test_missing_parent_leaves_the_child_a_head() -> None:
    a = rev(1)
    b = rev(2, (a,))
    assert heads([b]) == [b]
    assert heads([b, a]) == [b]


@given(st.permutations(range(6)), st.lists(st.integers(0, 5), max_size=6))
def test_heads_and_winner_do_not_depend_on_order(order: list[int], extra: list[int]) -> None:
    a = rev(1)
    b = rev(3, (a,), title="b", node="n1")
    c = rev(2, (a,), title="c", node="n2")
    d = rev(4, (c,), title="d")
    e = rev(4, (c,), title="e")
    f = make_revision(RID, "practice", OWNER, [b.rev_id], OWNER, hlc(7), None)
    revs = [a, b, c, d, e, f]
    shuffled = [revs[i] for i in order] + [revs[i] for i in extra]
    assert heads(shuffled) == heads(revs)
    assert winner(heads(shuffled)) == winner(heads(revs)) == f
    assert causal_order(shuffled) == causal_order(revs)


def test_causal_order_puts_parents_first_even_with_a_clock_behind() -> None:
    a = rev(10)
    b = rev(2, (a,), title="child with a slow clock")
    c = rev(5)
    assert causal_order([b, c, a]) == [c, a, b]
