"""A one-line label that never asks for more width than it gets, nor changes height.

Status lines and messages under fields change their text as the user works; a word-wrapped
``QLabel`` then grows a line and pushes everything under it down, and a plain one asks for the
width of its text and pushes its neighbours sideways (or makes the page scroll). This label
keeps one line's height whether it shows something or not, shows as much of its text as fits
with an ellipsis, and puts the whole text in its tooltip and accessible name when cut.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from kin_desktop.ui.plain import tooltip


class ElidedLabel(QFrame):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._tooltip = ""
        self._alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self._update_tooltip()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - named as QLabel's
        if text == self._text:
            return
        self._text = text
        self._update_tooltip()
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.setText("")

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802 - named as QLabel's
        self._alignment = alignment
        self.update()

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt override
        """A tooltip of its own; otherwise the whole text when it is cut."""
        self._tooltip = text
        self._update_tooltip()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self._text) > self.contentsRect().width()

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(
            self._text, Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def _update_tooltip(self) -> None:
        cut = bool(self._text) and self.is_elided()
        super().setToolTip(tooltip(self._tooltip or (self._text if cut else "")))
        self.setAccessibleName(self._text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._text) + margins.left() + margins.right() + 2
        return QSize(width, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        margins = self.contentsMargins()
        return QSize(0, self.fontMetrics().height() + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._text:
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self._alignment), self.shown_text())
