"""Script runs, font choice per run, and escaping for paragraph markup."""

from __future__ import annotations

import pytest

from kin_desktop.reports import fonts
from kin_desktop.reports.fonts import (
    CHINESE,
    JAPANESE,
    KOREAN,
    SANS,
    SANS_BOLD,
    SYMBOLS,
    THAI,
    THAI_BOLD,
    script_runs,
)
from kin_desktop.reports.layout import para, styles


def test_plain_latin_is_one_run_in_the_base_font():
    assert script_runs("Kitakyushu Initiative, 2007") == [(SANS, "Kitakyushu Initiative, 2007")]
    assert script_runs("Bold", bold=True) == [(SANS_BOLD, "Bold")]
    assert script_runs("") == []


def test_vietnamese_stays_in_noto_sans_even_when_decomposed():
    text = "Thành phố Hải Phòng — Nguyễn Thị Lan, Đức"
    assert script_runs(text) == [(SANS, text)]
    decomposed = "Nguye\u0302\u0303n"  # e + circumflex + tilde, as some keyboards type it
    assert script_runs(decomposed) == [(SANS, "Nguyễn")]


def test_japanese_city_inside_english_text():
    assert script_runs("Delegation of 北九州市 (Kitakyushu), Japan", lang="ja") == [
        (SANS, "Delegation of "),
        (JAPANESE, "北九州市"),
        (SANS, " (Kitakyushu), Japan"),
    ]


def test_han_glyph_forms_follow_kana_then_the_language_hint():
    assert script_runs("北九州市", lang="ja") == [(JAPANESE, "北九州市")]
    assert script_runs("北九州市", lang="zh-Hans") == [(CHINESE, "北九州市")]
    assert script_runs("北九州市") == [(CHINESE, "北九州市")]
    # kana make the text Japanese whatever the hint says
    assert {font for font, _ in script_runs("北九州市のごみ", lang="zh")} == {JAPANESE}


def test_simplified_chinese_missing_from_the_japanese_font_falls_back():
    runs = script_runs("环境保护局", lang="ja")  # 环 and 护 are not in IPAGothic
    assert "".join(text for _, text in runs) == "环境保护局"
    assert all(font in (JAPANESE, CHINESE) for font, _ in runs)
    registered = fonts.register_fonts()
    for font, text in runs:
        assert all(registered.covers(font, char) for char in text)


def test_korean_thai_and_symbols():
    assert script_runs("부산광역시") == [(KOREAN, "부산광역시")]
    assert script_runs("กรุงเทพมหานคร ประนอม") == [(THAI, "กรุงเทพมหานคร ประนอม")]
    assert script_runs("น้ำ", bold=True) == [(THAI_BOLD, "น้ำ")]  # tone mark stays with its letter
    assert script_runs("☐ Yes") == [(SYMBOLS, "☐"), (SANS, " Yes")]


def test_mixed_scripts_keep_every_character_in_order():
    text = "Hợp tác: 北九州市 · 威海市 · 부산 · กรุงเทพฯ ☒ done"
    runs = script_runs(text)
    assert "".join(part for _, part in runs) == text
    registered = fonts.register_fonts()
    for font, part in runs:
        for char in part:
            assert registered.covers(font, char) or char.isspace(), (font, char)


def test_control_characters_are_dropped_and_line_ends_unified():
    assert script_runs("a\x00b\x07c\r\nd") == [(SANS, "abc\nd")]


@pytest.mark.parametrize(
    "text",
    ["<script>alert(1)</script>", "a & b", "5 > 3 < 4", '<font name="Evil">x</font>', "<br/>", "&#x41;"],
)
def test_user_text_never_becomes_markup(text: str):
    block = para(text, styles().body)
    block.wrap(400, 1000)
    lines = block.lines_for(400)
    shown = "".join(run for line in lines for _font, run in line.runs)
    assert shown == text
    assert {font for line in lines for font, _ in line.runs} == {SANS}
