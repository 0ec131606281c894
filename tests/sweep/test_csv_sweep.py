"""The bad-input sweep over the CSV import (issue #9): every column of every kind, hostile values.

For each kind and each of its columns, one data row of the acceptance file (tests/acceptance/data)
gets a hostile value in that column — written as a proper CSV field, or spliced in raw so that
quotes, commas and line breaks in it break the file's structure — and is imported into a
database that holds what the acceptance data holds before that kind. The import must either
succeed or raise :class:`CsvImportError` whose every problem has a line number inside the file
and a one-line message; any other exception fails. A refused import must leave the database
exactly as it was (every table, every row: all or nothing).

One database file per test function, copied from a template; after an import that succeeded it
is copied again, so every example starts from the same data.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sweep_values import hostile_date, hostile_number, hostile_text, one_line

from workshop_desk.db.session import Database, open_database
from workshop_desk.services.csv_formats import FORMATS
from workshop_desk.services.csv_import import CsvImportError, import_csv

ACCEPTANCE = Path(__file__).resolve().parent.parent / "acceptance" / "data"
KINDS = ("customers", "invoices", "installments", "payments")
DATE_COLUMNS = {"issue_date", "due_date", "date"}
NUMBER_COLUMNS = {"debt_limit", "total", "deposit", "amount"}
ALWAYS_TRIED = ("9" * 5000, "0001-01-01", "9999-12-31", "1e309", "NaN", "2026-02-30", "\x00", "A\r\nB", "x" * 140_000)
"""Tried in every column besides the values drawn: each of them once broke the import or nearly did."""
LINE_BREAK = re.compile(r"\r\n|\r|\n")
SWEEP = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy with SQLite's backup API (over whatever ``target`` held)."""
    for leftover in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    with sqlite3.connect(source) as from_connection, sqlite3.connect(target) as to_connection:
        from_connection.backup(to_connection)
    from_connection.close()
    to_connection.close()


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (sorted), read through a connection of its own."""
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
    finally:
        connection.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """By kind: a database holding the acceptance data of the kinds imported before it."""
    folder = tmp_path_factory.mktemp("sweep-templates")
    made: dict[str, Path] = {}
    previous: Path | None = None
    for kind in KINDS:
        path = folder / f"before-{kind}.db"
        if previous is None:
            open_database(path).dispose()
        else:
            _copy_database(previous, path)
            database = open_database(path)
            try:
                import_csv(database, KINDS[KINDS.index(kind) - 1], ACCEPTANCE / f"{KINDS[KINDS.index(kind) - 1]}.csv")
            finally:
                database.dispose()
        made[kind] = previous = path
    return made


@dataclass
class Target:
    """The database a test imports into, and how to put it back as it started."""

    template: Path
    path: Path
    database: Database

    def reset(self) -> None:
        self.database.dispose()
        _copy_database(self.template, self.path)
        self.database = open_database(self.path)


@pytest.fixture
def target(request: pytest.FixtureRequest, templates: dict[str, Path], tmp_path: Path) -> Iterator[Target]:
    kind = request.node.callspec.params["kind"]
    path = tmp_path / "shop.db"
    _copy_database(templates[kind], path)
    opened = Target(templates[kind], path, open_database(path))
    yield opened
    opened.database.dispose()


def acceptance_rows(kind: str) -> tuple[list[str], list[list[str]]]:
    with (ACCEPTANCE / f"{kind}.csv").open(newline="", encoding="utf-8-sig") as file:
        header, *rows = list(csv.reader(file))
    return header, rows


def write_file(
    path: Path, header: list[str], rows: list[list[str]], row: int, column: int, value: str, raw: bool
) -> str:
    """The acceptance file with ``value`` in one cell: quoted as CSV needs, or (``raw``) spliced in as is."""
    changed = [list(cells) for cells in rows]
    marker = "\x01SWEEP\x01"
    changed[row][column] = marker if raw else value
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # so that a lone CR in a field is quoted too
    writer.writerow(header)
    writer.writerows(changed)
    text = buffer.getvalue()
    if raw:
        text = text.replace(marker, value)
    path.write_bytes(text.encode("utf-8"))
    return text


def value_for(column: str) -> st.SearchStrategy[str]:
    if column in DATE_COLUMNS:
        return hostile_date()
    if column in NUMBER_COLUMNS:
        return hostile_number()
    return hostile_text()


CASES = [(kind, column) for kind in KINDS for column in FORMATS[kind].columns]


@pytest.mark.parametrize(("kind", "column"), CASES, ids=[f"{kind}-{column}" for kind, column in CASES])
def test_a_hostile_value_in_any_column_is_imported_or_refused_whole(
    kind: str, column: str, target: Target, tmp_path: Path
) -> None:
    header, rows = acceptance_rows(kind)
    assert column in header, f"the acceptance {kind} file has no column {column}"
    file = tmp_path / f"{kind}.csv"

    @SWEEP
    @given(value=value_for(column), row=st.integers(0, len(rows) - 1), raw=st.booleans())
    def sweep(value: str, row: int, raw: bool) -> None:
        text = write_file(file, header, rows, row, header.index(column), value, raw)
        before = snapshot(target.path)
        try:  # any exception but CsvImportError fails the example
            summary = import_csv(target.database, kind, file)
        except CsvImportError as refused:
            problems = refused.errors
        else:
            assert summary.rows >= 1
            assert snapshot(target.path) != before, "an import that succeeded wrote nothing"
            target.reset()
            return
        assert problems, "a refused import says why"
        last_line = len(LINE_BREAK.findall(text)) + 1  # counted as the csv module counts them
        for problem in problems:
            assert 1 <= problem.line <= last_line, f"line {problem.line} is not in the file: {problem}"
            assert problem.message.strip(), "every problem has a message"
            assert one_line(str(problem)), f"a problem prints as one line: {str(problem)!r}"
        assert snapshot(target.path) == before, "a refused import wrote something"

    for value in ALWAYS_TRIED:
        sweep = example(value=value, row=0, raw=False)(sweep)
    sweep()


@pytest.mark.parametrize("kind", ["invoices"])
def test_a_line_break_in_a_quoted_value_is_escaped_in_the_message(kind: str, target: Target, tmp_path: Path) -> None:
    """Found by the sweep: ``"0\\r0"`` as a customer code printed its problem over two lines."""
    header, rows = acceptance_rows(kind)
    file = tmp_path / "invoices.csv"
    write_file(file, header, rows, 0, header.index("customer_code"), "A\r\nB", raw=False)
    with pytest.raises(CsvImportError) as refused:
        import_csv(target.database, kind, file)
    assert [str(problem) for problem in refused.value.errors] == [
        "line 2: customer A\\r\\nB does not exist (import customers first)"
    ]


FOUND = {
    "customers": ("debt_limit", "9" * 5000, "debt_limit: '99999"),  # int() of 4 300+ digits raised ValueError
    "invoices": ("due_date", "0001-01-01", "due_date '0001-01-01' is not between 2000-01-01 and 2099-12-31"),
    "payments": ("amount", "-" + "9" * 5000, "is larger than 999999999.99"),
    "installments": ("due_date", "9999-12-31", "due_date '9999-12-31' is not between"),
}
"""By kind: the column, the value that broke the import (or would have broken the dates later), the message."""


@pytest.mark.parametrize("kind", list(FOUND))
def test_what_the_sweep_found_is_refused_line_by_line(kind: str, target: Target, tmp_path: Path) -> None:
    """0001-01-01 is date.min, the importer's mark for an unreadable date: the row got past the checks
    and the database's CHECK constraint raised IntegrityError instead."""
    column, value, said = FOUND[kind]
    header, rows = acceptance_rows(kind)
    file = tmp_path / f"{kind}.csv"
    write_file(file, header, rows, 0, header.index(column), value, raw=False)
    before = snapshot(target.path)
    with pytest.raises(CsvImportError) as refused:
        import_csv(target.database, kind, file)
    assert [problem.line for problem in refused.value.errors if said in problem.message] == [2]
    assert snapshot(target.path) == before
