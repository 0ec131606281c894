"""The backups folder beside a database: daily and monthly copies, their rotation, and restore.

Layout (``<folder>/backups/``, created readable by the user only)::

    shop-daily-2026-11-25.db        first start of each day; the newest 14 are kept
    shop-monthly-2026-11.db         first start of each month; the newest 12 are kept
    shop-before-migration-….db      before a schema upgrade (db/migrate.py); the newest 10 are kept
    shop-before-restore-….db        the file a restore replaced; the newest 10 are kept
    shop-manual-….db                made on request (File menu, ``workshop-desk backup``); never pruned

Every copy is written with SQLite's online backup API and verified with ``integrity_check``
before it counts (:func:`workshop_desk.db.backup.backup_file`).

Restore never trusts its input: the chosen copy must pass the integrity check and be a Workshop
Desk database no newer than this program; the current file is kept as a ``before-restore`` copy
first (byte for byte if SQLite can no longer read it), and the swap is one ``os.replace`` of a
verified temporary file, after the old ``-wal``/``-shm`` files are removed — a stale WAL applied
to a different database would corrupt it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from workshop_desk.db.backup import backup_file, integrity_problems
from workshop_desk.db.session import DatabaseError, create_private_file, open_database

KEEP_DAILY = 14
KEEP_MONTHLY = 12
KEEP_SAFETY = 10


class BackupKind(StrEnum):
    DAILY = "daily"
    MONTHLY = "monthly"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_RESTORE = "before-restore"
    MANUAL = "manual"


_KEEP = {
    BackupKind.DAILY: KEEP_DAILY,
    BackupKind.MONTHLY: KEEP_MONTHLY,
    BackupKind.BEFORE_MIGRATION: KEEP_SAFETY,
    BackupKind.BEFORE_RESTORE: KEEP_SAFETY,
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: BackupKind
    made_at: datetime
    size: int


def backups_folder(database_path: Path) -> Path:
    return database_path.parent / "backups"


def _name_pattern(stem: str) -> re.Pattern[str]:
    kinds = "|".join(re.escape(kind.value) for kind in BackupKind)
    return re.compile(rf"^{re.escape(stem)}-({kinds})-(.+)\.db$")


def list_backups(database_path: Path) -> list[BackupInfo]:
    """This database's copies in its backups folder, newest first."""
    folder = backups_folder(database_path)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(database_path.stem)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        stat = path.stat()
        found.append(BackupInfo(path, BackupKind(match[1]), datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda info: (info.made_at, info.path.name), reverse=True)


def _stamp(now: datetime) -> str:
    return now.strftime("%Y-%m-%d-%H%M%S-%f")


def make_backup(database_path: Path, kind: BackupKind, now: datetime | None = None, target: Path | None = None) -> Path:
    """A verified copy of the database of the given kind (or to ``target``); older ones pruned."""
    now = now or datetime.now()
    if target is None:
        target = backups_folder(database_path) / f"{database_path.stem}-{kind.value}-{_stamp(now)}.db"
    copy = backup_file(database_path, target)
    prune(database_path)
    return copy


def daily_backup(database_path: Path, today: date) -> list[Path]:
    """The first start of a day makes that day's copy (and the month's, on its first start).

    Returns the copies made (none when today's exists already).
    """
    folder = backups_folder(database_path)
    stem = database_path.stem
    made = []
    daily = folder / f"{stem}-{BackupKind.DAILY.value}-{today.isoformat()}.db"
    if not daily.exists():
        made.append(backup_file(database_path, daily))
    monthly = folder / f"{stem}-{BackupKind.MONTHLY.value}-{today:%Y-%m}.db"
    if not monthly.exists():
        if daily.exists():  # verified a moment ago: a plain copy of it is as good, and cheaper
            _copy_private(daily, monthly)
            made.append(monthly)
        else:
            made.append(backup_file(database_path, monthly))
    if made:
        prune(database_path)
    return made


def prune(database_path: Path) -> list[Path]:
    """Delete the copies beyond what each kind keeps (manual copies are never deleted)."""
    removed = []
    by_kind: dict[BackupKind, list[BackupInfo]] = {}
    for info in list_backups(database_path):
        by_kind.setdefault(info.kind, []).append(info)
    for kind, keep in _KEEP.items():
        # Names sort by the date in them; the newest come first.
        ordered = sorted(by_kind.get(kind, []), key=lambda info: info.path.name, reverse=True)
        for info in ordered[keep:]:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def check_backup(path: Path) -> None:
    """Refuse a file that is not a sound Workshop Desk database this program can open.

    Raises:
        DatabaseError: with a sentence saying what is wrong.
    """
    from workshop_desk.db.migrate import HEAD_REVISION, inspect_file

    if not path.is_file():
        raise DatabaseError(f"{path} does not exist.")
    try:
        problems = integrity_problems(path)
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path} is not a database file ({error}).") from error
    if problems:
        raise DatabaseError(f"{path} is damaged: {problems[0]}.")
    revision = inspect_file(path)
    if revision is None:
        raise DatabaseError(f"{path} is not a Workshop Desk database.")
    if not revision.isdigit() or int(revision) > int(HEAD_REVISION):
        raise DatabaseError(f"{path} was written by a newer version of Workshop Desk.")


def newest_good_backup(database_path: Path) -> Path | None:
    """The newest copy that passes :func:`check_backup`, if any."""
    for info in list_backups(database_path):
        try:
            check_backup(info.path)
        except DatabaseError:
            continue
        return info.path
    return None


def restore(backup: Path, database_path: Path, now: datetime | None = None) -> Path | None:
    """Replace the database with ``backup``; returns the copy kept of the replaced file.

    The program must not have the database open (close it first). Raises ``DatabaseError`` and
    changes nothing when the backup is not sound. A copy made by an older version is brought up
    to date at once (its migrations run now, not at the next start).
    """
    now = now or datetime.now()
    check_backup(backup)
    folder = backups_folder(database_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    kept = None
    if database_path.exists():
        kept = folder / f"{database_path.stem}-{BackupKind.BEFORE_RESTORE.value}-{_stamp(now)}.db"
        try:
            backup_file(database_path, kept)
        except DatabaseError:
            _copy_raw(database_path, kept)  # damaged: keep its bytes, WAL included, for an expert
    incoming = database_path.with_name(f".{database_path.name}.restoring")
    incoming.unlink(missing_ok=True)
    try:
        backup_file(backup, incoming)
        for suffix in ("-wal", "-shm"):
            Path(f"{database_path}{suffix}").unlink(missing_ok=True)
        os.replace(incoming, database_path)
    finally:
        incoming.unlink(missing_ok=True)
    open_database(database_path, create=False).dispose()
    prune(database_path)
    return kept


def _copy_raw(source: Path, target: Path) -> None:
    for suffix in ("", "-wal"):
        origin = Path(f"{source}{suffix}")
        if origin.exists():
            _copy_private(origin, Path(f"{target}{suffix}"))


def _copy_private(source: Path, target: Path) -> None:
    """Copy a file to a new file readable by the user only."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    create_private_file(target)
    shutil.copyfile(source, target)
