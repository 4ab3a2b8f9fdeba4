"""Screenshots of every page of the demo, for both roles, in the chosen languages and window size.

    python tools/ui_shots.py --lang th,vi,ko [--size 1024x600] [--roles delegate,secretariat] [--out /tmp/shots]

Runs under the current Qt platform: for pictures as a user sees them use a real window system,
e.g. ``xvfb-run -a -s "-screen 0 1280x800x24" python tools/ui_shots.py ...``. For each role it
opens the demo profile as ``kin-desktop gui --demo ROLE`` does (from the demo image, keys in the
throwaway demo keyring), switches to each language (``MainWindow.set_language``), sizes the window,
walks every page of the navigation (the questionnaire at its first section, the review page with
its first record selected) and the editor of the first commitment, and saves ``QWidget.grab()`` of the main window as ``<role>-<page>-<lang>-<WxH>.png``
(the page is the section's key: ``overview``, ``questionnaire``, ``commitments-editor``, ``review``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kin_desktop.ui import language  # noqa: E402

ROLES = ("delegate", "secretariat")


def settle() -> None:
    """Let background loads finish and layouts, deferred resizes and zero-delay timers run."""
    pool = QThreadPool.globalInstance()
    for _ in range(50):
        pool.waitForDone(10_000)
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QApplication.processEvents()
            # widgets a page replaced (deleteLater), deleted as the event loop would: a loop of
            # processEvents never does, and grab() would paint them over the new ones
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if pool.activeThreadCount() == 0:
            break


def open_demo(role: str, directory: Path) -> Any:
    """The main window on a fresh demo profile of ``role`` in ``directory``, loaded and shown."""
    from kin_desktop.services import demo_image, overview
    from kin_desktop.ui.main_window import MainWindow

    def load(step: Any = None) -> Any:
        demo_image.prepare_demo(directory, role, step=step)
        return overview.open_profile(directory, step=step)

    window = MainWindow(directory, loader=load)
    loaded: list[object] = []
    window.overview_loaded.connect(loaded.append)
    window.show()
    window.load()
    for _ in range(600):
        settle()
        if loaded:
            break
    if not loaded:
        raise SystemExit(f"the {role} demo did not open")
    return window


def section_keys(window: Any) -> list[str]:
    """The keys of the navigation's sections, in its order (``overview``, ``inbox``…)."""
    return [section.key for section in window._sections]


def walk(window: Any, save: Callable[[str], None]) -> None:
    """Every section of the navigation; the questionnaire at its first section; the first commitment's editor."""
    for row, key in enumerate(section_keys(window)):
        window.navigation.setCurrentRow(row)
        settle()
        page = window.stack.currentWidget()
        definition = getattr(page, "definition", None)
        if callable(definition) and definition() is not None and hasattr(page, "show_section"):
            page.show_section(definition().sections[0].id)
            settle()
        records_tab = getattr(page, "current_records_tab", None)
        tab = records_tab() if callable(records_tab) else None
        if tab is not None and tab.visible_ids():  # the review page: its first record, under review
            tab.select_record(tab.visible_ids()[0])
            settle()
        save(key)
        records = getattr(page, "page", None)
        if key == "commitments" and records is not None and hasattr(records, "visible_record_ids"):
            ids = records.visible_record_ids()
            if ids:
                page.open(ids[0])
                settle()
                save(f"{key}-editor")
                page.back_button.click()
                settle()
    window.navigation.setCurrentRow(0)
    settle()


def shoot(role: str, codes: list[str], size: tuple[int, int], out: Path) -> list[Path]:
    written: list[Path] = []
    scratch = Path(tempfile.mkdtemp(prefix="kin-shots-"))
    try:
        window = open_demo(role, scratch / role)
        for code in codes:
            if window.set_language(code) != code:
                raise SystemExit(f"language {code} is not installed")
            window.resize(*size)
            settle()
            if (window.width(), window.height()) != size:
                print(
                    f"warning: the window is {window.width()}x{window.height()}, not {size}", file=sys.stderr
                )
            label = f"{size[0]}x{size[1]}"

            def save(page: str, code: str = code, label: str = label) -> None:
                path = out / f"{role}-{page}-{code}-{label}.png"
                if not window.grab().save(str(path)):
                    raise SystemExit(f"cannot write {path}")
                written.append(path)
                print(path, flush=True)

            walk(window, save)
        window.close()
        window.deleteLater()
        settle()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="th,vi,ko", help="interface languages, comma-separated")
    parser.add_argument("--size", default="1024x600", help="window size WIDTHxHEIGHT")
    parser.add_argument("--roles", default=",".join(ROLES))
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    options = parser.parse_args(argv)
    width, height = (int(part) for part in options.size.lower().split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")  # the look the application is made and tested in (app.run on Linux)
    import keyring

    from kin_desktop.services.demo import demo_keyring

    keyring.set_keyring(demo_keyring())  # the demo's keys never reach the system keyring
    options.out.mkdir(parents=True, exist_ok=True)
    codes = [code.strip() for code in options.lang.split(",") if code.strip()]
    language.install(codes[0], app)
    for role in options.roles.split(","):
        shoot(role.strip(), codes, (width, height), options.out)
    language.uninstall()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
