"""Text as search compares it: case and accents aside, every script kept.

``fold`` is used on both sides of every search, so "rung" finds "rừng", "da nang" finds
"Đà Nẵng" and "hue" finds "Huế": the full-text index stores folded text (storage/repository/
search.py, migration 0007) and queries are folded the same way; the lists' quick filter folds
titles and typed words with it too (services/records.py), so the two always agree.

What is removed is what FTS5's ``unicode61`` tokenizer removes with ``remove_diacritics 2``:
the combining accents of the Latin, Greek and Cyrillic letters (checked against SQLite itself
in tests/unit/core/test_search_text.py). FTS5 offers that option only with its ``unicode61``
tokenizer, which cuts text at spaces and so finds no word inside Thai, Chinese or Japanese
text; its ``trigram`` tokenizer, which does, takes ``remove_diacritics`` only from SQLite 3.45
(Debian 12 and many laptops have older). So the folding is done here, before the trigram
tokenizer sees the text, the same on every SQLite. Beyond ``remove_diacritics 2``, a few
letters that are not an accented letter in Unicode yet are read as one are folded too
(Vietnamese đ, Nordic ø, Polish ł...). Marks of other scripts (Thai vowels and tone marks,
Japanese voicing marks) are letters there, and are kept.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters with no decomposition that readers treat as a base letter with a mark.
_LETTERS = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ŧ": "t", "ı": "i", "ƀ": "b"})


def _diacritic(char: str) -> bool:
    code = ord(char)
    return (
        0x0300 <= code <= 0x036F  # Combining Diacritical Marks
        or 0x1AB0 <= code <= 0x1AFF  # ... Extended
        or 0x1DC0 <= code <= 0x1DFF  # ... Supplement
        or 0x20D0 <= code <= 0x20FF  # ... for Symbols
        or 0xFE20 <= code <= 0xFE2F  # Combining Half Marks
    )


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    kept = "".join(char for char in decomposed if not _diacritic(char))
    return unicodedata.normalize("NFC", kept).translate(_LETTERS)


def fold(text: str) -> str:
    """``text`` lower-cased, its Latin (Greek, Cyrillic) accents removed, in NFC."""
    if text.isascii():
        return text.lower()
    return " ".join(_fold_word(word) for word in text.split(" "))
