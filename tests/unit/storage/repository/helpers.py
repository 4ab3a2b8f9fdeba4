"""Builders shared by the repository tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from kin_desktop.storage import repository as repo

DELEGATE = "key-hai-phong"
SECRETARIAT = "key-secretariat"


class FakeTime:
    def __init__(self, ms: int = 1_178_000_000_000) -> None:
        self.ms = ms

    def __call__(self) -> int:
        self.ms += 1
        return self.ms


def practice(title: str, **extra: Any) -> dict[str, Any]:
    return {"title": title, **extra}


def hlc(n: int, node: str = "laptop") -> str:
    return f"{1_178_000_000_000 + n:013d}.00000.{node}"


def rows(session: Session, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in session.connection().execute(text(sql)).all()]


def make_delegate_profile(session: Session, **extra: Any) -> repo.ProfileData:
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


def note_body(target: str, state: str = "under_review") -> dict[str, Any]:
    return {"target_id": target, "target_type": "practice", "state": state, "comment": "Please add costs"}


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


def snapshot(session: Session) -> tuple[list[tuple[Any, ...]], ...]:
    return tuple(rows(session, sql) for sql in SNAPSHOT_QUERIES)


def make_secretariat_profile(session: Session) -> None:
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
