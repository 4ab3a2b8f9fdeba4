from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from kin_desktop.core.clock import HybridClock
from kin_desktop.core.errors import ProfileExistsError, ValidationError
from kin_desktop.core.records import Revision, make_revision, verify_revision
from kin_desktop.storage import db
from kin_desktop.storage import models as m
from kin_desktop.storage import repository as repo

DELEGATE = "key-hai-phong"
SECRETARIAT = "key-secretariat"


class FakeTime:
    def __init__(self, ms: int = 1_178_000_000_000) -> None:
        self.ms = ms

    def __call__(self) -> int:
        self.ms += 1
        return self.ms


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = db.open_database(tmp_path / "kin.sqlite3")
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with db.session_scope(engine) as session:
        yield session


@pytest.fixture
def clock() -> HybridClock:
    return HybridClock("laptop1", now_ms=FakeTime())


def practice(title: str, **extra: Any) -> dict[str, Any]:
    return {"title": title, **extra}


def hlc(n: int, node: str = "laptop") -> str:
    return f"{1_178_000_000_000 + n:013d}.00000.{node}"


def rows(session: Session, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in session.connection().execute(text(sql)).all()]


# -- profile -------------------------------------------------------------------------------------


def _delegate_profile(session: Session, **extra: Any) -> repo.ProfileData:
    return repo.create_profile(
        session=session,
        role="delegate",
        name="Nguyen Van A",
        city="Hai Phong",
        country="Viet Nam",
        organisation="People's Committee",
        email="a@example.org",
        category="city-expert",
        **extra,
    )


def test_profile_is_created_once(session: Session) -> None:
    assert repo.get_profile(session=session) is None
    profile = _delegate_profile(session)
    assert profile.role == "delegate" and profile.category == "city-expert"
    assert len(profile.device_id) == 32 and profile.next_bundle_seq == 1
    assert profile.created_at.tzinfo is not None
    assert repo.get_profile(session=session) == profile
    with pytest.raises(ProfileExistsError):
        _delegate_profile(session)


def test_profile_values_are_checked(session: Session) -> None:
    with pytest.raises(ValidationError):
        repo.create_profile(
            session=session, role="mayor", name="x", city="x", country="x", organisation="x", email="x"
        )
    with pytest.raises(ValidationError):
        repo.create_profile(
            session=session,
            role="secretariat",
            name="x",
            city="x",
            country="x",
            organisation="x",
            email="x",
            category="mayor",
        )


def test_bundle_sequence_and_clock_are_kept_in_the_profile(session: Session, clock: HybridClock) -> None:
    _delegate_profile(session, key_id=DELEGATE)
    assert [repo.take_bundle_sequence(session=session) for _ in range(3)] == [1, 2, 3]
    repo.save_record("practice", practice("Composting"), session=session, author=DELEGATE, clock=clock)
    profile = repo.get_profile(session=session)
    assert profile is not None and profile.next_bundle_seq == 4
    assert profile.hlc_last == clock.last


# -- records -------------------------------------------------------------------------------------


def test_save_creates_a_revision_and_the_current_state(session: Session, clock: HybridClock) -> None:
    rev = repo.save_record(
        "practice", practice(" Composting "), session=session, author=DELEGATE, clock=clock
    )
    verify_revision(rev)
    assert rev.parents == () and rev.owner == DELEGATE and rev.author == DELEGATE
    assert rev.body is not None and rev.body["title"] == "Composting"
    now = repo.current(rev.record_id, session=session)
    assert now == repo.CurrentRecord(
        record_id=rev.record_id,
        record_type="practice",
        owner=DELEGATE,
        rev_id=rev.rev_id,
        body=rev.body,
        conflict=False,
        heads=(rev.rev_id,),
        deleted=False,
        created_hlc=rev.hlc,
        updated_hlc=rev.hlc,
    )
    assert repo.unacknowledged(session=session) == [rev]
    assert rows(session, "SELECT title, state, win_win FROM practice") == [("Composting", "draft", 0)]


def test_edit_chains_parents_and_history_is_ordered(session: Session, clock: HybridClock) -> None:
    first = repo.save_record(
        "practice", practice("Draft title"), session=session, author=DELEGATE, clock=clock
    )
    second = repo.save_record(
        "practice",
        practice("Better title"),
        session=session,
        author=DELEGATE,
        clock=clock,
        record_id=first.record_id,
    )
    third = repo.save_record(
        "practice",
        practice("Best title", win_win=True),
        session=session,
        author=DELEGATE,
        clock=clock,
        record_id=first.record_id,
    )
    assert second.parents == (first.rev_id,) and third.parents == (second.rev_id,)
    assert first.hlc < second.hlc < third.hlc
    assert repo.history(first.record_id, session=session) == [first, second, third]
    now = repo.current(first.record_id, session=session)
    assert now is not None and now.body == third.body and now.created_hlc == first.hlc
    assert rows(session, "SELECT title, win_win FROM practice") == [("Best title", 1)]


def test_saving_the_same_body_writes_nothing(session: Session, clock: HybridClock) -> None:
    first = repo.save_record("practice", practice("Same"), session=session, author=DELEGATE, clock=clock)
    again = repo.save_record(
        "practice", practice("Same"), session=session, author=DELEGATE, clock=clock, record_id=first.record_id
    )
    assert again == first
    assert len(repo.history(first.record_id, session=session)) == 1


def test_save_refuses_invalid_bodies_and_mismatched_records(session: Session, clock: HybridClock) -> None:
    with pytest.raises(ValidationError):
        repo.save_record("practice", {"title": ""}, session=session, author=DELEGATE, clock=clock)
    with pytest.raises(ValidationError):
        repo.save_record("essay", {"title": "x"}, session=session, author=DELEGATE, clock=clock)
    rev = repo.save_record("practice", practice("Mine"), session=session, author=DELEGATE, clock=clock)
    with pytest.raises(ValidationError) as info:
        repo.save_record(
            "commitment",
            {"title": "x"},
            session=session,
            author=DELEGATE,
            clock=clock,
            record_id=rev.record_id,
        )
    assert info.value.params["reason"] == "record_type_mismatch"
    with pytest.raises(ValidationError) as info:
        repo.save_record(
            "practice",
            practice("Taken"),
            session=session,
            author=DELEGATE,
            owner="key-someone-else",
            clock=clock,
            record_id=rev.record_id,
        )
    assert info.value.params["reason"] == "owner_mismatch"


def _fork(session: Session, clock: HybridClock) -> tuple[Revision, Revision, Revision]:
    """A practice edited on two laptops of the same delegate from the same base."""
    base = repo.save_record("practice", practice("Base"), session=session, author=DELEGATE, clock=clock)
    left = make_revision(
        base.record_id,
        "practice",
        DELEGATE,
        [base.rev_id],
        DELEGATE,
        hlc(10_000, "laptop2"),
        practice("Left"),
    )
    right = make_revision(
        base.record_id,
        "practice",
        DELEGATE,
        [base.rev_id],
        DELEGATE,
        hlc(20_000, "laptop3"),
        practice("Right"),
    )
    assert repo.add_revisions([left, right], session=session) == [left.rev_id, right.rev_id]
    return base, left, right


def test_forked_revisions_make_a_conflict_with_a_deterministic_winner(
    session: Session, clock: HybridClock
) -> None:
    base, left, right = _fork(session, clock)
    now = repo.current(base.record_id, session=session)
    assert now is not None
    assert now.conflict and not now.deleted
    assert now.heads == (left.rev_id, right.rev_id)  # ordered by (hlc, rev_id)
    assert now.rev_id == right.rev_id  # the later clock wins
    assert now.body == right.body
    assert rows(session, "SELECT title FROM practice") == [("Right",)]
    assert rows(session, "SELECT conflict FROM record") == [(1,)]


def test_saving_over_a_conflict_resolves_it(session: Session, clock: HybridClock) -> None:
    base, left, right = _fork(session, clock)
    merged = repo.save_record(
        "practice",
        practice("Left and right"),
        session=session,
        author=DELEGATE,
        clock=clock,
        record_id=base.record_id,
    )
    assert merged.parents == tuple(sorted([left.rev_id, right.rev_id]))
    assert merged.hlc > right.hlc  # the clock observed both heads
    now = repo.current(base.record_id, session=session)
    assert now is not None and not now.conflict and now.heads == (merged.rev_id,)
    assert now.body is not None and now.body["title"] == "Left and right"


def test_tombstone_deletes_the_current_state(session: Session, clock: HybridClock) -> None:
    rev = repo.save_record(
        "practice",
        practice("Gone soon", summary="market compost"),
        session=session,
        author=DELEGATE,
        clock=clock,
    )
    assert repo.search("practice", "compost", session=session) == [rev.record_id]
    tomb = repo.delete_record(rev.record_id, session=session, author=DELEGATE, clock=clock)
    assert tomb.body is None and tomb.parents == (rev.rev_id,)
    now = repo.current(rev.record_id, session=session)
    assert now is not None and now.deleted and now.body is None
    assert repo.list_current("practice", session=session) == []
    assert [c.record_id for c in repo.list_current("practice", session=session, include_deleted=True)] == [
        rev.record_id
    ]
    assert rows(session, "SELECT count(*) FROM practice") == [(0,)]
    assert repo.search("practice", "compost", session=session) == []
    assert repo.delete_record(rev.record_id, session=session, author=DELEGATE, clock=clock) == tomb
    with pytest.raises(ValidationError):
        repo.delete_record("no-such-record", session=session, author=DELEGATE, clock=clock)


def test_add_revisions_is_idempotent(session: Session, clock: HybridClock) -> None:
    base, left, right = _fork(session, clock)
    before = _snapshot(session)
    assert repo.add_revisions([left, right, base, left], session=session) == []
    assert _snapshot(session) == before
    assert len(repo.history(base.record_id, session=session)) == 3


def test_an_old_revision_arriving_late_does_not_overwrite_newer_data(session: Session) -> None:
    old = make_revision("rec-1", "practice", DELEGATE, [], DELEGATE, hlc(1), practice("Old"))
    new = make_revision("rec-1", "practice", DELEGATE, [old.rev_id], DELEGATE, hlc(2), practice("New"))
    repo.add_revisions([new], session=session)
    repo.add_revisions([old], session=session, origin_bundle="c" * 64)
    now = repo.current("rec-1", session=session)
    assert now is not None and now.rev_id == new.rev_id and not now.conflict
    assert repo.history("rec-1", session=session) == [old, new]


def test_tampered_revision_is_refused_and_nothing_is_stored(session: Session) -> None:
    good = make_revision("rec-1", "practice", DELEGATE, [], DELEGATE, hlc(1), practice("Genuine"))
    genuine = make_revision("rec-2", "practice", DELEGATE, [], DELEGATE, hlc(1), practice("Genuine"))
    assert genuine.body is not None
    forged = dataclasses.replace(genuine, body={**genuine.body, "title": "Forged"})
    with pytest.raises(ValidationError) as info:
        repo.add_revisions([good, forged], session=session)
    assert info.value.params["reason"] == "rev_id_mismatch"
    assert repo.current("rec-1", session=session) is None
    assert rows(session, "SELECT count(*) FROM revision") == [(0,)]


def test_a_revision_may_not_change_a_records_owner_or_type(session: Session) -> None:
    first = make_revision("rec-1", "practice", DELEGATE, [], DELEGATE, hlc(1), practice("Mine"))
    repo.add_revisions([first], session=session)
    hijack = make_revision(
        "rec-1", "practice", "key-other", [first.rev_id], "key-other", hlc(2), practice("Ours")
    )
    with pytest.raises(ValidationError) as info:
        repo.add_revisions([hijack], session=session)
    assert info.value.params["reason"] == "record_identity"
    a = make_revision("rec-2", "practice", DELEGATE, [], DELEGATE, hlc(1), practice("A"))
    b = make_revision("rec-2", "commitment", DELEGATE, [], DELEGATE, hlc(1), {"title": "B"})
    with pytest.raises(ValidationError):
        repo.add_revisions([a, b], session=session)


def test_add_revisions_observes_the_clock(session: Session, clock: HybridClock) -> None:
    far = make_revision("rec-1", "practice", DELEGATE, [], DELEGATE, hlc(10**9, "remote"), practice("Later"))
    repo.add_revisions([far], session=session, clock=clock)
    assert clock.tick() > far.hlc


def test_acknowledgement(session: Session, clock: HybridClock) -> None:
    a = repo.save_record("practice", practice("A"), session=session, author=DELEGATE, clock=clock)
    b = repo.save_record("practice", practice("B"), session=session, author=DELEGATE, clock=clock)
    received = make_revision("rec-x", "review_note", SECRETARIAT, [], SECRETARIAT, hlc(5), _note(a.record_id))
    repo.add_revisions([received], session=session)
    assert repo.unacknowledged(session=session) == [a, b]  # only what was made here
    assert repo.mark_acknowledged([a.rev_id, a.rev_id, "f" * 64], session=session) == 1
    assert repo.mark_acknowledged([a.rev_id], session=session) == 0
    assert repo.unacknowledged(session=session) == [b]
    assert repo.all_revisions(session=session, created_locally=False) == [received]
    assert repo.get_revisions([b.rev_id, a.rev_id], session=session) == [a, b]


def _note(target: str, state: str = "under_review") -> dict[str, Any]:
    return {"target_id": target, "target_type": "practice", "state": state, "comment": "Please add costs"}


# -- projections -----------------------------------------------------------------------------------


def test_response_projection_has_one_row_per_answer(session: Session, clock: HybridClock) -> None:
    _delegate_profile(session, key_id=DELEGATE)
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
        "review_note", _note(commitment.record_id), session=session, author=SECRETARIAT, clock=clock
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
    _delegate_profile(session)
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
    note1 = make_revision(n, "review_note", SECRETARIAT, [], SECRETARIAT, hlc(8), _note(p))
    note2 = make_revision(
        n, "review_note", SECRETARIAT, [note1.rev_id], SECRETARIAT, hlc(9), _note(p, "registered")
    )
    # a child whose parent is never delivered
    orphan = make_revision(
        "rec-orphan", "practice", DELEGATE, ["e" * 64], DELEGATE, hlc(4), practice("Orphan")
    )
    return [a, b, c, d, e, f, g, h, i, j, k, note1, note2, orphan]


SNAPSHOT_QUERIES = (
    "SELECT * FROM record ORDER BY record_id",
    "SELECT * FROM response ORDER BY record_id",
    "SELECT response_id, question_id, instance, value FROM answer ORDER BY 1, 2, 3",
    "SELECT * FROM practice ORDER BY record_id",
    "SELECT * FROM commitment ORDER BY record_id",
    "SELECT commitment_id, position, description, indicator, baseline, target, unit, due_year"
    " FROM commitment_target ORDER BY 1, 2",
    "SELECT * FROM attachment ORDER BY record_id",
    "SELECT * FROM progress_report ORDER BY record_id",
    "SELECT * FROM review_note ORDER BY record_id",
    "SELECT record_id, title, text FROM practice_fts ORDER BY record_id",
    "SELECT record_id, title, text FROM commitment_fts ORDER BY record_id",
    "SELECT rev_id FROM revision ORDER BY rev_id",
)


def _snapshot(session: Session) -> tuple[list[tuple[Any, ...]], ...]:
    return tuple(rows(session, sql) for sql in SNAPSHOT_QUERIES)


REVISIONS = _revision_set()


@pytest.fixture
def expected_state(engine: Engine) -> tuple[list[tuple[Any, ...]], ...]:
    with Session(engine) as session:
        repo.add_revisions(REVISIONS, session=session)
        state = _snapshot(session)
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
        assert _snapshot(session) == expected_state
        session.rollback()


# -- search ----------------------------------------------------------------------------------------


def test_search_finds_practices_in_any_script(session: Session, clock: HybridClock) -> None:
    def save(title: str, summary: str = "") -> str:
        return repo.save_record(
            "practice", practice(title, summary=summary), session=session, author=DELEGATE, clock=clock
        ).record_id

    kitakyushu = save("北九州市の生ごみ堆肥化", "市場の生ごみを堆肥にする")
    hai_phong = save("Phân loại rác tại nguồn", "Composting of market waste in Hai Phong")
    surabaya = save("Takakura composting", "Household baskets; replicated in Surabaya")
    assert repo.search("practice", "堆肥化", session=session) == [kitakyushu]
    assert repo.search("practice", "ごみ", session=session) == [kitakyushu]  # two characters
    assert repo.search("practice", "rác", session=session) == [hai_phong]
    assert repo.search("practice", "Phân loại", session=session) == [hai_phong]
    assert sorted(repo.search("practice", "COMPOSTING", session=session)) == sorted([hai_phong, surabaya])
    assert repo.search("practice", "composting surabaya", session=session) == [surabaya]
    assert repo.search("practice", 'say "hi"', session=session) == []
    assert repo.search("practice", "   ", session=session) == []
    assert repo.search("practice", "composting", session=session, limit=1) in ([hai_phong], [surabaya])
    assert repo.search("practice", "50%", session=session) == []
    repo.save_record(
        "practice", practice("Worm farms"), session=session, author=DELEGATE, clock=clock, record_id=surabaya
    )
    assert repo.search("practice", "takakura", session=session) == []
    assert repo.search("practice", "worm", session=session) == [surabaya]
    with pytest.raises(ValidationError):
        repo.search("response", "x", session=session)


# -- blobs and definitions -------------------------------------------------------------------------


def test_blobs_are_stored_once_by_hash(session: Session, tmp_path: Path) -> None:
    data = b"\x89PNG photo of the composting site"
    first = repo.store_blob(data, session=session, data_dir=tmp_path)
    second = repo.store_blob(data, session=session, data_dir=tmp_path)
    assert first == second
    path = tmp_path / "attachments" / first[:2] / first[2:]
    assert path.read_bytes() == data
    assert list((tmp_path / "attachments").rglob("*")) == [path.parent, path]
    assert rows(session, "SELECT sha256, size, path FROM blob") == [
        (first, len(data), f"attachments/{first[:2]}/{first[2:]}")
    ]
    assert repo.read_blob(first, session=session, data_dir=tmp_path) == data
    path.write_bytes(b"damaged")
    with pytest.raises(ValidationError):
        repo.read_blob(first, session=session, data_dir=tmp_path)
    repo.store_blob(data, session=session, data_dir=tmp_path)  # a damaged copy is replaced
    assert path.read_bytes() == data


def _definition(version: str, title: str = "Pre-meeting questionnaire") -> bytes:
    return json.dumps(
        {"schema_version": 1, "id": "kin4-pre-meeting", "version": version, "title": {"en": title}}
    ).encode()


def test_definitions_are_kept_exactly_and_idempotently(session: Session) -> None:
    content = _definition("2007.9")
    stored = repo.save_definition(content, session=session, source="shipped")
    assert stored.content.encode() == content and stored.version == "2007.9"
    assert repo.save_definition(content, session=session, source="welcome-pack") == stored
    with pytest.raises(ValidationError) as info:
        repo.save_definition(_definition("2007.9", "Changed"), session=session, source="welcome-pack")
    assert info.value.params["reason"] == "definition_changed"
    repo.save_definition(_definition("2007.10"), session=session, source="welcome-pack")
    repo.save_definition(_definition("2007.2"), session=session, source="welcome-pack")
    assert [d.version for d in repo.list_definitions(session=session)] == ["2007.2", "2007.9", "2007.10"]
    latest = repo.latest_definition("kin4-pre-meeting", session=session)
    assert latest is not None and latest.version == "2007.10" and latest.source == "welcome-pack"
    assert repo.latest_definition("other", session=session) is None
    with pytest.raises(ValidationError):
        repo.save_definition(b"{}", session=session, source="shipped")
    with pytest.raises(ValidationError):
        repo.save_definition(content, session=session, source="e-mail")


# -- attachments and progress reports pointing at another owner's record -----------------------------


def _pointers() -> list[Revision]:
    """B's practice and commitment; attachments and progress reports of A and of the secretariat
    aimed at them, and A's own report aimed at B's practice (not a commitment)."""
    b = "key-bangkok"
    target_p = make_revision("rec-b-practice", "practice", b, [], b, hlc(1), practice("Skytrain"))
    target_c = make_revision("rec-b-commitment", "commitment", b, [], b, hlc(2), {"title": "BRT"})
    sha = "ab" * 32

    def attach(record_id: str, owner: str, n: int) -> Revision:
        body = {"record_id": "rec-b-practice", "sha256": sha, "filename": f"{n}.pdf", "size": 1}
        return make_revision(record_id, "attachment", owner, [], owner, hlc(n), body)

    def report(record_id: str, owner: str, n: int, target: str = "rec-b-commitment") -> Revision:
        body = {"commitment_id": target, "reported_on": "2008-12-01", "status": "on_track"}
        return make_revision(record_id, "progress_report", owner, [], owner, hlc(n), body)

    return [
        target_p,
        target_c,
        attach("att-b", b, 3),
        attach("att-a", DELEGATE, 4),
        attach("att-sec", SECRETARIAT, 5),
        report("rep-b", b, 6),
        report("rep-a", DELEGATE, 7),
        report("rep-sec", SECRETARIAT, 8),
        report("rep-b-at-practice", b, 9, target="rec-b-practice"),
    ]


POINTERS = _pointers()


def _secretariat_profile(session: Session) -> None:
    repo.create_profile(
        session=session,
        role="secretariat",
        name="Secretariat",
        city="Kitakyushu",
        country="Japan",
        organisation="IGES",
        email="s@example.org",
        key_id=SECRETARIAT,
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(POINTERS))), cut=st.integers(0, len(POINTERS)))
def test_records_aimed_at_another_owners_record_never_show_under_it(
    engine: Engine, order: list[int], cut: int
) -> None:
    """Whether the target arrives before or after them: only the target's owner (and the secretariat)
    show under it; the revisions themselves are stored either way."""
    sequence = [POINTERS[i] for i in order]
    with Session(engine) as session:
        _secretariat_profile(session)
        repo.add_revisions(sequence[:cut], session=session)
        repo.add_revisions(sequence[cut:], session=session)
        assert rows(session, "SELECT record_id FROM attachment ORDER BY 1") == [("att-b",), ("att-sec",)]
        assert rows(session, "SELECT record_id FROM progress_report ORDER BY 1") == [("rep-b",), ("rep-sec",)]
        assert rows(session, "SELECT count(*) FROM revision") == [(len(POINTERS),)]
        # a full rebuild agrees
        repo.refresh_projections(session=session)
        assert rows(session, "SELECT record_id FROM attachment ORDER BY 1") == [("att-b",), ("att-sec",)]
        assert rows(session, "SELECT record_id FROM progress_report ORDER BY 1") == [("rep-b",), ("rep-sec",)]
        session.rollback()


def test_records_aimed_at_a_record_not_stored_yet_are_listed(session: Session) -> None:
    """Until the target arrives there is nothing to show them under: they keep their projection row."""
    repo.add_revisions([POINTERS[3], POINTERS[6]], session=session)
    assert rows(session, "SELECT record_id, target_record_id FROM attachment") == [
        ("att-a", "rec-b-practice")
    ]
    assert rows(session, "SELECT record_id FROM progress_report") == [("rep-a",)]
    repo.add_revisions(POINTERS[:2], session=session)
    assert rows(session, "SELECT count(*) FROM attachment") == [(0,)]
    assert rows(session, "SELECT count(*) FROM progress_report") == [(0,)]
