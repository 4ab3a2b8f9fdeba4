from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from kin_desktop.core.clock import HybridClock
from kin_desktop.core.errors import ValidationError
from kin_desktop.core.records import Revision, make_revision
from kin_desktop.storage import models as m
from kin_desktop.storage import repository as repo
from tests.unit.storage.repository.helpers import (
    DELEGATE,
    SECRETARIAT,
    hlc,
    make_delegate_profile,
    note_body,
    practice,
    rows,
    snapshot,
)

# -- projections -----------------------------------------------------------------------------------


def test_response_projection_has_one_row_per_answer(session: Session, clock: HybridClock) -> None:
    make_delegate_profile(session, key_id=DELEGATE)
    body = {
        "questionnaire_id": "kin4-pre-meeting",
        "questionnaire_version": "2007.1",
        "answers": {
            "population": 1_800_000,
            "sectors": ["solid_waste", "air_quality"],
            "empty": "",
            "unanswered": None,
            "practices": [
                {"practice_title": "Composting", "practice_cost": "120000"},
                {"practice_title": "Buses"},
            ],
        },
    }
    rev = repo.save_record("response", body, session=session, author=DELEGATE, clock=clock)
    assert rows(session, "SELECT questionnaire_id, completed, owner, city, country FROM response") == [
        ("kin4-pre-meeting", 0, DELEGATE, "Hai Phong", "Viet Nam")
    ]
    assert sorted(rows(session, "SELECT question_id, instance, value FROM answer")) == [
        ("population", None, "1800000"),
        ("practice_cost", 0, '"120000"'),
        ("practice_title", 0, '"Composting"'),
        ("practice_title", 1, '"Buses"'),
        ("sectors", None, '["solid_waste","air_quality"]'),
    ]
    # one question's answers across cities
    query = (
        select(m.Response.city, m.Answer.value)
        .join(m.Answer, col(m.Answer.response_id) == col(m.Response.record_id))
        .where(col(m.Answer.question_id) == "population")
    )
    assert session.exec(query).all() == [("Hai Phong", "1800000")]
    repo.delete_record(rev.record_id, session=session, author=DELEGATE, clock=clock)
    assert rows(session, "SELECT count(*) FROM answer") == [(0,)]


def test_commitment_projection_with_targets(session: Session, clock: HybridClock) -> None:
    body = {
        "title": "Reduce landfilled waste",
        "project_type": "expanded",
        "budget_amount": "1,250,000.50",
        "start_date": "2007-10-01",
        "end_date": "2010-06-30",
        "targets": [
            {"description": "Compost 30% of market waste", "indicator": "share composted", "due_year": 2009},
            {"description": "Separate at source in 5 wards", "target": "5", "unit": "wards"},
        ],
    }
    rev = repo.save_record("commitment", body, session=session, author=DELEGATE, clock=clock)
    assert rows(
        session, "SELECT title, project_type, budget_amount, start_date, end_date FROM commitment"
    ) == [("Reduce landfilled waste", "expanded", "1250000.50", "2007-10-01", "2010-06-30")]
    assert rows(
        session, "SELECT position, description, due_year FROM commitment_target ORDER BY position"
    ) == [
        (0, "Compost 30% of market waste", 2009),
        (1, "Separate at source in 5 wards", None),
    ]
    assert repo.search("commitment", "wards", session=session) == [rev.record_id]


def test_other_projections(session: Session, clock: HybridClock, tmp_path: Path) -> None:
    commitment = repo.save_record(
        "commitment", {"title": "Buses"}, session=session, author=DELEGATE, clock=clock
    )
    sha = repo.store_blob(b"%PDF-1.4 plan", session=session, data_dir=tmp_path)
    repo.save_record(
        "attachment",
        {"record_id": commitment.record_id, "sha256": sha, "filename": "plan.pdf", "size": 13},
        session=session,
        author=DELEGATE,
        clock=clock,
    )
    repo.save_record(
        "progress_report",
        {"commitment_id": commitment.record_id, "reported_on": "2008-12-01", "status": "on_track"},
        session=session,
        author=DELEGATE,
        clock=clock,
    )
    note = repo.save_record(
        "review_note", note_body(commitment.record_id), session=session, author=SECRETARIAT, clock=clock
    )
    assert rows(session, "SELECT target_record_id, filename, size FROM attachment") == [
        (commitment.record_id, "plan.pdf", 13)
    ]
    assert rows(session, "SELECT commitment_id, reported_on, status FROM progress_report") == [
        (commitment.record_id, "2008-12-01", "on_track")
    ]
    assert rows(session, "SELECT target_id, state, comment, owner, updated_hlc FROM review_note") == [
        (commitment.record_id, "under_review", "Please add costs", SECRETARIAT, note.hlc)
    ]


def test_places_come_from_the_key_registry_and_are_refreshed(session: Session) -> None:
    rev = make_revision("rec-1", "practice", "key-bangkok", [], "key-bangkok", hlc(1), practice("Skytrain"))
    repo.add_revisions([rev], session=session)
    assert rows(session, "SELECT city, country FROM practice") == [("", "")]
    session.add(
        m.DelegateKey(
            key_id="key-bangkok",
            signing_public_key="00" * 32,
            name="Somchai",
            city="Bangkok",
            country="Thailand",
            organisation="BMA",
            category="mayor",
            fingerprint="ABCD",
            status="approved",
            first_seen=datetime.now(UTC),
        )
    )
    assert repo.refresh_projections(session=session, owner="key-bangkok") == 1
    assert rows(session, "SELECT city, country FROM practice") == [("Bangkok", "Thailand")]


def test_profile_place_changes_refresh_own_projections(session: Session, clock: HybridClock) -> None:
    make_delegate_profile(session)
    repo.save_record("practice", practice("Composting"), session=session, author=DELEGATE, clock=clock)
    assert rows(session, "SELECT city FROM practice") == [("",)]
    repo.update_profile(session=session, key_id=DELEGATE)
    assert rows(session, "SELECT city FROM practice") == [("Hai Phong",)]
    with pytest.raises(ValidationError):
        repo.update_profile(session=session, role="secretariat")


# -- order independence ----------------------------------------------------------------------------


def _revision_set() -> list[Revision]:
    """Revisions over several records with forks, merges, tombstones and a missing parent."""
    p = "rec-practice"
    a = make_revision(p, "practice", DELEGATE, [], DELEGATE, hlc(1), practice("Composting", summary="market"))
    b = make_revision(p, "practice", DELEGATE, [a.rev_id], DELEGATE, hlc(3, "l1"), practice("Compost A"))
    c = make_revision(p, "practice", DELEGATE, [a.rev_id], DELEGATE, hlc(3, "l2"), practice("Compost B"))
    d = make_revision(p, "practice", DELEGATE, [b.rev_id], DELEGATE, hlc(4, "l1"), practice("Compost A2"))
    q = "rec-commitment"
    e = make_revision(q, "commitment", DELEGATE, [], DELEGATE, hlc(2), {"title": "Buses", "targets": []})
    f = make_revision(
        q,
        "commitment",
        DELEGATE,
        [e.rev_id],
        DELEGATE,
        hlc(5, "l1"),
        {"title": "Buses", "targets": [{"description": "Two new lines"}]},
    )
    g = make_revision(q, "commitment", DELEGATE, [e.rev_id], DELEGATE, hlc(6, "l2"), None)
    h = make_revision(q, "commitment", DELEGATE, [f.rev_id, g.rev_id], DELEGATE, hlc(7), {"title": "BRT"})
    r = "rec-response"
    answers = {"questionnaire_id": "kin4", "questionnaire_version": "1", "answers": {"population": 5}}
    i = make_revision(r, "response", DELEGATE, [], DELEGATE, hlc(1), answers)
    answers2 = {**answers, "answers": {"population": 6, "groups": [{"x": 1}, {"x": 2}]}}
    j = make_revision(r, "response", DELEGATE, [i.rev_id], DELEGATE, hlc(2), answers2)
    k = make_revision(
        r, "response", DELEGATE, [i.rev_id], DELEGATE, hlc(2, "l2"), {**answers, "completed": True}
    )
    n = "rec-note"
    note1 = make_revision(n, "review_note", SECRETARIAT, [], SECRETARIAT, hlc(8), note_body(p))
    note2 = make_revision(
        n, "review_note", SECRETARIAT, [note1.rev_id], SECRETARIAT, hlc(9), note_body(p, "registered")
    )
    # a child whose parent is never delivered
    orphan = make_revision(
        "rec-orphan", "practice", DELEGATE, ["e" * 64], DELEGATE, hlc(4), practice("Orphan")
    )
    return [a, b, c, d, e, f, g, h, i, j, k, note1, note2, orphan]


REVISIONS = _revision_set()


@pytest.fixture
def expected_state(engine: Engine) -> tuple[list[tuple[Any, ...]], ...]:
    with Session(engine) as session:
        repo.add_revisions(REVISIONS, session=session)
        state = snapshot(session)
        session.rollback()
    return state


def test_expected_state_of_the_revision_set(engine: Engine, expected_state: Any) -> None:
    with Session(engine) as session:
        repo.add_revisions(REVISIONS, session=session)
        records = {
            c.record_id: c
            for t in ("practice", "commitment", "response")
            for c in repo.list_current(t, session=session)
        }
        assert records["rec-practice"].conflict and records["rec-practice"].body == {**REVISIONS[3].body}  # type: ignore[dict-item]
        assert not records["rec-commitment"].conflict
        assert records["rec-commitment"].body is not None and records["rec-commitment"].body["title"] == "BRT"
        assert records["rec-response"].conflict
        assert records["rec-orphan"].heads == (REVISIONS[-1].rev_id,)
        session.rollback()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    order=st.permutations(range(len(REVISIONS))),
    repeats=st.lists(st.integers(0, len(REVISIONS) - 1), max_size=8),
    cuts=st.lists(st.integers(1, len(REVISIONS) + 8), max_size=5),
)
def test_final_state_does_not_depend_on_arrival_order(
    engine: Engine, expected_state: Any, order: list[int], repeats: list[int], cuts: list[int]
) -> None:
    sequence = [REVISIONS[i] for i in order] + [REVISIONS[i] for i in repeats]
    bounds = sorted({0, len(sequence), *(c for c in cuts if c < len(sequence))})
    with Session(engine) as session:
        for start, end in zip(bounds, bounds[1:], strict=False):
            repo.add_revisions(sequence[start:end], session=session)
        assert snapshot(session) == expected_state
        session.rollback()
