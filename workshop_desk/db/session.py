"""Opening a shop's database safely, and the unit of work every user action runs in.

A shop's database is either an SQLite file (one desk, or a few on a shared folder) or a
database on a PostgreSQL server (several desks, issue #12): :func:`open_database` takes a file
path or a URL such as ``postgresql+psycopg://user:password@host/dbname``. The URL's password is
never shown: messages and logs use :attr:`Database.display_name`.

Opening refuses, with one clear sentence and without touching anything, a missing folder, a
read-only location, a file that is not SQLite, an SQLite file of another program, a server that
cannot be reached or refuses the user, and a server database of another program. It then brings
the schema up to date with Alembic (after copying an SQLite file aside).

SQLite settings on every connection: WAL journal (readers never block the writer), foreign keys
on, ``synchronous=FULL`` (a power cut loses at most the transaction in flight) and a busy
timeout (a second desk waits for the first instead of failing).

Transactions — the same guarantees on both engines:

* :meth:`Database.read` is one consistent snapshot. SQLite gives it to any transaction; on
  PostgreSQL the transaction is ``REPEATABLE READ, READ ONLY`` (the default ``READ COMMITTED``
  would let a list see another desk's payment halfway through being read).
* :meth:`Database.write` runs alone: one writer at a time across every desk, so a read-then-write
  action (the next invoice number, the checks before an insert, a payment allocated against the
  balance it just read) cannot interleave with another desk's. On SQLite, Python's ``sqlite3``
  module would open a transaction only before the first write, so we switch its implicit
  handling off and emit ``BEGIN IMMEDIATE`` ourselves: the write lock is taken up front and a
  second desk waits (the recipe from SQLAlchemy's "Serializable isolation / Savepoints /
  Transactional DDL" notes). On PostgreSQL the first statement of every write transaction is
  ``SELECT pg_advisory_xact_lock(WRITE_LOCK_KEY)``: a transaction-scoped lock on one constant
  key that every desk takes, released by the server at commit or rollback (also when a desk's
  connection dies). The transaction stays ``READ COMMITTED``, so each statement after the lock
  sees everything the previous writer committed (``REPEATABLE READ`` would have taken its snapshot
  before waiting for the lock). ``lock_timeout`` makes a desk give up after the same time SQLite
  waits. Readers never wait for the lock. A stale copy of a customer or invoice is still refused
  by the ``version`` check of the models.

Connections to a server come from a small pool, checked before use (a restarted server or a
dropped idle connection costs a reconnect, not an error). Every flush refuses a text longer than
its column (:class:`TextTooLongError`): PostgreSQL enforces ``VARCHAR(n)``, SQLite does not.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, String, Table, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError
from sqlalchemy.exc import DBAPIError as _DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"
POSTGRES_DRIVER = "postgresql+psycopg"
WRITE_LOCK_KEY = 0x5744_4553_4B  # "WDESK": the one advisory lock all desks' write transactions take
CONNECT_TIMEOUT_S = 10
_BEGIN_OPTION = "workshop_desk_begin"
_READ, _WRITE = "read", "write"
WRITE_TRANSACTION = {_BEGIN_OPTION: _WRITE}
"""Execution options of a connection whose transactions begin like :meth:`Database.write`'s (migrations)."""

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """The database cannot be used; ``str(error)`` is one sentence for the user."""


class TextTooLongError(DatabaseError, ValueError):
    """A text is longer than its column allows; nothing was saved.

    PostgreSQL refuses a ``VARCHAR(n)`` value longer than ``n`` (SQLite would store it). Every
    flush checks the texts of the rows it writes (:func:`_refuse_too_long_texts`), so a long
    entry gets this sentence on both engines rather than a database error halfway through an action.
    A safety net: the forms limit their fields to the same lengths (and the services check the
    fields they know), so a user typing in the window never meets it.
    """


@dataclass(frozen=True)
class Database:
    """An open shop database: an engine plus the two kinds of unit of work.

    Use ``with database.read() as session:`` to look and ``with database.write() as session:`` to
    change; a write commits when the block ends normally and rolls back entirely otherwise.

    ``path`` is the SQLite file, ``None`` for a database on a server; ``display_name`` is what
    messages and logs may show (the path, or the URL with its password hidden).
    """

    path: Path | None
    engine: Engine
    _sessions: sessionmaker[Session]
    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        return self.url.get_backend_name() == "postgresql"

    @property
    def display_name(self) -> str:
        return display_name(self.path if self.path is not None else self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session in one read transaction (a consistent snapshot), always rolled back."""
        with self._sessions() as session:
            try:
                if not self.is_sqlite:  # SQLite: BEGIN at the first statement, as ever (no connection until then)
                    session.connection(execution_options={_BEGIN_OPTION: _READ})
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one transaction that runs alone (module docstring), committed if the block succeeds."""
        with self._sessions() as session:
            session.connection(execution_options={_BEGIN_OPTION: _WRITE})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def database_target(target: str | Path | URL) -> Path | URL:
    """What ``--db`` names: an SQLite file (a path) or a server database (a URL).

    A string with ``://`` is a URL: ``postgresql://`` and ``postgres://`` get the psycopg driver;
    ``sqlite:///file`` is the file. Anything else is a file name (``a?b#c.db`` included).

    Raises:
        DatabaseError: a URL of an engine Workshop Desk does not support, or not a URL at all.
    """
    if isinstance(target, Path):
        return target
    if isinstance(target, URL):
        url = target
    elif "://" not in target:
        return Path(target)
    else:
        try:
            url = make_url(target)
        except (ArgumentError, ValueError):
            raise DatabaseError(
                "The database address is not a valid URL (expected postgresql://user:password@host/name)."
            ) from None
    backend = url.get_backend_name()
    if backend in {"postgresql", "postgres"}:
        if "+" in url.drivername and url.drivername.split("+", 1)[1] != "psycopg":
            raise DatabaseError(f"Only the psycopg driver is supported for PostgreSQL, not {url.drivername}.")
        if not url.database:
            raise DatabaseError(f"The database address {url.render_as_string(hide_password=True)} names no database.")
        return url.set(drivername=POSTGRES_DRIVER)
    if backend == "sqlite" and url.database:
        return Path(url.database)
    raise DatabaseError(f"Workshop Desk works with an SQLite file or a PostgreSQL server, not {url.drivername}.")


def display_name(target: str | Path | URL) -> str:
    """``target`` as messages and logs may show it: a path, or a URL with the password hidden."""
    if isinstance(target, URL):
        return target.render_as_string(hide_password=True)
    try:
        where = database_target(target)
    except DatabaseError:
        try:  # a URL of another engine, or naming no database: still shown without its password
            return make_url(str(target)).render_as_string(hide_password=True)
        except (ArgumentError, ValueError):
            return "(an invalid database address)"
    return str(where) if isinstance(where, Path) else where.render_as_string(hide_password=True)


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (module docstring)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _refuse_too_long_texts(session: Session, _context: Any, _instances: Any) -> None:
    for row in (*session.new, *session.dirty):
        for column in inspect(type(row)).columns:
            length = getattr(column.type, "length", None)
            if length is None or not isinstance(column.type, String):
                continue
            value = row.__dict__.get(column.key)
            if isinstance(value, str) and len(value) > length:
                raise TextTooLongError(
                    f"“{value[:20]}…” is longer than the {length} characters allowed ({column.table}.{column.key})."
                )


def _sessionmaker(engine: Engine) -> sessionmaker[Session]:
    sessions = sessionmaker(engine, expire_on_commit=False)
    event.listen(sessions, "before_flush", _refuse_too_long_texts)
    return sessions


def _begin_sqlite(connection: Any) -> None:
    kind = connection.get_execution_options().get(_BEGIN_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if kind == _WRITE else "BEGIN")


def _begin_postgresql(connection: Any) -> None:
    # psycopg opens the transaction itself before the first statement; these must come first in it.
    kind = connection.get_execution_options().get(_BEGIN_OPTION)
    if kind == _READ:
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    elif kind == _WRITE:
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def advance_id_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """After rows were inserted into ``tables`` with ids of their own, make the next generated id follow them.

    SQLite takes the next id from the highest one in the table; a PostgreSQL ``SERIAL`` column
    takes it from a sequence that explicit ids do not move, so the next customer a desk adds
    would collide with the demo's (or a copied shop's) customer 1. Tables without a single
    generated integer key are left alone. Nothing to do on SQLite.
    """
    if connection.dialect.name != "postgresql":
        return
    preparer = connection.dialect.identifier_preparer
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].autoincrement is False or not _is_integer(keys[0].type):
            continue
        column = keys[0]
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": preparer.format_table(table), "column": column.name},
        ).scalar()
        if sequence is None:
            continue
        connection.execute(
            text(
                f"SELECT setval(:sequence, COALESCE((SELECT MAX({preparer.quote(column.name)}) "
                f"FROM {preparer.format_table(table)}), 0) + 1, false)"
            ),
            {"sequence": sequence},
        )


def _is_integer(kind: Any) -> bool:
    try:
        return kind.python_type is int
    except NotImplementedError:
        return False


def make_engine(target: Path | URL) -> Engine:
    """An engine on the SQLite file or server database ``target`` with the settings of this module."""
    if isinstance(target, URL) and target.get_backend_name() == "postgresql":
        # A desk has one user, but the window's background workers read in threads of their own:
        # a few pooled connections, checked before use (a server restart or a dropped idle
        # connection must not surface as an error on the next click).
        engine = create_engine(
            target,
            pool_size=2,
            max_overflow=6,
            pool_pre_ping=True,
            pool_recycle=1800,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "workshop-desk"},
        )
        event.listen(engine, "begin", _begin_postgresql)
        return engine
    # NullPool: a desk program has one user; pooled connections would keep the file open
    # (and a WAL file around) after a restore or a test has finished with it.
    # URL.create, not "sqlite:///{path}": a ? % or # in the file name is part of the name, not URL syntax
    # (the f-string opened "x" for "x?y.db" and "a b.db" for "a%20b.db").
    url = target if isinstance(target, URL) else URL.create("sqlite", database=str(target))
    engine = create_engine(url, poolclass=NullPool)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin_sqlite)
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


def server_error(url: URL, error: BaseException) -> DatabaseError:
    """One sentence, without the password, for a server that cannot be used (psycopg's error in ``error``)."""
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None)
    if state is None:  # refused while connecting: libpq gives the reason as text only
        message = str(original)
        if "does not exist" in message and "database" in message:
            state = "3D000"
        elif "password authentication failed" in message or ("role" in message and "does not exist" in message):
            state = "28P01"
        elif "no pg_hba.conf entry" in message:
            state = "28000"
    where = f"{url.host or 'localhost'}" + (f":{url.port}" if url.port else "")
    if state == "3D000":
        return DatabaseError(f"The PostgreSQL server at {where} has no database {url.database!r}.")
    if state == "28P01":
        return DatabaseError(
            f"The PostgreSQL server at {where} refused the user {url.username or '(none)'!r}: "
            "check the user name and password."
        )
    if state == "28000":
        return DatabaseError(
            f"The PostgreSQL server at {where} does not let the user {url.username or '(none)'!r} in "
            "from this computer (its pg_hba.conf)."
        )
    if state == "42501":
        return DatabaseError(
            f"The user {url.username or '(none)'!r} may not use the database {url.database!r} at {where}."
        )
    # psycopg: 'connection failed: connection to server at "h", port 5432 failed: Connection refused' and a hint
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    reason = lines[0] if lines else type(original).__name__
    if "failed: " in reason:
        reason = reason.rsplit("failed: ", 1)[-1]
    reason = reason.removeprefix("FATAL:").strip()
    reason = reason[:1].lower() + reason[1:]
    if url.password:
        reason = reason.replace(str(url.password), "***")
    return DatabaseError(f"Cannot connect to the PostgreSQL server at {where} ({reason.rstrip('.')}).")


def open_database(target: str | Path | URL, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (or create) the shop database at ``target`` and bring its schema up to date.

    Args:
        target: the SQLite file, or a server database's URL (``postgresql://user:password@host/name``,
            as text or a ``sqlalchemy.URL``).
        create: whether a missing file may be created, or an empty server database given a schema
            (commands that only read say no).
        migrate: run pending migrations (after a safety copy of a file). Tests of migrations say no.

    Raises:
        DatabaseError: the location, file or server cannot be used; nothing was changed.
    """
    where = database_target(target)
    if isinstance(where, URL):
        return _open_server(where, create=create, migrate=migrate)
    from workshop_desk.db import migrate as migrations

    path = where.expanduser().absolute()
    existed = check_location(path, create=create)
    if not existed and not path.exists():
        try:
            create_private_file(path)
        except OSError as error:
            raise DatabaseError(f"Cannot create {path}: {error.strerror}.") from error
    revision = migrations.inspect_file(path) if existed else None
    from workshop_desk.db import audit

    engine = make_engine(path)
    sessions = _sessionmaker(engine)
    audit.install()
    database = Database(path, engine, sessions, engine.url)
    if migrate and revision != migrations.HEAD_REVISION:
        try:
            migrations.upgrade_to_head(database, backup_first=existed)
        except BaseException:
            engine.dispose()
            raise
    return database


def _open_server(url: URL, *, create: bool, migrate: bool) -> Database:
    from workshop_desk.db import audit
    from workshop_desk.db import migrate as migrations

    engine = make_engine(url)
    try:
        try:
            revision, has_tables = migrations.inspect_server(engine)
        except _DBAPIError as error:
            raise server_error(url, error) from None
        if not has_tables and not create:
            raise DatabaseError(f"{display_name(url)} is empty: there is no shop database in it yet.")
        sessions = _sessionmaker(engine)
        audit.install()
        database = Database(None, engine, sessions, url)
        if migrate and revision != migrations.HEAD_REVISION:
            migrations.upgrade_to_head(database, backup_first=False)
    except BaseException:
        engine.dispose()
        raise
    log.info("Opened the database %s", display_name(url))
    return database
