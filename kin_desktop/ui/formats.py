"""Dates, times and numbers as the interface language writes them: one helper for every screen.

One style per kind of value, everywhere:

- a **day** (a start date, a due date, a report date): the language's short date with the year
  in full (``05/03/2009`` in English, ``2009/03/05`` in Japanese, ``5/3/2009`` in Thai,
  ``2009. 3. 5.`` in Korean);
- a **moment** (when something was saved, sent, imported): the same day followed by the
  language's short time of day, in the computer's time zone (``05/03/2009 23:01``);
- a **time of day** alone ("Saved at 23:01");
- a **long day** where there is room, or to confirm what a typed date was read as
  ("Thursday, 5 March 2009");
- **counts**, **decimals**, **amounts** and **sizes** with the language's digits and grouping.

The locale is the default one ``language.install`` sets; nothing here reads the system's.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_FORMAT_TOKENS = re.compile(r"'(?:[^']|'')*'|y+|[^'y]+")


def day_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year ("M/d/yy" -> "M/d/yyyy")."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    # Years outside quoted literals become "yyyy"; quoted text is left as it is.
    return "".join("yyyy" if token.startswith("y") else token for token in _FORMAT_TOKENS.findall(pattern))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def as_day(value: object) -> date | None:
    """A day from a ``date``, a ``datetime`` (its own date) or an ISO ``YYYY-MM-DD`` text; else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def day_text(value: object, locale: QLocale | None = None) -> str:
    """A day in the language's short form with the full year; ``""`` for none.

    Text that is not an ISO date is returned unchanged, so a value that could not be read
    is shown as it is rather than hidden."""
    if value is None or value == "":
        return ""
    day = as_day(value)
    if day is None:
        return str(value)
    locale = locale or QLocale()
    return locale.toString(_qdate(day), day_format(locale))


def long_day_text(value: date, locale: QLocale | None = None) -> str:
    """A day written out ("Thursday, 5 March 2009")."""
    return (locale or QLocale()).toString(_qdate(value), QLocale.FormatType.LongFormat)


def _local(moment: datetime) -> QDateTime:
    if moment.tzinfo is None:  # stored timestamps are UTC
        moment = moment.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def moment_text(value: datetime | None, locale: QLocale | None = None) -> str:
    """A moment in local time: the day as :func:`day_text` writes it, then the time of day."""
    if value is None:
        return ""
    locale = locale or QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(_local(value), f"{day_format(locale)} {time_format}")


def time_text(value: datetime | QTime | None = None, locale: QLocale | None = None) -> str:
    """A time of day in the language's short form; the current time when ``value`` is None."""
    locale = locale or QLocale()
    if value is None:
        time = QTime.currentTime()
    elif isinstance(value, QTime):
        time = value
    else:
        time = _local(value).time()
    return locale.toString(time, QLocale.FormatType.ShortFormat)


def number_text(value: int) -> str:
    """A count in the language's digits and grouping: "10,000" in English, "10.000" in Indonesian.
    Identifiers that happen to be numbers (bundle numbers, years) are not counts: keep them as they are."""
    return QLocale().toString(int(value))


def decimal_text(value: float, places: int = 1) -> str:
    """A measured value with ``places`` decimals, whole numbers without them ("12.5", "12,5", "3")."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", places)


def amount_text(amount: str | None, currency: str | None = None) -> str:
    """An amount as stored ("250000", "1250.5") in the language's grouping ("250,000", "1.250,50"),
    followed by its currency; text that is not a number is shown as it is."""
    if not amount:
        return ""
    try:
        value = float(amount)
    except ValueError:
        number = amount
    else:
        number = QLocale().toString(value, "f", 2 if "." in amount else 0)
    return f"{number} {currency}" if currency else number


def size_text(size: int) -> str:
    """A file size ("1.5 MB")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
