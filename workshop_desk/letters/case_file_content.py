"""Everything a case file says, worked out and ready for the renderer (:mod:`workshop_desk.letters.case_file`).

The service (:mod:`workshop_desk.services.case_file`) fills a :class:`CaseFileContent` from the
database; amounts stay in cents and codes stay codes (``"write_off"``, ``"promised"``) until the
renderer formats them in the file's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from babel import Locale

from workshop_desk.domain.fees import FeeLine
from workshop_desk.domain.interest import InterestLine
from workshop_desk.domain.money import Cents
from workshop_desk.letters.content import ItemRow


@dataclass(frozen=True, slots=True)
class DebtorFacts:
    code: str
    name: str
    kind: str  # "person" or "company"
    tax_id: str
    address: tuple[str, ...]
    phone: str
    email: str
    handed_over_on: date | None


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    number: str
    issue_date: date
    due_date: date
    total: Cents
    deposit: Cents
    unpaid: Cents
    status: str  # "paid", "open", "overdue", "void"
    description: str


@dataclass(frozen=True, slots=True)
class PaymentLine:
    day: date
    amount: Cents
    method: str
    reference: str
    kind: str  # "payment", "write_off", "reschedule"
    invoice_number: str


@dataclass(frozen=True, slots=True)
class ChargeLine:
    day: date
    step: str
    """The name of the ladder step the charge is for (or its stored description)."""
    amount: Cents


@dataclass(frozen=True, slots=True)
class LetterLine:
    annex: int
    kind: str
    language: str
    letter_date: date
    deadline: date
    amount: Cents
    record_id: int = 0
    """The recorded letter (contacts that sent it point at it)."""


@dataclass(frozen=True, slots=True)
class ContactLine:
    at: datetime
    channel: str
    outcome: str
    note: str
    user: str
    step: str
    """The name of the ladder step the contact was for ('' when none)."""
    promise_until: date | None
    promise_amount: Cents | None
    corrects_at: datetime | None
    letter_annex: int | None


@dataclass(frozen=True)
class CaseFileContent:
    """Everything the case file says, worked out; amounts in cents, formatted by the renderer."""

    language: str
    locale: Locale
    currency: str
    as_of: date
    letterhead: tuple[str, ...]
    footer: str
    debtor: DebtorFacts
    principal_overdue: Cents
    not_yet_due: Cents
    credit: Cents
    interest_total: Cents
    fees_total: Cents
    charges_total: Cents
    invoices: tuple[InvoiceLine, ...]
    installments: tuple[ItemRow, ...]
    payments: tuple[PaymentLine, ...]
    interest: tuple[InterestLine, ...]
    fees: tuple[FeeLine, ...]
    interest_basis: str
    interest_note: str
    """'' (calculated), 'not_overdue' (nothing to calculate) or 'unavailable' (the claim text has problems)."""
    charges: tuple[ChargeLine, ...]
    letters: tuple[LetterLine, ...]
    contacts: tuple[ContactLine, ...]
    page_size: str = "A4"
    logo: bytes | None = None

    @property
    def total(self) -> Cents:
        return self.principal_overdue + self.interest_total + self.fees_total + self.charges_total
