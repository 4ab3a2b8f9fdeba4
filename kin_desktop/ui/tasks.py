"""Background work through one small helper (STYLE.md: Anki's ``CollectionOp``).

``Task(fn).on_success(cb).on_failure(cb).start()`` runs ``fn`` on the global
thread pool and delivers its result or exception on the GUI thread by signal.
Service code never touches widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    """Signals: succeeded(object) with the result; failed(object) with the exception."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
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
        finished(): after either.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._signals = _Signals()
        self._signals.succeeded.connect(self._on_worker_succeeded)
        self._signals.failed.connect(self._on_worker_failed)
        self._signals.finished.connect(self._on_worker_finished)

    def on_success(self, callback: Callable[[Any], None]) -> Task:
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> Task:
        self.failed.connect(callback)
        return self

    def start(self, pool: QThreadPool | None = None) -> Task:
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._fn, self._signals))
        return self

    @Slot(object)
    def _on_worker_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)

    @Slot(object)
    def _on_worker_failed(self, error: object) -> None:
        self.failed.emit(error)

    @Slot()
    def _on_worker_finished(self) -> None:
        self.finished.emit()
