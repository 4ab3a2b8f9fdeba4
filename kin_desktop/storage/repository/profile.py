"""The single profile row of a data directory: who this is, its key, its clock, its bundle counter."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlmodel import Session

from kin_desktop.core.clock import HybridClock
from kin_desktop.core.errors import ProfileExistsError, ValidationError
from kin_desktop.core.schemas import ParticipantCategory, Role
from kin_desktop.storage import models as m
from kin_desktop.storage.repository._sql import _utcnow
from kin_desktop.storage.repository.projection import refresh_projections


@dataclass(frozen=True)
class ProfileData:
    id: int
    role: str
    name: str
    city: str
    country: str
    organisation: str
    category: str | None
    email: str
    key_id: str | None
    device_id: str
    hlc_last: str | None
    created_at: datetime
    next_bundle_seq: int
    city_latin: str = ""  # 0006: the city's name in Latin letters (file names, printed forms)


_PROFILE_FIELDS = tuple(f.name for f in fields(ProfileData))
_PROFILE_EDITABLE = frozenset(
    {"name", "city", "city_latin", "country", "organisation", "category", "email", "key_id", "hlc_last"}
)


def _profile_data(row: m.Profile) -> ProfileData:
    return ProfileData(**{name: getattr(row, name) for name in _PROFILE_FIELDS})


def _check_category(role: str, category: str | None) -> str | None:
    if category is None:
        return None
    if role == Role.SECRETARIAT:
        raise ValidationError("the secretariat has no participant category", reason="category")
    try:
        return ParticipantCategory(category).value
    except ValueError:
        raise ValidationError(f"unknown participant category {category!r}", reason="category") from None


def get_profile(*, session: Session) -> ProfileData | None:
    row = session.get(m.Profile, 1)
    return None if row is None else _profile_data(row)


def create_profile(
    *,
    session: Session,
    role: Role | str,
    name: str,
    city: str,
    country: str,
    organisation: str,
    email: str,
    category: ParticipantCategory | str | None = None,
    key_id: str | None = None,
    city_latin: str = "",
) -> ProfileData:
    """Create the single profile row; raises :class:`ProfileExistsError` if there is one."""
    if session.get(m.Profile, 1) is not None:
        raise ProfileExistsError("this data directory already holds a profile")
    try:
        role_value = Role(role).value
    except ValueError:
        raise ValidationError(f"unknown role {role!r}", reason="role") from None
    row = m.Profile(
        id=1,
        role=role_value,
        name=name,
        city=city,
        city_latin=city_latin,
        country=country,
        organisation=organisation,
        category=_check_category(role_value, None if category is None else str(category)),
        email=email,
        key_id=key_id,
        device_id=uuid.uuid4().hex,
        hlc_last=None,
        created_at=_utcnow(),
        next_bundle_seq=1,
    )
    session.add(row)
    session.flush()
    return _profile_data(row)


def update_profile(*, session: Session, **changes: Any) -> ProfileData:
    """Change editable profile fields (name, city, city_latin, country, organisation, category,
    email, key_id, hlc_last). Changing the place or the key refreshes the projections."""
    row = session.get(m.Profile, 1)
    if row is None:
        raise ValidationError("there is no profile yet", reason="no_profile")
    unknown = set(changes) - _PROFILE_EDITABLE
    if unknown:
        raise ValidationError(f"profile fields cannot be changed: {sorted(unknown)}", reason="profile_field")
    if "category" in changes:
        changes["category"] = _check_category(row.role, changes["category"])
    old_key = row.key_id
    for name, value in changes.items():
        setattr(row, name, value)
    session.flush()
    if {"city", "country", "key_id"} & set(changes):
        for owner in {old_key, row.key_id} - {None}:
            refresh_projections(session=session, owner=owner)
    return _profile_data(row)


def take_bundle_sequence(*, session: Session) -> int:
    """Return the next bundle sequence number of this device and advance it."""
    row = session.get(m.Profile, 1)
    if row is None:
        raise ValidationError("there is no profile yet", reason="no_profile")
    sequence = row.next_bundle_seq
    row.next_bundle_seq = sequence + 1
    session.flush()
    return sequence


def _persist_clock(clock: HybridClock, session: Session) -> None:
    row = session.get(m.Profile, 1)
    last = clock.last
    if row is None or last is None or last == row.hlc_last:
        return
    # Forwards as a rule; backwards only when the stored value was beyond the clock's bound (a clock
    # pushed far ahead before the bound existed), which is how a damaged clock is mended.
    if row.hlc_last is None or last > row.hlc_last or clock.pulled_back:
        row.hlc_last = last


def repair_clock(*, session: Session) -> bool:
    """Pull a clock stored far ahead of this computer's (``core.clock``: at most a day ahead) back to
    that bound; returns whether it was. Run when a profile is opened, so a profile whose clock a
    hostile or mistaken timestamp pushed towards its end (year 2286) can save again."""
    row = session.get(m.Profile, 1)
    if row is None or row.hlc_last is None:
        return False
    try:
        clock = HybridClock(row.device_id, last=row.hlc_last)
    except ValidationError:  # not a timestamp at all: start again from the wall clock
        row.hlc_last = None
        return True
    if not clock.pulled_back:
        return False
    row.hlc_last = clock.last
    return True
