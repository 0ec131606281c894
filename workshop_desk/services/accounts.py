"""Customers' positions as of a date, and the overdue list built from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from workshop_desk.db.queries import CustomerRef, account_inputs
from workshop_desk.domain.overdue import AccountStatus, account_status, urgency
from workshop_desk.services.settings import grace_days


@dataclass(frozen=True)
class Account:
    """A customer and their position as of a date."""

    customer: CustomerRef
    status: AccountStatus


def accounts(session: Session, as_of: date, customer_ids: list[int] | None = None) -> list[Account]:
    """Every customer's position as of ``as_of`` (or only of ``customer_ids``), by customer id."""
    grace = grace_days(session)
    return [
        Account(
            inputs.customer,
            account_status(inputs.installments, inputs.payments, as_of, inputs.customer.debt_limit, grace),
        )
        for inputs in account_inputs(session, as_of, customer_ids)
    ]


def overdue_accounts(session: Session, as_of: date) -> list[Account]:
    """Customers with something overdue or over their limit on ``as_of``, most urgent first."""
    listed = [account for account in accounts(session, as_of) if account.status.needs_attention]
    return sorted(listed, key=lambda account: (urgency(account.status), account.customer.code))
