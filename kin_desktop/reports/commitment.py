"""The commitment form: one city's commitment, to be signed by its mayor on paper.

Each form starts on a new page and numbers its own pages ("Page 1 of 3"); many forms go
into one PDF. Long texts flow across pages, tables break between rows only and repeat
their heading row, and the signature blocks are kept together on one page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Table, TableStyle

from kin_desktop.core.schemas import CommitmentBody, ProjectType
from kin_desktop.reports.binding import QrCode
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
)

QR_SIZE = 30 * mm


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
        doc = KinDocTemplate(
            path, labels=labels, pagesize=size, title=labels.commitment_form, on_page=on_page
        )
        story: list[Flowable] = []
        for index, form in enumerate(forms):
            if index:
                story.append(PageBreak())
            story.extend(_form(form, labels, doc.width))
        if not story:
            story.append(para(labels.not_given, styles().body))
        doc.build(story)
        return int(doc.page)

    return build_pdf(out, build)


def _text(value: str, labels: Labels) -> str:
    return value if value.strip() else labels.not_given


def _field_table(rows: list[tuple[str, Flowable | list[Flowable]]], width: float) -> Table:
    s = styles()
    label_width = 42 * mm
    data = [[para(label, s.label), value] for label, value in rows]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _grid(header: list[str], rows: list[list[Flowable]], widths: list[float]) -> Table:
    s = styles()
    data: list[list[Flowable]] = [[para(text, s.cell_bold) for text in header], *rows]
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _heading(number: int, text: str) -> list[Flowable]:
    # keep a heading with the start of what follows it
    return [CondPageBreak(30 * mm), para(f"{number}.  {text}", styles().heading)]


def _form(form: CommitmentForm, labels: Labels, width: float) -> list[Flowable]:
    s = styles()
    body = form.body
    lang = form.lang or body.language
    place = joined([form.city, labels.country_name(form.country)], labels)
    footer = f"{labels.record} {form.record_id}  ·  {labels.revision} {form.rev_id[:16]} ({form.revised_on})"
    story: list[Flowable] = [
        GroupStart(footer, f"{labels.commitment_form} — {place} — {body.title}", lang),
        _masthead(form, labels, width),
        spacer(3),
        para(labels.commitment_form, s.title),
        para(labels.commitment_subtitle, s.subtitle),
    ]

    story += _heading(1, labels.city_and_delegation)
    story.append(
        _field_table(
            [
                (labels.city, para(_text(form.city, labels), s.body, lang=lang)),
                (labels.country, para(_text(labels.country_name(form.country), labels), s.body)),
                (labels.delegation, para(_text(form.delegation, labels), s.body, lang=lang)),
                (labels.organisation, para(_text(form.organisation, labels), s.body, lang=lang)),
            ],
            width,
        )
    )

    story += _heading(2, labels.the_commitment)
    types = "    ".join(
        ("☒ " if body.project_type == kind else "☐ ") + labels.project_type_name(kind.value)
        for kind in ProjectType
    )
    story.append(
        _field_table(
            [
                (labels.project_title, para(body.title, s.cell_bold, lang=lang)),
                (labels.project_type, para(types, s.body)),
                (
                    labels.sectors_label,
                    para(
                        _text(joined([labels.sector(x.value) for x in body.sectors], labels), labels), s.body
                    ),
                ),
            ],
            width,
        )
    )
    story.append(para(labels.objectives, s.subheading))
    story += long_text(_text(body.objectives, labels), s.body, lang=lang)
    if body.description.strip():
        story.append(para(labels.description, s.subheading))
        story += long_text(body.description, s.body, lang=lang)

    story += _heading(3, labels.targets_and_indicators)
    if body.targets:
        col = [11 * mm, 0.0, 34 * mm, 22 * mm, 26 * mm, 15 * mm]
        col[1] = width - sum(col)
        rows = [
            [
                para(str(number), s.cell),
                para(target.description, s.cell, lang=lang),
                para(target.indicator, s.cell, lang=lang),
                para(target.baseline, s.cell, lang=lang),
                para(
                    joined([target.target, target.unit], labels).replace(labels.list_separator, " "),
                    s.cell,
                    lang=lang,
                ),
                para(str(target.due_year or ""), s.cell),
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
        story.append(_grid(header, rows, col))
    else:
        story.append(para(labels.no_targets, s.muted))

    story += _heading(4, labels.partners)
    if body.partners:
        story += [para("•  " + partner, s.body, lang=lang) for partner in body.partners]
    else:
        story.append(para(labels.not_given, s.muted))

    story += _heading(5, labels.timeline)
    story.append(
        _field_table(
            [
                (labels.start_date, para(_text(body.start_date or "", labels), s.body)),
                (labels.end_date, para(_text(body.end_date or "", labels), s.body)),
            ],
            width,
        )
    )
    if body.milestones:
        story.append(spacer(2))
        rows = [[para(m.date or "", s.cell), para(m.description, s.cell, lang=lang)] for m in body.milestones]
        story.append(_grid([labels.milestone_date, labels.milestone], rows, [28 * mm, width - 28 * mm]))

    story += _heading(6, labels.budget)
    story.append(
        _field_table(
            [
                (
                    labels.budget_amount,
                    para(_text(money(body.budget_amount, body.budget_currency), labels), s.body),
                ),
                (labels.funding_source, para(_text(body.funding_source, labels), s.body, lang=lang)),
            ],
            width,
        )
    )

    story += _heading(7, labels.experience_to_share)
    story += long_text(_text(body.experience_to_share, labels), s.body, lang=lang)

    story.append(spacer(4))
    story.append(_signatures(form, labels, width, lang))
    story.append(GroupEnd())
    return story


def _masthead(form: CommitmentForm, labels: Labels, width: float) -> Table:
    """The meeting and Network on the left, the QR code with its text on the right."""
    s = styles()
    left = [
        para(labels.initiative.upper(), s.banner),
        para(labels.meeting, s.banner_bold),
        para(labels.meeting_place_date, s.banner),
        spacer(1.5),
        para(labels.secretariat, s.muted),
    ]
    code_text = form.binding
    right = [
        QrCode(code_text, QR_SIZE),
        para(labels.verification, s.mono),
        para(_code_lines(code_text), s.mono),
    ]
    code_width = QR_SIZE + 24 * mm
    table = Table([[left, right]], colWidths=[width - code_width, code_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _code_lines(code_text: str) -> str:
    """The verification text on four lines, cut at field boundaries and mid-revision."""
    head, rev_id, key_id, check = code_text.rsplit(":", 3)
    return f"{head}:\n{rev_id[:32]}\n{rev_id[32:]}:\n{key_id}:{check}"


def _signatures(form: CommitmentForm, labels: Labels, width: float, lang: str | None) -> KeepTogether:
    s = styles()
    body = form.body
    place = form.city or labels.not_given

    def block(heading: str, note: str, name: str, title: str) -> list[Flowable]:
        line = "_" * 38
        return [
            para(heading, s.cell_bold, lang=lang),
            para(note, s.muted),
            spacer(11),
            para(line, s.cell),
            para(labels.signature, s.muted),
            spacer(2),
            para(f"{labels.name}: {name or '_' * 30}", s.cell, lang=lang),
            spacer(1.5),
            para(f"{labels.title}: {title or '_' * 30}", s.cell, lang=lang),
            spacer(1.5),
            para(f"{labels.date}: {'_' * 24}", s.cell),
        ]

    half = (width - 8 * mm) / 2
    table = Table(
        [
            [
                block(
                    labels.signature_city.format(city=place),
                    labels.signature_city_note,
                    body.signatory_name,
                    body.signatory_title,
                ),
                "",
                block(labels.signature_secretariat, labels.verification_note, "", ""),
            ]
        ],
        colWidths=[half, 8 * mm, half],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.6, RULE),
                ("BOX", (2, 0), (2, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    statement = para(labels.commitment_statement.format(city=place), s.body, lang=lang)
    heading = para(f"8.  {labels.signatures}", s.heading)
    return KeepTogether([heading, statement, spacer(3), table])
