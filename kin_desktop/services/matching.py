"""Secretariat: connecting cities that face similar challenges (docs/secretariat.md).

A city's challenges come from its questionnaire answers: the sectors it selected, how severe each is
(1-5), its trend, and the priority ranking. :func:`match` proposes practices of *other* cities on those
sectors, scored so that the city's most severe and highest-priority problems come first:

    per shared sector: 2 x severity (3 when not rated) + priority bonus (rank 1: 3, 2: 2, 3: 1)
                       + 2 when the problem is worsening
    + 1 for a win-win practice, + 1 for a practice the secretariat registered

Ties are broken by title, then record id, so the same data always gives the same list. Reasons are
plain English sentences (the secretariat's working language), e.g.
"addresses solid waste (severity 5, worsening, priority 1)".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from kin_desktop.core.questionnaire import Definition
from kin_desktop.core.schemas import RecordType, ReviewState, Sector
from kin_desktop.services.exchange._outgoing import _registered_practices
from kin_desktop.services.notes import latest_notes
from kin_desktop.services.profiles import Workspace
from kin_desktop.services.review import Definitions, places, stored_responses
from kin_desktop.storage import models as m

SECTOR_NAMES: dict[str, str] = {
    Sector.SOLID_WASTE.value: "solid waste",
    Sector.WASTEWATER_SANITATION.value: "wastewater and sanitation",
    Sector.WATER_SUPPLY.value: "water supply",
    Sector.AIR_QUALITY.value: "air quality",
    Sector.URBAN_TRANSPORT.value: "urban transport",
    Sector.ENERGY.value: "energy",
    Sector.GREEN_SPACE.value: "green space",
    Sector.INDUSTRIAL_POLLUTION.value: "industrial pollution",
    Sector.OTHER.value: "other issues",
}
# The Fourth Meeting questionnaire's question ids per sector; other definitions are read from their
# relevance expressions (``selected(sectors, 'x')``).
_SUFFIX = {
    "solid_waste": "solid_waste",
    "wastewater_sanitation": "wastewater",
    "water_supply": "water_supply",
    "air_quality": "air_quality",
    "urban_transport": "transport",
    "energy": "energy",
    "green_space": "green_space",
    "industrial_pollution": "industrial",
}
_SELECTED = re.compile(r"^\s*selected\(\s*sectors\s*,\s*'([a-z_]+)'\s*\)\s*$")
UNRATED_SEVERITY = 3
WIN_WIN_BONUS = 1.0
REGISTERED_BONUS = 1.0
WORSENING_BONUS = 2.0


@dataclass(frozen=True)
class Challenge:
    sector: str
    severity: int | None  # 1 (minor) .. 5 (very serious)
    trend: str | None  # improving | stable | worsening
    priority: int | None  # 1 = the city's first priority


@dataclass(frozen=True)
class Match:
    practice_id: str
    title: str
    city: str
    country: str
    sectors: tuple[str, ...]
    score: float
    reasons: tuple[str, ...]
    registered: bool
    win_win: bool


def _sector_questions(definition: Definition | None) -> dict[str, tuple[str | None, str | None]]:
    """Sector -> (severity question id, trend question id)."""
    found: dict[str, tuple[str | None, str | None]] = {
        sector: (f"severity_{suffix}", f"trend_{suffix}") for sector, suffix in _SUFFIX.items()
    }
    if definition is None:
        return found
    for question in definition.questions():
        matched = _SELECTED.match(question.relevant or "")
        if matched is None:
            continue
        severity, trend = found.get(matched.group(1), (None, None))
        if question.id.startswith("severity_"):
            severity = question.id
        elif question.id.startswith("trend_"):
            trend = question.id
        else:
            continue
        found[matched.group(1)] = (severity, trend)
    return found


def _challenges(session: Session, owner: str) -> tuple[Challenge, ...]:
    responses = stored_responses(session, owner)
    if not responses:
        return ()
    latest = responses[-1]
    answers = latest.answers
    definition = Definitions(session).get(latest.questionnaire_id, latest.version)
    questions = _sector_questions(definition)
    selected = answers.get("sectors")
    ranking = answers.get("priority_ranking")
    ranked = [s for s in ranking if isinstance(s, str)] if isinstance(ranking, list) else []
    sectors = [s for s in selected if isinstance(s, str)] if isinstance(selected, list) else []
    for sector in ranked:  # a ranked sector is a challenge even if not ticked
        if sector not in sectors:
            sectors.append(sector)
    found: list[Challenge] = []
    for sector in sectors:
        severity_id, trend_id = questions.get(sector, (None, None))
        severity = answers.get(severity_id) if severity_id else None
        trend = answers.get(trend_id) if trend_id else None
        found.append(
            Challenge(
                sector=sector,
                severity=severity if isinstance(severity, int) and not isinstance(severity, bool) else None,
                trend=trend if isinstance(trend, str) else None,
                priority=ranked.index(sector) + 1 if sector in ranked else None,
            )
        )
    order = list(SECTOR_NAMES)
    found.sort(
        key=lambda c: (
            c.priority if c.priority is not None else 99,
            -(c.severity or 0),
            order.index(c.sector) if c.sector in order else 99,
            c.sector,
        )
    )
    return tuple(found)


def challenges(workspace: Workspace, owner: str) -> tuple[Challenge, ...]:
    """The city's challenges from its newest questionnaire response, highest priority first."""
    with workspace.session() as session:
        return _challenges(session, owner)


def weight(challenge: Challenge) -> float:
    """How much a practice on this challenge's sector is worth to the city."""
    severity = challenge.severity if challenge.severity is not None else UNRATED_SEVERITY
    value = 2.0 * severity
    if challenge.priority is not None:
        value += max(0, 4 - challenge.priority)
    if challenge.trend == "worsening":
        value += WORSENING_BONUS
    return value


def reason(challenge: Challenge) -> str:
    details: list[str] = []
    if challenge.severity is not None:
        details.append(f"severity {challenge.severity}")
    if challenge.trend:
        details.append(challenge.trend)
    if challenge.priority is not None:
        details.append(f"priority {challenge.priority}")
    name = SECTOR_NAMES.get(challenge.sector, challenge.sector.replace("_", " "))
    return f"addresses {name} ({', '.join(details)})" if details else f"addresses {name}"


def match(workspace: Workspace, owner: str, *, limit: int = 10) -> tuple[Match, ...]:
    """Practices of other cities on the city's challenges, best first (at most ``limit``)."""
    with workspace.session() as session:
        wanted = {c.sector: c for c in _challenges(session, owner)}
        if not wanted:
            return ()
        owners = places(session)
        own = owners.get(owner)
        own_city = own.city.casefold() if own is not None else None
        registered = {
            target
            for target, note in latest_notes(session, RecordType.PRACTICE.value).items()
            if note.state == ReviewState.REGISTERED
        }
        rows = session.exec(
            select(m.Practice)
            .join(m.Record, col(m.Record.record_id) == col(m.Practice.record_id))
            .where(col(m.Record.deleted).is_(False), col(m.Practice.owner) != owner)
        ).all()
        candidates: list[Match] = []
        for practice in rows:
            place = owners.get(practice.owner)
            city = practice.city or (place.city if place else "")
            if own_city and city.casefold() == own_city:
                continue  # another delegate of the same city
            sectors = tuple(json.loads(practice.sectors))
            shared = [wanted[s] for s in sectors if s in wanted]
            if not shared:
                continue
            shared.sort(key=weight, reverse=True)
            score = sum(weight(c) for c in shared)
            reasons = [reason(c) for c in shared]
            if practice.win_win:
                score += WIN_WIN_BONUS
                reasons.append("a win-win practice (environment and economy)")
            is_registered = practice.record_id in registered
            if is_registered:
                score += REGISTERED_BONUS
                reasons.append("registered by the secretariat")
            candidates.append(
                Match(
                    practice_id=practice.record_id,
                    title=practice.title,
                    city=city,
                    country=practice.country or (place.country if place else ""),
                    sectors=sectors,
                    score=score,
                    reasons=tuple(reasons),
                    registered=is_registered,
                    win_win=practice.win_win,
                )
            )
    candidates.sort(key=lambda c: (-c.score, c.title.casefold(), c.practice_id))
    return tuple(candidates[: max(0, limit)])


def catalogue(workspace: Workspace) -> tuple[dict[str, Any], ...]:
    """The registered practices exactly as the welcome pack carries them: ``{"id", "city", "country",
    "body"}`` (services.exchange builds both)."""
    with workspace.session() as session:
        return tuple(_registered_practices(session))
