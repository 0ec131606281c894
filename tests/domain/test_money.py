from decimal import Decimal

import pytest

from workshop_desk.domain.money import (
    MAX_AMOUNT,
    AmountError,
    format_plain,
    from_decimal,
    parse_amount,
    split_evenly,
    to_decimal,
)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("0", 0),
        ("0.00", 0),
        ("12", 1200),
        ("12.5", 1250),
        ("12.05", 1205),
        (" 1234.56 ", 123456),
        ("007.10", 710),
    ],
)
def test_parse_amount_reads_plain_decimals(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "required"),
        ("12,50", "not an amount"),
        ("1,234.50", "not an amount"),
        ("12.345", "more than two decimals"),
        ("-5.00", "negative"),
        ("1e3", "not an amount"),
        ("€12", "not an amount"),
        ("1000000000.00", "larger than"),
    ],
)
def test_parse_amount_refuses_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(AmountError, match=reason):
        parse_amount(text)


def test_negative_amounts_only_when_allowed() -> None:
    assert parse_amount("-5.25", allow_negative=True) == -525
    assert parse_amount(format_plain(MAX_AMOUNT)) == MAX_AMOUNT


@pytest.mark.parametrize(("cents", "text"), [(0, "0.00"), (5, "0.05"), (123450, "1234.50"), (-525, "-5.25")])
def test_format_plain(cents: int, text: str) -> None:
    assert format_plain(cents) == text
    assert parse_amount(text, allow_negative=True) == cents


def test_decimal_conversion_is_exact() -> None:
    assert to_decimal(123456) == Decimal("1234.56")
    assert from_decimal(Decimal("0.10")) == 10
    with pytest.raises(AmountError, match="fractions of a cent"):
        from_decimal(Decimal("0.105"))


@pytest.mark.parametrize(
    ("total", "parts", "unit", "expected"),
    [
        (10000, 3, 1, [3333, 3333, 3334]),
        (10000, 4, 1, [2500, 2500, 2500, 2500]),
        (1, 3, 1, [0, 0, 1]),
        (0, 2, 1, [0, 0]),
        (1_000_000, 3, 100, [333_300, 333_300, 333_400]),  # 10 000 Ft in whole forints
        (1_000_050, 3, 100, [333_300, 333_300, 333_450]),  # odd fillér stay on the last part
    ],
)
def test_split_evenly_puts_the_remainder_on_the_last_part(
    total: int, parts: int, unit: int, expected: list[int]
) -> None:
    assert split_evenly(total, parts, unit=unit) == expected
    assert sum(expected) == total


def test_split_evenly_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="at least one part"):
        split_evenly(100, 0)
    with pytest.raises(ValueError, match="non-negative"):
        split_evenly(-100, 2)
