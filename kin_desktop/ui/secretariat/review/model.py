"""The review lists' table model and filter.

Large lists: the table model holds a tuple of frozen ``ReviewRow``s and sorts it itself with one
``sorted()`` over precomputed keys (``records.models.RowTableModel``); the proxy filters by a list of
flags computed in one pass (combos and words) plus the record ids the full-text search returned, so
neither sorting nor filtering calls Python per comparison. Loading and full-text search run off the GUI
thread. bench/review_table.py measures 10,000 commitments against a bare ``QStandardItemModel``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)

from kin_desktop.services.records import fold
from kin_desktop.services.review import (
    ReviewFilter,
    ReviewRow,
)
from kin_desktop.ui.records.models import RowTableModel
from kin_desktop.ui.secretariat.review.columns import review_columns

Index = QModelIndex | QPersistentModelIndex
_INCREMENTAL_LIMIT = 100  # rows coming or going; beyond it the proxy lays the list out again


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
