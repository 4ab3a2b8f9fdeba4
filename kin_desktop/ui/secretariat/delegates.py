"""The registry of delegates' keys: enrol (approve after comparing fingerprints), revoke, and what
each key has sent, with the gaps in its bundle numbers.

Bundles of a key come from the import log (``listing.list_rows(workspace, "imports")``, filtered by
signer). Gaps are counted per key: the log does not name the device, so a delegation sending from two
laptops (each numbering its own bundles) can show a gap that is not one; the detail of each merge in
the log, which the importer computes per device, is shown beside each bundle.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.services import exchange
from kin_desktop.ui.errors import describe
from kin_desktop.ui.folders import last_folder, remember_folder
from kin_desktop.ui.language import list_text, number_text
from kin_desktop.ui.plain import message_box
from kin_desktop.ui.rows import Column, RowsModel
from kin_desktop.ui.secretariat.common import configure_table, empty_state, local_time
from kin_desktop.ui.secretariat.inbox import LogRow, load_log, outcome_text, outcome_words
from kin_desktop.ui.tasks import Task
from kin_desktop.ui.unlock import ensure_unlocked, forget_if_wrong

# Bundles that take their sequence number (docs/exchange.md): the others do not fill a gap.
_ARRIVED = frozenset({"merged", "duplicate", "held"})


def category_text(code: str | None) -> str:
    return {
        "mayor": QCoreApplication.translate("secretariat", "Mayor"),
        "city-expert": QCoreApplication.translate("secretariat", "City expert"),
        "national": QCoreApplication.translate("secretariat", "National government"),
        "international": QCoreApplication.translate("secretariat", "International organisation"),
        "other": QCoreApplication.translate("secretariat", "Other", "participant category"),
    }.get(code or "", code or "")


def key_status_text(status: str) -> str:
    return {
        "pending": QCoreApplication.translate("secretariat", "Waiting for approval"),
        "approved": QCoreApplication.translate("secretariat", "Approved"),
        "revoked": QCoreApplication.translate("secretariat", "Revoked"),
    }.get(status, status)


def sequence_gaps(sequences: Iterable[int]) -> list[tuple[int, int]]:
    """The ranges of numbers below the highest one that never arrived: ``[(3, 4), (7, 7)]``."""
    seen = sorted(set(sequences))
    gaps: list[tuple[int, int]] = []
    expected = 1
    for number in seen:
        if number > expected:
            gaps.append((expected, number - 1))
        expected = number + 1
    return gaps


def gaps_text(gaps: Sequence[tuple[int, int]]) -> str:
    if not gaps:
        return ""
    parts = [str(a) if a == b else f"{a}–{b}" for a, b in gaps]
    missing = sum(b - a + 1 for a, b in gaps)
    return CountedTexts().gaps(missing).replace("%1", list_text(parts))


class CountedTexts(QObject):
    """The module's texts with a count: lupdate marks plurals ("%n") only in ``self.tr`` calls."""

    def gaps(self, missing: int) -> str:
        return self.tr("Bundle(s) %1 from this delegate have not arrived.", "", missing)

    def approval(self, held: int) -> str:
        return self.tr(
            "Compare this fingerprint with the one the delegate reads to you (by phone, or from their "
            "screen):\n\n%1\n\n%2\n\nApprove only if every group matches. Its %Ln held bundle(s) will "
            "then be merged.",
            "",
            held,
        )


class ConfirmApproval(QDialog):
    """One dialog for every key to approve: each fingerprint to compare with the one its delegate reads
    out. Approving needs the box "I compared every fingerprint" ticked; Cancel is the default."""

    def __init__(self, keys: Sequence[exchange.KeyRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmApproval")
        self.setWindowTitle(self.tr("Approve %Ln key(s)", "", len(keys)))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "Compare each fingerprint with the one its delegate reads to you (by phone, or from their "
                "screen). Approve only if every group of every fingerprint matches: their held bundles "
                "are then merged."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(keys), 4)
        self.table.setObjectName("fingerprintsTable")
        self.table.setAccessibleName(self.tr("Fingerprints to compare"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("City"), self.tr("Delegate"), self.tr("Fingerprint"), self.tr("Held")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, key in enumerate(keys):
            for column, text in enumerate(
                (
                    ", ".join(p for p in (key.city, key.country) if p),
                    key.name,
                    key.fingerprint,
                    number_text(key.held),
                )
            ):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setFont(mono)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.compared = QCheckBox(self.tr("I &compared every fingerprint, and each one matches"))
        self.compared.setObjectName("comparedCheck")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.approve_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.approve_button.setText(self.tr("&Approve %Ln key(s)", "", len(keys)))
        self.approve_button.setEnabled(False)
        self.approve_button.setAutoDefault(False)
        self.approve_button.setDefault(False)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter never approves by accident
        self.compared.toggled.connect(self.approve_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.compared)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, keys: Sequence[exchange.KeyRow]) -> bool:
        dialog = cls(keys, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


class ConfirmRevocation:
    """Asks before a key is revoked: its later bundles will be refused."""

    @classmethod
    def ask(cls, parent: QWidget | None, key: exchange.KeyRow) -> bool:
        box = message_box(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(
            QCoreApplication.translate("secretariat", "Revoke the key of %1").replace(
                "%1", key.city or key.name
            )
        )
        box.setText(
            QCoreApplication.translate(
                "secretariat",
                "Revoke the key %1 (%2)?\n\nBundles it signs from now on, and those held for it, will be "
                "refused. What it sent before stays. This cannot be undone: the delegate will need a new key.",
            )
            .replace("%1", key.fingerprint)
            .replace("%2", ", ".join(p for p in (key.name, key.city) if p))
        )
        revoke = box.addButton(
            QCoreApplication.translate("secretariat", "&Revoke"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is revoke


class _KeysModel(RowsModel):
    """The registry, fingerprints in a fixed-pitch font and pending keys in bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("secretariat", "Status"), lambda k: key_status_text(k.status)
                ),
                Column(QCoreApplication.translate("secretariat", "Fingerprint"), lambda k: k.fingerprint),
                Column(QCoreApplication.translate("secretariat", "City"), lambda k: k.city),
                Column(QCoreApplication.translate("secretariat", "Country"), lambda k: k.country),
                Column(QCoreApplication.translate("secretariat", "Delegate"), lambda k: k.name),
                Column(
                    QCoreApplication.translate("secretariat", "Category"), lambda k: category_text(k.category)
                ),
                Column(
                    QCoreApplication.translate("secretariat", "Held bundles"),
                    lambda k: str(k.held) if k.held else "",
                    sort=lambda k: k.held,
                ),
            ],
            parent,
        )
        self._fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            if index.column() == 1:
                return self._fixed
            if index.column() == 0 and self.row_at(index.row()).status == "pending":
                return self._bold
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid() and index.column() == 1:
            # Read group by group, not as one long word.
            return ", ".join(self.row_at(index.row()).fingerprint.split())
        return super().data(index, role)


class DelegatesPage(QWidget):
    """The delegates' keys: pending enrolments first; approve, revoke; bundles and gaps per key.

    Signals:
        key_approved(str): a key was approved (carries its key id); its held bundles were imported.
        key_revoked(str): a key was revoked (carries its key id).
        keys_refreshed(int): the registry was (re)loaded; carries how many keys it holds.
    """

    key_approved = Signal(str)
    key_revoked = Signal(str)
    keys_refreshed = Signal(int)
    receipts_written = Signal(object)

    def __init__(self, workspace: Any, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delegatesPage")
        self._workspace = workspace
        self._tasks: set[Task] = set()
        self._log: tuple[LogRow, ...] = ()
        self._busy = False
        self._after_approval: list[str] = []  # keys just approved: the next waiting key is selected

        self.keys_model = _KeysModel(self)
        self.keys_view = QTableView()
        self.keys_view.setObjectName("keysView")
        self.keys_view.setModel(self.keys_model)
        configure_table(self.keys_view, self.tr("Delegates' keys"))
        header = self.keys_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.keys_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # approve many
        self.keys_view.selectionModel().currentRowChanged.connect(self._on_keys_view_current_row_changed)
        self.keys_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.keys_empty = empty_state(
            self.tr(
                "No delegate has sent a bundle yet. A delegate's first bundle registers their key here, "
                "waiting for your approval."
            )
        )
        self.keys_stack = QStackedWidget()
        self.keys_stack.addWidget(self.keys_empty)
        self.keys_stack.addWidget(self.keys_view)

        self.approve_action = QAction(self.tr("&Approve…"), self)
        self.approve_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.approve_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.approve_action.triggered.connect(self._on_approve_action_triggered)
        self.revoke_action = QAction(self.tr("&Revoke…"), self)
        self.revoke_action.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        self.revoke_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.revoke_action.triggered.connect(self._on_revoke_action_triggered)
        self.reissue_action = QAction(self.tr("Write a &receipt again…"), self)
        self.reissue_action.setObjectName("reissueAction")
        self.reissue_action.triggered.connect(self.reissue_receipt)
        self.refresh_action = QAction(self.tr("Re&fresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self._on_refresh_action_triggered)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, action, name in (
            ("approve", self.approve_action, self.tr("Approve the selected keys")),
            ("revoke", self.revoke_action, self.tr("Revoke the selected key")),
            (
                "reissue",
                self.reissue_action,
                self.tr("Write a receipt with the current state for this delegate"),
            ),
            ("refresh", self.refresh_action, self.tr("Load the registry again")),
        ):
            self.addAction(action)
            button = QPushButton(action.text())
            button.setAccessibleName(name)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{name} ({shortcut})" if shortcut else name)
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Registry summary"))
        buttons.addWidget(self.summary_label)

        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Result"))

        # --- the selected key
        self.key_label = QLabel()
        self.key_label.setObjectName("keyLabel")
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gaps_label = QLabel()
        self.gaps_label.setObjectName("gapsLabel")
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setAccessibleName(self.tr("Missing bundles"))
        self.bundles_model = RowsModel(
            [
                Column(self.tr("City"), lambda r: r.city),
                Column(self.tr("No."), lambda r: "" if r.sequence is None else str(r.sequence)),
                Column(self.tr("Received"), lambda r: local_time(r.received_at)),
                Column(self.tr("File"), lambda r: r.name),
                Column(self.tr("Outcome"), lambda r: outcome_text(r.status)),
                Column(self.tr("Records"), lambda r: number_text(r.records), sort=lambda r: r.records),
                Column(self.tr("What it means"), lambda r: outcome_words(r.status, r.reason, r.detail)),
            ],
            self,
        )
        self.bundles_view = QTableView()
        self.bundles_view.setObjectName("bundlesView")
        self.bundles_view.setModel(self.bundles_model)
        configure_table(self.bundles_view, self.tr("Bundles received from the selected key"))
        self.bundles_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bundles_view.horizontalHeader().setStretchLastSection(True)
        detail_box = QGroupBox(self.tr("What this key has sent"))
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.addWidget(self.key_label)
        detail_layout.addWidget(self.gaps_label)
        detail_layout.addWidget(self.bundles_view, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.keys_stack)
        split.addWidget(detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(split, 1)
        self._show_key(None)
        self.refresh()

    # --- loading ------------------------------------------------------------------------------------

    def _start(self, fn: Any, on_success: Any) -> Task:
        return (
            Task(fn, self)
            .on_success(on_success)
            .on_failure(self._on_task_failed)
            .kept_in(self._tasks)
            .start()
        )

    def refresh(self) -> Task:
        workspace = self._workspace

        def load() -> tuple[list[exchange.KeyRow], tuple[LogRow, ...]]:
            return exchange.enrol_list(workspace), load_log(workspace)

        return self._start(load, self._on_loaded)

    @Slot(object)
    def _on_loaded(self, result: tuple[list[exchange.KeyRow], tuple[LogRow, ...]]) -> None:
        keys, log = result
        selected = self.selected_key()
        self._log = log
        self.keys_model.set_rows(keys)
        self.keys_stack.setCurrentWidget(self.keys_view if keys else self.keys_empty)
        pending = sum(1 for k in keys if k.status == "pending")
        approved = sum(1 for k in keys if k.status == "approved")
        self.summary_label.setText(
            self.tr("%Ln waiting for approval", "", pending) + " · " + self.tr("%Ln approved", "", approved)
        )
        row = 0
        if selected is not None:
            row = next((i for i, k in enumerate(keys) if k.key_id == selected.key_id), 0)
        if self._after_approval:  # keys just approved: on to the next one waiting, if any
            self._after_approval = []
            row = next((i for i, k in enumerate(keys) if k.status == "pending"), row)
        if keys:
            self.keys_view.selectRow(row)
            self.keys_view.scrollTo(self.keys_model.index(row, 0))
        self._show_key(self.selected_key())
        self.keys_refreshed.emit(len(keys))

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        if isinstance(error, BaseException):
            forget_if_wrong(self._workspace, error)
        self._busy = False
        self.result_label.setText(describe(error) if isinstance(error, BaseException) else str(error))
        self._update_actions()

    # --- selection ------------------------------------------------------------------------------------

    def selected_key(self) -> exchange.KeyRow | None:
        index = self.keys_view.currentIndex()
        if not index.isValid() or not self.keys_view.selectionModel().hasSelection():
            return None
        row: exchange.KeyRow = self.keys_model.row_at(index.row())
        return row

    def select_key(self, key_id: str) -> bool:
        for row in range(self.keys_model.rowCount()):
            if self.keys_model.row_at(row).key_id == key_id:
                self.keys_view.selectRow(row)
                return True
        return False

    @Slot()
    def _on_keys_view_current_row_changed(self) -> None:
        self._show_key(self.selected_key())

    def _show_key(self, key: exchange.KeyRow | None) -> None:
        if key is None:
            self.key_label.setText(self.tr("Select a key to see the bundles it has sent."))
            self.gaps_label.clear()
            self.bundles_model.set_rows([])
            self._update_actions()
            return
        bundles = sorted(
            (r for r in self._log if r.signer == key.key_id),
            key=lambda r: (r.sequence if r.sequence is not None else 0, r.received_at),
        )
        self.bundles_model.set_rows(bundles)
        text = self.tr("%1 — %2, %3 · %4 · first seen %5").replace("%1", key.name or self.tr("(no name)"))
        text = text.replace("%2", key.city).replace("%3", key.country)
        text = text.replace("%4", key.organisation).replace("%5", local_time(key.first_seen))
        if key.email:
            text += " · " + key.email
        self.key_label.setText(text)
        gaps = sequence_gaps(r.sequence for r in bundles if r.status in _ARRIVED and r.sequence is not None)
        if gaps:
            self.gaps_label.setText(gaps_text(gaps))
        elif bundles:
            self.gaps_label.setText(self.tr("No bundle is missing: every number up to the last one arrived."))
        else:
            self.gaps_label.setText(self.tr("Nothing received from this key is in the import log."))
        self._update_actions()

    def _update_actions(self) -> None:
        key = self.selected_key()
        pending = any(k.status == "pending" for k in self.selected_keys())
        self.approve_action.setEnabled(not self._busy and pending)
        self.reissue_action.setEnabled(not self._busy and key is not None and key.status == "approved")
        self.revoke_action.setEnabled(not self._busy and key is not None and key.status != "revoked")
        self.refresh_action.setEnabled(not self._busy)

    # --- approve and revoke ------------------------------------------------------------------------------

    def selected_keys(self) -> list[exchange.KeyRow]:
        """Every key selected in the list (Ctrl+A, Shift+click), in list order."""
        rows = sorted(index.row() for index in self.keys_view.selectionModel().selectedRows())
        return [self.keys_model.row_at(row) for row in rows]

    def approve_selected(self) -> Task | None:
        """Approve every pending key selected, after one dialog listing their fingerprints."""
        keys = [key for key in self.selected_keys() if key.status == "pending"]
        if not keys or self._busy:
            return None
        if not ConfirmApproval.ask(self, keys):
            self.result_label.setText(self.tr("Not approved: nothing changed."))
            return None
        if not ensure_unlocked(self, self._workspace):  # held bundles are decrypted as they merge
            return None
        workspace = self._workspace
        self._busy = True
        self._update_actions()
        self.result_label.setText(
            self.tr("Approving %Ln key(s) and merging their held bundles…", "", len(keys))
        )
        ids = [key.key_id for key in keys]
        self._after_approval = ids

        def run() -> list[Any]:
            outcomes: list[Any] = []
            for key_id in ids:
                outcomes.extend(exchange.approve(workspace, key_id))
            return outcomes

        return self._start(run, lambda outcomes: self._on_approved(keys, outcomes))

    def _on_approved(self, keys: list[exchange.KeyRow], outcomes: list[Any]) -> None:
        self._busy = False
        merged = sum(1 for o in outcomes if o.status == "merged")
        refused = [o for o in outcomes if o.refused]
        who = keys[0].city or keys[0].name if len(keys) == 1 else self.tr("%Ln key(s)", "", len(keys))
        text = self.tr("Approved %1: %Ln held bundle(s) merged.", "", merged).replace("%1", who)
        if refused:
            text += " " + self.tr("%Ln refused:", "", len(refused)) + " "
            text += "; ".join(
                f"{o.path.name}: {outcome_words(o.status, o.reason, o.detail)}" for o in refused
            )
        self.result_label.setText(text)
        self.refresh()
        for key in keys:
            self.key_approved.emit(key.key_id)

    def reissue_receipt(self) -> Task | None:
        """Write a receipt again for the selected approved delegate (a lost USB stick): it holds the
        current state, even when nothing is new."""
        key = self.selected_key()
        if key is None or key.status != "approved" or self._busy:
            return None
        folder = self.choose_receipt_folder(self)
        if folder is None:
            return None
        remember_folder(self._workspace, "receipts", folder)
        if not ensure_unlocked(self, self._workspace):  # receipts are signed
            return None
        workspace = self._workspace
        self._busy = True
        self._update_actions()

        def done(paths: list[Path]) -> None:
            self._busy = False
            self._update_actions()
            self.result_label.setText(
                self.tr("Receipt written for %1: %2. Send it to the delegate.")
                .replace("%1", key.city or key.name)
                .replace("%2", str(paths[0]) if paths else "")
            )
            self.receipts_written.emit(paths)

        return self._start(lambda: exchange.write_receipts(workspace, folder, delegate=key.key_id), done)

    @staticmethod
    def choose_receipt_folder(parent: QWidget) -> Path | None:
        start = last_folder(getattr(parent, "workspace", None), "receipts")
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("secretariat", "Choose a folder for the receipt"), str(start)
        )
        return Path(folder) if folder else None

    @property
    def workspace(self) -> Any:
        return self._workspace

    def revoke_selected(self) -> Task | None:
        key = self.selected_key()
        if key is None or key.status == "revoked" or self._busy:
            return None
        if not ConfirmRevocation.ask(self, key):
            self.result_label.setText(self.tr("Not revoked: nothing changed."))
            return None
        workspace = self._workspace
        self._busy = True
        self._update_actions()
        return self._start(lambda: exchange.revoke(workspace, key.key_id), lambda _r: self._on_revoked(key))

    def _on_revoked(self, key: exchange.KeyRow) -> None:
        self._busy = False
        self.result_label.setText(
            self.tr("Revoked the key of %1: its bundles will be refused from now on.").replace(
                "%1", key.city or key.name
            )
        )
        self.refresh()
        self.key_revoked.emit(key.key_id)

    @Slot()
    def _on_approve_action_triggered(self) -> None:
        self.approve_selected()

    @Slot()
    def _on_revoke_action_triggered(self) -> None:
        self.revoke_selected()

    @Slot()
    def _on_refresh_action_triggered(self) -> None:
        self.refresh()
