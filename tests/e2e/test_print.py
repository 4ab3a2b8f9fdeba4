"""Printing end to end: a demo profile, commitments in several scripts, PDFs read back.

Text is read back with pypdf; every script printed here (Vietnamese, Japanese, Chinese,
Korean, Thai) extracts as typed, because reportlab writes a ToUnicode map for each
subset of an embedded TrueType font. The QR code is decoded with ``zbarimg`` on a
150 dpi rendering (``pdftoppm``), as a scanner at the secretariat would.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kin_desktop import paths
from kin_desktop.core.errors import UsageError
from kin_desktop.core.languages import content_tag
from kin_desktop.core.schemas import RecordType
from kin_desktop.reports.binding import format_binding
from kin_desktop.services import demo, printing, profiles

pytestmark = pytest.mark.slow

VIETNAMESE = "Nâng cấp hệ thống thoát nước ở quận Lê Chân"
JAPANESE = "北九州市との資源循環型都市づくり"
CHINESE = "威海市生活垃圾分类试点项目"
KOREAN = "부산광역시 자원순환 협력"
THAI = "โครงการคัดแยกขยะชุมชนกรุงเทพมหานคร"


def _commitment(title: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": title,
        "project_type": "expanded",
        "sectors": ["solid_waste", "wastewater_sanitation"],
        "objectives": "Reduce the waste sent to landfill & share <what works> with other cities.",
        "targets": [
            {
                "description": "Raise the recycling rate",
                "indicator": "Recycling rate",
                "baseline": "11",
                "target": "32",
                "unit": "%",
                "due_year": 2009,
            }
        ],
        "partners": ["UNESCAP", "City of Kitakyushu"],
        "start_date": "2007-09-01",
        "end_date": "2010-06-30",
        "milestones": [{"date": "2008-03-31", "description": "Pilot in two wards"}],
        "budget_amount": "1250000",
        "budget_currency": "USD",
        "funding_source": "City budget",
        "experience_to_share": "Study visits for cities of the Network.",
        "signatory_name": "Trần Văn Đức",
        "signatory_title": "Chairman of the People's Committee",
    }
    body.update(extra)
    return body


@pytest.fixture(scope="module")
def profile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("print") / "d"
    demo.create_demo_profile(directory)
    return directory


@pytest.fixture
def workspace(profile_dir: Path) -> Iterator[profiles.Workspace]:
    with profiles.open_workspace(profile_dir) as opened:
        yield opened


@pytest.fixture(scope="module")
def scripts(profile_dir: Path) -> dict[str, str]:
    """Record ids of commitments written in each script."""
    ids: dict[str, str] = {}
    with profiles.open_workspace(profile_dir) as workspace:
        bodies = {
            "vi": _commitment(VIETNAMESE, partners=["Sở Tài nguyên và Môi trường Hải Phòng"], language="vi"),
            "ja": _commitment(
                JAPANESE, partners=["北九州市環境局"], signatory_name="山田 健一", language="ja"
            ),
            "zh": _commitment(
                CHINESE, partners=["威海市环境保护局"], signatory_name="王丽华", language="zh-Hans"
            ),
            "ko": _commitment(KOREAN, partners=["부산광역시 환경국"], language="ko"),
            "th": _commitment(THAI, partners=["กรุงเทพมหานคร"], signatory_name="ประนอม ศรีสุข", language="th"),
        }
        for key, body in bodies.items():
            ids[key] = workspace.save(RecordType.COMMITMENT, body).record_id
    return ids


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)


def _flat(text: str) -> str:
    return "".join(text.split())  # lines may break inside a CJK or Thai string


def _fonts(pdf: Path) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for page in PdfReader(str(pdf)).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for name, ref in fonts.get_object().items():
            found.append((name, ref.get_object()))
    return found


def _embedded(font: Any) -> bool:
    descriptor = font.get("/FontDescriptor")
    if descriptor is not None:
        descriptor = descriptor.get_object()
        return any(key in descriptor for key in ("/FontFile2", "/FontFile", "/FontFile3"))
    return all(_embedded(child.get_object()) for child in font.get("/DescendantFonts", []))


# --------------------------------------------------------------------------- commitment forms


def test_commitment_forms_print_every_script(
    workspace: profiles.Workspace, scripts: dict[str, str], tmp_path: Path
):
    out = tmp_path / "forms.pdf"
    pages = printing.print_commitments(
        workspace, list(scripts.values()), out, labels=printing.english_labels()
    )

    reader = PdfReader(str(out))
    assert pages == len(reader.pages) >= len(scripts)
    text = _flat(_text(out))
    for expected in (
        VIETNAMESE,
        JAPANESE,
        CHINESE,
        KOREAN,
        THAI,
        "威海市环境保护局",
        "山田健一",
        "ประนอมศรีสุข",
    ):
        assert _flat(expected) in text
    assert "Kitakyushu Initiative for a Clean Environment".upper().replace(" ", "") in text
    assert "FourthMeetingoftheKitakyushuInitiativeNetwork" in text
    assert "25–26June2007,Kitakyushu,Japan" in text
    assert "Page1of" in text
    # escaped, not taken as markup
    assert "&share<whatworks>withothercities" in text
    profile = workspace.profile()
    assert _flat(profile.city) in text and _flat(profile.name) in text


def test_every_font_is_embedded(workspace: profiles.Workspace, scripts: dict[str, str], tmp_path: Path):
    out = tmp_path / "forms.pdf"
    printing.print_commitments(workspace, list(scripts.values()), out, labels=printing.english_labels())
    fonts = _fonts(out)
    assert fonts
    base_names = {str(font.get("/BaseFont")) for _name, font in fonts}
    for family in ("NotoSans", "NotoSansThai", "IPAGothic", "DroidSansFallback", "NanumGothic"):
        assert any(family in name for name in base_names), (family, base_names)
    not_embedded = [str(font.get("/BaseFont")) for _name, font in fonts if not _embedded(font)]
    assert not_embedded == []
    # Not even the page preamble may name a standard font that is not embedded (pdffonts lists it).
    assert b"/Helvetica" not in out.read_bytes()


def test_long_commitment_spans_pages_without_explosion(workspace: profiles.Workspace, tmp_path: Path):
    targets = [
        {
            "description": f"Target {n}: " + "reduce open burning of household waste in the outer wards " * 3,
            "indicator": f"Indicator {n}",
            "baseline": str(n),
            "target": str(2 * n),
            "unit": "t/day",
            "due_year": 2010,
        }
        for n in range(1, 41)
    ]
    long_text = "\n\n".join(["Objectives paragraph " + "with a long explanation " * 20] * 6)
    record_id = workspace.save(
        RecordType.COMMITMENT, _commitment("Forty targets", targets=targets, objectives=long_text)
    ).record_id
    out = tmp_path / "long.pdf"
    pages = printing.print_commitments(workspace, [record_id], out, labels=printing.english_labels())
    assert 3 <= pages <= 8
    page_texts = [page.extract_text() or "" for page in PdfReader(str(out)).pages]
    with_targets = [t for t in page_texts if "Target 1" in t or "Indicator" in t]
    assert len(with_targets) >= 2  # the table runs over a page break
    for t in with_targets:
        assert "Baseline" in t  # its heading row is repeated on every page it reaches
    assert all(f"of{pages}" in _flat(t) for t in page_texts)
    # no target row is cut in half: each target's indicator sits on the page of its number
    for n in range(1, 41):
        holding = [t for t in page_texts if f"Indicator {n}" in t.splitlines()]
        assert len(holding) == 1, n


def test_blank_partners_print_no_empty_bullet(workspace: profiles.Workspace, tmp_path: Path):
    record_id = workspace.save(
        RecordType.COMMITMENT, _commitment("Blank partner", partners=["", "  ", "World Bank"])
    ).record_id
    out = tmp_path / "partners.pdf"
    printing.print_commitments(workspace, [record_id], out, labels=printing.english_labels())
    lines = [
        line.strip()
        for page in PdfReader(str(out)).pages
        for line in (page.extract_text() or "").splitlines()
    ]
    bullets = [line for line in lines if line.startswith("•")]
    assert bullets == ["•  World Bank"] or [b.replace(" ", "") for b in bullets] == ["•WorldBank"]


def test_all_commitments_and_page_sizes(workspace: profiles.Workspace, tmp_path: Path):
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    pages = printing.print_commitments(workspace, None, a4, labels=printing.english_labels())
    printing.print_commitments(workspace, None, letter, labels=printing.english_labels(), page_size="letter")
    box_a4 = [round(float(v)) for v in PdfReader(str(a4)).pages[0].mediabox]
    box_letter = [round(float(v)) for v in PdfReader(str(letter)).pages[0].mediabox]
    assert box_a4 == [0, 0, 595, 842]
    assert box_letter == [0, 0, 612, 792]
    assert pages >= 3  # the demo's commitments, each starting on its own page
    with pytest.raises(UsageError):
        printing.print_commitments(
            workspace, None, tmp_path / "x.pdf", labels=printing.english_labels(), page_size="A5"
        )
    with pytest.raises(UsageError):
        printing.print_commitments(
            workspace, [str(uuid.uuid4())], tmp_path / "x.pdf", labels=printing.english_labels()
        )
    assert not (tmp_path / "x.pdf").exists()


def test_japanese_labels_print_a_japanese_form(
    workspace: profiles.Workspace, scripts: dict[str, str], tmp_path: Path
):
    out = tmp_path / "ja.pdf"
    printing.print_commitments(workspace, [scripts["ja"]], out, labels=printing.japanese_labels())
    text = _flat(_text(out))
    for expected in (
        "コミットメント様式",
        "第4回北九州イニシアティブ・ネットワーク会合",
        "目標および指標",
        JAPANESE,
    ):
        assert _flat(expected) in text
    assert "CommitmentForm" not in text


# --------------------------------------------------------------------------- the QR code


def _decode_qr(pdf: Path, tmp_path: Path) -> str:
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip(
            "zbarimg (Debian zbar-tools) and pdftoppm (poppler-utils) are needed to decode the QR code"
        )
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")], check=True
    )
    image = next(tmp_path.glob("page*.png"))
    result = subprocess.run(
        ["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_qr_code_decodes_to_a_text_verify_print_accepts(
    workspace: profiles.Workspace, scripts: dict[str, str], tmp_path: Path
):
    record_id = scripts["th"]
    out = tmp_path / "form.pdf"
    printing.print_commitments(workspace, [record_id], out, labels=printing.english_labels())
    decoded = _decode_qr(out, tmp_path)
    assert decoded.startswith(f"KIN1:{record_id}:")
    assert decoded in _flat(_text(out)).replace(":", ":")  # also printed under the code
    result = printing.verify_print(workspace, decoded)
    assert result.ok and result.current and result.exists and result.belongs, result
    assert result.reason == "ok" and result.exit_code == 0
    profile = workspace.profile()
    assert result.signer_key_id == profile.key_id
    assert result.signer_name == profile.name and result.signer_city == profile.city
    assert result.current_rev_id == result.rev_id


def test_verify_print_refusals(workspace: profiles.Workspace, scripts: dict[str, str]):
    key_id = workspace.profile().key_id
    assert key_id is not None
    record_id = scripts["vi"]

    missing = printing.verify_print(workspace, format_binding(record_id, "0" * 64, key_id))
    assert not missing.ok and missing.reason == "unknown_revision" and not missing.exists
    assert missing.exit_code == 1

    with workspace.session() as session:
        from kin_desktop.storage import repository

        current = repository.current(record_id, session=session)
        other = repository.current(scripts["ja"], session=session)
    assert current is not None and other is not None
    good = format_binding(record_id, current.rev_id, key_id)
    assert printing.verify_print(workspace, good).ok

    tampered = good[:-12] + ("1" if good[-12] != "1" else "2") + good[-11:]
    refused = printing.verify_print(workspace, tampered)
    assert not refused.ok and refused.reason == "checksum"
    for text in ("", "hello", "KIN2:" + good[5:], good.replace(key_id, key_id.upper())):
        assert not printing.verify_print(workspace, text).ok

    wrong_record = printing.verify_print(workspace, format_binding(scripts["ja"], current.rev_id, key_id))
    assert not wrong_record.ok and wrong_record.reason == "wrong_record" and wrong_record.exists
    wrong_signer = printing.verify_print(workspace, format_binding(record_id, current.rev_id, "f" * 32))
    assert not wrong_signer.ok and wrong_signer.reason == "wrong_signer"
    assert other.rev_id != current.rev_id


def test_verify_print_after_an_edit_is_not_current(workspace: profiles.Workspace, tmp_path: Path):
    record_id = workspace.save(RecordType.COMMITMENT, _commitment("Edited after printing")).record_id
    out = tmp_path / "form.pdf"
    printing.print_commitments(workspace, [record_id], out, labels=printing.english_labels())
    decoded = _decode_qr(out, tmp_path)
    assert printing.verify_print(workspace, decoded).ok

    edited = workspace.save(
        RecordType.COMMITMENT, _commitment("Edited after printing", budget_amount="9"), record_id=record_id
    )
    result = printing.verify_print(workspace, decoded)
    assert not result.ok and not result.current and result.exists and result.belongs
    assert result.reason == "not_current" and result.current_rev_id == edited.rev_id
    assert result.exit_code == 1


# --------------------------------------------------------------------------- compendium and questionnaire


def test_practices_compendium(workspace: profiles.Workspace, tmp_path: Path):
    out = tmp_path / "practices.pdf"
    pages = printing.print_practices(workspace, out, labels=printing.english_labels())
    reader = PdfReader(str(out))
    assert pages == len(reader.pages) >= 4
    text = _text(out)
    for expected in ("Successful Practices and Policies", "Contents", "Index by sector", "Index by country"):
        assert expected in text
    assert "Environmental benefits" in text and "Economic benefits" in text
    contents = reader.pages[1].extract_text() or ""
    assert "Index by sector" in contents
    # the contents and the indexes carry real page numbers (no placeholder left)
    assert "…" not in (reader.pages[-1].extract_text() or "")
    assert [o.title for o in reader.outline][:1]  # bookmarks for each practice
    for _name, font in _fonts(out):
        assert _embedded(font)


def test_questionnaire_blank_and_filled(workspace: profiles.Workspace, tmp_path: Path):
    blank, filled = tmp_path / "blank.pdf", tmp_path / "filled.pdf"
    blank_pages = printing.print_questionnaire(workspace, blank, blank=True, labels=printing.english_labels())
    filled_pages = printing.print_questionnaire(
        workspace, filled, blank=False, labels=printing.english_labels()
    )
    assert blank_pages >= 5 and filled_pages >= 3
    blank_text = _flat(_text(blank))
    assert _flat("Answer only if you selected ‘Other’ in question 2.1.") in blank_text
    assert _flat("Complete this part only if your answer to question 3.1 is ‘Yes’.") in blank_text
    assert "☐" in blank_text and "Tickallthatapply." in blank_text
    filled_text = _flat(_text(filled))
    profile = workspace.profile()
    assert _flat(profile.name) in filled_text
    assert "Answeronlyif" not in filled_text  # only relevant questions, no instructions
    assert "☐" not in filled_text

    japanese = tmp_path / "blank-ja.pdf"
    printing.print_questionnaire(workspace, japanese, blank=True, labels=printing.japanese_labels())
    assert "場合のみお答えください" in _flat(_text(japanese))


# --------------------------------------------------------------------------- labels in every language

# The font each interface language's labels print in (the family as pdffonts lists it).
LABEL_FONTS = {
    "en": "NotoSans-",
    "id": "NotoSans-",
    "vi": "NotoSans-",
    "ja": "IPAGothic",
    "zh_CN": "NotoSansCJKsc",  # headings; the regular text in Droid Sans Fallback, Chinese forms
    "th": "NotoSansThai",
    "ko": "NanumGothic",
}
# A few labels in each language's script, for the languages whose files are still to come.
SAMPLE_LABELS = {
    "zh_CN": {"commitment_form": "承诺书", "targets_and_indicators": "目标和指标", "signatures": "签名"},
    "th": {
        "commitment_form": "แบบฟอร์มข้อผูกพัน",
        "targets_and_indicators": "เป้าหมายและตัวชี้วัด",
        "signatures": "ลายมือชื่อ",
    },
    "vi": {
        "commitment_form": "Mẫu cam kết",
        "targets_and_indicators": "Mục tiêu và chỉ số",
        "signatures": "Chữ ký",
    },
    "ko": {"commitment_form": "약속 양식", "targets_and_indicators": "목표 및 지표", "signatures": "서명"},
}


def _pdffonts(pdf: Path) -> list[tuple[str, bool]]:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (Debian poppler-utils) lists the fonts of a PDF")
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert lines[0].split()[-5:] == ["emb", "sub", "uni", "object", "ID"]
    return [
        (line.split()[0].split("+", 1)[-1], line.split()[-5] == "yes") for line in lines[2:] if line.strip()
    ]


def _print_with(
    workspace: profiles.Workspace, record_id: str, labels: Any, language: str, out: Path
) -> tuple[str, list[tuple[str, bool]]]:
    printing.print_commitments(workspace, [record_id], out, labels=labels)
    listed = _pdffonts(out)
    assert listed and [name for name, embedded in listed if not embedded] == [], listed
    assert any(LABEL_FONTS[language] in name for name, _ in listed), (language, listed)
    return _flat(_text(out)), listed


@pytest.mark.parametrize(
    "language", sorted(path.stem for path in (paths.translations_dir() / "print").glob("*.json"))
)
def test_a_form_prints_in_each_language_with_labels(
    language: str, workspace: profiles.Workspace, scripts: dict[str, str], tmp_path: Path
):
    """The interface language's labels (translations/print/<lang>.json) on the form, in the
    font of their script, every font embedded."""
    labels = printing.labels_for(language)
    assert labels.language == content_tag(language)
    text, _ = _print_with(workspace, scripts["vi"], labels, language, tmp_path / f"{language}.pdf")
    for field in ("commitment_form", "targets_and_indicators", "signatures", "budget"):
        assert _flat(getattr(labels, field)) in text, field
    assert _flat(labels.country_name("VN")) in text  # the city's country, named in the language


@pytest.mark.parametrize("language", sorted(SAMPLE_LABELS))
def test_labels_print_in_the_font_of_their_script(
    language: str, workspace: profiles.Workspace, scripts: dict[str, str], tmp_path: Path
):
    labels = dataclasses.replace(
        printing.english_labels(), language=content_tag(language), **SAMPLE_LABELS[language]
    )
    text, _ = _print_with(workspace, scripts["vi"], labels, language, tmp_path / f"{language}.pdf")
    for value in SAMPLE_LABELS[language].values():
        assert _flat(value) in text
