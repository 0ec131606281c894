"""The shop snapshot (totals, invoice states, refreshing one customer) and the big lists' rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from workshop_desk.db.session import Database
from workshop_desk.domain.schedule import build_plan
from workshop_desk.services.accounts import accounts
from workshop_desk.services.customers import CustomerData, add_vehicle, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice, void_invoice
from workshop_desk.services.listing import count_invoices, customer_rows, invoice_rows
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.snapshot import InvoiceProgress, InvoiceState, ShopTotals, build_snapshot

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 3, 20)


def new_customer(database: Database, code: str, name: str, *, limit: int | None = None, phone: str = "") -> int:
    with database.write() as session:
        return save_customer(session, CustomerData(code, name, phone=phone, debt_limit=limit))


def new_invoice(
    database: Database,
    customer_id: int,
    number: str,
    issued: date,
    due: date,
    total: int,
    *,
    parts: int = 1,
    vehicle_id: int | None = None,
    description: str = "",
) -> int:
    plan = tuple(build_plan(total, parts, due)) if parts > 1 else ()
    data = InvoiceData(number, customer_id, issued, due, total, 0, description, vehicle_id, plan)
    with database.write() as session:
        return create_invoice(session, data, as_of=TODAY, override_reason="test data")


def pay(database: Database, customer_id: int, paid_on: date, amount: int, invoice_id: int | None = None) -> None:
    with database.write() as session:
        record_payment(session, PaymentData(customer_id, paid_on, amount, invoice_id=invoice_id), TODAY)


def void(database: Database, invoice_id: int) -> None:
    with database.write() as session:
        void_invoice(session, invoice_id, 1, "issued by mistake")


# --- the snapshot ------------------------------------------------------------------------------------


@pytest.fixture
def shop(database: Database) -> dict[str, int]:
    """Seven customers as of 20 Mar 2026, one of each kind of position (ids by name)."""
    ids: dict[str, int] = {}
    # C1: 200.00 due 1 Feb unpaid, over its 100.00 limit.
    ids["C1"] = new_customer(database, "C1", "Adams Ltd", limit=10_000)
    ids["I1"] = new_invoice(database, ids["C1"], "I1", date(2026, 1, 10), date(2026, 2, 1), 20_000)
    # C2: I3 (50.00) paid; I2 300.00 in 3 parts (31 Jan, 28 Feb, 31 Mar), only the first paid.
    ids["C2"] = new_customer(database, "C2", "Bianchi Luca")
    ids["I3"] = new_invoice(database, ids["C2"], "I3", date(2026, 1, 5), date(2026, 1, 20), 5_000)
    ids["I2"] = new_invoice(database, ids["C2"], "I2", date(2026, 1, 20), date(2026, 1, 31), 30_000, parts=3)
    pay(database, ids["C2"], date(2026, 1, 15), 5_000, ids["I3"])
    pay(database, ids["C2"], date(2026, 2, 1), 10_000)
    # C3: everything paid.
    ids["C3"] = new_customer(database, "C3", "Carter Joe")
    ids["I4"] = new_invoice(database, ids["C3"], "I4", date(2026, 2, 1), date(2026, 2, 15), 8_000)
    pay(database, ids["C3"], date(2026, 2, 10), 8_000)
    # C4: 150.00 due 30 Apr, 50.00 paid.
    ids["C4"] = new_customer(database, "C4", "Dunn Amy")
    ids["I5"] = new_invoice(database, ids["C4"], "I5", date(2026, 3, 1), date(2026, 4, 30), 15_000)
    pay(database, ids["C4"], date(2026, 3, 10), 5_000)
    # C5: 100.00 not due, a void invoice, and an invoice issued after the snapshot's date.
    ids["C5"] = new_customer(database, "C5", "Evans Kim")
    ids["I6"] = new_invoice(database, ids["C5"], "I6", date(2026, 3, 5), date(2026, 4, 5), 10_000)
    ids["I7"] = new_invoice(database, ids["C5"], "I7", date(2026, 3, 6), date(2026, 4, 6), 7_000)
    void(database, ids["I7"])
    ids["I8"] = new_invoice(database, ids["C5"], "I8", date(2026, 3, 25), date(2026, 4, 25), 4_000)
    # C6: overpaid by 30.00.
    ids["C6"] = new_customer(database, "C6", "Fox Ann")
    ids["I9"] = new_invoice(database, ids["C6"], "I9", date(2026, 1, 5), date(2026, 2, 5), 5_000)
    pay(database, ids["C6"], date(2026, 1, 10), 8_000)
    # C7: nothing at all.
    ids["C7"] = new_customer(database, "C7", "Gray Tom")
    return ids


def test_the_shop_totals_are_the_hand_computed_sums(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        snapshot = build_snapshot(session, TODAY)
    assert snapshot.totals == ShopTotals(
        open_balance=20_000 + 20_000 + 10_000 + 10_000,
        overdue=20_000 + 10_000,
        over_limit=1,
        with_missed_installments=1,
    )


def test_the_shop_totals_equal_the_sums_over_every_account(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        snapshot = build_snapshot(session, TODAY)
        listed = accounts(session, TODAY)
    assert sorted(snapshot.accounts) == [account.customer.id for account in listed]
    assert snapshot.totals == ShopTotals(
        open_balance=sum(account.status.open_balance for account in listed),
        overdue=sum(account.status.overdue_amount for account in listed),
        over_limit=sum(account.status.over_limit for account in listed),
        with_missed_installments=sum(account.status.missed_installments > 0 for account in listed),
    )


def test_every_invoice_has_the_state_its_payments_give_it(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        snapshot = build_snapshot(session, TODAY)
        rows = invoice_rows(session, limit=100)
    states = {
        row.number: snapshot.invoice_state(row.id, void=row.status == "void", issue_date=row.issue_date) for row in rows
    }
    assert states == {
        "I1": InvoiceState.OVERDUE,
        "I2": InvoiceState.OVERDUE,  # partly paid, but a part is late
        "I3": InvoiceState.PAID,  # paid, its customer still owes on I2
        "I4": InvoiceState.PAID,  # its customer owes nothing
        "I5": InvoiceState.PARTLY_PAID,
        "I6": InvoiceState.OPEN,
        "I7": InvoiceState.VOID,
        "I8": InvoiceState.OPEN,  # issued after the snapshot's date
        "I9": InvoiceState.PAID,  # overpaid
    }


def test_an_invoice_progress_counts_paid_unpaid_overdue_and_missed_parts(
    database: Database, shop: dict[str, int]
) -> None:
    with database.read() as session:
        snapshot = build_snapshot(session, TODAY)
    assert snapshot.invoices[shop["I2"]] == InvoiceProgress(
        paid=10_000, unpaid=20_000, overdue=10_000, missed=1, installments=3
    )
    assert snapshot.invoices[shop["I1"]] == InvoiceProgress(
        paid=0, unpaid=20_000, overdue=20_000, missed=0, installments=1
    )


def _settle_everything(database: Database, ids: dict[str, int]) -> int:
    pay(database, ids["C1"], TODAY, 20_000)
    return ids["C1"]


def _pay_part_of_a_plan(database: Database, ids: dict[str, int]) -> int:
    pay(database, ids["C2"], TODAY, 5_000)
    return ids["C2"]


def _overpay(database: Database, ids: dict[str, int]) -> int:
    pay(database, ids["C4"], TODAY, 12_000)
    return ids["C4"]


def _pay_when_settled(database: Database, ids: dict[str, int]) -> int:
    pay(database, ids["C3"], TODAY, 1_000)
    return ids["C3"]


def _void_the_late_plan(database: Database, ids: dict[str, int]) -> int:
    void(database, ids["I2"])
    return ids["C2"]


def _first_invoice(database: Database, ids: dict[str, int]) -> int:
    new_invoice(database, ids["C7"], "I10", date(2026, 1, 2), date(2026, 2, 2), 9_000, parts=2)
    return ids["C7"]


def _new_customer(database: Database, ids: dict[str, int]) -> int:
    customer_id = new_customer(database, "C8", "Hill Bo")
    new_invoice(database, customer_id, "I11", date(2026, 3, 1), date(2026, 3, 10), 3_000)
    return customer_id


CHANGES: dict[str, Callable[[Database, dict[str, int]], int]] = {
    "payment-settling-everything": _settle_everything,
    "partial-payment-of-a-plan": _pay_part_of_a_plan,
    "payment-making-credit": _overpay,
    "payment-by-a-settled-customer": _pay_when_settled,
    "void-of-the-late-plan": _void_the_late_plan,
    "first-invoice-of-a-customer": _first_invoice,
    "new-customer": _new_customer,
}
"""Changes to one customer, each returning that customer's id."""


@pytest.mark.parametrize("change", list(CHANGES))
def test_refreshing_the_changed_customer_equals_a_full_rebuild(
    database: Database, shop: dict[str, int], change: str
) -> None:
    with database.read() as session:
        before = build_snapshot(session, TODAY)
    customer_id = CHANGES[change](database, shop)
    with database.read() as session:
        refreshed = before.refreshed(session, [customer_id])
        rebuilt = build_snapshot(session, TODAY)
    assert rebuilt != before, "the change must show in the snapshot"
    assert refreshed == rebuilt
    assert refreshed.totals == rebuilt.totals


# --- customer rows -----------------------------------------------------------------------------------


def test_a_customer_row_can_be_found_by_plate_and_by_phone_digits(database: Database) -> None:
    customer_id = new_customer(database, "C0001", "Adams Ltd", phone="+44 (0)20 7946-0958")
    new_customer(database, "C0002", "Baker Sue")
    with database.write() as session:
        add_vehicle(session, customer_id, "ab12 cde", "Ford Transit")
        add_vehicle(session, customer_id, "sn-4711", "pressure washer")
    with database.read() as session:
        rows = customer_rows(session)
    assert [row.name for row in rows] == ["Adams Ltd", "Baker Sue"]
    adams = rows[0]
    assert adams.plates == ("AB12 CDE", "SN-4711")
    for typed in ("ab12 cde", "sn-4711", "4402079460958", "7946-0958", "adams ltd", "c0001"):
        assert typed in adams.search_text
    assert "ab12" not in rows[1].search_text


def test_search_text_folds_the_case_of_cyrillic_and_hungarian_names(database: Database) -> None:
    new_customer(database, "C0001", "СИДОРОВ Пётр")
    new_customer(database, "C0002", "ŐRI Zoltán")
    with database.read() as session:
        texts = [row.search_text for row in customer_rows(session)]
    assert texts[0].startswith("c0002 őri zoltán")
    assert texts[1].startswith("c0001 сидоров пётр")


# --- invoice rows ------------------------------------------------------------------------------------


@pytest.fixture
def listed(database: Database) -> dict[str, int]:
    """Six invoices of four customers; ids by number suffix ("1" … "6")."""
    adams = new_customer(database, "ADA", "Adams Ltd")
    sidorov = new_customer(database, "SID", "Сидоров Пётр")
    ori = new_customer(database, "ORI", "Őri Zoltán")
    bianchi = new_customer(database, "BIA", "Bianchi Luca")
    with database.write() as session:
        van = add_vehicle(session, adams, "AB12 CDE", "Ford Transit")
        car = add_vehicle(session, adams, "XY99 ZZZ", "Mini")
        lada = add_vehicle(session, ori, "ABC-123", "Lada Niva")
    return {
        "1": new_invoice(database, adams, "2026/0001", date(2026, 1, 5), date(2026, 2, 5), 12_000,
                         vehicle_id=van, description="brake pads"),
        "2": new_invoice(database, sidorov, "2026/0002", date(2026, 1, 10), date(2026, 3, 10), 30_000,
                         description="кузовной ремонт"),
        "3": new_invoice(database, ori, "2026/0003", date(2026, 1, 15), date(2026, 1, 31), 5_000,
                         vehicle_id=lada, description="olajcsere"),
        "4": new_invoice(database, bianchi, "2026/0004", date(2026, 2, 1), date(2026, 2, 20), 45_000,
                         description="frizione"),
        "5": new_invoice(database, adams, "2026/0005", date(2026, 2, 10), date(2026, 4, 10), 8_000,
                         vehicle_id=car, description="MOT"),
        "6": new_invoice(database, sidorov, "2026/0006", date(2026, 2, 15), date(2026, 2, 28), 20_000,
                         description="тормоза"),
    }  # fmt: skip


def numbers(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [row.number.removeprefix("2026/000") for row in rows]


def test_invoice_rows_are_newest_first_by_default(database: Database, listed: dict[str, int]) -> None:
    with database.read() as session:
        rows = invoice_rows(session)
    assert numbers(rows) == ["6", "5", "4", "3", "2", "1"]
    first = rows[-1]
    assert (first.id, first.customer_code, first.customer_name, first.vehicle, first.total, first.installments) == (
        listed["1"],
        "ADA",
        "Adams Ltd",
        "AB12 CDE",
        12_000,
        1,
    )


@pytest.mark.parametrize(
    ("sort_key", "ascending"),
    [
        ("number", ["1", "2", "3", "4", "5", "6"]),
        # Names in code point order; the same name is in id order (reversed when descending).
        ("customer", ["1", "5", "4", "3", "2", "6"]),
        ("total", ["3", "5", "1", "6", "2", "4"]),
        ("due_date", ["3", "1", "4", "6", "2", "5"]),
        ("issue_date", ["1", "2", "3", "4", "5", "6"]),
        # No vehicle first; the same (none) in id order.
        ("vehicle", ["2", "4", "6", "1", "3", "5"]),
    ],
)
def test_invoice_rows_sort_by_each_key_both_ways(
    database: Database, listed: dict[str, int], sort_key: str, ascending: list[str]
) -> None:
    with database.read() as session:
        up = invoice_rows(session, sort_key=sort_key, descending=False)
        down = invoice_rows(session, sort_key=sort_key, descending=True)
    assert numbers(up) == ascending
    assert numbers(down) == ascending[::-1]


@pytest.mark.parametrize(
    ("offset", "limit", "expected"),
    [(0, 2, ["1", "2"]), (2, 2, ["3", "4"]), (4, 10, ["5", "6"]), (6, 10, []), (1, 1, ["2"])],
)
def test_invoice_rows_come_a_page_at_a_time(
    database: Database, listed: dict[str, int], offset: int, limit: int, expected: list[str]
) -> None:
    with database.read() as session:
        rows = invoice_rows(session, sort_key="number", descending=False, offset=offset, limit=limit)
    assert numbers(rows) == expected


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        pytest.param("2026/0004", ["4"], id="number"),
        pytest.param("adams", ["1", "5"], id="customer-name"),
        pytest.param("ADAMS", ["1", "5"], id="customer-name-in-capitals"),
        pytest.param("сидоров", ["2", "6"], id="cyrillic-lower-case"),
        pytest.param("СИДОРОВ", ["2", "6"], id="cyrillic-capitals"),
        pytest.param("пётр", ["2", "6"], id="cyrillic-first-name"),
        pytest.param("őri", ["3"], id="hungarian-lower-case"),
        pytest.param("ŐRI", ["3"], id="hungarian-capitals"),
        pytest.param("zoltán", ["3"], id="hungarian-first-name"),
        pytest.param("ab12", ["1"], id="plate"),
        pytest.param("abc-123", ["3"], id="plate-lower-case"),
        pytest.param("frizione", ["4"], id="description"),
        pytest.param("adams xy99", ["5"], id="every-word-must-match"),
        pytest.param("сидоров тормоза", ["6"], id="every-cyrillic-word-must-match"),
        pytest.param("adams frizione", [], id="words-of-different-invoices"),
        pytest.param("nobody", [], id="nothing"),
        pytest.param("", ["1", "2", "3", "4", "5", "6"], id="empty"),
    ],
)
def test_invoice_search_matches_every_word_case_insensitively(
    database: Database, listed: dict[str, int], search: str, expected: list[str]
) -> None:
    with database.read() as session:
        rows = invoice_rows(session, search=search, sort_key="number", descending=False)
        counted = count_invoices(session, search)
    assert numbers(rows) == expected
    assert counted == len(expected)


def test_count_invoices_counts_every_match_not_just_one_page(database: Database, listed: dict[str, int]) -> None:
    with database.read() as session:
        page = invoice_rows(session, limit=2)
        assert (len(page), count_invoices(session)) == (2, 6)
        assert count_invoices(session, "adams") == 2


def test_invoice_rows_of_one_customer(database: Database, listed: dict[str, int]) -> None:
    with database.read() as session:
        customer_id = invoice_rows(session, search="Őri")[0].customer_id
        rows = invoice_rows(session, customer_id=customer_id)
        counted = count_invoices(session, customer_id=customer_id)
    assert (numbers(rows), counted) == (["3"], 1)


def test_invoice_rows_sort_by_the_work(database: Database) -> None:
    customer_id = new_customer(database, "C1", "Adams Ltd")
    for number, work in (("1", "oil change"), ("2", "brakes"), ("3", "tyres"), ("4", "brakes")):
        new_invoice(database, customer_id, f"2026/000{number}", TODAY, TODAY, 1_000, description=work)
    with database.read() as session:
        up = invoice_rows(session, sort_key="work", descending=False)
        down = invoice_rows(session, sort_key="work", descending=True)
    assert numbers(up) == ["2", "4", "1", "3"]
    assert numbers(down) == ["3", "1", "4", "2"]


def test_a_page_of_invoice_rows_is_in_the_order_asked_for_past_the_first_page(
    database: Database, listed: dict[str, int]
) -> None:
    """The page's ids are read first and their rows after: the rows come back in the ids' order."""
    with database.read() as session:
        pages = [
            invoice_rows(session, sort_key="total", descending=True, offset=offset, limit=2) for offset in (0, 2, 4)
        ]
    assert [numbers(page) for page in pages] == [["4", "2"], ["6", "1"], ["5", "3"]]


@pytest.mark.parametrize(("search", "expected"), [("50%", ["1"]), ("a_b", ["2"])])
def test_percent_and_underscore_in_a_search_are_literal_characters(
    database: Database, search: str, expected: list[str]
) -> None:
    customer_id = new_customer(database, "C1", "Adams Ltd")
    new_invoice(database, customer_id, "2026/0001", TODAY, TODAY, 1_000, description="50% off the tyres")
    new_invoice(database, customer_id, "2026/0002", TODAY, TODAY, 1_000, description="500 km service, a_b")
    new_invoice(database, customer_id, "2026/0003", TODAY, TODAY, 1_000, description="axb belt")
    with database.read() as session:
        rows = invoice_rows(session, search=search, sort_key="number", descending=False)
        counted = count_invoices(session, search)
    assert (numbers(rows), counted) == (expected, len(expected))
