"""Whether a window fits its size: no sideways scrolling anywhere, every control inside its viewport.

Used by tests/ui/test_layout_fit.py, in this process and in a subprocess at 150 % scaling
(``QT_SCALE_FACTOR`` is read once, when Qt starts). The pages a window has are found from its
navigation, its tabs, the questionnaire's sections and the record lists' editors, so a page added
later is walked without anyone listing it here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)

# Logical sizes of the screens delegates travel with (the window maximized on them, less a task
# bar of about 40 pixels), and the same screens at 150 % scaling.
SCREENS = {"1024x600": (1024, 600), "1366x768": (1366, 768), "1920x1080": (1920, 1080)}
TASK_BAR = 40


def window_size(screen: str, scale: float = 1.0) -> tuple[int, int]:
    width, height = SCREENS[screen]
    return int(width / scale), int((height - TASK_BAR) / scale)


@dataclass(frozen=True)
class Problem:
    page: str
    widget: str
    what: str

    def __str__(self) -> str:
        return f"{self.page}: {self.widget}: {self.what}"


def settle() -> None:
    """Let background loads finish, and layouts, deferred resizes and timers of zero delay run."""
    pool = QThreadPool.globalInstance()
    for _ in range(50):
        pool.waitForDone(10_000)
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QApplication.processEvents()
        if pool.activeThreadCount() == 0:
            break


def _name(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 4:
        label = current.objectName() or type(current).__name__
        text = getattr(current, "text", None)
        if callable(text) and isinstance(current, QAbstractButton) and current.text():
            label += f"[{current.text()[:30]}]"
        parts.append(label)
        current = current.parentWidget()
    return " < ".join(parts)


def _scrolled_viewports(window: QWidget) -> set[QWidget]:
    """Viewports whose content may run below their bottom edge (it scrolls vertically)."""
    return {area.viewport() for area in window.findChildren(QAbstractScrollArea)}


def problems(window: QWidget, page: str) -> list[Problem]:
    """What does not fit in ``window`` as it shows now (hidden pages are not looked at)."""
    found: list[Problem] = []
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(window) or area.window() is not window:
            continue
        bar = area.horizontalScrollBar()
        if bar.maximum() > 0:
            found.append(Problem(page, _name(area), f"scrolls sideways by {bar.maximum()} px"))
        if isinstance(area, QAbstractItemView) and not isinstance(area, QHeaderView):
            header = getattr(area, "horizontalHeader", lambda: None)()
            if isinstance(header, QHeaderView) and header.isVisibleTo(window):
                spare = area.viewport().width() - header.length()
                if spare < -1:
                    found.append(Problem(page, _name(area), f"columns run {-spare} px past the edge"))
    viewports = _scrolled_viewports(window)
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or isinstance(control, QHeaderView):
            continue
        if control.window() is not window or not control.isVisibleTo(window):
            continue
        if control.width() <= 0 or control.height() <= 0:
            continue
        found.extend(_outside(control, window, viewports, page))
    return found


def _outside(control: QWidget, window: QWidget, viewports: set[QWidget], page: str) -> Iterator[Problem]:
    """Where ``control`` is cut by one of its ancestors (sideways always, downwards outside scrolling)."""
    size = control.rect().size()
    below_scroll = False
    ancestor = control.parentWidget()
    while ancestor is not None:
        mapped = QRect(control.mapTo(ancestor, QPoint(0, 0)), size)
        bounds = ancestor.rect()
        if mapped.left() < bounds.left() - 1 or mapped.right() > bounds.right() + 1:
            yield Problem(
                page,
                _name(control),
                f"cut sideways by {_name(ancestor)} (x {mapped.left()}..{mapped.right()} of {bounds.width()})",
            )
            return
        if ancestor in viewports:
            below_scroll = True
        if not below_scroll and (mapped.top() < bounds.top() - 1 or mapped.bottom() > bounds.bottom() + 1):
            yield Problem(
                page,
                _name(control),
                f"cut at the bottom by {_name(ancestor)} (y {mapped.top()}..{mapped.bottom()} of {bounds.height()})",
            )
            return
        if ancestor is window:
            return
        ancestor = ancestor.parentWidget()


# -- walking the pages -------------------------------------------------------------------------------

Visit = Callable[[str], None]


def walk_tabs(root: QWidget, name: str, visit: Visit) -> None:
    """Every tab of every tab widget under ``root`` (tabs within tabs included)."""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root.window()):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            visit(f"{name} / {tabs.tabText(index).replace('&', '')}")
        tabs.setCurrentIndex(current)
        settle()


def walk_page(page: QWidget, name: str, visit: Visit) -> None:
    """A page, its tabs, and what it opens: every section of a questionnaire, the editor of the
    first record of a record list."""
    visit(name)
    walk_tabs(page, name, visit)
    definition = getattr(page, "definition", None)
    if callable(definition) and definition() is not None and hasattr(page, "show_section"):
        for section in definition().sections:
            page.show_section(section.id)
            settle()
            visit(f"{name} / {section.id}")
        page.show_section(definition().sections[0].id)
    records = getattr(page, "page", None)
    if records is not None and hasattr(page, "open") and hasattr(records, "visible_record_ids"):
        ids = records.visible_record_ids()
        if ids:
            page.open(ids[0])
            settle()
            visit(f"{name} / editor")
            walk_tabs(page, f"{name} / editor", visit)
            page.back_button.click()
            settle()


def walk_window(window: Any, visit: Visit) -> None:
    """Every section of the main window's navigation (found there, so new ones are walked too)."""
    navigation = window.navigation
    for row in range(navigation.count()):
        navigation.setCurrentRow(row)
        settle()
        walk_page(window.stack.currentWidget(), navigation.item(row).text(), visit)
    navigation.setCurrentRow(0)
    settle()


def window_problems(window: Any, label: str, screens: Iterable[str], scale: float = 1.0) -> list[Problem]:
    """What does not fit on any page of ``window`` at any of ``screens``."""
    found: list[Problem] = []
    for screen in screens:
        wanted = window_size(screen, scale)
        window.resize(*wanted)
        settle()
        size = (window.width(), window.height())
        if size != wanted:
            found.append(Problem(f"{label} {screen}", "window", f"cannot be {wanted}: it stays {size}"))
        walk_window(
            window, lambda page, screen=screen: found.extend(problems(window, f"{label} {screen}: {page}"))
        )
    return found


# -- both roles, in this process or in another one ---------------------------------------------------


def interface_languages() -> list[str]:
    """Every interface language (``ui.language.LANGUAGES``): a language whose translation is
    still missing shows the English texts, and must fit once it is translated."""
    from kin_desktop.core.languages import INTERFACE_LANGUAGES

    return list(INTERFACE_LANGUAGES)


def open_window(directory: Any) -> Any:
    """The main window on the profile in ``directory``, loaded."""
    from kin_desktop.services import overview
    from kin_desktop.ui.main_window import MainWindow

    window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
    loaded: list[object] = []
    window.overview_loaded.connect(loaded.append)
    window.show()
    window.load()
    for _ in range(600):
        settle()
        if loaded:
            break
    assert loaded, "the profile did not open"
    return window


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.helpers.layout --scale 1.5 --screens 1366x768 --languages en,ja``: build
    both demo profiles, walk every page at each screen and language, print each problem as a line
    of JSON; exit status 1 if there is any. QT_SCALE_FACTOR must be set by the caller."""
    import argparse
    import json
    import tempfile
    from pathlib import Path

    import keyring

    from kin_desktop.services import demo
    from kin_desktop.ui import language
    from tests.helpers.fakes import MemoryKeyring

    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--screens", default=",".join(SCREENS))
    parser.add_argument("--languages", default="")
    parser.add_argument("--roles", default="delegate,secretariat")
    options = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    keyring.set_keyring(MemoryKeyring())
    languages = options.languages.split(",") if options.languages else interface_languages()
    found: list[Problem] = []
    with tempfile.TemporaryDirectory() as scratch:
        for role in options.roles.split(","):
            directory = Path(scratch) / role
            demo.create_demo_profile(directory, role=role)
            window = open_window(directory)
            for code in languages:
                if window.set_language(code) != code:
                    found.append(Problem(f"{role} {code}", "language", "is not installed"))
                    continue
                found += window_problems(
                    window, f"{role} {code} at {options.scale:g}x", options.screens.split(","), options.scale
                )
            window.close()
            window.deleteLater()
            settle()
    for problem in found:
        print(
            json.dumps(
                {"page": problem.page, "widget": problem.widget, "what": problem.what}, ensure_ascii=False
            )
        )
    del app
    language.uninstall()
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
