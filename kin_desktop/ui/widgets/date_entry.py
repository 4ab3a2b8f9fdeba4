"""A date typed as people write it, or picked from a calendar; never silently misread.

:class:`DateEntry` is a line edit with a calendar button. What the user types is read strictly
(:func:`parse_day`), in the interface language's order and in ISO:

- ``2009-03-05`` (ISO, any language), and day, month and year in the language's order with any
  of ``/ . - ,`` or spaces between them (``5/3/2009`` is 5 March in English, Thai or Vietnamese,
  ``2009/3/5`` in Japanese, ``2009. 3. 5.`` in Korean, ``2009年3月5日``); full-width and Thai
  digits count as digits;
- month names in the language or in English (``5 March 2009``, ``5 มีนาคม 2009``);
- in Thai, a year of the Buddhist Era (``5/3/2552``) is read as that year (2009).

Nothing is guessed: a two-digit year, a day that does not exist (31/02/2009), four digits
("5320") or anything else is refused with a message that shows the expected form ("Type the
date as 31/12/2026 or 2026-12-31"). No validator drops keys as they are typed, so what is
refused stays in the field to be corrected. While the text reads as a date, the line under
the field says which day it is ("Thursday, 5 March 2009"), so 5/3 and 3/5 cannot be confused;
that line keeps its height when empty, so messages never push the form around.

The value is a ``datetime.date`` or None (empty); :meth:`DateEntry.iso` gives ``YYYY-MM-DD``,
the form records store.

Typical use::

    entry = DateEntry(minimum=date(2006, 1, 1), maximum=date(2010, 12, 31))
    entry.set_date(date(2009, 3, 5))
    entry.date_edited.connect(on_date)        # the user set a valid date, or emptied the field
    entry.date(), entry.iso(), entry.is_valid(), entry.error_text()

``DateEntry(compact=True)`` leaves out the line under the field (its text goes to the tooltip):
for table cells, see :class:`kin_desktop.ui.widgets.date_delegate.DateItemDelegate`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.ui.formats import day_format, day_text, long_day_text
from kin_desktop.ui.palette import Tone, muted_color, set_text_color, set_tone
from kin_desktop.ui.widgets.elided_label import ElidedLabel

# Between the numbers of a date: / . - , spaces, and the CJK year, month and day signs.
_SEPARATORS = re.compile(r"[\s/.\-,\u5e74\u6708\u65e5\ub144\uc6d4\uc77c]+")
_NUMBER_GROUPS = re.compile(r"^\d+$")
_FORMAT_LETTERS = re.compile(r"'(?:[^']|'')*'|d+|M+|y+")
Day = date  # the type, where DateEntry.date (the method) would hide it
_BUDDHIST_ERA = 543  # Thai years of the Buddhist Era run 543 ahead of the Common Era
# Without bounds of its own, a day must fall in these years: 5/3/2552 typed in English is a slip.
EARLIEST = date(1900, 1, 1)
LATEST = date(2099, 12, 31)


@dataclass(frozen=True)
class DayTextError(Exception):
    """Why a text is not a day. ``reason``: ``not_a_date``, ``short_year``, ``no_such_day``,
    ``too_early`` or ``too_late``; ``suggestion`` is the day meant, when it can be told
    (``short_year``: the year in full)."""

    reason: str
    text: str
    suggestion: date | None = None
    bound: date | None = None

    def __str__(self) -> str:
        return f"{self.reason}: {self.text!r}"


def field_order(locale: QLocale | None = None) -> tuple[str, str, str]:
    """The order of day, month and year in the locale's dates: ("d", "M", "y") in British English."""
    found: list[str] = []
    for token in _FORMAT_LETTERS.findall(day_format(locale)):
        letter = token[0]
        if letter in "dMy" and letter not in found:
            found.append(letter)
    if sorted(found) != ["M", "d", "y"]:
        return ("y", "M", "d")
    return (found[0], found[1], found[2])


def _named_formats(locale: QLocale) -> list[str]:
    return [
        locale.dateFormat(QLocale.FormatType.LongFormat),
        "d MMMM yyyy",
        "d MMM yyyy",
        "d MMMM, yyyy",
        "MMMM d yyyy",
        "MMMM d, yyyy",
        "MMM d, yyyy",
        "MMM d yyyy",
        "yyyy MMMM d",
    ]


def _from_names(text: str, locale: QLocale) -> date | None:
    for reader in (locale, QLocale.c()):
        for pattern in _named_formats(reader):
            parsed = reader.toDate(text, pattern)
            if parsed.isValid():
                return date(parsed.year(), parsed.month(), parsed.day())
    return None


def _day(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DayTextError("no_such_day" if 1 <= month <= 12 else "not_a_date", text) from None


def parse_day(
    text: str,
    locale: QLocale | None = None,
    *,
    minimum: date | None = None,
    maximum: date | None = None,
) -> date | None:
    """The day ``text`` names (None for an empty text); raises :class:`DayTextError` otherwise."""
    locale = locale or QLocale()
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        return None
    groups = [group for group in _SEPARATORS.split(plain) if group]
    if groups and all(_NUMBER_GROUPS.match(group) for group in groups):
        if len(groups) != 3:
            raise DayTextError("not_a_date", text)
        if len(groups[0]) == 4:  # a year first: ISO order, whatever the language
            year_text, month_text, day_text_ = groups
        else:
            fields = dict(zip(field_order(locale), groups, strict=True))
            year_text, month_text, day_text_ = fields["y"], fields["M"], fields["d"]
        if len(month_text) > 2 or len(day_text_) > 2:
            raise DayTextError("not_a_date", text)
        month, day = int(month_text), int(day_text_)
        if len(year_text) <= 2:
            suggestion = None
            try:
                suggestion = date(2000 + int(year_text), month, day)
            except ValueError:
                pass
            raise DayTextError("short_year", text, suggestion)
        if len(year_text) != 4:
            raise DayTextError("not_a_date", text)
        year = int(year_text)
        if locale.language() == QLocale.Language.Thai and year >= 2400:
            year -= _BUDDHIST_ERA
        result = _day(year, month, day, text)
    else:
        named = _from_names(plain, locale)
        if named is None:
            raise DayTextError("not_a_date", text)
        result = named
    minimum = EARLIEST if minimum is None else minimum
    maximum = LATEST if maximum is None else maximum
    if result < minimum:
        raise DayTextError("too_early", text, bound=minimum)
    if result > maximum:
        raise DayTextError("too_late", text, bound=maximum)
    return result


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateEntry", text)


def example_day() -> date:
    """The day the messages use as an example: the last of this year (31 cannot be a month)."""
    return date(QDate.currentDate().year(), 12, 31)


def expected_form(locale: QLocale | None = None) -> str:
    """How to write a date, by example: "31/12/2026 or 2026-12-31"."""
    example = example_day()
    return _tr("%1 or %2").replace("%1", day_text(example, locale)).replace("%2", example.isoformat())


def placeholder(locale: QLocale | None = None) -> str:
    """The pattern shown in an empty field: "DD/MM/YYYY" for "dd/MM/yyyy"."""
    return day_format(locale).replace("'", "").upper()


def describe(error: DayTextError, locale: QLocale | None = None) -> str:
    """The message shown for a refused text, with the expected form."""
    shown = error.text.strip()
    if error.reason == "short_year":
        if error.suggestion is not None:
            return _tr("Write the year with four digits, for example %1.").replace(
                "%1", day_text(error.suggestion, locale)
            )
        return _tr("Write the year with four digits: %1.").replace("%1", expected_form(locale))
    if error.reason == "no_such_day":
        return (
            _tr("“%1” is not a day of the calendar. Type the date as %2.")
            .replace("%1", shown)
            .replace("%2", expected_form(locale))
        )
    if error.reason == "too_early" and error.bound is not None:
        return _tr("Give a date on or after %1.").replace("%1", day_text(error.bound, locale))
    if error.reason == "too_late" and error.bound is not None:
        return _tr("Give a date on or before %1.").replace("%1", day_text(error.bound, locale))
    return _tr("“%1” is not a date. Type it as %2.").replace("%1", shown).replace("%2", expected_form(locale))


def calendar_icon(palette: QPalette) -> QIcon:
    """A small wall calendar drawn in the palette's text colour (Qt's standard icons have none)."""
    icon = QIcon()
    color = palette.color(QPalette.ColorRole.ButtonText)
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        pen = QPen(color, max(1.0, unit))
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(1.5 * unit, 3 * unit, 13 * unit, 11.5 * unit), unit, unit)
        painter.fillRect(QRectF(1.5 * unit, 3 * unit, 13 * unit, 3 * unit), color)
        for x in (5, 11):  # the rings
            painter.drawLine(QPointF(x * unit, 1.5 * unit), QPointF(x * unit, 4 * unit))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for row in range(2):
            for column in range(3):
                painter.drawRect(
                    QRectF((3.5 + 3.5 * column) * unit, (8 + 3 * row) * unit, 2 * unit, 2 * unit)
                )
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class _CalendarPopup(QFrame):
    """The calendar that drops down under the field.

    Signals:
        picked(QDate): a day was chosen (click, Enter).
    """

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("dateEntryCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self.picked)
        self.calendar.activated.connect(self.picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)


class DateEntry(QWidget):
    """A day typed or picked; see the module.

    Signals:
        date_edited(object): the user set a valid day (a ``datetime.date``) or emptied the field
            (None); never emitted by :meth:`set_date`.
        editing_finished(): the user is done with the field (Enter, focus left, a day picked).
        validity_changed(bool): the text became readable as a day (or empty), or stopped being.
    """

    date_edited = Signal(object)
    editing_finished = Signal()
    validity_changed = Signal(bool)

    def __init__(
        self,
        *,
        minimum: Day | None = None,
        maximum: Day | None = None,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dateEntry")
        self._minimum = minimum
        self._maximum = maximum
        self._compact = compact
        self._date: Day | None = None  # the day the text reads as (when it does)
        self._committed: Day | None = None  # the last day announced by date_edited or set_date
        self._error: DayTextError | None = None
        self._shown_error = False  # an error is shown once the user leaves the field
        self._popup: _CalendarPopup | None = None
        self._problem = ""  # a problem the caller found with the day (after another date, ...)

        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setIcon(calendar_icon(self.palette()))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.calendar_button.clicked.connect(self._on_calendar_button_clicked)
        self.feedback = ElidedLabel()
        self.feedback.setObjectName("dateFeedback")

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 0 if not compact else 1)
        row.addWidget(self.calendar_button)
        if not compact:  # the field as wide as a date; the line under it as wide as the row
            self.edit.setFixedWidth(self._field_width())
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        if compact:
            self.feedback.hide()
        else:
            layout.addWidget(self.feedback)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def _field_width(self) -> int:
        metrics = self.edit.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(text)
            for text in (placeholder(), day_text(date(2000, 12, 28)), "0000-00-00")
        )
        return widest + 3 * metrics.averageCharWidth() + 16

    # -- value ------------------------------------------------------------------------------------

    def date(self) -> Day | None:
        """The day shown; None when the field is empty or its text is not a day."""
        return self._date if self._error is None else None

    def iso(self) -> str | None:
        day = self.date()
        return day.isoformat() if day is not None else None

    def text(self) -> str:
        return self.edit.text()

    def is_valid(self) -> bool:
        """Empty, or a day within the range."""
        return self._error is None

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def error_text(self) -> str:
        """Why the text is refused, with the expected form; "" when it is not."""
        return describe(self._error) if self._error is not None else ""

    def set_date(self, value: Day | str | None) -> None:
        """Show a day (a ``date`` or ISO text), or nothing; emits no signal."""
        if isinstance(value, str):
            text = value
            try:
                value = Day.fromisoformat(text) if text else None
            except ValueError:
                self.set_text(text)
                return
        self._date = self._committed = value
        self._set_error(None)
        self._shown_error = False
        self.edit.setText(day_text(value) if value is not None else "")
        self._show_feedback()

    def set_text(self, text: str) -> None:
        """Put text in the field as if typed (no signal); a text that is not a day shows its error."""
        self.edit.setText(text)
        self._read()
        self._shown_error = self._error is not None
        self._show_feedback()

    def set_problem(self, text: str) -> None:
        """Show a problem found elsewhere with this day ("after the end of the follow-up") in the
        line under the field, where the field's own messages go; "" removes it."""
        self._problem = text
        self._show_feedback()

    def set_range(self, minimum: Day | None, maximum: Day | None) -> None:
        self._minimum, self._maximum = minimum, maximum
        if self.edit.text().strip():
            self._read()
            self._show_feedback()

    def minimum(self) -> Day | None:
        return self._minimum

    def maximum(self) -> Day | None:
        return self._maximum

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(placeholder())
        self.calendar_button.setToolTip(self.tr("Choose the date on a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Choose on a calendar"))
        self._show_feedback()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleDescription(description)
        self.edit.setAccessibleDescription(f"{description} {expected_form()}".strip())

    # -- the calendar -----------------------------------------------------------------------------

    def open_calendar(self) -> QCalendarWidget:
        """Drop the calendar down under the field, on the day shown (or today)."""
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._on_popup_picked)
        calendar = self._popup.calendar
        locale = QLocale()
        calendar.setLocale(locale)
        calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
        calendar.setMinimumDate(_qdate(EARLIEST if self._minimum is None else self._minimum))
        calendar.setMaximumDate(_qdate(LATEST if self._maximum is None else self._maximum))
        shown = self.date()
        target = _qdate(shown) if shown is not None else QDate.currentDate()
        target = max(calendar.minimumDate(), min(target, calendar.maximumDate()))
        calendar.setSelectedDate(target)
        self._popup.adjustSize()
        below = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - self._popup.width()))
        y = below.y()
        if y + self._popup.height() > screen.bottom():
            y = self.edit.mapToGlobal(QPoint(0, 0)).y() - self._popup.height()
        self._popup.move(x, max(screen.top(), y))
        self._popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return calendar

    def calendar_popup(self) -> _CalendarPopup | None:
        return self._popup

    # -- internals --------------------------------------------------------------------------------

    def _read(self) -> None:
        try:
            self._date = parse_day(self.edit.text(), minimum=self._minimum, maximum=self._maximum)
            self._set_error(None)
        except DayTextError as error:
            self._set_error(error)

    def _set_error(self, error: DayTextError | None) -> None:
        was_valid = self._error is None
        self._error = error
        self.edit.setProperty("invalid", error is not None and self._shown_error)
        if was_valid != (error is None):
            self.validity_changed.emit(error is None)

    def _show_feedback(self) -> None:
        if self._error is not None and self._shown_error:
            text = describe(self._error)
            set_tone(self.feedback, Tone.ERROR)
        elif self._problem:
            text = self._problem
            set_tone(self.feedback, Tone.ERROR)
        elif self._error is None and self._date is not None:
            text = long_day_text(self._date)
            set_text_color(self.feedback, muted_color(self.feedback.palette()))
        else:
            text = ""
        self.edit.setProperty("invalid", self._error is not None and self._shown_error)
        self.feedback.setText(text)  # one line, always there: the form never moves
        if self._compact:
            self.setToolTip(text)
            self.edit.setToolTip(text)

    def _commit(self) -> None:
        self._read()
        self._shown_error = self._error is not None
        if self._error is None and self._date is not None:
            canonical = day_text(self._date)
            if self.edit.text() != canonical:
                self.edit.setText(canonical)
        self._show_feedback()
        if self._error is None:
            self._announce(self._date)

    def _announce(self, day: Day | None) -> None:
        if day != self._committed:
            self._committed = day
            self.date_edited.emit(day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
                self._step(1 if event.key() == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, days: int) -> None:
        """Up and Down move the day shown by one, as in a date spin box."""
        self._read()
        if self._error is not None or self._date is None:
            return
        moved = date.fromordinal(self._date.toordinal() + days)
        if not (self._minimum or EARLIEST) <= moved <= (self._maximum or LATEST):
            return
        self._date = moved
        self.edit.setText(day_text(moved))
        self._show_feedback()
        self._announce(moved)

    @Slot(str)
    def _on_edit_text_edited(self, _text: str) -> None:
        self._read()
        if self._error is None:
            self._shown_error = False
        self._show_feedback()

    @Slot()
    def _on_edit_editing_finished(self) -> None:
        if self._popup is not None and self._popup.isVisible():
            return
        self._commit()
        self.editing_finished.emit()

    @Slot()
    def _on_calendar_button_clicked(self) -> None:
        self.open_calendar()

    @Slot(QDate)
    def _on_popup_picked(self, picked: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        day = date(picked.year(), picked.month(), picked.day())
        self._date = day
        self._set_error(None)
        self._shown_error = False
        self.edit.setText(day_text(day))
        self._show_feedback()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self._announce(day)
        self.editing_finished.emit()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
