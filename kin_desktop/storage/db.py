"""The profile database: engine, sessions and migrations.

This is the only module that creates engines. :func:`open_database` checks the file
before it changes anything:

- a file that is not a SQLite database, or one without KIN Desktop's version table,
  is refused with :class:`DatabaseDamagedError`;
- a file stamped with a schema revision this build does not know was written by a
  newer KIN Desktop and is refused with :class:`DatabaseTooNewError`, untouched (it is
  read with SQLite's read-only/immutable mode, so not even WAL files appear);
- a file behind the head revision that holds data is first copied with SQLite's online
  backup into ``backups/kin-<old revision>-<UTC time>.sqlite3`` and then migrated;
- a missing or empty file is created at the head revision.

Connections run in WAL mode with foreign keys on, a busy timeout and
``synchronous=NORMAL``. SQLAlchemy, not the ``sqlite3`` module, emits ``BEGIN``, so
every transaction (DDL included) is a real SQLite transaction.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, partial
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from kin_desktop import private_files
from kin_desktop.core.errors import DatabaseDamagedError, DatabaseTooNewError

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
HEAD_REVISION = "0007_search_folding"  # a test checks it against the migration scripts
BUSY_TIMEOUT_MS = 5000
VERSION_TABLE = "alembic_version"


def _alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_alembic_config())


def script_revisions() -> list[str]:
    """Every migration revision, oldest first."""
    return [script.revision for script in reversed(list(_script().walk_revisions()))]


def head_revision() -> str:
    """The newest revision of the migration scripts (``HEAD_REVISION`` names it too)."""
    head = _script().get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations found")
    return head


# -- connections -----------------------------------------------------------------------------


def _on_connect(dbapi_connection: Any, _record: Any, *, foreign_keys: bool) -> None:
    # Hand BEGIN over to SQLAlchemy (see _on_begin): sqlite3's legacy mode skips it for DDL.
    dbapi_connection.isolation_level = None
    with closing(dbapi_connection.cursor()) as cursor:
        cursor.execute("PRAGMA journal_mode = WAL").fetchall()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous = NORMAL")


# Per-connection settings for a long run of write transactions (:func:`bulk_writes`), and the
# ordinary ones they replace. synchronous=NORMAL stays: in WAL mode a crash never corrupts the
# database and loses at most the last transactions before it, never part of one.
_BULK_PRAGMAS = {"cache_size": "-65536", "temp_store": "MEMORY", "wal_autocheckpoint": "32768"}
_PLAIN_PRAGMAS = {"cache_size": "-2000", "temp_store": "DEFAULT", "wal_autocheckpoint": "1000"}
_bulk_engines: weakref.WeakKeyDictionary[Engine, int] = weakref.WeakKeyDictionary()  # nesting depth
_BULK_KEY = "kin_bulk"


def _on_begin(connection: Connection) -> None:
    bulk = _bulk_engines.get(connection.engine, 0) > 0
    info = connection.connection.info
    if info.get(_BULK_KEY, False) != bulk:  # settings follow the engine's mode, connection by connection
        for name, value in (_BULK_PRAGMAS if bulk else _PLAIN_PRAGMAS).items():
            connection.exec_driver_sql(f"PRAGMA {name} = {value}")
        info[_BULK_KEY] = bulk
    connection.exec_driver_sql("BEGIN")


@contextmanager
def bulk_writes(engine: Engine) -> Iterator[None]:
    """Within the block, transactions on ``engine`` run with a 64 MiB page cache, temporary data in
    memory and a checkpoint every 32,768 pages of log rather than 1,000 (an import commits once per
    file; fewer, larger checkpoints write each changed page once rather than once per few files).
    Afterwards the usual settings come back and the log is checkpointed and truncated, so the file
    does not stay large. Each transaction stays as atomic and as durable as ever."""
    _bulk_engines[engine] = _bulk_engines.get(engine, 0) + 1
    try:
        yield
    finally:
        _bulk_engines[engine] -= 1
        if not _bulk_engines[engine]:
            del _bulk_engines[engine]
            raw = engine.raw_connection()  # autocommit at the sqlite3 level: the checkpoint runs outside
            try:  # any transaction; busy (a reader in the GUI) leaves it to the next checkpoint
                driver = raw.driver_connection
                assert isinstance(driver, sqlite3.Connection)
                driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                raw.close()


def _make_engine(path: Path, *, foreign_keys: bool, pooled: bool) -> Engine:
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, poolclass=None if pooled else NullPool)
    event.listen(engine, "connect", partial(_on_connect, foreign_keys=foreign_keys))
    event.listen(engine, "begin", _on_begin)
    return engine


# -- looking at a file without changing it ---------------------------------------------------------


@dataclass(frozen=True)
class _FileState:
    version: str | None  # None: no schema yet (new or empty file)
    has_data: bool


def _readonly(path: Path) -> sqlite3.Connection:
    # Without a -wal file the database is fully in the main file and "immutable" reads it
    # without creating -wal/-shm files; with one, read-only mode reads the log as well.
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)


def _damaged(path: Path, why: str, exc: BaseException | None = None) -> DatabaseDamagedError:
    error = DatabaseDamagedError(
        f"{path} is not a usable KIN Desktop database: {why}", path=str(path), detail=why
    )
    if exc is not None:
        error.__cause__ = exc
    return error


def _inspect(path: Path) -> _FileState:
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return _FileState(version=None, has_data=False)
    if not path.is_file():
        raise _damaged(path, "not a file")
    try:
        with closing(_readonly(path)) as con:
            check = con.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise _damaged(path, "integrity check failed: " + "; ".join(str(r[0]) for r in check[:5]))
            tables = [row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            if not tables:
                return _FileState(version=None, has_data=False)
            if VERSION_TABLE not in tables:
                raise _damaged(path, "it has tables but no schema version")
            versions = [row[0] for row in con.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
            if len(versions) != 1:
                raise _damaged(path, f"it has {len(versions)} schema versions")
            version = versions[0]
            if version not in script_revisions():
                raise DatabaseTooNewError(
                    f"{path} was written by a newer KIN Desktop (schema {version}); it was left untouched",
                    path=str(path),
                    revision=version,
                )
            # Ordinary tables only: virtual tables may need modules this build lacks.
            plain = con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
            has_data = any(
                con.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() is not None
                for (name,) in plain.fetchall()
                if name != VERSION_TABLE and not name.startswith("sqlite_")
            )
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc), exc) from exc
    return _FileState(version=version, has_data=has_data)


def backup_database(path: Path, destination: Path) -> Path:
    """Copy ``path`` with SQLite's online backup into ``destination`` (which must not exist)."""
    private_files.private_folder(destination.parent)
    private_files.private_file(destination)  # owner-only before SQLite writes a byte
    with closing(_readonly(path)) as source, closing(sqlite3.connect(destination)) as target:
        source.backup(target)
    return destination


def _backup_name(backup_dir: Path, version: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = backup_dir / f"kin-{version}-{stamp}.sqlite3"
    counter = 1
    while candidate.exists():
        candidate = backup_dir / f"kin-{version}-{stamp}-{counter}.sqlite3"
        counter += 1
    return candidate


# -- migrations --------------------------------------------------------------------------------


def migrate_to(path: Path, revision: str = "head") -> None:
    """Run the migrations on ``path`` up to ``revision`` in one transaction, without backup.

    For :func:`open_database` and for tests that build databases at older revisions.
    Foreign keys are off while tables are rebuilt, and checked before committing.
    """
    private_files.private_folder(path.parent)
    private_files.private_file(path)  # SQLite gives -wal and -shm the database file's mode
    engine = _make_engine(path, foreign_keys=False, pooled=False)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), revision)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise _damaged(path, f"{len(problems)} rows break foreign keys after migration")
    finally:
        engine.dispose()


def needs_upgrade(path: Path) -> bool:
    """Whether opening the database at ``path`` will upgrade it (after a backup): a quick look,
    so the window can say so before the upgrade starts; ``open_database`` decides for itself."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        with closing(_readonly(path)) as con:
            rows = con.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    except sqlite3.Error:
        return False
    return len(rows) == 1 and rows[0][0] != HEAD_REVISION and rows[0][0] in script_revisions()


def open_database(path: Path, *, backup_dir: Path | None = None) -> Engine:
    """Open (creating or migrating as needed) the profile database at ``path``.

    Raises :class:`DatabaseTooNewError` or :class:`DatabaseDamagedError` without changing the file.
    """
    path = Path(path)
    private_files.secure_profile(path.parent)  # owner-only, also for a profile made before the rule
    state = _inspect(path)
    if state.version != HEAD_REVISION:
        if state.version is not None and state.has_data:
            folder = backup_dir if backup_dir is not None else path.parent / "backups"
            backup_database(path, _backup_name(folder, state.version))
        migrate_to(path, HEAD_REVISION)
    return _make_engine(path, foreign_keys=True, pooled=True)


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is stamped with (``None`` for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits when the block ends normally and rolls back when it raises."""
    with Session(engine) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_only_session(engine: Engine) -> Iterator[Session]:
    """A session whose connection refuses every write (``PRAGMA query_only``) and is rolled back at the
    end: for judging files without importing them (``verify``). A write attempted in it raises
    ``OperationalError`` rather than touching the database."""
    with Session(engine) as session:
        driver = session.connection().connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.execute("PRAGMA query_only = ON")
        try:
            yield session
        finally:
            driver.execute("PRAGMA query_only = OFF")
            session.rollback()


@contextmanager
def savepoint(session: Session) -> Iterator[None]:
    """A SQLite savepoint on ``session``'s connection, inside its transaction: what the block writes is
    kept when it ends normally and undone when it raises, the rest of the transaction untouched.

    Cheaper than ``Session.begin_nested`` (no compiled statements, no nested transaction object), for
    one savepoint per file of a large import. The session is flushed on entry and exit, so its writes
    fall inside; when the block raises, every object is expunged from the session, as the rows written
    for them may be gone.
    """
    session.flush()
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    driver.execute("SAVEPOINT kin_savepoint")
    try:
        yield
        session.flush()
    except BaseException:
        session.expunge_all()
        try:
            driver.execute("ROLLBACK TO kin_savepoint")
            driver.execute("RELEASE kin_savepoint")
        except sqlite3.Error:  # SQLite rolled the whole transaction back already (e.g. disk full)
            pass
        raise
    driver.execute("RELEASE kin_savepoint")
