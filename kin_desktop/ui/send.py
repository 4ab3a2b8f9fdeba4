"""The Outbox's Send: sync with the secretariat's inbox in the background (docs/sync.md).

One button sends what waits (exporting a bundle when there is new work), resuming where the last
attempt stopped, and fetches receipts and welcome-pack updates. Progress shows bytes and the time
left; Cancel stops at the next 4 KiB and keeps what the inbox confirmed. When there is no link, the
same bundle can be saved to a file for a USB stick, and Send tries again by itself every few minutes
while the window is open.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kin_desktop.ui.errors import describe
from kin_desktop.ui.tasks import Task, TaskControl
from kin_desktop.ui.unlock import ensure_unlocked, forget_if_wrong

ChoosePath = Callable[[Path, list[Path]], Path | None]
RETRY_FIRST_MS = 2 * 60 * 1000
RETRY_LONGEST_MS = 16 * 60 * 1000
_NO_LINK = ("no_link", "tls")


def _size(count: int) -> str:
    return QLocale().formattedDataSize(count)


class SendPanel(QWidget):
    """Signals:
    synced(object): a sync ended (a SyncReport), whether or not the link held to the end.
    """

    synced = Signal(object)

    def __init__(self, workspace: Any, choose_path: ChoosePath, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._choose_path = choose_path
        self._task: Task | None = None
        self._tasks: set[Task] = set()
        self._phase = ""
        self._samples: deque[tuple[float, int]] = deque()
        self._retry_ms = RETRY_FIRST_MS
        self._can_send = False

        self.send_button = QPushButton(self.tr("&Send and receive"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setShortcut(QKeySequence("F9"))
        self.send_button.setToolTip(
            self.tr("Send what waits to the secretariat's inbox and fetch receipts and updates (F9)")
        )
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.send_button.setEnabled(False)  # until the Outbox's state says an inbox is known
        self.save_button = QPushButton(self.tr("Save the bundle to a &file…"))
        self.save_button.setObjectName("saveBundleButton")
        self.save_button.setToolTip(self.tr("No link? Save the same bundle for a USB stick or an e-mail"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.save_button.hide()
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("sendStatus")
        self.status_label.setWordWrap(True)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._on_retry_timeout)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.progress, 1)
        self._idle_space = QWidget()  # keeps the buttons at their size while no progress shows
        buttons.addWidget(self._idle_space, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)

    # --- state ---------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def set_state(self, state: Any) -> None:
        """From the Outbox's state: whether Send can work, and whether a bundle waits for the inbox."""
        pinned = state.secretariat is not None
        self._can_send = pinned and bool(state.inbox_url)
        self.send_button.setEnabled(self._can_send and not self.busy)
        if not pinned:
            self.send_button.setToolTip(self.tr("Import the secretariat's welcome pack first"))
        elif not state.inbox_url:
            self.send_button.setToolTip(
                self.tr(
                    "The secretariat's welcome pack names no inbox to send to: save the bundle to a file "
                    "(Export bundle) and give it to the secretariat"
                )
            )
        else:
            self.send_button.setToolTip(
                self.tr("Send what waits to %1 and fetch receipts and updates (F9)").replace(
                    "%1", state.inbox_url
                )
            )
        if not self.busy and state.waiting_upload_bytes and not self.status_label.text():
            self.status_label.setText(
                self.tr("%1 waits to be sent; Send resumes where the last attempt stopped.").replace(
                    "%1", _size(state.waiting_upload_bytes)
                )
            )

    # --- sending -------------------------------------------------------------

    @Slot()
    def _on_send_button_clicked(self) -> None:
        self.send()

    @Slot()
    def _on_retry_timeout(self) -> None:
        if self._can_send and not self.busy and self.isVisible():
            self.send(automatic=True)

    def send(self, *, automatic: bool = False) -> Task | None:
        if self.busy:
            return None
        self._retry.stop()
        if not automatic and not ensure_unlocked(self, self._workspace):
            return None
        workspace = self._workspace

        def run(control: TaskControl) -> Any:
            from kin_desktop.services import sync

            return sync.sync_profile(
                workspace, progress=control.report, phase=self._set_phase, cancelled=control.cancelled
            )

        self._phase = ""
        self._samples.clear()
        task = Task(run, self, controlled=True).kept_in(self._tasks)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task
        self.send_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._idle_space.hide()
        self.status_label.setText(self.tr("Connecting to the inbox…"))
        return task.start()

    def _set_phase(self, phase: str) -> None:
        """Worker thread: the sync moved on (export, send, receive)."""
        self._phase = phase
        self._samples.clear()

    def _phase_text(self) -> str:
        return {
            "export": self.tr("Preparing the bundle"),
            "send": self.tr("Sending"),
            "receive": self.tr("Receiving"),
        }.get(self._phase, self.tr("Working"))

    @Slot(int, int)
    def _on_task_progressed(self, done: int, total: int) -> None:
        now = time.monotonic()
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > 60:
            self._samples.popleft()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        text = self.tr("%1: %2 of %3").replace("%1", self._phase_text())
        text = text.replace("%2", _size(done)).replace("%3", _size(total))
        first_time, first_done = self._samples[0]
        if now - first_time >= 3 and done > first_done and done < total:
            left = (total - done) * (now - first_time) / (done - first_done)
            text += " — " + self._time_left(left)
        self.status_label.setText(text)

    def _time_left(self, seconds: float) -> str:
        if seconds >= 5400:
            return self.tr("about %n hour(s) left", "", round(seconds / 3600))
        if seconds >= 90:
            return self.tr("about %n minute(s) left", "", round(seconds / 60))
        return self.tr("less than a minute left") if seconds < 45 else self.tr("about a minute left")

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Stopping; what the inbox has is kept…"))

    @Slot(object)
    def _on_task_succeeded(self, report: Any) -> None:
        sent = [s for s in report.sent if s["status"] == "sent"]
        refused = [s for s in report.sent if s["status"] == "refused"]
        taken = [i for i in report.imported if i["status"] == "merged"]
        parts: list[str] = []
        if sent:
            parts.append(
                self.tr("Sent %n bundle(s)", "", len(sent)) + f" ({_size(sum(s['size'] for s in sent))})."
            )
        if taken:
            parts.append(self.tr("Took in %n file(s) from the secretariat.", "", len(taken)))
        if refused:
            parts.append(
                self.tr("The inbox refused %n bundle(s): %1", "", len(refused)).replace(
                    "%1", refused[0]["error"]
                )
            )
        self.status_label.setToolTip(report.error or "")  # the technical detail, in English
        if report.error_reason in _NO_LINK:
            self.save_button.show()
            minutes = self._retry_ms // 60000
            if report.error_reason == "tls":
                parts.append(
                    self.tr("This computer does not trust the inbox's certificate; nothing more was sent.")
                )
            else:
                parts.append(
                    self.tr("No link to the inbox. What it has is kept, and Send resumes from there.")
                )
            parts.append(self.tr("Trying again in %n minute(s), or save the bundle to a file.", "", minutes))
            self._retry.start(self._retry_ms)
            self._retry_ms = min(self._retry_ms * 2, RETRY_LONGEST_MS)
        elif report.error_reason == "cancelled":
            parts.append(self.tr("Stopped. What the inbox has is kept; Send resumes from there."))
        elif report.error:
            parts.append(report.error)
        else:
            self._retry_ms = RETRY_FIRST_MS
            self.save_button.hide()
            if not parts:
                parts.append(self.tr("Nothing to send, and nothing new from the secretariat."))
        self.status_label.setText(" ".join(parts))
        self.synced.emit(report)

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        from kin_desktop.core.errors import SyncError

        forget_if_wrong(self._workspace, error)
        self.status_label.setText(describe(error))
        if isinstance(error, SyncError) and error.reason in ("no_inbox", "bad_url"):
            self.save_button.show()

    @Slot()
    def _on_task_finished(self) -> None:
        self.progress.hide()
        self._idle_space.show()
        self.cancel_button.hide()
        self.send_button.setEnabled(self._can_send)

    # --- no link: the same bundle to a file ----------------------------------

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save_to_file()

    def save_to_file(self) -> Task | None:
        """Save the bundle waiting for the inbox (exported first if there is new work) to a file."""
        if self.busy or not ensure_unlocked(self, self._workspace):
            return None
        workspace = self._workspace

        def find() -> Any:
            from kin_desktop.services import sync

            return sync.bundle_to_save(workspace)

        task = Task(find, self).kept_in(self._tasks)
        task.succeeded.connect(self._on_bundle_found)
        task.failed.connect(self._on_task_failed)
        return task.start()

    @Slot(object)
    def _on_bundle_found(self, bundle: Path | None) -> None:
        from kin_desktop.services import outbox, sync

        if bundle is None:
            self.status_label.setText(self.tr("Nothing waits to be sent."))
            return
        folders = outbox.suggested_export_folders()
        target = self._choose_path(folders[0] / bundle.name, folders)
        if target is None:
            return
        try:
            saved = sync.save_bundle_copy(bundle, target)
        except OSError as exc:
            self.status_label.setText(self.tr("The file could not be saved: %1").replace("%1", str(exc)))
            return
        self.status_label.setText(
            self.tr("Saved %1. Give this file to the secretariat; if the inbox gets it too, it is taken in once.")
            .replace("%1", str(saved))
        )  # fmt: skip
