"""The folded search text (issue #10): every write keeps it current, and the invoice search finds
words of every language whatever their case, with a plain ``LIKE``."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_desk.db.models import Customer, Invoice, Vehicle
from workshop_desk.db.search_text import SOURCES, contains_pattern, fold, text_of
from workshop_desk.db.session import Database
from workshop_desk.demo.generator import DemoOptions
from workshop_desk.services.csv_import import import_csv
from workshop_desk.services.customers import CustomerData, add_vehicle, get_customer, save_customer
from workshop_desk.services.demo import load_demo
from workshop_desk.services.invoices import InvoiceData, create_invoice, get_invoice, update_invoice
from workshop_desk.services.listing import count_invoices, invoice_rows
from workshop_desk.services.privacy import erase_customer

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 3, 20)

NAMES_AND_WORDS = [
    pytest.param("Сидоров Пётр", "сидоров", id="russian"),
    pytest.param("СИДОРОВ ПЁТР", "Пётр", id="russian-capitals"),
    pytest.param("Őri Zoltán", "ŐRI", id="hungarian"),
    pytest.param("Szűcs Ödön", "szŰcs", id="hungarian-double-acute"),
    pytest.param("JOÃO DA SILVA", "joão", id="portuguese"),
    pytest.param("Açougue Conceição", "AÇOUGUE", id="portuguese-cedilla"),
    pytest.param("Officina Città", "CITTÀ", id="italian"),
    pytest.param("Adams Ltd", "ADAMS", id="english"),
]


def test_folding_is_unicode_case_folding() -> None:
    assert fold("СИДОРОВ Пётр") == "сидоров пётр"
    assert fold("ŐRI Zoltán") == "őri zoltán"
    assert fold("Straße") == "strasse"
    assert fold("ΟΔΟΣ") == fold("οδος")
    assert text_of("customer", {"code": "C1", "name": "Őri", "phone": None}) == "c1\nőri\n"


def test_percent_underscore_and_backslash_are_literal_in_the_pattern() -> None:
    assert contains_pattern(r"50%_A\b") == r"%50\%\_a\\b%"


def new_customer(session: Session, name: str, code: str = "C1") -> int:
    return save_customer(session, CustomerData(code, name))


def new_invoice(
    session: Session, customer_id: int, number: str, description: str = "", vehicle_id: int | None = None
) -> int:
    data = InvoiceData(number, customer_id, TODAY, TODAY, 10_000, 0, description, vehicle_id, ())
    return create_invoice(session, data, as_of=TODAY, override_reason="test data")


def found(database: Database, search: str) -> list[str]:
    """The numbers of the invoices ``search`` finds (and the count agrees)."""
    with database.read() as session:
        rows = invoice_rows(session, search=search, sort_key="number", descending=False)
        assert count_invoices(session, search) == len(rows)
    return [row.number for row in rows]


def assert_every_search_text_is_current(database: Database) -> None:
    """Each row's search text is what its source columns give now (no write path forgot it)."""
    with database.read() as session:
        for model in (Customer, Vehicle, Invoice):
            table = model.__tablename__
            columns = [getattr(model, name) for name in SOURCES[table]]
            for stored, *values in session.execute(select(model.search_text, *columns)):
                assert stored == text_of(table, dict(zip(SOURCES[table], values, strict=True)))


@pytest.mark.parametrize(("name", "word"), NAMES_AND_WORDS)
def test_a_customer_saved_through_the_service_is_found_by_any_case_of_a_word(
    database: Database, name: str, word: str
) -> None:
    with database.write() as session:
        customer_id = new_customer(session, name)
        new_invoice(session, customer_id, "2026/0001")
        new_invoice(session, new_customer(session, "Somebody Else", "C2"), "2026/0002")
    assert found(database, word) == ["2026/0001"]
    assert found(database, word.upper()) == ["2026/0001"]
    assert_every_search_text_is_current(database)


def test_a_renamed_customer_is_found_by_the_new_name_only(database: Database) -> None:
    with database.write() as session:
        customer_id = new_customer(session, "Сидоров Пётр")
        new_invoice(session, customer_id, "2026/0001")
    with database.write() as session:
        record = get_customer(session, customer_id)
        save_customer(session, CustomerData("C1", "Őri Zoltán", phone="+36 1 234 5678"), customer_id, record.version)
    assert found(database, "сидоров") == []
    assert found(database, "ŐRI") == ["2026/0001"]
    assert found(database, "5678") == ["2026/0001"]
    assert_every_search_text_is_current(database)


def test_a_cyrillic_plate_and_an_edited_description_are_found(database: Database) -> None:
    with database.write() as session:
        customer_id = new_customer(session, "Adams Ltd")
        vehicle_id = add_vehicle(session, customer_id, "а123вс 77", "Лада Нива")
        invoice_id = new_invoice(session, customer_id, "2026/0001", "Замена масла", vehicle_id)
    assert found(database, "А123ВС") == ["2026/0001"]
    assert found(database, "масла") == ["2026/0001"]
    with database.write() as session:
        record = get_invoice(session, invoice_id)
        data = InvoiceData("2026/0001", customer_id, TODAY, TODAY, 10_000, 0, "Troca de óleo", vehicle_id, ())
        update_invoice(session, invoice_id, record.version, data, as_of=TODAY)
    assert found(database, "масла") == []
    assert found(database, "ÓLEO") == ["2026/0001"]
    assert_every_search_text_is_current(database)


def test_imported_customers_and_invoices_are_found(
    database: Database, tmp_path: Path, write_csv: Callable[..., Path]
) -> None:
    customers = write_csv(
        "customers.csv",
        "code,name,country,language\nRU1,Сидоров Пётр,RU,ru\nHU1,Őri Zoltán,HU,hu\nBR1,JOÃO DA SILVA,BR,pt_BR\n",
    )
    invoices = write_csv(
        "invoices.csv",
        "number,customer_code,issue_date,due_date,total,description\n"
        "I-1,RU1,2026-01-10,2026-02-10,100.00,Кузовной ремонт\n"
        "I-2,HU1,2026-01-11,2026-02-11,100.00,olajcsere\n"
        "I-3,BR1,2026-01-12,2026-02-12,100.00,Troca de ÓLEO\n",
    )
    import_csv(database, "customers", customers)
    import_csv(database, "invoices", invoices)
    assert found(database, "сидоров") == ["I-1"]
    assert found(database, "КУЗОВНОЙ") == ["I-1"]
    assert found(database, "ŐRI") == ["I-2"]
    assert found(database, "joão óleo") == ["I-3"]
    assert_every_search_text_is_current(database)


def test_a_demo_shop_has_current_search_texts(database: Database) -> None:
    load_demo(database, DemoOptions(locale="ru", customers=40, seed=3, today=TODAY))
    load_demo(database, DemoOptions(locale="hu", customers=40, seed=4, today=TODAY), force=True)
    assert_every_search_text_is_current(database)


def test_an_erased_customer_leaves_no_personal_data_in_the_search_text(database: Database) -> None:
    with database.write() as session:
        customer_id = new_customer(session, "Сидоров Пётр")
        add_vehicle(session, customer_id, "А123ВС 77", "")
    with database.write() as session:
        erase_customer(session, customer_id, TODAY)
    assert_every_search_text_is_current(database)
    with database.read() as session:
        texts = " ".join(session.scalars(select(Customer.search_text).union_all(select(Vehicle.search_text))))
    assert "сидоров" not in texts
    assert "а123вс" not in texts


@pytest.mark.parametrize("sort_key", ["customer", "vehicle", "issue_date", "total"])
def test_a_search_sorted_by_any_column_keeps_the_same_invoices(database: Database, sort_key: str) -> None:
    """Sorting by customer or vehicle joins those tables; the search's own look-ups stay apart."""
    with database.write() as session:
        sidorov = new_customer(session, "Сидоров Пётр")
        adams = new_customer(session, "Adams Ltd", "C2")
        lada = add_vehicle(session, adams, "А123ВС 77", "Лада")
        new_invoice(session, sidorov, "2026/0001")
        new_invoice(session, adams, "2026/0002", "сидоров asked for it", lada)
        new_invoice(session, adams, "2026/0003", vehicle_id=lada)
        new_invoice(session, adams, "2026/0004")
    with database.read() as session:
        for search, expected in (("СИДОРОВ", {"2026/0001", "2026/0002"}), ("а123вс", {"2026/0002", "2026/0003"})):
            rows = invoice_rows(session, search=search, sort_key=sort_key)
            assert {row.number for row in rows} == expected


def test_a_long_description_is_stored_and_found(database: Database) -> None:
    """No index entry holds the whole text on PostgreSQL, whose index entries are limited to 2 704 bytes."""
    letters = random.Random(1).choices("абвгдеёжзийклмнопрстуфхцчшщъыьэюя ", k=5_000)
    description = "".join(letters) + " ЁЛКА"  # 10 kB of UTF-8 that compresses poorly
    with database.write() as session:
        new_invoice(session, new_customer(session, "Adams Ltd"), "2026/0001", description)
    assert found(database, "ёлка") == ["2026/0001"]
