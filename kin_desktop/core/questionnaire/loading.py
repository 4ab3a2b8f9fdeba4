"""Loading a definition from JSON, with every problem reported at once."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pydantic

from kin_desktop.core.canonical import loads_strict
from kin_desktop.core.errors import DefinitionError, DefinitionProblem, ValidationError
from kin_desktop.core.questionnaire.definition import Definition

__all__ = ["load_definition", "load_definition_file"]


def load_definition(source: bytes | str | Mapping[str, Any]) -> Definition:
    """Load and check a definition from JSON text (bytes or str) or an already parsed mapping.

    Raises :class:`DefinitionError` listing every problem found.
    """
    if isinstance(source, bytes | str):
        try:
            data: Any = loads_strict(source)
        except ValidationError as exc:
            raise DefinitionError([DefinitionProblem(f"not valid JSON: {exc.message}")]) from exc
    else:
        data = source
    if not isinstance(data, Mapping):
        raise DefinitionError([DefinitionProblem("a definition must be a JSON object")])
    try:
        return Definition.model_validate(dict(data))
    except pydantic.ValidationError as exc:
        raise DefinitionError([_schema_problem(error, data) for error in exc.errors()]) from None


def load_definition_file(path: str | os.PathLike[str]) -> Definition:
    """Load and check the definition in the JSON file at ``path``."""
    try:
        content = Path(path).read_bytes()
    except OSError as exc:
        raise DefinitionError([DefinitionProblem(f"cannot read {os.fspath(path)}: {exc.strerror}")]) from exc
    return load_definition(content)


_SCHEMA_MESSAGES = {
    "missing": "this field is required",
    "extra_forbidden": "unknown field",
    "union_tag_not_found": "'kind' must be given ('question' or 'repeat')",
    "union_tag_invalid": "'kind' must be 'question' or 'repeat'",
}


def _schema_problem(error: Mapping[str, Any], data: Any) -> DefinitionProblem:
    where, question_id = _locate(tuple(error.get("loc", ())), data)
    kind = error.get("type", "")
    if kind == "value_error":
        message = str(error.get("ctx", {}).get("error", error.get("msg", "")))
    else:
        message = _SCHEMA_MESSAGES.get(kind, str(error.get("msg", "")))
    return DefinitionProblem(message, question_id=question_id, where=where or None)


def _locate(loc: tuple[Any, ...], data: Any) -> tuple[str, str | None]:
    """Turn a pydantic error location into a JSON path and, when known, the question id."""
    path = ""
    current = data
    question_id: str | None = None
    in_items = False
    for part in loc:
        if isinstance(current, Mapping):
            if part not in current and part == current.get("kind"):
                continue  # the discriminator tag pydantic puts in the location
            path += f".{part}" if path else str(part)
            in_items = part == "items"
            current = current.get(part) if isinstance(part, str) else None
        elif isinstance(current, list) and isinstance(part, int):
            path += f"[{part}]"
            current = current[part] if 0 <= part < len(current) else None
            if in_items and isinstance(current, Mapping) and isinstance(current.get("id"), str):
                question_id = current["id"]
            in_items = False
        else:
            path += f".{part}" if isinstance(part, str) else f"[{part}]"
            current = None
    return path, question_id
