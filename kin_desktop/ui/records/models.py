"""Item models of the records screens, over tuples of frozen rows from the record service.

Sorting: :class:`RecordFilterProxy` hands ``sort()`` to its source, which sorts its tuple
with precomputed Python keys and reports a layout change. A ``QSortFilterProxyModel``
sorting by itself calls ``data()`` - Python - twice per comparison: about 300,000 calls for
10,000 commitments, where one ``sorted()`` takes milliseconds. Filtering is the proxy's: a
tuple of the source rows shown, computed in one pass, with no Python call per row from Qt
(bench/large_list.py measures both).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QUndoStack

from kin_desktop.services.records import (
    AttachmentRow,
    CommitmentRow,
    FieldChange,
    HistoryEntry,
    PracticeRow,
    RecordFilter,
    fold,
    matches,
)
from kin_desktop.ui.formats import amount_text, day_text, moment_text, size_text
from kin_desktop.ui.language import list_text
from kin_desktop.ui.plain import tooltip
from kin_desktop.ui.records import labels
from kin_desktop.ui.rows import Column
from kin_desktop.ui.sorting import text_key

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles RowTableModel answers; a view asks for about seven per painted cell.
_ROLES_ANSWERED = frozenset(int(r) for r in (_DISPLAY, _TOOLTIP, _ALIGNMENT, RECORD_ID_ROLE, SORT_ROLE))
_ROOT = QModelIndex()


_REVIEW_ORDER = {"has_issues": 0, "under_review": 1, "received": 2, "registered": 3}


def _review_order(review: Any) -> tuple[int, bool]:
    """Has issues first (not corrected before corrected), then under review, ..., not reviewed last."""
    if review is None:
        return (9, False)
    return (_REVIEW_ORDER.get(review.state, 5), review.changed)


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None or value == "", value if value is not None else "")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table over a tuple of frozen rows, one column per :class:`Column`."""

    columns: Sequence[Column[Any]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RowT, ...] = ()
        self._sort_by: tuple[int, Qt.SortOrder] | None = None

    def rows(self) -> tuple[RowT, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(tuple(rows))
        self._rows_changed()
        self.endResetModel()

    def _rows_changed(self) -> None:
        """Rebuild caches kept beside the rows (the rows were replaced or reordered)."""

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def column_of(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called from C++ about seven times per painted cell, once per role: the roles not
        # answered cost one set lookup.
        if role not in _ROLES_ANSWERED:
            return None
        row = index.row()
        if row < 0:  # an invalid index
            return None
        return self.cell_data(row, index.column(), role)

    def cell_data(self, row: int, column: int, role: int) -> Any:
        """``data()`` by row and column number, without a model index."""
        if role == _DISPLAY:
            return self.columns[column].text(self._rows[row])
        if role == _TOOLTIP:  # tooltips guess markup: the cell's text, escaped
            return tooltip(self.columns[column].text(self._rows[row]))
        if role == _ALIGNMENT:
            return self.columns[column].alignment
        if role == SORT_ROLE:
            return str(self.columns[column].sort_key(self._rows[row]))
        if role == RECORD_ID_ROLE:
            return getattr(self._rows[row], "record_id", None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header_text() if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python; later :meth:`set_rows` keep this order."""
        if not 0 <= column < len(self.columns):
            return
        self._sort_by = (column, order)
        if len(self._rows) < 2:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(self._rows[index.row()], index.column()) for index in persistent]
        self._rows = self._sorted(self._rows)
        self._rows_changed()
        new_row = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(new_row[id(row)], column) for row, column in moved]
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: tuple[RowT, ...]) -> tuple[RowT, ...]:
        if self._sort_by is None:
            return rows
        column, order = self._sort_by
        key = self.columns[column].sort_key
        return tuple(sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder))


class _RecordRowsModel(RowTableModel[RowT]):
    """Rows of records with the text the quick filter looks at, folded once per row.

    Signals:
        rows_replaced(): the rows were replaced or reordered; emitted inside the reset or
            layout change, before views hear of it.
    """

    rows_replaced = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.haystacks: tuple[str, ...] = ()
        self.ids: tuple[str, ...] = ()
        self._row_of: dict[str, int] | None = None  # made on first use
        self._texts: dict[tuple[int, int], str] = {}  # (row, column) -> display text
        self.dataChanged.connect(self._forget_texts)  # first, before any view hears of it

    def _rows_changed(self) -> None:
        rows: tuple[Any, ...] = self._rows
        self.haystacks = tuple(fold(f"{r.title}\n{r.city}") for r in rows)
        self.ids = tuple(r.record_id for r in rows)
        self._row_of = None
        self._texts = {}
        self.rows_replaced.emit()

    @Slot()
    def _forget_texts(self) -> None:
        self._texts = {}

    def row_of(self, record_id: str) -> int:
        if self._row_of is None:
            self._row_of = {rid: number for number, rid in enumerate(self.ids)}
        return self._row_of.get(record_id, -1)

    def cell_data(self, row: int, column: int, role: int) -> Any:
        # Display texts (dates, amounts, sector lists) are made once per row and column: the
        # rows are frozen, and a list is painted again on every keystroke of the quick filter.
        if role == _DISPLAY or role == _TOOLTIP:
            key = (row, column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self.columns[column].text(self._rows[row])
            return text if role == _DISPLAY else tooltip(text)
        return super().cell_data(row, column, role)


def _sectors_text(row: PracticeRow | CommitmentRow) -> str:
    return list_text(labels.sector_label(s) for s in row.sectors)


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PracticeTableModel(_RecordRowsModel[PracticeRow]):
    columns: Sequence[Column[Any]] = (
        Column[PracticeRow](
            lambda: QCoreApplication.translate("records", "Title"),
            lambda r: r.title,
            sort=lambda r: text_key(r.title),
            key="title",
        ),
        Column[PracticeRow](
            lambda: QCoreApplication.translate("records", "City"),
            lambda r: r.city,
            sort=lambda r: text_key(r.city),
            key="city",
        ),
        Column[PracticeRow](
            lambda: QCoreApplication.translate("records", "Sectors"),
            _sectors_text,
            sort=lambda r: r.sectors,
            key="sectors",
        ),
        Column[PracticeRow](
            lambda: QCoreApplication.translate("records", "Win-win"),
            lambda r: QCoreApplication.translate("records", "Yes") if r.win_win else "",
            sort=lambda r: not r.win_win,
            key="win_win",
        ),
        Column[PracticeRow](
            lambda: QCoreApplication.translate("records", "Since"),
            lambda r: "" if r.start_year is None else str(r.start_year),
            sort=lambda r: _none_last(r.start_year),
            key="start_year",
            alignment=_RIGHT,
        ),
        Column[PracticeRow](
            lambda: QCoreApplication.translate("records", "State"),
            lambda r: labels.state_label(r.sync_state),
            sort=lambda r: r.sync_state,
            key="state",
        ),
        Column[PracticeRow](
            lambda: QCoreApplication.translate("records", "Review"),
            lambda r: labels.review_text(r.review),
            sort=lambda r: _review_order(r.review),
            key="review",
        ),
        Column[PracticeRow](
            lambda: QCoreApplication.translate("records", "Last saved"),
            lambda r: moment_text(r.updated),
            sort=lambda r: r.updated,
            key="updated",
        ),
    )


class CommitmentTableModel(_RecordRowsModel[CommitmentRow]):
    columns: Sequence[Column[Any]] = (
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "Title"),
            lambda r: r.title,
            sort=lambda r: text_key(r.title),
            key="title",
        ),
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "Type"),
            lambda r: labels.project_type_label(r.project_type),
            sort=lambda r: r.project_type,
            key="project_type",
        ),
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "Sectors"),
            _sectors_text,
            sort=lambda r: r.sectors,
            key="sectors",
        ),
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "Start"),
            lambda r: day_text(r.start_date),
            sort=lambda r: _none_last(r.start_date),
            key="start_date",
        ),
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "End"),
            lambda r: day_text(r.end_date),
            sort=lambda r: _none_last(r.end_date),
            key="end_date",
        ),
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "Budget"),
            lambda r: amount_text(r.budget_amount, r.budget_currency),
            sort=lambda r: _none_last(float(r.budget_amount) if r.budget_amount else None),
            key="budget_amount",
            alignment=_RIGHT,
        ),
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "State"),
            lambda r: labels.state_label(r.sync_state),
            sort=lambda r: r.sync_state,
            key="state",
        ),
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "Review"),
            lambda r: labels.review_text(r.review),
            sort=lambda r: _review_order(r.review),
            key="review",
        ),
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "Form"),
            lambda r: labels.paper_text(r.paper),
            sort=lambda r: (r.paper is None, not (r.paper and r.paper.stale)),
            key="paper",
        ),
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "City"),
            lambda r: r.city,
            sort=lambda r: text_key(r.city),
            key="city",
        ),
        Column[CommitmentRow](
            lambda: QCoreApplication.translate("records", "Last saved"),
            lambda r: moment_text(r.updated),
            sort=lambda r: r.updated,
            key="updated",
        ),
    )


class RecordFilterProxy(QAbstractTableModel):
    """The rows of a practice or commitment table the quick filters let through: words,
    full-text hits, combos.

    A row passes when it passes the combo filters (:class:`RecordFilter`) and, if there
    are words, every word is in its title or city (instantly, per keystroke) or the full-text
    search (which also reads the texts, and arrives later) named it.

    Not a ``QSortFilterProxyModel``: that one asks ``filterAcceptsRow`` - Python, through the
    binding - once per source row each time the filter changes (10,000 calls, 15 ms, on every
    keystroke of a large profile), and reaches the source's ``data()`` through ``mapToSource``,
    two more Python calls per cell painted. Here the rows shown are a tuple of source row
    numbers, computed in one pass over the folded texts the source keeps (typing on narrows
    the previous result), a change reaches the views as one layout change, and ``data()``
    answers from the source's rows directly. Sorting is the source's (see the module).

    Signals:
        filter_applied(): the rows shown follow the latest words and filters.
    """

    filter_applied = Signal()

    def __init__(self, source: _RecordRowsModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: tuple[str, ...] = ()
        self._hits: frozenset[str] = frozenset()
        self._filters = RecordFilter()
        self._combo_rows: tuple[int, ...] | None = None  # source rows passing the combos; None: all
        self._word_rows: tuple[tuple[str, ...], tuple[int, ...]] | None = None  # last words, their rows
        self._visible: tuple[int, ...] = ()  # the source rows shown, ascending
        self._filtering = False
        self._moving: list[tuple[int, int]] = []  # persistent indexes as (source row, column)
        self._moving_ids: list[str] | None = None  # their records, while the source reorders
        source.modelAboutToBeReset.connect(self._on_source_about_to_be_reset)
        source.modelReset.connect(self._on_source_reset)
        source.layoutAboutToBeChanged.connect(self._on_source_layout_about_to_be_changed)
        source.layoutChanged.connect(self._on_source_layout_changed)
        source.dataChanged.connect(self._on_source_data_changed)
        self._source_rows_replaced()

    # -- filtering ------------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """New words from the search box: full-text hits of older words no longer count."""
        self._words = tuple(fold(text).split())
        self._hits = frozenset()
        self._refilter()

    def set_hits(self, record_ids: frozenset[str]) -> None:
        self._hits = record_ids
        self._refilter()

    def set_filters(self, filters: RecordFilter) -> None:
        if filters != self._filters:
            self._filters = filters
            self._combo_rows = self._compute_combo_rows()
            self._word_rows = None
        self._refilter()

    def filters(self) -> RecordFilter:
        return self._filters

    def is_filtering(self) -> bool:
        return self._filtering

    def _compute_combo_rows(self) -> tuple[int, ...] | None:
        filters = self._filters
        if filters == RecordFilter():
            return None
        return tuple(number for number, row in enumerate(self._source.rows()) if matches(row, filters))

    def _compute(self) -> tuple[bool, tuple[int, ...]]:
        """Whether anything is filtered out, and the source rows shown."""
        combo_rows, words = self._combo_rows, self._words
        everything = range(len(self._source.ids))
        if not words:
            return combo_rows is not None, tuple(everything) if combo_rows is None else combo_rows
        haystacks = self._source.haystacks
        candidates: Sequence[int] = everything if combo_rows is None else combo_rows
        if self._hits:
            hits, ids = self._hits, self._source.ids
            return True, tuple(
                [
                    number
                    for number in candidates
                    if ids[number] in hits or all(word in haystacks[number] for word in words)
                ]
            )
        previous = self._word_rows
        if previous is not None and all(any(old in new for new in words) for old in previous[0]):
            candidates = previous[1]  # typing on: the rows can only become fewer
        if len(words) > 1:
            rows = tuple([n for n in candidates if all(word in haystacks[n] for word in words)])
        elif candidates is everything:
            word = words[0]
            rows = tuple(compress(everything, [word in haystack for haystack in haystacks]))
        else:
            word = words[0]
            rows = tuple([n for n in candidates if word in haystacks[n]])
        self._word_rows = (words, rows)
        return True, rows

    def _refilter(self) -> None:
        filtering, visible = self._compute()
        self._filtering = filtering
        if visible != self._visible:
            self._begin_layout_change()
            self._visible = visible
            self._end_layout_change()
        self.filter_applied.emit()

    def _row_here(self, source_row: int) -> int:
        """The row showing a source row, or -1 (the rows shown are ascending: no index to keep)."""
        visible = self._visible
        row = bisect_left(visible, source_row)
        return row if row < len(visible) and visible[row] == source_row else -1

    # -- telling the views: one layout change; the selection and current row follow their record

    def _begin_layout_change(self, *, reordering: bool = False) -> None:
        self.layoutAboutToBeChanged.emit()
        visible = self._visible
        self._moving = [(visible[index.row()], index.column()) for index in self.persistentIndexList()]
        ids = self._source.ids
        self._moving_ids = [ids[row] for row, _column in self._moving] if reordering else None

    def _end_layout_change(self) -> None:
        persistent = self.persistentIndexList()
        if persistent:
            moved: list[QModelIndex] = []
            source_rows = [row for row, _column in self._moving]
            if self._moving_ids is not None:
                source_rows = [self._source.row_of(record_id) for record_id in self._moving_ids]
            for source_row, (_old, column) in zip(source_rows, self._moving, strict=True):
                row = self._row_here(source_row) if source_row >= 0 else -1
                moved.append(self.createIndex(row, column) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self._moving, self._moving_ids = [], None
        self.layoutChanged.emit()

    def _source_rows_replaced(self) -> None:
        self._combo_rows = self._compute_combo_rows()
        self._word_rows = None
        self._filtering, visible = self._compute()
        self._visible = visible

    @Slot()
    def _on_source_about_to_be_reset(self) -> None:
        self.beginResetModel()

    @Slot()
    def _on_source_reset(self) -> None:
        self._source_rows_replaced()
        self.endResetModel()

    @Slot()
    def _on_source_layout_about_to_be_changed(self) -> None:
        self._begin_layout_change(reordering=True)

    @Slot()
    def _on_source_layout_changed(self) -> None:
        self._source_rows_replaced()
        self._end_layout_change()

    @Slot()
    def _on_source_data_changed(self) -> None:
        if self._visible:
            last = self.index(len(self._visible) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- the model --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._source.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES_ANSWERED:
            return None
        row = index.row()
        if row < 0:  # an invalid index
            return None
        return self._source.cell_data(self._visible[row], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        return self._source.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802 - named as Qt's proxies
        if not index.isValid():
            return QModelIndex()
        return self._source.index(self._visible[index.row()], index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:  # noqa: N802 - named as Qt's proxies
        if not source_index.isValid():
            return QModelIndex()
        row = self._row_here(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def record_id(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        return self._source.ids[self._visible[index.row()]]


# -- editable lists inside the editors ---------------------------------------------------------


@dataclass(frozen=True)
class EditColumn:
    key: str
    kind: str = "text"  # "text" | "year" | "date"
    stretch: bool = False


class EditableRowsModel(QAbstractTableModel):
    """Rows of a list field (targets, milestones, partners) as the editor holds them.

    Every change goes through the undo stack as a command; the commands call the
    ``write_cell``, ``insert_row_data`` and ``remove_row_data`` methods.

    Signals:
        edited(): a cell, or the set of rows, changed.
    """

    edited = Signal()

    def __init__(
        self, columns: Sequence[EditColumn], undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._undo_stack = undo_stack
        self._rows: list[dict[str, Any]] = []

    def blank_row(self) -> dict[str, Any]:
        return {c.key: None if c.kind == "year" else "" for c in self.columns}

    def set_row_data(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [
            {**self.blank_row(), **{k: v for k, v in row.items() if k in self.blank_row()}} for row in rows
        ]
        self.endResetModel()

    def row_data(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][self.columns[index.column()].key]
        if role == _DISPLAY:
            return "" if value is None else str(value)
        if role == _EDIT:
            return value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "" if value is None else str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.columns):
                return None
            column = self.columns[section]
            if column.kind == "year":
                return QCoreApplication.translate("records", "Due year (≤ 2010)")
            if column.kind == "date":
                return QCoreApplication.translate("records", "Date")
            return labels.column_label(column.key)
        return str(section + 1)

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:  # noqa: N802 - Qt override
        if not index.isValid() or role != _EDIT:
            return False
        column = self.columns[index.column()]
        if column.kind == "year":
            if value in (None, ""):
                value = None
            else:
                try:
                    value = int(value)
                except (TypeError, ValueError):
                    return False
        else:
            value = "" if value is None else str(value)
        old = self._rows[index.row()][column.key]
        if old == value:
            return True
        from kin_desktop.ui.records.undo import SetCellCommand

        self._undo_stack.push(SetCellCommand(self, index.row(), column.key, old, value))
        return True

    # -- called by the undo commands ---------------------------------------------------------

    def write_cell(self, row: int, key: str, value: Any) -> None:
        self._rows[row][key] = value
        index = self.index(row, next(i for i, c in enumerate(self.columns) if c.key == key))
        self.dataChanged.emit(index, index, [_DISPLAY, _EDIT])
        self.edited.emit()

    def insert_row_data(self, row: int, data: dict[str, Any]) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, dict(data))
        self.endInsertRows()
        self.edited.emit()

    def remove_row_data(self, row: int) -> dict[str, Any]:
        self.beginRemoveRows(QModelIndex(), row, row)
        data = self._rows.pop(row)
        self.endRemoveRows()
        self.edited.emit()
        return data

    def cell(self, row: int, key: str) -> Any:
        return self._rows[row][key]


# -- history and attachments ---------------------------------------------------------------------


class HistoryModel(RowTableModel[HistoryEntry]):
    columns: Sequence[Column[Any]] = (
        Column[HistoryEntry](
            lambda: QCoreApplication.translate("records", "Saved"),
            lambda e: moment_text(e.saved),
            sort=lambda e: e.saved,
            key="saved",
        ),
        Column[HistoryEntry](
            lambda: QCoreApplication.translate("records", "Title"),
            lambda e: QCoreApplication.translate("records", "(deleted)") if e.deleted else e.title,
            sort=lambda e: e.title,
            key="title",
        ),
        Column[HistoryEntry](
            lambda: QCoreApplication.translate("records", "State"),
            lambda e: labels.draft_state_label(e.state),
            sort=lambda e: e.state,
            key="state",
        ),
        Column[HistoryEntry](
            lambda: QCoreApplication.translate("records", "Made"),
            lambda e: (
                (
                    QCoreApplication.translate("records", "Here")
                    if e.created_locally
                    else QCoreApplication.translate("records", "Received")
                )
                + (" · " + QCoreApplication.translate("records", "acknowledged") if e.acknowledged else "")
            ),
            sort=lambda e: (e.created_locally, e.acknowledged),
            key="origin",
        ),
        Column[HistoryEntry](
            lambda: QCoreApplication.translate("records", "Form printed"),
            lambda e: list_text(moment_text(moment) for moment in e.printed),
            sort=lambda e: e.printed,
            key="printed",
        ),
        Column[HistoryEntry](
            lambda: QCoreApplication.translate("records", "Revision"),
            lambda e: e.rev_id[:12],
            sort=lambda e: e.rev_id,
            key="rev_id",
        ),
    )


class DiffModel(RowTableModel[FieldChange]):
    columns: Sequence[Column[Any]] = (
        Column[FieldChange](
            lambda: QCoreApplication.translate("records", "Field"),
            labels.change_field_text,
            sort=lambda c: c.key,
            key="field",
        ),
        Column[FieldChange](
            lambda: QCoreApplication.translate("records", "Before"),
            lambda c: labels.value_text(c.key, c.old),
            sort=lambda c: c.old,
            key="old",
        ),
        Column[FieldChange](
            lambda: QCoreApplication.translate("records", "After"),
            lambda c: labels.value_text(c.key, c.new),
            sort=lambda c: c.new,
            key="new",
        ),
    )


class AttachmentsModel(RowTableModel[AttachmentRow]):
    columns: Sequence[Column[Any]] = (
        Column[AttachmentRow](
            lambda: QCoreApplication.translate("records", "File"),
            lambda a: a.filename,
            sort=lambda a: text_key(a.filename),
            key="filename",
        ),
        Column[AttachmentRow](
            lambda: QCoreApplication.translate("records", "Size"),
            lambda a: size_text(a.size),
            sort=lambda a: a.size,
            key="size",
            alignment=_RIGHT,
        ),
        Column[AttachmentRow](
            lambda: QCoreApplication.translate("records", "Type"),
            lambda a: a.media_type,
            sort=lambda a: a.media_type,
            key="media_type",
        ),
    )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == RECORD_ID_ROLE and index.isValid():
            return self._rows[index.row()].attachment_id
        return super().data(index, role)
