"""Canonical JSON: one byte string per value, so hashes and signatures are stable.

UTF-8, keys sorted by code point, no insignificant white space, no NaN or
infinities, integers only as integers (floats are refused: decimals travel as
strings). Strict parsing refuses duplicate keys, NaN, and over-deep documents.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from kin_desktop.core.errors import ValidationError

MAX_DEPTH = 64


_SCALARS = (str, int, bool, type(None))


def _check(value: Any) -> None:
    """Refuse what has no canonical form: floats, non-string keys, non-JSON types, deep nesting.

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
        elif isinstance(item, _SCALARS):
            continue
        else:
            raise ValidationError(f"value of type {kind.__name__} is not JSON", reason="type")
        if depth >= MAX_DEPTH:
            raise ValidationError("document nested too deeply", reason="too_deep")
        for child in children:
            child_kind = type(child)
            if child_kind is str or child_kind is int or child_kind is bool or child is None:
                continue
            stack.append((child, depth + 1))


def dumps(value: Any) -> bytes:
    """Return the canonical UTF-8 bytes of ``value``."""
    _check(value)
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest(value: Any, *, checked: bool = False) -> str:
    """SHA-256 (hex) of the canonical form of ``value``.

    ``checked=True``: ``value`` is known to have a canonical form already (it is made of what
    :func:`loads_strict` with ``floats=False`` returns), so it is not walked again.
    """
    if checked:
        return sha256_hex(_ENCODER.encode(value).encode("utf-8"))
    return sha256_hex(dumps(value))


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


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


def loads_strict(data: bytes | str, *, max_bytes: int = 16 * 1024 * 1024, floats: bool = True) -> Any:
    """Parse JSON refusing duplicate keys, NaN/Infinity, oversize and over-deep documents, and with
    ``floats=False`` numbers with a fraction or exponent: what is left has a canonical form."""
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
            parse_float=None if floats else _no_float,
        )
    except RecursionError as exc:
        raise ValidationError("document nested too deeply", reason="too_deep") from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(f"malformed JSON: {exc.msg} at position {exc.pos}", reason="malformed") from exc
    except ValueError as exc:  # e.g. an integer longer than Python's conversion limit
        raise ValidationError(f"malformed JSON: {exc}", reason="malformed") from exc
    if type(value) is dict or type(value) is list:
        _check_depth(data)
    return value


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
