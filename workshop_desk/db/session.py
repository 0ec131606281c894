"""Opening a shop's database safely, and the unit of work every user action runs in.

Opening (:func:`open_database`) refuses, with one clear sentence and without touching the file,
a missing folder, a read-only location, a file that is not SQLite and an SQLite file of another
program. It then brings the schema up to date with Alembic, after copying the file aside.

SQLite settings on every connection: WAL journal (readers never block the writer), foreign keys
on, ``synchronous=FULL`` (a power cut loses at most the transaction in flight) and a busy
timeout (a second desk waits for the first instead of failing).

Transactions: Python's ``sqlite3`` module normally opens a transaction only before the first
write, so a read-then-write action would not be isolated. We switch its implicit handling off
and emit ``BEGIN`` ourselves — ``BEGIN IMMEDIATE`` for :meth:`Database.write`, so that a write
action takes the write lock up front and waits for another desk rather than failing midway
(the recipe from SQLAlchemy's "Serializable isolation / Savepoints / Transactional DDL" notes).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"
_BEGIN_OPTION = "workshop_desk_begin"


class DatabaseError(Exception):
    """The database cannot be used; ``str(error)`` is one sentence for the user."""


@dataclass(frozen=True)
class Database:
    """An open shop database: an engine plus the two kinds of unit of work.

    Use ``with database.read() as session:`` to look and ``with database.write() as session:`` to
    change; a write commits when the block ends normally and rolls back entirely otherwise.
    """

    path: Path
    engine: Engine
    _sessions: sessionmaker[Session]

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session in one read transaction (a consistent snapshot), always rolled back."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one ``BEGIN IMMEDIATE`` transaction, committed if the block succeeds."""
        with self._sessions() as session:
            session.connection(execution_options={_BEGIN_OPTION: "BEGIN IMMEDIATE"})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (module docstring)
    # SQLite's lower() knows only ASCII; searches must find "Сидоров" when typing "сидоров"
    # and "ŐRI" when typing "őri" (SQLAlchemy's ilike() compares lower() of both sides).
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _unicode_lower(text: str | None) -> str | None:
    return None if text is None else text.lower()


def _begin(connection: Any) -> None:
    statement = connection.get_execution_options().get(_BEGIN_OPTION, "BEGIN")
    connection.exec_driver_sql(statement)


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file ``path`` with the settings of this module."""
    # NullPool: a desk program has one user; pooled connections would keep the file open
    # (and a WAL file around) after a restore or a test has finished with it.
    # URL.create, not "sqlite:///{path}": a ? % or # in the file name is part of the name, not URL syntax
    # (the f-string opened "x" for "x?y.db" and "a b.db" for "a%20b.db").
    engine = create_engine(URL.create("sqlite", database=str(path)), poolclass=NullPool)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def check_location(path: Path, *, create: bool) -> bool:
    """Check that ``path`` can hold a shop database, before SQLite touches anything.

    Returns:
        Whether the file exists already (``False``: it will be created).

    Raises:
        DatabaseError: one sentence saying what is wrong and where.
    """
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseError(f"The folder {folder} does not exist.")
    if path.exists():
        if not stat.S_ISREG(path.stat().st_mode):
            raise DatabaseError(f"{path} is not a file.")
        if not os.access(path, os.R_OK):
            raise DatabaseError(f"{path} cannot be read (no permission).")
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise DatabaseError(f"{path} is not a Workshop Desk database (it is not an SQLite file).")
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
            raise DatabaseError(f"{path} is read-only: the program needs to write beside it.")
        if not header and not create:
            raise DatabaseError(f"{path} is empty: there is no shop database in it yet.")
        return bool(header)
    if not create:
        raise DatabaseError(
            f"There is no database at {path}. Create one with 'workshop-desk demo' or 'workshop-desk import'."
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(f"The folder {folder} is read-only: a database cannot be created there.")
    return False


def create_private_file(path: Path) -> None:
    """Create an empty file only the current user can read (SQLite takes an empty file as new).

    SQLite gives its ``-wal`` and ``-shm`` files the permissions of the database file.
    """
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)


def open_database(path: Path, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (or create) the shop database at ``path`` and bring its schema up to date.

    Args:
        path: the SQLite file.
        create: whether a missing file may be created (commands that only read say no).
        migrate: run pending migrations (after a safety copy). Tests of migrations say no.

    Raises:
        DatabaseError: the location or file cannot be used; nothing was changed.
    """
    from workshop_desk.db import migrate as migrations

    path = path.expanduser().absolute()
    existed = check_location(path, create=create)
    if not existed and not path.exists():
        try:
            create_private_file(path)
        except OSError as error:
            raise DatabaseError(f"Cannot create {path}: {error.strerror}.") from error
    revision = migrations.inspect_file(path) if existed else None
    from workshop_desk.db import audit

    engine = make_engine(path)
    sessions = sessionmaker(engine, expire_on_commit=False)
    audit.install()
    database = Database(path, engine, sessions)
    if migrate and revision != migrations.HEAD_REVISION:
        try:
            migrations.upgrade_to_head(database, backup_first=existed)
        except BaseException:
            engine.dispose()
            raise
    return database
