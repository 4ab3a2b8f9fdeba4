"""Connecting cities facing similar challenges: challenges from answers, ranked practices, the catalogue."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.core.schemas import RecordType
from kin_desktop.services import matching
from kin_desktop.services.profiles import Workspace
from kin_desktop.services.review import ReviewService
from tests.helpers.bundles import (
    Party,
    enrol,
    export,
    make_delegate,
    make_secretariat,
    save,
    small_practice,
    welcome_pack,
)


def _response(answers: dict[str, Any]) -> dict[str, Any]:
    return {
        "questionnaire_id": "kin4-pre-meeting",
        "questionnaire_version": "2007.1",
        "answers": answers,
        "completed": False,
    }


SUBJECT_ANSWERS = {
    "sectors": ["solid_waste", "wastewater_sanitation", "energy"],
    "severity_solid_waste": 5,
    "trend_solid_waste": "worsening",
    "severity_wastewater": 3,
    "trend_wastewater": "stable",
    "severity_energy": 2,
    "trend_energy": "improving",
    "priority_ranking": ["wastewater_sanitation", "solid_waste"],
}


@dataclass(frozen=True)
class Net:
    secretariat: Party
    subject: Party  # the city looking for practices
    practices: dict[str, str]  # label -> practice id


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Net:
    root = tmp_path_factory.mktemp("matching")
    secretariat = make_secretariat(root / "sec")
    pack = welcome_pack(secretariat, root / "welcome.kinw")
    subject = make_delegate(
        root / "hp", city="Hai Phong", country="VN", welcome_pack=pack, secretariat=secretariat
    )
    bangkok = make_delegate(
        root / "bkk", city="Bangkok", country="TH", name="Somchai", welcome_pack=pack, secretariat=secretariat
    )
    cebu = make_delegate(
        root / "cebu",
        city="Cebu City",
        country="PH",
        name="Maria",
        welcome_pack=pack,
        secretariat=secretariat,
    )
    save(subject, RecordType.RESPONSE, _response(SUBJECT_ANSWERS))
    practices = {
        "own waste": save(
            subject,
            RecordType.PRACTICE,
            small_practice(1, title="Our own composting", sectors=["solid_waste"]),
        ).record_id,
        "waste": save(
            bangkok,
            RecordType.PRACTICE,
            small_practice(2, title="Waste bank", sectors=["solid_waste"], win_win=False),
        ).record_id,
        "wastewater": save(
            cebu,
            RecordType.PRACTICE,
            small_practice(3, title="Septage management", sectors=["wastewater_sanitation"], win_win=False),
        ).record_id,
        "energy": save(
            cebu,
            RecordType.PRACTICE,
            small_practice(4, title="Solar street lights", sectors=["energy"], win_win=False),
        ).record_id,
        "air": save(
            bangkok,
            RecordType.PRACTICE,
            small_practice(5, title="Clean air plan", sectors=["air_quality"], win_win=True),
        ).record_id,
        "waste and energy": save(
            cebu,
            RecordType.PRACTICE,
            small_practice(6, title="Waste to energy", sectors=["energy", "solid_waste"], win_win=True),
        ).record_id,
    }
    for number, party in enumerate((subject, bangkok, cebu)):
        enrol(secretariat, export(party, root / f"out{number}"))
    return Net(secretariat, subject, practices)


@pytest.fixture
def workspace(template: Net, tmp_path: Path) -> Iterator[Workspace]:
    with template.secretariat.copy_to(tmp_path / "sec").open() as opened:
        yield opened


def test_challenges_come_from_the_answers(template: Net, workspace: Workspace) -> None:
    found = matching.challenges(workspace, template.subject.key_id)
    assert found == (
        matching.Challenge("wastewater_sanitation", 3, "stable", 1),
        matching.Challenge("solid_waste", 5, "worsening", 2),
        matching.Challenge("energy", 2, "improving", None),
    )
    assert matching.challenges(workspace, "unknown-owner") == ()


def test_the_most_severe_sector_ranks_first_and_never_the_city_itself(
    template: Net, workspace: Workspace
) -> None:
    found = matching.match(workspace, template.subject.key_id)
    ids = [m.practice_id for m in found]
    assert template.practices["own waste"] not in ids
    assert template.practices["air"] not in ids  # no shared sector
    titles = [m.title for m in found]
    # solid waste: 2x5 + 2 (priority 2) + 2 (worsening) = 14; energy: 2x2 = 4; wastewater: 2x3 + 3 = 9
    assert titles == ["Waste to energy", "Waste bank", "Septage management", "Solar street lights"]
    first = found[0]
    assert first.score == 14 + 4 + 1 and first.win_win
    assert first.reasons[0] == "addresses solid waste (severity 5, worsening, priority 2)"
    assert "a win-win practice (environment and economy)" in first.reasons
    assert found[1].score == 14 and found[1].city == "Bangkok" and found[1].country == "TH"
    assert found[2].reasons == ("addresses wastewater and sanitation (severity 3, stable, priority 1)",)
    assert matching.match(workspace, template.subject.key_id, limit=2) == found[:2]
    assert matching.match(workspace, template.subject.key_id) == found  # deterministic


def test_registration_adds_a_bonus_and_fills_the_catalogue(
    template: Net, workspace: Workspace, tmp_path: Path
) -> None:
    assert matching.catalogue(workspace) == ()
    ReviewService(workspace).set_state(template.practices["energy"], "registered")
    energy = next(
        m for m in matching.match(workspace, template.subject.key_id) if m.title == "Solar street lights"
    )
    assert energy.registered and energy.score == 4 + 1
    assert "registered by the secretariat" in energy.reasons
    (entry,) = matching.catalogue(workspace)
    assert (entry["id"], entry["city"], entry["body"]["title"]) == (
        template.practices["energy"],
        "Cebu City",
        "Solar street lights",
    )
    from kin_desktop.services import exchange

    pack = exchange.make_welcome_pack(workspace, tmp_path / "pack.kinw")
    with zipfile.ZipFile(pack) as archive:
        carried = json.loads(archive.read("catalogue.json"))["practices"]
    assert carried == list(matching.catalogue(workspace)) == [entry]


def test_a_city_without_answers_gets_no_matches(workspace: Workspace) -> None:
    assert matching.match(workspace, "no-such-owner") == ()
