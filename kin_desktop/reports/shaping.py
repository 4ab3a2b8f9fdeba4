"""Complex-script shaping with HarfBuzz, right-to-left order, and the PDF operators that draw
shaped glyphs.

Thai, Lao, Khmer, Myanmar, Devanagari, Bengali, Sinhala and the Arabic script (Urdu) cannot
be drawn character by character: marks stack and move ("ที่": the tone mark sits above the
vowel, not on it), vowels reorder before their consonant, conjuncts form ligatures, Arabic
letters join. Each run of such a script (one font, see :data:`~kin_desktop.reports.fonts.SHAPED_FONTS`)
is shaped by HarfBuzz (``uharfbuzz``): glyph ids, advances and offsets. The PDF then draws
exactly those glyphs at exactly those positions (:func:`shaped_operators`): a ``TJ`` array
moves each glyph from where the font's own advance would leave it to where HarfBuzz put it,
and ``Ts`` (text rise) lifts or lowers marks.

The glyphs are written through the font's reportlab subset like any other text: each glyph
is named by a character the font maps to it (its own character, or for a glyph no character
maps to, such as a raised tone mark or a conjunct, a private-use code point given to it
once per process, as reportlab's own shaping does). reportlab writes the subset and its
widths as usual; its ToUnicode map gives such a private-use glyph the text it stands for
(the characters of its cluster no other glyph of the cluster shows: "่" for the raised
mai ek of "ที่", "क्ष" for the conjunct), so the PDF's text stays searchable.

Right-to-left: HarfBuzz returns an Arabic-script run's glyphs in visual order (left to
right on the page). The runs of a line are put in visual order by :func:`visual_order`, the
Unicode bidirectional algorithm applied to runs (each run is one script and one direction):
a paragraph whose first strong character is right-to-left is a right-to-left paragraph
(its lines are right-aligned); numbers and Latin words inside it keep their left-to-right
order.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import uharfbuzz as hb
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics, ttfonts

from kin_desktop.reports.fonts import (
    ARABIC,
    ARABIC_BOLD,
    BENGALI,
    BENGALI_BOLD,
    DEVANAGARI,
    DEVANAGARI_BOLD,
    KHMER,
    KHMER_BOLD,
    LAO,
    LAO_BOLD,
    MYANMAR,
    MYANMAR_BOLD,
    RTL_FONTS,
    SINHALA,
    SINHALA_BOLD,
    THAI,
    THAI_BOLD,
)

Run = tuple[str, str]  # (font name, text)

LANGUAGE: dict[str, str] = {
    THAI: "th",
    THAI_BOLD: "th",
    LAO: "lo",
    LAO_BOLD: "lo",
    KHMER: "km",
    KHMER_BOLD: "km",
    MYANMAR: "my",
    MYANMAR_BOLD: "my",
    DEVANAGARI: "hi",
    DEVANAGARI_BOLD: "hi",
    BENGALI: "bn",
    BENGALI_BOLD: "bn",
    SINHALA: "si",
    SINHALA_BOLD: "si",
    ARABIC: "ur",
    ARABIC_BOLD: "ur",
}
"""The language HarfBuzz shapes each font's runs in (its language-specific forms). Fixed per
font, so the output never depends on the machine's locale; the Network's Arabic-script
language is Urdu (Pakistan)."""


class Shaped(NamedTuple):
    """One run as HarfBuzz shaped it, in thousandths of the font size (the PDF's text units)."""

    chars: str  # one character per glyph: the code the font's subset encodes that glyph by
    advances: tuple[float, ...]
    dx: tuple[float, ...]
    dy: tuple[float, ...]
    gids: tuple[int, ...]
    clusters: tuple[int, ...]
    width: float


class _HbFont(NamedTuple):
    font: Any  # uharfbuzz.Font
    scale: float  # font units -> thousandths of the em


_lock = threading.Lock()
_hb_fonts: dict[str, _HbFont] = {}
_private: dict[str, dict[int, int]] = {}  # font -> gid -> private-use code point
_private_text: dict[str, dict[int, str]] = {}  # face name -> private-use code point -> text it shows


def _hb_font(font_name: str) -> _HbFont:
    found = _hb_fonts.get(font_name)
    if found is None:
        with _lock:
            found = _hb_fonts.get(font_name)
            if found is None:
                face = pdfmetrics.getFont(font_name).face
                hb_face = hb.Face(hb.Blob(face._ttf_data))
                font = hb.Font(hb_face)
                found = _hb_fonts[font_name] = _HbFont(font, 1000.0 / hb_face.upem)
    return found


def _code_for(font_name: str, face: Any, gid: int, hb_font: _HbFont) -> str:
    """The character the font's subset encodes glyph ``gid`` by (a private-use one, given
    once, for a glyph no character maps to)."""
    chars = face.glyphToChar.get(gid)
    if chars:
        return chr(chars[0])
    with _lock:
        private = _private.setdefault(font_name, {})
        code = private.get(gid)
        if code is None:
            code = 0xE000 + len(private)
            while code in face.charToGlyph:
                code += 1
            if code > 0xF8FF:
                raise ValueError(f"{font_name}: more unmapped glyphs than private-use code points")
            private[gid] = code
            face.charToGlyph[code] = gid
            face.glyphToChar.setdefault(gid, []).append(code)
            face.charWidths[code] = hb_font.font.get_glyph_h_advance(gid) * hb_font.scale
    return chr(code)


@lru_cache(maxsize=65536)
def shape(font_name: str, text: str) -> Shaped:
    """``text`` shaped in ``font_name`` (cached: the same words recur on every form)."""
    hb_font = _hb_font(font_name)
    face = pdfmetrics.getFont(font_name).face
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    if font_name in RTL_FONTS and is_number(text):
        buf.direction = "ltr"  # Arabic-Indic digits read left to right, inside Urdu text too
    language = LANGUAGE.get(font_name)
    if language:
        buf.language = language
    hb.shape(hb_font.font, buf)
    scale = hb_font.scale
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    chars = "".join(_code_for(font_name, face, info.codepoint, hb_font) for info in infos)
    clusters = tuple(info.cluster for info in infos)
    if any(0xE000 <= ord(c) <= 0xF8FF for c in chars):
        _remember_text(face, text, chars, clusters)
    advances = tuple(pos.x_advance * scale for pos in positions)
    return Shaped(
        chars=chars,
        advances=advances,
        dx=tuple(pos.x_offset * scale for pos in positions),
        dy=tuple(pos.y_offset * scale for pos in positions),
        gids=tuple(info.codepoint for info in infos),
        clusters=clusters,
        width=sum(advances),
    )


def _remember_text(face: Any, text: str, chars: str, clusters: tuple[int, ...]) -> None:
    """The text each private-use glyph of a shaped run stands for: the characters of its
    cluster that the cluster's other glyphs do not show (first seen wins)."""
    starts = sorted(set(clusters))
    ends = {start: (starts[i + 1] if i + 1 < len(starts) else len(text)) for i, start in enumerate(starts)}
    known = _private_text.setdefault(_face_name(face), {})
    for start in starts:
        glyphs = [c for c, cluster in zip(chars, clusters, strict=True) if cluster == start]
        private = [c for c in glyphs if 0xE000 <= ord(c) <= 0xF8FF]
        if not private or ord(private[0]) in known:
            continue
        rest = list(text[start : ends[start]])
        for c in glyphs:
            if c not in private and c in rest:
                rest.remove(c)
        with _lock:
            known.setdefault(ord(private[0]), "".join(rest))
            for c in private[1:]:
                known.setdefault(ord(c), "")


def _face_name(face: Any) -> str:
    """The name reportlab writes after a subset's ``AAAAAA+`` prefix."""
    return bytes(face.name + face.subfontNameX).decode("latin-1")


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, with the text of private-use glyphs of shaped runs and
    Arabic presentation forms (the joined letters' glyphs) as the letters they are."""
    texts = _private_text.get(fontname.split("+", 1)[-1], {})

    def target(code: int) -> str:
        text = texts.get(code) if 0xE000 <= code <= 0xF8FF else None
        if text is None:
            text = chr(code)
            if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
                text = unicodedata.normalize("NFKC", text)
        return text.encode("utf-16-be").hex().upper() or "FFFD"

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{index:02X}> <{target(code)}>" for index, code in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # reportlab looks it up when it writes a subset


def shaped_operators(font_name: str, text: str, size: float, doc: Any) -> str:
    """PDF operators drawing ``text`` shaped, from the current text position, leaving the
    position at the end of the run's shaped advance."""
    font = pdfmetrics.getFont(font_name)
    run = shape(font_name, text)
    widths = font.face.charWidths
    advances, dxs, dys, chars = run.advances, run.dx, run.dy, run.chars
    parts: list[str] = []
    items: list[str] = []  # the TJ array under construction
    codes = bytearray()  # consecutive glyphs without adjustment between them
    rise = 0.0
    pen = 0.0  # where HarfBuzz's pen is (thousandths of the size)
    at = 0.0  # where the PDF's text position is
    index = 0

    def close_string() -> None:
        if codes:
            items.append(f"({escapePDF(bytes(codes))})")
            codes.clear()

    def close_array() -> None:
        close_string()
        if items:
            parts.append(f"[{' '.join(items)}] TJ")
            items.clear()

    for subset, chunk in font.splitString(chars, doc):
        close_array()
        parts.append(f"{font.getSubsetInternalName(subset, doc)} {size:g} Tf")
        for code in chunk:
            target_rise = dys[index] * size / 1000
            if abs(target_rise - rise) > 0.001:
                close_array()
                parts.append(f"{target_rise:.3f} Ts")
                rise = target_rise
            target = pen + dxs[index]
            move = at - target
            if abs(move) > 0.05:
                close_string()
                items.append(f"{move:.1f}")
            codes.append(code)
            at = target + widths.get(ord(chars[index]), 0)
            pen += advances[index]
            index += 1
    move = at - pen
    if abs(move) > 0.05:
        close_string()
        items.append(f"{move:.1f}")
    close_array()
    if rise:
        parts.append("0 Ts")
    return " ".join(parts)


# --------------------------------------------------------------------------- clusters


_VIRAMAS = frozenset("\u094d\u09cd\u0dca\u17d2\u1039\u0e3a")
_PRE_BASE = frozenset(
    "\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4"
)  # Thai, Lao leading vowels
_JOINERS = frozenset("\u200c\u200d")
# Thai and Lao vowels written after their consonant that are letters, not marks (sara a,
# sara aa, sara am, lakkhangyao, mai yamok; their Lao counterparts): never a line's start
_FOLLOWING = frozenset("\u0e30\u0e32\u0e33\u0e45\u0e46\u0eb0\u0eb2\u0eb3")


def clusters(text: str) -> list[str]:
    """``text`` cut where a line may break inside a word: between syllable-like clusters (a
    base letter with its marks; a leading vowel with the consonant after it; a virama or
    coeng with the consonant it joins; joiners with both neighbours). Spaces are clusters of
    their own."""
    pieces: list[str] = []
    start = 0
    previous = ""
    for index, char in enumerate(text):
        if index == 0:
            previous = char
            continue
        joined = (
            (
                unicodedata.category(char)[0] == "M"
                or char in _FOLLOWING
                or char in _JOINERS
                or previous in _JOINERS
                or previous in _VIRAMAS
                or previous in _PRE_BASE
            )
            and not char.isspace()
            and not previous.isspace()
        )
        if not joined:
            pieces.append(text[start:index])
            start = index
        previous = char
    if start < len(text):
        pieces.append(text[start:])
    return pieces


# --------------------------------------------------------------------------- right to left


def _direction(font: str, text: str) -> str:
    """``R``, ``L``, ``EN`` (digits only: a number) or ``N`` (neutral) for one run."""
    if is_number(text):
        return "EN"
    if font in RTL_FONTS and not all(_neutral(char) for char in text):
        return "R"
    has_digit = False
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
        if kind in ("EN", "AN"):
            has_digit = True
    return "EN" if has_digit else "N"


def is_rtl(runs: Sequence[Run]) -> bool:
    """Whether a paragraph of these runs is right-to-left: its first strong run is."""
    for font, text in runs:
        kind = _direction(font, text)
        if kind in ("R", "L"):
            return kind == "R"
    return False


def has_rtl(runs: Sequence[Run]) -> bool:
    return any(font in RTL_FONTS for font, _ in runs)


def _edges(runs: Sequence[Run]) -> list[Run]:
    """Runs cut where the direction of their characters changes, for ordering: a run of
    another script into words (L), numbers (EN) and the spaces and punctuation between them
    (neutral: they go where the text around them says, so a space or a bracket between an
    Urdu word and a Latin one or a number stays between them); a right-to-left run (shaped
    whole by HarfBuzz) only loses the neutrals at its ends."""
    out: list[Run] = []
    for font, text in runs:
        if font in RTL_FONTS:
            for words in _numbers_apart(text):  # Arabic-Indic numbers read left to right
                start, end = 0, len(words)
                while start < end and _neutral(words[start]):
                    start += 1
                while end > start and _neutral(words[end - 1]):
                    end -= 1
                for part in (words[:start], words[start:end], words[end:]):
                    if part:
                        out.append((font, part))
            continue
        piece = ""
        kind = ""
        for index, char in enumerate(text):
            char_kind = _char_kind(char, text, index)
            bracket = char in _OPENING or char in _CLOSING
            if (
                piece
                and (char_kind != kind or bracket or piece[-1] in _OPENING or piece[-1] in _CLOSING)
                and not (_is_mark(char) and kind != "N")
            ):
                out.append((font, piece))
                piece = ""
            if not piece or not _is_mark(char):
                kind = char_kind
            piece += char
        if piece:
            out.append((font, piece))
    return out


def _numbers_apart(text: str) -> list[str]:
    """``text`` cut into numbers and what lies between them."""
    pieces: list[str] = []
    piece = ""
    number = False
    for index, char in enumerate(text):
        is_number = _char_kind(char, text, index) == "EN"
        if piece and is_number != number:
            pieces.append(piece)
            piece = ""
        number = is_number
        piece += char
    if piece:
        pieces.append(piece)
    return pieces


def is_number(text: str) -> bool:
    """Whether ``text`` is a number (digits with their separators and signs)."""
    return bool(text) and all(_char_kind(char, text, index) == "EN" for index, char in enumerate(text))


def _char_kind(char: str, text: str, index: int) -> str:
    """L, R, EN (a number, with its separators and signs: rules W4 and W5) or N."""
    kind = unicodedata.bidirectional(char)
    if kind == "L":
        return "L"
    if kind in ("R", "AL"):
        return "R"
    if kind in ("EN", "AN"):
        return "EN"
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if kind in ("CS", "ES") and _digit(before) and _digit(after):
        return "EN"  # "1,000", "3.5"
    if kind == "ET" and (_digit(before) or _digit(after)):
        return "EN"  # "30%", "$5", "25°"
    return "N"


def _digit(char: str) -> bool:
    return bool(char) and unicodedata.bidirectional(char) in ("EN", "AN")


def _neutral(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("WS", "ON", "CS", "ES", "ET", "S", "B") and not _is_mark(char)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


def visual_order(runs: Sequence[Run], rtl: bool) -> list[Run]:
    """The runs of one line in the order they are drawn, left to right (the bidirectional
    algorithm's rules W7, N0 (bracket pairs), N1-N2, I1-I2 and L2, on runs cut where the
    direction of their characters changes)."""
    runs = _edges(runs)
    kinds = [_direction(font, text) for font, text in runs]
    base = 1 if rtl else 0
    # W7: a number after left-to-right text (or at the start of a left-to-right paragraph)
    # is left-to-right
    strong = "R" if rtl else "L"
    for index, kind in enumerate(kinds):
        if kind in ("R", "L"):
            strong = kind
        elif kind == "EN" and strong == "L":
            kinds[index] = "L"
    _pair_brackets(runs, kinds, "R" if rtl else "L")
    # N1-N2: neutrals between runs of one direction take it (numbers count as R), else the base
    resolved = list(kinds)
    for index, kind in enumerate(kinds):
        if kind != "N":
            continue
        before = next((_strong(k) for k in reversed(kinds[:index]) if k != "N"), "R" if rtl else "L")
        after = next((_strong(k) for k in kinds[index + 1 :] if k != "N"), "R" if rtl else "L")
        resolved[index] = before if before == after else ("R" if rtl else "L")
    levels = []
    for kind in resolved:
        if base == 0:
            levels.append(0 if kind == "L" else 1 if kind == "R" else 2)
        else:
            levels.append(1 if kind == "R" else 2)
    # L2: from the highest level down to the lowest odd one, reverse every sequence at or above it
    order = list(range(len(runs)))
    if not levels:
        return []
    lowest_odd = min(level for level in levels if level % 2) if any(lv % 2 for lv in levels) else None
    if lowest_odd is None and max(levels) == 0:
        return list(runs)
    floor = lowest_odd if lowest_odd is not None else 1
    for level in range(max(levels), floor - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return [_mirrored(runs[i]) if levels[i] % 2 and runs[i][0] not in RTL_FONTS else runs[i] for i in order]


_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_OPENING = {"(": ")", "[": "]", "{": "}"}
_CLOSING = frozenset(_OPENING.values())


def _pair_brackets(runs: Sequence[Run], kinds: list[str], embedding: str) -> None:
    """Rule N0: a pair of brackets takes one direction, from the text inside it (the
    paragraph's direction if any of it has that direction, else the other one when the text
    before the pair has it too), so "منصوبہ (Karachi)" keeps "(Karachi)" whole."""
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int]] = []
    for index, (_font, text) in enumerate(runs):
        if kinds[index] != "N" or len(text) != 1:
            continue
        if text in _OPENING:
            stack.append((index, _OPENING[text]))
        elif text in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][1] == text:
                    pairs.append((stack[depth][0], index))
                    del stack[depth:]
                    break
    for opening, closing in sorted(pairs):
        inside = {_strong(k) for k in kinds[opening + 1 : closing] if k != "N"}
        if not inside:
            continue
        if embedding in inside:
            direction = embedding
        else:
            before = next((_strong(k) for k in reversed(kinds[:opening]) if k != "N"), embedding)
            direction = before if before != embedding else embedding
        kinds[opening] = kinds[closing] = direction


def _mirrored(run: Run) -> Run:
    """A neutral run drawn right to left: its characters reversed and brackets mirrored
    (HarfBuzz does this itself for runs it shapes right to left)."""
    font, text = run
    return font, text[::-1].translate(_MIRROR)


def _strong(kind: str) -> str:
    return "L" if kind == "L" else "R"
