"""Questionnaire definitions: the shipped ones, stored ones, validating a file, and publication.

Publication (``publish``) is the secretariat's: a published version travels in the next
welcome pack, and in the network update the ``sync`` service sends (``update_members``).
A delegate checks what arrives strictly (``read_update``) and keeps every version
(``store_update``); new responses open on the highest version of each questionnaire.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session

from kin_desktop import paths
from kin_desktop.bundle import container
from kin_desktop.core import canonical
from kin_desktop.core.canonical import sha256_hex
from kin_desktop.core.errors import DefinitionError, KinError, ValidationError
from kin_desktop.core.questionnaire import Definition, load_definition, translation_completeness
from kin_desktop.core.schemas import Role
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import repository

KIN4_QUESTIONNAIRE_ID = "kin4-pre-meeting"


@dataclass(frozen=True)
class ValidationReport:
    questionnaire_id: str
    version: str
    sections: int
    questions: int
    translations: dict[str, tuple[int, int]]


def validate_file(path: Path) -> ValidationReport:
    """Check a definition file; raises DefinitionError naming every problem."""
    definition = load_definition(Path(path).read_bytes())
    return ValidationReport(
        questionnaire_id=definition.id,
        version=definition.version,
        sections=len(definition.sections),
        questions=len(definition.questions()),
        translations=translation_completeness(definition),
    )


def shipped_definition_files() -> list[Path]:
    return sorted(paths.questionnaires_dir().glob("*.json"))


def install_shipped(*, session: Session) -> None:
    """Store every shipped definition (idempotent: each version is kept once)."""
    for file in shipped_definition_files():
        content = file.read_bytes()
        load_definition(content)  # never store what the engine would refuse
        repository.save_definition(content, session=session, source="shipped")


def current_definition(*, session: Session, questionnaire_id: str = KIN4_QUESTIONNAIRE_ID) -> Definition:
    stored = repository.latest_definition(questionnaire_id, session=session)
    if stored is None:
        raise LookupError(f"no questionnaire definition {questionnaire_id!r} in this profile")
    return load_definition(stored.content)


# -- publication ---------------------------------------------------------------------------------------

PUBLISHED_MEMBER = "published.json"
"""The welcome-pack (and update) member listing the versions the secretariat published."""
MAX_PUBLISHED_BYTES = 256 * 1024
MAX_PUBLISHED_ENTRIES = 1000
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_PUBLISHED_KEYS = frozenset({"id", "version", "published_at"})


class PublicationError(KinError):
    """A version cannot be published (not newer, or the same version with other content)."""

    code = "publication_refused"


@dataclass(frozen=True)
class Publication:
    questionnaire_id: str
    version: str
    title: str
    sections: int
    questions: int
    languages: tuple[str, ...]
    published_at: datetime
    new: bool  # False: the same version with the same content was published before


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def publish(workspace: Workspace, content: bytes, *, now: datetime | None = None) -> Publication:
    """Secretariat: publish a definition version; the next welcome pack (and network update) carries it.

    Delegates who take it keep their older versions and responses and open new responses on
    the highest version. So a version must sort after every version of the same questionnaire
    already stored (``2008.1`` after ``2007.1``; ``2007.10`` after ``2007.9``), and a
    published version never changes: publishing it again with other content is refused.
    Raises :class:`DefinitionError` for an invalid definition, :class:`PublicationError`
    otherwise; publishing the same bytes again changes nothing.
    """
    workspace.require_role(Role.SECRETARIAT)
    definition = load_definition(content)
    moment = now or datetime.now(UTC)
    digest = sha256_hex(content)
    with workspace.session() as session:
        stored = repository.list_definitions(session=session, questionnaire_id=definition.id)
        same = next((s for s in stored if s.version == definition.version), None)
        if same is not None and same.sha256 != digest:
            raise PublicationError(
                f"questionnaire '{definition.id}' version {definition.version} is already "
                f"{'published' if same.published_at else 'stored'} with other content: a version never "
                "changes once delegates may have it; give the new one a higher version in the settings sheet",
                questionnaire_id=definition.id,
                version=definition.version,
            )
        newest = stored[-1] if stored else None
        if (
            same is None
            and newest is not None
            and (repository.version_key(definition.version) <= repository.version_key(newest.version))
        ):
            raise PublicationError(
                f"version {definition.version} of '{definition.id}' does not come after {newest.version}, "
                "the newest this profile holds: delegates open new responses on the highest version, so "
                "give this one a higher version (for example "
                f"{_next_version(newest.version)})",
                questionnaire_id=definition.id,
                version=definition.version,
            )
        new = same is None or same.published_at is None
        saved = repository.save_definition(content, session=session, source="published", published_at=moment)
        published_at = saved.published_at or moment
    return Publication(
        questionnaire_id=definition.id,
        version=definition.version,
        title=definition.title["en"],
        sections=len(definition.sections),
        questions=len(definition.questions()),
        languages=tuple(definition.languages),
        published_at=published_at,
        new=new,
    )


def _next_version(version: str) -> str:
    match = re.search(r"(\d+)(?!.*\d)", version)
    if match is None:
        return f"{version}.1"
    return version[: match.start()] + str(int(match.group(1)) + 1) + version[match.end() :]


def update_members(session: Session) -> dict[str, bytes]:
    """Secretariat: the questionnaire members of a welcome pack or a network update.

    Every stored definition (``questionnaires/<id>-<version>.json``, oldest version first so
    that a clash of sanitised names keeps the newest) and ``published.json``, the versions
    published and when. The ``sync`` service sends the same members over the network.
    """
    members: dict[str, bytes] = {}
    entries: list[dict[str, str]] = []
    for stored in repository.list_definitions(session=session):
        name = container.questionnaire_member_name(stored.questionnaire_id, stored.version)
        members[name] = stored.content.encode("utf-8")
        if stored.published_at is not None:
            entries.append(
                {
                    "id": stored.questionnaire_id,
                    "version": stored.version,
                    "published_at": _stamp(stored.published_at),
                }
            )
    members[PUBLISHED_MEMBER] = canonical.dumps({"questionnaires": entries})
    return members


@dataclass(frozen=True)
class ReceivedDefinition:
    member: str
    content: bytes
    definition: Definition
    published_at: datetime | None


def read_update(members: Mapping[str, bytes]) -> list[ReceivedDefinition]:
    """Delegate: check the questionnaire members of a welcome pack or update, strictly.

    Every ``questionnaires/`` member must be a valid definition, and ``published.json`` (when
    present) must list only versions the same pack carries. Raises :class:`ValidationError`
    naming the member at fault; nothing is stored.
    """
    received: dict[tuple[str, str], ReceivedDefinition] = {}
    for member in sorted(members):
        if not member.startswith("questionnaires/"):
            continue
        content = members[member]
        try:
            definition = load_definition(content)
        except DefinitionError as exc:
            raise ValidationError(
                f"{member} is not a valid questionnaire: {exc}", reason="bad_definition"
            ) from exc
        key = (definition.id, definition.version)
        if key in received:
            raise ValidationError(
                f"{member} repeats questionnaire {definition.id} version {definition.version}",
                reason="bad_definition",
            )
        received[key] = ReceivedDefinition(member, content, definition, None)
    raw = members.get(PUBLISHED_MEMBER)
    if raw is not None:
        for (qid, version), moment in _read_published(raw, set(received)).items():
            found = received[(qid, version)]
            received[(qid, version)] = ReceivedDefinition(
                found.member, found.content, found.definition, moment
            )
    return list(received.values())


def _read_published(raw: bytes, carried: set[tuple[str, str]]) -> dict[tuple[str, str], datetime]:
    def refuse(why: str) -> ValidationError:
        return ValidationError(f"{PUBLISHED_MEMBER} is invalid: {why}", reason="bad_published")

    try:
        value = canonical.loads_strict(raw, max_bytes=MAX_PUBLISHED_BYTES)
    except ValidationError as exc:
        raise refuse(exc.message) from exc
    if (
        not isinstance(value, dict)
        or set(value) != {"questionnaires"}
        or not isinstance(value["questionnaires"], list)
    ):
        raise refuse('it must be {"questionnaires": [...]}')
    entries = value["questionnaires"]
    if len(entries) > MAX_PUBLISHED_ENTRIES:
        raise refuse(f"it lists more than {MAX_PUBLISHED_ENTRIES} versions")
    found: dict[tuple[str, str], datetime] = {}
    for entry in entries:
        if not isinstance(entry, dict) or set(entry) != _PUBLISHED_KEYS:
            raise refuse("an entry must hold exactly id, version and published_at")
        qid, version, stamp = entry["id"], entry["version"], entry["published_at"]
        if not all(isinstance(v, str) for v in (qid, version, stamp)):
            raise refuse("id, version and published_at must be strings")
        if not _STAMP.fullmatch(stamp):
            raise refuse(f"published_at {stamp!r} is not a UTC time YYYY-MM-DDTHH:MM:SSZ")
        try:
            moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError as exc:
            raise refuse(f"published_at {stamp!r} is not a real time") from exc
        key = (qid, version)
        if key in found:
            raise refuse(f"questionnaire {qid} version {version} is listed twice")
        if key not in carried:
            raise refuse(f"it lists questionnaire {qid} version {version}, which the pack does not carry")
        found[key] = moment
    return found


def store_update(
    session: Session, received: list[ReceivedDefinition], *, source: str
) -> tuple[int, list[str]]:
    """Delegate: keep checked definitions; returns how many are new and notes on those kept as they were."""
    added = 0
    notes: list[str] = []
    for item in received:
        before = repository.list_definitions(session=session, questionnaire_id=item.definition.id)
        try:
            repository.save_definition(
                item.content, session=session, source=source, published_at=item.published_at
            )
        except ValidationError as exc:
            notes.append(f"{item.member} kept as stored: {exc.message}")
            continue
        if not any(s.version == item.definition.version for s in before):
            added += 1
    return added, notes


@dataclass(frozen=True)
class QuestionnaireVersion:
    """A stored version, for the lists of the Questionnaires pages."""

    questionnaire_id: str
    version: str
    title: Mapping[str, str]
    source: str
    received_at: datetime
    published_at: datetime | None
    current: bool  # the highest version of its questionnaire (new responses open on it)


def versions(session: Session) -> list[QuestionnaireVersion]:
    """Every stored version, by questionnaire and version (oldest first)."""
    stored = repository.list_definitions(session=session)
    highest: dict[str, str] = {s.questionnaire_id: s.version for s in stored}
    out = []
    for item in stored:
        try:
            document = canonical.loads_strict(item.content)
            title = document.get("title") if isinstance(document, dict) else None
        except ValidationError:
            title = None
        out.append(
            QuestionnaireVersion(
                questionnaire_id=item.questionnaire_id,
                version=item.version,
                title=title if isinstance(title, dict) else {"en": item.questionnaire_id},
                source=item.source,
                received_at=item.received_at,
                published_at=item.published_at,
                current=highest[item.questionnaire_id] == item.version,
            )
        )
    return out


def definition_version(session: Session, questionnaire_id: str, version: str) -> Definition:
    """A stored version of a questionnaire; LookupError when the profile does not hold it."""
    for stored in repository.list_definitions(session=session, questionnaire_id=questionnaire_id):
        if stored.version == version:
            return load_definition(stored.content)
    raise LookupError(f"questionnaire {questionnaire_id!r} version {version!r} is not in this profile")
