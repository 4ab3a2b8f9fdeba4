"""Files attached to a practice or commitment: add (chooser or drop), open, remove."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.services.records import RecordService
from kin_desktop.ui import errors
from kin_desktop.ui.records.models import RECORD_ID_ROLE, AttachmentsModel
from kin_desktop.ui.widgets.column_fit import fit_columns


class FileChooser:
    """Which files to attach; tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget | None) -> list[Path]:
        names, _selected_filter = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("records", "Attach files"),
            "",
            QCoreApplication.translate("records", "All files (*)"),
        )
        return [Path(name) for name in names]


class AttachmentOpener:
    """Hands a file to the system's viewer; tests replace ``open``."""

    @staticmethod
    def open(path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentsPanel(QWidget):
    """The attachments of one record.

    ``ensure_record`` is called before a file is added to a record not saved yet; it saves
    the record and returns its id, or ``None`` when the record cannot be saved yet.

    Signals:
        attachments_changed(int): the list changed; carries how many files are attached.
        failed(str): adding, opening or removing failed; carries the message shown.
    """

    attachments_changed = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        service: RecordService,
        ensure_record: Callable[[], str | None],
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._ensure_record = ensure_record
        self.record_id: str | None = None
        self.model = AttachmentsModel(self)

        self.table = QTableView()
        self.table.setObjectName("attachmentsTable")
        self.table.setAccessibleName(self.tr("Attached files"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(160)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.hint = QLabel(self.tr("Drop files here or press Add."))
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Attachments hint"))
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setAccessibleName(self.tr("Add files"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.open_button = QPushButton(self.tr("O&pen file"))
        self.open_button.setAccessibleName(self.tr("Open the selected file"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.remove_button = QPushButton(self.tr("Re&move file"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected file"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._on_selection_changed()

    def set_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        rows = self._service.attachments(self.record_id) if self.record_id else ()
        self.model.set_rows(rows)
        self._on_selection_changed()
        self.attachments_changed.emit(len(rows))

    def add_paths(self, paths: Iterable[Path]) -> list[str]:
        """Attach files; returns the attachment ids (a file already attached keeps its id)."""
        files = [path for path in paths if path.is_file()]
        if not files:
            return []
        record_id = self.record_id or self._ensure_record()
        if record_id is None:
            self._fail(self.tr("Save the record first: fix the problems shown above, then attach the files."))
            return []
        self.record_id = record_id
        added: list[str] = []
        for path in files:
            try:
                added.append(self._service.attach(record_id, path))
            except Exception as exc:  # noqa: BLE001 - shown to the user, not lost
                self._fail(
                    self.tr("%1 was not attached: %2")
                    .replace("%1", path.name)
                    .replace("%2", errors.describe(exc))
                )
        self.refresh()
        return added

    def selected_attachment_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.data(index, RECORD_ID_ROLE)

    def open_selected(self) -> Path | None:
        attachment_id = self.selected_attachment_id()
        if attachment_id is None:
            return None
        try:
            path = self._service.open_attachment(attachment_id)
        except Exception as exc:  # noqa: BLE001
            self._fail(errors.describe(exc))
            return None
        if not AttachmentOpener.open(path):
            self._fail(self.tr("No program could open %1.").replace("%1", path.name))
        return path

    def remove_selected(self) -> None:
        attachment_id = self.selected_attachment_id()
        if attachment_id is None:
            return
        try:
            self._service.remove_attachment(attachment_id)
        except Exception as exc:  # noqa: BLE001
            self._fail(errors.describe(exc))
        self.refresh()

    def _fail(self, message: str) -> None:
        self.hint.setText(message)
        self.failed.emit(message)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_paths(FileChooser.ask(self))

    @Slot()
    def _on_open_button_clicked(self) -> None:
        self.open_selected()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.remove_selected()

    @Slot()
    def _on_table_activated(self) -> None:
        self.open_selected()

    @Slot()
    def _on_selection_changed(self) -> None:
        selected = self.selected_attachment_id() is not None
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
