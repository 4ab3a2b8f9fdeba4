"""Days in table cells: shown in the interface language's form, edited with a :class:`DateEntry`.

The model holds ``YYYY-MM-DD`` text. A text the entry cannot read as a day is written to the
model as typed (nothing typed is lost) and the record's own checks report it, as they would for
a body imported from elsewhere; the cell shows such a text as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kin_desktop.ui.formats import day_text
from kin_desktop.ui.widgets.date_entry import DateEntry

Index = QModelIndex | QPersistentModelIndex


class DateItemDelegate(QStyledItemDelegate):
    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:  # noqa: N802 - Qt override
        if isinstance(value, str):
            return day_text(value, locale if isinstance(locale, QLocale) else QLocale(locale))
        return super().displayText(value, locale)

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = DateEntry(compact=True, parent=parent)
        editor.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or "")
        )
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        assert isinstance(editor, DateEntry)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.set_date(value if isinstance(value, str) else None)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, DateEntry)
        value = editor.iso() if editor.is_valid() else editor.text().strip()
        model.setData(index, value or "", Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, _index: Index) -> None:  # noqa: N802
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), editor.sizeHint().width()), rect.height())
