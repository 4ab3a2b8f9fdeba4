from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import Session

from kin_desktop.core.errors import ValidationError
from kin_desktop.storage import repository as repo
from tests.unit.storage.repository.helpers import (
    rows,
)

# -- blobs and definitions -------------------------------------------------------------------------


def test_blobs_are_stored_once_by_hash(session: Session, tmp_path: Path) -> None:
    data = b"\x89PNG photo of the composting site"
    first = repo.store_blob(data, session=session, data_dir=tmp_path)
    second = repo.store_blob(data, session=session, data_dir=tmp_path)
    assert first == second
    path = tmp_path / "attachments" / first[:2] / first[2:]
    assert path.read_bytes() == data
    assert list((tmp_path / "attachments").rglob("*")) == [path.parent, path]
    assert rows(session, "SELECT sha256, size, path FROM blob") == [
        (first, len(data), f"attachments/{first[:2]}/{first[2:]}")
    ]
    assert repo.read_blob(first, session=session, data_dir=tmp_path) == data
    path.write_bytes(b"damaged")
    with pytest.raises(ValidationError):
        repo.read_blob(first, session=session, data_dir=tmp_path)
    repo.store_blob(data, session=session, data_dir=tmp_path)  # a damaged copy is replaced
    assert path.read_bytes() == data


def _definition(version: str, title: str = "Pre-meeting questionnaire") -> bytes:
    return json.dumps(
        {"schema_version": 1, "id": "kin4-pre-meeting", "version": version, "title": {"en": title}}
    ).encode()


def test_definitions_are_kept_exactly_and_idempotently(session: Session) -> None:
    content = _definition("2007.9")
    stored = repo.save_definition(content, session=session, source="shipped")
    assert stored.content.encode() == content and stored.version == "2007.9"
    assert repo.save_definition(content, session=session, source="welcome-pack") == stored
    with pytest.raises(ValidationError) as info:
        repo.save_definition(_definition("2007.9", "Changed"), session=session, source="welcome-pack")
    assert info.value.params["reason"] == "definition_changed"
    repo.save_definition(_definition("2007.10"), session=session, source="welcome-pack")
    repo.save_definition(_definition("2007.2"), session=session, source="welcome-pack")
    assert [d.version for d in repo.list_definitions(session=session)] == ["2007.2", "2007.9", "2007.10"]
    latest = repo.latest_definition("kin4-pre-meeting", session=session)
    assert latest is not None and latest.version == "2007.10" and latest.source == "welcome-pack"
    assert repo.latest_definition("other", session=session) is None
    with pytest.raises(ValidationError):
        repo.save_definition(b"{}", session=session, source="shipped")
    with pytest.raises(ValidationError):
        repo.save_definition(content, session=session, source="e-mail")
