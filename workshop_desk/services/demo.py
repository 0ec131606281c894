"""Writing a generated demo shop into a database, in one transaction.

An empty database gets the demo shop as it is. A database that holds data is refused unless
forced; then the demo customers and invoices get a prefix (``DEMO1-C0001``) so that nothing
existing is touched or confused with them, and the shop profile is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from workshop_desk.db.models import Base, ContactRow, Customer, InstallmentRow, Invoice, PaymentRow, Vehicle
from workshop_desk.db.session import Database, advance_id_sequences
from workshop_desk.demo.generator import DemoData, DemoOptions, generate
from workshop_desk.services.demo_history import simulate_history
from workshop_desk.services.shop import Shop, has_data, save_shop

__all__ = ["DemoCounts", "DemoOptions", "NotEmptyError", "load_demo", "load_demo_if_empty"]

CHUNK = 5000


class NotEmptyError(Exception):
    """The database holds data and the caller did not force the demo in."""


@dataclass(frozen=True)
class DemoCounts:
    customers: int
    invoices: int
    installments: int
    payments: int
    contacts: int = 0
    """Entries of the contact log: the generator's past collection work and the simulated recent one."""


def load_demo(
    database: Database,
    options: DemoOptions,
    *,
    force: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> DemoCounts:
    """Generate the demo shop described by ``options`` and write it (all or nothing).

    Raises:
        NotEmptyError: the database has data and ``force`` is false.
    """
    data = generate(options)
    with database.write() as session:
        occupied = has_data(session)
        if occupied and not force:
            raise NotEmptyError("it has customers or a shop profile")
        if occupied:
            _make_room(session, data)
        else:
            save_shop(session, Shop(**data.shop))
        _insert_all(session, data, progress)
        # the demo numbers these itself
        advance_id_sequences(
            session.connection(), [Base.metadata.tables[name] for name in ("customer", "vehicle", "invoice")]
        )
        session.flush()
        simulated = simulate_history(session, options.today, options.seed)
    return DemoCounts(
        len(data.customers), len(data.invoices), len(data.installments), len(data.payments),
        len(data.contacts) + simulated,
    )  # fmt: skip


def load_demo_if_empty(database: Database, locale: str = "en") -> DemoCounts | None:
    """Fill an empty database with the default demo shop (for a first look at the program)."""
    with database.read() as session:
        if has_data(session):
            return None
    return load_demo(database, DemoOptions(locale=locale, today=date.today()))


def _make_room(session: Session, data: DemoData) -> None:
    """Shift the demo's ids past the existing ones and prefix its codes and numbers."""
    prefix_number = 1
    while session.scalar(select(func.count()).where(Customer.code.like(f"DEMO{prefix_number}-%"))):
        prefix_number += 1
    prefix = f"DEMO{prefix_number}-"
    offsets = {
        table: session.scalar(select(func.coalesce(func.max(table.id), 0))) for table in (Customer, Vehicle, Invoice)
    }
    for customer in data.customers:
        customer["id"] += offsets[Customer]
        customer["code"] = prefix + customer["code"]
    for vehicle in data.vehicles:
        vehicle["id"] += offsets[Vehicle]
        vehicle["customer_id"] += offsets[Customer]
    for invoice in data.invoices:
        invoice["id"] += offsets[Invoice]
        invoice["customer_id"] += offsets[Customer]
        invoice["vehicle_id"] += offsets[Vehicle]
        invoice["number"] = prefix + invoice["number"]
    for installment in data.installments:
        installment["invoice_id"] += offsets[Invoice]
    for payment in data.payments:
        payment["customer_id"] += offsets[Customer]
        if payment["invoice_id"] is not None:
            payment["invoice_id"] += offsets[Invoice]
    for contact in data.contacts:
        contact["customer_id"] += offsets[Customer]


def _insert_all(session: Session, data: DemoData, progress: Callable[[int, int], bool] | None) -> None:
    tables: list[tuple[Any, list[dict[str, Any]]]] = [
        (Customer, data.customers),
        (Vehicle, data.vehicles),
        (Invoice, data.invoices),
        (InstallmentRow, data.installments),
        (PaymentRow, data.payments),
        (ContactRow, data.contacts),
    ]
    total = sum(len(rows) for _, rows in tables)
    done = 0
    for model, rows in tables:
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            # A Core insert: one executemany per chunk. The ORM's bulk insert(model) splits a chunk
            # wherever the rows' None columns change (tens of thousands of statements for a big shop).
            session.execute(insert(model.__table__), chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
