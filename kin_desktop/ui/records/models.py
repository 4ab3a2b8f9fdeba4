"""Item models of the records screens, over tuples of frozen rows from the record service.

Sorting: :class:`RecordFilterProxy` hands ``sort()`` to its source, which sorts its tuple
with precomputed Python keys and reports a layout change. A ``QSortFilterProxyModel``
sorting by itself calls ``data()`` - Python - twice per comparison: about 300,000 calls for
10,000 commitments, where one ``sorted()`` takes milliseconds. Filtering stays in the proxy,
from a set of accepted ids computed in one pass (bench/large_list.py measures both).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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
from kin_desktop.ui.language import list_text
from kin_desktop.ui.records import labels

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()
_INCREMENTAL_LIMIT = 100  # rows coming or going; beyond it the proxy lays out again


def _date_text(value: datetime) -> str:
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _amount_text(amount: str | None, currency: str | None) -> str:
    if not amount:
        return ""
    try:
        number = QLocale().toString(float(amount), "f", 0 if "." not in amount else 2)
    except ValueError:
        number = amount
    return f"{number} {currency}" if currency else number


@dataclass(frozen=True)
class Column(Generic[RowT]):
    key: str
    header: Callable[[], str]
    display: Callable[[RowT], str]
    sort_key: Callable[[RowT], Any]
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


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
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == _DISPLAY or role == Qt.ItemDataRole.ToolTipRole:
            return column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == SORT_ROLE:
            return str(column.sort_key(row))
        if role == RECORD_ID_ROLE:
            return getattr(row, "record_id", None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header() if 0 <= section < len(self.columns) else None
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

    def _rows_changed(self) -> None:
        rows: tuple[Any, ...] = self._rows
        self.haystacks = tuple(fold(f"{r.title}\n{r.city}") for r in rows)
        self.ids = tuple(r.record_id for r in rows)
        self.rows_replaced.emit()

    def row_of(self, record_id: str) -> int:
        try:
            return self.ids.index(record_id)
        except ValueError:
            return -1


def _sectors_text(row: PracticeRow | CommitmentRow) -> str:
    return list_text(labels.sector_label(s) for s in row.sectors)


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PracticeTableModel(_RecordRowsModel[PracticeRow]):
    columns: Sequence[Column[Any]] = (
        Column[PracticeRow](
            "title",
            lambda: QCoreApplication.translate("records", "Title"),
            lambda r: r.title,
            lambda r: fold(r.title),
        ),
        Column[PracticeRow](
            "city",
            lambda: QCoreApplication.translate("records", "City"),
            lambda r: r.city,
            lambda r: fold(r.city),
        ),
        Column[PracticeRow](
            "sectors",
            lambda: QCoreApplication.translate("records", "Sectors"),
            _sectors_text,
            lambda r: r.sectors,
        ),
        Column[PracticeRow](
            "win_win",
            lambda: QCoreApplication.translate("records", "Win-win"),
            lambda r: QCoreApplication.translate("records", "Yes") if r.win_win else "",
            lambda r: not r.win_win,
        ),
        Column[PracticeRow](
            "start_year",
            lambda: QCoreApplication.translate("records", "Since"),
            lambda r: "" if r.start_year is None else str(r.start_year),
            lambda r: _none_last(r.start_year),
            _RIGHT,
        ),
        Column[PracticeRow](
            "state",
            lambda: QCoreApplication.translate("records", "State"),
            lambda r: labels.state_label(r.sync_state),
            lambda r: r.sync_state,
        ),
        Column[PracticeRow](
            "updated",
            lambda: QCoreApplication.translate("records", "Last saved"),
            lambda r: _date_text(r.updated),
            lambda r: r.updated,
        ),
    )


class CommitmentTableModel(_RecordRowsModel[CommitmentRow]):
    columns: Sequence[Column[Any]] = (
        Column[CommitmentRow](
            "title",
            lambda: QCoreApplication.translate("records", "Title"),
            lambda r: r.title,
            lambda r: fold(r.title),
        ),
        Column[CommitmentRow](
            "project_type",
            lambda: QCoreApplication.translate("records", "Type"),
            lambda r: labels.project_type_label(r.project_type),
            lambda r: r.project_type,
        ),
        Column[CommitmentRow](
            "sectors",
            lambda: QCoreApplication.translate("records", "Sectors"),
            _sectors_text,
            lambda r: r.sectors,
        ),
        Column[CommitmentRow](
            "start_date",
            lambda: QCoreApplication.translate("records", "Start"),
            lambda r: r.start_date or "",
            lambda r: _none_last(r.start_date),
        ),
        Column[CommitmentRow](
            "end_date",
            lambda: QCoreApplication.translate("records", "End"),
            lambda r: r.end_date or "",
            lambda r: _none_last(r.end_date),
        ),
        Column[CommitmentRow](
            "budget_amount",
            lambda: QCoreApplication.translate("records", "Budget"),
            lambda r: _amount_text(r.budget_amount, r.budget_currency),
            lambda r: _none_last(float(r.budget_amount) if r.budget_amount else None),
            _RIGHT,
        ),
        Column[CommitmentRow](
            "state",
            lambda: QCoreApplication.translate("records", "State"),
            lambda r: labels.state_label(r.sync_state),
            lambda r: r.sync_state,
        ),
        Column[CommitmentRow](
            "city",
            lambda: QCoreApplication.translate("records", "City"),
            lambda r: r.city,
            lambda r: fold(r.city),
        ),
        Column[CommitmentRow](
            "updated",
            lambda: QCoreApplication.translate("records", "Last saved"),
            lambda r: _date_text(r.updated),
            lambda r: r.updated,
        ),
    )


class RecordFilterProxy(QSortFilterProxyModel):
    """Quick filtering of a practice or commitment table: words, full-text hits, combos.

    A row passes when it passes the combo filters (:class:`RecordFilter`) and, if there
    are words, every word is in its title or city (instantly, per keystroke) or the full-text
    search (which also reads the texts, and arrives later) named it.

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
        self._accepted: set[str] | None = None  # None: every row
        self._mask: list[bool] = []
        # Before the source reports its reset or new layout, so the proxy never sees a stale mask.
        source.rows_replaced.connect(self._on_source_rows_replaced)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        """New words from the search box: full-text hits of older words no longer count."""
        self._words = tuple(fold(text).split())
        self._hits = frozenset()
        self._refilter()

    def set_hits(self, record_ids: frozenset[str]) -> None:
        self._hits = record_ids
        self._refilter()

    def set_filters(self, filters: RecordFilter) -> None:
        self._filters = filters
        self._refilter()

    def filters(self) -> RecordFilter:
        return self._filters

    def is_filtering(self) -> bool:
        return self._accepted is not None

    def _compute(self) -> set[str] | None:
        combos = self._filters != RecordFilter()
        if not combos and not self._words:
            return None
        source = self._source
        ids, haystacks = source.ids, source.haystacks
        if combos:
            filters = self._filters
            keep = [i for i, row in enumerate(source.rows()) if matches(row, filters)]
            ids = tuple(ids[i] for i in keep)
            haystacks = tuple(haystacks[i] for i in keep)
        if not self._words:
            return set(ids)
        if len(self._words) == 1:
            word = self._words[0]
            accepted = {rid for rid, haystack in zip(ids, haystacks, strict=True) if word in haystack}
        else:
            words = self._words
            accepted = {
                rid for rid, haystack in zip(ids, haystacks, strict=True) if all(w in haystack for w in words)
            }
        if self._hits:
            accepted |= self._hits.intersection(ids)
        return accepted

    def _refilter(self) -> None:
        old, new = self._accepted, self._compute()
        if old == new:
            self.filter_applied.emit()
            return
        total = len(self._source.ids)
        if old is None:
            changed = total - len(new) if new is not None else 0
        else:
            changed = total - len(old) if new is None else len(old ^ new)
        if changed > _INCREMENTAL_LIMIT:
            # One layout change: removing thousands of scattered rows one range at a time
            # costs the views far more than laying the list out again.
            self._set_accepted(new)
            self.invalidate()
        else:
            self.beginFilterChange()
            self._set_accepted(new)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_applied.emit()

    def _set_accepted(self, accepted: set[str] | None) -> None:
        self._accepted = accepted
        self._update_mask()

    def _update_mask(self) -> None:
        # By source row, so that filterAcceptsRow - called once per row - is one list lookup.
        accepted = self._accepted
        ids = self._source.ids
        self._mask = [True] * len(ids) if accepted is None else [rid in accepted for rid in ids]

    @Slot()
    def _on_source_rows_replaced(self) -> None:
        self._set_accepted(self._compute())

    def filterAcceptsRow(self, source_row: int, _source_parent: Index) -> bool:  # noqa: N802 - Qt override
        return self._mask[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def record_id(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        return self._source.row_at(self.mapToSource(index).row()).record_id


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
                return QCoreApplication.translate("records", "Date (YYYY-MM-DD)")
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
            "saved",
            lambda: QCoreApplication.translate("records", "Saved"),
            lambda e: _date_text(e.saved),
            lambda e: e.saved,
        ),
        Column[HistoryEntry](
            "title",
            lambda: QCoreApplication.translate("records", "Title"),
            lambda e: QCoreApplication.translate("records", "(deleted)") if e.deleted else e.title,
            lambda e: e.title,
        ),
        Column[HistoryEntry](
            "state",
            lambda: QCoreApplication.translate("records", "State"),
            lambda e: labels.draft_state_label(e.state),
            lambda e: e.state,
        ),
        Column[HistoryEntry](
            "origin",
            lambda: QCoreApplication.translate("records", "Made"),
            lambda e: (
                (
                    QCoreApplication.translate("records", "Here")
                    if e.created_locally
                    else QCoreApplication.translate("records", "Received")
                )
                + (" · " + QCoreApplication.translate("records", "acknowledged") if e.acknowledged else "")
            ),
            lambda e: (e.created_locally, e.acknowledged),
        ),
        Column[HistoryEntry](
            "rev_id",
            lambda: QCoreApplication.translate("records", "Revision"),
            lambda e: e.rev_id[:12],
            lambda e: e.rev_id,
        ),
    )


class DiffModel(RowTableModel[FieldChange]):
    columns: Sequence[Column[Any]] = (
        Column[FieldChange](
            "field",
            lambda: QCoreApplication.translate("records", "Field"),
            labels.change_field_text,
            lambda c: c.key,
        ),
        Column[FieldChange](
            "old",
            lambda: QCoreApplication.translate("records", "Before"),
            lambda c: labels.value_text(c.key, c.old),
            lambda c: c.old,
        ),
        Column[FieldChange](
            "new",
            lambda: QCoreApplication.translate("records", "After"),
            lambda c: labels.value_text(c.key, c.new),
            lambda c: c.new,
        ),
    )


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class AttachmentsModel(RowTableModel[AttachmentRow]):
    columns: Sequence[Column[Any]] = (
        Column[AttachmentRow](
            "filename",
            lambda: QCoreApplication.translate("records", "File"),
            lambda a: a.filename,
            lambda a: fold(a.filename),
        ),
        Column[AttachmentRow](
            "size",
            lambda: QCoreApplication.translate("records", "Size"),
            lambda a: size_text(a.size),
            lambda a: a.size,
            _RIGHT,
        ),
        Column[AttachmentRow](
            "media_type",
            lambda: QCoreApplication.translate("records", "Type"),
            lambda a: a.media_type,
            lambda a: a.media_type,
        ),
    )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == RECORD_ID_ROLE and index.isValid():
            return self._rows[index.row()].attachment_id
        return super().data(index, role)
