"""``workshop-desk report aging|statement``: CSV and PDF, exit codes, one-line errors.

On the acceptance data as of 2026-03-15 the open balances are A1 400.00 (all late: 2 missed
installments, 42 days), A2 50.00 (14 days), A3 45.00 (not due), A4 150.00 (23 days) — the
figures ``workshop-desk overdue`` prints for them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

Cli = Callable[..., Any]
AGING_HEADER = "customer_code,customer_name,not_due,d1_30,d31_60,d61_90,d90_plus,total"


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_aging_csv_to_standard_output(cli: Cli, acceptance_db: Path) -> None:
    result = cli("report", "aging", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv", "-o", "-")
    assert (result.code, result.err) == (0, "")
    lines = result.out.splitlines()
    assert lines[0] == AGING_HEADER
    assert [line.split(",")[0] for line in lines[1:]] == ["A1", "A2", "A3", "A4"]  # by code, no total line
    totals = {row["customer_code"]: row["total"] for row in rows_of(result.out)}
    assert totals == {"A1": "400.00", "A2": "50.00", "A3": "45.00", "A4": "150.00"}
    assert "A3,Nagy & Társa Kft.,45.00,0.00,0.00,0.00,0.00,45.00" in lines


def test_the_aging_agrees_with_the_overdue_list(cli: Cli, acceptance_db: Path) -> None:
    aging = cli("report", "aging", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv", "-o", "-")
    overdue = cli("overdue", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv")
    by_code = {row["customer_code"]: row for row in rows_of(aging.out)}
    listed = rows_of(overdue.out)
    assert listed
    for row in listed:
        buckets = by_code[row["customer_code"]]
        assert buckets["total"] == row["open_balance"]
        late = sum(Decimal(buckets[key]) for key in ("d1_30", "d31_60", "d61_90", "d90_plus"))
        assert late == Decimal(row["overdue_amount"])
    total = sum(Decimal(row["total"]) for row in by_code.values())
    assert total == sum(Decimal(row["open_balance"]) for row in listed) == Decimal("645.00")


def test_the_aging_pdf_to_a_file(cli: Cli, acceptance_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "aging.pdf"
    result = cli("report", "aging", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "pdf",
                 "-o", target, "--lang", "it")  # fmt: skip
    assert result.code == 0, result.err
    assert result.out == ""
    assert result.err == f"Wrote the aging report as of 2026-03-15 to {target}.\n"
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Scadenzario crediti" in text
    assert "Verdi Giuseppe" in text
    assert not list(tmp_path.glob(".*partial"))


def test_the_statement_as_csv_and_pdf(cli: Cli, acceptance_db: Path, tmp_path: Path) -> None:
    result = cli("report", "statement", "--db", acceptance_db, "--customer", "A4", "--as-of", "2026-03-15",
                 "--format", "csv", "-o", tmp_path / "a4.csv")  # fmt: skip
    assert result.code == 0, result.err
    lines = (tmp_path / "a4.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "date,kind,reference,description,debit,credit,balance,method,detail"
    assert lines[-1].split(",")[6] == "150.00"  # the running balance ends on the open balance
    result = cli("report", "statement", "--db", acceptance_db, "--customer", "A4", "--as-of", "2026-03-15",
                 "--format", "pdf", "-o", tmp_path / "a4.pdf")  # fmt: skip
    assert result.code == 0, result.err
    assert (tmp_path / "a4.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["aging", "--format", "pdf", "-o", "-"], "a PDF cannot be written to standard output"),
        (["statement", "--customer", "ZZ9", "--format", "csv", "-o", "-"], "there is no customer with the code ZZ9"),
        (["aging", "--format", "csv", "-o", "no/such/folder/aging.csv"], "does not exist"),
        (["aging", "--format", "xls", "-o", "-"], "invalid choice: 'xls'"),
        (["aging", "-o", "-"], "the following arguments are required: --format"),
        (["statement", "--format", "csv", "-o", "-"], "the following arguments are required: --customer"),
        (["aging", "--format", "csv", "-o", "-", "--as-of", "15/03/2026"], "is not a date written YYYY-MM-DD"),
        (["monthly", "--format", "csv", "-o", "-"], "invalid choice: 'monthly'"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(
    cli: Cli, acceptance_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], fragment: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("report", *argv, "--db", acceptance_db)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1
    assert fragment in result.err


def test_a_missing_database_is_not_created(cli: Cli, tmp_path: Path) -> None:
    result = cli("report", "aging", "--db", tmp_path / "none.db", "--format", "csv", "-o", "-")
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert not (tmp_path / "none.db").exists()
