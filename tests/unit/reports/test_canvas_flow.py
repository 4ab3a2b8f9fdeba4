"""The canvas flow engine of the commitment form: line breaking per script, page flow,
tables split between rows, and the form drawn with it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kin_desktop.core.schemas import CommitmentBody
from kin_desktop.reports.binding import format_binding
from kin_desktop.reports.canvas_flow import Cell, Flow, Line, Rules, TextStyle, Typesetter, fill, pen
from kin_desktop.reports.commitment import CommitmentForm, write_commitment_forms
from kin_desktop.reports.fonts import JAPANESE, SANS, THAI, register_fonts
from kin_desktop.reports.layout import INK, RULE
from kin_desktop.services.printing import english_labels

STYLE = TextStyle(size=10, leading=13, color=fill(INK), after=3)


@pytest.fixture
def typesetter(tmp_path: Path) -> Typesetter:
    register_fonts()
    return Typesetter(Canvas(str(tmp_path / "t.pdf")))


def _text(line: Line) -> str:
    return "".join(text for _, text in line.runs)


def _fits(line: Line, width: float) -> bool:
    return line.width <= width * 1.01  # spaces may shrink a little, as in a paragraph


def test_a_short_text_is_one_line_measured_like_reportlab(typesetter: Typesetter):
    [line] = typesetter.lines("Kitakyushu Initiative", STYLE, 300)
    assert _text(line) == "Kitakyushu Initiative"
    assert line.width == pytest.approx(stringWidth("Kitakyushu Initiative", SANS, 10))
    assert typesetter.lines("", STYLE, 300) == []


def test_latin_text_breaks_at_spaces(typesetter: Typesetter):
    text = " ".join(f"word{n}" for n in range(60))
    lines = typesetter.lines(text, STYLE, 150)
    assert len(lines) > 3
    assert all(_fits(line, 150) for line in lines)
    assert " ".join(_text(line) for line in lines) == text  # no word cut, no space lost at a break
    assert not any(_text(line).startswith(" ") or _text(line).endswith(" ") for line in lines)


def test_white_space_prints_as_in_a_paragraph(typesetter: Typesetter):
    [line] = typesetter.lines("  1.   City  and\tdelegation ", STYLE, 300)
    assert _text(line) == "1. City and delegation"


def test_newlines_break_lines(typesetter: Typesetter):
    lines = typesetter.lines("first line\nsecond line", STYLE, 300)
    assert [_text(line) for line in lines] == ["first line", "second line"]


def test_a_word_wider_than_the_line_is_cut_between_letters(typesetter: Typesetter):
    word = "Supercalifragilisticexpialidocious" * 3
    lines = typesetter.lines(f"Before {word} after", STYLE, 120)
    assert all(_fits(line, 120) for line in lines)
    assert "".join(_text(line) for line in lines).replace(" ", "") == f"Before{word}after"


def test_japanese_breaks_between_characters_not_before_closing_punctuation(typesetter: Typesetter):
    text = (
        "北九州市との資源循環型都市づくりを進め、家庭ごみの分別収集と堆肥化を通じて、埋立処分量を半減させる。"
        * 3
    )
    lines = typesetter.lines(text, STYLE, 160, lang="ja")
    assert len(lines) > 3
    assert all(_fits(line, 160) for line in lines)
    assert "".join(_text(line) for line in lines) == text
    assert not any(_text(line)[0] in "、。" for line in lines)
    assert {font for line in lines for font, _ in line.runs} == {JAPANESE}


def test_a_japanese_city_name_inside_english_keeps_its_font(typesetter: Typesetter):
    lines = typesetter.lines(
        "The delegation of 北九州市 signs the commitment form " * 3, STYLE, 200, lang="ja"
    )
    runs = [run for line in lines for run in line.runs]
    assert (JAPANESE, "北九州市") in runs
    assert all(font in (SANS, JAPANESE) for font, _ in runs)


def test_thai_breaks_at_a_space_when_the_line_has_one(typesetter: Typesetter):
    phrase = "โครงการคัดแยกขยะชุมชน"
    lines = typesetter.lines(" ".join([phrase] * 12), STYLE, 200)
    assert len(lines) > 1
    for line in lines:
        assert _text(line).strip().split(" ")[0] == phrase  # every line starts a phrase
        assert all(font == THAI for font, _ in line.runs)


def test_thai_without_spaces_breaks_between_characters_not_before_a_mark(typesetter: Typesetter):
    text = "กรุงเทพมหานครน้ำท่วมขัง" * 8
    lines = typesetter.lines(text, STYLE, 120)
    assert len(lines) > 1 and all(_fits(line, 120) for line in lines)
    assert "".join(_text(line) for line in lines) == text
    assert not any(
        _text(line)[0] in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c"
        for line in lines
    )


def test_text_operators_escape_what_pdf_strings_cannot_hold(typesetter: Typesetter):
    [line] = typesetter.lines("a (b) \\ c", STYLE, 300)
    shown = typesetter.show(line.runs, 10)
    assert shown.endswith("Tj") and "\\(" in shown and "\\)" in shown and "\\\\" in shown


# --------------------------------------------------------------------------- the flow


def _flow(typesetter: Typesetter) -> Flow:
    return Flow(typesetter, left=50, width=300, top=400, bottom=100)  # 300 pt of room a page


def test_paragraphs_split_between_lines_across_pages(typesetter: Typesetter):
    flow = _flow(typesetter)
    flow.paragraph(" ".join(["word"] * 2000), STYLE)
    assert len(flow.pages) > 2
    per_page = [sum(op.count(" T*") for op in page.ops) for page in flow.pages]
    assert per_page[0] == 300 // 13  # as many lines as fit
    assert flow.y >= flow.bottom


def test_a_paragraph_does_not_leave_its_first_line_alone_at_the_foot(typesetter: Typesetter):
    flow = _flow(typesetter)
    flow.placed(300 - 20)  # 20 pt left: one line would fit
    flow.paragraph(" ".join(["word"] * 200), STYLE)
    assert flow.pages[0].ops == []


def test_keep_starts_a_new_page_when_a_block_would_not_fit(typesetter: Typesetter):
    flow = _flow(typesetter)
    flow.keep(100)
    assert len(flow.pages) == 1  # nothing on the page yet
    flow.placed(250)
    flow.keep(49)
    assert len(flow.pages) == 1
    flow.keep(51)
    assert len(flow.pages) == 2 and flow.y == flow.top


def test_tables_split_between_rows_and_repeat_their_heading(typesetter: Typesetter):
    flow = _flow(typesetter)
    rules = Rules(pad_top=2, pad_bottom=2, pad_x=3, line=pen(RULE, 0.3), head_line=pen(RULE, 0.8))
    head = [Cell(typesetter.lines("Heading", STYLE, 100), STYLE)]
    rows = [[Cell(typesetter.lines(f"Row {n} " + "text " * 30, STYLE, 100), STYLE)] for n in range(20)]
    flow.table(rows, [300], rules, head=head)
    assert len(flow.pages) > 2
    for page in flow.pages:
        texts = " ".join(page.ops)
        assert texts.count("(Heading)") == 1  # the heading row on every page
    # every row whole on one page
    shown = [" ".join(page.ops) for page in flow.pages]
    for n in range(20):
        assert sum(f"(Row {n} " in text for text in shown) == 1


def test_a_row_taller_than_a_page_is_split_rather_than_lost(typesetter: Typesetter):
    flow = _flow(typesetter)
    rules = Rules(pad_top=2, pad_bottom=2, pad_x=3, line=pen(RULE, 0.3))
    rows = [[Cell(typesetter.lines(" ".join(["long"] * 600), STYLE, 100), STYLE)]]
    flow.table(rows, [300], rules)
    lines = sum(" ".join(page.ops).count(" T*") for page in flow.pages)
    assert len(flow.pages) > 1 and lines == len(rows[0][0].lines)


# --------------------------------------------------------------------------- the form


def _form(**body: object) -> CommitmentForm:
    values: dict[str, object] = {"title": "Compost (pilot) \\ phase 1", "signatory_name": "Nguyễn Thị Lan"}
    values.update(body)
    record_id, rev_id, key_id = "6f1c1b4e-0d1f-4c55-9a53-4b494e344430", "ab" * 32, "cd" * 16
    return CommitmentForm(
        record_id=record_id,
        rev_id=rev_id,
        author_key_id=key_id,
        revised_on="2007-06-20",
        body=CommitmentBody.model_validate(values),
        city="北九州市",
        country="JP",
        delegation="山田 健一",
        organisation="Environment Bureau",
        binding=format_binding(record_id, rev_id, key_id),
        lang="ja",
    )


def test_pages_are_reported_and_numbered_per_form(tmp_path: Path):
    out = tmp_path / "forms.pdf"
    seen: list[int] = []
    long = _form(objectives="\n\n".join(["A long paragraph " * 60] * 12))
    pages = write_commitment_forms([long, _form()], out, labels=english_labels(), on_page=seen.append)
    reader = PdfReader(str(out))
    assert pages == len(reader.pages) == len(seen) and seen == list(range(1, pages + 1))
    texts = ["".join((page.extract_text() or "").split()) for page in reader.pages]
    first = pages - 2  # the short form has two pages
    assert all(f"of{first}" in text for text in texts[:first])
    assert "Page1of2" in texts[first] and "Page2of2" in texts[-1]
    assert "Compost(pilot)\\phase1" in texts[0]  # escaped, read back as typed
    assert "北九州市" in texts[0]


def test_raising_from_on_page_cancels_without_a_file(tmp_path: Path):
    out = tmp_path / "forms.pdf"

    def cancel(page: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_commitment_forms([_form()], out, labels=english_labels(), on_page=cancel)
    assert list(tmp_path.iterdir()) == []


def test_letter_paper_and_no_forms(tmp_path: Path):
    out = tmp_path / "letter.pdf"
    write_commitment_forms([_form()], out, labels=english_labels(), page_size_name="letter")
    assert [round(float(v)) for v in PdfReader(str(out)).pages[0].mediabox] == [0, 0, 612, 792]
    empty = tmp_path / "empty.pdf"
    labels = dataclasses.replace(english_labels(), not_given="(nothing to print)")
    assert write_commitment_forms([], empty, labels=labels) == 1
    assert "(nothing to print)" in (PdfReader(str(empty)).pages[0].extract_text() or "")
