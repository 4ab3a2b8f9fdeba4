"""ui.tasks.Task: results and errors on the GUI thread, progress coalesced but never stale, cancel,
and the GUI thread's heartbeat only while work runs."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from kin_desktop.ui import tasks
from kin_desktop.ui.tasks import Task, TaskControl


def test_a_flood_of_progress_reaches_the_gui_thread_as_a_few_updates_ending_with_the_last(
    qtbot: QtBot,
) -> None:
    reports = 20_000

    def work(control: TaskControl) -> str:
        for done in range(1, reports + 1):
            control.report(done, reports)
        return "done"

    task = Task(work, controlled=True)
    seen: list[tuple[int, int]] = []
    order: list[str] = []
    task.progressed.connect(lambda done, total: (seen.append((done, total)), order.append("progress")))
    task.succeeded.connect(lambda _result: order.append("succeeded"))
    with qtbot.waitSignal(task.finished, timeout=30_000):
        task.start()
    assert seen[-1] == (reports, reports)
    assert len(seen) < reports // 10
    assert [done for done, _ in seen] == sorted({done for done, _ in seen})  # newer values only
    assert order[-1] == "succeeded" and set(order[:-1]) == {"progress"}


def test_the_latest_progress_is_shown_while_the_work_is_stuck_on_a_long_step(qtbot: QtBot) -> None:
    step = threading.Event()

    def work(control: TaskControl) -> None:
        control.report(1, 3)
        control.report(2, 3)  # within the same interval as the first: held back, then delivered
        step.wait(30)
        control.report(3, 3)

    task = Task(work, controlled=True)
    seen: list[int] = []
    task.progressed.connect(lambda done, _total: seen.append(done))
    task.start()
    try:
        qtbot.waitUntil(lambda: seen[-1:] == [2], timeout=10_000)
    finally:
        step.set()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert seen[-1] == 3


def test_cancel_is_seen_by_the_work_between_steps(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(control: TaskControl) -> int:
        steps = 0
        started.set()
        while not control.cancelled() and steps < 10_000_000:
            steps += 1
        return steps

    task = Task(work, controlled=True)
    results: list[int] = []
    task.succeeded.connect(results.append)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        task.start()
        assert started.wait(10)
        task.cancel()
    assert results and results[0] < 10_000_000
    assert not task.running


@pytest.mark.parametrize("fails", [False, True])
def test_the_gui_threads_heart_beats_only_while_tasks_run(qtbot: QtBot, fails: bool) -> None:
    release = threading.Event()
    entered = threading.Semaphore(0)

    def work() -> None:
        entered.release()
        release.wait(30)
        if fails:
            raise RuntimeError("boom")

    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    first, second = Task(work), Task(work)
    first.start(pool)
    second.start(pool)
    assert entered.acquire(timeout=10) and entered.acquire(timeout=10)
    heart = tasks._Responsive.heart
    assert heart is not None and heart.isActive()
    beat = tasks._Responsive.beat
    qtbot.waitUntil(lambda: tasks._Responsive.beat > beat, timeout=10_000)  # it beats on its own
    with qtbot.waitSignals([first.finished, second.finished], timeout=10_000):
        release.set()
    qtbot.waitUntil(lambda: not heart.isActive(), timeout=10_000)  # other tests' tasks end too


def test_a_task_reporting_while_the_gui_thread_is_held_up_still_finishes(qtbot: QtBot) -> None:
    """The work sleeps a moment per report while the GUI thread is kept from running; it never waits
    for the GUI thread."""

    def work(control: TaskControl) -> int:
        for done in range(1, 101):
            control.report(done, 100)
        return 100

    task = Task(work, controlled=True)
    with qtbot.waitSignal(task.succeeded, timeout=30_000) as result:
        task.start()
        threading.Event().wait(0.2)  # the GUI thread is busy: no heartbeat, no progress delivered
    assert result.args == [100]


def test_a_failed_controlled_task_delivers_its_error_and_the_progress_before_it(qtbot: QtBot) -> None:
    def work(control: TaskControl) -> Any:
        control.report(1, 2)
        control.report(2, 2)
        raise ValueError("bad file")

    task = Task(work, controlled=True)
    events: list[Any] = []
    task.progressed.connect(lambda done, total: events.append((done, total)))
    task.failed.connect(events.append)
    with qtbot.assertNotEmitted(task.succeeded), qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert events[-2] == (2, 2)
    assert isinstance(events[-1], ValueError)


def test_a_page_keeps_its_task_until_the_result_is_delivered(qtbot: QtBot) -> None:
    running: set[Task] = set()
    results: list[Any] = []
    task = Task(lambda: 42).on_success(results.append).kept_in(running)
    assert running == {task}
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert results == [42] and running == set()


def test_a_task_whose_window_closed_while_it_ran_ends_quietly(qtbot: QtBot, capfd: Any) -> None:
    """Closing a page while its work runs deletes the task's signals; the worker must not then
    die with "Signal source has been deleted" printed on the terminal."""
    import shiboken6

    release = threading.Event()
    ran = threading.Event()

    def work() -> int:
        release.wait(5)
        ran.set()
        return 1

    task = Task(work).start()
    shiboken6.delete(task._signals)  # what closing the page does to the C++ side
    release.set()
    assert ran.wait(5)
    QThreadPool.globalInstance().waitForDone(5000)
    assert "Signal source has been deleted" not in capfd.readouterr().err
