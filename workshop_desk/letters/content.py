"""Everything one letter says, worked out and formatted, ready for the renderer.

The service (:mod:`workshop_desk.services.letters`) fills a :class:`LetterContent` from the
database and the rules; the renderer (:mod:`workshop_desk.letters.render`) only lays it out.
Amounts stay in cents here and are formatted by the renderer with the letter's locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from babel import Locale

from workshop_desk.domain.fees import FeeLine
from workshop_desk.domain.interest import InterestLine
from workshop_desk.domain.money import Cents
from workshop_desk.letters.templates import LetterTemplate


@dataclass(frozen=True, slots=True)
class ItemRow:
    """One installment (or a whole invoice without a plan) as the letter's table lists it."""

    invoice_number: str
    issue_date: date
    seq: int
    plan_size: int
    due_date: date
    amount: Cents
    paid: Cents
    unpaid: Cents
    days_late: int
    state: str  # "paid", "due", "overdue", "missed"


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One entry of the statement of account a letter prints, with the balance after it."""

    day: date
    kind: str  # "invoice", "void", "payment", "write_off", "reschedule", "brought_forward"
    reference: str
    debit: Cents
    credit: Cents
    balance: Cents


def statement_of_the_debt(rows: tuple[StatementRow, ...], since: date) -> tuple[StatementRow, ...]:
    """The statement a claim letter encloses: the entries from ``since`` (the day the oldest
    claimed invoice was issued), after one "balance brought forward" row dated the day before.

    Why not the whole history: the Pre-Action Protocol for Debt Claims asks the letter of claim
    to enclose "an up-to-date statement of account for the debt", and the Italian, Russian,
    Brazilian and Hungarian formal letters ask for the invoices claimed with their dates and
    amounts, and the interest and costs to the letter's date — the items table and the interest
    calculation of the letter. Twelve years of settled invoices prove nothing about the debt,
    bury it in pages a reader (or a judge) must skip, and made a busy customer's claim letter
    12 pages long (4 now) and slow to print (issue #10).

    Nothing is lost: every entry that changed the balance since the debt arose is listed, and
    the brought-forward balance is the running balance of the full statement at the end of the
    day before, so the rows still add up to the closing balance (what the account shows); the
    earlier history remains in the statement of account the program prints on its own.
    """
    earlier = [row for row in rows if row.day < since]
    if not earlier:
        return rows
    opening = StatementRow(since - timedelta(days=1), "brought_forward", "", 0, 0, earlier[-1].balance)
    return (opening, *rows[len(earlier) :])


@dataclass(frozen=True)
class PaymentDetails:
    """What the payment box shows, and the QR payload when a standard fits."""

    payee: str
    bank_name: str
    iban: str
    bic: str
    account_number: str
    correspondent_account: str
    pix_key: str
    reference: str
    amount: Cents
    qr_payload: str | None


@dataclass(frozen=True)
class LetterContent:
    kind: str
    language: str
    locale: Locale
    currency: str
    letter_date: date
    deadline: date
    template: LetterTemplate
    values: dict[str, str]
    """The placeholders of the texts, already formatted."""
    letterhead: tuple[str, ...]
    """Shop name first, then address, contact and tax lines."""
    footer: str
    """One line on every page: name, address and tax id (required on Brazilian letters), legal note."""
    recipient: tuple[str, ...]
    city: str
    customer_code: str
    items: tuple[ItemRow, ...]
    plan: tuple[ItemRow, ...]
    statement: tuple[StatementRow, ...]
    interest: tuple[InterestLine, ...]
    fees: tuple[FeeLine, ...]
    principal: Cents
    interest_total: Cents
    fees_total: Cents
    payment: PaymentDetails | None
    signatory: str
    signatory_role: str
    page_size: str = "A4"
    logo: bytes | None = None

    @property
    def claim_total(self) -> Cents:
        return self.principal + self.interest_total + self.fees_total
