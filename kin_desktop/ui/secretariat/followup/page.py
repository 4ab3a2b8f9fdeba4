"""Follow-up: the commitments of the Fourth Meeting tracked through the second cycle, to 2010.

The concept note promises that the realization of the cities' commitments "will be followed up
throughout the second cycle ... and will be recognized in due course by 2010". The page lists every
commitment with its last progress report, marks the ones that need attention (overdue or stalled, as
of a date the officer chooses), records new progress reports and the recognition itself.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.schemas import FOLLOW_UP_END_YEAR
from kin_desktop.ui.errors import describe
from kin_desktop.ui.language import number_text
from kin_desktop.ui.rows import RowsModel
from kin_desktop.ui.secretariat.common import configure_table, empty_state
from kin_desktop.ui.secretariat.followup.detail import CommitmentDetail
from kin_desktop.ui.secretariat.followup.models import FollowUpFilter, FollowUpModel
from kin_desktop.ui.secretariat.followup.report_dialog import ProgressReportDialog
from kin_desktop.ui.secretariat.followup.texts import (
    as_date,
    date_text,
    long_date_text,
)
from kin_desktop.ui.tasks import Task
from kin_desktop.ui.widgets.date_entry import DateEntry

# ------------------------------------------------------------------------------------------- the page


def default_as_of(today: date | None = None) -> date:
    """Today while the second cycle runs, else its last day: the follow-up is about 2006-2010, and
    judging it as of a later day would call every commitment overdue."""
    day = today or date.today()
    end = date(FOLLOW_UP_END_YEAR, 12, 31)
    return min(day, end)


def _table(model: Any, name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    configure_table(view, accessible)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class FollowUpPage(QWidget):
    """Signals:
    rows_loaded(int): the commitments were (re)loaded; carries how many there are.
    reports_loaded(str): the progress reports of the chosen commitment arrived; carries its id.
    report_added(str): a progress report was recorded; carries the commitment id.
    recognition_changed(str, bool): a commitment was (or was no longer) recognized.
    """

    rows_loaded = Signal(int)
    reports_loaded = Signal(str)
    report_added = Signal(str)
    recognition_changed = Signal(str, bool)

    FILTERS = ("all", "overdue", "stalled")

    def __init__(self, workspace: Any, *, as_of: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPage")
        self._workspace = workspace
        self._generation = 0
        self._selected_id: str | None = None
        self._rows: tuple[Any, ...] = ()
        self._busy: Task | None = None

        # --- the heading: how many, as of when
        title = QLabel(self.tr("Commitments followed up to %1").replace("%1", str(FOLLOW_UP_END_YEAR)))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.summary_label = QLabel(self.tr("Loading…"))
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)

        day = as_of or default_as_of()
        self.as_of_edit = DateEntry(minimum=date(2000, 1, 1), maximum=date(2099, 12, 31))
        self.as_of_edit.setObjectName("asOfEdit")
        self.as_of_edit.set_date(day)
        self._as_of = day
        self.as_of_edit.setAccessibleName(self.tr("Follow-up as of"))
        self.as_of_edit.setToolTip(
            self.tr(
                "Overdue and stalled are judged as of this date (by default today, or the end of the "
                "second cycle, %1, once it is past)"
            ).replace("%1", str(FOLLOW_UP_END_YEAR))
        )
        self.as_of_edit.date_edited.connect(self._on_as_of_edit_date_edited)
        as_of_label = QLabel(self.tr("&As of:"))
        as_of_label.setBuddy(self.as_of_edit)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Judge the follow-up as of today"))
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Read the commitments and reports again (F5)"))
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)

        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(as_of_label)
        heading.addWidget(self.as_of_edit)
        heading.addWidget(self.today_button)
        heading.addWidget(self.refresh_button)

        # --- filter: all / overdue / stalled, and words
        self.filter_buttons = QButtonGroup(self)
        self.filter_buttons.setExclusive(True)
        filters = QHBoxLayout()
        show_label = QLabel(self.tr("Show:"))
        filters.addWidget(show_label)
        for number, (key, text, shortcut) in enumerate(
            (
                ("all", self.tr("All"), "Alt+1"),
                ("overdue", self.tr("Overdue"), "Alt+2"),
                ("stalled", self.tr("Stalled"), "Alt+3"),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(f"filter_{key}")
            button.setCheckable(True)
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(self.tr("%1 (%2)").replace("%1", text).replace("%2", shortcut))
            button.setAccessibleName(self.tr("Show %1").replace("%1", text.casefold()))
            self.filter_buttons.addButton(button, number)
            filters.addWidget(button)
        self.filter_buttons.button(0).setChecked(True)
        self.filter_buttons.idToggled.connect(self._on_filter_buttons_id_toggled)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Filter by city or title (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Filter by city or title"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.addAction(self.find_action)
        filters.addSpacing(12)
        filters.addWidget(self.search_edit, 1)

        # --- the table
        self.model = FollowUpModel(self)
        self.proxy = FollowUpFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.proxy, "followUpView", self.tr("Commitments followed up"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.empty_label = empty_state("")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        # --- the detail of one commitment
        self.detail = CommitmentDetail(workspace)
        self.detail.record_requested.connect(self._on_detail_record_requested)
        self.detail.recognized_clicked.connect(self._on_detail_recognized_clicked)
        self.detail.reports_loaded.connect(self.reports_loaded)
        self.detail.load_failed.connect(self._on_task_failed)
        # The detail's parts, as tests and the status line know them.
        self.detail_title = self.detail.detail_title
        self.detail_facts = self.detail.detail_facts
        self.recognized_check = self.detail.recognized_check
        self.message_label = self.detail.message_label
        self.record_button = self.detail.record_button
        self.reports_model = self.detail.reports_model
        self.reports_view = self.detail.reports_view
        self.reports_empty = self.detail.reports_empty
        self.reports_stack = self.detail.reports_stack

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list_stack)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([340, 260])
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(heading)
        layout.addWidget(self.summary_label)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self._show_commitment(None)
        self.refresh()

    # --- state ---------------------------------------------------------------

    @property
    def as_of(self) -> date:
        return self._as_of

    def set_as_of(self, day: date) -> None:
        self.as_of_edit.set_date(day)
        if day != self._as_of:
            self._as_of = day
            self.refresh()

    @property
    def only(self) -> str:
        return self.FILTERS[max(self.filter_buttons.checkedId(), 0)]

    def set_only(self, only: str) -> None:
        self.filter_buttons.button(self.FILTERS.index(only)).setChecked(True)

    def visible_rows(self) -> list[Any]:
        """The rows the table shows, in its order (tests and the status line use it)."""
        return [
            self.proxy.data(self.proxy.index(number, 0), RowsModel.RowRole)
            for number in range(self.proxy.rowCount())
        ]

    def selected_row(self) -> Any:
        index = self.table.currentIndex()
        return self.proxy.data(index, RowsModel.RowRole) if index.isValid() else None

    def select_commitment(self, commitment_id: str) -> bool:
        source = self.model.row_of(commitment_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def refresh(self) -> Task:
        """Load the commitments as of the chosen date; the rows arrive by ``rows_loaded``."""
        from kin_desktop.services.followup import FollowUpService

        self._generation += 1
        generation = self._generation
        workspace, as_of = self._workspace, self.as_of

        def load() -> tuple[Any, ...]:
            return FollowUpService(workspace, as_of=as_of).rows()

        task = Task(load, self)
        task.on_success(lambda rows: self._on_rows_loaded(generation, rows))
        task.on_failure(self._on_task_failed)
        return task.start()

    def _on_rows_loaded(self, generation: int, rows: tuple[Any, ...]) -> None:
        if generation != self._generation:
            return  # an older date's answer arriving late
        self._rows = tuple(rows)
        selected = self._selected_id
        self.model.set_rows(rows)
        self._update_summary()
        self._update_empty_state()
        if selected is None or not self.select_commitment(selected):
            if self.proxy.rowCount():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
            else:
                self._show_commitment(None)
        self.rows_loaded.emit(len(rows))

    def _update_summary(self) -> None:
        rows = self._rows
        overdue = sum(1 for r in rows if r.overdue)
        stalled = sum(1 for r in rows if r.stalled)
        recognized = sum(1 for r in rows if r.recognized)
        as_of = long_date_text(self.as_of)
        if not rows:
            self.summary_label.setText(self.tr("No commitments yet, as of %1.").replace("%1", as_of))
        else:
            self.summary_label.setText(
                self.tr("%Ln commitment(s) as of %1: ", "", len(rows)).replace("%1", as_of)
                + self.tr("%Ln overdue, ", "", overdue)
                + self.tr("%Ln stalled, ", "", stalled)
                + self.tr("%Ln recognized.", "", recognized)
            )
        counts = {"all": len(rows), "overdue": overdue, "stalled": stalled}
        names = {"all": self.tr("All"), "overdue": self.tr("Overdue"), "stalled": self.tr("Stalled")}
        for number, key in enumerate(self.FILTERS):
            self.filter_buttons.button(number).setText(
                self.tr("%1 (%2)").replace("%1", names[key]).replace("%2", number_text(counts[key]))
            )

    def _update_empty_state(self) -> None:
        if self.proxy.rowCount():
            self.list_stack.setCurrentWidget(self.table)
            return
        if not self._rows:
            text = self.tr(
                "No commitments to follow up yet. They arrive with the delegates' bundles: take them in "
                "on the Inbox page."
            )
        elif self.search_edit.text().strip():
            text = self.tr("No commitment matches these words.")
        elif self.only == "overdue":
            text = self.tr("Nothing is overdue as of %1.").replace("%1", long_date_text(self.as_of))
        elif self.only == "stalled":
            text = self.tr("Nothing is stalled as of %1.").replace("%1", long_date_text(self.as_of))
        else:
            text = self.tr("No commitments to show.")
        self.empty_label.setText(text)
        self.list_stack.setCurrentWidget(self.empty_label)

    def _show_commitment(self, row: Any) -> None:
        self._selected_id = None if row is None else row.commitment_id
        self.detail.show_commitment(row, self.as_of)

    # --- actions -----------------------------------------------------------

    def record_report(self) -> Task | None:
        """Ask for a progress report of the selected commitment and record it."""
        from kin_desktop.services.followup import FollowUpService

        row = self.selected_row()
        if row is None:
            return None
        body = ProgressReportDialog.ask(self, row, today=self.as_of)
        if body is None:
            return None
        workspace, as_of, commitment_id = self._workspace, self.as_of, row.commitment_id

        def run() -> Any:
            return FollowUpService(workspace, as_of=as_of).add_report(commitment_id, body)

        self.record_button.setEnabled(False)
        self.message_label.setText(self.tr("Recording the report…"))
        task = Task(run, self)
        reported = as_date(body.get("reported_on"))
        task.on_success(lambda _revision: self._on_report_recorded(commitment_id, reported))
        task.on_failure(self._on_action_failed)
        task.finished.connect(self._on_action_finished)
        self._busy = task
        return task.start()

    def _on_report_recorded(self, commitment_id: str, reported_on: date | None = None) -> None:
        self._selected_id = commitment_id
        self.report_added.emit(commitment_id)
        if reported_on is not None and reported_on > self.as_of:
            # Never a report hidden by the date shown: "as of" moves to it, and says so.
            self.set_as_of(reported_on)
            self.message_label.setText(
                self.tr(
                    "The progress report was recorded. It is dated %1, after the date shown: the "
                    "figures are now as of that day."
                ).replace("%1", date_text(reported_on))
            )
            return
        self.message_label.setText(self.tr("The progress report was recorded."))
        self.refresh()

    def set_recognized(self, recognized: bool) -> Task | None:
        """Record (or withdraw) the recognition of the selected commitment."""
        from kin_desktop.services.followup import FollowUpService

        row = self.selected_row()
        if row is None:
            return None
        workspace, as_of, commitment_id = self._workspace, self.as_of, row.commitment_id

        def run() -> Any:
            return FollowUpService(workspace, as_of=as_of).set_recognized(commitment_id, recognized)

        self.recognized_check.setEnabled(False)
        task = Task(run, self)
        task.on_success(lambda _revision: self._on_recognition_recorded(commitment_id, recognized))
        task.on_failure(lambda error: self._on_recognition_failed(row, error))
        task.finished.connect(self._on_action_finished)
        self._busy = task
        return task.start()

    def _on_recognition_recorded(self, commitment_id: str, recognized: bool) -> None:
        self.message_label.setText(
            self.tr("Recorded as recognized.") if recognized else self.tr("The recognition was withdrawn.")
        )
        self.recognition_changed.emit(commitment_id, recognized)
        self.refresh()

    def _on_recognition_failed(self, row: Any, error: BaseException) -> None:
        # The check box is usable again the moment the reason shows, not a signal later.
        self.recognized_check.setChecked(row.recognized)
        self.recognized_check.setEnabled(self.selected_row() is not None)
        self.message_label.setText(self._recognition_error(error))

    def _recognition_error(self, error: BaseException) -> str:
        from kin_desktop.core.errors import KinError

        if isinstance(error, KinError) and error.params.get("reason") == "not_registered":
            return self.tr(
                "Only a registered commitment can be recognized. Register it on the Review page first, "
                "then recognize it here."
            )
        return describe(error)

    @Slot()
    def _on_action_finished(self) -> None:
        has_row = self.selected_row() is not None
        self.record_button.setEnabled(has_row)
        self.recognized_check.setEnabled(has_row)

    @Slot(object)
    def _on_action_failed(self, error: BaseException) -> None:
        self.message_label.setText(describe(error))

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        self.summary_label.setText(describe(error))

    # --- slots ---------------------------------------------------------------

    @Slot(object)
    def _on_as_of_edit_date_edited(self, day: date | None) -> None:
        if day is None:  # emptied: back to the day shown before
            self.as_of_edit.set_date(self._as_of)
            return
        if day != self._as_of:
            self._as_of = day
            self.refresh()

    @Slot()
    def _on_find_action_triggered(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot()
    def _on_today_button_clicked(self) -> None:
        self.set_as_of(date.today())

    @Slot()
    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    @Slot(int, bool)
    def _on_filter_buttons_id_toggled(self, number: int, checked: bool) -> None:
        if checked:
            self.proxy.set_only(self.FILTERS[number])
            self._after_filter()

    @Slot(str)
    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_words(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_empty_state()
        if self.selected_row() is None and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        elif not self.proxy.rowCount():
            self._show_commitment(None)

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.data(current, RowsModel.RowRole) if current.isValid() else None
        self._show_commitment(row)

    @Slot(bool)
    def _on_detail_recognized_clicked(self, checked: bool) -> None:
        self.set_recognized(checked)

    @Slot()
    def _on_detail_record_requested(self) -> None:
        self.record_report()
