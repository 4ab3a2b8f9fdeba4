"""Record ids one party derives, which no other party can take first.

The secretariat derives some record ids instead of drawing them at random (the review note about a
record: one per target, the same on every run). A derived id anyone can compute could be taken first:
a delegate creating a record under it would make the target impossible to review. So a derived id
starts with the key id of the party that derives it, ``<key id>:<kind>:<uuid5>``, and an id of that
form is *reserved* to that key: import refuses any revision of such a record owned by another key
(``reserved_owner``), whatever arrives first.
"""

from __future__ import annotations

import re
import uuid

_NAMESPACE = uuid.UUID("0b6c7f0e-5a43-4c1b-8f7e-4b494e524556")
_KIND = re.compile(r"[a-z][a-z0-9-]{0,15}")
_RESERVED = re.compile(r"([0-9a-f]{32}):")


def derived_id(owner: str, kind: str, seed: str) -> str:
    """The record id ``owner`` derives for ``kind`` from ``seed`` (e.g. the review note about a record)."""
    if _RESERVED.fullmatch(owner + ":") is None or _KIND.fullmatch(kind) is None:
        raise ValueError(f"cannot derive an id for owner {owner!r} and kind {kind!r}")
    return f"{owner}:{kind}:{uuid.uuid5(_NAMESPACE, f'{owner}:{kind}:{seed}')}"


def reserved_owner(record_id: str) -> str | None:
    """The key id a record id is reserved to (a derived id), or None for an ordinary id."""
    match = _RESERVED.match(record_id)
    return None if match is None else match.group(1)
