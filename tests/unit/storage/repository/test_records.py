from __future__ import annotations

import dataclasses

import pytest
from sqlmodel import Session

from kin_desktop.core.clock import HybridClock
from kin_desktop.core.errors import ValidationError
from kin_desktop.core.records import Revision, make_revision, verify_revision
from kin_desktop.storage import repository as repo
from tests.unit.storage.repository.helpers import (
    DELEGATE,
    SECRETARIAT,
    hlc,
    note_body,
    practice,
    rows,
    snapshot,
)

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
    before = snapshot(session)
    assert repo.add_revisions([left, right, base, left], session=session) == []
    assert snapshot(session) == before
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
    later = make_revision(
        "rec-1", "practice", DELEGATE, [], DELEGATE, hlc(10**7, "remote"), practice("Later")
    )
    repo.add_revisions([later], session=session, clock=clock)  # hours ahead: within the bound
    assert clock.tick() > later.hlc


def test_acknowledgement(session: Session, clock: HybridClock) -> None:
    a = repo.save_record("practice", practice("A"), session=session, author=DELEGATE, clock=clock)
    b = repo.save_record("practice", practice("B"), session=session, author=DELEGATE, clock=clock)
    received = make_revision(
        "rec-x", "review_note", SECRETARIAT, [], SECRETARIAT, hlc(5), note_body(a.record_id)
    )
    repo.add_revisions([received], session=session)
    assert repo.unacknowledged(session=session) == [a, b]  # only what was made here
    assert repo.mark_acknowledged([a.rev_id, a.rev_id, "f" * 64], session=session) == 1
    assert repo.mark_acknowledged([a.rev_id], session=session) == 0
    assert repo.unacknowledged(session=session) == [b]
    assert repo.all_revisions(session=session, created_locally=False) == [received]
    assert repo.get_revisions([b.rev_id, a.rev_id], session=session) == [a, b]
