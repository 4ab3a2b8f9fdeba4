"""The pieces of the form: a question with its label and messages, repeat groups, sections."""

from __future__ import annotations

from collections.abc import Callable
from math import ceil
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kin_desktop.core.questionnaire import Question, RepeatGroup, Section
from kin_desktop.ui.language import number_text
from kin_desktop.ui.palette import Tone, error_color, muted_color, set_text_color, set_tone
from kin_desktop.ui.questionnaire.editors import AnswerEditor, make_editor
from kin_desktop.ui.questionnaire.texts import (
    fallback_tooltip,
    fell_back,
    localized,
    mnemonic_safe,
    question_texts,
    rich,
)


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    elif result.pixelSize() > 0:
        result.setPixelSize(max(1, round(result.pixelSize() * factor)))
    result.setBold(bold)
    return result


def _plain_label(*, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _hint_label() -> QLabel:
    label = _plain_label()
    set_text_color(label, muted_color(label.palette()))
    label.setFont(scaled_font(label.font(), 0.92))
    label.hide()
    return label


def _message_label() -> QLabel:
    """The line under a field where its problem shows. It is always there, one line high when
    empty, so a message that appears or goes never moves the questions below it."""
    label = _plain_label()
    label.setObjectName("issueMessage")
    set_tone(label, Tone.ERROR)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())
    return label


class FallbackTag(QLabel):
    """A small "EN" tag: this text is shown in English because its translation is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("EN", parent)
        self.setObjectName("fallbackTag")
        self.setFont(scaled_font(self.font(), 0.75, bold=True))
        # A frame, not a style sheet: a style sheet per widget makes building a long form slow.
        self.setFrameShape(QFrame.Shape.Box)
        self.setMargin(1)
        self.setIndent(2)
        set_text_color(self, muted_color(self.palette()))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.hide()

    def set_fallback(self, fallback: bool, language: str) -> None:
        self.setVisible(fallback)
        tip = fallback_tooltip(language) if fallback else ""
        self.setToolTip(tip)
        self.setAccessibleName(tip)


class TitleLabel(QLabel):
    """A wrapping label that asks for the width of its text, up to about 80 characters.

    A word-wrapped QLabel asks for a narrow, tall shape, which squeezes long questions into
    a thin column once anything sits beside it (the "EN" tag).
    """

    def __init__(self, *, rich: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._measured: tuple[tuple[str, str], int] | None = None

    def _natural_width(self) -> int:
        key = (self.text(), self.font().key())
        if self._measured is None or self._measured[0] != key:
            document = QTextDocument()
            document.setDefaultFont(self.font())
            document.setDocumentMargin(0)
            if self.textFormat() == Qt.TextFormat.RichText:
                document.setHtml(self.text())
            else:
                document.setPlainText(self.text())
            self._measured = (key, ceil(document.idealWidth()) + 2)
        return self._measured[1]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        cap = self.fontMetrics().averageCharWidth() * 80
        width = min(self._natural_width(), cap)
        margins = self.contentsMargins()
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = min(self._natural_width(), self.fontMetrics().averageCharWidth() * 12)
        return QSize(width, self.heightForWidth(width))


def _title_row(label: QLabel, tag: FallbackTag) -> QHBoxLayout:
    """The label as wide as its text (a wrapped label stops near 80 characters), the tag right after it."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(label)
    row.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
    row.addStretch(1)
    return row


class QuestionField(QWidget):
    """A question: label (with a red asterisk when required), hint, editor, issue messages.

    Signals:
        answer_edited(object): the user changed the answer; carries this field.
        answer_left(object): the user finished with the field; carries this field.
    """

    answer_edited = Signal(object)
    answer_left = Signal(object)

    def __init__(
        self,
        question: Question,
        instance: int | None = None,
        *,
        instance_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.instance = instance
        self._instance_title = instance_title
        self._messages: tuple[str, ...] = ()
        self.setObjectName(f"question:{question.id}" + ("" if instance is None else f":{instance}"))
        self.label = TitleLabel(rich=True)
        self.label.setFont(scaled_font(self.label.font(), 1.0, bold=True))
        self.tag = FallbackTag()
        self.hint = _hint_label()
        self.editor: AnswerEditor = make_editor(question)
        self.message = _message_label()
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.left.connect(self._on_editor_left)
        self.label.setBuddy(self.editor.focus_widgets()[0])

        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(_title_row(self.label, self.tag))
        layout.addWidget(self.hint)
        layout.addSpacing(2)
        layout.addWidget(self.editor)
        layout.addSpacing(-2)
        layout.addWidget(self.message)
        self.setLayout(layout)

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.question.id, self.instance)

    def value(self) -> Any:
        return self.editor.value()

    def set_value(self, value: Any) -> None:
        self.editor.set_value(value)

    def set_instance(self, instance: int) -> None:
        """The entry moved (an earlier one was removed)."""
        self.instance = instance
        self.setObjectName(f"question:{self.question.id}:{instance}")

    def set_instance_title(self, title: str) -> None:
        self._instance_title = title

    def retranslate(self, language: str) -> None:
        question = self.question
        label = localized(question.label, language)
        hint = localized(question.hint, language)
        text = rich(label)
        if question.required:
            text += f' <span style="color:{error_color(self.palette()).name()}">*</span>'
        self.label.setText(text)
        self.label.setToolTip(self.tr("Required") if question.required else "")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.tag.set_fallback(fell_back(question_texts(question), language), language)
        self.editor.retranslate(language)
        description = " ".join(
            part
            for part in (
                self._instance_title,
                self.tr("Required.") if question.required else "",
                hint,
            )
            if part
        )
        self.editor.set_accessible(label, description)

    def show_messages(self, messages: tuple[str, ...]) -> None:
        if messages == self._messages:
            return
        self._messages = messages
        self.message.setText("\n".join(messages))
        self.message.setAccessibleName(self.message.text())
        for widget in self.editor.focus_widgets():
            widget.setProperty("invalid", bool(messages))

    def messages(self) -> tuple[str, ...]:
        return self._messages

    def focus(self) -> QWidget:
        target = self.editor.focus_target()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    @Slot()
    def _on_editor_edited(self) -> None:
        self.answer_edited.emit(self)

    @Slot()
    def _on_editor_left(self) -> None:
        self.answer_left.emit(self)


FieldFactory = Callable[[Question, int], QuestionField]


class InstanceFrame(QFrame):
    """One entry of a repeat group: its number, a Remove button and its questions.

    Signals:
        remove_requested(object): carries this frame.
    """

    remove_requested = Signal(object)

    def __init__(self, group: RepeatGroup, index: int, fields: list[QuestionField]) -> None:
        super().__init__()
        self.group = group
        self.index = index
        self.fields = fields
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"instance:{group.id}:{index}")
        self.title = TitleLabel()
        self.title.setFont(scaled_font(self.title.font(), 1.05, bold=True))
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout()
        layout.setContentsMargins(14, 10, 14, 14)
        layout.setSpacing(16)
        layout.addLayout(header)
        for field in fields:
            layout.addWidget(field)
        self.setLayout(layout)

    def renumber(self, index: int) -> None:
        self.index = index
        self.setObjectName(f"instance:{self.group.id}:{index}")
        for field in self.fields:
            field.set_instance(index)

    def retranslate(self, language: str) -> str:
        title = self.tr("%1 %2").replace("%1", localized(self.group.label, language))
        title = title.replace("%2", number_text(self.index + 1))
        self.title.setText(title)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove %1").replace("%1", title))
        for field in self.fields:
            field.set_instance_title(title)
            field.retranslate(language)
        return title

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.remove_requested.emit(self)


class RepeatGroupWidget(QWidget):
    """A repeat group: its entries, "Add <label>" and a message about too few or too many.

    Signals:
        add_requested(object): carries this widget.
        remove_requested(object, int): this widget and the index of the entry to remove.
    """

    add_requested = Signal(object)
    remove_requested = Signal(object, int)

    def __init__(self, group: RepeatGroup, factory: FieldFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self._factory = factory
        self._language = "en"
        self.instances: list[InstanceFrame] = []
        self.setObjectName(f"repeat:{group.id}")
        self.label = TitleLabel(rich=True)
        self.label.setFont(scaled_font(self.label.font(), 1.1, bold=True))
        self.tag = FallbackTag()
        self.hint = _hint_label()
        self.limits = _hint_label()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.message = _message_label()
        self._entries = QVBoxLayout()
        self._entries.setContentsMargins(0, 0, 0, 0)
        self._entries.setSpacing(12)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(_title_row(self.label, self.tag))
        layout.addWidget(self.hint)
        layout.addWidget(self.limits)
        layout.addLayout(self._entries)
        layout.addWidget(self.message)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.setLayout(layout)

    def fields(self) -> list[QuestionField]:
        return [field for frame in self.instances for field in frame.fields]

    def set_count(self, count: int) -> list[QuestionField]:
        """Have exactly ``count`` entries (new ones at the end); returns the fields created."""
        created: list[QuestionField] = []
        while len(self.instances) > count:
            frame = self.instances.pop()
            self._entries.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        while len(self.instances) < count:
            index = len(self.instances)
            fields = [self._factory(question, index) for question in self.group.items]
            frame = InstanceFrame(self.group, index, fields)
            frame.remove_requested.connect(self._on_frame_remove_requested)
            self._entries.addWidget(frame)
            self.instances.append(frame)
            frame.retranslate(self._language)
            created.extend(fields)
        return created

    def remove_instance(self, index: int) -> list[QuestionField]:
        """Remove one entry; the later ones move up a place. Returns the removed fields."""
        frame = self.instances.pop(index)
        self._entries.removeWidget(frame)
        frame.hide()
        frame.deleteLater()
        for later in self.instances[index:]:
            later.renumber(later.index - 1)
            later.retranslate(self._language)
        return frame.fields

    def retranslate(self, language: str) -> None:
        self._language = language
        group = self.group
        label = localized(group.label, language)
        text = rich(label)
        if group.min > 0:
            text += f' <span style="color:{error_color(self.palette()).name()}">*</span>'
        self.label.setText(text)
        hint = localized(group.hint, language)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.tag.set_fallback(fell_back((group.label, group.hint), language), language)
        if group.max is not None and group.min > 0:
            limits = self.tr("Between %1 and %2 entries.").replace("%1", number_text(group.min))
            limits = limits.replace("%2", number_text(group.max))
        elif group.max is not None:
            limits = self.tr("At most %Ln entries.", "", group.max)
        elif group.min > 0:
            limits = self.tr("At least %Ln entries.", "", group.min)
        else:
            limits = ""
        self.limits.setText(limits)
        self.limits.setVisible(bool(limits))
        self.add_button.setText(self.tr("&Add %1").replace("%1", mnemonic_safe(label)))
        self.add_button.setAccessibleName(self.tr("Add %1").replace("%1", label))
        for frame in self.instances:
            frame.retranslate(language)

    def update_limits(self) -> None:
        count = len(self.instances)
        self.add_button.setEnabled(self.group.max is None or count < self.group.max)
        for frame in self.instances:
            frame.remove_button.setEnabled(count > self.group.min)

    def show_messages(self, messages: tuple[str, ...]) -> None:
        self.message.setText("\n".join(messages))
        self.message.setAccessibleName(self.message.text())

    def focus_widgets(self) -> list[QWidget]:
        result: list[QWidget] = []
        for frame in self.instances:
            result.append(frame.remove_button)
            for field in frame.fields:
                result.extend(field.editor.focus_widgets())
        result.append(self.add_button)
        return result

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_requested.emit(self)

    @Slot(object)
    def _on_frame_remove_requested(self, frame: InstanceFrame) -> None:
        self.remove_requested.emit(self, frame.index)


class SectionWidget(QWidget):
    """A section: title, description, its items, and a note when it does not apply."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"section:{section.id}")
        self.title = TitleLabel()
        self.title.setFont(scaled_font(self.title.font(), 1.45, bold=True))
        self.tag = FallbackTag()
        self.description = _hint_label()
        self.note = _hint_label()
        self.body = QWidget()
        self.items = QVBoxLayout()
        self.items.setContentsMargins(0, 8, 0, 0)
        self.items.setSpacing(8)  # and the message line of each question: about 24 pixels between them
        self.body.setLayout(self.items)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(_title_row(self.title, self.tag))
        layout.addWidget(self.description)
        layout.addWidget(line)
        layout.addWidget(self.note)
        layout.addWidget(self.body)
        self.setLayout(layout)

    def add_item(self, widget: QWidget) -> None:
        self.items.addWidget(widget)

    def retranslate(self, language: str) -> None:
        section = self.section
        self.title.setText(localized(section.title, language))
        description = localized(section.description, language)
        self.description.setText(description)
        self.description.setVisible(bool(description))
        self.tag.set_fallback(fell_back((section.title, section.description), language), language)
        self.note.setText(self.tr("This section does not apply, given your other answers."))

    def set_applies(self, applies: bool) -> None:
        self.body.setVisible(applies)
        self.note.setVisible(not applies)
