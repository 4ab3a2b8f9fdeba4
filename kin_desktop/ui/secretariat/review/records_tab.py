"""One review list (commitments or practices) with its search, filters and the review panel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.schemas import ParticipantCategory, ProjectType, ReviewState, Sector
from kin_desktop.services.review import (
    RecordView,
    ReviewEntry,
    ReviewFilter,
    ReviewRow,
    ReviewService,
)
from kin_desktop.ui.errors import describe
from kin_desktop.ui.language import number_text
from kin_desktop.ui.records import labels
from kin_desktop.ui.secretariat.common import configure_table, empty_state
from kin_desktop.ui.secretariat.delegates import category_text
from kin_desktop.ui.secretariat.review.columns import HIDDEN_COLUMNS, review_state_text
from kin_desktop.ui.secretariat.review.model import ReviewFilterProxy, ReviewTableModel
from kin_desktop.ui.secretariat.review.panel import ReviewPanel
from kin_desktop.ui.tasks import Task
from kin_desktop.ui.widgets.filter_combo import give_way

SEARCH_DELAY_MS = 300


class RecordsReviewTab(QWidget):
    """One list (commitments or practices) with search, filters and the review panel.

    Signals:
        rows_loaded(int): rows (re)loaded from the profile; carries how many.
        record_shown(str): the whole record arrived in the panel; carries its id.
        search_finished(int): the full-text results arrived; carries how many rows show.
        state_changed(str): a review was saved (carries the record id).
        selection_changed(): the selected records changed.
    """

    rows_loaded = Signal(int)
    record_shown = Signal(str)
    search_finished = Signal(int)
    state_changed = Signal(str)
    selection_changed = Signal()

    def __init__(self, service: ReviewService, record_type: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{record_type}ReviewTab")
        self._service = service
        self.record_type = record_type
        self._tasks: set[Task] = set()
        self._search_serial = 0
        self._history_serial = 0
        self._record_serial = 0
        self.model = ReviewTableModel(record_type, self)
        self.proxy = ReviewFilterProxy(self.model, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Words in titles, texts, cities"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().averageCharWidth() * 16)
        self.search_edit.textChanged.connect(self._on_search_edit_textChanged)
        search_label = QLabel(self.tr("Searc&h:"))
        search_label.setBuddy(self.search_edit)
        self.country_combo = self._combo(self.tr("Country filter"), [(self.tr("All countries"), None)])
        self.sector_combo = self._combo(
            self.tr("Sector filter"),
            [(self.tr("All sectors"), None)] + [(labels.sector_label(s.value), s.value) for s in Sector],
        )
        self.state_combo = self._combo(
            self.tr("Review state filter"),
            [(self.tr("Any review state"), None)]
            + [(review_state_text(s.value), s.value) for s in ReviewState],
        )
        self.category_combo = self._combo(
            self.tr("Participant category filter"),
            [(self.tr("All participants"), None)]
            + [(category_text(c.value), c.value) for c in ParticipantCategory],
        )
        self.type_combo: QComboBox | None = None
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit)
        for combo in (self.country_combo, self.sector_combo, self.state_combo, self.category_combo):
            filters.addWidget(combo)
        if record_type == "commitment":
            self.type_combo = self._combo(
                self.tr("Project type filter"),
                [(self.tr("All types"), None)]
                + [(labels.project_type_label(t.value), t.value) for t in ProjectType],
            )
            filters.addWidget(self.type_combo)

        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.proxy)
        configure_table(
            self.table,
            self.tr("Commitments to review")
            if record_type == "commitment"
            else self.tr("Practices to review"),
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        widths = {
            "city": 120,
            "country": 60,
            "sectors": 150,
            "project_type": 105,
            "end_date": 85,
            "state": 115,
            "comments": 50,
            "updated": 120,
        }
        for number, column in enumerate(self.model.columns):
            if column.key in widths:
                header.resizeSection(number, widths[column.key])
            # Beside the review panel there is room for the columns an officer reads first; the others
            # are one right-click away (the header's menu).
            self.table.setColumnHidden(number, column.key in HIDDEN_COLUMNS)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_customContextMenuRequested)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_of("city"), Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.empty_label = empty_state("")
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of records shown"))

        self.panel = ReviewPanel()
        self.panel.save_requested.connect(self._on_panel_save_requested)
        self._drafts: dict[str, str] = {}

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._stack, 1)
        left_layout.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([500, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        self._state_timer = QTimer(self)
        self._state_timer.setSingleShot(True)
        self._state_timer.setInterval(0)
        self._state_timer.timeout.connect(self._update_state)
        self.proxy.rowsInserted.connect(self._state_timer.start)
        self.proxy.rowsRemoved.connect(self._state_timer.start)
        self.proxy.modelReset.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        self.proxy.filter_applied.connect(self._update_state)
        self.proxy.filter_applied.connect(self._on_proxy_filter_applied)
        self._update_state()

    # --- rows -----------------------------------------------------------------------------------------

    @Slot(QPoint)
    def _on_header_customContextMenuRequested(self, position: QPoint) -> None:  # noqa: N802
        menu = QMenu(self)
        for number, column in enumerate(self.model.columns):
            if number == 0:
                continue  # the title always shows
            action = menu.addAction(column.header_text())
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(number))
            action.toggled.connect(lambda on, n=number: self.table.setColumnHidden(n, not on))
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        for text, data in items:
            combo.addItem(text, data)
        give_way(combo)  # the search field keeps room to type in at 1024
        combo.currentIndexChanged.connect(self._on_filter_changed)
        return combo

    def _start(self, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> Task:
        return (
            Task(fn, self)
            .on_success(on_success)
            .on_failure(self._on_task_failed)
            .kept_in(self._tasks)
            .start()
        )

    def reload(self) -> Task:
        kind = self.record_type
        return self._start(lambda: self._service.rows(kind), self.set_rows)

    @Slot(object)
    def set_rows(self, rows: Sequence[ReviewRow]) -> None:
        """Show these rows (keeping the selection, the sort order, the words and the filters)."""
        selected = self.current_row()
        self.model.set_rows(rows)
        countries = sorted({r.country for r in rows if r.country})
        current = self.country_combo.currentData()
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        self.country_combo.addItem(self.tr("All countries"), None)
        for country in countries:
            self.country_combo.addItem(country, country)
        self.country_combo.setCurrentIndex(max(self.country_combo.findData(current), 0))
        self.country_combo.blockSignals(False)
        if selected is not None and self.select_record(selected.record_id):
            fresh = self.current_row()
            if (
                fresh is not None
                and self.panel.row is not None
                and fresh.record_id == self.panel.row.record_id
            ):
                self.panel.row = fresh
                self.load_record(fresh.record_id)  # reloaded after an import: the record may have changed
        if self.search_edit.text().strip():
            self._run_search()
        self._update_state()
        self.rows_loaded.emit(len(rows))

    def current_row(self) -> ReviewRow | None:
        """The highlighted record: the current row, when it is selected (what the panel shows)."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.proxy.row(index)

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        found = (self.proxy.row(index) for index in rows)
        return [row.record_id for row in found if row is not None]

    def visible_ids(self) -> list[str]:
        source, proxy = self.model, self.proxy
        return [source.ids[proxy.mapToSource(proxy.index(r, 0)).row()] for r in range(proxy.rowCount())]

    def select_record(self, record_id: str) -> bool:
        number = self.model.row_of(record_id)
        index = self.proxy.mapFromSource(self.model.index(number, 0)) if number >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def filters(self) -> ReviewFilter:
        return ReviewFilter(
            country=self.country_combo.currentData(),
            sector=self.sector_combo.currentData(),
            state=self.state_combo.currentData(),
            category=self.category_combo.currentData(),
            project_type=self.type_combo.currentData() if self.type_combo is not None else None,
        )

    @Slot()
    def _on_filter_changed(self) -> None:
        self.proxy.set_filters(self.filters())

    @Slot(str)
    def _on_search_edit_textChanged(self, text: str) -> None:  # noqa: N802 - named after the signal
        self._search_serial += 1  # results of older words are no longer wanted
        self.proxy.set_text(text)
        self._search_timer.start()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self._run_search()

    def search_now(self) -> Task | None:
        self._search_timer.stop()
        return self._run_search()

    def _run_search(self) -> Task | None:
        query = self.search_edit.text().strip()
        self._search_serial += 1
        if not query:
            return None
        serial, kind = self._search_serial, self.record_type

        def show(rows: tuple[ReviewRow, ...]) -> None:
            if serial != self._search_serial:
                return  # the words changed while this search ran
            self.proxy.set_hits(frozenset(r.record_id for r in rows))
            self.search_finished.emit(self.proxy.rowCount())

        return self._start(lambda: self._service.rows(kind, query), show)

    @Slot()
    def _update_state(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.empty_label.setText(
                self.tr("No commitments yet: they arrive in delegates' bundles (Inbox).")
                if self.record_type == "commitment"
                else self.tr("No practices yet: they arrive in delegates' bundles (Inbox).")
            )
            self._stack.setCurrentWidget(self.empty_label)
        elif shown == 0:
            self.empty_label.setText(self.tr("Nothing matches the search and filters."))
            self._stack.setCurrentWidget(self.empty_label)
        else:
            self._stack.setCurrentWidget(self.table)
        if shown == total:
            self.count_label.setText(self.tr("%Ln record(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %Ln record(s)", "", total).replace("%1", number_text(shown))
            )

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        message = describe(error) if isinstance(error, BaseException) else str(error)
        self.panel.status_label.setText(message)
        self.count_label.setText(message)

    # --- the panel -----------------------------------------------------------------------------------

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self._sync_panel()  # a click sets the current row first and selects it after: follow both
        self.selection_changed.emit()

    @Slot()
    def _on_table_current_row_changed(self) -> None:
        self._sync_panel()

    def _sync_panel(self) -> None:
        """Show the highlighted record in the panel, unless it shows it already."""
        row = self.current_row()
        previous = self.panel.row
        if (row.record_id if row else None) == (previous.record_id if previous else None):
            return
        if previous is not None:
            typed = self.panel.comment_edit.toPlainText()
            self._drafts[previous.record_id] = typed  # kept until saved: switching rows loses nothing
        self.panel.show_row(row, self._drafts.get(row.record_id, "") if row is not None else "")
        if row is not None:
            self.load_history(row.record_id)
            self.load_record(row.record_id)

    @Slot()
    def _on_proxy_filter_applied(self) -> None:
        """After a search or a filter the panel shows what is highlighted: the record shown stays
        highlighted while it is listed; filtered out, it leaves the panel (which says to select one)."""
        shown, current = self.panel.row, self.current_row()
        if shown is None or (current is not None and current.record_id == shown.record_id):
            self._sync_panel()  # nothing to move: cheap (each keystroke of a search comes here)
            return
        if not self.select_record(shown.record_id):
            self._sync_panel()

    def load_record(self, record_id: str) -> Task:
        """The whole record, its changes since review and its signed forms, into the panel."""
        self._record_serial += 1
        serial = self._record_serial

        def show(view: RecordView) -> None:
            if serial == self._record_serial:
                self.panel.show_record(view)
                self.record_shown.emit(view.record_id)

        return self._start(lambda: self._service.record_view(record_id), show)

    def load_history(self, record_id: str) -> Task:
        self._history_serial += 1
        serial = self._history_serial

        def show(entries: tuple[ReviewEntry, ...]) -> None:
            if serial == self._history_serial and self.panel.row is not None:
                self.panel.show_history(entries)

        return self._start(lambda: self._service.review_history(record_id), show)

    @Slot(str, str, str, bool)
    def _on_panel_save_requested(self, record_id: str, state: str, comment: str, recognized: bool) -> None:
        self.save_review(record_id, state, comment, recognized)

    def save_review(self, record_id: str, state: str, comment: str, recognized: bool) -> Task:
        self.panel.save_button.setEnabled(False)
        self.panel.status_label.setText(self.tr("Saving…"))

        def save() -> tuple[ReviewEntry, ...]:
            self._service.set_state(record_id, state, comment, recognized=recognized)
            return self._service.review_history(record_id)

        def done(history: tuple[ReviewEntry, ...]) -> None:
            self.panel.save_button.setEnabled(True)
            self._drafts.pop(record_id, None)
            number = self.model.row_of(record_id)
            if number >= 0:
                comments = len({e.comment for e in history if e.comment})
                latest = history[0] if history else None
                self.model.replace_row(
                    replace(
                        self.model.row_at(number),
                        state=latest.state if latest else state,
                        recognized=latest.recognized if latest else recognized,
                        comments=comments,
                        changed_since_review=False,
                    )
                )
            if self.panel.row is not None and self.panel.row.record_id == record_id:
                self.panel.row = self.model.row_at(number) if number >= 0 else self.panel.row
                self.panel.history_model.set_rows(history)
                self.panel.status_label.setText(self.tr("Saved. The delegate sees it in the next receipt."))
                self.load_record(record_id)  # the state is now given on this version: no longer "changed"
            self.state_changed.emit(record_id)

        task = self._start(save, done)
        task.failed.connect(lambda _error: self.panel.save_button.setEnabled(True))
        return task
