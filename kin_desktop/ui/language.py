"""The interface language: which ones ship, which one the system asks for, and the translators.

``install`` replaces the translators of the previous language (Qt's own ``qtbase`` strings and
the application's ``kin_desktop`` messages), makes the language's locale the default, so
numbers and dates follow it, and gives the application font the language's Han font first
(:mod:`kin_desktop.ui.fonts`). The window retranslates itself afterwards (``MainWindow.set_language``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kin_desktop import paths
from kin_desktop.core import languages
from kin_desktop.ui import fonts

DEFAULT = languages.DEFAULT
# Code -> the language's name in itself: a menu of languages a reader can find their own in.
# The list itself is kin_desktop.core.languages' (tools/i18n.py and the printed labels read it).
LANGUAGES: dict[str, str] = dict(languages.NAMES)
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current = DEFAULT


def supported(code: str | None) -> str | None:
    """The shipped language a code or locale name stands for ("ja_JP" -> "ja"), or None."""
    return languages.interface_language(code)


def from_locale(locale: QLocale | None = None) -> str:
    """The first shipped language among the locale's (by default the system's) UI languages."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = supported(name)
        if code is not None:
            return code
    return DEFAULT


def current() -> str:
    """The language whose translators are installed."""
    return _current


def uninstall() -> None:
    """Remove the installed translators: the interface shows its source texts (English with
    "(s)" plurals), as it does before ``install`` is ever called (tests rely on it)."""
    global _current
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(formatting_locale(DEFAULT))
    fonts.apply(DEFAULT, app)
    _current = DEFAULT


def install(code: str, app: QCoreApplication | None = None) -> str:
    """Install the translators of ``code`` (a shipped language; others fall back to English)
    in place of the previous ones, and make its locale the default. Returns the code used."""
    global _current
    app = app or QCoreApplication.instance()
    language = supported(code) or DEFAULT
    locale = QLocale(language)
    QLocale.setDefault(formatting_locale(language))
    fonts.apply(language, app)
    if app is None:
        _current = language
        return language
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    for name, directory in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        # Qt's own strings where Qt ships none (Indonesian, Thai, Vietnamese): dialog buttons, the wizard
        ("qt", str(paths.translations_dir())),
        ("kin_desktop", str(paths.translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    _current = language
    return language


def formatting_locale(code: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers follow for the interface language ``code``.

    The system's own locale when it speaks that language (a Filipino laptop in English keeps
    its month-first dates, an Indian one its day-first dates); otherwise the language's
    usual one, English being World English (``en_001``: day first, four-digit years), not US
    English, since the Network's English-speaking users mostly write the day first.
    """
    system = system or QLocale.system()
    wanted = QLocale(code)
    if system.language() == wanted.language() and system.script() == wanted.script():
        return system
    if wanted.language() == QLocale.Language.English:
        return QLocale("en_001")
    return wanted


def without_mnemonic(text: str) -> str:
    """A label without its shortcut mark, for lists and accessible names:
    "&Overview" -> "Overview", "概要(&O)" -> "概要" (the East Asian style), "R&&D" -> "R&D"."""
    text = re.sub(r"\s*\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def list_text(items: Iterable[str]) -> str:
    """Words joined as a list in the interface language: "a, b" in English, "a、b" in Japanese."""
    return QCoreApplication.translate("language", ", ", "list separator").join(items)


def number_text(value: int) -> str:
    """A count in the interface language's digits and grouping: "10,000" in English, "10.000" in
    Indonesian. Identifiers that happen to be numbers (bundle numbers, years) stay as they are."""
    return QLocale().toString(int(value))
