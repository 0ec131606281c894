"""Fixtures for the CSV service tests: databases in ``tmp_path``, CSV files, row counts.

Opening a brand-new database runs every migration (about a tenth of a second). The tests open
many databases, so a migrated empty database and one holding the acceptance customers and
invoices are built once per session and *copied* into each test's ``tmp_path``; every database
a test touches is its own file there.

On PostgreSQL (modules marked ``both_engines``, tests/conftest.py) the same two templates are
databases on the test server, and each test's database is made with ``CREATE DATABASE … TEMPLATE``.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from postgres_server import migrated_template
from sqlalchemy import URL, func, select

from workshop_desk.db.models import Customer, InstallmentRow, Invoice, PaymentRow
from workshop_desk.db.session import Database, open_database
from workshop_desk.services.csv_import import CsvImportError, import_csv

ACCEPTANCE = Path(__file__).resolve().parent.parent / "acceptance" / "data"
"""A copy of the shared acceptance data (``/work/shared/acceptance/data``)."""

KINDS = ("customers", "invoices", "installments", "payments")
TABLES = {"customers": Customer, "invoices": Invoice, "installments": InstallmentRow, "payments": PaymentRow}


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy with SQLite's backup API (the source may still have a WAL file)."""
    with sqlite3.connect(source) as from_connection, sqlite3.connect(target) as to_connection:
        from_connection.backup(to_connection)
    from_connection.close()
    to_connection.close()


@pytest.fixture(scope="session")
def database_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "empty.db"
    database = open_database(empty)
    database.dispose()
    base = folder / "base.db"
    shutil.copyfile(empty, base)
    _fill_base(base)
    return {"empty": empty, "base": base}


def _fill_base(where: Path | URL) -> None:
    """Import the acceptance customers and invoices into the shop at ``where``."""
    database = open_database(where)
    try:
        for kind in ("customers", "invoices"):
            import_csv(database, kind, ACCEPTANCE / f"{kind}.csv")
    finally:
        database.dispose()


@pytest.fixture
def new_database(tmp_path: Path, db_engine: str, request: pytest.FixtureRequest) -> Iterator[Callable[..., Database]]:
    """``new_database(name, template="empty")``: a database file of its own in ``tmp_path``.

    ``template="base"`` holds the acceptance customers A1–A5 and invoices P-001–P-006 (each with
    its default single installment); ``template=None`` creates the file from scratch. On
    PostgreSQL: a database of its own on the test server, copied from the same templates there
    (``name`` is not needed).
    """
    opened: list[Database] = []
    server = request.getfixturevalue("postgres") if db_engine == "postgresql" else None
    templates = request.getfixturevalue("database_templates") if server is None else None

    def make(name: str = "shop.db", template: str | None = "empty") -> Database:
        if server is not None:
            if template == "empty":
                migrated_template(server)
            elif template == "base":
                migrated_template(server)
                server.template("base", _fill_base, "empty")
            database = open_database(server.new_database(template))
        else:
            assert templates is not None
            path = tmp_path / name
            if template is not None:
                _copy_database(templates[template], path)
            database = open_database(path)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()
        if server is not None:
            server.drop_database(database.url)


@pytest.fixture
def db(new_database: Callable[..., Database]) -> Database:
    """An empty, migrated shop database."""
    return new_database("empty.db")


@pytest.fixture
def base_db(new_database: Callable[..., Database]) -> Database:
    """The acceptance customers (A1–A5) and invoices (P-001–P-006), nothing else."""
    return new_database("base.db", template="base")


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    """``write_csv(name, text_or_bytes)``: a file in ``tmp_path`` (text is written as UTF-8, as is)."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        return path

    return write


@pytest.fixture
def count() -> Callable[[Database, str], int]:
    """``count(database, kind)``: how many rows the table of ``kind`` holds."""

    def rows(database: Database, kind: str) -> int:
        with database.read() as session:
            return int(session.scalar(select(func.count()).select_from(TABLES[kind])) or 0)

    return rows


@pytest.fixture
def counts(count: Callable[[Database, str], int]) -> Callable[[Database], dict[str, int]]:
    """``counts(database)``: the row count of every table, by kind."""
    return lambda database: {kind: count(database, kind) for kind in KINDS}


@pytest.fixture
def import_errors() -> Callable[..., list[tuple[int, str]]]:
    """``import_errors(database, kind, path)``: the (line, message) pairs of a refused import.

    Fails the test if the import is accepted.
    """

    def run(database: Database, kind: str, path: Path, **options: object) -> list[tuple[int, str]]:
        with pytest.raises(CsvImportError) as refused:
            import_csv(database, kind, path, **options)  # type: ignore[arg-type]
        return [(error.line, error.message) for error in refused.value.errors]

    return run
