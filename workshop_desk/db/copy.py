"""Copying a whole shop from one database to another: SQLite ⇄ PostgreSQL, either direction (issue #12).

``workshop-desk copy --db SOURCE --to TARGET`` moves a shop from its SQLite file to a server
(several desks) or back (one desk again, or a copy to take home). :func:`copy_shop`:

1. **opens the source without writing to it**: an SQLite file through a read-only connection
   (``mode=ro``: not even the switch to WAL), a server database without migrating it. A source whose
   schema is not this program's newest is *refused* with what to do (open it once with this version,
   which migrates it after its safety copy), rather than migrated here: a copy is a read of the
   source, and an upgrade belongs to the program's start with its safety copy and its checks.
   All of the source is read in one snapshot (``Database.read``), so a desk still working on it
   cannot make the copy inconsistent;
2. **prepares the target**: a new file is created, an existing file or server database must hold
   no shop data — every table empty — else it is refused and nothing is written; its schema is then
   created or brought to the newest revision;
3. **copies every table in foreign-key order** (``Base.metadata.sorted_tables``; rows by primary
   key, so a contact correcting an older contact follows it), keeping the ids, in batches, in
   **one target transaction**. No ORM is involved, so the audit listeners add no entries and the
   audit table's refusal of UPDATE and DELETE does not matter (rows are only inserted). Times of
   ``timezone=True`` columns are written in UTC whatever the server's time zone (SQLite stores
   them without a zone). On PostgreSQL the id sequences are then moved past the copied ids;
4. **verifies, before committing**: the row count of every table and the total of every money
   column (``*_cents``) must be equal on both sides, else the transaction is rolled back and the
   target is left without data. A file the copy created is deleted again when it fails.

Nothing here prints or logs a password: places are named by ``Database.display_name``.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, LargeBinary, Table, create_engine, event, func, insert, select, text
from sqlalchemy import inspect as inspect_schema
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool
from sqlalchemy.types import DateTime

from workshop_desk.db.models import Base
from workshop_desk.db.session import (
    SQLITE_HEADER,
    Database,
    DatabaseError,
    advance_id_sequences,
    database_target,
    make_engine,
    open_database,
    server_error,
)

BATCH_ROWS = 2_000
BATCH_ROWS_WITH_FILES = 50
"""Rows holding files (a letter's PDF, the shop's logo) go in small batches: memory stays small."""

log = logging.getLogger(__name__)
Progress = Callable[[int, int], object]
"""``progress(rows_copied, rows_in_all)``, called after each batch."""


@dataclass(frozen=True)
class TableFigures:
    """What the verification compares for one table: its rows and the total of each money column."""

    table: str
    rows: int
    money: tuple[tuple[str, int], ...]
    """``(column, total in minor units)`` for every ``*_cents`` column."""


@dataclass(frozen=True)
class CopyReport:
    """A finished, verified copy."""

    source: str
    target: str
    figures: tuple[TableFigures, ...]
    """Equal on both sides (that is what was verified)."""
    seconds: float

    @property
    def rows(self) -> int:
        return sum(figures.rows for figures in self.figures)


class CopyError(DatabaseError):
    """The copy is refused or failed; ``str(error)`` says why and what to do. The target holds no data."""


def shop_tables() -> list[Table]:
    """The shop's tables, parents before children."""
    return list(Base.metadata.sorted_tables)


def money_columns(table: Table) -> list[str]:
    return [column.name for column in table.columns if column.name.endswith("_cents")]


# ---------------------------------------------------------------------- opening both sides


def open_source(location: str | Path | URL) -> Database:
    """The source shop, opened so that nothing can be written to it, at the newest schema.

    Raises:
        CopyError: there is no shop there, or its schema is not this program's newest.
    """
    from workshop_desk.db.migrate import HEAD_REVISION, inspect_file, inspect_server

    where = database_target(location)
    if isinstance(where, Path):
        path = where.expanduser().absolute()
        if not path.is_file():
            raise CopyError(f"There is no database at {path}.")
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise CopyError(f"{path} is not a Workshop Desk database (it is not an SQLite file).")
        revision = inspect_file(path)  # read-only; refuses another program's file
        database = _read_only_file(path)
    else:
        engine = make_engine(where)
        try:
            revision, _tables = inspect_server(engine)
        except DBAPIError as error:
            engine.dispose()
            raise server_error(where, error) from None
        except BaseException:
            engine.dispose()
            raise
        database = Database(None, engine, sessionmaker(engine), where)
    name = database.display_name
    if revision != HEAD_REVISION:
        database.dispose()
        if revision is None:
            raise CopyError(f"{name} holds no shop: there is nothing to copy.")
        if not revision.isdigit() or int(revision) > int(HEAD_REVISION):
            raise CopyError(f"{name} was written by a newer version of Workshop Desk; copy it with that version.")
        safety = " after a safety copy" if database.path is not None else ""
        raise CopyError(
            f"{name} has the schema of an older version of Workshop Desk (revision {revision}). The copy never "
            f"changes its source: open it once with this version (e.g. 'workshop-desk overdue --db …'), which "
            f"brings it up to date{safety}, then copy it."
        )
    return database


def _read_only_file(path: Path) -> Database:
    """An SQLite file opened read-only (``mode=ro``), each read one snapshot (``BEGIN`` … ``ROLLBACK``)."""
    url = URL.create("sqlite", database=path.as_uri(), query={"mode": "ro", "uri": "true"})
    engine = create_engine(url, poolclass=NullPool)

    def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves: one snapshot for all tables
        dbapi_connection.execute("PRAGMA busy_timeout = 10000")

    def begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    event.listen(engine, "connect", configure)
    event.listen(engine, "begin", begin)
    return Database(path, engine, sessionmaker(engine), URL.create("sqlite", database=str(path)))


def _same_place(first: Path | URL, second: Path | URL) -> bool:
    if isinstance(first, Path) and isinstance(second, Path):
        return first.expanduser().absolute() == second.expanduser().absolute()
    if isinstance(first, URL) and isinstance(second, URL):
        return (first.host or "", first.port or 5432, first.database) == (
            second.host or "",
            second.port or 5432,
            second.database,
        )
    return False


def open_target(location: str | Path | URL) -> tuple[Database, bool]:
    """The target, with no shop data in it and the newest schema; and whether the copy created its file.

    Raises:
        CopyError: the target holds data (nothing was written to it).
    """
    from workshop_desk.db import migrate as migrations

    where = database_target(location)
    created = isinstance(where, Path) and not where.expanduser().absolute().exists()
    database = open_database(location, create=True, migrate=False)
    try:
        holding = _tables_with_rows(database.engine)
        if holding:
            raise CopyError(
                f"{database.display_name} holds data already ({', '.join(holding)}); nothing was copied. "
                "Copy into a new file or an empty server database."
            )
        migrations.upgrade_to_head(database, backup_first=False)
    except BaseException:
        database.dispose()
        if created:
            _remove_file(database.path)
        raise
    return database, created


def _tables_with_rows(engine: Engine) -> list[str]:
    """The tables (ours or not, Alembic's own aside) that hold at least one row."""
    with engine.connect() as connection:
        names = [name for name in inspect_schema(connection).get_table_names() if name != "alembic_version"]
        preparer = connection.dialect.identifier_preparer
        holding = [
            name
            for name in sorted(names)
            if connection.execute(text(f"SELECT 1 FROM {preparer.quote(name)} LIMIT 1")).first() is not None
        ]
        connection.rollback()
    return holding


def _remove_file(path: Path | None) -> None:
    if path is None:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# ---------------------------------------------------------------------- copying


def copy_shop(
    source_location: str | Path | URL,
    target_location: str | Path | URL,
    *,
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
) -> CopyReport:
    """Copy the shop at ``source_location`` into the empty ``target_location`` and verify it (module docstring).

    Raises:
        CopyError: refused or not verified; the target holds no shop data (a file made for it is gone).
        DatabaseError: either side cannot be opened.
    """
    if _same_place(database_target(source_location), database_target(target_location)):
        raise CopyError("The source and the target are the same database.")
    started = time.perf_counter()
    source = open_source(source_location)
    try:
        target, created = open_target(target_location)
        try:
            figures = _copy(source, target, progress, batch_rows)
        except BaseException:
            target.dispose()
            if created:
                _remove_file(target.path)
            raise
        target.dispose()
    finally:
        source.dispose()
    report = CopyReport(source.display_name, target.display_name, figures, time.perf_counter() - started)
    log.info("Copied %s rows from %s to %s in %.1f s", report.rows, report.source, report.target, report.seconds)
    return report


def _copy(source: Database, target: Database, progress: Progress | None, batch_rows: int) -> tuple[TableFigures, ...]:
    tables = shop_tables()
    with source.read() as reading_session:
        reading = reading_session.connection()
        expected = figures_of(reading, tables)
        total = sum(figures.rows for figures in expected)
        done = 0
        if progress is not None:
            progress(0, total)
        try:
            with target.write() as writing_session:
                writing = writing_session.connection()
                for table in tables:
                    size = BATCH_ROWS_WITH_FILES if _holds_files(table) else batch_rows
                    for batch in _batches(reading, table, size):
                        writing.execute(insert(table), batch)
                        done += len(batch)
                        if progress is not None:
                            progress(done, total)
                if target.is_postgresql:
                    advance_id_sequences(writing, tables)
                found = figures_of(writing, tables)
                differences = _differences(expected, found)
                if differences:
                    raise CopyError(
                        "The copy does not match its source (" + "; ".join(differences) + "); nothing was kept."
                    )
        except DBAPIError as error:
            raise CopyError(
                f"The copy into {target.display_name} failed; nothing was kept ({_reason(error)})."
            ) from None
    return expected


def _holds_files(table: Table) -> bool:
    return any(isinstance(column.type, LargeBinary) for column in table.columns)


def _batches(connection: Connection, table: Table, size: int) -> Iterable[list[dict[str, Any]]]:
    """The table's rows by primary key, ``size`` at a time, as values to insert (times made UTC)."""
    keys = [column.key for column in table.columns]
    utc_columns = [
        index
        for index, column in enumerate(table.columns)
        if isinstance(column.type, DateTime) and column.type.timezone
    ]
    statement = select(table).order_by(*table.primary_key.columns)
    result = connection.execute(statement, execution_options={"yield_per": size})  # streamed (a server cursor)
    for partition in result.partitions(size):
        batch = []
        for row in partition:
            values = list(row)
            for index in utc_columns:
                values[index] = _utc(values[index])
            batch.append(dict(zip(keys, values, strict=True)))
        yield batch


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """A time of a ``timezone=True`` column in UTC: SQLite gives it without zone (it is UTC), a server in its zone."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


# ---------------------------------------------------------------------- verifying


def figures_of(connection: Connection, tables: Sequence[Table]) -> tuple[TableFigures, ...]:
    """Every table's row count and money totals, as the connection's transaction sees them."""
    figures = []
    for table in tables:
        money = money_columns(table)
        row = connection.execute(
            select(func.count(), *(func.coalesce(func.sum(table.c[name]), 0) for name in money)).select_from(table)
        ).one()
        figures.append(
            TableFigures(
                table.name, int(row[0]), tuple((name, int(row[index + 1])) for index, name in enumerate(money))
            )
        )
    return tuple(figures)


def _differences(expected: Sequence[TableFigures], found: Sequence[TableFigures]) -> list[str]:
    differences = []
    for wanted, got in zip(expected, found, strict=True):
        if wanted.rows != got.rows:
            differences.append(f"{wanted.table}: {got.rows} rows instead of {wanted.rows}")
        for (name, wanted_total), (_name, got_total) in zip(wanted.money, got.money, strict=True):
            if wanted_total != got_total:
                differences.append(f"{wanted.table}.{name}: total {got_total} instead of {wanted_total}")
    return differences


def _reason(error: DBAPIError) -> str:
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return lines[0] if lines else type(original).__name__
