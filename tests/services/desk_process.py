"""A second desk in its own process, for the two-desks tests (on an SQLite file or a PostgreSQL server).

``DB`` is the database as ``--db`` takes it: a file path or a ``postgresql+psycopg://`` URL.

* ``python desk_process.py DB rename CUSTOMER_ID VERSION NAME`` saves the customer's name as read
  at VERSION and prints ``saved`` or ``stale``;
* ``python desk_process.py DB describe INVOICE_ID VERSION TEXT`` saves the invoice's description as
  read at VERSION and prints ``saved`` or ``stale``;
* ``python desk_process.py DB pay CUSTOMER_ID COUNT TAG [START]`` records COUNT payments of 1.00,
  one transaction each (as the payment dialog does), referenced ``TAG-0`` … ``TAG-(COUNT-1)``; with
  START (a ``time.time()``), it opens the database first and waits until then, so that two desks
  really pay at the same moment. Prints ``done SECONDS`` (the time spent paying);
* ``python desk_process.py DB done CUSTOMER_ID YYYY-MM-DD`` completes the customer's action on that
  day's agenda (reached by phone, or the letter sent) and prints ``done STEP`` (``none``: no action).
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from datetime import date, datetime
from datetime import time as clock

from workshop_desk.db.session import open_database
from workshop_desk.domain.dunning import Action
from workshop_desk.services.collections import Outcome, agenda, record_contact
from workshop_desk.services.customers import StaleRecordError, get_customer, save_customer
from workshop_desk.services.invoices import get_invoice, update_invoice
from workshop_desk.services.payments import PaymentData, record_payment

DAY = date(2026, 1, 15)


def rename(target: str, customer_id: int, version: int, name: str) -> str:
    database = open_database(target, create=False)
    try:
        with database.write() as session:
            record = get_customer(session, customer_id)
            data = replace(record.data, name=name)
            save_customer(session, data, customer_id, version)
        return "saved"
    except StaleRecordError:
        return "stale"
    finally:
        database.dispose()


def describe(target: str, invoice_id: int, version: int, description: str) -> str:
    database = open_database(target, create=False)
    try:
        with database.write() as session:
            record = get_invoice(session, invoice_id)
            data = replace(record.data, description=description)
            update_invoice(session, invoice_id, version, data, as_of=record.data.issue_date)
        return "saved"
    except StaleRecordError:
        return "stale"
    finally:
        database.dispose()


def pay(target: str, customer_id: int, count: int, tag: str, start: float | None) -> str:
    database = open_database(target, create=False)
    try:
        if start is not None:
            time.sleep(max(0.0, start - time.time()))
        began = time.perf_counter()
        for number in range(count):
            with database.write() as session:
                record_payment(session, PaymentData(customer_id, DAY, 1_00, reference=f"{tag}-{number}"), DAY)
        return f"done {time.perf_counter() - began:.2f}"
    finally:
        database.dispose()


def complete(target: str, customer_id: int, day: date) -> str:
    database = open_database(target, create=False)
    try:
        with database.write() as session:
            item = next((item for item in agenda(session, day) if item.customer_id == customer_id), None)
            if item is None:
                return "done none"
            by_phone = item.step.action is Action.PHONE
            record_contact(
                session,
                customer_id,
                at=datetime.combine(day, clock(11)),
                channel=item.step.action.value,
                outcome=Outcome.REACHED if by_phone else Outcome.LETTER_SENT,
                step=item.step,
                covered=item.covered,
                user="other desk",
            )
        return f"done {item.step.key}"
    finally:
        database.dispose()


if __name__ == "__main__":
    database_target, command, key = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if command == "rename":
        print(rename(database_target, key, int(sys.argv[4]), sys.argv[5]))
    elif command == "describe":
        print(describe(database_target, key, int(sys.argv[4]), sys.argv[5]))
    elif command == "pay":
        print(pay(database_target, key, int(sys.argv[4]), sys.argv[5], float(sys.argv[6]) if sys.argv[6:] else None))
    else:
        print(complete(database_target, key, date.fromisoformat(sys.argv[4])))
