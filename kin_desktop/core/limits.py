"""Bounds on everything that comes in from another party (docs/exchange.md, "Bounds").

Anything behind a valid signature is still hostile: a stranger can make a key, and an enrolled
delegate can write any content. Each bound below is enforced before any work that grows with what
it bounds, so the cost of a file is linear in its size and a file at every bound costs about as much
as an ordinary file of the same size. The values are far above what the Network's real data needs
(the KIN4 questionnaire has 63 questions; its longest choice list has 9 choices).

Pure Python, no I/O: ``core.schemas`` applies the per-record bounds, the exchange services the
per-file and per-key ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# -- numbers -------------------------------------------------------------------------------------

# JSON integers: what every JSON reader (IEEE doubles included) holds exactly, well inside SQLite's
# 64-bit INTEGER.
MAX_INT = 2**53 - 1
# Bundle and receipt sequence numbers: a device writing a bundle a minute for forty years stays below.
MAX_SEQUENCE = 2**31 - 1

# -- text ----------------------------------------------------------------------------------------

MAX_HEADER_TEXT = 300  # each field of a bundle's ``delegate`` header (name, city, ...)
MAX_LOG_DETAIL = 2_000  # an import-log note, after which it is cut with "…"
MAX_LOG_PATH = 1_000  # a file path as the import log keeps it

# -- records -------------------------------------------------------------------------------------

MAX_LIST_ITEMS = 100  # targets, milestones, indicators, milestones reached: per record
MAX_PARTNERS = 300  # partners of one practice or commitment (a regional programme lists many)
MAX_ANSWERS = 1_000  # questions answered in one response (keys of ``answers``)
MAX_ANSWER_KEY = 64  # a question id (definitions allow 64 characters)
MAX_REPEAT_INSTANCES = 200  # entries of one repeat group
MAX_CHOICES = 200  # values of one multiple-choice or ranking answer
MAX_ANSWER_TEXT = 20_000  # characters of one answer (as a long text field of a practice)
MAX_ANSWER_CELLS = 10_000  # answer values in one response, repeat-group entries included
MAX_RESPONSE_TEXT = 1_000_000  # characters of every answer of one response together
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024  # the largest member a bundle may carry

# -- files ---------------------------------------------------------------------------------------

MAX_REVISIONS_PER_BUNDLE = 100_000  # revisions in one bundle's revisions.json (itself at most 64 MiB)
MAX_ATTACHMENTS_PER_BUNDLE = 1_000  # attached files in one bundle (the container allows 1,024 members)
MAX_RECEIPT_ITEMS = 1_000_000  # acknowledged revisions, bundles, review notes or revisions in a receipt
MAX_CATALOGUE_ENTRIES = 20_000  # practices in a welcome pack's catalogue

# -- what keys nobody enrolled may leave waiting ----------------------------------------------------

MAX_HELD_FILES_PER_KEY = 20  # bundles held for one pending key
MAX_HELD_BYTES_PER_KEY = 256 * 1024 * 1024  # their bytes together
MAX_PENDING_KEYS = 500  # keys waiting for enrolment at once
MAX_HELD_BYTES_TOTAL = 2 * 1024 * 1024 * 1024  # bytes held for all pending keys together

# -- import-log notes ----------------------------------------------------------------------------

MAX_GAP_RANGES = 3  # missing sequence ranges named in a gap note; the rest are counted

# -- clocks --------------------------------------------------------------------------------------

# How far ahead of this computer's clock a timestamp from elsewhere may move the local clock
# (core.clock.HybridClock): a remote revision stamped later is stored as signed, but the local clock
# goes no further, so no file can push it towards its end (year 2286).
MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000


class BoundExceeded(ValueError):
    """A value from elsewhere is outside a bound; ``bound`` names it (a constant of this module)."""

    def __init__(self, message: str, bound: str) -> None:
        super().__init__(message)
        self.bound = bound


def is_text(value: Any, longest: int) -> bool:
    """A string of at most ``longest`` characters that is valid Unicode (no unpaired surrogate)."""
    if not isinstance(value, str) or len(value) > longest:
        return False
    return value.isascii() or _encodable(value)


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean_text(value: object, longest: int) -> str:
    """Text safe to store and show whatever ``value`` holds: unpaired surrogates replaced with U+FFFD,
    cut to ``longest`` characters with a final "…". For notes written about hostile input."""
    text = value if isinstance(value, str) else str(value)
    if len(text) > longest:
        text = text[: max(longest - 1, 0)] + "…"
    if not text.isascii() and not _encodable(text):
        text = text.encode("utf-8", "replace").decode("utf-8")  # each surrogate becomes "?"
    return text


def is_int(value: Any, lowest: int = -MAX_INT, highest: int = MAX_INT) -> bool:
    return type(value) is int and lowest <= value <= highest


def _scalar_problem(value: Any, where: str, text_budget: list[int]) -> str | None:
    kind = type(value)
    if kind is str:
        if len(value) > MAX_ANSWER_TEXT:
            return f"the answer to {where!r} is longer than {MAX_ANSWER_TEXT:,} characters"
        if not value.isascii() and not _encodable(value):
            return f"the answer to {where!r} is not valid Unicode (an unpaired surrogate)"
        text_budget[0] -= len(value)
        return None
    if kind is int:
        if not -MAX_INT <= value <= MAX_INT:
            return f"the answer to {where!r} is a number out of range"
        return None
    if value is None or kind is bool or kind is float:  # floats never reach canonical JSON
        return None
    return f"the answer to {where!r} is a {kind.__name__}, not an answer value"


def _value_problem(value: Any, where: str, cells: list[int], text_budget: list[int]) -> str | None:
    """A scalar or a list of scalars (the answer to one question)."""
    if type(value) is list:
        if len(value) > MAX_CHOICES:
            return f"the answer to {where!r} holds more than {MAX_CHOICES} values"
        cells[0] -= len(value)
        for item in value:
            problem = _scalar_problem(item, where, text_budget)
            if problem is not None:
                return problem
        return None
    cells[0] -= 1
    return _scalar_problem(value, where, text_budget)


def _key_problem(key: Any) -> str | None:
    if not is_text(key, MAX_ANSWER_KEY):
        return f"the question id {clean_text(key, 80)!r} is not a text of at most {MAX_ANSWER_KEY} characters"
    return None


def answers_problem(answers: Mapping[str, Any]) -> str | None:
    """Why ``answers`` (a response's) is outside the bounds, or None. Linear in its size, and it stops
    at the first bound passed: a question id -> a scalar, a list of scalars (choices), or a repeat group
    (a list of objects from question id to a scalar or a list of scalars)."""
    if len(answers) > MAX_ANSWERS:
        return f"a response answers at most {MAX_ANSWERS:,} questions"
    cells = [MAX_ANSWER_CELLS]
    text_budget = [MAX_RESPONSE_TEXT]
    for key, value in answers.items():
        problem = _key_problem(key)
        if problem is not None:
            return problem
        if type(value) is list and value and type(value[0]) is dict:  # a repeat group
            if len(value) > MAX_REPEAT_INSTANCES:
                return f"the repeat group {key!r} has more than {MAX_REPEAT_INSTANCES} entries"
            for instance in value:
                if type(instance) is not dict:
                    return f"the repeat group {key!r} mixes entries with single answers"
                if len(instance) > MAX_ANSWERS:
                    return f"an entry of {key!r} answers more than {MAX_ANSWERS:,} questions"
                for name, item in instance.items():
                    problem = (
                        _key_problem(name)
                        or _value_problem(item, f"{key}.{name}", cells, text_budget)
                        or _budget_problem(cells, text_budget)
                    )
                    if problem is not None:
                        return problem
        else:
            problem = _value_problem(value, key, cells, text_budget) or _budget_problem(cells, text_budget)
            if problem is not None:
                return problem
    return None


def _budget_problem(cells: list[int], text_budget: list[int]) -> str | None:
    if cells[0] < 0:
        return f"a response holds at most {MAX_ANSWER_CELLS:,} answer values"
    if text_budget[0] < 0:
        return f"the answers of a response hold at most {MAX_RESPONSE_TEXT:,} characters together"
    return None


__all__ = [name for name in dir() if name.isupper()] + [
    "BoundExceeded",
    "answers_problem",
    "clean_text",
    "is_int",
    "is_text",
]
