"""Questionnaire publication: when a definition version was published to delegates.

Revision ID: 0008_publication
Revises: 0009_sync
Create Date: 2026-12-06

The secretariat records when it published a version (``kin-desktop questionnaire publish``);
a delegate records the publication time the welcome pack (or update) said. Shipped
definitions and those from older packs have none. Nullable: existing rows stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_publication"
down_revision: str | None = "0009_sync"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column(
        "questionnaire_definition", sa.Column("published_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("questionnaire_definition") as batch:
        batch.drop_column("published_at")
