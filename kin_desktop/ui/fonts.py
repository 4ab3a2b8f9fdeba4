"""Fonts on screen: the shipped fonts registered with Qt, and the Han font each language reads.

The fonts the printed forms embed (``resources/fonts``, :mod:`kin_desktop.reports.fonts`) serve
the screen too, so Thai, Lao, Khmer, Myanmar, the Indic scripts, Urdu, Korean, Japanese and
Chinese show on a machine that has no font for them. Registering them costs about 10 ms (Qt
records the files; a font is read when text first needs it).

Han characters look different in Japanese, Chinese and Korean, and every CJK font has them, so
the font that draws them is a choice, not a fallback: the application font's family list
names the Japanese font first in Japanese (IPAGothic), the Chinese one in Chinese (Droid Sans
Fallback, Simplified forms), the Korean one in Korean (NanumGothic), and Chinese forms in the
other languages. Each list starts with the system's own interface font (the family it
resolves to, not an alias such as "Sans Serif"), which keeps Latin text as the desktop draws it.

The bold CJK fonts of the forms are cut to the national character sets and hold the bold face
only (a family with no regular face would stand in for regular text), so they are not used on
screen: Qt emboldens the regular face for bold CJK text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from kin_desktop import paths
from kin_desktop.reports import font_files

# The shipped fonts the screen uses (reports.font_files names them and their files) -> the family Qt
# registers them under.
_SCRIPT_FAMILIES: dict[str, str] = {
    font_files.THAI: "Noto Sans Thai",
    font_files.LAO: "Noto Sans Lao",
    font_files.KHMER: "Noto Sans Khmer",
    font_files.MYANMAR: "Noto Sans Myanmar",
    font_files.DEVANAGARI: "Noto Sans Devanagari",
    font_files.BENGALI: "Noto Sans Bengali",
    font_files.SINHALA: "Noto Sans Sinhala",
    font_files.ARABIC: "Noto Naskh Arabic",
}
JAPANESE, CHINESE, KOREAN = "IPAGothic", "Droid Sans Fallback", "NanumGothic"
# File -> the family it registers: each script font and NanumGothic with its bold face; IPAGothic
# and Droid Sans Fallback alone (their bold faces are the cut subsets kept off screen, see above).
SCREEN_FONTS: dict[str, str] = {
    **{
        font_files.FONT_FILES[face]: family
        for name, family in {**_SCRIPT_FAMILIES, font_files.KOREAN: KOREAN}.items()
        for face in (name, font_files.BOLD[name])
    },
    font_files.FONT_FILES[font_files.JAPANESE]: JAPANESE,
    font_files.FONT_FILES[font_files.CHINESE]: CHINESE,
}
# Scripts one font each: their order does not matter (no two share letters).
SCRIPTS = tuple(_SCRIPT_FAMILIES.values())
# The CJK fonts in the order a language wants its Han characters drawn (a character the first
# lacks comes from the next: simplified 环 is not in IPAGothic). Hangul is NanumGothic's alone.
HAN_ORDER: dict[str, tuple[str, ...]] = {
    "ja": (JAPANESE, CHINESE, KOREAN),
    "ko": (KOREAN, CHINESE, JAPANESE),
}
DEFAULT_HAN_ORDER = (CHINESE, JAPANESE, KOREAN)

_registered: list[str] | None = None
_system_families: list[str] | None = None


def register() -> list[str]:
    """Register the shipped screen fonts with Qt, once; returns the families registered."""
    global _registered
    if _registered is None:
        found: list[str] = []
        directory = paths.fonts_dir()
        for file in SCREEN_FONTS:
            path = directory / file
            if path.is_file():
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id >= 0:
                    found.extend(QFontDatabase.applicationFontFamilies(font_id))
        _registered = list(dict.fromkeys(found))
    return _registered


def families(language: str, system: list[str]) -> list[str]:
    """The application font's families for ``language``: the system's interface font, the
    script fonts, then the CJK fonts in the language's order for Han characters."""
    han = HAN_ORDER.get(language.split("_", 1)[0], DEFAULT_HAN_ORDER)
    return list(dict.fromkeys([*system, *SCRIPTS, *han]))


def apply(language: str, app: QCoreApplication | None = None) -> None:
    """Make the application font draw ``language`` (and every script) with the shipped fonts."""
    global _system_families
    app = app or QCoreApplication.instance()
    if not isinstance(app, QGuiApplication):
        return  # no fonts without a GUI
    register()
    font = QGuiApplication.font()
    if _system_families is None:
        # The family the system's font resolves to ("Sans Serif" is an alias: fontconfig would
        # answer it with its own choice of font for Han characters, before the list is read).
        _system_families = [QFontInfo(font).family()]
    wanted = families(language, _system_families)
    if font.families() != wanted:
        font = QFont(font)
        font.setFamilies(wanted)
        QGuiApplication.setFont(font)
        _forget_cached_fonts()


def _forget_cached_fonts() -> None:
    """Make Qt drop the font engines it cached. An engine keeps the fallback families of the
    font that first asked for it (Han in IPAGothic after a Japanese list), whatever family list
    asks later; adding or removing an application font clears the cache. So a small shipped
    font is registered once more and removed again (the first registration stays): < 1 ms."""
    font_id = QFontDatabase.addApplicationFont(str(paths.fonts_dir() / font_files.FONT_FILES[font_files.LAO]))
    if font_id >= 0:
        QFontDatabase.removeApplicationFont(font_id)
