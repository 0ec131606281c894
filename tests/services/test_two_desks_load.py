"""Issue #12's proof: two desks recording 1,000 payments each at the same moment on a PostgreSQL server lose none.

Each desk is a process of its own (``desk_process.py``) that opens the shop, waits for the agreed
start time and records its payments one transaction each, as the payment dialog does. Afterwards
every payment is there once, with its reference, and the customer's money adds up to the cent.
The time is printed (``pytest -s``).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from desk_process import DAY
from sqlalchemy import func, select
from test_two_desks import answer, desk

from workshop_desk.db.models import Customer, PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.services.accounts import accounts

PAYMENTS = 1_000
DESKS = ("left", "right")


@pytest.fixture
def db_engine() -> str:
    """This module runs on a server only (SQLite does 2 × 150 in ``test_two_desks.py``)."""
    return "postgresql"


def test_two_desks_recording_a_thousand_payments_each_at_once_lose_none(new_database: Callable[..., Database]) -> None:
    shop = new_database("load", template="base")
    with shop.read() as session:
        customer_id = session.execute(select(Customer.id).where(Customer.code == "A1")).scalar_one()
        paid_before = session.scalar(select(func.sum(PaymentRow.amount_cents))) or 0
        (before,) = accounts(session, DAY, [customer_id])
    start = time.time() + 3  # both processes have imported and connected by then
    desks = [desk(shop, "pay", customer_id, PAYMENTS, tag, start) for tag in DESKS]
    times = [float(answer(other, timeout=600).split()[1]) for other in desks]
    elapsed = time.time() - start
    with shop.read() as session:
        landed = session.execute(
            select(PaymentRow.reference, PaymentRow.amount_cents, PaymentRow.customer_id).where(
                PaymentRow.reference.like("left-%") | PaymentRow.reference.like("right-%")
            )
        ).all()
        paid_after = session.scalar(select(func.sum(PaymentRow.amount_cents))) or 0
        (after,) = accounts(session, DAY, [customer_id])
    expected = {f"{tag}-{number}" for tag in DESKS for number in range(PAYMENTS)}
    assert len(landed) == len(DESKS) * PAYMENTS
    assert {reference for reference, _amount, _customer in landed} == expected
    assert {(amount, customer) for _reference, amount, customer in landed} == {(1_00, customer_id)}
    assert paid_after - paid_before == len(DESKS) * PAYMENTS * 1_00
    received = len(DESKS) * PAYMENTS * 1_00
    # A1 owed 600.00: the 2,000.00 pay it, and the rest is the customer's credit
    assert (after.status.open_balance, after.status.credit) == (0, received - before.status.open_balance)
    print(
        f"\n2 desks × {PAYMENTS:,} payments on PostgreSQL: all {len(landed):,} landed in {elapsed:.1f} s "
        f"(desks {times[0]:.1f} s and {times[1]:.1f} s)"
    )
