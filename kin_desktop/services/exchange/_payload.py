"""The payload members of a container, read exactly as docs/bundle-format.md §5-§7 defines them.

Pure functions of the member bytes (and of the signer and reader key ids where a rule names them): no
database, no files. Import and verify call the same functions, so a file verify passes is a file
import reads. Each refusal is a :class:`Refused` with the reason code the spec gives for the step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import PublicIdentity, is_key_id
from kin_desktop.core import canonical, limits, records
from kin_desktop.core.errors import ValidationError
from kin_desktop.core.schemas import RecordType, validate_body
from kin_desktop.services import questionnaires

REJECTED = "rejected"

MAX_REVISIONS_JSON = 64 * 1024 * 1024
MAX_SECRETARIAT_JSON = 64 * 1024
MAX_CATALOGUE_JSON = 64 * 1024 * 1024
MAX_RECEIPT_JSON = 64 * 1024 * 1024  # = the member cap
TEXT_LENGTH = limits.MAX_HEADER_TEXT  # names, organisations, cities, countries in secretariat.json, catalogue

_HEX64 = re.compile(r"[0-9a-f]{64}")
_IDENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_REASON = re.compile(r"[a-z][a-z0-9_]{0,63}")
_PACK_KEYS = frozenset({"identity", "name", "organisation"})
_PACK_OPTIONAL = frozenset({"inbox_url"})  # the inbox service's address (docs/sync.md)
_CATALOGUE_ENTRY_KEYS = frozenset({"id", "city", "country", "body"})
RECEIPT_KEYS = frozenset({"receipt_sequence", "delegate_key_id", "acknowledged", "bundles", "review_notes"})
RECEIPT_OPTIONAL = frozenset({"revisions"})  # the secretariat's revisions of the delegate's records
_BUNDLE_ENTRY_KEYS = frozenset({"bundle_id", "sequence", "status", "reason"})
RECEIPT_BUNDLE_STATUSES = ("merged", "duplicate", "rejected", "quarantined")


class Refused(Exception):
    """A file is refused at some step: ``reason`` (a stable code), an English ``detail``, and the
    import ``status`` it leads to (``rejected``, or ``quarantined`` where the file is kept as evidence)."""

    def __init__(self, reason: str, detail: str, *, status: str = REJECTED) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.status = status


def _canonical(data: bytes, reason: str, member: str, max_bytes: int) -> Any:
    try:
        return canonical.loads_strict(data, max_bytes=max_bytes, canonical=True)
    except ValidationError as exc:
        raise Refused(reason, f"{member} is invalid: {exc.message}") from exc


def _text(value: Any, what: str, reason: str, longest: int = TEXT_LENGTH) -> str:
    if not limits.is_text(value, longest):
        raise Refused(reason, f"{what} must be a string of at most {longest} characters")
    assert isinstance(value, str)
    return value


def _bounded_list(value: Any, what: str, reason: str, longest: int) -> list[Any]:
    if not isinstance(value, list):
        raise Refused(reason, f"{what} must be a list")
    if len(value) > longest:
        raise Refused(reason, f"{what} may hold at most {longest:,} items")
    return value


# -- revisions.json (§5.1) -----------------------------------------------------------------------------


def offered_revisions(data: bytes) -> list[records.Revision]:
    """The revisions ``revisions.json`` offers, their JSON form checked (exact keys, types, ``"v"``,
    parents), not their content: the importer checks the content of those it does not hold yet and
    compares the others with what it holds (``_checks.conflicting_revision``). ``bad_revision``."""
    raw = _canonical(data, "bad_revision", "revisions.json", MAX_REVISIONS_JSON)
    if not isinstance(raw, list):
        raise Refused("bad_revision", "revisions.json must be a JSON array")
    if len(raw) > limits.MAX_REVISIONS_PER_BUNDLE:
        raise Refused("bad_revision", f"a bundle holds at most {limits.MAX_REVISIONS_PER_BUNDLE:,} revisions")
    try:
        return [records.from_json(item, check=False) for item in raw]
    except ValidationError as exc:
        raise Refused("bad_revision", f"the revisions are invalid: {exc.message}") from exc


def checked_revision(item: Any, reason: str, what: str) -> records.Revision:
    """A revision object checked in full (§5.2-§5.5): form, identifiers, clock, body, ``rev_id``."""
    try:
        return records.from_json(item)
    except ValidationError as exc:
        raise Refused(reason, f"{what} is invalid: {exc.message}") from exc


# -- welcome pack (§6) ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackContent:
    identity: PublicIdentity
    name: str
    organisation: str
    inbox_url: str | None  # None: the pack names no inbox service


def secretariat_member(verified: container.VerifiedContainer) -> PackContent:
    """``secretariat.json`` (§6.1): ``bad_pack``; naming another key than the signer: ``wrong_signer``."""
    pack = _canonical(
        verified.members["secretariat.json"], "bad_pack", "secretariat.json", MAX_SECRETARIAT_JSON
    )
    if not isinstance(pack, dict) or not _PACK_KEYS <= set(pack) <= _PACK_KEYS | _PACK_OPTIONAL:
        raise Refused(
            "bad_pack", "secretariat.json must hold exactly identity, name, organisation, and maybe inbox_url"
        )
    try:
        identity = PublicIdentity.from_json(pack["identity"])
    except ValidationError as exc:
        raise Refused("bad_pack", f"secretariat.json is invalid: {exc.message}") from exc
    name = _text(pack["name"], "the secretariat's name", "bad_pack")
    organisation = _text(pack["organisation"], "the secretariat's organisation", "bad_pack")
    if identity.encryption_public is None:
        raise Refused("bad_pack", "secretariat.json names no encryption key")
    inbox_url = _inbox_url(pack["inbox_url"]) if "inbox_url" in pack else None
    if identity.key_id != verified.signer_key_id:
        raise Refused("wrong_signer", "the pack names another signing key than the one that signed it")
    return PackContent(identity, name, organisation, inbox_url)


def _inbox_url(value: Any) -> str:
    """``inbox_url`` (§6.1): an inbox address exactly as ``check_url`` writes it."""
    from kin_desktop.inbox.protocol import check_url

    try:
        normal = check_url(value)
    except ValueError as exc:
        raise Refused("bad_pack", f"inbox_url is invalid: {exc}") from exc
    if normal != value:
        raise Refused("bad_pack", f"inbox_url is not written as {normal!r}")
    return normal


def catalogue_member(verified: container.VerifiedContainer) -> list[dict[str, Any]]:
    """``catalogue.json`` (§6.2), or no entries when the pack has none: ``bad_catalogue``."""
    raw = verified.members.get("catalogue.json")
    if raw is None:
        return []
    value = _canonical(raw, "bad_catalogue", "catalogue.json", MAX_CATALOGUE_JSON)
    if not isinstance(value, dict) or set(value) != {"practices"} or not isinstance(value["practices"], list):
        raise Refused("bad_catalogue", 'catalogue.json must be {"practices": [...]}')
    _bounded_list(value["practices"], "the catalogue", "bad_catalogue", limits.MAX_CATALOGUE_ENTRIES)
    entries: list[dict[str, Any]] = []
    previous = ""
    for item in value["practices"]:
        if not isinstance(item, dict) or set(item) != _CATALOGUE_ENTRY_KEYS:
            raise Refused("bad_catalogue", "a catalogue entry must hold exactly id, city, country, body")
        identifier = item["id"]
        if not isinstance(identifier, str) or not _IDENT.fullmatch(identifier):
            raise Refused("bad_catalogue", f"catalogue entry id {identifier!r} is not an identifier")
        if identifier <= previous:
            raise Refused("bad_catalogue", f"catalogue entry {identifier} is out of order or repeated")
        previous = identifier
        city = _text(item["city"], "a catalogue city", "bad_catalogue")
        country = _text(item["country"], "a catalogue country", "bad_catalogue")
        body = item["body"]
        try:
            normal = validate_body(RecordType.PRACTICE, body)
        except ValidationError as exc:
            raise Refused("bad_catalogue", f"catalogue entry {identifier} is invalid: {exc.message}") from exc
        if canonical.dumps(normal) != canonical.dumps(body):
            raise Refused("bad_catalogue", f"catalogue entry {identifier} is not in normal form")
        entries.append({"id": identifier, "city": city, "country": country, "body": body})
    return entries


def questionnaire_members(verified: container.VerifiedContainer) -> list[questionnaires.ReceivedDefinition]:
    """The definitions ``questionnaires/…`` and ``published.json`` (§6.3), read by
    ``services.questionnaires.read_update`` (each definition loads, none twice, ``published.json``
    names only versions the pack carries: ``bad_definition``, ``bad_published``); and each member name
    must be the one its id and version give (``bad_definition``)."""
    try:
        received = questionnaires.read_update(verified.members)
    except ValidationError as exc:
        raise Refused(str(exc.params.get("reason", "bad_definition")), exc.message) from exc
    for item in received:
        expected = container.questionnaire_member_name(item.definition.id, item.definition.version)
        if item.member != expected:
            raise Refused(
                "bad_definition",
                f"{item.member} holds questionnaire {item.definition.id} version {item.definition.version}, "
                f"which belongs under {expected}",
            )
    return received


# -- receipt (§7) --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptContent:
    sequence: int
    acknowledged: list[str]
    bundles: list[dict[str, Any]]
    review_notes: list[records.Revision]
    revisions: list[records.Revision]  # the secretariat's revisions of the reader's records


def _is_int(value: Any, minimum: int) -> bool:
    return type(value) is int and minimum <= value


def _bundle_entry(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict) or set(item) != _BUNDLE_ENTRY_KEYS:
        raise Refused(
            "bad_receipt", "an entry of bundles must hold exactly bundle_id, sequence, status, reason"
        )
    status, reason = item["status"], item["reason"]
    if (
        not isinstance(item["bundle_id"], str)
        or not _HEX64.fullmatch(item["bundle_id"])
        or not _is_int(item["sequence"], 1)
        or status not in RECEIPT_BUNDLE_STATUSES
    ):
        raise Refused("bad_receipt", "an entry of bundles is invalid")
    if status in ("rejected", "quarantined"):
        fits = isinstance(reason, str) and _REASON.fullmatch(reason) is not None
    else:
        fits = reason is None
    if not fits:
        raise Refused("bad_receipt", "an entry of bundles has a reason code exactly when it was refused")
    return dict(item)


def receipt_member(verified: container.VerifiedContainer, own_key_id: str) -> ReceiptContent:
    """``receipt.json`` (§7), checked for the delegate ``own_key_id``: ``bad_receipt``, ``not_for_us``,
    and for the revisions it carries ``bad_revision``, ``wrong_author``, ``not_owner``."""
    signer = verified.signer_key_id
    receipt = _canonical(verified.members["receipt.json"], "bad_receipt", "receipt.json", MAX_RECEIPT_JSON)
    if not isinstance(receipt, dict) or not RECEIPT_KEYS <= set(receipt) <= RECEIPT_KEYS | RECEIPT_OPTIONAL:
        raise Refused("bad_receipt", "receipt.json does not have exactly the receipt fields")
    sequence = receipt["receipt_sequence"]
    if not limits.is_int(sequence, 1, limits.MAX_SEQUENCE):
        raise Refused("bad_receipt", f"receipt_sequence must be an integer from 1 to {limits.MAX_SEQUENCE:,}")
    if not is_key_id(receipt["delegate_key_id"]):
        raise Refused("bad_receipt", "delegate_key_id must be a key id")
    if receipt["delegate_key_id"] != own_key_id:
        raise Refused("not_for_us", "the receipt is addressed to another delegate")
    acknowledged = _bounded_list(
        receipt["acknowledged"], "acknowledged", "bad_receipt", limits.MAX_RECEIPT_ITEMS
    )
    if not all(isinstance(r, str) and _HEX64.fullmatch(r) for r in acknowledged):
        raise Refused("bad_receipt", "acknowledged must be a list of revision ids")
    if any(a >= b for a, b in zip(acknowledged, acknowledged[1:], strict=False)):
        raise Refused("bad_receipt", "acknowledged must be in ascending order, each revision id once")
    _bounded_list(receipt["bundles"], "bundles", "bad_receipt", limits.MAX_RECEIPT_ITEMS)
    _bounded_list(receipt["review_notes"], "review_notes", "bad_receipt", limits.MAX_RECEIPT_ITEMS)
    bundles = [_bundle_entry(item) for item in receipt["bundles"]]
    notes = [checked_revision(item, "bad_receipt", "a review note") for item in receipt["review_notes"]]
    for note in notes:
        if note.record_type != RecordType.REVIEW_NOTE or note.owner != signer:
            raise Refused("not_owner", f"revision {note.rev_id} is not a review note of the secretariat")
        if note.author != signer:
            raise Refused("wrong_author", f"review note {note.rev_id} is authored by another key")
    revisions: list[records.Revision] = []
    if "revisions" in receipt:
        raw = _bounded_list(receipt["revisions"], "revisions", "bad_receipt", limits.MAX_RECEIPT_ITEMS)
        if not raw:
            raise Refused("bad_receipt", "revisions, when present, must not be empty")
        revisions = [checked_revision(item, "bad_revision", "a revision of the secretariat") for item in raw]
        for rev in revisions:
            if rev.author != signer:
                raise Refused(
                    "wrong_author",
                    f"revision {rev.rev_id} is authored by {rev.author}, not by the pinned secretariat key",
                )
            if rev.owner != own_key_id or rev.record_type == RecordType.REVIEW_NOTE:
                raise Refused(
                    "not_owner",
                    f"revision {rev.rev_id} writes record {rev.record_id}, which this delegate does not own",
                )
    return ReceiptContent(sequence, list(acknowledged), bundles, notes, revisions)
