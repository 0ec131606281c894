"""Two desks on one shop, each in its own process: no lost update, no lost payment, no stale agenda.

Run on both engines (``[sqlite]``: one file on a shared folder; ``[postgresql]``: a server).
The 2 × 1,000 payments proof on a server is in ``test_two_desks_load.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from workshop_desk.db.models import Customer, Invoice, PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.services.collections import agenda
from workshop_desk.services.customers import StaleRecordError, get_customer, save_customer
from workshop_desk.services.invoices import get_invoice, update_invoice

pytestmark = pytest.mark.both_engines

DESK = Path(__file__).with_name("desk_process.py")
AGENDA_DAY = date(2026, 3, 15)


def target(database: Database) -> str:
    """The database as the other desk's ``--db`` takes it (a server's URL with its password)."""
    if database.path is not None:
        return str(database.path)
    return database.url.render_as_string(hide_password=False)


def desk(database: Database, *args: object) -> subprocess.Popen[str]:
    """The other desk: ``desk_process.py`` in a process of its own on the same database."""
    return subprocess.Popen(
        [sys.executable, str(DESK), target(database), *map(str, args)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )


def answer(process: subprocess.Popen[str], timeout: float = 120) -> str:
    output = process.communicate(timeout=timeout)[0].strip()
    assert process.returncode == 0, output
    return output


@pytest.fixture
def shop(new_database: Callable[..., Database]) -> Database:
    return new_database("desks.db", template="base")


def _first_customer(database: Database) -> int:
    with database.read() as session:
        return session.execute(select(Customer.id).order_by(Customer.id).limit(1)).scalar_one()


def test_the_second_save_of_the_same_customer_is_refused(shop: Database) -> None:
    customer_id = _first_customer(shop)
    with shop.read() as session:
        mine = get_customer(session, customer_id)  # this desk opens the form
    assert answer(desk(shop, "rename", customer_id, mine.version, "Saved by the other desk")) == "saved"
    with pytest.raises(StaleRecordError), shop.write() as session:
        save_customer(session, replace(mine.data, name="Saved here"), customer_id, mine.version)
    with shop.read() as session:
        assert get_customer(session, customer_id).data.name == "Saved by the other desk"


def test_the_second_save_of_the_same_invoice_is_refused(shop: Database) -> None:
    with shop.read() as session:
        invoice_id = session.execute(select(Invoice.id).where(Invoice.number == "P-001")).scalar_one()
        mine = get_invoice(session, invoice_id)  # this desk opens the invoice
    assert answer(desk(shop, "describe", invoice_id, mine.version, "Saved by the other desk")) == "saved"
    # The other desk's save, and a third desk's save of the copy it read before: refused too.
    assert answer(desk(shop, "describe", invoice_id, mine.version, "A stale third desk")) == "stale"
    with pytest.raises(StaleRecordError), shop.write() as session:
        update_invoice(
            session, invoice_id, mine.version, replace(mine.data, description="Saved here"), as_of=mine.data.issue_date
        )
    with shop.read() as session:
        saved = get_invoice(session, invoice_id)
    assert (saved.data.description, saved.version) == ("Saved by the other desk", mine.version + 1)


def test_payments_recorded_at_the_same_time_on_two_desks_all_land(shop: Database) -> None:
    customer_id = _first_customer(shop)
    desks = [desk(shop, "pay", customer_id, 150, tag) for tag in ("left", "right")]
    assert [answer(other).split()[0] for other in desks] == ["done", "done"]
    with shop.read() as session:
        landed = session.execute(
            select(func.count(), func.count(PaymentRow.reference.distinct()), func.sum(PaymentRow.amount_cents)).where(
                PaymentRow.reference.like("left-%") | PaymentRow.reference.like("right-%")
            )
        ).one()
    assert tuple(landed) == (300, 300, 300_00)


def test_an_action_done_at_one_desk_is_gone_from_the_others_agenda_on_the_next_read(shop: Database) -> None:
    with shop.read() as session:
        before = agenda(session, AGENDA_DAY, include_moved=False)  # this desk shows its Today list
    assert before, "the acceptance shop has actions due on 15 March 2026"
    first = before[0]
    assert answer(desk(shop, "done", first.customer_id, AGENDA_DAY.isoformat())) == f"done {first.step.key}"
    with shop.read() as session:  # F5, or the refresh after the next change
        after = agenda(session, AGENDA_DAY, include_moved=False)
    assert (first.customer_id, first.step.key) not in {(item.customer_id, item.step.key) for item in after}
    assert [item.customer_id for item in after] == [item.customer_id for item in before[1:]]
