"""A small shop for the Today tab and outcome dialog tests, as of Wednesday 25 November 2026.

``make_shop(database)`` returns the customer ids by code. What each needs on TODAY (default ladder):

* C0001 Bradshaw Susan (en): £600.00 due 20 Nov, 5 days late — the due-day call.
* C0002 Whitfield Garage Ltd (en): £900.00 due 1 Oct, 55 days late — the due-day call.
* C0003 Gallo Francesca (it): £200.00 due 1 Nov; on 5 Nov she promised to pay it all by 15 Nov
  and did not — a broken promise, first in the list, with the next step (the payment reminder).
* C0004 Souza Ana (pt_BR): £150.00 due 27 Nov — the courtesy reminder by e-mail.
* C0005 Иванов Пётр (ru): £300.00 due 10 Nov, 15 days late — the due-day call.
* C0006 Nagy Ákos (hu): £250.00 due 15 Nov, 10 days late — the due-day call.

In the agenda's order (broken promise, then overdue money × days late): C0003, C0002, C0005,
C0001, C0006, C0004.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from workshop_desk.db.session import Database
from workshop_desk.services.collections import Outcome, agenda, record_contact
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.shop import Shop, save_shop

TODAY = date(2026, 11, 25)
ORDER = ["C0003", "C0002", "C0005", "C0001", "C0006", "C0004"]
SHOP = Shop(
    name="Kershaw Motors",
    address="12 Mill Lane",
    postal_code="LS1 4AB",
    city="Leeds",
    country="GB",
    phone="0113 496 0000",
    email="accounts@kershaw.example",
    iban="GB33BUKB20201555555555",
    bic="BUKBGB22",
    bank_name="Barclays",
    currency="GBP",
    language="en",
    signatory="Tom Kershaw",
    signatory_role="Owner",
)
CUSTOMERS = [
    # code, name, language, kind, amount, due date
    ("C0001", "Bradshaw Susan", "en", "person", 600_00, date(2026, 11, 20)),
    ("C0002", "Whitfield Garage Ltd", "en", "company", 900_00, date(2026, 10, 1)),
    ("C0003", "Gallo Francesca", "it", "person", 200_00, date(2026, 11, 1)),
    ("C0004", "Souza Ana", "pt_BR", "person", 150_00, date(2026, 11, 27)),
    ("C0005", "Иванов Пётр", "ru", "person", 300_00, date(2026, 11, 10)),
    ("C0006", "Nagy Ákos", "hu", "person", 250_00, date(2026, 11, 15)),
]


def make_shop(database: Database) -> dict[str, int]:
    """The shop profile, the six customers and Gallo's broken promise; the customer ids by code."""
    ids: dict[str, int] = {}
    with database.write() as session:
        save_shop(session, SHOP)
        for number, (code, name, language, kind, amount, due) in enumerate(CUSTOMERS, start=1):
            ids[code] = save_customer(
                session,
                CustomerData(
                    code=code,
                    name=name,
                    kind=kind,
                    language=language,
                    phone=f"0161 496 01{number:02d}",
                    email=f"{code.lower()}@example.com",
                    city="Leeds",
                ),
            )
            issued = due - timedelta(days=30)
            create_invoice(
                session,
                InvoiceData(f"2026-01{number:02d}", ids[code], issued, due, amount),
                as_of=issued,
                override_reason="test shop",
            )
    promise_day = date(2026, 11, 5)
    with database.write() as session:
        [item] = [item for item in agenda(session, promise_day) if item.customer_id == ids["C0003"]]
        record_contact(
            session,
            ids["C0003"],
            at=datetime(2026, 11, 5, 10, 15),
            channel=item.step.action.value,
            outcome=Outcome.PROMISED,
            step=item.step,
            covered=item.covered,
            promise_until=date(2026, 11, 15),
            promise_amount=200_00,
            user="Maria",
        )
    return ids
