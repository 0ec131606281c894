"""A customer's history of changes to money and credit terms, read from the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_desk.db.models import AuditEntry, InstallmentRow, Invoice

MONEY_FIELDS = frozenset({"total_cents", "deposit_cents", "amount_cents", "debt_limit_cents"})


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    user: str
    entity: str
    """invoice, installment, payment, charge, customer, import."""
    reference: str
    """The invoice number for invoices and their installments; empty otherwise."""
    action: str
    field: str
    old: str
    new: str

    @property
    def is_money(self) -> bool:
        return self.field in MONEY_FIELDS


def change_history(session: Session, customer_id: int) -> list[HistoryLine]:
    """Every recorded change for the customer, newest first."""
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.customer_id == customer_id).order_by(AuditEntry.id.desc())
    ).all()
    numbers = dict(session.execute(select(Invoice.id, Invoice.number).where(Invoice.customer_id == customer_id)).all())
    installment_invoice = dict(
        session.execute(
            select(InstallmentRow.id, InstallmentRow.invoice_id)
            .join(Invoice, Invoice.id == InstallmentRow.invoice_id)
            .where(Invoice.customer_id == customer_id)
        ).all()
    )
    numbers_of_installments = {key: numbers.get(value, "") for key, value in installment_invoice.items()}
    lines = []
    for entry in entries:
        reference = ""
        if entry.entity == "invoice" and entry.entity_id is not None:
            reference = numbers.get(entry.entity_id, "")
        elif entry.entity == "installment" and entry.entity_id is not None:
            reference = numbers_of_installments.get(entry.entity_id, "")
        lines.append(
            HistoryLine(entry.at, entry.user, entry.entity, reference, entry.action, entry.field, entry.old, entry.new)
        )
    return lines
