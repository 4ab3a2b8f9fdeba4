"""The full-text index of practices and commitments (FTS5, trigram) and searching it.

The index holds folded text and queries are folded the same way (core/search_text.py: case and
accents aside), so "rung" finds "rừng"; migration 0007 folded the rows written before.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any

from sqlalchemy import text as sql_text
from sqlmodel import Session

from kin_desktop.core.errors import ValidationError
from kin_desktop.core.schemas import RecordType
from kin_desktop.core.search_text import fold
from kin_desktop.storage.repository._sql import _cursor, _rows_in

_PRACTICE_TEXT = (
    "summary",
    "problem",
    "approach",
    "environmental_benefits",
    "social_benefits",
    "economic_benefits",
    "replicability",
)
_COMMITMENT_TEXT = ("objectives", "description", "funding_source", "experience_to_share")
_FTS = {RecordType.PRACTICE.value: "practice_fts", RecordType.COMMITMENT.value: "commitment_fts"}


def search_rowid(record_id: str) -> int:
    """The rowid of a record's row in its FTS5 table: 63 bits of SHA-256 of the record id.

    FTS5 finds a row by ``record_id`` (an UNINDEXED column) only by scanning; by rowid it goes
    straight to it. Fixed forever: migration 0003 keys existing rows the same way. Deletes also
    match ``record_id``, so even a (2^-63) collision could never remove another record's row.
    """
    return int.from_bytes(hashlib.sha256(record_id.encode("utf-8")).digest()[:8], "big") >> 1


def _search_text(body: dict[str, Any], names: tuple[str, ...], lists: tuple[str, ...]) -> str:
    parts = [str(body.get(name) or "") for name in names]
    for name in lists:
        for item in body.get(name) or []:
            if isinstance(item, dict):
                parts.extend(v for v in item.values() if isinstance(v, str))
            else:
                parts.append(str(item))
    return unicodedata.normalize("NFC", "\n".join(p for p in parts if p))


_SEARCH_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RecordType.PRACTICE.value: (_PRACTICE_TEXT, ("partners",)),
    RecordType.COMMITMENT.value: (_COMMITMENT_TEXT, ("partners", "targets", "milestones")),
}


def _index_row(record_type: str, record_id: str, body: dict[str, Any]) -> tuple[int, str, str, str]:
    """The search-index row (rowid, record_id, title, text) of a practice or commitment."""
    names, lists = _SEARCH_FIELDS[record_type]
    title = fold(unicodedata.normalize("NFC", body["title"]))
    return (search_rowid(record_id), record_id, title, fold(_search_text(body, names, lists)))


def index_missing(*, session: Session) -> int:
    """Write the search-index row of every live practice and commitment that has none; returns how many.

    Rows are missing after ``add_revisions(defer_search=True)`` (an import writes them all at its end),
    or when such an import was interrupted (the next import writes them). The projection tables hold
    exactly the live records, each with its current body, so this depends only on what is stored.
    """
    session.flush()
    cursor = _cursor(session)
    written = 0
    for record_type, fts in _FTS.items():
        indexed = {row[0] for row in cursor.execute(f"SELECT rowid FROM {fts}")}
        ids = [row[0] for row in cursor.execute(f"SELECT record_id FROM {record_type}")]
        missing = [record_id for record_id in ids if search_rowid(record_id) not in indexed]
        rows = sorted(  # by rowid: FTS5 writes a run of ascending rowids in one go, while a smaller
            # rowid than the last flushes what is pending to a new segment
            _index_row(record_type, record_id, json.loads(body))
            for record_id, body in _rows_in(
                cursor, f"SELECT record_id, body FROM {record_type} WHERE record_id IN ({{}})", missing
            )
        )
        if rows:
            cursor.executemany(f"INSERT INTO {fts} (rowid, record_id, title, text) VALUES (?,?,?,?)", rows)
            written += len(rows)
    if written:
        session.expire_all()
    return written


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(record_type: RecordType | str, text: str, *, session: Session, limit: int = 200) -> list[str]:
    """Record ids of practices or commitments whose title or text holds every word of ``text``.

    Case and accents do not count ("rung" finds "rừng"). Words of three or more characters use
    the trigram index (substring match, any script, best matches first); shorter words (e.g. two-character Japanese words) are matched by
    scanning, which is fine at this application's scale.
    """
    table = _FTS.get(str(record_type))
    if table is None:
        raise ValidationError(f"{record_type} records cannot be searched", reason="not_searchable")
    terms = fold(unicodedata.normalize("NFC", text)).split()
    if not terms:
        return []
    clauses: list[str] = []
    params: dict[str, Any] = {"limit": limit}
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms:
        clauses.append(f"{table} MATCH :query")
        params["query"] = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
    for number, term in enumerate(t for t in terms if len(t) < 3):
        clauses.append(f"(title LIKE :s{number} ESCAPE '\\' OR text LIKE :s{number} ESCAPE '\\')")
        params[f"s{number}"] = _like_pattern(term)
    order = "rank, record_id" if long_terms else "record_id"
    sql = f"SELECT record_id FROM {table} WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT :limit"
    return [row[0] for row in session.connection().execute(sql_text(sql), params)]
