"""Table columns sized to what they hold, the title taking the rest, never sideways.

:class:`ColumnFitter` watches a table: when its rows or its width change, every column but the
stretching ones gets the width of its header and of the widest text among the first rows (a
sample: a list of 10,000 rows costs the same as one of 80), up to a cap beyond which its texts
are cut with an ellipsis; each stretching column (a title) keeps at least room for a readable
text and shares what is left. When all of that is more than the table's width, the least
important columns are left out (they come back as the window widens), and what still does not
fit is narrowed, so the table never scrolls sideways.

The stretching columns are given, or else taken from the table as its page set it up: the
columns it set to ``QHeaderView.Stretch`` (or its last one, with ``stretchLastSection``), and
failing those the column with the longest texts. A column the page hides itself
(``setColumnHidden``) stays hidden; :meth:`ColumnFitter.set_wanted` does the same by number.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

_CELL_PADDING = 14  # the style's margins inside a cell, on both sides, with a little air
_HEADER_PADDING = 28  # the same in a header, with room for the sort arrow


class ColumnFitter(QObject):
    def __init__(
        self,
        view: QTableView | QTreeView,
        *,
        stretch: int | Sequence[int] | None = None,
        priority: Sequence[int] | None = None,
        stretch_chars: int = 24,
        cap_chars: int = 36,
        sample: int = 80,
    ) -> None:
        """``stretch``: the column(s) that take the rest (see the module when None);
        ``priority``: the other columns, most important first (by default left to right), the
        last ones left out first when room runs short; ``stretch_chars``, ``cap_chars``: the
        stretching columns' least width and the others' greatest, in average characters;
        ``sample``: how many rows are measured."""
        super().__init__(view)
        self._view = view
        self._stretch: tuple[int, ...] | None = (
            None if stretch is None else (stretch,) if isinstance(stretch, int) else tuple(stretch)
        )
        self._priority = None if priority is None else tuple(priority)
        self._stretch_chars = stretch_chars
        self._cap_chars = cap_chars
        self._sample = sample
        self._unwanted: set[int] = set()
        self._left_out: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        self._connected: object = None
        self._connect_model()
        self.schedule()

    def _header(self) -> QHeaderView:
        view = self._view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def _connect_model(self) -> None:
        model = self._view.model()
        if model is None or model is self._connected:
            return
        self._connected = model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.columnsInserted):
            signal.connect(self.schedule)
        model.headerDataChanged.connect(self.schedule)

    # -- public -----------------------------------------------------------------------------------

    def set_wanted(self, column: int, wanted: bool) -> None:
        """Show or hide a column for a reason of the page's own; the fitter never shows it then."""
        if wanted:
            self._unwanted.discard(column)
            self._view.setColumnHidden(column, False)
        else:
            self._unwanted.add(column)
        self.fit()

    def left_out(self) -> frozenset[int]:
        """The columns left out for want of room."""
        return frozenset(self._left_out)

    def stretching(self) -> tuple[int, ...]:
        return self._stretch or ()

    @Slot()
    def schedule(self) -> None:
        self._timer.start()

    def natural_width(self, column: int) -> int:
        """The width the column asks for: its header and the widest text of the sample, capped."""
        view = self._view
        model = view.model()
        metrics = view.fontMetrics()
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        width = self._header().fontMetrics().horizontalAdvance(str(title or "")) + _HEADER_PADDING
        for row in range(min(model.rowCount(), self._sample)):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if text:
                widest_line = max(str(text).splitlines() or [""], key=len)
                width = max(width, metrics.horizontalAdvance(widest_line) + _CELL_PADDING)
        return min(width, metrics.averageCharWidth() * self._cap_chars)

    def _choose_stretch(self, columns: int) -> tuple[int, ...]:
        header = self._header()
        chosen = tuple(
            c
            for c in range(columns)
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
            and not self._view.isColumnHidden(c)
        )
        if not chosen and header.stretchLastSection():
            shown = [c for c in range(columns) if not self._view.isColumnHidden(c)]
            chosen = tuple(shown[-1:])
        if not chosen and columns:  # the column with the longest texts
            cap, self._cap_chars = self._cap_chars, 10_000
            try:
                chosen = (max(range(columns), key=self.natural_width),)
            finally:
                self._cap_chars = cap
        return chosen

    @Slot()
    def fit(self) -> None:
        self._timer.stop()
        view = self._view
        model = view.model()
        if model is None:
            return
        self._connect_model()
        columns = model.columnCount()
        if columns == 0:
            return
        header = self._header()
        if self._stretch is None:
            self._stretch = self._choose_stretch(columns)
        stretch = [c for c in self._stretch if c < columns]
        hidden_by_page = {c for c in range(columns) if view.isColumnHidden(c) and c not in self._left_out}
        unwanted = self._unwanted | hidden_by_page
        order = [c for c in (self._priority or range(columns)) if c < columns]
        order += [c for c in range(columns) if c not in order]
        wanted = [c for c in order if c not in stretch and c not in unwanted]
        widths = {c: self.natural_width(c) for c in wanted}
        average = view.fontMetrics().averageCharWidth()
        least = sum(
            min(average * self._stretch_chars, max(self.natural_width(c), 60))
            for c in stretch
            if c not in unwanted
        )
        available = view.viewport().width()
        shown = list(wanted)
        while shown and least + sum(widths[c] for c in shown) > available:
            shown.pop()  # the least important first
        if not shown and wanted:  # not even the most important one fits whole: narrow it
            shown = wanted[:1]
            widths[shown[0]] = max(40, available - least)
        self._left_out = set(wanted) - set(shown)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(min(header.minimumSectionSize(), 24))
        for column in range(columns):
            hidden = column in unwanted or column in self._left_out
            if view.isColumnHidden(column) != hidden:
                view.setColumnHidden(column, hidden)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in shown:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widths[column])

    # -- events -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self.schedule()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.LanguageChange) and watched is self._view:
            self.schedule()
        return False


def fit_columns(view: QAbstractItemView, **options: object) -> ColumnFitter:
    """The :class:`ColumnFitter` of ``view``, made on first use (see its options)."""
    assert isinstance(view, QTableView | QTreeView)
    existing = view.findChild(ColumnFitter)
    if existing is not None:
        return existing
    return ColumnFitter(view, **options)  # type: ignore[arg-type]
