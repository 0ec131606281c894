"""Export → import into an empty database → export gives the same files, and the same overdue list."""

# ruff: noqa: E501  (the CSV samples keep one record per line, as a user's file has them)

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from workshop_desk.cli import main
from workshop_desk.db.models import Customer, Invoice, PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.services.csv_export import export_csv
from workshop_desk.services.csv_import import import_csv
from workshop_desk.services.demo import DemoOptions, load_demo

pytestmark = pytest.mark.both_engines

ACCEPTANCE = Path(__file__).resolve().parent.parent / "acceptance" / "data"
KINDS = ("customers", "invoices", "installments", "payments")
LOCALES = ("en", "it", "ru", "pt_BR", "hu")

# The acceptance data as the exporter writes it: amounts always with two decimals (A3's limit
# "0" → "0.00", an empty deposit → "0.00") and every invoice's plan, the default ones included.
EXPORTED_ACCEPTANCE = {
    "customers": """\
code,name,kind,tax_id,email,phone,address,postal_code,city,country,language,debt_limit,notes
A1,Verdi Giuseppe,person,,g.verdi@example.it,+39 02 555 0101,Via Manzoni 3,20121,Milano,IT,it,400.00,
A2,Сидоров Пётр,person,,,+7 495 555-01-02,ул. Тверская 5,125009,Москва,RU,ru,,
A3,Nagy & Társa Kft.,company,,,,Váci út 9,1062,Budapest,HU,hu,0.00,
A4,Auto Peças Silva,company,,,,Av. Paulista 900,01310-100,São Paulo,BR,pt_BR,1000.00,
A5,Jones Plumbing,company,,,,,,,GB,en,,
""",
    "invoices": """\
number,customer_code,issue_date,due_date,total,deposit,description,status
P-001,A1,2025-12-01,2026-01-01,600.00,0.00,Cambio frizione,open
P-002,A2,2026-02-01,2026-03-01,80.00,0.00,Замена ламп,open
P-003,A3,2026-03-01,2026-03-31,45.00,0.00,Olajcsere,open
P-004,A4,2025-11-20,2025-12-20,900.00,300.00,Retífica,open
P-005,A5,2026-01-10,2026-02-10,150.00,0.00,Service,void
P-006,A5,2026-01-12,2026-02-12,150.00,0.00,Service (reissued),open
""",
    "installments": """\
invoice_number,due_date,amount
P-001,2026-01-01,200.00
P-001,2026-02-01,200.00
P-001,2026-03-01,200.00
P-002,2026-03-01,80.00
P-003,2026-03-31,45.00
P-004,2025-12-20,200.00
P-004,2026-01-20,200.00
P-004,2026-02-20,200.00
P-005,2026-02-10,150.00
P-006,2026-02-12,150.00
""",
    "payments": (ACCEPTANCE / "payments.csv").read_text(encoding="utf-8"),
}
OVERDUE_2026_03_15 = """\
customer_code,customer_name,open_balance,overdue_amount,max_days_late,missed_installments,debt_limit,over_limit
A1,Verdi Giuseppe,400.00,400.00,42,2,400.00,false
A4,Auto Peças Silva,150.00,150.00,23,1,1000.00,false
A2,Сидоров Пётр,50.00,50.00,14,0,,false
A3,Nagy & Társa Kft.,45.00,0.00,0,0,0.00,true
"""


def export_all(database: Database, folder: Path) -> dict[str, str]:
    folder.mkdir(exist_ok=True)
    texts = {}
    for kind in KINDS:
        path = folder / f"{kind}.csv"
        export_csv(database, kind, path)
        texts[kind] = path.read_text(encoding="utf-8")
    return texts


def import_all(database: Database, folder: Path) -> None:
    for kind in KINDS:
        import_csv(database, kind, folder / f"{kind}.csv")


@pytest.fixture
def overdue_csv(capsys: pytest.CaptureFixture[str]) -> Callable[[Database | Path, str], str]:
    """``overdue_csv(db_path, "YYYY-MM-DD")``: what ``workshop-desk overdue --format csv`` prints."""

    def run(database: Database | Path, as_of: str) -> str:
        """The overdue list as CSV, from a file or from an open database (on a server: by its URL)."""
        capsys.readouterr()
        if isinstance(database, Path):
            where = str(database)
        else:
            where = str(database.path) if database.path else database.url.render_as_string(hide_password=False)
        assert main(["overdue", "--db", where, "--as-of", as_of, "--format", "csv"]) == 0
        captured = capsys.readouterr()
        assert captured.err == ""
        return captured.out

    return run


# --------------------------------------------------------------------------- acceptance data
def test_the_export_of_the_acceptance_data_is_the_documented_format(
    new_database: Callable[..., Database],
    tmp_path: Path,
) -> None:
    database = new_database("a.db")
    import_all(database, ACCEPTANCE)

    assert export_all(database, tmp_path / "out") == EXPORTED_ACCEPTANCE


def test_the_acceptance_data_round_trips_through_the_commands(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    overdue_csv: Callable[[Database | Path, str], str],
) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    for kind in KINDS:
        assert main(["import", kind, str(ACCEPTANCE / f"{kind}.csv"), "--db", str(first)]) == 0
    (tmp_path / "x").mkdir()
    for kind in KINDS:
        assert main(["export", kind, str(tmp_path / "x" / f"{kind}.csv"), "--db", str(first)]) == 0
    assert not second.exists()
    for kind in KINDS:
        assert main(["import", kind, str(tmp_path / "x" / f"{kind}.csv"), "--db", str(second)]) == 0
    (tmp_path / "y").mkdir()
    for kind in KINDS:
        assert main(["export", kind, str(tmp_path / "y" / f"{kind}.csv"), "--db", str(second)]) == 0
    capsys.readouterr()

    for kind in KINDS:
        assert (tmp_path / "y" / f"{kind}.csv").read_text(encoding="utf-8") == EXPORTED_ACCEPTANCE[kind], kind
        assert (tmp_path / "x" / f"{kind}.csv").read_bytes() == (tmp_path / "y" / f"{kind}.csv").read_bytes()
    assert overdue_csv(first, "2026-03-15") == OVERDUE_2026_03_15
    assert overdue_csv(second, "2026-03-15") == OVERDUE_2026_03_15
    # a date on which payments and invoices are only partly in the past
    assert overdue_csv(second, "2026-01-25") == overdue_csv(first, "2026-01-25")


# --------------------------------------------------------------------------- demo shops
@pytest.mark.parametrize("locale", LOCALES)
def test_a_demo_shop_round_trips(
    locale: str,
    new_database: Callable[..., Database],
    tmp_path: Path,
    overdue_csv: Callable[[Database | Path, str], str],
) -> None:
    original = new_database("original.db")
    counts = load_demo(original, DemoOptions(locale=locale, customers=30, seed=3, today=date(2026, 3, 15)))
    exported = export_all(original, tmp_path / "first")
    copy = new_database("copy.db")

    import_all(copy, tmp_path / "first")
    again = export_all(copy, tmp_path / "second")

    for kind in KINDS:
        assert again[kind] == exported[kind], f"{locale} {kind} differs after the round trip"
    rows = {kind: exported[kind].count("\n") - 1 for kind in KINDS}
    assert rows == {
        "customers": counts.customers,
        "invoices": counts.invoices,
        "installments": counts.installments,
        "payments": counts.payments,
    }
    assert rows["customers"] == 30
    for as_of in ("2026-03-15", "2025-06-30"):
        before = overdue_csv(original, as_of)
        assert before.count("\n") >= 2, f"the {locale} demo has nobody overdue on {as_of}: a weak check"
        assert overdue_csv(copy, as_of) == before


# --------------------------------------------------------------------------- awkward text
AWKWARD_CUSTOMERS = '''\
code,name,kind,tax_id,email,phone,address,postal_code,city,country,language,debt_limit,notes
Q1,"Rossi, Mario & Figli ""Officina""",company,00743110157,,,"Via Emilia 1, int. 3",40100,Bologna,IT,it,2500.50,"first line
second line, with a comma
""quoted"" third"
Q2,Őri Űrsula,person,8123456786,,,Fő utca 1,1011,Budapest,HU,hu,,=SUM(A1:A2)
Q3,Кузнецова Анна,person,500100732259,anna@example.ru,+7 495 1234567,"ул. Ленина, д. 5",101000,Москва,RU,ru,0.01,
'''
AWKWARD_INVOICES = """\
number,customer_code,issue_date,due_date,total,deposit,description,status
"2026/0001",Q1,2026-01-31,2026-02-28,1234.50,234.50,"Frizione; ""kit"" completo
manodopera 3h",open
SZ-2026/0002,Q2,2026-02-01,2026-02-01,0.00,,,void
2026-0003,Q3,2026-02-10,2026-03-10,999999999.99,0.01,Замена ремня ГРМ,open
"""
AWKWARD_INSTALLMENTS = """\
invoice_number,due_date,amount
2026/0001,2026-02-28,333.34
2026/0001,2026-03-31,333.33
2026/0001,2026-04-30,333.33
"""
AWKWARD_PAYMENTS = """\
customer_code,invoice_number,date,amount,method,reference
Q1,2026/0001,2026-02-28,333.34,transfer,"CRO 1234, ""saldo"" rata 1"
Q3,,2026-03-01,0.01,other,
Q3,2026-0003,2026-03-02,1000.00,card,Оплата по счёту
"""


def test_quotes_commas_line_breaks_and_extreme_amounts_round_trip(
    new_database: Callable[..., Database],
    tmp_path: Path,
) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for kind, text in zip(
        KINDS, (AWKWARD_CUSTOMERS, AWKWARD_INVOICES, AWKWARD_INSTALLMENTS, AWKWARD_PAYMENTS), strict=True
    ):
        (source / f"{kind}.csv").write_text(text, encoding="utf-8")
    first = new_database("first.db")
    import_all(first, source)
    exported = export_all(first, tmp_path / "first")
    second = new_database("second.db")

    import_all(second, tmp_path / "first")

    assert export_all(second, tmp_path / "second") == exported
    with second.read() as session:
        name, notes, limit = session.execute(
            select(Customer.name, Customer.notes, Customer.debt_limit_cents).where(Customer.code == "Q1")
        ).one()
        assert name == 'Rossi, Mario & Figli "Officina"'
        assert notes == 'first line\nsecond line, with a comma\n"quoted" third'
        assert limit == 250050
        assert session.scalar(select(Customer.notes).where(Customer.code == "Q2")) == "=SUM(A1:A2)"
        assert session.scalar(select(Invoice.total_cents).where(Invoice.number == "2026-0003")) == 99999999999
        assert session.scalar(select(Invoice.description).where(Invoice.number == "2026/0001")) == (
            'Frizione; "kit" completo\nmanodopera 3h'
        )
        assert session.scalar(select(PaymentRow.reference).where(PaymentRow.amount_cents == 33334)) == (
            'CRO 1234, "saldo" rata 1'
        )
    assert exported["installments"].splitlines()[1:4] == [
        "2026/0001,2026-02-28,333.34",
        "2026/0001,2026-03-31,333.33",
        "2026/0001,2026-04-30,333.33",
    ]


def test_an_empty_database_exports_headers_only_and_they_import(
    new_database: Callable[..., Database],
    tmp_path: Path,
) -> None:
    empty = new_database("empty.db")
    exported = export_all(empty, tmp_path / "out")
    assert exported == {kind: text.splitlines()[0] + "\n" for kind, text in EXPORTED_ACCEPTANCE.items()}
    assert exported["installments"] == "invoice_number,due_date,amount\n"
    other = new_database("other.db")

    for kind in KINDS:
        assert import_csv(other, kind, tmp_path / "out" / f"{kind}.csv").rows == 0
