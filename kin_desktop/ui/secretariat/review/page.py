"""The secretariat's review: commitments and practices (state, comment, history, printing), cities'
questionnaire answers, and conflicts, one tab each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.services import printing
from kin_desktop.services.review import (
    ReviewService,
)
from kin_desktop.ui.errors import describe
from kin_desktop.ui.folders import last_folder, remember_folder, with_extension
from kin_desktop.ui.secretariat.conflicts import ConflictsTab
from kin_desktop.ui.secretariat.review.cities_tab import CitiesTab
from kin_desktop.ui.secretariat.review.records_tab import RecordsReviewTab
from kin_desktop.ui.tasks import Task


class ReviewPage(QWidget):
    """Review what delegates sent: tabs Commitments, Practices, Cities, Conflicts.

    Signals:
        state_changed(str): a review state or comment was saved (carries the record id).
        conflict_resolved(str): a conflict was resolved (carries the record id).
        forms_printed(object): commitment forms were written (carries the PDF's Path).
        form_checked(str): a signed form was checked (carries the record id); the result is kept.
    """

    state_changed = Signal(str)
    conflict_resolved = Signal(str)
    forms_printed = Signal(object)
    form_checked = Signal(str)

    def __init__(
        self, workspace: Any, *, service: ReviewService | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self._workspace = workspace
        self._service = service if service is not None else ReviewService(workspace)
        self._tasks: set[Task] = set()
        self.language = "en"

        self.commitments = RecordsReviewTab(self._service, "commitment")
        self.practices = RecordsReviewTab(self._service, "practice")
        self.cities = CitiesTab(self._service, workspace)
        self.conflicts = ConflictsTab(self._service)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(self.commitments, self.tr("Co&mmitments"))
        self.tabs.addTab(self.practices, self.tr("&Practices"))
        self.tabs.addTab(self.cities, self.tr("C&ities"))
        self.tabs.addTab(self.conflicts, self.tr("Co&nflicts"))
        self.tabs.currentChanged.connect(self._on_tabs_currentChanged)
        for tab in (self.commitments, self.practices):
            tab.state_changed.connect(self.state_changed)
            tab.selection_changed.connect(self._update_actions)
        self.conflicts.conflict_resolved.connect(self._on_conflicts_conflict_resolved)
        self.conflicts.conflicts_loaded.connect(self._on_conflicts_conflicts_loaded)

        self.save_action = QAction(self.tr("&Save review"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.find_action = QAction(self.tr("Search"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.print_action = QAction(self.tr("P&rint forms…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.refresh_action = QAction(self.tr("Re&fresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self._on_refresh_action_triggered)
        for action in (self.save_action, self.find_action, self.print_action, self.refresh_action):
            self.addAction(action)
        self.print_button = QPushButton(self.print_action.text())
        self.print_button.setAccessibleName(self.tr("Print the forms of the selected commitments"))
        self.print_button.setToolTip(self.tr("Print the forms of the selected commitments (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_action.trigger)
        self.print_action.enabledChanged.connect(self.print_button.setEnabled)
        self.check_button = QPushButton(self.tr("C&heck a signed form…"))
        self.check_button.setObjectName("checkFormButton")
        self.check_button.setToolTip(
            self.tr("Type or scan the text of a signed commitment form's QR code: is it the current version?")
        )
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        corner_layout.addWidget(self.check_button)
        corner_layout.addWidget(self.print_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        self._update_actions()
        self.reload()

    # --- hooks tests replace ---------------------------------------------------------------------

    @staticmethod
    def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("secretariat", "Save the commitment forms"),
            suggested,
            QCoreApplication.translate("secretariat", "PDF (*.pdf)"),
        )
        return with_extension(Path(name), ".pdf") if name else None

    @staticmethod
    def ask_form_text(parent: QWidget) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getText(
            parent,
            QCoreApplication.translate("secretariat", "Check a signed form"),
            QCoreApplication.translate(
                "secretariat", "The text of the form's QR code (a scanner types it here):"
            ),
        )
        return text.strip() if accepted and text.strip() else None

    # --- loading -----------------------------------------------------------------------------------------

    def reload(self) -> list[Task]:
        """Load every tab again in the background."""
        return [
            self.commitments.reload(),
            self.practices.reload(),
            self.cities.reload(),
            self.conflicts.reload(),
        ]

    def current_records_tab(self) -> RecordsReviewTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, RecordsReviewTab) else None

    @Slot(int)
    def _on_tabs_currentChanged(self, _index: int) -> None:  # noqa: N802 - named after the signal
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        tab = self.current_records_tab()
        self.save_action.setEnabled(tab is not None)
        self.find_action.setEnabled(tab is not None)
        self.print_action.setEnabled(tab is self.commitments and bool(self.commitments.selected_ids()))
        self.print_button.setVisible(tab is self.commitments)
        self.check_button.setVisible(tab is self.commitments)

    @Slot(str)
    def _on_conflicts_conflict_resolved(self, record_id: str) -> None:
        self.commitments.reload()
        self.practices.reload()
        self.conflict_resolved.emit(record_id)

    @Slot(int)
    def _on_conflicts_conflicts_loaded(self, count: int) -> None:
        text = self.tr("Co&nflicts") + (f" ({count})" if count else "")
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), text)

    @Slot()
    def _on_save_action_triggered(self) -> None:
        tab = self.current_records_tab()
        if tab is not None:
            tab.panel.save()

    @Slot()
    def _on_find_action_triggered(self) -> None:
        tab = self.current_records_tab()
        if tab is not None:
            tab.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            tab.search_edit.selectAll()

    @Slot()
    def _on_refresh_action_triggered(self) -> None:
        self.reload()

    # --- signed forms ---

    @Slot()
    def _on_check_button_clicked(self) -> None:
        self.check_signed_form()

    def check_signed_form(self, text: str | None = None) -> Task | None:
        """Check a signed form's QR text against the data; the result is kept and shown in Review."""
        text = text if text is not None else self.ask_form_text(self)
        if not text:
            return None
        workspace = self._workspace

        def run() -> Any:
            from kin_desktop.services import printed

            return printed.check_signed_form(workspace, text)

        def done(result: Any) -> None:
            self.message_label.setText(
                self.tr("The signed form matches the current version.")
                if result.ok
                else self.tr("The signed form does not match the data: %1").replace("%1", result.message)
            )
            if result.record_id:
                self.form_checked.emit(result.record_id)
                for tab in (self.commitments, self.practices):
                    if tab.panel.row is not None and tab.panel.row.record_id == result.record_id:
                        tab.load_record(result.record_id)

        return Task(run, self).on_success(done).on_failure(self._on_print_failed).kept_in(self._tasks).start()

    # --- printing ------------------------------------------------------------------------------------------

    @Slot()
    def _on_print_action_triggered(self) -> None:
        self.print_forms()

    def print_forms(self) -> Task | None:
        ids = self.commitments.selected_ids()
        if not ids:
            self.message_label.setText(self.tr("Select the commitments whose forms you want to print."))
            return None
        out = self.choose_pdf_path(self, str(last_folder(self._workspace, "print") / "commitment-forms.pdf"))
        if out is None:
            return None
        remember_folder(self._workspace, "print", out)
        workspace, language = self._workspace, self.language

        def run() -> int:
            return printing.print_commitments(workspace, ids, out, labels=printing.labels_for(language))

        def done(pages: int) -> None:
            self.print_action.setEnabled(True)
            self.message_label.setText(
                self.tr("%Ln form(s) saved to %1", "", len(ids)).replace("%1", str(out))
                + " "
                + self.tr("(%Ln page(s)).", "", pages)
            )
            self.forms_printed.emit(out)
            from kin_desktop.ui.print_preview import PrintPreviewDialog

            PrintPreviewDialog.ask(self, out, title=self.tr("Commitment forms"), suggested_name=out.name)

        self.print_action.setEnabled(False)
        self.message_label.setText(self.tr("Printing %Ln form(s)…", "", len(ids)))
        return Task(run, self).on_success(done).on_failure(self._on_print_failed).kept_in(self._tasks).start()

    @Slot(object)
    def _on_print_failed(self, error: object) -> None:
        self._update_actions()
        self.message_label.setText(describe(error) if isinstance(error, BaseException) else str(error))
