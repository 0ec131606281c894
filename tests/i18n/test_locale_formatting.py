"""Amounts and dates as each country writes them (Babel, through workshop_desk.i18n.formatting).

The separators are Babel's (CLDR's) characters: U+00A0 no-break space between thousands and
before a currency sign in Russia, Hungary and Brazil, U+202F narrow no-break space before the
Russian "г." — a plain space would let a line break split an amount.
"""

from __future__ import annotations

from datetime import date

import pytest

from workshop_desk.i18n.formatting import format_day, format_money, locale_for

NBSP = "\u00a0"
NNBSP = "\u202f"
DAY = date(2026, 3, 5)


@pytest.mark.parametrize(
    ("language", "country", "currency", "cents", "expected"),
    [
        ("it", "IT", "EUR", 123_456, f"1.234,56{NBSP}€"),
        ("ru", "RU", "RUB", 123_456, f"1{NBSP}234,56{NBSP}₽"),
        ("pt_BR", "BR", "BRL", 123_456, f"R${NBSP}1.234,56"),
        ("hu", "HU", "HUF", 123_500, f"1{NBSP}235{NBSP}Ft"),  # whole forints: no decimals
        ("en", "GB", "GBP", 123_456, "£1,234.56"),
        ("en", "US", "USD", 123_456, "$1,234.56"),
    ],
)
def test_money_in_each_country(language: str, country: str, currency: str, cents: int, expected: str) -> None:
    assert format_money(cents, currency, locale_for(language, country)) == expected


def test_forints_keep_their_fillér_when_there_are_some() -> None:
    """Amounts are never rounded for show: a (rare) fraction of a forint is written out."""
    assert format_money(123_456, "HUF", locale_for("hu", "HU")) == f"1{NBSP}234,56{NBSP}Ft"


def test_negative_and_large_amounts() -> None:
    italian = locale_for("it", "IT")
    assert format_money(-5_000, "EUR", italian) == f"-50,00{NBSP}€"
    assert format_money(123_456_789_00, "EUR", italian) == f"123.456.789,00{NBSP}€"


def test_an_amount_in_a_foreign_currency_is_written_the_local_way() -> None:
    assert format_money(40_075, "GBP", locale_for("ru", "GB")) == f"400,75{NBSP}£"


@pytest.mark.parametrize(
    ("language", "country", "medium", "short"),
    [
        ("it", "IT", "5 mar 2026", "05/03/26"),
        ("ru", "RU", f"5 мар. 2026{NNBSP}г.", "05.03.2026"),
        ("pt_BR", "BR", "5 de mar. de 2026", "05/03/2026"),
        ("hu", "HU", "2026. márc. 5.", "2026. 03. 05."),
        ("en", "GB", "5 Mar 2026", "05/03/2026"),
        ("en", "US", "Mar 5, 2026", "3/5/26"),
    ],
)
def test_dates_in_each_country(language: str, country: str, medium: str, short: str) -> None:
    locale = locale_for(language, country)
    assert format_day(DAY, locale) == medium
    assert format_day(DAY, locale, "short") == short


@pytest.mark.parametrize(
    ("language", "country", "expected"),
    [("it", "IT", "it_IT"), ("pt_BR", "BR", "pt_BR"), ("pt_BR", "", "pt_BR"), ("ru", "GB", "ru"), ("hu", "", "hu")],
)
def test_the_locale_of_a_language_in_a_country(language: str, country: str, expected: str) -> None:
    """The language in the country where CLDR has the pair, else the language alone (no Russian-in-Britain)."""
    assert str(locale_for(language, country)) == expected


def test_an_unknown_pair_falls_back_to_the_language_then_english() -> None:
    assert str(locale_for("it", "XX")) == "it"
    assert str(locale_for("xx", "")) == "en"
