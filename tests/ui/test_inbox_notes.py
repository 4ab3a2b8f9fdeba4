"""The notes import writes into the log of a merge (English, docs/exchange.md) are shown in the
interface language on the Inbox and Delegates pages; a note the window does not know stays as logged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kin_desktop.core import limits
from kin_desktop.core.clock import wall_clock_ms
from kin_desktop.services.exchange._secretariat import _clock_note, _gap_detail
from kin_desktop.ui import language
from kin_desktop.ui.secretariat.inbox import outcome_words


@pytest.fixture(autouse=True)
def english_afterwards(qtbot: QtBot) -> Iterator[None]:
    yield
    language.install("en")


def _far_stamp(days: int) -> str:
    return f"{wall_clock_ms() + limits.MAX_CLOCK_AHEAD_MS + days * 86_400_000:013d}.00000.device"


def test_gaps_and_far_clocks_read_as_sentences_in_english() -> None:
    language.install("en")
    gap = _gap_detail([1, 4], 6)
    assert outcome_words("merged", None, gap) == "Not arrived yet from this device: bundle 2–3, 5."
    many = _gap_detail(range(1, 200, 2), 250)
    assert (
        outcome_words("merged", None, many)
        == "Not arrived yet from this device: bundle 2, 4, 6 and 97 more gaps."
    )
    clock = _clock_note([_far_stamp(400), _far_stamp(2)])
    words = outcome_words("merged", None, f"{gap}; {clock}")
    assert words.startswith(
        "Not arrived yet from this device: bundle 2–3, 5.; Changes dated more than a day ahead of this "
        "computer's clock: 2, the latest on "
    )
    assert "sender's clock is probably wrong" in words


@pytest.mark.parametrize("code", ["ja", "zh_CN", "id", "th", "vi", "ko"])
def test_the_notes_follow_the_interface_language(code: str) -> None:
    gap = _gap_detail([1, 4], 6)
    clock = _clock_note([_far_stamp(30)])
    language.install("en")
    english = outcome_words("merged", None, f"{gap}; {clock}")
    language.install(code)
    translated = outcome_words("merged", None, f"{gap}; {clock}")
    assert translated != english
    assert "2–3, 5" in translated
    assert "from this device" not in translated and "sender's clock" not in translated


def test_a_note_the_window_does_not_know_is_shown_as_logged() -> None:
    language.install("ja")
    assert outcome_words("merged", None, "something new a later version writes") == (
        "something new a later version writes"
    )
