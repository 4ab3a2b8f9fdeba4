"""The secretariat's Inbox: take in delegates' bundles (chosen, dropped or from a watched folder).

Imports run off the GUI thread (``ui.tasks.Task``, controlled: progress and Cancel between files);
each file's outcome is shown in words an officer can act on, and the import log below can be
searched by city, date and outcome.

The GUI thread stays responsive during a long import (bench/gui_import.py): the page does nothing on
it while the files are read but show coalesced progress (``ui.tasks``); the results table is painted
before anything else starts on a worker thread, and the log is reloaded only when no import runs.

Watching a folder: a ``QFileSystemWatcher`` reports that the folder changed; new ``*.kinb`` files
are then polled until their size and modification time stop changing (a file still being copied
from a USB stick or saved by a mail client is never read half-written) and imported. Files the
import log already names are not taken again when watching starts.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.services import exchange, listing
from kin_desktop.services.records import fold
from kin_desktop.ui import formats
from kin_desktop.ui.errors import describe
from kin_desktop.ui.folders import last_folder, remember_folder, workspace_of
from kin_desktop.ui.language import number_text
from kin_desktop.ui.rows import Column, RowsModel
from kin_desktop.ui.secretariat.common import configure_table, empty_state, local_time
from kin_desktop.ui.tasks import Task, TaskControl
from kin_desktop.ui.unlock import ensure_unlocked, forget_if_wrong

Index = QModelIndex | QPersistentModelIndex
BUNDLE_FILTER = "KIN bundles (*.kinb)"
AFTER_PAINT_MS = 1  # see InboxPage._on_task_finished
SETTLE_MS = 1500  # a watched file must keep its size and time this long before it is read
OUTCOMES = ("merged", "duplicate", "held", "rejected", "quarantined", "internal_error")


# -- words for the codes of the exchange service (shared with the Delegates page) -------------------


def outcome_text(status: str) -> str:
    return {
        "merged": QCoreApplication.translate("secretariat", "Merged"),
        "duplicate": QCoreApplication.translate("secretariat", "Already received"),
        "held": QCoreApplication.translate("secretariat", "Held for enrolment"),
        "rejected": QCoreApplication.translate("secretariat", "Rejected"),
        "quarantined": QCoreApplication.translate("secretariat", "Quarantined"),
        "internal_error": QCoreApplication.translate("secretariat", "Failed, kept for inspection"),
    }.get(status, status)


def reason_text(reason: str | None) -> str:
    """What a refusal or a hold means, for an officer (docs/bundle-format.md §8, docs/exchange.md)."""
    if not reason:
        return ""
    damaged = QCoreApplication.translate(
        "secretariat",
        "The file is damaged or was altered after it was signed; ask the delegate to export again.",
    )
    words = {
        "pending_key": QCoreApplication.translate(
            "secretariat",
            "The sender's key is not enrolled yet: compare its fingerprint with the delegate (Delegates page), "
            "then approve it; the bundle then merges.",
        ),
        "revoked_key": QCoreApplication.translate(
            "secretariat", "The sender's key has been revoked; nothing was taken in."
        ),
        "conflicting_revision": QCoreApplication.translate(
            "secretariat",
            "A change already received comes again with other content (altered, or a faulty program): "
            "the file was set aside as evidence, nothing in it was taken in.",
        ),
        "held_quota": QCoreApplication.translate(
            "secretariat",
            "Too many files are already waiting for keys nobody has enrolled; this one was not kept. Approve "
            "or revoke the waiting keys (Delegates page), then import this file again.",
        ),
        "internal_error": QCoreApplication.translate(
            "secretariat",
            "Something unexpected went wrong with this file; nothing of it was taken in and the other files "
            "went on. It was kept in the profile's quarantine folder: please report it.",
        ),
        "sequence_reused": QCoreApplication.translate(
            "secretariat",
            "This device sent a different bundle with the same number before; the file was set aside. "
            "Ask the delegate whether the profile was copied to another computer.",
        ),
        "unreadable": QCoreApplication.translate(
            "secretariat", "The file could not be read (missing, or no permission)."
        ),
        "too_large": QCoreApplication.translate(
            "secretariat", "The file is larger than KIN Desktop accepts."
        ),
        "not_a_bundle": QCoreApplication.translate("secretariat", "This is not a KIN bundle."),
        "not_a_container": QCoreApplication.translate("secretariat", "This is not a KIN file."),
        "encrypted": QCoreApplication.translate("secretariat", "This file is encrypted for someone else."),
        "unsupported_version": QCoreApplication.translate(
            "secretariat", "The file was written by a newer version of KIN Desktop; update it."
        ),
        "bad_header": damaged,
        "not_for_us": QCoreApplication.translate(
            "secretariat",
            "The bundle is encrypted for another secretariat key; the delegate needs the current welcome pack.",
        ),
        "wrong_recipient": QCoreApplication.translate(
            "secretariat",
            "The bundle was made for another secretariat key; the delegate needs the current welcome pack.",
        ),
        "decrypt_failed": damaged,
        "truncated": QCoreApplication.translate(
            "secretariat", "The file is cut short (an interrupted copy?); ask for it again."
        ),
        "trailing_data": damaged,
        "bad_zip": damaged,
        "too_many_members": QCoreApplication.translate(
            "secretariat", "The bundle holds more files than allowed; it was not opened."
        ),
        "compression_ratio": QCoreApplication.translate(
            "secretariat", "The bundle expands suspiciously (a zip bomb?); it was not opened."
        ),
        "unsafe_name": QCoreApplication.translate(
            "secretariat", "The bundle names files in an unsafe way; it was not opened."
        ),
        "duplicate_member": damaged,
        "directory": damaged,
        "symlink": damaged,
        "special_file": damaged,
        "encrypted_member": damaged,
        "unsupported_compression": damaged,
        "member_not_allowed": QCoreApplication.translate(
            "secretariat", "The bundle holds a file that bundles may not carry."
        ),
        "missing_member": damaged,
        "unlisted_member": damaged,
        "member_mismatch": damaged,
        "bad_signature": QCoreApplication.translate(
            "secretariat", "The signature does not verify: the file was altered or forged."
        ),
        "unknown_key": QCoreApplication.translate(
            "secretariat", "The file is signed by a key this profile does not know."
        ),
        "wrong_signer": QCoreApplication.translate(
            "secretariat", "The file is signed by another key than the one it names."
        ),
        "wrong_kind": damaged,
        "bad_manifest": damaged,
        "bad_revision": QCoreApplication.translate(
            "secretariat", "The bundle's records are invalid; nothing was taken in."
        ),
        "wrong_author": QCoreApplication.translate(
            "secretariat", "A change in the bundle was not written by its sender; nothing was taken in."
        ),
        "not_owner": QCoreApplication.translate(
            "secretariat",
            "The bundle changes records its sender does not own (or review notes); nothing was taken in.",
        ),
        "missing_attachment": QCoreApplication.translate(
            "secretariat", "An attached file is missing from the bundle; nothing was taken in."
        ),
    }
    return words.get(reason, reason)


# The notes import writes into the log of a merge, in English (docs/exchange.md): the sequence
# numbers not arrived yet, "no new revisions", and far-dated revisions. Shown in the interface language;
# anything else is shown as it was logged.
_GAP_NOTE = re.compile(
    r"^bundles? (?P<ranges>[0-9–, ]+?(?:, (?P<more>[0-9]+) more ranges?)?) from this device (?:has|have) not arrived$"
)
_CLOCK_NOTE = re.compile(
    r"^(?P<count>[0-9]+) revisions? (?:is|are) dated as late as (?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2}), more than a "
    r"day ahead of this computer's clock: the sender's clock is probably wrong \(kept as signed; this "
    r"computer's clock was not moved\)$"
)

# Notes are joined by "; ", which the clock note holds too: split only where a known note starts.
_NOTE_START = re.compile(r"; (?=bundles? |no new revisions|[0-9]+ revisions? (?:is|are) dated )")


def _note_words(note: str) -> str:
    """One logged note in the interface language (worded so that no count needs a plural: lupdate sees
    no plural forms in ``QCoreApplication.translate``)."""
    gap = _GAP_NOTE.match(note)
    if gap:
        ranges = gap["ranges"]
        if gap["more"]:
            ranges = (
                QCoreApplication.translate("secretariat", "%1 and %2 more gaps")
                .replace("%1", ranges[: ranges.rindex(",")])
                .replace("%2", number_text(int(gap["more"])))
            )
        return QCoreApplication.translate(
            "secretariat", "Not arrived yet from this device: bundle %1."
        ).replace("%1", ranges)
    if note == "no new revisions":
        return QCoreApplication.translate("secretariat", "Nothing new in it.")
    clock = _CLOCK_NOTE.match(note)
    if clock:
        return (
            QCoreApplication.translate(
                "secretariat",
                "Changes dated more than a day ahead of this computer's clock: %1, the latest on %2. The "
                "sender's clock is probably wrong; they were kept as signed and this computer's clock was "
                "not moved.",
            )
            .replace("%1", number_text(int(clock["count"])))
            .replace("%2", formats.day_text(clock["day"]))
        )
    return note


def outcome_words(status: str, reason: str | None, detail: str) -> str:
    """The 'what it means' column: the reason in words, or the notes of a merge (gaps, far clocks) in the
    interface language; a note this window does not know is shown as logged."""
    if reason:
        return reason_text(reason)
    if status == "duplicate":
        return QCoreApplication.translate("secretariat", "Nothing new in it.")
    return "; ".join(_note_words(note) for note in _NOTE_START.split(detail)) if detail else ""


# -- the import log ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogRow:
    """One entry of the import log (``listing.list_rows(workspace, "imports")``)."""

    id: int
    path: str
    city: str
    status: str
    reason: str | None
    detail: str
    signer: str | None
    sequence: int | None
    received_at: datetime
    records: int

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> LogRow:
        stamp = str(row["received_at"]).removesuffix("Z")
        moment = datetime.fromisoformat(stamp)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return cls(
            id=int(row["id"]),
            path=str(row["path"]),
            city=str(row.get("city") or ""),
            status=str(row["status"]),
            reason=row.get("reason"),
            detail=str(row.get("detail") or ""),
            signer=row.get("signer"),
            sequence=row.get("sequence"),
            received_at=moment,
            records=int(row.get("records") or 0),
        )

    @property
    def name(self) -> str:
        return Path(self.path).name


def load_log(workspace: Any) -> tuple[LogRow, ...]:
    """Newest first."""
    rows = [LogRow.from_dict(row) for row in listing.list_rows(workspace, "imports")]
    rows.sort(key=lambda r: (r.received_at, r.id), reverse=True)
    return tuple(rows)


def log_haystacks(rows: Sequence[LogRow]) -> tuple[str, ...]:
    """What the log search looks in, row by row: city, file, local date (ISO and as shown), outcome
    (code and words).

    Run on a worker thread, so Qt (the time as shown, the words of an outcome) is asked once per
    distinct value, not once per row: every call into Qt lets go of the interpreter lock and takes it
    back at once, and a worker doing that thousands of times in a row keeps a GUI thread that waits
    for the lock from getting it (an import logs many files in the same second).
    """
    shown: dict[int, tuple[str, str]] = {}  # second -> (ISO date, as shown)
    words: dict[str, str] = {}
    haystacks = []
    for row in rows:
        second = int(row.received_at.timestamp())
        when = shown.get(second)
        if when is None:
            moment = datetime.fromtimestamp(second, UTC)
            when = shown[second] = (moment.astimezone().date().isoformat(), local_time(moment))
        outcome = words.get(row.status)
        if outcome is None:
            outcome = words[row.status] = outcome_text(row.status)
        text = " ".join((row.city, row.name, *when, row.status, outcome, row.reason or ""))
        haystacks.append(fold(text))
    return tuple(haystacks)


class MaskProxy(QSortFilterProxyModel):
    """Shows the source rows whose flag is set: the filter is computed once, in one pass, by the page,
    so ``filterAcceptsRow`` is one list lookup per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mask: list[bool] | None = None

    def set_mask(self, mask: list[bool] | None) -> None:
        self.beginFilterChange()
        self._mask = mask
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _source_parent: Index) -> bool:  # noqa: N802 - Qt override
        mask = self._mask
        return mask is None or (source_row < len(mask) and mask[source_row])


# -- the page ---------------------------------------------------------------------------------------------


class InboxPage(QWidget):
    """Bundles in: import files or folders, watch a folder, see every outcome and the import log.

    Signals:
        imports_finished(object): an import finished (also when cancelled) and its results are on
            screen; carries the list of ``ImportOutcome`` of the files it took.
        log_refreshed(int): the import log was (re)loaded; carries how many entries it holds. After
            imports, once the last one waiting has finished.
    """

    imports_finished = Signal(object)
    log_refreshed = Signal(int)

    def __init__(self, workspace: Any, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxPage")
        self.setAcceptDrops(True)
        self._workspace = workspace
        self._task: Task | None = None
        self._queue: list[tuple[Task, list[Path]]] = []
        self._tasks: set[Task] = set()
        self._log_rows: tuple[LogRow, ...] = ()
        self._haystacks: tuple[str, ...] = ()
        self._stopping = False
        self._outcomes: list[Any] | None = None
        self.settle_ms = SETTLE_MS

        # --- taking files in
        self.files_button = QPushButton(self.tr("Import &files…"))
        self.files_button.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.files_button.setToolTip(self.tr("Choose bundle files to import (Ctrl+Shift+I)"))
        self.files_button.setAccessibleName(self.tr("Import files"))
        self.files_button.clicked.connect(self._on_files_button_clicked)
        self.folder_button = QPushButton(self.tr("Import a f&older…"))
        self.folder_button.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.folder_button.setToolTip(self.tr("Import every bundle in a folder (Ctrl+Shift+D)"))
        self.folder_button.setAccessibleName(self.tr("Import a folder"))
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.sync_button = QPushButton(self.tr("From the inbox &service"))
        self.sync_button.setShortcut(QKeySequence("F9"))
        self.sync_button.setToolTip(
            self.tr(
                "Fetch and import the bundles delegates sent to the inbox service, then send it the receipts, "
                "the welcome pack and the key list (F9)"
            )
        )
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        drop_hint = QLabel(self.tr("Or drop bundle files or folders here."))
        drop_hint.setWordWrap(True)

        self.watch_check = QCheckBox(self.tr("&Watch folder"))
        self.watch_check.setToolTip(
            self.tr(
                "Import new bundles saved into this folder automatically (for example a mail attachments folder)"
            )
        )
        self.watch_edit = QLineEdit()
        self.watch_edit.setReadOnly(True)
        self.watch_edit.setPlaceholderText(self.tr("No folder chosen"))
        self.watch_edit.setAccessibleName(self.tr("Watched folder"))
        self.watch_button = QPushButton(self.tr("C&hoose…"))
        self.watch_button.setAccessibleName(self.tr("Choose the watched folder"))
        self.watch_button.clicked.connect(self._on_watch_button_clicked)
        self.watch_check.toggled.connect(self._on_watch_check_toggled)

        take_box = QGroupBox(self.tr("Bundles from delegates"))
        take_layout = QVBoxLayout(take_box)
        row = QHBoxLayout()
        row.addWidget(self.files_button)
        row.addWidget(self.folder_button)
        row.addWidget(self.sync_button)
        row.addWidget(drop_hint, 1)
        take_layout.addLayout(row)
        watch_row = QHBoxLayout()
        watch_row.addWidget(self.watch_check)
        watch_row.addWidget(self.watch_edit, 1)
        watch_row.addWidget(self.watch_button)
        take_layout.addLayout(watch_row)

        # --- progress
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setFormat(self.tr("%v of %m files"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.setToolTip(self.tr("Stop after the current file (Esc)"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.status_label = QLabel(self.tr("Nothing imported in this session yet."))
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(self.tr("Import status"))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.status_label, 3)
        progress_row.addWidget(self.progress, 2)
        progress_row.addWidget(self.cancel_button)
        for widget in (self.progress, self.cancel_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # showing them does not lay the whole page out again
            widget.setSizePolicy(policy)
            widget.hide()

        # --- results of the last import
        self._cities: dict[str, str] = {}  # signer key id -> city, from the import log
        self.results_model = RowsModel(
            [
                Column(self.tr("City"), lambda o: self._cities.get(o.signer_key_id or "", "")),
                Column(self.tr("File"), lambda o: o.path.name),
                Column(self.tr("Outcome"), lambda o: outcome_text(o.status)),
                Column(self.tr("Records"), lambda o: str(o.records), sort=lambda o: o.records),
                Column(self.tr("What it means"), lambda o: outcome_words(o.status, o.reason, o.detail)),
            ],
            self,
        )
        self.results_view = QTableView()
        self.results_view.setObjectName("resultsView")
        self.results_view.setModel(self.results_model)
        configure_table(self.results_view, self.tr("Outcome of each file"))
        # Fixed widths, not ResizeToContents: measuring every cell of a 1,000-file import on the GUI
        # thread would freeze it (bench/gui_import.py).
        header = self.results_view.horizontalHeader()
        for column, width in enumerate((260, 140, 70)):
            header.resizeSection(column, width)
        self.results_empty = empty_state(
            self.tr("Import bundles to see here, file by file, what was merged and what was refused and why.")
        )
        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(self.results_empty)
        self.results_stack.addWidget(self.results_view)
        results_box = QGroupBox(self.tr("Last import"))
        QVBoxLayout(results_box).addWidget(self.results_stack)

        # --- the import log
        self.log_model = RowsModel(
            [
                Column(
                    self.tr("Received"), lambda r: local_time(r.received_at), sort=lambda r: r.received_at
                ),
                Column(self.tr("City"), lambda r: r.city),
                Column(self.tr("File"), lambda r: r.name),
                Column(self.tr("No."), lambda r: "" if r.sequence is None else str(r.sequence)),
                Column(self.tr("Outcome"), lambda r: outcome_text(r.status)),
                Column(self.tr("Records"), lambda r: number_text(r.records), sort=lambda r: r.records),
                Column(self.tr("What it means"), lambda r: outcome_words(r.status, r.reason, r.detail)),
            ],
            self,
        )
        self.log_proxy = MaskProxy(self)
        self.log_proxy.setSourceModel(self.log_model)
        self.log_search = QLineEdit()
        self.log_search.setObjectName("logSearch")
        self.log_search.setClearButtonEnabled(True)
        self.log_search.setPlaceholderText(self.tr("City, date (2007-03-14) or outcome"))
        self.log_search.setAccessibleName(self.tr("Search the import log"))
        self.log_search.textChanged.connect(self._on_log_search_textChanged)
        search_label = QLabel(self.tr("&Search the log:"))
        search_label.setBuddy(self.log_search)
        self.outcome_combo = QComboBox()
        self.outcome_combo.setAccessibleName(self.tr("Outcome filter"))
        self.outcome_combo.addItem(self.tr("Any outcome"), None)
        for status in OUTCOMES:
            self.outcome_combo.addItem(outcome_text(status), status)
        self.outcome_combo.currentIndexChanged.connect(self._on_outcome_combo_currentIndexChanged)
        outcome_label = QLabel(self.tr("O&utcome:"))
        outcome_label.setBuddy(self.outcome_combo)
        self.log_count = QLabel()
        self.log_count.setAccessibleName(self.tr("Number of log entries shown"))
        self.set_aside_button = QPushButton(self.tr("Show files set &aside…"))
        self.set_aside_button.setObjectName("setAsideButton")
        self.set_aside_button.setToolTip(
            self.tr(
                "Open the folder of quarantined files: bundles kept whole as evidence (a reused number, other "
                "content under a change already received) or for inspection (a file that failed unexpectedly)"
            )
        )
        self.set_aside_button.setEnabled(False)
        self.set_aside_button.clicked.connect(self._on_set_aside_button_clicked)
        find = QAction(self.tr("Search the log"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._on_find_action_triggered)
        self.addAction(find)
        self.log_view = QTableView()
        self.log_view.setObjectName("logView")
        self.log_view.setModel(self.log_proxy)
        configure_table(self.log_view, self.tr("Import log"))
        log_header = self.log_view.horizontalHeader()
        for column in range(6):
            log_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((130, 120, 230, 40, 130, 60)):
            log_header.resizeSection(column, width)
        self.log_empty = empty_state(self.tr("The import log is empty: no bundle has been imported yet."))
        self.log_stack = QStackedWidget()
        self.log_stack.addWidget(self.log_empty)
        self.log_stack.addWidget(self.log_view)
        log_box = QGroupBox(self.tr("Import log"))
        log_layout = QVBoxLayout(log_box)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.log_search, 2)
        search_row.addWidget(outcome_label)
        search_row.addWidget(self.outcome_combo)
        search_row.addStretch(1)
        search_row.addWidget(self.log_count)
        search_row.addWidget(self.set_aside_button)
        log_layout.addLayout(search_row)
        log_layout.addWidget(self.log_stack, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(results_box)
        split.addWidget(log_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(take_box)
        layout.addLayout(progress_row)
        layout.addWidget(split, 1)

        # --- watching
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_watcher_directoryChanged)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.timeout.connect(self._on_settle_timer_timeout)
        self._known: set[str] = set()  # watched files taken (or named by the log)
        self._candidates: dict[str, tuple[int, int]] = {}  # path -> (size, mtime_ns) at the last look
        self._ready: list[Path] = []

        for first, second in (
            (self.files_button, self.folder_button),
            (self.folder_button, self.watch_check),
            (self.watch_check, self.watch_button),
            (self.watch_button, self.results_view),
            (self.results_view, self.log_search),
            (self.log_search, self.outcome_combo),
            (self.outcome_combo, self.log_view),
        ):
            self.setTabOrder(first, second)
        self._restore_watch()
        self.refresh_log()

    # --- hooks tests replace ------------------------------------------------------------------------

    @staticmethod
    def choose_files(parent: QWidget) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("secretariat", "Import bundles"),
            str(last_folder(workspace_of(parent), "import")),
            QCoreApplication.translate("secretariat", "KIN bundles (*.kinb)")
            + ";;"
            + QCoreApplication.translate("secretariat", "All files (*)"),
        )
        return [Path(name) for name in names]

    @staticmethod
    def choose_folder(parent: QWidget) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("secretariat", "Choose a folder of bundles"),
            str(last_folder(workspace_of(parent), "import")),
        )
        return Path(name) if name else None

    @staticmethod
    def open_folder(folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- importing ----------------------------------------------------------------------------------

    def choose_and_import(self) -> Task | None:
        """File > Import: choose bundle files and import them."""
        paths = self.choose_files(self)
        if paths:
            remember_folder(self._workspace, "import", Path(paths[0]).parent)
        return self.import_paths(paths) if paths else None

    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def import_paths(self, paths: Sequence[Path | str]) -> Task | None:
        """Import files and folders (a folder: its ``*.kinb`` files) in the background.

        While another import runs, this one waits and starts after it; the task is returned either way.
        """
        chosen = [Path(p) for p in paths]
        workspace = self._workspace
        if not ensure_unlocked(self, workspace):  # bundles are decrypted with the secretariat's key
            return None

        def run(control: TaskControl) -> list[Any]:
            # Progress of every file: the task passes at most a few updates a second to the GUI thread.
            return exchange.import_paths(
                workspace, chosen, progress=control.report, cancelled=control.cancelled
            )

        task = Task(run, self, controlled=True)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        if self.busy() or self._queue:
            self._queue.append((task, chosen))
            self.status_label.setText(self.tr("Waiting for the current import to finish…"))
        else:
            self._begin(task, chosen)
        return task

    def sync_inbox(self) -> Task | None:
        """Pull from the inbox service and import, then push (docs/sync.md), in the background."""
        workspace = self._workspace
        if not ensure_unlocked(self, workspace):
            return None

        def run(control: TaskControl) -> Any:
            from kin_desktop.services import sync

            return sync.sync_secretariat(workspace, cancelled=control.cancelled)

        task = Task(run, self, controlled=True)
        task.succeeded.connect(self._on_sync_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        if self.busy() or self._queue:
            self._queue.append((task, []))
            self.status_label.setText(self.tr("Waiting for the current import to finish…"))
        else:
            self._begin(task, [])
        return task

    @Slot()
    def _on_sync_button_clicked(self) -> None:
        self.sync_inbox()

    @Slot(object)
    def _on_sync_succeeded(self, report: Any) -> None:
        self.show_outcomes(report.outcomes)
        self._outcomes = report.outcomes
        pushed = {
            kind: sum(1 for p in report.pushed if p["kind"] == kind) for kind in ("receipt", "welcome-pack")
        }
        parts = [self.tr("Inbox service: %Ln bundle(s) fetched.", "", len(report.received))]
        if report.outcomes:
            parts.append(self.status_label.text())
        if pushed["receipt"]:
            parts.append(self.tr("%Ln receipt(s) sent.", "", pushed["receipt"]))
        if pushed["welcome-pack"]:
            parts.append(self.tr("The welcome pack was updated."))
        if report.error:
            parts.append(self.tr("Stopped early: %1").replace("%1", report.error))
        self.status_label.setText(" ".join(parts))

    def _begin(self, task: Task, paths: list[Path]) -> None:
        self._task = task
        self._stopping = False
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        if paths:
            self.status_label.setText(self.tr("Importing %Ln item(s)…", "", len(paths)))
        else:
            self.status_label.setText(self.tr("Fetching from the inbox service…"))
        task.start()

    def cancel(self) -> None:
        """Stop after the current file; the files already imported stay imported."""
        if self._task is not None and self._task.running:
            self._task.cancel()
            for task, _paths in self._queue:
                task.cancel()
            self._stopping = True
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Stopping after the current file…"))

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    @Slot()
    def _on_files_button_clicked(self) -> None:
        self.choose_and_import()

    @Slot()
    def _on_folder_button_clicked(self) -> None:
        folder = self.choose_folder(self)
        if folder is not None:
            remember_folder(self._workspace, "import", folder)
            self.import_paths([folder])

    @Slot(int, int)
    def _on_task_progressed(self, done: int, total: int) -> None:
        if self.progress.maximum() != max(total, 1):
            self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def _on_task_succeeded(self, outcomes: list[Any]) -> None:
        self.show_outcomes(outcomes)
        self._outcomes = outcomes

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        if isinstance(error, BaseException):
            forget_if_wrong(self._workspace, error)
        self.status_label.setText(describe(error) if isinstance(error, BaseException) else str(error))

    @Slot()
    def _on_task_finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._task = None
        # What follows (the log, an import waiting its turn, whoever listens to imports_finished) starts
        # once the results are painted: a worker running Python meanwhile would make every cell painted
        # wait for the interpreter lock. Qt delivers pending paints before any timer with a delay; a
        # zero delay would not be a timer but a posted event, ahead of the paint.
        QTimer.singleShot(AFTER_PAINT_MS, self._after_import)

    def _after_import(self) -> None:
        outcomes, self._outcomes = self._outcomes, None
        if outcomes is not None:
            self.imports_finished.emit(outcomes)  # once the page is idle again
        if self._queue:
            task, paths = self._queue.pop(0)
            self._begin(task, paths)  # the log is shown again after the last import waiting
            return
        self._import_ready()
        if not self.busy():  # else after that import: a log reloaded meanwhile would compete with it
            self.refresh_log()

    def show_outcomes(self, outcomes: Sequence[Any]) -> None:
        # Refused files first: they are the ones an officer has to act on.
        order = {"internal_error": 0, "rejected": 0, "quarantined": 1, "held": 2, "merged": 3, "duplicate": 4}
        rows = sorted(outcomes, key=lambda o: (order.get(o.status, 5), o.path.name))
        self.results_model.set_rows(rows)
        self.results_stack.setCurrentWidget(self.results_view if rows else self.results_empty)
        counts = {status: sum(1 for o in outcomes if o.status == status) for status in OUTCOMES}
        if not outcomes:
            text = self.tr("No bundles (*.kinb) were found in what you chose.")
        else:
            parts = []
            if counts["merged"] or len(outcomes) == counts["merged"]:
                parts.append(self.tr("%Ln file(s) merged", "", counts["merged"]))
            if counts["duplicate"]:
                parts.append(self.tr("%Ln already received", "", counts["duplicate"]))
            if counts["held"]:
                parts.append(self.tr("%Ln held until their key is approved", "", counts["held"]))
            refused = counts["rejected"] + counts["quarantined"] + counts["internal_error"]
            if refused:
                parts.append(self.tr("%Ln refused: see why below", "", refused))
            text = "; ".join(parts) + "."
        if self._stopping:
            text = self.tr("Stopped. ") + text
        self.status_label.setText(text)

    # --- dropping -------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- the log --------------------------------------------------------------------------------------

    def refresh_log(self) -> Task:
        workspace = self._workspace

        def load() -> tuple[tuple[LogRow, ...], tuple[str, ...]]:
            rows = load_log(workspace)
            return rows, log_haystacks(rows)  # off the GUI thread too

        return (
            Task(load, self)
            .on_success(self._on_log_loaded)
            .on_failure(self._on_task_failed)
            .kept_in(self._tasks)
            .start()
        )

    @Slot(object)
    def _on_log_loaded(self, result: tuple[tuple[LogRow, ...], tuple[str, ...]]) -> None:
        rows, self._haystacks = result
        self._log_rows = rows
        cities = {row.signer: row.city for row in rows if row.signer and row.city}
        if cities != self._cities:
            self._cities = cities
            shown = [self.results_model.row_at(n) for n in range(self.results_model.rowCount())]
            self.results_model.set_rows(shown)  # a key first seen in this import now has its city
        self.log_model.set_rows(rows)
        self.set_aside_button.setEnabled(any(row.status in ("quarantined", "internal_error") for row in rows))
        self._apply_log_filter()
        self.log_refreshed.emit(len(rows))

    @property
    def set_aside_folder(self) -> Path:
        """Where import keeps quarantined files whole (``quarantine/`` of the profile)."""
        return Path(self._workspace.data_dir) / exchange.QUARANTINE_DIR

    @Slot()
    def _on_set_aside_button_clicked(self) -> None:
        self.open_folder(self.set_aside_folder)

    def _apply_log_filter(self) -> None:
        words = fold(self.log_search.text()).split()
        status = self.outcome_combo.currentData()
        if not words and status is None:
            mask = None
        else:
            rows, haystacks = self._log_rows, self._haystacks
            mask = [
                (status is None or row.status == status) and all(w in hay for w in words)
                for row, hay in zip(rows, haystacks, strict=True)
            ]
        self.log_proxy.set_mask(mask)
        total, shown = len(self._log_rows), self.log_proxy.rowCount()
        if total == 0:
            self.log_empty.setText(self.tr("The import log is empty: no bundle has been imported yet."))
            self.log_stack.setCurrentWidget(self.log_empty)
        elif shown == 0:
            self.log_empty.setText(self.tr("No log entry matches the search."))
            self.log_stack.setCurrentWidget(self.log_empty)
        else:
            self.log_stack.setCurrentWidget(self.log_view)
        if shown == total:
            self.log_count.setText(self.tr("%Ln entries", "", total))
        else:
            self.log_count.setText(self.tr("%1 of %Ln entries", "", total).replace("%1", number_text(shown)))

    def visible_log_rows(self) -> list[LogRow]:
        proxy = self.log_proxy
        return [proxy.data(proxy.index(row, 0), RowsModel.RowRole) for row in range(proxy.rowCount())]

    @Slot(str)
    def _on_log_search_textChanged(self, _text: str) -> None:  # noqa: N802 - named after the signal
        self._apply_log_filter()

    @Slot(int)
    def _on_outcome_combo_currentIndexChanged(self, _index: int) -> None:  # noqa: N802
        self._apply_log_filter()

    @Slot()
    def _on_find_action_triggered(self) -> None:
        self.log_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.log_search.selectAll()

    # --- watching a folder ---------------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings(str(self._workspace.data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_watch(self) -> None:
        settings = self._settings()
        folder = str(settings.value("inbox/watch_folder", "") or "")
        self.watch_edit.setText(folder)
        watch = str(settings.value("inbox/watch", "false")).lower() == "true"
        if watch and folder and Path(folder).is_dir():
            self.watch_check.setChecked(True)

    def _save_watch(self) -> None:
        settings = self._settings()
        settings.setValue("inbox/watch_folder", self.watch_edit.text())
        settings.setValue("inbox/watch", self.watch_check.isChecked())
        settings.sync()

    def watched_folder(self) -> Path | None:
        return (
            Path(self.watch_edit.text()) if self.watch_check.isChecked() and self.watch_edit.text() else None
        )

    @Slot()
    def _on_watch_button_clicked(self) -> None:
        folder = self.choose_folder(self)
        if folder is None:
            return
        self.watch_edit.setText(str(folder))
        if self.watch_check.isChecked():
            self._stop_watching()
            self._start_watching(folder)
            self._save_watch()
        else:
            self.watch_check.setChecked(True)  # starts watching and saves

    @Slot(bool)
    def _on_watch_check_toggled(self, checked: bool) -> None:
        if checked and not self.watch_edit.text():
            folder = self.choose_folder(self)
            if folder is None:
                self.watch_check.setChecked(False)
                return
            self.watch_edit.setText(str(folder))
        self._stop_watching()
        if checked:
            self._start_watching(Path(self.watch_edit.text()))
        self._save_watch()

    def _start_watching(self, folder: Path) -> None:
        if not folder.is_dir():
            self.status_label.setText(
                self.tr("The folder %1 cannot be watched: it does not exist.").replace("%1", str(folder))
            )
            self.watch_check.setChecked(False)
            return
        self.watcher.addPath(str(folder))
        self._known = self._logged_paths()
        self.status_label.setText(
            self.tr("Watching %1: new bundles saved there are imported automatically.").replace(
                "%1", str(folder)
            )
        )
        self._scan()

    def _stop_watching(self) -> None:
        directories = self.watcher.directories()
        if directories:
            self.watcher.removePaths(directories)
        self._settle_timer.stop()
        self._candidates.clear()

    def _logged_paths(self) -> set[str]:
        return {row.path for row in self._log_rows} | {
            str(row["path"]) for row in listing.list_rows(self._workspace, "imports")
        }

    @Slot(str)
    def _on_watcher_directoryChanged(self, _path: str) -> None:  # noqa: N802 - named after the signal
        self._scan()

    def _scan(self) -> None:
        folder = self.watched_folder()
        if folder is None:
            return
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        for entry in entries:
            if not exchange.has_suffix(entry.name, exchange.BUNDLE_SUFFIX) or entry.path in self._known:
                continue
            if entry.path not in self._candidates:
                self._candidates[entry.path] = (-1, -1)
        if self._candidates and not self._settle_timer.isActive():
            self._settle_timer.start(self.settle_ms)

    @Slot()
    def _on_settle_timer_timeout(self) -> None:
        """Files whose size and time did not change since the last look are complete: import them."""
        for name, seen in list(self._candidates.items()):
            try:
                stat = os.stat(name)
            except OSError:
                del self._candidates[name]  # moved away or deleted meanwhile
                continue
            now = (stat.st_size, stat.st_mtime_ns)
            if now == seen and stat.st_size > 0:
                del self._candidates[name]
                self._known.add(name)
                self._ready.append(Path(name))
            else:
                self._candidates[name] = now
        if self._candidates:
            self._settle_timer.start(self.settle_ms)
        self._import_ready()

    def _import_ready(self) -> None:
        if self._ready and not self.busy() and not self._queue:
            ready, self._ready = sorted(self._ready), []
            self.import_paths(ready)
