"""Two desks on one database file, each in its own process: no lost update, no lost payment."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from workshop_desk.db.models import Customer, PaymentRow
from workshop_desk.db.session import Database
from workshop_desk.services.customers import StaleRecordError, get_customer, save_customer

DESK = Path(__file__).with_name("desk_process.py")


def _desk(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DESK), *map(str, args)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )


@pytest.fixture
def shop(new_database: Callable[..., Database]) -> Database:
    return new_database("desks.db", template="base")


def _first_customer(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(Customer.id).order_by(Customer.id).limit(1))


def test_the_second_save_of_the_same_customer_is_refused(shop: Database) -> None:
    customer_id = _first_customer(shop)
    with shop.read() as session:
        mine = get_customer(session, customer_id)  # this desk opens the form
    other = _desk(shop.path, "rename", customer_id, mine.version, "Saved by the other desk")
    assert other.communicate(timeout=60)[0].strip() == "saved"
    with pytest.raises(StaleRecordError), shop.write() as session:
        save_customer(session, replace(mine.data, name="Saved here"), customer_id, mine.version)
    with shop.read() as session:
        assert get_customer(session, customer_id).data.name == "Saved by the other desk"


def test_payments_recorded_at_the_same_time_on_two_desks_all_land(shop: Database) -> None:
    customer_id = _first_customer(shop)
    desks = [_desk(shop.path, "pay", customer_id, 150, tag) for tag in ("left", "right")]
    assert [desk.communicate(timeout=120)[0].strip() for desk in desks] == ["done", "done"]
    with shop.read() as session:
        landed = session.scalar(
            select(func.count()).where(PaymentRow.reference.like("left-%") | PaymentRow.reference.like("right-%"))
        )
    assert landed == 300
