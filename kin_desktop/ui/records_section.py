"""A section of the main window for practices or commitments: the list, and the editor it opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kin_desktop.ui.records import RecordEditor, RecordListPage, editor_for


class RecordsSection(QStackedWidget):
    """The list page first; opening or creating a record shows its editor, Back returns to the list.

    Leaving an editor saves what it holds; a record that cannot be saved yet (its problems are
    shown) keeps the editor open, so nothing typed is lost.

    Signals:
        record_saved(str): the editor saved a new revision; carries the record id.
    """

    record_saved = Signal(str)

    def __init__(
        self,
        service: Any,
        record_type: str,
        page: RecordListPage,
        *,
        print_form: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._print_form = print_form
        self._service = service
        self._record_type = record_type
        self.page = page
        self.editor: RecordEditor | None = None
        self.addWidget(page)
        self._editor_box = QWidget()
        self.back_button = QPushButton(self.tr("&Back to the list"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setToolTip(self.tr("Save and return to the list (Alt+Left)"))
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.notice = QLabel()
        self.notice.setObjectName("leaveNotice")
        self.notice.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print form…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.setToolTip(
            self.tr("Save, then preview and print the form for the mayor's signature (Ctrl+P)")
        )
        self.print_button.clicked.connect(self._on_print_button_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.notice, 1)
        bar.addWidget(self.print_button)
        self._editor_layout = QVBoxLayout(self._editor_box)
        self._editor_layout.setContentsMargins(0, 0, 0, 0)
        self._editor_layout.addLayout(bar)
        # Only once it has a parent: shown before, it would open as a window of its own and take the
        # keyboard focus from the main window.
        self.print_button.setVisible(print_form is not None)
        self.addWidget(self._editor_box)
        page.new_requested.connect(self._on_page_new_requested)
        page.record_opened.connect(self._on_page_record_opened)

    @Slot()
    def _on_page_new_requested(self) -> None:
        self.open(None)

    @Slot(str)
    def _on_page_record_opened(self, record_id: str) -> None:
        self.open(record_id)

    def open(self, record_id: str | None) -> RecordEditor | None:
        if self.editor is not None and not self.leave_editor():
            return None
        editor = editor_for(self._service, self._record_type, record_id)
        editor.record_saved.connect(self._on_editor_record_saved)
        self._editor_layout.addWidget(editor, 1)
        self.editor = editor
        self.notice.clear()
        self.setCurrentWidget(self._editor_box)
        editor.setFocus()
        return editor

    @Slot(str)
    def _on_editor_record_saved(self, record_id: str) -> None:
        self.page.reload()
        self.record_saved.emit(record_id)

    def reload(self) -> None:
        """Another page changed the profile: the list, and the open editor's review and paper."""
        self.page.reload()
        if self.editor is not None:
            self.editor.refresh_status()

    @Slot()
    def _on_back_button_clicked(self) -> None:
        if self.leave_editor():
            self.setCurrentWidget(self.page)
            self.page.setFocus()

    @Slot()
    def _on_print_button_clicked(self) -> None:
        """The form is bound to a saved revision (its QR code names it): save first."""
        editor = self.editor
        if editor is None or self._print_form is None:
            return
        if not editor.save() or editor.record_id is None:
            self.notice.setText(
                self.tr("Correct the problems shown before printing: the form prints what is saved.")
            )
            return
        self.notice.clear()
        self._print_form(editor.record_id)

    def leave_editor(self) -> bool:
        """Save the open editor and close it; False (editor kept) when it cannot be saved."""
        editor = self.editor
        if editor is None:
            return True
        if editor.undo_stack.count() and not editor.save():
            self.notice.setText(
                self.tr("This record cannot be saved yet: correct the problems shown, or undo them.")
            )
            return False
        self._editor_layout.removeWidget(editor)  # gone at once, not at the next turn of the loop
        editor.hide()
        editor.deleteLater()
        self.editor = None
        return True

    def flush(self) -> bool:
        """On closing the window: save the open editor if it can be saved; False if it cannot."""
        if self.editor is not None and self.editor.undo_stack.count():
            return self.editor.save()
        return True
