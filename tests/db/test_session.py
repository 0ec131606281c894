"""Opening a database: the SQLite settings, the refusals that leave a file untouched, server URLs."""

import socket
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import URL, text

from workshop_desk.db.models import Customer, ShopProfile
from workshop_desk.db.session import (
    Database,
    DatabaseError,
    TextTooLongError,
    database_target,
    display_name,
    open_database,
)


def test_new_database_uses_wal_foreign_keys_and_a_busy_timeout(database: Database) -> None:
    with database.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_new_database_file_is_readable_by_its_owner_only(database: Database) -> None:
    assert database.path.stat().st_mode & 0o077 == 0


@pytest.mark.both_engines
def test_write_commits_as_a_whole_or_not_at_all(database: Database) -> None:
    def failing_action() -> None:
        with database.write() as session:
            session.add(Customer(code="K1", name="Kept out"))
            session.flush()
            raise RuntimeError("the user action failed halfway")

    with pytest.raises(RuntimeError):
        failing_action()
    with database.write() as session:
        session.add(Customer(code="K2", name="Kept in"))
    with database.read() as session:
        assert session.scalars(text("SELECT code FROM customer")).all() == ["K2"]


@pytest.mark.both_engines
def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(Exception, match=r"(?i)FOREIGN KEY"), database.write() as session:
        session.execute(text("INSERT INTO vehicle (customer_id, identifier, description) VALUES (999, 'X', '')"))


@pytest.mark.both_engines
def test_check_constraints_guard_money(database: Database) -> None:
    with database.write() as session:
        session.add(Customer(code="C", name="C"))
    with pytest.raises(Exception, match=r"(?i)CHECK"), database.write() as session:
        session.execute(
            text(
                "INSERT INTO invoice (number, customer_id, issue_date, due_date, total_cents, deposit_cents, "
                "description, status, void_reason, created_at, version) "
                "VALUES ('N', 1, '2026-01-01', '2026-01-31', 100, 200, '', 'open', '', '2026-01-01', 1)"
            )
        )


@pytest.mark.both_engines
def test_shop_profile_is_a_single_row(database: Database) -> None:
    with database.write() as session:
        session.add(ShopProfile(id=1, name="Shop"))
    with pytest.raises(Exception, match=r"(?i)CHECK"), database.write() as session:
        session.add(ShopProfile(id=2, name="Second shop"))


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match=r"folder .* does not exist"):
        open_database(tmp_path / "nowhere" / "shop.db")
    assert not (tmp_path / "nowhere").exists()


def test_a_missing_file_is_not_created_when_only_reading(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no database at"):
        open_database(tmp_path / "shop.db", create=False)
    assert not (tmp_path / "shop.db").exists()


def test_a_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        open_database(junk)
    assert junk.read_text() == "not a database"
    assert sorted(path.name for path in tmp_path.iterdir() if path.name != "user-data") == ["junk.db"]


def test_a_database_of_another_program_is_refused_and_left_alone(tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    before = foreign.read_bytes()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(foreign)
    assert foreign.read_bytes() == before


def test_a_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    open_database(path).dispose()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(path)


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="root ignores file permissions, so a read-only folder cannot be simulated",
)
def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseError, match="read-only"):
            open_database(folder / "shop.db")
    finally:
        folder.chmod(0o700)


def test_a_read_only_location_is_refused_without_touching_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root cannot be denied access, simulate a folder and file the user may not write."""
    import os

    existing = tmp_path / "existing.db"
    open_database(existing).dispose()
    before = existing.read_bytes()
    real_access = os.access
    monkeypatch.setattr(
        "workshop_desk.db.session.os.access",
        lambda path, mode: False if mode & os.W_OK else real_access(path, mode),
    )
    with pytest.raises(DatabaseError, match="read-only"):
        open_database(tmp_path / "new.db")
    with pytest.raises(DatabaseError, match="read-only"):
        open_database(existing)
    assert not (tmp_path / "new.db").exists()
    assert existing.read_bytes() == before


def test_an_empty_file_is_not_turned_into_a_database_by_a_reading_command(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(DatabaseError, match="is empty"):
        open_database(empty, create=False)
    assert empty.read_bytes() == b""
    open_database(empty).dispose()  # a command that creates may use it
    assert empty.read_bytes().startswith(b"SQLite format 3")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql+psycopg://desk:secret@server/shop", "postgresql+psycopg://desk:secret@server/shop"),
        ("postgresql://desk:secret@server:5433/shop", "postgresql+psycopg://desk:secret@server:5433/shop"),
        ("postgres://desk@server/shop", "postgresql+psycopg://desk@server/shop"),
        ("postgresql://desk:p%40ss%2Fw@server/shop", "postgresql+psycopg://desk:p%40ss%2Fw@server/shop"),
    ],
)
def test_a_server_url_is_given_the_psycopg_driver(given: str, expected: str) -> None:
    target = database_target(given)
    assert isinstance(target, URL)
    assert target.render_as_string(hide_password=False) == expected


def test_a_file_name_or_sqlite_url_is_a_path(tmp_path: Path) -> None:
    assert database_target(str(tmp_path / "shop.db")) == tmp_path / "shop.db"
    assert database_target(tmp_path / "a?b#c.db") == tmp_path / "a?b#c.db"
    assert database_target(f"sqlite:///{tmp_path}/shop.db") == tmp_path / "shop.db"


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("mysql://desk@server/shop", "SQLite file or a PostgreSQL server"),
        ("postgresql+asyncpg://desk@server/shop", "Only the psycopg driver"),
        ("postgresql://desk:secret@server", "names no database"),
    ],
)
def test_an_unsupported_url_is_refused_in_one_sentence(given: str, reason: str) -> None:
    with pytest.raises(DatabaseError, match=reason) as refused:
        open_database(given)
    assert "secret" not in str(refused.value)


def test_the_display_name_hides_the_password(tmp_path: Path) -> None:
    assert display_name("postgresql://desk:s3cr3t@server/shop") == "postgresql+psycopg://desk:***@server/shop"
    assert display_name(tmp_path / "shop.db") == str(tmp_path / "shop.db")
    assert "s3cr3t" not in display_name("postgresql://desk:s3cr3t@")


def test_a_refused_connection_is_one_clear_sentence_without_the_password() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(DatabaseError) as refused:
        open_database(f"postgresql://desk:s3cr3t@127.0.0.1:{port}/shop")
    message = str(refused.value)
    assert message.startswith(f"Cannot connect to the PostgreSQL server at 127.0.0.1:{port} (")
    assert "refused" in message.lower()
    assert "s3cr3t" not in message
    assert "\n" not in message
    assert refused.value.__cause__ is None
    assert refused.value.__suppress_context__


@pytest.mark.both_engines
def test_a_text_longer_than_its_column_is_refused_in_one_sentence(database: Database) -> None:
    """PostgreSQL refuses a VARCHAR(n) overflow and SQLite stores it: both get the same clear refusal."""
    too_long = pytest.raises(TextTooLongError, match="longer than the 200 characters allowed")
    with too_long as refused, database.write() as session:
        session.add(Customer(code="C1", name="Долгое имя " * 30))
    assert isinstance(refused.value, ValueError)
    with database.read() as session:
        assert session.scalar(text("SELECT count(*) FROM customer")) == 0
