"""A second desk in its own process, for the two-desks tests.

``python desk_process.py DB rename CUSTOMER_ID VERSION NAME`` saves the customer's name as read at
VERSION and prints ``saved`` or ``stale``. ``python desk_process.py DB pay CUSTOMER_ID COUNT TAG``
records COUNT payments one transaction each and prints ``done``.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from workshop_desk.db.session import open_database
from workshop_desk.services.customers import StaleRecordError, get_customer, save_customer
from workshop_desk.services.payments import PaymentData, record_payment

DAY = date(2026, 1, 15)


def rename(path: Path, customer_id: int, version: int, name: str) -> str:
    database = open_database(path, create=False)
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


def pay(path: Path, customer_id: int, count: int, tag: str) -> str:
    database = open_database(path, create=False)
    try:
        for number in range(count):
            with database.write() as session:
                record_payment(session, PaymentData(customer_id, DAY, 1_00, reference=f"{tag}-{number}"), DAY)
        return "done"
    finally:
        database.dispose()


if __name__ == "__main__":
    database_path, command, customer = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    if command == "rename":
        print(rename(database_path, customer, int(sys.argv[4]), sys.argv[5]))
    else:
        print(pay(database_path, customer, int(sys.argv[4]), sys.argv[5]))
