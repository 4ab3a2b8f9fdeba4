"""Composition root: QApplication, translators, main window.

Kept light at import time: the window is shown before the storage stack is
imported; the profile loads on a worker thread.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kin_desktop import __version__, paths


def _choose_language(lang: str | None, directory: Path | None) -> str:
    """``--lang`` first, then the choice stored in the profile's window.ini, then the system's."""
    from PySide6.QtCore import QSettings

    from kin_desktop.ui import language

    if lang:
        return lang
    if directory is not None and (directory / "window.ini").is_file():
        stored = QSettings(str(directory / "window.ini"), QSettings.Format.IniFormat).value(
            language.SETTINGS_KEY
        )
        if stored and language.supported(str(stored)):
            return str(stored)
    return language.from_locale()


def _install_translators(app: Any, lang: str | None, directory: Path | None = None) -> str:
    """Qt's own strings (qtbase_<lang>.qm from PySide6) and ours (translations/kin_desktop_<lang>.qm);
    returns the language installed."""
    from kin_desktop.ui import language

    return language.install(_choose_language(lang, directory), app)


def _use_fusion(app: Any, argv: Sequence[str]) -> bool:
    """Fusion on Linux, the look the application is made and tested in; True if it was asked for.

    Qt already starts in Fusion there unless another style is installed or the user asks for one
    (``-style``, ``QT_STYLE_OVERRIDE``): ``setStyle`` is then left out, as it costs start-up time
    (PySide6 builds QStyle's Python type and its enums for the style it returns, some 10-20 ms).
    """
    from PySide6.QtWidgets import QStyleFactory

    others = {key.casefold() for key in QStyleFactory.keys()} - {"fusion", "windows"}
    asked = os.environ.get("QT_STYLE_OVERRIDE") or any(arg.startswith(("-style", "--style")) for arg in argv)
    if others or asked:
        app.setStyle("Fusion")
        return True
    return False


def _demo_loader(directory: Path, role: str) -> Any:
    def load(step: Any = None) -> Any:
        from kin_desktop.services import demo_image, overview

        # Made ahead of time (services/demo_image.py): copied, not built again at every start.
        demo_image.prepare_demo(directory, role, step=step)
        return overview.open_profile(directory, step=step)

    return load


def _profile_loader(directory: Path) -> Any:
    def load(step: Any = None) -> Any:
        from kin_desktop.services import overview

        return overview.open_profile(directory, step=step)

    return load


def run(
    *,
    data_dir: str | None = None,
    demo: str | None = None,
    lang: str | None = None,
    argv: Sequence[str] | None = None,
) -> int:
    from PySide6.QtWidgets import QApplication

    from kin_desktop.ui.main_window import MainWindow

    app_argv = list(argv or sys.argv[:1])
    app = QApplication.instance() or QApplication(app_argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationVersion(__version__)
    if sys.platform.startswith("linux"):
        _use_fusion(app, [*app_argv, *sys.argv])
    scratch: Path | None = None
    if demo:
        import keyring

        from kin_desktop.services.demo import demo_keyring

        keyring.set_keyring(demo_keyring())  # a throwaway profile's keys never reach the OS keyring
        scratch = Path(tempfile.mkdtemp(prefix="kin-demo-"))
        directory = scratch / demo
        loader = _demo_loader(directory, demo)
    else:
        directory = paths.data_dir(data_dir)
        loader = _profile_loader(directory)
    _install_translators(app, lang, None if demo else directory)
    window = MainWindow(directory, loader=loader)
    window.show()
    window.load_after_first_paint()
    try:
        return app.exec()
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def main() -> int:
    """Entry point of the windowed launcher (``kin-desktop-gui``)."""
    from kin_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:] or ["gui"])
