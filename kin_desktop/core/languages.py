"""The interface languages: the one list every part of the project reads.

The interface, the questionnaire's texts and the printed labels ship in these languages
(docs/translations.md). Codes are Qt's (``zh_CN``, the name of the ``.ts``/``.qm`` files and
of ``translations/print/<code>.json``); texts inside a questionnaire definition or a record
are keyed by BCP 47 tags, which are the same codes except Chinese: ``zh-Hans``
(:func:`content_tag`).
"""

from __future__ import annotations

__all__ = ["DEFAULT", "INTERFACE_LANGUAGES", "NAMES", "SCRIPT_TAGS", "content_tag", "interface_language"]

DEFAULT = "en"
# Code -> the language's name in itself: a menu of languages a reader can find their own in.
NAMES: dict[str, str] = {
    "en": "English",
    "ja": "日本語",
    "zh_CN": "中文（简体）",
    "id": "Bahasa Indonesia",
    "th": "ไทย",
    "vi": "Tiếng Việt",
    "ko": "한국어",
}
INTERFACE_LANGUAGES: tuple[str, ...] = tuple(NAMES)

# Region-named Chinese as the interface (Qt's ``zh_CN``) and systems name it -> the script tag that
# questionnaire texts and records are kept under.
SCRIPT_TAGS: dict[str, str] = {
    "zh-cn": "zh-Hans",
    "zh-sg": "zh-Hans",
    "zh-tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "zh-mo": "zh-Hant",
}


def interface_language(code: str | None) -> str | None:
    """The shipped language a code, tag or locale name stands for ("ja_JP" -> "ja",
    "zh-Hans" -> "zh_CN", "in" -> "id"), or None."""
    if not code:
        return None
    tag = code.replace("-", "_").casefold()
    base = tag.split("_", 1)[0]
    if base == "zh":
        return "zh_CN"  # the one Chinese shipped: Simplified
    if base == "in":  # the old ISO code of Indonesian, still reported by some systems
        base = "id"
    for known in INTERFACE_LANGUAGES:
        if known.casefold() in (tag, base):
            return known
    return None


def content_tag(code: str) -> str:
    """The BCP 47 tag under which a questionnaire keeps the texts of interface language ``code``."""
    return SCRIPT_TAGS.get(code.replace("_", "-").casefold(), code)
