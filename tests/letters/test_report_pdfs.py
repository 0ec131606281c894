"""The aging report and the statement of account as PDF, read back with pypdf in every language.

The shop is Italian (EUR). On AS_OF = 15 March 2026:

* R1 "Rossi & Figli <S.r.l.>" (writes in Russian): invoice 2026/0001 of 1,234.50 issued 10 Jan,
  due 10 Feb — 33 days late (31–60);
* B2 "Bianchi Maria": invoice 2026/0002 of 200.00 issued 1 Mar, due 1 Apr, 50.00 paid on 5 Mar
  — 150.00 not yet due.

Total open 1,384.50: shares 10.8 % not due, 89.2 % 31–60 days.
"""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from workshop_desk.db.session import Database
from workshop_desk.domain.countries import SUPPORTED_LANGUAGES
from workshop_desk.i18n.formatting import format_money, locale_for
from workshop_desk.letters.case_file import letter_title
from workshop_desk.letters.report_labels import REPORT_LABELS
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.payments import PaymentData, record_payment
from workshop_desk.services.reports import render_aging_pdf, render_statement_pdf
from workshop_desk.services.shop import Shop, save_shop

AS_OF = date(2026, 3, 15)
HOSTILE = "Rossi & Figli <S.r.l.>"
WHITESPACE = re.compile(r"\s+")


def normal(text: str) -> str:
    """Runs of whitespace (pypdf's line breaks, Babel's no-break spaces) as one space."""
    return WHITESPACE.sub(" ", text).strip()


def pages_of(pdf: bytes) -> list[str]:
    return [normal(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def money(cents: int, language: str) -> str:
    return normal(format_money(cents, "EUR", locale_for(language, "IT")))


@pytest.fixture
def shop(database: Database) -> dict[str, int]:
    with database.write() as session:
        save_shop(session, Shop(name="Officina Tugnoli", address="Via Emilia 1", postal_code="40133", city="Bologna",
                                country="IT", currency="EUR", language="it", tax_id="IT01234567890"))  # fmt: skip
        rossi = save_customer(session, CustomerData("R1", HOSTILE, kind="company", address="Via Roma 3",
                                                    postal_code="40100", city="Bologna", language="ru"))  # fmt: skip
        bianchi = save_customer(session, CustomerData("B2", "Bianchi Maria"))
        create_invoice(session, InvoiceData("2026/0001", rossi, date(2026, 1, 10), date(2026, 2, 10), 123_450,
                                            description="Frizione"), as_of=AS_OF)  # fmt: skip
        second = create_invoice(
            session, InvoiceData("2026/0002", bianchi, date(2026, 3, 1), date(2026, 4, 1), 20_000), as_of=AS_OF
        )
        record_payment(session, PaymentData(bianchi, date(2026, 3, 5), 5_000, "card", "POS 12", second), AS_OF)
    return {"R1": rossi, "B2": bianchi}


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_the_aging_report_in_each_language(database: Database, shop: dict[str, int], language: str) -> None:
    with database.read() as session:
        pdf = render_aging_pdf(session, AS_OF, language)
    [page] = pages_of(pdf)
    words = REPORT_LABELS[language]
    assert normal(words["aging_title"]) in page
    assert HOSTILE in page  # escaped, printed literally
    assert "Bianchi Maria" in page
    assert money(123_450, language) in page
    assert money(138_450, language) in page  # the total
    for key in ("not_due", "d31_60", "d90_plus", "share"):
        assert normal(words[key]) in page
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    assert reader.metadata is not None
    assert reader.metadata.title == words["aging_title"]


def test_the_italian_aging_report_writes_amounts_and_shares_the_italian_way(
    database: Database, shop: dict[str, int]
) -> None:
    with database.read() as session:
        page = pages_of(render_aging_pdf(session, AS_OF))[0]  # the shop's language
    assert "Scadenzario crediti – analisi per anzianità" in page
    assert "Situazione al 15 marzo 2026" in page
    assert "1.234,50 €" in page
    assert "1.384,50 €" in page
    assert "10,8%" in page
    assert "89,2%" in page
    assert "Pagina 1 di 1" in page
    assert "Officina Tugnoli" in page  # the letterhead


def test_a_foreign_report_has_no_english_left(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        page = pages_of(render_aging_pdf(session, AS_OF, "ru"))[0]
    assert "Анализ дебиторской задолженности по срокам" in page
    for english in ("Customer", "Total", "Not yet due", "days", "Page", "As of", "Share"):
        assert english not in page


def test_a_long_aging_report_runs_over_pages_with_its_heading_on_each(database: Database) -> None:
    with database.write() as session:
        save_shop(session, Shop(name="Kershaw Motors", country="GB", currency="GBP", language="en"))
        for number in range(1, 91):
            customer_id = save_customer(session, CustomerData(f"C{number:03d}", f"Customer number {number}"))
            create_invoice(session, InvoiceData(f"N-{number}", customer_id, date(2026, 1, 1), date(2026, 2, 1),
                                                10_000 + number), as_of=AS_OF)  # fmt: skip
    with database.read() as session:
        pages = pages_of(render_aging_pdf(session, AS_OF))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Code Customer Not yet due 1–30 days" in page
        assert f"Page {number} of {len(pages)}" in page
    assert "Aged receivables" in pages[0]
    assert "Kershaw Motors · Aged receivables · As of 15/03/2026" in pages[1]  # the running header
    everything = " ".join(pages)
    assert all(f"Customer number {number} " in everything for number in range(1, 91))
    assert "£9,040.95" in pages[-1]  # 90 × £100 + (1 + … + 90) pence: the total comes last
    assert "Share of total" in pages[-1]


def test_an_aging_report_with_nothing_open_says_so(database: Database) -> None:
    with database.read() as session:
        page = pages_of(render_aging_pdf(session, AS_OF, "hu"))[0]
    assert "Kintlévőségek korosítása" in page
    assert "2026. március 15. napján egyik ügyfélnek sincs nyitott egyenlege." in page


def test_the_statement_is_in_the_customer_s_language_by_default(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        pages = pages_of(render_statement_pdf(session, shop["R1"], AS_OF))
    text = " ".join(pages)
    assert "Выписка по лицевому счёту" in text
    assert "По состоянию на 15 марта 2026 г." in text
    assert HOSTILE in text
    assert money(123_450, "ru") in text
    assert "просрочен" in text  # the installment's state


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_the_statement_in_each_language(database: Database, shop: dict[str, int], language: str) -> None:
    with database.read() as session:
        text = " ".join(pages_of(render_statement_pdf(session, shop["B2"], AS_OF, language)))
    words = REPORT_LABELS[language]
    assert normal(letter_title(language, "statement")) in text
    assert "Bianchi Maria" in text
    assert "2026/0002" in text
    assert "POS 12" in text  # the payment's reference
    assert money(20_000, language) in text  # charged
    assert money(5_000, language) in text  # paid
    assert money(15_000, language) in text  # the running balance and the open balance
    for key in ("s_entries", "open_balance", "total_with_interest"):
        assert normal(words[key]) in text


def test_the_italian_statement_shows_the_balance_interest_and_installments(
    database: Database, shop: dict[str, int]
) -> None:
    with database.read() as session:
        text = " ".join(pages_of(render_statement_pdf(session, shop["R1"], AS_OF, "it")))
    assert "Estratto conto" in text
    assert "Spett.le Rossi & Figli <S.r.l.>" in text  # addressed as a letter to a company
    assert "Codice cliente: R1" in text
    assert "Saldo aperto 1.234,50 €" in text
    assert "di cui scaduto 1.234,50 €" in text
    assert re.search(r"Interessi di mora al 15/03/2026 (\d+),(\d\d) €", text)  # 33 days at the Italian rate
    assert "10/01/2026 Fattura 2026/0001 Frizione 1.234,50 € 1.234,50 €" in text  # date, entry, running balance
    assert "2026/0001 — 10/02/2026 1.234,50 € 1.234,50 € 33 scaduta" in text  # the installment
    interest = re.search(r"Interessi di mora al 15/03/2026 ([\d.]+,\d\d) €", text)
    assert interest is not None
    assert interest.group(1) != "0,00"


def test_an_unknown_language_is_refused(database: Database, shop: dict[str, int]) -> None:
    with database.read() as session:
        with pytest.raises(ValueError, match="unknown language"):
            render_aging_pdf(session, AS_OF, "fr")
        with pytest.raises(ValueError, match="unknown language"):
            render_statement_pdf(session, shop["R1"], AS_OF, "fr")
