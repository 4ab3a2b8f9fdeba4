"""``kin-desktop gui --self-test``: the whole application, end to end, on throwaway profiles.

Made for the standalone (PyInstaller) build, whose failures are missing files and missing
modules rather than wrong logic: it opens the main window (offscreen unless
``QT_QPA_PLATFORM`` says otherwise) on a demo delegate profile, which runs the Alembic
migrations and installs the shipped questionnaire; loads Qt's and the application's
translations; creates a secretariat profile, imports its welcome pack into the delegate,
prints a commitment form with the shipped fonts, exports a bundle and has the secretariat
verify it. One line per step; exit status 0 when every step passed, 1 with the failing step
named otherwise. Keys live in the in-process demo keyring, files in a temporary folder that
is removed at the end: nothing reaches the user's profile or OS keyring.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from kin_desktop import __version__, paths

EXIT_OK = 0
EXIT_FAILED = 1
STEP_TIMEOUT_S = 120.0
# Qt's own translations the build keeps (en, id, th and vi have none in Qt, or need none).
QT_LANGUAGES = ("ja", "zh_CN", "ko")  # the interface languages Qt translates (no id, th, vi)

STEPS = (
    "resources",
    "window shown",
    "overview loaded",
    "translations",
    "modules imported",
    "secretariat profile",
    "welcome pack imported",
    "commitment form printed",
    "Qt add-ons",
    "bundle exported",
    "bundle verified",
    "overview refreshed",
    "window closed",
)


class StepFailed(Exception):
    """A step's check did not hold; the message says what was found."""


class _Report:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = time.perf_counter()
        self.passed = 0

    def line(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    @contextmanager
    def step(self, name: str) -> Iterator[list[str]]:
        """Run one step; the block appends its details to the yielded list."""
        details: list[str] = []
        begun = time.perf_counter()
        try:
            yield details
        except BaseException as exc:
            self.line(f"self-test: FAILED {name}: {type(exc).__name__}: {exc}")
            if not isinstance(exc, StepFailed):
                traceback.print_exc(file=sys.stderr)
            raise _Abort(name) from exc
        took = time.perf_counter() - begun
        since = time.perf_counter() - self.started
        suffix = f": {'; '.join(details)}" if details else ""
        self.line(f"self-test: ok {name} ({took:.2f} s, at {since:.2f} s){suffix}")
        self.passed += 1


class _Abort(Exception):
    def __init__(self, step: str) -> None:
        super().__init__(step)
        self.step = step


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


# --- the steps ----------------------------------------------------------------------------------


def _check_resources(details: list[str]) -> None:
    from kin_desktop.reports.font_files import FONT_FILES

    details.append(f"{'frozen' if paths.is_frozen() else 'source'} at {paths.resources_dir().parent}")
    questionnaires = sorted(paths.questionnaires_dir().glob("*.json"))
    _check(bool(questionnaires), f"no questionnaire definition in {paths.questionnaires_dir()}")
    details.append(f"questionnaires {', '.join(q.name for q in questionnaires)}")
    missing = [name for name in FONT_FILES.values() if not (paths.fonts_dir() / name).is_file()]
    _check(not missing, f"fonts missing from {paths.fonts_dir()}: {', '.join(missing)}")
    details.append(f"{len(FONT_FILES)} fonts")
    migrations = paths.migrations_dir()
    versions = sorted(p.name for p in (migrations / "versions").glob("[0-9]*.py"))
    _check((migrations / "env.py").is_file(), f"no Alembic env.py in {migrations}")
    _check(bool(versions), f"no migration scripts in {migrations / 'versions'}")
    details.append(f"{len(versions)} migrations")
    details.append(f"{len(list(paths.translations_dir().glob('*.qm')))} .qm translations")
    printed = sorted((paths.translations_dir() / "print").glob("*.json"))
    _check(
        (paths.translations_dir() / "print" / "en.json").is_file(),
        f"no printed labels in {paths.translations_dir() / 'print'}",
    )
    details.append(f"printed labels {', '.join(p.stem for p in printed)}")


def _check_translations(details: list[str]) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in QT_LANGUAGES:
        _check(QTranslator().load(f"qtbase_{language}", qt_dir), f"qtbase_{language}.qm not in {qt_dir}")
    details.append(f"Qt's qtbase_{{{','.join(QT_LANGUAGES)}}}.qm load")
    own = sorted(paths.translations_dir().glob("*.qm"))
    for file in own:
        _check(QTranslator().load(str(file)), f"{file} does not load")
    details.append(
        f"{len(own)} of the application's .qm files load" if own else "the application ships no .qm yet"
    )


def _import_all(details: list[str]) -> None:
    """Import every module of the application: a frozen build lacking one of their imports fails here,
    not when a user first opens the page that needs it."""
    import importlib
    import pkgutil

    import kin_desktop

    skip = ("kin_desktop.__main__", "kin_desktop.storage.migrations")  # these run code when imported
    names = sorted(
        info.name
        for info in pkgutil.walk_packages(kin_desktop.__path__, "kin_desktop.")
        if not info.name.startswith(skip)
    )
    _check(len(names) > 20, f"only {len(names)} modules found: {', '.join(names)}")
    for name in names:
        importlib.import_module(name)
    details.append(f"{len(names)} modules")


def _check_qt_addons(pdf: Path, details: list[str]) -> None:
    """The Qt add-on modules the print preview and the secretariat's dashboard use."""
    from PySide6.QtCharts import QChart, QChartView, QPieSeries
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    document = QPdfDocument()
    error = document.load(str(pdf))
    _check(error == QPdfDocument.Error.None_, f"QtPdf cannot open the form: {error}")
    image = document.render(0, QSize(595, 842))
    _check(not image.isNull(), "QtPdf rendered an empty page")
    details.append(f"QtPdf renders the form ({document.pageCount()} pages)")
    document.close()
    chart = QChart()
    series = QPieSeries()
    series.append("self-test", 1.0)
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(200, 200)
    _check(not view.grab().isNull(), "QtCharts drew nothing")
    details.append("QtCharts draws")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    details.append(f"QtPrintSupport ({printer.outputFormat().name})")


def _wait(done: Callable[[], bool], what: str, timeout: float = STEP_TIMEOUT_S) -> None:
    """Run the Qt event loop until ``done()`` or the timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: loop.quit() if done() or time.monotonic() > deadline else None)
    timer.start()
    if not done():
        loop.exec()
    timer.stop()
    _check(done(), f"timed out after {timeout:.0f} s waiting for {what}")


def _run_steps(report: _Report, scratch: Path, lang: str | None, cleanup: list[Callable[[], Any]]) -> None:
    with report.step("resources") as details:
        _check_resources(details)

    with report.step("window shown") as details:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication

        from kin_desktop.ui import language
        from kin_desktop.ui.main_window import MainWindow

        qapp = QApplication.instance() or QApplication([sys.argv[0]])
        assert isinstance(qapp, QApplication)
        qapp.setApplicationName(paths.APP_NAME)
        qapp.setOrganizationName(paths.APP_AUTHOR)
        qapp.setApplicationVersion(__version__)
        if sys.platform.startswith("linux"):
            qapp.setStyle("Fusion")
        # A throwaway profile stores no language: --lang, else the system's, as app.run would choose.
        language.install(lang or language.from_locale(), qapp)

        class FirstPaint(QObject):
            painted = False

            def eventFilter(self, _watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint:
                    self.painted = True
                return False

        delegate_dir = scratch / "delegate"

        def load_demo() -> Any:  # on the window's worker, after its first paint, as app.run loads
            from kin_desktop.services import demo
            from kin_desktop.services.overview import open_profile

            demo.create_demo_profile(delegate_dir)
            return open_profile(delegate_dir)

        window = MainWindow(delegate_dir, loader=load_demo)
        cleanup.append(window.close)  # closes the window's workspace too, if a later step fails
        spy = FirstPaint(window)
        window.installEventFilter(spy)
        overviews: list[Any] = []
        window.overview_loaded.connect(overviews.append)
        window.show()
        window.load_after_first_paint()
        _wait(lambda: spy.painted, "the first paint")
        details.append(f"platform {qapp.platformName()}, Qt style {qapp.style().name()}")

    with report.step("overview loaded") as details:
        # As ``gui --demo`` does: throwaway keys never reach the OS keyring. Set after the first paint, as
        # a real start imports no storage code before it (the demo loader hands the demo keyring over).
        import keyring

        from kin_desktop.services.demo import demo_keyring

        keys = demo_keyring()
        keyring.set_keyring(keys)

        def arrived() -> bool:
            return bool(overviews) or window.findChild(QObject, "messagePanel") is not None

        _wait(arrived, "the demo profile to open")
        _check(bool(overviews), f"the window shows an error: {window.statusBar().currentMessage()}")
        overview = overviews[-1]
        from kin_desktop.storage import db

        revision = db.current_revision(window.workspace.engine)
        _check(revision == db.HEAD_REVISION, f"schema at {revision}, expected {db.HEAD_REVISION}")
        _check(overview.definition is not None, "no questionnaire definition installed")
        details.append(f"{overview.profile.city}, {overview.profile.country}")
        details.append(f"schema {revision}")
        details.append(f"questionnaire {overview.definition.id} v{overview.definition.version}")
        details.append(f"{overview.practices} practices, {overview.commitments} commitments")

    with report.step("translations") as details:
        _check_translations(details)

    with report.step("modules imported") as details:
        _import_all(details)

    secretariat_dir = scratch / "secretariat"
    with report.step("secretariat profile") as details:
        from kin_desktop.services import exchange, listing, printing, profiles

        info = profiles.init_secretariat(
            secretariat_dir, name="Self-test Secretariat", organisation="KIN Desktop", keyring_backend=keys
        )
        _check(info.fingerprint is not None, "the secretariat profile has no fingerprint")
        assert info.fingerprint is not None
        details.append(f"fingerprint {info.fingerprint}")

    with report.step("welcome pack imported") as details:
        with profiles.open_workspace(secretariat_dir) as secretariat:
            pack = exchange.make_welcome_pack(secretariat, scratch / "welcome.kinw")
        with profiles.open_workspace(delegate_dir) as delegate:
            outcomes = exchange.import_paths(delegate, [pack], accept_fingerprint=info.fingerprint)
        statuses = [o.status for o in outcomes]
        _check(statuses == [exchange.MERGED], f"import gave {statuses}: {[o.detail for o in outcomes]}")
        details.append(f"{pack.name} ({pack.stat().st_size} bytes) {statuses[0]}")

    with report.step("commitment form printed") as details:
        pdf = scratch / "commitment-form.pdf"
        with profiles.open_workspace(delegate_dir) as delegate:
            commitments = listing.list_rows(delegate, "commitments")
            _check(bool(commitments), "the demo profile has no commitment to print")
            pages = printing.print_commitments(
                delegate, [str(commitments[0]["id"])], pdf, labels=printing.labels_for("ja")
            )
        content = pdf.read_bytes()
        _check(content.startswith(b"%PDF-"), f"{pdf} is not a PDF")
        embedded = content.count(b"/FontFile2")
        _check(embedded > 0, "no TrueType font embedded in the form")
        details.append(f"{pages} pages, {len(content)} bytes, {embedded} embedded fonts")

    with report.step("Qt add-ons") as details:
        _check_qt_addons(pdf, details)

    with report.step("bundle exported") as details:
        with profiles.open_workspace(delegate_dir) as delegate:
            result = exchange.export_bundle(delegate, out=scratch / "outbox")
        _check(result.path is not None, "nothing was exported")
        assert result.path is not None
        details.append(f"{result.path.name}: {result.revisions} revisions, {result.size} bytes")

    with report.step("bundle verified") as details:
        with profiles.open_workspace(secretariat_dir) as secretariat:
            (outcome,) = exchange.verify_files(secretariat, [result.path])
        _check(outcome.ok, f"refused ({outcome.reason}): {outcome.detail}")
        _check(outcome.decrypted, f"not decrypted: {outcome.detail}")
        details.append(f"signed by {outcome.fingerprint}, decrypted, {outcome.revisions} revisions")

    with report.step("overview refreshed") as details:
        before = len(overviews)
        window.refresh()
        _wait(lambda: len(overviews) > before, "the refreshed overview")
        _check(overviews[-1].waiting == 0, f"{overviews[-1].waiting} changes still waiting after the export")
        details.append("nothing waiting to be exported")

    with report.step("window closed"):
        cleanup.remove(window.close)
        _check(window.close(), "the window refused to close")
        qapp.processEvents()


def run(*, lang: str | None = None, out: TextIO | None = None) -> int:
    """Run every step; 0 when all passed, 1 (with the failing step named) otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = _Report(out or sys.stdout)
    report.line(f"self-test: KIN Desktop {__version__}, Python {sys.version.split()[0]}, {sys.platform}")
    scratch = Path(tempfile.mkdtemp(prefix="kin-selftest-"))
    cleanup: list[Callable[[], Any]] = []
    try:
        _run_steps(report, scratch, lang, cleanup)
    except _Abort as abort:
        report.line(f"self-test: FAILED at step '{abort.step}' ({report.passed} of {len(STEPS)} passed)")
        return EXIT_FAILED
    finally:
        for close in cleanup:
            close()
        shutil.rmtree(scratch, ignore_errors=True)
    total = time.perf_counter() - report.started
    report.line(f"self-test: passed, {report.passed} steps in {total:.1f} s")
    return EXIT_OK
