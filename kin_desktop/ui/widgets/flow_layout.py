"""Layouts that wrap instead of growing sideways: rows of choices, lists of check boxes.

A ``QHBoxLayout`` of radio buttons (a rating scale, Yes/No, "Clear answer" after them) or a
``QGridLayout`` of check boxes in two columns asks for the width of all of them side by side; on a
narrow window the whole form then scrolls sideways. These layouts ask only for their widest
item and use more room when they get it:

- :class:`FlowLayout` places its items left to right and wraps to a new line when the next one
  does not fit (Qt's flow layout example, with height-for-width);
- :class:`ColumnsLayout` fills up to ``columns`` columns top to bottom (reading order runs down),
  and uses fewer columns when they do not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class _ItemsLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = -1, line_spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- the item list --------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- helpers --------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self, horizontal: bool) -> int:
        wanted = self._spacing if horizontal else self._line_spacing
        if wanted >= 0:
            return wanted
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        value = parent.style().pixelMetric(metric, None, parent)
        return value if value >= 0 else 6

    def _inner(self, rect: QRect) -> QRect:
        margins: QMargins = self.contentsMargins()
        return rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())

    def _item_height(self, item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.heightForWidth(width), item.minimumSize().height())
        return item.sizeHint().height()

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        raise NotImplementedError


class FlowLayout(_ItemsLayout):
    """Items left to right, wrapping; each at its size hint (never wider than the line), centred
    on its line."""

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        inner = self._inner(rect)
        gap, line_gap = self._gap(True), self._gap(False)
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        x = inner.x()
        for item in self._visible():
            width = min(item.sizeHint().width(), inner.width())
            if lines[-1] and x + width > inner.right() + 1:
                lines.append([])
                x = inner.x()
            lines[-1].append((item, width, self._item_height(item, width)))
            x += width + gap
        y = inner.y()
        for line in lines:
            if not line:
                continue
            height = max(h for _item, _width, h in line)
            x = inner.x()
            for item, width, item_height in line:
                if apply:
                    item.setGeometry(
                        QRect(QPoint(x, y + (height - item_height) // 2), QSize(width, item_height))
                    )
                x += width + gap
            y += height + line_gap
        margins = self.contentsMargins()
        return max(0, y - line_gap - rect.y()) + margins.bottom()


class ColumnsLayout(_ItemsLayout):
    """Items in up to ``columns`` columns of equal width, filled top to bottom; fewer columns when
    an item would have to be narrower than its size hint."""

    def __init__(
        self,
        columns: int = 2,
        parent: QWidget | None = None,
        *,
        across: bool = False,
        by_minimum: bool = False,
        **spacing: int,
    ) -> None:
        """``across``: fill row by row (cards) instead of down the columns (lists);
        ``by_minimum``: items fit a column at their minimum width, not their size hint."""
        super().__init__(parent, **spacing)
        self._columns = max(1, columns)
        self._across = across
        self._by_minimum = by_minimum

    def columns_for(self, width: int) -> int:
        items = self._visible()
        if not items:
            return 1
        widest = max((item.minimumSize() if self._by_minimum else item.sizeHint()).width() for item in items)
        gap = self._gap(True)
        for columns in range(min(self._columns, len(items)), 1, -1):
            if columns * widest + (columns - 1) * gap <= width:
                return columns
        return 1

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        inner = self._inner(rect)
        items = self._visible()
        if not items:
            return 0
        gap, line_gap = self._gap(True), self._gap(False)
        columns = self.columns_for(inner.width())
        per_column = -(-len(items) // columns)
        width = (inner.width() - (columns - 1) * gap) // columns
        if self._across:  # row by row, each row as tall as its tallest item
            y = inner.y()
            for start in range(0, len(items), columns):
                row = items[start : start + columns]
                height = max(self._item_height(item, width) for item in row)
                if apply:
                    for column, item in enumerate(row):
                        item.setGeometry(QRect(inner.x() + column * (width + gap), y, width, height))
                y += height + line_gap
            return y - line_gap - rect.y() + self.contentsMargins().bottom()
        bottom = inner.y()
        for column in range(columns):
            y = inner.y()
            for item in items[column * per_column : (column + 1) * per_column]:
                height = self._item_height(item, width)
                if apply:
                    item.setGeometry(QRect(inner.x() + column * (width + gap), y, width, height))
                y += height + line_gap
            bottom = max(bottom, y - line_gap)
        margins = self.contentsMargins()
        return bottom - rect.y() + margins.bottom()
