"""Exports: what leaves the secretariat's master database.

- "Export for analysis": the practices, commitments, follow-up and questionnaire answers as one XLSX
  workbook or a folder of CSV files (``services.report.write_report``), for a spreadsheet or a
  statistics package.
- "Write receipts…": one signed receipt per delegate with something to acknowledge
  (``exchange.write_receipts``), to send back by e-mail or USB stick.
- "Write welcome pack…": the signed welcome pack (secretariat keys, questionnaires, practices
  catalogue) for new and returning delegates (``exchange.make_welcome_pack``).

Every file is written off the GUI thread; the page shows what was written, where, and which delegates
a receipt would tell of something new (reloaded on every import, approval and review: ``refresh``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.ui.errors import describe
from kin_desktop.ui.folders import last_folder, remember_folder
from kin_desktop.ui.tasks import Task
from kin_desktop.ui.unlock import ensure_unlocked, forget_if_wrong


class ExportsPage(QWidget):
    """Signals:
    files_written(object): an export, the receipts or a welcome pack were written; carries the
        list of paths (empty when there was nothing to write).
    waiting_shown(int): the delegates a receipt would tell of something new were (re)loaded.
    """

    files_written = Signal(object)
    waiting_shown = Signal(int)

    def __init__(self, workspace: Any, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportsPage")
        self._workspace = workspace
        self.language = "en"  # the labels of the spreadsheets (the window sets its own)
        self._task: Task | None = None

        # --- for analysis
        self.xlsx_radio = QRadioButton(self.tr("E&xcel workbook (XLSX): one sheet per table"))
        self.xlsx_radio.setObjectName("xlsxRadio")
        self.csv_radio = QRadioButton(self.tr("CS&V files: one file per table, UTF-8"))
        self.csv_radio.setObjectName("csvRadio")
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.xlsx_radio)
        self.format_group.addButton(self.csv_radio)
        self.xlsx_radio.setChecked(True)
        self.export_button = QPushButton(self.tr("&Export for analysis…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setToolTip(
            self.tr("Write practices, commitments, follow-up and questionnaire answers (Ctrl+E)")
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        analysis = QGroupBox(self.tr("For analysis"))
        analysis_layout = QVBoxLayout(analysis)
        explain = QLabel(
            self.tr(
                "Practices, commitments, their follow-up and the questionnaire answers, as tables to open "
                "in a spreadsheet or a statistics package."
            )
        )
        explain.setWordWrap(True)
        analysis_layout.addWidget(explain)
        analysis_layout.addWidget(self.xlsx_radio)
        analysis_layout.addWidget(self.csv_radio)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        analysis_layout.addLayout(row)

        # --- for delegates
        self.receipts_button = QPushButton(self.tr("Write &receipts…"))
        self.receipts_button.setObjectName("receiptsButton")
        self.receipts_button.setShortcut(QKeySequence("Ctrl+R"))
        self.receipts_button.setToolTip(
            self.tr("One signed receipt per delegate with something to acknowledge (Ctrl+R)")
        )
        self.receipts_button.clicked.connect(self._on_receipts_button_clicked)
        self.welcome_button = QPushButton(self.tr("Write &welcome pack…"))
        self.welcome_button.setObjectName("welcomeButton")
        self.welcome_button.setToolTip(
            self.tr("The secretariat's keys, the questionnaires and the practices catalogue")
        )
        self.welcome_button.clicked.connect(self._on_welcome_button_clicked)
        delegates = QGroupBox(self.tr("For delegates"))
        delegates_layout = QVBoxLayout(delegates)
        explain = QLabel(
            self.tr(
                "Receipts tell each delegate what was taken in and how it was reviewed; the welcome pack "
                "brings the secretariat's key and the practices catalogue. Both are signed: send them by "
                "e-mail or on a USB stick."
            )
        )
        explain.setWordWrap(True)
        delegates_layout.addWidget(explain)
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("receiptsWaitingLabel")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        delegates_layout.addWidget(self.waiting_label)
        row = QHBoxLayout()
        row.addWidget(self.receipts_button)
        row.addWidget(self.welcome_button)
        row.addStretch(1)
        delegates_layout.addLayout(row)

        # --- progress and what was written
        self.progress = QProgressBar()
        self.progress.setObjectName("busyIndicator")
        self.progress.setAccessibleName(self.tr("Writing"))
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.result_label = QLabel(self.tr("Nothing written yet in this session."))
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.written_list = QListWidget()
        self.written_list.setObjectName("writtenList")
        self.written_list.setAccessibleName(self.tr("Files written"))
        self.written_list.itemActivated.connect(self._on_written_list_item_activated)
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.open_folder_button.setToolTip(self.tr("Show the folder of the chosen file"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.written_list.currentRowChanged.connect(self._on_written_list_current_row_changed)
        written = QGroupBox(self.tr("Files written"))
        written_layout = QVBoxLayout(written)
        written_layout.addWidget(self.result_label)
        written_layout.addWidget(self.written_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_folder_button)
        written_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(analysis)
        layout.addWidget(delegates)
        layout.addWidget(self.progress)
        layout.addWidget(written, 1)
        self._waiting_task: Task | None = None
        self.refresh()

    # --- hooks tests replace ---------------------------------------------

    @staticmethod
    def choose_target(parent: QWidget, fmt: str) -> Path | None:
        """Where to write the export: a workbook file for XLSX, a folder for CSV (opening in the folder
        used last)."""
        from datetime import date

        start = last_folder(getattr(parent, "workspace", None), "report")
        if fmt == "xlsx":
            name, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("ExportsPage", "Export for analysis"),
                str(start / f"KIN-report-{date.today():%Y%m%d}.xlsx"),
                QCoreApplication.translate("ExportsPage", "Excel workbooks (*.xlsx)"),
            )
            if not name:
                return None
            path = Path(name)
            return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("ExportsPage", "Choose a folder for the CSV files"), str(start)
        )
        return Path(folder) if folder else None

    @staticmethod
    def choose_folder(parent: QWidget, title: str) -> Path | None:
        start = last_folder(getattr(parent, "workspace", None), "receipts")
        folder = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(folder) if folder else None

    # --- what is waiting ----------------------------------------------------

    def refresh(self) -> Task:
        """Load again which delegates a receipt would tell of something new (in the background)."""
        from kin_desktop.services import exchange

        workspace = self._workspace
        task = Task(lambda: exchange.receipts_waiting(workspace), self).on_success(self._show_waiting)
        self._waiting_task = task
        return task.start()

    def _show_waiting(self, cities: list[str]) -> None:
        if cities:
            self.waiting_label.setText(
                self.tr("A receipt would tell %Ln delegate(s) of something new: %1", "", len(cities)).replace(
                    "%1", ", ".join(cities)
                )
            )
        else:
            self.waiting_label.setText(self.tr("Every delegate has been told of everything received."))
        self.waiting_shown.emit(len(cities))

    # --- actions -------------------------------------------------------------

    @property
    def fmt(self) -> str:
        return "csv" if self.csv_radio.isChecked() else "xlsx"

    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def export_for_analysis(self) -> Task | None:
        from kin_desktop.services.report import write_report

        fmt = self.fmt
        target = self.choose_target(self, fmt)
        if target is None:
            return None
        remember_folder(self._workspace, "report", target)
        workspace, language = self._workspace, self.language
        return self._run(
            lambda: list(write_report(workspace, fmt, target, language=language)),
            self.tr("Exporting for analysis…"),
            lambda n: self.tr("Exported for analysis: %Ln file(s).", "", n),
        )

    def write_receipts(self) -> Task | None:
        from kin_desktop.services import exchange

        folder = self.choose_folder(self, self.tr("Choose a folder for the receipts"))
        if folder is None:
            return None
        remember_folder(self._workspace, "receipts", folder)
        workspace = self._workspace
        return self._run(
            lambda: list(exchange.write_receipts(workspace, folder)),
            self.tr("Writing receipts…"),
            lambda n: self.tr("%Ln receipt(s) written: send each to its delegate.", "", n),
            empty=self.tr("No receipts were needed: every delegate has been told of everything received."),
        )

    def write_welcome_pack(self) -> Task | None:
        from kin_desktop.services import exchange

        folder = self.choose_folder(self, self.tr("Choose a folder for the welcome pack"))
        if folder is None:
            return None
        remember_folder(self._workspace, "receipts", folder)
        workspace = self._workspace
        return self._run(
            lambda: [exchange.make_welcome_pack(workspace, folder)],
            self.tr("Writing the welcome pack…"),
            lambda _n: self.tr(
                "Welcome pack written: send it to the delegates with the secretariat's fingerprint."
            ),
        )

    def _run(
        self,
        call: Callable[[], list[Path]],
        busy_text: str,
        done_text: Callable[[int], str],
        *,
        empty: str | None = None,
    ) -> Task | None:
        if self.busy():
            self.result_label.setText(self.tr("Wait for the current work to finish, then try again."))
            return None
        if not ensure_unlocked(self, self._workspace):  # receipts and packs are signed
            return None
        self._set_busy(True)
        self.result_label.setText(busy_text)
        task = Task(call, self)
        task.on_success(lambda paths: self._on_written(paths, done_text, empty))
        task.on_failure(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task
        return task.start()

    def _on_written(self, paths: list[Path], done_text: Callable[[int], str], empty: str | None) -> None:
        self.written_list.clear()
        for path in paths:
            item = QListWidgetItem(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.written_list.addItem(item)
        if not paths and empty is not None:
            self.result_label.setText(empty)
        else:
            self.result_label.setText(done_text(len(paths)))
        if paths:
            self.written_list.setCurrentRow(0)
        self.refresh()  # receipts written: nobody waits for them any more
        self.files_written.emit(list(paths))

    def written_paths(self) -> list[Path]:
        return [
            Path(self.written_list.item(number).data(Qt.ItemDataRole.UserRole))
            for number in range(self.written_list.count())
        ]

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for button in (self.export_button, self.receipts_button, self.welcome_button):
            button.setEnabled(not busy)

    # --- slots ---------------------------------------------------------------

    @property
    def workspace(self) -> Any:
        return self._workspace

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        from kin_desktop.core.errors import PassphraseError

        forget_if_wrong(self._workspace, error)
        if isinstance(error, PassphraseError):
            self.result_label.setText(
                self.tr(
                    "The passphrase was not right: press the button again to try again. Nothing was written."
                )
            )
            return
        self.result_label.setText(describe(error))

    @Slot()
    def _on_task_finished(self) -> None:
        self._set_busy(False)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self.export_for_analysis()

    @Slot()
    def _on_receipts_button_clicked(self) -> None:
        self.write_receipts()

    @Slot()
    def _on_welcome_button_clicked(self) -> None:
        self.write_welcome_pack()

    @Slot(int)
    def _on_written_list_current_row_changed(self, row: int) -> None:
        self.open_folder_button.setEnabled(row >= 0)

    @Slot(QListWidgetItem)
    def _on_written_list_item_activated(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(item.data(Qt.ItemDataRole.UserRole)).parent)))

    @Slot()
    def _on_open_folder_button_clicked(self) -> None:
        item = self.written_list.currentItem()
        if item is not None:
            self._on_written_list_item_activated(item)
