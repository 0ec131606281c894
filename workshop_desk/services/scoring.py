"""Payment behaviour scores of customers as of a date (the rules: :mod:`workshop_desk.domain.scoring`).

Set-based, like the overdue list: one pass of queries for all the customers asked about —
their installments and credits (:func:`~workshop_desk.db.queries.account_inputs`), which credits
are write-offs or debt moved to a plan (``PaymentRow.kind``), and their promises to pay from the
contact log — then the score of each, in Python, from plain values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_desk.db.models import ContactRow, PaymentKind, PaymentRow
from workshop_desk.db.queries import AccountInputs, account_histories, account_inputs, customer_refs
from workshop_desk.domain.dunning import Promise
from workshop_desk.domain.ledger import Ledger
from workshop_desk.domain.overdue import InstallmentStatus
from workshop_desk.domain.scoring import PaymentHistory, Score, score
from workshop_desk.services.collections import Outcome
from workshop_desk.services.settings import grace_days

_CHUNK = 900
"""Ids per query, below SQLite's limit of bound parameters."""


@dataclass(frozen=True)
class ScoreFacts:
    """What a score needs besides the installments and payments, read for many customers at once:
    the kind of every credit that is not money (by payment id), the promises (by customer id) and
    the shop's grace days."""

    kinds: dict[int, str]
    promises: dict[int, list[Promise]]
    grace: int


def score_facts(session: Session, as_of: date, customer_ids: list[int] | None = None) -> ScoreFacts:
    """The :class:`ScoreFacts` of every customer (or of ``customer_ids``) as of ``as_of``."""
    return ScoreFacts(
        _credit_kinds(session, as_of, customer_ids), _promises(session, as_of, customer_ids), grace_days(session)
    )


def scores(session: Session, as_of: date, customer_ids: Iterable[int] | None = None) -> dict[int, Score]:
    """The score of every customer (or of ``customer_ids``) as of ``as_of``, by customer id."""
    refs = customer_refs(session, None if customer_ids is None else list(customer_ids))
    ids = list(refs)
    # The whole shop: two table scans beat look-ups by customer.
    inputs = account_histories(session, as_of) if customer_ids is None else account_inputs(session, as_of, ids)
    facts = score_facts(session, as_of, None if customer_ids is None else ids)
    return {
        customer_id: score_of(inputs.get(customer_id) or AccountInputs(refs[customer_id]), facts, as_of)
        for customer_id in ids
    }


def score_of(
    account: AccountInputs,
    facts: ScoreFacts,
    as_of: date,
    allocated: tuple[Ledger, tuple[InstallmentStatus, ...]] | None = None,
) -> Score:
    """The score of one customer from their installments and payments and the :class:`ScoreFacts`
    (and their allocation as of ``as_of`` if the caller has it: see :func:`~workshop_desk.domain.scoring.score`)."""
    keys = {payment.key for payment in account.payments}
    return score(
        PaymentHistory(
            as_of=as_of,
            installments=tuple(account.installments),
            payments=tuple(account.payments),
            write_offs=frozenset(key for key in keys if facts.kinds.get(key) == PaymentKind.WRITE_OFF),
            moved=frozenset(key for key in keys if facts.kinds.get(key) == PaymentKind.RESCHEDULE),
            promises=tuple(facts.promises.get(account.customer.id, ())),
            grace_days=facts.grace,
        ),
        allocated,
    )


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
