"""The audit trail: every change to money or credit terms, written in the same transaction.

What is recorded (one :class:`~workshop_desk.db.models.AuditEntry` per field changed):

* invoices — number, customer, dates, total, deposit, status (void) and its reason, credit override;
* installments — due date and amount (created, changed, removed with a plan change);
* payments, write-offs and reschedules — date, amount, kind, invoice, method;
* collection charges — day, amount, reason;
* customers — debt limit, blocked flag, hand-over.

It is recorded by mapper listeners on every ORM flush, so no service can forget it and no code path
writes money without a trace. Set-based imports (CSV, demo) bypass the ORM for speed; they write
one summary entry each (:func:`record_bulk`). The table is append-only: database triggers refuse
UPDATE and DELETE, and the program has no screen that edits it.

*Who* is the user name from the settings (:func:`set_user`), else the operating-system login.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select
from sqlalchemy.orm import Session

from workshop_desk.db.models import AuditEntry, ChargeRow, Customer, InstallmentRow, Invoice, PaymentRow, utc_now

AUDITED: dict[type, tuple[str, tuple[str, ...]]] = {
    Invoice: (
        "invoice",
        (
            "number",
            "customer_id",
            "issue_date",
            "due_date",
            "total_cents",
            "deposit_cents",
            "status",
            "void_reason",
            "credit_override",
        ),
    ),
    InstallmentRow: ("installment", ("seq", "due_date", "amount_cents")),
    PaymentRow: ("payment", ("customer_id", "invoice_id", "date", "amount_cents", "kind", "method")),
    ChargeRow: ("charge", ("day", "amount_cents", "reason")),
    Customer: ("customer", ("debt_limit_cents", "blocked", "handed_over_on")),
}

_user = ""


def set_user(name: str) -> None:
    """The name the trail records for the changes that follow (empty: the system login)."""
    global _user
    _user = name.strip()[:100]


def current_user() -> str:
    return _user or login_name()


def login_name() -> str:
    """The operating system's login name, or empty where there is none (a service account, a container)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


_installed = False


def install() -> None:
    """Record the trail for every flush of the audited classes (once per process).

    Mapper events see every row written, including installments removed by a plan change (an
    orphan deleted by cascade never appears in ``session.deleted``).
    """
    global _installed
    if _installed:
        return
    for cls in AUDITED:
        for action, name in (("create", "after_insert"), ("change", "after_update"), ("delete", "after_delete")):
            event.listen(cls, name, _listener(action))
    _installed = True


def _listener(action: str) -> Any:
    def record(_mapper: Any, connection: Connection, target: Any) -> None:
        entity, fields = AUDITED[type(target)]
        changes = _changes(target, fields, action)
        if not changes:
            return
        now, user, customer_id = utc_now(), current_user(), _customer_of(connection, target)
        connection.execute(
            insert(AuditEntry),
            [
                {
                    "at": now,
                    "user": user,
                    "customer_id": customer_id,
                    "entity": entity,
                    "entity_id": target.id,
                    "action": action,
                    "field": field,
                    "old": old,
                    "new": new,
                }
                for field, old, new in changes
            ],
        )

    return record


def record_bulk(session: Session, entity: str, description: str, customer_id: int | None = None) -> None:
    """One entry for a set-based write the listener cannot see (an import of many rows)."""
    session.execute(
        insert(AuditEntry),
        [
            {
                "at": utc_now(),
                "user": current_user(),
                "customer_id": customer_id,
                "entity": entity,
                "entity_id": None,
                "action": "create",
                "field": "",
                "old": "",
                "new": description,
            }
        ],
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _changes(obj: Any, fields: Iterable[str], action: str) -> list[tuple[str, str, str]]:
    state = inspect(obj)
    found = []
    for field in fields:
        if action == "create":
            value = getattr(obj, field)
            if value is not None and value != "" and value is not False:
                found.append((field, "", _text(value)))
        elif action == "delete":
            found.append((field, _text(state.attrs[field].loaded_value), ""))
        else:
            history = state.attrs[field].history
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if _text(old) != _text(new):
                    found.append((field, _text(old), _text(new)))
    return found


def _customer_of(connection: Connection, obj: Any) -> int | None:
    if isinstance(obj, Customer):
        return int(obj.id)
    if isinstance(obj, InstallmentRow):
        invoice = obj.__dict__.get("invoice")
        if invoice is not None:
            return int(invoice.customer_id)
        return connection.execute(select(Invoice.customer_id).where(Invoice.id == obj.invoice_id)).scalar()
    return int(obj.customer_id)
