"""City names in Latin letters: the first guess the set-up offers, and file-name slugs."""

from __future__ import annotations

import pytest

from kin_desktop.core.latin import slug, transliterate


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("Hải Phòng", "Hai Phong"),
        ("Đà Nẵng", "Da Nang"),
        ("서울", "Seoul"),
        ("上海", "Shanghai"),
        ("ขอนแก่น", "Khonaekn"),  # a guess: the user corrects it to "Khon Kaen"
        ("McAllen", "McAllen"),  # Latin words keep their case
        ("  Phnom   Penh ", "Phnom Penh"),
    ],
)
def test_transliterate_gives_a_first_guess_in_latin_letters(name: str, latin: str) -> None:
    assert transliterate(name) == latin


def test_slug_is_ascii_lower_case_and_never_empty() -> None:
    assert slug("Hải Phòng", "x") == "hai-phong"
    assert slug("北九州", "x") == "beijiuzhou"
    assert slug("Khon Kaen", "x") == "khon-kaen"
    assert slug("★☆", "3f2a9c11") == "3f2a9c11"
    assert len(slug("a" * 100, "x")) == 40
