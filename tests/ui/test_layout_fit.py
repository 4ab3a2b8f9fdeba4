"""Every page of both roles fits the screens delegates travel with, in every interface language:
no sideways scrolling anywhere, every control inside its viewport (tests/helpers/layout.py).

The pages are found from the window's navigation, tabs, questionnaire sections and record
editors, so a page added later is checked without being named here; the languages are every
interface language (ui.language.LANGUAGES). At 150 % scaling the same walk runs in a subprocess,
since Qt reads QT_SCALE_FACTOR once, when it starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kin_desktop.services import demo
from kin_desktop.ui import language
from kin_desktop.ui.main_window import MainWindow
from tests.helpers import layout
from tests.ui.conftest import Template, copy_demo_secretariat

LANGUAGES = layout.interface_languages()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def source_texts_after() -> Iterator[None]:
    yield
    language.uninstall()


def _window(qtbot: QtBot, directory: Path) -> MainWindow:
    window = layout.open_window(directory)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def delegate_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    demo.create_demo_profile(tmp_path / "delegate")
    return _window(qtbot, tmp_path / "delegate")


@pytest.fixture
def secretariat_window(qtbot: QtBot, demo_template: Template, tmp_path: Path) -> MainWindow:
    return _window(qtbot, copy_demo_secretariat(demo_template, tmp_path))


def test_the_languages_walked_are_the_shipped_ones() -> None:
    assert LANGUAGES == list(language.LANGUAGES) == ["en", "ja", "zh_CN", "id", "th", "vi", "ko"]
    for code in LANGUAGES:  # each one an interface language the window can switch to
        assert language.supported(code) == code


@pytest.mark.parametrize("code", LANGUAGES)
def test_delegate_pages_fit_every_screen(delegate_window: MainWindow, code: str) -> None:
    assert delegate_window.set_language(code) == code
    problems = layout.window_problems(delegate_window, f"delegate {code}", layout.SCREENS)
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize("code", LANGUAGES)
def test_secretariat_pages_fit_every_screen(secretariat_window: MainWindow, code: str) -> None:
    assert secretariat_window.set_language(code) == code
    problems = layout.window_problems(secretariat_window, f"secretariat {code}", layout.SCREENS)
    assert not problems, "\n".join(map(str, problems))


def test_the_walk_finds_what_does_not_fit(delegate_window: MainWindow) -> None:
    """The check itself: a control pushed past the edge of its page is reported."""
    from PySide6.QtWidgets import QPushButton

    page = delegate_window.show_section("outbox")
    assert page is not None
    delegate_window.resize(*layout.window_size("1024x600"))
    layout.settle()
    assert not layout.problems(delegate_window, "outbox")
    wide = QPushButton("x" * 400, page)
    wide.move(page.width() - 40, 0)
    wide.show()
    layout.settle()
    found = layout.problems(delegate_window, "outbox")
    assert any("cut sideways" in problem.what for problem in found)


@pytest.mark.slow
def test_every_page_fits_at_150_percent() -> None:
    """Both roles, every language, on the two larger screens at 150 % (1366×768 gives 911×485)."""
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.layout", "--scale", "1.5", "--screens", "1366x768,1920x1080"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    problems = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0 and not problems, (
        "\n".join(f"{p['page']}: {p['widget']}: {p['what']}" for p in problems) + result.stderr[-3000:]
    )
