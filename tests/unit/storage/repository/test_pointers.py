from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import Session

from kin_desktop.core.records import Revision, make_revision
from kin_desktop.storage import repository as repo
from tests.unit.storage.repository.helpers import (
    DELEGATE,
    SECRETARIAT,
    hlc,
    make_secretariat_profile,
    practice,
    rows,
)

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


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(POINTERS))), cut=st.integers(0, len(POINTERS)))
def test_records_aimed_at_another_owners_record_never_show_under_it(
    engine: Engine, order: list[int], cut: int
) -> None:
    """Whether the target arrives before or after them: only the target's owner (and the secretariat)
    show under it; the revisions themselves are stored either way."""
    sequence = [POINTERS[i] for i in order]
    with Session(engine) as session:
        make_secretariat_profile(session)
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
