"""Questionnaire definitions, kept exactly as received, by id and version."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from kin_desktop.core.canonical import loads_strict, sha256_hex
from kin_desktop.core.errors import ValidationError
from kin_desktop.storage import models as m
from kin_desktop.storage.repository._sql import _utcnow

DEFINITION_SOURCES = frozenset({"shipped", "welcome-pack", "published"})


@dataclass(frozen=True)
class StoredDefinition:
    questionnaire_id: str
    version: str
    content: str  # the JSON text exactly as received
    sha256: str  # of the UTF-8 bytes of ``content``
    received_at: datetime
    source: str
    published_at: datetime | None = None  # when the secretariat published it to delegates


def _stored_definition(row: m.QuestionnaireDefinition) -> StoredDefinition:
    return StoredDefinition(
        questionnaire_id=row.questionnaire_id,
        version=row.version,
        content=row.content,
        sha256=row.sha256,
        received_at=row.received_at,
        source=row.source,
        published_at=row.published_at,
    )


def save_definition(
    content: bytes, *, session: Session, source: str, published_at: datetime | None = None
) -> StoredDefinition:
    """Keep a questionnaire definition (checked by ``core`` beforehand) exactly as received.

    Saving the same ``(id, version)`` again with the same bytes returns the stored one (and
    records ``published_at`` when it had none); different bytes under a stored
    ``(id, version)`` are refused.
    """
    if source not in DEFINITION_SOURCES:
        raise ValidationError(f"unknown definition source {source!r}", reason="definition_source")
    document = loads_strict(content)
    if (
        not isinstance(document, dict)
        or not isinstance(document.get("id"), str)
        or not isinstance(document.get("version"), str)
    ):
        raise ValidationError("a questionnaire definition needs a string id and version", reason="definition")
    digest = sha256_hex(content)
    existing = session.exec(
        select(m.QuestionnaireDefinition).where(
            col(m.QuestionnaireDefinition.questionnaire_id) == document["id"],
            col(m.QuestionnaireDefinition.version) == document["version"],
        )
    ).first()
    if existing is not None:
        if existing.sha256 != digest:
            raise ValidationError(
                f"questionnaire {document['id']} version {document['version']} is already stored "
                "with different content",
                reason="definition_changed",
            )
        if published_at is not None and existing.published_at is None:
            existing.published_at = published_at
            session.add(existing)
            session.flush()
        return _stored_definition(existing)
    row = m.QuestionnaireDefinition(
        questionnaire_id=document["id"],
        version=document["version"],
        content=content.decode("utf-8"),
        sha256=digest,
        received_at=_utcnow(),
        source=source,
        published_at=published_at,
    )
    session.add(row)
    session.flush()
    return _stored_definition(row)


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """How versions sort: ``"2007.10"`` after ``"2007.9"`` (numbers as numbers, the rest as text)."""
    return _version_key(version)


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    # "2007.10" after "2007.9": numbers compare as numbers, the rest as text.
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.findall(r"\d+|[^\d]+", version)
    )


def list_definitions(*, session: Session, questionnaire_id: str | None = None) -> list[StoredDefinition]:
    """Stored definitions, by id and then version (oldest version first)."""
    query = select(m.QuestionnaireDefinition)
    if questionnaire_id is not None:
        query = query.where(col(m.QuestionnaireDefinition.questionnaire_id) == questionnaire_id)
    rows = session.exec(query).all()
    ordered = sorted(rows, key=lambda r: (r.questionnaire_id, _version_key(r.version), r.id or 0))
    return [_stored_definition(row) for row in ordered]


def latest_definition(questionnaire_id: str, *, session: Session) -> StoredDefinition | None:
    """The highest version of a questionnaire (versions compare number by number)."""
    listed = list_definitions(session=session, questionnaire_id=questionnaire_id)
    return listed[-1] if listed else None
