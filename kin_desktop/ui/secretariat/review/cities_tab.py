"""The Cities tab: each city's questionnaire answers, or one question across every city."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.services.review import (
    AnswerLine,
    CityRow,
    QuestionAnswer,
    ReviewService,
)
from kin_desktop.ui.rows import Column, RowsModel
from kin_desktop.ui.secretariat.common import configure_table, empty_state
from kin_desktop.ui.secretariat.delegates import category_text
from kin_desktop.ui.tasks import Task


class CitiesTab(QWidget):
    """Cities and their questionnaire answers; or one question across every city.

    Signals:
        answers_shown(int): answers were shown (carries how many lines).
    """

    answers_shown = Signal(int)

    def __init__(self, service: ReviewService, workspace: Any, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citiesTab")
        self._service = service
        self._workspace = workspace
        self._tasks: set[Task] = set()
        self._serial = 0
        self.language = "en"

        self.cities_model = RowsModel(
            [
                Column(self.tr("City"), lambda c: c.city),
                Column(self.tr("Country"), lambda c: c.country),
                Column(self.tr("Delegate"), lambda c: c.delegate_name),
                Column(self.tr("Category"), lambda c: category_text(c.category)),
                Column(self.tr("Questionnaire"), self._progress_text),
            ],
            self,
        )
        self.cities_view = QTableView()
        self.cities_view.setObjectName("citiesView")
        self.cities_view.setModel(self.cities_model)
        configure_table(self.cities_view, self.tr("Cities"))
        self.cities_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cities_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cities_view.selectionModel().currentRowChanged.connect(self._on_cities_view_current_row_changed)

        self.by_city = QRadioButton(self.tr("By &city"))
        self.by_question = QRadioButton(self.tr("By &question"))
        self.by_city.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.by_city)
        self._modes.addButton(self.by_question)
        self.by_question.toggled.connect(self._on_by_question_toggled)
        self.question_combo = QComboBox()
        self.question_combo.setAccessibleName(self.tr("Question"))
        self.question_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_combo.setMinimumContentsLength(40)
        self.question_combo.setEnabled(False)
        self.question_combo.currentIndexChanged.connect(self._on_question_combo_currentIndexChanged)
        modes = QHBoxLayout()
        modes.addWidget(self.by_city)
        modes.addWidget(self.by_question)
        modes.addWidget(self.question_combo, 1)

        self.answers_model = RowsModel(
            [
                Column(self.tr("Section"), lambda a: a.section_title),
                Column(self.tr("Question"), lambda a: a.label),
                Column(self.tr("No."), lambda a: "" if a.instance is None else str(a.instance + 1)),
                Column(self.tr("Answer"), lambda a: a.text),
            ],
            self,
        )
        self.question_model = RowsModel(
            [
                Column(self.tr("City"), lambda a: a.city),
                Column(self.tr("Country"), lambda a: a.country),
                Column(self.tr("No."), lambda a: "" if a.instance is None else str(a.instance + 1)),
                Column(self.tr("Answer"), lambda a: a.text),
            ],
            self,
        )
        self.answers_view = QTableView()
        self.answers_view.setObjectName("answersView")
        self.answers_view.setModel(self.answers_model)
        configure_table(self.answers_view, self.tr("Answers"))
        self.answers_view.setWordWrap(True)
        self.answers_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        answers_header = self.answers_view.horizontalHeader()
        answers_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        answers_header.setStretchLastSection(True)
        self.answers_empty = empty_state(self.tr("Select a city to read its answers."))
        self.answers_stack = QStackedWidget()
        self.answers_stack.addWidget(self.answers_empty)
        self.answers_stack.addWidget(self.answers_view)

        self.cities_empty = empty_state(
            self.tr("No delegations yet: a city appears here with its first bundle.")
        )
        self.cities_stack = QStackedWidget()
        self.cities_stack.addWidget(self.cities_empty)
        self.cities_stack.addWidget(self.cities_view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.cities_stack)
        split.addWidget(self.answers_stack)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([470, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(modes)
        layout.addWidget(split, 1)

    def _progress_text(self, city: CityRow) -> str:
        if not city.responses:
            return self.tr("Not received")
        percent = f"{round(city.ratio * 100)} %"
        return (
            self.tr("Submitted (%1)").replace("%1", percent)
            if city.complete
            else self.tr("In progress (%1)").replace("%1", percent)
        )

    def _start(self, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> Task:
        return Task(fn, self).on_success(on_success).kept_in(self._tasks).start()

    def reload(self) -> Task:
        workspace, language = self._workspace, self.language

        def load() -> tuple[tuple[CityRow, ...], list[tuple[str, str]]]:
            from kin_desktop.core.questionnaire import localize
            from kin_desktop.services import questionnaires

            with workspace.session() as session:
                try:
                    definition = questionnaires.current_definition(session=session)
                except LookupError:
                    definition = None
            questions = []
            if definition is not None:
                for question in definition.questions():
                    section = definition.section_of(question.id)
                    label = localize(question.label, language).text
                    questions.append((question.id, f"{localize(section.title, language).text} — {label}"))
            return self._service.cities(), questions

        return self._start(load, self._on_loaded)

    @Slot(object)
    def _on_loaded(self, result: tuple[tuple[CityRow, ...], list[tuple[str, str]]]) -> None:
        cities, questions = result
        self.cities_model.set_rows(cities)
        self.cities_stack.setCurrentWidget(self.cities_view if cities else self.cities_empty)
        current = self.question_combo.currentData()
        self.question_combo.blockSignals(True)
        self.question_combo.clear()
        for qid, text in questions:
            self.question_combo.addItem(text, qid)
            self.question_combo.setItemData(
                self.question_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        self.question_combo.setCurrentIndex(max(self.question_combo.findData(current), 0))
        self.question_combo.blockSignals(False)
        if cities and not self.cities_view.selectionModel().hasSelection():
            answered = [number for number, city in enumerate(cities) if city.responses]
            self.cities_view.selectRow(answered[0] if answered else 0)
        self._show_answers()

    def select_city(self, owner: str) -> bool:
        for number in range(self.cities_model.rowCount()):
            if self.cities_model.row_at(number).owner == owner:
                self.cities_view.selectRow(number)
                return True
        return False

    @Slot()
    def _on_cities_view_current_row_changed(self) -> None:
        self._show_answers()

    @Slot(bool)
    def _on_by_question_toggled(self, checked: bool) -> None:
        self.question_combo.setEnabled(checked)
        self.cities_stack.setVisible(not checked)
        self._show_answers()

    @Slot(int)
    def _on_question_combo_currentIndexChanged(self, _index: int) -> None:  # noqa: N802
        if self.by_question.isChecked():
            self._show_answers()

    def _show_answers(self) -> Task | None:
        self._serial += 1
        serial, language = self._serial, self.language
        if self.by_question.isChecked():
            qid = self.question_combo.currentData()
            if not qid:
                return None

            def show_question(lines: tuple[QuestionAnswer, ...]) -> None:
                if serial == self._serial:
                    self._fill(self.question_model, lines, self.tr("No city has answered this question yet."))

            return self._start(lambda: self._service.question_answers(qid, language), show_question)
        index = self.cities_view.currentIndex()
        if not index.isValid():
            self._fill(self.answers_model, (), self.tr("Select a city to read its answers."))
            return None
        owner = self.cities_model.row_at(index.row()).owner

        def show_city(lines: tuple[AnswerLine, ...]) -> None:
            # Each section's title once, on its first line: the table reads like the questionnaire.
            lines = tuple(
                replace(line, section_title="")
                if number and line.section_title == lines[number - 1].section_title
                else line
                for number, line in enumerate(lines)
            )
            if serial == self._serial:
                self._fill(
                    self.answers_model, lines, self.tr("This city has not sent its questionnaire yet.")
                )

        return self._start(lambda: self._service.city_answers(owner, language), show_city)

    def _fill(self, model: RowsModel, lines: Sequence[Any], empty: str) -> None:
        model.set_rows(lines)
        if self.answers_view.model() is not model:
            self.answers_view.setModel(model)
        header = self.answers_view.horizontalHeader()
        widths = (110, 200, 36) if model is self.answers_model else (140, 70, 36)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self.answers_empty.setText(empty)
        self.answers_stack.setCurrentWidget(self.answers_view if lines else self.answers_empty)
        self.answers_shown.emit(len(lines))
