"""Pattern constraints of text questions, matched in time linear in the answer.

A definition comes from a welcome pack or a spreadsheet; its ``pattern`` is someone else's regular
expression, and Python's ``re`` backtracks: ``(a+)+$`` takes longer than the universe on 40
characters, and even the usual e-mail pattern ``^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$`` takes time growing with
the square of the answer (a 20,000-character answer: seconds per check, on every listing). So
patterns are compiled with RE2 (``google-re2``), which matches in time linear in the text and refuses
what it cannot match that way (back-references, look-around): such a pattern makes the definition
invalid, with a message saying so, when it is loaded. RE2 reads ``\\d``, ``\\s`` and ``\\w`` as ASCII
classes.
"""

from __future__ import annotations

from typing import Any, Protocol

import re2  # type: ignore[import-untyped]

__all__ = ["Pattern", "PatternError", "compile_pattern"]

_MAX_PROGRAM_BYTES = 8 * 1024 * 1024  # RE2's memory for one compiled pattern


class Pattern(Protocol):
    def search(self, text: str) -> Any: ...


class PatternError(ValueError):
    """The pattern is not a regular expression RE2 can match in linear time."""


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False  # refusals are reported through PatternError, not on stderr
    options.max_mem = _MAX_PROGRAM_BYTES
    return options


def compile_pattern(source: str) -> Pattern:
    """``source`` compiled for linear-time matching; raises :class:`PatternError`."""
    try:
        compiled: Pattern = re2.compile(source, _options())
    except re2.error as exc:
        detail = (
            exc.args[0].decode("utf-8", "replace")
            if exc.args and isinstance(exc.args[0], bytes)
            else str(exc)
        )
        raise PatternError(
            f"it is not a valid regular expression that can be checked in time linear in the answer "
            f"({detail}); back-references and look-around are not supported"
        ) from exc
    return compiled
