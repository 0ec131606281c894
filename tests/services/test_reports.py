"""The Reports figures against a small shop worked out by hand.

The shop on AS_OF = Sunday 15 March 2026 (amounts in euros; grace 0 days):

====  ============  =====================================================================  =======
code  limit         history                                                                open
====  ============  =====================================================================  =======
A1    none          I-1 issued 1 Dec 2025, 300.00 due 31 Dec; 100.00 paid 20 Jan (tied)    400.00
                    I-2 issued 1 Feb 2026, 2 × 100.00 due 10 Feb and 15 Mar
B2    150.00        J-1 issued 20 Feb, 250.00 due 5 Mar; 50.00 paid 10 Mar (tied)           200.00
                    J-2 issued 5 Jan, 80.00 due 10 Jan — voided
C3    none          K-1 issued 1 Sep 2025, 500.00 due 1 Oct; 50.00 paid 15 Nov;             350.00
                    100.00 written off 1 Feb 2026
D4    none          L-1 issued 10 Jan, 120.00 due 10 Feb; paid in full 2 Mar                  0.00
E5    none          M-1 issued 1 Feb, 50.00 due 15 Feb; 70.00 paid 10 Feb (20.00 credit)      0.00
====  ============  =====================================================================  =======

Aging on AS_OF (days past due; due today is not due):
  A1: I-1 200.00, 74 days → 61–90; I-2/1 100.00, 33 days → 31–60; I-2/2 100.00 due today → not due.
  B2: J-1 200.00, 10 days → 1–30.     C3: K-1 350.00, 165 days → over 90.
  Total: not due 100, 1–30 200, 31–60 100, 61–90 200, over 90 350 = 950.00; overdue 850.00.

Letters (AS_OF counts the letters of 2 Mar 2025 … 1 Mar 2026, so each had its 14 days):
  reminder to D4 on 20 Feb (produced; asked 120.00) — D4 paid 120.00 on 2 Mar: paid in full;
  reminder step for B2 logged on 1 Mar without a letter (covers J-1: asked 250.00) — 50.00 on
  10 Mar: paid something, not in full; claim to C3 on 25 Feb — nothing paid;
  a second-reminder step logged for A1 on 28 Feb and corrected the same day: not counted;
  a second reminder to A1 on 10 Mar: too recent to count.
"""

from __future__ import annotations

import io
from dataclasses import fields
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from workshop_desk.db.models import InstallmentRow
from workshop_desk.db.session import Database
from workshop_desk.domain.dunning import DEFAULT_LADDER
from workshop_desk.domain.overdue import AgingBuckets
from workshop_desk.domain.schedule import PlannedInstallment
from workshop_desk.services import reports
from workshop_desk.services.accounts import accounts, overdue_accounts
from workshop_desk.services.adjustments import write_off
from workshop_desk.services.collections import Outcome, record_contact
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice, get_invoice, void_invoice
from workshop_desk.services.letters import produce_letter
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.reports import AgingRow, LetterEffect, ReportCancelled, report_figures
from workshop_desk.services.shop import Shop, save_shop
from workshop_desk.services.snapshot import build_snapshot

pytestmark = pytest.mark.both_engines

AS_OF = date(2026, 3, 15)
STEPS = {step.key: (index, step) for index, step in enumerate(DEFAULT_LADDER)}


def euros(amount: str) -> int:
    return int(Decimal(amount) * 100)


@pytest.fixture
def shop(database: Database) -> dict[str, int]:
    """The shop of the module docstring; returns the customers' ids by code."""
    with database.write() as session:
        save_shop(session, Shop(name="Officina Prova", city="Bologna", country="IT", currency="EUR", language="it"))
        ids = {
            code: save_customer(session, CustomerData(code, name, debt_limit=limit))
            for code, name, limit in [
                ("A1", "Alfa Ricambi", None),
                ("B2", "Beta Trasporti", euros("150")),
                ("C3", "Gamma Costruzioni", None),
                ("D4", "Delta Servizi", None),
                ("E5", "Epsilon Taxi", None),
            ]
        }

        def invoice(number: str, code: str, issued: date, due: date, total: str,
                    plan: tuple[tuple[date, int], ...] = ()) -> int:  # fmt: skip
            parts = tuple(PlannedInstallment(seq, day, amount) for seq, (day, amount) in enumerate(plan, 1))
            data = InvoiceData(number, ids[code], issued, due, euros(total), plan=parts)
            return create_invoice(session, data, as_of=issued, override_reason="test")

        def pay(code: str, day: date, amount: str, invoice_id: int | None = None) -> None:
            record_payment(session, PaymentData(ids[code], day, euros(amount), invoice_id=invoice_id), AS_OF)

        i1 = invoice("I-1", "A1", date(2025, 12, 1), date(2025, 12, 31), "300")
        invoice("I-2", "A1", date(2026, 2, 1), date(2026, 2, 10), "200",
                plan=((date(2026, 2, 10), euros("100")), (date(2026, 3, 15), euros("100"))))  # fmt: skip
        pay("A1", date(2026, 1, 20), "100", i1)
        j1 = invoice("J-1", "B2", date(2026, 2, 20), date(2026, 3, 5), "250")
        j2 = invoice("J-2", "B2", date(2026, 1, 5), date(2026, 1, 10), "80")
        void_invoice(session, j2, get_invoice(session, j2).version, "issued twice")
        pay("B2", date(2026, 3, 10), "50", j1)
        invoice("K-1", "C3", date(2025, 9, 1), date(2025, 10, 1), "500")
        pay("C3", date(2025, 11, 15), "50")
        write_off(session, ids["C3"], euros("100"), "hardship", "", date(2026, 2, 1), "test")
        l1 = invoice("L-1", "D4", date(2026, 1, 10), date(2026, 2, 10), "120")
        invoice("M-1", "E5", date(2026, 2, 1), date(2026, 2, 15), "50")
        pay("E5", date(2026, 2, 10), "70")

        produce_letter(session, ids["D4"], "reminder", date(2026, 2, 20))
        produce_letter(session, ids["C3"], "claim", date(2026, 2, 25))
        produce_letter(session, ids["A1"], "second", date(2026, 3, 10))
        j1_part = session.scalar(select(InstallmentRow.id).where(InstallmentRow.invoice_id == j1))
        index, step = STEPS["reminder"]
        record_contact(session, ids["B2"], at=datetime(2026, 3, 1, 10), channel="letter", outcome=Outcome.LETTER_SENT,
                       step=step, covered=((j1_part, index),))  # fmt: skip
        index, step = STEPS["second"]
        wrong = record_contact(session, ids["A1"], at=datetime(2026, 2, 28, 9), channel="letter",
                               outcome=Outcome.LETTER_SENT, step=step)  # fmt: skip
        record_contact(session, ids["A1"], at=datetime(2026, 2, 28, 9, 5), channel="letter", outcome=Outcome.NOTE,
                       note="not sent after all", corrects_id=wrong)  # fmt: skip
        pay("D4", date(2026, 3, 2), "120", l1)
    return ids


def row_of(rows: tuple[AgingRow, ...], code: str) -> AgingRow:
    return next(row for row in rows if row.code == code)


def test_each_customer_s_aging_buckets(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        rows = reports.aging_rows(session, AS_OF)
    assert row_of(rows, "A1").buckets == AgingBuckets(
        not_due=euros("100"), d31_60=euros("100"), d61_90=euros("200")
    )  # I-2/2 due today; I-2/1 33 days; I-1 74 days (200 after the 100 paid)
    assert row_of(rows, "B2").buckets == AgingBuckets(d1_30=euros("200"))  # J-1 250 − 50; J-2 void
    assert row_of(rows, "C3").buckets == AgingBuckets(d90_plus=euros("350"))  # 500 − 50 − 100 written off
    assert [row.overdue for row in rows] == [euros("350"), euros("300"), euros("200")]


def test_only_open_balances_are_listed_most_overdue_first(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        rows = reports.aging_rows(session, AS_OF)
    assert [row.code for row in rows] == ["C3", "A1", "B2"]  # D4 paid, E5 in credit
    assert [row.customer_id for row in rows] == [shop["C3"], shop["A1"], shop["B2"]]
    assert all(row.overdue == row.buckets.total - row.buckets.not_due for row in rows)


def test_the_aging_total_is_the_open_balance_of_the_overdue_list_s_rules(
    database: Database, shop: dict[str, int]
) -> None:
    with database.read() as session:
        figures = report_figures(session, AS_OF)
        positions = accounts(session, AS_OF)
        listed = overdue_accounts(session, AS_OF)  # what `workshop-desk overdue` prints
    assert figures.aging_total == AgingBuckets(euros("100"), euros("200"), euros("100"), euros("200"), euros("350"))
    assert figures.aging_total.total == euros("950") == sum(account.status.open_balance for account in positions)
    assert figures.aging_total.total - figures.aging_total.not_due == sum(
        account.status.overdue_amount for account in listed
    )


def test_the_overdue_trend_at_month_ends(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        trend = report_figures(session, AS_OF).overdue_trend
    assert len(trend) == 24
    assert (trend[0].month_end, trend[-1].month_end) == (date(2024, 4, 30), AS_OF)
    at = {point.month_end: point.overdue for point in trend}
    assert at[date(2025, 9, 30)] == 0  # K-1 due 1 Oct
    assert at[date(2025, 10, 31)] == euros("500")
    assert at[date(2025, 11, 30)] == euros("450")  # K-1 less the 50 paid on 15 Nov
    assert at[date(2025, 12, 31)] == euros("450")  # I-1 due that day: not late yet
    # I-1 after the partial payment of 20 Jan: 200; the void J-2 (80, due 10 Jan) never counts
    assert at[date(2026, 1, 31)] == euros("650")
    # K-1 350 after the write-off, I-1 200, I-2/1 100, L-1 120 (paid only on 2 Mar); M-1 paid early
    assert at[date(2026, 2, 28)] == euros("770")
    assert at[AS_OF] == euros("850")  # the aging's overdue total


def test_days_sales_outstanding_over_90_days(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        figures = report_figures(session, AS_OF)
    # invoiced 16 Dec 2025 … 15 Mar 2026: I-2 200 + J-1 250 + L-1 120 + M-1 50 = 620 (J-2 void);
    # open 950 → 950 / 620 × 90 = 137.90…
    assert figures.dso == Decimal("137.9")


def test_money_collected_this_month_and_last_month(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        figures = report_figures(session, AS_OF)
    assert figures.collected_this_month == euros("170")  # D4 120 on 2 Mar + B2 50 on 10 Mar
    assert figures.collected_last_month == euros("70")  # E5 on 10 Feb; not C3's write-off of 1 Feb
    with database.read() as session:
        later = report_figures(session, date(2026, 3, 31))
    assert later.collected_last_month == euros("70")


def test_customers_over_their_limit(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        figures = report_figures(session, AS_OF)
    assert (figures.over_limit_count, figures.over_limit_balance, figures.over_limit_excess) == (
        1, euros("200"), euros("50"),
    )  # fmt: skip  # B2 owes 200 with a limit of 150


def test_top_debtors_by_open_balance(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        figures = report_figures(session, AS_OF)
    assert [(row.code, row.buckets.total) for row in figures.top_debtors] == [
        ("A1", euros("400")), ("C3", euros("350")), ("B2", euros("200")),
    ]  # fmt: skip


def test_top_debtors_are_ten_at_most(database: Database) -> None:
    with database.write() as session:
        for number in range(1, 13):
            customer_id = save_customer(session, CustomerData(f"X{number:02d}", f"Customer {number}"))
            data = InvoiceData(f"X-{number}", customer_id, date(2026, 1, 1), date(2026, 2, 1), number * 1000)
            create_invoice(session, data, as_of=date(2026, 1, 1))
    with database.read() as session:
        figures = report_figures(session, AS_OF)
    assert [row.code for row in figures.top_debtors] == [f"X{number:02d}" for number in range(12, 2, -1)]


def test_written_off_this_year(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        figures = report_figures(session, AS_OF)
        before = report_figures(session, date(2026, 1, 31))
    assert (figures.written_off_this_year, figures.written_off_count) == (euros("100"), 1)
    assert (before.written_off_this_year, before.written_off_count) == (0, 0)  # dated 1 Feb


def test_letters_followed_by_payment(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        figures = report_figures(session, AS_OF)
    effects = {effect.kind: effect for effect in figures.letter_effects}
    assert [effect.kind for effect in figures.letter_effects] == [
        "courtesy", "reminder", "second", "claim", "installment", "statement",
    ]  # fmt: skip
    assert effects["reminder"] == LetterEffect("reminder", sent=2, paid_within_14_days=1, paid_something=2)
    assert effects["claim"] == LetterEffect("claim", sent=1, paid_within_14_days=0, paid_something=0)
    assert effects["second"] == LetterEffect("second", 0, 0, 0)  # corrected, and one too recent
    assert effects["reminder"].share == Decimal("0.5")
    assert effects["claim"].share == Decimal(0)
    assert effects["second"].share is None
    assert (figures.letters_from, figures.letters_until) == (date(2025, 3, 2), date(2026, 3, 1))


def test_a_payment_on_the_fifteenth_day_is_too_late(database: Database, shop: dict[str, int]) -> None:
    # D4 paid L-1 (120.00) on 2 Mar: day 14 after a letter of 16 Feb, day 15 after one of 15 Feb.
    with database.write() as session:
        produce_letter(session, shop["D4"], "second", date(2026, 2, 16))
        produce_letter(session, shop["D4"], "statement", date(2026, 2, 15))
    with database.read() as session:
        effects = {effect.kind: effect for effect in report_figures(session, AS_OF).letter_effects}
    assert effects["second"] == LetterEffect("second", 1, 1, 1)
    assert effects["statement"] == LetterEffect("statement", 1, 0, 0)


def test_the_report_as_of_an_earlier_day_ignores_what_came_later(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        figures = report_figures(session, date(2026, 2, 28))
    # A1 400 (I-1 200, I-2 200), B2 250 (J-1 not due till 5 Mar, paid on 10 Mar), C3 350, D4 120
    # (paid on 2 Mar); E5's credit does not reduce anyone's balance.
    assert figures.aging_total.total == euros("1120")
    assert figures.aging_total.not_due == euros("350")  # I-2/2 100 and J-1 250
    assert figures.overdue_trend[-1] == reports.MonthPoint(date(2026, 2, 28), euros("770"))
    # February: E5's 70 (C3's write-off of 1 Feb is not money); January: A1's 100 of 20 Jan
    assert (figures.collected_this_month, figures.collected_last_month) == (euros("70"), euros("100"))


def test_progress_is_reported_and_can_cancel(database: Database, shop: dict[str, int]) -> None:
    seen: list[tuple[int, int]] = []
    with database.read() as session:
        report_figures(session, AS_OF, progress=lambda done, total: seen.append((done, total)) is None)
    assert seen
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    with database.read() as session, pytest.raises(ReportCancelled):
        report_figures(session, AS_OF, progress=lambda done, total: False)


def test_an_empty_shop_has_empty_figures(database: Database) -> None:
    with database.read() as session:
        figures = report_figures(session, AS_OF)
    assert figures.aging_rows == ()
    assert figures.aging_total == AgingBuckets()
    assert [point.overdue for point in figures.overdue_trend] == [0] * 24
    assert figures.dso is None
    assert all(effect.sent == 0 and effect.share is None for effect in figures.letter_effects)


def test_the_aging_csv(database: Database, shop: dict[str, int]) -> None:
    out = io.StringIO()
    with database.read() as session:
        reports.write_aging_csv(reports.aging_rows(session, AS_OF), out)
    assert out.getvalue().splitlines() == [
        "customer_code,customer_name,not_due,d1_30,d31_60,d61_90,d90_plus,total",
        "A1,Alfa Ricambi,100.00,0.00,100.00,200.00,0.00,400.00",
        "B2,Beta Trasporti,0.00,200.00,0.00,0.00,0.00,200.00",
        "C3,Gamma Costruzioni,0.00,0.00,0.00,0.00,350.00,350.00",
    ]


def test_the_statement_csv(database: Database, shop: dict[str, int]) -> None:
    out = io.StringIO()
    with database.read() as session:
        reports.write_statement_csv(session, shop["C3"], AS_OF, out)
    assert out.getvalue().splitlines() == [
        "date,kind,reference,description,debit,credit,balance,method,detail",
        "2025-09-01,invoice,K-1,,500.00,0.00,500.00,,",
        "2025-11-15,payment,,,0.00,50.00,450.00,cash,",
        "2026-02-01,write_off,,Write-off: hardship,0.00,100.00,350.00,other,hardship",
    ]


def test_letter_period_over_a_leap_day() -> None:
    assert reports.letter_period(date(2024, 3, 14)) == (date(2023, 3, 1), date(2024, 2, 29))
    assert reports.letter_period(date(2025, 3, 15)) == (date(2024, 3, 2), date(2025, 3, 1))
    assert reports.letter_period(AS_OF)[1] == AS_OF - timedelta(days=14)


def test_the_dso_period_is_the_90_days_ending_on_the_day(database: Database) -> None:
    with database.write() as session:
        customer_id = save_customer(session, CustomerData("Z1", "Zeta"))
        for number, issued, amount in [("Z-1", date(2025, 12, 15), 10_000), ("Z-2", date(2025, 12, 16), 20_000)]:
            data = InvoiceData(number, customer_id, issued, issued + timedelta(days=30), amount)
            create_invoice(session, data, as_of=issued)
    with database.read() as session:
        figures = report_figures(session, AS_OF)
    # 16 Dec … 15 Mar is 90 days: Z-2 only. Open 300.00 / sold 200.00 × 90 = 135.0
    assert figures.dso == Decimal("135.0")


def test_the_one_pass_read_gives_what_the_per_customer_read_gives(database: Database, shop: dict[str, int]) -> None:
    from workshop_desk.db.queries import account_histories, account_inputs

    for as_of in (date(2026, 1, 31), AS_OF):
        with database.read() as session:
            histories = account_histories(session, as_of)
            inputs = account_inputs(session, as_of, sorted(shop.values()))
        assert set(histories) == {key for key, value in inputs.items() if value.installments or value.payments}
        for customer_id, history in histories.items():
            expected = inputs[customer_id]
            assert history.customer == expected.customer
            assert sorted(history.installments, key=lambda item: item.key) == sorted(
                expected.installments, key=lambda item: item.key
            )
            assert sorted(history.payments, key=lambda item: item.key) == sorted(
                expected.payments, key=lambda item: item.key
            )


@pytest.mark.parametrize("day", [AS_OF, date(2026, 3, 5), date(2026, 2, 28), date(2026, 1, 10)])
def test_the_quick_figures_are_those_of_the_full_report(database: Database, shop: dict[str, int], day: date) -> None:
    """The Reports tab shows the quick figures first (read, or from the window's snapshot), then the full ones."""
    with database.read() as session:
        full = report_figures(session, day)
        read = reports.quick_figures(session, day)
        positions = list(build_snapshot(session, day).accounts.values())
        from_snapshot = reports.quick_figures(session, day, positions)
        full_from_snapshot = report_figures(session, day, listed=positions)
    assert full_from_snapshot == full  # the tab hands the snapshot's positions to the full step too
    same = reports.QuickFigures(**{field.name: getattr(full, field.name) for field in fields(reports.QuickFigures)})
    assert read == same
    assert from_snapshot == same
    if day == AS_OF:  # a real test: every kind of quick figure is there
        assert same.aging_total.total == euros("950.00")
        assert (same.over_limit_count, same.written_off_count) == (1, 1)
        assert same.collected_this_month > 0
        assert same.collected_last_month > 0
