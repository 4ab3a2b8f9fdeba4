"""The questionnaire can be completed with the keyboard alone: Tab, typing, Space and arrows, shortcuts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kin_desktop.services import profiles
from kin_desktop.services.responses import ResponseService
from kin_desktop.storage import repository
from kin_desktop.ui.questionnaire import QuestionnairePage


def _en(text: str) -> dict[str, str]:
    return {"en": text}


def _question(qid: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "question", "id": qid, "type": kind, "label": _en(qid.title()), "required": True, **extra}


def _choices(*values: str) -> list[dict[str, Any]]:
    return [{"value": v, "label": _en(v.title())} for v in values]


# Every question type, every one required: the questionnaire is complete only if each was answered.
EVERY_TYPE: dict[str, Any] = {
    "schema_version": 1,
    "id": "keyboard-survey",
    "version": "1",
    "default_language": "en",
    "languages": ["en"],
    "title": _en("Keyboard survey"),
    "sections": [
        {
            "id": "words",
            "title": _en("Words and numbers"),
            "items": [
                _question("name", "text"),
                _question("story", "long_text"),
                _question("staff", "integer", min=0),
                _question("budget", "decimal", min=0),
                _question("started", "date"),
            ],
        },
        {
            "id": "choices",
            "title": _en("Choices"),
            "items": [
                _question("colour", "single_choice", choices=_choices("red", "green", "blue")),
                _question(
                    "planet",
                    "single_choice",
                    choices=_choices("mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus"),
                ),
                _question("fruits", "multiple_choice", choices=_choices("apple", "mango", "durian")),
                _question("agree", "yes_no"),
                _question("score", "rating", scale={"min": 1, "max": 5}),
                _question("order", "ranking", choices=_choices("alpha", "beta", "gamma")),
                {
                    "kind": "repeat",
                    "id": "partners",
                    "label": _en("Partners"),
                    "min": 1,
                    "max": 3,
                    "items": [_question("partner_name", "text")],
                },
            ],
        },
    ],
}


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[profiles.Workspace]:
    directory = tmp_path / "p"
    profiles.init_delegate(directory, name="Lan", city="Da Nang", country="VN", category="city-expert")
    with profiles.open_workspace(directory) as opened:
        with opened.session() as session:
            repository.save_definition(
                json.dumps(EVERY_TYPE).encode("utf-8"), session=session, source="welcome-pack"
            )
        yield opened


class Keyboard:
    """Keys go where the keyboard focus is, as they do for a user."""

    def __init__(self, qtbot: QtBot, page: QuestionnairePage) -> None:
        self.qtbot = qtbot
        self.page = page

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "the keyboard focus was lost"
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus, key, modifiers)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)

    def tab_to(self, target: QWidget, *, backwards: bool = False, limit: int = 40) -> int:
        """Press Tab (Shift+Tab) until ``target`` has the focus; returns how many presses it took."""
        key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
        for count in range(1, limit + 1):
            self.press(key)
            if self.focus is target:
                return count
        raise AssertionError(f"{target} is not reachable with {'Shift+' if backwards else ''}Tab")


def test_the_whole_questionnaire_is_completed_with_the_keyboard_alone(
    qtbot: QtBot, workspace: profiles.Workspace
) -> None:
    page = QuestionnairePage(
        ResponseService(workspace, questionnaire_id="keyboard-survey"), autosave_delay_ms=10_000
    )
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    keys = Keyboard(qtbot, page)

    def editor(question_id: str, instance: int | None = None) -> list[QWidget]:
        return page.field(question_id, instance).editor.focus_widgets()

    # Section 1. The first question is two steps after the language and the section list.
    keys.press(Qt.Key.Key_Tab)
    assert keys.tab_to(editor("name")[0]) <= 3
    keys.type("Lan")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus is editor("story")[0]  # Tab leaves a long text instead of typing a tab
    keys.type("We sorted waste.")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus is editor("staff")[0]
    keys.type("120")
    keys.press(Qt.Key.Key_Backtab)  # Shift+Tab goes back
    assert keys.focus is editor("story")[0]
    keys.tab_to(editor("budget")[0])
    keys.type("2500.5")
    keys.press(Qt.Key.Key_Tab)
    date_edit, calendar_button = editor("started")
    assert keys.focus is date_edit  # typed as written, or picked on the calendar after it
    keys.type("1/4/2005")
    keys.press(Qt.Key.Key_Up)  # the arrow keys move the day
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus is calendar_button

    # The next section by its shortcut, from wherever the focus is.
    keys.press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.current_section() == "choices"

    colour = editor("colour")
    keys.tab_to(colour[0])
    keys.press(Qt.Key.Key_Down)  # arrows move within the radio buttons and choose
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(editor("planet")[0])
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    fruits = editor("fruits")
    keys.tab_to(fruits[0])
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(fruits[2])
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(editor("agree")[0])
    keys.press(Qt.Key.Key_Space)
    score = editor("score")
    keys.tab_to(score[0])
    for _ in range(3):
        keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Space)
    ranking = editor("order")[0]
    keys.tab_to(ranking)
    keys.press(Qt.Key.Key_Space)  # rank alpha
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Space)  # rank beta
    keys.press(Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # beta before alpha
    group = page.repeat_group("partners")
    keys.tab_to(group.add_button)
    keys.press(Qt.Key.Key_Space)
    assert keys.focus is editor("partner_name", 0)[0]  # the new entry takes the focus
    keys.type("Kitakyushu")
    keys.press(Qt.Key.Key_Tab)  # leaving the field records the answer

    # Mark as complete by its shortcut.
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answers = page.answers()
    assert answers["name"] == "Lan"
    assert answers["story"] == "We sorted waste."
    assert answers["staff"] == 120
    assert answers["budget"] == "2500.5"
    assert isinstance(answers["started"], str)
    assert answers["colour"] == "green"
    assert answers["planet"] == "venus"
    assert answers["fruits"] == ["apple", "durian"]
    assert answers["agree"] is True
    assert answers["score"] == 4
    assert answers["order"] == ["beta", "alpha"]
    assert answers["partners"] == [{"partner_name": "Kitakyushu"}]
    state = ResponseService(workspace, questionnaire_id="keyboard-survey").load()
    assert state.completed
    assert dict(state.answers) == answers
