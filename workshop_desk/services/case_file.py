"""Handing an account over to a lawyer or collector: the checks before it, and the case file.

:func:`readiness` answers "is this account ready for a claim or a hand-over?" with three checks,
each passed or failed with a short code the window words in the user's language:

* ``earlier_steps`` — a reminder or second reminder was sent before: a recorded letter of kind
  ``reminder``/``second``, or a contact that completed a ladder step of that kind;
* ``reconciles`` — the statement of account ends on the balance the allocation gives (open
  balance less credit): the figures the lawyer receives add up;
* ``no_dispute`` — the contact log holds no dispute without a later ``dispute_resolved``.

:func:`case_file_pdf` gathers the account — debtor, invoices, installments, payments, the claim
letter's interest calculation, the charges, the letters sent and the contact log — as of a date
into a :class:`~workshop_desk.letters.case_file_content.CaseFileContent`, and renders it with
the letters' PDFs appended. Everything is read in the caller's (read) transaction.

:func:`hand_over` logs the ladder's hand-over step as done, which marks the customer and takes the
account off the ladder (:func:`~workshop_desk.services.collections.record_contact`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from babel import Locale
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from workshop_desk.db.models import (
    ChargeRow,
    ContactRow,
    Customer,
    Invoice,
    InvoiceStatus,
    LetterRecord,
    PaymentRow,
    ShopProfile,
)
from workshop_desk.db.queries import account_inputs
from workshop_desk.domain.countries import SUPPORTED_LANGUAGES
from workshop_desk.domain.dunning import DEFAULT_LADDER, Action, LadderStep
from workshop_desk.domain.ledger import allocate
from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import DueState, InstallmentStatus, installment_statuses
from workshop_desk.i18n.formatting import locale_for
from workshop_desk.letters.case_file import letter_title, render_case_file
from workshop_desk.letters.case_file_content import (
    CaseFileContent,
    ChargeLine,
    ContactLine,
    DebtorFacts,
    InvoiceLine,
    LetterLine,
    PaymentLine,
)
from workshop_desk.letters.case_file_labels import case_labels
from workshop_desk.letters.content import ItemRow, LetterContent
from workshop_desk.letters.templates import KINDS, TemplateError
from workshop_desk.services.collections import COMPLETING, Outcome, ladder, record_contact
from workshop_desk.services.letters import LetterRefusedError, _footer, _letterhead, compose_letter
from workshop_desk.services.settings import grace_days
from workshop_desk.services.shop import Shop, load_shop
from workshop_desk.services.statement import statement

STATUTORY_FEES = frozenset({"compensation", "fine"})
"""The claim's fees the law gives (:mod:`workshop_desk.domain.fees`), as opposed to the ladder's charges."""
REMINDER_KINDS = ("reminder", "second")
"""The letter kinds that count as the earlier steps before a claim or a hand-over."""


# ---------------------------------------------------------------------- readiness


class CheckName(StrEnum):
    EARLIER_STEPS = "earlier_steps"
    RECONCILES = "reconciles"
    NO_DISPUTE = "no_dispute"


@dataclass(frozen=True)
class Check:
    """One check: passed or not, with a short code saying why and the facts to show with it.

    Codes: ``earlier_steps`` → ``letter_sent``, ``step_done`` or ``no_reminder``;
    ``reconciles`` → ``balanced`` or ``difference``; ``no_dispute`` → ``none`` or ``dispute_open``.
    """

    name: CheckName
    passed: bool
    code: str
    day: date | None = None
    """When the reminder was sent, or the dispute raised."""
    expected: Cents = 0
    """The open balance less credit (``reconciles``)."""
    found: Cents = 0
    """The statement's final balance (``reconciles``)."""
    note: str = ""
    """What the customer disputes (``no_dispute``)."""


@dataclass(frozen=True)
class Readiness:
    as_of: date
    checks: tuple[Check, ...]

    @property
    def ready(self) -> bool:
        return all(check.passed for check in self.checks)

    @property
    def failed(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if not check.passed)


def readiness(session: Session, customer_id: int, as_of: date) -> Readiness:
    """The checks to pass before a claim letter or a hand-over of ``customer_id`` on ``as_of`` (module doc)."""
    return Readiness(
        as_of,
        (
            _earlier_steps(session, customer_id, as_of),
            _reconciles(session, customer_id, as_of),
            _no_dispute(session, customer_id, as_of),
        ),
    )


def _earlier_steps(session: Session, customer_id: int, as_of: date) -> Check:
    sent = session.scalar(
        select(LetterRecord.letter_date)
        .where(
            LetterRecord.customer_id == customer_id,
            LetterRecord.kind.in_(REMINDER_KINDS),
            LetterRecord.letter_date <= as_of,
        )
        .order_by(LetterRecord.letter_date.desc())
        .limit(1)
    )
    if sent is not None:
        return Check(CheckName.EARLIER_STEPS, True, "letter_sent", day=sent)
    keys = set(REMINDER_KINDS) | {step.key for step in ladder(session) if step.letter in REMINDER_KINDS}
    done = session.scalar(
        select(ContactRow.day)
        .where(
            ContactRow.customer_id == customer_id,
            ContactRow.step_key.in_(keys),
            ContactRow.outcome.in_([outcome.value for outcome in COMPLETING]),
            ContactRow.day <= as_of,
        )
        .order_by(ContactRow.at.desc())
        .limit(1)
    )
    if done is not None:
        return Check(CheckName.EARLIER_STEPS, True, "step_done", day=done)
    return Check(CheckName.EARLIER_STEPS, False, "no_reminder")


def _reconciles(session: Session, customer_id: int, as_of: date) -> Check:
    result = statement(session, customer_id, as_of, None)
    found = result.lines[-1].balance if result.lines else 0
    expected = result.status.open_balance - result.status.credit
    code = "balanced" if found == expected else "difference"
    return Check(CheckName.RECONCILES, found == expected, code, expected=expected, found=found)


def _no_dispute(session: Session, customer_id: int, as_of: date) -> Check:
    rows = session.execute(
        select(ContactRow.outcome, ContactRow.day, ContactRow.note)
        .where(
            ContactRow.customer_id == customer_id,
            ContactRow.outcome.in_([Outcome.DISPUTED.value, Outcome.DISPUTE_RESOLVED.value]),
            ContactRow.day <= as_of,
        )
        .order_by(ContactRow.at, ContactRow.id)
    ).all()
    if rows and rows[-1].outcome == Outcome.DISPUTED:
        return Check(CheckName.NO_DISPUTE, False, "dispute_open", day=rows[-1].day, note=rows[-1].note)
    return Check(CheckName.NO_DISPUTE, True, "none")


# ---------------------------------------------------------------------- handing over


@dataclass(frozen=True)
class HandOverSummary:
    """What the hand-over dialog shows of the account besides the checks."""

    code: str
    name: str
    overdue: Cents
    open_balance: Cents
    handed_over_on: date | None


def hand_over_summary(session: Session, customer_id: int, as_of: date) -> HandOverSummary:
    customer = session.get_one(Customer, customer_id)
    inputs = account_inputs(session, as_of, [customer_id])[customer_id]
    ledger = allocate(inputs.installments, inputs.payments, as_of)
    statuses = installment_statuses(ledger, grace_days(session))
    overdue = sum(status.unpaid for status in statuses if status.days_late > 0)
    return HandOverSummary(customer.code, customer.name, overdue, ledger.open_balance, customer.handed_over_on)


def hand_over_step(session: Session) -> tuple[int | None, LadderStep]:
    """The shop's hand-over step and its place on the ladder (the default step if the ladder has none)."""
    steps = ladder(session)
    for index, step in enumerate(steps):
        if step.action is Action.HAND_OVER:
            return index, step
    return None, next(step for step in DEFAULT_LADDER if step.action is Action.HAND_OVER)


def hand_over(session: Session, customer_id: int, at: datetime, *, note: str = "", user: str = "") -> int:
    """Hand the account over to a lawyer or collector (in the caller's write transaction).

    Logs the ladder's hand-over step as done (outcome ``reached``) for every overdue installment,
    which marks the customer (``handed_over_on``) and takes the account off the ladder; returns
    the contact's id. The checks (:func:`readiness`) are the caller's to show first.
    """
    index, step = hand_over_step(session)
    covered: tuple[tuple[int, int], ...] = ()
    if index is not None:
        inputs = account_inputs(session, at.date(), [customer_id])[customer_id]
        ledger = allocate(inputs.installments, inputs.payments, at.date())
        covered = tuple(
            (status.installment.key, index)
            for status in installment_statuses(ledger, grace_days(session))
            if status.unpaid and status.days_late > 0
        )
    return record_contact(
        session,
        customer_id,
        at=at,
        channel=step.action.value,
        outcome=Outcome.REACHED,
        note=note,
        user=user,
        step=step,
        covered=covered,
    )


# ---------------------------------------------------------------------- the case file


def case_file_pdf(session: Session, customer_id: int, as_of: date, language: str) -> bytes:
    """The case file of ``customer_id`` as of ``as_of`` in ``language``, with every letter sent appended.

    Raises:
        ValueError: an unknown language.
        sqlalchemy.orm.exc.NoResultFound: no customer has this id.
    """
    content, annexes = case_file_content(session, customer_id, as_of, language)
    return render_case_file(content, annexes)


def case_file_content(
    session: Session, customer_id: int, as_of: date, language: str
) -> tuple[CaseFileContent, list[bytes]]:
    """What the case file says, and the PDFs of the letters it appends (in annex order)."""
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    shop = load_shop(session)
    customer = session.get_one(Customer, customer_id)
    locale = locale_for(language, shop.country)
    words = case_labels(language)

    inputs = account_inputs(session, as_of, [customer_id])[customer_id]
    ledger = allocate(inputs.installments, inputs.payments, as_of)
    statuses = installment_statuses(ledger, grace_days(session))
    claim, interest_note = _claim(session, customer_id, as_of, language)
    letters, annexes = _letters(session, customer_id, as_of)
    step_names = _step_names(session, language, words)
    # the claim may count the ladder's charges among its fees: the case file lists them on their own
    fees = tuple(fee for fee in claim.fees if fee.kind in STATUTORY_FEES) if claim else ()
    charges = _charges(session, customer_id, as_of, step_names)
    content = CaseFileContent(
        language=language,
        locale=locale,
        currency=shop.currency,
        as_of=as_of,
        letterhead=_letterhead(shop, words),
        footer=_footer(shop, words),
        debtor=_debtor(customer, shop, locale),
        principal_overdue=sum(status.unpaid for status in statuses if status.days_late > 0),
        not_yet_due=sum(status.unpaid for status in statuses if status.days_late == 0),
        credit=ledger.credit,
        interest_total=claim.interest_total if claim else 0,
        fees_total=sum(fee.amount for fee in fees),
        charges_total=sum(charge.amount for charge in charges),
        invoices=_invoices(session, customer_id, as_of, statuses),
        installments=_installments(statuses),
        payments=_payments(session, customer_id, as_of),
        interest=claim.interest if claim else (),
        fees=fees,
        interest_basis=claim.values["interest_basis"] if claim else "",
        interest_note=interest_note,
        charges=charges,
        letters=letters,
        contacts=_contacts(session, customer_id, as_of, step_names, {line.annex: line for line in letters}),
        page_size="LETTER" if shop.country == "US" else "A4",
        logo=session.scalar(select(ShopProfile.logo).where(ShopProfile.id == 1)),
    )
    return content, annexes


def _claim(session: Session, customer_id: int, as_of: date, language: str) -> tuple[LetterContent | None, str]:
    """The claim letter's figures as of the date (interest lines, fees), or why there are none."""
    try:
        return compose_letter(session, customer_id, "claim", as_of, language), ""
    except LetterRefusedError:
        return None, "not_overdue"
    except TemplateError:
        return None, "unavailable"


def _debtor(customer: Customer, shop: Shop, locale: Locale) -> DebtorFacts:
    place = " ".join(part for part in (customer.postal_code, customer.city) if part)
    address = [part for part in (customer.address, place) if part]
    if customer.country and customer.country != shop.country:
        address.append(str(locale.territories.get(customer.country, customer.country)))
    return DebtorFacts(
        code=customer.code,
        name=customer.name,
        kind=customer.kind,
        tax_id=customer.tax_id,
        address=tuple(address),
        phone=customer.phone,
        email=customer.email,
        handed_over_on=customer.handed_over_on,
    )


def _step_names(session: Session, language: str, words: dict[str, str]) -> dict[str, str]:
    """Each ladder step's name in the file's language: its letter's title, else its action."""
    names = {kind: letter_title(language, kind) for kind in KINDS}
    for step in ladder(session):
        names[step.key] = (
            letter_title(language, step.letter) if step.letter else words.get(f"c_{step.action}", step.key)
        )
    return names


def _invoices(
    session: Session, customer_id: int, as_of: date, statuses: tuple[InstallmentStatus, ...]
) -> tuple[InvoiceLine, ...]:
    unpaid: dict[int, Cents] = {}
    late: set[int] = set()
    for item in statuses:
        key = item.installment.invoice_key
        unpaid[key] = unpaid.get(key, 0) + item.unpaid
        if item.unpaid and item.days_late > 0:
            late.add(key)
    query = (
        select(Invoice.id, Invoice.number, Invoice.issue_date, Invoice.due_date, Invoice.total_cents,
               Invoice.deposit_cents, Invoice.status, Invoice.description)
        .where(Invoice.customer_id == customer_id, Invoice.issue_date <= as_of)
        .order_by(Invoice.issue_date, Invoice.number)
    )  # fmt: skip
    lines = []
    for invoice_id, number, issued, due, total, deposit, invoice_status, description in session.execute(query):
        if invoice_status == InvoiceStatus.VOID:
            status = "void"
        elif invoice_id in late:
            status = "overdue"
        else:
            status = "open" if unpaid.get(invoice_id, 0) else "paid"
        lines.append(InvoiceLine(number, issued, due, total, deposit, unpaid.get(invoice_id, 0), status, description))
    return tuple(lines)


def _installments(statuses: tuple[InstallmentStatus, ...]) -> tuple[ItemRow, ...]:
    states = {DueState.SETTLED: "paid", DueState.NOT_DUE: "due", DueState.OVERDUE: "overdue", DueState.MISSED: "missed"}
    rows = [
        ItemRow(status.installment.invoice_number, status.installment.issue_date, status.installment.seq,
                status.plan_size, status.installment.due_date, status.installment.amount, status.paid, status.unpaid,
                status.days_late, states[status.due_state])
        for status in statuses
    ]  # fmt: skip
    return tuple(sorted(rows, key=lambda row: (row.issue_date, row.invoice_number, row.seq)))  # by invoice


def _payments(session: Session, customer_id: int, as_of: date) -> tuple[PaymentLine, ...]:
    tied = aliased(Invoice)
    query = (
        select(PaymentRow.date, PaymentRow.amount_cents, PaymentRow.method, PaymentRow.reference, PaymentRow.kind,
               tied.number)
        .outerjoin(tied, PaymentRow.invoice_id == tied.id)
        .where(PaymentRow.customer_id == customer_id, PaymentRow.date <= as_of)
        .order_by(PaymentRow.date, PaymentRow.id)
    )  # fmt: skip
    return tuple(
        PaymentLine(day, amount, method, reference, kind, number or "")
        for day, amount, method, reference, kind, number in session.execute(query)
    )


def _charges(session: Session, customer_id: int, as_of: date, step_names: dict[str, str]) -> tuple[ChargeLine, ...]:
    query = (
        select(ChargeRow.day, ChargeRow.description, ChargeRow.amount_cents)
        .where(ChargeRow.customer_id == customer_id, ChargeRow.day <= as_of)
        .order_by(ChargeRow.day, ChargeRow.id)
    )
    return tuple(
        ChargeLine(day, step_names.get(description, description), amount)
        for day, description, amount in session.execute(query)
    )


def _letters(session: Session, customer_id: int, as_of: date) -> tuple[tuple[LetterLine, ...], list[bytes]]:
    """The letters sent up to the date, oldest first, numbered as annexes; and their PDFs."""
    query = (
        select(LetterRecord.id, LetterRecord.kind, LetterRecord.language, LetterRecord.letter_date,
               LetterRecord.deadline, LetterRecord.principal_cents + LetterRecord.interest_cents
               + LetterRecord.fees_cents, LetterRecord.pdf)
        .where(LetterRecord.customer_id == customer_id, LetterRecord.letter_date <= as_of)
        .order_by(LetterRecord.letter_date, LetterRecord.id)
    )  # fmt: skip
    lines, pdfs = [], []
    for annex, (record_id, kind, language, letter_date, deadline, amount, pdf) in enumerate(session.execute(query), 1):
        lines.append(LetterLine(annex, kind, language, letter_date, deadline, int(amount), record_id))
        pdfs.append(bytes(pdf))
    return tuple(lines), pdfs


def _contacts(
    session: Session, customer_id: int, as_of: date, step_names: dict[str, str], letters: dict[int, LetterLine]
) -> tuple[ContactLine, ...]:
    annex_of = {line.record_id: annex for annex, line in letters.items()}
    query = (
        select(ContactRow.id, ContactRow.at, ContactRow.channel, ContactRow.outcome, ContactRow.note, ContactRow.user,
               ContactRow.step_key, ContactRow.promise_until, ContactRow.promise_cents, ContactRow.corrects_id,
               ContactRow.letter_id)
        .where(ContactRow.customer_id == customer_id, ContactRow.day <= as_of)
        .order_by(ContactRow.at, ContactRow.id)
    )  # fmt: skip
    moments = {}
    lines = []
    for row in session.execute(query):
        moments[row.id] = row.at
        lines.append(
            ContactLine(
                at=row.at,
                channel=row.channel,
                outcome=row.outcome,
                note=row.note,
                user=row.user,
                step=step_names.get(row.step_key, row.step_key),
                promise_until=row.promise_until,
                promise_amount=row.promise_cents,
                corrects_at=moments.get(row.corrects_id) if row.corrects_id is not None else None,
                letter_annex=annex_of.get(row.letter_id) if row.letter_id is not None else None,
            )
        )
    return tuple(lines)
