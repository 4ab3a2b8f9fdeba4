"""tools/i18n.py check beyond the .ts files: questionnaire texts, printed labels, the glossary;
and merge-questionnaire, which brings a translator's flat file into the definition."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kin_desktop.core.languages import INTERFACE_LANGUAGES
from kin_desktop.core.questionnaire import load_definition, localize

ROOT = Path(__file__).resolve().parents[3]
DEFINITION = ROOT / "resources" / "questionnaires" / "kin4-pre-meeting.json"


@pytest.fixture(scope="module")
def i18n() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kin_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _definition(texts: dict[str, dict[str, str]], languages: list[str]) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "id": "t",
        "version": "1",
        "default_language": "en",
        "languages": languages,
        "title": texts["title"],
        "sections": [
            {
                "id": "s",
                "title": texts["section"],
                "items": [{"kind": "question", "id": "q", "type": "text", "label": texts["label"]}],
            }
        ],
    }


def _only(data: Any, keep: tuple[str, ...]) -> Any:
    """The definition with its texts in the ``keep`` languages only (the shipped one may hold more)."""
    if isinstance(data, dict):
        if isinstance(data.get("en"), str):
            return {key: value for key, value in data.items() if key in keep}
        return {key: _only(value, keep) for key, value in data.items()}
    if isinstance(data, list):
        return [_only(value, keep) for value in data]
    return data


@pytest.fixture
def english_japanese(tmp_path: Path) -> Path:
    """The shipped questionnaire in English and Japanese, written as the shipped file is."""
    data = _only(json.loads(DEFINITION.read_text(encoding="utf-8")), ("en", "ja"))
    data["languages"] = ["en", "ja"]
    return _write(tmp_path / "kin4-pre-meeting.json", data)


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def test_the_interface_languages_are_one_list(i18n: ModuleType):
    assert i18n.LANGUAGES == INTERFACE_LANGUAGES == ("en", "ja", "zh_CN", "id", "th", "vi", "ko")


def test_a_complete_questionnaire_has_no_problem(i18n: ModuleType, tmp_path: Path):
    full = {"en": "Hello {city}", "ja": "こんにちは {city}", "th": "สวัสดี {city}"}
    texts = {"title": full, "section": full, "label": full}
    path = _write(tmp_path / "q.json", _definition(texts, ["en", "ja", "th"]))
    assert i18n.questionnaire_problems(path, ("en", "ja", "th")) == []


def test_a_missing_language_and_a_dropped_placeholder_are_reported(i18n: ModuleType, tmp_path: Path):
    texts = {
        "title": {"en": "Title", "ja": "題", "th": "ชื่อ"},
        "section": {"en": "Section", "ja": "章"},  # no Thai
        "label": {"en": "Population in ${year}", "ja": "人口", "th": "ประชากร ${year}"},
    }
    path = _write(tmp_path / "q.json", _definition(texts, ["en", "ja"]))
    problems = i18n.questionnaire_problems(path, ("en", "ja", "th"))
    assert any('"languages" does not name th' in p for p in problems), problems
    assert any("th: untranslated /sections/0/title 'Section'" in p for p in problems), problems
    assert any(
        "ja: placeholders [] instead of ['${year}'] in /sections/0/items/0/label" in p for p in problems
    )
    assert len(problems) == 3, problems


def test_chinese_is_kept_under_its_script_tag(i18n: ModuleType, tmp_path: Path):
    full = {"en": "City", "zh-Hans": "城市"}
    path = _write(
        tmp_path / "q.json", _definition({"title": full, "section": full, "label": full}, ["en", "zh-Hans"])
    )
    assert i18n.questionnaire_problems(path, ("en", "zh_CN")) == []
    assert localize(full, "zh_CN").text == "城市"  # the interface's code finds it


def test_a_language_with_no_text_at_all_is_one_line(i18n: ModuleType, english_japanese: Path):
    problems = i18n.questionnaire_problems(english_japanese, ("en", "ja", "ko"))
    korean = [p for p in problems if "ko" in p]
    assert len(korean) == 2, korean  # not listed; none of the texts translated
    assert any("none of the" in p for p in korean)


def _labels(i18n: ModuleType) -> dict[str, Any]:
    return json.loads((i18n.PRINT_LABELS / "en.json").read_text(encoding="utf-8"))


def test_every_shipped_label_file_is_complete(i18n: ModuleType):
    """Every file in translations/print: exactly the Labels fields, every text non-empty, the
    English placeholders and no other (files still to come are only reported missing)."""
    problems = i18n.print_label_problems()
    assert [p for p in problems if not p.endswith(" is missing")] == []
    shipped = {path.stem for path in i18n.PRINT_LABELS.glob("*.json")}
    assert {"en", "ja"} <= shipped
    assert sorted(p for p in problems if p.endswith(" is missing")) == sorted(
        f"translations/print/{language}.json is missing"
        for language in INTERFACE_LANGUAGES
        if language not in shipped
    )


def test_label_file_problems_are_reported(i18n: ModuleType, tmp_path: Path):
    english = _labels(i18n)
    thai = dict(english, language="th", commitment_form="แบบฟอร์มข้อผูกพัน")
    thai["page_of"] = "หน้า {page}"  # {pages} dropped
    thai["printed_on"] = "พิมพ์ {date} {time}"  # {time} added
    thai["record"] = " "
    del thai["revision"]
    thai["extra"] = "x"
    thai["sectors"] = dict(english["sectors"], energy="")
    shutil.copy(i18n.PRINT_LABELS / "en.json", tmp_path / "en.json")
    _write(tmp_path / "th.json", thai)
    problems = i18n.print_label_problems(tmp_path, ("en", "th", "ko"))
    assert sorted(problems) == sorted(
        [
            f"{(tmp_path / 'ko.json').name} is missing",
            "th.json: revision is missing",
            "th.json: extra is not a label",
            "th.json: record is empty",
            "th.json: sectors.energy is empty",
            "th.json: placeholders ['page'] instead of ['page', 'pages'] in page_of",
            "th.json: placeholders ['date', 'time'] instead of ['date'] in printed_on",
        ]
    ), problems


def test_glossary_terms_in_any_form(i18n: ModuleType):
    terms = i18n.read_glossary()
    pairs = [
        ("vi", "a", "Your Commitments", "Các cam kết của bạn"),  # plural, other case: kept
        ("vi", "b", "Print the commitment form", "In biểu mẫu đăng ký"),  # term missing
        ("ja", "c", "A win-win practice", "ウィンウィンの事例"),
        ("ja", "d", "Demonstration projects", "実験プロジェクト"),  # wrong term
        ("ko", "e", "An expanded project", "확대사업"),  # spaces ignored in Korean
        ("id", "f", "&Practices", "&Praktik"),  # shortcut marks ignored, any case
        ("th", "g", "Practical matters", "เรื่องทั่วไป"),  # "practical" is not "practice"
        ("th", "h", "Commitment", ""),  # untranslated: reported elsewhere
    ]
    problems = i18n.glossary_problems(terms, pairs)
    assert problems == [
        "vi: glossary: b has 'commitment' but not 'cam kết'",
        "ja: glossary: d has 'demonstration project' but not '実証プロジェクト'",
    ]


def test_glossary_covers_ts_questionnaire_and_labels(i18n: ModuleType, tmp_path: Path):
    full = {"en": "Share a practice", "th": "แบ่งปันประสบการณ์"}
    _write(tmp_path / "q.json", _definition({"title": full, "section": full, "label": full}, ["en", "th"]))
    labels = tmp_path / "print"
    labels.mkdir()
    shutil.copy(i18n.PRINT_LABELS / "en.json", labels / "en.json")
    _write(labels / "th.json", dict(_labels(i18n), win_win="โครงการดี"))
    pairs = list(i18n.glossary_pairs(ts_dir=tmp_path, questionnaires=tmp_path, labels=labels))
    problems = i18n.glossary_problems(i18n.read_glossary(), pairs)
    assert "th: glossary: q.json /sections/0/items/0/label has 'practice' but not 'แนวปฏิบัติ'" in problems
    assert "th: glossary: print/th.json win_win has 'win-win' but not 'ได้ประโยชน์ร่วมกัน'" in problems


def test_merge_questionnaire_adds_a_language_with_a_small_diff(
    i18n: ModuleType, tmp_path: Path, english_japanese: Path
):
    definition = english_japanese
    before = definition.read_text(encoding="utf-8")
    english = {pointer: text["en"] for pointer, text in i18n.text_objects(json.loads(before))}
    flat = _write(tmp_path / "questionnaire-zh_CN.json", {p: f"中文 {t}" for p, t in english.items()})
    left = i18n.merge_questionnaire("zh_CN", flat, definition)
    after = definition.read_text(encoding="utf-8")
    assert left == []
    loaded = load_definition(after)
    assert loaded.languages == ["en", "ja", "zh-Hans"]
    assert localize(loaded.title, "zh_CN").text == "中文 " + loaded.title["en"]
    assert i18n.questionnaire_problems(definition, ("en", "ja", "zh_CN")) == []
    # Only new lines and the commas before them: every old line is still there, in order.
    old_lines = [line.rstrip(",") for line in before.splitlines()]
    new_lines = [line.rstrip(",") for line in after.splitlines()]
    assert len(new_lines) == len(old_lines) + len(english) + 1
    it = iter(new_lines)
    assert all(line in it for line in old_lines)
    # Merging again changes nothing.
    i18n.merge_questionnaire("zh-Hans", flat, definition)
    assert definition.read_text(encoding="utf-8") == after


def test_merge_refuses_a_pointer_to_no_text(i18n: ModuleType, tmp_path: Path, english_japanese: Path):
    definition = english_japanese
    original = definition.read_bytes()
    flat = _write(tmp_path / "f.json", {"/title": "ชื่อ", "/sections/99/title": "x", "/version": "2"})
    with pytest.raises(SystemExit, match=r"/sections/99/title: no such text"):
        i18n.merge_questionnaire("th", flat, definition)
    assert definition.read_bytes() == original
    partial = _write(tmp_path / "p.json", {"/title": "ชื่อ"})
    left = i18n.merge_questionnaire("th", partial, definition)
    assert len(left) == len(list(i18n.text_objects(json.loads(original)))) - 1


def test_the_shipped_questionnaire_is_written_as_merge_writes_it(i18n: ModuleType):
    """So that a merge changes only the lines of the new texts."""
    source = DEFINITION.read_text(encoding="utf-8")
    data = json.loads(source)
    assert json.dumps(data, ensure_ascii=False, indent=i18n._indent_of(source)) + "\n" == source
