"""A quick filter that ignores case and accents, and says so when nothing matches.

:class:`FoldedFilterProxy` lets through the rows where every typed word is in one of the row's
texts, both folded as the full-text search folds them (core/search_text.py): "rung" finds
"rừng", "hue" finds "Huế". Sorting stays locale-aware (ui/sorting.py).

:class:`EmptyViewMessage` writes a message across a list's empty viewport ("Nothing matches
“rung”."), so an empty result never looks like a blank, broken pane.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QWidget

from kin_desktop.core.search_text import fold
from kin_desktop.ui.palette import muted_color
from kin_desktop.ui.sorting import locale_aware

Index = QModelIndex | QPersistentModelIndex


class FoldedFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        locale_aware(self)

    def set_text(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words = words
            self.invalidateFilter()

    def text(self) -> str:
        return " ".join(self._words)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 - Qt override
        if not self._words:
            return True
        source = self.sourceModel()
        texts = [
            str(source.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole) or "")
            for column in range(source.columnCount(parent))
        ]
        haystack = fold("\n".join(texts))
        return all(word in haystack for word in self._words)


class EmptyViewMessage(QObject):
    """Paints ``message()`` in the middle of ``view``'s viewport while its model has no rows."""

    def __init__(self, view: QAbstractItemView, message: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._message = message
        self._viewport: QWidget = view.viewport()
        self._viewport.installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._viewport.update)

    def showing(self) -> str:
        """The message shown now ("" while there are rows)."""
        model = self._view.model()
        return self._message() if model is not None and model.rowCount() == 0 else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and watched is self._viewport:
            text = self.showing()
            if text:
                painter = QPainter(self._viewport)
                painter.setPen(muted_color(self._viewport.palette()))
                rect = self._viewport.rect().adjusted(16, 16, -16, -16)
                flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
                painter.drawText(rect, flags, text)
                painter.end()
        return False
