"""The revisions of a record and what changed between two of them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.services.records import RecordService
from kin_desktop.ui import errors
from kin_desktop.ui.plain import plain_labels
from kin_desktop.ui.records.models import DiffModel, HistoryModel
from kin_desktop.ui.widgets.column_fit import fit_columns


class HistoryDialog(QDialog):
    """Revisions, newest first; selecting two compares them (one: with the one before it)."""

    def __init__(self, service: RecordService, record_id: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("History"))
        self.resize(860, 560)
        self.history_model = HistoryModel(self)
        self.diff_model = DiffModel(self)

        self.revisions = QTableView()
        self.revisions.setAccessibleName(self.tr("Revisions"))
        self.revisions.setModel(self.history_model)
        self.revisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revisions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.revisions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revisions.verticalHeader().hide()
        self.revisions.setTabKeyNavigation(False)
        self.revisions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.revisions.selectionModel().selectionChanged.connect(self._on_revisions_selectionChanged)

        self.changes = QTableView()
        self.changes.setAccessibleName(self.tr("Changes between the selected revisions"))
        self.changes.setModel(self.diff_model)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(True)
        self.changes.verticalHeader().hide()
        self.changes.setTabKeyNavigation(False)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for view in (self.revisions, self.changes):
            fit_columns(view)

        self.summary = QLabel()
        plain_labels(self.summary)  # error messages may quote what a delegate wrote
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Comparison"))
        hint = QLabel(self.tr("Select one revision to see what it changed, or two to compare them."))
        hint.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.revisions)
        splitter.addWidget(self.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        try:
            self.history_model.set_rows(service.history(record_id))
        except Exception as exc:  # noqa: BLE001 - shown, not lost
            self.summary.setText(errors.describe(exc))
        if self.history_model.rowCount():
            self.revisions.selectionModel().select(
                self.history_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    @classmethod
    def ask(cls, service: RecordService, record_id: str, parent: QWidget | None = None) -> None:
        dialog = cls(service, record_id, parent=parent)
        dialog.exec()

    def select_rows(self, *rows: int) -> None:
        selection = self.revisions.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(
                self.history_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )

    def compare(self, old_rev_id: str, new_rev_id: str) -> None:
        try:
            changes = self._service.diff(old_rev_id, new_rev_id)
        except Exception as exc:  # noqa: BLE001
            self.diff_model.set_rows(())
            self.summary.setText(errors.describe(exc))
            return
        self.diff_model.set_rows(changes)
        self.changes.resizeRowsToContents()
        if changes:
            self.summary.setText(self.tr("%Ln field(s) changed.", "", len(changes)))
        else:
            self.summary.setText(self.tr("No differences."))

    @Slot()
    def _on_revisions_selectionChanged(self) -> None:  # noqa: N802 - named after the signal
        rows = sorted({index.row() for index in self.revisions.selectionModel().selectedRows()})
        entries = self.history_model.rows()
        if len(rows) == 1 and rows[0] + 1 < len(entries):
            older, newer = entries[rows[0] + 1], entries[rows[0]]  # newest first: the next row is older
        elif len(rows) >= 2:
            older, newer = entries[rows[-1]], entries[rows[0]]
        else:
            self.diff_model.set_rows(())
            self.summary.setText(
                self.tr("The first revision: nothing before it to compare with.") if rows else ""
            )
            return
        self.compare(older.rev_id, newer.rev_id)
