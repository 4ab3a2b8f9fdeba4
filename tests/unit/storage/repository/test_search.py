from __future__ import annotations

import pytest
from sqlmodel import Session

from kin_desktop.core.clock import HybridClock
from kin_desktop.core.errors import ValidationError
from kin_desktop.storage import repository as repo
from tests.unit.storage.repository.helpers import (
    DELEGATE,
    practice,
)

# -- search ----------------------------------------------------------------------------------------


def test_search_finds_practices_in_any_script(session: Session, clock: HybridClock) -> None:
    def save(title: str, summary: str = "") -> str:
        return repo.save_record(
            "practice", practice(title, summary=summary), session=session, author=DELEGATE, clock=clock
        ).record_id

    kitakyushu = save("北九州市の生ごみ堆肥化", "市場の生ごみを堆肥にする")
    hai_phong = save("Phân loại rác tại nguồn", "Composting of market waste in Hai Phong")
    surabaya = save("Takakura composting", "Household baskets; replicated in Surabaya")
    assert repo.search("practice", "堆肥化", session=session) == [kitakyushu]
    assert repo.search("practice", "ごみ", session=session) == [kitakyushu]  # two characters
    assert repo.search("practice", "rác", session=session) == [hai_phong]
    assert repo.search("practice", "Phân loại", session=session) == [hai_phong]
    assert sorted(repo.search("practice", "COMPOSTING", session=session)) == sorted([hai_phong, surabaya])
    assert repo.search("practice", "composting surabaya", session=session) == [surabaya]
    assert repo.search("practice", 'say "hi"', session=session) == []
    assert repo.search("practice", "   ", session=session) == []
    assert repo.search("practice", "composting", session=session, limit=1) in ([hai_phong], [surabaya])
    assert repo.search("practice", "50%", session=session) == []
    repo.save_record(
        "practice", practice("Worm farms"), session=session, author=DELEGATE, clock=clock, record_id=surabaya
    )
    assert repo.search("practice", "takakura", session=session) == []
    assert repo.search("practice", "worm", session=session) == [surabaya]
    with pytest.raises(ValidationError):
        repo.search("response", "x", session=session)
