"""The escalation ladder: which step of the collection process is due for an account on a day.

The sources' advice, made a rule: remind on time, then raise the pressure step by step, for
every unpaid installment, and never forget the next step.

* A **ladder** is an ordered list of steps, each ``offset`` days from an installment's due date
  (negative: before it). The default: courtesy reminder −3, phone call 0, reminder +1, second
  reminder and call +7, formal claim letter +15, hand over to a lawyer or collector +30.
* Each unpaid installment climbs the ladder on its own. A step falls due on the due date plus its
  offset — but never sooner after the previous step was done than the ladder's own gap between
  them, so an account taken up late is not sent three letters in three days.
* A courtesy step (a negative offset, before the due date) lapses on the due date itself, and is
  only for an account with nothing overdue: a customer who is already being chased does not get a
  friendly "due soon" note; the next step covers the new installment too.
* An account gets **one action a day**: the most advanced step due among its installments, which
  covers all of them (the letter lists every overdue item; reminding one invoice never hides
  another). Doing it marks each covered installment as done up to its own due step.
* A step not done stays due — nothing drops out of the list until it is done or consciously
  skipped.
* A **promise** to pay pauses the account until its date; a broken promise puts the account back,
  first in the list, with its next step. An open **dispute** pauses and flags the account. A
  **handed-over** account leaves the ladder.
* Customers can be exempt from some actions ("no phone calls") or start later ("start at +7").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from workshop_desk.domain.money import Cents


class Action(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"
    REGISTERED_LETTER = "registered_letter"
    HAND_OVER = "hand_over"


CALLS = frozenset({Action.PHONE})
MESSAGES = frozenset({Action.SMS, Action.EMAIL})


@dataclass(frozen=True, slots=True)
class LadderStep:
    """One rung: ``key`` is stable (stored in the contact log), ``letter`` the letter kind if any."""

    key: str
    offset: int
    action: Action
    letter: str | None = None
    fee: Cents = 0


DEFAULT_LADDER: tuple[LadderStep, ...] = (
    LadderStep("courtesy", -3, Action.EMAIL, "courtesy"),
    LadderStep("due_call", 0, Action.PHONE),
    LadderStep("reminder", 1, Action.LETTER, "reminder"),
    LadderStep("second", 7, Action.LETTER, "second"),
    LadderStep("claim", 15, Action.REGISTERED_LETTER, "claim"),
    LadderStep("hand_over", 30, Action.HAND_OVER),
)


@dataclass(frozen=True)
class CustomerRules:
    """Per-customer exceptions to the ladder."""

    no_actions: frozenset[Action] = frozenset()
    start_offset: int | None = None  # steps with a smaller offset are skipped

    def allows(self, step: LadderStep) -> bool:
        if step.action in self.no_actions:
            return False
        return self.start_offset is None or step.offset >= self.start_offset


@dataclass(frozen=True, slots=True)
class OpenItem:
    """An unpaid installment as the ladder sees it."""

    key: int
    due_date: date
    unpaid: Cents


@dataclass(frozen=True, slots=True)
class StepDone:
    """An installment's step done on a day (from the contact log)."""

    installment_key: int
    step_index: int
    on: date


@dataclass(frozen=True, slots=True)
class Promise:
    made_on: date
    until: date
    amount: Cents


@dataclass(frozen=True, kw_only=True)
class AccountHistory:
    """What the ladder needs to know of an account besides its open items."""

    steps_done: tuple[StepDone, ...] = ()
    promises: tuple[Promise, ...] = ()
    """In the order they were made: the last one counts (a customer may call back with a new date)."""
    contacted: tuple[date, ...] = ()
    """Days the account was dealt with (a contact that completed something), steps or not."""
    paid_since: Mapping[date, Cents] = field(default_factory=dict)
    """Money received, by day (payments only), to check promises."""
    dispute_open: bool = False
    handed_over: bool = False


class Pause(StrEnum):
    PROMISE = "promise"
    DISPUTE = "dispute"
    HANDED_OVER = "handed_over"


@dataclass(frozen=True)
class DueAction:
    """The action an account needs on a day, or why it needs none."""

    step_index: int | None
    step: LadderStep | None
    due_since: date | None
    covered: tuple[tuple[int, int], ...] = ()
    """(installment key, step index it completes) for every item this action covers."""
    broken_promise: Promise | None = None
    paused: Pause | None = None
    paused_until: date | None = None


def promise_kept(promise: Promise, paid_by_day: Mapping[date, Cents]) -> bool:
    """Whether the promised amount arrived between the promise and its date (both included)."""
    received = sum(amount for day, amount in paid_by_day.items() if promise.made_on <= day <= promise.until)
    return received >= promise.amount


def step_due_dates(
    item: OpenItem, ladder: Sequence[LadderStep], rules: CustomerRules, done: Sequence[StepDone]
) -> list[tuple[int, date]]:
    """The steps still to do for ``item``, with the day each falls due (see the module rules)."""
    done_by_step = {entry.step_index: entry.on for entry in done if entry.installment_key == item.key}
    last_index = max(done_by_step, default=-1)
    last_offset = ladder[last_index].offset if last_index >= 0 else None
    last_day = done_by_step.get(last_index)
    result = []
    for index, step in enumerate(ladder):
        if index <= last_index or not rules.allows(step):
            continue
        due = item.due_date + timedelta(days=step.offset)
        if last_day is not None and last_offset is not None:
            due = max(due, last_day + timedelta(days=step.offset - last_offset))
        result.append((index, due))
        last_offset, last_day = step.offset, due
    return result


def _next_step(
    item: OpenItem, ladder: Sequence[LadderStep], rules: CustomerRules, done: Sequence[StepDone], on: date
) -> tuple[int, date] | None:
    """The step this item needs on ``on`` (the first not done whose day has come), if any."""
    for index, due in step_due_dates(item, ladder, rules, done):
        if ladder[index].offset < 0 and on >= item.due_date:
            continue  # a courtesy reminder means nothing once the due date has come
        return (index, due) if due <= on else None
    return None


def due_action(
    items: Iterable[OpenItem],
    history: AccountHistory,
    on: date,
    ladder: Sequence[LadderStep] = DEFAULT_LADDER,
    rules: CustomerRules | None = None,
) -> DueAction:
    """What the ladder asks for this account on ``on`` (module rules)."""
    rules = rules or CustomerRules()
    if history.handed_over:
        return DueAction(None, None, None, paused=Pause.HANDED_OVER)
    if history.dispute_open:
        return DueAction(None, None, None, paused=Pause.DISPUTE)
    latest = history.promises[-1] if history.promises else None
    broken = None
    if latest is not None:
        if on <= latest.until:
            return DueAction(None, None, None, paused=Pause.PROMISE, paused_until=latest.until)
        followed_up = any(entry.on > latest.until for entry in history.steps_done) or any(
            day > latest.until for day in history.contacted
        )
        if not followed_up and not promise_kept(latest, history.paid_since):
            broken = latest  # first in the list until someone acts on it
    open_items = [item for item in items if item.unpaid > 0]
    already_overdue = any(item.due_date < on for item in open_items)
    candidates = []
    for item in open_items:
        step = _next_step(item, ladder, rules, history.steps_done, on)
        if step is None or (already_overdue and ladder[step[0]].offset < 0):
            continue
        candidates.append((item, *step))
    if not candidates:
        return DueAction(None, None, None, broken_promise=broken)
    index = max(own_index for _, own_index, _ in candidates)
    since = min(due for _, own_index, due in candidates if own_index == index)
    covered = tuple(sorted((item.key, own_index) for item, own_index, _ in candidates))
    return DueAction(index, ladder[index], since, covered, broken_promise=broken)
