"""The delegate's questionnaire, rendered from whatever definition the profile holds.

Sections are listed on the left with how far each is; the current section's questions
are on the right. Every change is evaluated at once (relevance, validation, progress:
the engine is pure and fast) and stored within a second without a save button.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.errors import KinError
from kin_desktop.core.questionnaire import (
    AnswerIssue,
    Definition,
    Evaluation,
    Question,
    RepeatGroup,
    evaluate,
    matching_language,
)
from kin_desktop.services.responses import (
    IncompleteResponseError,
    PreviewResponses,
    QuestionnaireChoice,
    QuestionnaireUnavailableError,
    ResponseService,
    ResponseState,
)
from kin_desktop.ui.palette import Tone, framed_style, muted_color, set_text_color, set_tone
from kin_desktop.ui.questionnaire.autosave import AutoSaver
from kin_desktop.ui.questionnaire.form import (
    QuestionField,
    RepeatGroupWidget,
    SectionWidget,
    scaled_font,
)
from kin_desktop.ui.questionnaire.section_model import SECTION_ID_ROLE, SectionListModel, section_rows
from kin_desktop.ui.questionnaire.texts import describe_issue, language_name, localized

Key = tuple[str, int | None]
_NON_BLOCKING = frozenset({"unknown_question"})


class QuestionnairePage(QWidget):
    """The questionnaire form with its section list, autosave and "Mark as complete".

    Signals:
        answers_saved(object): a :class:`ResponseState` after every write that stored something
            (autosave, ``flush()``, ``mark_complete()``).
        completeness_changed(object): the new :class:`Evaluation` whenever the progress of a
            section or of the whole questionnaire changes.
        choice_requested(str, str): the delegate picked another questionnaire or version in
            ``choices`` (questionnaire id, version); the window opens it.

    ``choices`` (more than one) adds a list of the questionnaires and versions the profile
    holds. A service whose ``read_only`` is true shows its response as it was answered.
    """

    answers_saved = Signal(object)
    completeness_changed = Signal(object)
    choice_requested = Signal(str, str)

    def __init__(
        self,
        service: ResponseService | PreviewResponses,
        *,
        language: str = "en",
        autosave_delay_ms: int = 500,
        choices: list[QuestionnaireChoice] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionnairePage")
        self._service = service
        self._choices = list(choices or ())
        self._language = language
        self._definition: Definition | None = None
        self._state: ResponseState | None = None
        self._answers: dict[str, Any] = {}
        self._evaluation: Evaluation | None = None
        self._touched: set[Key] = set()
        self._show_all = False
        self._refused = False
        self._completed = False
        self._current_section: str | None = None
        self._fields: dict[Key, QuestionField] = {}
        self._groups: dict[str, RepeatGroupWidget] = {}
        self._section_widgets: dict[str, SectionWidget] = {}
        self._built: set[str] = set()
        self._last_progress: Any = None
        self._list_wanted: bool | None = None  # the user's choice with the toggle; None: by width
        self._saver = AutoSaver(service.save_answers, delay_ms=autosave_delay_ms, parent=self)
        self._saver.save_started.connect(self._on_saver_save_started)
        self._saver.saved.connect(self._on_saver_saved)
        self._saver.failed.connect(self._on_saver_failed)

        try:
            self._definition = service.definition()
            self._state = service.load()
        except KinError as error:
            self._build_empty_state(error)
            return
        self._answers = copy.deepcopy(dict(self._state.answers))
        self._completed = self._state.completed
        self._build()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_application_focus_changed)

    # -- public API -------------------------------------------------------------------------

    def has_questionnaire(self) -> bool:
        return self._definition is not None

    def definition(self) -> Definition | None:
        return self._definition

    def language(self) -> str:
        return self._language

    def answers(self) -> dict[str, Any]:
        """A copy of the answers as they stand in the form (saved or about to be)."""
        return copy.deepcopy(self._answers)

    def evaluation(self) -> Evaluation | None:
        return self._evaluation

    def state(self) -> ResponseState | None:
        """The response as last stored."""
        return self._state

    def field(self, question_id: str, instance: int | None = None) -> QuestionField:
        """The widget of a question (of one entry of a repeat group); KeyError if there is none."""
        self._build_section_of(question_id)
        return self._fields[(question_id, instance)]

    def repeat_group(self, repeat_id: str) -> RepeatGroupWidget:
        self._build_section_of(repeat_id)
        return self._groups[repeat_id]

    def current_section(self) -> str | None:
        return self._current_section

    def show_section(self, section_id: str) -> None:
        """Show one section's questions (and select it in the list)."""
        if self._definition is None or section_id not in self._section_widgets:
            raise KeyError(section_id)
        row = self._model.row_of(section_id)
        index = self._model.index(row, SectionListModel.TITLE)
        if self._sections_view.currentIndex() != index:
            self._sections_view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._set_current_section(section_id)

    def set_language(self, code: str) -> None:
        """Show the questionnaire's texts in ``code`` (English where a text is not translated)."""
        self._language = code
        if self._definition is None:
            return
        # The definition's own tag for the language ("zh_CN", the interface's, is "zh-Hans").
        code = self._language = matching_language(code, self._definition.languages) or code
        index = self._language_combo.findData(code)
        if index < 0:
            self._language_combo.addItem(language_name(code), code)
            index = self._language_combo.count() - 1
        blocker = self._language_combo.blockSignals(True)
        self._language_combo.setCurrentIndex(index)
        self._language_combo.blockSignals(blocker)
        self._retranslate_questionnaire()
        self._fill_choices()
        self._apply(self._evaluation or self._evaluate(), emit=False)

    def flush(self) -> bool:
        """Store every pending change now; False (and the error shown) if that failed."""
        if self._definition is None:
            return True
        return self._saver.flush()

    def mark_complete(self) -> bool:
        """Mark the response complete, or show what is missing and take the user to it."""
        if self._definition is None or not self.flush():
            return False
        try:
            state = self._service.mark_complete()
        except IncompleteResponseError as error:
            self._show_all = True
            self._refused = True
            evaluation = self._evaluation or self._evaluate()
            self._apply(evaluation)
            self._show_refusal(evaluation, error.first_missing)
            self._go_to(error.first_missing)
            return False
        except KinError as error:
            self._show_save_error(error)
            return False
        self._refused = False
        self._on_saver_saved(state)
        self._show_banner(self.tr("The questionnaire is marked as complete. Thank you."), error=False)
        return True

    # -- building ---------------------------------------------------------------------------

    def _build_section_of(self, item_id: str) -> None:
        if self._definition is None:
            raise KeyError(item_id)
        try:
            section = self._definition.section_of(item_id)
        except KeyError:
            raise KeyError(item_id) from None
        self._ensure_built(section.id)

    def _build_empty_state(self, error: KinError) -> None:
        title = QLabel()
        title.setObjectName("emptyTitle")
        title.setFont(scaled_font(title.font(), 1.4, bold=True))
        text = QLabel()
        text.setObjectName("emptyText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        if isinstance(error, QuestionnaireUnavailableError):
            title.setText(self.tr("No questionnaire yet"))
            text.setText(
                self.tr(
                    "The questionnaire has not reached this profile yet. It comes with the welcome pack "
                    "from the Network Secretariat: once the welcome pack is imported, the questionnaire "
                    "appears here."
                )
            )
        else:
            from kin_desktop.ui.errors import describe

            title.setText(self.tr("The questionnaire cannot be shown"))
            text.setText(describe(error))
        for label in (title, text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setMaximumWidth(520)
        layout = QVBoxLayout()
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setLayout(layout)

    def _build(self) -> None:
        definition = self._definition
        assert definition is not None
        # Header: the questionnaire's title and the language of its questions.
        self._title = QLabel()
        self._title.setObjectName("questionnaireTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setWordWrap(True)
        self._title.setFont(scaled_font(self._title.font(), 1.25, bold=True))
        self._language_label = QLabel()
        self._language_combo = QComboBox()
        self._language_combo.setObjectName("languageCombo")
        for code in definition.languages:
            self._language_combo.addItem(language_name(code), code)
        self._language = matching_language(self._language, definition.languages) or self._language
        if self._language_combo.findData(self._language) < 0:
            self._language_combo.addItem(language_name(self._language), self._language)
        self._language_combo.setCurrentIndex(self._language_combo.findData(self._language))
        self._language_combo.currentIndexChanged.connect(self._on_language_combo_current_index_changed)
        self._language_label.setBuddy(self._language_combo)
        self._sections_toggle = QToolButton()
        self._sections_toggle.setObjectName("sectionsToggle")
        self._sections_toggle.setCheckable(True)
        self._sections_toggle.setChecked(True)
        self._sections_toggle.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogListView))
        self._sections_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._sections_toggle.clicked.connect(self._on_sections_toggle_clicked)
        header = QHBoxLayout()
        header.addWidget(self._sections_toggle, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._title, 1)
        header.addWidget(self._language_label)
        header.addWidget(self._language_combo)
        self._choice_label = QLabel()
        self._choice_combo = QComboBox()
        self._choice_combo.setObjectName("versionCombo")
        # a long title must not widen the page: the list shows what fits and elides the rest
        self._choice_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._choice_combo.setMinimumContentsLength(24)
        self._choice_label.setBuddy(self._choice_combo)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self._choice_label)
        choice_row.addWidget(self._choice_combo, 1)
        if len(self._choices) <= 1:
            self._choice_label.hide()
            self._choice_combo.hide()

        self._banner = QLabel()
        self._banner.setObjectName("banner")
        self._banner.setWordWrap(True)
        self._banner.setTextFormat(Qt.TextFormat.PlainText)
        self._banner.setMargin(8)
        self._banner.hide()

        # The section list.
        self._model = SectionListModel(self)
        self._sections_view = QTreeView()
        self._sections_view.setObjectName("sectionList")
        self._sections_view.setModel(self._model)
        self._sections_view.setRootIsDecorated(False)
        self._sections_view.setItemsExpandable(False)
        self._sections_view.setHeaderHidden(True)
        self._sections_view.setWordWrap(True)
        self._sections_view.setUniformRowHeights(False)
        self._sections_view.setAllColumnsShowFocus(True)
        self._sections_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._sections_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._sections_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._sections_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._sections_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        section_header = self._sections_view.header()
        section_header.setStretchLastSection(False)
        section_header.setSectionResizeMode(SectionListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        section_header.setSectionResizeMode(
            SectionListModel.PROGRESS, QHeaderView.ResizeMode.ResizeToContents
        )
        self._sections_view.selectionModel().currentRowChanged.connect(
            self._on_sections_view_current_row_changed
        )

        # The form.
        self._form = QWidget()
        self._form.setObjectName("form")
        form_layout = QVBoxLayout()
        form_layout.setContentsMargins(24, 18, 24, 24)
        form_layout.setSpacing(0)
        for section in definition.sections:
            widget = SectionWidget(section)
            self._section_widgets[section.id] = widget
            widget.hide()
            form_layout.addWidget(widget)
        form_layout.addStretch(1)
        self._form.setLayout(form_layout)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("formScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self._scroll.setWidget(self._form)
        self._scroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self._form.setBackgroundRole(QPalette.ColorRole.Base)
        self._form.setAutoFillBackground(True)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self._sections_view)
        body.addWidget(self._scroll, 1)

        # The bottom bar.
        self._previous_button = QPushButton()
        self._previous_button.clicked.connect(self._on_previous_button_clicked)
        self._next_button = QPushButton()
        self._next_button.clicked.connect(self._on_next_button_clicked)
        self._status = QLabel()
        self._status.setObjectName("saveStatus")
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._completed_label = QLabel()
        self._completed_label.setObjectName("completedLabel")
        self._complete_button = QPushButton()
        self._complete_button.setObjectName("markCompleteButton")
        self._complete_button.clicked.connect(self._on_complete_button_clicked)
        # Shortcuts that work from any field of the page (Alt+letter mnemonics need a visible label
        # and differ between languages; these do not).
        self._previous_action = self._page_action("Ctrl+PgUp", self._on_previous_button_clicked)
        self._next_action = self._page_action("Ctrl+PgDown", self._on_next_button_clicked)
        self._complete_action = self._page_action("Ctrl+Return", self._on_complete_button_clicked)
        # Where the section list is folded away, a drop-down list of the sections between the
        # Previous and Next buttons.
        self._section_combo = QComboBox()
        self._section_combo.setObjectName("sectionCombo")
        self._section_combo.setModel(self._model)
        self._section_combo.setModelColumn(SectionListModel.TITLE)
        self._section_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._section_combo.setMinimumContentsLength(12)
        self._section_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._section_combo.setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)
        self._section_combo.activated.connect(self._on_section_combo_activated)
        self._section_combo.hide()
        footer = QHBoxLayout()
        footer.addWidget(self._previous_button)
        footer.addWidget(self._section_combo, 1)
        footer.addWidget(self._next_button)
        footer.addSpacing(12)
        footer.addWidget(self._status, 1)
        footer.addWidget(self._completed_label)
        footer.addWidget(self._complete_button)

        layout = QVBoxLayout()
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(choice_row)  # empty (hidden widgets) unless there is a choice to make
        layout.addLayout(body, 1)
        # Under the form, by the button that asked: when it appears the form's window gets
        # shorter from below, and nothing in it moves.
        layout.addWidget(self._banner)
        layout.addLayout(footer)
        self.setLayout(layout)

        self._retranslate_questionnaire()
        self._retranslate_ui()
        self._choice_combo.currentIndexChanged.connect(self._on_choice_combo_current_index_changed)
        evaluation = self._evaluate()
        self._apply(evaluation)
        first = definition.sections[0].id
        self.show_section(first)
        self._set_status(self.tr("Changes are saved automatically."))
        if getattr(self._service, "read_only", False):
            self._make_read_only()
        self._update_tab_order()

    def _make_read_only(self) -> None:
        """An answer to an older version: shown as it was answered, nothing can be changed."""
        assert self._definition is not None
        self._form.setEnabled(False)
        self._complete_button.hide()
        self._complete_action.setEnabled(False)
        self._set_status("")
        current = next(
            (c.version for c in self._choices if c.current and c.questionnaire_id == self._definition.id), ""
        )
        self._show_banner(
            self.tr(
                "This is your response to version %1 of this questionnaire, kept as you answered it. "
                "New answers go to version %2."
            )
            .replace("%1", self._definition.version)
            .replace("%2", current or "?"),
            error=False,
        )

    def _page_action(self, keys: str, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _ensure_built(self, section_id: str) -> None:
        """Build a section's questions the first time they are needed (opening stays quick)."""
        if section_id in self._built:
            return
        assert self._definition is not None
        self._built.add(section_id)
        widget = self._section_widgets[section_id]
        for item in self._definition.section(section_id).items:
            if isinstance(item, Question):
                widget.add_item(self._make_field(item, None))
            else:
                widget.add_item(self._make_group(item))
        if self._evaluation is not None:
            self._apply(self._evaluation, emit=False)
        self._update_tab_order()

    def _make_field(self, question: Question, instance: int | None) -> QuestionField:
        field = QuestionField(question, instance)
        field.set_value(self._answer(question.id, instance))
        field.answer_edited.connect(self._on_field_answer_edited)
        field.answer_left.connect(self._on_field_answer_left)
        self._fields[field.key] = field
        if instance is None:
            field.retranslate(self._language)
        return field

    def _make_group(self, group: RepeatGroup) -> RepeatGroupWidget:
        widget = RepeatGroupWidget(group, self._make_field)
        widget.add_requested.connect(self._on_group_add_requested)
        widget.remove_requested.connect(self._on_group_remove_requested)
        widget.retranslate(self._language)
        widget.set_count(len(self._entries(group.id)))
        self._groups[group.id] = widget
        return widget

    def _retranslate_questionnaire(self) -> None:
        definition = self._definition
        assert definition is not None
        language = self._language
        self._title.setText(localized(definition.title, language))
        for widget in self._section_widgets.values():
            widget.retranslate(language)
        for key, field in self._fields.items():
            if key[1] is None:
                field.retranslate(language)
        for group in self._groups.values():
            group.retranslate(language)

    def _retranslate_ui(self) -> None:
        self._language_label.setText(self.tr("&Language of the questions:"))
        self._previous_button.setText(self.tr("&Previous section"))
        self._previous_button.setToolTip(self.tr("Show the previous section (Ctrl+Page Up)"))
        self._next_button.setText(self.tr("&Next section"))
        self._next_button.setToolTip(self.tr("Show the next section (Ctrl+Page Down)"))
        self._complete_button.setText(self.tr("Mark as &complete"))
        self._complete_button.setToolTip(
            self.tr(
                "Check that every required answer is given, then mark the questionnaire complete "
                "(Ctrl+Enter)."
            )
        )
        self._completed_label.setText("\u2713 " + self.tr("Complete"))
        self._completed_label.setToolTip(self.tr("This questionnaire is marked as complete."))
        self._sections_view.setAccessibleName(self.tr("Sections"))
        self._section_combo.setAccessibleName(self.tr("Section"))
        self._sections_toggle.setAccessibleName(self.tr("List of sections"))
        self._sections_toggle.setToolTip(self.tr("Show or hide the list of sections"))
        self._language_combo.setAccessibleName(self.tr("Language of the questions"))
        self._choice_label.setText(self.tr("&Questionnaire:"))
        self._choice_combo.setAccessibleName(self.tr("Questionnaire and version"))
        self._fill_choices()

    def _fill_choices(self) -> None:
        if self._definition is None:
            return
        blocker = self._choice_combo.blockSignals(True)
        self._choice_combo.clear()
        for choice in self._choices:
            title = localized(choice.title, self._language)
            if choice.current:
                text = self.tr("%1 (version %2)").replace("%1", title).replace("%2", choice.version)
            else:
                text = (
                    self.tr("%1 (version %2, your earlier answers)")
                    .replace("%1", title)
                    .replace("%2", choice.version)
                )
            self._choice_combo.addItem(text, f"{choice.questionnaire_id}\n{choice.version}")
        index = self._choice_combo.findData(f"{self._definition.id}\n{self._definition.version}")
        self._choice_combo.setCurrentIndex(max(index, 0))
        self._choice_combo.blockSignals(blocker)

    # -- answers ----------------------------------------------------------------------------

    def _entries(self, repeat_id: str) -> list[Any]:
        entries = self._answers.get(repeat_id)
        return entries if isinstance(entries, list) else []

    def _answer(self, question_id: str, instance: int | None) -> Any:
        if instance is None:
            return self._answers.get(question_id)
        assert self._definition is not None
        group = self._definition.repeat_of(question_id)
        entries = self._entries(group.id) if group is not None else []
        if 0 <= instance < len(entries) and isinstance(entries[instance], dict):
            return entries[instance].get(question_id)
        return None

    def _store(self, question_id: str, instance: int | None, value: Any) -> None:
        if instance is None:
            if value is None:
                self._answers.pop(question_id, None)
            else:
                self._answers[question_id] = value
            return
        assert self._definition is not None
        group = self._definition.repeat_of(question_id)
        assert group is not None
        entries = self._entries(group.id)
        if instance >= len(entries):
            return
        entry = entries[instance]
        if not isinstance(entry, dict):
            entry = entries[instance] = {}
        if value is None:
            entry.pop(question_id, None)
        else:
            entry[question_id] = value

    def _evaluate(self) -> Evaluation:
        assert self._definition is not None
        return evaluate(self._definition, self._answers)

    def _changed(self) -> None:
        previous = self._evaluation
        evaluation = self._evaluate()
        grown = self._fill_newly_relevant_groups(previous, evaluation)
        if grown:
            evaluation = self._evaluate()
        self._apply(evaluation)
        if grown:
            self._update_tab_order()
        self._saver.schedule(self._answers)
        self._set_status(self.tr("Saving…"))

    def _fill_newly_relevant_groups(self, previous: Evaluation | None, evaluation: Evaluation) -> bool:
        """A repeat group that just became relevant gets its minimum number of (empty) entries."""
        grown = False
        for repeat_id, widget in self._groups.items():
            became_relevant = evaluation.is_relevant(repeat_id) and not (
                previous is not None and previous.is_relevant(repeat_id)
            )
            if became_relevant and len(self._entries(repeat_id)) < widget.group.min:
                entries = self._entries(repeat_id)
                entries.extend({} for _ in range(widget.group.min - len(entries)))
                self._answers[repeat_id] = entries
                widget.set_count(len(entries))
                grown = True
        return grown

    # -- showing the evaluation ----------------------------------------------------------------

    def _messages(
        self,
        evaluation: Evaluation,
        key: Key,
        item: Question | RepeatGroup,
        *,
        own: frozenset[str] = frozenset(),
    ) -> tuple[str, ...]:
        issues = evaluation.issues_for(*key)
        if not (self._show_all or key in self._touched):
            issues = tuple(i for i in issues if i.code == "repeat_max")
        if own:  # the editor shows what is wrong with the text, and how to write it, itself
            issues = tuple(i for i in issues if i.code not in own)
        field = self._fields.get(key)
        own_text = getattr(field.editor, "issue_text", None) if field is not None else None
        texts = []
        for issue in issues:  # the editor may word an issue better than the page can (its own text)
            better = own_text(issue.code) if callable(own_text) else None
            texts.append(better or describe_issue(issue, item, self._language))
        return tuple(texts)

    def _apply(self, evaluation: Evaluation, *, emit: bool = True) -> None:
        assert self._definition is not None
        self._evaluation = evaluation
        for key, field in self._fields.items():
            relevant = evaluation.is_relevant(*key)
            field.setHidden(not relevant)
            own: frozenset[str] = getattr(field.editor, "own_issue_codes", frozenset())
            field.show_messages(self._messages(evaluation, key, field.question, own=own) if relevant else ())
        for repeat_id, widget in self._groups.items():
            relevant = evaluation.is_relevant(repeat_id)
            widget.setHidden(not relevant)
            widget.update_limits()
            widget.show_messages(
                self._messages(evaluation, (repeat_id, None), widget.group) if relevant else ()
            )
        for section_id, section_widget in self._section_widgets.items():
            section_widget.set_applies(evaluation.section(section_id).relevant)
        self._model.set_rows(section_rows(self._definition, evaluation, self._language), self._language)
        self._fit_section_list()
        complete = evaluation.complete
        self._completed_label.setVisible(self._completed and complete)
        self._complete_button.setEnabled(not (self._completed and complete))
        if self._refused:
            blocking = [i for i in evaluation.issues if i.code not in _NON_BLOCKING]
            if blocking:
                self._show_refusal(evaluation, blocking[0])
            else:
                self._refused = False
                self._show_banner(
                    self.tr("Every required answer is given: you can mark the questionnaire as complete."),
                    error=False,
                )
        self._update_navigation()
        progress = (evaluation.sections, complete)
        if emit and progress != self._last_progress:
            self._last_progress = progress
            self.completeness_changed.emit(evaluation)

    def _fit_section_list(self) -> None:
        """As wide as the longest title and its progress, within a third of the page; longer
        titles are cut (the tooltip has them whole)."""
        view = self._sections_view
        view.resizeColumnToContents(SectionListModel.PROGRESS)
        metrics = view.fontMetrics()
        titles = max(
            (metrics.horizontalAdvance(self._model.row_at(r).title) for r in range(self._model.rowCount())),
            default=0,
        )
        wanted = titles + view.columnWidth(SectionListModel.PROGRESS) + 2 * view.frameWidth() + 24
        cap = max(200, self.width() // 3) if self.width() > 0 else 340
        view.setFixedWidth(max(180, min(wanted, 340, cap)))
        self._fold_section_list()

    def _form_room(self) -> int:
        """The width a comfortable form needs: about ninety characters."""
        return self.fontMetrics().averageCharWidth() * 90

    def _fold_section_list(self) -> None:
        """Show the section list beside the form when both fit, else the drop-down list in the
        footer; a choice the user made with the toggle stands."""
        if self._definition is None or not hasattr(self, "_sections_view"):
            return
        if self._list_wanted is None:
            spare = self.width() - self._sections_view.width() - 36
            shown = spare >= self._form_room()
        else:
            shown = self._list_wanted
        self._sections_view.setVisible(shown)
        self._section_combo.setVisible(not shown)
        blocker = self._sections_toggle.blockSignals(True)
        self._sections_toggle.setChecked(shown)
        self._sections_toggle.blockSignals(blocker)

    def sections_listed(self) -> bool:
        """Whether the section list shows beside the form (else the drop-down list does)."""
        return not self._sections_view.isHidden()

    def set_sections_listed(self, shown: bool) -> None:
        """Show or hide the section list, as the toggle does; the choice then stands."""
        self._list_wanted = shown
        self._fold_section_list()

    def _item_label(self, question_id: str) -> str:
        assert self._definition is not None
        if question_id in self._groups:
            return localized(self._groups[question_id].group.label, self._language)
        if self._definition.has_question(question_id):
            return localized(self._definition.question(question_id).label, self._language)
        return question_id

    def _show_refusal(self, evaluation: Evaluation, first: AnswerIssue) -> None:
        count = sum(1 for i in evaluation.issues if i.code not in _NON_BLOCKING)
        text = self.tr(
            "The questionnaire cannot be marked complete yet: %Ln answer(s) are missing or need correcting.",
            "",
            count,
        )
        text += " " + self.tr("First: “%1”.").replace("%1", self._item_label(first.question_id))
        self._show_banner(text, error=True)

    def _show_banner(self, text: str, *, error: bool) -> None:
        tone = Tone.ERROR if error else Tone.OK
        self._banner.setStyleSheet(framed_style("banner", tone, self.palette()))
        self._banner.setText(text)
        self._banner.show()

    # -- navigation ---------------------------------------------------------------------------

    def _relevant_sections(self) -> list[str]:
        assert self._definition is not None
        evaluation = self._evaluation
        return [
            s.id
            for s in self._definition.sections
            if evaluation is None or evaluation.section(s.id).relevant or s.id == self._current_section
        ]

    def _set_current_section(self, section_id: str) -> None:
        if section_id == self._current_section:
            return
        self._current_section = section_id
        self._section_combo.setCurrentIndex(self._model.row_of(section_id))
        self._ensure_built(section_id)
        for sid, widget in self._section_widgets.items():
            widget.setVisible(sid == section_id)
        self._scroll.verticalScrollBar().setValue(0)
        self._update_navigation()

    def _update_navigation(self) -> None:
        sections = self._relevant_sections()
        position = sections.index(self._current_section) if self._current_section in sections else -1
        self._previous_button.setEnabled(position > 0)
        self._next_button.setEnabled(0 <= position < len(sections) - 1)

    def _step_section(self, step: int) -> None:
        sections = self._relevant_sections()
        if self._current_section not in sections:
            return
        position = sections.index(self._current_section) + step
        if 0 <= position < len(sections):
            self.show_section(sections[position])

    def _reveal(self, widget: QWidget) -> None:
        # Lay the newly shown section out now, so the scroll position is right at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._scroll.ensureWidgetVisible(widget, 0, 48)
        self._scroll.horizontalScrollBar().setValue(0)  # the start of every line stays in view

    def _go_to(self, issue: AnswerIssue) -> None:
        """Select the section of ``issue``, scroll to its question and give it the focus."""
        assert self._definition is not None
        key: Key = (issue.question_id, issue.instance)
        try:
            self._build_section_of(issue.question_id)
        except KeyError:
            return
        field = self._fields.get(key)
        group = self._groups.get(issue.question_id)
        if field is None and group is None:
            return
        self.show_section(self._definition.section_of(issue.question_id).id)
        if field is not None:
            self._reveal(field)
            field.focus()
        elif group is not None:
            target: QWidget = group.add_button if group.add_button.isEnabled() else group
            self._reveal(group)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ordered_focus_widgets(self) -> Iterator[QWidget]:
        assert self._definition is not None
        yield self._sections_toggle
        yield self._language_combo
        yield self._sections_view
        for section in self._definition.sections:
            if section.id not in self._built:
                continue
            for item in section.items:
                if isinstance(item, Question):
                    yield from self._fields[(item.id, None)].editor.focus_widgets()
                else:
                    yield from self._groups[item.id].focus_widgets()
        yield self._previous_button
        yield self._section_combo
        yield self._next_button
        yield self._complete_button

    def _update_tab_order(self) -> None:
        """Tab follows the reading order, also through entries added to repeat groups later."""
        for first, second in pairwise(self._ordered_focus_widgets()):
            QWidget.setTabOrder(first, second)

    # -- saving -------------------------------------------------------------------------------

    def _set_status(self, text: str, *, error: bool = False) -> None:
        if getattr(self._service, "preview", False) and not error:
            text = self.tr("Preview: answers are checked as a delegate's are, and kept nowhere.")
        if error:
            set_tone(self._status, Tone.ERROR)
        else:
            set_text_color(self._status, muted_color(self.palette()))
        self._status.setText(text)
        self._status.setToolTip(text)

    def _show_save_error(self, error: BaseException) -> None:
        from kin_desktop.ui.errors import describe

        self._set_status(self.tr("Not saved: %1").replace("%1", describe(error)), error=True)

    # -- slots ----------------------------------------------------------------------------------

    @Slot(object)
    def _on_field_answer_edited(self, field: QuestionField) -> None:
        self._store(field.question.id, field.instance, field.value())
        self._changed()

    @Slot(object)
    def _on_field_answer_left(self, field: QuestionField) -> None:
        if field.key not in self._touched:
            self._touched.add(field.key)
            self._apply(self._evaluation or self._evaluate())

    @Slot(object)
    def _on_group_add_requested(self, widget: RepeatGroupWidget) -> None:
        group = widget.group
        entries = self._entries(group.id)
        if group.max is not None and len(entries) >= group.max:
            return
        entries.append({})
        self._answers[group.id] = entries
        created = widget.set_count(len(entries))
        self._touched.add((group.id, None))
        self._changed()
        self._update_tab_order()
        if created:
            self._reveal(widget.instances[-1])
            created[0].focus()

    @Slot(object, int)
    def _on_group_remove_requested(self, widget: RepeatGroupWidget, index: int) -> None:
        group = widget.group
        entries = self._entries(group.id)
        if not 0 <= index < len(entries) or len(entries) <= group.min:
            return
        entries.pop(index)
        if entries:
            self._answers[group.id] = entries
        else:
            self._answers.pop(group.id, None)
        ids = {q.id for q in group.items}
        widget.remove_instance(index)
        # The later entries moved up a place: key their fields and touched marks anew.
        for key in [k for k in self._fields if k[0] in ids and k[1] is not None]:
            del self._fields[key]
        for field in widget.fields():
            self._fields[field.key] = field
        self._touched = {
            (qid, inst - 1 if qid in ids and inst is not None and inst > index else inst)
            for qid, inst in self._touched
            if not (qid in ids and inst == index)
        }
        self._touched.add((group.id, None))
        self._changed()
        self._update_tab_order()
        if widget.instances:
            frame = widget.instances[min(index, len(widget.instances) - 1)]
            target: QWidget = (
                frame.remove_button if frame.remove_button.isEnabled() else frame.fields[0].editor
            )
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            widget.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QModelIndex, QModelIndex)
    def _on_sections_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._set_current_section(current.data(SECTION_ID_ROLE))

    @Slot(int)
    def _on_section_combo_activated(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self.show_section(self._model.row_at(row).section_id)

    @Slot(bool)
    def _on_sections_toggle_clicked(self, checked: bool) -> None:
        self.set_sections_listed(checked)

    @Slot(int)
    def _on_choice_combo_current_index_changed(self, index: int) -> None:
        data = self._choice_combo.itemData(index)
        if isinstance(data, str) and "\n" in data and self._definition is not None:
            questionnaire_id, version = data.split("\n", 1)
            if (questionnaire_id, version) != (self._definition.id, self._definition.version):
                self.choice_requested.emit(questionnaire_id, version)

    @Slot(int)
    def _on_language_combo_current_index_changed(self, index: int) -> None:
        code = self._language_combo.itemData(index)
        if isinstance(code, str) and code != self._language:
            self.set_language(code)

    @Slot()
    def _on_previous_button_clicked(self) -> None:
        self._step_section(-1)

    @Slot()
    def _on_next_button_clicked(self) -> None:
        self._step_section(1)

    @Slot()
    def _on_complete_button_clicked(self) -> None:
        self.mark_complete()

    @Slot()
    def _on_saver_save_started(self) -> None:
        self._set_status(self.tr("Saving…"))

    @Slot(object)
    def _on_saver_saved(self, state: ResponseState) -> None:
        was_completed = self._completed
        self._state = state
        self._completed = state.completed
        if not self._saver.is_dirty() or state.completed != was_completed:
            self._set_status(self.tr("All changes saved."))
        if was_completed and not state.completed:
            self._show_banner(
                self.tr("Your changes leave required answers open: the questionnaire is no longer complete."),
                error=True,
            )
        if self._evaluation is not None:
            complete = self._evaluation.complete
            self._completed_label.setVisible(self._completed and complete)
            self._complete_button.setEnabled(not (self._completed and complete))
        self.answers_saved.emit(state)

    @Slot(object)
    def _on_saver_failed(self, error: BaseException) -> None:
        self._show_save_error(error)

    @Slot(QWidget, QWidget)
    def _on_application_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old) and (now is None or not self.isAncestorOf(now)):
            self._saver.save_soon()

    # -- events ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self._definition is not None:
            self._retranslate_ui()
            self._retranslate_questionnaire()
            if self._evaluation is not None:
                self._apply(self._evaluation, emit=False)
        elif event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            if self._definition is not None:
                self._saver.save_soon()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._definition is not None:
            self._fit_section_list()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().closeEvent(event)
