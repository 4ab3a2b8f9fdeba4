"""Rows for ``kin-desktop list``: plain dicts ready for text or JSON.

Each row has at least ``id``, ``city`` and ``status``, and ``title`` where the
record has one (CLI.md).
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, col, select

from kin_desktop.core.errors import UsageError
from kin_desktop.core.questionnaire import evaluate, load_definition
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import models

Row = dict[str, Any]


class _Places:
    """Owner key id -> (city, country): the profile itself, else the secretariat's registry."""

    def __init__(self, session: Session) -> None:
        self._known: dict[str, tuple[str, str]] = {}
        profile = session.get(models.Profile, 1)
        if profile is not None and profile.key_id:
            self._known[profile.key_id] = (profile.city, profile.country)
        for key in session.exec(select(models.DelegateKey)):
            self._known[key.key_id] = (key.city, key.country)

    def city(self, owner: str, projected: str = "") -> str:
        return projected or self._known.get(owner, ("", ""))[0]

    def country(self, owner: str, projected: str = "") -> str:
        return projected or self._known.get(owner, ("", ""))[1]


def _review_states(session: Session) -> dict[str, str]:
    return {note.target_id: note.state for note in session.exec(select(models.ReviewNote))}


def _live(session: Session, record_type: str) -> set[str]:
    query = select(models.Record.record_id).where(
        models.Record.record_type == record_type, col(models.Record.deleted).is_(False)
    )
    return set(session.exec(query))


def _responses(session: Session) -> list[Row]:
    places = _Places(session)
    definitions: dict[tuple[str, str], Any] = {}
    titles: dict[tuple[str, str], str] = {}
    rows: list[Row] = []
    live = _live(session, "response")
    for response in session.exec(select(models.Response).order_by(col(models.Response.record_id))):
        if response.record_id not in live:
            continue
        key = (response.questionnaire_id, response.questionnaire_version)
        if key not in definitions:
            stored = session.exec(
                select(models.QuestionnaireDefinition).where(
                    models.QuestionnaireDefinition.questionnaire_id == key[0],
                    models.QuestionnaireDefinition.version == key[1],
                )
            ).first()
            definitions[key] = load_definition(stored.content) if stored else None
            titles[key] = definitions[key].title.get("en", key[0]) if definitions[key] else key[0]
        definition = definitions[key]
        ratio = evaluate(definition, json.loads(response.answers)).ratio if definition else None
        rows.append(
            {
                "id": response.record_id,
                "title": titles[key],
                "city": places.city(response.owner, response.city),
                "country": places.country(response.owner, response.country),
                "status": "complete" if response.completed else "in_progress",
                "questionnaire": response.questionnaire_id,
                "version": response.questionnaire_version,
                "completeness": round(ratio, 3) if ratio is not None else None,
            }
        )
    return rows


def _is_delegate(session: Session) -> bool:
    profile = session.get(models.Profile, 1)
    return profile is not None and profile.role == "delegate"


def _delegate_fields(session: Session, kind: str) -> dict[str, Row]:
    """Delegate profile: record id -> the secretariat's review (from receipts) and the last printed form.

    ``status`` stays the delegate's own state (draft, ready); ``review_state`` and ``review_comment``
    are null until a receipt brings a review, ``printed_revision`` null until a form is printed."""
    from kin_desktop.services import printed
    from kin_desktop.services.notes import latest_notes

    notes = latest_notes(session, kind)
    forms = printed.latest_printed(session)
    ids = set(notes) | set(forms)
    return {
        rid: {
            "review_state": notes[rid].state if rid in notes else None,
            "review_comment": notes[rid].comment if rid in notes else None,
            "printed_revision": forms[rid].rev_id if rid in forms else None,
        }
        for rid in ids
    }


_NOT_REVIEWED: Row = {"review_state": None, "review_comment": None, "printed_revision": None}


def _practices(session: Session) -> list[Row]:
    places, reviews, live = _Places(session), _review_states(session), _live(session, "practice")
    delegate = _is_delegate(session)
    extra = _delegate_fields(session, "practice") if delegate else {}
    query = select(models.Practice).order_by(col(models.Practice.title), col(models.Practice.record_id))
    return [
        {
            "id": p.record_id,
            "title": p.title,
            "city": places.city(p.owner, p.city),
            "country": places.country(p.owner, p.country),
            "status": p.state if delegate else reviews.get(p.record_id, p.state),
            "sectors": json.loads(p.sectors),
            "win_win": p.win_win,
            **(extra.get(p.record_id, _NOT_REVIEWED) if delegate else {}),
        }
        for p in session.exec(query)
        if p.record_id in live
    ]


def _commitments(session: Session) -> list[Row]:
    places, reviews, live = _Places(session), _review_states(session), _live(session, "commitment")
    delegate = _is_delegate(session)
    extra = _delegate_fields(session, "commitment") if delegate else {}
    query = select(models.Commitment).order_by(col(models.Commitment.title), col(models.Commitment.record_id))
    return [
        {
            "id": c.record_id,
            "title": c.title,
            "city": places.city(c.owner, c.city),
            "country": places.country(c.owner, c.country),
            "status": c.state if delegate else reviews.get(c.record_id, c.state),
            "project_type": c.project_type,
            "start_date": c.start_date,
            "end_date": c.end_date,
            **(extra.get(c.record_id, _NOT_REVIEWED) if delegate else {}),
        }
        for c in session.exec(query)
        if c.record_id in live
    ]


def _delegates(session: Session) -> list[Row]:
    query = select(models.DelegateKey).order_by(col(models.DelegateKey.city), col(models.DelegateKey.name))
    return [
        {
            "id": key.key_id,
            "name": key.name,
            "city": key.city,
            "country": key.country,
            "organisation": key.organisation,
            "category": key.category,
            "status": key.status,
            "fingerprint": key.fingerprint,
        }
        for key in session.exec(query)
    ]


def _imports(session: Session) -> list[Row]:
    places = _Places(session)
    query = select(models.ImportLog).order_by(col(models.ImportLog.received_at), col(models.ImportLog.id))
    return [
        {
            "id": entry.id,
            "path": entry.path,
            "city": places.city(entry.signer_key_id or ""),
            "status": entry.status,
            "reason": entry.reason,
            "detail": entry.detail,
            "kind": entry.kind,
            "signer": entry.signer_key_id,
            "sequence": entry.sequence,
            "received_at": entry.received_at.isoformat() + "Z",
            "records": entry.records,
        }
        for entry in session.exec(query)
    ]


def _conflicts(session: Session) -> list[Row]:
    places = _Places(session)
    query = (
        select(models.Record)
        .where(col(models.Record.conflict).is_(True))
        .order_by(col(models.Record.record_id))
    )
    rows: list[Row] = []
    for record in session.exec(query):
        revision = session.get(models.Revision, record.head_rev_id)
        body = json.loads(revision.body) if revision and revision.body else {}
        rows.append(
            {
                "id": record.record_id,
                "title": body.get("title", ""),
                "type": record.record_type,
                "city": places.city(record.owner),
                "status": "conflict",
                "heads": json.loads(record.heads),
            }
        )
    return rows


_KINDS = {
    "responses": _responses,
    "practices": _practices,
    "commitments": _commitments,
    "delegates": _delegates,
    "imports": _imports,
    "conflicts": _conflicts,
}


def list_rows(workspace: Workspace, kind: str) -> list[Row]:
    try:
        build = _KINDS[kind]
    except KeyError as exc:
        raise UsageError(f"cannot list {kind!r}; choose one of {', '.join(_KINDS)}") from exc
    workspace.profile()  # a clear error when the database holds no profile
    with workspace.session() as session:
        return build(session)
