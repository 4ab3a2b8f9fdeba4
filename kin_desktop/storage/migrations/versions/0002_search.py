"""Full-text search: FTS5 tables over practices and commitments.

Revision ID: 0002_search
Revises: 0001_initial
Create Date: 2026-05-10

The trigram tokenizer finds any run of three or more characters, so words in scripts
written without spaces (Japanese, Chinese, Thai) are found as well as Vietnamese or
English ones. The tables are filled from the projections, which the repository keeps
in step on every write; this migration fills them for data already there.
"""

from __future__ import annotations

import json
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002_search"
down_revision: str | None = "0001_initial"
branch_labels: str | None = None
depends_on: str | None = None

# The text columns each body contributes to ``text`` (as at this revision).
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


def _flatten(body: dict[str, object], fields: tuple[str, ...], lists: tuple[str, ...]) -> str:
    parts = [str(body.get(name) or "") for name in fields]
    for name in lists:
        for item in body.get(name) or []:  # type: ignore[attr-defined]
            if isinstance(item, dict):
                parts.extend(str(v) for v in item.values() if isinstance(v, str))
            else:
                parts.append(str(item))
    return unicodedata.normalize("NFC", "\n".join(p for p in parts if p))


def upgrade() -> None:
    for table in ("practice_fts", "commitment_fts"):
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(record_id UNINDEXED, title, text, tokenize = 'trigram')"
        )
    bind = op.get_bind()
    for record_id, title, body in bind.execute(sa.text("SELECT record_id, title, body FROM practice")).all():
        text = _flatten(json.loads(body), _PRACTICE_TEXT, ("partners",))
        bind.execute(
            sa.text("INSERT INTO practice_fts (record_id, title, text) VALUES (:r, :t, :x)"),
            {"r": record_id, "t": unicodedata.normalize("NFC", title), "x": text},
        )
    for record_id, title, body in bind.execute(
        sa.text("SELECT record_id, title, body FROM commitment")
    ).all():
        text = _flatten(json.loads(body), _COMMITMENT_TEXT, ("partners", "targets", "milestones"))
        bind.execute(
            sa.text("INSERT INTO commitment_fts (record_id, title, text) VALUES (:r, :t, :x)"),
            {"r": record_id, "t": unicodedata.normalize("NFC", title), "x": text},
        )


def downgrade() -> None:
    op.execute("DROP TABLE commitment_fts")
    op.execute("DROP TABLE practice_fts")
