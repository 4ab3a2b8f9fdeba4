"""Text for platypus documents (the compendium, the questionnaire) set by the commitment
form's own typesetter, so every document shapes complex scripts and orders right-to-left
text the same way (:mod:`kin_desktop.reports.canvas_flow`, :mod:`kin_desktop.reports.shaping`).

:class:`TextBlock` is a platypus flowable: it breaks its lines for the width it is given,
splits between lines at a page end (a text of any length flows across pages, inside a
table cell too), and draws its lines with the same text operators as the commitment form.
Text is never parsed as markup: what a user typed prints as typed.

Measuring needs no canvas: each thread has one measuring :class:`Typesetter`, emptied when
a document starts (:func:`start_document`), so its caches never outlive a document. Drawing
uses the canvas's own typesetter (:func:`typesetter_for`), whose font subsets are that
document's.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from kin_desktop.reports.canvas_flow import Line, Run, TextStyle, Typesetter, text_operators
from kin_desktop.reports.fonts import SANS_BOLD

Span = tuple[str, bool]  # (text, bold)

_local = threading.local()


def measurer() -> Typesetter:
    """This thread's measuring typesetter."""
    found: Typesetter | None = getattr(_local, "typesetter", None)
    if found is None:
        found = _local.typesetter = Typesetter(None)
    return found


def start_document() -> None:
    """Forget what the previous document measured."""
    _local.typesetter = Typesetter(None)


def typesetter_for(canv: Any) -> Typesetter:
    """The typesetter writing for ``canv`` (one per canvas: its caches hold the document's
    font subset codes)."""
    found: Typesetter | None = getattr(canv, "_kin_typesetter", None)
    if found is None or found.doc is not canv._doc:
        found = Typesetter(canv)
        canv._kin_typesetter = found
    return found


class TextBlock(Flowable):
    """A paragraph of plain text (one or more spans, each regular or bold), laid out by the
    shared typesetter."""

    def __init__(
        self,
        spans: Sequence[Span],
        style: ParagraphStyle,
        *,
        lang: str | None = None,
        lines: list[Line] | None = None,
    ) -> None:
        super().__init__()
        self.spans = tuple(spans)
        self.style = style
        self.lang = lang
        self.text_style = TextStyle.of(style)
        self._lines = lines
        self._wrapped: float | None = None if lines is None else -1.0
        self.width = 0.0
        self.height = 0.0

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.spans)

    def _runs(self) -> tuple[Run, ...]:
        ts = measurer()
        runs: list[Run] = []
        for text, bold in self.spans:
            span = list(ts.runs(text, self.lang, bold or self.text_style.bold))
            lead = len(text) - len(text.lstrip(" "))
            if span and lead and runs:  # the space between two spans ("1.2  Position")
                span[0] = (span[0][0], " " * lead + span[0][1])
            runs.extend(span)
        return tuple(runs)

    def lines_for(self, width: float) -> list[Line]:
        if self._wrapped == -1.0 and self._lines is not None:
            return self._lines  # a part of a split block keeps its lines
        if self._wrapped != width or self._lines is None:
            style = self.text_style
            if len(self.spans) == 1:
                text, bold = self.spans[0]
                lines = measurer().lines(text, style if not bold else _bold(style), width, lang=self.lang)
            else:
                lines = measurer().break_runs(self._runs(), style.size, width)
            self._lines = lines
            self._wrapped = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: ARG002, N803  # platypus calls it so
        lines = self.lines_for(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.text_style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines_for(availWidth)
        fit = int(availHeight // self.text_style.leading)
        if fit < 1 or fit >= len(lines):
            return []
        if fit == 1 and len(lines) > 2:
            return []  # never a first line alone at the foot of a page
        first = TextBlock(self.spans, self.style, lang=self.lang, lines=lines[:fit])
        rest = TextBlock(self.spans, self.style, lang=self.lang, lines=lines[fit:])
        first._keep_space_after = False
        rest._keep_space_before = False
        return [first, rest]

    _keep_space_before = True
    _keep_space_after = True

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore) if self._keep_space_before else 0.0

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter) if self._keep_space_after else 0.0

    def draw(self) -> None:
        lines = self._lines or []
        if not lines:
            return
        ts = typesetter_for(self.canv)
        self.canv.addLiteral(text_operators(ts, 0.0, self.height, lines, self.text_style, self.width))


def _bold(style: TextStyle) -> TextStyle:
    from dataclasses import replace

    return replace(style, bold=True)


def block(text: str, style: ParagraphStyle, *, lang: str | None = None) -> TextBlock:
    """A paragraph of one plain text in ``style`` (bold if the style's font is)."""
    return TextBlock([(text, style.fontName == SANS_BOLD)], style, lang=lang)
