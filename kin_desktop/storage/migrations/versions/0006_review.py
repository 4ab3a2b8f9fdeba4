"""Review loop: the city's name in Latin letters, printed forms, signed forms checked.

Revision ID: 0006_review
Revises: 0003_exchange
Create Date: 2026-11-29

Describes the schema at this revision with plain SQLAlchemy; never imports the current models.
``profile.city_latin`` starts empty for profiles made before it (the application fills it from the
city's name when it is next needed); ``delegate_key.city_latin`` is null until a bundle says it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_review"
down_revision: str | None = "0003_exchange"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("profile", sa.Column("city_latin", sa.String(), nullable=False, server_default=""))
    op.add_column("delegate_key", sa.Column("city_latin", sa.String(), nullable=True))
    op.create_table(
        "printed_form",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("rev_id", sa.String(), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_printed_form_record_id", "printed_form", ["record_id"])
    op.create_table(
        "print_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("rev_id", sa.String(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_print_check_record_id", "print_check", ["record_id"])


def downgrade() -> None:
    op.drop_index("ix_print_check_record_id", table_name="print_check")
    op.drop_table("print_check")
    op.drop_index("ix_printed_form_record_id", table_name="printed_form")
    op.drop_table("printed_form")
    with op.batch_alter_table("delegate_key") as batch:
        batch.drop_column("city_latin")
    with op.batch_alter_table("profile") as batch:
        batch.drop_column("city_latin")
