"""Migrations: an empty file reaches the head revision, the schema equals the models, and a
migration on a database with data first copies it aside."""

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, inspect, text

from workshop_desk.db import migrate
from workshop_desk.db.backup import integrity_problems
from workshop_desk.db.models import Base
from workshop_desk.db.session import open_database


def test_empty_file_is_migrated_to_head(tmp_path: Path) -> None:
    database = open_database(tmp_path / "shop.db")
    with database.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.head_revision()
    database.dispose()


def test_head_revision_constant_names_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    database = open_database(tmp_path / "shop.db")
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    database.dispose()
    assert differences == []


def test_a_new_database_gets_no_safety_copy(tmp_path: Path) -> None:
    open_database(tmp_path / "shop.db").dispose()
    assert not (tmp_path / "backups").exists()


def test_pending_migration_copies_the_data_aside_and_a_failure_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    database = open_database(path)
    with database.write() as session:
        session.execute(
            text(
                "INSERT INTO customer (code, kind, name, tax_id, email, phone, address, postal_code, "
                "city, country, language, blocked, notes, created_at, updated_at, version) VALUES "
                "('C1', 'person', 'Rossi Mario', '', '', '', '', '', '', 'IT', 'it', 0, '', "
                "'2026-01-01', '2026-01-01', 1)"
            )
        )
    database.dispose()
    # Pretend the schema predates every migration: the upgrade is due, and it will fail because
    # the tables exist. The copy must have been made first, and the failed run undone whole.
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM alembic_version")
    connection.commit()
    connection.close()

    with pytest.raises(Exception, match="already exists"):
        open_database(path)

    copies = list((tmp_path / "backups").glob("shop-before-migration-*.db"))
    assert len(copies) == 1
    assert integrity_problems(copies[0]) == []
    copy = sqlite3.connect(copies[0])
    assert copy.execute("SELECT name FROM customer").fetchall() == [("Rossi Mario",)]
    copy.close()
    original = sqlite3.connect(path)
    assert original.execute("SELECT name FROM customer").fetchall() == [("Rossi Mario",)]
    assert original.execute("SELECT count(*) FROM alembic_version").fetchone() == (0,)
    original.close()


def test_a_safety_copy_is_one_self_contained_file(tmp_path: Path) -> None:
    from workshop_desk.db.backup import backup_file

    database = open_database(tmp_path / "shop.db")
    database.dispose()
    copy = backup_file(tmp_path / "shop.db", tmp_path / "backups" / "copy.db")
    assert sorted(path.name for path in copy.parent.iterdir()) == ["copy.db"]
    assert copy.stat().st_mode & 0o077 == 0


def test_an_older_database_with_data_is_upgraded_after_a_safety_copy(tmp_path: Path) -> None:
    from alembic import command

    from workshop_desk.db.session import make_engine

    path = tmp_path / "shop.db"
    engine = make_engine(path)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO customer (code, kind, name, tax_id, email, phone, address, postal_code, "
                "city, country, language, blocked, notes, created_at, updated_at, version) VALUES "
                "('C1', 'company', 'Nagy és Társa Kft.', '', '', '', '', '', '', 'HU', 'hu', 0, '', "
                "'2026-01-01', '2026-01-01', 1)"
            )
        )
    engine.dispose()

    database = open_database(path)
    with database.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.HEAD_REVISION
        assert session.execute(text("SELECT name FROM customer")).scalar() == "Nagy és Társa Kft."
    database.dispose()
    copies = list((tmp_path / "backups").glob("shop-before-migration-*.db"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT name FROM customer").fetchone() == ("Nagy és Társa Kft.",)
    copy.close()


@pytest.mark.both_engines
def test_migration_0008_fills_the_search_text_of_existing_rows(
    tmp_path: Path, db_engine: str, request: pytest.FixtureRequest
) -> None:
    """Rows written before 0008 get their folded search text, in batches, as new writes would."""
    from alembic import command

    from workshop_desk.db.search_text import text_of
    from workshop_desk.db.session import make_engine

    target: Path | URL = tmp_path / "shop.db"
    if db_engine == "postgresql":
        target = request.getfixturevalue("postgres").new_database()
    engine = make_engine(target)
    config = migrate.alembic_config()
    customers = [("C1", "Сидоров Пётр", "+7 495 123-45-67"), ("C2", "Őri Zoltán", ""), ("C3", "JOÃO DA SILVA", "")]
    customers += [(f"X{number}", f"Nagy Ödön {number}", "") for number in range(5_001)]  # a second batch
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
        connection.execute(
            text(
                "INSERT INTO customer (code, kind, name, tax_id, email, phone, address, postal_code, city, "
                "country, language, blocked, notes, created_at, updated_at, version) VALUES (:code, 'person', "
                ":name, '', '', :phone, '', '', '', 'RU', 'ru', FALSE, '', '2026-01-01', '2026-01-01', 1)"
            ),
            [{"code": code, "name": name, "phone": phone} for code, name, phone in customers],
        )
        connection.execute(
            text("INSERT INTO vehicle (customer_id, identifier, description) VALUES (1, 'А123ВС 77', '')")
        )
        connection.execute(
            text(
                "INSERT INTO invoice (number, customer_id, vehicle_id, issue_date, due_date, description, total_cents, "
                "deposit_cents, status, void_reason, created_at, version) VALUES ('2026/0001', 1, 1, '2026-01-01', "
                "'2026-02-01', 'Кузовной РЕМОНТ', 1000, 0, 'open', '', '2026-01-01', 1)"
            )
        )
    engine.dispose()

    database = open_database(target if isinstance(target, Path) else target.render_as_string(hide_password=False))
    with database.read() as session:
        stored: dict[str, str] = dict(session.execute(text("SELECT code, search_text FROM customer")).all())
        plate = session.execute(text("SELECT search_text FROM vehicle")).scalar()
        invoice = session.execute(text("SELECT search_text FROM invoice")).scalar()
    database.dispose()
    assert stored == {
        code: text_of("customer", {"code": code, "name": name, "phone": phone}) for code, name, phone in customers
    }
    assert stored["C1"] == "c1\nсидоров пётр\n+7 495 123-45-67"
    assert (plate, invoice) == ("а123вс 77", "2026/0001\nкузовной ремонт")

    engine = make_engine(target)  # and back: the columns and the index go, the rows stay
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
        assert "search_text" not in {column["name"] for column in inspect(connection).get_columns("invoice")}
        assert connection.execute(text("SELECT count(*) FROM customer")).scalar() == len(customers)
    engine.dispose()
