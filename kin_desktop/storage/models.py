"""SQLModel tables of one profile's database.

``revision`` is the only source of truth for records; ``record`` and the projection
tables (``response``, ``answer``, ``practice``, ``commitment``, ``commitment_target``,
``attachment``, ``progress_report``, ``review_note``) and the FTS5 tables are derived
from it by :mod:`kin_desktop.storage.repository` on every write. JSON travels as text
(canonical JSON for bodies). Timestamps are aware ``datetime`` values in UTC (SQLModel's
``UTCDateTime`` refuses naive ones and stores UTC without an offset).

The schema is created by the Alembic migrations in ``migrations/versions``, never by
``metadata.create_all``; a test checks that the migrated schema equals these tables.
"""

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# FTS5 tables (and their shadow tables) are made by migration 0002 and are not SQLModel tables.
FTS_TABLES = ("practice_fts", "commitment_fts")


def is_fts_table(name: str | None) -> bool:
    return name is not None and name.startswith(FTS_TABLES)


class Profile(SQLModel, table=True):
    __tablename__ = "profile"
    __table_args__ = (CheckConstraint("id = 1", name="ck_profile_single_row"),)

    id: int = Field(default=1, primary_key=True)
    role: str  # core.schemas.Role value
    name: str
    city: str
    country: str
    organisation: str
    category: str | None = None  # ParticipantCategory value; None for the secretariat
    email: str
    key_id: str | None = None
    device_id: str
    hlc_last: str | None = None
    created_at: datetime
    next_bundle_seq: int = 1
    # 0006: the city's name in Latin letters, for file names and printed forms ("Kitakyushu" for 北九州)
    city_latin: str = Field(default="", sa_column_kwargs={"server_default": ""})


class QuestionnaireDefinition(SQLModel, table=True):
    __tablename__ = "questionnaire_definition"
    __table_args__ = (
        UniqueConstraint("questionnaire_id", "version", name="uq_questionnaire_definition_version"),
    )

    id: int | None = Field(default=None, primary_key=True)
    questionnaire_id: str
    version: str
    content: str = Field(sa_column=Column(Text, nullable=False))  # exactly as received
    sha256: str
    received_at: datetime
    source: str  # "shipped" | "welcome-pack" | "published"
    # when the secretariat published this version to delegates (None: shipped, or not published)
    published_at: datetime | None = None


class Revision(SQLModel, table=True):
    __tablename__ = "revision"
    __table_args__ = (Index("ix_revision_unacknowledged", "created_locally", "acknowledged"),)

    rev_id: str = Field(primary_key=True)
    record_id: str = Field(index=True)
    record_type: str
    owner: str
    parents: str  # JSON list, sorted
    author: str
    hlc: str
    # canonical JSON; None: a tombstone
    body: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    received_at: datetime
    origin_bundle: str | None = None  # sha256 of the bundle it came in
    acknowledged: bool = False  # delegate side: the secretariat's receipt lists it
    created_locally: bool = False


class Record(SQLModel, table=True):
    __tablename__ = "record"

    record_id: str = Field(primary_key=True)
    record_type: str = Field(index=True)
    owner: str = Field(index=True)
    head_rev_id: str  # the winner
    heads: str  # JSON list of every head's rev_id, sorted by (hlc, rev_id)
    conflict: bool = False
    deleted: bool = False
    created_hlc: str
    updated_hlc: str


class Response(SQLModel, table=True):
    __tablename__ = "response"

    record_id: str = Field(primary_key=True)
    questionnaire_id: str = Field(index=True)
    questionnaire_version: str
    completed: bool = False
    answers: str = Field(sa_column=Column(Text, nullable=False))
    owner: str = Field(index=True)
    city: str = ""
    country: str = ""


class Answer(SQLModel, table=True):
    """One answered question of a response; ``instance`` is the repeat-group index."""

    __tablename__ = "answer"

    id: int | None = Field(default=None, primary_key=True)
    response_id: str = Field(
        sa_column=Column(
            String, ForeignKey("response.record_id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    question_id: str = Field(index=True)
    instance: int | None = None
    value: str = Field(sa_column=Column(Text, nullable=False))  # canonical JSON


class Practice(SQLModel, table=True):
    __tablename__ = "practice"

    record_id: str = Field(primary_key=True)
    owner: str = Field(index=True)
    city: str = ""
    country: str = ""
    title: str
    summary: str = Field(sa_column=Column(Text, nullable=False))
    sectors: str  # JSON list
    state: str
    win_win: bool = False
    start_year: int | None = None
    body: str = Field(sa_column=Column(Text, nullable=False))


class Commitment(SQLModel, table=True):
    __tablename__ = "commitment"

    record_id: str = Field(primary_key=True)
    owner: str = Field(index=True)
    city: str = ""
    country: str = ""
    title: str
    project_type: str
    state: str
    start_date: str | None = None
    end_date: str | None = None
    budget_amount: str | None = None  # decimal as text
    body: str = Field(sa_column=Column(Text, nullable=False))


class CommitmentTarget(SQLModel, table=True):
    __tablename__ = "commitment_target"

    id: int | None = Field(default=None, primary_key=True)
    commitment_id: str = Field(
        sa_column=Column(
            String, ForeignKey("commitment.record_id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int
    description: str = Field(sa_column=Column(Text, nullable=False))
    indicator: str = ""
    baseline: str = ""
    target: str = ""
    unit: str = ""
    due_year: int | None = None


class Attachment(SQLModel, table=True):
    __tablename__ = "attachment"

    record_id: str = Field(primary_key=True)
    owner: str = Field(index=True)
    target_record_id: str = Field(index=True)
    sha256: str = Field(index=True)
    filename: str
    media_type: str
    size: int


class Blob(SQLModel, table=True):
    """Attachment bytes, stored once under ``attachments/ab/cdef...`` in the data directory."""

    __tablename__ = "blob"

    sha256: str = Field(primary_key=True)
    size: int
    path: str  # relative to the data directory, with "/" separators


class ProgressReport(SQLModel, table=True):
    __tablename__ = "progress_report"

    record_id: str = Field(primary_key=True)
    owner: str = Field(index=True)
    commitment_id: str = Field(index=True)
    reported_on: str | None = None
    status: str
    body: str = Field(sa_column=Column(Text, nullable=False))


class ReviewNote(SQLModel, table=True):
    __tablename__ = "review_note"

    record_id: str = Field(primary_key=True)
    owner: str
    target_id: str = Field(index=True)
    target_type: str
    state: str
    comment: str = Field(sa_column=Column(Text, nullable=False))
    recognized: bool = False
    updated_hlc: str


class DelegateKey(SQLModel, table=True):
    """The secretariat's registry of delegates' signing keys."""

    __tablename__ = "delegate_key"

    key_id: str = Field(primary_key=True)
    signing_public_key: str  # hex
    name: str
    city: str
    country: str
    organisation: str
    category: str | None = None
    fingerprint: str
    email: str | None = None  # 0003: from the signed bundle header
    city_latin: str | None = None  # 0006: from the signed bundle header, for receipt file names
    status: str = Field(default="pending", index=True)  # "pending" | "approved" | "revoked"
    first_seen: datetime
    approved_at: datetime | None = None
    revoked_at: datetime | None = None


class ImportLog(SQLModel, table=True):
    __tablename__ = "import_log"

    id: int | None = Field(default=None, primary_key=True)
    path: str
    file_sha256: str = Field(index=True)
    received_at: datetime
    kind: str
    signer_key_id: str | None = None
    sequence: int | None = None
    status: str  # "merged" | "duplicate" | "held" | "rejected" | "quarantined"
    reason: str | None = None  # stable code
    detail: str = Field(default="", sa_column=Column(Text, nullable=False))  # English, for the log
    records: int = 0
    revisions: int = 0


class BundleSent(SQLModel, table=True):
    __tablename__ = "bundle_sent"
    __table_args__ = (UniqueConstraint("sequence", name="uq_bundle_sent_sequence"),)

    id: int | None = Field(default=None, primary_key=True)
    sequence: int
    path: str
    sha256: str
    created_at: datetime
    revisions: int = 0
    full: bool = False
    previous_sha256: str | None = None  # bundle id of the previous bundle (0003: ids, not file hashes)
    bundle_id: str | None = None  # SHA-256 of the manifest (0003)


class BundleReceived(SQLModel, table=True):
    __tablename__ = "bundle_received"
    __table_args__ = (
        UniqueConstraint("sha256", name="uq_bundle_received_sha256"),
        Index("ix_bundle_received_signer_sequence", "signer_key_id", "sequence"),
    )

    id: int | None = Field(default=None, primary_key=True)
    sha256: str
    signer_key_id: str | None = None
    sequence: int | None = None
    kind: str
    received_at: datetime
    status: str
    held_path: str | None = None  # where a bundle held pending enrolment waits, relative to the data dir
    # 0003: the signed header, and the receipt that reported the bundle back to its delegate
    bundle_id: str | None = Field(default=None, index=True)  # SHA-256 of the manifest
    device_id: str | None = None
    builds_on_receipt: str | None = None
    reason: str | None = None
    receipt_sequence: int | None = None


class PinnedSecretariat(SQLModel, table=True):
    """Delegate side: the secretariat identity pinned from the first confirmed welcome pack."""

    __tablename__ = "pinned_secretariat"
    __table_args__ = (CheckConstraint("id = 1", name="ck_pinned_secretariat_single_row"),)

    id: int = Field(default=1, primary_key=True)
    key_id: str
    signing_public_key: str  # hex
    encryption_public_key: str  # hex
    encryption_key_id: str
    fingerprint: str
    name: str
    organisation: str
    pinned_at: datetime
    last_pack_id: str | None = None  # bundle id of the latest welcome pack taken
    last_pack_at: datetime | None = None


class CatalogueEntry(SQLModel, table=True):
    """Delegate side: the practices catalogue of the latest welcome pack (replaced as a whole)."""

    __tablename__ = "catalogue_entry"

    practice_id: str = Field(primary_key=True)
    city: str
    country: str
    title: str
    body: str = Field(sa_column=Column(Text, nullable=False))  # canonical JSON practice body
    pack_id: str
    received_at: datetime


class ReceiptSent(SQLModel, table=True):
    """Secretariat side: one row per receipt written, numbered per delegate."""

    __tablename__ = "receipt_sent"
    __table_args__ = (
        UniqueConstraint("delegate_key_id", "receipt_sequence", name="uq_receipt_sent_sequence"),
    )

    id: int | None = Field(default=None, primary_key=True)
    delegate_key_id: str = Field(index=True)
    receipt_sequence: int
    bundle_id: str = Field(index=True)
    path: str
    created_at: datetime
    acknowledged: int = 0
    review_notes: int = 0
    bundles: int = 0


class ReceiptItem(SQLModel, table=True):
    """Secretariat side: the first receipt to a delegate that listed a revision (ack or review note)."""

    __tablename__ = "receipt_item"

    delegate_key_id: str = Field(primary_key=True)
    rev_id: str = Field(primary_key=True)
    receipt_sequence: int


class ReceiptTaken(SQLModel, table=True):
    """Delegate side: receipts imported, in order."""

    __tablename__ = "receipt_taken"
    __table_args__ = (
        UniqueConstraint("receipt_sequence", name="uq_receipt_taken_sequence"),
        UniqueConstraint("bundle_id", name="uq_receipt_taken_bundle_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    receipt_sequence: int
    bundle_id: str
    signer_key_id: str
    taken_at: datetime
    acknowledged: int = 0
    review_notes: int = 0


class SyncState(SQLModel, table=True):
    """Sync with the inbox service (0009), one row. Delegate: the inbox address from the latest signed
    welcome pack carrying one. Secretariat: its own inbox address and what it last pushed there."""

    __tablename__ = "sync_state"
    __table_args__ = (CheckConstraint("id = 1", name="ck_sync_state_single_row"),)

    id: int = Field(default=1, primary_key=True)
    inbox_url: str | None = None
    inbox_url_created: str | None = None  # delegate: "created" of the pack that set inbox_url
    key_list_sequence: int = 0  # secretariat: the latest key list written
    pushed_keys_digest: str | None = None  # secretariat: enrolled/revoked lists last pushed
    pushed_pack_digest: str | None = None  # secretariat: members of the welcome pack last pushed


class SyncUpload(SQLModel, table=True):
    """Delegate side (0009): a bundle on its way to the inbox; the offset survives restarts."""

    __tablename__ = "sync_upload"

    id: int | None = Field(default=None, primary_key=True)
    path: str  # the bundle file, kept in the profile until the inbox has all of it
    size: int
    sha256: str
    bundle_id: str
    sequence: int
    hlc_high: str | None = None  # the latest clock of the revisions it carries (none newer: no export)
    inbox_url: str | None = None  # the inbox the upload was created on
    upload_url: str | None = None  # the tus upload resource, once created
    offset: int = 0  # bytes the inbox confirmed
    status: str = Field(default="pending", index=True)  # "pending" | "sent" | "refused"
    error: str | None = None
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None = None


class SyncDownload(SQLModel, table=True):
    """Both sides (0009): files taken from the inbox (delegate: mailbox; secretariat: incoming), so
    none is fetched or imported twice."""

    __tablename__ = "sync_download"
    __table_args__ = (UniqueConstraint("source", "sha256", name="uq_sync_download_source_sha256"),)

    id: int | None = Field(default=None, primary_key=True)
    source: str  # "mailbox" | "incoming"
    remote: str  # the file's name (mailbox) or upload id (incoming) on the inbox
    sha256: str
    size: int
    status: str  # the import status: merged, duplicate, held, rejected, quarantined
    taken_at: datetime


class PrintedForm(SQLModel, table=True):
    """0006: a commitment form printed (or saved as PDF) from this profile: which revision, when.

    A delegate is warned before editing a record whose signed paper would no longer match."""

    __tablename__ = "printed_form"

    id: int | None = Field(default=None, primary_key=True)
    record_id: str = Field(index=True)
    rev_id: str
    printed_at: datetime


class PrintCheck(SQLModel, table=True):
    """0006, secretariat: a signed form checked against the data (``verify-print``), kept."""

    __tablename__ = "print_check"

    id: int | None = Field(default=None, primary_key=True)
    record_id: str = Field(index=True)
    rev_id: str
    checked_at: datetime
    ok: bool
    reason: str
