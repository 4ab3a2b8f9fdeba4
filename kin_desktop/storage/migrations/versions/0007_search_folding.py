"""Accent-insensitive search: the full-text index rebuilt over folded text.

Revision ID: 0007_search_folding
Revises: 0008_publication
Create Date: 2026-12-06

"rung" should find "rừng" and "da nang" "Đà Nẵng". The rows of ``practice_fts`` and
``commitment_fts`` are written again with their title and text folded as
``kin_desktop.core.search_text.fold`` folds them (case, and the accents FTS5's ``unicode61
remove_diacritics 2`` removes, plus đ, ø, ł...); queries are folded the same way. The tables keep
the trigram tokenizer, the one that finds words inside Thai, Chinese and Japanese text: SQLite
gives it ``remove_diacritics`` only from version 3.45, so the folding happens before it, the same
on every SQLite (the reasons are in core/search_text.py).

The folding function is copied here as it stands at this revision (a migration never imports the
code it migrates from). Downgrading writes the rows back unfolded, from the projection tables.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007_search_folding"
down_revision: str | None = "0008_publication"
branch_labels: str | None = None
depends_on: str | None = None

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
_FIELDS = {
    "practice": (_PRACTICE_TEXT, ("partners",)),
    "commitment": (_COMMITMENT_TEXT, ("partners", "targets", "milestones")),
}
_LETTERS = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ŧ": "t", "ı": "i", "ƀ": "b"})
_MARKS = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.casefold())
    kept = "".join(c for c in decomposed if not any(low <= ord(c) <= high for low, high in _MARKS))
    return unicodedata.normalize("NFC", kept).translate(_LETTERS)


def _text(body: dict[str, Any], names: tuple[str, ...], lists: tuple[str, ...]) -> str:
    parts = [str(body.get(name) or "") for name in names]
    for name in lists:
        for item in body.get(name) or []:
            if isinstance(item, dict):
                parts.extend(v for v in item.values() if isinstance(v, str))
            else:
                parts.append(str(item))
    return unicodedata.normalize("NFC", "\n".join(p for p in parts if p))


def _rewrite(folded: bool) -> None:
    bind = op.get_bind()
    for record_type, (names, lists) in _FIELDS.items():
        table = f"{record_type}_fts"
        keys = {row[0]: row[1] for row in bind.execute(sa.text(f"SELECT record_id, rowid FROM {table}"))}
        bodies = bind.execute(sa.text(f"SELECT record_id, body FROM {record_type}")).all()
        rows = []
        for record_id, body in bodies:
            if record_id not in keys:
                continue  # not indexed yet (an interrupted import): the next import writes it
            parsed = json.loads(body)
            title = unicodedata.normalize("NFC", str(parsed.get("title") or ""))
            text = _text(parsed, names, lists)
            if folded:
                title, text = _fold(title), _fold(text)
            rows.append({"i": keys[record_id], "r": record_id, "t": title, "x": text})
        bind.execute(sa.text(f"DELETE FROM {table}"))
        rows.sort(key=lambda row: row["i"])  # ascending rowids: FTS5 writes them in one segment
        if rows:
            bind.execute(
                sa.text(f"INSERT INTO {table} (rowid, record_id, title, text) VALUES (:i, :r, :t, :x)"), rows
            )
        bind.execute(sa.text(f"INSERT INTO {table} ({table}) VALUES ('optimize')"))


def upgrade() -> None:
    _rewrite(folded=True)


def downgrade() -> None:
    _rewrite(folded=False)
