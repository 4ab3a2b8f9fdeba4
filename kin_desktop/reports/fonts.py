"""Embedded fonts and per-script text runs for reportlab.

Every text a user typed can hold several scripts (a Japanese city name inside an English
form, a Thai partner in a Vietnamese list). No single TrueType-outline font that reportlab
can embed covers them all, so each string is cut into *runs*, one per font, and each run
is wrapped in ``<font name="...">`` for a :class:`~reportlab.platypus.Paragraph`
(:func:`markup`) or drawn with its own font on a canvas (:func:`script_runs`).

Fonts come only from :func:`kin_desktop.paths.fonts_dir` (``resources/fonts``), never from
the system, and are registered once per process (:func:`register_fonts`). Which font
serves which characters (see ``docs/printing.md``):

- Latin (Vietnamese diacritics included), Greek, Cyrillic, punctuation: Noto Sans
  (regular and bold);
- Thai: Noto Sans Thai (regular and bold);
- Han: IPAGothic for Japanese text (kana in the string, or the language hint ``ja``),
  Droid Sans Fallback otherwise (Chinese glyph forms), each falling back to the other for
  characters it lacks;
- Hangul: NanumGothic; kana: IPAGothic;
- ballot boxes and other symbols Noto Sans lacks: Noto Sans Symbols 2.

The CJK fonts have one weight: bold CJK text prints in the regular weight.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kin_desktop import paths
from kin_desktop.core.errors import KinError

SANS = "KIN-Sans"
SANS_BOLD = "KIN-Sans-Bold"
THAI = "KIN-Thai"
THAI_BOLD = "KIN-Thai-Bold"
JAPANESE = "KIN-JP"
CHINESE = "KIN-SC"
KOREAN = "KIN-KR"
SYMBOLS = "KIN-Symbols"

FONT_FILES: dict[str, str] = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    THAI: "NotoSansThai-Regular.ttf",
    THAI_BOLD: "NotoSansThai-Bold.ttf",
    JAPANESE: "ipag.ttf",
    CHINESE: "DroidSansFallbackFull.ttf",
    KOREAN: "NanumGothic.ttf",
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
}
"""Font name -> file in ``resources/fonts`` (each file's licence sits next to it)."""

_BOLD = {SANS: SANS_BOLD, THAI: THAI_BOLD}
CJK_FONTS = frozenset({JAPANESE, CHINESE, KOREAN})
_WRAP_ANYWHERE = CJK_FONTS | {THAI, THAI_BOLD}


class FontsMissingError(KinError):
    """A font file the forms need is not in ``resources/fonts`` (a damaged installation)."""

    code = "fonts_missing"


@dataclass(frozen=True)
class FontSet:
    """The registered fonts and the code points each one has a glyph for."""

    directory: Path
    coverage: dict[str, frozenset[int]]

    def covers(self, font: str, char: str) -> bool:
        return ord(char) in self.coverage[font]


_lock = threading.Lock()
_fonts: FontSet | None = None


def register_fonts() -> FontSet:
    """Register the shipped fonts with reportlab, once per process (thread-safe)."""
    global _fonts
    if _fonts is not None:
        return _fonts
    with _lock:
        if _fonts is None:
            _fonts = _register(paths.fonts_dir())
    return _fonts


def _register(directory: Path) -> FontSet:
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # Compressed streams stay binary: ASCII85 (reportlab's default) makes them a quarter
    # larger and costs more time than laying the pages out.
    rl_config.useA85 = 0
    missing = [file for file in FONT_FILES.values() if not (directory / file).is_file()]
    if missing:
        raise FontsMissingError(
            f"font files missing from {directory}: {', '.join(missing)}",
            directory=str(directory),
            files=missing,
        )
    coverage: dict[str, frozenset[int]] = {}
    for name, file in FONT_FILES.items():
        font = TTFont(name, str(directory / file))
        pdfmetrics.registerFont(font)
        coverage[name] = frozenset(font.face.charToGlyph)
    # <b> inside a paragraph switches to the bold face where there is one.
    for name in FONT_FILES:
        if name in _BOLD.values():
            continue
        bold = _BOLD.get(name, name)
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, bold)
        addMapping(name, 0, 1, name)
        addMapping(name, 1, 1, bold)
    return FontSet(directory, coverage)


# --------------------------------------------------------------------------- scripts

_THAI_RANGE = (0x0E00, 0x0E7F)
_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))
_KANA_RANGES = ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))
_HAN_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3200, 0x33FF),  # enclosed letters, compatibility
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),  # compatibility forms
    (0xFF00, 0xFF65),  # full-width forms
    (0xFFE0, 0xFFEF),
    (0x20000, 0x3FFFF),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _in(cp: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(low <= cp <= high for low, high in ranges)


def _han_font(text: str, lang: str | None) -> str:
    """The font for Han characters of ``text``: Japanese forms for Japanese text."""
    if any(_in(ord(c), _KANA_RANGES) for c in text):
        return JAPANESE
    base = (lang or "").split("-", 1)[0].casefold()
    if base == "ja":
        return JAPANESE
    if base == "ko":
        return KOREAN
    return CHINESE


def clean(text: str) -> str:
    """NFC (Vietnamese typed as decomposed letters gets its precomposed glyphs), no control
    characters but tab and newline, Windows and old Mac line ends as ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def script_runs(text: str, *, lang: str | None = None, bold: bool = False) -> list[tuple[str, str]]:
    """Cut ``text`` into ``(font name, text)`` runs, each drawable with its one font.

    ``lang`` (a language code such as ``ja`` or ``zh-Hans``) chooses the glyph forms of Han
    characters when the text itself does not tell (kana means Japanese). ``bold`` picks
    the bold faces where there are some. White space and punctuation stay in the run
    around them; combining marks stay with their base letter. Characters no font has
    stay in the base font (they print as an empty box rather than vanish).
    """
    fonts = register_fonts()
    text = clean(text)
    base = SANS_BOLD if bold else SANS
    if text.isascii():
        return [(base, text)] if text else []
    han = _han_font(text, lang)
    runs: list[tuple[str, str]] = []
    current = ""
    start = 0
    for index, char in enumerate(text):
        font = _font_for(char, current, base, han, bold, fonts)
        if font != current:
            if index > start:
                runs.append((current, text[start:index]))
            current, start = font, index
    if len(text) > start:
        runs.append((current, text[start:]))
    return runs


def _font_for(char: str, current: str, base: str, han: str, bold: bool, fonts: FontSet) -> str:
    cp = ord(char)
    if cp < 0x80:
        # ASCII spaces and punctuation stay inside Thai text (words there are separated by
        # phrases, not spaces); next to CJK they take the Latin font, as the Latin text
        # around them does.
        if current in (THAI, THAI_BOLD) and not char.isalnum() and cp in fonts.coverage[current]:
            return current
        return base
    category = unicodedata.category(char)
    if category[0] in "MZ" and current:  # combining marks, spaces
        return current if cp in fonts.coverage[current] else base
    if _THAI_RANGE[0] <= cp <= _THAI_RANGE[1]:
        return THAI_BOLD if bold else THAI
    if _in(cp, _HANGUL_RANGES):
        return KOREAN
    if _in(cp, _KANA_RANGES):
        return JAPANESE
    if _in(cp, _HAN_RANGES):
        for font in (han, CHINESE, JAPANESE, KOREAN):
            if cp in fonts.coverage[font]:
                return font
        return han
    if category[0] == "P" and current and cp in fonts.coverage[current]:
        return current  # punctuation inside a run ("「東京」", "“Hải Phòng”")
    if cp in fonts.coverage[SANS]:
        return base
    for font in (SYMBOLS, JAPANESE, CHINESE, KOREAN, THAI):
        if cp in fonts.coverage[font]:
            return font
    return base


def escape(text: str) -> str:
    """Escape ``&``, ``<`` and ``>`` for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Marked(NamedTuple):
    """Paragraph markup of a text, and whether its paragraph must wrap between any two
    characters (CJK and Thai are written without spaces between words)."""

    markup: str
    wrap_anywhere: bool


@lru_cache(maxsize=16384)
def mark(text: str, lang: str | None = None, bold: bool = False) -> Marked:
    """:func:`markup` and whether the text needs CJK-style wrapping (cached: labels repeat)."""
    base = SANS_BOLD if bold else SANS
    parts: list[str] = []
    anywhere = False
    for font, run in script_runs(text, lang=lang, bold=bold):
        escaped = escape(run)
        if font == base:
            parts.append(escaped)
        else:
            parts.append(f'<font name="{font}">{escaped}</font>')
            anywhere = anywhere or font in _WRAP_ANYWHERE
    return Marked("".join(parts).replace("\n", "<br/>"), anywhere)


def markup(text: str, *, lang: str | None = None, bold: bool = False) -> str:
    """``text`` as paragraph markup: XML-escaped, one ``<font name="...">`` per run of a
    script the base font lacks, newlines as ``<br/>``.

    Runs in the base font are left unwrapped: the paragraph's style must use
    :data:`SANS` (or :data:`SANS_BOLD` with ``bold=True``).
    """
    return mark(text, lang, bold).markup
