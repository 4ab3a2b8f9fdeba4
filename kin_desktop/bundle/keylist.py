"""The key list: which delegate keys the secretariat has enrolled and which it has revoked.

The secretariat signs it and pushes it to its inbox service (docs/sync.md), which gives enrolled keys
their larger quota and refuses revoked ones. It is a signed container of kind ``key-list``
(docs/bundle-format.md) whose one member ``keys.json`` is canonical JSON::

    {"enrolled": ["<key id>", ...], "revoked": ["<key id>", ...], "sequence": 7}

``sequence`` grows by one with each list the secretariat writes, so an inbox never goes back to an
older list (a replayed one). Both lists are sorted, without repeats, and share no key id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import SignerLike, is_key_id
from kin_desktop.core import canonical
from kin_desktop.core.errors import BundleRejected, ValidationError

KIND: Literal["key-list"] = "key-list"
MEMBER = "keys.json"
SUFFIX = ".kinl"
MAX_BYTES = 16 * 1024 * 1024  # a key id is 34 bytes in the list: room for far more than any network
_LIMITS = container.Limits(max_file_size=MAX_BYTES, max_member_size=MAX_BYTES, max_total_size=MAX_BYTES)


@dataclass(frozen=True)
class KeyList:
    sequence: int
    enrolled: frozenset[str]
    revoked: frozenset[str]
    created: str
    signer_key_id: str

    def status(self, key_id: str) -> str:
        """``enrolled``, ``revoked`` or ``unknown`` (a key the secretariat has not approved yet)."""
        if key_id in self.revoked:
            return "revoked"
        return "enrolled" if key_id in self.enrolled else "unknown"


def write_key_list(
    signer: SignerLike,
    *,
    sequence: int,
    enrolled: Iterable[str],
    revoked: Iterable[str],
    created: str,
    app_version: str,
) -> bytes:
    """The signed key list file."""
    enrolled_ids, revoked_ids = sorted(set(enrolled)), sorted(set(revoked))
    body = {"enrolled": enrolled_ids, "revoked": revoked_ids, "sequence": sequence}
    _check(body)
    header = {"created": created, "app_version": app_version}
    return container.write_signed_file(KIND, {MEMBER: canonical.dumps(body)}, header, signer)


def _refuse(message: str) -> BundleRejected:
    return BundleRejected(f"The key list is invalid: {message}.", reason="bad_key_list")


def _check(body: object) -> tuple[int, list[str], list[str]]:
    if not isinstance(body, dict) or set(body) != {"enrolled", "revoked", "sequence"}:
        raise _refuse("keys.json must hold exactly enrolled, revoked and sequence")
    sequence = body["sequence"]
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not 1 <= sequence < 2**53:
        raise _refuse("sequence must be a positive integer")
    lists: list[list[str]] = []
    for name in ("enrolled", "revoked"):
        value = body[name]
        if not isinstance(value, list) or not all(is_key_id(k) for k in value):
            raise _refuse(f"{name} must be a list of key ids")
        if value != sorted(set(value)):
            raise _refuse(f"{name} must be sorted and without repeats")
        lists.append(value)
    if set(lists[0]) & set(lists[1]):
        raise _refuse("a key cannot be both enrolled and revoked")
    return sequence, lists[0], lists[1]


def read_key_list(data: bytes, secretariat_key_id: str, secretariat_public: bytes) -> KeyList:
    """Verify a key list signed by the secretariat's key; ``BundleRejected`` otherwise."""

    def lookup(key_id: str) -> bytes | None:
        return secretariat_public if key_id == secretariat_key_id else None

    verified = container.read_signed_container(
        data, expected_kinds=(KIND,), trusted_key_lookup=lookup, limits=_LIMITS
    )
    try:
        body = canonical.loads_strict(verified.members[MEMBER], max_bytes=MAX_BYTES)
    except (ValidationError, ValueError, RecursionError) as exc:
        raise _refuse(f"keys.json is not strict canonical JSON ({exc})") from exc
    if canonical.dumps(body) != verified.members[MEMBER]:
        raise _refuse("keys.json is not in canonical form")
    sequence, enrolled, revoked = _check(body)
    return KeyList(
        sequence,
        frozenset(enrolled),
        frozenset(revoked),
        verified.manifest["created"],
        verified.signer_key_id,
    )
