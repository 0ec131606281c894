"""The shop's position as of a date, held by the window and refreshed customer by customer.

Every tab needs the same figures (balances, overdue, limit, missed installments, the state of
each invoice). Computing them once per refresh and keeping them in a :class:`Snapshot` means a
tab shows its rows at once; after a change only the customers it touched are recomputed
(:meth:`Snapshot.refreshed`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from workshop_desk.db.queries import AccountInputs, account_inputs, account_totals, customer_refs
from workshop_desk.domain.ledger import allocate
from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import DueState, installment_statuses, ledger_status, of_open_invoices
from workshop_desk.domain.scoring import Score
from workshop_desk.services import scoring
from workshop_desk.services.accounts import Account, accounts, collector_paused, owes, position


class InvoiceState(StrEnum):
    OPEN = "open"  # nothing paid, nothing late
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    VOID = "void"


@dataclass(frozen=True, slots=True)
class InvoiceProgress:
    """How far an invoice of a customer who owes money is paid."""

    paid: Cents
    unpaid: Cents
    overdue: Cents
    missed: int
    installments: int

    @property
    def state(self) -> InvoiceState:
        if self.unpaid == 0:
            return InvoiceState.PAID
        if self.overdue:
            return InvoiceState.OVERDUE
        if self.paid:
            return InvoiceState.PARTLY_PAID
        return InvoiceState.OPEN


@dataclass(frozen=True)
class ShopTotals:
    open_balance: Cents
    overdue: Cents
    over_limit: int
    with_missed_installments: int


@dataclass(frozen=True)
class Snapshot:
    as_of: date
    accounts: dict[int, Account]
    invoices: dict[int, InvoiceProgress]
    """Progress of the invoices of customers who owe money; every other counted invoice is paid."""
    complete: bool = True
    """False for the placeholder shown while the figures are still being worked out."""
    scores: dict[int, Score] = field(default_factory=dict)
    """Every customer's payment behaviour score, by customer id (empty in the placeholder)."""
    scored: bool = True
    """False while only the scores of the customers who owe money are known (see :func:`build_snapshot`)."""

    def account(self, customer_id: int) -> Account | None:
        return self.accounts.get(customer_id)

    def invoice_state(self, invoice_id: int, *, void: bool, issue_date: date) -> InvoiceState | None:
        """The state of an invoice (``None`` while the figures are not known yet)."""
        if void:
            return InvoiceState.VOID
        if not self.complete:
            return None
        progress = self.invoices.get(invoice_id)
        if progress is not None:
            return progress.state
        return InvoiceState.OPEN if issue_date > self.as_of else InvoiceState.PAID

    @property
    def totals(self) -> ShopTotals:
        statuses = [account.status for account in self.accounts.values()]
        return ShopTotals(
            open_balance=sum(status.open_balance for status in statuses),
            overdue=sum(status.overdue_amount for status in statuses),
            over_limit=sum(1 for status in statuses if status.over_limit),
            with_missed_installments=sum(1 for status in statuses if status.missed_installments),
        )

    def refreshed(self, session: Session, customer_ids: list[int]) -> Snapshot:
        """A new snapshot with ``customer_ids`` recomputed (after a change to them)."""
        fresh = accounts(session, self.as_of, customer_ids)
        merged = dict(self.accounts)
        invoices = dict(self.invoices)
        for customer_id in customer_ids:
            old = self.accounts.get(customer_id)
            if old is not None:
                for status in old.status.installments:
                    invoices.pop(status.installment.invoice_key, None)
            merged.pop(customer_id, None)
        for account in fresh:
            merged[account.customer.id] = account
        invoices.update(_invoice_progress(fresh))
        fresh_scores = {**self.scores, **scoring.scores(session, self.as_of, customer_ids)}
        return replace(
            self, accounts=dict(sorted(merged.items())), invoices=invoices, scores=dict(sorted(fresh_scores.items()))
        )


def pending_snapshot(as_of: date) -> Snapshot:
    """A snapshot without figures, for the moment before :func:`build_snapshot` has finished."""
    return Snapshot(as_of, {}, {}, complete=False, scored=False)


WHOLE_SHOP_CHUNK = 500
"""Customers whose installments and payments :func:`build_snapshot` holds at a time."""


def build_snapshot(
    session: Session, as_of: date, *, positions_ready: Callable[[Snapshot], object] | None = None
) -> Snapshot:
    """Every customer's position and score as of ``as_of``, from one read of the history.

    Both need each customer's installments and payments; they are read once, a chunk of customers
    at a time, and dropped once the chunk's positions and scores are worked out (the whole
    history at once would take hundreds of megabytes). The answers are those of
    :func:`~workshop_desk.services.accounts.accounts` and :func:`~workshop_desk.services.scoring.scores`.

    The customers who owe money come first: their positions need the history (an allocation,
    which their scores then share), while the position of a customer who owes nothing follows
    from their totals alone. Once those are done every position is known, and
    ``positions_ready`` (if given) is called with that snapshot — ``scored`` false, the scores of
    the customers who owe nothing still missing — before their histories are read for their
    scores. On a busy shop the positions come in about two thirds of the time of the whole.

    Python's cyclic garbage collector is paused meanwhile (:func:`~workshop_desk.services.accounts.collector_paused`).

    Args:
        positions_ready: called in this thread, once, with every position (see above); the
            snapshot returned afterwards has the same positions and every score.
    """
    with collector_paused():
        return _build(session, as_of, positions_ready)


def _build(session: Session, as_of: date, positions_ready: Callable[[Snapshot], object] | None) -> Snapshot:
    refs = customer_refs(session)
    totals = account_totals(session, as_of)
    facts = scoring.score_facts(session, as_of)
    positions: dict[int, Account] = {}
    scores: dict[int, Score] = {}
    owing = [customer_id for customer_id in refs if owes(totals.get(customer_id))]
    for start in range(0, len(owing), WHOLE_SHOP_CHUNK):
        inputs = account_inputs(session, as_of, owing[start : start + WHOLE_SHOP_CHUNK], refs)
        for customer_id, history in inputs.items():
            positions[customer_id], scores[customer_id] = _position_and_score(
                history, totals.get(customer_id), facts, as_of
            )
    rest = [customer_id for customer_id in refs if customer_id not in positions]
    for customer_id in rest:
        positions[customer_id] = position(refs[customer_id], as_of, totals.get(customer_id), None, facts.grace)
    ordered = {customer_id: positions[customer_id] for customer_id in refs}  # in id order, as ever
    built = Snapshot(as_of, ordered, _invoice_progress(ordered.values()), scores=dict(scores), scored=False)
    if positions_ready is not None:
        positions_ready(built)
    for start in range(0, len(rest), WHOLE_SHOP_CHUNK):
        inputs = account_inputs(session, as_of, rest[start : start + WHOLE_SHOP_CHUNK], refs)
        for customer_id, history in inputs.items():
            scores[customer_id] = scoring.score_of(history, facts, as_of)
    return replace(built, scores={customer_id: scores[customer_id] for customer_id in refs}, scored=True)


def _position_and_score(
    history: AccountInputs, totals: tuple[Cents, Cents] | None, facts: scoring.ScoreFacts, as_of: date
) -> tuple[Account, Score]:
    """A customer's position and score; one allocation serves both when they owe money (apart,
    :func:`~workshop_desk.services.accounts.position` and the score would make one each)."""
    customer = history.customer
    if not owes(totals):
        return position(customer, as_of, totals, None, facts.grace), scoring.score_of(history, facts, as_of)
    ledger = allocate(history.installments, history.payments, as_of)
    statuses = installment_statuses(ledger, facts.grace)
    status = ledger_status(ledger, of_open_invoices(statuses), customer.debt_limit)
    return Account(customer, status), scoring.score_of(history, facts, as_of, (ledger, statuses))


def _invoice_progress(listed: Iterable[Account]) -> dict[int, InvoiceProgress]:
    progress: dict[int, InvoiceProgress] = {}
    for account in listed:
        for status in account.status.installments:
            key = status.installment.invoice_key
            previous = progress.get(key, InvoiceProgress(0, 0, 0, 0, 0))
            progress[key] = InvoiceProgress(
                paid=previous.paid + status.paid,
                unpaid=previous.unpaid + status.unpaid,
                overdue=previous.overdue + (status.unpaid if status.days_late > 0 else 0),
                missed=previous.missed + (status.due_state is DueState.MISSED),
                installments=previous.installments + 1,
            )
    return progress
