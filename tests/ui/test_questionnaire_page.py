"""The questionnaire page: rendering any definition, relevance, validation, autosave, completion."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kin_desktop.core.questionnaire import Evaluation, RepeatGroup
from kin_desktop.services import demo, profiles
from kin_desktop.services.responses import ResponseService, ResponseState
from kin_desktop.storage import repository
from kin_desktop.ui.questionnaire import QuestionnairePage
from kin_desktop.ui.questionnaire.editors import (
    ComboChoiceEditor,
    DateEditor,
    DecimalEditor,
    IntegerEditor,
    LongTextEditor,
    MultipleChoiceEditor,
    RankingEditor,
    RatingEditor,
    SingleChoiceEditor,
    TextEditor,
    YesNoEditor,
)
from kin_desktop.ui.questionnaire.form import QuestionField
from kin_desktop.ui.questionnaire.section_model import CHECK_MARK, SectionListModel

PageFactory = Callable[..., QuestionnairePage]


def _en(text: str, ja: str | None = None) -> dict[str, str]:
    return {"en": text} if ja is None else {"en": text, "ja": ja}


def _choices(*values: str) -> list[dict[str, Any]]:
    return [{"value": v, "label": _en(v.replace("_", " ").title(), f"{v}（日本語）")} for v in values]


TINY: dict[str, Any] = {
    "schema_version": 1,
    "id": "tiny-survey",
    "version": "1",
    "default_language": "en",
    "languages": ["en", "ja"],
    "title": _en("Tiny survey", "小さな調査"),
    "sections": [
        {
            "id": "basics",
            "title": _en("Basics", "基本"),
            "items": [
                {
                    "kind": "question",
                    "id": "name",
                    "type": "text",
                    "label": _en("Name", "名前"),
                    "required": True,
                },
                {
                    "kind": "question",
                    "id": "story",
                    "type": "long_text",
                    "label": _en("Story"),  # no Japanese: shown in English, marked
                    "hint": _en("Tell it briefly"),
                },
                {
                    "kind": "question",
                    "id": "staff",
                    "type": "integer",
                    "label": _en("Staff", "職員数"),
                    "min": 0,
                    "max": 1000,
                    "unit": _en("people", "人"),
                },
                {
                    "kind": "question",
                    "id": "budget",
                    "type": "decimal",
                    "label": _en("Budget", "予算"),
                    "unit": _en("USD", "米ドル"),
                    "min": 0,
                },
                {
                    "kind": "question",
                    "id": "started",
                    "type": "date",
                    "label": _en("Started", "開始日"),
                    "min": "2000-01-01",
                    "max": "2010-12-31",
                },
            ],
        },
        {
            "id": "choices",
            "title": _en("Choices", "選択"),
            "items": [
                {
                    "kind": "question",
                    "id": "colour",
                    "type": "single_choice",
                    "label": _en("Colour", "色"),
                    "choices": _choices("red", "green"),
                },
                {
                    "kind": "question",
                    "id": "planet",
                    "type": "single_choice",
                    "label": _en("Planet", "惑星"),
                    "choices": _choices("mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus"),
                },
                {
                    "kind": "question",
                    "id": "fruits",
                    "type": "multiple_choice",
                    "label": _en("Fruits", "果物"),
                    "choices": _choices("apple", "mango", "durian"),
                },
                {"kind": "question", "id": "agree", "type": "yes_no", "label": _en("Agree?", "同意？")},
                {
                    "kind": "question",
                    "id": "score",
                    "type": "rating",
                    "label": _en("Score", "評価"),
                    "required": True,
                    "scale": {
                        "min": 1,
                        "max": 4,
                        "min_label": _en("Low", "低"),
                        "max_label": _en("High", "高"),
                    },
                },
                {
                    "kind": "question",
                    "id": "order",
                    "type": "ranking",
                    "label": _en("Order", "順位"),
                    "choices": _choices("alpha", "beta", "gamma"),
                    "max": 2,
                },
            ],
        },
    ],
}


@pytest.fixture
def empty_workspace(tmp_path: Path) -> Iterator[profiles.Workspace]:
    directory = tmp_path / "p"
    profiles.init_delegate(
        directory, name="Nguyen Thi Lan", city="Da Nang", country="VN", category="city-expert"
    )
    with profiles.open_workspace(directory) as workspace:
        yield workspace


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[profiles.Workspace]:
    directory = tmp_path / "d"
    demo.create_demo_profile(directory)
    with profiles.open_workspace(directory) as workspace:
        yield workspace


@pytest.fixture
def tiny_workspace(empty_workspace: profiles.Workspace) -> profiles.Workspace:
    with empty_workspace.session() as session:
        repository.save_definition(json.dumps(TINY).encode("utf-8"), session=session, source="welcome-pack")
    return empty_workspace


@pytest.fixture
def make_page(qtbot: QtBot) -> PageFactory:
    def make(workspace: profiles.Workspace, **kwargs: Any) -> QuestionnairePage:
        questionnaire_id = kwargs.pop("questionnaire_id", "kin4-pre-meeting")
        page = QuestionnairePage(ResponseService(workspace, questionnaire_id=questionnaire_id), **kwargs)
        qtbot.addWidget(page)
        page.resize(1100, 750)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def _progress(page: QuestionnairePage, section_id: str) -> str:
    model = page.findChild(QWidget, "sectionList").model()  # type: ignore[attr-defined]
    row = model.row_of(section_id)
    return str(model.index(row, SectionListModel.PROGRESS).data())


def _shown(widget: QWidget, page: QuestionnairePage) -> bool:
    return widget.isVisibleTo(page)


def _saved(qtbot: QtBot, page: QuestionnairePage) -> ResponseState:
    with qtbot.waitSignal(page.answers_saved, timeout=2000) as blocker:
        pass
    state = blocker.args[0]
    assert isinstance(state, ResponseState)
    return state


# -- the shipped questionnaire ---------------------------------------------------------------------


def test_a_full_response_shows_every_section_complete(make_page: PageFactory, demo_workspace: Any) -> None:
    page = make_page(demo_workspace)
    definition = page.definition()
    assert definition is not None
    for section in definition.sections:
        assert _progress(page, section.id).endswith(CHECK_MARK)
    assert page.findChild(QLabel, "completedLabel").isVisibleTo(page)
    assert not page.findChild(QWidget, "markCompleteButton").isEnabled()
    name = page.field("respondent_name")
    assert isinstance(name.editor, TextEditor)
    assert name.editor.line.text() == demo_workspace_answer(demo_workspace, "respondent_name")


def demo_workspace_answer(workspace: profiles.Workspace, question_id: str) -> Any:
    return ResponseService(workspace).load().answers[question_id]


def test_other_sector_asks_to_specify_it(make_page: PageFactory, empty_workspace: Any) -> None:
    page = make_page(empty_workspace)
    page.show_section("issues")
    other = page.field("sectors_other")
    assert not _shown(other, page)
    sectors = page.field("sectors").editor
    assert isinstance(sectors, MultipleChoiceEditor)
    values = sectors.question.choice_values()
    box = sectors.rows[values.index("other")].button
    box.click()
    assert _shown(other, page)
    assert other.question.required
    box.click()
    assert not _shown(other, page)
    assert "sectors_other" not in page.answers()


def test_an_invalid_email_is_explained_under_the_field_until_fixed(
    qtbot: QtBot, make_page: PageFactory, empty_workspace: Any
) -> None:
    page = make_page(empty_workspace)
    email = page.field("respondent_email")
    line = email.editor.focus_widgets()[0]
    qtbot.keyClicks(line, "nobody")
    assert not email.message.text()  # not while the delegate is still typing
    height = email.height()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert email.message.isVisibleTo(page)
    assert "expected form" in email.message.text()
    assert email.height() == height  # its line was kept for it: nothing below moves
    qtbot.keyClicks(line, "@city.gov")
    assert not email.message.text()  # fixed: the message goes at once
    assert page.answers()["respondent_email"] == "nobody@city.gov"


def test_answering_updates_the_section_progress(
    qtbot: QtBot, make_page: PageFactory, empty_workspace: Any
) -> None:
    page = make_page(empty_workspace)
    before = _progress(page, "profile")
    assert before == "4/5"  # name, city, country and category came with the set-up
    with qtbot.waitSignal(page.completeness_changed, timeout=1000) as blocker:
        qtbot.keyClicks(page.field("respondent_email").editor.focus_widgets()[0], "lan@danang.example")
    evaluation = blocker.args[0]
    assert isinstance(evaluation, Evaluation)
    assert evaluation.section("profile").required_answered == 5
    assert _progress(page, "profile").startswith("5/5")
    _saved(qtbot, page)


def test_repeat_groups_add_and_remove_within_their_limits(
    qtbot: QtBot, make_page: PageFactory, empty_workspace: Any
) -> None:
    page = make_page(empty_workspace)
    page.show_section("good_practices")
    group = page.repeat_group("practices")
    assert not _shown(group, page)
    yes_no = page.field("has_practices").editor
    assert isinstance(yes_no, YesNoEditor)
    qtbot.mouseClick(yes_no.buttons()[0], Qt.MouseButton.LeftButton)
    assert _shown(group, page)
    assert len(group.instances) == 1  # its minimum, ready to fill
    assert not group.instances[0].remove_button.isEnabled()
    assert page.focusWidget() is not None

    maximum = group.group.max
    assert maximum == 10
    while group.add_button.isEnabled():
        group.add_button.click()
    assert len(group.instances) == maximum
    assert len(page.answers()["practices"]) == maximum
    assert all(frame.remove_button.isEnabled() for frame in group.instances)

    qtbot.keyClicks(page.field("practice_title", 2).editor.focus_widgets()[0], "Third")
    qtbot.keyClicks(page.field("practice_title", 3).editor.focus_widgets()[0], "Fourth")
    group.instances[2].remove_button.click()
    assert len(group.instances) == maximum - 1
    assert group.add_button.isEnabled()
    assert page.answers()["practices"][2] == {"practice_title": "Fourth"}
    assert page.field("practice_title", 2).value() == "Fourth"
    while any(frame.remove_button.isEnabled() for frame in group.instances):
        group.instances[-1].remove_button.click()
    assert len(group.instances) == 1
    _saved(qtbot, page)


def test_changes_are_stored_within_a_second(
    qtbot: QtBot, make_page: PageFactory, empty_workspace: Any
) -> None:
    page = make_page(empty_workspace)
    status = page.findChild(QLabel, "saveStatus")
    line = page.field("respondent_position").editor.focus_widgets()[0]
    with qtbot.waitSignal(page.answers_saved, timeout=2000) as blocker:
        qtbot.keyClicks(line, "Director")
        assert status.text() == "Saving…"
    assert blocker.args[0].answers["respondent_position"] == "Director"
    assert status.text() == "All changes saved."
    assert ResponseService(empty_workspace).load().answers["respondent_position"] == "Director"


def test_flush_stores_at_once(make_page: PageFactory, qtbot: QtBot, empty_workspace: Any) -> None:
    page = make_page(empty_workspace)
    qtbot.keyClicks(page.field("population").editor.focus_widgets()[0], "887000")
    assert page.flush()
    assert ResponseService(empty_workspace).load().answers["population"] == 887000


def test_mark_complete_refuses_and_takes_the_user_to_the_first_missing_answer(
    qtbot: QtBot, make_page: PageFactory, empty_workspace: Any
) -> None:
    page = make_page(empty_workspace)
    page.show_section("support")
    button = page.findChild(QWidget, "markCompleteButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.current_section() == "profile"
    first = page.field("respondent_email")  # the name came with the set-up; the e-mail did not
    assert page.focusWidget() is first.editor.focus_widgets()[0]
    assert first.message.isVisibleTo(page) and "required" in first.message.text()
    banner = page.findChild(QLabel, "banner")
    assert banner.isVisibleTo(page) and "E-mail address" in banner.text()
    assert not ResponseService(empty_workspace).load().completed


def test_mark_complete_succeeds_when_everything_is_there(
    qtbot: QtBot, make_page: PageFactory, demo_workspace: Any
) -> None:
    page = make_page(demo_workspace)
    obstacles = page.field("main_obstacles").editor
    assert isinstance(obstacles, LongTextEditor)
    obstacles.text.setPlainText("Funding.")  # a long text reports every change
    state = _saved(qtbot, page)
    assert state.completed  # still complete after the edit
    line = page.field("respondent_name").editor.focus_widgets()[0]
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    state = _saved(qtbot, page)
    assert not state.completed
    assert page.findChild(QWidget, "markCompleteButton").isEnabled()
    qtbot.keyClicks(line, "Tran Van Duc")
    saved: list[ResponseState] = []
    page.answers_saved.connect(saved.append)
    assert page.mark_complete()
    assert [s.completed for s in saved] == [False, True]  # pending edits first, then completion
    assert page.findChild(QLabel, "completedLabel").isVisibleTo(page)
    assert ResponseService(demo_workspace).load().completed


def test_japanese_labels_without_losing_answers(
    qtbot: QtBot, make_page: PageFactory, empty_workspace: Any
) -> None:
    page = make_page(empty_workspace)
    name = page.field("respondent_name").editor.focus_widgets()[0]
    assert isinstance(name, QLineEdit)
    name.clear()
    qtbot.keyClicks(name, "Lan")
    page.set_language("ja")
    definition = page.definition()
    assert definition is not None
    expected = definition.question("respondent_name").label["ja"]
    assert expected in page.field("respondent_name").label.text()
    section = definition.section("profile").title["ja"]
    assert page.findChild(QWidget, "section:profile").title.text() == section  # type: ignore[attr-defined]
    assert not page.field("respondent_name").tag.isVisibleTo(page)  # fully translated: no marker
    assert page.field("respondent_name").value() == "Lan"
    assert page.language() == "ja"
    _saved(qtbot, page)


def test_every_input_has_an_accessible_name_and_tab_follows_reading_order(
    make_page: PageFactory, demo_workspace: Any
) -> None:
    page = make_page(demo_workspace)
    definition = page.definition()
    assert definition is not None
    for section in definition.sections:
        page.show_section(section.id)
        fields: list[QuestionField] = []
        for item in section.items:
            if isinstance(item, RepeatGroup):
                for instance in range(len(page.answers().get(item.id, []))):
                    fields.extend(page.field(q.id, instance) for q in item.items)
            else:
                fields.append(page.field(item.id))
        chain: list[QWidget] = []
        for field in fields:
            for widget in field.editor.focus_widgets():
                assert widget.accessibleName(), (field.key, widget)
            chain.append(field.editor.focus_widgets()[0])
        visible = [w for w in chain if w.isVisibleTo(page) and w.isEnabled()]
        order: list[QWidget] = []
        widget = visible[0]
        for _ in range(2000):
            if widget in visible and widget not in order:
                order.append(widget)
            if len(order) == len(visible):
                break
            widget = widget.nextInFocusChain()
        assert order == visible, section.id


def test_no_definition_gives_a_clear_empty_state(make_page: PageFactory, empty_workspace: Any) -> None:
    page = make_page(empty_workspace, questionnaire_id="not-here")
    assert not page.has_questionnaire()
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "No questionnaire yet" in texts
    assert page.flush()
    assert not page.mark_complete()


def test_the_section_model_is_sound(qtmodeltester: Any, make_page: PageFactory, demo_workspace: Any) -> None:
    page = make_page(demo_workspace)
    model = page.findChild(QWidget, "sectionList").model()  # type: ignore[attr-defined]
    qtmodeltester.check(model)


# -- any definition ----------------------------------------------------------------------------------


def test_a_custom_definition_with_every_question_type(
    qtbot: QtBot, make_page: PageFactory, tiny_workspace: Any
) -> None:
    page = make_page(tiny_workspace, questionnaire_id="tiny-survey")
    name = page.field("name").editor
    story = page.field("story").editor
    staff = page.field("staff").editor
    budget = page.field("budget").editor
    started = page.field("started").editor
    assert isinstance(name, TextEditor) and isinstance(story, LongTextEditor)
    assert isinstance(staff, IntegerEditor) and isinstance(budget, DecimalEditor)
    assert isinstance(started, DateEditor)

    qtbot.keyClicks(name.line, "Lan")
    qtbot.keyClicks(story.text, "It began in 2004.")
    qtbot.keyClicks(staff.line, "12x")  # the letter is refused by the validator
    qtbot.keyClicks(budget.line, "1250.50")
    assert staff.unit.text() == "people" and budget.unit.text() == "USD"
    assert started.value() is None and started.entry.is_empty()  # no date forced
    qtbot.keyClicks(started.entry.edit, "1/4/2005")
    qtbot.keyClick(started.entry.edit, Qt.Key.Key_Return)
    assert started.value() == "2005-04-01"

    page.show_section("choices")
    colour = page.field("colour").editor
    planet = page.field("planet").editor
    fruits = page.field("fruits").editor
    agree = page.field("agree").editor
    score = page.field("score").editor
    order = page.field("order").editor
    assert isinstance(colour, SingleChoiceEditor) and isinstance(planet, ComboChoiceEditor)
    assert isinstance(fruits, MultipleChoiceEditor) and isinstance(agree, YesNoEditor)
    assert isinstance(score, RatingEditor) and isinstance(order, RankingEditor)
    colour.buttons()[1].click()
    planet.combo.setFocus()
    for _ in range(3):  # "— Not answered —", then mercury, venus, earth
        qtbot.keyClick(planet.combo, Qt.Key.Key_Down)
    fruits.buttons()[0].click()
    fruits.buttons()[2].click()
    agree.buttons()[1].click()
    assert score.low_label.text() == "Low" and score.high_label.text() == "High"
    score.buttons()[3].click()
    assert [order.list.item(i).text() for i in range(3)] == ["Alpha", "Beta", "Gamma"]
    order.list.item(2).setCheckState(Qt.CheckState.Checked)  # gamma: ranked first, moves to the top
    assert [order.list.item(i).text() for i in range(3)] == ["1. Gamma", "Alpha", "Beta"]
    order.list.item(1).setCheckState(Qt.CheckState.Checked)  # alpha: ranked second
    state = _saved(qtbot, page)

    answers = dict(state.answers)
    assert answers == {
        "name": "Lan",
        "story": "It began in 2004.",
        "staff": 12,
        "budget": "1250.50",
        "started": "2005-04-01",
        "colour": "green",
        "planet": "earth",
        "fruits": ["apple", "durian"],
        "agree": False,
        "score": 4,
        "order": ["gamma", "alpha"],
    }
    assert state.evaluation.complete
    order.list.setCurrentRow(1)
    assert order.up_button.isEnabled() and not order.down_button.isEnabled()
    order.up_button.click()
    assert page.answers()["order"] == ["alpha", "gamma"]

    colour.clear_button.click()
    started.entry.edit.clear()  # the field's own clear button does the same
    started.entry.edit.editingFinished.emit()
    assert page.answers().get("colour") is None and page.answers().get("started") is None
    order.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # alpha
    order.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # gamma
    assert order.value() is None
    assert page.flush()
    stored = ResponseService(tiny_workspace, questionnaire_id="tiny-survey").load().answers
    assert "colour" not in stored and "started" not in stored and "order" not in stored


def test_a_missing_translation_shows_english_with_a_marker(
    make_page: PageFactory, tiny_workspace: Any
) -> None:
    page = make_page(tiny_workspace, questionnaire_id="tiny-survey", language="ja")
    story = page.field("story")
    assert "Story" in story.label.text()
    assert story.tag.isVisibleTo(page) and story.tag.text() == "EN"
    assert "English" in story.tag.toolTip()
    name = page.field("name")
    assert "名前" in name.label.text() and not name.tag.isVisibleTo(page)
    page.set_language("en")
    assert not story.tag.isVisibleTo(page)


def test_focus_leaving_the_page_saves(qtbot: QtBot, make_page: PageFactory, tiny_workspace: Any) -> None:
    page = make_page(tiny_workspace, questionnaire_id="tiny-survey", autosave_delay_ms=60_000)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    line = page.field("name").editor.focus_widgets()[0]
    page.activateWindow()
    line.setFocus()
    qtbot.keyClicks(line, "Lan")
    with qtbot.waitSignal(page.answers_saved, timeout=2000):
        QApplication.instance().focusChanged.emit(line, other)  # type: ignore[union-attr]
    assert ResponseService(tiny_workspace, questionnaire_id="tiny-survey").load().answers["name"] == "Lan"


def test_the_respondent_section_is_the_profile(
    qtbot: QtBot, make_page: PageFactory, empty_workspace: Any
) -> None:
    """What the set-up asked shows in the respondent section, and a change there is the profile's."""
    from kin_desktop.ui.questionnaire.editors import CountryEditor

    page = make_page(empty_workspace)
    assert page.field("respondent_name").value() == "Nguyen Thi Lan"
    assert page.field("city_name").value() == "Da Nang"
    country = page.field("country").editor
    assert isinstance(country, CountryEditor)
    assert country.value() == "VN" and country.picker.currentText() == "Viet Nam"
    line = country.picker.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "Thailand")  # a name, not a code: it is found
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.answers()["country"] == "TH"
    assert page.flush()
    assert empty_workspace.profile().country == "TH"


def test_an_optional_section_left_empty_gets_no_tick(
    qtbot: QtBot, make_page: PageFactory, empty_workspace: Any
) -> None:
    page = make_page(empty_workspace)
    evaluation = page.evaluation()
    definition = page.definition()
    assert evaluation is not None and definition is not None
    optional = [
        s.id
        for s in definition.sections
        if evaluation.section(s.id).relevant and evaluation.section(s.id).required_total == 0
    ]
    assert optional, "the questionnaire has a section with nothing required"
    for section_id in optional:
        assert "✓" not in _progress(page, section_id), section_id  # nothing answered: nothing done


def test_the_section_list_folds_away_on_a_narrow_page(
    qtbot: QtBot, make_page: PageFactory, demo_workspace: Any
) -> None:
    """Where the list and a comfortable form do not both fit, the list gives way to a drop-down list
    of the sections between Previous and Next; the toggle brings it back, and that choice stands."""
    page = make_page(demo_workspace)
    page.resize(1400, 700)
    qtbot.waitUntil(lambda: page.sections_listed())
    combo = page.findChild(QComboBox, "sectionCombo")
    assert combo is not None and not combo.isVisibleTo(page)
    page.resize(760, 560)
    qtbot.waitUntil(lambda: not page.sections_listed())
    assert combo.isVisibleTo(page)
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert page.current_section() == page.definition().sections[2].id  # type: ignore[union-attr]
    page.set_sections_listed(True)  # the user asks for it: it stays, even narrow
    page.resize(740, 560)
    qtbot.wait(10)
    assert page.sections_listed()


def test_mark_as_complete_moves_nothing_sideways(
    qtbot: QtBot, make_page: PageFactory, empty_workspace: Any
) -> None:
    page = make_page(empty_workspace)
    page.resize(800, 560)
    page.show_section("support")
    button = page.findChild(QWidget, "markCompleteButton")
    scroll = page.findChild(QWidget, "formScroll")
    before = button.mapTo(page, button.rect().topLeft())  # type: ignore[union-attr]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.current_section() == "profile"  # taken to the first missing answer
    assert scroll.horizontalScrollBar().value() == 0  # type: ignore[attr-defined]
    assert scroll.horizontalScrollBar().maximum() == 0  # type: ignore[attr-defined]
    assert button.mapTo(page, button.rect().topLeft()) == before  # type: ignore[union-attr]
