from __future__ import annotations

import pytest
from sqlmodel import Session

from kin_desktop.core.clock import HybridClock
from kin_desktop.core.errors import ProfileExistsError, ValidationError
from kin_desktop.storage import repository as repo
from tests.unit.storage.repository.helpers import (
    DELEGATE,
    make_delegate_profile,
    practice,
)


def test_profile_is_created_once(session: Session) -> None:
    assert repo.get_profile(session=session) is None
    profile = make_delegate_profile(session)
    assert profile.role == "delegate" and profile.category == "city-expert"
    assert len(profile.device_id) == 32 and profile.next_bundle_seq == 1
    assert profile.created_at.tzinfo is not None
    assert repo.get_profile(session=session) == profile
    with pytest.raises(ProfileExistsError):
        make_delegate_profile(session)


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
    make_delegate_profile(session, key_id=DELEGATE)
    assert [repo.take_bundle_sequence(session=session) for _ in range(3)] == [1, 2, 3]
    repo.save_record("practice", practice("Composting"), session=session, author=DELEGATE, clock=clock)
    profile = repo.get_profile(session=session)
    assert profile is not None and profile.next_bundle_seq == 4
    assert profile.hlc_last == clock.last
