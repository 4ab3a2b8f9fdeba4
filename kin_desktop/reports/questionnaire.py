"""The questionnaire on paper: blank (to fill in by hand) or filled with one city's answers.

Blank: every question, with an answer area sized by its type (lines for text, boxes for
numbers and dates, a ☐ per choice, a row of boxes for a rating, blanks for a ranking)
and, for questions with a relevance condition, the skip instruction in words
(:mod:`kin_desktop.reports.relevance`). Filled: only the questions relevant to the
answers given, each repeat group instance in turn.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Indenter, KeepTogether, Table

from kin_desktop.core.questionnaire import (
    Definition,
    Question,
    QuestionType,
    RepeatGroup,
    Section,
    evaluate,
    localize,
)
from kin_desktop.reports.fonts import register_fonts
from kin_desktop.reports.labels import Labels
from kin_desktop.reports.layout import (
    ACCENT,
    INK,
    RULE,
    SHADE,
    GroupEnd,
    GroupStart,
    KinDocTemplate,
    build_pdf,
    decimal_text,
    joined,
    long_text,
    page_size,
    para,
    spacer,
    styles,
    table_style,
)
from kin_desktop.reports.relevance import Wording, describe, question_numbers
from kin_desktop.reports.text_block import TextBlock

INDENT = 8 * mm
BLANK_REPEAT_INSTANCES = 2


@dataclass(frozen=True)
class QuestionnaireDocument:
    definition: Definition
    answers: Mapping[str, Any] | None  # None: a blank form
    lang: str  # language of the definition's texts to print (falls back to English)
    city: str = ""
    country: str = ""
    respondent: str = ""
    completed: bool = False
    record_id: str = ""
    rev_id: str = ""
    revised_on: str = ""
    text_lang: str | None = None  # language of the answers (glyph forms of Han characters)


def write_questionnaire(
    document: QuestionnaireDocument,
    out: Path,
    *,
    labels: Labels,
    page_size_name: str = "A4",
    on_page: Callable[[int], None] | None = None,
) -> int:
    """Write the questionnaire PDF at ``out`` (atomically); returns the number of pages."""
    size = page_size(page_size_name)
    register_fonts()
    title = localize(document.definition.title, document.lang).text

    def build(path: str) -> int:
        doc = KinDocTemplate(path, labels=labels, pagesize=size, title=title, on_page=on_page)
        doc.build(_Writer(document, labels, doc.width).story())
        return int(doc.page)

    return build_pdf(out, build)


# --------------------------------------------------------------------------- small flowables


class _Lines(Flowable):
    """Ruled lines to write an answer on."""

    SPACING = 7.5 * mm

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: ARG002  # reportlab calls it so
        self.width = availWidth
        return availWidth, self.count * self.SPACING + 1

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        for line in range(self.count):
            y = line * self.SPACING + 1
            canv.line(0, y, self.width, y)


def _boxes(cells: list[tuple[float, str]]) -> Table:
    """A row of empty answer boxes (width, caption under it)."""
    s = styles()
    widths = [width for width, _ in cells]
    table = Table(
        [["" for _ in cells], [para(caption, s.muted) for _, caption in cells]],
        colWidths=widths,
        rowHeights=[8 * mm, None],
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
    ]
    for index, (_width, caption) in enumerate(cells):
        if caption != "-":
            commands.append(("BOX", (index, 0), (index, 0), 0.6, INK))
    table.setStyle(table_style(commands))
    return table


def _band(text: str, width: float) -> Table:
    """A shaded heading band: one instance of a repeat group."""
    table = Table([[para(text, styles().label)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


# --------------------------------------------------------------------------- the writer


class _Writer:
    def __init__(self, document: QuestionnaireDocument, labels: Labels, width: float) -> None:
        self.doc = document
        self.labels = labels
        self.width = width
        self.lang = document.lang
        self.d = document.definition
        self.numbers = question_numbers(self.d)
        self.wording = Wording(self.d, self.numbers, labels, document.lang)
        self.blank = document.answers is None
        self.answers: Mapping[str, Any] = document.answers or {}
        self.evaluation = None if self.blank else evaluate(self.d, self.answers)

    def text(self, value: Mapping[str, str] | None) -> str:
        return localize(value, self.lang).text

    # -- the whole document

    def story(self) -> list[Flowable]:
        s = styles()
        labels = self.labels
        d = self.d
        title = self.text(d.title)
        if self.blank:
            footer = f"{title} — {d.id} {d.version}"
        else:
            footer = (
                f"{labels.record} {self.doc.record_id}  ·  {labels.revision} {self.doc.rev_id[:16]}"
                f" ({self.doc.revised_on})"
            )
        story: list[Flowable] = [
            GroupStart(footer, title, self.lang),
            para(labels.initiative.upper(), s.banner),
            para(labels.meeting, s.banner_bold),
            para(labels.meeting_place_date, s.banner),
            spacer(5),
            para(title, s.title, lang=self.lang),
        ]
        if self.blank:
            if d.description:
                story.append(para(self.text(d.description), s.subtitle, lang=self.lang))
            story += [para(labels.questionnaire_blank_note, s.body), para(labels.required_mark_note, s.muted)]
        else:
            place = joined([self.doc.city, labels.country_name(self.doc.country)], labels)
            status = labels.completed if self.doc.completed else labels.in_progress
            story.append(
                para(labels.questionnaire_filled_note.format(city=place), s.subtitle, lang=self.doc.text_lang)
            )
            story.append(
                para(
                    f"{labels.respondent}: {self.doc.respondent or labels.not_given}  ·  {status}",
                    s.subtitle,
                    lang=self.doc.text_lang,
                )
            )
        for number, section in enumerate(d.sections, start=1):
            story += self.section(number, section)
        story.append(GroupEnd())
        return story

    def section(self, number: int, section: Section) -> list[Flowable]:
        s = styles()
        if self.evaluation is not None and not self.evaluation.section(section.id).relevant:
            return []
        story: list[Flowable] = [
            CondPageBreak(35 * mm),
            para(f"{number}.  {self.text(section.title)}", s.heading, lang=self.lang),
        ]
        if section.description:
            story.append(para(self.text(section.description), s.muted, lang=self.lang))
        if self.blank:
            node = self.d.parsed_section(section.id)
            if node is not None:
                story.append(self.instruction(self.labels.skip_section, node))
        for item in section.items:
            if isinstance(item, RepeatGroup):
                story += self.repeat(item)
            else:
                story += self.question(item, None)
        return story

    def instruction(self, template: str, node: Any) -> Flowable:
        words = template.format(condition=describe(node, self.wording))
        return para("➔ " + words, styles().muted, lang=self.lang)

    # -- repeat groups

    def repeat(self, group: RepeatGroup) -> list[Flowable]:
        s = styles()
        labels = self.labels
        if self.evaluation is not None and not self.evaluation.is_relevant(group.id):
            return []
        story: list[Flowable] = [
            CondPageBreak(30 * mm),
            para(f"{self.numbers[group.id]}  {self.text(group.label)}", s.subheading, lang=self.lang),
        ]
        if group.hint:
            story.append(para(self.text(group.hint), s.muted, lang=self.lang))
        if self.blank:
            node = self.d.parsed(group.id, "relevant")
            if node is not None:
                story.append(self.instruction(labels.skip_group, node))
            count = max(group.min, min(group.max or BLANK_REPEAT_INSTANCES, BLANK_REPEAT_INSTANCES))
        else:
            raw = self.answers.get(group.id)
            count = len(raw) if isinstance(raw, list) else 0
        for index in range(count):
            story.append(CondPageBreak(25 * mm))
            story.append(_band(labels.entry.format(number=index + 1), self.width))
            for question in group.items:
                story += self.question(question, index)
        if self.blank and (group.max is None or group.max > count):
            story.append(para(labels.more_entries.format(max=group.max or "—"), s.muted))
        return story

    # -- questions

    def question(self, question: Question, instance: int | None) -> list[Flowable]:
        s = styles()
        if self.evaluation is not None and not self.evaluation.is_relevant(question.id, instance):
            return []
        spans = [(self.numbers.get(question.id, ""), True), ("  " + self.text(question.label), False)]
        if question.required and self.blank:
            spans.append((" *", True))
        parts: list[Flowable] = [TextBlock(spans, s.body, lang=self.lang)]
        if self.blank:
            if question.hint:
                parts.append(para(self.text(question.hint), s.muted, lang=self.lang))
            node = self.d.parsed(question.id, "relevant")
            if node is not None:
                parts.append(self.instruction(self.labels.skip_question, node))
            parts += self.answer_area(question)
        else:
            parts += self.answer(question, instance)
        parts.append(spacer(2.5))
        # an answer may run over pages (a long text, many choices); a question with its blank
        # answer area may not
        if not self.blank:
            return [KeepTogether(parts[:3]), *parts[3:]]
        return [KeepTogether(parts)]

    def _indent(self, flowables: list[Flowable]) -> Table:
        table = Table([["", flowables]], colWidths=[INDENT, self.width - INDENT], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def _choice_grid(self, items: list[str], prefix: str) -> Table:
        s = styles()
        texts = [prefix + item for item in items]
        columns = 2 if max((len(t) for t in texts), default=0) <= 38 and len(texts) > 3 else 1
        rows = (len(texts) + columns - 1) // columns
        cells = [
            [
                para(texts[c * rows + r], s.body, lang=self.lang) if c * rows + r < len(texts) else ""
                for c in range(columns)
            ]
            for r in range(rows)
        ]
        usable = self.width - INDENT
        table = Table(cells, colWidths=[usable / columns] * columns, hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def answer_area(self, question: Question) -> list[Flowable]:
        s = styles()
        labels = self.labels
        kind = question.type
        area: list[Flowable] = []
        if kind == QuestionType.TEXT:
            area.append(_Lines(1))
        elif kind == QuestionType.LONG_TEXT:
            area.append(_Lines(5))
        elif kind in (QuestionType.INTEGER, QuestionType.DECIMAL):
            unit = self.text(question.unit) if question.unit else ""
            area.append(para(labels.write_number, s.muted))
            area.append(_boxes([(45 * mm, unit)]))
        elif kind == QuestionType.DATE:
            area.append(para(labels.write_date, s.muted))
            area.append(
                _boxes([(18 * mm, "YYYY"), (4 * mm, "-"), (11 * mm, "MM"), (4 * mm, "-"), (11 * mm, "DD")])
            )
        elif kind == QuestionType.YES_NO:
            area.append(self._choice_grid([labels.yes, labels.no], "☐  "))
        elif kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
            if kind == QuestionType.SINGLE_CHOICE:
                note = labels.choose_one
            elif isinstance(question.min, int) and isinstance(question.max, int):
                note = labels.choose_between.format(min=question.min, max=question.max)
            else:
                note = labels.choose_any
            area.append(para(note, s.muted))
            area.append(self._choice_grid([self.text(c.label) for c in question.choices or ()], "☐  "))
        elif kind == QuestionType.RATING:
            assert question.scale is not None
            scale = question.scale
            area.append(para(labels.rate.format(min=scale.min, max=scale.max), s.muted))
            area.append(self._scale(question))
        elif kind == QuestionType.RANKING:
            area.append(para(labels.rank, s.muted))
            area.append(self._choice_grid([self.text(c.label) for c in question.choices or ()], "_____   "))
        return [self._indent(area)]

    def _scale(self, question: Question) -> Table:
        s = styles()
        assert question.scale is not None
        scale = question.scale
        low = self.text(scale.min_label) if scale.min_label else ""
        high = self.text(scale.max_label) if scale.max_label else ""
        points = [para(f"☐ {value}", s.body) for value in range(scale.min, scale.max + 1)]
        end_width = 34 * mm
        usable = self.width - INDENT - 2 * end_width
        step = min(16 * mm, usable / max(1, len(points)))
        row = [para(low, s.muted, lang=self.lang), *points, para(high, s.muted, lang=self.lang)]
        table = Table([row], colWidths=[end_width, *([step] * len(points)), end_width], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (1, 0), (-2, 0), 0.3, RULE),
                ]
            )
        )
        return table

    # -- filled answers

    def raw(self, question: Question, instance: int | None) -> Any:
        if instance is None:
            return self.answers.get(question.id)
        group = self.d.repeat_of(question.id)
        assert group is not None
        rows = self.answers.get(group.id)
        if (
            not isinstance(rows, list)
            or not 0 <= instance < len(rows)
            or not isinstance(rows[instance], dict)
        ):
            return None
        return rows[instance].get(question.id)

    def answer(self, question: Question, instance: int | None) -> list[Flowable]:
        """The answer, indented under its question; as plain flowables (no table), so an
        answer of any length flows across pages."""
        s = styles()
        labels = self.labels
        value = self.raw(question, instance)
        if value is None or value == "" or value == []:
            return [Indenter(INDENT), para(labels.not_answered, s.muted), Indenter(-INDENT)]
        kind = question.type
        text_lang = self.doc.text_lang
        shown: list[Flowable]
        if kind in (QuestionType.TEXT, QuestionType.LONG_TEXT) and isinstance(value, str):
            shown = long_text(value, s.body, lang=text_lang)
        elif kind == QuestionType.YES_NO and isinstance(value, bool):
            shown = [para(labels.yes if value else labels.no, s.body)]
        elif kind == QuestionType.SINGLE_CHOICE and isinstance(value, str):
            shown = [para("☒  " + self._choice(question, value), s.body, lang=self.lang)]
        elif kind == QuestionType.MULTIPLE_CHOICE and isinstance(value, list):
            shown = [para("☒  " + self._choice(question, str(v)), s.body, lang=self.lang) for v in value]
        elif kind == QuestionType.RANKING and isinstance(value, list):
            shown = [
                para(f"{rank}.  {self._choice(question, str(v))}", s.body, lang=self.lang)
                for rank, v in enumerate(value, start=1)
            ]
        elif kind == QuestionType.RATING and question.scale is not None:
            scale = question.scale
            ends = joined(
                [
                    f"{scale.min} = {self.text(scale.min_label)}" if scale.min_label else "",
                    f"{scale.max} = {self.text(scale.max_label)}" if scale.max_label else "",
                ],
                labels,
            )
            shown = [para(f"{value}  ({ends})" if ends else str(value), s.body, lang=self.lang)]
        elif kind in (QuestionType.INTEGER, QuestionType.DECIMAL):
            unit = self.text(question.unit) if question.unit else ""
            shown = [para(f"{_number(value)} {unit}".strip(), s.body, lang=self.lang)]
        else:
            shown = [para(str(value), s.body, lang=text_lang)]
        return [Indenter(INDENT), *shown, Indenter(-INDENT)]

    def _choice(self, question: Question, value: str) -> str:
        choice = question.choice(value)
        return self.text(choice.label) if choice is not None else value


def _number(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)  # no "2,004" for a year
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return str(value)
    return decimal_text(number)
