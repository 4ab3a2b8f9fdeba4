"""What the start-up path does before the first paint: the look it asks for, what it imports.

No timings here (bench/startup.py measures them).
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QStyleFactory

from kin_desktop import app as kin_app


class _App:
    def __init__(self) -> None:
        self.styles: list[str] = []

    def setStyle(self, name: str) -> None:  # noqa: N802 - QApplication's name
        self.styles.append(name)


def test_linux_starts_in_fusion_without_asking_when_qt_picks_it_anyway(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QT_STYLE_OVERRIDE", raising=False)
    monkeypatch.setattr(QStyleFactory, "keys", staticmethod(lambda: ["Windows", "Fusion"]))
    fake = _App()
    assert kin_app._use_fusion(fake, ["kin-desktop"]) is False
    assert fake.styles == []
    assert qapp.style().name().casefold() == "fusion"  # what Qt chose by itself


@pytest.mark.parametrize(
    ("keys", "env", "argv"),
    [
        (["Windows", "Fusion", "Breeze"], None, []),  # another style installed: Qt could pick it
        (["Windows", "Fusion"], "windows", []),  # the user asked for one
        (["Windows", "Fusion"], None, ["-style", "windows"]),
        (["Windows", "Fusion"], None, ["-style=windows"]),
    ],
)
def test_fusion_is_asked_for_when_another_style_could_win(
    monkeypatch: pytest.MonkeyPatch, keys: list[str], env: str | None, argv: list[str]
) -> None:
    if env is None:
        monkeypatch.delenv("QT_STYLE_OVERRIDE", raising=False)
    else:
        monkeypatch.setenv("QT_STYLE_OVERRIDE", env)
    monkeypatch.setattr(QStyleFactory, "keys", staticmethod(lambda: keys))
    fake: Any = _App()
    assert kin_app._use_fusion(fake, ["kin-desktop", *argv]) is True
    assert fake.styles == ["Fusion"]


def test_the_window_module_leaves_storage_and_tasks_for_after_the_first_paint() -> None:
    code = (
        "import sys\n"
        "import kin_desktop.app, kin_desktop.ui.main_window\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert "kin_desktop.ui.main_window" in loaded
    for later in ("kin_desktop.ui.tasks", "kin_desktop.services", "kin_desktop.storage", "sqlalchemy"):
        assert later not in loaded, later
