"""Customers' positions as of a date, and the overdue list built from them."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from workshop_desk.db.queries import AccountInputs, CustomerRef, account_inputs, account_totals, customer_refs
from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import AccountStatus, account_status, settled_status, urgency
from workshop_desk.services.settings import grace_days


@dataclass(frozen=True)
class Account:
    """A customer and their position as of a date."""

    customer: CustomerRef
    status: AccountStatus


def accounts(
    session: Session,
    as_of: date,
    customer_ids: list[int] | None = None,
    *,
    histories: Mapping[int, AccountInputs] | None = None,
) -> list[Account]:
    """Every customer's position as of ``as_of`` (or only of ``customer_ids``), by customer id.

    Customers who owe nothing are settled from their totals; only those who owe money are
    allocated in detail (the answers are the same: a property test checks it).

    Args:
        histories: the customers' installments and payments if the caller has read them already
            (:func:`~workshop_desk.db.queries.account_histories` as of ``as_of`` or later: the
            rules leave out what does not count yet); they are then not read again.
    """
    grace = grace_days(session)
    refs = customer_refs(session, customer_ids)
    totals = account_totals(session, as_of, customer_ids)
    owing = [customer_id for customer_id in refs if owes(totals.get(customer_id))]
    with collector_paused():
        if histories is None:
            detailed = account_inputs(session, as_of, owing, refs)
        else:
            detailed = {customer_id: histories[customer_id] for customer_id in owing}
        return [
            position(customer, as_of, totals.get(customer_id), detailed.get(customer_id), grace)
            for customer_id, customer in refs.items()
        ]


_pausing = 0
_pausing_lock = threading.Lock()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off during a whole-shop computation (in any thread), on again after.

    Reading and allocating a busy shop builds some 400 000 tuples that all stay alive and hold no
    reference cycles; every few thousand new objects the collector would scan them, and every older
    object of the program, again: a fifth of the overdue list's time, eleven full collections
    (1.4 s of a 7 s build) for the window's snapshot. Objects freed meanwhile are freed as ever
    (reference counting); only cycles, of any thread, wait until the end. Computations at the same
    time count: the last to end turns it on; if someone else had turned it off, it stays off.
    """
    global _pausing
    with _pausing_lock:
        ours = _pausing > 0 or gc.isenabled()  # else turned off by someone else: theirs to turn on
        if ours:
            _pausing += 1
            gc.disable()
    try:
        yield
    finally:
        if ours:
            with _pausing_lock:
                _pausing -= 1
                if _pausing == 0:
                    gc.enable()


def position(
    customer: CustomerRef,
    as_of: date,
    totals: tuple[Cents, Cents] | None,
    inputs: AccountInputs | None,
    grace: int,
) -> Account:
    """One customer's position from their totals (:func:`~workshop_desk.db.queries.account_totals`)
    and, when they owe money (:func:`owes`), their installments and payments.

    The status keeps the installments of the invoices with something unpaid only (every figure is
    the same; the lists and the snapshot need no more, and a shop's history is mostly paid).
    """
    if inputs is not None and owes(totals):
        status = account_status(
            inputs.installments, inputs.payments, as_of, customer.debt_limit, grace, paid_invoices=False
        )
    else:
        invoiced, received = totals or (0, 0)
        status = settled_status(as_of, invoiced, received, customer.debt_limit)
    return Account(customer, status)


def owes(totals: tuple[Cents, Cents] | None) -> bool:
    """Whether (invoiced, received) totals leave something unpaid (then the allocation is needed)."""
    return totals is not None and totals[0] > totals[1]


def overdue_accounts(session: Session, as_of: date) -> list[Account]:
    """Customers with something overdue or over their limit on ``as_of``, most urgent first."""
    listed = [account for account in accounts(session, as_of) if account.status.needs_attention]
    return sorted(listed, key=lambda account: (urgency(account.status), account.customer.code))
