"""Every kind of PDF, in every script, embeds all its fonts; no record that import accepts
can stop a document (issue 10: long cells split across pages, a record that cannot be
drawn prints as a note and the others print)."""

from __future__ import annotations

import dataclasses
import shutil
import string
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kin_desktop.core.schemas import RecordType
from kin_desktop.reports import commitment as commitment_report
from kin_desktop.reports.labels import Labels
from kin_desktop.services import demo, printing, profiles
from kin_desktop.storage import repository

pytestmark = pytest.mark.slow

SCRIPTS = {
    # commitments written in the Network's complex scripts
    "th": ("โครงการคัดแยกขยะชุมชนที่กรุงเทพมหานคร ลดขยะ 30%", "th"),
    "lo": ("ໂຄງການຄຸ້ມຄອງຂີ້ເຫຍື້ອ ນະຄອນຫຼວງວຽງຈັນ", "lo"),
    "km": ("គម្រោងគ្រប់គ្រងសំណល់រឹង រាជធានីភ្នំពេញ", "km"),
    "my": ("ရန်ကုန်မြို့တော် အမှိုက်စီမံခန့်ခွဲမှု", "my"),
    "hi": ("नगर निगम ठोस अपशिष्ट प्रबंधन परियोजना", "hi"),
    "bn": ("ঢাকা সিটি কর্পোরেশন বর্জ্য ব্যবস্থাপনা", "bn"),
    "si": ("කොළඹ මහ නගර සභාව අපද්‍රව්‍ය කළමනාකරණය", "si"),
    "ur": ("کراچی میٹروپولیٹن کارپوریشن کا منصوبہ 2009", "ur"),
    "ja": ("北九州市との資源循環型都市づくり", "ja"),
    "ko": ("부산광역시 자원순환 협력", "ko"),
    "zh": ("威海市生活垃圾分类试点项目", "zh-Hans"),
    "vi": ("Nâng cấp hệ thống thoát nước ở quận Lê Chân", "vi"),
}


def _pdffonts(pdf: Path) -> list[tuple[str, bool]]:
    """(name, embedded) of every font ``pdffonts`` (poppler-utils) lists for ``pdf``."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (Debian poppler-utils) lists the fonts of a PDF")
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert lines[0].split()[-5:] == ["emb", "sub", "uni", "object", "ID"]
    # columns counted from the right: a long font name pushes the others along
    return [(line.split()[0], line.split()[-5] == "yes") for line in lines[2:] if line.strip()]


def _assert_all_embedded(pdf: Path) -> None:
    listed = _pdffonts(pdf)
    assert listed, pdf
    assert [name for name, embedded in listed if not embedded] == [], pdf
    assert b"/Helvetica" not in pdf.read_bytes()


def _text(pdf: Path) -> str:
    return "".join("".join((page.extract_text() or "").split()) for page in PdfReader(str(pdf)).pages)


@pytest.fixture(scope="module")
def profile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("every") / "d"
    demo.create_demo_profile(directory)
    return directory


@pytest.fixture
def workspace(profile_dir: Path) -> Iterator[profiles.Workspace]:
    with profiles.open_workspace(profile_dir) as opened:
        yield opened


def _commitment(title: str, language: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": title,
        "language": language,
        "project_type": "demonstration",
        "sectors": ["solid_waste"],
        "objectives": title + " — " + title,
        "targets": [
            {"description": title, "indicator": title, "target": "30", "unit": "%", "due_year": 2009}
        ],
        "partners": [title],
        "milestones": [{"date": "2008-03-31", "description": title}],
        "signatory_name": title.split()[0],
        "signatory_title": title,
    }
    body.update(extra)
    return body


# --------------------------------------------------------------------------- fonts in every PDF


def test_every_kind_of_pdf_embeds_every_font(workspace: profiles.Workspace, tmp_path: Path):
    ids = [
        workspace.save(RecordType.COMMITMENT, _commitment(title, lang)).record_id
        for title, lang in SCRIPTS.values()
    ]
    outputs = {
        "commitments": lambda out: printing.print_commitments(
            workspace, ids, out, labels=printing.english_labels()
        ),
        "commitments-ja": lambda out: printing.print_commitments(
            workspace, ids[:3], out, labels=printing.japanese_labels()
        ),
        "compendium": lambda out: printing.print_practices(workspace, out, labels=printing.english_labels()),
        "questionnaire-blank": lambda out: printing.print_questionnaire(
            workspace, out, blank=True, labels=printing.english_labels()
        ),
        "questionnaire-filled": lambda out: printing.print_questionnaire(
            workspace, out, blank=False, labels=printing.japanese_labels()
        ),
    }
    for name, write in outputs.items():
        out = tmp_path / f"{name}.pdf"
        assert write(out) >= 1
        _assert_all_embedded(out)
    listed = {name.split("+", 1)[-1] for name, _ in _pdffonts(tmp_path / "commitments.pdf")}
    for family in (
        "NotoSansThai",
        "NotoSansLao",
        "NotoSansKhmer",
        "NotoSansMyanmar",
        "NotoSansDevanagari",
        "NotoSansBengali",
        "NotoSansSinhala",
        "NotoNaskhArabic",
        "IPAGothic",
        "NanumGothic",
        "DroidSansFallback",
    ):
        assert any(name.startswith(family) for name in listed), (family, listed)
    # headings of a Japanese form are set in a real bold face
    listed_ja = {name.split("+", 1)[-1] for name, _ in _pdffonts(tmp_path / "commitments-ja.pdf")}
    assert any("NotoSansCJKjp-Bold" in name for name in listed_ja), listed_ja


# --------------------------------------------------------------------------- labels in every script


def _labels_in(sample: str, language: str) -> Labels:
    """A complete label set whose every text is ``sample`` (placeholders kept), as the
    interface languages' sets will be: the reports layer prints whatever the caller gives."""
    english = printing.english_labels()
    values: dict[str, Any] = {}
    for field in dataclasses.fields(Labels):
        value = getattr(english, field.name)
        if field.name == "language":
            values[field.name] = language
        elif isinstance(value, str):
            names = [name for _, name, _, _ in string.Formatter().parse(value) if name]
            values[field.name] = " ".join([sample, *("{" + name + "}" for name in names)])
        else:
            values[field.name] = {key: f"{sample} {key}" for key in value}
    values["list_separator"] = ", "
    return Labels(**values)


@pytest.mark.parametrize(
    ("language", "sample"),
    [
        ("th", "ภาษาไทย"),
        ("vi", "Tiếng Việt"),
        ("ko", "한국어"),
        ("zh-Hans", "中文表格"),
        ("id", "Formulir"),
        ("ja", "日本語の様式"),
    ],
)
def test_labels_in_every_interface_language_print(
    workspace: profiles.Workspace, tmp_path: Path, language: str, sample: str
):
    labels = _labels_in(sample, language)
    for name, write in {
        "forms": lambda out: printing.print_commitments(workspace, None, out, labels=labels),
        "compendium": lambda out: printing.print_practices(workspace, out, labels=labels),
        "blank": lambda out: printing.print_questionnaire(workspace, out, blank=True, labels=labels),
    }.items():
        out = tmp_path / f"{name}.pdf"
        write(out)
        _assert_all_embedded(out)
        assert "".join(sample.split()) in _text(out), name


# --------------------------------------------------------------------------- records that import accepts


def test_a_commitment_of_extreme_length_prints_whole(workspace: profiles.Workspace, tmp_path: Path):
    # every text at the length the record format allows, lists long
    long_partner = ("Department of Environment and Natural Resources " * 11)[:490] + "ENDPARTNER"
    tall = "ลดปริมาณขยะที่ส่งไปหลุมฝังกลบ"
    cell = (tall * 80)[:1990] + "ENDCELL"  # rows that run across pages in the narrow columns
    body = _commitment(
        "Extreme",
        "th",
        partners=[long_partner] * 300,
        targets=[
            {
                "description": cell,
                "indicator": (tall * 20)[:490] + "END",
                "baseline": (tall * 20)[:490] + "END",
                "target": "1",
                "unit": (tall * 20)[:490],
                "due_year": 2010,
            }
        ]
        * 3,
        milestones=[{"date": "2009-01-01", "description": ("m " * 1000)[:1980] + "ENDMILESTONE"}] * 20,
        experience_to_share=("word " * 4000)[:19980] + "ENDEXPERIENCE",
    )
    record_id = workspace.save(RecordType.COMMITMENT, body).record_id
    out = tmp_path / "extreme.pdf"
    pages = printing.print_commitments(workspace, [record_id], out, labels=printing.english_labels())
    assert 5 < pages < 200
    text = _text(out)
    for end in ("ENDPARTNER", "ENDCELL", "ENDMILESTONE", "ENDEXPERIENCE"):
        assert end in text, end  # nothing cut off: the long cells and texts ran on


def test_a_practice_with_long_partners_and_texts_prints(workspace: profiles.Workspace, tmp_path: Path):
    with workspace.session() as session:
        practices = repository.list_current(RecordType.PRACTICE, session=session)
    assert practices
    record = practices[0]
    body = dict(record.body or {})
    body["partners"] = [
        ("Partner organisation with a very long name " * 12)[:490] + f"P{n}END" for n in range(60)
    ]
    body["summary"] = ("summary " * 2500)[:19980] + "SUMMARYEND"
    workspace.save(RecordType.PRACTICE, body, record_id=record.record_id)
    out = tmp_path / "practices.pdf"
    pages = printing.print_practices(workspace, out, labels=printing.english_labels())
    assert pages > 10
    text = _text(out)
    assert "P59END" in text and "SUMMARYEND" in text


def test_a_response_with_a_very_long_answer_prints(workspace: profiles.Workspace, tmp_path: Path):
    with workspace.session() as session:
        responses = repository.list_current(RecordType.RESPONSE, session=session)
    record = responses[0]
    body = dict(record.body or {})
    answers = dict(body["answers"])
    answers["main_obstacles"] = ("obstacle " * 2500)[:19980] + "ANSWEREND"
    answers["support_comments"] = "\n\n".join(["ความเห็น " * 40] * 50)[:19980] + " COMMENTEND"
    answers["area_km2"] = "1E+999999"  # a decimal with a huge exponent: printed as written
    body["answers"] = answers
    workspace.save(RecordType.RESPONSE, body, record_id=record.record_id)
    out = tmp_path / "filled.pdf"
    pages = printing.print_questionnaire(workspace, out, blank=False, labels=printing.english_labels())
    assert pages > 10
    text = _text(out)
    assert "ANSWEREND" in text and "COMMENTEND" in text
    assert "1E+999999" in text and "0000000000" not in text


def test_a_form_that_cannot_be_drawn_prints_as_a_note_and_the_others_print(
    workspace: profiles.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    good = workspace.save(RecordType.COMMITMENT, _commitment("Good form", "en")).record_id
    bad = workspace.save(RecordType.COMMITMENT, _commitment("Broken form", "en")).record_id
    original = commitment_report._Printer.form

    def form(self: Any, form: commitment_report.CommitmentForm) -> Any:
        if form.record_id == bad:
            raise ValueError("this record cannot be drawn")
        return original(self, form)

    monkeypatch.setattr(commitment_report._Printer, "form", form)
    out = tmp_path / "forms.pdf"
    pages = printing.print_commitments(workspace, [bad, good], out, labels=printing.english_labels())
    reader = PdfReader(str(out))
    assert pages == len(reader.pages) >= 2
    first = "".join((reader.pages[0].extract_text() or "").split())
    assert f"Record{bad}couldnotbeprinted" in first
    assert "Goodform" in _text(out)
    _assert_all_embedded(out)


def test_a_practice_that_cannot_be_laid_out_prints_as_a_note(
    workspace: profiles.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from kin_desktop.reports import compendium

    original = compendium._practice
    failing: list[str] = []

    def practice(number: int, entry: Any, labels: Labels, width: float) -> Any:
        if number == 1:
            failing.append(entry.record_id)
            raise ValueError("this practice cannot be laid out")
        return original(number, entry, labels, width)

    monkeypatch.setattr(compendium, "_practice", practice)
    out = tmp_path / "practices.pdf"
    printing.print_practices(workspace, out, labels=printing.english_labels())
    text = _text(out)
    assert f"Record{failing[0]}couldnotbeprinted" in text
    assert "Indexbycountry" in text  # the rest of the compendium printed


def test_the_city_prints_in_its_own_script_and_in_latin_letters(tmp_path: Path):
    directory = tmp_path / "bangkok"
    demo.create_demo_profile(directory, seed=4)
    with profiles.open_workspace(directory) as workspace:
        with workspace.session() as session:
            repository.update_profile(session=session, city="กรุงเทพมหานคร", city_latin="Bangkok")
            session.commit()
        record_id = workspace.save(RecordType.COMMITMENT, _commitment("โครงการ ที่ 1", "th")).record_id
        out = tmp_path / "form.pdf"
        printing.print_commitments(workspace, [record_id], out, labels=printing.english_labels())
    text = _text(out)
    assert "กรุงเทพมหานคร(Bangkok)" in text  # section 1 and the signature block
    assert "กรุงเทพมหานคร(Bangkok)commitsitself" in text  # the undertaking


def test_latin_city_without_a_stored_name():
    assert printing.latin_city("กรุงเทพมหานคร", "Bangkok") == "Bangkok"  # the stored name wins
    assert printing.latin_city("Hải Phòng") == "Hải Phòng"  # Latin letters already
    assert printing.latin_city("कोलकाता", lang="hi") == "Kolkata"
    assert printing.latin_city("부산광역시", lang="ko").startswith("Busan")
    # no trustworthy letters: printed in its own script only
    assert printing.latin_city("กรุงเทพมหานคร", lang="th") == ""
    assert printing.latin_city("کراچی", lang="ur") == ""
    assert printing.latin_city("北九州市", lang="ja") == ""
