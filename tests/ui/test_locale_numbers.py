"""Counts and amounts are shown in the interface language's digits and grouping (Settings)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kin_desktop.core.questionnaire import RepeatGroup
from kin_desktop.ui import language
from kin_desktop.ui.questionnaire.form import QuestionField, RepeatGroupWidget
from kin_desktop.ui.records import labels


@pytest.fixture(autouse=True)
def source_texts_after() -> Iterator[None]:
    """Translators and the default locale are global: every test leaves the source texts installed."""
    yield
    language.uninstall()


def _group(**limits: int) -> RepeatGroup:
    return RepeatGroup.model_validate(
        {
            "kind": "repeat",
            "id": "sites",
            "label": {"en": "Sites"},
            "items": [{"kind": "question", "id": "site", "type": "text", "label": {"en": "Site"}}],
            **limits,
        }
    )


def _limits_text(qtbot: QtBot, group: RepeatGroup) -> str:
    widget = RepeatGroupWidget(group, lambda question, index: QuestionField(question, index))
    qtbot.addWidget(widget)
    widget.retranslate("en")
    return widget.limits.text()


def test_counts_follow_the_chosen_language(qtbot: QtBot) -> None:
    language.install("en")
    assert _limits_text(qtbot, _group(min=1, max=10000)) == "Between 1 and 10,000 entries."
    assert _limits_text(qtbot, _group(max=12500)) == "At most 12,500 entries."
    language.install("id")  # Indonesian groups thousands with a full stop
    assert _limits_text(qtbot, _group(min=1, max=10000)) == "Antara 1 dan 10.000 entri."
    assert _limits_text(qtbot, _group(max=12500)) == "Paling banyak 12.500 entri."


def test_plural_counts_follow_the_chosen_language() -> None:
    language.install("en")
    english = QCoreApplication.translate("DashboardPage", "%Ln practice(s)", "", 10000)
    language.install("id")
    indonesian = QCoreApplication.translate("DashboardPage", "%Ln practice(s)", "", 10000)
    assert "10,000" in english and "10.000" in indonesian


def test_amounts_follow_the_chosen_language() -> None:
    language.install("en")
    assert labels.value_text("budget_amount", "250000") == "250,000"
    assert labels.value_text("cost_amount", "1250.5") == "1,250.50"
    language.install("id")
    assert labels.value_text("budget_amount", "250000") == "250.000"
    assert labels.value_text("cost_amount", "1250.5") == "1.250,50"
    assert labels.value_text("budget_amount", "about 2 million") == "about 2 million"  # not a number
