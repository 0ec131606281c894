"""``workshop-desk letter``: a PDF on success, warnings on stderr, one-line errors with exit code 2.

The database is the acceptance sample shop (tests/acceptance/data) imported with the program's
own ``import`` command; it has no shop profile, so the shop is the default (GB, pounds, English)
and A1 (Verdi Giuseppe, Milano) prefers Italian.
"""

from __future__ import annotations

import io
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_desk.cli import main

KINDS = ("customers", "invoices", "installments", "payments")
NO_REMINDER = "no reminder was sent before this claim letter (the program has no record of one)"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """``run("letter", "--db", path, …)``: exit code, stdout and stderr of one in-process run."""

    def run_main(*argv: object) -> Result:
        capsys.readouterr()
        try:
            code = main([str(arg) for arg in argv])
        except SystemExit as stop:  # argparse errors
            code = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run_main


@pytest.fixture
def shop_db(tmp_path: Path, acceptance_data: Path, run: Run) -> Path:
    path = tmp_path / "db" / "shop.db"
    path.parent.mkdir()
    for kind in KINDS:
        result = run("import", kind, acceptance_data / f"{kind}.csv", "--db", path)
        assert result.code == 0, result.err
    return path


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    return folder


def letters_in(database: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT customer.code, letter.kind, letter.language"
            " FROM letter JOIN customer ON customer.id = letter.customer_id"
        ).fetchall()
    connection.close()
    return [tuple(row) for row in rows]


def pdf_text(path: Path) -> str:
    """The PDF's text with every whitespace run (also U+00A0, U+202F, line breaks) as one space."""
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages))


def test_a_claim_letter_is_written_with_a_warning_on_stderr(run: Run, shop_db: Path, out_dir: Path) -> None:
    target = out_dir / "claim.pdf"
    result = run(
        "letter",
        "--db",
        shop_db,
        "--customer",
        "A1",
        "--kind",
        "claim",
        "--lang",
        "it",
        "--date",
        "2026-04-20",
        "-o",
        target,
    )
    assert result.code == 0, result.err
    assert target.read_bytes().startswith(b"%PDF-")
    assert result.err.splitlines() == [f"workshop-desk: warning: {NO_REMINDER}"]
    assert result.out == f"Wrote Messa in mora e diffida ad adempiere (it) for A1 to {target}.\n"
    text = pdf_text(target)
    assert "Verdi Giuseppe" in text
    assert "Pagina 1 di" in text
    # P-001: parts 2 and 3 (£200.00 each, due 1 Feb and 1 Mar 2026) are unpaid; pounds, Italian style
    assert "01/02/2026" in text
    assert "01/03/2026" in text
    assert "Totale 400,00 £" in text
    assert sorted(path.name for path in out_dir.iterdir()) == ["claim.pdf"]  # no partial file left
    assert letters_in(shop_db) == [("A1", "claim", "it")]


def test_a_claim_after_a_reminder_has_no_warning(run: Run, shop_db: Path, out_dir: Path) -> None:
    first = run(
        "letter",
        "--db",
        shop_db,
        "--customer",
        "A1",
        "--kind",
        "reminder",
        "--date",
        "2026-04-01",
        "-o",
        out_dir / "r.pdf",
    )
    assert (first.code, first.err) == (0, "")
    assert "(it)" in first.out  # the customer's language when none is chosen
    second = run(
        "letter",
        "--db",
        shop_db,
        "--customer",
        "A1",
        "--kind",
        "claim",
        "--date",
        "2026-04-20",
        "-o",
        out_dir / "c.pdf",
    )
    assert (second.code, second.err) == (0, "")
    assert letters_in(shop_db) == [("A1", "reminder", "it"), ("A1", "claim", "it")]


def test_the_language_can_be_chosen(run: Run, shop_db: Path, out_dir: Path) -> None:
    target = out_dir / "a2.pdf"
    result = run(
        "letter",
        "--db",
        shop_db,
        "--customer",
        "A2",
        "--kind",
        "statement",
        "--lang",
        "en",
        "--date",
        "2026-04-20",
        "-o",
        target,
    )
    assert result.code == 0, result.err
    assert result.out == f"Wrote Statement of account (en) for A2 to {target}.\n"
    assert "Сидоров Пётр" in pdf_text(target)


@pytest.mark.parametrize(
    ("arguments", "fragments"),
    [
        (["--customer", "ZZ9", "--kind", "claim", "--date", "2026-04-20"], ["there is no customer with the code ZZ9"]),
        (
            ["--customer", "A5", "--kind", "claim", "--date", "2026-04-20"],
            ["no claim letter for A5: the account is paid: there is nothing to remind"],
        ),
        (
            ["--customer", "A3", "--kind", "reminder", "--date", "2026-03-20"],
            ["no reminder letter for A3: nothing is overdue"],
        ),
        (["--customer", "A1", "--kind", "claim", "--date", "2026-13-01"], ["--date", "2026-13-01"]),
        (["--customer", "A1", "--kind", "claim", "--date", "20/04/2026x"], ["--date"]),
        (["--customer", "A1", "--kind", "dunning"], ["--kind", "dunning"]),
        (["--customer", "A1", "--kind", "claim", "--lang", "de"], ["--lang", "de"]),
    ],
)
def test_a_refused_or_wrong_request_is_one_line_and_writes_nothing(
    run: Run, shop_db: Path, out_dir: Path, arguments: list[str], fragments: list[str]
) -> None:
    result = run("letter", "--db", shop_db, *arguments, "-o", out_dir / "x.pdf")
    assert result.code == 2
    assert result.out == ""
    assert "Traceback" not in result.err
    [line] = result.err.splitlines()
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    assert list(out_dir.iterdir()) == []
    assert letters_in(shop_db) == []


def test_an_output_folder_that_does_not_exist_is_one_line(run: Run, shop_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "claim.pdf"
    result = run("letter", "--db", shop_db, "--customer", "A1", "--kind", "claim", "--date", "2026-04-20", "-o", target)
    assert (result.code, result.out) == (2, "")
    assert result.err.splitlines() == [f"workshop-desk: error: the folder {target.parent} does not exist"]
    assert not target.parent.exists()
    assert letters_in(shop_db) == []


def test_a_database_that_does_not_exist_is_one_line_and_not_created(run: Run, out_dir: Path, tmp_path: Path) -> None:
    database = tmp_path / "nowhere.db"
    result = run("letter", "--db", database, "--customer", "A1", "--kind", "claim", "-o", out_dir / "x.pdf")
    assert (result.code, result.out) == (2, "")
    assert len(result.err.splitlines()) == 1
    assert "Traceback" not in result.err
    assert not database.exists()
    assert list(out_dir.iterdir()) == []


def test_an_output_path_that_is_a_folder_is_one_line(run: Run, shop_db: Path, out_dir: Path) -> None:
    occupied = out_dir / "taken.pdf"
    occupied.mkdir()
    result = run(
        "letter", "--db", shop_db, "--customer", "A1", "--kind", "claim", "--date", "2026-04-20", "-o", occupied
    )
    assert (result.code, result.out) == (2, "")
    [line] = result.err.splitlines()
    assert line.startswith(f"workshop-desk: error: cannot write {occupied}")
    assert sorted(path.name for path in out_dir.iterdir()) == ["taken.pdf"]
    assert letters_in(shop_db) == []  # the letter is not recorded when its file could not be written
