"""Everything a printed report says, worked out and ready for the renderer (:mod:`workshop_desk.letters.reports`).

The service (:mod:`workshop_desk.services.reports`) fills these from the database; amounts stay
in cents and codes stay codes (``"payment"``, ``"overdue"``) until the renderer formats them in
the report's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel import Locale

from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import AgingBuckets
from workshop_desk.letters.content import ItemRow


@dataclass(frozen=True)
class ReportPage:
    """What every page of a report shares with the letters: language, letterhead, footer, paper."""

    language: str
    locale: Locale
    currency: str
    as_of: date
    letterhead: tuple[str, ...]
    footer: str
    page_size: str = "A4"
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class AgingLine:
    code: str
    name: str
    buckets: AgingBuckets


@dataclass(frozen=True)
class AgingReportContent:
    page: ReportPage
    lines: tuple[AgingLine, ...]
    """Every customer with an open balance, in the order the report lists them."""
    total: AgingBuckets


@dataclass(frozen=True, slots=True)
class StatementEntry:
    """An invoice (debit) or a payment or other credit, with the balance after it."""

    day: date
    kind: str  # "invoice", "void", "payment", "write_off", "reschedule"
    reference: str
    description: str
    debit: Cents
    credit: Cents
    balance: Cents


@dataclass(frozen=True, slots=True)
class PlanLine:
    """An installment with its state; ``settled_by`` names a credit that settled it instead of money."""

    item: ItemRow
    settled_by: str = ""  # "", "write_off" or "reschedule"
    detail: str = ""  # the plan number a reschedule moved the debt to


@dataclass(frozen=True)
class StatementReportContent:
    page: ReportPage
    customer_code: str
    customer_name: str
    address: tuple[str, ...]
    """The customer's name first, then the address as a letter to them shows it."""
    entries: tuple[StatementEntry, ...]
    installments: tuple[PlanLine, ...]
    open_balance: Cents
    overdue: Cents
    credit: Cents
    interest: Cents
    charges: Cents

    @property
    def not_due(self) -> Cents:
        return self.open_balance - self.overdue

    @property
    def total_with_interest(self) -> Cents:
        return self.open_balance + self.interest + self.charges
