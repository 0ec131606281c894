"""A letter to try a text on: what the letter-texts editor previews while the shop edits a text.

:func:`sample_content` prefers a real letter (the first customer who owes money and whose account
calls for this kind of letter), so the preview shows the shop's own figures; a shop with nobody
owing money gets a made-up account instead (:func:`builtin_sample`), built without the database.
Nothing is recorded either way.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_desk.db.models import Customer
from workshop_desk.db.queries import account_totals
from workshop_desk.i18n.formatting import format_money, locale_for
from workshop_desk.letters.content import ItemRow, LetterContent, PaymentDetails, StatementRow
from workshop_desk.letters.labels import labels
from workshop_desk.letters.templates import LetterTemplate, TemplateError, default_text, parse_template

# The letterhead and footer of the made-up letter are the shop's real ones, built the same way.
from workshop_desk.services.letters import LetterRefusedError, _footer, _letterhead, compose_letter
from workshop_desk.services.shop import Shop, load_shop

SAMPLE_TRIES = 25
"""How many owing customers are tried for a kind before falling back to the made-up account."""

SAMPLE_NAMES = {
    "en": "Alex Sample",
    "it": "Mario Rossi",
    "ru": "Иван Петров",
    "pt_BR": "João da Silva",
    "hu": "Kovács János",
}


def sample_content(session: Session, language: str, kind: str, day: date) -> LetterContent:
    """A letter of ``kind`` in ``language`` dated ``day``: a real customer's if one fits, else made up.

    The letter carries the text stored for the kind (the caller swaps in the text being edited).
    """
    for customer_id in owing_customers(session, day, SAMPLE_TRIES):
        try:
            return compose_letter(session, customer_id, kind, day, language)
        except (LetterRefusedError, TemplateError):
            continue  # this account does not call for this kind: try the next one
    return builtin_sample(load_shop(session), language, kind, day)


def owing_customers(session: Session, day: date, limit: int) -> list[int]:
    """Up to ``limit`` customers who owe money on ``day``, by customer code."""
    totals = account_totals(session, day)
    owing = [customer_id for customer_id, (invoiced, received) in totals.items() if invoiced > received]
    if not owing:
        return []
    query = select(Customer.id).where(Customer.id.in_(owing)).order_by(Customer.code).limit(limit)
    return list(session.scalars(query))


def _shipped_template(language: str, kind: str) -> LetterTemplate:
    """The shipped text of the kind, or an empty one if it has problems (the editor shows them)."""
    try:
        return parse_template(default_text(language, kind))
    except TemplateError:
        return LetterTemplate("", "", "", "", "", "")


def builtin_sample(shop: Shop, language: str, kind: str, day: date) -> LetterContent:
    """A made-up account of ``kind`` (one invoice in three parts, the first missed) for ``shop``."""
    locale = locale_for(language, shop.country)
    words = labels(language)
    issued = day - timedelta(days=75)
    first_due, second_due, third_due = day - timedelta(days=45), day - timedelta(days=15), day + timedelta(days=15)
    missed = ItemRow("0042", issued, 1, 3, first_due, 20000, 5000, 15000, 45, "missed")
    late = ItemRow("0042", issued, 2, 3, second_due, 20000, 0, 20000, 15, "overdue")
    coming = ItemRow("0042", issued, 3, 3, third_due, 20000, 0, 20000, 0, "due")
    overdue_items = (missed, late)
    items = {"courtesy": (coming,), "installment": (missed,), "statement": (missed, late, coming)}.get(
        kind, overdue_items
    )
    overdue_total = sum(item.unpaid for item in items if item.days_late > 0)
    open_total = missed.unpaid + late.unpaid + coming.unpaid
    deadline = third_due if kind == "courtesy" else day + timedelta(days=14)

    def money(cents: int) -> str:
        return format_money(cents, shop.currency, locale)

    def long_day(value: date) -> str:
        from babel.dates import format_date

        return format_date(value, "long", locale=locale)

    customer = SAMPLE_NAMES.get(language, SAMPLE_NAMES["en"])
    principal = sum(item.unpaid for item in items)
    reference = "C9999 0042"
    values = {
        "shop_name": shop.name or "—",
        "shop_address": shop.address,
        "shop_postal_code": shop.postal_code,
        "shop_city": shop.city,
        "shop_phone": shop.phone,
        "shop_email": shop.email,
        "shop_tax_id": shop.tax_id,
        "signatory": shop.signatory,
        "signatory_role": shop.signatory_role,
        "customer_name": customer,
        "customer_code": "C9999",
        "customer_tax_id": "",
        "letter_date": long_day(day),
        "deadline": long_day(deadline),
        "deadline_days": str((deadline - day).days),
        "open_total": money(open_total),
        "overdue_total": money(overdue_total),
        "interest_total": money(0),
        "fees_total": money(0),
        "claim_total": money(principal),
        "invoice_numbers": "0042",
        "oldest_due_date": long_day(first_due),
        "max_days_late": "45",
        "missed_count": "1",
        "next_due_date": long_day(third_due),
        "next_due_amount": money(coming.unpaid),
        "interest_basis": "",
        "payment_reference": reference,
        "iban": shop.iban or shop.account_number,
    }
    payment = None
    if shop.iban or shop.account_number or shop.pix_key:
        payment = PaymentDetails(
            payee=shop.name,
            bank_name=shop.bank_name,
            iban=shop.iban,
            bic=shop.bic,
            account_number=shop.account_number,
            correspondent_account=shop.correspondent_account,
            pix_key=shop.pix_key,
            reference=reference,
            amount=principal,
            qr_payload=None,
        )
    statement = (
        StatementRow(issued, "invoice", "0042", 60000, 0, 60000),
        StatementRow(first_due, "payment", "", 0, 5000, 55000),
    )
    return LetterContent(
        kind=kind,
        language=language,
        locale=locale,
        currency=shop.currency,
        letter_date=day,
        deadline=deadline,
        template=_shipped_template(language, kind),
        values=values,
        letterhead=_letterhead(shop, words),
        footer=_footer(shop, words),
        recipient=(customer, "1 Sample Street", "Sample Town"),
        city=shop.city,
        customer_code="C9999",
        items=items,
        plan=(missed, late, coming) if kind == "installment" else (),
        statement=statement if kind == "statement" else (),
        interest=(),
        fees=(),
        principal=principal,
        interest_total=0,
        fees_total=0,
        payment=payment,
        signatory=shop.signatory,
        signatory_role=shop.signatory_role,
        page_size="LETTER" if shop.country == "US" else "A4",
    )
