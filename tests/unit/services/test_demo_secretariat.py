"""The secretariat's demo profile: several delegates' bundles merged, pending keys, a conflict, reviews."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import pytest

from kin_desktop import paths
from kin_desktop.services import demo, profiles
from kin_desktop.services.demo_content import CITIES, build_demo
from kin_desktop.services.followup import FollowUpService
from kin_desktop.services.review import ReviewService


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    directory = tmp_path_factory.mktemp("demo") / "secretariat"
    before = keyring.get_keyring()
    started = time.monotonic()
    demo.create_demo_profile(directory, role="secretariat", seed=1, keyring_backend=demo.ThrowawayKeyring())
    elapsed = time.monotonic() - started
    assert keyring.get_keyring() is before  # the build borrows the process keyring and gives it back
    return directory, elapsed


@pytest.fixture
def secretariat(built: tuple[Path, float], tmp_path: Path) -> Iterator[profiles.Workspace]:
    copy = tmp_path / "secretariat"
    shutil.copytree(built[0], copy)
    with profiles.open_workspace(copy) as workspace:
        yield workspace


def _query(workspace: profiles.Workspace, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(paths.database_path(workspace.data_dir))) as con:
        return con.execute(sql).fetchall()


def test_it_is_a_secretariat_with_approved_and_pending_delegates(
    secretariat: profiles.Workspace, built: tuple[Path, float]
) -> None:
    assert secretariat.profile().role == "secretariat"
    statuses = dict(_query(secretariat, "SELECT status, COUNT(*) FROM delegate_key GROUP BY status"))
    assert statuses == {"approved": 6, "pending": 2}
    held = _query(secretariat, "SELECT COUNT(*) FROM bundle_received WHERE status = 'held'")[0][0]
    assert held == 2
    # the pending delegates' records wait, unmerged
    pending = [r[0] for r in _query(secretariat, "SELECT key_id FROM delegate_key WHERE status = 'pending'")]
    owners = {r[0] for r in _query(secretariat, "SELECT DISTINCT owner FROM record")}
    assert not set(pending) & owners
    cities = {r[0] for r in _query(secretariat, "SELECT city FROM delegate_key")}
    assert cities <= {c.name for c in CITIES} and len(cities) == 8
    assert built[1] < 60  # about 10 s on a laptop; generous for a loaded CI machine


def test_one_conflict_between_two_laptops_of_one_delegation(secretariat: profiles.Workspace) -> None:
    (conflict,) = ReviewService(secretariat).conflicts()
    assert conflict.record_type == "commitment" and len(conflict.heads) == 2
    sides = ReviewService(secretariat).conflict_sides(conflict.record_id)
    assert set(sides.differing) == {"budget_amount", "funding_source"}
    authors = {
        r[0]
        for r in _query(secretariat, f"SELECT author FROM revision WHERE rev_id IN {tuple(conflict.heads)}")
    }
    assert len(authors) == 1  # the same key on both laptops


def test_progress_reports_from_the_secretariat_and_a_delegate(secretariat: profiles.Workspace) -> None:
    key = secretariat.profile().key_id
    rows = _query(secretariat, "SELECT owner, commitment_id, status FROM progress_report")
    by_secretariat = [r for r in rows if r[0] == key]
    by_delegates = [r for r in rows if r[0] != key]
    assert len(by_secretariat) >= 2 and len(by_delegates) == 1
    follow = FollowUpService(secretariat, as_of=date(2009, 6, 30))
    reported = {row.commitment_id: row for row in follow.rows() if row.reports}
    assert {r[1] for r in rows} == set(reported)
    assert any(row.recognized for row in follow.rows())
    assert follow.rows("stalled") and follow.rows("overdue")


def test_review_states_are_set(secretariat: profiles.Workspace) -> None:
    notes = _query(secretariat, "SELECT target_type, state, comment FROM review_note")
    states = {(t, s) for t, s, _c in notes}
    assert ("practice", "registered") in states and ("commitment", "registered") in states
    issues = [c for t, s, c in notes if s == "has_issues"]
    assert len(issues) == 1 and issues[0]
    # a commitment registered after being under review keeps both states in its history
    review = ReviewService(secretariat)
    registered = [r for r in review.rows("commitment") if r.state == "registered"]
    histories = [review.review_history(r.record_id) for r in registered]
    assert any([e.state for e in h][:2] == ["registered", "under_review"] for h in histories)


def test_the_delegates_content_comes_from_the_seed(secretariat: profiles.Workspace) -> None:
    """Each delegate's practices are the demo content of its city for a seed derived from the demo's."""
    titles = {r[0] for r in _query(secretariat, "SELECT title FROM practice")}
    cities = {r[0]: r[1] for r in _query(secretariat, "SELECT key_id, city FROM delegate_key")}
    owners = {r[0] for r in _query(secretariat, "SELECT owner FROM practice")}
    expected: set[str] = set()
    for index in range(8):
        for city in CITIES:
            data = build_demo(1000 + index, practices=6, commitments=0, city=city)
            expected.update(p["title"] for p in data.practices)
    assert titles <= expected
    assert {cities[o] for o in owners} <= set(cities.values())
    answers = _query(secretariat, "SELECT answers FROM response")
    assert all(json.loads(a[0])["sectors"] for a in answers)
