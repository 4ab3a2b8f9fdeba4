"""The delegate's response: round trips, no-op saves, completion and its refusal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.core.errors import ValidationError
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, profiles
from kin_desktop.services.responses import (
    IncompleteResponseError,
    QuestionnaireUnavailableError,
    ResponseService,
)
from kin_desktop.storage import repository


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[profiles.Workspace]:
    directory = tmp_path / "profile"
    profiles.init_delegate(
        directory, name="Nguyen Thi Lan", city="Da Nang", country="VN", category="city-expert"
    )
    with profiles.open_workspace(directory) as opened:
        yield opened


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[profiles.Workspace]:
    directory = tmp_path / "demo"
    demo.create_demo_profile(directory)
    with profiles.open_workspace(directory) as opened:
        yield opened


PROFILE_FILLS = {
    "respondent_name": "Nguyen Thi Lan",
    "city_name": "Da Nang",
    "country": "VN",
    "participant_category": "city-expert",
}


def _revisions(workspace: profiles.Workspace, record_id: str | None) -> int:
    assert record_id is not None
    with workspace.session() as session:
        return len(repository.history(record_id, session=session))


def _responses(workspace: profiles.Workspace) -> list[repository.CurrentRecord]:
    with workspace.session() as session:
        return repository.list_current(RecordType.RESPONSE, session=session)


def test_a_new_profile_has_no_response_yet(workspace: profiles.Workspace) -> None:
    state = ResponseService(workspace).load()
    assert state.record_id is None and state.rev_id is None
    # Only what the set-up asked shows in the respondent section (services/profile_answers.py).
    assert state.answers == {
        "respondent_name": "Nguyen Thi Lan",
        "city_name": "Da Nang",
        "country": "VN",
        "participant_category": "city-expert",
    }
    assert not state.completed
    assert not state.evaluation.complete
    assert state.evaluation.first_missing is not None


def test_saved_answers_come_back_in_a_fresh_service(workspace: profiles.Workspace) -> None:
    answers: dict[str, Any] = {
        "respondent_name": "Nguyen Thi Lan",
        "population": 887_000,
        "sectors": ["solid_waste", "other"],
        "practices": [{"practice_title": "Composting"}],
    }
    saved = ResponseService(workspace).save_answers(answers)
    assert saved.record_id is not None and saved.rev_id is not None

    loaded = ResponseService(workspace).load()
    assert loaded.record_id == saved.record_id
    assert loaded.rev_id == saved.rev_id
    assert loaded.answers == {**PROFILE_FILLS, **answers}  # the set-up's answers where none were given
    assert loaded.questionnaire_version == ResponseService(workspace).definition().version
    assert [r.record_id for r in _responses(workspace)] == [saved.record_id]
    body = _responses(workspace)[0].body
    assert body is not None and body["questionnaire_id"] == "kin4-pre-meeting"
    assert body["completed"] is False


def test_saving_the_same_answers_again_writes_no_revision(workspace: profiles.Workspace) -> None:
    service = ResponseService(workspace)
    first = service.save_answers({"respondent_name": "Lan", "area_km2": "1285.4"})
    assert _revisions(workspace, first.record_id) == 1
    # Equal after normalizing: blank values are dropped, numbers become decimal strings.
    again = service.save_answers({"respondent_name": "Lan", "area_km2": "1285.4", "main_obstacles": "  "})
    assert again.rev_id == first.rev_id
    assert _revisions(workspace, first.record_id) == 1
    changed = service.save_answers({"respondent_name": "Lan Nguyen", "area_km2": "1285.4"})
    assert changed.rev_id != first.rev_id
    assert _revisions(workspace, first.record_id) == 2


def test_nothing_to_save_creates_no_record(workspace: profiles.Workspace) -> None:
    state = ResponseService(workspace).save_answers({"respondent_name": "", "sectors": []})
    assert state.record_id is None
    assert _responses(workspace) == []


def test_one_response_per_questionnaire(workspace: profiles.Workspace) -> None:
    service = ResponseService(workspace)
    first = service.save_answers({"respondent_name": "Lan"})
    second = ResponseService(workspace).save_answers({"respondent_name": "Lan", "city_name": "Da Nang"})
    assert second.record_id == first.record_id
    assert len(_responses(workspace)) == 1


def test_decimals_are_stored_as_decimal_strings(workspace: profiles.Workspace) -> None:
    service = ResponseService(workspace)
    state = service.save_answers({"area_km2": 1285.5, "practices": [{"practice_cost": 120000}]})
    assert state.answers["area_km2"] == "1285.5"
    assert state.answers["practices"] == [{"practice_cost": "120000"}]
    body = _responses(workspace)[0].body
    assert body is not None
    assert body["answers"]["area_km2"] == "1285.5"
    assert body["answers"]["practices"][0]["practice_cost"] == "120000"


def test_invalid_answers_are_kept_and_reported(workspace: profiles.Workspace) -> None:
    state = ResponseService(workspace).save_answers({"respondent_email": "not an address"})
    assert state.answers["respondent_email"] == "not an address"
    assert [i.code for i in state.evaluation.issues_for("respondent_email")] == ["pattern"]


@pytest.mark.parametrize(
    "answers",
    [
        {"respondent_name": {"nested": "object"}},
        {"practices": "not a list"},
        {"practices": ["not an object"]},
        {"area_km2": float("nan")},
    ],
)
def test_answers_that_are_not_shaped_like_answers_are_refused(
    workspace: profiles.Workspace, answers: dict[str, Any]
) -> None:
    with pytest.raises(ValidationError) as caught:
        ResponseService(workspace).save_answers(answers)
    assert caught.value.params["reason"] == "answers_structure"
    assert _responses(workspace) == []


def test_mark_complete_refuses_naming_the_first_missing_question(workspace: profiles.Workspace) -> None:
    service = ResponseService(workspace)
    service.save_answers({"city_name": "Da Nang"})
    with pytest.raises(IncompleteResponseError) as caught:
        service.mark_complete()
    error = caught.value
    # The name came with the set-up (services/profile_answers.py); the e-mail address did not.
    assert error.first_missing.question_id == "respondent_email"
    assert error.first_missing.code == "required"
    assert error.missing > 1
    assert error.params["question_id"] == "respondent_email"
    assert not service.load().completed


def test_mark_complete_refuses_an_invalid_answer_too(demo_workspace: profiles.Workspace) -> None:
    service = ResponseService(demo_workspace)
    answers = dict(service.load().answers)
    answers["respondent_email"] = "nobody"
    service.save_answers(answers)
    with pytest.raises(IncompleteResponseError) as caught:
        service.mark_complete()
    assert caught.value.first_missing.question_id == "respondent_email"
    assert caught.value.first_missing.code == "pattern"


def test_editing_after_completion_makes_a_new_revision(demo_workspace: profiles.Workspace) -> None:
    service = ResponseService(demo_workspace)
    done = service.load()
    assert done.completed and done.evaluation.complete
    assert service.mark_complete().rev_id == done.rev_id  # already complete: nothing written
    before = _revisions(demo_workspace, done.record_id)

    answers = dict(done.answers)
    answers["main_obstacles"] = "Funding and data."
    edited = service.save_answers(answers)
    assert edited.rev_id != done.rev_id and edited.record_id == done.record_id
    assert edited.completed  # still complete: the flag stays
    assert _revisions(demo_workspace, done.record_id) == before + 1

    del answers["respondent_name"]
    reopened = service.save_answers(answers)
    assert not reopened.completed  # a required answer went missing
    assert _revisions(demo_workspace, done.record_id) == before + 2

    answers["respondent_name"] = "Trần Văn Đức"
    refilled = service.save_answers(answers)
    assert not refilled.completed  # completing is the delegate's decision, never automatic
    assert service.mark_complete().completed
    assert ResponseService(demo_workspace).load().completed
    assert _revisions(demo_workspace, done.record_id) == before + 4


def test_a_missing_questionnaire_is_a_typed_error(workspace: profiles.Workspace) -> None:
    service = ResponseService(workspace, questionnaire_id="no-such-questionnaire")
    with pytest.raises(QuestionnaireUnavailableError) as caught:
        service.load()
    assert caught.value.questionnaire_id == "no-such-questionnaire"
