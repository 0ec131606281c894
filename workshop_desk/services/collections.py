"""The collection work of the day: the agenda, logging what was done, promises, disputes, limits.

The ladder's rules live in :mod:`workshop_desk.domain.dunning`; this module reads the accounts and
the contact log, asks the rules what each account needs, applies the contact limits, and records
the outcome of each action in the contact log (one transaction per action).

Outcomes and what they do:

========================  ==========================================================
reached, letter_sent,     the step is done for every item the action covered
skipped
promised                  step done; the account waits until the promised date
disputed                  step done; the account is paused and flagged until resolved
dispute_resolved          lifts the pause
wrong_number              the step is done (the phone cannot be used); noted
no_answer                 nothing is done: the action stays on the list (counts as a call)
========================  ==========================================================
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_desk.db.models import ChargeRow, ContactRow, Customer, PaymentKind, PaymentRow, Setting
from workshop_desk.domain.dunning import (
    CALLS,
    DEFAULT_LADDER,
    MESSAGES,
    AccountHistory,
    Action,
    CustomerRules,
    DueAction,
    LadderStep,
    OpenItem,
    Pause,
    Promise,
    StepDone,
    due_action,
)
from workshop_desk.domain.money import Cents, format_plain
from workshop_desk.domain.overdue import urgency
from workshop_desk.i18n.markers import QT_TRANSLATE_NOOP, TranslatableError
from workshop_desk.services.accounts import Account, accounts


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    PROMISED = "promised"
    DISPUTED = "disputed"
    DISPUTE_RESOLVED = "dispute_resolved"
    WRONG_NUMBER = "wrong_number"
    LETTER_SENT = "letter_sent"
    SKIPPED = "skipped"
    NOTE = "note"


COMPLETING = frozenset(
    {Outcome.REACHED, Outcome.PROMISED, Outcome.DISPUTED, Outcome.WRONG_NUMBER, Outcome.LETTER_SENT, Outcome.SKIPPED}
)
LADDER_KEY = "collection.ladder"
LIMITS_KEY = "collection.contact_limits"


@dataclass(frozen=True)
class ContactLimits:
    """The most calls and messages a customer may get, and when (Russian 230-FZ defaults)."""

    calls: tuple[int, int, int] = (1, 2, 8)  # a day, a week, a month
    messages: tuple[int, int, int] = (2, 4, 16)
    weekday_hours: tuple[int, int] = (8, 22)
    weekend_hours: tuple[int, int] = (9, 20)

    def hours_on(self, day: date) -> tuple[int, int]:
        return self.weekend_hours if day.weekday() >= 5 else self.weekday_hours


class Reason(StrEnum):
    DUE = "due"
    BROKEN_PROMISE = "broken_promise"
    MOVED_CALLS = "moved_calls"
    MOVED_MESSAGES = "moved_messages"


@dataclass(frozen=True)
class AgendaItem:
    """One account's action for the day, with what the receptionist needs at hand."""

    account: Account
    step: LadderStep
    step_index: int
    due_since: date
    covered: tuple[tuple[int, int], ...]
    reason: Reason
    broken_promise: Promise | None = None
    moved_to: date | None = None
    limit_detail: str = ""
    """The contact counts of the day the action moved from, in English: ``"1/1 a day, 2/2 a week, 2/8 a month"``."""
    limit_counts: tuple[tuple[int, int], ...] = ()
    """The same as (contacts, limit) for the day, the week and the month, for the window to say in words."""

    @property
    def customer_id(self) -> int:
        return self.account.customer.id

    @property
    def priority(self) -> tuple[int, Any, str]:
        """Broken promises first, then overdue money × days late (module docstring)."""
        return (0 if self.broken_promise else 1, urgency(self.account.status), self.account.customer.code)


@dataclass
class _History:
    steps: list[StepDone] = field(default_factory=list)
    promises: list[Promise] = field(default_factory=list)
    dispute_open: bool = False
    contacted: list[date] = field(default_factory=list)
    calls: list[date] = field(default_factory=list)
    messages: list[date] = field(default_factory=list)


def ladder(session: Session) -> tuple[LadderStep, ...]:
    """The shop's ladder (settings), else the default one."""
    row = session.get(Setting, LADDER_KEY)
    if row is None:
        return DEFAULT_LADDER
    return tuple(
        LadderStep(
            step["key"], int(step["offset"]), Action(step["action"]), step.get("letter"), int(step.get("fee", 0))
        )
        for step in json.loads(row.value)
    )


def save_ladder(session: Session, steps: tuple[LadderStep, ...]) -> None:
    value = [
        {"key": s.key, "offset": s.offset, "action": s.action.value, "letter": s.letter, "fee": s.fee} for s in steps
    ]
    session.merge(Setting(key=LADDER_KEY, value=json.dumps(value)))


def contact_limits(session: Session) -> ContactLimits:
    row = session.get(Setting, LIMITS_KEY)
    if row is None:
        return ContactLimits()
    data = json.loads(row.value)
    return ContactLimits(
        tuple(data["calls"]), tuple(data["messages"]), tuple(data["weekday_hours"]), tuple(data["weekend_hours"])
    )


def customer_rules(text: str) -> CustomerRules:
    if not text.strip():
        return CustomerRules()
    data = json.loads(text)
    return CustomerRules(frozenset(Action(action) for action in data.get("no_actions", [])), data.get("start_offset"))


def _histories(session: Session, customer_ids: list[int], until: date) -> dict[int, _History]:
    """The contact log read as ladder history. An entry that a later one corrects has no effect."""
    histories = {customer_id: _History() for customer_id in customer_ids}
    if not customer_ids:
        return histories
    rows = session.execute(
        select(
            ContactRow.id, ContactRow.customer_id, ContactRow.day, ContactRow.channel, ContactRow.outcome,
            ContactRow.covered, ContactRow.promise_until, ContactRow.promise_cents, ContactRow.corrects_id,
        )
        .where(ContactRow.customer_id.in_(customer_ids), ContactRow.day <= until)
        .order_by(ContactRow.at, ContactRow.id)
    ).all()  # fmt: skip
    corrected = {row.corrects_id for row in rows if row.corrects_id is not None}
    for row in rows:
        history = histories[row.customer_id]
        if row.channel in CALLS:
            history.calls.append(row.day)  # a call made is a call made, corrected or not
        elif row.channel in MESSAGES:
            history.messages.append(row.day)
        if row.id in corrected:
            continue
        if row.covered:
            history.steps += [StepDone(key, index, row.day) for key, index in json.loads(row.covered)]
        if row.outcome in COMPLETING:
            history.contacted.append(row.day)
        if row.outcome == Outcome.PROMISED and row.promise_until is not None:
            history.promises.append(Promise(row.day, row.promise_until, row.promise_cents or 0))
        if row.outcome == Outcome.DISPUTED:
            history.dispute_open = True
        elif row.outcome == Outcome.DISPUTE_RESOLVED:
            history.dispute_open = False
    return histories


def _payments_by_day(session: Session, since: dict[int, date], until: date) -> dict[int, dict[date, Cents]]:
    """Money received (payments only) by customer and day, for each customer in ``since`` from
    their day there to ``until``: one grouped query (in chunks of ids) instead of one a customer."""
    found: dict[int, dict[date, Cents]] = {customer_id: {} for customer_id in since}
    ids = sorted(since)
    earliest = min(since.values(), default=until)
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(PaymentRow.customer_id, PaymentRow.date, func.sum(PaymentRow.amount_cents))
            .where(
                PaymentRow.customer_id.in_(ids[start : start + _CHUNK]),
                PaymentRow.kind == PaymentKind.PAYMENT,
                PaymentRow.date >= earliest,
                PaymentRow.date <= until,
            )
            .group_by(PaymentRow.customer_id, PaymentRow.date)
        )
        for customer_id, day, amount in rows:
            if day >= since[customer_id]:
                found[customer_id][day] = int(amount)
    return found


_CHUNK = 900
"""Ids per query, below SQLite's limit of bound parameters."""


def _open_items(account: Account) -> list[OpenItem]:
    return [
        OpenItem(status.installment.key, status.installment.due_date, status.unpaid)
        for status in account.status.installments
        if status.unpaid
    ]


def _limit_move(
    day: date, action: Action, history: _History, limits: ContactLimits
) -> tuple[date, Reason, str, tuple[tuple[int, int], ...]] | None:
    """The first day the action is allowed, if it would break a contact limit on ``day``."""
    if action in CALLS:
        past, allowed, reason = history.calls, limits.calls, Reason.MOVED_CALLS
    elif action in MESSAGES:
        past, allowed, reason = history.messages, limits.messages, Reason.MOVED_MESSAGES
    else:
        return None

    def counts(on: date) -> tuple[int, int, int]:
        return (
            sum(1 for entry in past if entry == on),
            sum(1 for entry in past if on - timedelta(days=6) <= entry <= on),
            sum(1 for entry in past if on - timedelta(days=29) <= entry <= on),
        )

    def fits(on: date) -> bool:
        return all(count < limit for count, limit in zip(counts(on), allowed, strict=True))

    if fits(day):
        return None
    candidate = day + timedelta(days=1)
    while not fits(candidate) and candidate < day + timedelta(days=31):
        candidate += timedelta(days=1)
    today, week, month = counts(day)
    detail = f"{today}/{allowed[0]} a day, {week}/{allowed[1]} a week, {month}/{allowed[2]} a month"
    return candidate, reason, detail, tuple(zip((today, week, month), allowed, strict=True))


def agenda(
    session: Session, as_of: date, *, include_moved: bool = True, listed: Iterable[Account] | None = None
) -> list[AgendaItem]:
    """Every action due on ``as_of`` or earlier and not done, most important first.

    Actions moved by a contact limit come last, with the day they move to.

    Args:
        listed: every customer's position as of ``as_of`` if the caller has it (the window's
            snapshot): then the positions are not worked out again.
    """
    steps = ladder(session)
    limits = contact_limits(session)
    listed = accounts(session, as_of) if listed is None else listed
    owing = [account for account in listed if account.status.open_balance > 0]
    rules = {
        customer_id: (customer_rules(text), handed_over)
        for customer_id, text, handed_over in session.execute(
            select(Customer.id, Customer.ladder_rules, Customer.handed_over_on).where(
                Customer.id.in_([account.customer.id for account in owing])
            )
        )
    }
    histories = _histories(session, [account.customer.id for account in owing], as_of)
    first_promises = {
        customer_id: min(promise.made_on for promise in history.promises)
        for customer_id, history in histories.items()
        if history.promises
    }
    paid_by_day = _payments_by_day(session, first_promises, as_of)
    due: list[AgendaItem] = []
    moved: list[AgendaItem] = []
    for account in owing:
        customer_id = account.customer.id
        history = histories[customer_id]
        rule, handed_over = rules[customer_id]
        paid = paid_by_day.get(customer_id, {})
        action = due_action(
            _open_items(account),
            AccountHistory(
                steps_done=tuple(history.steps),
                promises=tuple(history.promises),
                contacted=tuple(history.contacted),
                paid_since=paid,
                dispute_open=history.dispute_open,
                handed_over=handed_over is not None,
            ),
            as_of,
            steps,
            rule,
        )
        item = _agenda_item(account, action, steps)
        if item is None:
            continue
        move = _limit_move(as_of, item.step.action, history, limits)
        if move is None:
            due.append(item)
        elif include_moved:
            moved_to, reason, detail, counts = move
            moved.append(
                AgendaItem(item.account, item.step, item.step_index, item.due_since, item.covered, reason,
                           item.broken_promise, moved_to, detail, counts)
            )  # fmt: skip
    return sorted(due, key=lambda item: item.priority) + sorted(moved, key=lambda item: item.priority)


def _agenda_item(account: Account, action: DueAction, steps: tuple[LadderStep, ...]) -> AgendaItem | None:
    if action.paused is not None and action.paused is not Pause.PROMISE:
        return None
    if action.step is not None and action.step_index is not None and action.due_since is not None:
        reason = Reason.BROKEN_PROMISE if action.broken_promise else Reason.DUE
        return AgendaItem(
            account, action.step, action.step_index, action.due_since, action.covered, reason, action.broken_promise
        )
    if action.broken_promise is not None:  # nothing on the ladder is due, but the promise was broken: call
        call = next((index for index, step in enumerate(steps) if step.action is Action.PHONE), 0)
        return AgendaItem(account, steps[call], call, action.broken_promise.until + timedelta(days=1), (),
                          Reason.BROKEN_PROMISE, action.broken_promise)  # fmt: skip
    return None


class ContactError(TranslatableError):
    """The entry cannot be recorded as it is; ``str(error)`` says why in English, ``error.message``
    is marked for translation (the window says it in the user's language)."""

    #: Shown after “The contact cannot be logged:”, so lower case and without a full stop.
    PROMISE_INCOMPLETE = QT_TRANSLATE_NOOP("ContactError", "a promise needs a date from today on and an amount")
    DISPUTE_WITHOUT_NOTE = QT_TRANSLATE_NOOP("ContactError", "say what the customer disputes")


def record_contact(
    session: Session,
    customer_id: int,
    *,
    at: datetime,
    channel: str,
    outcome: Outcome,
    note: str = "",
    user: str = "",
    step: LadderStep | None = None,
    covered: tuple[tuple[int, int], ...] = (),
    promise_until: date | None = None,
    promise_amount: Cents | None = None,
    letter_id: int | None = None,
    corrects_id: int | None = None,
) -> int:
    """Log a contact (and, when it completes a ladder step, the step and its fee); returns its id.

    Raises:
        ContactError: a promise without a future date and an amount, a dispute without a reason.
    """
    if outcome is Outcome.PROMISED and (promise_until is None or not promise_amount or promise_until < at.date()):
        raise ContactError(ContactError.PROMISE_INCOMPLETE)
    if outcome is Outcome.DISPUTED and not note.strip():
        raise ContactError(ContactError.DISPUTE_WITHOUT_NOTE)
    completes = outcome in COMPLETING and step is not None
    row = ContactRow(
        customer_id=customer_id,
        at=at.replace(tzinfo=None),
        day=at.date(),
        channel=channel,
        outcome=outcome,
        note=note.strip(),
        user=user,
        step_key=step.key if step is not None else "",
        covered=json.dumps([list(pair) for pair in covered]) if completes else "",
        promise_until=promise_until if outcome is Outcome.PROMISED else None,
        promise_cents=promise_amount if outcome is Outcome.PROMISED else None,
        letter_id=letter_id,
        corrects_id=corrects_id,
    )
    session.add(row)
    if completes and step is not None and step.fee:
        charge_once(session, customer_id, at.date(), step.fee, f"step:{step.key}:{_covered_key(covered)}", step.key)
    if completes and step is not None and step.action is Action.HAND_OVER:
        customer = session.get_one(Customer, customer_id)
        customer.handed_over_on = at.date()
    session.flush()
    return row.id


def _covered_key(covered: tuple[tuple[int, int], ...]) -> str:
    return ",".join(str(key) for key, _ in sorted(covered))[:80]


def charge_once(session: Session, customer_id: int, day: date, amount: Cents, reason: str, description: str) -> bool:
    """Charge a fee unless the same reason was charged before; returns whether it was charged."""
    exists = session.scalar(
        select(func.count()).where(ChargeRow.customer_id == customer_id, ChargeRow.reason == reason)
    )
    if exists:
        return False
    session.add(
        ChargeRow(customer_id=customer_id, day=day, amount_cents=amount, reason=reason, description=description)
    )
    return True


def allowed_hours(limits: ContactLimits, moment: datetime) -> bool:
    start, end = limits.hours_on(moment.date())
    return time(start) <= moment.time() <= time(end)


def reason_text(item: AgendaItem) -> str:
    """Why the action is on the list, in plain English (command line; the window translates)."""
    if item.moved_to is not None:
        kind = "calls" if item.reason is Reason.MOVED_CALLS else "messages"
        return f"moved to {item.moved_to.isoformat()}: contact limit for {kind} ({item.limit_detail})"
    if item.broken_promise is not None:
        promise = item.broken_promise
        return f"broken promise to pay {format_plain(promise.amount)} by {promise.until.isoformat()}"
    return f"due since {item.due_since.isoformat()}"


# ---------------------------------------------------------------------- the contact log and pauses, for the window


@dataclass(frozen=True)
class ContactEntry:
    """One entry of a customer's contact log, as the window lists it (plain values)."""

    id: int
    at: datetime
    channel: str
    outcome: str
    note: str
    user: str
    step_key: str
    promise_until: date | None
    promise_amount: Cents | None
    letter_id: int | None
    corrects_id: int | None
    corrected_by: tuple[int, ...] = ()
    """The later entries that correct this one (entries are never changed: see ContactRow)."""


def contacts_of(session: Session, customer_id: int) -> list[ContactEntry]:
    """Every contact logged for ``customer_id``, newest first, each with the entries correcting it."""
    rows = session.execute(
        select(
            ContactRow.id, ContactRow.at, ContactRow.channel, ContactRow.outcome, ContactRow.note, ContactRow.user,
            ContactRow.step_key, ContactRow.promise_until, ContactRow.promise_cents, ContactRow.letter_id,
            ContactRow.corrects_id,
        )
        .where(ContactRow.customer_id == customer_id)
        .order_by(ContactRow.at.desc(), ContactRow.id.desc())
    ).all()  # fmt: skip
    corrections: dict[int, list[int]] = {}
    for row in rows:
        if row.corrects_id is not None:
            corrections.setdefault(row.corrects_id, []).append(row.id)
    return [ContactEntry(*row, corrected_by=tuple(sorted(corrections.get(row.id, ())))) for row in rows]


@dataclass(frozen=True)
class AccountPause:
    """Why the ladder leaves an account alone on a day (``paused`` None: it does not)."""

    paused: Pause | None
    promise_until: date | None = None
    promise_amount: Cents | None = None
    dispute_reason: str = ""
    dispute_since: date | None = None
    handed_over_on: date | None = None


def pause_state(session: Session, customer_id: int, as_of: date) -> AccountPause:
    """Whether a promise, an open dispute or a hand-over pauses the account on ``as_of`` (the agenda's rules)."""
    history = _histories(session, [customer_id], as_of)[customer_id]
    handed_over_on = session.scalar(select(Customer.handed_over_on).where(Customer.id == customer_id))
    action = due_action(
        (),
        AccountHistory(
            steps_done=tuple(history.steps),
            promises=tuple(history.promises),
            contacted=tuple(history.contacted),
            dispute_open=history.dispute_open,
            handed_over=handed_over_on is not None,
        ),
        as_of,
    )
    if action.paused is Pause.HANDED_OVER:
        return AccountPause(Pause.HANDED_OVER, handed_over_on=handed_over_on)
    if action.paused is Pause.DISPUTE:
        dispute = session.execute(
            select(ContactRow.note, ContactRow.day)
            .where(
                ContactRow.customer_id == customer_id, ContactRow.outcome == Outcome.DISPUTED, ContactRow.day <= as_of
            )
            .order_by(ContactRow.at.desc(), ContactRow.id.desc())
            .limit(1)
        ).first()
        return AccountPause(Pause.DISPUTE, dispute_reason=dispute.note if dispute else "",
                            dispute_since=dispute.day if dispute else None)  # fmt: skip
    if action.paused is Pause.PROMISE:
        promise = max(history.promises, key=lambda promise: promise.made_on)  # the one the ladder follows
        return AccountPause(Pause.PROMISE, promise_until=promise.until, promise_amount=promise.amount)
    return AccountPause(None)
