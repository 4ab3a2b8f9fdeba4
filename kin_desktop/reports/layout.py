"""What every printed document shares: page sizes, styles, the page furniture
(running head, footer with "Page n of N"), paragraphs of user text, atomic writing.

"Page n of N" counts the pages of one *group* (one commitment form in a PDF of many, or
the whole compendium): each page draws "n" directly and "N" as a PDF form XObject that
is filled in when the group ends (:class:`GroupEnd`), so a document is laid out once.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, TableStyle

from kin_desktop.core.errors import UsageError
from kin_desktop.reports.canvas_flow import TextStyle, fill, text_operators
from kin_desktop.reports.fonts import SANS, SANS_BOLD, register_fonts, script_runs
from kin_desktop.reports.labels import Labels
from kin_desktop.reports.text_block import TextBlock, block, measurer, start_document, typesetter_for

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "letter": LETTER}

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")  # headings and rules: a sober dark blue
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")  # label cells and table headings

MARGIN = 18 * mm
FOOTER_SIZE = 7.5


def page_size(name: str) -> tuple[float, float]:
    """``"A4"`` or ``"letter"`` (case-insensitive)."""
    for key, size in PAGE_SIZES.items():
        if key.casefold() == name.casefold():
            return size
    raise UsageError(f"unknown page size {name!r}: use A4 or letter", page_size=name)


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    banner: ParagraphStyle
    banner_bold: ParagraphStyle
    mono: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()

    def style(name: str, size: float, *, bold: bool = False, **extra: Any) -> ParagraphStyle:
        values: dict[str, Any] = {
            "fontName": SANS_BOLD if bold else SANS,
            "fontSize": size,
            "leading": round(size * 1.32, 1),
            "textColor": INK,
        }
        values.update(extra)
        return ParagraphStyle(name, **values)

    return Styles(
        body=style("kin-body", 9.5, spaceAfter=3),
        small=style("kin-small", 8),
        muted=style("kin-muted", 8, textColor=MUTED),
        cell=style("kin-cell", 8.5),
        cell_bold=style("kin-cell-bold", 8.5, bold=True),
        label=style("kin-label", 8, bold=True, textColor=ACCENT),
        heading=style("kin-heading", 11.5, bold=True, textColor=ACCENT, spaceBefore=10, spaceAfter=4),
        subheading=style("kin-subheading", 9.5, bold=True, textColor=ACCENT, spaceBefore=5, spaceAfter=2),
        title=style("kin-title", 17, bold=True, alignment=TA_CENTER, spaceAfter=2, textColor=ACCENT),
        subtitle=style("kin-subtitle", 9.5, alignment=TA_CENTER, textColor=MUTED, spaceAfter=6),
        banner=style("kin-banner", 8.5, alignment=TA_CENTER, textColor=MUTED),
        banner_bold=style("kin-banner-bold", 9.5, bold=True, alignment=TA_CENTER, textColor=ACCENT),
        mono=style("kin-mono", 5.8, leading=7, textColor=MUTED, alignment=TA_CENTER),
    )


def para(text: str, style: ParagraphStyle, *, lang: str | None = None) -> TextBlock:
    """A paragraph of plain text (a user's or a label): never markup, one font per script
    run, complex scripts shaped, right-to-left text in visual order."""
    return block(text, style, lang=lang)


def long_text(text: str, style: ParagraphStyle, *, lang: str | None = None) -> list[Flowable]:
    """A long user text as paragraphs (split at blank lines), so it flows across pages."""
    blocks = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return [para(part, style, lang=lang) for part in blocks if part]


def draw_text(
    canv: Any,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    lang: str | None = None,
    bold: bool = False,
    color: Any = INK,
) -> float:
    """Draw one line of text on a canvas (runs per script, shaped); returns the end x."""
    ts = typesetter_for(canv)
    style = TextStyle(size, size * 1.32, fill(color), bold=bold)
    # spaces at either end are kept: "Page 2 of " is followed by the page count's XObject
    lines = ts.break_runs(tuple(script_runs(text.replace("\n", " "), lang=lang, bold=bold)), size, _ONE_LINE)
    if not lines:
        return x
    canv.addLiteral(text_operators(ts, x, y + size, lines[:1], style, lines[0].width))
    return x + lines[0].width


def text_width(text: str, size: float, *, lang: str | None = None, bold: bool = False) -> float:
    return measurer().width(text, size, lang=lang, bold=bold)


_ONE_LINE = 100_000.0


# --------------------------------------------------------------------------- page furniture


@dataclass
class _Group:
    index: int
    start_page: int
    footer: str
    running_head: str
    lang: str | None


class GroupStart(Flowable):
    """Opens a page group (one form): footer text and running head of its pages."""

    def __init__(self, footer: str, running_head: str = "", lang: str | None = None) -> None:
        super().__init__()
        self.footer = footer
        self.running_head = running_head
        self.lang = lang
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: ARG002  # reportlab calls it so
        return 0, 0

    def draw(self) -> None:
        doc: KinDocTemplate = self.canv._doctemplate
        doc.start_group(self.footer, self.running_head, self.lang, self.canv.getPageNumber())


class GroupEnd(Flowable):
    """Closes the current page group: writes its page count where its pages refer to it."""

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: ARG002  # reportlab calls it so
        return 0, 0

    def draw(self) -> None:
        doc: KinDocTemplate = self.canv._doctemplate
        doc.end_group(self.canv)


class KinDocTemplate(BaseDocTemplate):
    """One frame per page; running head and footer drawn after each page's content."""

    def __init__(
        self,
        filename: str,
        *,
        labels: Labels,
        pagesize: tuple[float, float],
        title: str,
        on_page: Callable[[int], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            filename,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN + 4 * mm,
            title=title,
            author=labels.secretariat,
            creator="KIN Desktop",
            lang=labels.language,
            initialFontName=SANS,  # else the page preamble names Helvetica, which is never embedded
            **kwargs,
        )
        self.labels = labels
        self._on_page_done = on_page
        self._group: _Group | None = None
        self._groups = 0
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._furniture)])
        before, _, after = labels.page_of.partition("{pages}")
        self._page_before = before
        self._page_after = after
        self._reserve = text_width(before.replace("{page}", "888") + "888" + after, FOOTER_SIZE)

    # -- groups

    def start_group(self, footer: str, running_head: str, lang: str | None, page: int) -> None:
        self._groups += 1
        self._group = _Group(self._groups, page, footer, running_head, lang)

    def end_group(self, canv: Any) -> None:
        group = self._group
        if group is None:
            return
        total = canv.getPageNumber() - group.start_page + 1
        canv.beginForm(self._form_name(group.index))
        tail = self._page_after if "{page}" not in self._page_after else ""
        draw_text(canv, 0, 0, str(total) + tail, FOOTER_SIZE, color=MUTED)
        canv.endForm()

    def beforeDocument(self) -> None:  # a new pass of multiBuild starts afresh
        self._group = None
        self._groups = 0
        start_document()

    @staticmethod
    def _form_name(index: int) -> str:
        return f"kin-page-count-{index}"

    # -- furniture

    def _furniture(self, canv: Any, _doc: Any) -> None:
        group = self._group
        width, _height = self.pagesize
        canv.saveState()
        y = MARGIN
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN, y + 9, width - MARGIN, y + 9)
        if group is not None:
            page = canv.getPageNumber() - group.start_page + 1
            draw_text(canv, MARGIN, y, group.footer, FOOTER_SIZE, color=MUTED, lang=group.lang)
            x = width - MARGIN - self._reserve
            before = self._page_before.replace("{page}", str(page))
            x = draw_text(canv, x, y, before, FOOTER_SIZE, color=MUTED)
            canv.saveState()
            canv.translate(x, y)
            canv.doForm(self._form_name(group.index))
            canv.restoreState()
            if "{page}" in self._page_after:  # a template with the page after the count
                draw_text(
                    canv,
                    x + text_width("888", FOOTER_SIZE),
                    y,
                    self._page_after.replace("{page}", str(page)),
                    FOOTER_SIZE,
                    color=MUTED,
                )
            if page > 1 and group.running_head:
                top = self.pagesize[1] - MARGIN
                draw_text(canv, MARGIN, top, group.running_head, FOOTER_SIZE, color=MUTED, lang=group.lang)
                canv.line(MARGIN, top - 4, width - MARGIN, top - 4)
        canv.restoreState()
        if self._on_page_done is not None:
            self._on_page_done(canv.getPageNumber())


def build_pdf(
    out: Path,
    build: Callable[[str], int],
) -> int:
    """Run ``build`` on a temporary file next to ``out``, then move it into place.

    A reader never sees a half-written PDF and a failed build leaves ``out`` as it was.
    Returns what ``build`` returns (the page count).
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=out.parent, prefix=".tmp-", suffix=".pdf")
    os.close(handle)
    try:
        pages = build(temp_name)
        with open(temp_name, "rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return pages


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells name the embedded font: a cell holding a plain string (even
    an empty one) would otherwise make the page name Helvetica, which is never embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


MAX_PLAIN_DIGITS = 40
"""A decimal with more digits than this before or after its point is printed as written (with
its exponent): "1E+999999" expanded would be a million digits on the page."""


def decimal_text(number: Decimal) -> str:
    """A decimal with thousands separators and the places it was given ("18,097,000",
    "3.50"), or as written when expanding it would take more than :data:`MAX_PLAIN_DIGITS`
    digits (a huge or tiny exponent), or for NaN and infinities."""
    if not number.is_finite():
        return str(number)
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # finite
    if number.adjusted() > MAX_PLAIN_DIGITS or exponent < -MAX_PLAIN_DIGITS:
        return str(number)
    places = -exponent if exponent < 0 else 0
    return f"{number:,.{places}f}"


def money(amount: str | None, currency: str | None) -> str:
    """``"18097000"``, ``"USD"`` -> ``"18,097,000 USD"`` (decimals kept as given)."""
    if not amount:
        return ""
    try:
        number = Decimal(amount)
    except InvalidOperation:
        return f"{amount} {currency or ''}".strip()
    return f"{decimal_text(number)} {currency or ''}".strip()


def joined(items: Sequence[str], labels: Labels) -> str:
    return labels.list_separator.join(item for item in items if item)
