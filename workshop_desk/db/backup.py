"""Copies of the database made with SQLite's online backup API, verified after writing.

The online backup is consistent even while another connection writes (unlike copying the file,
which can catch a half-written page or miss the WAL).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop_desk.db.session import DatabaseError, create_private_file


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """What SQLite's integrity check finds wrong with the file (empty when it is sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    # as_uri() percent-encodes the name: a ? # or % in it is part of the name, not URI syntax
    connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target`` (a new file readable by the user only) and verify it.

    Raises:
        DatabaseError: the copy could not be written or does not pass the integrity check;
            a failed copy is removed.
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        create_private_file(target)
        source_connection = sqlite3.connect(source)
        target_connection = sqlite3.connect(target)
        try:
            source_connection.backup(target_connection)
            # The copy inherits WAL mode from the source; a backup is one self-contained file.
            target_connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            target_connection.close()
            source_connection.close()
        problems = integrity_problems(target)
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        raise DatabaseError(f"Could not copy the database to {target}: {error}.") from error
    if problems:
        target.unlink(missing_ok=True)
        raise DatabaseError(f"The copy {target} failed its integrity check: {problems[0]}.")
    return target
