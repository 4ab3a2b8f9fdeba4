"""Coloured text stays readable (WCAG AA, 4.5:1) in light and dark themes alike."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kin_desktop.services import profiles
from kin_desktop.services.responses import ResponseService
from kin_desktop.storage import repository
from kin_desktop.ui import palette as ui_palette
from kin_desktop.ui.palette import AA_TEXT, Tone, contrast_ratio
from kin_desktop.ui.questionnaire import QuestionnairePage
from kin_desktop.ui.wizard import SetupWizard
from tests.helpers.fakes import MemoryKeyring


def _palette(window: str, text: str, base: str) -> QPalette:
    palette = QPalette(QColor(window))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        palette.setColor(role, QColor(window))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor(text))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    return palette


LIGHT = _palette("#efefef", "#000000", "#ffffff")
DARK = _palette("#2d2d2d", "#e8e8e8", "#1e1e1e")
# Themes that push the fixed hues: a black high-contrast one and a mid-grey one.
HIGH_CONTRAST = _palette("#000000", "#ffffff", "#000000")
GREY = _palette("#8a8a8a", "#000000", "#9a9a9a")
PALETTES = {"light": LIGHT, "dark": DARK, "high contrast": HIGH_CONTRAST, "grey": GREY}


def _backgrounds(palette: QPalette) -> tuple[QColor, QColor]:
    return palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)


def test_the_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#b00020"), QColor("#b00020")) == pytest.approx(1.0)


def test_the_old_fixed_error_red_fails_on_a_dark_theme() -> None:
    """Why the helper exists: the red that reads on white is lost on a dark window."""
    assert contrast_ratio(QColor("#b00020"), DARK.color(QPalette.ColorRole.Window)) < 3


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize(
    "colour",
    [ui_palette.error_color, ui_palette.warning_color, ui_palette.ok_color, ui_palette.muted_color],
    ids=["error", "warning", "ok", "muted"],
)
def test_text_colours_reach_aa_on_windows_and_fields(name: str, colour: Callable[[QPalette], QColor]) -> None:
    palette = PALETTES[name]
    chosen = colour(palette)
    for background in _backgrounds(palette):
        assert contrast_ratio(chosen, background) >= AA_TEXT, (name, chosen.name(), background.name())


def test_tones_keep_their_hue_and_differ_between_light_and_dark() -> None:
    for tone in Tone:
        light, dark = ui_palette.tone_color(tone, LIGHT), ui_palette.tone_color(tone, DARK)
        assert light != dark
        assert ui_palette.relative_luminance(light) < ui_palette.relative_luminance(dark)
    assert ui_palette.error_color(LIGHT).red() > ui_palette.error_color(LIGHT).green()
    assert ui_palette.ok_color(DARK).green() > ui_palette.ok_color(DARK).red()


@pytest.mark.parametrize("name", PALETTES)
def test_the_differs_highlight_keeps_the_text_readable(name: str) -> None:
    palette = PALETTES[name]
    background = ui_palette.differs_background(palette)
    assert contrast_ratio(palette.color(QPalette.ColorRole.Text), background) >= AA_TEXT
    if name in ("light", "dark"):
        assert background != palette.color(QPalette.ColorRole.Base)  # it is still a highlight


def test_is_dark_tells_the_themes_apart() -> None:
    assert ui_palette.is_dark(DARK) and ui_palette.is_dark(HIGH_CONTRAST)
    assert not ui_palette.is_dark(LIGHT) and not ui_palette.is_dark(GREY)


# -- in the widgets ------------------------------------------------------------------------------


@pytest.fixture
def dark_application() -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(DARK)
    yield DARK
    app.setPalette(before)


def _text_colour(label: QLabel) -> QColor:
    return label.palette().color(label.foregroundRole())


def test_the_wizard_error_is_readable_in_a_dark_theme(
    qtbot: QtBot, tmp_path: Path, dark_application: QPalette
) -> None:
    wizard = SetupWizard(tmp_path / "p", keyring_backend=MemoryKeyring())
    qtbot.addWidget(wizard)
    error = wizard.key_page.error
    for background in _backgrounds(dark_application):
        assert contrast_ratio(_text_colour(error), background) >= AA_TEXT


REQUIRED_ONLY = {
    "schema_version": 1,
    "id": "one-question",
    "version": "1",
    "default_language": "en",
    "languages": ["en"],
    "title": {"en": "One question"},
    "sections": [
        {
            "id": "only",
            "title": {"en": "Only"},
            "items": [
                {
                    "kind": "question",
                    "id": "name",
                    "type": "text",
                    "label": {"en": "Name"},
                    "required": True,
                }
            ],
        }
    ],
}


def test_questionnaire_messages_are_readable_in_a_dark_theme(
    qtbot: QtBot, tmp_path: Path, dark_application: QPalette
) -> None:
    profiles.init_delegate(tmp_path / "p", name="Lan", city="Da Nang", country="VN", category="city-expert")
    with profiles.open_workspace(tmp_path / "p") as workspace:
        with workspace.session() as session:
            repository.save_definition(
                json.dumps(REQUIRED_ONLY).encode("utf-8"), session=session, source="welcome-pack"
            )
        page = QuestionnairePage(ResponseService(workspace, questionnaire_id="one-question"))
        qtbot.addWidget(page)
        page.show()
        assert not page.mark_complete()  # the name is missing: the message and banner show
        field = page.field("name")
        assert field.message.isVisibleTo(page)
        form_background = dark_application.color(QPalette.ColorRole.Base)
        assert contrast_ratio(_text_colour(field.message), form_background) >= AA_TEXT
        required_mark = ui_palette.error_color(field.label.palette()).name()
        assert required_mark in field.label.text()
        banner = page.findChild(QLabel, "banner")
        assert ui_palette.error_color(dark_application).name() in banner.styleSheet()
        page.close()
