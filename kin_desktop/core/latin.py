"""Names in Latin letters: a first guess for a city written in another script, and file-name slugs.

File names travel between computers, mail systems and USB sticks, and an officer must tell them apart
at a glance: ``KIN-khon-kaen-20090305-0003.kinb`` says whose bundle it is where eight hex characters
did not. A city gives its name in Latin letters when its profile is made (the set-up asks for it,
prefilled with the guess of :func:`latin_city` where there is a sound one, always editable); only a
name the user gave is stored. A guess is only a guess (any-ascii gives Chinese readings to Japanese
kanji: 北九州 becomes "Beijiuzhou", not "Kitakyushu"), so :func:`latin_city` works one out each time,
and only for the scripts where a transliteration is sound: printed forms and file names follow it.
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


# The usual language of a country's names and texts, where it decides how a name reads.
LANG_OF_COUNTRY = {"JP": "ja", "CN": "zh-Hans", "TW": "zh-Hant", "KR": "ko", "TH": "th", "VN": "vi"}

# Scripts whose letters say how a name sounds: a transliteration of them is a fair Latin name.
_TRANSLITERATED = ("HANGUL", "DEVANAGARI", "BENGALI", "SINHALA", "KHMER", "CYRILLIC", "GREEK")


def latin_city(city: str, stored: str = "", *, lang: str | None = None) -> str:
    """The city's name in Latin letters: the stored one, else ``city`` itself when it is
    written in Latin letters already (Vietnamese included), else a transliteration
    (``anyascii``) for scripts whose letters say how a name sounds (Hangul, Chinese Han,
    Devanagari, Bengali, Sinhala, Khmer, Cyrillic, Greek), else "": Thai, Lao, Myanmar and
    the Arabic script leave vowels unwritten ("กรุงเทพมหานคร" would come out as
    "krungethphmhankhr", not Krung Thep Maha Nakhon), and the reading of a Japanese name's
    Han characters is not in them ("北九州市" is Kitakyushu, not Beijiuzhou). A wrong name on
    an official form is worse than none: such a city prints in its own script only until its
    Latin name is stored. ``stored`` is only ever a name the delegation gave or confirmed: a
    guess is never stored, it is worked out here each time.
    """
    if stored.strip():
        return stored.strip()
    city = city.strip()
    if not city or all(not c.isalpha() or _is_latin_letter(c) for c in city):
        return city
    japanese = (lang or "").split("-", 1)[0].casefold() == "ja"
    for char in city:
        if char.isalpha() and not _is_latin_letter(char):
            if _is_han(char) and japanese:
                return ""
            if not _is_han(char) and not any(
                script in unicodedata.name(char, "") for script in _TRANSLITERATED
            ):
                return ""
    words = anyascii(city).split()
    return " ".join(word[:1].upper() + word[1:].lower() for word in words if word)


def latin_city_of(city: str, stored: str, country: str) -> str:
    """:func:`latin_city` for a city of ``country`` (whose usual language decides a Han name)."""
    return latin_city(city, stored, lang=LANG_OF_COUNTRY.get(country.strip().upper()))


def _is_latin_letter(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


def _is_han(char: str) -> bool:
    return 0x3400 <= ord(char) <= 0x9FFF or 0xF900 <= ord(char) <= 0xFAFF or 0x20000 <= ord(char) <= 0x3FFFF


def slug(text: str, fallback: str) -> str:
    """An ASCII file-name slug: "Hải Phòng" -> "hai-phong", "北九州" -> "beijiuzhou"; ``fallback`` when
    nothing is left (a name of symbols only)."""
    ascii_text = anyascii(unicodedata.normalize("NFC", text)).lower()
    result = _NOT_SLUG.sub("-", ascii_text).strip("-")[:_LONGEST_SLUG].strip("-")
    return result or fallback
