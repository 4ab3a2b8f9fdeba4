"""Importing a large XLSForm: time against openpyxl alone reading the same workbook.

The workbook is generated: 300 questions (text, integers, decimals with units, dates,
select_one and select_multiple over 100 lists, a likert rating, a yes/no), in groups and one
repeat group, with skip logic and constraints, labels and hints in English and Japanese,
and 5,000 choices (100 lists of 50), each labelled in both languages (``--quick``: 60
questions, 1,000 choices).

``import_s`` is the median time of ``services.xlsform.import_file`` (reading the file,
mapping every row and checking the definition the engine loads); ``read_s`` is the median
time of openpyxl alone opening the same file read-only and walking every cell's value, the
way any XLSForm tool must at least read it. The two are timed in turns. The target:
``xlsform_read_ratio`` = import_s / read_s at most 2.

    python bench/xlsform_import.py [--quick] [--runs N]

Prints one JSON object on its last line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]

from kin_desktop.services.xlsform import import_file

LISTS = 100


def build(path: Path, *, questions: int, choices: int) -> None:
    per_list = choices // LISTS
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(
        ["type", "name", "label::English (en)", "label::Japanese (ja)", "hint::English (en)",
         "hint::Japanese (ja)", "required", "relevant", "constraint", "constraint_message::English (en)",
         "appearance", "unit::English (en)"]
    )  # fmt: skip
    kinds = ["text", "integer", "decimal", "date", "select_one", "select_multiple"]
    made = 0
    group = 0
    previous_integer: str | None = None
    while made < questions:
        group += 1
        survey.append(
            ["begin group", f"part_{group}", f"Part {group}", f"第{group}部", "", "", "", "", "", "", "", ""]
        )
        if group == 2:
            survey.append(["begin repeat", "visits", "Visits", "訪問", "", "", "", "", "", "", "", ""])
        for _ in range(20):
            if made >= questions:
                break
            kind = kinds[made % len(kinds)]
            name = f"q{made:04d}"
            row: dict[str, Any] = {
                "type": kind,
                "name": name,
                "label::English (en)": f"Question {made}: how does the city manage this?",
                "label::Japanese (ja)": f"質問{made}：市はどのように管理していますか",
                "hint::English (en)": "Give the latest figure" if made % 3 == 0 else "",
                "hint::Japanese (ja)": "最新の数値" if made % 3 == 0 else "",
                "required": "yes" if made % 4 == 0 else "",
            }
            if kind in ("select_one", "select_multiple"):
                row["type"] = f"{kind} list_{made % LISTS}"
            if kind == "integer":
                row["constraint"] = ". >= 0 and . <= 100000"
                if previous_integer:
                    row["relevant"] = f"${{{previous_integer}}} > 10 or ${{{previous_integer}}} = ''"
                previous_integer = name if group != 2 else previous_integer
            if kind == "decimal":
                row["unit::English (en)"] = "tonnes"
                row["constraint"] = ". >= 0"
                row["constraint_message::English (en)"] = "Not negative"
            if kind == "text" and made % 12 == 0:
                row["appearance"] = "multiline"
            survey.append([row.get(h.value, "") for h in survey[1]])
            made += 1
        if group == 2:
            survey.append(["end repeat", "", "", "", "", "", "", "", "", "", "", ""])
        survey.append(["end group", "", "", "", "", "", "", "", "", "", "", ""])
    sheet = book.create_sheet("choices")
    sheet.append(["list_name", "name", "label::English (en)", "label::Japanese (ja)"])
    for number in range(LISTS):
        for choice in range(per_list):
            sheet.append(
                [f"list_{number}", f"c{choice}", f"Choice {choice} of list {number}", f"選択肢{choice}"]
            )
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id", "version"])
    settings.append(["Generated benchmark form", "bench-form", "1"])
    book.save(path)


def read_floor(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
    book.close()
    return cells


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="60 questions and 1,000 choices")
    parser.add_argument("--runs", type=int, default=0, help="timed pairs (default 7, quick 3)")
    args = parser.parse_args()
    questions, choices = (60, 1000) if args.quick else (300, 5000)
    runs = args.runs or (3 if args.quick else 7)
    with tempfile.TemporaryDirectory(prefix="kin-bench-") as scratch:
        path = Path(scratch) / "form.xlsx"
        build(path, questions=questions, choices=choices)
        result = import_file(path)  # warm up, and check it imports
        assert result.ok, [str(p) for p in result.problems if p.severity == "error"][:5]
        assert result.questions == questions, result.questions
        read_floor(path)
        imports: list[float] = []
        reads: list[float] = []
        for _ in range(runs):
            start = time.perf_counter()
            read_floor(path)
            reads.append(time.perf_counter() - start)
            start = time.perf_counter()
            import_file(path)
            imports.append(time.perf_counter() - start)
        size = path.stat().st_size
    import_s = statistics.median(imports)
    read_s = statistics.median(reads)
    figures = {
        "questions": questions,
        "choices": choices,
        "workbook_bytes": size,
        "runs": runs,
        "import_s": round(import_s, 4),
        "read_s": round(read_s, 4),
        "import_min_s": round(min(imports), 4),
        "read_min_s": round(min(reads), 4),
        "xlsform_read_ratio": round(import_s / read_s, 3),
    }
    print(f"import {import_s:.3f} s, openpyxl alone {read_s:.3f} s (median of {runs})")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
