"""Localized texts: language-code → string maps, their check, and lookup with fallback."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator

from kin_desktop.core.languages import SCRIPT_TAGS

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGE_CODE",
    "Localized",
    "LocalizedText",
    "candidates",
    "localize",
    "matching_language",
]

DEFAULT_LANGUAGE = "en"
LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def _check_localized(value: dict[str, str]) -> dict[str, str]:
    for language in value:
        if not LANGUAGE_CODE.match(language):
            raise ValueError(f"{language!r} is not a language code")
    if not value.get(DEFAULT_LANGUAGE, "").strip():
        raise ValueError("the English ('en') text is missing")
    return value


LocalizedText = Annotated[dict[str, str], AfterValidator(_check_localized)]


@dataclass(frozen=True)
class Localized:
    """A text in the language asked for, or in English when it is missing (``fallback``)."""

    text: str
    language: str
    fallback: bool

    def __str__(self) -> str:
        return self.text


def _lookup(text: Mapping[str, str], language: str) -> tuple[str, str] | None:
    wanted = language.casefold()
    for key, value in text.items():
        if key.casefold() == wanted and value.strip():
            return key, value
    return None


def candidates(language: str) -> tuple[str, ...]:
    """The keys a text in ``language`` may be kept under, best first: the code itself, the
    same with ``-`` for ``_`` (``zh_CN`` is Qt's name), the script tag of a region-named
    Chinese (``zh-CN`` -> ``zh-Hans``), the base language (``zh-Hans`` -> ``zh``)."""
    tag = language.replace("_", "-")
    found = [language, tag, SCRIPT_TAGS.get(tag.casefold(), "")]
    if "-" in tag:
        found.append(tag.split("-", 1)[0])
    return tuple(dict.fromkeys(code for code in found if code))


def matching_language(language: str, available: Iterable[str]) -> str | None:
    """The one of ``available`` (a definition's languages) that ``language`` reads, or None."""
    keys = {code.casefold(): code for code in available}
    for candidate in candidates(language):
        if candidate.casefold() in keys:
            return keys[candidate.casefold()]
    return None


def localize(text: Mapping[str, str] | None, language: str) -> Localized:
    """The text in ``language`` (or under another key for it, :func:`candidates`: ``zh_CN``
    finds ``zh-Hans``, ``zh-Hans`` finds ``zh``), else English.

    ``fallback`` is true when English (or, for a malformed text, any language) was used
    instead of the language asked for.
    """
    if not text:
        return Localized("", language, False)
    for candidate in candidates(language):
        found = _lookup(text, candidate)
        if found is not None:
            return Localized(found[1], found[0], False)
    found = _lookup(text, DEFAULT_LANGUAGE)
    if found is not None:
        return Localized(found[1], found[0], language.casefold() != DEFAULT_LANGUAGE)
    for key, value in text.items():
        if value.strip():
            return Localized(value, key, True)
    return Localized("", language, False)
