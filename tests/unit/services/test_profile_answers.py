"""One source of truth for the profile: the set-up's answers fill the respondent section, and
the respondent section, edited, changes the profile (the rule is in services/profile_answers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kin_desktop.services import overview, profile_answers, profiles
from kin_desktop.services.responses import ResponseService


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[profiles.Workspace]:
    directory = tmp_path / "profile"
    profiles.init_delegate(
        directory,
        name="Nguyen Thi Lan",
        city="Da Nang",
        country="VN",
        category="city-expert",
        organisation="Da Nang People's Committee",
        email="lan@danang.example",
    )
    with profiles.open_workspace(directory) as opened:
        yield opened


def test_the_set_up_answers_the_respondent_section(workspace: profiles.Workspace) -> None:
    service = ResponseService(workspace)
    state = service.load()
    assert {key: state.answers.get(key) for key in profile_answers.PROFILE_QUESTIONS} == {
        "respondent_name": "Nguyen Thi Lan",
        "respondent_organisation": "Da Nang People's Committee",
        "respondent_email": "lan@danang.example",
        "city_name": "Da Nang",
        "country": "VN",
        "participant_category": "city-expert",
    }
    assert state.record_id is None  # nothing stored: a new profile has nothing to send
    profile_section = state.evaluation.section("profile")
    assert profile_section.required_answered == profile_section.required_total  # typed once, not twice
    assert overview.overview_of(workspace).evaluation.section("profile").required_answered == (
        profile_section.required_answered
    )


def test_a_respondent_answer_changed_changes_the_profile(workspace: profiles.Workspace) -> None:
    service = ResponseService(workspace)
    answers = dict(service.load().answers)
    answers.update(city_name="Đà Nẵng", country="VN", respondent_email="lan.nguyen@danang.example")
    service.save_answers(answers)
    profile = workspace.profile()
    assert (profile.city, profile.email) == ("Đà Nẵng", "lan.nguyen@danang.example")
    assert ResponseService(workspace).load().answers["city_name"] == "Đà Nẵng"


def test_a_wrong_answer_stays_in_the_answers_not_in_the_profile(workspace: profiles.Workspace) -> None:
    service = ResponseService(workspace)
    answers = dict(service.load().answers)
    answers.update(respondent_email="lan@", country="Thai", respondent_name="")
    state = service.save_answers(answers)
    profile = workspace.profile()
    assert (profile.email, profile.country, profile.name) == ("lan@danang.example", "VN", "Nguyen Thi Lan")
    assert state.answers["respondent_email"] == "lan@"  # the delegate's text is kept, with its message
    assert state.evaluation.issues_for("respondent_email", None)
    reloaded = ResponseService(workspace).load().answers
    assert reloaded["respondent_email"] == "lan@" and reloaded["country"] == "Thai"
    # An emptied name is unanswered: the profile's name shows again.
    assert reloaded["respondent_name"] == "Nguyen Thi Lan"
