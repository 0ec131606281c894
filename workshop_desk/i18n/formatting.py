"""Money, dates and numbers for people, through Babel, with an explicit locale every time.

The locale of a shop is its language in its country (``it`` + ``IT`` → ``it_IT``,
``en`` + ``US`` → ``en_US``), falling back to the language alone where Babel has no such pair.
Plain machine formats (CSV) are not here: see :func:`workshop_desk.domain.money.format_plain`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_percent, get_currency_precision

from workshop_desk.domain.countries import WHOLE_UNIT_CURRENCIES
from workshop_desk.domain.money import Cents, to_decimal


@lru_cache(maxsize=64)
def locale_for(language: str, country: str = "") -> Locale:
    """The Babel locale for a language (``pt_BR`` style) used in a country (``IT``)."""
    base = language or "en"
    candidates = [f"{base.split('_')[0]}_{country.upper()}"] if country else []
    candidates += [base, "en"]
    for candidate in candidates:
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    raise AssertionError("unreachable: 'en' is always known")  # pragma: no cover


@lru_cache(maxsize=50_000)
def format_money(cents: Cents, currency: str, locale: Locale) -> str:
    """``123450`` EUR in ``it_IT`` → ``"1.234,50 €"``; whole forints without decimals.

    Cached: lists repaint the same amounts over and over, and Babel takes ~60 µs a call.
    """
    amount = to_decimal(cents)
    if currency in WHOLE_UNIT_CURRENCIES and cents % 100 == 0:
        return format_currency(amount, currency, locale=locale, currency_digits=False, format=_whole_pattern(locale))
    if get_currency_precision(currency) != 2:
        return format_currency(amount, currency, locale=locale, currency_digits=False)
    return format_currency(amount, currency, locale=locale)


def _whole_pattern(locale: Locale) -> str:
    pattern: str = locale.currency_formats["standard"].pattern.split(";")[0]
    return pattern.replace("#,##0.00", "#,##0").replace("0.00", "0")


def format_day(day: date, locale: Locale, style: str = "medium") -> str:
    """A date as people of ``locale`` write it (``"12 mar 2026"``, ``"12.03.2026"``)."""
    return babel_format_date(day, format=style, locale=locale)


def format_rate(percent: Decimal, locale: Locale) -> str:
    """A yearly rate given in per cent (``Decimal("10.15")``) as ``locale`` writes it: ``"10,15 %"``."""
    pattern: str = locale.percent_formats[None].pattern.split(";")[0]  # the locale's spacing: "10,15 %" in Russia
    return format_percent(percent / 100, pattern.replace("#,##0", "#,##0.##", 1), locale=locale)
