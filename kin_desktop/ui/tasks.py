"""Background work through one small helper (STYLE.md: Anki's ``CollectionOp``).

``Task(fn).on_success(cb).on_failure(cb).start()`` runs ``fn`` on the global
thread pool and delivers its result or exception on the GUI thread by signal.
``Task(fn, controlled=True)`` calls ``fn(control)``: the call reports progress
with ``control.report(done, total)`` and asks ``control.cancelled()`` between
steps; ``task.cancel()`` asks it to stop. Service code never touches widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    """Emitted from the worker thread; Qt queues them to the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()


class TaskControl:
    """Handed to a controlled task's function: progress out, cancellation in."""

    def __init__(self, signals: _Signals, stop: threading.Event) -> None:
        self._signals = signals
        self._stop = stop

    def report(self, done: int, total: int) -> None:
        self._signals.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self._stop.is_set()


class _Runnable(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._call = call
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)
        self._signals.finished.emit()


class Task(QObject):
    """One call run off the GUI thread.

    Signals:
        succeeded(object): the call returned; carries its result.
        failed(object): the call raised; carries the exception.
        progressed(int, int): a controlled call reported (done, total).
        finished(): after either.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(
        self, fn: Callable[..., Any], parent: QObject | None = None, *, controlled: bool = False
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._controlled = controlled
        self._stop = threading.Event()
        self._signals = _Signals()
        self._signals.succeeded.connect(self._on_worker_succeeded)
        self._signals.failed.connect(self._on_worker_failed)
        self._signals.progressed.connect(self._on_worker_progressed)
        self._signals.finished.connect(self._on_worker_finished)
        self.running = False

    def on_success(self, callback: Callable[[Any], None]) -> Task:
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> Task:
        self.failed.connect(callback)
        return self

    def start(self, pool: QThreadPool | None = None) -> Task:
        if self._controlled:
            control = TaskControl(self._signals, self._stop)

            def call() -> Any:
                return self._fn(control)

        else:
            call = self._fn
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(call, self._signals))
        return self

    def cancel(self) -> None:
        """Ask a controlled call to stop at its next check; what it finished stays done."""
        self._stop.set()

    @Slot(object)
    def _on_worker_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)

    @Slot(object)
    def _on_worker_failed(self, error: object) -> None:
        self.failed.emit(error)

    @Slot(int, int)
    def _on_worker_progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot()
    def _on_worker_finished(self) -> None:
        self.running = False
        self.finished.emit()
