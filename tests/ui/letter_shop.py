"""A small shop for the letter dialogs' tests: customers in each state a letter cares about.

``make_shop(database)`` returns the customer ids by role:

* ``late``: Bradshaw Susan (C0012), £600.00 due 1 Oct 2026, unpaid: 55 days late on TODAY.
* ``paid``: Patel Ravi (C0013), who paid his £200.00 invoice: no reminder can be written.
* ``plan``: Gallo Francesca (C0014, letters in Italian), three installments, the first missed.
* ``late_hu``: Nagy Ákos (C0015, letters in Hungarian), £150.00 due 1 Nov 2026, unpaid.
"""

from __future__ import annotations

from datetime import date

from workshop_desk.db.session import Database
from workshop_desk.domain.schedule import build_plan
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.shop import Shop, save_shop

TODAY = date(2026, 11, 25)
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


def make_shop(database: Database) -> dict[str, int]:
    """The shop profile and four customers (see the module docstring); their ids by role."""
    with database.write() as session:
        save_shop(session, SHOP)
        late = save_customer(
            session, CustomerData(code="C0012", name="Bradshaw Susan", address="4 Elm Road", city="Leeds")
        )
        paid = save_customer(session, CustomerData(code="C0013", name="Patel Ravi", city="Leeds"))
        plan = save_customer(session, CustomerData(code="C0014", name="Gallo Francesca", language="it"))
        late_hu = save_customer(session, CustomerData(code="C0015", name="Nagy Ákos", language="hu"))
        create_invoice(
            session, InvoiceData("2026-0101", late, date(2026, 9, 1), date(2026, 10, 1), 60000), as_of=date(2026, 9, 1)
        )
        create_invoice(
            session, InvoiceData("2026-0102", paid, date(2026, 9, 1), date(2026, 10, 1), 20000), as_of=date(2026, 9, 1)
        )
        record_payment(session, PaymentData(paid, date(2026, 9, 20), 20000, "cash", "", None), date(2026, 9, 20))
        installments = tuple(build_plan(30000, 3, date(2026, 10, 15)))
        create_invoice(
            session,
            InvoiceData("2026-0103", plan, date(2026, 9, 15), date(2026, 10, 15), 30000, plan=installments),
            as_of=date(2026, 9, 15),
        )
        create_invoice(
            session,
            InvoiceData("2026-0104", late_hu, date(2026, 10, 1), date(2026, 11, 1), 15000),
            as_of=date(2026, 10, 1),
        )
    return {"late": late, "paid": paid, "plan": plan, "late_hu": late_hu}
