"""Autosave: every change stored within a second, writes kept in order.

A save takes tens of milliseconds (an SQLite transaction that also refreshes the
projections), too long for every pause in typing on the GUI thread, so writes run on
the thread pool through :class:`~kin_desktop.ui.tasks.Task`. Ordering is kept by
sequence numbers: each snapshot gets the next number, a write holds a lock while it
runs, and a write whose number is not newer than the last one written is skipped. So
``flush()`` (synchronous, for closing) may overtake a queued background write without
an older snapshot ever landing on top of a newer one.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kin_desktop.ui.tasks import Task

Snapshot = tuple[int, dict[str, Any]]


class AutoSaver(QObject):
    """Debounced, ordered saving of answer snapshots.

    Signals:
        save_started(): a write began.
        saved(object): the result of the newest write (what ``save`` returned).
        failed(object): a write raised; carries the exception. The snapshot is kept and
            tried again after ``retry_ms``, on the next change or on ``flush()``.
    """

    save_started = Signal()
    saved = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        save: Callable[[Mapping[str, Any]], Any],
        *,
        delay_ms: int = 500,
        retry_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._delay_ms = delay_ms
        self._retry_ms = retry_ms
        self._lock = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._seq = 0
        self._written = 0  # newest sequence number on disk; read and written under the lock
        self._delivered = 0  # newest sequence number whose result was emitted
        self._pending: Snapshot | None = None
        self._running: Task | None = None
        self._running_snapshot: Snapshot | None = None

    def schedule(self, answers: Mapping[str, Any]) -> None:
        """Save ``answers`` (copied now) once no change came for ``delay_ms``."""
        self._seq += 1
        self._pending = (self._seq, copy.deepcopy(dict(answers)))
        self._timer.start(self._delay_ms)

    def save_soon(self) -> None:
        """Start the pending write now, in the background (e.g. when focus leaves the form)."""
        if self._pending is not None:
            self._timer.stop()
            self._start()

    def is_dirty(self) -> bool:
        """Whether some change is not on disk yet (waiting, being written, or failed)."""
        return self._pending is not None or self._seq > self._delivered

    def flush(self) -> bool:
        """Write the newest snapshot now, on the calling thread; False if the write failed.

        A background write still running is waited for, so when this returns every change
        is on disk.
        """
        self._timer.stop()
        snapshot = self._pending
        if snapshot is None:
            with self._lock:  # wait for a running write
                return True
        self._pending = None
        self.save_started.emit()
        try:
            seq, state = self._write(snapshot)
        except Exception as error:  # noqa: BLE001 - shown to the user, kept for a retry
            self._requeue(snapshot)
            self.failed.emit(error)
            return False
        self._deliver(seq, state)
        return True

    # -- internals ----------------------------------------------------------------------------

    def _write(self, snapshot: Snapshot) -> tuple[int, Any]:
        seq, answers = snapshot
        with self._lock:
            if seq <= self._written:
                return seq, None  # a newer snapshot is already on disk
            state = self._save(answers)
            self._written = seq
            return seq, state

    def _deliver(self, seq: int, state: Any) -> None:
        if state is not None and seq > self._delivered:
            self._delivered = seq
            self.saved.emit(state)

    def _requeue(self, snapshot: Snapshot) -> None:
        if self._pending is None or self._pending[0] < snapshot[0]:
            self._pending = snapshot
        self._timer.start(self._retry_ms)

    def _start(self) -> None:
        if self._pending is None or self._running is not None:
            return
        snapshot = self._pending
        self._pending = None
        self._running_snapshot = snapshot
        self.save_started.emit()
        task = Task(lambda: self._write(snapshot), self)
        task.on_success(self._on_task_succeeded).on_failure(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self._running = task
        task.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._start()

    @Slot(object)
    def _on_task_succeeded(self, result: tuple[int, Any]) -> None:
        self._deliver(*result)

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        if self._running_snapshot is not None:
            self._requeue(self._running_snapshot)
        self.failed.emit(error)

    @Slot()
    def _on_task_finished(self) -> None:
        task = self._running
        self._running = None
        self._running_snapshot = None
        if task is not None:
            task.deleteLater()
        if self._pending is not None and not self._timer.isActive():
            self._start()
