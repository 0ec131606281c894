"""Installment plans: split what the customer still owes on an invoice into dated parts.

An invoice always has a plan. Without an agreement it is one installment of
``total − deposit`` on the invoice's due date (:func:`single_installment_plan`); with one it is
``count`` parts, monthly or weekly (:func:`build_plan`).

Monthly dates are month-end safe: a plan that starts on 31 January falls due on 28 (or 29)
February and on 31 March again — every date is computed from the first one, never from the
previous (clamped) one, so a short month does not drag the rest of the plan forward.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from workshop_desk.domain.money import Cents, split_evenly

MAX_INSTALLMENTS = 120
"""Ten years of monthly parts: a longer plan is a typing mistake, not an agreement."""


class Interval(StrEnum):
    """How far apart the installments of a plan fall due."""

    MONTHLY = "monthly"
    WEEKLY = "weekly"


@dataclass(frozen=True, slots=True)
class PlannedInstallment:
    """One part of a plan: the ``seq``-th installment (from 1), its due date and amount."""

    seq: int
    due_date: date
    amount: Cents


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, or the last day of that month if it is shorter.

    >>> add_months(date(2024, 1, 31), 1)
    datetime.date(2024, 2, 29)
    """
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last_day))


def due_dates(first_due: date, count: int, interval: Interval = Interval.MONTHLY) -> list[date]:
    """The due dates of a plan of ``count`` parts starting on ``first_due``."""
    if interval is Interval.WEEKLY:
        return [first_due + timedelta(weeks=index) for index in range(count)]
    return [add_months(first_due, index) for index in range(count)]


def build_plan(
    amount: Cents,
    count: int,
    first_due: date,
    interval: Interval = Interval.MONTHLY,
    *,
    unit: Cents = 1,
) -> list[PlannedInstallment]:
    """Split ``amount`` into ``count`` installments: equal parts, the remainder on the last one.

    Args:
        amount: what is to be paid in installments (the invoice total less the deposit).
        count: the number of parts, 1 to :data:`MAX_INSTALLMENTS`.
        first_due: the due date of the first part.
        interval: monthly (month-end safe) or weekly.
        unit: the smallest amount a part is a multiple of (see :func:`split_evenly`).

    Raises:
        ValueError: a negative amount or a count outside 1 … :data:`MAX_INSTALLMENTS`.
    """
    if not 1 <= count <= MAX_INSTALLMENTS:
        raise ValueError(f"a plan has between 1 and {MAX_INSTALLMENTS} installments")
    amounts = split_evenly(amount, count, unit=unit)
    dates = due_dates(first_due, count, interval)
    return [
        PlannedInstallment(seq, due, part) for seq, (due, part) in enumerate(zip(dates, amounts, strict=True), start=1)
    ]


def single_installment_plan(total: Cents, deposit: Cents, due_date: date) -> list[PlannedInstallment]:
    """The plan of an invoice without an agreement: one part of ``total − deposit`` when due."""
    if deposit > total:
        raise ValueError("the deposit is larger than the total")
    return [PlannedInstallment(1, due_date, total - deposit)]
