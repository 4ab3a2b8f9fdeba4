"""A delegate holding two versions of a questionnaire: new answers go to the newest, the older stays as answered."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kin_desktop.services import profiles
from kin_desktop.services.responses import ResponseService, questionnaire_choices
from kin_desktop.storage import repository
from kin_desktop.ui.questionnaire import QuestionnairePage


def definition(version: str, extra: list[dict[str, Any]] | None = None) -> bytes:
    items = [
        {"kind": "question", "id": "city", "type": "text", "label": {"en": "City"}, "required": True},
        *(extra or []),
    ]
    return json.dumps(
        {
            "schema_version": 1,
            "id": "followup",
            "version": version,
            "default_language": "en",
            "languages": ["en"],
            "title": {"en": "Follow-up"},
            "sections": [{"id": "main", "title": {"en": "Main"}, "items": items}],
        }
    ).encode()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[profiles.Workspace]:
    directory = tmp_path / "delegate"
    profiles.init_delegate(directory, name="An", city="Hai Phong", country="VN", category="mayor")
    with profiles.open_workspace(directory) as opened:
        with opened.session() as session:
            repository.save_definition(definition("1"), session=session, source="welcome-pack")
        ResponseService(opened, questionnaire_id="followup").save_answers({"city": "Hai Phong"})
        extra = [{"kind": "question", "id": "budget", "type": "integer", "label": {"en": "Budget"}}]
        with opened.session() as session:
            repository.save_definition(definition("2", extra), session=session, source="welcome-pack")
        yield opened


def test_the_page_offers_the_newest_and_the_answered_versions(
    qtbot: QtBot, workspace: profiles.Workspace
) -> None:
    choices = [c for c in questionnaire_choices(workspace) if c.questionnaire_id == "followup"]
    assert [(c.version, c.current, c.answered) for c in choices] == [("2", True, False), ("1", False, True)]
    page = QuestionnairePage(
        ResponseService(workspace, questionnaire_id="followup"), choices=choices, autosave_delay_ms=0
    )
    qtbot.addWidget(page)
    page.show()
    combo = page.findChild(QComboBox, "versionCombo")
    assert combo is not None and combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Follow-up (version 2)",
        "Follow-up (version 1, your earlier answers)",
    ]
    assert page.answers() == {"city": "Hai Phong"}  # carried over from version 1, written nowhere yet
    with qtbot.waitSignal(page.choice_requested) as requested:
        combo.setCurrentIndex(1)
    assert requested.args == ["followup", "1"]


def test_an_older_version_is_shown_as_it_was_answered(qtbot: QtBot, workspace: profiles.Workspace) -> None:
    choices = questionnaire_choices(workspace)
    page = QuestionnairePage(
        ResponseService(workspace, questionnaire_id="followup", version="1"), choices=choices
    )
    qtbot.addWidget(page)
    page.show()
    banner = page.findChild(QLabel, "banner")
    assert banner is not None and banner.isVisible()
    assert (
        "version 1 of this questionnaire, kept as you answered it. New answers go to version 2"
        in banner.text()
    )
    form = page.findChild(QWidget, "form")
    assert form is not None and not form.isEnabled()
    combo = page.findChild(QComboBox, "versionCombo")
    assert combo is not None and combo.currentText() == "Follow-up (version 1, your earlier answers)"
    assert page.minimumSizeHint().width() <= 1024  # a long title does not widen the page
    complete = page.findChild(QPushButton, "markCompleteButton")
    assert complete is not None and not complete.isVisible()
    assert page.answers() == {"city": "Hai Phong"}


def test_a_required_message_from_the_author_is_what_the_delegate_reads(qtbot: QtBot) -> None:
    from kin_desktop.core.questionnaire import AnswerIssue, load_definition
    from kin_desktop.ui.questionnaire.texts import describe_issue

    document = json.loads(definition("1"))
    document["languages"] = ["en", "th"]
    document["sections"][0]["items"][0]["required_message"] = {"en": "Which city?", "th": "เมืองใด"}
    question = load_definition(document).question("city")
    issue = AnswerIssue("city", None, "required", "an answer is required", {})
    assert describe_issue(issue, question, "th") == "เมืองใด"
    assert describe_issue(issue, question, "vi") == "Which city?"
