"""Alembic migrations of the profile database.

Run them through :func:`kin_desktop.storage.db.open_database`.
"""
