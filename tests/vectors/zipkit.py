"""A small ZIP writer that can break every framing rule on purpose, for the hostile test vectors.

The production writer (``kin_desktop.bundle.container``) only writes what format v1 allows. The vectors
also need files that break one rule each (a comment, a gap, a data descriptor, an extra field, a local
header that disagrees with the central directory, ...), so this writer lays every byte out by hand
(PKWARE APPNOTE 4.3): local header and data of each member, central directory, end record.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

LOCAL = b"PK\x03\x04"
CENTRAL = b"PK\x01\x02"
END = b"PK\x05\x06"
DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
DOS_TIME = 0


def deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


@dataclass
class Member:
    """One member; every field the framing rules look at can be set to a wrong value."""

    name: str | bytes
    data: bytes
    method: int = 8
    flags: int = 0
    mode: int = 0o100644
    extra: bytes = b""  # in both headers
    local_extra: bytes | None = None  # in the local header only (None: as ``extra``)
    comment: bytes = b""  # the central directory's file comment
    crc: int | None = None  # None: the real CRC-32
    size: int | None = None  # declared uncompressed size (None: the real one)
    compressed: bytes | None = None  # the stored bytes (None: deflated or stored ``data``)
    local_overrides: dict[str, int] = field(default_factory=dict)  # e.g. {"crc": 0}
    disk_start: int = 0

    @property
    def raw_name(self) -> bytes:
        return self.name if isinstance(self.name, bytes) else self.name.encode("ascii")

    def payload(self) -> bytes:
        if self.compressed is not None:
            return self.compressed
        return deflate(self.data) if self.method == 8 else self.data


def build(
    members: list[Member],
    *,
    gap_after: int | None = None,
    gap: bytes = b"",
    central_order: list[int] | None = None,
    archive_comment: bytes = b"",
    zip64_locator: bool = False,
    disk: int = 0,
    entries_override: int | None = None,
) -> bytes:
    """The ZIP file of ``members``; the keyword arguments break the layout in one way each."""
    out = bytearray()
    offsets: list[int] = []
    payloads: list[bytes] = []
    for index, member in enumerate(members):
        payload = member.payload()
        payloads.append(payload)
        offsets.append(len(out))
        crc = zlib.crc32(member.data) if member.crc is None else member.crc
        size = len(member.data) if member.size is None else member.size
        fields = {
            "flags": member.flags,
            "method": member.method,
            "crc": crc,
            "compressed": len(payload),
            "size": size,
        }
        fields.update(member.local_overrides)
        extra = member.extra if member.local_extra is None else member.local_extra
        out += struct.pack(
            "<4sHHHHHIIIHH",
            LOCAL,
            20,
            fields["flags"],
            fields["method"],
            DOS_TIME,
            DOS_DATE,
            fields["crc"],
            fields["compressed"],
            fields["size"],
            len(member.raw_name),
            len(extra),
        )
        out += member.raw_name + extra + payload
        if gap_after == index:
            out += gap
    central_start = len(out)
    order = central_order if central_order is not None else list(range(len(members)))
    for index in order:
        member = members[index]
        crc = zlib.crc32(member.data) if member.crc is None else member.crc
        size = len(member.data) if member.size is None else member.size
        out += struct.pack(
            "<4sHHHHHHIIIHHHHHII",
            CENTRAL,
            (3 << 8) | 20,
            20,
            member.flags,
            member.method,
            DOS_TIME,
            DOS_DATE,
            crc,
            len(payloads[index]),
            size,
            len(member.raw_name),
            len(member.extra),
            len(member.comment),
            member.disk_start,
            0,
            member.mode << 16,
            offsets[index],
        )
        out += member.raw_name + member.extra + member.comment
    central_size = len(out) - central_start
    if zip64_locator:
        out += struct.pack("<4sIQI", b"PK\x06\x07", 0, central_start + central_size, 1)
    count = len(members) if entries_override is None else entries_override
    out += struct.pack(
        "<4sHHHHIIH", END, disk, disk, count, count, central_size, central_start, len(archive_comment)
    )
    out += archive_comment
    return bytes(out)
