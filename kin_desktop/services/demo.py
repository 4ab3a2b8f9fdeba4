"""Demo profiles: realistic sample data for a first look and for benchmarks.

The same seed gives the same content and the same record ids, so running
``demo`` twice with one seed adds nothing new.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend

from kin_desktop.core.schemas import RecordType, Role
from kin_desktop.services import profiles, questionnaires
from kin_desktop.services.demo_content import CITIES, DemoCity, build_demo

_DEMO_NAMESPACE = uuid.UUID("6f1c1b4e-0d1f-4c55-9a53-4b494e344430")


@dataclass(frozen=True)
class DemoSummary:
    city: str
    practices: int
    commitments: int
    responses: int


class ThrowawayKeyring(KeyringBackend):
    """Keys of a throwaway demo profile: held in memory for the life of the process.

    A demo profile is deleted when the window closes; its keys must not outlive it
    in the user's OS keyring, nor sit on disk.
    """

    priority = 1  # above 0: keyring treats the backend as a real one

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._secrets.pop((service, username), None)


_demo_keyring = ThrowawayKeyring()


def demo_keyring() -> ThrowawayKeyring:
    return _demo_keyring


def _city_for(profile: profiles.ProfileInfo) -> DemoCity:
    """The demo city matching the profile, with the profile's own delegate in it."""
    wanted = profile.city.casefold()
    for city in CITIES:
        if wanted in (city.name.casefold(), city.local_name.casefold()):
            break
    else:
        city = DemoCity(profile.city, profile.city, profile.country, "en", "", "", "other", "")
    return replace(
        city,
        delegate_name=profile.name,
        organisation=profile.organisation or city.organisation,
        category=profile.category or city.category,
        email=profile.email or city.email or "delegate@city.example",
    )


def _record_id(key_id: str, seed: int, kind: str, index: int) -> str:
    return str(uuid.uuid5(_DEMO_NAMESPACE, f"{key_id}:{seed}:{kind}:{index}"))


def fill_demo(
    workspace: profiles.Workspace, *, seed: int = 1, practices: int = 5, commitments: int = 3
) -> DemoSummary:
    """Add a questionnaire response, practices and commitments to a delegate profile."""
    info = workspace.require_role(Role.DELEGATE)
    assert info.key_id is not None
    data = build_demo(seed, practices=practices, commitments=commitments, city=_city_for(info))
    with workspace.session() as session:
        definition = questionnaires.current_definition(session=session)
        answers: dict[str, Any] = dict(data.answers)
        response = {
            "questionnaire_id": definition.id,
            "questionnaire_version": definition.version,
            "answers": answers,
            "completed": True,
        }
        items: list[tuple[RecordType, str, dict[str, Any]]] = [
            (RecordType.RESPONSE, _record_id(info.key_id, seed, "response", 0), response)
        ]
        items += [
            (RecordType.PRACTICE, _record_id(info.key_id, seed, "practice", i), body)
            for i, body in enumerate(data.practices)
        ]
        items += [
            (RecordType.COMMITMENT, _record_id(info.key_id, seed, "commitment", i), body)
            for i, body in enumerate(data.commitments)
        ]
        for record_type, record_id, body in items:  # unchanged bodies write nothing
            profiles.save_record(session, record_type, body, record_id=record_id)
    return DemoSummary(
        city=info.city, practices=len(data.practices), commitments=len(data.commitments), responses=1
    )


def create_demo_profile(
    directory: Path, *, role: str = "delegate", seed: int = 1, keyring_backend: KeyringBackend | None = None
) -> profiles.ProfileInfo:
    """A throwaway profile filled with sample data.

    Its keys go to ``keyring_backend``, by default the in-process :func:`demo_keyring`
    (``gui --demo`` makes that the process's keyring, so the demo can export).
    """
    backend = keyring_backend if keyring_backend is not None else demo_keyring()
    if role == Role.SECRETARIAT:
        return profiles.init_secretariat(
            directory,
            name="Kitakyushu Initiative Network Secretariat",
            organisation="Institute for Global Environmental Strategies, Kitakyushu Office",
            keyring_backend=backend,
        )
    city = build_demo(seed, practices=0, commitments=0).city
    info = profiles.init_delegate(
        directory,
        name=city.delegate_name,
        city=city.name,
        country=city.country,
        category=city.category,
        organisation=city.organisation,
        email=city.email,
        keyring_backend=backend,
    )
    with profiles.open_workspace(directory) as workspace:
        fill_demo(workspace, seed=seed)
    return info
