"""Printed labels read from translations/print/<lang>.json, for any interface language."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kin_desktop import paths
from kin_desktop.reports.labels import Labels
from kin_desktop.services import print_labels
from kin_desktop.services.print_labels import FIELDS, english_labels, japanese_labels, labels_for

SHIPPED = paths.translations_dir() / "print"


@pytest.fixture
def label_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A translations/print of the test's own, with the English file."""
    shutil.copy(SHIPPED / "en.json", tmp_path / "en.json")
    monkeypatch.setattr(print_labels, "labels_dir", lambda: tmp_path)
    print_labels._load.cache_clear()
    yield tmp_path
    print_labels._load.cache_clear()


def _english() -> dict[str, object]:
    return json.loads((SHIPPED / "en.json").read_text(encoding="utf-8"))


def test_the_files_hold_every_label_but_the_countries():
    assert set(FIELDS) == {f.name for f in dataclasses.fields(Labels)} - {"countries"}
    for path in SHIPPED.glob("*.json"):
        assert set(json.loads(path.read_text(encoding="utf-8"))) == set(FIELDS), path.name


def test_english_and_japanese_sets():
    english, japanese = english_labels(), japanese_labels()
    assert english.language == "en" and english.commitment_form == "Commitment Form"
    assert japanese.language == "ja" and japanese.commitment_form == "コミットメント様式"
    assert english.country_name("VN") == "Viet Nam"  # the United Nations' name, as the Network writes it
    assert english.country_name("TH") == "Thailand"
    assert japanese.country_name("TH") == "タイ"
    assert english.sector("energy") == "Energy" and japanese.sector("energy") == "エネルギー"


def test_chinese_by_any_of_its_names(label_dir: Path):
    chinese = dict(_english(), language="zh_CN", commitment_form="承诺书")
    (label_dir / "zh_CN.json").write_text(json.dumps(chinese, ensure_ascii=False), encoding="utf-8")
    for code in ("zh", "zh-Hans", "zh_CN", "zh-CN", "zh_Hans_CN"):
        labels = labels_for(code)
        assert labels.commitment_form == "承诺书", code
        assert labels.language == "zh-Hans"  # the questionnaire's tag: picks its Chinese texts
        assert labels.country_name("TH") == "泰国"


def test_a_language_without_a_file_prints_english(label_dir: Path):
    assert labels_for("ko").commitment_form == "Commitment Form"
    assert labels_for("ko").language == "en"
    assert labels_for("fr").language == "en"


def test_a_damaged_file_prints_english_words_for_what_it_lacks(label_dir: Path):
    thai = dict(_english(), language="th", commitment_form="แบบฟอร์มข้อผูกพัน", record="")
    del thai["revision"]
    thai["sectors"] = {"energy": "พลังงาน"}
    (label_dir / "th.json").write_text(json.dumps(thai, ensure_ascii=False), encoding="utf-8")
    labels = labels_for("th")
    assert labels.commitment_form == "แบบฟอร์มข้อผูกพัน"
    assert (labels.record, labels.revision) == ("Record", "Revision")
    assert labels.sector("energy") == "พลังงาน" and labels.sector("water_supply") == "Water supply"
    assert labels.country_name("TH") == "ไทย"
