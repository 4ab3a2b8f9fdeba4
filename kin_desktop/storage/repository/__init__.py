"""Reading and writing the profile database.

Every function takes ``*, session`` and leaves committing to the caller
(:func:`kin_desktop.storage.db.session_scope`). Callers above ``storage/`` get frozen
values, never live ORM objects: :class:`CurrentRecord`, :class:`ProfileData` (the
profile row as a frozen dataclass with the same field names as the table),
:class:`StoredDefinition` and :class:`kin_desktop.core.records.Revision`.

Records are append-only sets of revisions. ``record``, the projection tables and the
FTS tables are derived: after every write the touched records are recomputed from
their revisions (heads, winner, conflict), so the derived rows depend only on which
revisions are stored, never on the order they came in. Projections carry the owner's
city and country from the delegate key registry (or the own profile); after those
change, :func:`refresh_projections` brings the projections up to date.

One module per concern, all re-exported here (``from kin_desktop.storage import repository``
then ``repository.save_record``):

- ``_sql``: the session's sqlite3 cursor, chunked ``IN`` queries, upserts, canonical JSON text;
- ``profile``: the profile row, its clock and bundle counter;
- ``records``: revisions, current state, history, acknowledgement;
- ``projection``: record rows and projection tables derived from the revisions, one row builder
  per record type;
- ``pointers``: which attachments and progress reports may show under their target;
- ``search``: the full-text index;
- ``blobs``: attachment bytes;
- ``definitions``: questionnaire definitions;
- ``exchange_log``: the import log and bundles received.
"""

from kin_desktop.storage.repository.blobs import read_blob, store_blob
from kin_desktop.storage.repository.definitions import (
    DEFINITION_SOURCES,
    StoredDefinition,
    latest_definition,
    list_definitions,
    save_definition,
    version_key,
)
from kin_desktop.storage.repository.exchange_log import add_import_log, save_bundle_received
from kin_desktop.storage.repository.profile import (
    ProfileData,
    create_profile,
    get_profile,
    repair_clock,
    take_bundle_sequence,
    update_profile,
)
from kin_desktop.storage.repository.projection import refresh_projections
from kin_desktop.storage.repository.records import (
    CurrentRecord,
    add_revisions,
    all_revisions,
    current,
    delete_record,
    get_revisions,
    history,
    list_current,
    mark_acknowledged,
    revision_from_row,
    save_record,
    stored_identities,
    unacknowledged,
)
from kin_desktop.storage.repository.search import index_missing, search, search_rowid

__all__ = [
    "DEFINITION_SOURCES",
    "CurrentRecord",
    "ProfileData",
    "StoredDefinition",
    "add_import_log",
    "add_revisions",
    "all_revisions",
    "create_profile",
    "current",
    "delete_record",
    "get_profile",
    "get_revisions",
    "history",
    "index_missing",
    "latest_definition",
    "list_current",
    "list_definitions",
    "mark_acknowledged",
    "read_blob",
    "refresh_projections",
    "repair_clock",
    "revision_from_row",
    "save_bundle_received",
    "save_definition",
    "version_key",
    "save_record",
    "search",
    "search_rowid",
    "stored_identities",
    "store_blob",
    "take_bundle_sequence",
    "unacknowledged",
    "update_profile",
]
