"""Migrations: an empty file reaches the head revision, the schema equals the models, and a
migration on a database with data first copies it aside."""

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

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
