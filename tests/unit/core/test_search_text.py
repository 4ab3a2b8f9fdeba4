"""Search folds case and accents the way FTS5's remove_diacritics 2 does, and keeps other scripts."""

from __future__ import annotations

import sqlite3

import pytest

from kin_desktop.core.search_text import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("rừng ngập mặn", "rung ngap man"),
        ("Đà Nẵng", "da nang"),
        ("Huế", "hue"),
        ("Hải Phòng", "hai phong"),
        ("São Paulo", "sao paulo"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("ที่ดิน", "ที่ดิน"),  # Thai vowels and tone marks are letters: kept
        ("がっこう", "がっこう"),  # Japanese voicing marks are kept (が is not か)
        ("北九州", "北九州"),
        ("Bus Rapid Transit", "bus rapid transit"),
    ],
)
def test_case_and_accents_are_set_aside(text: str, folded: str) -> None:
    assert fold(text) == folded


def _sqlite_folds() -> dict[str, str]:
    """What FTS5's unicode61 tokenizer with remove_diacritics 2 makes of every Latin letter."""
    letters = [chr(code) for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if chr(code).isalpha()]
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    con.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", [(n + 1, c) for n, c in enumerate(letters)])
    found = {letters[row - 1]: term for term, row in con.execute("SELECT term, doc FROM v")}
    con.close()
    return found


def test_the_folding_agrees_with_fts5_remove_diacritics_2() -> None:
    differs = {
        letter: (term, fold(letter))
        for letter, term in _sqlite_folds().items()
        if term.isascii() and fold(letter) != term
    }
    assert not differs
