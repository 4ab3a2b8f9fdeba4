"""Text set straight onto a reportlab canvas: a small flow engine for forms printed by the hundred.

Platypus (reportlab's layout engine) parses markup for every paragraph, measures tables
twice and writes each number through a pure-Python formatter; for the commitment form,
printed hundreds at a time, that cost six to seven times what drawing its text costs.
This module does the part of it the form needs, directly:

- **runs**: every text is cut into per-font runs (:func:`~kin_desktop.reports.fonts.script_runs`);
- **measuring**: widths from the fonts' advance widths, cached per (font, text);
- **line breaking**: at spaces in spaced scripts, between any two characters of CJK and Thai
  runs (not before closing punctuation or a combining mark, not after an opening bracket or
  a Thai leading vowel), at newlines; a word wider than the line is cut between letters;
- **shaping**: runs of complex scripts (Thai, Lao, Khmer, Myanmar, Devanagari, Bengali,
  Sinhala, Urdu) are measured and drawn as HarfBuzz shapes them
  (:mod:`kin_desktop.reports.shaping`); their lines break between words or, in scripts
  without spaces, between syllables, never inside one; right-to-left paragraphs are
  right-aligned and their runs put in visual order;
- **writing**: PDF text operators built from the font's own subset encoding
  (``TTFont.splitString`` and ``getSubsetInternalName``, the interface reportlab documents
  for writing dynamic fonts), cached per (font, text, size);
- **flow** (:class:`Flow`): blocks top to bottom with platypus' spacing rules (space before
  a block collapses with the space after the previous one and is dropped at the top of a
  page), paragraphs split between lines, tables between rows with their heading row
  repeated, blocks kept together, a new page when something does not fit.

A :class:`Typesetter` belongs to one canvas (its caches hold that document's font subset
codes), so nothing carries over from one printed document to the next.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from kin_desktop.reports.fonts import (
    CJK_FONTS,
    KOREAN,
    KOREAN_BOLD,
    NO_SPACE_FONTS,
    SANS_BOLD,
    SHAPED_FONTS,
    script_runs,
)
from kin_desktop.reports.shaping import clusters, has_rtl, is_rtl, shape, shaped_operators, visual_order

Run = tuple[str, str]  # (font name, text)


@dataclass(frozen=True)
class Line:
    """One line of text: its width in points at its size, its runs in logical order, and
    whether it belongs to a right-to-left paragraph (then it is right-aligned)."""

    width: float
    runs: tuple[Run, ...]
    rtl: bool = False


def fill(color: Color) -> str:
    """The PDF operator setting the fill (text) colour."""
    return f"{color.red:.3f} {color.green:.3f} {color.blue:.3f} rg"


def stroke(color: Color) -> str:
    """The PDF operator setting the stroke colour."""
    return f"{color.red:.3f} {color.green:.3f} {color.blue:.3f} RG"


@dataclass(frozen=True)
class TextStyle:
    """What the flow needs of a paragraph style."""

    size: float
    leading: float
    color: str  # fill operator (:func:`fill`)
    bold: bool = False
    centre: bool = False
    before: float = 0.0
    after: float = 0.0

    @classmethod
    def of(cls, style: ParagraphStyle) -> TextStyle:
        return cls(
            size=float(style.fontSize),
            leading=float(style.leading),
            color=fill(style.textColor),
            bold=style.fontName == SANS_BOLD,
            centre=style.alignment == TA_CENTER,
            before=float(style.spaceBefore),
            after=float(style.spaceAfter),
        )


# --------------------------------------------------------------------------- line breaking

_WRAP_ANYWHERE = CJK_FONTS | NO_SPACE_FONTS
# scripts that separate words (Korean) or phrases (Thai, Lao, Khmer, Myanmar) with spaces: a
# line breaks at a space when there is one on it, between characters (syllables) only when
# there is none
_SPACE_FIRST = frozenset({KOREAN, KOREAN_BOLD}) | NO_SPACE_FONTS
# a line does not start with these (closing punctuation, iteration marks, small kana, ...)
_NO_START = frozenset(
    ")]}»›”’、。，．・：；！？）］｝〕〉》」』】〙〗〟ヽヾゝゞ々〻ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥"
    ",.:;!?%"
)
# nor ends with these (opening brackets, Thai leading vowels)
_NO_END = frozenset("([{«‹“‘（［｛〔〈《「『【〘〖〝\u0e40\u0e41\u0e42\u0e43\u0e44")
_SPACES = re.compile(r"(\n| +)")
_BLANKS = re.compile(r"[ \t]+")

_SPACE, _BREAK, _GLUE, _NEWLINE, _SOFT = 0, 1, 2, 3, 4  # _SOFT: a break only if need be
SPACE_SHRINKAGE = 0.05  # reportlab's rl_config.spaceShrinkage


class Typesetter:
    """Measures, breaks and encodes text for one canvas (one document)."""

    def __init__(self, canv: Any | None) -> None:
        """``canv``: the canvas this typesetter writes for (``None``: measuring only)."""
        self.canv = canv
        self.doc = canv._doc if canv is not None else None  # the document the font subsets are numbered for
        self._metrics: dict[str, tuple[dict[int, float], float]] = {}
        self._runs: dict[tuple[str, str | None, bool], tuple[Run, ...]] = {}
        self._widths: dict[Run, float] = {}
        self._lines: dict[tuple[str, str | None, bool, float, float], list[Line]] = {}
        self._shown: dict[tuple[tuple[Run, ...], float, bool], str] = {}

    # -- measuring

    def runs(self, text: str, lang: str | None = None, bold: bool = False) -> tuple[Run, ...]:
        key = (text, lang, bold)
        found = self._runs.get(key)
        if found is None:
            # white space as a paragraph prints it: runs of spaces as one, none at the ends
            plain = _BLANKS.sub(" ", text).strip(" ") if "  " in text or "\t" in text else text.strip(" ")
            found = self._runs[key] = tuple(script_runs(plain, lang=lang, bold=bold))
        return found

    def _font_metrics(self, font: str) -> tuple[dict[int, float], float]:
        found = self._metrics.get(font)
        if found is None:
            face = pdfmetrics.getFont(font).face
            found = self._metrics[font] = (face.charWidths, face.defaultWidth)
        return found

    def units(self, font: str, text: str) -> float:
        """Width of ``text`` in ``font`` in thousandths of the font size."""
        key = (font, text)
        found = self._widths.get(key)
        if found is None:
            if font in SHAPED_FONTS:
                found = self._widths[key] = shape(font, text).width
            else:
                widths, default = self._font_metrics(font)
                found = self._widths[key] = float(sum([widths.get(code, default) for code in map(ord, text)]))
        return found

    def width(self, text: str, size: float, *, lang: str | None = None, bold: bool = False) -> float:
        return sum(self.units(font, run) for font, run in self.runs(text, lang, bold)) * size / 1000

    # -- breaking

    def lines(self, text: str, style: TextStyle, width: float, *, lang: str | None = None) -> list[Line]:
        """``text`` broken into lines no wider than ``width`` (cached)."""
        key = (text, lang, style.bold, style.size, width)
        found = self._lines.get(key)
        if found is None:
            found = self._lines[key] = self._break(self.runs(text, lang, style.bold), style.size, width)
        return found

    def break_runs(self, runs: tuple[Run, ...], size: float, width: float) -> list[Line]:
        """Runs (of several texts, e.g. a bold number and a label) broken into lines."""
        return self._break(runs, size, width)

    def _break(self, runs: tuple[Run, ...], size: float, width: float) -> list[Line]:
        scale = size / 1000
        rtl = has_rtl(runs) and is_rtl(runs)
        if not any("\n" in text for _, text in runs):
            total = sum(self.units(font, text) for font, text in runs) * scale
            if total <= width:  # the common case: it fits
                return [Line(total, runs, rtl)] if runs else []
        tokens = self._tokens(runs)
        limit = width / scale
        lines: list[Line] = []
        line: list[tuple[str, str, float, int]] = []
        used = 0.0
        shrink = 0.0  # spaces may shrink a little to make a line fit, as in a paragraph

        def flush(items: list[tuple[str, str, float, int]]) -> None:
            while items and items[-1][3] == _SPACE:
                items = items[:-1]
            merged: list[list[str]] = []
            total = 0.0
            shaped = False
            for font, text, units, _kind in items:
                total += units
                shaped = shaped or font in SHAPED_FONTS
                if merged and merged[-1][0] == font:
                    merged[-1][1] += text
                else:
                    merged.append([font, text])
            if shaped:  # shaped as one run, a line can differ a little from its pieces
                total = sum(self.units(font, text) for font, text in merged)
            lines.append(Line(total * scale, tuple((font, text) for font, text in merged), rtl))

        for token in tokens:
            font, text, units, kind = token
            if kind == _NEWLINE:
                flush(line)
                line, used, shrink = [], 0.0, 0.0
                continue
            if kind == _SPACE:
                if line:
                    line.append(token)
                    used += units
                    shrink += SPACE_SHRINKAGE * units
                continue
            if line and used + units > limit + shrink:
                # it does not fit: break before it, or at the last place a break is allowed
                cut = len(line) if kind == _BREAK else _last_break(line, kind)
                if cut:
                    rest = line[cut:]
                    flush(line[:cut])
                    while rest and rest[0][3] == _SPACE:
                        rest = rest[1:]
                    line = rest
                    used = sum(item[2] for item in line)
                    shrink = SPACE_SHRINKAGE * sum(item[2] for item in line if item[3] == _SPACE)
                # else nowhere to break: it stays on this line, overflowing a little
            if not line and units > limit:  # a word wider than a line: cut between letters
                pieces = self._cut(font, text, limit)
                for piece in pieces[:-1]:
                    flush([(font, piece, self.units(font, piece), _BREAK)])
                token = (font, pieces[-1], self.units(font, pieces[-1]), kind)
                units = token[2]
            line.append(token)
            used += units
        if line:
            flush(line)
        return lines

    def _tokens(self, runs: tuple[Run, ...]) -> list[tuple[str, str, float, int]]:
        """Runs cut into tokens (font, text, width, kind): kind says whether a line may
        break before the token (spaces: the line may end there, dropping them)."""
        tokens: list[tuple[str, str, float, int]] = []
        units = self.units
        previous_font = ""
        previous_last = ""  # last character of the previous content token
        previous_kind = _NEWLINE
        for font, text in runs:
            anywhere = font in _WRAP_ANYWHERE
            pieces: Sequence[str]
            if font in NO_SPACE_FONTS:
                pieces = [p for part in _SPACES.split(text) if part for p in clusters(part)]
            elif anywhere:
                pieces = text
            else:
                pieces = [p for p in _SPACES.split(text) if p]
            for piece in pieces:
                if piece == "\n":
                    tokens.append((font, piece, 0.0, _NEWLINE))
                    previous_kind = _NEWLINE
                    continue
                if piece.isspace():
                    tokens.append((font, piece, units(font, piece), _SPACE))
                    previous_kind = _SPACE
                    continue
                first = piece[0]
                glued = previous_kind in (_BREAK, _GLUE, _SOFT) and (
                    first in _NO_START
                    or previous_last in _NO_END
                    or (not anywhere and previous_font not in _WRAP_ANYWHERE)
                    or unicodedata.category(first) in ("Mn", "Mc", "Me")
                )
                kind = _GLUE if glued else _SOFT if font in _SPACE_FIRST else _BREAK
                tokens.append((font, piece, units(font, piece), kind))
                previous_font, previous_last, previous_kind = font, piece[-1], kind
        return tokens

    def _cut(self, font: str, text: str, limit: float) -> list[str]:
        """A word too wide for a line, cut between characters (between syllables in a
        complex script: never inside one)."""
        pieces: list[str] = []
        current = ""
        used = 0.0
        for part in clusters(text) if font in SHAPED_FONTS else text:
            units = self.units(font, part)
            if used + units > limit and current:
                pieces.append(current)
                current, used = "", 0.0
            current += part
            used += units
        pieces.append(current)
        return pieces

    # -- writing

    def show(self, runs: tuple[Run, ...], size: float, rtl: bool = False) -> str:
        """Text-showing operators for ``runs`` of one line (font and size set per run;
        complex scripts shaped; runs in visual order when the line holds right-to-left text)."""
        key = (runs, size, rtl)
        found = self._shown.get(key)
        if found is None:
            parts: list[str] = []
            doc = self.doc
            drawn = visual_order(runs, rtl) if rtl or has_rtl(runs) else runs
            for font_name, text in drawn:
                if font_name in SHAPED_FONTS:
                    parts.append(shaped_operators(font_name, text, size, doc))
                    continue
                font = pdfmetrics.getFont(font_name)
                for subset, chunk in font.splitString(text, doc):
                    name = font.getSubsetInternalName(subset, doc)
                    parts.append(f"{name} {size:g} Tf ({escapePDF(chunk)}) Tj")
            found = self._shown[key] = " ".join(parts)
        return found


def _last_break(line: list[tuple[str, str, float, int]], kind: int) -> int:
    """Where to end a line that the next token (of ``kind``) overflows: at the last space or
    free break on it; else before that token if a break may fall there; else at the last
    break between characters; 0: nowhere."""
    for index in range(len(line) - 1, 0, -1):
        if line[index][3] in (_BREAK, _SPACE) or line[index - 1][3] == _SPACE:
            return index
    if kind == _SOFT:
        return len(line)
    for index in range(len(line) - 1, 0, -1):
        if line[index][3] == _SOFT:
            return index
    return 0


# --------------------------------------------------------------------------- pages and flow


@dataclass
class Page:
    """What one page draws: XObjects (drawn first) and the operators of its content."""

    ops: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    color: str = ""  # the fill colour last set, so text of one colour sets it once


@dataclass
class Cell:
    """A table cell: lines of text in a style; ``gap`` is extra space above it."""

    lines: list[Line]
    style: TextStyle
    gap: float = 0.0

    @property
    def height(self) -> float:
        return self.gap + len(self.lines) * self.style.leading


@dataclass(frozen=True)
class Rules:
    """How a table is drawn."""

    pad_top: float
    pad_bottom: float
    pad_x: float
    line: str  # stroke colour and width of the rule below each row: "0.5 0.5 0.5 RG 0.3 w"
    head_line: str = ""  # the rule below the heading row (none: ``line``)
    shade: str = ""  # fill operator of shaded cells
    shade_head: bool = False  # the heading row is shaded
    shade_first: bool = False  # the first column is shaded
    rule_above: bool = False  # a rule above the first row (and above a continuation)


class Flow:
    """Blocks placed top to bottom in a frame, on as many pages as they need."""

    def __init__(
        self,
        typesetter: Typesetter,
        *,
        left: float,
        width: float,
        top: float,
        bottom: float,
    ) -> None:
        self.ts = typesetter
        self.left = left
        self.width = width
        self.top = top
        self.bottom = bottom
        self.pages: list[Page] = []
        self.page = Page()
        self.y = top
        self.after = 0.0  # space after the last block (collapses with the next one's before)
        self.at_top = True
        self.new_page()

    # -- pages

    def new_page(self) -> None:
        self.page = Page()
        self.pages.append(self.page)
        self.y = self.top
        self.after = 0.0
        self.at_top = True

    @property
    def room(self) -> float:
        return self.y - self.bottom

    def gap(self, before: float) -> float:
        """The space to leave above a block with ``before`` space wanted above it."""
        return 0.0 if self.at_top else max(before - self.after, 0.0)

    def placed(self, height: float, after: float = 0.0) -> None:
        """A block of ``height`` has been drawn at the current position."""
        self.y -= height + after
        self.after = after
        self.at_top = False

    def space(self, height: float) -> None:
        """Fixed space (a platypus ``Spacer``: the next block's space before adds to it)."""
        if not self.at_top:
            self.y -= height
            self.after = 0.0

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` fits below (a page holding nothing yet stays);
        as platypus' ``CondPageBreak``, the next block's space before is then kept whole."""
        if height > self.room and not self.at_top:
            self.new_page()
        self.after = 0.0

    # -- drawing

    def add(self, op: str) -> None:
        self.page.ops.append(op)

    def rect(self, x: float, y: float, w: float, h: float, color: str) -> None:
        self.page.ops.append(f"{color} {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f")
        self.page.color = color

    def hline(self, x1: float, x2: float, y: float, pen: str) -> None:
        self.page.ops.append(f"{pen} {x1:.2f} {y:.2f} m {x2:.2f} {y:.2f} l S")

    def text(self, x: float, y: float, line: Line, style: TextStyle, *, width: float = 0.0) -> None:
        """One line with its baseline at ``y``; centred in ``width`` from ``x`` if the style is."""
        self.lines_at(x, y + style.size, (line,), style, width)

    def lines_at(self, x: float, top: float, lines: Sequence[Line], style: TextStyle, width: float) -> None:
        """Lines from ``top`` down (the first baseline one font size below it), centred in
        ``width`` if the style is.

        One text object per block, each line ended by ``T*`` (next line) as platypus
        writes a paragraph: text extraction then keeps a table's cells and the lines of a
        block apart instead of joining whatever shares a baseline.
        """
        if not lines:
            return
        page = self.page
        ops = text_operators(self.ts, x, top, lines, style, width, with_color=page.color != style.color)
        page.color = style.color
        page.ops.append(ops)

    # -- blocks

    def paragraph(
        self,
        text: str,
        style: TextStyle,
        *,
        lang: str | None = None,
        indent: float = 0.0,
    ) -> None:
        """A paragraph across the frame, split between lines where the page ends (never
        leaving its first line alone at the foot of a page)."""
        lines = self.ts.lines(text, style, self.width - indent, lang=lang)
        if not lines:
            return
        self.lines(lines, style, indent=indent)

    def lines(self, lines: list[Line], style: TextStyle, *, indent: float = 0.0) -> None:
        x = self.left + indent
        width = self.width - indent
        while lines:
            gap = self.gap(style.before)
            fit = int((self.room - gap) // style.leading) if self.room > gap else 0
            if fit >= len(lines):
                self.lines_at(x, self.y - gap, lines, style, width)
                self.placed(gap + len(lines) * style.leading, style.after)
                return
            if fit < 2 and not self.at_top:
                self.new_page()
                continue
            fit = max(fit, 1)
            self.lines_at(x, self.y - gap, lines[:fit], style, width)
            self.placed(gap + fit * style.leading)
            lines = lines[fit:]
            self.new_page()

    def table(
        self,
        rows: list[list[Cell]],
        widths: Sequence[float],
        rules: Rules,
        *,
        head: list[Cell] | None = None,
        before: float = 0.0,
    ) -> None:
        """A table of text cells, split between rows (heading row repeated); a row taller
        than a whole page is split between its lines, as nothing else could show it."""
        pad = rules.pad_top + rules.pad_bottom
        xs = [self.left]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        head_height = max(c.height for c in head) + pad if head else 0.0
        started = False  # something of the table is on the current page

        def begin() -> None:
            nonlocal started
            started = True
            top = self.y
            if rules.rule_above:
                self.hline(self.left, self.left + self.width, top, rules.line)
            if head:
                self._row(head, xs, widths, top, head_height, rules, heading=True)
                self.y -= head_height
                self.at_top = False

        gap = self.gap(before)
        if gap:
            self.y -= gap
        for row in rows:
            height = max(c.height for c in row) + pad
            if started and height > self.room:
                self.new_page()
                started = False
            if not started:
                if height + head_height > self.room and not self.at_top:
                    self.new_page()
                begin()
            while height > self.room:  # taller than a page: split the row between lines
                part, row = self._split_row(row, self.room - pad)
                if part is None:
                    break
                self._row(part, xs, widths, self.y, self.room, rules)
                self.new_page()
                begin()
                height = max(c.height for c in row) + pad
            self._row(row, xs, widths, self.y, height, rules)
            self.y -= height
            self.at_top = False
        self.after = 0.0

    def _split_row(self, row: list[Cell], room: float) -> tuple[list[Cell] | None, list[Cell]]:
        fits = [max(int((room - cell.gap) // cell.style.leading), 0) for cell in row]
        if not any(fits):
            return None, row
        part = [Cell(cell.lines[:n], cell.style, cell.gap) for cell, n in zip(row, fits, strict=True)]
        rest = [Cell(cell.lines[n:], cell.style) for cell, n in zip(row, fits, strict=True)]
        return part, rest

    def _row(
        self,
        cells: list[Cell],
        xs: Sequence[float],
        widths: Sequence[float],
        top: float,
        height: float,
        rules: Rules,
        *,
        heading: bool = False,
    ) -> None:
        bottom = top - height
        shaded = height - 0.4  # leaves the rule above the row uncovered
        if rules.shade and (heading and rules.shade_head):
            self.rect(self.left, bottom, self.width, shaded, rules.shade)
        elif rules.shade and rules.shade_first:
            self.rect(xs[0], bottom, widths[0], shaded, rules.shade)
        for cell, x, w in zip(cells, xs, widths, strict=True):
            inner = w - 2 * rules.pad_x
            self.lines_at(x + rules.pad_x, top - rules.pad_top - cell.gap, cell.lines, cell.style, inner)
        pen = rules.head_line if heading and rules.head_line else rules.line
        self.hline(self.left, self.left + self.width, bottom, pen)


def text_operators(
    ts: Typesetter,
    x: float,
    top: float,
    lines: Sequence[Line],
    style: TextStyle,
    width: float,
    *,
    with_color: bool = True,
) -> str:
    """One text object drawing ``lines`` from ``top`` down (the first baseline one font size
    below it), centred in ``width`` if the style is, right-aligned if the lines are
    right-to-left; each line ended by ``T*`` (next line) as platypus writes a paragraph, so
    text extraction keeps a table's cells and the lines of a block apart."""
    show = ts.show
    size = style.size
    y = top - size
    parts = [style.color] if with_color else []
    parts.append(f"BT {style.leading:g} TL")
    if style.centre or lines[0].rtl:
        for line in lines:
            left = x + (width - line.width) / 2 if style.centre else x + width - line.width
            parts.append(f"1 0 0 1 {left:.2f} {y:.2f} Tm {show(line.runs, size, line.rtl)} T*")
            y -= style.leading
    else:
        parts.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        parts.extend(f"{show(line.runs, size, line.rtl)} T*" for line in lines)
    parts.append("ET")
    return " ".join(parts)


def pen(color: Color, width: float) -> str:
    """Stroke colour and line width for :meth:`Flow.hline` and boxes."""
    return f"{stroke(color)} {width:g} w"
