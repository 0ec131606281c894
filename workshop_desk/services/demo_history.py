"""The collection history of a demo shop: the calls, letters and promises that led to today.

Without it every overdue account of a fresh demo would start the ladder from the first step, and
the Today tab would show sixty phone calls. This plays the ladder forward for each account that
still owes money, day by day up to yesterday, the way a diligent but human receptionist would
have done it: most steps on their day, some a day or two late, a few calls unanswered, some
promises (kept or not, as the demo's payments decide), a dispute or two, and the oldest debts
handed over. Deterministic for a seed, like the rest of the demo.
"""

from __future__ import annotations

import json
import random
from bisect import bisect_right
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from workshop_desk.db.models import ContactRow, Customer
from workshop_desk.db.queries import account_inputs
from workshop_desk.domain.dunning import AccountHistory, Action, OpenItem, Promise, StepDone, due_action
from workshop_desk.domain.ledger import allocate
from workshop_desk.services.accounts import accounts

_NOTES = {
    "promised": "Will pay after salary day",
    "disputed": "Says the brake job was not done properly; asked for the workshop report",
    "no_answer": "",
    "reached": "Knows about it, will pay soon",
}


def simulate_history(session: Session, today: date, seed: int, user: str = "demo") -> int:
    """Write the contact log of every account that owes money on ``today``; returns the entries."""
    rng = random.Random(f"history-{seed}")
    rows: list[dict[str, object]] = []
    handed_over: list[tuple[int, date]] = []
    owing = [account for account in accounts(session, today) if account.status.overdue_amount > 0]
    inputs = account_inputs(session, today, [account.customer.id for account in owing])
    for account in owing:
        customer_id = account.customer.id
        data = inputs[customer_id]
        unpaid_today = {status.installment.key for status in account.status.installments if status.unpaid}
        start = min(status.installment.due_date for status in account.status.installments if status.unpaid)
        paid_by_day: dict[date, int] = {}
        for payment in data.payments:
            paid_by_day[payment.date] = paid_by_day.get(payment.date, 0) + payment.amount
        steps: list[StepDone] = []
        promises: list[Promise] = []
        disputed = rng.random() < 0.04
        diligence = rng.uniform(0.35, 0.9)  # how likely a due step is done on a given day
        hands_over = rng.random() < 0.85
        caught_up_until = today - timedelta(days=rng.randint(1, 12))  # the work of the last days is pending
        # The allocation changes only on a day an invoice is issued or a payment made: it is
        # worked out again then, not every day (the same figures, many times faster).
        issued = sorted(item.issue_date for item in data.installments)
        paid_on = sorted(payment.date for payment in data.payments)
        counted: tuple[int, int] | None = None
        items: list[OpenItem] = []
        day = start - timedelta(days=3)
        while day < today:
            now_counted = (bisect_right(issued, day), bisect_right(paid_on, day))
            if now_counted != counted:
                counted = now_counted
                ledger = allocate(data.installments, data.payments, day)
                items = [
                    OpenItem(item.key, item.due_date, ledger.unpaid(item))
                    for item in ledger.installments
                    if item.key in unpaid_today and ledger.unpaid(item)
                ]
            action = due_action(
                items, AccountHistory(steps_done=tuple(steps), promises=tuple(promises), paid_since=paid_by_day), day
            )
            if action.step is None or action.step_index is None or rng.random() > diligence or day > caught_up_until:
                day += timedelta(days=1)  # nothing due, or left for another day
                continue
            step = action.step
            outcome = "letter_sent"
            note = ""
            promise_until = promise_cents = None
            if step.action is Action.PHONE:
                outcome = rng.choices(["reached", "no_answer", "promised"], weights=[45, 30, 25])[0]
                if outcome == "promised":
                    promise_until = day + timedelta(days=rng.choice([5, 7, 10, 14]))
                    promise_cents = sum(item.unpaid for item in items)
            elif step.action is Action.HAND_OVER:
                if not hands_over:
                    break  # the owner has not decided yet: it waits on the list
                outcome = "reached"
                handed_over.append((customer_id, day))
            if disputed and step.key == "second":
                outcome = "disputed"
            note = _NOTES.get(outcome, "")
            moment = datetime.combine(day, time(rng.randint(9, 17), rng.choice([0, 10, 20, 30, 40, 50])))
            completes = outcome != "no_answer"
            rows.append(
                {
                    "customer_id": customer_id, "at": moment, "day": day, "channel": step.action.value,
                    "outcome": outcome, "note": note, "user": user, "step_key": step.key,
                    "covered": json.dumps([list(pair) for pair in action.covered]) if completes else "",
                    "promise_until": promise_until, "promise_cents": promise_cents,
                }
            )  # fmt: skip
            if completes:
                steps += [StepDone(key, index, day) for key, index in action.covered]
            if promise_until is not None and promise_cents is not None:
                promises.append(Promise(day, promise_until, promise_cents))
            if outcome == "disputed" or step.action is Action.HAND_OVER:
                break
            day += timedelta(days=1)
    for chunk in range(0, len(rows), 5000):
        session.execute(insert(ContactRow), rows[chunk : chunk + 5000])
    for customer_id, day in handed_over:
        session.get_one(Customer, customer_id).handed_over_on = day
    return len(rows)
