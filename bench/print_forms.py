"""Benchmark: many commitment forms in one PDF, against a floor measured in the same run.

    python bench/print_forms.py [--quick] [--forms N] [--keep DIR] [--script latin|thai|both]

Two variants, each in its own throwaway profile (``--script both``, the default, runs both):
**latin**, the demo profile of Kitakyushu (seed 2: English texts, Japanese names), and
**thai**, the demo profile of Bangkok whose commitments are written in Thai (titles,
objectives, descriptions, targets, partners, milestones), so every form shapes Thai text
with HarfBuzz. For each, a throwaway demo profile gets N commitments (500; 50 with
``--quick``), then
``print_commitments`` writes them all into one PDF (timed: ``print_s``). The floor
(``floor_s``) is reportlab drawing the same texts onto the same number of pages with a
bare canvas and the same embedded fonts (same reportlab settings): the text of each page of the real PDF is read
back, cut into font runs beforehand, and drawn line by line, one ``drawString`` per run,
then saved (font subsetting and compression included, as in the real run). No layout, no
tables, no QR codes: the least any PDF with this content can cost. Both are timed as
the best of ``--repeat`` runs (machines shared with other work are noisy).

The last line printed is one JSON object; keys ending in ``_ratio`` are ratios (target:
``print_floor_ratio`` and ``thai_print_floor_ratio`` at most 2). The latin variant's keys are
the ones this benchmark has always printed; the thai variant's start with ``thai_``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kin_desktop.core.schemas import RecordType  # noqa: E402
from kin_desktop.reports.fonts import register_fonts, script_runs  # noqa: E402
from kin_desktop.services import demo, printing, profiles  # noqa: E402
from kin_desktop.storage import repository  # noqa: E402


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


# Thai texts for the thai variant's commitments (a Bangkok delegate writing in Thai).
_THAI_TITLES = (
    "ระบบบำบัดน้ำเสียชุมชนแบบกระจายศูนย์",
    "การคัดแยกขยะที่ต้นทางในเขตบางรัก",
    "สวนสาธารณะขนาดเล็กและลานโรงเรียนสีเขียว",
    "การทำปุ๋ยหมักชุมชนในทุกเขต",
)
_THAI_TEXT = (
    "ลดปริมาณขยะที่ส่งไปหลุมฝังกลบลงร้อยละ 30% ภายในปี 2553 และสร้างงานสีเขียวให้แก่ชุมชน "
    "โดยร่วมมือกับสำนักงานเขตและมหาวิทยาลัยในพื้นที่ ที่ผ่านมาเมืองได้ทดลองคัดแยกขยะใน 12 ชุมชน "
    "และพบว่าประชาชนให้ความร่วมมือเป็นอย่างดี"
)


def _thai_commitment(body: dict[str, Any], number: int) -> dict[str, Any]:
    """A demo commitment rewritten in Thai (its structure kept)."""
    thai = dict(body)
    thai["language"] = "th"
    thai["title"] = f"{_THAI_TITLES[number % len(_THAI_TITLES)]} ระยะที่ {number + 1}"
    thai["objectives"] = _THAI_TEXT
    thai["description"] = _THAI_TEXT + "\n\n" + _THAI_TEXT
    thai["experience_to_share"] = "เมืองยินดีแลกเปลี่ยนประสบการณ์กับเมืองอื่นในเครือข่าย ที่ประสบปัญหาคล้ายกัน"
    thai["partners"] = ["สำนักสิ่งแวดล้อม กรุงเทพมหานคร", "มหาวิทยาลัยเกษตรศาสตร์", "UNEP"]
    thai["targets"] = [
        dict(target, description="ลดขยะที่ส่งไปฝังกลบ", indicator="ตันต่อวัน") for target in body.get("targets", [])
    ]
    thai["milestones"] = [
        dict(milestone, description="เริ่มโครงการนำร่องในสองเขต") for milestone in body.get("milestones", [])
    ]
    thai["signatory_name"] = "ประนอม ศรีสุข"
    thai["signatory_title"] = "ผู้ว่าราชการกรุงเทพมหานคร"
    return thai


def _variant(script: str, forms: int, repeat: int, seed: int, folder: Path, temp: Path) -> dict[str, Any]:
    data_dir = temp / f"profile-{script}"
    info = demo.create_demo_profile(data_dir, seed=seed)
    with profiles.open_workspace(data_dir) as workspace:
        started = time.perf_counter()
        demo.fill_demo(workspace, seed=seed, practices=0, commitments=forms)
        if script == "thai":
            with workspace.session() as session:
                records = repository.list_current(RecordType.COMMITMENT, session=session)
            for number, record in enumerate(records):
                assert record.body is not None
                workspace.save(
                    RecordType.COMMITMENT,
                    _thai_commitment(dict(record.body), number),
                    record_id=record.record_id,
                )
        setup_s = time.perf_counter() - started
        register_fonts()  # once per process, shared by both measurements
        labels = printing.english_labels()
        out = folder / ("forms.pdf" if script == "latin" else f"forms-{script}.pdf")
        print_s = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            pages = printing.print_commitments(workspace, None, out, labels=labels)
            print_s = min(print_s, time.perf_counter() - started)
    texts = _page_texts(out)
    lang = printing.text_language("th" if script == "thai" else "en", info.country)
    floor_s = min(_floor(texts, folder / f"floor-{script}.pdf", lang) for _ in range(repeat))
    printed = len(texts)
    print(f"{script}: {forms} forms, {pages} pages: {print_s:.2f} s (floor {floor_s:.2f} s)")
    return {
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="50 forms instead of 500")
    parser.add_argument("--forms", type=int, default=None)
    parser.add_argument("--seed", type=int, default=2, help="demo seed (2: Kitakyushu, Japanese names)")
    parser.add_argument("--thai-seed", type=int, default=4, help="demo seed of the thai variant (4: Bangkok)")
    parser.add_argument("--script", choices=("latin", "thai", "both"), default="both")
    parser.add_argument("--repeat", type=int, default=None, help="best of N runs of each (default 3, 2 full)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the PDFs in this folder")
    args = parser.parse_args()
    forms = args.forms or (50 if args.quick else 500)
    repeat = args.repeat or (3 if args.quick else 2)

    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kin-bench-") as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        if args.script in ("latin", "both"):
            result.update(_variant("latin", forms, repeat, args.seed, folder, Path(temp)))
        if args.script in ("thai", "both"):
            thai = _variant("thai", forms, repeat, args.thai_seed, folder, Path(temp))
            result.update({f"thai_{key}": value for key, value in thai.items()})
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
