"""Language columns of an XLSForm: ``label::English (en)``, ``label::english(en)``, ``label::en``...

XLSForm names a column's language freely; pyxform keys it by the whole text, so
``English (en)`` and ``english(en)`` become two languages. Here a column's language is
its code: the code in parentheses, else the text itself when it is a code, else the
code of a well-known language name (English, French, Kiswahili, Bahasa Indonesia...).
A name this table does not know is reported with what to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from kin_desktop.core.questionnaire.text import LANGUAGE_CODE

__all__ = ["LanguageSpec", "english_name", "normalize_code", "parse_language"]

# Code -> English name; the names (and the extra ones below) are what a column may say.
_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "af": "Afrikaans",
        "am": "Amharic",
        "ar": "Arabic",
        "as": "Assamese",
        "ay": "Aymara",
        "az": "Azerbaijani",
        "be": "Belarusian",
        "bg": "Bulgarian",
        "bm": "Bambara",
        "bn": "Bengali",
        "bo": "Tibetan",
        "bs": "Bosnian",
        "ca": "Catalan",
        "ceb": "Cebuano",
        "cs": "Czech",
        "da": "Danish",
        "de": "German",
        "dv": "Dhivehi",
        "dz": "Dzongkha",
        "el": "Greek",
        "en": "English",
        "es": "Spanish",
        "et": "Estonian",
        "eu": "Basque",
        "fa": "Persian",
        "ff": "Fulah",
        "fi": "Finnish",
        "fil": "Filipino",
        "fj": "Fijian",
        "fr": "French",
        "ga": "Irish",
        "gl": "Galician",
        "gn": "Guarani",
        "gu": "Gujarati",
        "ha": "Hausa",
        "he": "Hebrew",
        "hi": "Hindi",
        "hmn": "Hmong",
        "hr": "Croatian",
        "ht": "Haitian Creole",
        "hu": "Hungarian",
        "hy": "Armenian",
        "id": "Indonesian",
        "ig": "Igbo",
        "ilo": "Ilocano",
        "is": "Icelandic",
        "it": "Italian",
        "ja": "Japanese",
        "jv": "Javanese",
        "ka": "Georgian",
        "kk": "Kazakh",
        "km": "Khmer",
        "kn": "Kannada",
        "ko": "Korean",
        "ku": "Kurdish",
        "ky": "Kyrgyz",
        "la": "Latin",
        "lg": "Ganda",
        "ln": "Lingala",
        "lo": "Lao",
        "lt": "Lithuanian",
        "lv": "Latvian",
        "mg": "Malagasy",
        "mi": "Maori",
        "mk": "Macedonian",
        "ml": "Malayalam",
        "mn": "Mongolian",
        "mr": "Marathi",
        "ms": "Malay",
        "mt": "Maltese",
        "my": "Burmese",
        "ne": "Nepali",
        "nl": "Dutch",
        "no": "Norwegian",
        "ny": "Chichewa",
        "om": "Oromo",
        "or": "Odia",
        "pa": "Punjabi",
        "pl": "Polish",
        "ps": "Pashto",
        "pt": "Portuguese",
        "qu": "Quechua",
        "rn": "Kirundi",
        "ro": "Romanian",
        "ru": "Russian",
        "rw": "Kinyarwanda",
        "sd": "Sindhi",
        "si": "Sinhala",
        "sk": "Slovak",
        "sl": "Slovenian",
        "sm": "Samoan",
        "sn": "Shona",
        "so": "Somali",
        "sq": "Albanian",
        "sr": "Serbian",
        "st": "Sesotho",
        "su": "Sundanese",
        "sv": "Swedish",
        "sw": "Swahili",
        "ta": "Tamil",
        "te": "Telugu",
        "tet": "Tetum",
        "tg": "Tajik",
        "th": "Thai",
        "ti": "Tigrinya",
        "tk": "Turkmen",
        "tl": "Tagalog",
        "tn": "Tswana",
        "to": "Tongan",
        "tpi": "Tok Pisin",
        "tr": "Turkish",
        "ug": "Uyghur",
        "uk": "Ukrainian",
        "ur": "Urdu",
        "uz": "Uzbek",
        "vi": "Vietnamese",
        "wo": "Wolof",
        "xh": "Xhosa",
        "yo": "Yoruba",
        "zh": "Chinese",
        "zh-Hans": "Chinese (Simplified)",
        "zh-Hant": "Chinese (Traditional)",
        "zu": "Zulu",
    }
)

_OTHER_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "bahasa": "id",
        "bahasa indonesia": "id",
        "indonesia": "id",
        "bahasa melayu": "ms",
        "bangla": "bn",
        "farsi": "fa",
        "dari": "fa",
        "kiswahili": "sw",
        "tetun": "tet",
        "pushto": "ps",
        "burmese myanmar": "my",
        "myanmar": "my",
        "khmer cambodian": "km",
        "cambodian": "km",
        "laotian": "lo",
        "mandarin": "zh",
        "simplified chinese": "zh-Hans",
        "traditional chinese": "zh-Hant",
        "chinese simplified": "zh-Hans",
        "chinese traditional": "zh-Hant",
        "vietnam": "vi",
        "tiếng việt": "vi",
        "français": "fr",
        "francais": "fr",
        "español": "es",
        "espanol": "es",
        "português": "pt",
        "portugues": "pt",
        "deutsch": "de",
        "italiano": "it",
        "русский": "ru",
        "العربية": "ar",
        "日本語": "ja",
        "中文": "zh",
        "简体中文": "zh-Hans",
        "繁體中文": "zh-Hant",
        "한국어": "ko",
        "ไทย": "th",
        "हिन्दी": "hi",
        "नेपाली": "ne",
        "chichewa nyanja": "ny",
        "nyanja": "ny",
        "luganda": "lg",
        "kirundi rundi": "rn",
        "creole": "ht",
        "haitian": "ht",
        "kreyol": "ht",
        "tagalog filipino": "tl",
        "pilipino": "fil",
    }
)

_BY_NAME: Mapping[str, str] = MappingProxyType(
    {**{name.casefold(): code for code, name in _NAMES.items()}, **_OTHER_NAMES}
)

_WITH_CODE = re.compile(r"^(?P<name>.*?)\s*\(\s*(?P<code>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\s*\)\s*$")


@dataclass(frozen=True)
class LanguageSpec:
    """A column's language: ``code`` (None when it cannot be told) and how the column wrote it."""

    code: str | None
    written: str
    problem: str | None = None


def normalize_code(code: str) -> str:
    """``EN`` -> ``en``, ``zh_hans`` -> ``zh-Hans``, ``pt-br`` -> ``pt-BR``."""
    parts = re.split(r"[-_]", code.strip())
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha():
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def english_name(code: str) -> str:
    """The English name of ``code`` ("Japanese"), or the code itself when unknown."""
    return _NAMES.get(code) or _NAMES.get(code.split("-", 1)[0]) or code


def _key(name: str) -> str:
    return " ".join(re.sub(r"[()\[\],;_]+", " ", name).split()).casefold()


def parse_language(written: str) -> LanguageSpec:
    """The language of a column suffix (the part after ``::``)."""
    text = " ".join(written.split())
    match = _WITH_CODE.match(text)
    if match is not None:
        code = normalize_code(match.group("code"))
        if LANGUAGE_CODE.match(code):
            return LanguageSpec(code, text)
    if re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*", text):
        code = normalize_code(text)
        if LANGUAGE_CODE.match(code) and (code.split("-", 1)[0] in _NAMES or len(text) <= 3 or "-" in code):
            return LanguageSpec(code, text)
    code_by_name = _BY_NAME.get(_key(text))
    if code_by_name is not None:
        return LanguageSpec(code_by_name, text)
    return LanguageSpec(
        None,
        text,
        f"'{text}' is not a language KIN Desktop can name: add its code in parentheses, "
        f"for example '{text} (xx)' with its two- or three-letter ISO 639 code",
    )
