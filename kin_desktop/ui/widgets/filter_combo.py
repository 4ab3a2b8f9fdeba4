"""Filter combo boxes that give way on a narrow screen but always show their first choice whole."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox


def give_way(combo: QComboBox) -> QComboBox:
    """``combo`` as wide as its longest item when there is room, and no narrower than its first
    item ("All sectors") when there is not: a longer choice is then cut, the list still shows it
    whole. Call once its items are in."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    metrics = combo.fontMetrics()
    text = metrics.horizontalAdvance(combo.itemText(0)) if combo.count() else 0
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    first = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(text + 4, metrics.height()), combo
    )
    combo.setMinimumWidth(min(combo.sizeHint().width(), first.width()))
    return combo
