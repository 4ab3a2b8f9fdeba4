"""Fixtures of the repository tests: a fresh profile database per test and a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from kin_desktop.core.clock import HybridClock
from kin_desktop.storage import db
from tests.unit.storage.repository.helpers import FakeTime


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
