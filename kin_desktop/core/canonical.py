"""Canonical JSON: one byte string per value, so hashes and signatures are stable.

The rules, to the byte, are docs/bundle-format.md §2 ("Canonical JSON"). In short: UTF-8; object keys
sorted by code point; no insignificant white space; strings escape exactly ``"`` and ``\\``, the five
short escapes ``\\b \\f \\n \\r \\t`` and the other characters below U+0020 as ``\\u00xx`` (lower-case hex),
and write every other character as itself (no Unicode normalisation); integers only, within
±(2^53 − 1) (decimals travel as strings); no NaN or infinities; at most :data:`MAX_DEPTH` nested
arrays and objects. Strict parsing refuses duplicate keys, NaN, unpaired surrogates, integers out of
range, oversize and over-deep documents; ``canonical=True`` also refuses any text that is not exactly
the canonical encoding of what it holds.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from kin_desktop.core.errors import ValidationError

MAX_DEPTH = 64
MAX_INTEGER = 2**53 - 1  # what every JSON implementation reads exactly (IEEE doubles included)
_MAX_INTEGER_DIGITS = len(str(MAX_INTEGER))  # 16

_SCALARS = (str, int, bool, type(None))


def _check_integer(value: int) -> None:
    if not -MAX_INTEGER <= value <= MAX_INTEGER:
        raise ValidationError(
            f"the integer {str(value)[:24]} is out of range (at most ±{MAX_INTEGER})", reason="integer_range"
        )


def _check(value: Any) -> None:
    """Refuse what has no canonical form: floats, integers out of range, non-string keys, non-JSON
    types, deep nesting. (Unpaired surrogates are refused by :func:`dumps` when encoding.)

    Iterative, and only containers are pushed: this runs on every revision hashed or imported.
    """
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        kind = type(item)
        if kind is dict:
            children: Any = item.values()
            for key in item:
                if type(key) is not str:
                    raise ValidationError("object keys must be strings", reason="key_type")
        elif kind is list or kind is tuple:
            children = item
        elif kind is float:
            raise ValidationError("floating-point numbers are not canonical; use a string", reason="float")
        elif kind is int:
            _check_integer(item)
            continue
        elif isinstance(item, _SCALARS):
            continue
        else:
            raise ValidationError(f"value of type {kind.__name__} is not JSON", reason="type")
        if depth >= MAX_DEPTH:
            raise ValidationError("document nested too deeply", reason="too_deep")
        for child in children:
            child_kind = type(child)
            if child_kind is str or child_kind is bool or child is None:
                continue
            if child_kind is int:
                if not -MAX_INTEGER <= child <= MAX_INTEGER:
                    _check_integer(child)
                continue
            stack.append((child, depth + 1))


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def _encode(value: Any) -> bytes:
    try:
        return _ENCODER.encode(value).encode("utf-8")
    except UnicodeEncodeError as exc:  # an unpaired surrogate: not a Unicode scalar value
        raise ValidationError(
            "text holds an unpaired surrogate (U+D800-U+DFFF), which is not Unicode", reason="surrogate"
        ) from exc


def dumps(value: Any) -> bytes:
    """Return the canonical UTF-8 bytes of ``value``."""
    _check(value)
    return _encode(value)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest(value: Any, *, checked: bool = False) -> str:
    """SHA-256 (hex) of the canonical form of ``value``.

    ``checked=True``: ``value`` is known to have a canonical form already (it is made of what
    :func:`loads_strict` with ``floats=False`` returns), so it is not walked again.
    """
    if checked:
        return sha256_hex(_encode(value))
    return sha256_hex(dumps(value))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # built in C; a repeated key shows as a shorter dict
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValidationError(f"duplicate key {key!r}", reason="duplicate_key")
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise ValidationError(f"{name} is not allowed in JSON", reason="nan")


def _no_float(text: str) -> Any:
    raise ValidationError(
        f"the number {text[:40]} is not canonical (no fractions or exponents)", reason="float"
    )


def _integer(text: str) -> int:
    """An integer literal within ±MAX_INTEGER; longer literals are refused before ``int()`` runs (its
    cost grows with the square of the digits)."""
    digits = len(text) - (text[0] == "-")
    if digits > _MAX_INTEGER_DIGITS:
        raise ValidationError(
            f"the integer {text[:24]}... is out of range (at most ±{MAX_INTEGER})", reason="integer_range"
        )
    value = int(text)
    if digits == _MAX_INTEGER_DIGITS:
        _check_integer(value)
    return value


# A \uD800-\uDFFF escape: the only way JSON text in UTF-8 can yield a surrogate code point.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _has_unpaired_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is str:
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif type(item) is dict:
            stack.extend(item)
            stack.extend(item.values())
        elif type(item) is list:
            stack.extend(item)
    return False


def loads_strict(
    data: bytes | str,
    *,
    max_bytes: int = 16 * 1024 * 1024,
    floats: bool = True,
    canonical: bool = False,
) -> Any:
    """Parse JSON refusing duplicate keys, NaN/Infinity, unpaired surrogates, integers beyond
    ±:data:`MAX_INTEGER`, oversize and over-deep documents, and with ``floats=False`` numbers with a
    fraction or exponent: what is left has a canonical form. ``canonical=True`` (implies
    ``floats=False``) also requires ``data`` to be exactly that canonical form (reason
    ``not_canonical``)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        raise ValidationError("document too large", reason="too_large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError("document is not UTF-8", reason="encoding") from exc
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=None if floats and not canonical else _no_float,
            parse_int=_integer,
        )
    except RecursionError as exc:
        raise ValidationError("document nested too deeply", reason="too_deep") from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(f"malformed JSON: {exc.msg} at position {exc.pos}", reason="malformed") from exc
    except ValueError as exc:  # defensive: anything else the decoder refuses
        raise ValidationError(f"malformed JSON: {exc}", reason="malformed") from exc
    if type(value) is dict or type(value) is list:
        _check_depth(data)
    if canonical:
        if _encode(value) != data:  # refuses unpaired surrogates too (they cannot be encoded)
            raise ValidationError(
                "the JSON is not in canonical form (key order, white space, escapes or numbers)",
                reason="not_canonical",
            )
    elif _SURROGATE_ESCAPE.search(data) and _has_unpaired_surrogate(value):
        raise ValidationError(
            "text holds an unpaired surrogate (U+D800-U+DFFF), which is not Unicode", reason="surrogate"
        )
    return value


def is_canonical(data: bytes) -> bool:
    """True when ``data`` is exactly the canonical encoding of the JSON value it holds."""
    try:
        loads_strict(data, max_bytes=len(data), canonical=True)
    except ValidationError:
        return False
    return True


_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')  # what _check_depth deletes
_INNERMOST = re.compile(rb"\[\]|\{\}")


def _check_depth(data: bytes) -> None:
    """Refuse more than ``MAX_DEPTH`` nested arrays and objects, on the text of a document that parsed.

    Escaped backslashes and quotes are dropped, so every ``"`` left opens or closes a string; the
    brackets outside strings then nest exactly like the document's containers, and each pass removes
    the innermost pairs: the passes needed are the nesting depth. Only C loops (``bytes`` methods,
    ``re``), no walk over the parsed value.
    """
    quoted = data.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _STRUCTURE)
    brackets = b"".join(quoted.split(b'"')[::2])
    depth = 0
    while brackets:
        depth += 1
        if depth > MAX_DEPTH:
            raise ValidationError("document nested too deeply", reason="too_deep")
        brackets = _INNERMOST.sub(b"", brackets)
