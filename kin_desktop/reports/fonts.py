"""Embedded fonts and per-script text runs for reportlab.

Every text a user typed can hold several scripts (a Japanese city name inside an English
form, a Thai partner in a Vietnamese list). No single TrueType-outline font that reportlab
can embed covers them all, so each string is cut into *runs*, one per font
(:func:`script_runs`), each drawn with its own font (shaped first for complex scripts).

Fonts come only from :func:`kin_desktop.paths.fonts_dir` (``resources/fonts``), never from
the system, and are registered once per process (:func:`register_fonts`). Which font
serves which characters (see ``docs/printing.md``):

- Latin (Vietnamese diacritics included), Greek, Cyrillic, punctuation: Noto Sans
  (regular and bold);
- Thai, Lao, Khmer, Myanmar, Devanagari, Bengali, Sinhala: the Noto Sans face of each
  script (regular and bold); Arabic script (Urdu): Noto Naskh Arabic (regular and bold).
  These are the *complex* scripts: their runs are shaped with HarfBuzz
  (:mod:`kin_desktop.reports.shaping`) before they are drawn;
- Han: IPAGothic for Japanese text (kana in the string, or the language hint ``ja``),
  Droid Sans Fallback otherwise (Chinese glyph forms), each falling back to the other for
  characters it lacks;
- Hangul: NanumGothic; kana: IPAGothic;
- bold CJK: Noto Sans CJK JP and SC Bold (converted to TrueType outlines and cut to the
  national character sets by ``tools/make_cjk_bold.py``) and NanumGothic Bold; a character
  a bold face lacks prints in the regular face;
- ballot boxes and other symbols Noto Sans lacks: Noto Sans Symbols 2.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kin_desktop import paths
from kin_desktop.core.errors import KinError
from kin_desktop.reports.font_files import (  # noqa: F401 - the names every printing module uses
    ARABIC,
    ARABIC_BOLD,
    BENGALI,
    BENGALI_BOLD,
    BOLD,
    CHINESE,
    CHINESE_BOLD,
    DEVANAGARI,
    DEVANAGARI_BOLD,
    FONT_FILES,
    JAPANESE,
    JAPANESE_BOLD,
    KHMER,
    KHMER_BOLD,
    KOREAN,
    KOREAN_BOLD,
    LAO,
    LAO_BOLD,
    MYANMAR,
    MYANMAR_BOLD,
    SANS,
    SANS_BOLD,
    SINHALA,
    SINHALA_BOLD,
    SYMBOLS,
    THAI,
    THAI_BOLD,
)

CJK_FONTS = frozenset({JAPANESE, CHINESE, KOREAN, JAPANESE_BOLD, CHINESE_BOLD, KOREAN_BOLD})
SHAPED_FONTS = frozenset(
    {THAI, LAO, KHMER, MYANMAR, DEVANAGARI, BENGALI, SINHALA, ARABIC}
    | {BOLD[f] for f in (THAI, LAO, KHMER, MYANMAR, DEVANAGARI, BENGALI, SINHALA, ARABIC)}
)
"""Fonts of complex scripts: their runs are shaped with HarfBuzz before being drawn."""
RTL_FONTS = frozenset({ARABIC, ARABIC_BOLD})
"""Fonts of right-to-left scripts."""
NO_SPACE_FONTS = frozenset({THAI, THAI_BOLD, LAO, LAO_BOLD, KHMER, KHMER_BOLD, MYANMAR, MYANMAR_BOLD})
"""Scripts written without spaces between words: a line may break between two syllables."""

# Unicode blocks of the complex scripts -> their regular font
_SCRIPT_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x08A0, 0x08FF, ARABIC),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE70, 0xFEFF, ARABIC),
    (0x0900, 0x097F, DEVANAGARI),
    (0xA8E0, 0xA8FF, DEVANAGARI),
    (0x0980, 0x09FF, BENGALI),
    (0x0D80, 0x0DFF, SINHALA),
    (0x0E00, 0x0E7F, THAI),
    (0x0E80, 0x0EFF, LAO),
    (0x1000, 0x109F, MYANMAR),
    (0xA9E0, 0xA9FF, MYANMAR),
    (0xAA60, 0xAA7F, MYANMAR),
    (0x1780, 0x17FF, KHMER),
    (0x19E0, 0x19FF, KHMER),
)


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
        if name in BOLD.values():
            continue
        bold = BOLD.get(name, name)
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, bold)
        addMapping(name, 0, 1, name)
        addMapping(name, 1, 1, bold)
    return FontSet(directory, coverage)


# --------------------------------------------------------------------------- scripts

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


_KANA = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _KANA_RANGES) + "]")


def _han_font(text: str, lang: str | None) -> str:
    """The font for Han characters of ``text``: Japanese forms for Japanese text."""
    if _KANA.search(text):
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
        # ASCII spaces and punctuation stay inside the text of a complex script (Thai words
        # are separated by phrases, not spaces; a space between two Urdu words belongs to
        # the right-to-left run); next to CJK they take the Latin font, as the Latin text
        # around them does. Letters and digits take the Latin font (Noto Sans Thai has no
        # Latin digits: "30%" inside Thai text prints in Noto Sans).
        if current in SHAPED_FONTS and not char.isalnum() and cp in fonts.coverage[current]:
            return current
        return base
    category = unicodedata.category(char)
    if category[0] in "MZ" and current:  # combining marks, spaces
        if cp in fonts.coverage[current]:
            return current
        if char in _JOINERS:
            return current  # ZWJ/ZWNJ steer the shaping of the run they sit in
        return base
    kind = _kind(cp)
    if kind is not None and kind not in (_HANGUL, _KANA_KIND, _HAN):  # a complex script's font
        chosen = BOLD[kind] if bold else kind
        if cp in fonts.coverage[chosen]:
            return chosen
        for other in (kind, DEVANAGARI, BENGALI, ARABIC):  # the danda, shared signs
            if cp in fonts.coverage[other]:
                return BOLD[other] if bold and cp in fonts.coverage[BOLD[other]] else other
        return chosen
    if kind == _HANGUL:
        return _bolder(KOREAN, cp, bold, fonts)
    if kind == _KANA_KIND:
        return _bolder(JAPANESE, cp, bold, fonts)
    if kind == _HAN:
        for font in (han, CHINESE, JAPANESE, KOREAN):
            if cp in fonts.coverage[font]:
                return _bolder(font, cp, bold, fonts)
        return han
    if category[0] == "P" and current and cp in fonts.coverage[current]:
        return current  # punctuation inside a run ("「東京」", "“Hải Phòng”")
    if cp in fonts.coverage[SANS]:
        return base
    for font in (SYMBOLS, JAPANESE, CHINESE, KOREAN, THAI):
        if cp in fonts.coverage[font]:
            return font
    return base


_JOINERS = frozenset("\u200c\u200d")
_HANGUL, _KANA_KIND, _HAN = "hangul", "kana", "han"


@lru_cache(maxsize=8192)
def _kind(cp: int) -> str | None:
    """The complex script's regular font, or Hangul, kana or Han, of a code point (or None)."""
    for low, high, script_font in _SCRIPT_BLOCKS:
        if low <= cp <= high:
            return script_font
    if _in(cp, _HANGUL_RANGES):
        return _HANGUL
    if _in(cp, _KANA_RANGES):
        return _KANA_KIND
    if _in(cp, _HAN_RANGES):
        return _HAN
    return None


def _bolder(font: str, cp: int, bold: bool, fonts: FontSet) -> str:
    """The bold face of a CJK font when bold is wanted and it has the character."""
    if bold:
        heavy = BOLD[font]
        if cp in fonts.coverage[heavy]:
            return heavy
    return font
