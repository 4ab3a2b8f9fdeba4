"""Publishing a questionnaire version: the welcome pack carries it, delegates keep every version.

Uses the ``net`` fixture (a secretariat, Hai Phong and Bangkok, and a first welcome pack).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.bundle import container
from kin_desktop.core import canonical
from kin_desktop.core.errors import DefinitionError, ValidationError, WrongRoleError
from kin_desktop.core.questionnaire import load_definition
from kin_desktop.services import exchange, questionnaires
from kin_desktop.services.responses import ResponseService, carried_answers, default_answers
from kin_desktop.storage import repository
from tests.helpers.network import Network

WHEN = datetime(2008, 3, 1, 9, 30, tzinfo=UTC)


def survey(version: str, *, extra: list[dict[str, Any]] | None = None, qid: str = "followup-2008") -> bytes:
    items: list[dict[str, Any]] = [
        {"kind": "question", "id": "city_name", "type": "text", "label": {"en": "City"}, "required": True},
        {
            "kind": "question",
            "id": "sector",
            "type": "single_choice",
            "label": {"en": "Sector"},
            "choices": [
                {"value": "air", "label": {"en": "Air"}},
                {"value": "water", "label": {"en": "Water"}},
            ],
        },
        {"kind": "question", "id": "budget", "type": "integer", "label": {"en": "Budget"}, "default": 0},
        *(extra or []),
    ]
    document = {
        "schema_version": 1,
        "id": qid,
        "version": version,
        "default_language": "en",
        "languages": ["en"],
        "title": {"en": "Follow-up 2008"},
        "sections": [{"id": "main", "title": {"en": "Main"}, "items": items}],
    }
    return json.dumps(document).encode("utf-8")


def take_pack(net: Network, delegate: Any, name: str = "next.kinw") -> list[Any]:
    pack = exchange.make_welcome_pack(net.secretariat, net.tmp / "packs" / name)
    outcomes = exchange.import_paths(delegate, [pack], accept_fingerprint=net.fingerprint)
    assert [o.status for o in outcomes] == ["merged"], [o.detail for o in outcomes]
    return outcomes


def test_publish_stores_the_version_and_the_pack_carries_it(net: Network) -> None:
    published = questionnaires.publish(net.secretariat, survey("2008.1"), now=WHEN)
    assert (published.questionnaire_id, published.version, published.new) == ("followup-2008", "2008.1", True)
    assert (published.questions, published.published_at) == (3, WHEN)
    again = questionnaires.publish(net.secretariat, survey("2008.1"), now=datetime(2009, 1, 1, tzinfo=UTC))
    assert not again.new and again.published_at == WHEN
    pack = exchange.make_welcome_pack(net.secretariat, net.tmp / "packs" / "next.kinw")
    members = container.read_signed_container(
        pack.read_bytes(),
        expected_kinds=("welcome-pack",),
        trusted_key_lookup=None,
        allow_unknown_signer=True,
    ).members
    assert canonical.loads_strict(members["published.json"]) == {
        "questionnaires": [
            {"id": "followup-2008", "published_at": "2008-03-01T09:30:00Z", "version": "2008.1"}
        ]
    }
    assert container.questionnaire_member_name("followup-2008", "2008.1") in members


def test_publish_refuses_what_delegates_could_not_tell_apart(net: Network) -> None:
    questionnaires.publish(net.secretariat, survey("2008.2"), now=WHEN)
    with pytest.raises(questionnaires.PublicationError) as older:
        questionnaires.publish(net.secretariat, survey("2008.1"), now=WHEN)
    assert "does not come after 2008.2" in older.value.message
    assert "for example 2008.3" in older.value.message
    changed = survey(
        "2008.2", extra=[{"kind": "question", "id": "new", "type": "text", "label": {"en": "New"}}]
    )
    with pytest.raises(questionnaires.PublicationError) as same:
        questionnaires.publish(net.secretariat, changed, now=WHEN)
    assert "already published with other content" in same.value.message
    questionnaires.publish(
        net.secretariat, survey("2008.10"), now=WHEN
    )  # 10 comes after 2: numbers compare as numbers
    with pytest.raises(DefinitionError):
        questionnaires.publish(net.secretariat, b'{"schema_version": 1}')
    with pytest.raises(WrongRoleError):
        questionnaires.publish(net.hai_phong, survey("2008.11"))


def test_the_delegate_keeps_versions_and_opens_new_responses_on_the_newest(net: Network) -> None:
    exchange.import_paths(net.hai_phong, [net.pack], accept_fingerprint=net.fingerprint)
    questionnaires.publish(net.secretariat, survey("2008.1"), now=WHEN)
    take_pack(net, net.hai_phong, "first.kinw")
    first = ResponseService(net.hai_phong, questionnaire_id="followup-2008")
    assert first.definition().version == "2008.1"
    # A new response starts from the defaults, and the profile's city (services/profile_answers.py).
    assert first.load().answers == {"budget": 0, "city_name": net.hai_phong.profile().city}
    first.save_answers({"city_name": "Hai Phong", "sector": "water", "budget": 120})
    first.mark_complete()
    # a second version: one question renamed, a choice dropped
    second_items = [
        {
            "kind": "question",
            "id": "sector",
            "type": "single_choice",
            "label": {"en": "Sector"},
            "choices": [{"value": "air", "label": {"en": "Air"}}],
        }
    ]
    second = json.loads(survey("2008.2"))
    second["sections"][0]["items"] = [second["sections"][0]["items"][0], *second_items]
    questionnaires.publish(net.secretariat, json.dumps(second).encode(), now=WHEN)
    take_pack(net, net.hai_phong, "second.kinw")
    with net.hai_phong.session() as session:
        listed = questionnaires.versions(session)
    mine = [(v.version, v.current, v.published_at) for v in listed if v.questionnaire_id == "followup-2008"]
    assert mine == [("2008.1", False, WHEN), ("2008.2", True, WHEN)]
    current = ResponseService(net.hai_phong, questionnaire_id="followup-2008")
    state = current.load()
    assert state.record_id is None  # nothing written by opening it
    assert state.answers == {"city_name": "Hai Phong"}  # 'water' is no longer a choice, budget is gone
    current.save_answers({**state.answers, "sector": "air"})
    older = ResponseService(net.hai_phong, questionnaire_id="followup-2008", version="2008.1")
    assert older.read_only and not current.read_only
    kept = older.load()
    assert kept.completed and kept.answers["sector"] == "water" and kept.questionnaire_version == "2008.1"
    with pytest.raises(ValidationError):
        older.save_answers({"city_name": "changed"})
    with net.hai_phong.session() as session:
        bodies = [r.body for r in repository.list_current("response", session=session)]  # type: ignore[arg-type]
    versions = sorted((b["questionnaire_id"], b["questionnaire_version"]) for b in bodies if b)
    assert ("followup-2008", "2008.1") in versions and ("followup-2008", "2008.2") in versions


def _pack_with(net: Network, members: dict[str, bytes], name: str) -> Path:
    from kin_desktop.services.exchange._common import keystore

    signer = keystore(net.secretariat).signer()
    identity = keystore(net.secretariat).public_identity()
    info = net.secretariat.profile()
    base = {
        "secretariat.json": canonical.dumps(
            {"identity": identity.to_json(), "name": info.name, "organisation": info.organisation}
        ),
        **members,
    }
    data = container.write_signed_file(
        "welcome-pack",
        base,
        {"created": "2008-03-01T09:30:00Z", "app_version": "test", "schema_version": 1},
        signer,
    )
    path = net.tmp / "packs" / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("published", "reason"),
    [
        (
            b'{"questionnaires": [{"id": "followup-2008", "version": "9.9", "published_at": "2008-03-01T09:30:00Z"}]}',
            "which the pack does not carry",
        ),
        (
            b'{"questionnaires": [{"id": "followup-2008", "version": "2008.1", "published_at": "March 1st"}]}',
            "is not a UTC time",
        ),
        (b'{"questionnaires": [], "extra": 1}', 'it must be {"questionnaires": [...]}'),
        (
            b'{"questionnaires": [{"id": "followup-2008", "version": "2008.1"}]}',
            "exactly id, version and published_at",
        ),
    ],
)
def test_the_delegate_reads_published_json_strictly(net: Network, published: bytes, reason: str) -> None:
    exchange.import_paths(net.hai_phong, [net.pack], accept_fingerprint=net.fingerprint)
    member = container.questionnaire_member_name("followup-2008", "2008.1")
    written = canonical.dumps(json.loads(published))  # canonical, as every JSON member must be
    pack = _pack_with(net, {member: survey("2008.1"), "published.json": written}, "bad.kinw")
    (outcome,) = exchange.import_paths(net.hai_phong, [pack], accept_fingerprint=net.fingerprint)
    assert outcome.status == "rejected"
    assert reason in outcome.detail
    with net.hai_phong.session() as session:
        assert not repository.list_definitions(session=session, questionnaire_id="followup-2008")


def test_carried_answers_and_defaults() -> None:
    definition = load_definition(survey("1"))
    assert carried_answers(definition, {"city_name": "Hue", "sector": "fire", "gone": 1, "budget": "x"}) == {
        "city_name": "Hue"
    }
    assert default_answers(definition) == {"budget": 0}


def test_published_json_must_be_canonical(net: Network) -> None:
    exchange.import_paths(net.hai_phong, [net.pack], accept_fingerprint=net.fingerprint)
    member = container.questionnaire_member_name("followup-2008", "2008.1")
    spaced = b'{"questionnaires": []}'
    pack = _pack_with(net, {member: survey("2008.1"), "published.json": spaced}, "spaced.kinw")
    (outcome,) = exchange.import_paths(net.hai_phong, [pack], accept_fingerprint=net.fingerprint)
    assert (outcome.status, outcome.reason) == ("rejected", "bad_published")
    assert "canonical" in outcome.detail
