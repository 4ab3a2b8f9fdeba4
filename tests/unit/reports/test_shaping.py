"""Complex scripts print the glyphs HarfBuzz chooses, where HarfBuzz puts them.

The decisive test reads the PDF the typesetter writes (its content stream, the fonts'
widths and ToUnicode maps) and rebuilds, glyph by glyph, which glyph is drawn where; it
compares that with ``hb-shape``, Debian's HarfBuzz command-line shaper (a separate build of
HarfBuzz from the one inside ``uharfbuzz``), on the same font file. A tone mark hidden on a
vowel (the bug of an unshaped "ที่"), a vowel drawn after its consonant, a conjunct drawn
as its letters, an Urdu word drawn in logical order or unjoined: each changes the glyph ids
or their positions and fails the test.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream, FloatObject, NumberObject
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from kin_desktop import paths
from kin_desktop.reports import fonts
from kin_desktop.reports.canvas_flow import Flow, TextStyle, Typesetter
from kin_desktop.reports.shaping import LANGUAGE, clusters, is_rtl, shape, visual_order

# One line per script of the Network written with a complex script (city names, and words
# whose marks stack or reorder).
LINES: dict[str, tuple[str, str]] = {
    "thai": (fonts.THAI, "ที่ทำการ กรุงเทพมหานคร น้ำ"),
    "lao": (fonts.LAO, "ທີ່ ນະຄອນຫຼວງວຽງຈັນ"),
    "khmer": (fonts.KHMER, "រាជធានីភ្នំពេញ ក្រុង"),
    "myanmar": (fonts.MYANMAR, "ရန်ကုန်မြို့တော်"),
    "devanagari": (fonts.DEVANAGARI, "नगर निगम दिल्ली क्षेत्र"),
    "bengali": (fonts.BENGALI, "ঢাকা সিটি কর্পোরেশন"),
    "sinhala": (fonts.SINHALA, "කොළඹ මහ නගර සභාව"),
    "urdu": (fonts.ARABIC, "کراچی میٹروپولیٹن کارپوریشن"),
}
SIZE = 20.0


def _hb_shape(font_name: str, text: str) -> list[dict[str, int]]:
    path = paths.fonts_dir() / fonts.FONT_FILES[font_name]
    result = subprocess.run(
        [
            "hb-shape",
            "--output-format=json",
            "--no-glyph-names",
            f"--language={LANGUAGE[font_name]}",
            str(path),
            text,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _print_lines(path: Path, lines: list[str]) -> None:
    fonts.register_fonts()
    canvas = Canvas(str(path), initialFontName=fonts.SANS)
    flow = Flow(Typesetter(canvas), left=40, width=520, top=800, bottom=40)
    style = TextStyle(SIZE, SIZE * 1.6, "0 0 0 rg")
    for text in lines:
        flow.paragraph(text, style)
    for page in flow.pages:
        canvas.addLiteral("\n".join(page.ops))
        canvas.showPage()
    canvas.save()


def _outline(glyf: Any, name: str) -> tuple[Any, ...]:
    """A glyph's outline (composites expanded), to recognise it in another copy of the font."""
    coordinates, ends, _flags = glyf[name].getCoordinates(glyf)
    return tuple(ends), tuple(tuple(int(v) for v in point) for point in coordinates)


@cache
def _original(font_name: str) -> tuple[Any, Any]:
    font = TTFont(str(paths.fonts_dir() / fonts.FONT_FILES[font_name]))
    return font, font["glyf"]


def _expected_outline(font_name: str, gid: int) -> tuple[Any, ...]:
    font, glyf = _original(font_name)
    return _outline(glyf, font.getGlyphName(gid))


def _drawn_glyphs(pdf: Path) -> list[list[tuple[str, tuple[Any, ...], float, float]]]:
    """Per text line of the first page: (font, glyph outline, x, y) of every glyph drawn, read
    from the content stream, the PDF's widths and the embedded font programs (the subset
    fonts reportlab wrote: code -> glyph -> outline)."""
    reader = PdfReader(str(pdf))
    page = reader.pages[0]
    resources = page["/Resources"]["/Font"].get_object()
    faces = {pdfmetrics.getFont(name).face.name.decode(): name for name in fonts.FONT_FILES}
    info: dict[str, tuple[str, list[float], Any, Any]] = {}
    for key, ref in resources.items():
        font = ref.get_object()
        base = str(font["/BaseFont"]).split("+", 1)[1]
        widths = [float(w) for w in font["/Widths"]]
        program = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        subset = TTFont(io.BytesIO(program))
        table = subset["cmap"].getcmap(1, 0) or subset["cmap"].getcmap(3, 0)
        info[key] = (faces[base], widths, table.cmap if table else {}, subset)
    lines: list[list[tuple[str, tuple[Any, ...], float, float]]] = []
    current: list[tuple[str, tuple[Any, ...], float, float]] = []
    font_key, size, rise, x, y, leading = "", 0.0, 0.0, 0.0, 0.0, 0.0
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        op = operator.decode()
        if op == "TL":
            leading = float(operands[0])
        elif op == "Tm":
            x, y = float(operands[4]), float(operands[5])
        elif op == "T*":
            y -= leading
            if current:
                lines.append(current)
                current = []
        elif op == "Tf":
            font_key, size = str(operands[0]), float(operands[1])
        elif op == "Ts":
            rise = float(operands[0])
        elif op in ("TJ", "Tj"):
            items = operands[0] if op == "TJ" else [operands[0]]
            registered, widths, cmap, subset = info[font_key]
            glyf = subset["glyf"]
            for item in items:
                if isinstance(item, (FloatObject, NumberObject)):
                    x -= float(item) / 1000 * size
                    continue
                for code in item.get_original_bytes():
                    name = cmap[code]
                    current.append((registered, _outline(glyf, name), x, y + rise))
                    x += widths[code] / 1000 * size
    if current:
        lines.append(current)
    return lines


needs_hb_shape = pytest.mark.skipif(
    shutil.which("hb-shape") is None, reason="hb-shape (Debian libharfbuzz-bin) compares the glyphs"
)


@needs_hb_shape
@pytest.mark.parametrize("script", list(LINES))
def test_printed_glyphs_are_harfbuzz_glyphs_at_harfbuzz_positions(script: str, tmp_path: Path):
    font_name, text = LINES[script]
    pdf = tmp_path / f"{script}.pdf"
    _print_lines(pdf, [text])
    [drawn] = _drawn_glyphs(pdf)
    expected = _hb_shape(font_name, text)
    scale = SIZE / 1000  # every font here has 1000 units to the em
    assert [outline for _, outline, _, _ in drawn] == [_expected_outline(font_name, g["g"]) for g in expected]
    x0, y0 = drawn[0][2] - expected[0]["dx"] * scale, drawn[0][3] - expected[0]["dy"] * scale
    pen = 0.0
    for (font, _, x, y), glyph in zip(drawn, expected, strict=True):
        assert font == font_name
        assert x == pytest.approx(x0 + (pen + glyph["dx"]) * scale, abs=0.01), (script, glyph)
        assert y == pytest.approx(y0 + glyph["dy"] * scale, abs=0.01), (script, glyph)
        pen += glyph["ax"]


def test_thai_tone_mark_is_raised_above_the_vowel():
    """The bug on the paper: unshaped, mai ek of "ที่" is drawn with its default glyph, which
    sits at the height of sara ii and collides with it. Shaped, it is a raised glyph."""
    fonts.register_fonts()
    shaped = shape(fonts.THAI, "ที่")
    face = pdfmetrics.getFont(fonts.THAI).face
    default_mark = face.charToGlyph[ord("\u0e48")]
    assert len(shaped.gids) == 3
    assert shaped.gids[2] != default_mark  # the mark glyph moved above the vowel


def test_thai_digits_and_percent_print_in_noto_sans():
    # Noto Sans Thai has no Latin digits: "30%" inside Thai text must take the Latin font.
    runs = fonts.script_runs("ลดขยะ 30% ภายในปี 2552")
    registered = fonts.register_fonts()
    for font, part in runs:
        for char in part:
            assert registered.covers(font, char), (font, char)
    assert (fonts.SANS, "30%") in [(f, t.strip()) for f, t in runs]


def test_clusters_never_split_a_syllable():
    assert clusters("ที่น้ำ") == ["ที่", "น้ำ"]
    assert clusters("เมือง") == ["เมื", "อ", "ง"]  # the leading vowel stays with its consonant
    assert clusters("ทำการ") == ["ทำ", "กา", "ร"]  # sara am, sara aa: letters, yet part of the syllable
    assert clusters("क्षेत्र") == ["क्षे", "त्र"]  # virama joins the conjunct
    assert clusters("ភ្នំពេញ") == ["ភ្នំ", "ពេ", "ញ"]  # coeng joins the subscript consonant
    assert "".join(clusters("ရန်ကုန်မြို့")) == "ရန်ကုန်မြို့"


def test_a_thai_line_breaks_between_syllables_never_inside_one():
    fonts.register_fonts()
    ts = Typesetter(None)
    style = TextStyle(10, 13, "0 0 0 rg")
    text = "ที่ทำการโครงการคัดแยกขยะชุมชนกรุงเทพมหานครที่ดำเนินการร่วมกับเมืองคิตะคิวชู" * 3
    lines = ts.lines(text, style, 120)
    assert len(lines) > 3
    joined = "".join(t for line in lines for _, t in line.runs)
    assert joined == text
    for line in lines[1:]:
        first = line.runs[0][1][0]
        assert not first.isspace()
        # no line starts with a combining mark or a vowel written after its consonant
        assert unicodedata.category(first)[0] != "M", line
        assert first not in "\u0e30\u0e32\u0e33\u0e45", line
    for line in lines[:-1]:
        assert line.runs[-1][1][-1] not in "\u0e40\u0e41\u0e42\u0e43\u0e44"  # nor ends on a leading vowel
    assert all(line.width <= 120 + 0.5 for line in lines)


def test_right_to_left_order_of_runs():
    urdu = fonts.ARABIC
    # a right-to-left paragraph with a number and a Latin word: runs drawn right to left,
    # the number and the Latin word keep their own order
    runs = [(urdu, "منصوبہ "), (fonts.SANS, "2009"), (urdu, " تک "), (fonts.SANS, "Karachi")]
    assert is_rtl(runs)
    drawn = visual_order(runs, True)
    assert [t.strip() for _, t in drawn if t.strip()] == ["Karachi", "تک", "2009", "منصوبہ"]
    # a Latin name in brackets and a number inside Urdu: brackets mirrored, as a browser shows it
    runs = [(urdu, "منصوبہ "), (fonts.SANS, "(Karachi) 2009")]
    assert "".join(t for _, t in visual_order(runs, True)) == "2009 (Karachi) منصوبہ"
    # numbers keep their separators and signs
    runs = [(urdu, "لاگت "), (fonts.SANS, "1,250,000 USD، 30%")]
    assert "1,250,000" in "".join(t for _, t in visual_order(runs, True))
    assert "30%" in "".join(t for _, t in visual_order(runs, True))
    # Urdu digits inside Urdu text: the number is its own piece, drawn left to right
    drawn = visual_order([(urdu, "سال ۲۰۰۹ تک")], True)
    assert [t for _, t in drawn if t.strip()] == ["تک", "۲۰۰۹", "سال"]
    assert shape(urdu, "۲۰۰۹").gids == tuple(shape(urdu, d).gids[0] for d in "۲۰۰۹")
    # an Urdu name inside English text: only the name is right to left, spaces stay between
    runs = [(fonts.SANS, "City: "), (urdu, "کراچی "), (fonts.SANS, "(Karachi)")]
    assert not is_rtl(runs)
    assert "".join(t for _, t in visual_order(runs, False)) == "City: کراچی (Karachi)"


def test_right_to_left_paragraph_is_right_aligned(tmp_path: Path):
    pdf = tmp_path / "rtl.pdf"
    _print_lines(pdf, ["کراچی میٹروپولیٹن کارپوریشن", "Karachi Metropolitan Corporation"])
    urdu, latin = _drawn_glyphs(pdf)
    assert min(x for _, _, x, _ in latin) == pytest.approx(40, abs=0.5)  # left-aligned
    right = max(x for _, _, x, _ in urdu)
    assert right > 40 + 520 - 30  # its last glyph ends at the right edge of the frame
    assert min(x for _, _, x, _ in urdu) > 300
