"""Revisions of records: content-addressed, append-only, merged as a union.

A revision names its parents, so the revisions of one record form a graph. The
*heads* are the revisions no other revision names as a parent; the current state
is the head with the greatest ``(hlc, rev_id)`` (the *winner*), and more than one
head is a *conflict* to be resolved by a revision naming all heads as parents.
Because ``rev_id`` is the SHA-256 of the canonical content (parents included),
storing the same revision twice changes nothing and the order in which revisions
arrive cannot change the result.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kin_desktop.core import canonical
from kin_desktop.core.canonical import digest
from kin_desktop.core.clock import HLC
from kin_desktop.core.errors import ValidationError
from kin_desktop.core.schemas import RecordType, validate_body

REVISION_FORMAT = 1
_REV_ID = re.compile(r"[0-9a-f]{64}")
# Record ids are UUIDs when this application makes them; other well-behaved ids are accepted. Always
# matched whole (``fullmatch``: ``$`` would let a final newline through).
_IDENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_JSON_KEYS = frozenset(
    {"v", "rev_id", "record_id", "record_type", "owner", "parents", "author", "hlc", "body"}
)


@dataclass(frozen=True)
class Revision:
    rev_id: str
    record_id: str
    record_type: str
    owner: str  # key id of the owner (a delegate key or the secretariat)
    parents: tuple[str, ...]  # sorted
    author: str  # key id of the author
    hlc: str
    body: dict[str, Any] | None  # None: tombstone

    @property
    def is_tombstone(self) -> bool:
        return self.body is None

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.hlc, self.rev_id)


def _check_ident(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _IDENT.fullmatch(value):
        raise ValidationError(f"{what} {value!r} is not a valid identifier", reason="identifier", field=what)
    return value


def _check_record_type(value: Any) -> str:
    try:
        return RecordType(value).value
    except ValueError:
        raise ValidationError(f"unknown record type {value!r}", reason="record_type") from None


def _check_parents(parents: Iterable[Any]) -> tuple[str, ...]:
    seen: set[str] = set()
    for parent in parents:
        if not isinstance(parent, str) or not _REV_ID.fullmatch(parent):
            raise ValidationError(f"parent {parent!r} is not a revision id", reason="parent")
        if parent in seen:
            raise ValidationError(f"parent {parent} named twice", reason="parent")
        seen.add(parent)
    return tuple(sorted(seen))


def compute_rev_id(
    record_id: str,
    record_type: str,
    owner: str,
    parents: Sequence[str],
    author: str,
    hlc: str,
    body: dict[str, Any] | None,
    *,
    checked: bool = False,
) -> str:
    """SHA-256 (hex) of the canonical JSON of the revision's content (``checked``: as
    :func:`kin_desktop.core.canonical.digest`)."""
    return digest(
        {
            "v": REVISION_FORMAT,
            "record_id": record_id,
            "record_type": str(record_type),
            "owner": owner,
            "parents": sorted(parents),
            "author": author,
            "hlc": hlc,
            "body": body,
        },
        checked=checked,
    )


def make_revision(
    record_id: str,
    record_type: RecordType | str,
    owner: str,
    parents: Iterable[str],
    author: str,
    hlc: str,
    body: dict[str, Any] | None,
) -> Revision:
    """Build a revision, validating and normalizing ``body`` (``None`` makes a tombstone)."""
    _check_ident(record_id, "record_id")
    kind = _check_record_type(record_type)
    _check_ident(owner, "owner")
    _check_ident(author, "author")
    HLC.parse(hlc)
    sorted_parents = _check_parents(parents)
    normalized = None if body is None else validate_body(kind, body)
    rev_id = compute_rev_id(record_id, kind, owner, sorted_parents, author, hlc, normalized)
    return Revision(rev_id, record_id, kind, owner, sorted_parents, author, hlc, normalized)


def verify_revision(rev: Revision, *, parsed: bool = False) -> None:
    """Raise :class:`ValidationError` unless ``rev.rev_id`` is the hash of its content (``parsed``: its
    body came from ``canonical.loads_strict(..., floats=False)``, so has a canonical form)."""
    expected = compute_rev_id(
        rev.record_id, rev.record_type, rev.owner, rev.parents, rev.author, rev.hlc, rev.body, checked=parsed
    )
    if expected != rev.rev_id:
        raise ValidationError(
            f"revision {rev.rev_id} does not match its content", reason="rev_id_mismatch", rev_id=rev.rev_id
        )


def check_revision(rev: Revision, *, parsed: bool = False) -> None:
    """Full check of a revision from outside: identifiers, clock, body schema and ``rev_id``.

    The body must already be in its normalized form, so the hash covers what is stored. ``parsed``: the
    revision was read by ``canonical.loads_strict(..., floats=False)`` (see :func:`verify_revision`).
    """
    if not isinstance(rev.rev_id, str) or not _REV_ID.fullmatch(rev.rev_id):
        raise ValidationError(f"{rev.rev_id!r} is not a revision id", reason="rev_id")
    _check_ident(rev.record_id, "record_id")
    _check_record_type(rev.record_type)
    _check_ident(rev.owner, "owner")
    _check_ident(rev.author, "author")
    HLC.parse(rev.hlc)
    if _check_parents(rev.parents) != rev.parents:
        raise ValidationError("parents must be sorted", reason="parent")
    if rev.body is not None:
        if not isinstance(rev.body, dict):
            raise ValidationError("body must be an object or null", reason="body")
        # Compared as canonical bytes, not as Python values: 1 == True and 1 == 1.0 in Python, not here.
        if canonical.dumps(validate_body(rev.record_type, rev.body)) != canonical.dumps(rev.body):
            raise ValidationError(
                f"body of revision {rev.rev_id} is not in normalized form", reason="body_not_normalized"
            )
    verify_revision(rev, parsed=parsed)


def to_json(rev: Revision) -> dict[str, Any]:
    return {
        "v": REVISION_FORMAT,
        "rev_id": rev.rev_id,
        "record_id": rev.record_id,
        "record_type": rev.record_type,
        "owner": rev.owner,
        "parents": list(rev.parents),
        "author": rev.author,
        "hlc": rev.hlc,
        "body": rev.body,
    }


def from_json(data: Any, *, check: bool = True) -> Revision:
    """Parse the JSON form strictly: exact keys, exact types, valid body, matching ``rev_id``.

    ``check=False`` stops after the form (keys, types, parents): for a revision whose ``rev_id`` is
    stored already, which the importer never stores again (docs/exchange.md).
    """
    rev = _from_json_structure(data)
    if check:
        check_revision(rev)
    return rev


def _from_json_structure(data: Any) -> Revision:
    """The revision a JSON object describes, with its keys, types and parents checked (not its content)."""
    if not isinstance(data, dict):
        raise ValidationError("a revision must be a JSON object", reason="revision_type")
    keys = set(data)
    if keys != _JSON_KEYS:
        missing = sorted(_JSON_KEYS - keys)
        extra = sorted(keys - _JSON_KEYS)
        raise ValidationError(
            f"revision keys wrong (missing {missing}, unexpected {extra})", reason="revision_keys"
        )
    if type(data["v"]) is not int or data["v"] != REVISION_FORMAT:  # not true, not 1.0
        raise ValidationError(f"revision format {data['v']!r} is not supported", reason="revision_version")
    for key in ("rev_id", "record_id", "record_type", "owner", "author", "hlc"):
        if not isinstance(data[key], str):
            raise ValidationError(
                f"revision field {key} must be a string", reason="revision_field", field=key
            )
    if not isinstance(data["parents"], list):
        raise ValidationError("revision parents must be a list", reason="revision_field", field="parents")
    body = data["body"]
    if body is not None and not isinstance(body, dict):
        raise ValidationError(
            "revision body must be an object or null", reason="revision_field", field="body"
        )
    parents = _check_parents(data["parents"])
    rev = Revision(
        rev_id=data["rev_id"],
        record_id=data["record_id"],
        record_type=data["record_type"],
        owner=data["owner"],
        parents=parents,
        author=data["author"],
        hlc=data["hlc"],
        body=body,
    )
    return rev


def heads(revs: Iterable[Revision]) -> list[Revision]:
    """The revisions that no other revision names as a parent, ordered by ``(hlc, rev_id)``."""
    unique = {rev.rev_id: rev for rev in revs}
    named = {parent for rev in unique.values() for parent in rev.parents}
    return sorted((rev for rev in unique.values() if rev.rev_id not in named), key=lambda r: r.sort_key)


def winner(candidates: Iterable[Revision]) -> Revision:
    """The head shown as current: the greatest ``(hlc, rev_id)``; the same everywhere."""
    listed = list(candidates)
    if not listed:
        raise ValueError("winner() of no revisions")
    return max(listed, key=lambda r: r.sort_key)


def causal_order(revs: Iterable[Revision]) -> list[Revision]:
    """Parents before children; otherwise by ``(hlc, rev_id)``. Missing parents are ignored."""
    unique = {rev.rev_id: rev for rev in revs}
    waiting: dict[str, int] = {}
    children: dict[str, list[str]] = {}
    for rev in unique.values():
        present = [p for p in rev.parents if p in unique]
        waiting[rev.rev_id] = len(present)
        for parent in present:
            children.setdefault(parent, []).append(rev.rev_id)
    ready = [(unique[r].sort_key, r) for r, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    ordered: list[Revision] = []
    while ready:
        _, rev_id = heapq.heappop(ready)
        ordered.append(unique[rev_id])
        for child in children.get(rev_id, ()):
            waiting[child] -= 1
            if waiting[child] == 0:
                heapq.heappush(ready, (unique[child].sort_key, child))
    # A cycle cannot be built with content hashes; anything left over goes last, in a stable order.
    if len(ordered) < len(unique):
        done = {r.rev_id for r in ordered}
        ordered.extend(sorted((r for r in unique.values() if r.rev_id not in done), key=lambda r: r.sort_key))
    return ordered
