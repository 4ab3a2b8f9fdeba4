"""The text that binds a printed commitment form to the data, and its QR code.

Format (version 1), one line of ASCII, fields separated by ``:``::

    KIN1:<record_id>:<rev_id>:<key_id>:<check>

- ``record_id``: the commitment's record id as stored (a UUID when this application made
  it; any identifier the revision format accepts, which may itself contain ``:``);
- ``rev_id``: the printed revision, 64 lower-case hex digits (SHA-256 of its content);
- ``key_id``: the key that authored that revision, 32 lower-case hex digits;
- ``check``: the first 8 hex digits of SHA-256 over everything before the last ``:``. It
  catches a mistyped or damaged code; it is no protection against forgery (that is what
  the look-up of the revision is for).

Under the QR code the form prints the text in groups of four hex digits
(:func:`grouped`), to be typed in when no scanner is at hand; white space anywhere in a
typed text is ignored (no field may hold any). Parsing is otherwise strict: anything that
does not fit is refused with a stable reason (:class:`BindingError`). See
``docs/printing.md``.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder

PREFIX = "KIN1"
MAX_LENGTH = 400
_RECORD_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_REV_ID = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(r"[0-9a-f]{32}")
_CHECK = re.compile(r"[0-9a-f]{8}")


@dataclass(frozen=True)
class Binding:
    record_id: str
    rev_id: str
    key_id: str

    def text(self) -> str:
        """The text printed on the form and carried by its QR code."""
        body = f"{PREFIX}:{self.record_id}:{self.rev_id}:{self.key_id}"
        return f"{body}:{_check(body)}"


class BindingError(ValueError):
    """A verification text that is not a well-formed, undamaged version 1 text."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def _check(body: str) -> str:
    return hashlib.sha256(body.encode("ascii")).hexdigest()[:8]


def format_binding(record_id: str, rev_id: str, key_id: str) -> str:
    """The verification text of a revision; refuses values that would not parse back."""
    binding = Binding(record_id, rev_id, key_id)
    text = binding.text()
    if parse_binding(text) != binding:  # pragma: no cover - parse_binding raises first
        raise BindingError("the values do not round-trip", "malformed")
    return text


def parse_binding(text: str) -> Binding:
    """Parse a verification text; raises :class:`BindingError` (``reason``: ``empty``,
    ``too_long``, ``not_ascii``, ``unknown_format``, ``malformed``, ``bad_record_id``,
    ``bad_rev_id``, ``bad_key_id``, ``checksum``)."""
    if not isinstance(text, str):
        raise BindingError("the verification text must be a string", "malformed")
    if len(text) > 4 * MAX_LENGTH:
        raise BindingError(f"the verification text is longer than {MAX_LENGTH} characters", "too_long")
    text = "".join(text.split())  # the groups a form prints, line ends of a pasted code
    if not text:
        raise BindingError("the verification text is empty", "empty")
    if len(text) > MAX_LENGTH:
        raise BindingError(f"the verification text is longer than {MAX_LENGTH} characters", "too_long")
    if not text.isascii() or not text.isprintable():
        raise BindingError("the verification text holds characters a form never prints", "not_ascii")
    prefix, sep, rest = text.partition(":")
    if not sep or prefix != PREFIX:
        raise BindingError(
            f"not a KIN Desktop verification text (it must start with '{PREFIX}:')", "unknown_format"
        )
    parts = rest.rsplit(":", 3)
    if len(parts) != 4:
        raise BindingError(
            "a verification text has four fields after 'KIN1:' (record, revision, key, check)", "malformed"
        )
    record_id, rev_id, key_id, check = parts
    if not _RECORD_ID.fullmatch(record_id):
        raise BindingError(f"{record_id!r} is not a record id", "bad_record_id")
    if not _REV_ID.fullmatch(rev_id):
        raise BindingError("the revision must be 64 lower-case hex digits", "bad_rev_id")
    if not _KEY_ID.fullmatch(key_id):
        raise BindingError("the key id must be 32 lower-case hex digits", "bad_key_id")
    if not _CHECK.fullmatch(check) or check != _check(text.rsplit(":", 1)[0]):
        raise BindingError("the check digits do not match: the text is damaged or was altered", "checksum")
    return Binding(record_id, rev_id, key_id)


def grouped(text: str) -> list[str]:
    """The verification text as the form prints it for typing, on five lines:
    ``KIN1:<record id>:`` as it is (a UUID's hyphens already group it), then the revision
    (two lines), the key and the check digits in groups of four, fields still ending in
    ``:``. Parsing ignores the spaces and line ends."""
    head, rev_id, key_id, check = text.rsplit(":", 3)

    def groups(digits: str) -> str:
        return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))

    return [f"{head}:", groups(rev_id[:32]), groups(rev_id[32:]) + " :", groups(key_id) + " :", groups(check)]


# --------------------------------------------------------------------------- QR code

_MASK = 2  # every mask is valid; a fixed one saves trying all eight (six times the work)
_EXP = qrencoder.EXP_TABLE
_LOG = qrencoder.LOG_TABLE
_LEVEL = qrencoder.QRErrorCorrectLevel.M


@lru_cache(maxsize=32)
def _generator_logs(degree: int) -> tuple[int, ...]:
    """Logs of the Reed-Solomon generator polynomial's coefficients after the leading 1."""
    poly = [1]
    for i in range(degree):
        factor = _EXP[i]
        nxt = [0] * (len(poly) + 1)
        for j, coef in enumerate(poly):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= _EXP[(_LOG[coef] + _LOG[factor]) % 255]
        poly = nxt
    return tuple(_LOG[c] for c in poly[1:])


@lru_cache(maxsize=32)
def _ec_table(degree: int) -> tuple[int, ...]:
    """For each byte value f: the generator's coefficients times f, packed into one integer
    (the remainder register of the division is an integer of ``degree`` bytes)."""
    logs = _generator_logs(degree)
    table = [0]
    for factor in range(1, 256):
        lf = _LOG[factor]
        table.append(int.from_bytes(bytes(_EXP[(lf + lg) % 255] for lg in logs), "big"))
    return tuple(table)


def _ec_bytes(data: list[int], degree: int) -> list[int]:
    """The error correction codewords: the remainder of data * x^degree divided by the
    generator, shifted through an integer register one byte at a time."""
    table = _ec_table(degree)
    shift = 8 * (degree - 1)
    full = (1 << (8 * degree)) - 1
    rest = 0
    for byte in data:
        rest = ((rest << 8) & full) ^ table[byte ^ (rest >> shift)]
    return list(rest.to_bytes(degree, "big"))


class _Bits:
    """A bit buffer for the segments' ``write`` (reportlab's sets one bit per call)."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # noqa: N802  # reportlab's name
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:  # noqa: N802  # reportlab's name
        return self.length


def _codewords(code: Any) -> bytes:
    """The interleaved data and error correction codewords (reportlab's ``createData``,
    with the bits gathered in an integer and Reed-Solomon done on tables)."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    bits = _Bits()
    for data in code.dataList:
        data.write(bits, code.version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if bits.length > capacity:  # pragma: no cover - calculate_version chose the size
        raise ValueError("the text does not fit the QR code")
    if bits.length + 4 <= capacity:
        bits.put(0, 4)
    if bits.length % 8:
        bits.put(0, 8 - bits.length % 8)
    pad = (0xEC, 0x11)
    index = 0
    while bits.length < capacity:
        bits.put(pad[index % 2], 8)
        index += 1
    buffer = bits.value.to_bytes(capacity // 8, "big")
    offset = 0
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    for block in blocks:
        chunk = list(buffer[offset : offset + block.dataCount])
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(_ec_bytes(chunk, block.totalCount - block.dataCount))
    return bytes(
        byte
        for group in (data_blocks, ec_blocks)
        for column in itertools.zip_longest(*group)
        for byte in column
        if byte is not None
    )


@dataclass(frozen=True)
class _Template:
    """The modules of a QR code version that do not depend on the data (finder, timing and
    alignment patterns, format and version information for level M and the fixed mask),
    the data positions in placement order and the mask over them as one integer."""

    rows: tuple[tuple[str, ...], ...]  # "1": dark
    positions: tuple[tuple[int, int], ...]  # (row, col)
    mask: int


@lru_cache(maxsize=8)
def _template(version: int) -> _Template:
    code = qrencoder.QRCode(version, _LEVEL)
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, _LEVEL)
    code.dataCache = [0] * sum(block.totalCount for block in blocks)
    code.makeImpl(False, _MASK)
    positions = tuple((row, col) for col, row in code.dataPosIterator())
    mask_of = qrencoder.QRUtil.getMask(_MASK)
    mask = 0
    for row, col in positions:
        mask = (mask << 1) | (1 if mask_of(row, col) else 0)
    return _Template(tuple(tuple("1" if m else "0" for m in row) for row in code.modules), positions, mask)


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of a QR code (error correction level M) for ``text``, dark = True."""
    return [[module == "1" for module in row] for row in qr_rows(text)]


def qr_rows(text: str) -> list[str]:
    """The modules of the QR code for ``text``, row by row, ``"1"`` for a dark module."""
    code = qrencoder.QRCode(None, _LEVEL)
    code.addData(text)
    code.version = code.calculate_version()
    template = _template(code.version)
    data = _codewords(code)
    count = len(template.positions)
    # data bits in placement order, then zeros, each flipped where the mask is dark
    bits = (int.from_bytes(data, "big") << (count - 8 * len(data))) ^ template.mask
    rows = [list(row) for row in template.rows]
    for (row, col), bit in zip(template.positions, format(bits, f"0{count}b"), strict=True):
        rows[row][col] = bit
    return ["".join(row) for row in rows]


def qr_path(rows: list[str], x: float, y: float, size: float, *, quiet: int = 4) -> str:
    """PDF operators drawing the dark modules of :func:`qr_rows`, the quiet zone around them
    inside ``size``: one inline 1-bit image mask, a module a sample, scaled without
    interpolation (sharp edges at any resolution; 700 bytes where a path of rectangles
    takes 8 KB and three times the time to write)."""
    count = len(rows)
    module = size / (count + 2 * quiet)
    width = (count + 7) // 8 * 8
    data = "".join(f"{int(row.ljust(width, '0'), 2):0{width // 4}x}" for row in rows)
    side = count * module
    return (
        f"q 0 g {side:.4f} 0 0 {side:.4f} {x + quiet * module:.3f} {y + quiet * module:.3f} cm "
        f"BI /IM true /W {count} /H {count} /BPC 1 /D [1 0] /F /AHx /I false ID {data}> EI Q"
    )
