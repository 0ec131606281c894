"""Schema migrations with Alembic, run at every start before anything else touches the data.

The migration scripts live in ``migrations/`` (an ordinary Alembic environment, also usable with
the ``alembic`` command and the project's ``alembic.ini``). At start the program:

1. refuses an SQLite file that belongs to another program (:func:`check_foreign_file`);
2. reads the schema revision and refuses a database written by a newer Workshop Desk;
3. if a migration is due on a database that holds data, copies it aside with SQLite's online
   backup API into ``backups/`` beside it and verifies the copy;
4. runs every pending migration in one transaction (SQLite has transactional DDL), so a failed
   migration leaves the file exactly as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_desk.db.session import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

    from workshop_desk.db.session import Database

MIGRATIONS_FOLDER = Path(__file__).resolve().parent / "migrations"
OUR_TABLES = {"customer", "invoice", "installment", "payment", "shop_profile"}
HEAD_REVISION = "0006"
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
            f"{database.path} was written by a newer version of Workshop Desk (schema {current}); "
            "please update the program."
        )
    copy = None
    if backup_first:
        from workshop_desk.db.backups import BackupKind, make_backup

        copy = str(make_backup(database.path, BackupKind.BEFORE_MIGRATION))
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return copy
