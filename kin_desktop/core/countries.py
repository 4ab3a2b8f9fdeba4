"""Countries by ISO 3166-1 code, named in the interface languages, found by any of their names.

The names come from pycountry (the ISO 3166 list) and its translations (Debian's iso-codes), so
"Thailand", "ไทย", "タイ", "泰国" and "TH" all find the same country. Answers and profiles keep
the two-letter code; only what is shown changes with the language.
"""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Iterable
from functools import cache

import pycountry


@cache
def codes() -> tuple[str, ...]:
    return tuple(sorted(country.alpha_2 for country in pycountry.countries))


# English names as the Network's documents (and the United Nations) write them, where the common
# name pycountry offers differs.
_UN_NAMES = {"VN": "Viet Nam"}


def _english(country: object) -> str:
    code = str(getattr(country, "alpha_2", ""))
    common = getattr(country, "common_name", None)
    return _UN_NAMES.get(code) or str(common or getattr(country, "name", ""))


@cache
def _translation(language: str) -> gettext.NullTranslations:
    tag = language.replace("-", "_")
    candidates = [tag, tag.split("_", 1)[0]]
    if tag.startswith("zh") and "_" not in tag:
        candidates.insert(0, "zh_CN")
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=candidates, fallback=True)


@cache
def names(language: str) -> dict[str, str]:
    """Code -> the country's name in ``language`` (English where it has no translation)."""
    result: dict[str, str] = {}
    translation = _translation(language)
    english = language.split("_", 1)[0] == "en"
    for country in pycountry.countries:
        if english:
            result[country.alpha_2] = _english(country)
            continue
        for attribute in ("common_name", "name"):
            original = getattr(country, attribute, None)
            if original:
                translated = translation.gettext(original)
                if translated != original or attribute == "name":
                    result[country.alpha_2] = translated
                    break
    return result


def name(code: str, language: str) -> str:
    """The name of the country ``code`` in ``language``; the code itself if there is none."""
    return names(language).get(code.upper(), code)


def fold(text: str) -> str:
    """What typed text is compared as: case and accents ignored ("viet nam" finds "Việt Nam")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c) or not _latin_mark(c))
    ).replace("đ", "d")


def _latin_mark(mark: str) -> bool:
    # Combining marks of the Latin script's accents; Thai vowels and tone marks are kept.
    return 0x0300 <= ord(mark) <= 0x036F


@cache
def _search_key(code: str, languages: tuple[str, ...]) -> str:
    country = pycountry.countries.get(alpha_2=code)
    words = {code, getattr(country, "alpha_3", ""), getattr(country, "name", ""), _english(country)}
    words.add(getattr(country, "official_name", "") or "")
    words.update(names(language).get(code, "") for language in languages)
    return "\n".join(fold(word) for word in sorted(words) if word)


def search_key(code: str, languages: Iterable[str]) -> str:
    """Every name of the country in ``languages`` (and in English, and its codes), folded."""
    return _search_key(code, tuple(sorted(set(languages))))


def resolve(text: str, languages: Iterable[str]) -> str | None:
    """The code of the one country ``text`` names: a code (TH, THA), a whole name in any of
    ``languages`` or English, or else the start of exactly one name; None otherwise."""
    wanted = fold(text.strip())
    if not wanted:
        return None
    languages = tuple(languages)
    upper = text.strip().upper()
    if len(upper) == 2 and upper in codes():
        return upper
    if len(upper) == 3:
        country = pycountry.countries.get(alpha_3=upper)
        if country is not None:
            return str(country.alpha_2)
    keys = {code: search_key(code, languages).split("\n") for code in codes()}
    exact = [code for code, words in keys.items() if wanted in words]
    if len(exact) == 1:
        return exact[0]
    starts = [code for code, words in keys.items() if any(word.startswith(wanted) for word in words)]
    return starts[0] if len(starts) == 1 else None
