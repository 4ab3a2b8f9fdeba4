"""Secretariat: the figures of the dashboard (docs/secretariat.md). Qt-free; the charts are the UI's."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlmodel import col, select

from kin_desktop.core.schemas import RecordType, ReviewState, Role
from kin_desktop.services.notes import fetch, latest_notes
from kin_desktop.services.profiles import Workspace
from kin_desktop.services.review import newest_responses
from kin_desktop.storage import models as m


@dataclass(frozen=True)
class Dashboard:
    by_country: dict[str, int]  # practices + commitments per country (ISO code)
    by_sector: dict[str, int]  # practices + commitments per sector (a record counts once per sector)
    by_category: dict[str, int]  # approved delegates per participant category
    by_state: dict[str, int]  # review states of commitments ("received": no review note yet)
    questionnaire: dict[str, int]  # {"complete", "in_progress", "none"} over approved delegates
    commitments_by_year: dict[int, int]  # by the year of the end date (commitments without one left out)
    practices: int
    commitments: int
    cities: int  # distinct (city, country) of approved delegates


def dashboard(workspace: Workspace) -> Dashboard:
    workspace.require_role(Role.SECRETARIAT)
    with workspace.session() as session:
        practices = fetch(
            session,
            core_select(col(m.Practice.record_id), col(m.Practice.country), col(m.Practice.sectors))
            .join(m.Record, col(m.Record.record_id) == col(m.Practice.record_id))
            .where(col(m.Record.deleted).is_(False)),
        )
        commitments = fetch(
            session,
            core_select(
                col(m.Commitment.record_id),
                col(m.Commitment.country),
                func.json_extract(col(m.Commitment.body), "$.sectors"),
                col(m.Commitment.end_date),
            )
            .join(m.Record, col(m.Record.record_id) == col(m.Commitment.record_id))
            .where(col(m.Record.deleted).is_(False)),
        )
        keys = [
            (key.key_id, key.city, key.country, key.category)
            for key in session.exec(select(m.DelegateKey).where(col(m.DelegateKey.status) == "approved"))
        ]
        notes = latest_notes(session, RecordType.COMMITMENT.value)
        responses = newest_responses(session)
    by_country: Counter[str] = Counter()
    by_sector: Counter[str] = Counter()
    for _rid, country, sectors in practices:
        by_country[country or ""] += 1
        by_sector.update(set(json.loads(sectors)))
    by_year: Counter[int] = Counter()
    by_state: Counter[str] = Counter()
    for rid, country, sectors, end_date in commitments:
        by_country[country or ""] += 1
        by_sector.update(set(json.loads(sectors) if sectors else []))
        if end_date:
            by_year[int(end_date[:4])] += 1
        note = notes.get(rid)
        by_state[note.state if note else ReviewState.RECEIVED.value] += 1
    questionnaire = {"complete": 0, "in_progress": 0, "none": 0}
    for key_id, _city, _country, _category in keys:
        response = responses.get(key_id)
        if response is None:
            questionnaire["none"] += 1
        elif response.completed:
            questionnaire["complete"] += 1
        else:
            questionnaire["in_progress"] += 1
    return Dashboard(
        by_country=dict(sorted(by_country.items())),
        by_sector=dict(sorted(by_sector.items())),
        by_category=dict(sorted(Counter(category or "other" for _k, _c, _n, category in keys).items())),
        by_state=dict(sorted(by_state.items())),
        questionnaire=questionnaire,
        commitments_by_year=dict(sorted(by_year.items())),
        practices=len(practices),
        commitments=len(commitments),
        cities=len({(city.casefold(), country) for _k, city, country, _c in keys}),
    )
