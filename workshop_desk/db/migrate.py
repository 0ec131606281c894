"""Schema migrations with Alembic, run at every start before anything else touches the data.

The migration scripts live in ``migrations/`` (an ordinary Alembic environment, also usable with
the ``alembic`` command and the project's ``alembic.ini``). At start the program:

1. refuses an SQLite file that belongs to another program (:func:`check_foreign_file`);
2. reads the schema revision and refuses a database written by a newer Workshop Desk;
3. if a migration is due on a database that holds data, copies it aside with SQLite's online
   backup API into ``backups/`` beside it and verifies the copy;
4. runs every pending migration in one transaction (SQLite has transactional DDL), so a failed
   migration leaves the file exactly as it was.

On a PostgreSQL server (issue #12) the same migrations run; :func:`inspect_server` plays the part
of :func:`inspect_file`, there is no file to copy aside (the server's own backups, or
``pg_dump``, cover it; PostgreSQL's DDL is transactional too), and the upgrade takes the desks'
write lock first, so two desks starting at the same moment do not both migrate.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_desk.db.session import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

    from workshop_desk.db.session import Database

log = logging.getLogger(__name__)

MIGRATIONS_FOLDER = Path(__file__).resolve().parent / "migrations"
OUR_TABLES = {"customer", "invoice", "installment", "payment", "shop_profile"}
HEAD_REVISION = "0008"
"""The newest migration. Kept here so that a start on an up-to-date database need not import
Alembic (a third of a second); a test checks it against the migrations folder."""


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    return config


def head_revision() -> str:
    """The newest revision in the migrations folder (what :data:`HEAD_REVISION` must say)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing file; refuses a damaged file or another program's.

    Uses a plain read-only connection that changes nothing (ours switch the file to WAL).
    """
    try:
        # as_uri() percent-encodes the name: a ? # or % in it is part of the name, not URI syntax
        connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path} cannot be read as a database ({error}).") from error
    if tables and "alembic_version" not in tables and not tables & OUR_TABLES:
        raise DatabaseError(f"{path} is an SQLite database of another program, not of Workshop Desk.")
    return revision


def inspect_server(engine: Engine) -> tuple[str | None, bool]:
    """The schema revision of a server database, and whether it holds any table at all.

    Refuses a database that holds another program's tables (as :func:`inspect_file` does).

    Raises:
        sqlalchemy.exc.DBAPIError: the server cannot be reached or refuses the user.
    """
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        connection.rollback()
    if tables and "alembic_version" not in tables and not tables & OUR_TABLES:
        from workshop_desk.db.session import display_name

        raise DatabaseError(f"{display_name(engine.url)} holds another program's tables, not a Workshop Desk shop.")
    return revision, bool(tables)


def upgrade_to_head(database: Database, *, backup_first: bool) -> str | None:
    """Bring ``database`` to the newest schema. Returns the path of the safety copy, if one was made."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = head_revision()
    scripts = ScriptDirectory.from_config(alembic_config())
    with database.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head:
        return None
    if current is not None and current not in {script.revision for script in scripts.walk_revisions()}:
        raise DatabaseError(
            f"{database.display_name} was written by a newer version of Workshop Desk (schema {current}); "
            "please update the program."
        )
    copy = None
    if backup_first and database.path is not None:
        from workshop_desk.db.backups import BackupKind, make_backup

        copy = str(make_backup(database.path, BackupKind.BEFORE_MIGRATION))
    elif database.path is None:
        log.info("Migrating %s from schema %s to %s (no file copy on a server)", database.display_name, current, head)
    config = alembic_config()
    # The desks' write lock (session module docstring): a second desk starting now waits, then
    # finds the schema up to date (Alembic reads the revision again inside this transaction).
    from workshop_desk.db.session import WRITE_TRANSACTION

    with database.engine.connect().execution_options(**WRITE_TRANSACTION) as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return copy
