"""Background work through one small helper, in the manner of Anki's ``CollectionOp``.

``Task(fn).on_success(cb).on_failure(cb).start()`` runs ``fn`` on the global
thread pool and delivers its result or exception on the GUI thread by signal.
``Task(fn, controlled=True)`` calls ``fn(control)``: the call reports progress
with ``control.report(done, total)`` and asks ``control.cancelled()`` between
steps; ``task.cancel()`` asks it to stop. Service code never touches widgets.

Keeping the GUI thread responsive while a worker runs Python (bench/gui_import.py): the worker
and the GUI thread share the interpreter lock, and every call from Qt into Python on the GUI thread
(a slot, a timer, each ``data()`` of a table being painted) has to win the lock back from a busy
worker. So, while any task runs:

- progress is coalesced: however often the work reports, at most one update every
  ``PROGRESS_INTERVAL_MS`` reaches the GUI thread, always the latest, and the last one is never lost;
- the interpreter asks the holder of the lock to hand it over only when nobody took it during a whole
  switch interval (5 ms); work that lets go of the lock and takes it back at once, thousands of times
  (every sqlite3 step, every call into Qt), can so keep a waiting GUI thread from it for 100 ms and
  more. So the GUI thread beats a heart (a timer every
  ``HEARTBEAT_MS``), and a controlled task that finds the last beat older than ``STARVED_S`` when it
  reports progress sleeps ``YIELD_S``: the GUI thread runs meanwhile. While the GUI thread keeps up,
  the work never sleeps. (A shorter switch interval was tried: 1 ms made the import 5-10 % slower);
- a controlled (long) task moves the objects alive when it starts out of the garbage collector's
  reach (``gc.freeze``): a full collection holds the lock while it walks every tracked object, which
  with the whole application loaded froze the GUI thread for 100-200 ms at a time.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

PROGRESS_INTERVAL_MS = 100  # at most 10 progress updates a second: each repaints the bar
HEARTBEAT_MS = 40
STARVED_S = 0.06
YIELD_S = 0.002


class _Responsive:
    """Counts the tasks running; while there is one, the GUI thread's heart beats.

    Counted up on the GUI thread when a task starts, down on its worker thread when the call returns
    (a task whose page was closed meanwhile never delivers ``finished``); the heart stops at the next
    beat after the last one.
    """

    running = 0
    lock = threading.Lock()
    beat = 0.0  # time.monotonic() when the GUI thread last ran Python
    heart: QTimer | None = None

    @classmethod
    def enter(cls) -> None:
        with cls.lock:
            cls.running += 1
        if cls.heart is None:
            cls.heart = QTimer()
            cls.heart.setInterval(HEARTBEAT_MS)
            cls.heart.timeout.connect(cls.pulse)
        if not cls.heart.isActive():
            cls.beat = time.monotonic()
            cls.heart.start()

    @classmethod
    def leave(cls) -> None:
        with cls.lock:
            cls.running -= 1

    @classmethod
    def pulse(cls) -> None:
        cls.beat = time.monotonic()
        if not cls.running and cls.heart is not None:
            cls.heart.stop()

    @classmethod
    def let_gui_thread_run(cls) -> None:
        """Worker thread: sleep a moment if the GUI thread has been kept from the lock for too long."""
        if cls.running and time.monotonic() - cls.beat > STARVED_S:
            time.sleep(YIELD_S)


def freeze_long_lived_objects() -> None:
    """Move every object alive now out of the collector's reach before long background work.

    The young generations are collected first, so only garbage already in the oldest generation can be
    kept; the objects the work itself creates are collected as usual.
    """
    gc.collect(1)
    gc.freeze()


class _Signals(QObject):
    """Emitted from the worker thread; Qt queues them to the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal()  # the latest value waits in TaskControl
    finished = Signal()


class TaskControl:
    """Handed to a controlled task's function: progress out, cancellation in.

    ``report`` may be called as often as the work likes: it only stores the value, and wakes the GUI
    thread when no update is on its way already.
    """

    def __init__(self, signals: _Signals, stop: threading.Event) -> None:
        self._signals = signals
        self._stop = stop
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None
        self._signalled = False

    def report(self, done: int, total: int) -> None:
        _Responsive.let_gui_thread_run()
        with self._lock:
            self._latest = (done, total)
            if self._signalled:
                return
            self._signalled = True
        self._signals.progressed.emit()

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def take(self) -> tuple[int, int] | None:
        """GUI thread: the value reported since the last take, if any (none: the next report signals)."""
        with self._lock:
            value, self._latest = self._latest, None
            if value is None:
                self._signalled = False
            return value


class _Runnable(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._call = call
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            _Responsive.leave()
            self._deliver(self._signals.failed, exc)
        else:
            _Responsive.leave()
            self._deliver(self._signals.succeeded, result)
        self._deliver(self._signals.finished)

    @staticmethod
    def _deliver(signal: Any, *args: Any) -> None:
        """Emit, unless the task's window was closed while the call ran: then nobody is there to
        tell, and Qt's "Signal source has been deleted" would only be printed from this thread."""
        try:
            signal.emit(*args)
        except RuntimeError:
            pass


class Task(QObject):
    """One call run off the GUI thread.

    Signals:
        succeeded(object): the call returned; carries its result.
        failed(object): the call raised; carries the exception.
        progressed(int, int): a controlled call reported (done, total); coalesced to at most one every
            ``PROGRESS_INTERVAL_MS``, the latest value, the last one before ``succeeded``/``failed``.
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
        self._control = TaskControl(self._signals, self._stop)
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setInterval(PROGRESS_INTERVAL_MS)
        self._throttle.timeout.connect(self._deliver_progress)
        self.running = False

    def on_success(self, callback: Callable[[Any], None]) -> Task:
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> Task:
        self.failed.connect(callback)
        return self

    def kept_in(self, tasks: set[Task]) -> Task:
        """Held in ``tasks`` (a page's running tasks, so Python keeps them alive) until finished."""
        tasks.add(self)
        self.finished.connect(lambda: tasks.discard(self))
        return self

    def start(self, pool: QThreadPool | None = None) -> Task:
        if self._controlled:
            control = self._control

            def call() -> Any:
                return self._fn(control)

            freeze_long_lived_objects()
        else:
            call = self._fn
        self.running = True
        _Responsive.enter()
        (pool or QThreadPool.globalInstance()).start(_Runnable(call, self._signals))
        return self

    def cancel(self) -> None:
        """Ask a controlled call to stop at its next check; what it finished stays done."""
        self._stop.set()

    @Slot()
    def _deliver_progress(self) -> None:
        value = self._control.take()
        if value is not None:
            self.progressed.emit(*value)
            if self.running:
                self._throttle.start()  # the next one waits at least the interval

    def _flush_progress(self) -> None:
        self._throttle.stop()
        self._deliver_progress()
        self._throttle.stop()

    @Slot(object)
    def _on_worker_succeeded(self, result: object) -> None:
        self._flush_progress()
        self.succeeded.emit(result)

    @Slot(object)
    def _on_worker_failed(self, error: object) -> None:
        self._flush_progress()
        self.failed.emit(error)

    @Slot()
    def _on_worker_progressed(self) -> None:
        if not self._throttle.isActive():
            self._deliver_progress()

    @Slot()
    def _on_worker_finished(self) -> None:
        self._throttle.stop()
        self.running = False
        self.finished.emit()
