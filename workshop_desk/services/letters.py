"""Making a letter: what to say (from the account, the rules and the texts), the PDF, the record.

:func:`compose_letter` works out a :class:`~workshop_desk.letters.content.LetterContent` for a
customer, a kind and a date; :func:`produce_letter` renders it and records it, with its PDF, so
it can be printed again identically and shows in the customer's history.

Refusals (:class:`LetterRefusedError`): no reminder for an account that owes nothing; no
reminder or claim when nothing is overdue; no missed-installment notice without one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_desk.db.models import ChargeRow, Customer, Invoice, LetterRecord, Setting, ShopProfile
from workshop_desk.db.queries import account_inputs
from workshop_desk.domain.countries import SUPPORTED_LANGUAGES
from workshop_desk.domain.fees import FeeLine, fee_lines
from workshop_desk.domain.interest import InterestLine, ledger_interest, total
from workshop_desk.domain.ledger import allocate
from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import DueState, InstallmentStatus, installment_statuses
from workshop_desk.i18n.formatting import format_money, locale_for
from workshop_desk.i18n.markers import QT_TRANSLATE_NOOP
from workshop_desk.letters.content import (
    ItemRow,
    LetterContent,
    PaymentDetails,
    StatementRow,
    statement_of_the_debt,
)
from workshop_desk.letters.labels import labels
from workshop_desk.letters.templates import KINDS, default_text, parse_template
from workshop_desk.services.collection_settings import deadline_days, regime_for
from workshop_desk.services.settings import grace_days
from workshop_desk.services.shop import Shop, load_shop
from workshop_desk.services.statement import statement_lines


class Refusal(StrEnum):
    PAID = "paid"
    NOTHING_OVERDUE = "nothing_overdue"
    NO_MISSED_INSTALLMENT = "no_missed_installment"
    NOTHING_DUE = "nothing_due"


REFUSAL_TEXT = {
    Refusal.PAID: "the account is paid: there is nothing to remind",
    Refusal.NOTHING_OVERDUE: "nothing is overdue on this account (a courtesy reminder or a statement fits)",
    Refusal.NO_MISSED_INSTALLMENT: "no installment of a payment plan is missed",
    Refusal.NOTHING_DUE: "nothing is left to fall due on this account",
}


class LetterRefusedError(Exception):
    def __init__(self, reason: Refusal) -> None:
        super().__init__(REFUSAL_TEXT[reason])
        self.reason = reason


class LetterWarning:
    """What :func:`produce_letter` warns about: English for the command line, marked for the window."""

    NO_REMINDER_BEFORE_SECOND = QT_TRANSLATE_NOOP(
        "LetterWarning", "no reminder was sent before this second reminder (the program has no record of one)"
    )
    NO_REMINDER_BEFORE_CLAIM = QT_TRANSLATE_NOOP(
        "LetterWarning", "no reminder was sent before this claim letter (the program has no record of one)"
    )


@dataclass(frozen=True)
class ProducedLetter:
    record_id: int
    pdf: bytes
    content: LetterContent
    warnings: tuple[str, ...]
    """:class:`LetterWarning` texts."""


TEMPLATE_KEY = "letters.text.{language}.{kind}"
COURTESY_HORIZON = timedelta(days=31)
"""A courtesy reminder lists what falls due within a month (at least the next installment)."""


def letter_text(session: Session, language: str, kind: str) -> str:
    """The text of a kind in a language: the shop's edited version, else the shipped one."""
    row = session.get(Setting, TEMPLATE_KEY.format(language=language, kind=kind))
    return str(json.loads(row.value)) if row is not None else default_text(language, kind)


def letter_language(customer_language: str, shop: Shop, chosen: str | None = None) -> str:
    """The language chosen for this letter, else the customer's, else the shop's."""
    for candidate in (chosen, customer_language, shop.language):
        if candidate in SUPPORTED_LANGUAGES:
            return candidate
    return "en"


def compose_letter(
    session: Session, customer_id: int, kind: str, letter_date: date, language: str | None = None
) -> LetterContent:
    """Everything a letter of ``kind`` to ``customer_id`` says on ``letter_date``.

    Raises:
        LetterRefusedError: the account does not call for this kind of letter.
        ValueError: an unknown kind or language.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown letter kind {kind!r}")
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    shop = load_shop(session)
    customer = session.get_one(Customer, customer_id)
    language = letter_language(customer.language, shop, language)
    locale = locale_for(language, shop.country)
    words = labels(language)

    inputs = account_inputs(session, letter_date, [customer_id])[customer_id]
    ledger = allocate(inputs.installments, inputs.payments, letter_date)
    statuses = installment_statuses(ledger, grace_days(session))
    invoices = select(Invoice.number, Invoice.issue_date).where(Invoice.customer_id == customer_id)
    issue_dates = {row.number: row.issue_date for row in session.execute(invoices)}
    unpaid = [status for status in statuses if status.unpaid]
    overdue = [status for status in unpaid if status.days_late > 0]
    missed = [status for status in unpaid if status.due_state is DueState.MISSED]
    upcoming = sorted((status for status in unpaid if status.days_late == 0), key=lambda s: s.installment.due_date)
    soon = [status for status in upcoming if status.installment.due_date <= letter_date + COURTESY_HORIZON]

    if kind != "statement" and ledger.open_balance == 0:
        raise LetterRefusedError(Refusal.PAID)
    if kind in {"reminder", "second", "claim"} and not overdue:
        raise LetterRefusedError(Refusal.NOTHING_OVERDUE)
    if kind == "installment" and not missed:
        raise LetterRefusedError(Refusal.NO_MISSED_INSTALLMENT)
    if kind == "courtesy" and not upcoming:
        raise LetterRefusedError(Refusal.NOTHING_DUE)

    listed = {"courtesy": soon or upcoming[:1], "installment": missed, "statement": unpaid}.get(kind, overdue)
    items = tuple(_item(status, issue_dates) for status in listed)
    plan_invoices = {status.installment.invoice_key for status in missed}
    plan = tuple(_item(status, issue_dates) for status in statuses if status.installment.invoice_key in plan_invoices)

    regime = regime_for(session, shop.country, customer.kind)
    interest: list[InterestLine] = []
    fees: list[FeeLine] = []
    if kind == "claim":
        interest = ledger_interest(ledger, regime.interest, letter_date, unit=100 if shop.whole_currency_units else 1)
        late_by_invoice: dict[str, Cents] = {}
        for status in overdue:
            number = status.installment.invoice_number
            late_by_invoice[number] = late_by_invoice.get(number, 0) + status.unpaid
        fees = fee_lines(late_by_invoice, regime.fees) + _collection_charges(session, customer_id, letter_date)
    principal = sum(row.unpaid for row in items)  # what the letter asks to be paid
    listed_overdue = sum(row.unpaid for row in items if row.days_late > 0)
    interest_total, fees_total = total(interest), sum(fee.amount for fee in fees)

    days = deadline_days(session, shop.country, kind)
    next_due = upcoming[0] if upcoming else None
    deadline = letter_date + timedelta(days=days)
    if kind == "courtesy" and next_due is not None:
        deadline = next_due.installment.due_date

    def money(cents: int) -> str:
        return format_money(cents, shop.currency, locale)

    def day(value: date) -> str:
        from babel.dates import format_date

        return format_date(value, "long", locale=locale)

    invoice_numbers = list(dict.fromkeys(row.invoice_number for row in items))
    oldest = min((status.installment.due_date for status in overdue), default=None)
    amount_to_pay = principal + interest_total + fees_total
    reference = f"{customer.code} {' '.join(invoice_numbers)}".strip()
    values = {
        "shop_name": shop.name,
        "shop_address": shop.address,
        "shop_postal_code": shop.postal_code,
        "shop_city": shop.city,
        "shop_phone": shop.phone,
        "shop_email": shop.email,
        "shop_tax_id": shop.tax_id,
        "signatory": shop.signatory,
        "signatory_role": shop.signatory_role,
        "customer_name": customer.name,
        "customer_code": customer.code,
        "customer_tax_id": customer.tax_id,
        "letter_date": day(letter_date),
        "deadline": day(deadline),
        "deadline_days": str(days),
        "open_total": money(ledger.open_balance),
        "overdue_total": money(listed_overdue),
        "interest_total": money(interest_total),
        "fees_total": money(fees_total),
        "claim_total": money(principal + interest_total + fees_total),
        "invoice_numbers": ", ".join(invoice_numbers),
        "oldest_due_date": day(oldest) if oldest else "",
        "max_days_late": str(max((status.days_late for status in overdue), default=0)),
        "missed_count": str(len(missed)),
        "next_due_date": day(next_due.installment.due_date) if next_due else "",
        "next_due_amount": money(next_due.unpaid) if next_due else "",
        "interest_basis": regime.basis_in(language),
        "payment_reference": reference,
        "iban": shop.iban or shop.account_number,
    }
    template = parse_template(letter_text(session, language, kind))
    return LetterContent(
        kind=kind,
        language=language,
        locale=locale,
        currency=shop.currency,
        letter_date=letter_date,
        deadline=deadline,
        template=template,
        values=values,
        letterhead=_letterhead(shop, words),
        footer=_footer(shop, words),
        recipient=_recipient(customer, shop, words, language),
        city=shop.city,
        customer_code=customer.code,
        items=items,
        plan=plan,
        statement=_statement_rows(
            session,
            customer_id,
            letter_date,
            since=min((row.issue_date for row in items), default=None) if kind == "claim" else None,
        )
        if "[[statement]]" in template.body
        else (),
        interest=tuple(interest),
        fees=tuple(fees),
        principal=principal,
        interest_total=interest_total,
        fees_total=fees_total,
        payment=_payment(shop, reference, amount_to_pay, deadline),
        signatory=shop.signatory,
        signatory_role=shop.signatory_role,
        page_size="LETTER" if shop.country == "US" else "A4",
        logo=session.scalar(select(ShopProfile.logo).where(ShopProfile.id == 1)),
    )


def _collection_charges(session: Session, customer_id: int, until: date) -> list[FeeLine]:
    """The fees the collection ladder charged (each once), claimed with the rest."""
    rows = session.execute(
        select(ChargeRow.description, ChargeRow.amount_cents)
        .where(ChargeRow.customer_id == customer_id, ChargeRow.day <= until)
        .order_by(ChargeRow.day, ChargeRow.id)
    )
    return [FeeLine("charge", description, 0, amount) for description, amount in rows]


def _item(status: InstallmentStatus, issue_dates: dict[str, date]) -> ItemRow:
    item = status.installment
    state = {
        DueState.SETTLED: "paid",
        DueState.NOT_DUE: "due",
        DueState.OVERDUE: "overdue",
        DueState.MISSED: "missed",
    }[status.due_state]
    return ItemRow(
        item.invoice_number,
        issue_dates.get(item.invoice_number, item.issue_date),
        item.seq,
        status.plan_size,
        item.due_date,
        item.amount,
        status.paid,
        status.unpaid,
        status.days_late,
        state,
    )


def _letterhead(shop: Shop, words: dict[str, str]) -> tuple[str, ...]:
    place = " ".join(part for part in (shop.postal_code, shop.city) if part)
    contact = "  ·  ".join(
        part for part in (f"{words['phone']} {shop.phone}" if shop.phone else "", shop.email) if part
    )
    tax = f"{words['tax_id']}: {shop.tax_id}" if shop.tax_id else ""
    return tuple(part for part in (shop.name or "—", shop.address, place, contact, tax) if part)


def _footer(shop: Shop, words: dict[str, str]) -> str:
    """Name, address and tax id on every page (Brazil requires it: CDC art. 42-A), and the legal note.

    A legal note usually repeats the name or the tax id; those are then not written twice.
    """
    note = shop.legal_note.strip()
    place = " ".join(part for part in (shop.postal_code, shop.city) if part)
    tax = f"{words['tax_id']} {shop.tax_id}" if shop.tax_id and shop.tax_id not in note else ""
    if shop.name and shop.name in note:  # the note names the shop: it leads
        parts = [note, shop.address, place, tax]
    else:
        parts = [shop.name, shop.address, place, tax, note]
    return " · ".join(part for part in parts if part)


def _recipient(customer: Customer, shop: Shop, words: dict[str, str], language: str) -> tuple[str, ...]:
    courtesy_title = "Spett.le " if language == "it" and customer.kind == "company" else ""  # Italian usage
    lines = [courtesy_title + customer.name]
    if customer.address:
        lines.append(customer.address)
    if customer.country == "GB" or (not customer.country and shop.country == "GB"):
        lines += [part for part in (customer.city, customer.postal_code) if part]
    else:
        place = " ".join(part for part in (customer.postal_code, customer.city) if part)
        if place:
            lines.append(place)
    if customer.country and customer.country != shop.country:
        from babel import Locale

        lines.append(Locale.parse("en").territories.get(customer.country, customer.country).upper())
    if customer.tax_id:
        lines.append(f"{words['tax_id']}: {customer.tax_id}")
    return tuple(lines)


def _statement_rows(
    session: Session, customer_id: int, as_of: date, *, since: date | None = None
) -> tuple[StatementRow, ...]:
    """The statement of account a letter prints: every entry, or for a claim (``since``: the issue
    date of the oldest invoice claimed) the statement of the debt (see :func:`statement_of_the_debt`)."""
    rows = tuple(
        StatementRow(line.day, line.kind, line.reference, line.debit, line.credit, line.balance)
        for line in statement_lines(session, customer_id, as_of)
    )
    return rows if since is None else statement_of_the_debt(rows, since)


def _payment(shop: Shop, reference: str, amount: Cents, deadline: date) -> PaymentDetails | None:
    if not (shop.iban or shop.account_number or shop.pix_key):
        return None
    from workshop_desk.letters.payment_qr import PaymentRequest, payment_payload

    request = PaymentRequest(
        currency=shop.currency,
        amount=amount,
        payee_name=shop.name,
        iban=shop.iban,
        bic=shop.bic,
        account_number=shop.account_number,
        correspondent_account=shop.correspondent_account,
        bank_name=shop.bank_name,
        payee_tax_id=shop.tax_id,
        pix_key=shop.pix_key,
        city=shop.city,
        reference=reference,
        deadline=deadline,
    )
    return PaymentDetails(
        payee=shop.name,
        bank_name=shop.bank_name,
        iban=shop.iban,
        bic=shop.bic,
        account_number=shop.account_number,
        correspondent_account=shop.correspondent_account,
        pix_key=shop.pix_key,
        reference=reference,
        amount=amount,
        qr_payload=payment_payload(request),
    )


def produce_letter(
    session: Session, customer_id: int, kind: str, letter_date: date, language: str | None = None
) -> ProducedLetter:
    """Compose, render and record a letter (in the caller's write transaction)."""
    from workshop_desk.letters.render import render_letter

    content = compose_letter(session, customer_id, kind, letter_date, language)
    pdf = render_letter(content)
    warnings = []
    if kind in {"second", "claim"} and not _earlier_reminder(session, customer_id, letter_date):
        warnings.append(
            LetterWarning.NO_REMINDER_BEFORE_SECOND if kind == "second" else LetterWarning.NO_REMINDER_BEFORE_CLAIM
        )
    record = LetterRecord(
        customer_id=customer_id,
        kind=kind,
        language=content.language,
        letter_date=letter_date,
        deadline=content.deadline,
        principal_cents=content.principal,
        interest_cents=content.interest_total,
        fees_cents=content.fees_total,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        created_at=datetime.now(UTC),
    )
    session.add(record)
    session.flush()
    return ProducedLetter(record.id, pdf, content, tuple(warnings))


def _earlier_reminder(session: Session, customer_id: int, before: date) -> bool:
    count = session.scalar(
        select(func.count()).where(
            LetterRecord.customer_id == customer_id,
            LetterRecord.kind.in_(("reminder", "second", "installment")),
            LetterRecord.letter_date <= before,
        )
    )
    return bool(count)


# ---------------------------------------------------------------------- history, reprints and texts


@dataclass(frozen=True)
class LetterSummary:
    """A recorded letter as the customer's history lists it (without its PDF)."""

    id: int
    kind: str
    language: str
    letter_date: date
    deadline: date
    amount: Cents
    """What the letter asked for: principal, interest and fees."""
    created_at: datetime


def letters_of(session: Session, customer_id: int) -> list[LetterSummary]:
    """The letters recorded for ``customer_id``, newest first (the PDFs are not loaded)."""
    query = (
        select(
            LetterRecord.id,
            LetterRecord.kind,
            LetterRecord.language,
            LetterRecord.letter_date,
            LetterRecord.deadline,
            LetterRecord.principal_cents + LetterRecord.interest_cents + LetterRecord.fees_cents,
            LetterRecord.created_at,
        )
        .where(LetterRecord.customer_id == customer_id)
        .order_by(LetterRecord.letter_date.desc(), LetterRecord.id.desc())
    )
    return [LetterSummary(*row) for row in session.execute(query)]


def stored_letter(session: Session, record_id: int) -> bytes:
    """The PDF of a recorded letter, byte for byte as it was printed or saved.

    Raises:
        sqlalchemy.orm.exc.NoResultFound: no letter has this id.
    """
    return bytes(session.get_one(LetterRecord, record_id).pdf)


def letter_warnings(session: Session, customer_id: int, kind: str, letter_date: date) -> tuple[str, ...]:
    """What :func:`produce_letter` would warn about for this letter, without producing it (for previews)."""
    if kind == "claim" and not _earlier_reminder(session, customer_id, letter_date):
        return (LetterWarning.NO_REMINDER_BEFORE_CLAIM,)
    return ()


def _check_text_key(language: str, kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown letter kind {kind!r}")
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unknown language {language!r}")


def save_letter_text(session: Session, language: str, kind: str, text: str) -> None:
    """Store the shop's own text of a kind in a language (in the caller's write transaction).

    Raises:
        TemplateError: the text cannot be used (``problems`` says why); nothing is stored.
        ValueError: an unknown kind or language.
    """
    from workshop_desk.letters.templates import TemplateError, template_problems

    _check_text_key(language, kind)
    problems = template_problems(text)
    if problems:
        raise TemplateError(problems)
    session.merge(Setting(key=TEMPLATE_KEY.format(language=language, kind=kind), value=json.dumps(text)))


def reset_letter_text(session: Session, language: str, kind: str) -> None:
    """Go back to the shipped text of a kind in a language (nothing happens if it was not edited)."""
    _check_text_key(language, kind)
    row = session.get(Setting, TEMPLATE_KEY.format(language=language, kind=kind))
    if row is not None:
        session.delete(row)


def interest_and_charges(session: Session, customer_id: int, as_of: date) -> tuple[Cents, Cents]:
    """Late interest on what is owed to ``as_of`` and the collection charges so far — the figures a
    claim letter would add — for the customer's statement. Never added to an invoice."""
    shop = load_shop(session)
    customer = session.get_one(Customer, customer_id)
    inputs = account_inputs(session, as_of, [customer_id])[customer_id]
    ledger = allocate(inputs.installments, inputs.payments, as_of)
    regime = regime_for(session, shop.country, customer.kind)
    interest = total(ledger_interest(ledger, regime.interest, as_of, unit=100 if shop.whole_currency_units else 1))
    charges = sum(fee.amount for fee in _collection_charges(session, customer_id, as_of))
    return interest, charges
