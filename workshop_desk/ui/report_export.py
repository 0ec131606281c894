"""Writing the Reports tab's exports to files: the aging report and a customer's statement, PDF or CSV.

Each function is the work of one export and runs off the GUI thread (it opens its own read
session and touches no widget). Files are written beside their final name and renamed into place
only when complete, so a failed or interrupted export never leaves half a file under the name the
user chose (nor replaces a good file with a broken one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from workshop_desk.db.session import Database
from workshop_desk.files import name_part, partial_file, write_bytes_atomically

if TYPE_CHECKING:
    from workshop_desk.services.reports import AgingRow


def file_name(*parts: str, suffix: str) -> str:
    """``"aging report 2026-11-25.csv"`` from its parts, with characters a file name cannot hold replaced."""
    name = " ".join(part for part in parts if part)
    return name_part(name, "report") + suffix


def write_text_atomically(path: Path, write: Callable[[TextIO], None]) -> Path:
    """Let ``write`` fill a UTF-8 text file (CSV: newlines left to the csv module), then put it in place."""
    with partial_file(path) as partial, partial.open("w", newline="", encoding="utf-8") as out:
        write(out)
    return path


def aging_pdf(database: Database, as_of: date, path: Path, language: str | None = None) -> Path:
    from workshop_desk.services.reports import render_aging_pdf

    with database.read() as session:
        data = render_aging_pdf(session, as_of, language)
    return write_bytes_atomically(path, data)


def aging_csv(rows: Sequence[AgingRow], path: Path) -> Path:
    from workshop_desk.services.reports import write_aging_csv

    return write_text_atomically(path, lambda out: write_aging_csv(rows, out))


def statement_pdf(database: Database, customer_id: int, as_of: date, path: Path, language: str | None = None) -> Path:
    from workshop_desk.services.reports import render_statement_pdf

    with database.read() as session:
        data = render_statement_pdf(session, customer_id, as_of, language)
    return write_bytes_atomically(path, data)


def statement_csv(database: Database, customer_id: int, as_of: date, path: Path) -> Path:
    from workshop_desk.services.reports import write_statement_csv

    with database.read() as session:
        return write_text_atomically(path, lambda out: write_statement_csv(session, customer_id, as_of, out))
