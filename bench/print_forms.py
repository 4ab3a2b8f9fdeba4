"""Benchmark: many commitment forms in one PDF, against a floor measured in the same run.

    python bench/print_forms.py [--quick] [--forms N] [--keep DIR]

A throwaway demo profile gets N commitments (500; 50 with ``--quick``), then
``print_commitments`` writes them all into one PDF (timed: ``print_s``). The floor
(``floor_s``) is reportlab drawing the same texts onto the same number of pages with a
bare canvas and the same embedded fonts (same reportlab settings): the text of each page of the real PDF is read
back, cut into font runs beforehand, and drawn line by line, one ``drawString`` per run,
then saved (font subsetting and compression included, as in the real run). No layout, no
tables, no QR codes: the least any PDF with this content can cost. Both are timed as
the best of ``--repeat`` runs (machines shared with other work are noisy).

The last line printed is one JSON object; keys ending in ``_ratio`` are ratios (target:
``print_floor_ratio`` at most 2).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kin_desktop.reports.fonts import register_fonts, script_runs  # noqa: E402
from kin_desktop.services import demo, printing, profiles  # noqa: E402


def _page_texts(pdf: Path) -> list[list[str]]:
    from pypdf import PdfReader

    return [(page.extract_text() or "").splitlines() for page in PdfReader(str(pdf)).pages]


def _floor(pages: list[list[str]], out: Path, lang: str | None) -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    prepared = [[script_runs(line, lang=lang) for line in lines] for lines in pages]  # not timed
    started = time.perf_counter()
    canvas = Canvas(str(out), pagesize=A4)
    for lines in prepared:
        y = A4[1] - 50
        for runs in lines:
            x = 50.0
            for font, text in runs:
                canvas.setFont(font, 9)
                canvas.drawString(x, y, text)
                x += canvas.stringWidth(text, font, 9)
            y -= 11
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="50 forms instead of 500")
    parser.add_argument("--forms", type=int, default=None)
    parser.add_argument("--seed", type=int, default=2, help="demo seed (2: Kitakyushu, Japanese names)")
    parser.add_argument("--repeat", type=int, default=None, help="best of N runs of each (default 3, 2 full)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the PDFs in this folder")
    args = parser.parse_args()
    forms = args.forms or (50 if args.quick else 500)
    repeat = args.repeat or (3 if args.quick else 2)

    with tempfile.TemporaryDirectory(prefix="kin-bench-") as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        data_dir = Path(temp) / "profile"
        info = demo.create_demo_profile(data_dir, seed=args.seed)
        with profiles.open_workspace(data_dir) as workspace:
            started = time.perf_counter()
            demo.fill_demo(workspace, seed=args.seed, practices=0, commitments=forms)
            setup_s = time.perf_counter() - started
            register_fonts()  # once per process, shared by both measurements
            labels = printing.english_labels()
            out = folder / "forms.pdf"
            print_s = float("inf")
            for _ in range(repeat):
                started = time.perf_counter()
                pages = printing.print_commitments(workspace, None, out, labels=labels)
                print_s = min(print_s, time.perf_counter() - started)
        texts = _page_texts(out)
        lang = printing.text_language("en", info.country)
        floor_s = min(_floor(texts, folder / "floor.pdf", lang) for _ in range(repeat))
        printed = len(texts)
        result = {
            "forms": forms,
            "repeat": repeat,
            "city": info.city,
            "pages": pages,
            "pages_read_back": printed,
            "setup_s": round(setup_s, 3),
            "print_s": round(print_s, 3),
            "ms_per_form": round(1000 * print_s / forms, 2),
            "floor_s": round(floor_s, 3),
            "print_floor_ratio": round(print_s / floor_s, 3),
            "pdf_bytes": out.stat().st_size,
        }
        print(f"{forms} forms, {pages} pages: {print_s:.2f} s (floor {floor_s:.2f} s)")
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
