"""The secretariat's review: commitments and practices (state, comment, history, printing), cities'
questionnaire answers, and conflicts.

Large lists: the table model holds a tuple of frozen ``ReviewRow``s and sorts it itself with one
``sorted()`` over precomputed keys (``records.models.RowTableModel``); the proxy filters by a list of
flags computed in one pass (combos and words) plus the record ids the full-text search returned, so
neither sorting nor filtering calls Python per comparison. Loading and full-text search run off the GUI
thread. bench/review_table.py measures 10,000 commitments against a bare ``QStandardItemModel``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.schemas import ParticipantCategory, ProjectType, ReviewState, Sector
from kin_desktop.services import printing
from kin_desktop.services.records import fold
from kin_desktop.services.review import (
    AnswerLine,
    CityRow,
    QuestionAnswer,
    ReviewEntry,
    ReviewFilter,
    ReviewRow,
    ReviewService,
)
from kin_desktop.ui.errors import describe
from kin_desktop.ui.language import list_text, number_text
from kin_desktop.ui.records import labels
from kin_desktop.ui.records.models import Column, RowTableModel
from kin_desktop.ui.rows import Column as RowsColumn
from kin_desktop.ui.rows import RowsModel
from kin_desktop.ui.secretariat.conflicts import ConflictsTab
from kin_desktop.ui.secretariat.delegates import category_text
from kin_desktop.ui.secretariat.inbox import configure_table, empty_state, local_time
from kin_desktop.ui.tasks import Task

Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 300
_INCREMENTAL_LIMIT = 100  # rows coming or going; beyond it the proxy lays the list out again
_STATE_ORDER = {state.value: number for number, state in enumerate(ReviewState)}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HIDDEN_COLUMNS = frozenset({"country", "end_date", "updated"})


def review_state_text(state: str) -> str:
    return {
        "received": QCoreApplication.translate("secretariat", "Received"),
        "under_review": QCoreApplication.translate("secretariat", "Under review"),
        "has_issues": QCoreApplication.translate("secretariat", "Has issues"),
        "registered": QCoreApplication.translate("secretariat", "Registered"),
    }.get(state, state)


def hlc_time(hlc: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(hlc[:13]) / 1000, UTC)
    except ValueError:
        return None


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None or value == "", value if value is not None else "")


def _sectors(row: ReviewRow) -> str:
    return list_text(labels.sector_label(s) for s in row.sectors)


def _state(row: ReviewRow) -> str:
    text = review_state_text(row.state)
    if row.recognized:
        text += " ★"
    if row.conflict:
        text += " · " + QCoreApplication.translate("secretariat", "conflict")
    return text


def review_columns(record_type: str) -> tuple[Column[ReviewRow], ...]:
    columns: list[Column[ReviewRow]] = [
        Column[ReviewRow](
            "title",
            lambda: QCoreApplication.translate("secretariat", "Title"),
            lambda r: r.title,
            lambda r: fold(r.title),
        ),
        Column[ReviewRow](
            "city",
            lambda: QCoreApplication.translate("secretariat", "City"),
            lambda r: r.city,
            lambda r: (fold(r.city), fold(r.title)),
        ),
        Column[ReviewRow](
            "country",
            lambda: QCoreApplication.translate("secretariat", "Country"),
            lambda r: r.country,
            lambda r: (r.country, fold(r.city)),
        ),
        Column[ReviewRow](
            "sectors",
            lambda: QCoreApplication.translate("secretariat", "Sectors"),
            _sectors,
            lambda r: r.sectors,
        ),
    ]
    if record_type == "commitment":
        columns += [
            Column[ReviewRow](
                "project_type",
                lambda: QCoreApplication.translate("secretariat", "Type"),
                lambda r: labels.project_type_label(r.project_type or ""),
                lambda r: r.project_type or "",
            ),
            Column[ReviewRow](
                "end_date",
                lambda: QCoreApplication.translate("secretariat", "Ends"),
                lambda r: r.end_date or "",
                lambda r: _none_last(r.end_date),
            ),
        ]
    columns += [
        Column[ReviewRow](
            "state",
            lambda: QCoreApplication.translate("secretariat", "Review state"),
            _state,
            lambda r: (_STATE_ORDER.get(r.state, 9), r.conflict),
        ),
        Column[ReviewRow](
            "comments",
            lambda: QCoreApplication.translate("secretariat", "Notes"),
            lambda r: number_text(r.comments) if r.comments else "",
            lambda r: r.comments,
            _RIGHT,
        ),
        Column[ReviewRow](
            "updated",
            lambda: QCoreApplication.translate("secretariat", "Last change"),
            lambda r: local_time(hlc_time(r.updated_hlc)),
            lambda r: r.updated_hlc,
        ),
    ]
    return tuple(columns)


class ReviewTableModel(RowTableModel[ReviewRow]):
    """Practices or commitments under review; the quick filter's text folded once per row.

    Signals:
        rows_replaced(): the rows were replaced or reordered (emitted inside the reset or layout
            change, before views hear of it).
    """

    rows_replaced = Signal()

    def __init__(self, record_type: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.record_type = record_type
        self.columns = review_columns(record_type)
        self.ids: tuple[str, ...] = ()
        self.haystacks: tuple[str, ...] = ()
        self._row_of: dict[str, int] = {}

    def _rows_changed(self) -> None:
        rows = self._rows
        self.ids = tuple(r.record_id for r in rows)
        self.haystacks = tuple(fold(f"{r.title}\n{r.city}\n{r.country}") for r in rows)
        self._row_of = {rid: number for number, rid in enumerate(self.ids)}
        self.rows_replaced.emit()

    def row_of(self, record_id: str) -> int:
        return self._row_of.get(record_id, -1)

    def replace_row(self, row: ReviewRow) -> None:
        """One row changed (after a review was saved): no reset, the views keep their place."""
        number = self.row_of(row.record_id)
        if number < 0:
            return
        rows = list(self._rows)
        rows[number] = row
        self._rows = tuple(rows)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))


class ReviewFilterProxy(QSortFilterProxyModel):
    """Rows passing the combo filters and, with words, holding every word in title, city or country
    (at once) or named by the full-text search (when it arrives).

    Signals:
        filter_applied(): the rows shown follow the latest words, hits and filters.
    """

    filter_applied = Signal()

    def __init__(self, source: ReviewTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: tuple[str, ...] = ()
        self._hits: frozenset[str] = frozenset()
        self._filters = ReviewFilter()
        self._mask: list[bool] | None = None
        source.rows_replaced.connect(self._on_source_rows_replaced)  # before the proxy hears of it
        self.setSourceModel(source)

    def set_text(self, text: str) -> None:
        self._words = tuple(fold(text).split())
        self._hits = frozenset()
        self._refilter()

    def set_hits(self, record_ids: frozenset[str]) -> None:
        self._hits = record_ids
        self._refilter()

    def set_filters(self, filters: ReviewFilter) -> None:
        self._filters = filters
        self._refilter()

    def filters(self) -> ReviewFilter:
        return self._filters

    def _compute(self) -> list[bool] | None:
        f = self._filters
        words = self._words
        if f == ReviewFilter() and not words:
            return None
        rows = self._source.rows()
        country = f.country.casefold() if f.country else None
        mask = [
            (country is None or r.country.casefold() == country)
            and (f.sector is None or f.sector in r.sectors)
            and (f.state is None or r.state == f.state)
            and (f.category is None or r.category == f.category)
            and (f.project_type is None or r.project_type == f.project_type)
            for r in rows
        ]
        if words:
            hits = self._hits
            for number, (rid, haystack) in enumerate(
                zip(self._source.ids, self._source.haystacks, strict=True)
            ):
                if mask[number] and not (rid in hits or all(w in haystack for w in words)):
                    mask[number] = False
        return mask

    def _refilter(self) -> None:
        old, new = self._mask, self._compute()
        if old == new:
            self.filter_applied.emit()
            return
        if old is None or new is None:
            changed = sum(1 for flag in (new or old or []) if not flag)
        else:
            changed = sum(1 for a, b in zip(old, new, strict=True) if a != b)
        if changed > _INCREMENTAL_LIMIT:
            self._mask = new
            self.invalidate()  # one layout change beats thousands of scattered removals
        else:
            self.beginFilterChange()
            self._mask = new
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_applied.emit()

    @Slot()
    def _on_source_rows_replaced(self) -> None:
        self._mask = self._compute()

    def filterAcceptsRow(self, source_row: int, _source_parent: Index) -> bool:  # noqa: N802 - Qt override
        mask = self._mask
        return mask is None or mask[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def row(self, index: QModelIndex) -> ReviewRow | None:
        if not index.isValid():
            return None
        return self._source.row_at(self.mapToSource(index).row())


class _HistoryModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                RowsColumn(
                    QCoreApplication.translate("secretariat", "When"), lambda e: local_time(hlc_time(e.hlc))
                ),
                RowsColumn(
                    QCoreApplication.translate("secretariat", "State"),
                    lambda e: review_state_text(e.state) + (" ★" if e.recognized else ""),
                ),
                RowsColumn(QCoreApplication.translate("secretariat", "Comment"), lambda e: e.comment),
            ],
            parent,
        )


class ReviewPanel(QWidget):
    """The selected record's review: state, recognition, comment, Save; its history below.

    Signals:
        save_requested(str, str, str, bool): record id, state, comment, recognized.
    """

    save_requested = Signal(str, str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: ReviewRow | None = None
        self.title_label = QLabel()
        self.title_label.setObjectName("reviewTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Review state"))
        for state in ReviewState:
            self.state_combo.addItem(review_state_text(state.value), state.value)
        self.state_combo.currentIndexChanged.connect(self._on_state_combo_currentIndexChanged)
        self.recognized_check = QCheckBox(self.tr("Re&cognised as an example to follow"))
        self.recognized_check.setToolTip(self.tr("Only a registered record can be recognised"))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setAccessibleName(self.tr("Comment for the delegate"))
        self.comment_edit.setPlaceholderText(
            self.tr("What the delegate should know; it goes in the next receipt.")
        )
        self.comment_edit.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("&Save review"))
        self.save_button.setToolTip(self.tr("Save the review state and comment (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.status_label = QLabel()
        self.status_label.setObjectName("reviewStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Review status"))
        form = QFormLayout()
        state_label = QLabel(self.tr("Review s&tate:"))
        state_label.setBuddy(self.state_combo)
        form.addRow(state_label, self.state_combo)
        form.addRow("", self.recognized_check)
        comment_label = QLabel(self.tr("Co&mment:"))
        comment_label.setBuddy(self.comment_edit)
        form.addRow(comment_label, self.comment_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button)
        self.history_model = _HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setObjectName("reviewHistory")
        self.history_view.setModel(self.history_model)
        configure_table(self.history_view, self.tr("Review history"))
        self.history_view.setWordWrap(True)
        self.history_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        history_box = QGroupBox(self.tr("History of the review"))
        QVBoxLayout(history_box).addWidget(self.history_view)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.title_label)
        editor_layout.addWidget(self.meta_label)
        editor_layout.addLayout(form)
        editor_layout.addLayout(save_row)
        editor_layout.addWidget(history_box, 1)
        self.empty = empty_state(self.tr("Select a record to review it."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_row(None)

    def show_row(self, row: ReviewRow | None, comment: str = "") -> None:
        self.row = row
        self.history_model.set_rows([])
        if row is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.editor)
        self.title_label.setText(row.title)
        parts = [f"{row.city}, {row.country}", labels.draft_state_label(row.delegate_state)]
        if row.category:
            parts.insert(1, category_text(row.category))
        if row.conflict:
            parts.append(self.tr("two versions in conflict: see Conflicts"))
        self.meta_label.setText(" · ".join(parts))
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(row.state), 0))
        self.recognized_check.setChecked(row.recognized)
        self.comment_edit.setPlainText(comment)
        self.status_label.clear()
        self._update_recognized()

    def show_history(self, entries: Sequence[ReviewEntry]) -> None:
        self.history_model.set_rows(entries)
        if entries and not self.comment_edit.toPlainText():
            self.comment_edit.setPlainText(entries[0].comment)

    def _update_recognized(self) -> None:
        registered = self.state_combo.currentData() == ReviewState.REGISTERED.value
        self.recognized_check.setEnabled(registered)
        if not registered:
            self.recognized_check.setChecked(False)

    @Slot(int)
    def _on_state_combo_currentIndexChanged(self, _index: int) -> None:  # noqa: N802
        self._update_recognized()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> None:
        if self.row is None:
            return
        self.save_requested.emit(
            self.row.record_id,
            str(self.state_combo.currentData()),
            self.comment_edit.toPlainText(),
            self.recognized_check.isChecked(),
        )


class RecordsReviewTab(QWidget):
    """One list (commitments or practices) with search, filters and the review panel.

    Signals:
        rows_loaded(int): rows (re)loaded from the profile; carries how many.
        search_finished(int): the full-text results arrived; carries how many rows show.
        state_changed(str): a review was saved (carries the record id).
        selection_changed(): the selected records changed.
    """

    rows_loaded = Signal(int)
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
        filters.addWidget(self.search_edit, 3)
        for combo in (self.country_combo, self.sector_combo, self.state_combo, self.category_combo):
            filters.addWidget(combo, 1)
        if record_type == "commitment":
            self.type_combo = self._combo(
                self.tr("Project type filter"),
                [(self.tr("All types"), None)]
                + [(labels.project_type_label(t.value), t.value) for t in ProjectType],
            )
            filters.addWidget(self.type_combo, 1)

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
        split.setSizes([760, 300])
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
        self._update_state()

    # --- rows -----------------------------------------------------------------------------------------

    @Slot(QPoint)
    def _on_header_customContextMenuRequested(self, position: QPoint) -> None:  # noqa: N802
        menu = QMenu(self)
        for number, column in enumerate(self.model.columns):
            if number == 0:
                continue  # the title always shows
            action = menu.addAction(column.header())
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
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
        if selected is not None:
            self.select_record(selected.record_id)
        if self.search_edit.text().strip():
            self._run_search()
        self._update_state()
        self.rows_loaded.emit(len(rows))

    def current_row(self) -> ReviewRow | None:
        if not self.table.selectionModel().hasSelection():
            return None
        return self.proxy.row(self.table.currentIndex())

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
        self.selection_changed.emit()

    @Slot()
    def _on_table_current_row_changed(self) -> None:
        previous = self.panel.row
        if previous is not None:
            typed = self.panel.comment_edit.toPlainText()
            self._drafts[previous.record_id] = typed  # kept until saved: switching rows loses nothing
        row = self.current_row()
        self.panel.show_row(row, self._drafts.get(row.record_id, "") if row is not None else "")
        if row is not None:
            self.load_history(row.record_id)

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
                    )
                )
            if self.panel.row is not None and self.panel.row.record_id == record_id:
                self.panel.row = self.model.row_at(number) if number >= 0 else self.panel.row
                self.panel.history_model.set_rows(history)
                self.panel.status_label.setText(self.tr("Saved. The delegate sees it in the next receipt."))
            self.state_changed.emit(record_id)

        task = self._start(save, done)
        task.failed.connect(lambda _error: self.panel.save_button.setEnabled(True))
        return task


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
                RowsColumn(self.tr("City"), lambda c: c.city),
                RowsColumn(self.tr("Country"), lambda c: c.country),
                RowsColumn(self.tr("Delegate"), lambda c: c.delegate_name),
                RowsColumn(self.tr("Category"), lambda c: category_text(c.category)),
                RowsColumn(self.tr("Questionnaire"), self._progress_text),
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
                RowsColumn(self.tr("Section"), lambda a: a.section_title),
                RowsColumn(self.tr("Question"), lambda a: a.label),
                RowsColumn(self.tr("No."), lambda a: "" if a.instance is None else str(a.instance + 1)),
                RowsColumn(self.tr("Answer"), lambda a: a.text),
            ],
            self,
        )
        self.question_model = RowsModel(
            [
                RowsColumn(self.tr("City"), lambda a: a.city),
                RowsColumn(self.tr("Country"), lambda a: a.country),
                RowsColumn(self.tr("No."), lambda a: "" if a.instance is None else str(a.instance + 1)),
                RowsColumn(self.tr("Answer"), lambda a: a.text),
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


class ReviewPage(QWidget):
    """Review what delegates sent: tabs Commitments, Practices, Cities, Conflicts.

    Signals:
        state_changed(str): a review state or comment was saved (carries the record id).
        conflict_resolved(str): a conflict was resolved (carries the record id).
        forms_printed(object): commitment forms were written (carries the PDF's Path).
    """

    state_changed = Signal(str)
    conflict_resolved = Signal(str)
    forms_printed = Signal(object)

    def __init__(
        self, workspace: Any, *, service: ReviewService | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self._workspace = workspace
        self._service = service if service is not None else ReviewService(workspace)
        self._tasks: set[Task] = set()
        self.language = "en"

        self.commitments = RecordsReviewTab(self._service, "commitment")
        self.practices = RecordsReviewTab(self._service, "practice")
        self.cities = CitiesTab(self._service, workspace)
        self.conflicts = ConflictsTab(self._service)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(self.commitments, self.tr("Co&mmitments"))
        self.tabs.addTab(self.practices, self.tr("&Practices"))
        self.tabs.addTab(self.cities, self.tr("C&ities"))
        self.tabs.addTab(self.conflicts, self.tr("Co&nflicts"))
        self.tabs.currentChanged.connect(self._on_tabs_currentChanged)
        for tab in (self.commitments, self.practices):
            tab.state_changed.connect(self.state_changed)
            tab.selection_changed.connect(self._update_actions)
        self.conflicts.conflict_resolved.connect(self._on_conflicts_conflict_resolved)
        self.conflicts.conflicts_loaded.connect(self._on_conflicts_conflicts_loaded)

        self.save_action = QAction(self.tr("&Save review"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.find_action = QAction(self.tr("Search"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.print_action = QAction(self.tr("P&rint forms…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.refresh_action = QAction(self.tr("Re&fresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self._on_refresh_action_triggered)
        for action in (self.save_action, self.find_action, self.print_action, self.refresh_action):
            self.addAction(action)
        self.print_button = QPushButton(self.print_action.text())
        self.print_button.setAccessibleName(self.tr("Print the forms of the selected commitments"))
        self.print_button.setToolTip(self.tr("Print the forms of the selected commitments (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_action.trigger)
        self.print_action.enabledChanged.connect(self.print_button.setEnabled)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        corner_layout.addWidget(self.print_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        self._update_actions()
        self.reload()

    # --- hooks tests replace ---------------------------------------------------------------------

    @staticmethod
    def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("secretariat", "Save the commitment forms"),
            suggested,
            QCoreApplication.translate("secretariat", "PDF (*.pdf)"),
        )
        return Path(name) if name else None

    # --- loading -----------------------------------------------------------------------------------------

    def reload(self) -> list[Task]:
        """Load every tab again in the background."""
        return [
            self.commitments.reload(),
            self.practices.reload(),
            self.cities.reload(),
            self.conflicts.reload(),
        ]

    def current_records_tab(self) -> RecordsReviewTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, RecordsReviewTab) else None

    @Slot(int)
    def _on_tabs_currentChanged(self, _index: int) -> None:  # noqa: N802 - named after the signal
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        tab = self.current_records_tab()
        self.save_action.setEnabled(tab is not None)
        self.find_action.setEnabled(tab is not None)
        self.print_action.setEnabled(tab is self.commitments and bool(self.commitments.selected_ids()))
        self.print_button.setVisible(tab is self.commitments)

    @Slot(str)
    def _on_conflicts_conflict_resolved(self, record_id: str) -> None:
        self.commitments.reload()
        self.practices.reload()
        self.conflict_resolved.emit(record_id)

    @Slot(int)
    def _on_conflicts_conflicts_loaded(self, count: int) -> None:
        text = self.tr("Co&nflicts") + (f" ({count})" if count else "")
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), text)

    @Slot()
    def _on_save_action_triggered(self) -> None:
        tab = self.current_records_tab()
        if tab is not None:
            tab.panel.save()

    @Slot()
    def _on_find_action_triggered(self) -> None:
        tab = self.current_records_tab()
        if tab is not None:
            tab.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            tab.search_edit.selectAll()

    @Slot()
    def _on_refresh_action_triggered(self) -> None:
        self.reload()

    # --- printing ------------------------------------------------------------------------------------------

    @Slot()
    def _on_print_action_triggered(self) -> None:
        self.print_forms()

    def print_forms(self) -> Task | None:
        ids = self.commitments.selected_ids()
        if not ids:
            self.message_label.setText(self.tr("Select the commitments whose forms you want to print."))
            return None
        out = self.choose_pdf_path(self, "commitment-forms.pdf")
        if out is None:
            return None
        workspace, language = self._workspace, self.language

        def run() -> int:
            return printing.print_commitments(workspace, ids, out, labels=printing.labels_for(language))

        def done(pages: int) -> None:
            self.print_action.setEnabled(True)
            self.message_label.setText(
                self.tr("%Ln form(s) saved to %1", "", len(ids)).replace("%1", str(out))
                + " "
                + self.tr("(%Ln page(s)).", "", pages)
            )
            self.forms_printed.emit(out)
            from kin_desktop.ui.print_preview import PrintPreviewDialog

            PrintPreviewDialog.ask(self, out, title=self.tr("Commitment forms"), suggested_name=out.name)

        self.print_action.setEnabled(False)
        self.message_label.setText(self.tr("Printing %Ln form(s)…", "", len(ids)))
        return Task(run, self).on_success(done).on_failure(self._on_print_failed).kept_in(self._tasks).start()

    @Slot(object)
    def _on_print_failed(self, error: object) -> None:
        self._update_actions()
        self.message_label.setText(describe(error) if isinstance(error, BaseException) else str(error))
