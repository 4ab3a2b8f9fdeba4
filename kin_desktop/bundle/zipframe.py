"""The ZIP framing of signed containers, read strictly (docs/bundle-format.md §4.2).

A v1 container is a plain ZIP file laid out with nothing between, before or after its parts: the
members' local headers and data back to back from offset 0, in the order of the central directory,
then the central directory, then the end-of-central-directory record with no comment, ending the
file. No Zip64, no data descriptors, no extra fields, no comments, one disk. Local header and central
directory agree on every field that matters. A reader that refuses everything else never has to
choose between two readings of one file (the central directory's or the local headers', the first
end record or the last, a name or its "Unicode path" extra field), so every reader sees the same
members.

``parse`` checks the framing and returns the entries; ``read_member`` inflates one member with caps
on its size and its compression ratio, and checks its CRC-32 and sizes. Member-level rules (names,
kinds of file, allow-lists) are the container's (``container._scan``).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from kin_desktop.core.errors import BundleRejected

LOCAL_SIGNATURE = b"PK\x03\x04"
CENTRAL_SIGNATURE = b"PK\x01\x02"
END_SIGNATURE = b"PK\x05\x06"
ZIP64_END_SIGNATURE = b"PK\x06\x06"
ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
LOCAL_BYTES = 30
CENTRAL_BYTES = 46
END_BYTES = 22
MAX_COMMENT = 0xFFFF
_STEP = 64 * 1024

STORED = 0
DEFLATED = 8

FLAG_ENCRYPTED = 0x0001
FLAG_DEFLATE_OPTIONS = 0x0006  # bits 1-2: the compression level a deflater used (informative)
FLAG_DATA_DESCRIPTOR = 0x0008
FLAG_STRONG_ENCRYPTION = 0x0040
FLAG_UTF8 = 0x0800
FLAG_MASKED_HEADER = 0x2000
ENCRYPTION_FLAGS = FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADER
ALLOWED_FLAGS = FLAG_DEFLATE_OPTIONS | FLAG_UTF8 | ENCRYPTION_FLAGS  # encryption: refused per member

_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")


@dataclass(frozen=True)
class Entry:
    """One member as the central directory (and its local header, which agrees) describes it."""

    name: str  # the name bytes as Latin-1 (a v1 name is printable ASCII; the container checks it)
    raw_name: bytes
    flags: int
    method: int
    crc: int
    compressed_size: int
    size: int
    external_attr: int
    header_offset: int
    data_offset: int

    @property
    def mode(self) -> int:
        """The Unix mode bits of the external attributes (0 when the writer set none)."""
        return self.external_attr >> 16

    @property
    def encrypted(self) -> bool:
        return bool(self.flags & ENCRYPTION_FLAGS)


def _bad(message: str, **params: object) -> BundleRejected:
    return BundleRejected(f"The file is not a valid KIN container: {message}.", reason="bad_zip", **params)


def _end_record(data: bytes) -> tuple[int, int, int]:
    """(entries, central directory size, central directory offset) of the end record that ends the file."""
    end = len(data) - END_BYTES
    if end < 0:
        raise _bad("it is too short to hold a ZIP end record")
    if data[end : end + 4] != END_SIGNATURE:
        # Say why: a comment after the end record, or bytes appended after it, or neither.
        start = max(0, len(data) - END_BYTES - MAX_COMMENT)
        found = data.rfind(END_SIGNATURE, start, end)
        while found >= 0:
            comment = struct.unpack_from("<H", data, found + 20)[0]
            if found + END_BYTES + comment == len(data) and comment:
                raise _bad("it has a ZIP comment, which format v1 does not allow")
            if comment == 0:
                raise BundleRejected(
                    f"{len(data) - found - END_BYTES} bytes follow the end of the ZIP container.",
                    reason="trailing_data",
                )
            found = data.rfind(END_SIGNATURE, start, found)
        raise _bad("it has no ZIP end record at its end")
    _, disk, cd_disk, disk_entries, entries, cd_size, cd_offset, comment = _END.unpack_from(data, end)
    if comment:
        raise _bad("it has a ZIP comment, which format v1 does not allow")
    if 0xFFFF in (disk, cd_disk, disk_entries, entries) or 0xFFFFFFFF in (cd_size, cd_offset):
        raise _bad("it uses Zip64, which format v1 does not allow")
    if disk or cd_disk or disk_entries != entries:
        raise _bad("it spans several disks")
    if end >= 20 and data[end - 20 : end - 16] == ZIP64_LOCATOR_SIGNATURE:
        raise _bad("it uses Zip64, which format v1 does not allow")
    if cd_offset + cd_size != end:
        raise _bad("its central directory does not end where the end record starts")
    return entries, cd_size, cd_offset


def parse(data: bytes, *, max_members: int) -> list[Entry]:
    """The members of a strictly framed ZIP file, in order; raises ``BundleRejected``.

    Reasons: ``trailing_data`` (bytes after the end record), ``too_many_members`` (more entries than
    ``max_members``, counted from the end record before any entry is read), ``bad_zip`` (anything else
    outside the framing rules). Encryption flags are left for the container (``encrypted_member``).
    """
    count, cd_size, cd_offset = _end_record(data)
    if count > max_members:
        raise BundleRejected(
            f"The file holds {count} members; at most {max_members} are allowed.",
            reason="too_many_members",
            count=count,
        )
    entries: list[Entry] = []
    pos = cd_offset
    expected_local = 0
    for _ in range(count):
        if pos + CENTRAL_BYTES > cd_offset + cd_size:
            raise _bad("its central directory is cut short")
        (
            signature,
            _made_by,
            _needed,
            flags,
            method,
            _time,
            _date,
            crc,
            compressed,
            size,
            name_len,
            extra_len,
            comment_len,
            disk_start,
            _internal,
            external,
            offset,
        ) = _CENTRAL.unpack_from(data, pos)
        if signature != CENTRAL_SIGNATURE:
            raise _bad("an entry of its central directory is damaged")
        raw_name = data[pos + CENTRAL_BYTES : pos + CENTRAL_BYTES + name_len]
        pos += CENTRAL_BYTES + name_len + extra_len + comment_len
        if pos > cd_offset + cd_size:
            raise _bad("its central directory is cut short")
        name = raw_name.decode("latin-1")
        if 0xFFFFFFFF in (compressed, size, offset):
            raise _bad("it uses Zip64, which format v1 does not allow", member=name)
        if extra_len or comment_len:
            raise _bad(f"the member {name!r} has extra fields or a comment", member=name)
        if disk_start:
            raise _bad("it spans several disks", member=name)
        if flags & FLAG_DATA_DESCRIPTOR:
            raise _bad("it uses data descriptors, which format v1 does not allow", member=name)
        if flags & ~ALLOWED_FLAGS:
            raise _bad(f"the member {name!r} sets flags format v1 does not define", member=name)
        if offset != expected_local:
            raise _bad(
                f"the member {name!r} is not where the previous one ends (a gap, an overlap or bytes "
                "before the first member)",
                member=name,
            )
        local = data[offset : offset + LOCAL_BYTES]
        if len(local) < LOCAL_BYTES or local[:4] != LOCAL_SIGNATURE:
            raise _bad(f"the local header of {name!r} is missing or damaged", member=name)
        (_, _needed, l_flags, l_method, _t, _d, l_crc, l_compressed, l_size, l_name_len, l_extra_len) = (
            _LOCAL.unpack(local)
        )
        l_name = data[offset + LOCAL_BYTES : offset + LOCAL_BYTES + l_name_len]
        if (l_flags, l_method, l_crc, l_compressed, l_size, l_name) != (
            flags,
            method,
            crc,
            compressed,
            size,
            raw_name,
        ) or l_extra_len:
            raise _bad(f"the local header of {name!r} disagrees with the central directory", member=name)
        data_offset = offset + LOCAL_BYTES + name_len
        expected_local = data_offset + compressed
        if expected_local > cd_offset:
            raise _bad(f"the data of {name!r} runs into the central directory", member=name)
        if method == STORED and compressed != size:
            raise _bad(f"the stored member {name!r} has two different sizes", member=name)
        entries.append(
            Entry(name, raw_name, flags, method, crc, compressed, size, external, offset, data_offset)
        )
    if pos != cd_offset + cd_size:
        raise _bad("its central directory holds more than its entries")
    if expected_local != cd_offset:
        raise _bad("bytes lie between the last member and the central directory")
    return entries


def read_member(
    data: bytes,
    entry: Entry,
    *,
    cap: int,
    over_cap: Callable[[], BundleRejected],
    ratio: int,
    ratio_floor: int,
) -> bytes:
    """The member's content, inflated in pieces; stops as soon as more than ``cap`` bytes came out
    (``over_cap()`` is raised) or more than ``ratio_floor`` bytes at more than ``ratio`` times the
    compressed size (``compression_ratio``). The DEFLATE stream must end exactly with the member's
    compressed data, and the output must have the central directory's size and CRC-32 (``bad_zip``).
    """
    name = entry.name
    compressed = memoryview(data)[entry.data_offset : entry.data_offset + entry.compressed_size]
    budget = ratio * max(entry.compressed_size, 1)
    if entry.method == STORED:
        if entry.size > cap:
            raise over_cap()
        out = bytes(compressed)
    elif entry.method == DEFLATED:
        inflater = zlib.decompressobj(-15)
        pieces: list[bytes] = []
        produced = 0
        pending: bytes | memoryview = compressed
        try:
            while True:
                block = inflater.decompress(pending, _STEP)  # at most _STEP bytes out per call
                progress = bool(block) or len(inflater.unconsumed_tail) != len(pending)
                pending = inflater.unconsumed_tail
                produced += len(block)
                pieces.append(block)
                if produced > cap:
                    raise over_cap()
                if produced > ratio_floor and produced > budget:
                    raise BundleRejected(
                        f"The member {name!r} expands far more than real data does (a possible ZIP bomb); "
                        "the file was refused.",
                        reason="compression_ratio",
                        member=name,
                    )
                if inflater.eof or not progress:
                    break
        except zlib.error as exc:
            raise _bad(f"the member {name!r} cannot be inflated ({exc})", member=name) from exc
        if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
            raise _bad(f"the compressed data of {name!r} does not end where its entry ends", member=name)
        out = b"".join(pieces)
    else:  # the container refuses other methods before reading (unsupported_compression)
        raise _bad(f"the member {name!r} uses compression method {entry.method}", member=name)
    if len(out) != entry.size:
        raise _bad(f"the member {name!r} is not the size its entry says", member=name)
    if zlib.crc32(out) != entry.crc:
        raise _bad(f"the member {name!r} fails its CRC-32 check", member=name)
    return out
