"""The dashboard's figures equal what the database holds."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from kin_desktop import paths
from kin_desktop.core.errors import WrongRoleError
from kin_desktop.services import demo, profiles
from kin_desktop.services.dashboard import dashboard
from kin_desktop.services.review import ReviewService


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("dashboard") / "secretariat"
    demo.create_demo_profile(directory, role="secretariat", seed=4, keyring_backend=demo.ThrowawayKeyring())
    return directory


@pytest.fixture
def workspace(template: Path, tmp_path: Path) -> Iterator[profiles.Workspace]:
    shutil.copytree(template, tmp_path / "secretariat")
    with profiles.open_workspace(tmp_path / "secretariat") as opened:
        yield opened


def _sql(workspace: profiles.Workspace, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(paths.database_path(workspace.data_dir))) as con:
        return con.execute(sql).fetchall()


def test_counts_equal_the_database(workspace: profiles.Workspace) -> None:
    figures = dashboard(workspace)
    practices = _sql(workspace, "SELECT country, sectors FROM practice")
    commitments = _sql(workspace, "SELECT record_id, country, body, end_date FROM commitment")
    assert figures.practices == len(practices) > 0
    assert figures.commitments == len(commitments) > 0
    countries = Counter(c for c, _ in practices) + Counter(c for _, c, _, _ in commitments)
    assert figures.by_country == dict(countries)
    assert sum(figures.by_country.values()) == figures.practices + figures.commitments
    sectors: Counter[str] = Counter()
    for _country, raw in practices:
        sectors.update(set(json.loads(raw)))
    for _rid, _country, body, _end in commitments:
        sectors.update(set(json.loads(body)["sectors"]))
    assert figures.by_sector == dict(sectors)
    assert figures.commitments_by_year == dict(Counter(int(end[:4]) for *_, end in commitments if end))
    approved = _sql(
        workspace, "SELECT key_id, city, country, category FROM delegate_key WHERE status = 'approved'"
    )
    assert figures.by_category == dict(Counter(category for *_, category in approved))
    assert figures.cities == len({(city, country) for _k, city, country, _c in approved}) == 6
    completed = dict(_sql(workspace, "SELECT owner, completed FROM response"))
    assert figures.questionnaire == {
        "complete": sum(1 for k, *_ in approved if completed.get(k)),
        "in_progress": sum(1 for k, *_ in approved if k in completed and not completed[k]),
        "none": sum(1 for k, *_ in approved if k not in completed),
    }
    notes = dict(_sql(workspace, "SELECT target_id, state FROM review_note WHERE target_type = 'commitment'"))
    states = Counter(notes.get(rid, "received") for rid, *_ in commitments)
    assert figures.by_state == dict(states)
    assert sum(figures.by_state.values()) == figures.commitments


def test_review_changes_show_at_once(workspace: profiles.Workspace) -> None:
    before = dashboard(workspace)
    target = next(r for r in ReviewService(workspace).rows("commitment") if r.state != "has_issues")
    ReviewService(workspace).set_state(target.record_id, "has_issues", "Please add a budget.")
    after = dashboard(workspace)
    assert after.by_state["has_issues"] == before.by_state.get("has_issues", 0) + 1
    assert sum(after.by_state.values()) == sum(before.by_state.values())


def test_an_empty_secretariat(tmp_path: Path) -> None:
    profiles.init_secretariat(
        tmp_path / "empty", name="KIN Secretariat", keyring_backend=demo.ThrowawayKeyring()
    )
    with profiles.open_workspace(tmp_path / "empty") as workspace:
        figures = dashboard(workspace)
    assert (figures.practices, figures.commitments, figures.cities) == (0, 0, 0)
    assert figures.questionnaire == {"complete": 0, "in_progress": 0, "none": 0}
    assert figures.by_country == figures.by_state == figures.commitments_by_year == {}


def test_only_the_secretariat(tmp_path: Path) -> None:
    demo.create_demo_profile(tmp_path / "delegate", seed=2, keyring_backend=demo.ThrowawayKeyring())
    with profiles.open_workspace(tmp_path / "delegate") as workspace, pytest.raises(WrongRoleError):
        dashboard(workspace)
