"""The lists of practices and commitments: search, filters, New / Open / Delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.schemas import ProjectType, RecordType, Sector
from kin_desktop.services.records import RecordFilter, RecordService, SyncState
from kin_desktop.ui import errors
from kin_desktop.ui.language import number_text
from kin_desktop.ui.records import labels
from kin_desktop.ui.records.models import (
    CommitmentTableModel,
    PracticeTableModel,
    RecordFilterProxy,
    _RecordRowsModel,
)
from kin_desktop.ui.tasks import Task
from kin_desktop.ui.widgets.column_fit import ColumnFitter
from kin_desktop.ui.widgets.filter_combo import give_way

SEARCH_DELAY_MS = 300


class ConfirmDialog(QMessageBox):
    """A yes/no question before something that cannot be undone here."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, confirm: str) -> bool:
        box = cls(parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the text names a record: never markup
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        yes = box.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes


class RecordListPage(QWidget):
    """One list of records with quick search, filters and actions.

    Signals:
        record_opened(str): the user asked to open this record.
        new_requested(): the user asked for a new record.
        record_deleted(str): a record was deleted here.
        list_refreshed(int): rows (re)loaded from the profile; carries how many.
        search_finished(int): full-text results arrived; carries how many rows show.
        load_failed(str): loading or searching failed; carries the message shown.
    """

    record_opened = Signal(str)
    new_requested = Signal()
    record_deleted = Signal(str)
    list_refreshed = Signal(int)
    search_finished = Signal(int)
    load_failed = Signal(str)

    def __init__(
        self, service: RecordService, model: _RecordRowsModel[Any], *, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.model = model
        self.proxy = RecordFilterProxy(model, self)
        self._tasks: set[Task] = set()
        self._search_serial = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self._search_placeholder())
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().averageCharWidth() * 16)
        self.search_edit.textChanged.connect(self._on_search_edit_textChanged)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)

        self.sector_combo = self._combo(
            self.tr("Sector filter"),
            [(self.tr("All sectors"), None)] + [(labels.sector_label(s), s.value) for s in Sector],
        )
        sector_label = QLabel(self.tr("Se&ctor:"))
        sector_label.setBuddy(self.sector_combo)
        self.state_combo = self._combo(
            self.tr("State filter"),
            [(self.tr("Any state"), None)] + [(labels.state_label(s), s.value) for s in SyncState],
        )
        state_label = QLabel(self.tr("S&tate:"))
        state_label.setBuddy(self.state_combo)
        review_items = [
            (self.tr("Any review"), None),
            (self.tr("Has issues"), "has_issues"),
            (self.tr("Corrected or changed since the review"), "changed"),
            (self.tr("Under review"), "under_review"),
            (self.tr("Registered"), "registered"),
            (self.tr("Not reviewed yet"), "none"),
        ]
        self.review_combo = self._combo(self.tr("Review filter"), review_items)
        self.review_combo.setObjectName("reviewFilter")
        review_label = QLabel(self.tr("Re&view:"))
        review_label.setBuddy(self.review_combo)

        self.new_action = QAction(self.tr("&New"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.triggered.connect(self._on_open_action_triggered)
        self.delete_action = QAction(self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.addAction(self.new_action)

        self.table = QTableView()
        self.table.setObjectName("recordTable")
        self.table.setAccessibleName(self._table_name())
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setHighlightSections(False)
        # The title takes the room left by the other columns, each as wide as what it shows; on a
        # narrow window the least important ones are left out rather than the list scrolling.
        self.columns = ColumnFitter(
            self.table,
            stretch=model.column_of("title"),
            priority=[model.column_of(key) for key in self._column_priority()],
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(model.column_of("updated"), Qt.SortOrder.DescendingOrder)
        self.table.addAction(self.delete_action)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("List state"))
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of records shown"))

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit)
        filters.addSpacing(8)
        filters.addWidget(sector_label)
        filters.addWidget(self.sector_combo)
        filters.addWidget(state_label)
        filters.addWidget(self.state_combo)
        filters.addWidget(review_label)
        filters.addWidget(self.review_combo)
        self._add_filters(filters)

        actions = QHBoxLayout()
        self._buttons: list[QPushButton] = []
        for action, name in (
            (self.new_action, self.tr("New record")),
            (self.open_action, self.tr("Open the selected record")),
            (self.delete_action, self.tr("Delete the selected record")),
        ):
            button = QPushButton(action.text())
            button.setAccessibleName(name)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{name} ({shortcut})" if shortcut else name)
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            self._buttons.append(button)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self._stack, 1)

        # Filtering can remove rows one range at a time: thousands of signals, one update.
        self._state_timer = QTimer(self)
        self._state_timer.setSingleShot(True)
        self._state_timer.setInterval(0)
        self._state_timer.timeout.connect(self._update_state)
        self.proxy.rowsInserted.connect(self._state_timer.start)
        self.proxy.rowsRemoved.connect(self._state_timer.start)
        self.proxy.modelReset.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        self.proxy.filter_applied.connect(self._update_state)
        self._update_state()
        self._on_selection_changed()
        # Tab order follows the reading order: search, filters, buttons, list.
        chain: list[QWidget] = [self.search_edit, self.sector_combo, self.state_combo, self.review_combo]
        chain += [w for w in (getattr(self, "type_combo", None),) if w is not None]
        chain += [*self._buttons, self.table]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self.reload()

    # -- subclass hooks ---------------------------------------------------------------------------

    def _search_placeholder(self) -> str:
        return self.tr("Words in titles and texts")

    def _table_name(self) -> str:
        return self.tr("Records")

    def _column_priority(self) -> list[str]:
        """The columns besides the title, most important first (the last left out first)."""
        return []

    def _add_filters(self, layout: QHBoxLayout) -> None:
        """Add further filter controls (they call ``_on_filter_changed``)."""

    def _filters(self) -> RecordFilter:
        return RecordFilter(
            sector=self.sector_combo.currentData(),
            state=self.state_combo.currentData(),
            review=self.review_combo.currentData(),
        )

    def show_issues(self) -> None:
        """Show only what the secretariat says has issues (the Overview's call to action)."""
        self.review_combo.setCurrentIndex(self.review_combo.findData("has_issues"))

    _record_type = RecordType.PRACTICE

    def _list(self, query: str) -> Sequence[Any]:
        raise NotImplementedError

    def _empty_text(self) -> str:
        raise NotImplementedError

    def _no_match_text(self) -> str:
        return self.tr("Nothing matches the search and filters.")

    def _count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    def _delete_question(self, title: str) -> tuple[str, str, str]:
        raise NotImplementedError

    # -- public -----------------------------------------------------------------------------------

    def reload(self) -> Task:
        """Load the rows again (in the background), keeping the selection."""
        selected = self.selected_record_id()
        task = self._start(lambda: self._list(""), lambda rows: self._show_rows(rows, selected))
        return task

    def selected_record_id(self) -> str | None:
        return (
            self.proxy.record_id(self.table.currentIndex())
            if self.table.selectionModel().hasSelection()
            else None
        )

    def select_record(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def visible_record_ids(self) -> list[str]:
        return [self.proxy.record_id(self.proxy.index(row, 0)) or "" for row in range(self.proxy.rowCount())]

    def search_now(self) -> Task | None:
        """Run the full-text search for the current words without waiting for the pause."""
        self._search_timer.stop()
        return self._run_search()

    # -- internals -----------------------------------------------------------------------------------

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
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

    def _show_rows(self, rows: Sequence[Any], selected: str | None) -> None:
        self.model.set_rows(rows)
        # A delegate's profile holds one city: a column repeating it is noise.
        self.columns.set_wanted(self.model.column_of("city"), len({row.city for row in rows}) > 1)
        if selected:
            self.select_record(selected)
        if self.search_edit.text().strip():
            self._run_search()
        self.list_refreshed.emit(len(rows))

    def _run_search(self) -> Task | None:
        query = self.search_edit.text().strip()
        self._search_serial += 1
        if not query:
            return None
        serial = self._search_serial

        def show(hits: frozenset[str]) -> None:
            if serial != self._search_serial:
                return  # the words changed while this search ran
            self.proxy.set_hits(hits)
            self.search_finished.emit(self.proxy.rowCount())

        return self._start(lambda: self._service.search(self._record_type, query), show)

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        message = errors.describe(error) if isinstance(error, BaseException) else str(error)
        self.count_label.setText(message)
        self.load_failed.emit(message)

    @Slot(str)
    def _on_search_edit_textChanged(self, text: str) -> None:  # noqa: N802 - named after the signal
        self._search_serial += 1  # results of older words are no longer wanted
        self.proxy.set_text(text)
        self._search_timer.start()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self._run_search()

    @Slot()
    def _on_filter_changed(self) -> None:
        self.proxy.set_filters(self._filters())

    @Slot()
    def _update_state(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.empty_label.setText(self._empty_text())
            self._stack.setCurrentWidget(self.empty_label)
        elif shown == 0:
            self.empty_label.setText(self._no_match_text())
            self._stack.setCurrentWidget(self.empty_label)
        else:
            self._stack.setCurrentWidget(self.table)
        self.count_label.setText(self._count_text(shown, total))
        self._on_selection_changed()

    @Slot()
    def _on_selection_changed(self) -> None:
        has = self.selected_record_id() is not None
        self.open_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        record_id = self.proxy.record_id(index)
        if record_id:
            self.record_opened.emit(record_id)

    @Slot()
    def _on_new_action_triggered(self) -> None:
        self.new_requested.emit()

    @Slot()
    def _on_open_action_triggered(self) -> None:
        record_id = self.selected_record_id()
        if record_id:
            self.record_opened.emit(record_id)

    @Slot()
    def _on_delete_action_triggered(self) -> None:
        record_id = self.selected_record_id()
        if not record_id:
            return
        row = self.model.row_at(self.model.row_of(record_id))
        title, text, confirm = self._delete_question(row.title)
        if not ConfirmDialog.ask(self, title, text, confirm):
            return
        try:
            self._service.delete(record_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user, not lost
            self._on_task_failed(exc)
            return
        self.record_deleted.emit(record_id)
        self.reload()


class PracticesPage(RecordListPage):
    """The practices of the profile (see :class:`RecordListPage` for the signals)."""

    def __init__(self, service: RecordService, *, parent: QWidget | None = None) -> None:
        super().__init__(service, PracticeTableModel(), parent=parent)
        self.setObjectName("practicesPage")

    def _table_name(self) -> str:
        return self.tr("Practices")

    def _column_priority(self) -> list[str]:
        return ["state", "review", "sectors", "win_win", "start_year", "updated", "city"]

    def _list(self, query: str) -> Sequence[Any]:
        return self._service.list_practices(query)

    def _empty_text(self) -> str:
        return self.tr("No practices yet — press New to record one")

    def _count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln practice(s)", "", total)
        return self.tr("%1 of %Ln practice(s)", "", total).replace("%1", number_text(shown))

    def _delete_question(self, title: str) -> tuple[str, str, str]:
        return (
            self.tr("Delete practice"),
            self.tr("Delete the practice “%1” and its attachments?").replace("%1", title),
            self.tr("Delete practice"),
        )


class CommitmentsPage(RecordListPage):
    """The commitments of the profile (see :class:`RecordListPage` for the signals)."""

    _record_type = RecordType.COMMITMENT

    def __init__(self, service: RecordService, *, parent: QWidget | None = None) -> None:
        super().__init__(service, CommitmentTableModel(), parent=parent)
        self.setObjectName("commitmentsPage")

    def _table_name(self) -> str:
        return self.tr("Commitments")

    def _column_priority(self) -> list[str]:
        return [
            "state",
            "review",
            "paper",
            "project_type",
            "end_date",
            "budget_amount",
            "start_date",
            "sectors",
            "updated",
            "city",
        ]

    def _add_filters(self, layout: QHBoxLayout) -> None:
        self.type_combo = self._combo(
            self.tr("Project type filter"),
            [(self.tr("All types"), None)] + [(labels.project_type_label(t), t.value) for t in ProjectType],
        )
        label = QLabel(self.tr("T&ype:"))
        label.setBuddy(self.type_combo)
        layout.addWidget(label)
        layout.addWidget(self.type_combo)

    def _filters(self) -> RecordFilter:
        base = super()._filters()
        combo: QComboBox | None = getattr(self, "type_combo", None)
        project_type = combo.currentData() if combo is not None else None
        return replace(base, project_type=project_type)

    def _list(self, query: str) -> Sequence[Any]:
        return self._service.list_commitments(query)

    def _empty_text(self) -> str:
        return self.tr("No commitments yet — press New to draft one")

    def _count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln commitment(s)", "", total)
        return self.tr("%1 of %Ln commitment(s)", "", total).replace("%1", number_text(shown))

    def _delete_question(self, title: str) -> tuple[str, str, str]:
        return (
            self.tr("Delete commitment"),
            self.tr("Delete the commitment “%1” and its attachments?").replace("%1", title),
            self.tr("Delete commitment"),
        )
