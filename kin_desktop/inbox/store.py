"""The inbox's files on disk: uploads under way, bundles received whole, mailboxes, the key list.

Layout of the storage folder (``--storage``)::

    secretariat.kinw          the welcome pack the service was first started with (its public keys)
    keys.kinl                 the latest key list the secretariat pushed (signed)
    uploads/<id>.part         an upload under way: its bytes; only the first ``offset`` count
    uploads/<id>.json         its state: key, length, offset, metadata, times
    incoming/<id>.kinb        a bundle received whole, waiting for the secretariat to pull it
    incoming/<id>.json        who sent it, its size and SHA-256
    mailbox/<box>/<name>      receipts and welcome packs; <box> is a delegate's key id or "all"
    mailbox/<box>/<name>.json their size, SHA-256, kind and time

State files are replaced atomically (temporary file, fsync, rename), and an upload's bytes are
flushed to disk before its new offset is recorded, so a crash or power cut never claims bytes that
are not there; bytes past the recorded offset are cut off when the upload is next touched. Nothing
here is a secret: every file is either public, signed or encrypted for the secretariat.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kin_desktop.inbox.protocol import BOX_ALL, valid_name

RECEIPTS_KEPT = 20  # per delegate: receipts are cumulative, the latest makes good any lost one
PACKS_KEPT = 1  # per mailbox: a welcome pack carries everything the older ones did


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@dataclass
class Upload:
    """A tus upload resource."""

    id: str
    key_id: str
    length: int
    offset: int = 0
    metadata: dict[str, str] = field(default_factory=dict)
    created: float = 0.0
    updated: float = 0.0

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Upload:
        return cls(
            **{k: value[k] for k in ("id", "key_id", "length", "offset", "metadata", "created", "updated")}
        )


@dataclass
class Received:
    """A bundle received whole."""

    id: str
    key_id: str
    size: int
    sha256: str
    received: float
    filename: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class MailItem:
    box: str
    name: str
    size: int
    sha256: str
    kind: str  # "receipt" | "welcome-pack"
    stored: float

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class InboxStore:
    """The storage folder, with an index of it in memory (built by scanning at start)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.uploads_dir = root / "uploads"
        self.incoming_dir = root / "incoming"
        self.mailbox_dir = root / "mailbox"
        for folder in (self.uploads_dir, self.incoming_dir, self.mailbox_dir):
            folder.mkdir(parents=True, exist_ok=True)
        self.uploads: dict[str, Upload] = {}
        self.incoming: dict[str, Received] = {}
        self._scan()

    # -- start-up

    def _scan(self) -> None:
        for folder in (self.uploads_dir, self.incoming_dir):
            for temp in folder.glob(".tmp-*"):
                temp.unlink(missing_ok=True)
        for state in sorted(self.uploads_dir.glob("*.json")):
            try:
                upload = Upload.from_json(json.loads(state.read_bytes()))
            except (ValueError, KeyError, TypeError):
                continue  # a damaged state file: the upload is lost, the client starts it again
            if upload.id != state.stem or not valid_name(upload.id):
                continue
            self.uploads[upload.id] = upload
            self._cut(upload)
        for state in sorted(self.incoming_dir.glob("*.json")):
            try:
                item = Received(**json.loads(state.read_bytes()))
            except (ValueError, KeyError, TypeError):
                continue
            if item.id == state.stem and self.bundle_path(item.id).exists():
                self.incoming[item.id] = item
        for box in self.mailbox_dir.iterdir() if self.mailbox_dir.exists() else []:
            for temp in box.glob(".tmp-*"):
                temp.unlink(missing_ok=True)

    def _cut(self, upload: Upload) -> None:
        """Drop bytes past the recorded offset (written before a crash, never confirmed)."""
        part = self.part_path(upload.id)
        if not part.exists():
            part.touch()
        if part.stat().st_size != upload.offset:
            with part.open("r+b") as stream:
                stream.truncate(upload.offset)

    # -- uploads

    def part_path(self, upload_id: str) -> Path:
        return self.uploads_dir / f"{upload_id}.part"

    def new_upload(self, key_id: str, length: int, metadata: dict[str, str]) -> Upload:
        now = time.time()
        upload = Upload(secrets.token_hex(16), key_id, length, 0, dict(metadata), now, now)
        self.part_path(upload.id).touch()
        self.save(upload)
        self.uploads[upload.id] = upload
        return upload

    def save(self, upload: Upload) -> None:
        upload.updated = time.time()
        write_atomically(self.uploads_dir / f"{upload.id}.json", json.dumps(asdict(upload)).encode())

    def commit(self, upload: Upload, offset: int) -> None:
        """Record ``offset`` once the bytes before it are on disk."""
        with self.part_path(upload.id).open("r+b") as stream:
            stream.truncate(offset)
            os.fsync(stream.fileno())
        upload.offset = offset
        self.save(upload)

    def discard_after_offset(self, upload: Upload) -> None:
        with self.part_path(upload.id).open("r+b") as stream:
            stream.truncate(upload.offset)

    def delete_upload(self, upload_id: str) -> None:
        self.uploads.pop(upload_id, None)
        (self.uploads_dir / f"{upload_id}.json").unlink(missing_ok=True)
        self.part_path(upload_id).unlink(missing_ok=True)

    def complete(self, upload: Upload, sha256: str) -> Received:
        """Move a finished upload to the incoming folder."""
        item = Received(
            upload.id, upload.key_id, upload.length, sha256, time.time(), upload.metadata.get("filename", "")
        )
        os.replace(self.part_path(upload.id), self.bundle_path(upload.id))
        write_atomically(self.incoming_dir / f"{upload.id}.json", json.dumps(item.to_json()).encode())
        self.incoming[item.id] = item
        self.uploads.pop(upload.id, None)
        (self.uploads_dir / f"{upload.id}.json").unlink(missing_ok=True)
        return item

    def file_sha256(self, path: Path) -> str:
        digest = hashlib.sha256()
        with path.open("rb") as stream:
            for piece in iter(lambda: stream.read(1024 * 1024), b""):
                digest.update(piece)
        return digest.hexdigest()

    # -- bundles received whole

    def bundle_path(self, upload_id: str) -> Path:
        return self.incoming_dir / f"{upload_id}.kinb"

    def delete_incoming(self, upload_id: str) -> bool:
        item = self.incoming.pop(upload_id, None)
        (self.incoming_dir / f"{upload_id}.json").unlink(missing_ok=True)
        self.bundle_path(upload_id).unlink(missing_ok=True)
        return item is not None

    # -- accounting

    def bytes_of(self, key_id: str) -> int:
        """What a key holds: the declared length of its uploads under way plus its bundles waiting."""
        return sum(u.length for u in self.uploads.values() if u.key_id == key_id) + sum(
            r.size for r in self.incoming.values() if r.key_id == key_id
        )

    def uploads_of(self, key_id: str) -> int:
        return sum(1 for u in self.uploads.values() if u.key_id == key_id)

    def total_bytes(self) -> int:
        return sum(u.length for u in self.uploads.values()) + sum(r.size for r in self.incoming.values())

    def expire(self, older_than: float) -> list[str]:
        """Remove uploads untouched since ``older_than`` (a time.time() value)."""
        gone = [u.id for u in self.uploads.values() if u.updated < older_than]
        for upload_id in gone:
            self.delete_upload(upload_id)
        return gone

    # -- mailboxes

    def box_dir(self, box: str) -> Path:
        if box != BOX_ALL and not valid_name(box):
            raise ValueError("bad mailbox")
        return self.mailbox_dir / box

    def put_mail(self, box: str, name: str, data: bytes, kind: str) -> MailItem:
        folder = self.box_dir(box)
        item = MailItem(box, name, len(data), hashlib.sha256(data).hexdigest(), kind, time.time())
        write_atomically(folder / name, data)
        write_atomically(folder / f"{name}.json", json.dumps(item.to_json()).encode())
        kept = RECEIPTS_KEPT if kind == "receipt" else PACKS_KEPT
        same_kind = [m for m in self.mail(box) if m.kind == kind]
        for old in sorted(same_kind, key=lambda m: (m.stored, m.name))[:-kept]:
            self.delete_mail(box, old.name)
        return item

    def mail(self, box: str) -> list[MailItem]:
        folder = self.box_dir(box)
        items: list[MailItem] = []
        if not folder.is_dir():
            return items
        for state in folder.glob("*.json"):
            with contextlib.suppress(ValueError, KeyError, TypeError, OSError):
                item = MailItem(**json.loads(state.read_bytes()))
                if (folder / item.name).exists() and state.name == f"{item.name}.json":
                    items.append(item)
        return sorted(items, key=lambda m: (m.stored, m.name))

    def mail_path(self, box: str, name: str) -> Path | None:
        if not valid_name(name) or name.endswith(".json"):
            return None
        path = self.box_dir(box) / name
        return path if path.is_file() and (path.parent / f"{name}.json").is_file() else None

    def delete_mail(self, box: str, name: str) -> bool:
        folder = self.box_dir(box)
        existed = (folder / name).exists()
        (folder / f"{name}.json").unlink(missing_ok=True)
        (folder / name).unlink(missing_ok=True)
        return existed

    # -- signed files from the secretariat

    def read_optional(self, name: str) -> bytes | None:
        path = self.root / name
        return path.read_bytes() if path.is_file() else None

    def write(self, name: str, data: bytes) -> None:
        write_atomically(self.root / name, data)
