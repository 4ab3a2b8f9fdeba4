"""Sync with the inbox service: its address, uploads under way, files taken from the inbox.

Revision ID: 0009_sync
Revises: 0006_review
Create Date: 2026-11-29

Describes the schema at this revision with plain SQLAlchemy; never imports the current models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_sync"
down_revision: str | None = "0006_review"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inbox_url", sa.String(), nullable=True),
        sa.Column("inbox_url_created", sa.String(), nullable=True),
        sa.Column("key_list_sequence", sa.Integer(), nullable=False),
        sa.Column("pushed_keys_digest", sa.String(), nullable=True),
        sa.Column("pushed_pack_digest", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint("id = 1", name="ck_sync_state_single_row"),
    )
    op.create_table(
        "sync_upload",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("bundle_id", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("hlc_high", sa.String(), nullable=True),
        sa.Column("inbox_url", sa.String(), nullable=True),
        sa.Column("upload_url", sa.String(), nullable=True),
        sa.Column("offset", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("error", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_upload_status", "sync_upload", ["status"])
    op.create_table(
        "sync_download",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("remote", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "sha256", name="uq_sync_download_source_sha256"),
    )


def downgrade() -> None:
    op.drop_table("sync_download")
    op.drop_index("ix_sync_upload_status", table_name="sync_upload")
    op.drop_table("sync_upload")
    op.drop_table("sync_state")
