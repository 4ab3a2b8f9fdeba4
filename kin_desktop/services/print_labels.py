"""The printed words in every interface language, read from ``translations/print/<lang>.json``.

Each file holds one :class:`~kin_desktop.reports.labels.Labels` set without its country names
(a JSON object with every other field; ``sectors`` and ``project_types`` are objects of their
own). Country names come from :mod:`kin_desktop.core.countries` in the same language.
``tools/i18n.py check`` keeps every file complete (every field, no empty text, the English
placeholders and no others); a file damaged after that prints the English words for what it
lacks rather than failing the print. See ``docs/translations.md``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kin_desktop import paths
from kin_desktop.core import countries
from kin_desktop.core.languages import DEFAULT, content_tag, interface_language
from kin_desktop.reports.labels import Labels

__all__ = ["FIELDS", "english_labels", "japanese_labels", "labels_for", "labels_path", "read_labels"]

log = logging.getLogger(__name__)

FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Labels) if f.name != "countries")
"""The fields of a label file: every field of :class:`Labels` but ``countries``."""


def labels_dir() -> Path:
    return paths.translations_dir() / "print"


def labels_path(language: str, directory: Path | None = None) -> Path:
    return (directory or labels_dir()) / f"{language}.json"


def read_labels(path: Path) -> dict[str, Any]:
    """A label file as it is written (no check): field -> text, or -> {key: text}."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: not a JSON object")
    return data


@cache
def _load(language: str) -> Labels:
    values = read_labels(labels_path(language))
    if language != DEFAULT:
        english = read_labels(labels_path(DEFAULT))
        lacking = [
            name for name in FIELDS if name != "language" and not _complete(values.get(name), english[name])
        ]
        if lacking:
            log.warning("printed labels %s: English words for %s", language, ", ".join(lacking))
            for name in lacking:
                values[name] = _merged(values.get(name), english[name])
    fields: dict[str, Any] = {name: values[name] for name in FIELDS}
    for name in ("sectors", "project_types"):
        fields[name] = MappingProxyType(dict(fields[name]))
    fields["language"] = content_tag(language)
    fields["countries"] = MappingProxyType(countries.names(language))
    return Labels(**fields)


def _complete(value: object, english: object) -> bool:
    if isinstance(english, Mapping):
        return isinstance(value, Mapping) and all(
            isinstance(value.get(key), str) and value[key].strip() for key in english
        )
    return isinstance(value, str) and bool(value.strip())


def _merged(value: object, english: Any) -> Any:
    if isinstance(english, Mapping):
        given = value if isinstance(value, Mapping) else {}
        return {
            key: given[key] if isinstance(given.get(key), str) and given[key].strip() else text
            for key, text in english.items()
        }
    return english


def labels_for(language: str) -> Labels:
    """The labels for an interface language or a ``--lang`` code ("ja", "zh-Hans", "zh_CN",
    "ko-KR"...): its file in ``translations/print``, English for a language without one."""
    code = interface_language(language) or DEFAULT
    if not labels_path(code).is_file():
        code = DEFAULT
    return _load(code)


def english_labels() -> Labels:
    return _load(DEFAULT)


def japanese_labels() -> Labels:
    """The words of the forms in Japanese (the host country of the meeting)."""
    return _load("ja")
