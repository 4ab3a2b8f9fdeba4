"""The commitment form: one city's commitment, to be signed by its mayor on paper.

Each form starts on a new page and numbers its own pages ("Page 1 of 3"); many forms go
into one PDF. Long texts flow across pages, tables break between rows only and repeat
their heading row, and the signature blocks are kept together on one page.

The form is drawn straight onto the canvas by a small flow engine
(:mod:`kin_desktop.reports.canvas_flow`) rather than platypus: the secretariat prints the
forms of a whole meeting at once. Each form is laid out completely before its pages are
written, so "Page n of N" is written with N known. What every form shares (the masthead's
words, the title) is one form XObject per document, drawn on each first page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kin_desktop.core.schemas import CommitmentBody, ProjectType
from kin_desktop.reports.binding import grouped, qr_path, qr_rows
from kin_desktop.reports.canvas_flow import Cell, Flow, Line, Page, Rules, TextStyle, Typesetter, fill, pen
from kin_desktop.reports.fonts import SANS, register_fonts
from kin_desktop.reports.labels import Labels
from kin_desktop.reports.layout import (
    ACCENT,
    FOOTER_SIZE,
    INK,
    MARGIN,
    MUTED,
    RULE,
    SHADE,
    build_pdf,
    joined,
    money,
    page_size,
    styles,
)

log = logging.getLogger(__name__)

QR_SIZE: float = 30 * mm
CODE_WIDTH: float = 70 * mm  # the masthead's right column: the QR code and its text
CODE_SIZE: float = 8.0  # the verification text under the QR code, to be typed in (points)
SIGNATURE_HEIGHT: float = 40 * mm  # the space the mayor signs in
SEAL_SIZE: float = 45 * mm  # the box for an official seal (a Chinese government seal is 42 mm across)
RECEIPT_SIGNATURE_HEIGHT: float = 22 * mm
RECEIPT_SEAL_SIZE: float = 30 * mm
LABEL_WIDTH: float = 42 * mm
TARGET_COLUMNS: tuple[float, ...] = (11 * mm, 0.0, 34 * mm, 22 * mm, 26 * mm, 15 * mm)  # 0: the rest
MILESTONE_DATE_WIDTH: float = 28 * mm
FRAME_PADDING = 6  # between the margins and the text, as a platypus frame has


@dataclass(frozen=True)
class CommitmentForm:
    """Everything one form prints: the revision, its city and the code binding the two."""

    record_id: str
    rev_id: str
    author_key_id: str
    revised_on: str  # YYYY-MM-DD of the revision (from its timestamp)
    body: CommitmentBody
    city: str
    country: str  # ISO 3166 code
    delegation: str  # the delegate's name
    organisation: str
    binding: str  # the verification text (kin_desktop.reports.binding)
    lang: str | None = None  # language of the city's texts (glyph forms of Han characters)
    city_latin: str = ""  # the city's name in Latin letters, printed beside ``city`` when it differs

    @property
    def city_names(self) -> str:
        """The city in its own script and in Latin letters: "กรุงเทพมหานคร (Bangkok)"."""
        if self.city_latin and self.city_latin.casefold() != self.city.casefold() and self.city:
            return f"{self.city} ({self.city_latin})"
        return self.city or self.city_latin


def write_commitment_forms(
    forms: Sequence[CommitmentForm],
    out: Path,
    *,
    labels: Labels,
    page_size_name: str = "A4",
    on_page: Callable[[int], None] | None = None,
) -> int:
    """Write the forms into one PDF at ``out`` (atomically); returns the number of pages."""
    size = page_size(page_size_name)
    register_fonts()

    def build(path: str) -> int:
        # initialFontName: otherwise the page preamble names Helvetica, which is never embedded
        canv = Canvas(path, pagesize=size, lang=labels.language, initialFontName=SANS)
        canv.setTitle(labels.commitment_form)
        canv.setAuthor(labels.secretariat)
        canv.setCreator("KIN Desktop")
        printer = _Printer(canv, labels, size, on_page)
        for form in forms:
            try:
                pages = printer.form(form)
            except Exception:  # a record that cannot be drawn prints as a note; the rest print
                log.exception("commitment %s could not be printed", form.record_id)
                pages = printer.unprintable(form)
            printer.emit(pages)
        if not forms:
            printer.nothing()
        canv.save()
        return printer.page_count

    return build_pdf(out, build)


def _ascii(text: str) -> str:
    return text.encode("ascii", "replace").decode("ascii")[:128]


def _text(value: str, labels: Labels) -> str:
    return value if value.strip() else labels.not_given


def _blocks(text: str) -> list[str]:
    """A long user text as paragraphs (split at blank lines), so it flows across pages."""
    return [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]


_Stack = list[tuple[float, list[Line], TextStyle]]  # blocks one below the other: (space above, lines, style)


def _stack_height(stack: _Stack) -> float:
    return sum(gap + len(lines) * style.leading for gap, lines, style in stack)


@dataclass(frozen=True)
class _SignatureBlock:
    """One signature block laid out: texts above and below, the signature space and the seal box."""

    top: _Stack
    bottom: _Stack
    area: float  # height of the row holding the signature space and the seal box
    sign_width: float
    seal_size: float
    sign_caption: list[Line]
    seal_caption: list[Line]
    height: float


_PAD = 6.0  # inside a signature block's frame


@dataclass(frozen=True)
class _Styles:
    body: TextStyle
    muted: TextStyle
    cell: TextStyle
    cell_bold: TextStyle
    label: TextStyle
    heading: TextStyle
    subheading: TextStyle
    title: TextStyle
    subtitle: TextStyle
    banner: TextStyle
    banner_bold: TextStyle
    mono: TextStyle
    code: TextStyle
    footer: TextStyle


def _styles() -> _Styles:
    s = styles()
    return _Styles(
        body=TextStyle.of(s.body),
        muted=TextStyle.of(s.muted),
        cell=TextStyle.of(s.cell),
        cell_bold=TextStyle.of(s.cell_bold),
        label=TextStyle.of(s.label),
        heading=TextStyle.of(s.heading),
        subheading=TextStyle.of(s.subheading),
        title=TextStyle.of(s.title),
        subtitle=TextStyle.of(s.subtitle),
        banner=TextStyle.of(s.banner),
        banner_bold=TextStyle.of(s.banner_bold),
        mono=TextStyle.of(s.mono),
        code=TextStyle(CODE_SIZE, CODE_SIZE * 1.3, fill(INK), centre=True),
        footer=TextStyle(FOOTER_SIZE, FOOTER_SIZE * 1.32, fill(MUTED)),
    )


_FIELDS = Rules(
    pad_top=3,
    pad_bottom=3,
    pad_x=6,
    line=pen(RULE, 0.4),
    shade=fill(SHADE),
    shade_first=True,
    rule_above=True,
)
_GRID = Rules(
    pad_top=2.5,
    pad_bottom=2.5,
    pad_x=3,
    line=pen(RULE, 0.3),
    head_line=pen(ACCENT, 0.8),
    shade=fill(SHADE),
    shade_head=True,
)
_THIN = pen(RULE, 0.4)
_BOX = pen(RULE, 0.6)
_SIGN_LINE = pen(INK, 0.6)
_SEAL = f"[2 2] 0 d {pen(RULE, 0.8)}"  # dashed, so a seal's red ink stands out against it
_MASTHEAD_RULE = pen(ACCENT, 1.2)
_ONE_LINE = 100_000.0  # a width no line of the page furniture reaches


class _Printer:
    """Lays out and writes the forms of one document."""

    def __init__(
        self,
        canv: Canvas,
        labels: Labels,
        size: tuple[float, float],
        on_page: Callable[[int], None] | None,
    ) -> None:
        self.canv = canv
        self.labels = labels
        self.page_width, self.page_height = size
        self.on_page = on_page
        self.ts = Typesetter(canv)
        self.s = _styles()
        self.width = self.page_width - 2 * MARGIN
        self.page_count = 0
        self._mastheads: dict[tuple[float, float], str] = {}
        self._label_lang = labels.language
        self._frame_top: float = self.page_height - MARGIN - 4 * mm - FRAME_PADDING

    # -- the pieces

    def _flow(self) -> Flow:
        return Flow(
            self.ts,
            left=MARGIN,
            width=self.width,
            top=self._frame_top,
            bottom=MARGIN + 4 * mm + FRAME_PADDING,
        )

    def _lines(self, text: str, style: TextStyle, width: float, lang: str | None = None) -> list[Line]:
        return self.ts.lines(text, style, width, lang=lang)

    def _label(self, text: str, style: TextStyle, width: float) -> list[Line]:
        return self.ts.lines(text, style, width, lang=self._label_lang)

    def _heading(self, flow: Flow, number: int, text: str) -> None:
        flow.keep(30 * mm)  # keep a heading with the start of what follows it
        flow.paragraph(f"{number}.  {text}", self.s.heading, lang=self._label_lang)

    def _fields(self, flow: Flow, rows: list[tuple[str, str, TextStyle, str | None]]) -> None:
        """Label and value rows: labels in a shaded column, a rule below each row."""
        label_inner = LABEL_WIDTH - 2 * _FIELDS.pad_x
        value_inner = self.width - LABEL_WIDTH - 2 * _FIELDS.pad_x
        cells = [
            [
                Cell(self._label(label, self.s.label, label_inner), self.s.label),
                Cell(self._lines(value, style, value_inner, lang), style),
            ]
            for label, value, style, lang in rows
        ]
        flow.table(cells, (LABEL_WIDTH, self.width - LABEL_WIDTH), _FIELDS)

    def _grid(
        self,
        flow: Flow,
        header: list[str],
        rows: list[list[tuple[str, str | None]]],
        widths: Sequence[float],
        *,
        before: float = 0.0,
    ) -> None:
        """A table with a shaded heading row repeated on every page it reaches."""
        cell, bold = self.s.cell, self.s.cell_bold
        inner = [w - 2 * _GRID.pad_x for w in widths]
        head = [Cell(self._label(text, bold, w), bold) for text, w in zip(header, inner, strict=True)]
        cells = [
            [Cell(self._lines(text, cell, w, lang), cell) for (text, lang), w in zip(row, inner, strict=True)]
            for row in rows
        ]
        flow.table(cells, widths, _GRID, head=head, before=before)

    def _long_text(self, flow: Flow, text: str, lang: str | None) -> None:
        for block in _blocks(text):
            flow.paragraph(block, self.s.body, lang=lang)

    # -- the masthead

    def _masthead(self, flow: Flow, form: CommitmentForm) -> None:
        """The meeting and Network on the left, the QR code with its text on the right, a
        rule, the title. The words are the same on every form: one XObject, drawn here."""
        s = self.s
        code_width = CODE_WIDTH
        left_width = self.width - code_width
        code_lines = [
            line for text in grouped(form.binding) for line in self._lines(text, s.code, code_width)
        ]
        caption = self._label(self.labels.verification, s.code, code_width)
        right_height = QR_SIZE + 2 + len(caption) * s.code.leading + len(code_lines) * s.code.leading
        left = self._masthead_left(left_width)
        left_height = sum(gap + len(lines) * style.leading for gap, lines, style in left)
        row = max(left_height, right_height)
        top = flow.top - 3  # the cell's top padding
        name = self._masthead_form(flow, row, right_height, left, left_height, caption)
        flow.page.forms.append(name)
        # the code and its text, centred in the right column
        x = MARGIN + left_width
        y = top - (row - right_height) / 2
        flow.add(qr_path(qr_rows(form.binding), x + (code_width - QR_SIZE) / 2, y - QR_SIZE, QR_SIZE))
        y -= QR_SIZE + 2 + len(caption) * s.code.leading
        flow.lines_at(x, y, code_lines, s.code, code_width)
        flow.y = self._below_masthead(row)
        flow.after = s.subtitle.after
        flow.at_top = False

    def _masthead_left(self, width: float) -> _Stack:
        s, labels = self.s, self.labels
        return [
            (0.0, self._label(labels.initiative.upper(), s.banner, width), s.banner),
            (0.0, self._label(labels.meeting, s.banner_bold, width), s.banner_bold),
            (0.0, self._label(labels.meeting_place_date, s.banner, width), s.banner),
            (1.5 * mm, self._label(labels.secretariat, s.muted, width), s.muted),
        ]

    def _title_lines(self) -> tuple[list[Line], list[Line]]:
        s = self.s
        return (
            self._label(self.labels.commitment_form, s.title, self.width),
            self._label(self.labels.commitment_subtitle, s.subtitle, self.width),
        )

    def _below_masthead(self, row: float) -> float:
        """Where the form's content starts: below the masthead, the title and subtitle."""
        s = self.s
        title, subtitle = self._title_lines()
        y: float = self._frame_top - 3 - row - 4 - 3 * mm
        return (
            y
            - len(title) * s.title.leading
            - s.title.after
            - len(subtitle) * s.subtitle.leading
            - s.subtitle.after
        )

    def _masthead_form(
        self,
        flow: Flow,
        row: float,
        right_height: float,
        left: _Stack,
        left_height: float,
        caption: list[Line],
    ) -> str:
        key = (round(row, 2), round(right_height, 2))
        name = self._mastheads.get(key)
        if name is not None:
            return name
        name = f"kin-masthead-{len(self._mastheads) + 1}"
        self._mastheads[key] = name
        s = self.s
        code_width = CODE_WIDTH
        left_width = self.width - code_width
        page = flow.page
        flow.page = Page()  # draw into a scratch page, then make it the XObject
        top = flow.top - 3
        y = top - (row - left_height) / 2
        for gap, lines, style in left:
            y -= gap
            flow.lines_at(MARGIN, y, lines, style, left_width)
            y -= len(lines) * style.leading
        y = top - (row - right_height) / 2 - QR_SIZE - 2
        flow.lines_at(MARGIN + left_width, y, caption, s.code, code_width)
        rule = top - row - 4
        flow.hline(MARGIN, MARGIN + self.width, rule, _MASTHEAD_RULE)
        title, subtitle = self._title_lines()
        y = rule - 3 * mm
        flow.lines_at(MARGIN, y, title, s.title, self.width)
        y -= len(title) * s.title.leading + s.title.after
        flow.lines_at(MARGIN, y, subtitle, s.subtitle, self.width)
        ops = flow.page.ops
        flow.page = page
        self.canv.beginForm(name)
        self.canv.addLiteral("\n".join(ops))
        self.canv.endForm()
        return name

    # -- the form

    def form(self, form: CommitmentForm) -> list[Page]:
        """The pages of one form, laid out and furnished (not yet written)."""
        s, labels = self.s, self.labels
        body = form.body
        lang = form.lang or body.language
        flow = self._flow()
        self._masthead(flow, form)

        self._heading(flow, 1, labels.city_and_delegation)
        self._fields(
            flow,
            [
                (labels.city, _text(form.city_names, labels), s.body, lang),
                (labels.country, _text(labels.country_name(form.country), labels), s.body, self._label_lang),
                (labels.delegation, _text(form.delegation, labels), s.body, lang),
                (labels.organisation, _text(form.organisation, labels), s.body, lang),
            ],
        )

        self._heading(flow, 2, labels.the_commitment)
        types = "    ".join(
            ("☒ " if body.project_type == kind else "☐ ") + labels.project_type_name(kind.value)
            for kind in ProjectType
        )
        sectors = _text(joined([labels.sector(x.value) for x in body.sectors], labels), labels)
        self._fields(
            flow,
            [
                (labels.project_title, body.title, s.cell_bold, lang),
                (labels.project_type, types, s.body, self._label_lang),
                (labels.sectors_label, sectors, s.body, self._label_lang),
            ],
        )
        flow.paragraph(labels.objectives, s.subheading, lang=self._label_lang)
        self._long_text(flow, _text(body.objectives, labels), lang)
        if body.description.strip():
            flow.paragraph(labels.description, s.subheading, lang=self._label_lang)
            self._long_text(flow, body.description, lang)

        self._heading(flow, 3, labels.targets_and_indicators)
        if body.targets:
            widths = list(TARGET_COLUMNS)
            widths[1] = self.width - sum(widths)
            rows: list[list[tuple[str, str | None]]] = [
                [
                    (str(number), None),
                    (target.description, lang),
                    (target.indicator, lang),
                    (target.baseline, lang),
                    (joined([target.target, target.unit], labels).replace(labels.list_separator, " "), lang),
                    (str(target.due_year or ""), None),
                ]
                for number, target in enumerate(body.targets, start=1)
            ]
            header = [
                labels.target_number,
                labels.target,
                labels.indicator,
                labels.baseline,
                labels.target_value,
                labels.due_year,
            ]
            self._grid(flow, header, rows, widths)
        else:
            flow.paragraph(labels.no_targets, s.muted, lang=self._label_lang)

        self._heading(flow, 4, labels.partners)
        partners = [partner for partner in body.partners if partner.strip()]
        if partners:
            for partner in partners:
                flow.paragraph("•  " + partner, s.body, lang=lang)
        else:
            flow.paragraph(labels.not_given, s.muted, lang=self._label_lang)

        self._heading(flow, 5, labels.timeline)
        self._fields(
            flow,
            [
                (labels.start_date, _text(body.start_date or "", labels), s.body, None),
                (labels.end_date, _text(body.end_date or "", labels), s.body, None),
            ],
        )
        if body.milestones:
            self._grid(
                flow,
                [labels.milestone_date, labels.milestone],
                [[(m.date or "", None), (m.description, lang)] for m in body.milestones],
                [MILESTONE_DATE_WIDTH, self.width - MILESTONE_DATE_WIDTH],
                before=2 * mm,
            )

        self._heading(flow, 6, labels.budget)
        self._fields(
            flow,
            [
                (
                    labels.budget_amount,
                    _text(money(body.budget_amount, body.budget_currency), labels),
                    s.body,
                    None,
                ),
                (labels.funding_source, _text(body.funding_source, labels), s.body, lang),
            ],
        )

        self._heading(flow, 7, labels.experience_to_share)
        self._long_text(flow, _text(body.experience_to_share, labels), lang)

        flow.space(4 * mm)
        self._signatures(flow, form, lang)

        place = joined([form.city, labels.country_name(form.country)], labels)
        footer = (
            f"{labels.record} {form.record_id}  ·  {labels.revision} {form.rev_id[:16]} ({form.revised_on})"
        )
        running_head = f"{labels.commitment_form} — {place} — {body.title}"
        self._furnish(flow, footer, running_head, lang)
        return flow.pages

    def _signatures(self, flow: Flow, form: CommitmentForm, lang: str | None) -> None:
        """The undertaking, then the mayor's block (a signature space of 40 mm and a box for
        the city's seal) and the Secretariat's receipt, kept together on one page."""
        s, labels = self.s, self.labels
        body = form.body
        place = form.city_names or labels.not_given
        blocks = [
            self._signature_block(
                labels.signature_city.format(city=place),
                labels.signature_city_note,
                body.signatory_name,
                body.signatory_title,
                lang,
                SIGNATURE_HEIGHT,
                SEAL_SIZE,
            ),
            self._signature_block(
                labels.signature_secretariat,
                labels.verification_note,
                "",
                "",
                self._label_lang,
                RECEIPT_SIGNATURE_HEIGHT,
                RECEIPT_SEAL_SIZE,
            ),
        ]
        gap = 4 * mm
        boxes = sum(b.height for b in blocks) + gap
        heading = self._label(f"8.  {labels.signatures}", s.heading, self.width)
        statement = self._lines(labels.commitment_statement.format(city=place), s.body, self.width, lang)
        needed = (
            flow.gap(s.heading.before)
            + len(heading) * s.heading.leading
            + max(s.heading.after, s.body.before)
            + len(statement) * s.body.leading
            + s.body.after
            + 3 * mm
            + boxes
        )
        flow.keep(needed)
        flow.lines(heading, s.heading)
        flow.lines(statement, s.body)
        flow.space(3 * mm)
        for index, b in enumerate(blocks):
            flow.keep(b.height)
            if index:
                flow.y -= gap
            self._draw_signature_block(flow, b)
            flow.placed(b.height)

    def _signature_block(
        self,
        heading: str,
        note: str,
        name: str,
        title: str,
        lang: str | None,
        sign_height: float,
        seal_size: float,
    ) -> _SignatureBlock:
        s, labels = self.s, self.labels
        inner = self.width - 2 * _PAD
        seal_caption = self._label(labels.seal, s.muted, seal_size + 8 * mm)
        sign_width = inner - seal_size - 8 * mm
        sign_caption = self._label(labels.signature, s.muted, sign_width)
        top: _Stack = [
            (0.0, self._lines(heading, s.cell_bold, inner, lang), s.cell_bold),
            (0.0, self._label(note, s.muted, inner), s.muted),
        ]
        bottom: _Stack = [
            (0.0, self._lines(f"{labels.name}: {name or '_' * 40}", s.cell, inner, lang), s.cell),
            (2 * mm, self._lines(f"{labels.title}: {title or '_' * 40}", s.cell, inner, lang), s.cell),
            (2 * mm, self._label(f"{labels.date}: {'_' * 24}", s.cell, inner), s.cell),
        ]
        area = max(sign_height, seal_size)
        captions = max(len(seal_caption), len(sign_caption)) * s.muted.leading
        height = (
            _PAD + _stack_height(top) + 2 * mm + area + 1.5 + captions + 2 * mm + _stack_height(bottom) + _PAD
        )
        return _SignatureBlock(top, bottom, area, sign_width, seal_size, sign_caption, seal_caption, height)

    def _draw_signature_block(self, flow: Flow, b: _SignatureBlock) -> None:
        s = self.s
        x = MARGIN + _PAD
        y = flow.y - _PAD
        y = self._draw_stack(flow, x, y, b.top)
        y -= 2 * mm
        # the signature space: an empty area with a rule to sign on, its caption below
        flow.hline(x, x + b.sign_width, y - b.area, _SIGN_LINE)
        flow.lines_at(x, y - b.area - 1.5, b.sign_caption, s.muted, b.sign_width)
        # the seal box, at the right
        seal_x = x + b.sign_width + 8 * mm
        flow.add(f"q {_SEAL} {seal_x:.2f} {y - b.seal_size:.2f} {b.seal_size:.2f} {b.seal_size:.2f} re S Q")
        caption_x = seal_x - 4 * mm
        centred = TextStyle(s.muted.size, s.muted.leading, s.muted.color, centre=True)
        flow.lines_at(caption_x, y - b.seal_size - 1.5, b.seal_caption, centred, b.seal_size + 8 * mm)
        y -= b.area + 1.5 + max(len(b.seal_caption), len(b.sign_caption)) * s.muted.leading + 2 * mm
        self._draw_stack(flow, x, y, b.bottom)
        top = flow.y
        flow.add(f"{_BOX} {MARGIN:.2f} {top - b.height:.2f} {self.width:.2f} {b.height:.2f} re S")

    def _draw_stack(self, flow: Flow, x: float, y: float, stack: _Stack) -> float:
        width = self.width - 2 * _PAD
        for gap, lines, style in stack:
            y -= gap
            flow.lines_at(x, y, lines, style, width)
            y -= len(lines) * style.leading
        return y

    # -- pages

    def _furnish(self, flow: Flow, footer: str, running_head: str, lang: str | None) -> None:
        """Running head and footer on each page of a form."""
        s, labels = self.s, self.labels
        total = len(flow.pages)
        right = MARGIN + self.width
        foot = self._lines(footer, s.footer, _ONE_LINE, lang)
        head = self._lines(running_head, s.footer, _ONE_LINE, lang)
        if head and head[0].width > self.width:  # a long title: cut short, on one line
            first = self._lines(running_head, s.footer, self.width - 12, lang)[0]
            head = self._lines("".join(text for _, text in first.runs) + " …", s.footer, _ONE_LINE, lang)
        for number, page in enumerate(flow.pages, start=1):
            flow.page = page
            flow.hline(MARGIN, right, MARGIN + 9, _THIN)
            for line in foot:
                flow.text(MARGIN, MARGIN, line, s.footer)
            count = self._label(labels.page_of.format(page=number, pages=total), s.footer, _ONE_LINE)
            for line in count:
                flow.text(right - line.width, MARGIN, line, s.footer)
            if number > 1:
                top = self.page_height - MARGIN
                for line in head:
                    flow.text(MARGIN, top, line, s.footer)
                flow.hline(MARGIN, right, top - 4, _THIN)

    def emit(self, pages: list[Page]) -> None:
        """Write a form's pages into the PDF (``on_page`` after each: it may cancel)."""
        for page in pages:
            self._emit(page)

    def unprintable(self, form: CommitmentForm) -> list[Page]:
        """One page saying that ``form`` could not be drawn (its record id, in plain ASCII
        only, so that nothing of the record can fail again)."""
        flow = self._flow()
        flow.paragraph(self.labels.not_printable.format(record=_ascii(form.record_id)), self.s.body)
        self._furnish(flow, f"{self.labels.record} {_ascii(form.record_id)}", "", None)
        return flow.pages

    def _emit(self, page: Page) -> None:
        canv = self.canv
        for name in page.forms:
            canv.doForm(name)
        canv.addLiteral("\n".join(page.ops))
        canv.showPage()
        self.page_count += 1
        if self.on_page is not None:
            self.on_page(self.page_count)

    def nothing(self) -> None:
        """A document without forms: one page saying so."""
        flow = self._flow()
        flow.paragraph(self.labels.not_given, self.s.body, lang=self._label_lang)
        self._emit(flow.page)
