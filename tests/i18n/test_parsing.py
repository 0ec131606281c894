"""Numbers and dates typed in each shop's locale, read back without guessing (workshop_desk.i18n.parsing)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from babel import Locale

from workshop_desk.i18n.formatting import format_day, format_money, locale_for
from workshop_desk.i18n.parsing import (
    InputError,
    InputProblem,
    date_order,
    input_pattern,
    parse_day,
    parse_number,
)

NBSP, NNBSP = "\u00a0", "\u202f"
MAX = Decimal("999999999.99")
LOCALES = {"en": ("en", "GB"), "us": ("en", "US"), "it": ("it", "IT"), "ru": ("ru", "RU"), "pt_BR": ("pt_BR", "BR")}
LOCALES["hu"] = ("hu", "HU")


def loc(name: str) -> Locale:
    return locale_for(*LOCALES[name])


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("it", "1.234,56", "1234.56"),
        ("pt_BR", "1.234,56", "1234.56"),
        ("ru", "1 234,56", "1234.56"),
        ("ru", f"1{NBSP}234,56", "1234.56"),
        ("ru", f"1{NNBSP}234,56", "1234.56"),
        ("hu", "1 234,56", "1234.56"),
        ("hu", f"12{NNBSP}345{NBSP}678,9", "12345678.9"),
        ("en", "1,234.56", "1234.56"),
        ("en", "1234.5", "1234.5"),
        ("it", "1234,5", "1234.5"),
        ("it", "1 234,56", "1234.56"),  # a typed space between groups is understood everywhere
        ("en", "-12.50", "-12.50"),
        ("en", "\u22123", "-3"),  # the minus sign some locales format with
        ("ru", "  0,5 ", "0.5"),
    ],
)
def test_numbers_in_each_locale(name: str, text: str, expected: str) -> None:
    assert parse_number(text, loc(name), maximum=MAX) == Decimal(expected)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("it", "12,3,4"),
        ("en", "12,3,4"),
        ("it", "1.2.3"),
        ("en", "1.2.3"),
        ("ru", "abc"),
        ("it", "12.50"),  # 1250 or 12,5? Neither is guessed.
        ("ru", "1234.56"),  # a point is no decimal sign in Russia
        ("hu", "12 34,5"),  # a group of two
        ("en", "1e5"),  # Decimal would take these four
        ("en", "NaN"),
        ("en", "Infinity"),
        ("en", "\u0661\u0662\u0663"),  # Arabic-Indic digits
        ("en", "-"),
        ("en", "--5"),
        ("en", "5 €"),
    ],
)
def test_garbage_is_refused_as_not_a_number(name: str, text: str) -> None:
    with pytest.raises(InputError) as refused:
        parse_number(text, loc(name), maximum=MAX)
    assert refused.value.problem is InputProblem.FORMAT


def test_empty_and_too_large_are_told_apart() -> None:
    with pytest.raises(InputError) as empty:
        parse_number("  ", loc("it"))
    assert empty.value.problem is InputProblem.EMPTY
    with pytest.raises(InputError) as large:
        parse_number("1.000.000.000,00", loc("it"), maximum=MAX)
    assert large.value.problem is InputProblem.TOO_LARGE
    assert parse_number("999.999.999,99", loc("it"), maximum=MAX) == MAX


@pytest.mark.parametrize("name", sorted(LOCALES))
def test_every_amount_babel_writes_is_read_back(name: str) -> None:
    """What the program shows (with Babel's no-break spaces) can be copied back into a field."""
    locale = loc(name)
    for cents in (0, 5, 123_456, 98_765_432_10):
        shown = format_money(cents, "EUR", locale).replace("€", "").replace("EUR", "").strip(f" {NBSP}{NNBSP}")
        assert parse_number(shown, locale) == Decimal(cents) / 100


@pytest.mark.parametrize(
    ("name", "order", "pattern", "written"),
    [
        ("en", "dMy", "dd/MM/yyyy", "15/03/2026"),
        ("us", "Mdy", "M/d/yyyy", "3/15/2026"),
        ("it", "dMy", "dd/MM/yyyy", "15/03/2026"),  # Babel's short date has a two-digit year here
        ("ru", "dMy", "dd.MM.yyyy", "15.03.2026"),
        ("pt_BR", "dMy", "dd/MM/yyyy", "15/03/2026"),
        ("hu", "yMd", "yyyy. MM. dd.", "2026. 03. 15."),
    ],
)
def test_the_date_fields_write_the_short_date_with_four_digit_years(
    name: str, order: str, pattern: str, written: str
) -> None:
    locale = loc(name)
    assert (date_order(locale), input_pattern(locale)) == (order, pattern)
    assert format_day(date(2026, 3, 15), locale, input_pattern(locale)) == written
    assert parse_day(written, locale) == date(2026, 3, 15)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("ru", "5.3.2026", date(2026, 3, 5)),
        ("ru", "05/03/26", date(2026, 3, 5)),  # any separator, a two-digit year is 20xx
        ("it", "5-3-2026", date(2026, 3, 5)),
        ("it", "05.03.2026", date(2026, 3, 5)),
        ("us", "3/5/2026", date(2026, 3, 5)),
        ("hu", "2026.03.05", date(2026, 3, 5)),
        ("hu", "2026. 3. 5.", date(2026, 3, 5)),
        ("pt_BR", " 05/03/2026 ", date(2026, 3, 5)),
    ],
)
def test_dates_in_the_locale_order(name: str, text: str, expected: date) -> None:
    assert parse_day(text, loc(name)) == expected


@pytest.mark.parametrize("name", sorted(LOCALES))
def test_iso_dates_are_understood_everywhere(name: str) -> None:
    assert parse_day("2026-03-05", loc(name)) == date(2026, 3, 5)


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("ru", "31.02.2026", InputProblem.IMPOSSIBLE),
        ("it", "29/02/2027", InputProblem.IMPOSSIBLE),
        ("us", "15/3/2026", InputProblem.IMPOSSIBLE),  # month 15 in the USA
        ("en", "2026-02-30", InputProblem.IMPOSSIBLE),
        ("en", "1.2.3", InputProblem.FORMAT),
        ("en", "abc", InputProblem.FORMAT),
        ("en", "15032026", InputProblem.FORMAT),
        ("en", "15/03", InputProblem.FORMAT),
        ("hu", "15.03.2026", InputProblem.FORMAT),  # day first is not how Hungary writes a date
        ("en", "15/03/1999", InputProblem.OUT_OF_RANGE),
        ("en", "", InputProblem.EMPTY),
    ],
)
def test_impossible_dates_and_garbage_are_refused(name: str, text: str, problem: InputProblem) -> None:
    with pytest.raises(InputError) as refused:
        parse_day(text, loc(name))
    assert refused.value.problem is problem


def test_leap_days_are_real_days() -> None:
    assert parse_day("29/02/2028", loc("pt_BR")) == date(2028, 2, 29)
