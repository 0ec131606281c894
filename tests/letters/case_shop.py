"""An account with a history, for the case file's tests: invoices, a plan, payments, a write-off,
letters, contacts (promise, dispute, correction) and a collection charge.

``make_account(database)`` returns the customer's id. The shop is English (GBP), the date of the
case file is AS_OF; the customer is a business, so the UK commercial rules apply to the claim.
"""

from __future__ import annotations

from datetime import date, datetime

from workshop_desk.db.models import PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.domain.dunning import Action, LadderStep
from workshop_desk.domain.schedule import PlannedInstallment
from workshop_desk.services.collections import Outcome, record_contact
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice, get_invoice, void_invoice
from workshop_desk.services.letters import produce_letter
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.shop import Shop, save_shop

AS_OF = date(2026, 3, 15)
SHOP = Shop(
    name="Kershaw Motors",
    address="12 Mill Lane",
    postal_code="LS1 4AB",
    city="Leeds",
    country="GB",
    currency="GBP",
    language="en",
    iban="GB33BUKB20201555555555",
    bic="BUKBGB22",
    bank_name="Barclays",
    signatory="Tom Kershaw",
)
INVOICES = ("2025-0101", "2025-0102", "2025-0103", "2025-0104")
PAYMENTS = (12000, 20000, 5050)  # cents: card, cash, transfer
WRITE_OFF = 1500
DEPOSIT = 5000
NOTES_IN_DATE_ORDER = (
    "No answer on the mobile",
    "Will pay after the insurance pays out",
    "Says the brake pads were not replaced",
    "Workshop report sent: dispute settled",
    "Typo above: it was the landline",
)
FEE_STEP = LadderStep("reminder", 1, Action.LETTER, "reminder", fee=500)


def make_account(database: Database, name: str = "Bradshaw Haulage Ltd") -> int:
    """The shop and one company customer with the history of the module docstring."""
    with database.write() as session:
        save_shop(session, SHOP)
        customer_id = save_customer(
            session,
            CustomerData(
                code="C0042", name=name, kind="company", tax_id="GB123456789", phone="0113 496 0001",
                email="accounts@bradshaw.example", address="4 Elm Road", postal_code="LS2 7AA", city="Leeds",
            ),
        )  # fmt: skip

        def invoice(number: str, issued: date, due: date, total: int, plan: tuple[PlannedInstallment, ...] = (),
                    deposit: int = 0) -> int:  # fmt: skip
            data = InvoiceData(number, customer_id, issued, due, total, deposit, f"Repair {number}", plan=plan)
            return create_invoice(session, data, as_of=issued, override_reason="test")

        first = invoice(INVOICES[0], date(2025, 11, 1), date(2025, 12, 1), 60000, deposit=DEPOSIT)
        parts = tuple(PlannedInstallment(seq, date(2026, seq, 10), 10000) for seq in (1, 2, 3, 4))
        invoice(INVOICES[1], date(2025, 12, 10), date(2026, 1, 10), 40000, parts)
        paid = invoice(INVOICES[2], date(2025, 10, 1), date(2025, 10, 31), 20000)
        void = invoice(INVOICES[3], date(2025, 10, 5), date(2025, 11, 5), 9999)
        void_invoice(session, void, get_invoice(session, void).version, "typed twice")
        record_payment(
            session, PaymentData(customer_id, date(2025, 12, 20), PAYMENTS[0], "card", "slip 77", first), AS_OF
        )
        record_payment(session, PaymentData(customer_id, date(2025, 10, 30), PAYMENTS[1], "cash", "", paid), AS_OF)
        record_payment(session, PaymentData(customer_id, date(2026, 1, 12), PAYMENTS[2], "transfer", "BACS"), AS_OF)
        session.add(
            PaymentRow(customer_id=customer_id, invoice_id=first, date=date(2026, 2, 20), amount_cents=WRITE_OFF,
                       method="other", reference="small balance", kind="write_off")
        )  # fmt: skip
        session.flush()
    with database.write() as session:
        reminder = produce_letter(session, customer_id, "reminder", date(2026, 2, 1)).record_id
        produce_letter(session, customer_id, "claim", date(2026, 3, 1))
    with database.write() as session:
        # recorded out of order on purpose: the case file lists them by date and time
        dispute = record_contact(session, customer_id, at=datetime(2026, 2, 5, 10, 0), channel="phone",
                                 outcome=Outcome.DISPUTED, note=NOTES_IN_DATE_ORDER[2], user="tom")  # fmt: skip
        first_call = record_contact(session, customer_id, at=datetime(2026, 1, 20, 9, 30), channel="phone",
                                    outcome=Outcome.NO_ANSWER, note=NOTES_IN_DATE_ORDER[0], user="ann")  # fmt: skip
        record_contact(session, customer_id, at=datetime(2026, 1, 21, 16, 45), channel="phone",
                       outcome=Outcome.PROMISED, note=NOTES_IN_DATE_ORDER[1], user="ann",
                       promise_until=date(2026, 1, 31), promise_amount=25000)  # fmt: skip
        record_contact(session, customer_id, at=datetime(2026, 2, 12, 11, 0), channel="email",
                       outcome=Outcome.DISPUTE_RESOLVED, note=NOTES_IN_DATE_ORDER[3], user="tom")  # fmt: skip
        record_contact(session, customer_id, at=datetime(2026, 2, 1, 8, 0), channel="letter",
                       outcome=Outcome.LETTER_SENT, user="tom", step=FEE_STEP, covered=((1, 2),),
                       letter_id=reminder)  # fmt: skip
        record_contact(session, customer_id, at=datetime(2026, 2, 20, 12, 0), channel="note", outcome=Outcome.NOTE,
                       note=NOTES_IN_DATE_ORDER[4], user="ann", corrects_id=first_call)  # fmt: skip
        assert dispute
    return customer_id
