"""The ``workshop-desk`` command: overdue lists, import/export, demo, and one-line errors with exit code 2.

Most runs call ``workshop_desk.cli.main`` in-process (the ``cli`` fixture); the last tests start
the real entry points (``workshop-desk`` and ``python -m workshop_desk``) to prove they are wired.
"""

from __future__ import annotations

import csv
import io
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

ACCEPTANCE = Path(__file__).resolve().parent.parent / "acceptance" / "data"
KINDS = ("customers", "invoices", "installments", "payments")
OVERDUE_HEADER = (
    "customer_code,customer_name,open_balance,overdue_amount,max_days_late,missed_installments,debt_limit,over_limit"
)
# The acceptance data as of 2026-03-15, most urgent first (overdue amount × days late:
# A1 400.00 × 42, A4 150.00 × 23, A2 50.00 × 14; A3 only over its limit of 0).
OVERDUE_2026_03_15 = f"""\
{OVERDUE_HEADER}
A1,Verdi Giuseppe,400.00,400.00,42,2,400.00,false
A4,Auto Peças Silva,150.00,150.00,23,1,1000.00,false
A2,Сидоров Пётр,50.00,50.00,14,0,,false
A3,Nagy & Társa Kft.,45.00,0.00,0,0,0.00,true
"""
Cli = Callable[..., Any]


def assert_one_line_error(result: Any, *fragments: str) -> str:
    """Exit code 2, nothing on stdout, exactly one line on stderr holding ``fragments``, no traceback."""
    assert result.code == 2, (result.code, result.err)
    assert "Traceback" not in result.out + result.err
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    line = result.err_lines[0]
    for fragment in fragments:
        assert fragment in line, f"{fragment!r} not in {line!r}"
    return line


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def parse_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def exports(cli: Cli, database: Path, folder: Path) -> dict[str, str]:
    """Every kind exported with ``workshop-desk export``, as text."""
    folder.mkdir(exist_ok=True)
    texts = {}
    for kind in KINDS:
        target = folder / f"{kind}.csv"
        result = cli("export", kind, target, "--db", database)
        assert result.code == 0, result.err
        texts[kind] = target.read_text(encoding="utf-8")
    return texts


# =========================================================================== overdue
def test_overdue_csv_header_is_exactly_the_documented_one(cli: Cli, acceptance_db: Path) -> None:
    result = cli("overdue", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv")

    assert result.code == 0
    assert result.out.splitlines()[0] == OVERDUE_HEADER


def test_overdue_csv_of_the_acceptance_data_is_exactly_the_expected_rows(cli: Cli, acceptance_db: Path) -> None:
    result = cli("overdue", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv")

    assert result.code == 0
    assert result.err == ""
    assert result.out == OVERDUE_2026_03_15


def test_overdue_csv_agrees_with_the_hand_computed_acceptance_file(cli: Cli, acceptance_db: Path) -> None:
    """The acceptance file lists customers by code and writes amounts its own way ("0" for a limit
    of zero); the values, compared as decimals, must be the same."""
    expected_text = (ACCEPTANCE.parent / "expected_overdue_2026-03-15.csv").read_text(encoding="utf-8")

    got = parse_csv(cli("overdue", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv").out)

    def normal(value: str) -> object:
        try:
            return Decimal(value)
        except ArithmeticError:
            return value.lower()

    want = parse_csv(expected_text)
    assert expected_text.splitlines()[0] == OVERDUE_HEADER
    assert {row["customer_code"]: {k: normal(v) for k, v in row.items()} for row in got} == {
        row["customer_code"]: {k: normal(v) for k, v in row.items()} for row in want
    }


URGENCY_CUSTOMERS = """\
code,name,debt_limit
U9,Nine (same debt as U2; the code breaks the tie),
U1,One (large but only 5 days late),
U2,Two (small but 60 days late),
U3,Three (nothing late; over a limit of zero),0
U4,Four (due today: not late yet),
U5,Five (1 day late; over its limit),500.00
"""
URGENCY_INVOICES = """\
number,customer_code,issue_date,due_date,total
I-9,U9,2026-01-01,2026-01-14,100.00
I-1,U1,2026-03-01,2026-03-10,1000.00
I-2,U2,2026-01-01,2026-01-14,100.00
I-3,U3,2026-03-01,2026-04-01,10.00
I-4,U4,2026-03-01,2026-03-15,50.00
I-5,U5,2026-03-01,2026-03-14,600.00
"""


def test_overdue_lists_the_most_urgent_first(cli: Cli, tmp_path: Path) -> None:
    database = tmp_path / "urgency.db"
    for kind, text in (("customers", URGENCY_CUSTOMERS), ("invoices", URGENCY_INVOICES)):
        assert cli("import", kind, write(tmp_path / f"{kind}.csv", text), "--db", database).code == 0

    csv_result = cli("overdue", "--db", database, "--as-of", "2026-03-15", "--format", "csv")
    table_result = cli("overdue", "--db", database, "--as-of", "2026-03-15")

    assert csv_result.out.splitlines()[1:] == [
        "U2,Two (small but 60 days late),100.00,100.00,60,0,,false",
        "U9,Nine (same debt as U2; the code breaks the tie),100.00,100.00,60,0,,false",
        "U1,One (large but only 5 days late),1000.00,1000.00,5,0,,false",
        "U5,Five (1 day late; over its limit),600.00,600.00,1,0,500.00,true",
        "U3,Three (nothing late; over a limit of zero),10.00,0.00,0,0,0.00,true",
    ]
    table_codes = [line.split()[0] for line in table_result.out.splitlines()[2:-1]]
    assert table_codes == ["U2", "U9", "U1", "U5", "U3"]
    assert table_result.out.splitlines()[0].endswith(": 5 customer(s)")


def test_overdue_on_a_day_before_anything_was_due_lists_nobody(cli: Cli, acceptance_db: Path) -> None:
    csv_result = cli("overdue", "--db", acceptance_db, "--as-of", "2025-11-19", "--format", "csv")
    table_result = cli("overdue", "--db", acceptance_db, "--as-of", "2025-11-19")

    assert (csv_result.code, csv_result.out) == (0, OVERDUE_HEADER + "\n")
    assert table_result.code == 0
    assert table_result.out == "Overdue as of 19 November 2025: 0 customer(s)\n"


def _demo(cli: Cli, database: Path, locale: str, *extra: object) -> None:
    result = cli(
        "demo",
        "--db",
        database,
        "--locale",
        locale,
        "--customers",
        30,
        "--seed",
        3,
        "--today",
        "2026-03-15",
        *extra,
    )
    assert result.code == 0, result.err


def test_overdue_csv_of_a_demo_shop_is_plain_and_sorted_by_urgency(cli: Cli, tmp_path: Path) -> None:
    database = tmp_path / "demo.db"
    _demo(cli, database, "hu")

    rows = parse_csv(cli("overdue", "--db", database, "--as-of", "2026-03-15", "--format", "csv").out)

    assert len(rows) >= 3
    plain = re.compile(r"^\d+\.\d{2}$")
    for row in rows:
        assert plain.match(row["open_balance"]), row
        assert plain.match(row["overdue_amount"]), row
        assert row["debt_limit"] == "" or plain.match(row["debt_limit"]), row
        assert row["over_limit"] in {"true", "false"}
        assert row["max_days_late"].isdigit(), row
        assert row["missed_installments"].isdigit(), row
        over = row["debt_limit"] != "" and Decimal(row["open_balance"]) > Decimal(row["debt_limit"])
        assert row["over_limit"] == ("true" if over else "false")
        assert Decimal(row["overdue_amount"]) > 0 or over
    weights = [Decimal(row["overdue_amount"]) * int(row["max_days_late"]) for row in rows]
    assert weights == sorted(weights, reverse=True)


def _grouped(plain: str, group: str, decimal: str | None) -> str:
    units, cents = plain.split(".")
    digits = f"{int(units):,}".replace(",", group)
    return digits if decimal is None else f"{digits}{decimal}{cents}"


LOCALIZED_MONEY = {
    # locale: (how a plain amount is shown, the date line of the table)
    "it": (lambda plain: _grouped(plain, ".", ",") + " €", "Overdue as of 15 marzo 2026:"),
    "en": (lambda plain: "£" + _grouped(plain, ",", "."), "Overdue as of 15 March 2026:"),
    "ru": (lambda plain: _grouped(plain, " ", ",") + " ₽", "Overdue as of 15 марта 2026"),
    "pt_BR": (lambda plain: "R$ " + _grouped(plain, ".", ","), "Overdue as of 15 de março de 2026:"),
    "hu": (lambda plain: _grouped(plain, " ", None) + " Ft", "Overdue as of 2026. március 15.:"),
}


@pytest.mark.parametrize("locale", list(LOCALIZED_MONEY))
def test_the_overdue_table_shows_money_as_the_shop_writes_it(cli: Cli, tmp_path: Path, locale: str) -> None:
    money, date_line = LOCALIZED_MONEY[locale]
    database = tmp_path / f"{locale}.db"
    _demo(cli, database, locale)
    rows = parse_csv(cli("overdue", "--db", database, "--as-of", "2026-03-15", "--format", "csv").out)

    result = cli("overdue", "--db", database, "--as-of", "2026-03-15")

    assert result.code == 0
    table = result.out.replace("\u00a0", " ").replace("\u202f", " ")
    assert table.startswith(date_line)
    assert f": {len(rows)} customer(s)" in table.splitlines()[0]
    lines = table.splitlines()[2:-1]
    assert [line.split()[0] for line in lines] == [row["customer_code"] for row in rows]
    for line, row in zip(lines, rows, strict=True):
        assert money(row["open_balance"]) in line, (money(row["open_balance"]), line)
        assert money(row["overdue_amount"]) in line
        assert (row["over_limit"] == "true") == line.endswith("OVER LIMIT")
    total = sum(Decimal(row["overdue_amount"]) for row in rows)
    assert table.splitlines()[-1] == f"Total overdue: {money(f'{total:.2f}')}"
    if locale == "it":  # the example of the issue: thousands with a dot, decimals with a comma, € after
        assert re.search(r"\b\d{1,3}\.\d{3},\d{2} €", table), table


# =========================================================================== bad input: one line, exit code 2
@pytest.mark.parametrize(
    "as_of",
    [
        "15/03/2026",
        "2026-3-15",
        "20260315",
        "yesterday",
        "",
        "2026-W11-7",  # an ISO week date: Python reads it, a receptionist did not mean it
    ],
)
def test_a_bad_as_of_date_is_one_line_and_exit_2(cli: Cli, acceptance_db: Path, as_of: str) -> None:
    result = cli("overdue", "--db", acceptance_db, "--as-of", as_of)

    assert_one_line_error(result, "--as-of", f"{as_of!r} is not a date written YYYY-MM-DD")


def test_a_day_that_does_not_exist_is_named_as_such(cli: Cli, acceptance_db: Path) -> None:
    result = cli("overdue", "--db", acceptance_db, "--as-of", "2026-02-30")

    assert_one_line_error(result, "--as-of", "'2026-02-30' is not a day of the calendar")


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["import", "bananas", "x.csv"], id="import-unknown-kind"),
        pytest.param(["export", "vehicles", "x.csv"], id="export-unknown-kind"),
        pytest.param(["overdue", "--format", "xml"], id="unknown-format"),
        pytest.param(["frobnicate"], id="unknown-command"),
        pytest.param(["import", "customers"], id="import-without-file"),
        pytest.param(["demo", "--customers", "0"], id="demo-zero-customers"),
        pytest.param(["demo", "--locale", "de"], id="demo-unknown-locale"),
        pytest.param(["overdue", "--no-such-option"], id="unknown-option"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(cli: Cli, tmp_path: Path, argv: list[str]) -> None:
    database = tmp_path / "never.db"

    result = cli(*argv, "--db", database)

    line = assert_one_line_error(result, "error:")
    assert "--help" in line
    assert not database.exists()


def test_a_missing_csv_file_is_one_line_and_exit_2(cli: Cli, tmp_path: Path) -> None:
    database = tmp_path / "shop.db"

    result = cli("import", "customers", tmp_path / "nope.csv", "--db", database)

    assert_one_line_error(result, f"there is no file {tmp_path / 'nope.csv'}")
    assert not database.exists()


COMMANDS_ON_A_DATABASE = {
    "overdue": ("overdue",),
    "import": ("import", "customers", ACCEPTANCE / "customers.csv"),
    "export": ("export", "customers", "{tmp}/out.csv"),
    "demo": ("demo", "--customers", "2", "--today", "2026-03-15"),
}


def command(name: str, tmp: Path) -> list[str]:
    return [str(arg).replace("{tmp}", str(tmp)) for arg in COMMANDS_ON_A_DATABASE[name]]


@pytest.mark.parametrize("name", list(COMMANDS_ON_A_DATABASE))
def test_a_missing_database_folder_is_one_line_and_exit_2(cli: Cli, tmp_path: Path, name: str) -> None:
    missing = tmp_path / "no" / "such" / "folder"

    result = cli(*command(name, tmp_path), "--db", missing / "shop.db")

    assert_one_line_error(result, f"The folder {missing} does not exist.")
    assert not (tmp_path / "no").exists()
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("name", list(COMMANDS_ON_A_DATABASE))
def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(cli: Cli, tmp_path: Path, name: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    junk = write(folder / "shop.db", "not a database\n")
    before = folder_snapshot(folder)

    result = cli(*command(name, tmp_path), "--db", junk)

    assert_one_line_error(result, str(junk), "is not a Workshop Desk database")
    assert folder_snapshot(folder) == before  # same bytes, and no -wal, -shm or backups beside it
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("name", list(COMMANDS_ON_A_DATABASE))
def test_an_sqlite_file_of_another_program_is_refused_and_left_untouched(
    cli: Cli,
    tmp_path: Path,
    name: str,
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    foreign = folder / "other.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)")
    connection.execute("INSERT INTO foo (bar) VALUES ('keep me')")
    connection.commit()
    connection.close()
    before = folder_snapshot(folder)

    result = cli(*command(name, tmp_path), "--db", foreign)

    assert_one_line_error(result, str(foreign), "SQLite database of another program")
    assert folder_snapshot(folder) == before


@pytest.mark.parametrize("name", ["overdue", "import"])
def test_a_damaged_database_is_refused_and_left_untouched(cli: Cli, tmp_path: Path, name: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    damaged = folder / "shop.db"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    before = folder_snapshot(folder)

    result = cli(*command(name, tmp_path), "--db", damaged)

    assert_one_line_error(result, str(damaged), "cannot be read as a database")
    assert folder_snapshot(folder) == before


def test_a_folder_given_as_the_database_is_one_line_and_exit_2(cli: Cli, tmp_path: Path) -> None:
    assert_one_line_error(cli("overdue", "--db", tmp_path), f"{tmp_path} is not a file.")


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: root ignores file permissions, so a read-only folder cannot be simulated",
)
def test_a_read_only_folder_is_one_line_and_exit_2(cli: Cli, tmp_path: Path, acceptance_db: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    existing = locked / "existing.db"
    existing.write_bytes(acceptance_db.read_bytes())
    before = folder_snapshot(locked)
    locked.chmod(0o555)
    try:
        new = cli("import", "customers", ACCEPTANCE / "customers.csv", "--db", locked / "new.db")
        old = cli("overdue", "--db", existing, "--as-of", "2026-03-15")
        after = folder_snapshot(locked)
    finally:
        locked.chmod(0o755)

    assert_one_line_error(new, "read-only")
    assert_one_line_error(old, "read-only")
    assert after == before


@pytest.mark.parametrize("name", ["overdue", "export"])
def test_a_reading_command_on_a_path_without_a_database_creates_nothing(cli: Cli, tmp_path: Path, name: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir()

    result = cli(*command(name, tmp_path), "--db", folder / "shop.db")

    assert_one_line_error(result, f"There is no database at {folder / 'shop.db'}")
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "out.csv").exists()


def test_an_export_into_a_missing_folder_is_one_line_and_leaves_no_partial_file(
    cli: Cli,
    tmp_path: Path,
    acceptance_db: Path,
) -> None:
    target = tmp_path / "missing" / "customers.csv"

    result = cli("export", "customers", target, "--db", acceptance_db)

    assert_one_line_error(result, f"cannot write {target}")
    assert not target.parent.exists()


# =========================================================================== import and export
def test_a_bad_csv_lists_every_bad_row_and_imports_nothing(cli: Cli, tmp_path: Path, acceptance_db: Path) -> None:
    bad = write(
        tmp_path / "payments.csv",
        (
            "customer_code,invoice_number,date,amount,method,reference\n"
            "A1,P-001,2026-03-10,50.00,cash,\n"
            "A1,P-002,2026-03-10,50.00,cash,\n"
            "A2,,2026-02-30,12,50,card,\n"
            "A3,,2026-03-10,5.00,cheque,\n"
        ),
    )
    before = exports(cli, acceptance_db, tmp_path / "before")

    result = cli("import", "payments", bad, "--db", acceptance_db)

    assert result.code == 2
    assert result.out == ""
    assert "Traceback" not in result.err
    assert result.err_lines == [
        f"{bad}: line 3: invoice P-002 is not an invoice of customer A1",
        f"{bad}: line 4: has 7 fields, the header has 6",
        f"{bad}: line 5: method 'cheque' is not one of cash, card, transfer, other",
        f"workshop-desk: 3 problem(s) in {bad}; nothing was imported.",
    ]
    assert exports(cli, acceptance_db, tmp_path / "after") == before


def test_the_acceptance_check_bad_csv_is_refused(cli: Cli, tmp_path: Path) -> None:
    """The acceptance script's own bad file: a row with fewer fields than the header."""
    bad = write(tmp_path / "bad.csv", "code,name\nX1\n")

    result = cli("import", "customers", bad, "--db", tmp_path / "c.db")

    assert result.code == 2
    assert result.err_lines == [
        f"{bad}: line 2: has 1 fields, the header has 2",
        f"workshop-desk: 1 problem(s) in {bad}; nothing was imported.",
    ]


def test_a_csv_with_a_huge_field_is_a_bad_file_exit_2(cli: Cli, tmp_path: Path) -> None:
    bad = write(tmp_path / "customers.csv", "code,name,notes\nX1,Rossi Mario," + "x" * 200_000 + "\n")

    result = cli("import", "customers", bad, "--db", tmp_path / "shop.db")

    assert result.code == 2, result.err
    assert "Traceback" not in result.err
    assert result.err_lines[0].startswith(f"{bad}: line 2: ")


def test_importing_the_same_payments_twice_needs_allow_duplicates(
    cli: Cli, tmp_path: Path, acceptance_db: Path
) -> None:
    payments = ACCEPTANCE / "payments.csv"

    again = cli("import", "payments", payments, "--db", acceptance_db)
    allowed = cli("import", "payments", payments, "--db", acceptance_db, "--allow-duplicates")

    assert again.code == 2
    assert len(again.err_lines) == 6
    assert all("recorded already" in line and "--allow-duplicates" in line for line in again.err_lines[:5])
    assert again.err_lines[-1] == f"workshop-desk: 5 problem(s) in {payments}; nothing was imported."
    assert allowed.code == 0
    assert allowed.out == f"Imported 5 payments from {payments}.\n"
    exported = exports(cli, acceptance_db, tmp_path / "x")["payments"]
    assert exported.count("\n") == 1 + 10


def test_import_and_export_report_what_they_did(cli: Cli, tmp_path: Path) -> None:
    database = tmp_path / "shop.db"

    imported = [cli("import", kind, ACCEPTANCE / f"{kind}.csv", "--db", database) for kind in KINDS]
    exported = cli("export", "installments", tmp_path / "plans.csv", "--db", database)

    assert [result.out for result in imported] == [
        f"Imported 5 customers from {ACCEPTANCE / 'customers.csv'}.\n",
        f"Imported 6 invoices from {ACCEPTANCE / 'invoices.csv'}.\n",
        f"Imported 6 installments from {ACCEPTANCE / 'installments.csv'}; plans of 2 invoice(s) replaced.\n",
        f"Imported 5 payments from {ACCEPTANCE / 'payments.csv'}.\n",
    ]
    assert exported.code == 0
    assert f"Exported 10 installments to {tmp_path / 'plans.csv'}." in exported.out + exported.err
    assert (tmp_path / "plans.csv").read_text(encoding="utf-8").count("\n") == 11


# =========================================================================== demo
def test_demo_refuses_a_database_with_data_unless_forced(cli: Cli, tmp_path: Path, acceptance_db: Path) -> None:
    before = exports(cli, acceptance_db, tmp_path / "before")

    refused = cli("demo", "--db", acceptance_db, "--customers", 10, "--seed", 2, "--today", "2026-03-15")

    assert_one_line_error(refused, str(acceptance_db), "--force")
    assert exports(cli, acceptance_db, tmp_path / "refused") == before


def test_demo_with_force_adds_prefixed_customers_and_keeps_the_old_ones(
    cli: Cli,
    tmp_path: Path,
    acceptance_db: Path,
) -> None:
    before = exports(cli, acceptance_db, tmp_path / "before")
    overdue_before = cli("overdue", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv").out

    first = cli("demo", "--db", acceptance_db, "--customers", 10, "--seed", 2, "--today", "2026-03-15", "--force")
    second = cli("demo", "--db", acceptance_db, "--customers", 10, "--seed", 2, "--today", "2026-03-15", "--force")

    assert (first.code, second.code) == (0, 0)
    assert first.out.startswith(f"Demo shop (en) written to {acceptance_db}: 10 customers, ")
    after = exports(cli, acceptance_db, tmp_path / "after")
    codes = [row["code"] for row in parse_csv(after["customers"])]
    assert codes[:5] == ["A1", "A2", "A3", "A4", "A5"]
    assert codes[5:] == [f"DEMO1-C{n:04d}" for n in range(1, 11)] + [f"DEMO2-C{n:04d}" for n in range(1, 11)]
    numbers = [row["number"] for row in parse_csv(after["invoices"])]
    assert numbers[:6] == ["P-001", "P-002", "P-003", "P-004", "P-005", "P-006"]
    assert all(number.startswith(("DEMO1-", "DEMO2-")) for number in numbers[6:])
    assert len(numbers) > 6
    for kind in KINDS:  # the old records come first and are exactly as they were
        assert after[kind].startswith(before[kind]), kind
    overdue_after = cli("overdue", "--db", acceptance_db, "--as-of", "2026-03-15", "--format", "csv").out
    old_rows = set(overdue_before.splitlines()[1:])
    assert old_rows <= set(overdue_after.splitlines()[1:])


def test_demo_with_the_same_seed_and_day_gives_the_same_shop(cli: Cli, tmp_path: Path) -> None:
    options = ("--customers", 12, "--locale", "ru", "--today", "2026-03-15")
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        assert cli("demo", "--db", tmp_path / f"{name}.db", "--seed", seed, *options).code == 0

    a = exports(cli, tmp_path / "a.db", tmp_path / "a")
    b = exports(cli, tmp_path / "b.db", tmp_path / "b")
    c = exports(cli, tmp_path / "c.db", tmp_path / "c")

    assert a == b
    assert all(text.count("\n") > 1 for text in a.values())
    for kind in KINDS:
        assert c[kind] != a[kind], f"seed 8 gave the same {kind} as seed 7"
    overdue = [
        cli("overdue", "--db", tmp_path / f"{name}.db", "--as-of", "2026-03-15", "--format", "csv").out for name in "ab"
    ]
    assert overdue[0] == overdue[1]


def test_demo_on_another_day_ends_its_history_there(cli: Cli, tmp_path: Path) -> None:
    for name, today in (("early", "2025-06-30"), ("late", "2026-03-15")):
        assert cli("demo", "--db", tmp_path / f"{name}.db", "--customers", 8, "--seed", 5, "--today", today).code == 0

    early = parse_csv(exports(cli, tmp_path / "early.db", tmp_path / "early")["invoices"])
    late = parse_csv(exports(cli, tmp_path / "late.db", tmp_path / "late")["invoices"])

    assert max(row["issue_date"] for row in early) <= "2025-06-30"
    assert max(row["issue_date"] for row in late) <= "2026-03-15"
    assert [row["issue_date"] for row in early] != [row["issue_date"] for row in late]


# =========================================================================== the real entry points
def _environment(tmp_path: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["PYTHONIOENCODING"] = "utf-8"
    return environment


def test_the_workshop_desk_script_prints_the_overdue_csv(tmp_path: Path, acceptance_db: Path) -> None:
    script = Path(sys.executable).with_name("workshop-desk")
    if not script.exists():
        pytest.skip(f"no console script beside {sys.executable} (the package is not installed in this environment)")

    finished = subprocess.run(
        [str(script), "overdue", "--db", str(acceptance_db), "--as-of", "2026-03-15", "--format", "csv"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment(tmp_path),
        timeout=60,
        check=False,
    )

    assert (finished.returncode, finished.stderr) == (0, "")
    assert finished.stdout == OVERDUE_2026_03_15


def test_python_dash_m_gives_one_line_and_exit_2_for_a_missing_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"

    finished = subprocess.run(
        [sys.executable, "-m", "workshop_desk", "overdue", "--db", str(missing / "x.db")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment(tmp_path),
        timeout=60,
        check=False,
    )

    assert finished.returncode == 2
    assert finished.stdout == ""
    assert finished.stderr.splitlines() == [f"workshop-desk: error: The folder {missing} does not exist."]
    assert not missing.exists()
