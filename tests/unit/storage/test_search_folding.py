"""The full-text search sets case and accents aside, and still finds words inside Thai text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kin_desktop.core.schemas import RecordType
from kin_desktop.services import profiles
from kin_desktop.services.records import RecordService
from kin_desktop.storage import repository


@pytest.fixture
def service(tmp_path: Path) -> Iterator[RecordService]:
    profiles.init_delegate(tmp_path / "p", name="Lan", city="Đà Nẵng", country="VN", category="mayor")
    with profiles.open_workspace(tmp_path / "p") as workspace:
        yield RecordService(workspace)


def _practice(service: RecordService, title: str, summary: str = "") -> str:
    return service.save(RecordType.PRACTICE, {"title": title, "summary": summary}).record_id


def test_words_without_their_accents_find_the_record(service: RecordService) -> None:
    mangroves = _practice(service, "Trồng và phục hồi rừng ngập mặn", "Cộng đồng ven biển Đà Nẵng")
    compost = _practice(service, "Ủ phân compost từ rác hữu cơ")
    thai = _practice(service, "โครงการป่าชายเลนชุมชน", "ที่ดินริมฝั่ง")
    with service.workspace.session() as session:

        def found(text: str) -> list[str]:
            return repository.search(RecordType.PRACTICE, text, session=session)

        assert found("rung") == [mangroves]
        assert found("RỪNG ngap") == [mangroves]
        assert found("da nang") == [mangroves]  # in the summary, đ as d
        assert found("rac huu co") == [compost]
        assert found("ป่าชายเลน") == [thai]  # a word inside Thai text
        assert found("ที่ดิน") == [thai]  # the tone mark counts: ที่ is not ที
        assert found("rừng") == [mangroves]  # typed with the accents, of course
        assert found("jungle") == []
    assert service.list_practices("rung")[0].record_id == mangroves
