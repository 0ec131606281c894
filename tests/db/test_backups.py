"""Backups beside the database: daily and monthly copies, rotation, checks, restore."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from workshop_desk.db.backups import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    BackupKind,
    check_backup,
    daily_backup,
    list_backups,
    make_backup,
    newest_good_backup,
    restore,
)
from workshop_desk.db.models import Customer
from workshop_desk.db.session import DatabaseError, open_database


@pytest.fixture
def shop_file(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    database = open_database(path)
    with database.write() as session:
        session.add(Customer(code="C1", name="Before"))
    database.dispose()
    return path


def _names(path: Path) -> list[str]:
    database = open_database(path, create=False)
    try:
        with database.read() as session:
            return [customer.name for customer in session.query(Customer).order_by(Customer.code)]
    finally:
        database.dispose()


def test_the_first_start_of_a_day_makes_that_days_and_that_months_copy(shop_file: Path) -> None:
    made = daily_backup(shop_file, date(2026, 11, 25))
    assert [path.name for path in made] == ["shop-daily-2026-11-25.db", "shop-monthly-2026-11.db"]
    assert daily_backup(shop_file, date(2026, 11, 25)) == []  # the second start that day
    assert [path.name for path in daily_backup(shop_file, date(2026, 11, 26))] == ["shop-daily-2026-11-26.db"]
    for path in made:
        assert path.stat().st_mode & 0o077 == 0
        check_backup(path)


def test_fourteen_daily_and_twelve_monthly_copies_are_kept(shop_file: Path) -> None:
    first = date(2025, 1, 1)
    for offset in range(0, 500, 3):  # a start every third day for 16 months
        daily_backup(shop_file, first + timedelta(days=offset))
    kinds = [info.kind for info in list_backups(shop_file)]
    assert kinds.count(BackupKind.DAILY) == KEEP_DAILY
    assert kinds.count(BackupKind.MONTHLY) == KEEP_MONTHLY
    monthly = sorted(info.path.name for info in list_backups(shop_file) if info.kind == BackupKind.MONTHLY)
    # the last start is 14 May 2026 (1 Jan 2025 + 498 days): June 2025 … May 2026 are kept
    assert monthly[0] == "shop-monthly-2025-06.db"
    assert monthly[-1] == "shop-monthly-2026-05.db"


def test_manual_copies_are_never_pruned(shop_file: Path) -> None:
    manual = [make_backup(shop_file, BackupKind.MANUAL, datetime(2026, 1, day)) for day in range(1, 21)]
    assert all(path.exists() for path in manual)


def test_restore_brings_the_copy_back_and_keeps_the_replaced_file(shop_file: Path) -> None:
    copy = make_backup(shop_file, BackupKind.MANUAL)
    database = open_database(shop_file, create=False)
    with database.write() as session:
        session.add(Customer(code="C2", name="After"))
    database.dispose()
    kept = restore(copy, shop_file)
    assert _names(shop_file) == ["Before"]
    assert kept is not None
    assert _names(kept) == ["Before", "After"]
    assert not Path(f"{shop_file}-wal").exists() or Path(f"{shop_file}-wal").stat().st_size == 0


def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(shop_file: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(8192))
    before = shop_file.read_bytes()
    with pytest.raises(DatabaseError, match=r"not a database|damaged"):
        restore(garbage, shop_file)
    foreign = tmp_path / "foreign.db"

    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE notes (text)")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match=r"not a Workshop Desk database|another program"):
        restore(foreign, shop_file)
    assert shop_file.read_bytes() == before


def test_the_newest_good_copy_skips_a_damaged_one(shop_file: Path) -> None:
    good = make_backup(shop_file, BackupKind.MANUAL, datetime(2026, 11, 1))
    bad = make_backup(shop_file, BackupKind.MANUAL, datetime(2026, 11, 2))
    data = bytearray(bad.read_bytes())
    data[4096:8192] = os.urandom(4096)  # overwrite the second page
    bad.write_bytes(bytes(data))
    os.utime(bad, (good.stat().st_mtime + 60, good.stat().st_mtime + 60))
    assert newest_good_backup(shop_file) == good
