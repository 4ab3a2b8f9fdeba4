"""Names in Latin letters: a first guess for a city written in another script, and file-name slugs.

File names travel between computers, mail systems and USB sticks, and an officer must tell them apart
at a glance: ``KIN-khon-kaen-20090305-0003.kinb`` says whose bundle it is where eight hex characters
did not. A city gives its name in Latin letters when its profile is made (the set-up asks for it,
prefilled by :func:`transliterate`, always editable); the guess is only a guess (any-ascii gives
Chinese readings to Japanese kanji: 北九州 becomes "Beijiuzhou", not "Kitakyushu").
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_LONGEST_SLUG = 40


def _is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin letter (with or without marks)."""
    for char in text:
        if char.isalpha() and "LATIN" not in unicodedata.name(char, ""):
            return False
    return True


def transliterate(name: str) -> str:
    """A first guess at ``name`` in Latin letters: "Hải Phòng" -> "Hai Phong", "ขอนแก่น" ->
    "Khonaekn", "서울" -> "Seoul", "北九州" -> "Beijiuzhou". Words already in Latin letters keep
    their case; words from other scripts start with a capital."""
    words = []
    for word in unicodedata.normalize("NFC", name).split():
        latin = anyascii(word).strip()
        if not _is_latin(word):
            latin = latin[:1].upper() + latin[1:].lower()
        if latin:
            words.append(latin)
    return " ".join(words)


def slug(text: str, fallback: str) -> str:
    """An ASCII file-name slug: "Hải Phòng" -> "hai-phong", "北九州" -> "beijiuzhou"; ``fallback`` when
    nothing is left (a name of symbols only)."""
    ascii_text = anyascii(unicodedata.normalize("NFC", text)).lower()
    result = _NOT_SLUG.sub("-", ascii_text).strip("-")[:_LONGEST_SLUG].strip("-")
    return result or fallback
