"""Tables over tuples of frozen rows, in the manner of Anki's ``DataModel`` over ``CellRow``.

:class:`Column` is the one column type of every table in ``ui/``: a header, the text of a cell,
what the column sorts by, an optional key (for tables that find their columns by name) and an
alignment. :class:`RowsModel` is the plain model over such columns; the record lists' models
(``ui.records.models.RowTableModel``) sort their tuple in Python with the same columns. Models
never hold live ORM objects and never touch the database: they are replaced as a whole by
``set_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kin_desktop.ui.plain import tooltip

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column: ``header`` is its text, or a function giving it in the current language;
    ``text`` the cell's text; ``sort`` what it sorts by (the text when None)."""

    header: str | Callable[[], str]
    text: Callable[[RowT], str]
    sort: Callable[[RowT], Any] | None = field(default=None, kw_only=True)
    key: str = field(default="", kw_only=True)
    alignment: Qt.AlignmentFlag = field(default=LEFT, kw_only=True)

    def header_text(self) -> str:
        return self.header() if callable(self.header) else self.header

    @property
    def sort_key(self) -> Callable[[RowT], Any]:
        return self.sort if self.sort is not None else self.text


class RowsModel(QAbstractTableModel):
    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column[Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:  # tooltips guess markup: the cell's text, escaped
            return tooltip(column.text(row))
        if role == self.SortRole:
            return column.sort(row) if column.sort else column.text(row)
        if role == self.RowRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header_text()
        return None
