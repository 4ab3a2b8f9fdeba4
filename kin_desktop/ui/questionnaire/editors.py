"""One editor widget per question type.

Every editor shows and edits one answer value in the JSON form the engine expects
(``docs/questionnaire-format.md``), and never forces a value on the delegate: each can
go back to "unanswered". Editors emit ``edited`` only for changes the user makes, never
for :meth:`AnswerEditor.set_value`, and ``left`` when the user is done with the field
(focus left it, Enter pressed, a choice clicked) so the page knows the field was touched.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.questionnaire import Question, QuestionType
from kin_desktop.services.profile_answers import PROFILE_QUESTIONS
from kin_desktop.ui.palette import muted_color
from kin_desktop.ui.questionnaire.texts import localized, mnemonic_safe
from kin_desktop.ui.widgets.country_picker import CountryPicker
from kin_desktop.ui.widgets.date_entry import DateEntry
from kin_desktop.ui.widgets.flow_layout import ColumnsLayout, FlowLayout

# Choice lists longer than this become a drop-down list instead of radio buttons.
MAX_RADIO_CHOICES = 6
# Choice labels longer than this wrap in a label beside the button (buttons cannot wrap).
_WRAP_AT = 60
_FIELD_WIDTH = 440
_NUMBER_WIDTH = 180


class AnswerEditor(QWidget):
    """Base of the editors.

    Signals:
        edited(): the user changed the value.
        left(): the user finished with the field.
    """

    edited = Signal()
    left = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._updating = False
        self._language = "en"

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._updating = True
        try:
            self._show(value)
        finally:
            self._updating = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def retranslate(self, language: str) -> None:
        self._language = language

    def focus_widgets(self) -> list[QWidget]:
        """The focusable widgets, in reading order."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """Where focus goes when the page takes the user to this question."""
        for widget in self.focus_widgets():
            if widget.isVisibleTo(self) and widget.isEnabled():
                return widget
        return self.focus_widgets()[0]

    def set_accessible(self, name: str, description: str) -> None:
        for widget in self.focus_widgets():
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def _emit_edited(self) -> None:
        if not self._updating:
            self.edited.emit()


def _row(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout


class _ClearButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        font.setUnderline(True)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Clear answer"))


class _NoWheelFilter(QObject):
    """Scrolling the page must not change a drop-down or date that merely sits under the mouse."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


def _guard_wheel(widget: QWidget) -> None:
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    guard = _NoWheelFilter(widget)
    widget.installEventFilter(guard)


# -- text -----------------------------------------------------------------------------------------


class TextEditor(AnswerEditor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.line = QLineEdit()
        self.line.setMinimumWidth(_FIELD_WIDTH // 2)
        self.line.setMaximumWidth(_FIELD_WIDTH * 3 // 2)
        self.line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if question.max_length is not None:
            self.line.setMaxLength(question.max_length)
        self.line.textEdited.connect(self._on_line_text_edited)
        self.line.editingFinished.connect(self._on_line_editing_finished)
        layout = _row(stretch=False)
        layout.addWidget(self.line, 1)
        layout.addStretch(0)
        self.setLayout(layout)

    def value(self) -> Any:
        return self.line.text() or None

    def _show(self, value: Any) -> None:
        self.line.setText(value if isinstance(value, str) else "" if value is None else str(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.line]

    @Slot(str)
    def _on_line_text_edited(self, _text: str) -> None:
        self._emit_edited()

    @Slot()
    def _on_line_editing_finished(self) -> None:
        text = self.line.text()
        if text != text.strip():  # stray spaces would fail a pattern the delegate cannot see
            self.line.setText(text.strip())
            self._emit_edited()
        self.left.emit()


class _PlainTextEdit(QPlainTextEdit):
    """Signals: focus_left(): the widget lost the keyboard focus."""

    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.focus_left.emit()


class LongTextEditor(AnswerEditor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.text = _PlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves on: every control stays reachable by keyboard
        lines = 4
        margins = self.text.contentsMargins()
        height = (
            self.text.fontMetrics().lineSpacing() * lines
            + 2 * int(self.text.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 4
        )
        self.text.setFixedHeight(height)
        self.text.textChanged.connect(self._on_text_text_changed)
        self.text.focus_left.connect(self._on_text_focus_left)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.setLayout(layout)

    def value(self) -> Any:
        return self.text.toPlainText() or None

    def _show(self, value: Any) -> None:
        self.text.setPlainText(value if isinstance(value, str) else "" if value is None else str(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.text]

    @Slot()
    def _on_text_text_changed(self) -> None:
        self._emit_edited()

    @Slot()
    def _on_text_focus_left(self) -> None:
        self.left.emit()


# -- numbers --------------------------------------------------------------------------------------


class _NumberEditor(AnswerEditor):
    """A line edit that accepts only what can become a number, empty included, and a unit."""

    def __init__(self, question: Question, pattern: str, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.line = QLineEdit()
        self.line.setFixedWidth(_NUMBER_WIDTH)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self.line))
        self.line.textEdited.connect(self._on_line_text_edited)
        self.line.editingFinished.connect(self._on_line_editing_finished)
        self.unit = QLabel()
        self.unit.setTextFormat(Qt.TextFormat.PlainText)
        self.setLayout(_row(self.line, self.unit))

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        text = localized(self.question.unit, language)
        self.unit.setText(text)
        self.unit.setVisible(bool(text))

    def focus_widgets(self) -> list[QWidget]:
        return [self.line]

    @Slot(str)
    def _on_line_text_edited(self, _text: str) -> None:
        self._emit_edited()

    @Slot()
    def _on_line_editing_finished(self) -> None:
        self.left.emit()


def _allows_negative(question: Question) -> bool:
    low = question.min
    return not (isinstance(low, int | float) and not isinstance(low, bool) and low >= 0)


class IntegerEditor(_NumberEditor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        sign = "-?" if _allows_negative(question) else ""
        super().__init__(question, rf"^{sign}\d{{0,15}}$", parent)

    def value(self) -> Any:
        text = self.line.text().strip()
        return int(text) if re.fullmatch(r"-?\d+", text) else None

    def _show(self, value: Any) -> None:
        if isinstance(value, bool) or value is None:
            self.line.setText("")
        else:
            self.line.setText(str(value))


class DecimalEditor(_NumberEditor):
    """Decimals are stored as strings ("1250.5"); the locale's decimal sign is accepted and shown."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        self._point = QLocale().decimalPoint() or "."
        points = re.escape("." + (self._point if self._point != "." else ""))
        sign = "-?" if _allows_negative(question) else ""
        super().__init__(question, rf"^{sign}\d{{0,15}}([{points}]\d{{0,10}})?$", parent)

    def value(self) -> Any:
        text = self.line.text().strip().replace(self._point, ".")
        if text.endswith("."):
            text = text[:-1]
        return text if re.fullmatch(r"-?\d+(\.\d+)?", text) else None

    def _show(self, value: Any) -> None:
        if value is None or isinstance(value, bool):
            self.line.setText("")
            return
        text = value if isinstance(value, str) else str(value)
        self.line.setText(text.replace(".", self._point))


# -- date -----------------------------------------------------------------------------------------


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


class DateEditor(AnswerEditor):
    """A date typed in the interface language's form or in ISO, or picked from a calendar
    (:class:`DateEntry`); an empty field is no answer.

    The answer is ``YYYY-MM-DD``. A text that is not a date is kept as typed (nothing typed is
    lost, and the questionnaire cannot be completed with it); the line under the field says
    what is wrong and shows the expected form, so the page leaves out its own "not of the
    expected kind" message (``own_issue_codes``).
    """

    own_issue_codes = frozenset({"type"})

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.entry = DateEntry(minimum=_day(question.min), maximum=_day(question.max))
        self.entry.edit.setClearButtonEnabled(True)
        _guard_wheel(self.entry.edit)
        self._stored: Any = None
        self.entry.date_edited.connect(self._on_entry_date_edited)
        self.entry.editing_finished.connect(self._on_entry_editing_finished)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        self.setLayout(layout)

    def value(self) -> Any:
        if self.entry.is_valid():
            return self.entry.iso()
        return self.entry.text().strip() or None

    def _show(self, value: Any) -> None:
        self._stored = value
        if value is None or _day(value) is not None:
            self.entry.set_date(value)
        else:
            self.entry.set_text(str(value))

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.entry.retranslate()

    def focus_widgets(self) -> list[QWidget]:
        return [self.entry.edit, self.entry.calendar_button]

    def focus_target(self) -> QWidget:
        return self.entry.edit

    def set_accessible(self, name: str, description: str) -> None:
        self.entry.setAccessibleName(name)
        self.entry.setAccessibleDescription(description)
        self.entry.calendar_button.setAccessibleName(self.tr("Choose on a calendar: %1").replace("%1", name))

    def _store_if_changed(self) -> None:
        value = self.value()
        if value != self._stored:
            self._stored = value
            self._emit_edited()

    @Slot(object)
    def _on_entry_date_edited(self, _day: object) -> None:
        self._store_if_changed()

    @Slot()
    def _on_entry_editing_finished(self) -> None:
        self._store_if_changed()  # a text that is not a date is kept too
        self.left.emit()


# -- country --------------------------------------------------------------------------------------


class CountryEditor(AnswerEditor):
    """The country of the profile (services/profile_answers.py): chosen from the list in the
    interface language or typed by any name or code; the answer is the ISO code. A text that
    names no country is kept as typed; it fails the question's two-letter pattern, and the
    field's message then says that no country has that name (``issue_text``)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.picker = CountryPicker()
        self.picker.setMaximumWidth(_FIELD_WIDTH)
        _guard_wheel(self.picker)
        self._stored: Any = None
        self.picker.code_edited.connect(self._on_picker_code_edited)
        line = self.picker.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._on_line_editing_finished)
        self.setLayout(_row(self.picker))

    def value(self) -> Any:
        code = self.picker.code()
        return code if code is not None else (self.picker.text().strip() or None)

    def _show(self, value: Any) -> None:
        self._stored = value
        self.picker.set_code(value if isinstance(value, str) else None)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.picker.retranslate()

    def focus_widgets(self) -> list[QWidget]:
        return [self.picker]

    def issue_text(self, code: str) -> str | None:
        """The message for an issue of this answer, where the picker can say more than the page."""
        return self.picker.error_text() or None if code == "pattern" else None

    def _store_if_changed(self) -> None:
        value = self.value()
        if value != self._stored:
            self._stored = value
            self._emit_edited()

    @Slot(object)
    def _on_picker_code_edited(self, _code: object) -> None:
        self._store_if_changed()

    @Slot()
    def _on_line_editing_finished(self) -> None:
        self._store_if_changed()
        self.left.emit()


# -- choices --------------------------------------------------------------------------------------


class _ClickableLabel(QLabel):
    """Signals: clicked(): the label was clicked (it stands in for a button's own text)."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ChoiceRow(QWidget):
    """A radio button or check box whose text wraps when long."""

    def __init__(self, button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        self.label = _ClickableLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.clicked.connect(self._on_label_clicked)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setLayout(layout)

    def set_text(self, text: str) -> None:
        wrap = len(text) > _WRAP_AT
        self.button.setText("" if wrap else mnemonic_safe(text))
        self.label.setText(text if wrap else "")
        self.label.setVisible(wrap)
        self.button.setSizePolicy(
            QSizePolicy.Policy.Fixed if wrap else QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed
        )
        self.button.setAccessibleName(text)

    @Slot()
    def _on_label_clicked(self) -> None:
        if self.button.isEnabled():
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()


class _RadioEditor(AnswerEditor):
    """One value out of a few, shown as radio buttons, with a way back to no answer."""

    def __init__(
        self,
        question: Question,
        values: list[Any],
        *,
        horizontal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, parent)
        self._values = values
        self.group = QButtonGroup(self)
        self.rows: list[ChoiceRow] = []
        for index, _value in enumerate(values):
            row = ChoiceRow(QRadioButton())
            self.group.addButton(row.button, index)
            self.rows.append(row)
        self.group.idClicked.connect(self._on_group_id_clicked)
        self.clear_button = _ClearButton()
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.low_label = QLabel()
        self.high_label = QLabel()
        for label in (self.low_label, self.high_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.hide()
        if horizontal:  # in a row that wraps where the form is narrow
            flow = FlowLayout(spacing=14, line_spacing=4)
            for widget in (self.low_label, *self.rows, self.high_label, self.clear_button):
                flow.addWidget(widget)
            self.setLayout(flow)
        else:
            layout = QVBoxLayout()
            layout.setSpacing(2)
            for row in self.rows:
                layout.addWidget(row)
            layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.setContentsMargins(0, 0, 0, 0)
            self.setLayout(layout)
        self._sync()

    def buttons(self) -> list[QAbstractButton]:
        return [row.button for row in self.rows]

    def value(self) -> Any:
        index = self.group.checkedId()
        return self._values[index] if index >= 0 else None

    def _show(self, value: Any) -> None:
        self.group.setExclusive(False)
        for index, button in enumerate(self.buttons()):
            wanted = self._values[index]
            button.setChecked(value is not None and type(value) is type(wanted) and value == wanted)
        self.group.setExclusive(True)
        self._sync()

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.clear_button.retranslate()

    def focus_widgets(self) -> list[QWidget]:
        return [*self.buttons(), self.clear_button]

    def set_accessible(self, name: str, description: str) -> None:
        for button in self.buttons():
            button.setAccessibleDescription(name if not description else f"{name}. {description}")
        self.clear_button.setAccessibleName(self.tr("Clear the answer to: %1").replace("%1", name))

    def _sync(self) -> None:
        self.clear_button.setEnabled(self.group.checkedId() >= 0)

    @Slot(int)
    def _on_group_id_clicked(self, _index: int) -> None:
        self._sync()
        self._emit_edited()
        self.left.emit()

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        target = self.buttons()[0] if self.buttons() else None
        self.set_value(None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()
        self.left.emit()


class SingleChoiceEditor(_RadioEditor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, question.choice_values(), parent=parent)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        for row, choice in zip(self.rows, self.question.choices or (), strict=True):
            row.set_text(localized(choice.label, language))


class YesNoEditor(_RadioEditor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, [True, False], horizontal=True, parent=parent)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.rows[0].set_text(self.tr("Yes"))
        self.rows[1].set_text(self.tr("No"))


class RatingEditor(_RadioEditor):
    """A row of radio buttons from the scale's minimum to its maximum, between their labels."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        scale = question.scale
        assert scale is not None  # the definition model requires a scale for ratings
        super().__init__(question, list(range(scale.min, scale.max + 1)), horizontal=True, parent=parent)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        scale = self.question.scale
        assert scale is not None
        low = localized(scale.min_label, language)
        high = localized(scale.max_label, language)
        self.low_label.setText(low)
        self.high_label.setText(high)
        self.low_label.setVisible(bool(low))
        self.high_label.setVisible(bool(high))
        for row, number in zip(self.rows, self._values, strict=True):
            row.set_text(QLocale().toString(number))
            extra = low if number == scale.min else high if number == scale.max else ""
            row.button.setAccessibleName(f"{number} ({extra})" if extra else str(number))


class ComboChoiceEditor(AnswerEditor):
    """One value out of many, as a drop-down list whose first entry means "no answer"."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMaximumWidth(_FIELD_WIDTH * 3 // 2)
        _guard_wheel(self.combo)
        self.combo.addItem("", None)
        for choice in question.choices or ():
            self.combo.addItem("", choice.value)
        self.combo.activated.connect(self._on_combo_activated)
        self.setLayout(_row(self.combo))

    def value(self) -> Any:
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value) if isinstance(value, str) else 0
        self.combo.setCurrentIndex(max(index, 0))

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.combo.setItemText(0, self.tr("— Not answered —"))
        for index, choice in enumerate(self.question.choices or (), start=1):
            self.combo.setItemText(index, localized(choice.label, language))

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo]

    @Slot(int)
    def _on_combo_activated(self, _index: int) -> None:
        self._emit_edited()
        self.left.emit()


class MultipleChoiceEditor(AnswerEditor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.rows: list[ChoiceRow] = []
        columns = 2 if len(question.choices or ()) > MAX_RADIO_CHOICES else 1
        # Down the first column, then the second (the reading order runs down); one column where
        # two do not fit.
        layout = ColumnsLayout(columns, spacing=24, line_spacing=2)
        for _choice in question.choices or []:
            row = ChoiceRow(QCheckBox())
            row.button.clicked.connect(self._on_box_clicked)
            self.rows.append(row)
            layout.addWidget(row)
        self.setLayout(layout)

    def buttons(self) -> list[QAbstractButton]:
        return [row.button for row in self.rows]

    def value(self) -> Any:
        chosen = [
            choice.value
            for choice, button in zip(self.question.choices or (), self.buttons(), strict=True)
            if button.isChecked()
        ]
        return chosen or None

    def _show(self, value: Any) -> None:
        wanted = set(value) if isinstance(value, list | tuple) else set()
        for choice, button in zip(self.question.choices or (), self.buttons(), strict=True):
            button.setChecked(choice.value in wanted)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        for row, choice in zip(self.rows, self.question.choices or (), strict=True):
            row.set_text(localized(choice.label, language))

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons())

    def set_accessible(self, name: str, description: str) -> None:
        for button in self.buttons():
            button.setAccessibleDescription(name if not description else f"{name}. {description}")

    @Slot()
    def _on_box_clicked(self) -> None:
        self._emit_edited()
        self.left.emit()


# -- ranking --------------------------------------------------------------------------------------

_VALUE_ROLE = Qt.ItemDataRole.UserRole


class _RankingList(QListWidget):
    """Signals: move_requested(int): Ctrl+Up (-1) or Ctrl+Down (+1) on the current item."""

    move_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class RankingEditor(AnswerEditor):
    """Tick the options to rank; ranked ones come first, in order, and move with the buttons."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._ranked: list[str] = []
        self.list = _RankingList()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumWidth(_FIELD_WIDTH)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.move_requested.connect(self._on_list_move_requested)
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)
        self.setLayout(layout)
        self._rebuild()

    def value(self) -> Any:
        return list(self._ranked) or None

    def _show(self, value: Any) -> None:
        known = set(self.question.choice_values())
        ranked: list[str] = []
        if isinstance(value, list | tuple):
            for item in value:
                if isinstance(item, str) and item in known and item not in ranked:
                    ranked.append(item)
        self._ranked = ranked
        self._rebuild()

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Move the selected item up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move the selected item down (Ctrl+Down)"))
        self._rebuild()

    def focus_widgets(self) -> list[QWidget]:
        return [self.list, self.up_button, self.down_button]

    def set_accessible(self, name: str, description: str) -> None:
        self.list.setAccessibleName(name)
        how = self.tr("Tick the items to rank; most important first.")
        self.list.setAccessibleDescription(f"{description} {how}".strip())
        self.up_button.setAccessibleName(self.tr("Move up: %1").replace("%1", name))
        self.down_button.setAccessibleName(self.tr("Move down: %1").replace("%1", name))

    def rank(self, values: list[str]) -> None:
        """Rank ``values`` in this order, as the user would (emits ``edited``)."""
        self._ranked = [v for v in values if v in self.question.choice_values()]
        self._rebuild()
        self.edited.emit()

    def move_item(self, value: str, step: int) -> None:
        """Move a ranked value up (-1) or down (+1), as the buttons do."""
        if value not in self._ranked:
            return
        index = self._ranked.index(value)
        target = index + step
        if not 0 <= target < len(self._ranked):
            return
        self._ranked[index], self._ranked[target] = self._ranked[target], self._ranked[index]
        self._rebuild(current=value)
        self.edited.emit()
        self.left.emit()

    def _rebuild(self, current: str | None = None) -> None:
        if current is None:
            item = self.list.currentItem()
            current = item.data(_VALUE_ROLE) if item is not None else None
        labels = {c.value: localized(c.label, self._language) for c in self.question.choices or ()}
        order = self._ranked + [v for v in self.question.choice_values() if v not in self._ranked]
        muted = muted_color(self.list.palette())  # not yet ranked, yet as readable as any choice
        blocker = self.list.blockSignals(True)
        self.list.clear()
        for value in order:
            ranked = value in self._ranked
            text = labels[value]
            if ranked:
                text = self.tr("%1. %2").replace("%1", QLocale().toString(self._ranked.index(value) + 1))
                text = text.replace("%2", labels[value])
            item = QListWidgetItem(text)
            item.setData(_VALUE_ROLE, value)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if ranked else Qt.CheckState.Unchecked)
            if not ranked:
                item.setForeground(muted)
            self.list.addItem(item)
            if value == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(blocker)
        rows = max(len(order), 1)
        height = self.list.sizeHintForRow(0) * rows if order else 24
        frame = self.list.frameWidth() * 2
        self.list.setFixedHeight(height + frame + 2)
        self._sync_buttons()

    def _current_value(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_VALUE_ROLE) if item is not None else None

    def _sync_buttons(self) -> None:
        value = self._current_value()
        index = self._ranked.index(value) if value in self._ranked else -1
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self._ranked) - 1)

    @Slot(QListWidgetItem)
    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        value = item.data(_VALUE_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and value not in self._ranked:
            self._ranked.append(value)
        elif not checked and value in self._ranked:
            self._ranked.remove(value)
        else:
            return
        self._rebuild(current=value)
        self._emit_edited()
        self.left.emit()

    @Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        self._sync_buttons()

    @Slot(int)
    def _on_list_move_requested(self, step: int) -> None:
        value = self._current_value()
        if value is not None:
            self.move_item(value, step)

    @Slot()
    def _on_up_button_clicked(self) -> None:
        value = self._current_value()
        if value is not None:
            self.move_item(value, -1)
            if not self.up_button.isEnabled():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_down_button_clicked(self) -> None:
        value = self._current_value()
        if value is not None:
            self.move_item(value, 1)
            if not self.down_button.isEnabled():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)


def make_editor(question: Question, parent: QWidget | None = None) -> AnswerEditor:
    """The editor for ``question``'s type."""
    kind = question.type
    if kind == QuestionType.TEXT:
        if PROFILE_QUESTIONS.get(question.id) == "country":
            return CountryEditor(question, parent)
        return TextEditor(question, parent)
    if kind == QuestionType.LONG_TEXT:
        return LongTextEditor(question, parent)
    if kind == QuestionType.INTEGER:
        return IntegerEditor(question, parent)
    if kind == QuestionType.DECIMAL:
        return DecimalEditor(question, parent)
    if kind == QuestionType.DATE:
        return DateEditor(question, parent)
    if kind == QuestionType.SINGLE_CHOICE:
        if len(question.choices or ()) > MAX_RADIO_CHOICES:
            return ComboChoiceEditor(question, parent)
        return SingleChoiceEditor(question, parent)
    if kind == QuestionType.MULTIPLE_CHOICE:
        return MultipleChoiceEditor(question, parent)
    if kind == QuestionType.YES_NO:
        return YesNoEditor(question, parent)
    if kind == QuestionType.RATING:
        return RatingEditor(question, parent)
    return RankingEditor(question, parent)
