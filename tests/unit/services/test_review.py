"""The secretariat's review: lists, states and their history, conflicts, responses by city and question."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from kin_desktop import paths
from kin_desktop.core.errors import ValidationError, WrongRoleError
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, profiles
from kin_desktop.services.demo_content import build_demo
from kin_desktop.services.review import ReviewFilter, ReviewService
from kin_desktop.storage import repository


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("review") / "secretariat"
    demo.create_demo_profile(directory, role="secretariat", seed=2, keyring_backend=demo.ThrowawayKeyring())
    return directory


@pytest.fixture
def workspace(template: Path, tmp_path: Path) -> Iterator[profiles.Workspace]:
    shutil.copytree(template, tmp_path / "secretariat")
    with profiles.open_workspace(tmp_path / "secretariat") as opened:
        yield opened


def _rows(workspace: profiles.Workspace, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(paths.database_path(workspace.data_dir))) as con:
        return con.execute(sql, params).fetchall()


# -- lists --------------------------------------------------------------------------------------------


def test_rows_list_every_live_record_with_its_review_state(workspace: profiles.Workspace) -> None:
    service = ReviewService(workspace)
    for kind in ("practice", "commitment"):
        rows = service.rows(kind)
        ids = [r.record_id for r in rows]
        assert sorted(ids) == sorted(r[0] for r in _rows(workspace, f"SELECT record_id FROM {kind}"))
        states = dict(
            _rows(workspace, "SELECT target_id, state FROM review_note WHERE target_type = ?", kind)
        )
        for row in rows:
            assert row.state == states.get(row.record_id, "received")
            assert row.record_type == kind and row.city and len(row.country) == 2
            assert row.category in ("mayor", "city-expert")
        assert {r.state for r in rows} >= {"received", "registered"}
    commitments = service.rows("commitment")
    assert all(r.project_type in ("demonstration", "expanded") and r.end_date for r in commitments)
    assert sum(r.conflict for r in commitments) == 1


def test_search_and_filters(workspace: profiles.Workspace) -> None:
    service = ReviewService(workspace)
    everything = service.rows("practice")
    word = everything[0].title.split()[0]
    found = service.rows("practice", word)
    assert found and all(r.record_id in {e.record_id for e in everything} for r in found)
    assert len(service.rows("practice", "zzzqqqxxx")) == 0
    country = everything[0].country
    assert {r.country for r in service.rows("practice", filters=ReviewFilter(country=country))} == {country}
    sector = everything[0].sectors[0]
    assert all(sector in r.sectors for r in service.rows("practice", filters=ReviewFilter(sector=sector)))
    registered = service.rows("practice", filters=ReviewFilter(state="registered"))
    assert registered and {r.state for r in registered} == {"registered"}
    mayors = service.rows("commitment", filters=ReviewFilter(category="mayor"))
    assert {r.category for r in mayors} <= {"mayor"}
    expanded = service.rows("commitment", filters=ReviewFilter(project_type="expanded"))
    assert {r.project_type for r in expanded} <= {"expanded"}
    both = service.rows("practice", word, ReviewFilter(country=country))
    assert {r.record_id for r in both} <= {r.record_id for r in found}
    with pytest.raises(ValidationError):
        service.rows("response")


# -- review state and history ---------------------------------------------------------------------------


def test_set_state_twice_keeps_both_revisions_in_the_history(workspace: profiles.Workspace) -> None:
    service = ReviewService(workspace)
    target = next(r for r in service.rows("practice") if r.state == "received")
    first = service.set_state(target.record_id, "has_issues", "Costs are missing.")
    second = service.set_state(target.record_id, "registered", "Costs added; registered.")
    history = service.review_history(target.record_id)
    assert [(e.state, e.comment) for e in history] == [
        ("registered", "Costs added; registered."),
        ("has_issues", "Costs are missing."),
    ]
    assert [e.rev_id for e in history] == [second.rev_id, first.rev_id]
    assert second.parents == (first.rev_id,) and second.record_id == first.record_id
    key = workspace.profile().key_id
    assert (first.owner, first.author, second.owner, second.author) == (key, key, key, key)
    # one review note per target, projected with the latest state
    notes = _rows(
        workspace, "SELECT state, comment, owner FROM review_note WHERE target_id = ?", target.record_id
    )
    assert notes == [("registered", "Costs added; registered.", key)]
    row = next(r for r in service.rows("practice") if r.record_id == target.record_id)
    assert (row.state, row.comments) == ("registered", 2)
    # nothing changed: no new revision
    again = service.set_state(target.record_id, "registered", "Costs added; registered.")
    assert again.rev_id == second.rev_id and len(service.review_history(target.record_id)) == 2


def test_recognition_needs_registration(workspace: profiles.Workspace) -> None:
    service = ReviewService(workspace)
    target = next(r for r in service.rows("commitment") if r.state == "received" or r.state == "under_review")
    with pytest.raises(ValidationError) as info:
        service.set_state(target.record_id, "under_review", recognized=True)
    assert info.value.params["reason"] == "not_registered"
    service.set_state(target.record_id, "registered", recognized=True)
    service.set_state(target.record_id, "registered", "Still fine.")  # recognition kept
    assert service.review_history(target.record_id)[0].recognized is True
    service.set_state(target.record_id, "has_issues", "Report missing.")  # no longer registered
    assert service.review_history(target.record_id)[0].recognized is False


def test_unknown_records_and_states_are_refused(workspace: profiles.Workspace) -> None:
    service = ReviewService(workspace)
    with pytest.raises(ValidationError):
        service.set_state(str(uuid.uuid4()), "registered")
    practice = service.rows("practice")[0]
    with pytest.raises(ValidationError):
        service.set_state(practice.record_id, "approved")
    assert service.review_history(str(uuid.uuid4())) == ()


# -- conflicts ---------------------------------------------------------------------------------------------


def test_conflicts_list_the_demo_conflict_and_resolve_clears_it(workspace: profiles.Workspace) -> None:
    service = ReviewService(workspace)
    (conflict,) = service.conflicts()
    assert conflict.record_type == "commitment" and conflict.title and conflict.city
    sides = service.conflict_sides(conflict.record_id)
    assert (sides.left_rev, sides.right_rev) == (conflict.heads[-1], conflict.heads[-2])
    assert {"budget_amount", "funding_source"} <= set(sides.differing)
    assert all(sides.left[f] != sides.right[f] for f in sides.differing)
    assert sides.left["title"] == sides.right["title"] and "title" not in sides.differing
    merged = {**sides.right, "funding_source": sides.left["funding_source"]}
    with workspace.session() as session:
        owner = repository.current(conflict.record_id, session=session).owner  # type: ignore[union-attr]
    resolved = service.resolve(conflict.record_id, merged)
    assert set(resolved.parents) == set(conflict.heads)
    assert resolved.owner == owner != workspace.profile().key_id
    assert resolved.author == workspace.profile().key_id
    assert service.conflicts() == ()
    with workspace.session() as session:
        current = repository.current(conflict.record_id, session=session)
        assert current is not None and not current.conflict and current.body == merged
        assert current.heads == (resolved.rev_id,)
    with pytest.raises(ValidationError) as info:
        service.resolve(conflict.record_id, merged)  # never silently over a record not in conflict
    assert info.value.params["reason"] == "no_conflict"
    with pytest.raises(ValidationError):
        service.conflict_sides(conflict.record_id)


def test_resolve_validates_the_body(workspace: profiles.Workspace) -> None:
    service = ReviewService(workspace)
    (conflict,) = service.conflicts()
    with pytest.raises(ValidationError):
        service.resolve(conflict.record_id, {"title": ""})
    assert len(service.conflicts()) == 1


# -- cities and answers ---------------------------------------------------------------------------------


def test_cities_show_every_key_and_its_questionnaire(workspace: profiles.Workspace) -> None:
    cities = ReviewService(workspace).cities()
    assert len(cities) == 8
    pending = [c for c in cities if c.status == "pending"]
    assert len(pending) == 2 and all(c.responses == 0 and not c.complete and c.ratio == 0 for c in pending)
    approved = [c for c in cities if c.status == "approved"]
    assert all(c.responses == 1 and c.complete and c.ratio == 1.0 for c in approved)
    assert all(c.delegate_name and c.category for c in cities)


def test_city_answers_are_readable_and_only_relevant(workspace: profiles.Workspace) -> None:
    service = ReviewService(workspace)
    city = next(c for c in service.cities() if c.status == "approved")
    lines = service.city_answers(city.owner)
    by_id = {(line.question_id, line.instance): line for line in lines}
    with workspace.session() as session:
        (response,) = repository.list_current(RecordType.RESPONSE, session=session, owner=city.owner)
    answers = response.body["answers"]  # type: ignore[index]
    category = by_id[("participant_category", None)]
    assert category.text in (
        "Mayor or top representative of a local government",
        "Expert of a local government",
    )
    assert category.section_title and category.label == "Participant category"
    selected = set(answers["sectors"])
    asked = {q for q, _ in by_id if q.startswith("severity_")}
    assert len(asked) == len(selected - {"other"})
    assert by_id[("severity_solid_waste", None)].text.endswith("/5") if "solid_waste" in selected else True
    practices = [line for line in lines if line.question_id == "practice_title"]
    assert [p.instance for p in practices] == list(range(len(answers["practices"])))
    assert [p.text for p in practices] == [p["practice_title"] for p in answers["practices"]]
    assert all(line.text for line in lines)
    japanese = service.city_answers(city.owner, "ja")
    assert len(japanese) == len(lines) and japanese[0].label != lines[0].label
    assert service.city_answers("no-such-owner") == ()


def test_question_answers_one_line_per_city_and_instance(workspace: profiles.Workspace) -> None:
    service = ReviewService(workspace)
    ranking = service.question_answers("priority_ranking")
    assert len(ranking) == 6 and all(a.text.startswith("1. ") for a in ranking)
    titles = service.question_answers("commitment_title")
    instances = _rows(workspace, "SELECT COUNT(*) FROM answer WHERE question_id = 'commitment_title'")[0][0]
    assert len(titles) == instances and all(a.instance is not None for a in titles)
    assert service.question_answers("no_such_question") == ()


def test_only_the_secretariat_reviews(tmp_path: Path) -> None:
    demo.create_demo_profile(tmp_path / "delegate", seed=1, keyring_backend=demo.ThrowawayKeyring())
    with profiles.open_workspace(tmp_path / "delegate") as delegate, pytest.raises(WrongRoleError):
        ReviewService(delegate)


# -- scale ------------------------------------------------------------------------------------------------


def _bulk_practices(database: Path, count: int) -> list[str]:
    """``count`` practices written straight into the derived tables (record, practice, search index), as
    the repository derives them from revisions: building them through revisions takes far longer than
    the listing this test measures."""
    practice = build_demo(5, practices=1, commitments=0).practices[0]
    owners = [uuid.uuid4().hex for _ in range(20)]
    ids = [str(uuid.uuid4()) for _ in range(count)]
    with closing(sqlite3.connect(database)) as con, con:
        con.executemany(
            "INSERT INTO record (record_id, record_type, owner, head_rev_id, heads, conflict, deleted,"
            " created_hlc, updated_hlc) VALUES (?, 'practice', ?, ?, ?, 0, 0, ?, ?)",
            [
                (
                    rid,
                    owners[i % 20],
                    f"{i:064x}",  # revision ids are SHA-256 hex, as a review note records them
                    json.dumps([f"{i:064x}"]),
                    f"{i:013d}.00000.x",
                    f"{i:013d}.00000.x",
                )
                for i, rid in enumerate(ids)
            ],
        )
        con.executemany(
            "INSERT INTO practice (record_id, owner, city, country, title, summary, sectors, state, win_win,"
            " start_year, body) VALUES (?, ?, ?, 'VN', ?, '', ?, 'ready', 0, NULL, '{}')",
            [
                (
                    rid,
                    owners[i % 20],
                    f"City {i % 20}",
                    f"{practice['title']} {i}",
                    json.dumps(practice["sectors"]),
                )
                for i, rid in enumerate(ids)
            ],
        )
        con.executemany(
            "INSERT INTO practice_fts (rowid, record_id, title, text) VALUES (?, ?, ?, ?)",
            [
                (repository.search_rowid(rid), rid, f"{practice['title']} {i}", practice["approach"])
                for i, rid in enumerate(ids)
            ],
        )
    return ids


@pytest.mark.slow
def test_rows_stay_fast_at_ten_thousand_records(tmp_path: Path) -> None:
    profiles.init_secretariat(
        tmp_path / "big", name="KIN Secretariat", keyring_backend=demo.ThrowawayKeyring()
    )
    ids = _bulk_practices(paths.database_path(tmp_path / "big"), 10_000)
    word = build_demo(5, practices=1, commitments=0).practices[0]["title"].split()[0]
    with profiles.open_workspace(tmp_path / "big") as workspace:
        service = ReviewService(workspace)
        for record_id in ids[:20]:
            service.set_state(record_id, "registered", "ok")
        started = time.perf_counter()
        rows = service.rows("practice")
        listed = time.perf_counter() - started
        started = time.perf_counter()
        found = service.rows("practice", word, ReviewFilter(state="registered"))
        searched = time.perf_counter() - started
    assert len(rows) == 10_000 and len(found) == 20
    assert sum(r.state == "registered" for r in rows) == 20
    assert listed < 3.0 and searched < 3.0, (listed, searched)  # about 0.5 s on a laptop
