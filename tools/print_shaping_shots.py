"""Pictures of printed complex-script lines next to HarfBuzz's own rendering (docs/screenshots).

    python tools/print_shaping_shots.py [--out docs/screenshots]

For each test line (Thai, Khmer, Devanagari, Urdu) this prints the line with the
commitment form's typesetter into a PDF, renders it at 200 dpi (``pdftoppm``), renders the
same text with ``hb-view`` (Debian's ``libharfbuzz-bin``: HarfBuzz shaping, cairo drawing) at
the same size, and writes ``print-shaping-<script>.png``: the printed line, hb-view's line,
and the two laid over each other (printed in red, hb-view in blue: where they agree the
ink is dark; any glyph drawn elsewhere shows in red or blue). It prints the share of ink
pixels where the two disagree, measured on the same line rendered at 96 pt. The glyph-by-glyph comparison (glyph ids and
positions, read from the PDF) is the test ``tests/unit/reports/test_shaping.py``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageOps

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from kin_desktop import paths  # noqa: E402
from kin_desktop.reports import fonts  # noqa: E402
from kin_desktop.reports.canvas_flow import Flow, TextStyle, Typesetter  # noqa: E402
from kin_desktop.reports.shaping import LANGUAGE  # noqa: E402

LINES = {
    "thai": (fonts.THAI, "ที่ทำการ กรุงเทพมหานคร น้ำ"),
    "khmer": (fonts.KHMER, "រាជធានីភ្នំពេញ ក្រុង"),
    "devanagari": (fonts.DEVANAGARI, "नगर निगम दिल्ली क्षेत्र"),
    "urdu": (fonts.ARABIC, "کراچی میٹروپولیٹن کارپوریشن"),
}
SIZE = 24.0  # points: the pictures
MEASURE_SIZE = 96.0  # points: the comparison (at 24 pt, anti-aliasing at different sub-pixel
# offsets moves a glyph's edge by a pixel, which is a large share of a 3-pixel stroke)
DPI = 200


def _ink(image: Image.Image) -> Image.Image:
    """The image cropped to its ink (grey, ink dark), with a small margin."""
    grey = ImageOps.grayscale(image)
    box = ImageOps.invert(grey).getbbox()
    assert box is not None, "nothing drawn"
    left, top, right, bottom = box
    return grey.crop((left - 4, top - 4, right + 4, bottom + 4))


def _printed(_font: str, text: str, folder: Path, size: float) -> Image.Image:
    fonts.register_fonts()
    pdf = folder / "line.pdf"
    height = size * 5
    canvas = Canvas(str(pdf), pagesize=(size * 40, height), initialFontName=fonts.SANS)
    # left margin and baseline on whole pixels at 200 dpi (18 pt = 50 px), as hb-view draws
    flow = Flow(Typesetter(canvas), left=18, width=size * 38, top=height - 2 * size, bottom=10)
    flow.paragraph(text, TextStyle(size, size * 1.5, "0 0 0 rg"))
    for page in flow.pages:
        canvas.addLiteral("\n".join(page.ops))
        canvas.showPage()
    canvas.save()
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(pdf), str(folder / "line")], check=True
    )
    return _ink(Image.open(folder / "line.png"))


def _hb_view(font: str, text: str, folder: Path, size: float) -> Image.Image:
    out = folder / "hb.png"
    subprocess.run(
        [
            "hb-view",
            f"--font-size={size * DPI / 72:.3f}",
            f"--language={LANGUAGE[font]}",
            "--margin=16",
            "--output-format=png",
            f"--output-file={out}",
            str(paths.fonts_dir() / fonts.FONT_FILES[font]),
            text,
        ],
        check=True,
    )
    return _ink(Image.open(out).convert("RGB"))


def _overlay(printed: Image.Image, reference: Image.Image) -> tuple[Image.Image, float]:
    """The two lines laid over each other at the offset (within two pixels: rounding of the
    crops) where they agree best; and the share of ink pixels where they disagree there."""
    width = max(printed.width, reference.width) + 4
    height = max(printed.height, reference.height) + 4

    def placed(image: Image.Image, dx: int, dy: int) -> Image.Image:
        canvas = Image.new("L", (width, height), 255)
        canvas.paste(image, (2 + dx, 2 + dy))
        return canvas

    def ink(image: Image.Image) -> Image.Image:
        return image.point(lambda v: 255 if v < 128 else 0).convert("1")

    a = placed(printed, 0, 0)
    best: tuple[float, Image.Image] | None = None
    for dx in range(-2, 3):
        for dy in range(-2, 3):
            b = placed(reference, dx, dy)
            disagree = ImageChops.logical_xor(ink(a), ink(b)).histogram()[-1]
            either = ImageChops.logical_or(ink(a), ink(b)).histogram()[-1]
            share = disagree / max(1, either)
            if best is None or share < best[0]:
                best = (share, b)
    assert best is not None
    share, b = best
    return Image.merge("RGB", (b, ImageChops.darker(a, b), a)), share


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for script, (font, text) in LINES.items():
            _, share = _overlay(
                _printed(font, text, folder, MEASURE_SIZE), _hb_view(font, text, folder, MEASURE_SIZE)
            )
            printed = _printed(font, text, folder, SIZE)
            reference = _hb_view(font, text, folder, SIZE)
            overlay, _ = _overlay(printed, reference)
            width = max(printed.width, reference.width, overlay.width) + 150
            sheet = Image.new(
                "RGB", (width, printed.height + reference.height + overlay.height + 40), "white"
            )
            draw = ImageDraw.Draw(sheet)
            y = 5
            for caption, image in (("printed (PDF)", printed), ("hb-view", reference), ("overlay", overlay)):
                draw.text((5, y + image.height // 2 - 6), caption, fill="black")
                sheet.paste(image.convert("RGB"), (145, y))
                y += image.height + 15
            target = args.out / f"print-shaping-{script}.png"
            sheet.save(target, optimize=True)
            print(f"{script}: {target}; at {MEASURE_SIZE:g} pt, ink pixels that differ: {share:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
