"""Payment behaviour scores of customers as of a date (the rules: :mod:`workshop_desk.domain.scoring`).

Set-based, like the overdue list: one pass of queries for all the customers asked about —
their installments and credits (:func:`~workshop_desk.db.queries.account_inputs`), which credits
are write-offs or debt moved to a plan (``PaymentRow.kind``), and their promises to pay from the
contact log — then the score of each, in Python, from plain values.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_desk.db.models import ContactRow, PaymentKind, PaymentRow
from workshop_desk.db.queries import AccountInputs, account_histories, account_inputs, customer_refs
from workshop_desk.domain.dunning import Promise
from workshop_desk.domain.scoring import PaymentHistory, Score, score
from workshop_desk.services.collections import Outcome
from workshop_desk.services.settings import grace_days

_CHUNK = 900
"""Ids per query, below SQLite's limit of bound parameters."""


def scores(session: Session, as_of: date, customer_ids: Iterable[int] | None = None) -> dict[int, Score]:
    """The score of every customer (or of ``customer_ids``) as of ``as_of``, by customer id."""
    refs = customer_refs(session, None if customer_ids is None else list(customer_ids))
    ids = list(refs)
    # The whole shop: two table scans beat look-ups by customer.
    inputs = account_histories(session, as_of) if customer_ids is None else account_inputs(session, as_of, ids)
    kinds = _credit_kinds(session, as_of, None if customer_ids is None else ids)
    promises = _promises(session, as_of, None if customer_ids is None else ids)
    grace = grace_days(session)
    result = {}
    for customer_id in ids:
        account = inputs.get(customer_id) or AccountInputs(refs[customer_id])
        keys = {payment.key for payment in account.payments}
        result[customer_id] = score(
            PaymentHistory(
                as_of=as_of,
                installments=tuple(account.installments),
                payments=tuple(account.payments),
                write_offs=frozenset(key for key in keys if kinds.get(key) == PaymentKind.WRITE_OFF),
                moved=frozenset(key for key in keys if kinds.get(key) == PaymentKind.RESCHEDULE),
                promises=tuple(promises.get(customer_id, ())),
                grace_days=grace,
            )
        )
    return result


def _chunks(ids: list[int] | None) -> list[list[int] | None]:
    if ids is None:
        return [None]
    return [ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK)]


def _credit_kinds(session: Session, as_of: date, ids: list[int] | None) -> dict[int, str]:
    """The kind of every credit that is not money, by payment id."""
    kinds: dict[int, str] = {}
    for chunk in _chunks(ids):
        query = select(PaymentRow.id, PaymentRow.kind).where(
            PaymentRow.kind != PaymentKind.PAYMENT, PaymentRow.date <= as_of
        )
        if chunk is not None:
            query = query.where(PaymentRow.customer_id.in_(chunk))
        kinds.update({payment_id: str(kind) for payment_id, kind in session.execute(query)})
    return kinds


def _promises(session: Session, as_of: date, ids: list[int] | None) -> dict[int, list[Promise]]:
    """The promises to pay made by ``as_of``, by customer id."""
    found: dict[int, list[Promise]] = {}
    for chunk in _chunks(ids):
        query = select(
            ContactRow.customer_id, ContactRow.day, ContactRow.promise_until, ContactRow.promise_cents
        ).where(
            ContactRow.outcome == Outcome.PROMISED,
            ContactRow.promise_until.is_not(None),
            ContactRow.day <= as_of,
        )
        if chunk is not None:
            query = query.where(ContactRow.customer_id.in_(chunk))
        for customer_id, made_on, until, amount in session.execute(query):
            if until is not None:  # the query leaves the others out; this tells the type checker
                found.setdefault(customer_id, []).append(Promise(made_on, until, amount or 0))
    return found
