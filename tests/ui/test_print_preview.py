"""Printing a commitment form from the editor: saved first, previewed with QtPdf, printed or saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kin_desktop.services import demo, overview
from kin_desktop.ui.main_window import MainWindow
from kin_desktop.ui.print_preview import PrintPreviewDialog
from kin_desktop.ui.records_section import RecordsSection


def test_commitment_form_is_previewed_printed_and_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "demo"
    demo.create_demo_profile(directory)
    window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=20_000):
        window.load()
    section = window.show_section("commitments")
    assert isinstance(section, RecordsSection)
    qtbot.waitUntil(lambda: section.page.model.rowCount() == 3, timeout=10_000)
    record_id = section.page.model.row_at(0).record_id
    editor = section.open(record_id)
    assert editor is not None and section.print_button.isVisible()
    qtbot.keyClicks(editor.title_edit, " (revised)")  # unsaved: printing saves it first

    shown: list[PrintPreviewDialog] = []
    pdf_out = tmp_path / "signed-copy.pdf"

    def fake_ask(
        cls: type[PrintPreviewDialog], parent: object, pdf: Path, *, title: str, suggested_name: str
    ) -> None:
        dialog = cls(pdf, title=title, suggested_name=suggested_name)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        monkeypatch.setattr(PrintPreviewDialog, "choose_printer", staticmethod(lambda parent: printer))
        monkeypatch.setattr(
            PrintPreviewDialog, "choose_save_path", staticmethod(lambda parent, suggested: pdf_out)
        )
        with qtbot.waitSignal(dialog.printed) as printed:
            dialog.print_button.click()
        assert printed.args[0] == dialog.document.pageCount() >= 1
        with qtbot.waitSignal(dialog.saved):
            dialog.save_button.click()

    monkeypatch.setattr(PrintPreviewDialog, "ask", classmethod(fake_ask))
    with qtbot.waitSignal(editor.record_saved, timeout=5_000):
        section.print_button.click()
    assert window._print_task is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert pdf_out.read_bytes().startswith(b"%PDF")
    window.close()
