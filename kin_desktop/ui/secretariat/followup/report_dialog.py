"""The dialog that records one progress report of a commitment."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.schemas import ProgressStatus
from kin_desktop.ui.palette import Tone, set_tone
from kin_desktop.ui.plain import plain_labels
from kin_desktop.ui.secretariat.followup.texts import (
    status_label,
)
from kin_desktop.ui.widgets.date_entry import DateEntry

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class IndicatorsModel(QAbstractTableModel):
    """An editable table of indicator values: indicator, value, note."""

    KEYS = ("indicator", "value", "note")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, str]] = []

    def rows(self) -> list[dict[str, str]]:
        """The rows with an indicator or a value, trimmed; blank rows are left out."""
        kept = [{k: row[k].strip() for k in self.KEYS} for row in self._rows]
        return [row for row in kept if any(row.values())]

    def add_row(self) -> int:
        number = len(self._rows)
        self.beginInsertRows(_ROOT, number, number)
        self._rows.append(dict.fromkeys(self.KEYS, ""))
        self.endInsertRows()
        return number

    def remove_row(self, number: int) -> None:
        if 0 <= number < len(self._rows):
            self.beginRemoveRows(_ROOT, number, number)
            del self._rows[number]
            self.endRemoveRows()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.KEYS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._rows[index.row()][self.KEYS[index.column()]]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][self.KEYS[index.column()]] = "" if value is None else str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.KEYS):
                return (
                    QCoreApplication.translate("FollowUpPage", "Indicator"),
                    QCoreApplication.translate("FollowUpPage", "Value"),
                    QCoreApplication.translate("FollowUpPage", "Note"),
                )[section]
            return None
        return str(section + 1)


class ProgressReportDialog(QDialog):
    """Records one progress report of a commitment: date, status, milestones, indicators, note."""

    def __init__(self, commitment: Any, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressReportDialog")
        self.setWindowTitle(self.tr("Record a progress report"))
        self.setMinimumWidth(560)
        self._commitment = commitment
        day = today or date.today()

        heading = QLabel(
            self.tr("<b>%1</b><br>%2")
            .replace("%1", escape(commitment.title))
            .replace("%2", escape(commitment.city))
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)

        self.date_edit = DateEntry(minimum=date(2000, 1, 1), maximum=date(2099, 12, 31))
        self.date_edit.set_date(day)
        self.date_edit.setAccessibleName(self.tr("Date of the report"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in ProgressStatus:
            self.status_combo.addItem(status_label(status), status.value)
        current = self.status_combo.findData(commitment.status) if commitment.status else -1
        self.status_combo.setCurrentIndex(current if current >= 0 else 1)  # "on track" by default
        self.milestones_edit = QPlainTextEdit()
        self.milestones_edit.setAccessibleName(self.tr("Milestones reached, one per line"))
        self.milestones_edit.setPlaceholderText(self.tr("One milestone per line"))
        self.milestones_edit.setTabChangesFocus(True)
        self.milestones_edit.setFixedHeight(80)

        self.indicators = IndicatorsModel(self)
        self.indicators_view = QTableView()
        self.indicators_view.setObjectName("indicatorsView")
        self.indicators_view.setAccessibleName(self.tr("Indicators"))
        self.indicators_view.setModel(self.indicators)
        self.indicators_view.setTabKeyNavigation(False)
        self.indicators_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.indicators_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.indicators_view.setFixedHeight(120)
        self.add_indicator_button = QPushButton(self.tr("&Add indicator"))
        self.add_indicator_button.clicked.connect(self._on_add_indicator_button_clicked)
        self.remove_indicator_button = QPushButton(self.tr("Re&move indicator"))
        self.remove_indicator_button.clicked.connect(self._on_remove_indicator_button_clicked)
        indicator_buttons = QHBoxLayout()
        indicator_buttons.addWidget(self.add_indicator_button)
        indicator_buttons.addWidget(self.remove_indicator_button)
        indicator_buttons.addStretch(1)
        indicators_box = QVBoxLayout()
        indicators_box.addWidget(self.indicators_view)
        indicators_box.addLayout(indicator_buttons)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)
        self.problem_label = QLabel()
        plain_labels(self.problem_label)  # validation messages may quote the report's own text
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        set_tone(self.problem_label, Tone.ERROR)

        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("M&ilestones reached:"), self.milestones_edit)
        form.addRow(self.tr("I&ndicators:"), indicators_box)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        for widget in (self.date_edit, self.status_combo, self.milestones_edit, self.note_edit):
            label = form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setBuddy(widget)
        indicators_label = form.labelForField(indicators_box)
        if isinstance(indicators_label, QLabel):
            indicators_label.setBuddy(self.indicators_view)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Record report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def body(self) -> dict[str, Any]:
        """The report as a ``ProgressReportBody`` dict."""
        return {
            "commitment_id": self._commitment.commitment_id,
            "reported_on": self.date_edit.iso(),
            "status": self.status_combo.currentData(),
            "milestones_reached": [
                line.strip() for line in self.milestones_edit.toPlainText().splitlines() if line.strip()
            ],
            "indicators": self.indicators.rows(),
            "note": self.note_edit.toPlainText().strip(),
        }

    def problems(self) -> list[str]:
        found = []
        if not self.date_edit.is_valid() or self.date_edit.date() is None:
            found.append(self.date_edit.error_text() or self.tr("Give the date of the report."))
        if any(not row["indicator"] for row in self.indicators.rows()):
            found.append(self.tr("Every indicator value needs the name of its indicator."))
        return found

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.problem_label.setText("\n".join(problems))
            return
        super().accept()

    @Slot()
    def _on_add_indicator_button_clicked(self) -> None:
        row = self.indicators.add_row()
        index = self.indicators.index(row, 0)
        self.indicators_view.setCurrentIndex(index)
        self.indicators_view.setFocus()
        self.indicators_view.edit(index)

    @Slot()
    def _on_remove_indicator_button_clicked(self) -> None:
        current = self.indicators_view.currentIndex()
        row = current.row() if current.isValid() else self.indicators.rowCount() - 1
        self.indicators.remove_row(row)

    @classmethod
    def ask(
        cls, parent: QWidget | None, commitment_row: Any, *, today: date | None = None
    ) -> dict[str, Any] | None:
        dialog = cls(commitment_row, parent, today=today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.body()
