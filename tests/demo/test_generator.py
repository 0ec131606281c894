"""The demo shop: believable in every locale, valid identifiers, and the same for the same seed."""

from collections import Counter
from datetime import date

import pytest
from schwifty import IBAN

from workshop_desk.db.session import Database
from workshop_desk.demo.generator import DemoOptions, generate, locale_words
from workshop_desk.domain.countries import SUPPORTED_LANGUAGES
from workshop_desk.domain.identifiers import email_problem, phone_problem, tax_id_problem
from workshop_desk.services.accounts import accounts, overdue_accounts
from workshop_desk.services.demo import load_demo
from workshop_desk.services.shop import load_shop

TODAY = date(2026, 11, 25)
CURRENCY = {"en": "GBP", "it": "EUR", "ru": "RUB", "pt_BR": "BRL", "hu": "HUF"}


@pytest.mark.parametrize("locale", SUPPORTED_LANGUAGES)
def test_locale_word_lists_are_complete(locale: str) -> None:
    words = locale_words(locale)
    assert words["locale"] == locale
    assert words["currency"] == CURRENCY[locale]
    assert len(words["family_names"]) == len(words["family_names_female"]) >= 60
    assert len(words["repairs"]) >= 45
    assert (locale == "ru") == bool(words["patronymics_male"])


@pytest.mark.parametrize("locale", SUPPORTED_LANGUAGES)
def test_every_identifier_passes_the_programs_own_checks(locale: str) -> None:
    data = generate(DemoOptions(locale=locale, customers=200, seed=7, today=TODAY))
    country = data.shop["country"]
    assert tax_id_problem(country, data.shop["tax_id"]) is None
    assert data.shop["tax_id"] in data.shop["legal_note"]
    if data.shop.get("iban"):
        assert IBAN(data.shop["iban"]).country_code == country
    for customer in data.customers:
        assert tax_id_problem(country, customer["tax_id"]) is None, customer
        assert email_problem(customer["email"]) is None, customer
        assert phone_problem(customer["phone"]) is None, customer
    assert sum(1 for customer in data.customers if customer["tax_id"]) > 40


def test_russian_settlement_account_has_a_valid_control_key() -> None:
    shop = generate(DemoOptions(locale="ru", customers=1, today=TODAY)).shop
    digits = shop["bic"][-3:] + shop["account_number"]
    assert sum(int(digit) * weight for digit, weight in zip(digits, [7, 1, 3] * 8, strict=False)) % 10 == 0


@pytest.mark.parametrize("locale", SUPPORTED_LANGUAGES)
def test_same_seed_same_shop_other_seed_other_shop(locale: str) -> None:
    options = DemoOptions(locale=locale, customers=40, seed=11, today=TODAY)
    assert generate(options) == generate(options)
    assert (
        generate(options).invoices != generate(DemoOptions(locale=locale, customers=40, seed=12, today=TODAY)).invoices
    )


def test_invoices_are_numbered_by_date_within_each_year() -> None:
    invoices = generate(DemoOptions(locale="it", customers=60, today=TODAY)).invoices
    by_year: dict[int, list[str]] = {}
    for invoice in invoices:
        by_year.setdefault(invoice["issue_date"].year, []).append(invoice["number"])
    for year, numbers in by_year.items():
        assert numbers == [f"{year}/{n:04d}" for n in range(1, len(numbers) + 1)]
    assert [invoice["issue_date"] for invoice in invoices] == sorted(invoice["issue_date"] for invoice in invoices)


def test_history_spans_the_years_asked_for_and_ends_today() -> None:
    data = generate(DemoOptions(locale="en", customers=150, years=3, today=TODAY))
    issue_dates = [invoice["issue_date"] for invoice in data.invoices]
    assert min(issue_dates) < date(2024, 3, 1)
    assert max(issue_dates) <= TODAY
    assert max(payment["date"] for payment in data.payments) <= TODAY


@pytest.mark.parametrize("locale", SUPPORTED_LANGUAGES)
def test_a_demo_shop_has_every_kind_of_customer_the_program_is_for(locale: str, database: Database) -> None:
    load_demo(database, DemoOptions(locale=locale, customers=150, seed=1, today=TODAY))
    with database.read() as session:
        shop = load_shop(session)
        everyone = accounts(session, TODAY)
        listed = overdue_accounts(session, TODAY)
    assert shop.currency == CURRENCY[locale]
    assert shop.language == locale
    statuses = [account.status for account in everyone]
    assert len(everyone) == 150
    good_payers = sum(1 for status in statuses if status.open_balance == 0 or status.overdue_amount == 0)
    assert good_payers > 90, "most customers pay"
    assert 10 <= len(listed) <= 60, "the overdue list is a day's work, not the whole shop"
    assert sum(1 for status in statuses if status.over_limit) >= 3
    assert sum(1 for status in statuses if status.missed_installments) >= 3
    assert sum(1 for status in statuses if status.credit) >= 1
    assert sum(1 for account in everyone if account.customer.blocked) >= 1
    late = Counter(min(status.max_days_late // 30, 4) for status in statuses if status.overdue_amount)
    assert len(late) >= 3, f"lateness is spread over several aging buckets: {late}"
