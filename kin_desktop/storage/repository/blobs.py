"""Attachment bytes, stored once by hash under ``attachments/ab/cdef...`` in the data directory."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sqlmodel import Session

from kin_desktop import private_files
from kin_desktop.core.canonical import sha256_hex
from kin_desktop.core.errors import ValidationError
from kin_desktop.storage import models as m


def _blob_relpath(sha256: str) -> str:
    return f"attachments/{sha256[:2]}/{sha256[2:]}"


def _write_atomically(target: Path, data: bytes) -> None:
    private_files.private_folder(target.parent)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def store_blob(data: bytes, *, session: Session, data_dir: Path) -> str:
    """Store attachment bytes once, under ``attachments/ab/cdef...``; returns the SHA-256."""
    digest = sha256_hex(data)
    relative = _blob_relpath(digest)
    target = data_dir / relative
    if not target.is_file() or target.stat().st_size != len(data):
        _write_atomically(target, data)
    if session.get(m.Blob, digest) is None:
        session.add(m.Blob(sha256=digest, size=len(data), path=relative))
        session.flush()
    return digest


def read_blob(sha256: str, *, session: Session, data_dir: Path) -> bytes:
    """The bytes of a stored blob, checked against their hash."""
    row = session.get(m.Blob, sha256)
    if row is None:
        raise ValidationError(f"no stored file {sha256}", reason="unknown_blob", sha256=sha256)
    data = (data_dir / row.path).read_bytes()
    if sha256_hex(data) != sha256:
        raise ValidationError(f"stored file {sha256} is damaged", reason="blob_damaged", sha256=sha256)
    return data
