"""Questionnaires: import an XLSForm workbook, see every problem, preview it as a delegate will, publish.

- *Import workbook…* (Ctrl+O) reads an .xlsx, .xls or .csv off the GUI thread
  (``services.xlsform.import_file``); *Validate again* (F5) reads the same file again after it was
  corrected in the spreadsheet program; *Leave out what KIN Desktop cannot do* imports leniently.
- *Problems*: every problem at once (severity, sheet, cell, column, what to do); the selected
  problem's whole text shows below the table; Ctrl+C copies the selected rows for a spreadsheet.
- *Preview*: the delegate's own questionnaire page over the imported definition, with its language
  switch; answers typed there are checked as a delegate's are, and kept nowhere.
- *Publish…* (Ctrl+P) stores the version so that the next welcome pack carries it
  (``services.questionnaires.publish``); *Versions* lists what this profile holds and when each was
  published; *Export to XLSForm…* writes the selected version as a workbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.xlsform.importer import ImportResult
from kin_desktop.ui.errors import describe
from kin_desktop.ui.palette import Tone, set_tone
from kin_desktop.ui.secretariat.common import configure_table, empty_state, local_time
from kin_desktop.ui.secretariat.xlsform_problems import ProblemsModel
from kin_desktop.ui.tasks import Task

__all__ = ["QuestionnairesPage"]

_WORKBOOKS = "*.xlsx *.xls *.csv"


class QuestionnairesPage(QWidget):
    """Signals:
    imported(object): an import finished; carries the :class:`ImportResult`.
    published(object): a version was published; carries the ``Publication``.
    """

    imported = Signal(object)
    published = Signal(object)

    def __init__(self, workspace: Any, *, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionnairesPage")
        self._workspace = workspace
        self._language = language
        self._tasks: set[Task] = set()
        self._path: Path | None = None
        self._result: ImportResult | None = None
        self._preview: QWidget | None = None

        # --- actions
        self.import_button = QPushButton(self.tr("&Import workbook…"))
        self.import_button.setObjectName("importWorkbookButton")
        self.import_button.setShortcut(QKeySequence("Ctrl+O"))
        self.import_button.setToolTip(self.tr("Read an XLSForm (.xlsx, .xls or .csv) (Ctrl+O)"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.check_button = QPushButton(self.tr("&Validate again"))
        self.check_button.setObjectName("checkAgainButton")
        self.check_button.setShortcut(QKeySequence("F5"))
        self.check_button.setToolTip(
            self.tr("Read and check the same workbook again, after correcting it (F5)")
        )
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.lenient_check = QCheckBox(self.tr("&Leave out what KIN Desktop cannot do"))
        self.lenient_check.setObjectName("lenientCheck")
        self.lenient_check.setToolTip(
            self.tr(
                "GPS, photos, pulldata() and the like are left out with a warning each, instead of "
                "refusing the workbook. Mistakes in the form are still errors."
            )
        )
        self.lenient_check.toggled.connect(self._on_lenient_check_toggled)
        self.publish_button = QPushButton(self.tr("&Publish…"))
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setShortcut(QKeySequence("Ctrl+P"))
        self.publish_button.setToolTip(
            self.tr("Store this version so that the next welcome pack brings it to the delegates (Ctrl+P)")
        )
        self.publish_button.clicked.connect(self._on_publish_button_clicked)
        actions = QHBoxLayout()
        for widget in (self.import_button, self.check_button, self.lenient_check):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.publish_button)

        self.summary = QLabel(
            self.tr(
                "Import an XLSForm workbook to check it, see it as a delegate will, and publish it. "
                "Questionnaires are written in the survey, choices and settings sheets, as for ODK and "
                "KoboToolbox."
            )
        )
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        # --- problems
        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView()
        self.problems_view.setObjectName("problemsTable")
        self.problems_view.setModel(self.problems_model)
        configure_table(self.problems_view, self.tr("Problems found in the workbook"))
        self.problems_view.setWordWrap(False)
        header = self.problems_view.horizontalHeader()
        for column, width in ((0, 90), (1, 80), (2, 60), (3, 150)):
            header.resizeSection(column, width)
        self.problems_view.selectionModel().currentRowChanged.connect(self._on_problem_current_row_changed)
        self.problems_view.activated.connect(self._on_problem_activated)
        copy = QAction(self.tr("Copy"), self.problems_view)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_problems)
        self.problems_view.addAction(copy)
        self.problem_detail = QPlainTextEdit()
        self.problem_detail.setObjectName("problemDetail")
        self.problem_detail.setReadOnly(True)
        self.problem_detail.setAccessibleName(self.tr("The selected problem"))
        self.problem_detail.setMaximumHeight(90)
        self.no_problems = empty_state(self.tr("No problems: the workbook is imported as it is."))
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_stack = QStackedWidget()
        self.problems_stack.addWidget(self.problems_view)
        self.problems_stack.addWidget(self.no_problems)
        problems_layout.addWidget(self.problems_stack, 1)
        problems_layout.addWidget(self.problem_detail)

        # --- preview
        self.preview_holder = QStackedWidget()
        self.preview_holder.setObjectName("previewHolder")
        self.preview_empty = empty_state(
            self.tr("The preview shows the imported questionnaire exactly as a delegate will see it.")
        )
        self.preview_holder.addWidget(self.preview_empty)

        # --- versions
        self.versions_table = QTableWidget(0, 5)
        self.versions_table.setObjectName("versionsTable")
        self.versions_table.setHorizontalHeaderLabels(
            [
                self.tr("Questionnaire"),
                self.tr("Version"),
                self.tr("Title"),
                self.tr("Published"),
                self.tr("From"),
            ]
        )
        configure_table(self.versions_table, self.tr("Questionnaire versions in this profile"))
        self.versions_table.setSortingEnabled(False)
        self.export_button = QPushButton(self.tr("E&xport to XLSForm…"))
        self.export_button.setObjectName("exportXlsformButton")
        self.export_button.setToolTip(self.tr("Write the selected version as an XLSForm workbook"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        versions_box = QWidget()
        versions_layout = QVBoxLayout(versions_box)
        versions_layout.setContentsMargins(0, 0, 0, 0)
        versions_layout.addWidget(self.versions_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        versions_layout.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("questionnaireTabs")
        self.tabs.addTab(problems_box, self.tr("Problems"))
        self.tabs.addTab(self.preview_holder, self.tr("Preview"))
        self.tabs.addTab(versions_box, self.tr("Versions"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()
        self.refresh_versions()

    # -- public API (tests and the window) ------------------------------------------------------

    @property
    def result(self) -> ImportResult | None:
        return self._result

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def preview_page(self) -> QWidget | None:
        return self._preview

    def import_workbook(self, path: Path | str) -> Task:
        """Read ``path`` off the GUI thread; the result fills the problems, the preview and the summary."""
        from kin_desktop.services import xlsform  # noqa: PLC0415 - openpyxl, loaded when first needed

        self._path = Path(path)
        lenient = self.lenient_check.isChecked()
        source = self._path
        self.summary.setText(self.tr("Reading %1…").replace("%1", source.name))
        set_tone(self.summary, None)
        task = Task(lambda: xlsform.import_file(source, lenient=lenient), self)
        task.on_success(self._on_imported).on_failure(self._on_task_failed).kept_in(self._tasks)
        task.finished.connect(self._update_buttons)
        self._update_buttons(busy=True)
        return task.start()

    def publish(self, *, confirm: bool = True) -> Task | None:
        """Publish the imported definition (after asking, unless ``confirm`` is false)."""
        result = self._result
        if result is None or not result.ok or result.document is None or result.definition is None:
            return None
        definition = result.definition
        if confirm:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Publish the questionnaire"))
            box.setTextFormat(Qt.TextFormat.PlainText)  # the title comes from a workbook: never markup
            box.setText(
                self.tr(
                    "Publish '%1' version %2?\n\nThe next welcome pack brings it to every delegate. New "
                    "responses open on it; the answers given to earlier versions are kept. A published "
                    "version cannot be changed: a correction needs a new version."
                )
                .replace("%1", definition.title.get("en", definition.id))
                .replace("%2", definition.version)
            )
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return None
        from kin_desktop.services import questionnaires, xlsform  # noqa: PLC0415

        content = xlsform.definition_json(result.document)
        workspace = self._workspace
        task = Task(lambda: questionnaires.publish(workspace, content), self)
        task.on_success(self._on_published).on_failure(self._on_task_failed).kept_in(self._tasks)
        task.finished.connect(self._update_buttons)
        self._update_buttons(busy=True)
        return task.start()

    def export_selected(self, out: Path | str) -> Task | None:
        """Write the version selected in *Versions* (the newest when none is) as an XLSForm workbook."""
        chosen = self._selected_version()
        if chosen is None:
            return None
        from kin_desktop.core.xlsform.export import export_workbook  # noqa: PLC0415
        from kin_desktop.services import questionnaires  # noqa: PLC0415
        from kin_desktop.services.xlsform import write_atomically  # noqa: PLC0415
        from kin_desktop.services.xlsform.writing import save_workbook  # noqa: PLC0415

        workspace = self._workspace
        target = Path(out)

        def call() -> tuple[Path, tuple[str, ...]]:
            with workspace.session() as session:
                definition = questionnaires.definition_version(session, *chosen)
            exported = export_workbook(definition)
            write_atomically(target, lambda temp: save_workbook(exported.workbook, temp))
            return target, exported.not_said

        task = Task(call, self)
        task.on_success(self._on_exported).on_failure(self._on_task_failed).kept_in(self._tasks)
        task.finished.connect(self._update_buttons)
        self._update_buttons(busy=True)
        return task.start()

    def refresh_versions(self) -> None:
        from kin_desktop.services import questionnaires  # noqa: PLC0415

        with self._workspace.session() as session:
            versions = questionnaires.versions(session)
        self.versions_table.setRowCount(0)
        for version in reversed(versions):  # newest first
            row = self.versions_table.rowCount()
            self.versions_table.insertRow(row)
            source = {
                "shipped": self.tr("shipped with KIN Desktop"),
                "published": self.tr("published here"),
                "welcome-pack": self.tr("welcome pack"),
            }.get(version.source, version.source)
            title = version.title.get(self._language) or version.title.get("en", "")
            cells = [
                version.questionnaire_id,
                version.version + ("  " + self.tr("(current)") if version.current else ""),
                title,
                local_time(version.published_at) if version.published_at else self.tr("not published"),
                source,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (version.questionnaire_id, version.version))
                self.versions_table.setItem(row, column, item)
        if self.versions_table.rowCount():
            self.versions_table.setCurrentCell(0, 0)
        self._update_buttons()

    def copy_problems(self) -> str:
        rows = sorted({index.row() for index in self.problems_view.selectionModel().selectedRows()})
        text = self.problems_model.as_text(rows or None)
        QApplication.clipboard().setText(text)
        return text

    # -- results ---------------------------------------------------------------------------

    def _selected_version(self) -> tuple[str, str] | None:
        item = self.versions_table.item(max(self.versions_table.currentRow(), 0), 0)
        data = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return (str(data[0]), str(data[1])) if isinstance(data, tuple) else None

    @Slot(object)
    def _on_imported(self, result: ImportResult) -> None:
        self._result = result
        self.problems_model.set_problems(result.problems)
        errors = sum(1 for p in result.problems if p.severity == "error")
        warnings = len(result.problems) - errors
        name = self._path.name if self._path else ""
        if result.ok and result.definition is not None:
            definition = result.definition
            text = self.tr("%1: questionnaire '%2' version %3, %4 section(s), %5 question(s), languages: %6.")
            text = (
                text.replace("%1", name)
                .replace("%2", definition.id)
                .replace("%3", definition.version)
                .replace("%4", str(result.sections))
                .replace("%5", str(result.questions))
                .replace("%6", ", ".join(result.languages))
            )
            if warnings:
                text += " " + self.tr("%n warning(s): see Problems.", "", warnings)
            self.summary.setText(text)
            set_tone(self.summary, Tone.WARNING if warnings else Tone.OK)
            self._show_preview()
        else:
            self.summary.setText(
                self.tr(
                    "%1 is refused: %n error(s) to correct (see Problems), then Validate again.", "", errors
                ).replace("%1", name)
            )
            set_tone(self.summary, Tone.ERROR)
            self._clear_preview()
        self.problems_stack.setCurrentWidget(self.problems_view if result.problems else self.no_problems)
        self.tabs.setTabText(0, self.tr("Problems (%1)").replace("%1", str(len(result.problems))))
        if result.problems:
            self.tabs.setCurrentIndex(0)
            first = self.problems_model.index(0, 0)
            self.problems_view.selectionModel().setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.problem_detail.clear()
        self._update_buttons(busy=False)
        self.imported.emit(result)

    def _show_preview(self) -> None:
        from kin_desktop.services.responses import PreviewResponses  # noqa: PLC0415
        from kin_desktop.ui.questionnaire import QuestionnairePage  # noqa: PLC0415

        assert self._result is not None and self._result.definition is not None
        self._clear_preview()
        page = QuestionnairePage(PreviewResponses(self._result.definition), language=self._language)
        page.setObjectName("previewPage")
        self._preview = page
        self.preview_holder.addWidget(page)
        self.preview_holder.setCurrentWidget(page)

    def _clear_preview(self) -> None:
        if self._preview is not None:
            self.preview_holder.removeWidget(self._preview)
            self._preview.deleteLater()
            self._preview = None
        self.preview_holder.setCurrentWidget(self.preview_empty)

    @Slot(object)
    def _on_published(self, publication: Any) -> None:
        if publication.new:
            text = self.tr(
                "Published '%1' version %2: the next welcome pack brings it to the delegates (Exports, "
                "Write welcome pack)."
            )
        else:
            text = self.tr("'%1' version %2 was already published with the same content: nothing changed.")
        self.summary.setText(
            text.replace("%1", publication.questionnaire_id).replace("%2", publication.version)
        )
        set_tone(self.summary, Tone.OK)
        self.refresh_versions()
        self.tabs.setCurrentIndex(2)
        self._update_buttons(busy=False)
        self.published.emit(publication)

    @Slot(object)
    def _on_exported(self, done: tuple[Path, tuple[str, ...]]) -> None:
        path, not_said = done
        text = self.tr("Wrote %1.").replace("%1", str(path))
        if not_said:
            text += " " + self.tr("XLSForm cannot say: %1.").replace("%1", "; ".join(not_said))
        self.summary.setText(text)
        set_tone(self.summary, Tone.WARNING if not_said else Tone.OK)

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        self.summary.setText(describe(error))
        set_tone(self.summary, Tone.ERROR)
        self._update_buttons(busy=False)

    def _update_buttons(self, busy: bool | None = None) -> None:
        working = self.busy if busy is None else busy
        result = self._result
        self.import_button.setEnabled(not working)
        self.check_button.setEnabled(not working and self._path is not None)
        self.lenient_check.setEnabled(not working)
        self.publish_button.setEnabled(not working and result is not None and result.ok)
        self.export_button.setEnabled(not working and self.versions_table.rowCount() > 0)

    # -- slots ----------------------------------------------------------------------------------

    @Slot()
    def _on_import_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an XLSForm workbook"),
            str(self._path.parent) if self._path else "",
            self.tr("XLSForm workbooks (%1);;All files (*)").replace("%1", _WORKBOOKS),
        )
        if name:
            self.import_workbook(name)

    @Slot()
    def _on_check_button_clicked(self) -> None:
        if self._path is not None:
            self.import_workbook(self._path)

    @Slot(bool)
    def _on_lenient_check_toggled(self, _checked: bool) -> None:
        if self._path is not None and not self.busy:
            self.import_workbook(self._path)

    @Slot()
    def _on_publish_button_clicked(self) -> None:
        self.publish()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        chosen = self._selected_version()
        if chosen is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to XLSForm"),
            f"{chosen[0]}-{chosen[1]}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.export_selected(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    @Slot(QModelIndex, QModelIndex)
    def _on_problem_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.problem_detail.clear()
            return
        problem = self.problems_model.problem(current.row())
        place = " ".join(p for p in (problem.sheet or "", problem.cell or "", problem.column or "") if p)
        message = self.problems_model.message(problem)
        self.problem_detail.setPlainText(f"{place}\n{message}" if place else message)

    @Slot(QModelIndex)
    def _on_problem_activated(self, index: QModelIndex) -> None:
        """Enter or a double-click: the whole message, selectable, in the field below the table."""
        if index.isValid():
            self._on_problem_current_row_changed(index, QModelIndex())
            self.problem_detail.setFocus(Qt.FocusReason.OtherFocusReason)
