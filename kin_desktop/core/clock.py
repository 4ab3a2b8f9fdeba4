"""A hybrid logical clock: timestamps that follow the wall clock yet never go backwards.

A timestamp is ``(wall_ms, counter, node)``. Its string form
``f"{wall_ms:013d}.{counter:05d}.{node}"`` sorts the same way as the value, so
revisions can be ordered by comparing strings. ``tick()`` stamps a local event;
``observe()`` folds in a timestamp received from elsewhere so that the next
``tick()`` is later than everything this node has seen (causality survives
laptops whose clocks disagree). A wall clock that steps back only makes the
counter grow.

No timestamp from elsewhere moves the clock further than ``max_ahead_ms`` (a day) ahead of the
wall clock: a revision stamped in the year 2200 by a laptop whose clock is wrong, or by an
attacker, is stored as signed, but the clock goes no further, so it never nears its end
(``MAX_WALL_MS``). A clock already pushed there (a profile written before this bound) is pulled
back the same way when it is built: ``HybridClock(last=...)`` takes at most the bound.
Timestamps issued afterwards may be earlier than such a far one; nothing depends on a child
being later than its parents (the winner among heads is a tie-break, and a resolution is the
only head of its record).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from kin_desktop.core.errors import ValidationError
from kin_desktop.core.limits import MAX_CLOCK_AHEAD_MS

MAX_WALL_MS = 10**13 - 1  # 13 digits: until the year 2286
MAX_COUNTER = 10**5 - 1  # 5 digits; on overflow the clock borrows the next millisecond
_NODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_HLC = re.compile(r"^(\d{13})\.(\d{5})\.([A-Za-z0-9_-]{1,64})$")


def wall_clock_ms() -> int:
    """Milliseconds since the Unix epoch from the system clock."""
    return time.time_ns() // 1_000_000


def check_node(node: str) -> str:
    if not isinstance(node, str) or not _NODE.match(node):
        raise ValidationError(
            f"clock node {node!r} must be 1-64 letters, digits, '_' or '-'", reason="hlc_node"
        )
    return node


@dataclass(frozen=True, order=True)
class HLC:
    """One hybrid logical clock timestamp; ordering matches the string form."""

    wall_ms: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall_ms <= MAX_WALL_MS:
            raise ValidationError(f"clock time {self.wall_ms} out of range", reason="hlc_range")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ValidationError(f"clock counter {self.counter} out of range", reason="hlc_range")
        check_node(self.node)

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:05d}.{self.node}"

    @classmethod
    def parse(cls, text: str) -> HLC:
        """Parse the string form; raises :class:`ValidationError` on anything else."""
        match = _HLC.match(text) if isinstance(text, str) else None
        if match is None:
            raise ValidationError(f"{text!r} is not a clock timestamp", reason="hlc_format")
        return cls(int(match.group(1)), int(match.group(2)), match.group(3))


def parse_hlc(text: str) -> HLC:
    return HLC.parse(text)


class HybridClock:
    """Issues strictly increasing timestamps for one node.

    ``last`` is the latest timestamp issued or observed (``None`` before any); persist it
    and pass it back as ``last=`` so a restarted application keeps counting forwards.
    """

    def __init__(
        self,
        node: str,
        *,
        now_ms: Callable[[], int] = wall_clock_ms,
        last: str | None = None,
        max_ahead_ms: int = MAX_CLOCK_AHEAD_MS,
    ) -> None:
        self._node = check_node(node)
        self._now_ms = now_ms
        self._max_ahead_ms = max_ahead_ms
        self._last: tuple[int, int] | None = None
        self.pulled_back = False  # ``last`` was beyond the bound and the clock was pulled back
        if last is not None:
            parsed = HLC.parse(last)
            self._last = self._bounded((parsed.wall_ms, parsed.counter))
            self.pulled_back = self._last != (parsed.wall_ms, parsed.counter)

    def _now(self) -> int:
        return max(0, min(int(self._now_ms()), MAX_WALL_MS))

    def _bounded(self, seen: tuple[int, int]) -> tuple[int, int]:
        """``seen``, or the furthest point the clock may move to when ``seen`` is beyond it."""
        furthest = min(self._now() + self._max_ahead_ms, MAX_WALL_MS - 1)
        return seen if seen[0] <= furthest else (furthest, 0)

    def is_far_ahead(self, stamp: str) -> bool:
        """Whether a timestamp (its string form) is beyond what this clock would move to."""
        return stamp[:13] > f"{self._now() + self._max_ahead_ms:013d}"

    @property
    def node(self) -> str:
        return self._node

    @property
    def last(self) -> str | None:
        if self._last is None:
            return None
        return str(HLC(self._last[0], self._last[1], self._node))

    def tick(self) -> str:
        """Return a new timestamp, later than every one issued or observed before."""
        now = self._now()
        if self._last is None or now > self._last[0]:
            wall, counter = now, 0
        else:
            wall, counter = self._last[0], self._last[1] + 1
            if counter > MAX_COUNTER:
                wall, counter = wall + 1, 0
        self._last = (wall, counter)
        return str(HLC(wall, counter, self._node))

    def observe(self, remote: str) -> None:
        """Fold in a timestamp received from another node (or read from storage), going no further than
        ``max_ahead_ms`` ahead of the wall clock."""
        parsed = HLC.parse(remote)
        seen = self._bounded((parsed.wall_ms, parsed.counter))
        if self._last is None or seen > self._last:
            self._last = seen
