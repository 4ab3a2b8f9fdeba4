"""Reading answer values: decimals, dates and what counts as unanswered."""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = ["as_date", "as_decimal", "is_empty"]

_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def as_decimal(value: Any) -> Decimal | None:
    """A finite Decimal from an int, float, Decimal or decimal string; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, str):
        text = value.strip()
        if not _DECIMAL.match(text):
            return None
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
            return None
    return None


def as_date(value: Any) -> date | None:
    """A date from a ``date`` (not a datetime) or a ``YYYY-MM-DD`` string; None otherwise."""
    if isinstance(value, date):
        return value if type(value) is date else None
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def is_empty(value: Any) -> bool:
    """Unanswered: None, a blank string or an empty list."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple) and not value:
        return True
    return False
