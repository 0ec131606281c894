"""Copying a whole shop between SQLite and PostgreSQL (workshop_desk/db/copy.py, issue #12).

The demo shop goes SQLite → SQLite, and SQLite → PostgreSQL → SQLite: every row comes back
identical, and so do the overdue list and its totals. A target holding data, a source of an older
schema and a copy that cannot be verified are refused with nothing written.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from postgres_server import PostgresServer
from sqlalchemy import func, select, text

from workshop_desk.db import copy as copying
from workshop_desk.db.copy import CopyError, copy_shop, figures_of, shop_tables
from workshop_desk.db.models import Customer, LetterRecord, PaymentRow, ShopProfile
from workshop_desk.db.session import open_database
from workshop_desk.services.accounts import overdue_accounts
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.demo import DemoOptions, load_demo
from workshop_desk.services.payments import PaymentData, record_payment

TODAY = dt.date(2026, 3, 15)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo shop (with contacts, promises and the audit trail), built once."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    try:
        load_demo(database, DemoOptions(locale="it", customers=40, seed=7, years=2, today=TODAY))
    finally:
        database.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo shop."""
    path = tmp_path / "shop.db"
    with sqlite3.connect(demo_file) as source, sqlite3.connect(path) as target:
        source.backup(target)
    source.close()
    target.close()
    return path


@pytest.fixture
def server_database(postgres: PostgresServer) -> Iterator[str]:
    """An empty database on the test server, as a URL with a password (the server trusts, and ignores it)."""
    url = postgres.new_database().set(password="s3cret-pw")
    yield url.render_as_string(hide_password=False)
    postgres.drop_database(url)


def overdue(location: str | Path) -> list[tuple[Any, ...]]:
    database = open_database(location, create=False)
    try:
        with database.read() as session:
            listed = overdue_accounts(session, TODAY)
    finally:
        database.dispose()
    return [
        (account.customer.code, account.status.open_balance, account.status.overdue_amount,
         account.status.max_days_late, account.status.missed_installments, account.status.credit)
        for account in listed
    ]  # fmt: skip


def every_row(location: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    database = open_database(location, create=False)
    try:
        with database.read() as session:
            return {
                table.name: [tuple(row) for row in session.execute(select(table).order_by(*table.primary_key.columns))]
                for table in shop_tables()
            }
    finally:
        database.dispose()


def test_a_copy_to_a_new_file_holds_every_row_and_the_same_money(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    seen: list[tuple[int, int]] = []
    report = copy_shop(demo, target, progress=lambda done, total: seen.append((done, total)), batch_rows=100)
    assert every_row(target) == every_row(demo)
    assert overdue(target) == overdue(demo)
    by_table = {figures.table: figures for figures in report.figures}
    assert by_table["customer"].rows == 40
    assert by_table["payment"].rows > 0
    assert dict(by_table["payment"].money)["amount_cents"] > 0
    assert dict(by_table["invoice"].money).keys() == {"total_cents", "deposit_cents"}
    assert seen[0] == (0, report.rows)
    assert seen[-1] == (report.rows, report.rows)
    assert len(seen) > len(shop_tables())  # batches of 100 rows: progress along the way
    assert target.stat().st_mode & 0o077 == 0  # created readable by the user only, as the program does


def test_the_source_is_never_written(demo: Path, tmp_path: Path) -> None:
    before = (demo.read_bytes(), demo.stat().st_mtime_ns)
    copy_shop(demo, tmp_path / "copy.db")
    assert (demo.read_bytes(), demo.stat().st_mtime_ns) == before
    wal = Path(f"{demo}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def add_files(location: Path) -> None:
    """A logo and a letter's PDF: bytes of every value, in a table copied in small batches."""
    blob = bytes(range(256)) * 40
    database = open_database(location, create=False)
    try:
        with database.write() as session:
            session.get_one(ShopProfile, 1).logo = blob
            customer_id = session.execute(select(func.min(Customer.id))).scalar_one()
            for number in range(120):
                session.add(
                    LetterRecord(customer_id=customer_id, kind="reminder", language="it", letter_date=TODAY,
                                 deadline=TODAY, principal_cents=number, pdf=blob + bytes([number]), sha256="x" * 64)
                )  # fmt: skip
    finally:
        database.dispose()


def test_round_trip_through_postgresql_gives_back_the_same_shop(
    demo: Path, server_database: str, tmp_path: Path
) -> None:
    add_files(demo)
    there = copy_shop(demo, server_database)
    assert overdue(server_database) == overdue(demo)
    back = tmp_path / "back.db"
    again = copy_shop(server_database, back)
    assert again.figures == there.figures
    assert every_row(back) == every_row(demo)
    assert overdue(back) == overdue(demo)
    assert sum(row[2] for row in overdue(back)) == sum(row[2] for row in overdue(demo)) > 0


def test_on_the_server_new_rows_get_new_ids_after_the_copy(demo: Path, server_database: str) -> None:
    copy_shop(demo, server_database)
    database = open_database(server_database, create=False)
    try:
        with database.read() as session:
            last_customer = session.execute(select(func.max(Customer.id))).scalar_one()
            last_payment = session.execute(select(func.max(PaymentRow.id))).scalar_one()
        with database.write() as session:
            customer_id = save_customer(session, CustomerData("NEW-1", "Nuovo Cliente"))
            payment_id = record_payment(session, PaymentData(customer_id, TODAY, 10_00), TODAY)
    finally:
        database.dispose()
    assert (customer_id, payment_id) == (last_customer + 1, last_payment + 1)


def test_a_target_file_holding_data_is_refused_and_left_as_it_was(demo: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    shutil.copyfile(demo, other)
    before = other.read_bytes()
    with pytest.raises(CopyError, match="holds data already"):
        copy_shop(demo, other)
    assert other.read_bytes() == before


def test_a_server_database_holding_data_is_refused(demo: Path, server_database: str) -> None:
    copy_shop(demo, server_database)
    database = open_database(server_database, create=False)
    try:
        with database.read() as session:
            expected = figures_of(session.connection(), shop_tables())
    finally:
        database.dispose()
    with pytest.raises(CopyError, match="holds data already") as refused:
        copy_shop(demo, server_database)
    assert "s3cret-pw" not in str(refused.value)
    database = open_database(server_database, create=False)
    try:
        with database.read() as session:
            assert figures_of(session.connection(), shop_tables()) == expected
    finally:
        database.dispose()


def test_a_source_of_an_older_schema_is_refused_with_what_to_do(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    open_database(old, migrate=False).dispose()
    from alembic import command

    from workshop_desk.db.migrate import alembic_config

    database = open_database(old, migrate=False)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    database.dispose()
    with pytest.raises(CopyError, match=r"older version.*open it once with this version"):
        copy_shop(old, tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()


def test_a_missing_source_and_the_same_database_twice_are_refused(demo: Path, tmp_path: Path) -> None:
    with pytest.raises(CopyError, match="There is no database"):
        copy_shop(tmp_path / "nothing.db", tmp_path / "copy.db")
    with pytest.raises(CopyError, match="the same database"):
        copy_shop(demo, demo)


def test_a_copy_that_does_not_verify_keeps_nothing(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = copying.figures_of
    calls = []

    def figures_with_a_lost_cent(connection: Any, tables: Any) -> Any:
        figures = real(connection, tables)
        calls.append(figures)
        if len(calls) == 2:  # the target's: one cent short on the payments
            figures = tuple(
                copying.TableFigures(f.table, f.rows, tuple((n, t - 1) for n, t in f.money))
                if f.table == "payment"
                else f
                for f in figures
            )
        return figures

    monkeypatch.setattr(copying, "figures_of", figures_with_a_lost_cent)
    with pytest.raises(CopyError, match=r"payment\.amount_cents: total .* instead of"):
        copy_shop(demo, tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()  # the file made for the copy is gone again


def test_the_server_database_keeps_utc_times_whatever_its_time_zone(demo: Path, server_database: str) -> None:
    database = open_database(server_database)  # the schema, no data: a fine target
    try:
        with database.engine.begin() as connection:
            connection.execute(text(f"ALTER DATABASE \"{database.url.database}\" SET timezone TO 'Asia/Tokyo'"))
    finally:
        database.dispose()
    copy_shop(demo, server_database)
    there = every_row(server_database)
    for table in ("customer", "audit"):
        moments = [[value for value in row if isinstance(value, dt.datetime)] for row in every_row(demo)[table]]
        seen = [[value for value in row if isinstance(value, dt.datetime)] for row in there[table]]
        assert moments
        assert [[value.astimezone(dt.UTC).replace(tzinfo=None) for value in row] for row in seen] == moments
    back = demo.with_name("back.db")
    copy_shop(server_database, back)
    assert every_row(back) == every_row(demo)
