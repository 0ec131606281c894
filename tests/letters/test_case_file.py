"""The case file, read back from the PDF as the lawyer's software would: everything the account holds,
in order, in the shop's language, with the letters appended page for page."""

from __future__ import annotations

import io
import re
import time
from datetime import date, timedelta

import pytest
from babel.dates import format_date
from case_shop import AS_OF, DEPOSIT, INVOICES, NOTES_IN_DATE_ORDER, PAYMENTS, SHOP, WRITE_OFF, make_account
from pypdf import PdfReader

from workshop_desk.db.models import LetterRecord
from workshop_desk.db.session import Database
from workshop_desk.i18n.formatting import format_money, locale_for
from workshop_desk.letters.case_file_labels import CASE_LABELS
from workshop_desk.letters.labels import LABELS
from workshop_desk.services.case_file import case_file_pdf
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.letters import compose_letter, produce_letter, stored_letter
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.shop import Shop, save_shop

LOCALE = locale_for("en", "GB")
WHITESPACE = re.compile(r"\s+")


def normal(text: str) -> str:
    """Runs of whitespace (pypdf's line breaks, Babel's no-break spaces) as one space."""
    return WHITESPACE.sub(" ", text).strip()


def pages_of(pdf: bytes) -> list[str]:
    return [normal(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def money(cents: int) -> str:
    return normal(format_money(cents, "GBP", LOCALE))


def day(value: date) -> str:
    return format_date(value, "dd/MM/yyyy", locale=LOCALE)


@pytest.fixture
def account(database: Database) -> int:
    return make_account(database)


@pytest.fixture
def case_file(database: Database, account: int) -> bytes:
    with database.read() as session:
        return case_file_pdf(session, account, AS_OF, "en")


def letter_pdfs(database: Database, customer_id: int) -> list[bytes]:
    with database.read() as session:
        ids = session.scalars(
            LetterRecord.__table__.select()
            .with_only_columns(LetterRecord.id)
            .where(LetterRecord.customer_id == customer_id)
            .order_by(LetterRecord.letter_date, LetterRecord.id)
        ).all()
        return [stored_letter(session, record_id) for record_id in ids]


def body_text(case_file: bytes, database: Database, customer_id: int) -> str:
    """The case file's own pages (without the appended letters), as one text."""
    appended = sum(len(PdfReader(io.BytesIO(pdf)).pages) for pdf in letter_pdfs(database, customer_id))
    pages = pages_of(case_file)
    return " ".join(pages[: len(pages) - appended])


def test_the_cover_names_the_debtor_and_the_amounts(case_file: bytes, database: Database, account: int) -> None:
    cover = pages_of(case_file)[0]
    for expected in ("Kershaw Motors", "Case file", "Bradshaw Haulage Ltd", "C0042", "GB123456789", "Business",
                     "4 Elm Road", "LS2 7AA Leeds", "0113 496 0001", "accounts@bradshaw.example",
                     f"Figures as of {day(AS_OF)}"):  # fmt: skip
        assert expected in cover
    with database.read() as session:
        claim = compose_letter(session, account, "claim", AS_OF, "en")
    charges = 500  # the reminder step's fee
    statutory = sum(fee.amount for fee in claim.fees if fee.kind == "compensation")
    assert statutory == 8000  # £40 for each of the two late invoices (both under £1,000 late)
    total = claim.principal + claim.interest_total + statutory + charges
    assert f"Overdue principal {money(claim.principal)}" in cover
    assert f"Late interest to {day(AS_OF)} {money(claim.interest_total)}" in cover
    assert f"Statutory fees and compensation {money(statutory)}" in cover
    assert f"Collection charges {money(charges)}" in cover
    assert f"Total claimed {money(total)}" in cover
    assert "Not yet due (not included above): " + money(10000) in cover  # the April part of the plan


def test_every_invoice_and_payment_is_listed(case_file: bytes, database: Database, account: int) -> None:
    text = body_text(case_file, database, account)
    for number in INVOICES:
        assert number in text
    for amount in (*PAYMENTS, WRITE_OFF, DEPOSIT):
        assert money(amount) in text
    assert "void" in text  # the voided invoice stays on record, marked
    assert "✱ Write-off" in text  # not money received, and said so
    assert f"Total received {money(sum(PAYMENTS))}" in text
    assert f"Total written off or moved {money(WRITE_OFF)}" in text


def test_the_installments_are_listed_with_their_states(case_file: bytes, database: Database, account: int) -> None:
    text = body_text(case_file, database, account)
    for seq in (1, 2, 3, 4):
        assert f"{seq} of 4" in text
    assert "missed" in text
    assert "to pay" in text


def test_the_interest_calculation_is_the_claim_letters(case_file: bytes, database: Database, account: int) -> None:
    text = body_text(case_file, database, account)
    with database.read() as session:
        claim = compose_letter(session, account, "claim", AS_OF, "en")
    assert claim.interest
    assert f"Late interest calculated to {day(AS_OF)}" in text
    for line in claim.interest:
        assert f"{day(line.first_day)} – {day(line.last_day)} {money(line.balance)}" in text
        assert f"{line.days}/{line.divisor} {money(line.amount)}" in text
    for fee in (fee for fee in claim.fees if fee.kind == "compensation"):
        assert f"Fixed compensation, invoice {fee.reference} {money(fee.amount)}" in text
    assert "Late Payment of Commercial Debts" in text  # the legal basis
    assert "Charge for the step “Payment reminder” " + money(500) in text


def test_the_contact_log_is_in_date_order(case_file: bytes, database: Database, account: int) -> None:
    text = body_text(case_file, database, account)
    positions = [text.index(note) for note in NOTES_IN_DATE_ORDER]
    assert positions == sorted(positions)
    assert f"Promised to pay: {money(25000)} by {day(date(2026, 1, 31))}" in text
    assert "Disputed" in text
    assert "Dispute resolved" in text
    assert f"Corrects the entry of {day(date(2026, 1, 20))} 09:30." in text
    assert "→ Annex 1" in text  # the contact that sent the reminder points at it


def test_every_letter_is_listed_and_appended_page_for_page(case_file: bytes, database: Database, account: int) -> None:
    letters = letter_pdfs(database, account)
    assert len(letters) == 2
    letter_pages = [pages_of(pdf) for pdf in letters]
    pages = pages_of(case_file)
    body_pages = len(pages) - sum(len(each) for each in letter_pages)
    assert body_pages >= 2
    assert len(PdfReader(io.BytesIO(case_file)).pages) == body_pages + sum(len(each) for each in letter_pages)
    body = " ".join(pages[:body_pages])
    assert f"1 {day(date(2026, 2, 1))} Payment reminder English" in body
    assert f"2 {day(date(2026, 3, 1))} Letter of claim English" in body
    at = body_pages
    for number, letter in enumerate(letter_pages, start=1):
        for page in letter:
            appended = pages[at]
            assert f"Case file C0042 · Annex {number} · Page {at + 1} of {len(pages)}" in appended
            assert page[:60] in appended or page.split(" ")[:8] == appended.split(" ")[:8]
            at += 1
    assert f"Page 1 of {len(pages)}" in pages[0]  # the numbers count the appended pages


def test_the_letters_are_bookmarked(case_file: bytes) -> None:
    titles = [item.title for item in PdfReader(io.BytesIO(case_file)).outline]
    assert titles == [
        "Case file",
        f"Annex 1: Payment reminder, {day(date(2026, 2, 1))}",
        f"Annex 2: Letter of claim, {day(date(2026, 3, 1))}",
    ]


def test_a_hostile_name_prints_literally(database: Database) -> None:
    name = '<Smith & Co> "Ltd" </para><b>'
    customer_id = make_account(database, name=name)
    with database.read() as session:
        pdf = case_file_pdf(session, customer_id, AS_OF, "en")
    assert name in pages_of(pdf)[0]


def test_an_account_with_nothing_overdue_gets_a_case_file_without_interest(database: Database) -> None:
    with database.write() as session:
        save_shop(session, SHOP)
        customer_id = save_customer(session, CustomerData(code="C0001", name="Patel Ravi"))
        data = InvoiceData("2026-0001", customer_id, date(2026, 3, 1), date(2026, 4, 1), 30000)
        create_invoice(session, data, as_of=date(2026, 3, 1))
    with database.read() as session:
        pdf = case_file_pdf(session, customer_id, AS_OF, "en")
    text = " ".join(pages_of(pdf))
    assert "Patel Ravi" in text
    assert "2026-0001" in text
    assert f"Nothing is overdue on {day(AS_OF)}: no late interest or fees are calculated." in text
    assert "Late interest calculated" not in text
    assert f"Total claimed {money(0)}" in text
    assert "No letters were sent." in text
    assert "No contacts were recorded." in text


@pytest.mark.parametrize(
    ("language", "country", "currency", "title", "page"),
    [
        ("it", "IT", "EUR", "Fascicolo del credito", "Pagina 1 di"),
        ("ru", "RU", "RUB", "Досье по задолженности", "Страница 1 из"),
        ("pt_BR", "BR", "BRL", "Dossiê de cobrança", "Página 1 de"),
        ("hu", "HU", "HUF", "Behajtási dosszié", "1. oldal /"),
    ],
)
def test_the_case_file_speaks_the_shops_language(
    database: Database, language: str, country: str, currency: str, title: str, page: str
) -> None:
    with database.write() as session:
        save_shop(session, Shop(name="Officina", country=country, currency=currency, language=language))
        customer_id = save_customer(session, CustomerData(code="C0001", name="Ковач Őrs", kind="company"))
        create_invoice(
            session,
            InvoiceData("A-1", customer_id, date(2026, 1, 1), date(2026, 1, 31), 100000),
            as_of=date(2026, 1, 1),
        )
        produce_letter(session, customer_id, "reminder", date(2026, 2, 5), language)
    with database.read() as session:
        pdf = case_file_pdf(session, customer_id, AS_OF, language)
    cover = pages_of(pdf)[0]
    assert title in cover
    assert page in cover
    assert "Ковач Őrs" in cover


def test_every_language_has_every_word() -> None:
    for language, words in CASE_LABELS.items():
        assert set(words) == set(CASE_LABELS["en"]), language
        assert language in LABELS


def test_an_unknown_language_is_refused(database: Database, account: int) -> None:
    with database.read() as session, pytest.raises(ValueError, match="unknown language"):
        case_file_pdf(session, account, AS_OF, "de")


def test_fifty_invoices_take_less_than_a_second(database: Database) -> None:
    with database.write() as session:
        save_shop(session, SHOP)
        customer_id = save_customer(session, CustomerData(code="C0050", name="Busy Fleet Ltd", kind="company"))
        start = date(2025, 1, 6)
        for index in range(50):
            issued = start + timedelta(days=7 * index)
            data = InvoiceData(f"F-{index:03d}", customer_id, issued, issued + timedelta(days=30), 10000 + index * 137,
                               description=f"Service and repair of vehicle {index}")  # fmt: skip
            create_invoice(session, data, as_of=issued)
            if index % 3 == 0:
                record_payment(session, PaymentData(customer_id, issued + timedelta(days=20), 5000), AS_OF)
    with database.write() as session:
        for kind, sent in (("reminder", date(2026, 1, 5)), ("second", date(2026, 2, 5)), ("claim", date(2026, 3, 5))):
            produce_letter(session, customer_id, kind, sent)
    timings = []
    for _ in range(2):
        with database.read() as session:
            began = time.perf_counter()
            pdf = case_file_pdf(session, customer_id, AS_OF, "en")
            timings.append(time.perf_counter() - began)
    assert "F-049" in " ".join(pages_of(pdf))
    assert min(timings) < 1.0, timings
