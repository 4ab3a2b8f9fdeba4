"""Alembic environment: runs on the connection handed over by ``kin_desktop.storage.db``.

There is no ``alembic.ini`` at run time and no offline (SQL script) mode. The current
models are the target only for developers' autogenerate and the schema test; the
migrations themselves never import them.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlmodel import SQLModel

import kin_desktop.storage.models as models

config = context.config


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:  # noqa: ARG001
    # FTS5 virtual tables and their shadow tables are managed by hand in 0002_search.
    return not (type_ == "table" and models.is_fts_table(name))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through kin_desktop.storage.db, which passes a connection")
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
