"""Demo profiles: realistic sample data for a first look and for benchmarks.

The same seed gives the same content and the same record ids, so running
``demo`` twice with one seed adds nothing new.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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

    def entries(self) -> dict[tuple[str, str], str]:
        return dict(self._secrets)


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
    directory: Path,
    *,
    role: str = "delegate",
    seed: int = 1,
    keyring_backend: KeyringBackend | None = None,
    pin_secretariat: bool = False,
) -> profiles.ProfileInfo:
    """A throwaway profile filled with sample data.

    Its keys go to ``keyring_backend``, by default the in-process :func:`demo_keyring`
    (``gui --demo`` makes that the process's keyring, so the demo can export). ``pin_secretariat``
    (delegate): a throwaway secretariat's welcome pack is taken too, so the demo can export bundles.
    """
    backend = keyring_backend if keyring_backend is not None else demo_keyring()
    if role == Role.SECRETARIAT:
        return _secretariat_demo(directory, seed=seed, backend=backend)
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
    if pin_secretariat:
        _pin_demo_secretariat(directory, backend)
    return info


def _pin_demo_secretariat(directory: Path, backend: KeyringBackend) -> None:
    """A throwaway secretariat beside the delegate's demo, whose welcome pack the demo takes: so the
    demo can export bundles (they are encrypted for a pinned secretariat key) and take receipts."""
    from kin_desktop.services import exchange

    folder = directory.parent / f"{directory.name}-secretariat"
    with _process_keyring(backend):
        secretariat = profiles.init_secretariat(
            folder, name="KIN Secretariat (demo)", organisation="IGES", keyring_backend=backend
        )
        with profiles.open_workspace(folder) as workspace:
            pack = exchange.make_welcome_pack(workspace, folder / "welcome")
        with profiles.open_workspace(directory) as workspace:
            exchange.import_paths(workspace, [pack], accept_fingerprint=secretariat.fingerprint)


# -- the secretariat's demo: several delegates' bundles merged ------------------------------------------

SECRETARIAT_DEMO_CITIES = 8  # six approved delegates, two waiting for enrolment
SECRETARIAT_DEMO_PENDING = 2


@dataclass(frozen=True)
class _DemoDelegate:
    directory: Path
    key_id: str
    city: DemoCity
    seed: int


@contextmanager
def _process_keyring(backend: KeyringBackend) -> Iterator[None]:
    """Make ``backend`` the process's keyring while the demo is built (exports and imports unlock keys
    through it), then put the previous one back."""
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def _edit(directory: Path, record_type: RecordType, record_id: str, **changes: Any) -> None:
    from kin_desktop.storage import repository

    with profiles.open_workspace(directory) as workspace, workspace.session() as session:
        record = repository.current(record_id, session=session)
        assert record is not None and record.body is not None
        profiles.save_record(session, record_type, {**record.body, **changes}, record_id=record_id)


def _export(directory: Path, out: Path) -> Path:
    from kin_desktop.services import exchange

    with profiles.open_workspace(directory) as workspace:
        result = exchange.export_bundle(workspace, out=out)
    assert result.path is not None
    return result.path


def _owned(directory: Path, record_type: RecordType) -> list[str]:
    from kin_desktop.storage import repository

    with profiles.open_workspace(directory) as workspace, workspace.session() as session:
        return [r.record_id for r in repository.list_current(record_type, session=session)]


def _second_laptop(source: Path, target: Path) -> None:
    """A copy of a delegate's profile folder on a second laptop: the same key, its own device id (so its
    bundles are numbered on their own, as a second device's are)."""
    from kin_desktop.storage import db
    from kin_desktop.storage import models as m

    shutil.copytree(source, target)
    with profiles.open_workspace(target) as workspace, db.session_scope(workspace.engine) as session:
        row = session.get(m.Profile, 1)
        assert row is not None
        row.device_id = uuid.uuid5(_DEMO_NAMESPACE, f"{row.device_id}:laptop-2").hex
        session.add(row)


def _secretariat_demo(directory: Path, *, seed: int, backend: KeyringBackend) -> profiles.ProfileInfo:
    """A secretariat profile holding the merged bundles of several demo delegates (docs/secretariat.md):
    approved and pending keys, one conflict, review states and progress reports."""
    from kin_desktop.services import exchange

    rng = random.Random(seed)
    chosen = rng.sample(CITIES, SECRETARIAT_DEMO_CITIES)
    with _process_keyring(backend), tempfile.TemporaryDirectory(prefix="kin-demo-delegates-") as scratch:
        root = Path(scratch)
        info = profiles.init_secretariat(
            directory,
            name="Kitakyushu Initiative Network Secretariat",
            organisation="Institute for Global Environmental Strategies, Kitakyushu Office",
            keyring_backend=backend,
        )
        assert info.fingerprint is not None
        with profiles.open_workspace(directory) as secretariat:
            pack = exchange.make_welcome_pack(secretariat, root / "welcome.kinw")
        delegates: list[_DemoDelegate] = []
        first_bundles: list[Path] = []
        for index, city in enumerate(chosen):
            folder = root / f"delegate-{index}"
            made = profiles.init_delegate(
                folder,
                name=city.delegate_name,
                city=city.name,
                country=city.country,
                category=city.category,
                organisation=city.organisation,
                email=city.email,
                keyring_backend=backend,
            )
            assert made.key_id is not None
            city_seed = seed * 1000 + index
            with profiles.open_workspace(folder) as workspace:
                outcomes = exchange.import_paths(workspace, [pack], accept_fingerprint=info.fingerprint)
                assert [o.status for o in outcomes] == ["merged"], outcomes
                fill_demo(
                    workspace, seed=city_seed, practices=rng.randint(3, 6), commitments=rng.randint(2, 4)
                )
            delegates.append(_DemoDelegate(folder, made.key_id, city, city_seed))
            first_bundles.append(_export(folder, root / "outbox" / str(index)))
        approved = delegates[: len(delegates) - SECRETARIAT_DEMO_PENDING]

        with profiles.open_workspace(directory) as secretariat:
            exchange.import_paths(secretariat, first_bundles)  # every key is new: all held
            for delegate in approved:
                exchange.approve(secretariat, delegate.key_id)

        # One delegation working on two laptops: both change the same commitment, differently.
        twin = approved[0]
        laptop = root / "delegate-0-laptop-2"
        _second_laptop(twin.directory, laptop)
        contested = _owned(twin.directory, RecordType.COMMITMENT)[0]
        _edit(
            twin.directory,
            RecordType.COMMITMENT,
            contested,
            budget_amount="250000",
            funding_source="City budget",
        )
        _edit(
            laptop,
            RecordType.COMMITMENT,
            contested,
            budget_amount="400000",
            funding_source="City budget and national grant",
        )
        later = [
            _export(twin.directory, root / "outbox" / "twin-1"),
            _export(laptop, root / "outbox" / "twin-2"),
        ]

        # A delegate reports progress on one of its commitments in a later bundle.
        reporter = approved[1]
        reported = _owned(reporter.directory, RecordType.COMMITMENT)[0]
        with profiles.open_workspace(reporter.directory) as workspace, workspace.session() as session:
            from kin_desktop.storage import repository

            stored = repository.current(reported, session=session)
            assert stored is not None and stored.body is not None
            first_milestone = [m["description"] for m in stored.body["milestones"][:1]]
        with profiles.open_workspace(reporter.directory) as workspace:
            workspace.save(
                RecordType.PROGRESS_REPORT,
                {
                    "commitment_id": reported,
                    "reported_on": "2008-09-30",
                    "status": "on_track",
                    "milestones_reached": first_milestone,
                    "indicators": [{"indicator": "Households reached", "value": "1200"}],
                    "note": "Reported by the city after the first year of the project.",
                },
            )
        later.append(_export(reporter.directory, root / "outbox" / "reporter"))

        with profiles.open_workspace(directory) as secretariat:
            exchange.import_paths(secretariat, later)
            _review_demo(secretariat, approved, rng, contested=contested, reported=reported)
    with profiles.open_workspace(directory) as workspace:
        return workspace.profile()


def _review_demo(
    secretariat: profiles.Workspace,
    approved: list[_DemoDelegate],
    rng: random.Random,
    *,
    contested: str,
    reported: str,
) -> None:
    """Review states (some registered, one with issues), recognition and the secretariat's own reports."""
    from kin_desktop.services.followup import FollowUpService
    from kin_desktop.services.review import ReviewService
    from kin_desktop.storage import repository

    review = ReviewService(secretariat)
    follow = FollowUpService(secretariat)
    with secretariat.session() as session:
        practices: dict[str, list[str]] = {}
        commitments: dict[str, list[str]] = {}
        for record in repository.list_current(RecordType.PRACTICE, session=session):
            practices.setdefault(record.owner, []).append(record.record_id)
        for record in repository.list_current(RecordType.COMMITMENT, session=session):
            commitments.setdefault(record.owner, []).append(record.record_id)
    issues_given = False
    registered_commitments: list[str] = []
    for delegate in approved:
        for position, practice_id in enumerate(sorted(practices.get(delegate.key_id, []))):
            if position % 3 == 0:
                review.set_state(practice_id, "registered", "Added to the Network's practices database.")
            elif position % 3 == 1:
                review.set_state(practice_id, "under_review")
        for position, commitment_id in enumerate(sorted(commitments.get(delegate.key_id, []))):
            if commitment_id == contested:
                review.set_state(commitment_id, "under_review", "Two versions received; to be resolved.")
            elif not issues_given:
                review.set_state(
                    commitment_id,
                    "has_issues",
                    "The targets have no baseline year; please add one and confirm the budget.",
                )
                issues_given = True
            elif commitment_id == reported or position % 2 == 0 or rng.random() < 0.3:
                review.set_state(commitment_id, "under_review")
                review.set_state(
                    commitment_id, "registered", "Registered at the Fourth Meeting, October 2007."
                )
                registered_commitments.append(commitment_id)
            elif position % 3 == 1:
                review.set_state(commitment_id, "under_review")
    # The secretariat's own follow-up notes, e.g. from a letter or a mission (2008-2009).
    statuses = (
        ("2008-03-31", "on_track", "Confirmed by letter from the city's environment bureau."),
        ("2008-12-15", "delayed", "Procurement of equipment delayed by six months (mission report)."),
        ("2009-02-20", "stalled", "Funding not yet released by the national government."),
    )
    targets = [c for c in registered_commitments if c != reported][: len(statuses)]
    for commitment_id, (day, status, note) in zip(targets, statuses, strict=False):
        follow.add_report(commitment_id, {"reported_on": day, "status": status, "note": note})
    if targets:
        follow.set_recognized(targets[0], True, "Recognized in due course by 2010: on track.")
