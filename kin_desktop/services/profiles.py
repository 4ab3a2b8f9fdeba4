"""Profiles: creating one (with its keys), opening one, and saving records in it.

A profile is a data directory holding one SQLite database plus attachments and
the public half of its keys. The role is chosen once, at ``init``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from kin_desktop import paths, private_files
from kin_desktop.bundle.keys import KeyStore, fingerprint
from kin_desktop.core.clock import HybridClock
from kin_desktop.core.errors import ProfileExistsError, ProfileMissingError, UsageError, WrongRoleError
from kin_desktop.core.latin import latin_city_of
from kin_desktop.core.records import Revision
from kin_desktop.core.schemas import ParticipantCategory, RecordType, Role
from kin_desktop.storage import db, repository
from kin_desktop.storage.repository import ProfileData

Passphrase = Callable[[], str]


@dataclass(frozen=True)
class ProfileInfo:
    role: str
    name: str
    city: str
    country: str
    organisation: str
    category: str | None
    email: str
    key_id: str | None
    fingerprint: str | None
    data_dir: Path
    city_latin: str = ""  # the city's name in Latin letters (file names, printed forms)

    @property
    def city_in_latin(self) -> str:
        """The city's name in Latin letters, for file names: as the delegation gave it, else as
        :func:`core.latin.latin_city` works it out ("" for a script with no sound transliteration)."""
        return latin_city_of(self.city, self.city_latin, self.country)


class Workspace:
    """An open profile: its folder and its database. Use as a context manager."""

    def __init__(self, data_dir: Path, engine: Engine, *, passphrase: Passphrase | None = None) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.passphrase = passphrase

    @contextmanager
    def session(self) -> Iterator[Session]:
        with db.session_scope(self.engine) as session:
            yield session

    def profile(self) -> ProfileInfo:
        with self.session() as session:
            row = repository.get_profile(session=session)
            if row is None:
                raise ProfileMissingError(f"no profile in {self.data_dir}", data_dir=str(self.data_dir))
            return _info(row, self.data_dir)

    def require_role(self, role: Role) -> ProfileInfo:
        info = self.profile()
        if info.role != role:
            raise WrongRoleError(
                f"this is a {info.role} profile; the command needs a {role.value} profile", role=info.role
            )
        return info

    def save(
        self, record_type: RecordType, body: dict[str, Any], *, record_id: str | None = None
    ) -> Revision:
        """Save an edit as a new revision authored by this profile's key."""
        with self.session() as session:
            return save_record(session, record_type, body, record_id=record_id)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def save_record(
    session: Session, record_type: RecordType, body: dict[str, Any], *, record_id: str | None = None
) -> Revision:
    """One revision in ``session`` (none when nothing changed); the repository persists the clock."""
    profile = repository.get_profile(session=session)
    if profile is None or not profile.key_id:
        raise ProfileMissingError("the profile has no key yet; finish setting it up first")
    clock = HybridClock(profile.device_id, last=profile.hlc_last)
    return repository.save_record(
        record_type, body, session=session, author=profile.key_id, record_id=record_id, clock=clock
    )


def _info(row: ProfileData, data_dir: Path) -> ProfileInfo:
    printed = None
    if row.key_id:
        printed = fingerprint(KeyStore(data_dir).public_identity().signing_public)
    return ProfileInfo(
        role=row.role,
        name=row.name,
        city=row.city,
        country=row.country,
        organisation=row.organisation,
        category=row.category,
        email=row.email,
        key_id=row.key_id,
        fingerprint=printed,
        data_dir=data_dir,
        city_latin=row.city_latin,
    )


def open_workspace(data_dir: Path, *, passphrase: Passphrase | None = None) -> Workspace:
    """Open an existing profile, upgrading its database (after a backup) if needed."""
    database = paths.database_path(data_dir)
    if not database.exists():
        raise ProfileMissingError(
            f"no profile in {data_dir}: create one with 'kin-desktop init delegate ...' "
            "or 'kin-desktop init secretariat ...'",
            data_dir=str(data_dir),
        )
    engine = db.open_database(database, backup_dir=paths.backups_dir(data_dir))
    with db.session_scope(engine) as session:  # a clock pushed far ahead recovers here (core.clock)
        repository.repair_clock(session=session)
    return Workspace(data_dir, engine, passphrase=passphrase)


def _refuse_existing(data_dir: Path) -> None:
    database = paths.database_path(data_dir)
    if not database.exists():
        return
    engine = db.open_database(database, backup_dir=paths.backups_dir(data_dir))
    try:
        with db.session_scope(engine) as session:
            exists = repository.get_profile(session=session) is not None
    finally:
        engine.dispose()
    if exists:
        raise ProfileExistsError(f"a profile already exists in {data_dir}", data_dir=str(data_dir))


def _create(data_dir: Path, keystore: KeyStore, *, encryption: bool, fields: dict[str, Any]) -> ProfileInfo:
    """Keys first (a missing passphrase fails before anything is written), then the
    database with the profile row and the shipped questionnaires in one transaction."""
    from kin_desktop.services import questionnaires

    _refuse_existing(data_dir)
    private_files.private_folder(data_dir)
    identity = keystore.public_identity() if keystore.exists() else keystore.create_signing_key()
    if encryption and not keystore.has_encryption_key():
        keystore.create_encryption_key()
    database = paths.database_path(data_dir)
    engine = db.open_database(database, backup_dir=paths.backups_dir(data_dir))
    try:
        with db.session_scope(engine) as session:
            repository.create_profile(session=session, key_id=identity.key_id, **fields)
            questionnaires.install_shipped(session=session)
    finally:
        engine.dispose()
    with open_workspace(data_dir) as workspace:
        return workspace.profile()


def init_delegate(
    data_dir: Path,
    *,
    name: str,
    city: str,
    country: str,
    category: str,
    organisation: str = "",
    email: str = "",
    city_latin: str | None = None,
    passphrase: Passphrase | None = None,
    keyring_backend: Any = None,
) -> ProfileInfo:
    """Create a delegate profile and its Ed25519 signing key. ``city_latin``: the city's name in
    Latin letters (for file names and forms) as the user gave or confirmed it; None or "" stores
    none, and :func:`core.latin.latin_city` works one out where a transliteration is sound (a guess
    is never stored as if the delegation had given it)."""
    country = country.strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise UsageError(f"--country takes a two-letter ISO 3166 code such as VN or JP, not {country!r}")
    try:
        category = ParticipantCategory(category).value
    except ValueError as exc:
        raise UsageError(f"unknown participant category {category!r}") from exc
    if not name.strip() or not city.strip():
        raise UsageError("a delegate profile needs a name and a city")
    latin = " ".join((city_latin or "").split())
    if latin and not latin.isascii():
        raise UsageError(f"the city's name in Latin letters must be written in Latin letters, not {latin!r}")
    keystore = KeyStore(data_dir, backend=keyring_backend, passphrase=passphrase)
    return _create(
        data_dir,
        keystore,
        encryption=False,
        fields={
            "role": Role.DELEGATE.value,
            "name": name.strip(),
            "city": city.strip(),
            "city_latin": latin,
            "country": country,
            "organisation": organisation.strip(),
            "category": category,
            "email": email.strip(),
        },
    )


def init_secretariat(
    data_dir: Path,
    *,
    name: str,
    organisation: str = "",
    passphrase: Passphrase | None = None,
    keyring_backend: Any = None,
) -> ProfileInfo:
    """Create the secretariat profile, its signing key and its encryption key."""
    if not name.strip():
        raise UsageError("the secretariat profile needs a name")
    keystore = KeyStore(data_dir, backend=keyring_backend, passphrase=passphrase)
    return _create(
        data_dir,
        keystore,
        encryption=True,
        fields={
            "role": Role.SECRETARIAT.value,
            "name": name.strip(),
            "city": "",
            "country": "",
            "organisation": organisation.strip(),
            "category": None,
            "email": "",
        },
    )
