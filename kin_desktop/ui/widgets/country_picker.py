"""A country chosen from the list in the interface language, or found by typing any of its names.

:class:`CountryPicker` is an editable drop-down list of every ISO 3166 country, named in the
interface language and sorted as that language sorts (QCollator). Typing filters the list by
any name of the country in the interface languages and English, or by its code: "Thailand",
"ไทย", "タイ" and "TH" all find Thailand. The value is the two-letter code (:meth:`code`); a text
that names no single country is kept in the field and :meth:`error_text` says so.

Signals:
    code_edited(object): the user chose a country (its code) or emptied the field (None);
        never emitted by :meth:`set_code`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from kin_desktop.core import countries
from kin_desktop.ui import language as ui_language

CODE_ROLE = Qt.ItemDataRole.UserRole  # the default role of findData and currentData
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class _Completer(QCompleter):
    """Completes on the folded search text; puts the country's shown name in the field."""

    def pathFromIndex(self, index: Index) -> str:  # noqa: N802 - Qt override
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        model = self.model()
        picker = self.parent()
        if isinstance(model, QSortFilterProxyModel) and not getattr(picker, "rebuilding", False):
            wanted = countries.fold(path.strip())
            if model.property("folded") != wanted:
                model.setProperty("folded", wanted)
                model.setFilterFixedString(wanted)  # the search texts are folded the same way
        return [""]  # the filter has done the matching


class CountryPicker(QComboBox):
    code_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countryPicker")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._model = QStandardItemModel(self)
        self._committed: str | None = None
        self._language = ""
        self.rebuilding = False
        self.setModel(self._model)
        self._filter = QSortFilterProxyModel(self)
        self._filter.setSourceModel(self._model)
        self._filter.setFilterRole(SEARCH_ROLE)
        self._completer = _Completer(self)
        self._completer.setModel(self._filter)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.activated[QModelIndex].connect(self._on_completer_activated)  # type: ignore[index]
        self.setCompleter(self._completer)
        self.activated.connect(self._on_activated)
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._on_line_editing_finished)
        line.setClearButtonEnabled(True)
        self.retranslate()

    # -- value ------------------------------------------------------------------------------------

    def code(self) -> str | None:
        """The chosen country's code; None when the field is empty or names no single country."""
        text = self.currentText().strip()
        if not text:
            return None
        row = self.currentIndex()
        if row >= 0 and self.itemText(row) == text:
            return str(self.itemData(row, CODE_ROLE))
        return countries.resolve(text, self._languages())

    def text(self) -> str:
        return self.currentText()

    def is_valid(self) -> bool:
        return not self.currentText().strip() or self.code() is not None

    def error_text(self) -> str:
        if self.is_valid():
            return ""
        return self.tr(
            "No country is called “%1”: choose one from the list, or type its name or its code."
        ).replace("%1", self.currentText().strip())

    def set_code(self, code: str | None) -> None:
        """Show a country by its code (or nothing); a code that is no country is shown as it is."""
        self._committed = code.upper() if code else None
        row = self._row_of(self._committed)
        blocker = self.blockSignals(True)
        if row >= 0:
            self.setCurrentIndex(row)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code or "")
        self.blockSignals(blocker)

    def retranslate(self) -> None:
        """Names in the interface language, sorted as it sorts."""
        language = ui_language.current()
        if language == self._language and self._model.rowCount():
            return
        self._language = language
        keep = self.code() if self._model.rowCount() else self._committed
        shown = countries.names(language)
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        blocker = self.blockSignals(True)
        self.rebuilding = True  # the completer leaves its filter alone meanwhile
        self._model.clear()
        for code in sorted(shown, key=lambda c: collator.sortKey(shown[c])):
            item = QStandardItem(shown[code])
            item.setData(code, CODE_ROLE)
            item.setData(countries.search_key(code, self._languages()), SEARCH_ROLE)
            item.setToolTip(code)
            self._model.appendRow(item)
        self.rebuilding = False
        self.blockSignals(blocker)
        self.set_code(keep)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type the name or the code of the country"))

    def _languages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((ui_language.current(), "en", *ui_language.LANGUAGES)))

    def _row_of(self, code: str | None) -> int:
        if not code:
            return -1
        return self.findData(code, CODE_ROLE)

    # -- slots ------------------------------------------------------------------------------------

    def _commit(self) -> None:
        code = self.code()
        text = self.currentText().strip()
        if code is not None:
            row = self._row_of(code)
            if row >= 0 and self.currentIndex() != row:
                self.setCurrentIndex(row)
        if (code is not None or not text) and code != self._committed:
            self._committed = code
            self.code_edited.emit(code)

    @Slot(QModelIndex)
    def _on_completer_activated(self, index: QModelIndex) -> None:
        row = self._row_of(str(index.data(CODE_ROLE)))
        if row >= 0:
            self.setCurrentIndex(row)
        self._commit()

    @Slot(int)
    def _on_activated(self, _row: int) -> None:
        self._commit()

    @Slot()
    def _on_line_editing_finished(self) -> None:
        self._commit()
