from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kin_desktop.core.clock import HLC, MAX_COUNTER, HybridClock, parse_hlc
from kin_desktop.core.errors import ValidationError


class FakeTime:
    """A wall clock the test sets by hand (milliseconds)."""

    def __init__(self, ms: int = 1_178_000_000_000) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_string_form_is_fixed_width_and_parses_back() -> None:
    stamp = HLC(1_178_000_000_123, 7, "dev-1")
    assert str(stamp) == "1178000000123.00007.dev-1"
    assert parse_hlc(str(stamp)) == stamp
    assert HLC.parse("0000000000000.00000.a") == HLC(0, 0, "a")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1178000000123.7.dev",
        "117800000012.00007.dev",
        "1178000000123.00007.",
        "1178000000123.00007.a.b",
        5,
    ],
)
def test_parse_refuses_malformed_timestamps(text: object) -> None:
    with pytest.raises(ValidationError):
        HLC.parse(text)  # type: ignore[arg-type]


@pytest.mark.parametrize("node", ["", "has space", "dot.ted", "x" * 65])
def test_node_must_be_a_plain_name(node: str) -> None:
    with pytest.raises(ValidationError):
        HybridClock(node)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 10**13 - 1), st.integers(0, MAX_COUNTER), st.sampled_from(["a", "b", "dev-2"])
        ),
        min_size=2,
        max_size=20,
    )
)
def test_string_order_is_value_order(values: list[tuple[int, int, str]]) -> None:
    stamps = [HLC(*v) for v in values]
    assert sorted(stamps) == sorted(stamps, key=str)


def test_tick_follows_the_wall_clock() -> None:
    now = FakeTime()
    clock = HybridClock("dev", now_ms=now)
    assert clock.last is None
    first = clock.tick()
    assert first == f"{now.ms:013d}.00000.dev"
    now.ms += 5
    assert clock.tick() == f"{now.ms:013d}.00000.dev"
    assert clock.last == f"{now.ms:013d}.00000.dev"


def test_tick_counts_when_the_clock_stands_still_or_goes_back() -> None:
    now = FakeTime()
    clock = HybridClock("dev", now_ms=now)
    a = clock.tick()
    b = clock.tick()
    now.ms -= 60_000  # the user set the clock back a minute
    c = clock.tick()
    assert a < b < c
    assert HLC.parse(c).wall_ms == HLC.parse(a).wall_ms
    assert HLC.parse(c).counter == 2


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    now = FakeTime()
    start = HLC(now.ms, MAX_COUNTER, "dev")
    clock = HybridClock("dev", now_ms=now, last=str(start))
    nxt = HLC.parse(clock.tick())
    assert (nxt.wall_ms, nxt.counter) == (now.ms + 1, 0)
    assert nxt > start


def test_observe_moves_past_a_remote_clock_that_is_ahead() -> None:
    now = FakeTime()
    clock = HybridClock("dev", now_ms=now)
    clock.tick()
    remote = str(HLC(now.ms + 3_600_000, 4, "other"))
    clock.observe(remote)
    stamp = clock.tick()
    assert stamp > remote
    assert HLC.parse(stamp) == HLC(now.ms + 3_600_000, 5, "dev")


def test_observe_of_an_older_stamp_changes_nothing() -> None:
    now = FakeTime()
    clock = HybridClock("dev", now_ms=now)
    clock.tick()
    before = clock.last
    clock.observe(str(HLC(now.ms - 10, 0, "other")))
    assert clock.last == before


def test_observe_refuses_garbage() -> None:
    clock = HybridClock("dev", now_ms=FakeTime())
    with pytest.raises(ValidationError):
        clock.observe("yesterday")


def test_a_restored_clock_continues_forwards() -> None:
    now = FakeTime()
    clock = HybridClock("dev", now_ms=now)
    for _ in range(3):
        clock.tick()
    saved = clock.last
    assert saved is not None
    now.ms -= 1000  # restarted with a clock behind the saved value
    again = HybridClock("dev", now_ms=now, last=saved)
    assert again.tick() > saved


def test_invalid_persisted_value_is_refused() -> None:
    with pytest.raises(ValidationError):
        HybridClock("dev", last="not a clock")


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("tick"), st.integers(-5_000, 5_000)),
            st.tuples(st.just("observe"), st.integers(-5_000, 5_000), st.integers(0, 50)),
        ),
        max_size=60,
    )
)
def test_ticks_strictly_increase_and_pass_everything_observed(ops: list[tuple[object, ...]]) -> None:
    now = FakeTime()
    clock = HybridClock("dev", now_ms=now)
    last_tick = ""
    highest_seen = ""
    for op in ops:
        if op[0] == "tick":
            now.ms += int(op[1])  # type: ignore[call-overload]
            stamp = clock.tick()
            assert stamp > last_tick
            assert stamp > highest_seen
            last_tick = stamp
        else:
            remote = str(HLC(now.ms + int(op[1]), int(op[2]), "remote"))  # type: ignore[call-overload]
            clock.observe(remote)
            highest_seen = max(highest_seen, remote)
