"""Labels come from the caller: complete sets, placeholders that match, and plumbing to the page."""

from __future__ import annotations

import dataclasses
import string
from pathlib import Path

import pytest
from pypdf import PdfReader

from kin_desktop.core.errors import UsageError
from kin_desktop.core.schemas import CommitmentBody, ProjectType, Sector
from kin_desktop.reports.binding import format_binding
from kin_desktop.reports.commitment import CommitmentForm, write_commitment_forms
from kin_desktop.reports.labels import Labels
from kin_desktop.reports.layout import build_pdf, page_size
from kin_desktop.services.printing import english_labels, japanese_labels, labels_for


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_labels_have_no_defaults():
    with pytest.raises(TypeError):
        Labels()  # type: ignore[call-arg]


@pytest.mark.parametrize("labels", [english_labels(), japanese_labels()], ids=["en", "ja"])
def test_label_sets_are_complete(labels: Labels):
    for field in dataclasses.fields(Labels):
        value = getattr(labels, field.name)
        assert value, field.name
    assert set(labels.sectors) == {s.value for s in Sector}
    assert set(labels.project_types) == {p.value for p in ProjectType}


def test_translations_keep_the_placeholders():
    english, japanese = english_labels(), japanese_labels()
    for field in dataclasses.fields(Labels):
        value = getattr(english, field.name)
        if isinstance(value, str):
            assert _placeholders(value) == _placeholders(getattr(japanese, field.name)), field.name


def test_labels_for_a_language():
    assert labels_for("ja").language == "ja"
    assert labels_for("ja-JP").language == "ja"
    assert labels_for("ja_JP").commitment_form == japanese_labels().commitment_form
    assert labels_for("fr").language == "en"  # no set: English
    assert labels_for("fr").commitment_form == "Commitment Form"


def _form() -> CommitmentForm:
    body = CommitmentBody.model_validate(
        {
            "title": "Compost for Hải Phòng",
            "signatory_name": "Nguyễn Thị Lan",
            "targets": [{"description": "Halve it"}],
        }
    )
    record_id, rev_id, key_id = "6f1c1b4e-0d1f-4c55-9a53-4b494e344430", "ab" * 32, "cd" * 16
    return CommitmentForm(
        record_id=record_id,
        rev_id=rev_id,
        author_key_id=key_id,
        revised_on="2007-06-20",
        body=body,
        city="Hai Phong",
        country="VN",
        delegation="Nguyễn Thị Lan",
        organisation="People's Committee",
        binding=format_binding(record_id, rev_id, key_id),
    )


def test_words_on_the_form_are_the_callers(tmp_path: Path):
    labels = dataclasses.replace(
        english_labels(),
        commitment_form="FORMULAIRE D'ENGAGEMENT",
        targets_and_indicators="Cibles et indicateurs",
        page_of="Seite {page} von {pages}",
        countries={"VN": "Viêt Nam (FR)"},
    )
    out = tmp_path / "form.pdf"
    pages = write_commitment_forms([_form()], out, labels=labels)
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert pages >= 1
    assert "FORMULAIRE D'ENGAGEMENT" in text
    assert "Cibles et indicateurs" in text
    assert "Viêt Nam (FR)" in text
    assert "Seite 1 von" in text
    assert "Commitment Form" not in text and "Targets and indicators" not in text


def test_japanese_words_with_a_page_count_before_the_page(tmp_path: Path):
    labels = dataclasses.replace(japanese_labels(), page_of="全{pages}ページ中{page}ページ目")
    out = tmp_path / "form.pdf"
    write_commitment_forms([_form()], out, labels=labels)
    text = "".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "コミットメント様式" in text and "ページ中1ページ目" in text


def test_page_sizes():
    assert page_size("A4") == page_size("a4")
    assert page_size("letter") != page_size("A4")
    with pytest.raises(UsageError):
        page_size("A5")


def test_writing_is_atomic(tmp_path: Path):
    out = tmp_path / "kept.pdf"
    out.write_bytes(b"the previous file")

    def failing(path: str) -> int:
        Path(path).write_bytes(b"half a PDF")
        raise RuntimeError("layout failed")

    with pytest.raises(RuntimeError):
        build_pdf(out, failing)
    assert out.read_bytes() == b"the previous file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.pdf"]
