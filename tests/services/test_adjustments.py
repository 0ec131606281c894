"""Write-offs and reschedules on the hand-checked sample shop (tests/acceptance, as of 15 March 2026).

The sample accounts on 15 March: A1 owes 400.00 of P-001 (3 × 200.00 due 1 Jan, 1 Feb, 1 Mar;
1 Jan paid), all overdue, limit 400.00; A2 owes 50.00 of P-002 (80.00 due 1 Mar, 30.00 paid
on 1 Mar); A3 owes 45.00 not yet due (limit 0); A4 owes 150.00 of P-004 (its last 200.00
installment, due 20 Feb, 50.00 paid); A5 owes nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_desk.db.models import ContactRow, Customer, Invoice, PaymentKind, PaymentRow
from workshop_desk.db.session import Database, open_database
from workshop_desk.domain.schedule import Interval, PlannedInstallment
from workshop_desk.domain.scoring import Score
from workshop_desk.services.accounts import accounts
from workshop_desk.services.adjustments import (
    AdjustmentError,
    kind_of_reference,
    reschedule,
    reschedule_proposal,
    write_off,
    written_off_total,
)
from workshop_desk.services.collections import Outcome, record_contact
from workshop_desk.services.csv_export import export_csv
from workshop_desk.services.csv_import import import_csv
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice, get_invoice
from workshop_desk.services.letters import produce_letter
from workshop_desk.services.scoring import scores
from workshop_desk.services.shop import Shop, save_shop
from workshop_desk.services.snapshot import build_snapshot
from workshop_desk.services.statement import statement

pytestmark = pytest.mark.both_engines

ON = date(2026, 3, 15)
KINDS = ("customers", "invoices", "installments", "payments")


@pytest.fixture
def shop(database: Database, acceptance_data: Path) -> dict[str, int]:
    """The sample shop; customer ids by code."""
    for kind in KINDS:
        import_csv(database, kind, acceptance_data / f"{kind}.csv")
    with database.read() as session:
        return {row.code: row.id for row in session.execute(select(Customer.code, Customer.id))}


def position(database: Database, customer_id: int, as_of: date = ON) -> tuple[int, int, int]:
    """(open balance, overdue, missed installments)."""
    with database.read() as session:
        [account] = accounts(session, as_of, [customer_id])
    status = account.status
    return status.open_balance, status.overdue_amount, status.missed_installments


def payment_rows(database: Database, customer_id: int) -> list[tuple[object, ...]]:
    with database.read() as session:
        columns = (PaymentRow.date, PaymentRow.amount_cents, PaymentRow.method, PaymentRow.reference, PaymentRow.kind)
        query = select(*columns).where(PaymentRow.customer_id == customer_id).order_by(PaymentRow.id)
        return [tuple(row) for row in session.execute(query)]


# --- write-off ----------------------------------------------------------------------------------


def test_a_write_off_settles_the_balance_and_stays_in_the_history(database: Database, shop: dict[str, int]) -> None:
    with database.write() as session:
        write_off(session, shop["A2"], 50_00, "hardship", "lost his job", ON, "anna")
    assert position(database, shop["A2"]) == (0, 0, 0)
    assert payment_rows(database, shop["A2"])[-1] == (ON, 50_00, "other", "Write-off: hardship", "write_off")
    with database.read() as session:
        account = statement(session, shop["A2"], ON, None)
        [note] = session.execute(select(ContactRow.channel, ContactRow.outcome, ContactRow.note, ContactRow.user))
    last = account.lines[-1]
    assert (last.kind, last.detail, last.credit, last.balance) == ("write_off", "hardship", 50_00, 0)
    [installment] = account.installments
    assert account.settled_by == {installment.installment.key: ("write_off", "hardship")}
    assert tuple(note) == ("note", Outcome.NOTE, "Write-off of 50.00 (hardship). lost his job", "anna")


def test_a_partial_write_off_pays_the_oldest_installments_first(database: Database, shop: dict[str, int]) -> None:
    with database.write() as session:
        write_off(session, shop["A1"], 250_00, "small_amount", "", ON, "")
    # 250.00: all of 1 Feb's 200.00, then 50.00 of 1 March's; 150.00 open, still overdue, one missed.
    assert position(database, shop["A1"]) == (150_00, 150_00, 1)
    with database.read() as session:
        paid = [item.paid for item in statement(session, shop["A1"], ON, None).installments]
    assert paid == [200_00, 200_00, 50_00]


def test_written_off_total_counts_write_offs_only_in_the_period(database: Database, shop: dict[str, int]) -> None:
    with database.write() as session:
        write_off(session, shop["A2"], 20_00, "small_amount", "", date(2026, 3, 10), "")
        write_off(session, shop["A1"], 100_00, "uncollectable", "", ON, "")
    with database.read() as session:
        assert written_off_total(session, date(2026, 3, 1), date(2026, 3, 31)) == 120_00
        assert written_off_total(session, date(2026, 3, 11), date(2026, 3, 15)) == 100_00
        assert written_off_total(session, date(2026, 1, 1), date(2026, 3, 9)) == 0


@pytest.mark.parametrize(
    ("amount", "reason", "note", "on", "message"),
    [
        (0, "hardship", "", ON, "the amount must be more than zero"),
        (-5_00, "hardship", "", ON, "the amount must be more than zero"),
        (50_01, "hardship", "", ON, "the amount is more than the open balance"),
        (10_00, "bad_luck", "", ON, "unknown write-off reason 'bad_luck'"),
        (10_00, "other", "  ", ON, "say why the balance is written off"),
        (10_00, "hardship", "", date(2026, 2, 28), "a payment dated after this day is recorded already"),
    ],
)
def test_a_write_off_is_refused_with_a_reason(
    database: Database, shop: dict[str, int], amount: int, reason: str, note: str, on: date, message: str
) -> None:
    with pytest.raises(AdjustmentError, match=f"^{message}$") as refused, database.write() as session:
        write_off(session, shop["A2"], amount, reason, note, on, "")
    if "dated after" in message:
        assert refused.value.day == date(2026, 3, 1)  # A2's payment
    assert payment_rows(database, shop["A2"])[-1][-1] == "payment"  # nothing recorded


def test_a_write_off_with_reason_other_and_a_note_is_accepted(database: Database, shop: dict[str, int]) -> None:
    with database.write() as session:
        write_off(session, shop["A3"], 45_00, "other", "goodwill after the dispute", ON, "")
    assert position(database, shop["A3"]) == (0, 0, 0)


# --- reschedule ---------------------------------------------------------------------------------


def test_rescheduling_the_overdue_balance_makes_a_new_plan(database: Database, shop: dict[str, int]) -> None:
    with database.write() as session:
        invoice_id = reschedule(
            session, shop["A1"], 4, Interval.MONTHLY, date(2026, 4, 15), ON, "anna", "agreed on the phone"
        )
    with database.read() as session:
        record = get_invoice(session, invoice_id)
        account = statement(session, shop["A1"], ON, 400_00)
        [(override,)] = session.execute(select(Invoice.credit_override).where(Invoice.id == invoice_id))
        [(note,)] = session.execute(select(ContactRow.note))
    data = record.data
    assert (data.number, data.issue_date, data.due_date, data.total) == ("P-007", ON, date(2026, 4, 15), 400_00)
    assert data.description == "Payment plan of 15 Mar 2026, replacing P-001"
    assert [(part.due_date, part.amount) for part in data.plan] == [
        (date(2026, 4, 15), 100_00),
        (date(2026, 5, 15), 100_00),
        (date(2026, 6, 15), 100_00),
        (date(2026, 7, 15), 100_00),
    ]
    assert override == ""  # 400.00 again, within A1's limit of 400.00: no override needed
    assert note == "Rescheduled 400.00 into plan P-007: 4 installment(s) from 2026-04-15. agreed on the phone"
    # Still 400.00 open, but nothing overdue or missed any more.
    assert position(database, shop["A1"]) == (400_00, 0, 0)
    moved = account.lines[-1]
    assert (moved.kind, moved.reference, moved.description, moved.detail, moved.credit, moved.balance) == (
        "reschedule", "P-001", "Moved to plan P-007", "P-007", 400_00, 400_00
    )  # fmt: skip
    old = [item for item in account.installments if item.installment.invoice_number == "P-001"]
    assert [account.settled_by.get(item.installment.key) for item in old] == [
        None,  # paid in money on 1 Jan
        ("reschedule", "P-007"),
        ("reschedule", "P-007"),
    ]
    # The plan becomes due on its own dates.
    assert position(database, shop["A1"], date(2026, 5, 1)) == (400_00, 100_00, 1)


def test_rescheduling_the_whole_balance_moves_what_is_not_due_yet_too(database: Database) -> None:
    """The old installments falling due after the new plan's first one are settled by the move,
    not the new plan's installments: each old invoice gets its own credit, tied to it."""
    with database.write() as session:
        customer_id = save_customer(session, CustomerData("C1", "Berti Carla"))
        parts = (
            PlannedInstallment(1, date(2026, 2, 1), 100_00),
            PlannedInstallment(2, date(2026, 4, 1), 100_00),
            PlannedInstallment(3, date(2026, 5, 1), 100_00),
        )
        create_invoice(
            session, InvoiceData("I1", customer_id, date(2026, 1, 1), date(2026, 2, 1), 300_00, plan=parts), as_of=ON
        )
        create_invoice(session, InvoiceData("I2", customer_id, date(2026, 3, 1), date(2026, 6, 1), 50_00), as_of=ON)
        proposal = reschedule_proposal(session, customer_id, ON, whole_balance=True)
        assert [(item.number, item.amount) for item in proposal.moved] == [("I1", 300_00), ("I2", 50_00)]
        invoice_id = reschedule(session, customer_id, 2, Interval.WEEKLY, date(2026, 3, 20), ON, "", whole_balance=True)
    with database.read() as session:
        account = statement(session, customer_id, ON, None)
        new = get_invoice(session, invoice_id).data
    assert [(part.due_date, part.amount) for part in new.plan] == [
        (date(2026, 3, 20), 175_00),
        (date(2026, 3, 27), 175_00),
    ]
    assert new.description == "Payment plan of 15 Mar 2026, replacing I1, I2"
    by_number = {}
    for item in account.installments:
        by_number.setdefault(item.installment.invoice_number, []).append(item.unpaid)
    assert by_number == {"I1": [0, 0, 0], "I2": [0], new.number: [175_00, 175_00]}
    assert [line.kind for line in account.lines[-3:]] == ["invoice", "reschedule", "reschedule"]
    assert position(database, customer_id) == (350_00, 0, 0)


def test_a_reschedule_for_a_customer_over_the_limit_is_issued_with_the_override(
    database: Database, shop: dict[str, int]
) -> None:
    """A3 has no credit at all (limit 0): the plan is issued anyway, with the reason on record."""
    with database.write() as session:
        invoice_id = reschedule(session, shop["A3"], 1, Interval.MONTHLY, date(2026, 4, 30), ON, "", whole_balance=True)
        assert get_invoice(session, invoice_id).credit_override == "rescheduled debt"
        assert get_invoice(session, invoice_id).data.plan == ()  # one installment: the invoice's due date
    assert position(database, shop["A3"], date(2026, 5, 1)) == (45_00, 45_00, 0)


def test_forint_plans_are_split_in_whole_forints(database: Database) -> None:
    with database.write() as session:
        save_shop(session, Shop(country="HU", currency="HUF", language="hu"))
        customer_id = save_customer(session, CustomerData("H1", "Kovács Béla"))
        create_invoice(
            session,
            InvoiceData("H-1", customer_id, date(2026, 1, 1), date(2026, 2, 1), 10_000_50),
            as_of=ON,  # 10 000,50 Ft
        )
        invoice_id = reschedule(session, customer_id, 3, Interval.MONTHLY, date(2026, 4, 1), ON, "")
        data = get_invoice(session, invoice_id).data
    assert [part.amount for part in data.plan] == [3_333_00, 3_333_00, 3_334_50]
    assert data.description.startswith("Részletfizetési megállapodás (")


@pytest.mark.parametrize(
    ("code", "count", "first_due", "on", "message"),
    [
        ("A5", 3, date(2026, 4, 1), ON, "there is nothing to reschedule"),
        ("A3", 3, date(2026, 4, 1), ON, "there is nothing to reschedule"),  # nothing overdue
        ("A1", 0, date(2026, 4, 1), ON, "a plan has between 1 and 120 installments"),
        ("A1", 121, date(2026, 4, 1), ON, "a plan has between 1 and 120 installments"),
        ("A1", 3, date(2026, 3, 14), ON, "the first installment falls due before the reschedule date"),
        ("A4", 3, date(2026, 4, 1), date(2026, 2, 21), "a payment dated after this day is recorded already"),
    ],
)
def test_a_reschedule_is_refused_with_a_reason(
    database: Database, shop: dict[str, int], code: str, count: int, first_due: date, on: date, message: str
) -> None:
    with pytest.raises(AdjustmentError, match=f"^{message}$"), database.write() as session:
        reschedule(session, shop[code], count, Interval.MONTHLY, first_due, on, "")
    with database.read() as session:
        assert session.scalar(select(Invoice.id).where(Invoice.number == "P-007")) is None


# --- the rest of the program --------------------------------------------------------------------


def adjust(database: Database, shop: dict[str, int]) -> None:
    with database.write() as session:
        write_off(session, shop["A2"], 50_00, "hardship", "", ON, "")
        reschedule(session, shop["A1"], 4, Interval.MONTHLY, date(2026, 4, 15), ON, "")


def test_the_csv_export_still_round_trips_with_write_offs_and_reschedules(
    database: Database, shop: dict[str, int], tmp_path: Path, acceptance_data: Path
) -> None:
    adjust(database, shop)
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
    for kind in KINDS:
        export_csv(database, kind, first / f"{kind}.csv")
    exported = (first / "payments.csv").read_text(encoding="utf-8")
    # The columns are the contract: unchanged; the sample's own rows first, unchanged.
    assert exported.startswith((acceptance_data / "payments.csv").read_text(encoding="utf-8"))
    assert exported.endswith(
        "A2,,2026-03-15,50.00,other,Write-off: hardship\nA1,P-001,2026-03-15,400.00,other,Moved to plan P-007\n"
    )
    copy = open_database(tmp_path / "copy.db")
    try:
        for kind in KINDS:
            import_csv(copy, kind, first / f"{kind}.csv")
        for kind in KINDS:
            export_csv(copy, kind, second / f"{kind}.csv")
        for kind in KINDS:
            assert (first / f"{kind}.csv").read_bytes() == (second / f"{kind}.csv").read_bytes(), kind
        with database.read() as original, copy.read() as copied:
            assert positions(original) == positions(copied)
            kinds = select(PaymentRow.kind).order_by(PaymentRow.id)
            assert list(original.scalars(kinds)) == list(copied.scalars(kinds))
            assert written_off_total(copied, ON, ON) == 50_00
            assert scores_by_code(copied) == scores_by_code(original)
    finally:
        copy.dispose()


def positions(session: Session) -> list[tuple[str, int, int, int]]:
    return [
        (a.customer.code, a.status.open_balance, a.status.overdue_amount, a.status.missed_installments)
        for a in accounts(session, ON)
    ]


def scores_by_code(session: Session) -> dict[str, Score]:
    codes = {row.id: row.code for row in session.execute(select(Customer.id, Customer.code))}
    return {codes[customer_id]: score for customer_id, score in scores(session, ON).items()}


def test_the_import_reads_the_kind_only_from_the_programs_own_references() -> None:
    assert kind_of_reference("other", "Write-off: hardship") is PaymentKind.WRITE_OFF
    assert kind_of_reference("other", "Moved to plan 2026-0042") is PaymentKind.RESCHEDULE
    assert kind_of_reference("cash", "Write-off: hardship") is PaymentKind.PAYMENT
    assert kind_of_reference("other", "write-off agreed") is PaymentKind.PAYMENT


def test_scores_of_the_sample_shop(database: Database, shop: dict[str, int]) -> None:
    """Hand-computed (module docstring of workshop_desk/domain/scoring.py).

    A1: 3 due, 1 on time: 26.67 + 20 × (42 + 14)/180 = 6.22 + 2 missed = 10 → 57.
    A2: 1 due, not paid: 40 + 20 × 14/60 = 4.67 → 55.33 → 55.
    A3: nothing due yet → 70.  A5: the only installment paid on time → 100 (too few to be a good payer).
    A4: P-004 (900 − 300 deposit) in 3 × 200.00 due 20 Dec, 20 Jan, 20 Feb; 200 on 22 Dec, 250 on 25 Feb:
        20 Dec paid 2 days late, 20 Jan 36 days late (25 Feb), 20 Feb unpaid 23 days: all 3 late: 40;
        20 × 61/180 = 6.78; 1 missed: 5 → 48.22 → 48.
    """
    with database.read() as session:
        result = scores(session, ON)
    values = {code: result[customer_id].value for code, customer_id in shop.items()}
    assert values == {"A1": 57, "A2": 55, "A3": 70, "A4": 48, "A5": 100}
    assert not any(score.good_payer for score in result.values())


def test_the_score_counts_broken_promises_and_write_offs(database: Database, shop: dict[str, int]) -> None:
    """A2 promised on 2 March to pay 50.00 by 14 March; 50.00 was written off on 10 March instead.

    1 due, not paid in money: 40; the shop waited 9 days for it: 20 × 9/60 = 3; 1 broken promise:
    10; 50 of 80 written off: 30 × 5/8 = 18.75. 100 − 71.75 = 28.25 → 28.
    """
    with database.write() as session:
        record_contact(session, shop["A2"], at=_at(2026, 3, 2), channel="phone", outcome=Outcome.PROMISED,
                       promise_until=date(2026, 3, 14), promise_amount=50_00)  # fmt: skip
        write_off(session, shop["A2"], 50_00, "hardship", "", date(2026, 3, 10), "")
    with database.read() as session:
        score = scores(session, ON, [shop["A2"]])[shop["A2"]]
    assert score.value == 28
    assert [(reason.code.value, reason.value) for reason in score.reasons] == [
        ("paid_late", 1),
        ("written_off", 63),
        ("broken_promises", 1),
        ("days_late", 9),
    ]


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 10, 0)


def test_the_snapshot_refreshed_after_adjustments_equals_a_rebuild(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        before = build_snapshot(session, ON)
    adjust(database, shop)
    with database.read() as session:
        refreshed = before.refreshed(session, [shop["A1"], shop["A2"]])
        rebuilt = build_snapshot(session, ON)
    assert refreshed == rebuilt
    assert rebuilt.scores[shop["A2"]].value < before.scores[shop["A2"]].value


@pytest.mark.parametrize("language", ["en", "it", "ru", "pt_BR", "hu"])
def test_a_statement_letter_lists_write_offs_and_moves(database: Database, shop: dict[str, int], language: str) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    adjust(database, shop)
    with database.write() as session:
        letter = produce_letter(session, shop["A1"], "statement", ON, language)
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(letter.pdf)).pages)
    expected = {
        "en": "Moved to a payment plan",
        "it": "Trasferito nel piano di rientro",
        "ru": "Перенос в план погашения",
        "pt_BR": "Transferido para plano de pagamento",
        "hu": "Áthelyezve részletfizetésbe",
    }[language]
    assert " ".join(expected.split()) in " ".join(text.split())
