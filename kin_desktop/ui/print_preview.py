"""Preview a generated PDF (QtPdf), print it with the system's dialog, or save it."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page of ``document`` onto ``printer`` at its resolution; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel).size().toSize()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(QPoint(0, 0), document.render(page, size))
        return document.pageCount()
    finally:
        painter.end()


class PrintPreviewDialog(QDialog):
    """Signals:
    printed(int): the document went to the printer; carries the number of pages.
    saved(str): the PDF was saved; carries the path.
    """

    printed = Signal(int)
    saved = Signal(str)

    def __init__(self, pdf: Path, *, title: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self.resize(820, 900)
        self._pdf = pdf
        self._suggested = suggested_name
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pages = QLabel(self.tr("%Ln page(s)", "", self.document.pageCount()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(pages, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(buttons)

    # Hooks tests replace: the system's print and file dialogs are never opened under test.
    @staticmethod
    def choose_printer(parent: QWidget) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    @staticmethod
    def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("PrintPreviewDialog", "Save as PDF"), suggested, "PDF (*.pdf)"
        )
        return Path(name) if name else None

    @Slot()
    def _on_print_button_clicked(self) -> None:
        printer = self.choose_printer(self)
        if printer is not None:
            self.printed.emit(print_pdf(self.document, printer))

    @Slot()
    def _on_save_button_clicked(self) -> None:
        from kin_desktop.ui.folders import last_folder, remember_folder, with_extension, workspace_of

        workspace = workspace_of(self.parentWidget())
        suggested = Path(self._suggested)
        if not suggested.is_absolute():  # where forms were saved last, not the current folder
            suggested = last_folder(workspace, "print") / suggested
        target = self.choose_save_path(self, str(suggested))
        if target is None:
            return
        target = with_extension(target, ".pdf")
        remember_folder(workspace, "print", target)
        shutil.copyfile(self._pdf, target)
        self.saved.emit(str(target))

    @classmethod
    def ask(cls, parent: QWidget | None, pdf: Path, *, title: str, suggested_name: str) -> None:
        dialog = cls(pdf, title=title, suggested_name=suggested_name, parent=parent)
        dialog.exec()
