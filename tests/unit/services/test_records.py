"""The record service: lists, filters, sync state, diff, problems and attachments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.core.errors import ValidationError
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, profiles
from kin_desktop.services.records import (
    FieldChange,
    RecordFilter,
    RecordService,
    SyncState,
    check_body,
)
from kin_desktop.storage import models, repository


@pytest.fixture
def service(tmp_path: Path) -> Iterator[RecordService]:
    demo.create_demo_profile(tmp_path / "d")
    with profiles.open_workspace(tmp_path / "d") as workspace:
        yield RecordService(workspace)


def _commitment(service: RecordService, title_word: str) -> str:
    return next(row.record_id for row in service.list_commitments() if title_word in row.title)


def test_lists_hold_the_demo_records_newest_first(service: RecordService) -> None:
    practices, commitments = service.list_practices(), service.list_commitments()
    assert len(practices) == 5 and len(commitments) == 3
    assert [c.updated for c in commitments] == sorted((c.updated for c in commitments), reverse=True)
    assert all(row.city == "Ho Chi Minh City" for row in commitments)
    assert {row.sync_state for row in commitments} == {SyncState.DRAFT, SyncState.READY}
    waste = next(row for row in commitments if "Waste" in row.title)
    assert waste.sectors == ("solid_waste",) and waste.budget_amount == "18097000"


def test_search_reads_titles_and_texts_in_any_script(service: RecordService) -> None:
    # "pickers" is only in the description of the waste commitment.
    assert [row.title for row in service.list_commitments("pickers")] == [
        "Waste separation and recycling in the coastal wards"
    ]
    assert [row.title for row in service.list_practices("phân compost")] == [
        "Ủ phân compost từ rác hữu cơ hộ gia đình dựa vào cộng đồng"
    ]
    assert service.list_commitments("no-such-word-anywhere") == ()
    assert service.search(RecordType.COMMITMENT, "pickers") == {_commitment(service, "Waste separation")}
    assert service.search(RecordType.PRACTICE, "   ") == frozenset()
    with pytest.raises(ValidationError):
        service.search(RecordType.RESPONSE, "pickers")


def test_filters_by_sector_state_and_project_type(service: RecordService) -> None:
    def titles(**filters: Any) -> set[str]:
        return {row.title for row in service.list_commitments(filters=RecordFilter(**filters))}

    assert titles(state="draft") == {"Waste separation and recycling in the coastal wards"}
    assert len(titles(state="ready")) == 2
    assert titles(sector="air_quality") == {"Clean air action plan for Ho Chi Minh City"}
    assert len(titles(project_type="expanded")) == 2
    assert titles(project_type="expanded", state="draft", sector="solid_waste") == titles(state="draft")
    assert titles(sector="energy") == set()
    practices = service.list_practices(filters=RecordFilter(sector="industrial_pollution"))
    assert practices and all("industrial_pollution" in row.sectors for row in practices)


def test_sync_state_follows_bundles_receipts_and_registration(service: RecordService) -> None:
    record_id = _commitment(service, "Bus rapid")
    workspace = service.workspace

    def state() -> SyncState:
        return next(row.sync_state for row in service.list_commitments() if row.record_id == record_id)

    assert state() == SyncState.READY
    with workspace.session() as session:
        session.add(
            models.BundleSent(
                sequence=1,
                path="b.kinb",
                sha256="0" * 64,
                created_at=datetime.now(UTC) + timedelta(seconds=1),
            )
        )
    assert state() == SyncState.SENT
    assert {row.title for row in service.list_commitments(filters=RecordFilter(state="ready"))} >= {
        "Bus rapid transit: first corridor"
    }
    _, rev_id = service.load(record_id)
    with workspace.session() as session:
        repository.mark_acknowledged([rev_id], session=session)
    assert state() == SyncState.ACKNOWLEDGED
    with workspace.session() as session:
        profiles.save_record(
            session,
            RecordType.REVIEW_NOTE,
            {"target_id": record_id, "target_type": "commitment", "state": "registered"},
        )
    assert state() == SyncState.REGISTERED


def test_diff_compares_fields_and_list_rows(service: RecordService) -> None:
    record_id = _commitment(service, "Clean air")
    body, first = service.load(record_id)
    targets = [dict(body["targets"][0], indicator="Roadside PM2.5")]
    changed = dict(
        body,
        title="Clean air action plan, phase 2",
        sectors=["air_quality", "urban_transport"],
        targets=targets,
        partners=body["partners"] + ["Asian Development Bank"],
    )
    second = service.save(RecordType.COMMITMENT, changed, record_id).rev_id
    changes = service.diff(first, second)
    assert changes[0] == FieldChange("title", body["title"], "Clean air action plan, phase 2")
    assert FieldChange("sectors", "air_quality", "air_quality, urban_transport") in changes
    assert FieldChange("targets", "Roadside PM10", "Roadside PM2.5", 0, "indicator") in changes
    removed = next(c for c in changes if c.key == "targets" and c.row == 1)
    assert removed.column is None and removed.new == "" and "Monitoring stations" in removed.old
    assert FieldChange("partners", "", "Asian Development Bank", 3) in changes
    assert service.diff(second, second) == ()
    assert [entry.rev_id for entry in service.history(record_id)] == [second, first]


def test_diff_of_a_deletion_and_of_unknown_revisions(service: RecordService) -> None:
    record_id = _commitment(service, "Clean air")
    _, first = service.load(record_id)
    service.delete(record_id)
    last = service.history(record_id)[0]
    assert last.deleted
    changes = service.diff(first, last.rev_id)
    assert changes[0] == FieldChange("deleted", "false", "true")
    with pytest.raises(ValidationError):
        service.diff(first, "f" * 64)
    assert record_id not in {row.record_id for row in service.list_commitments()}


def test_check_body_names_the_fields_at_fault(service: RecordService) -> None:
    body, _ = service.load(_commitment(service, "Clean air"))
    problems = check_body(
        RecordType.COMMITMENT,
        dict(body, title="", end_date="2011-03-31", budget_amount="lots", targets=[{"description": ""}]),
    )
    found = {(p.key, p.code, p.row) for p in problems}
    assert ("title", "required", None) in found
    assert ("end_date", "end_after_follow_up", None) in found
    assert ("budget_amount", "not_a_number", None) in found
    assert ("targets", "required", 0) in found
    assert check_body(RecordType.COMMITMENT, body) == ()
    assert {
        p.code
        for p in check_body(RecordType.COMMITMENT, dict(body, start_date="2010-05-01", end_date="2009-01-01"))
    } == {"end_before_start"}
    assert {p.code for p in check_body(RecordType.COMMITMENT, dict(body, start_date="May 2008"))} == {
        "not_a_date"
    }


def test_attachments_are_stored_once_and_removed_by_tombstone(service: RecordService, tmp_path: Path) -> None:
    first, second = _commitment(service, "Clean air"), _commitment(service, "Bus rapid")
    report = tmp_path / "baseline survey.pdf"
    report.write_bytes(b"%PDF-1.4 survey")
    attachment = service.attach(first, report)
    assert service.attach(first, report) == attachment  # the same content again: the same attachment
    other = service.attach(second, report)
    assert other != attachment
    blobs = list((service.workspace.data_dir / "attachments").rglob("*"))
    assert len([p for p in blobs if p.is_file()]) == 1  # one copy of the bytes for both records
    (row,) = service.attachments(first)
    assert (row.filename, row.media_type, row.size) == ("baseline survey.pdf", "application/pdf", 15)
    opened = service.open_attachment(attachment)
    assert opened.name == "baseline survey.pdf" and opened.read_bytes() == b"%PDF-1.4 survey"
    opened.write_bytes(b"changed by a viewer")
    assert service.open_attachment(attachment).read_bytes() == b"%PDF-1.4 survey"
    service.remove_attachment(attachment)
    assert service.attachments(first) == ()
    assert len(service.attachments(second)) == 1
    with pytest.raises(ValidationError):
        service.open_attachment(attachment)
    service.delete(second)  # deleting a record takes its attachments with it
    assert service.attachments(second) == ()


def test_attach_refuses_unknown_records(service: RecordService, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("a", encoding="utf-8")
    with pytest.raises(ValidationError):
        service.attach("no-such-record", path)


def test_save_refuses_other_record_types_and_invalid_bodies(service: RecordService) -> None:
    with pytest.raises(ValidationError):
        service.save(
            RecordType.REVIEW_NOTE, {"target_id": "x", "target_type": "commitment", "state": "received"}
        )
    with pytest.raises(ValidationError):
        service.save(RecordType.COMMITMENT, {"title": "Too late", "end_date": "2012-01-01"})
    revision = service.save(RecordType.PRACTICE, {"title": "北九州市の環境協力"})
    assert service.load(revision.record_id) == (revision.body, revision.rev_id)
    assert [row.record_id for row in service.list_practices("北九州")] == [revision.record_id]
