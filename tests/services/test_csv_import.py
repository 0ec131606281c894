"""CSV import: every bad row is reported with its line number and a reason; a bad file imports nothing.

Line numbers count physical lines of the file, the header being line 1, so that a user can go to
the line in any text editor (a quoted field that spans lines moves the following rows down).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from workshop_desk.cli import main
from workshop_desk.db.models import Customer, InstallmentRow, Invoice, PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.services.csv_import import CsvImportError, import_csv

pytestmark = pytest.mark.both_engines

ACCEPTANCE = Path(__file__).resolve().parent.parent / "acceptance" / "data"
KINDS = ("customers", "invoices", "installments", "payments")

CUSTOMERS = "code,name,kind,tax_id,email,phone,address,postal_code,city,country,language,debt_limit,notes"
INVOICES = "number,customer_code,issue_date,due_date,total,deposit,description,status"
INSTALLMENTS = "invoice_number,due_date,amount"
PAYMENTS = "customer_code,invoice_number,date,amount,method,reference"
HEADERS = {"customers": CUSTOMERS, "invoices": INVOICES, "installments": INSTALLMENTS, "payments": PAYMENTS}


def customer(code: str, **fields: str) -> str:
    """One customers row (quoted as needed); unspecified fields are those of a plain Italian person."""
    values = {
        "code": code,
        "name": "Rossi Mario",
        "kind": "person",
        "tax_id": "",
        "email": "",
        "phone": "",
        "address": "",
        "postal_code": "",
        "city": "",
        "country": "IT",
        "language": "it",
        "debt_limit": "",
        "notes": "",
    }
    unknown = set(fields) - set(values)
    assert not unknown, f"not a customers column: {unknown}"
    values.update(fields)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values.values())  # a line break inside a field is quoted
    return out.getvalue().removesuffix("\n")


def lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


def installments_of(database: Database, number: str) -> list[tuple[int, date, int]]:
    with database.read() as session:
        rows = session.execute(
            select(InstallmentRow.seq, InstallmentRow.due_date, InstallmentRow.amount_cents)
            .join(Invoice, InstallmentRow.invoice_id == Invoice.id)
            .where(Invoice.number == number)
            .order_by(InstallmentRow.seq)
        )
        return [tuple(row) for row in rows]


# --------------------------------------------------------------------------- one bad row, its line and reason
# Each case: (kind, the bad row, fragments its message must contain). The file is
# header (line 1), a good row (line 2), the bad row (line 3), another good row (line 4); the
# database holds the acceptance customers A1–A5 and invoices P-001–P-006.
GOOD_ROWS = {
    "customers": (customer("B1"), customer("B9", name="Bianchi Anna")),
    "invoices": (
        "Q-1,A1,2026-03-01,2026-03-31,10.00,,Tagliando,open",
        "Q-9,A2,2026-03-01,2026-03-31,20.00,5.00,,open",
    ),
    "installments": ("P-002,2026-03-01,80.00", "P-003,2026-03-31,45.00"),
    "payments": ("A1,P-001,2026-03-01,10.00,cash,", "A2,,2026-03-02,20.00,card,R-2"),
}
BAD_ROWS = [
    # dates
    pytest.param(
        "invoices",
        "Q-2,A1,2026-02-30,2026-03-31,10.00,,x,open",
        ["issue_date", "'2026-02-30'", "not a day of the calendar"],
        id="invoice-issue-date-30-february",
    ),
    pytest.param(
        "invoices",
        "Q-2,A1,2026-03-01,2026-13-01,10.00,,x,open",
        ["due_date", "'2026-13-01'", "not a day of the calendar"],
        id="invoice-due-date-month-13",
    ),
    pytest.param(
        "invoices",
        "Q-2,A1,01/03/2026,2026-03-31,10.00,,x,open",
        ["issue_date", "'01/03/2026'", "YYYY-MM-DD"],
        id="invoice-date-day-first",
    ),
    pytest.param(
        "payments",
        "A1,,2026-02-29,10.00,cash,",
        ["date", "'2026-02-29'", "not a day of the calendar"],
        id="payment-date-29-february-2026",
    ),
    pytest.param(
        "installments",
        "P-001,2026-1-5,600.00",
        ["due_date", "'2026-1-5'", "YYYY-MM-DD"],
        id="installment-date-without-zeros",
    ),
    # amounts
    pytest.param(
        "invoices",
        "Q-2,A1,2026-03-01,2026-03-31,12.345,,x,open",
        ["total", "'12.345'", "more than two decimals"],
        id="invoice-total-three-decimals",
    ),
    pytest.param(
        "invoices",
        'Q-2,A1,2026-03-01,2026-03-31,"12,50",,x,open',
        ["total", "'12,50'", "1234.56"],
        id="invoice-total-decimal-comma-quoted",
    ),
    pytest.param(
        "invoices",
        "Q-2,A1,2026-03-01,2026-03-31,-12.50,,x,open",
        ["total", "'-12.50'", "negative"],
        id="invoice-total-negative",
    ),
    pytest.param("invoices", "Q-2,A1,2026-03-01,2026-03-31,,,x,open", ["total is empty"], id="invoice-total-empty"),
    pytest.param(
        "payments",
        "A1,,2026-03-01,-5.00,cash,",
        ["amount", "'-5.00'", "negative"],
        id="payment-amount-negative",
    ),
    pytest.param(
        "payments",
        "A1,,2026-03-01,5.005,cash,",
        ["amount", "'5.005'", "more than two decimals"],
        id="payment-amount-three-decimals",
    ),
    pytest.param("payments", "A1,,2026-03-01,0.00,cash,", ["amount is zero"], id="payment-amount-zero"),
    pytest.param(
        "payments",
        "A1,,2026-03-01,12,50,cash,",  # unquoted: the comma splits the field
        ["has 7 fields", "the header has 6"],
        id="payment-amount-decimal-comma-unquoted",
    ),
    pytest.param(
        "customers",
        customer("B2", debt_limit="1.000,00"),
        ["debt_limit", "'1.000,00'", "1234.56"],
        id="customer-limit-thousands-separator",
    ),
    pytest.param(
        "customers",
        customer("B2", debt_limit="-100.00"),
        ["debt_limit", "'-100.00'", "negative"],
        id="customer-limit-negative",
    ),
    pytest.param(
        "installments",
        "P-001,2026-01-01,-600.00",
        ["amount", "'-600.00'", "negative"],
        id="installment-amount-negative",
    ),
    # invoice rules
    pytest.param(
        "invoices",
        "Q-2,A1,2026-03-01,2026-03-31,10.00,20.00,x,open",
        ["deposit 20.00", "larger than the total 10.00"],
        id="invoice-deposit-above-total",
    ),
    pytest.param(
        "invoices",
        "Q-2,A1,2026-03-01,2026-02-01,10.00,,x,open",
        ["due_date 2026-02-01", "before issue_date 2026-03-01"],
        id="invoice-due-before-issue",
    ),
    pytest.param(
        "invoices",
        "Q-2,ZZ9,2026-03-01,2026-03-31,10.00,,x,open",
        ["customer ZZ9 does not exist"],
        id="invoice-unknown-customer",
    ),
    pytest.param(
        "invoices",
        "Q-2,A1,2026-03-01,2026-03-31,10.00,,x,paid",
        ["status 'paid'", "open, void"],
        id="invoice-unknown-status",
    ),
    pytest.param(
        "invoices",
        "P-001,A1,2026-03-01,2026-03-31,10.00,,x,open",
        ["invoice P-001 exists already"],
        id="invoice-number-in-database",
    ),
    pytest.param(
        "installments",
        "P-999,2026-03-01,10.00",
        ["invoice P-999 does not exist"],
        id="installment-unknown-invoice",
    ),
    pytest.param(
        "installments",
        "P-001,2025-11-30,600.00",
        ["due_date 2025-11-30", "before the invoice's issue date 2025-12-01"],
        id="installment-due-before-issue",
    ),
    # payment rules
    pytest.param(
        "payments",
        "A1,P-002,2026-03-01,10.00,cash,",
        ["invoice P-002 is not an invoice of customer A1"],
        id="payment-invoice-of-another-customer",
    ),
    pytest.param(
        "payments",
        "A1,P-999,2026-03-01,10.00,cash,",
        ["invoice P-999 does not exist"],
        id="payment-unknown-invoice",
    ),
    pytest.param(
        "payments",
        "ZZ9,,2026-03-01,10.00,cash,",
        ["customer ZZ9 does not exist"],
        id="payment-unknown-customer",
    ),
    pytest.param(
        "payments",
        "A1,,2026-03-01,10.00,bitcoin,",
        ["method 'bitcoin'", "cash, card, transfer, other"],
        id="payment-unknown-method",
    ),
    # customer rules
    pytest.param("customers", customer("A1"), ["customer A1 exists already"], id="customer-code-in-database"),
    pytest.param(
        "customers",
        customer("B2", email="mario.rossi@example"),
        ["e-mail address is not valid"],
        id="customer-email-without-domain",
    ),
    pytest.param(
        "customers",
        customer("B2", email="mario rossi@example.it"),
        ["e-mail address is not valid"],
        id="customer-email-with-space",
    ),
    pytest.param("customers", customer("B2", phone="call after 6"), ["phone number is not valid"], id="customer-phone"),
    pytest.param("customers", customer("B2", kind="robot"), ["kind 'robot'", "person, company"], id="customer-kind"),
    pytest.param(
        "customers",
        customer("B2", language="de"),
        ["language 'de'", "en, it, ru, pt_BR, hu"],
        id="customer-language",
    ),
    pytest.param(
        "customers",
        customer("B2", country="Italy"),
        ["country 'ITALY'", "two-letter country code"],
        id="customer-country-name",
    ),
    pytest.param("customers", customer("", name="Nobody"), ["code is empty"], id="customer-code-empty"),
    pytest.param(
        "customers",
        customer("B2", name="x" * 201),
        ["name is longer than 200 characters"],
        id="customer-name-too-long",
    ),
    pytest.param(
        "customers",
        customer("B2").rsplit(",", 1)[0],
        ["has 12 fields", "the header has 13"],
        id="customer-field-missing",
    ),
    pytest.param(
        "customers",
        customer("B2") + ",extra",
        ["has 14 fields", "the header has 13"],
        id="customer-field-extra",
    ),
]


@pytest.mark.parametrize(("kind", "bad_row", "fragments"), BAD_ROWS)
def test_a_bad_row_is_reported_on_its_line_and_nothing_is_imported(
    kind: str,
    bad_row: str,
    fragments: list[str],
    base_db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
    counts: Callable[[Database], dict[str, int]],
) -> None:
    good_first, good_last = GOOD_ROWS[kind]
    before = counts(base_db)
    path = write_csv(f"{kind}.csv", lines(HEADERS[kind], good_first, bad_row, good_last))

    errors = import_errors(base_db, kind, path)

    assert {line for line, _ in errors} == {3}, errors
    assert any(all(fragment in message for fragment in fragments) for _, message in errors), (
        fragments,
        errors,
    )
    assert counts(base_db) == before


@pytest.mark.parametrize("kind", KINDS)
def test_the_good_rows_of_the_bad_row_cases_import(
    kind: str,
    base_db: Database,
    write_csv: Callable[..., Path],
    count: Callable[[Database, str], int],
) -> None:
    """The control for the test above: without the bad row, the same file is accepted."""
    before = count(base_db, kind)
    path = write_csv(f"{kind}.csv", lines(HEADERS[kind], *GOOD_ROWS[kind]))

    summary = import_csv(base_db, kind, path)

    assert summary.rows == 2
    # installments replace the plans of P-002 and P-003 (one row each) instead of adding rows
    assert count(base_db, kind) == before + (0 if kind == "installments" else 2)


def test_every_bad_row_is_reported_in_one_go_in_line_order(
    base_db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv(
        "payments.csv",
        lines(
            PAYMENTS,
            "A1,P-001,2026-03-01,10.00,cash,",  # 2 good
            "A1,P-002,2026-03-01,10.00,cash,",  # 3 invoice of another customer
            "A2,,2026-03-01,10.00,card,",  # 4 good
            "A9,,2026-03-32,-1.00,cheque,",  # 5 four problems
            "A3,,2026-03-01,10.00,card,",  # 6 good
            "A4,,2026-03-01,1.001,card,",  # 7 three decimals
        ),
    )

    errors = import_errors(base_db, "payments", path)

    assert [line for line, _ in errors] == [3, 5, 5, 5, 5, 7]
    line_5 = " / ".join(message for line, message in errors if line == 5)
    for fragment in ("customer A9 does not exist", "'2026-03-32'", "'-1.00' is negative", "method 'cheque'"):
        assert fragment in line_5


# --------------------------------------------------------------------------- duplicates
def test_a_customer_code_twice_in_the_file_names_the_first_line(
    db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
    count: Callable[[Database, str], int],
) -> None:
    path = write_csv("customers.csv", lines(CUSTOMERS, customer("B1"), customer("B2"), customer("B1", name="Other")))

    assert import_errors(db, "customers", path) == [(4, "customer B1 is also on line 2")]
    assert count(db, "customers") == 0


def test_an_invoice_number_twice_in_the_file_names_the_first_line(
    base_db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv(
        "invoices.csv",
        lines(
            INVOICES,
            "Q-1,A1,2026-03-01,2026-03-31,10.00,,,open",
            "Q-1,A2,2026-03-02,2026-03-31,20.00,,,open",
        ),
    )

    assert import_errors(base_db, "invoices", path) == [(3, "invoice Q-1 is also on line 2")]


def test_a_tax_id_of_another_customer_is_refused(
    db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv(
        "customers.csv",
        lines(
            CUSTOMERS,
            customer("B1", tax_id="RSSMRA85T10A562S"),
            customer("B2", tax_id="rssmra85t10a562s"),
        ),
    )

    assert import_errors(db, "customers", path) == [(3, "tax id rssmra85t10a562s belongs to customer B1 already")]


# --------------------------------------------------------------------------- tax ids
@pytest.mark.parametrize(
    ("country", "language", "valid", "wrong_check_digit"),
    [
        pytest.param("IT", "it", "RSSMRA85T10A562S", "RSSMRA85T10A562T", id="IT-codice-fiscale"),
        pytest.param("IT", "it", "00743110157", "00743110158", id="IT-partita-iva"),
        pytest.param("RU", "ru", "7707083893", "7707083894", id="RU-company-INN"),
        pytest.param("RU", "ru", "500100732259", "500100732258", id="RU-personal-INN"),
        pytest.param("BR", "pt_BR", "111.444.777-35", "111.444.777-36", id="BR-CPF"),
        pytest.param("BR", "pt_BR", "11.222.333/0001-81", "11.222.333/0001-82", id="BR-CNPJ"),
        pytest.param("HU", "hu", "12892312-2-42", "12892313-2-42", id="HU-adoszam"),
        pytest.param("HU", "hu", "8123456786", "8123456787", id="HU-adoazonosito-jel"),
    ],
)
def test_a_tax_id_with_a_wrong_check_digit_is_refused(
    country: str,
    language: str,
    valid: str,
    wrong_check_digit: str,
    db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv(
        "customers.csv",
        lines(
            CUSTOMERS,
            customer("B1", tax_id=valid, country=country, language=language),
            customer("B2", tax_id=wrong_check_digit, country=country, language=language),
        ),
    )

    assert import_errors(db, "customers", path) == [(3, "the tax id's check digit is wrong (a typing mistake?)")]


def test_a_tax_id_of_the_wrong_length_says_so(
    db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv("customers.csv", lines(CUSTOMERS, customer("B1", tax_id="770708389", country="RU", language="ru")))

    assert import_errors(db, "customers", path) == [(2, "the tax id has the wrong number of characters for RU")]


# --------------------------------------------------------------------------- header
def test_a_missing_key_column_is_reported_on_line_1(
    base_db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
    counts: Callable[[Database], dict[str, int]],
) -> None:
    before = counts(base_db)
    path = write_csv(
        "invoices.csv",
        lines("number,customer_code,issue_date,due_date,deposit", "Q-1,A1,2026-03-01,2026-03-31,"),
    )

    assert import_errors(base_db, "invoices", path) == [(1, "missing column(s) total")]
    assert counts(base_db) == before


def test_an_unknown_column_is_reported_with_the_columns_the_format_has(
    db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv("customers.csv", lines("code,name,e-mail", "B1,Rossi Mario,m@example.it"))

    errors = import_errors(db, "customers", path)

    assert len(errors) == 1
    line, message = errors[0]
    assert line == 1
    assert message.startswith("unknown column(s) e-mail;")
    assert CUSTOMERS in message


def test_a_column_twice_in_the_header_is_reported(
    db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv("customers.csv", lines("code,name,name", "B1,Rossi Mario,Mario Rossi"))

    assert import_errors(db, "customers", path) == [(1, "column(s) name appear more than once")]


def test_an_empty_file_is_reported(
    db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv("customers.csv", "")

    assert import_errors(db, "customers", path) == [(1, "the file is empty (a header row is needed)")]


def test_optional_columns_may_be_left_out_and_in_any_order(
    base_db: Database,
    write_csv: Callable[..., Path],
) -> None:
    path = write_csv("payments.csv", lines("amount,date,customer_code", "12.5,2026-03-01,A1"))

    assert import_csv(base_db, "payments", path).rows == 1
    with base_db.read() as session:
        payment = session.scalars(select(PaymentRow)).one()
        assert (
            payment.amount_cents,
            payment.date,
            payment.method,
            payment.invoice_id,
            payment.reference,
        ) == (1250, date(2026, 3, 1), "other", None, "")


# ---------------------------------------------------------------- line numbers across multi-line fields
MULTI_LINE = lines(
    CUSTOMERS,  # 1
    customer("B1"),  # 2
    customer("B2", notes="pays late\nask for a deposit\n(phone first)"),  # 3-5
    customer("B3", email="not-an-address"),  # 6
    customer("B4", address="Via Roma 1\nscala B", language="xx"),  # 7-8
    customer("B5").rsplit(",", 2)[0],  # 9
    "",  # 10 blank
    customer("B6", debt_limit="1,5"),  # 11
)


def test_line_numbers_count_the_lines_of_quoted_multi_line_fields(
    db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
    count: Callable[[Database, str], int],
) -> None:
    errors = import_errors(db, "customers", write_csv("customers.csv", MULTI_LINE))

    assert [line for line, _ in errors] == [6, 7, 9, 11], errors
    assert "e-mail" in errors[0][1]
    assert "language 'xx'" in errors[1][1]  # a multi-line row is reported on its first line
    assert errors[2][1] == "has 11 fields, the header has 13"
    assert "debt_limit" in errors[3][1]
    assert count(db, "customers") == 0


def test_a_multi_line_field_is_imported_with_its_line_breaks(db: Database, write_csv: Callable[..., Path]) -> None:
    notes = "pays late\nask for a deposit\n(phone first)"
    path = write_csv("customers.csv", lines(CUSTOMERS, customer("B1", notes=notes), customer("B2")))

    assert import_csv(db, "customers", path).rows == 2
    with db.read() as session:
        assert session.scalar(select(Customer.notes).where(Customer.code == "B1")) == notes


# --------------------------------------------------------------------------- all or nothing
def _with_bad_row(kind: str, bad_row: str) -> str:
    """The acceptance file of ``kind`` with ``bad_row`` inserted after its second data row."""
    rows = (ACCEPTANCE / f"{kind}.csv").read_text(encoding="utf-8").splitlines()
    return lines(*rows[:3], bad_row, *rows[3:])


@pytest.mark.parametrize(
    ("kind", "bad_row"),
    [
        ("customers", "X1,Someone,person,,,,,,,IT,it,12.345,"),
        ("invoices", "X-1,A1,2026-02-30,2026-03-31,10.00,,,open"),
        ("installments", "P-004,2026-03-20,-1.00"),
        ("payments", "A1,P-002,2026-03-01,10.00,cash,"),
    ],
)
def test_one_bad_row_among_good_ones_imports_nothing(
    kind: str,
    bad_row: str,
    new_database: Callable[..., Database],
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
    counts: Callable[[Database], dict[str, int]],
) -> None:
    database = new_database()
    for earlier in KINDS[: KINDS.index(kind)]:
        import_csv(database, earlier, ACCEPTANCE / f"{earlier}.csv")
    before = counts(database)
    plan_before = installments_of(database, "P-001")
    path = write_csv(f"{kind}.csv", _with_bad_row(kind, bad_row))

    errors = import_errors(database, kind, path)

    assert [line for line, _ in errors][:1] == [4]
    assert counts(database) == before
    assert installments_of(database, "P-001") == plan_before  # no plan was replaced either
    # and the file without the bad row goes in whole
    import_csv(database, kind, ACCEPTANCE / f"{kind}.csv")
    expected = len((ACCEPTANCE / f"{kind}.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert counts(database)[kind] == (10 if kind == "installments" else before[kind] + expected)


def test_a_large_file_with_its_last_row_bad_imports_nothing(
    db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
    count: Callable[[Database, str], int],
) -> None:
    """More rows than one write chunk (2,000): nothing of the first chunks may stay behind."""
    rows = [f"N{number:05d},Customer {number},person,,,,,,,GB,en,," for number in range(1, 4501)]
    path = write_csv("customers.csv", lines(CUSTOMERS, *rows, "N99999,Last,person,,,,,,,GB,en,0.001,"))

    assert import_errors(db, "customers", path) == [(4502, "debt_limit: '0.001' has more than two decimals")]
    assert count(db, "customers") == 0


# --------------------------------------------------------------------------- payments twice
def test_importing_the_same_payments_file_twice_is_refused(
    base_db: Database,
    import_errors: Callable[..., list[tuple[int, str]]],
    count: Callable[[Database, str], int],
) -> None:
    import_csv(base_db, "payments", ACCEPTANCE / "payments.csv")

    errors = import_errors(base_db, "payments", ACCEPTANCE / "payments.csv")

    assert [line for line, _ in errors] == [2, 3, 4, 5, 6]
    assert all("recorded already" in message and "--allow-duplicates" in message for _, message in errors)
    assert count(base_db, "payments") == 5


def test_allow_duplicates_accepts_the_same_payments_again(
    base_db: Database,
    count: Callable[[Database, str], int],
) -> None:
    import_csv(base_db, "payments", ACCEPTANCE / "payments.csv")

    summary = import_csv(base_db, "payments", ACCEPTANCE / "payments.csv", allow_duplicate_payments=True)

    assert summary.rows == 5
    assert count(base_db, "payments") == 10


def test_a_payment_differing_only_in_its_reference_is_not_a_duplicate(
    base_db: Database,
    write_csv: Callable[..., Path],
    count: Callable[[Database, str], int],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    import_csv(base_db, "payments", write_csv("first.csv", lines(PAYMENTS, "A1,P-001,2026-03-01,10.00,cash,R-1")))

    import_csv(base_db, "payments", write_csv("second.csv", lines(PAYMENTS, "A1,P-001,2026-03-01,10.00,cash,R-2")))
    errors = import_errors(
        base_db,
        "payments",
        write_csv(
            "third.csv",
            lines(
                PAYMENTS,
                "A1,P-001,2026-03-01,10.00,card,R-9",
                "A1,P-001,2026-03-01,10.00,cash,R-2",
            ),
        ),
    )

    assert [line for line, _ in errors] == [3]
    assert count(base_db, "payments") == 2


# --------------------------------------------------------------------------- installment plans
def test_installments_that_do_not_add_up_are_refused_naming_the_invoice(
    base_db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv(
        "installments.csv",
        lines(
            INSTALLMENTS,
            "P-002,2026-03-01,80.00",  # 2 fine
            "P-004,2025-12-20,300.00",  # 3 \
            "P-004,2026-01-20,300.00",  # 4  } 650.00, but 900.00 − 300.00 deposit = 600.00
            "P-004,2026-02-20,50.00",  # 5 /
        ),
    )

    errors = import_errors(base_db, "installments", path)

    assert errors == [
        (
            3,
            "the installments of invoice P-004 (lines 3, 4, 5) add up to 650.00, but its total less deposit is 600.00",
        )
    ]
    assert installments_of(base_db, "P-004") == [(1, date(2025, 12, 20), 60000)]
    assert installments_of(base_db, "P-002") == [(1, date(2026, 3, 1), 8000)]


def test_a_bad_installment_amount_is_reported_once_not_again_as_a_wrong_sum(
    base_db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv("installments.csv", lines(INSTALLMENTS, "P-004,2025-12-20,-600.00"))

    assert import_errors(base_db, "installments", path) == [(2, "amount: '-600.00' is negative")]


def test_an_installment_plan_replaces_the_default_single_installment(
    base_db: Database,
    write_csv: Callable[..., Path],
    count: Callable[[Database, str], int],
) -> None:
    # importing invoices gave each one installment of total − deposit on its due date
    assert installments_of(base_db, "P-001") == [(1, date(2026, 1, 1), 60000)]
    assert installments_of(base_db, "P-004") == [(1, date(2025, 12, 20), 60000)]
    assert count(base_db, "installments") == 6
    path = write_csv(
        "installments.csv",
        lines(
            INSTALLMENTS,
            "P-001,2026-03-01,200.00",  # rows out of date order: the plan is numbered by due date
            "P-001,2026-01-01,200.00",
            "P-001,2026-02-01,200.00",
        ),
    )

    summary = import_csv(base_db, "installments", path)

    assert summary.rows == 3
    assert summary.notes == ["plans of 1 invoice(s) replaced"]
    assert installments_of(base_db, "P-001") == [
        (1, date(2026, 1, 1), 20000),
        (2, date(2026, 2, 1), 20000),
        (3, date(2026, 3, 1), 20000),
    ]
    assert installments_of(base_db, "P-004") == [(1, date(2025, 12, 20), 60000)]  # untouched
    assert count(base_db, "installments") == 6 - 1 + 3


def test_importing_the_same_plan_again_replaces_it_rather_than_doubling_it(
    base_db: Database,
    count: Callable[[Database, str], int],
) -> None:
    import_csv(base_db, "installments", ACCEPTANCE / "installments.csv")
    import_csv(base_db, "installments", ACCEPTANCE / "installments.csv")

    assert count(base_db, "installments") == 6 - 2 + 6
    assert [amount for _, _, amount in installments_of(base_db, "P-004")] == [20000, 20000, 20000]


# --------------------------------------------------------------------------- encodings and blank lines
def test_a_utf8_file_with_bom_crlf_and_blank_trailing_lines_imports(
    db: Database,
    write_csv: Callable[..., Path],
) -> None:
    text = lines(
        CUSTOMERS,
        customer("Б1", name="Сидоров Пётр", country="RU", language="ru"),
        customer("H1", name="Kovács Őrs Ű", country="HU", language="hu"),
    )
    text = text.replace("\n", "\r\n") + "\r\n\r\n" + ",,,,,,,,,,,,\r\n" + "\r\n"
    path = write_csv("customers.csv", text.encode("utf-8-sig"))

    assert import_csv(db, "customers", path).rows == 2
    with db.read() as session:
        assert [tuple(row) for row in session.execute(select(Customer.code, Customer.name).order_by(Customer.id))] == [
            ("Б1", "Сидоров Пётр"),
            ("H1", "Kovács Őrs Ű"),
        ]


def test_a_bom_file_with_a_bad_row_still_counts_lines_from_the_header(
    db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv(
        "customers.csv", lines(CUSTOMERS, customer("B1"), "", customer("B2", kind="x")).encode("utf-8-sig")
    )

    assert [line for line, _ in import_errors(db, "customers", path)] == [4]


def test_a_file_that_is_not_utf8_is_refused_and_nothing_is_written(
    db: Database,
    write_csv: Callable[..., Path],
    count: Callable[[Database, str], int],
) -> None:
    path = write_csv("customers.csv", lines(CUSTOMERS, customer("B1", name="Niccolò Caffè")).encode("cp1252"))

    with pytest.raises(UnicodeDecodeError):
        import_csv(db, "customers", path)
    assert count(db, "customers") == 0


def test_the_command_line_explains_a_file_that_is_not_utf8(
    tmp_path: Path,
    write_csv: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_csv("customers.csv", lines(CUSTOMERS, customer("B1", name="Niccolò Caffè")).encode("cp1252"))

    code = main(["import", "customers", str(path), "--db", str(tmp_path / "shop.db")])

    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.splitlines() == [
        f"workshop-desk: error: {path} is not a UTF-8 text file; save it as 'CSV UTF-8'"
    ]
    assert captured.out == ""


# --------------------------------------------------------------------------- malformed files and dates
def test_an_unclosed_quote_is_an_error_not_a_silent_merge_of_the_following_rows(
    db: Database,
    write_csv: Callable[..., Path],
    count: Callable[[Database, str], int],
) -> None:
    path = write_csv(
        "customers.csv",
        lines(
            CUSTOMERS,
            customer("B1") + '"pays late',  # the notes field opens a quote that is never closed
            customer("B2"),
            customer("B3"),
        ),
    )
    assert path.read_text(encoding="utf-8").count('"') == 1

    with pytest.raises(CsvImportError) as refused:
        import_csv(db, "customers", path)

    assert [error.line for error in refused.value.errors] == [2]
    assert "quot" in refused.value.errors[0].message.lower()
    assert count(db, "customers") == 0


def test_a_huge_field_is_reported_as_a_row_error(
    db: Database,
    write_csv: Callable[..., Path],
    count: Callable[[Database, str], int],
) -> None:
    path = write_csv("customers.csv", lines(CUSTOMERS, customer("B1"), customer("B2", notes="x" * 200_000)))

    with pytest.raises(CsvImportError) as refused:
        import_csv(db, "customers", path)

    assert [error.line for error in refused.value.errors] == [3]
    assert count(db, "customers") == 0


def test_a_week_date_is_not_a_yyyy_mm_dd_date(
    base_db: Database,
    write_csv: Callable[..., Path],
    import_errors: Callable[..., list[tuple[int, str]]],
) -> None:
    path = write_csv("invoices.csv", lines(INVOICES, "Q-1,A1,2026-W10-1,2026-03-31,10.00,,,open"))

    errors = import_errors(base_db, "invoices", path)

    assert errors
    assert errors[0][0] == 2
    assert "issue_date '2026-W10-1'" in errors[0][1]
