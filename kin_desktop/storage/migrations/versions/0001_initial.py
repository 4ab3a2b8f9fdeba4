"""Initial schema: profile, questionnaire definitions, revisions, records, projections, registry, logs.

Revision ID: 0001_initial
Revises:
Create Date: 2026-05-10

Describes the schema at this revision with plain SQLAlchemy; never imports the current models.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _text(name: str, *, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=nullable)


def _str(name: str, *, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(), nullable=nullable)


def _int(name: str, *, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def _bool(name: str) -> sa.Column[bool]:
    return sa.Column(name, sa.Boolean(), nullable=False)


def _when(name: str, *, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "profile",
        _int("id"),
        _str("role"),
        _str("name"),
        _str("city"),
        _str("country"),
        _str("organisation"),
        _str("category", nullable=True),
        _str("email"),
        _str("key_id", nullable=True),
        _str("device_id"),
        _str("hlc_last", nullable=True),
        _when("created_at"),
        _int("next_bundle_seq"),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint("id = 1", name="ck_profile_single_row"),
    )
    op.create_table(
        "questionnaire_definition",
        _int("id"),
        _str("questionnaire_id"),
        _str("version"),
        _text("content"),
        _str("sha256"),
        _when("received_at"),
        _str("source"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("questionnaire_id", "version", name="uq_questionnaire_definition_version"),
    )
    op.create_table(
        "revision",
        _str("rev_id"),
        _str("record_id"),
        _str("record_type"),
        _str("owner"),
        _str("parents"),
        _str("author"),
        _str("hlc"),
        _text("body", nullable=True),
        _when("received_at"),
        _str("origin_bundle", nullable=True),
        _bool("acknowledged"),
        _bool("created_locally"),
        sa.PrimaryKeyConstraint("rev_id"),
    )
    op.create_index("ix_revision_record_id", "revision", ["record_id"])
    op.create_index("ix_revision_unacknowledged", "revision", ["created_locally", "acknowledged"])
    op.create_table(
        "record",
        _str("record_id"),
        _str("record_type"),
        _str("owner"),
        _str("head_rev_id"),
        _str("heads"),
        _bool("conflict"),
        _bool("deleted"),
        _str("created_hlc"),
        _str("updated_hlc"),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_index("ix_record_record_type", "record", ["record_type"])
    op.create_index("ix_record_owner", "record", ["owner"])

    op.create_table(
        "response",
        _str("record_id"),
        _str("questionnaire_id"),
        _str("questionnaire_version"),
        _bool("completed"),
        _text("answers"),
        _str("owner"),
        _str("city"),
        _str("country"),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_index("ix_response_questionnaire_id", "response", ["questionnaire_id"])
    op.create_index("ix_response_owner", "response", ["owner"])
    op.create_table(
        "answer",
        _int("id"),
        _str("response_id"),
        _str("question_id"),
        _int("instance", nullable=True),
        _text("value"),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["response_id"], ["response.record_id"], ondelete="CASCADE"),
    )
    op.create_index("ix_answer_response_id", "answer", ["response_id"])
    op.create_index("ix_answer_question_id", "answer", ["question_id"])
    op.create_table(
        "practice",
        _str("record_id"),
        _str("owner"),
        _str("city"),
        _str("country"),
        _str("title"),
        _text("summary"),
        _str("sectors"),
        _str("state"),
        _bool("win_win"),
        _int("start_year", nullable=True),
        _text("body"),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_index("ix_practice_owner", "practice", ["owner"])
    op.create_table(
        "commitment",
        _str("record_id"),
        _str("owner"),
        _str("city"),
        _str("country"),
        _str("title"),
        _str("project_type"),
        _str("state"),
        _str("start_date", nullable=True),
        _str("end_date", nullable=True),
        _str("budget_amount", nullable=True),
        _text("body"),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_index("ix_commitment_owner", "commitment", ["owner"])
    op.create_table(
        "commitment_target",
        _int("id"),
        _str("commitment_id"),
        _int("position"),
        _text("description"),
        _str("indicator"),
        _str("baseline"),
        _str("target"),
        _str("unit"),
        _int("due_year", nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitment.record_id"], ondelete="CASCADE"),
    )
    op.create_index("ix_commitment_target_commitment_id", "commitment_target", ["commitment_id"])
    op.create_table(
        "attachment",
        _str("record_id"),
        _str("owner"),
        _str("target_record_id"),
        _str("sha256"),
        _str("filename"),
        _str("media_type"),
        _int("size"),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_index("ix_attachment_owner", "attachment", ["owner"])
    op.create_index("ix_attachment_target_record_id", "attachment", ["target_record_id"])
    op.create_index("ix_attachment_sha256", "attachment", ["sha256"])
    op.create_table(
        "blob",
        _str("sha256"),
        _int("size"),
        _str("path"),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "progress_report",
        _str("record_id"),
        _str("owner"),
        _str("commitment_id"),
        _str("reported_on", nullable=True),
        _str("status"),
        _text("body"),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_index("ix_progress_report_owner", "progress_report", ["owner"])
    op.create_index("ix_progress_report_commitment_id", "progress_report", ["commitment_id"])
    op.create_table(
        "review_note",
        _str("record_id"),
        _str("owner"),
        _str("target_id"),
        _str("target_type"),
        _str("state"),
        _text("comment"),
        _bool("recognized"),
        _str("updated_hlc"),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_index("ix_review_note_target_id", "review_note", ["target_id"])

    op.create_table(
        "delegate_key",
        _str("key_id"),
        _str("signing_public_key"),
        _str("name"),
        _str("city"),
        _str("country"),
        _str("organisation"),
        _str("category", nullable=True),
        _str("fingerprint"),
        _str("status"),
        _when("first_seen"),
        _when("approved_at", nullable=True),
        _when("revoked_at", nullable=True),
        sa.PrimaryKeyConstraint("key_id"),
    )
    op.create_index("ix_delegate_key_status", "delegate_key", ["status"])
    op.create_table(
        "import_log",
        _int("id"),
        _str("path"),
        _str("file_sha256"),
        _when("received_at"),
        _str("kind"),
        _str("signer_key_id", nullable=True),
        _int("sequence", nullable=True),
        _str("status"),
        _str("reason", nullable=True),
        _text("detail"),
        _int("records"),
        _int("revisions"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_import_log_file_sha256", "import_log", ["file_sha256"])
    op.create_table(
        "bundle_sent",
        _int("id"),
        _int("sequence"),
        _str("path"),
        _str("sha256"),
        _when("created_at"),
        _int("revisions"),
        _bool("full"),
        _str("previous_sha256", nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sequence", name="uq_bundle_sent_sequence"),
    )
    op.create_table(
        "bundle_received",
        _int("id"),
        _str("sha256"),
        _str("signer_key_id", nullable=True),
        _int("sequence", nullable=True),
        _str("kind"),
        _when("received_at"),
        _str("status"),
        _str("held_path", nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sha256", name="uq_bundle_received_sha256"),
    )
    op.create_index("ix_bundle_received_signer_sequence", "bundle_received", ["signer_key_id", "sequence"])


def downgrade() -> None:
    for table in (
        "bundle_received",
        "bundle_sent",
        "import_log",
        "delegate_key",
        "review_note",
        "progress_report",
        "blob",
        "attachment",
        "commitment_target",
        "commitment",
        "practice",
        "answer",
        "response",
        "record",
        "revision",
        "questionnaire_definition",
        "profile",
    ):
        op.drop_table(table)
