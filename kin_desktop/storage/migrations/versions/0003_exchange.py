"""Exchange: pinned secretariat, catalogue, receipts sent and taken, bundle header columns.

Revision ID: 0003_exchange
Revises: 0002_search
Create Date: 2026-05-11

Describes the schema at this revision with plain SQLAlchemy; never imports the current models.
New columns are nullable, so rows written before this revision stay as they are. The rows of the
search tables get their rowid from their record id (SHA-256), so a record's row is found without
scanning the table.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0003_exchange"
down_revision: str | None = "0002_search"
branch_labels: str | None = None
depends_on: str | None = None


def _text(name: str, *, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=nullable)


def _str(name: str, *, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(), nullable=nullable)


def _int(name: str, *, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def _when(name: str, *, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _search_rowid(record_id: str) -> int:
    # The same function as storage.repository.search.search_rowid, fixed at this revision.
    return int.from_bytes(hashlib.sha256(record_id.encode("utf-8")).digest()[:8], "big") >> 1


def upgrade() -> None:
    # Search rows are found by rowid from now on: re-key the rows already there.
    bind = op.get_bind()
    for table in ("practice_fts", "commitment_fts"):
        rows = bind.execute(sa.text(f"SELECT record_id, title, text FROM {table}")).all()
        bind.execute(sa.text(f"DELETE FROM {table}"))
        for record_id, title, text in rows:
            bind.execute(
                sa.text(f"INSERT INTO {table} (rowid, record_id, title, text) VALUES (:i, :r, :t, :x)"),
                {"i": _search_rowid(record_id), "r": record_id, "t": title, "x": text},
            )
    op.add_column("bundle_sent", _str("bundle_id", nullable=True))
    op.add_column("delegate_key", _str("email", nullable=True))
    for column in (
        _str("bundle_id", nullable=True),
        _str("device_id", nullable=True),
        _str("builds_on_receipt", nullable=True),
        _str("reason", nullable=True),
        _int("receipt_sequence", nullable=True),
    ):
        op.add_column("bundle_received", column)
    op.create_index("ix_bundle_received_bundle_id", "bundle_received", ["bundle_id"])

    op.create_table(
        "pinned_secretariat",
        _int("id"),
        _str("key_id"),
        _str("signing_public_key"),
        _str("encryption_public_key"),
        _str("encryption_key_id"),
        _str("fingerprint"),
        _str("name"),
        _str("organisation"),
        _when("pinned_at"),
        _str("last_pack_id", nullable=True),
        _when("last_pack_at", nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint("id = 1", name="ck_pinned_secretariat_single_row"),
    )
    op.create_table(
        "catalogue_entry",
        _str("practice_id"),
        _str("city"),
        _str("country"),
        _str("title"),
        _text("body"),
        _str("pack_id"),
        _when("received_at"),
        sa.PrimaryKeyConstraint("practice_id"),
    )
    op.create_table(
        "receipt_sent",
        _int("id"),
        _str("delegate_key_id"),
        _int("receipt_sequence"),
        _str("bundle_id"),
        _str("path"),
        _when("created_at"),
        _int("acknowledged"),
        _int("review_notes"),
        _int("bundles"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("delegate_key_id", "receipt_sequence", name="uq_receipt_sent_sequence"),
    )
    op.create_index("ix_receipt_sent_delegate_key_id", "receipt_sent", ["delegate_key_id"])
    op.create_index("ix_receipt_sent_bundle_id", "receipt_sent", ["bundle_id"])
    op.create_table(
        "receipt_item",
        _str("delegate_key_id"),
        _str("rev_id"),
        _int("receipt_sequence"),
        sa.PrimaryKeyConstraint("delegate_key_id", "rev_id"),
    )
    op.create_table(
        "receipt_taken",
        _int("id"),
        _int("receipt_sequence"),
        _str("bundle_id"),
        _str("signer_key_id"),
        _when("taken_at"),
        _int("acknowledged"),
        _int("review_notes"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("receipt_sequence", name="uq_receipt_taken_sequence"),
        sa.UniqueConstraint("bundle_id", name="uq_receipt_taken_bundle_id"),
    )


def downgrade() -> None:
    for table in ("receipt_taken", "receipt_item", "receipt_sent", "catalogue_entry", "pinned_secretariat"):
        op.drop_table(table)
    op.drop_index("ix_bundle_received_bundle_id", table_name="bundle_received")
    with op.batch_alter_table("bundle_received") as batch:
        for name in ("receipt_sequence", "reason", "builds_on_receipt", "device_id", "bundle_id"):
            batch.drop_column(name)
    with op.batch_alter_table("delegate_key") as batch:
        batch.drop_column("email")
    with op.batch_alter_table("bundle_sent") as batch:
        batch.drop_column("bundle_id")
