"""Fonts on screen: the shipped fonts draw every script, and Han characters take the glyph
forms of the interface language (Japanese forms in Japanese, not a mix with Chinese ones)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout
from pytestqt.qtbot import QtBot

from kin_desktop.ui import fonts, language


@pytest.fixture(autouse=True)
def source_texts_after() -> Iterator[None]:
    yield
    language.uninstall()


def _drawn_with(text: str, font: QFont | None = None) -> list[str]:
    """The families of the fonts Qt draws ``text`` with, run by run."""
    layout = QTextLayout(text, font or QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


def test_the_shipped_fonts_are_registered(qtbot: QtBot) -> None:
    language.install("en")
    registered = fonts.register()
    for family in ("Noto Sans Thai", "Noto Sans Khmer", "NanumGothic", "IPAGothic", "Droid Sans Fallback"):
        assert family in registered


@pytest.mark.parametrize(
    ("code", "han"),
    [
        ("ja", "IPAGothic"),
        ("zh_CN", "Droid Sans Fallback"),
        ("ko", "NanumGothic"),
        ("en", "Droid Sans Fallback"),
        ("th", "Droid Sans Fallback"),
    ],
)
def test_han_characters_take_the_forms_of_the_language(qtbot: QtBot, code: str, han: str) -> None:
    language.install("ja" if code != "ja" else "zh_CN")  # another language's fonts first
    _drawn_with("北九州市直")  # Qt caches the font it chose
    language.install(code)
    assert _drawn_with("北九州市直") == [han]
    assert _drawn_with("한국어") == ["NanumGothic"]
    assert _drawn_with("กรุงเทพมหานคร") == ["Noto Sans Thai"]
    assert _drawn_with("ភ្នំពេញ") == ["Noto Sans Khmer"]


def test_japanese_kanji_the_chinese_font_lacks_nothing(qtbot: QtBot) -> None:
    """A Japanese sentence is drawn in one font: IPAGothic has every kana and kanji of it."""
    language.install("ja")
    assert _drawn_with("北九州市との資源循環型都市づくり") == ["IPAGothic"]
    language.install("zh_CN")
    assert _drawn_with("威海市生活垃圾分类试点项目") == ["Droid Sans Fallback"]


def test_latin_text_keeps_the_system_font(qtbot: QtBot) -> None:
    system = QGuiApplication.font()
    before = _drawn_with("Nâng cấp hệ thống thoát nước", system)
    language.install("vi")
    assert _drawn_with("Nâng cấp hệ thống thoát nước") == before
