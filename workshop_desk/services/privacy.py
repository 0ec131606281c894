"""A customer's personal data on request: everything held about them, and erasure.

**Export** (right of access): :func:`personal_data` gathers every row about the customer — the
customer record, vehicles, invoices with their installments, payments, collection charges, the
contact log, the letters sent (their facts; the PDFs go into the readable file) and the audit
trail — as plain JSON-ready values. :func:`export_personal_data` writes it as JSON beside a
readable PDF (the account's case file, which lists the same facts and appends every letter).
Both files are created readable by the current user only.

**Erasure** (right to erasure, within what the law lets a business do). Invoices must be kept
for years after they are issued — the retention period of the shop's country
(:data:`RETENTION_YEARS`: Italy 10, Hungary 8, Brazil 5, Russia 5, United Kingdom 6 years) — and
an invoice names who it was issued to. So :func:`erase_customer`:

* refuses while the customer still owes money (the shop's legitimate interest in collecting it;
  settle or write the balance off first);
* always erases what no invoice needs: e-mail, phone, IBAN, notes, reminder exceptions, vehicle
  plates and descriptions, and the notes written in the contact log;
* keeps the billing identity — name, tax id, address — while any invoice is inside the
  retention period, and says until when;
* once the retention period of the newest invoice has passed, also replaces the name with
  "Erased customer <code>", clears the tax id and address, and empties the letters' PDFs.

Amounts, dates and the audit trail are kept: they are the shop's accounting records, not
personal data about the customer beyond the kept identity. The erasure itself is recorded in
the audit trail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, select, update
from sqlalchemy.orm import Session

from workshop_desk.db import audit
from workshop_desk.db.models import (
    AuditEntry,
    ChargeRow,
    ContactRow,
    Customer,
    Invoice,
    LetterRecord,
    PaymentRow,
    Vehicle,
)
from workshop_desk.db.search_text import text_of
from workshop_desk.files import write_bytes_atomically
from workshop_desk.i18n.markers import QT_TRANSLATE_NOOP, TranslatableError
from workshop_desk.services.accounts import accounts
from workshop_desk.services.shop import load_shop

RETENTION_YEARS = {"IT": 10, "HU": 8, "BR": 5, "RU": 5, "GB": 6}
DEFAULT_RETENTION_YEARS = 10
ERASED_CONTACT_DETAILS = ("email", "phone", "iban", "notes", "ladder_rules")
BILLING_IDENTITY = ("name", "tax_id", "address", "postal_code", "city")


class PrivacyError(TranslatableError):
    """The request cannot be carried out now; ``str(error)`` says why (``error.message`` for the window)."""

    STILL_OWES = QT_TRANSLATE_NOOP(
        "PrivacyError", "the customer still owes money: settle or write off the balance first"
    )


def _plain(row: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    values = {}
    for column in inspect(row).mapper.column_attrs:
        if column.key in skip:
            continue
        value = getattr(row, column.key)
        if isinstance(value, datetime | date):
            value = value.isoformat()
        values[column.key] = value
    return values


def personal_data(session: Session, customer_id: int) -> dict[str, Any]:
    """Everything held about the customer, as JSON-ready values (amounts in cents)."""
    customer = session.get_one(Customer, customer_id)
    invoices = session.scalars(select(Invoice).where(Invoice.customer_id == customer_id).order_by(Invoice.issue_date))
    invoice_list = []
    for invoice in invoices:
        entry = _plain(invoice)
        entry["installments"] = [_plain(part) for part in invoice.installments]
        invoice_list.append(entry)

    def rows(model: Any, order: Any) -> list[dict[str, Any]]:
        found = session.scalars(select(model).where(model.customer_id == customer_id).order_by(order))
        return [_plain(row, skip=("pdf",)) for row in found]

    return {
        "exported_at": datetime.now().isoformat(timespec="seconds"),
        "money": "amounts are in cents (hundredths) of the shop's currency",
        "currency": load_shop(session).currency,
        "customer": _plain(customer),
        "vehicles": rows(Vehicle, Vehicle.id),
        "invoices": invoice_list,
        "payments": rows(PaymentRow, PaymentRow.date),
        "charges": rows(ChargeRow, ChargeRow.day),
        "contacts": rows(ContactRow, ContactRow.at),
        "letters": rows(LetterRecord, LetterRecord.letter_date),
        "audit": rows(AuditEntry, AuditEntry.id),
    }


def export_personal_data(
    session: Session, customer_id: int, folder: Path, as_of: date, language: str
) -> tuple[Path, Path]:
    """Write ``<code>-personal-data.json`` and ``.pdf`` into ``folder``; returns both paths."""
    from workshop_desk.services.case_file import case_file_pdf

    data = personal_data(session, customer_id)
    code = data["customer"]["code"]
    folder.mkdir(parents=True, exist_ok=True)
    json_path = folder / f"{code}-personal-data.json"
    pdf_path = folder / f"{code}-personal-data.pdf"
    write_bytes_atomically(json_path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    write_bytes_atomically(pdf_path, case_file_pdf(session, customer_id, as_of, language))
    return json_path, pdf_path


@dataclass(frozen=True)
class ErasureReport:
    erased: tuple[str, ...]
    kept: tuple[str, ...]
    kept_until: date | None
    """While invoices must be kept: the day the billing identity may be erased too."""


def retention_end(session: Session, customer_id: int) -> date | None:
    """The day the newest invoice of the customer may be discarded (None: no invoices)."""
    newest = session.scalar(select(func.max(Invoice.issue_date)).where(Invoice.customer_id == customer_id))
    if newest is None:
        return None
    years = RETENTION_YEARS.get(load_shop(session).country, DEFAULT_RETENTION_YEARS)
    try:
        return newest.replace(year=newest.year + years)
    except ValueError:  # 29 February
        return newest.replace(year=newest.year + years, day=28)


def erase_customer(session: Session, customer_id: int, today: date) -> ErasureReport:
    """Erase the customer's personal data as far as the law allows (module docstring)."""
    customer = session.get_one(Customer, customer_id)
    (account,) = accounts(session, today, [customer_id])
    if account.status.open_balance > 0:
        raise PrivacyError(PrivacyError.STILL_OWES)
    erased = [*list(ERASED_CONTACT_DETAILS), "vehicles", "contact notes"]
    for field in ERASED_CONTACT_DETAILS:
        setattr(customer, field, "")
    session.execute(
        update(Vehicle)
        .where(Vehicle.customer_id == customer_id)
        .values(identifier="—", description="", search_text=text_of("vehicle", {"identifier": "—"}))
    )
    session.execute(update(ContactRow).where(ContactRow.customer_id == customer_id).values(note=""))
    until = retention_end(session, customer_id)
    if until is None or until <= today:
        customer.name = f"Erased customer {customer.code}"
        for field in BILLING_IDENTITY[1:]:
            setattr(customer, field, "")
        session.execute(update(LetterRecord).where(LetterRecord.customer_id == customer_id).values(pdf=b""))
        erased += [*list(BILLING_IDENTITY), "letters"]
        kept: tuple[str, ...] = ("amounts and dates of invoices and payments",)
        until = None
    else:
        kept = (*BILLING_IDENTITY, "amounts and dates of invoices and payments", "letters")
    session.flush()
    audit.record_bulk(
        session,
        "customer",
        f"personal data erased on request: {', '.join(erased)}",
        customer_id=customer_id,
    )
    return ErasureReport(tuple(erased), kept, until)
