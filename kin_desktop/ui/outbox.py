"""The Outbox: export bundles, take in what the secretariat sends, browse its practices catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.ui.errors import describe
from kin_desktop.ui.folders import last_folder, remember_folder, workspace_of
from kin_desktop.ui.formats import moment_text, size_text
from kin_desktop.ui.language import list_text, number_text
from kin_desktop.ui.palette import Tone, set_tone
from kin_desktop.ui.plain import message_box
from kin_desktop.ui.rows import Column, RowsModel
from kin_desktop.ui.send import SendPanel
from kin_desktop.ui.tasks import Task, TaskControl
from kin_desktop.ui.unlock import ensure_unlocked, forget_if_wrong
from kin_desktop.ui.widgets.column_fit import fit_columns
from kin_desktop.ui.widgets.search_filter import EmptyViewMessage, FoldedFilterProxy


def _when(value: Any) -> str:
    return moment_text(value) if value else ""


def _size(count: int) -> str:
    return size_text(count)


def _table(model: Any, name: str, title: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(title)  # the tab's title, said by a screen reader on entering the table
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    fit_columns(view)  # never sideways: columns as wide as their texts, the longest taking the rest
    return view


class ConfirmFingerprint:
    """Asks the delegate to compare the secretariat's fingerprint with the invitation letter."""

    @classmethod
    def ask(cls, parent: QWidget | None, fingerprint: str) -> bool:
        box = message_box(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("OutboxPage", "Confirm the secretariat's key"))
        box.setText(
            QCoreApplication.translate(
                "OutboxPage",
                "This welcome pack is signed by the key with this fingerprint:\n\n%1\n\n"
                "Does it match the fingerprint printed in your invitation letter? Only say yes if every "
                "group matches: from now on, only this key will be trusted.",
            ).replace("%1", fingerprint)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


class OutboxPage(QWidget):
    """Signals:
    exchange_finished(object): an export (ExportResult), an import (list of ImportOutcome) or a sync with
        the inbox (SyncReport) finished.
    """

    exchange_finished = Signal(object)

    def __init__(self, workspace: Any, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxPage")
        self._workspace = workspace
        self._task: Task | None = None
        self._state: Any = None

        # --- what waits to be sent
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingLabel")
        self.pending_label.setWordWrap(True)
        self.paper_label = QLabel()
        self.paper_label.setObjectName("stalePaperLabel")
        self.paper_label.setWordWrap(True)
        self.paper_label.hide()
        self.secretariat_label = QLabel()
        self.secretariat_label.setObjectName("secretariatLabel")
        self.secretariat_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export bundle…"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setToolTip(
            self.tr("Save the changes not yet acknowledged to a file for the secretariat (Ctrl+E)")
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.export_all_button = QPushButton(self.tr("Export e&verything…"))
        self.export_all_button.setToolTip(
            self.tr("Include everything, also what the secretariat acknowledged")
        )
        self.export_all_button.clicked.connect(self._on_export_all_button_clicked)
        send_box = QGroupBox(self.tr("To the secretariat"))
        send_layout = QVBoxLayout(send_box)
        send_layout.addWidget(self.pending_label)
        send_layout.addWidget(self.paper_label)
        send_layout.addWidget(self.secretariat_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_all_button)
        buttons.addStretch(1)
        send_layout.addLayout(buttons)
        self.send_panel = SendPanel(
            workspace, lambda suggested, folders: self.choose_export_path(self, suggested, folders), self
        )
        self.send_panel.synced.connect(self._on_send_panel_synced)
        send_layout.addWidget(self.send_panel)

        # --- what comes back
        self.import_button = QPushButton(self.tr("&Import welcome pack or receipt…"))
        self.import_button.clicked.connect(self.choose_and_import)
        drop_hint = QLabel(self.tr("Or drop the files onto this window."))
        receive_box = QGroupBox(self.tr("From the secretariat"))
        receive_layout = QHBoxLayout(receive_box)
        receive_layout.addWidget(self.import_button)
        receive_layout.addWidget(drop_hint, 1)

        # --- progress of long work
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

        # --- history and catalogue
        self.results_model = RowsModel(
            [
                Column(self.tr("File"), lambda o: o.path.name),
                Column(self.tr("Outcome"), lambda o: self._status_text(o.status)),
                Column(self.tr("Details"), lambda o: o.detail),
            ],
            self,
        )
        self.sent_model = RowsModel(
            [
                Column(self.tr("No."), lambda b: str(b.sequence), sort=lambda b: b.sequence),
                Column(self.tr("Exported"), lambda b: _when(b.created_at), sort=lambda b: b.created_at),
                Column(self.tr("Changes"), lambda b: str(b.revisions), sort=lambda b: b.revisions),
                Column(self.tr("File"), lambda b: b.path),
            ],
            self,
        )
        self.receipts_model = RowsModel(
            [
                Column(self.tr("No."), lambda r: str(r.receipt_sequence), sort=lambda r: r.receipt_sequence),
                Column(self.tr("Received"), lambda r: _when(r.taken_at), sort=lambda r: r.taken_at),
                Column(
                    self.tr("Acknowledged"),
                    lambda r: number_text(r.acknowledged),
                    sort=lambda r: r.acknowledged,
                ),
                Column(
                    self.tr("Review notes"),
                    lambda r: number_text(r.review_notes),
                    sort=lambda r: r.review_notes,
                ),
            ],
            self,
        )
        self.catalogue_model = RowsModel(
            [
                Column(self.tr("Practice"), lambda p: p["body"].get("title", "")),
                Column(self.tr("City"), lambda p: p["city"]),
                Column(self.tr("Country"), lambda p: p["country"]),
                Column(self.tr("Sectors"), lambda p: list_text(p["body"].get("sectors", []))),
            ],
            self,
        )
        self.catalogue_proxy = FoldedFilterProxy(self)  # case and accents aside: "rung" finds "rừng"
        self.catalogue_proxy.setSourceModel(self.catalogue_model)
        self.catalogue_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.catalogue_proxy.setFilterKeyColumn(-1)
        self.catalogue_search = QLineEdit()
        self.catalogue_search.setPlaceholderText(self.tr("Search the catalogue"))
        self.catalogue_search.setAccessibleName(self.tr("Search the catalogue"))
        self.catalogue_search.setClearButtonEnabled(True)
        self.catalogue_search.textChanged.connect(self.catalogue_proxy.set_text)
        self.catalogue_view = _table(self.catalogue_proxy, "catalogueView", self.tr("Practices catalogue"))
        self.catalogue_no_match = EmptyViewMessage(self.catalogue_view, self._catalogue_no_match_text)
        self.catalogue_view.setSortingEnabled(True)
        self.catalogue_view.selectionModel().currentRowChanged.connect(self._on_catalogue_current_row_changed)
        self.catalogue_detail = QTextBrowser()
        self.catalogue_detail.setAccessibleName(self.tr("Practice details"))
        self.catalogue_empty = QLabel(
            self.tr("No catalogue yet: it arrives with the secretariat's welcome pack.")
        )
        catalogue_page = QWidget()
        catalogue_layout = QVBoxLayout(catalogue_page)
        catalogue_layout.addWidget(self.catalogue_search)
        catalogue_layout.addWidget(self.catalogue_empty)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.catalogue_view)
        split.addWidget(self.catalogue_detail)
        catalogue_layout.addWidget(split, 1)

        self.tabs = QTabWidget()
        for model, name, title in (
            (self.results_model, "resultsView", self.tr("Last import")),
            (self.sent_model, "sentView", self.tr("Bundles sent")),
            (self.receipts_model, "receiptsView", self.tr("Receipts received")),
        ):
            self.tabs.addTab(_table(model, name, title), title)
        self.tabs.addTab(catalogue_page, self.tr("Practices catalogue"))
        self.tabs.setCurrentIndex(1)  # nothing imported yet in this session: show the history

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(send_box)
        layout.addWidget(receive_box)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # --- hooks tests replace ---------------------------------------------

    def _catalogue_no_match_text(self) -> str:
        words = self.catalogue_search.text().strip()
        return self.tr("Nothing in the catalogue matches “%1”.").replace("%1", words) if words else ""

    @staticmethod
    def choose_export_path(parent: QWidget, suggested: Path, folders: list[Path]) -> Path | None:
        dialog = QFileDialog(
            parent, QCoreApplication.translate("OutboxPage", "Save the bundle"), str(suggested)
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(QCoreApplication.translate("OutboxPage", "KIN bundles (*.kinb)"))
        dialog.setDefaultSuffix("kinb")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the sidebar lists USB drives
        dialog.setSidebarUrls([QUrl.fromLocalFile(str(folder)) for folder in folders])
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        return Path(dialog.selectedFiles()[0])

    @staticmethod
    def choose_import_paths(parent: QWidget) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("OutboxPage", "Import from the secretariat"),
            str(last_folder(workspace_of(parent), "import")),
            QCoreApplication.translate(
                "OutboxPage", "KIN files (*.kinw *.kinr);;Welcome packs (*.kinw);;Receipts (*.kinr)"
            ),
        )
        return [Path(name) for name in names]

    # --- state -------------------------------------------------------------

    def refresh(self) -> Task:
        from kin_desktop.services import exchange, outbox

        workspace = self._workspace

        def load() -> tuple[Any, list[dict[str, Any]]]:
            return outbox.outbox_state(workspace), exchange.catalogue(workspace)

        task = Task(load, self).on_success(self._on_refresh_succeeded).on_failure(self._show_error)
        return task.start()

    @Slot(object)
    def _on_refresh_succeeded(self, result: tuple[Any, list[dict[str, Any]]]) -> None:
        state, catalogue = result
        self._state = state
        if state.pending_records:
            parts = [
                self._type_count(kind, count) for kind, count in sorted(state.pending_records_by_type.items())
            ]
            text = self.tr("Not yet acknowledged by the secretariat: ") + list_text(parts)
            if state.pending_attachment_bytes:
                text += " " + self.tr("(attachments: %1)").replace(
                    "%1", _size(state.pending_attachment_bytes)
                )
        elif not state.sent:
            text = self.tr("Nothing sent yet, and nothing to send.")
        else:
            text = self.tr("Nothing to send: the secretariat has acknowledged everything.")
        self.pending_label.setText(text)
        if state.stale_forms:
            self.paper_label.setText(
                self.tr(
                    "Signed form out of date: %1. These commitments changed after their form was printed; "
                    "print the forms again and have them signed before you send the paper."
                ).replace("%1", list_text(title for title, _printed in state.stale_forms))
            )
            set_tone(self.paper_label, Tone.WARNING)
        self.paper_label.setVisible(bool(state.stale_forms))
        if state.secretariat:
            self.secretariat_label.setText(
                self.tr("Bundles are encrypted for: %1").replace("%1", state.secretariat)
            )
        else:
            self.secretariat_label.setText(
                self.tr(
                    "Import the secretariat's welcome pack first: it brings the key your bundles are "
                    "encrypted for."
                )
            )
        can_export = state.secretariat is not None and not self._busy()
        self.export_button.setEnabled(can_export and state.pending_revisions > 0)
        self.export_all_button.setEnabled(can_export)
        self.send_panel.set_state(state)
        self.sent_model.set_rows(state.sent)
        self.receipts_model.set_rows(state.receipts)
        self.catalogue_model.set_rows(catalogue)
        self.catalogue_empty.setVisible(not catalogue)

    def _type_count(self, kind: str, count: int) -> str:
        names = {
            "response": self.tr("%Ln questionnaire response(s)", "", count),
            "practice": self.tr("%Ln practice(s)", "", count),
            "commitment": self.tr("%Ln commitment(s)", "", count),
            "attachment": self.tr("%Ln attachment(s)", "", count),
            "progress_report": self.tr("%Ln progress report(s)", "", count),
        }
        return names.get(kind, f"{count} {kind}")

    def _status_text(self, status: str) -> str:
        return {
            "merged": self.tr("Taken in"),
            "duplicate": self.tr("Already taken in"),
            "held": self.tr("Held"),
            "rejected": self.tr("Refused"),
            "quarantined": self.tr("Set aside"),
            "internal_error": self.tr("Failed, kept for inspection"),
        }.get(status, status)

    def _busy(self) -> bool:
        return self._task is not None and self._task.running

    def _start(self, task: Task, message: str) -> Task:
        self._task = task
        self.result_label.setText(message)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.export_button.setEnabled(False)
        self.export_all_button.setEnabled(False)
        self.import_button.setEnabled(False)
        task.progressed.connect(self._on_task_progressed)
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._show_error)
        return task.start()

    @Slot(int, int)
    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot()
    def _on_task_finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.import_button.setEnabled(True)
        self.refresh()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Stopping after the current file…"))

    @Slot(object)
    def _show_error(self, error: BaseException) -> None:
        forget_if_wrong(self._workspace, error)
        self.result_label.setText(describe(error))

    @Slot(object)
    def _on_send_panel_synced(self, report: Any) -> None:
        self.refresh()
        self.exchange_finished.emit(report)

    # --- export -----------------------------------------------------------

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self.export()

    @Slot()
    def _on_export_all_button_clicked(self) -> None:
        self.export(full=True)

    def export(self, *, full: bool = False) -> Task | None:
        from datetime import date

        from kin_desktop.core.latin import slug
        from kin_desktop.services import outbox

        profile = self._workspace.profile()
        folders = outbox.suggested_export_folders()
        folder = last_folder(self._workspace, "export", folders[0] if folders else None)
        name = f"KIN-{slug(profile.city_in_latin, 'bundle')}-{date.today():%Y%m%d}.kinb"
        target = self.choose_export_path(self, folder / name, folders)
        if target is None:
            return None
        if target.suffix.casefold() != ".kinb":
            target = target.with_name(target.name + ".kinb")
        remember_folder(self._workspace, "export", target)
        return self._export_to(target, full)

    def _export_to(self, target: Path, full: bool) -> Task | None:
        """Export to exactly the file the user chose (the passphrase prompt asks until it is right)."""
        if not ensure_unlocked(self, self._workspace):
            return None
        workspace = self._workspace

        def run() -> Any:
            from kin_desktop.services import exchange

            return exchange.export_bundle(workspace, out=target, full=full)

        task = Task(run, self).on_success(self._on_export_succeeded)
        return self._start(task, self.tr("Exporting…"))

    @Slot(object)
    def _on_export_succeeded(self, result: Any) -> None:
        if result.path is None:
            self.result_label.setText(self.tr("Nothing was waiting to be sent; no file was written."))
        else:
            self.result_label.setText(
                self.tr(
                    "Saved %1: %Ln change(s), %2. Give this file to the secretariat.", "", result.revisions
                )
                .replace("%1", str(result.path))
                .replace("%2", _size(result.size))
            )
        self.exchange_finished.emit(result)

    # --- import -----------------------------------------------------------

    @Slot()
    def choose_and_import(self) -> Task | None:
        paths = self.choose_import_paths(self)
        if paths:
            remember_folder(self._workspace, "import", Path(paths[0]).parent)
        return self.import_files(paths) if paths else None

    def import_files(self, paths: list[Path]) -> Task | None:
        """Take in welcome packs and receipts; asks to confirm a secretariat key seen for the first time."""
        from kin_desktop.services import exchange

        if self._busy():
            self.result_label.setText(self.tr("Wait for the current work to finish, then try again."))
            return None
        accept: str | None = None
        if self._state is not None and self._state.secretariat is None:
            for outcome in exchange.verify_files(self._workspace, paths):
                if (
                    outcome.reason == "unconfirmed_key"
                    and outcome.kind == "welcome-pack"
                    and outcome.fingerprint
                ):
                    if not ConfirmFingerprint.ask(self, outcome.fingerprint):
                        self.result_label.setText(
                            self.tr("The welcome pack was not taken in: its key was not confirmed.")
                        )
                        return None
                    accept = outcome.fingerprint
                    break
        workspace = self._workspace

        def run(control: TaskControl) -> Any:
            return exchange.import_paths(
                workspace,
                paths,
                progress=control.report,
                cancelled=control.cancelled,
                accept_fingerprint=accept,
            )

        task = Task(run, self, controlled=True).on_success(self._on_import_succeeded)
        return self._start(task, self.tr("Importing…"))

    @Slot(object)
    def _on_import_succeeded(self, outcomes: list[Any]) -> None:
        self.results_model.set_rows(outcomes)
        self.tabs.setCurrentIndex(0)
        refused = sum(1 for o in outcomes if o.refused)
        taken = sum(1 for o in outcomes if o.status == "merged")
        text = self.tr("%Ln file(s) taken in.", "", taken)
        if refused:
            text += " " + self.tr("%Ln file(s) refused: see the reasons below.", "", refused)
        if not outcomes:
            text = self.tr("No welcome packs or receipts were found in what you chose.")
        self.result_label.setText(text)
        self.exchange_finished.emit(outcomes)

    # --- catalogue ----------------------------------------------------------

    @Slot()
    def _on_catalogue_current_row_changed(self) -> None:
        index = self.catalogue_view.currentIndex()
        if not index.isValid():
            self.catalogue_detail.clear()
            return
        entry = self.catalogue_proxy.data(index, RowsModel.RowRole)
        body = entry["body"]
        sections = [
            (self.tr("Problem"), body.get("problem", "")),
            (self.tr("Approach"), body.get("approach", "")),
            (self.tr("Environmental benefits"), body.get("environmental_benefits", "")),
            (self.tr("Social benefits"), body.get("social_benefits", "")),
            (self.tr("Economic benefits"), body.get("economic_benefits", "")),
            (self.tr("Replicability"), body.get("replicability", "")),
        ]
        from html import escape

        html = f"<h3>{escape(body.get('title', ''))}</h3><p><i>{escape(entry['city'])}, {escape(entry['country'])}</i></p>"
        html += f"<p>{escape(body.get('summary', ''))}</p>"
        html += "".join(f"<h4>{escape(title)}</h4><p>{escape(text)}</p>" for title, text in sections if text)
        self.catalogue_detail.setHtml(html)
