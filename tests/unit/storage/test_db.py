from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from kin_desktop.core.errors import DatabaseDamagedError, DatabaseTooNewError
from kin_desktop.storage import db
from kin_desktop.storage import models as m
from kin_desktop.storage import repository as repo


@pytest.fixture
def opened() -> Iterator[list[Engine]]:
    engines: list[Engine] = []
    yield engines
    for engine in engines:
        engine.dispose()


def _open(opened: list[Engine], path: Path, **kwargs: Path) -> Engine:
    engine = db.open_database(path, **kwargs)
    opened.append(engine)
    return engine


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


# Rows that exist at each revision, written with raw SQL as that revision's schema has them,
# and how to check them after an upgrade to head. Every revision before head needs an entry.
PRACTICE_BODY = (
    '{"approach":"","cost_amount":null,"cost_currency":null,"economic_benefits":"",'
    '"environmental_benefits":"","language":"vi","partners":["JICA"],"problem":"",'
    '"replicability":"","sectors":["solid_waste"],"social_benefits":"","start_year":2004,'
    '"state":"draft","summary":"Ủ phân compost from market waste","title":"Phân loại rác tại nguồn",'
    '"win_win":true}'
)
SAMPLE_SQL: dict[str, list[str]] = {
    "0001_initial": [
        "INSERT INTO profile (id, role, name, city, country, organisation, category, email, key_id,"
        " device_id, hlc_last, created_at, next_bundle_seq) VALUES (1, 'delegate', 'Nguyen Van A',"
        " 'Hai Phong', 'Viet Nam', 'People''s Committee', 'city-expert', 'a@example.org', 'key-hp',"
        " 'd0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0', '1178000000000.00000.dev', '2007-05-01 10:00:00.000000', 4)",
        "INSERT INTO revision (rev_id, record_id, record_type, owner, parents, author, hlc, body,"
        " received_at, origin_bundle, acknowledged, created_locally) VALUES ('" + "a" * 64 + "',"
        " 'rec-1', 'practice', 'key-hp', '[]', 'key-hp', '1178000000000.00000.dev', '" + PRACTICE_BODY + "',"
        " '2007-05-01 10:00:00.000000', NULL, 0, 1)",
        "INSERT INTO record (record_id, record_type, owner, head_rev_id, heads, conflict, deleted,"
        " created_hlc, updated_hlc) VALUES ('rec-1', 'practice', 'key-hp', '" + "a" * 64 + "',"
        " '[\"" + "a" * 64 + "\"]', 0, 0, '1178000000000.00000.dev', '1178000000000.00000.dev')",
        "INSERT INTO practice (record_id, owner, city, country, title, summary, sectors, state, win_win,"
        " start_year, body) VALUES ('rec-1', 'key-hp', 'Hai Phong', 'Viet Nam', 'Phân loại rác tại nguồn',"
        " 'Ủ phân compost from market waste', '[\"solid_waste\"]', 'draft', 1, 2004, '"
        + PRACTICE_BODY
        + "')",
        "INSERT INTO response (record_id, questionnaire_id, questionnaire_version, completed, answers,"
        " owner, city, country) VALUES ('resp-1', 'kin4-pre-meeting', '2007.1', 0, '{\"population\":1800000}',"
        " 'key-hp', 'Hai Phong', 'Viet Nam')",
        "INSERT INTO answer (response_id, question_id, instance, value) VALUES ('resp-1', 'population', NULL,"
        " '1800000')",
        "INSERT INTO import_log (path, file_sha256, received_at, kind, signer_key_id, sequence, status,"
        " reason, detail, records, revisions) VALUES ('/media/usb/hp.kinb', '" + "c" * 64 + "',"
        " '2007-06-01 09:00:00.000000', 'delegate', 'key-hp', 1, 'merged', NULL, '', 2, 3)",
    ],
}


SAMPLE_SQL["0002_search"] = [
    *SAMPLE_SQL["0001_initial"],
    "INSERT INTO practice_fts (record_id, title, text) VALUES ('rec-1', 'Phân loại rác tại nguồn',"
    " 'Ủ phân compost from market waste')",
    "INSERT INTO bundle_sent (sequence, path, sha256, created_at, revisions, full, previous_sha256)"
    " VALUES (3, '/media/usb/hp-0003.kinb', '" + "d" * 64 + "', '2007-06-01 08:00:00.000000', 5, 0, NULL)",
    "INSERT INTO bundle_received (sha256, signer_key_id, sequence, kind, received_at, status, held_path)"
    " VALUES ('" + "e" * 64 + "', 'key-da-nang', 2, 'delegate-bundle', '2007-06-02 09:00:00.000000', 'held',"
    " 'held/" + "e" * 64 + ".kinb')",
]


def _check_0002_data(engine: Engine) -> None:
    _check_0001_data(engine)
    with db.session_scope(engine) as session:
        sent = session.connection().execute(text("SELECT sequence, sha256, bundle_id FROM bundle_sent")).one()
        assert tuple(sent) == (3, "d" * 64, None)
        received = (
            session.connection()
            .execute(
                text(
                    "SELECT signer_key_id, status, held_path, bundle_id, receipt_sequence FROM bundle_received"
                )
            )
            .one()
        )
        assert tuple(received) == ("key-da-nang", "held", "held/" + "e" * 64 + ".kinb", None, None)
        # 0003 keyed the search rows by record: rebuilding the projections replaces them, never doubles them
        assert repo.refresh_projections(session=session) == 1
        assert repo.search("practice", "compost", session=session) == ["rec-1"]


def _check_search_folded(engine: Engine) -> None:
    """The search row written before 0007 as typed (with its accents) was folded by 0007."""
    with db.session_scope(engine) as session:
        # 0007 folded the index: words typed without their accents find the practice.
        assert repo.search("practice", "phan loai rac", session=session) == ["rec-1"]
        assert repo.search("practice", "NGUON", session=session) == ["rec-1"]
        assert repo.search("practice", "u phan", session=session) == ["rec-1"]


def _check_0001_data(engine: Engine) -> None:
    with db.session_scope(engine) as session:
        profile = repo.get_profile(session=session)
        assert profile is not None
        assert (profile.city, profile.organisation, profile.next_bundle_seq) == (
            "Hai Phong",
            "People's Committee",
            4,
        )
        record = repo.current("rec-1", session=session)
        assert record is not None and record.body is not None
        assert record.body["title"] == "Phân loại rác tại nguồn"
        # 0002 filled the search index from the practices already there
        assert repo.search("practice", "rác", session=session) == ["rec-1"]
        assert repo.search("practice", "compost", session=session) == ["rec-1"]
        answers = session.connection().execute(text("SELECT question_id, value FROM answer")).all()
        assert [tuple(row) for row in answers] == [("population", "1800000")]
        assert session.connection().execute(text("SELECT status FROM import_log")).scalar_one() == "merged"


SAMPLE_SQL["0003_exchange"] = [
    *SAMPLE_SQL["0001_initial"],
    # from 0003 on, a record's search row has the rowid derived from its id
    "INSERT INTO practice_fts (rowid, record_id, title, text) VALUES ("
    + str(repo.search_rowid("rec-1"))
    + ", 'rec-1', 'Phân loại rác tại nguồn', 'Ủ phân compost from market waste')",
    *SAMPLE_SQL["0002_search"][-2:],
    "INSERT INTO pinned_secretariat (id, key_id, signing_public_key, encryption_public_key,"
    " encryption_key_id, fingerprint, name, organisation, pinned_at, last_pack_id, last_pack_at)"
    " VALUES (1, '" + "f" * 32 + "', '" + "1" * 64 + "', '" + "2" * 64 + "', '" + "3" * 32 + "',"
    " 'FFFF', 'KIN Secretariat', 'IGES', '2007-06-01 08:00:00.000000', NULL, NULL)",
    "INSERT INTO delegate_key (key_id, signing_public_key, name, city, country, organisation, category,"
    " fingerprint, email, status, first_seen) VALUES ('key-da-nang', '00', 'Tran', 'Đà Nẵng', 'VN', '',"
    " 'mayor', 'KEY-DA-NANG', NULL, 'pending', '2007-06-02 09:00:00.000000')",
]
SAMPLE_SQL["0006_review"] = SAMPLE_SQL["0003_exchange"]
SAMPLE_SQL["0009_sync"] = SAMPLE_SQL["0003_exchange"]
SAMPLE_SQL["0008_publication"] = SAMPLE_SQL["0003_exchange"]


def _check_0003_data(engine: Engine) -> None:
    _check_0002_data(engine)
    with db.session_scope(engine) as session:
        profile = repo.get_profile(session=session)
        assert profile is not None and (profile.city, profile.next_bundle_seq) == ("Hai Phong", 4)
        assert profile.city_latin == ""  # 0006: a first guess is taken from the city when needed
        key = session.get(m.DelegateKey, "key-da-nang")
        assert key is not None and (key.city, key.city_latin) == ("Đà Nẵng", None)
        assert session.connection().execute(text("SELECT count(*) FROM printed_form")).scalar_one() == 0
        pinned = session.get(m.PinnedSecretariat, 1)
        assert pinned is not None and pinned.name == "KIN Secretariat"
        # 0009: no inbox known yet, nothing being sent
        assert session.get(m.SyncState, 1) is None
        assert session.connection().execute(text("SELECT count(*) FROM sync_upload")).scalar_one() == 0
    _check_search_folded(engine)


SAMPLE_CHECKS: dict[str, Callable[[Engine], None]] = {
    "0001_initial": _check_0001_data,
    "0002_search": _check_0002_data,
    "0003_exchange": _check_0003_data,
    "0006_review": _check_0003_data,
    "0009_sync": _check_0003_data,
    "0008_publication": _check_0003_data,
}

SAMPLE_SQL["0009_sync"] = [
    *SAMPLE_SQL["0006_review"],
    "INSERT INTO questionnaire_definition (questionnaire_id, version, content, sha256, received_at, source)"
    " VALUES ('kin4-pre-meeting', '2007.1', '{}', '"
    + "f" * 64
    + "', '2007-05-01 10:00:00.000000', 'shipped')",
]


def _check_0009_data(engine: Engine) -> None:
    _check_0003_data(engine)
    with db.session_scope(engine) as session:
        (stored,) = repo.list_definitions(session=session)
        # 0008 added when a version was published: a definition from before has none
        assert (stored.questionnaire_id, stored.version, stored.source, stored.published_at) == (
            "kin4-pre-meeting",
            "2007.1",
            "shipped",
            None,
        )


SAMPLE_CHECKS["0009_sync"] = _check_0009_data


def test_head_revision_constant_matches_the_scripts() -> None:
    assert db.HEAD_REVISION == db.head_revision() == db.script_revisions()[-1]
    assert db.script_revisions()[0] == "0001_initial"


def test_every_earlier_revision_has_sample_data() -> None:
    earlier = db.script_revisions()[:-1]
    assert set(earlier) <= set(SAMPLE_SQL)
    assert set(earlier) <= set(SAMPLE_CHECKS)


def test_new_database_is_at_head_with_wal_and_foreign_keys(tmp_path: Path, opened: list[Engine]) -> None:
    path = tmp_path / "profile" / "kin.sqlite3"
    engine = _open(opened, path)
    assert db.current_revision(engine) == db.HEAD_REVISION
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == db.BUSY_TIMEOUT_MS
    assert not (path.parent / "backups").exists()


def test_foreign_keys_are_enforced(tmp_path: Path, opened: list[Engine]) -> None:
    engine = _open(opened, tmp_path / "kin.sqlite3")
    with pytest.raises(IntegrityError), db.session_scope(engine) as session:
        session.add(m.Answer(response_id="no-such-response", question_id="q", instance=None, value="1"))


def test_migrated_schema_matches_the_models(tmp_path: Path, opened: list[Engine]) -> None:
    engine = _open(opened, tmp_path / "kin.sqlite3")
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_name": lambda name, type_, _parents: not (type_ == "table" and m.is_fts_table(name))
            },
        )
        assert compare_metadata(context, SQLModel.metadata) == []


def test_fts_tables_exist_at_head(tmp_path: Path, opened: list[Engine]) -> None:
    engine = _open(opened, tmp_path / "kin.sqlite3")
    with engine.connect() as connection:
        names = {
            row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert {"practice_fts", "commitment_fts"} <= names


@pytest.mark.parametrize("revision", db.script_revisions()[:-1])
def test_upgrade_from_every_earlier_revision_keeps_data_and_backs_up(
    tmp_path: Path, opened: list[Engine], revision: str
) -> None:
    path = tmp_path / "kin.sqlite3"
    db.migrate_to(path, revision)
    with closing(_raw(path)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        for statement in SAMPLE_SQL[revision]:
            con.execute(statement)
        con.commit()

    engine = _open(opened, path)
    assert db.current_revision(engine) == db.HEAD_REVISION
    SAMPLE_CHECKS[revision](engine)

    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    assert backups[0].name.startswith(f"kin-{revision}-") and backups[0].suffix == ".sqlite3"
    with closing(_raw(backups[0])) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for table in ("profile", "revision", "record", "practice"):
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone() == (1,)


def test_backup_goes_where_asked(tmp_path: Path, opened: list[Engine]) -> None:
    path = tmp_path / "kin.sqlite3"
    db.migrate_to(path, db.script_revisions()[0])
    with closing(_raw(path)) as con:
        for statement in SAMPLE_SQL[db.script_revisions()[0]]:
            con.execute(statement)
        con.commit()
    _open(opened, path, backup_dir=tmp_path / "elsewhere")
    assert len(list((tmp_path / "elsewhere").glob("kin-*.sqlite3"))) == 1
    assert not (tmp_path / "backups").exists()


def test_an_empty_old_database_is_upgraded_without_backup(tmp_path: Path, opened: list[Engine]) -> None:
    path = tmp_path / "kin.sqlite3"
    db.migrate_to(path, db.script_revisions()[0])
    engine = _open(opened, path)
    assert db.current_revision(engine) == db.HEAD_REVISION
    assert not (tmp_path / "backups").exists()


def test_reopening_at_head_changes_nothing(tmp_path: Path, opened: list[Engine]) -> None:
    path = tmp_path / "kin.sqlite3"
    engine = _open(opened, path)
    with db.session_scope(engine) as session:
        repo.create_profile(
            session=session,
            role="secretariat",
            name="Secretariat",
            city="Kitakyushu",
            country="Japan",
            organisation="IGES",
            email="kin@example.org",
        )
    engine.dispose()
    again = _open(opened, path)
    with db.session_scope(again) as session:
        profile = repo.get_profile(session=session)
        assert profile is not None and profile.city == "Kitakyushu"
    assert not (tmp_path / "backups").exists()


def _stamp(path: Path, version: str) -> None:
    with closing(_raw(path)) as con:
        con.execute("UPDATE alembic_version SET version_num = ?", (version,))
        con.commit()


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path, opened: list[Engine]) -> None:
    path = tmp_path / "kin.sqlite3"
    _open(opened, path).dispose()
    _stamp(path, "9999_from_the_future")
    before_files = sorted(p.name for p in tmp_path.iterdir())
    before = path.read_bytes()
    assert before_files == ["kin.sqlite3"]  # closed cleanly: no WAL left

    with pytest.raises(DatabaseTooNewError) as info:
        db.open_database(path)
    assert info.value.params["revision"] == "9999_from_the_future"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == before_files


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kin.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not SQLite" * 50)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamagedError):
        db.open_database(path)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(_raw(path)) as con:
        con.execute("CREATE TABLE notes (x)")
        con.commit()
    with pytest.raises(DatabaseDamagedError):
        db.open_database(path)


def test_an_empty_file_becomes_a_new_database(tmp_path: Path, opened: list[Engine]) -> None:
    path = tmp_path / "kin.sqlite3"
    path.touch()
    assert db.current_revision(_open(opened, path)) == db.HEAD_REVISION


def test_session_scope_commits_or_rolls_back(tmp_path: Path, opened: list[Engine]) -> None:
    engine = _open(opened, tmp_path / "kin.sqlite3")
    with pytest.raises(RuntimeError), db.session_scope(engine) as session:
        session.add(m.Blob(sha256="a" * 64, size=1, path="attachments/aa/x"))
        session.flush()
        raise RuntimeError("boom")
    with db.session_scope(engine) as session:
        assert session.get(m.Blob, "a" * 64) is None
        session.add(m.Blob(sha256="b" * 64, size=1, path="attachments/bb/x"))
    with db.session_scope(engine) as session:
        assert session.get(m.Blob, "b" * 64) is not None


def test_ddl_is_transactional(tmp_path: Path, opened: list[Engine]) -> None:
    engine = _open(opened, tmp_path / "kin.sqlite3")
    with pytest.raises(RuntimeError), engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (x)")
        raise RuntimeError("roll back")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE name = 'scratch'").all() == []


def test_an_upgrade_is_known_before_it_starts(tmp_path: Path, opened: list[Engine]) -> None:
    """The window says "upgrading (a backup first)" before the upgrade, not after (services/overview.py)."""
    path = tmp_path / "kin.sqlite3"
    assert not db.needs_upgrade(path)  # nothing there: created, not upgraded
    db.migrate_to(path, db.script_revisions()[0])
    assert db.needs_upgrade(path)
    _open(opened, path)
    assert not db.needs_upgrade(path)
