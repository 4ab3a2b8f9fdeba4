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

Parsing is strict: surrounding white space is ignored, anything else that does not fit
is refused with a stable reason (:class:`BindingError`). See ``docs/printing.md``.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.platypus import Flowable

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
    text = text.strip()
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


# --------------------------------------------------------------------------- QR code

_MASK = 2  # every mask is valid; a fixed one saves trying all eight (six times the work)
_EXP = qrencoder.EXP_TABLE
_LOG = qrencoder.LOG_TABLE
_positions: dict[int, list[tuple[int, int]]] = {}


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


def _ec_bytes(data: list[int], degree: int) -> list[int]:
    logs = _generator_logs(degree)
    rest = [*data, *([0] * degree)]
    for i in range(len(data)):
        coef = rest[i]
        if coef:
            lc = _LOG[coef]
            for j, lg in enumerate(logs, start=i + 1):
                rest[j] ^= _EXP[(lc + lg) % 255]
    return rest[len(data) :]


def _codewords(code: Any) -> list[int]:
    """The interleaved data and error correction codewords (reportlab's ``createData``,
    with the Reed-Solomon arithmetic done on tables: ten times faster)."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    buffer = qrencoder.QRBitBuffer()
    for data in code.dataList:
        data.write(buffer, code.version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if buffer.getLengthInBits() > capacity:  # pragma: no cover - calculate_version chose the size
        raise ValueError("the text does not fit the QR code")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pad = (0xEC, 0x11)
    index = 0
    while buffer.getLengthInBits() < capacity:
        buffer.put(pad[index % 2], 8)
        index += 1
    offset = 0
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    for block in blocks:
        chunk = list(buffer.buffer[offset : offset + block.dataCount])
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(_ec_bytes(chunk, block.totalCount - block.dataCount))
    return [
        byte
        for group in (data_blocks, ec_blocks)
        for column in itertools.zip_longest(*group)
        for byte in column
        if byte is not None
    ]


class _QRCode(qrencoder.QRCode):
    def dataPosIterator(self) -> list[tuple[int, int]]:  # noqa: N802  # reportlab's name
        found = _positions.get(self.version)
        if found is None:
            found = _positions[self.version] = list(self._dataPosIterator())
        return found


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of a QR code (error correction level M) for ``text``, dark = True."""
    code = _QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    code.dataCache = _codewords(code)
    code.makeImpl(False, _MASK)
    return [[bool(module) for module in row] for row in code.modules]


class QrCode(Flowable):
    """A QR code drawn as one filled path (horizontal runs of dark modules merged)."""

    QUIET = 4  # modules of white border the standard asks for

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.width = self.height = size
        self._matrix = qr_matrix(text)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: ARG002  # reportlab calls it so
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self._matrix, 0, 0, self.size, quiet=self.QUIET)


def draw_qr(canv: Any, matrix: list[list[bool]], x: float, y: float, size: float, *, quiet: int = 4) -> None:
    """Draw the modules as one path of rectangles, in module units (integers: short to write)."""
    count = len(matrix)
    module = size / (count + 2 * quiet)
    ops: list[str] = []
    for row_index, row in enumerate(matrix):
        row_y = count - 1 - row_index
        col = 0
        while col < count:
            if row[col]:
                start = col
                while col < count and row[col]:
                    col += 1
                ops.append(f"{start} {row_y} {col - start} 1 re")
            else:
                col += 1
    canv.saveState()
    canv.translate(x + quiet * module, y + quiet * module)
    canv.scale(module, module)
    canv.setFillColor(colors.black)
    canv.addLiteral("\n".join(ops) + "\nf")
    canv.restoreState()
