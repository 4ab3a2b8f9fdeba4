"""The practices compendium: cover, contents, one practice per section, and indexes by
sector and by country, every entry with its page number.

Page numbers come from laying the document out more than once (``multiBuild``): the
contents and the two indexes show what the previous pass found, and the passes repeat
until nothing moves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table
from reportlab.platypus.tableofcontents import IndexingFlowable

from kin_desktop.core.schemas import PracticeBody, Sector
from kin_desktop.reports.fonts import register_fonts
from kin_desktop.reports.labels import Labels
from kin_desktop.reports.layout import (
    ACCENT,
    RULE,
    SHADE,
    GroupEnd,
    GroupStart,
    KinDocTemplate,
    build_pdf,
    joined,
    long_text,
    money,
    page_size,
    para,
    spacer,
    styles,
    table_style,
)

log = logging.getLogger(__name__)

_NOTIFY = "kin-practice-page"


@dataclass(frozen=True)
class PracticeEntry:
    record_id: str
    body: PracticeBody
    city: str
    country: str  # ISO 3166 code
    lang: str | None = None


class _PracticeAnchor(Flowable):
    """Zero-size marker: tells the indexes and the contents on which page a practice starts."""

    def __init__(self, record_id: str, outline: str) -> None:
        super().__init__()
        self.record_id = record_id
        self.outline = outline
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: ARG002  # reportlab calls it so
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        page = canv.getPageNumber()
        key = f"practice-{self.record_id}"
        canv.bookmarkPage(key)
        canv.addOutlineEntry(self.outline, key, level=0)
        canv._doctemplate.notify(_NOTIFY, (self.record_id, page))


_Entry = tuple[str, str, str | None]  # (record id or index key, text, language of the text)


class _PageIndex(IndexingFlowable):
    """Groups of entries (heading, then (record id, text, language) rows) with page numbers;
    a group without a heading lists its entries alone (the contents)."""

    def __init__(self, groups: list[tuple[str, list[_Entry]]], page_label: str) -> None:
        super().__init__()
        self.groups = groups
        self.page_label = page_label
        self._pages: dict[str, int] = {}
        self._last: dict[str, int] = {}
        self._table: Table | None = None

    # -- IndexingFlowable protocol
    def notify(self, kind: str, stuff: Any) -> None:
        if kind == _NOTIFY:
            record_id, page = stuff
            self._pages.setdefault(record_id, page)

    def beforeBuild(self) -> None:
        self._last = self._pages
        self._pages = {}

    def isSatisfied(self) -> bool:
        return self._last == self._pages

    # -- layout
    def _build_table(self, width: float) -> Table:
        s = styles()
        rows: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
        for heading, entries in self.groups:
            if heading:
                commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE))
                commands.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.5, ACCENT))
                rows.append([para(heading, s.cell_bold), para(self.page_label, s.muted)])
            for record_id, text, lang in entries:
                page = self._last.get(record_id)
                rows.append([para(text, s.cell, lang=lang), para(str(page) if page else "…", s.cell)])
        if not rows:
            rows.append(["", ""])
        table = Table(
            rows, colWidths=[width - 16 * mm, 16 * mm], repeatRows=0, splitByRow=1, splitInRow=_SPLIT_IN_ROW
        )
        table.setStyle(table_style(commands))
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._table = self._build_table(availWidth)
        return self._table.wrap(availWidth, availHeight)  # type: ignore[no-any-return]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table = self._build_table(availWidth)
        return table.split(availWidth, availHeight)  # type: ignore[no-any-return]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)


_SPLIT_IN_ROW = 24  # a table row taller than what is left of a page splits between its lines


def write_compendium(
    entries: Sequence[PracticeEntry],
    out: Path,
    *,
    labels: Labels,
    page_size_name: str = "A4",
    printed_on: str = "",
    on_page: Callable[[int], None] | None = None,
) -> int:
    """Write the compendium PDF at ``out`` (atomically); returns the number of pages."""
    size = page_size(page_size_name)
    register_fonts()
    ordered = sorted(
        entries,
        key=lambda e: (labels.country_name(e.country).casefold(), e.city.casefold(), e.body.title.casefold()),
    )

    def build(path: str) -> int:
        doc = KinDocTemplate(
            path, labels=labels, pagesize=size, title=labels.compendium_title, on_page=on_page
        )
        story = _story(ordered, labels, printed_on, doc.width)
        doc.multiBuild(story, maxPasses=6)
        return int(doc.page)

    return build_pdf(out, build)


def _entry_text(entry: PracticeEntry, labels: Labels) -> str:
    return f"{entry.body.title} — {joined([entry.city, labels.country_name(entry.country)], labels)}"


def _story(entries: Sequence[PracticeEntry], labels: Labels, printed_on: str, width: float) -> list[Flowable]:
    s = styles()
    footer = f"{labels.compendium_title} — {labels.meeting}"
    story: list[Flowable] = [GroupStart(footer, labels.compendium_title, labels.language)]
    story += _cover(entries, labels, printed_on)
    story.append(PageBreak())

    contents: list[_Entry] = [
        (entry.record_id, f"{number}.  {_entry_text(entry, labels)}", entry.lang or entry.body.language)
        for number, entry in enumerate(entries, start=1)
    ]
    contents += [
        ("index-sector", labels.index_by_sector, None),
        ("index-country", labels.index_by_country, None),
    ]
    story += [para(labels.contents, s.heading), _PageIndex([("", contents)], labels.page), PageBreak()]

    if not entries:
        story.append(para(labels.no_practices, s.body))
    for number, entry in enumerate(entries, start=1):
        if number > 1:
            story.append(PageBreak())
        try:
            story += _practice(number, entry, labels, width)
        except Exception:  # a practice that cannot be laid out prints as a note; the others print
            log.exception("practice %s could not be printed", entry.record_id)
            record = entry.record_id.encode("ascii", "replace").decode("ascii")[:128]
            story.append(para(labels.not_printable.format(record=record), s.body))

    by_sector: list[tuple[str, list[_Entry]]] = []
    for sector in Sector:
        listed = [e for e in entries if sector in e.body.sectors]
        if listed:
            by_sector.append((labels.sector(sector.value), [_index_row(e, labels) for e in listed]))
    by_country: dict[str, list[PracticeEntry]] = {}
    for entry in entries:
        by_country.setdefault(labels.country_name(entry.country) or labels.not_given, []).append(entry)
    country_groups = [
        (country, [_index_row(e, labels, with_country=False) for e in listed])
        for country, listed in sorted(by_country.items(), key=lambda item: item[0].casefold())
    ]
    story += [
        PageBreak(),
        _IndexHeading(labels.index_by_sector, "index-sector"),
        para(labels.index_by_sector, s.heading),
        _PageIndex(by_sector, labels.page),
        spacer(6),
        _IndexHeading(labels.index_by_country, "index-country"),
        para(labels.index_by_country, s.heading),
        _PageIndex(country_groups, labels.page),
        GroupEnd(),
    ]
    return story


class _IndexHeading(Flowable):
    """Zero-size marker putting an index into the contents."""

    def __init__(self, text: str, key: str) -> None:
        super().__init__()
        self.text = text
        self.key = key
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: ARG002  # reportlab calls it so
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.text, self.key, level=0)
        self.canv._doctemplate.notify(_NOTIFY, (self.key, self.canv.getPageNumber()))


def _index_row(entry: PracticeEntry, labels: Labels, *, with_country: bool = True) -> _Entry:
    text = _entry_text(entry, labels) if with_country else f"{entry.body.title} — {entry.city}"
    return entry.record_id, text, entry.lang


def _cover(entries: Sequence[PracticeEntry], labels: Labels, printed_on: str) -> list[Flowable]:
    s = styles()
    cities = {(e.city, e.country) for e in entries}
    big = ParagraphStyle("kin-cover-title", parent=s.title, fontSize=26, leading=32, spaceAfter=8)
    story: list[Flowable] = [
        spacer(30),
        para(labels.initiative.upper(), s.banner),
        para(labels.meeting, s.banner_bold),
        para(labels.meeting_place_date, s.banner),
        spacer(45),
        para(labels.compendium_title, big),
        para(labels.compendium_subtitle, s.subtitle),
        spacer(6),
        para(labels.compendium_count.format(practices=len(entries), cities=len(cities)), s.subtitle),
        spacer(70),
        para(labels.secretariat, s.banner),
    ]
    if printed_on:
        story.append(para(labels.printed_on.format(date=printed_on), s.banner))
    return story


def _practice(number: int, entry: PracticeEntry, labels: Labels, width: float) -> list[Flowable]:
    s = styles()
    body = entry.body
    lang = entry.lang or body.language
    title_text = f"{number}.  {body.title}"
    story: list[Flowable] = [
        _PracticeAnchor(entry.record_id, f"{number}. {body.title}"),
        para(title_text, s.heading, lang=lang),
    ]
    facts: list[tuple[str, str]] = [
        (labels.city, joined([entry.city, labels.country_name(entry.country)], labels)),
        (labels.sectors_label, joined([labels.sector(x.value) for x in body.sectors], labels)),
        (labels.start_year, str(body.start_year or "")),
        (labels.cost, money(body.cost_amount, body.cost_currency)),
        (labels.partners, joined(list(body.partners), labels)),
    ]
    rows = [[para(label, s.label), para(value, s.cell, lang=lang)] for label, value in facts if value.strip()]
    if body.win_win:
        rows.append([para("", s.label), para("★ " + labels.win_win, s.cell_bold)])
    if rows:
        table = Table(rows, colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT", splitInRow=_SPLIT_IN_ROW)
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, -1), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        story.append(table)
    sections = [
        (labels.summary, body.summary),
        (labels.problem, body.problem),
        (labels.approach, body.approach),
    ]
    for heading, text in sections:
        if text.strip():
            story.append(KeepTogether([para(heading, s.subheading), *long_text(text, s.body, lang=lang)[:1]]))
            story += long_text(text, s.body, lang=lang)[1:]
    benefits = [
        (labels.environmental_benefits, body.environmental_benefits),
        (labels.social_benefits, body.social_benefits),
        (labels.economic_benefits, body.economic_benefits),
    ]
    if any(text.strip() for _, text in benefits):
        story.append(para(labels.benefits, s.subheading))
        for heading, text in benefits:
            if text.strip():
                story.append(para(heading, s.label))
                story += long_text(text, s.body, lang=lang)
    if body.replicability.strip():
        story.append(para(labels.replicability, s.subheading))
        story += long_text(body.replicability, s.body, lang=lang)
    story.append(spacer(2))
    return story
