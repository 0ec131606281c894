"""Exact money: amounts are integers of minor units (hundredths of the currency unit).

Every amount in the program — invoice totals, installments, payments, limits — is an ``int`` of
cents (kopecks, fillér, centavos, pence). Hundredths are used for every currency, forints
included, so that the storage never depends on the shop's currency; a currency whose amounts are
usually whole (HUF) is split and shown in whole units by :func:`split_evenly` and the formatting
layer, not stored differently.

Text crosses into this representation only through :func:`parse_amount` (the plain CSV and
command-line form ``1234.56``) and leaves it through :func:`format_plain` or :func:`to_decimal`.
"""

from __future__ import annotations

import re
from decimal import Decimal

Cents = int
"""An amount in hundredths of the currency unit. A type alias that documents intent."""

CENTS_PER_UNIT = 100
MAX_AMOUNT: Cents = 999_999_999_99
"""The largest amount accepted anywhere (a billion less a cent): beyond it input is a typo."""

_PLAIN_AMOUNT = re.compile(r"^(?P<sign>-?)(?P<units>\d+)(?:\.(?P<fraction>\d{1,2}))?$")


class AmountError(ValueError):
    """Text that is not an amount; ``str(error)`` says why in plain English."""


def parse_amount(text: str, *, allow_negative: bool = False) -> Cents:
    """Read an amount written with a dot as the decimal separator (``"1234.5"`` → 123450).

    Accepts at most two decimals and no thousands separators: in a file or on a command line,
    ``1,234`` is ambiguous between languages and is refused rather than guessed.

    Raises:
        AmountError: the text is empty, malformed, has more than two decimals, is negative
            (unless allowed) or is larger than :data:`MAX_AMOUNT`.
    """
    stripped = text.strip()
    if not stripped:
        raise AmountError("an amount is required")
    match = _PLAIN_AMOUNT.match(stripped)
    if match is None:
        if re.match(r"^-?\d+\.\d{3,}$", stripped):
            raise AmountError(f"{stripped!r} has more than two decimals")
        raise AmountError(f"{stripped!r} is not an amount (write it like 1234.56)")
    if len(match["units"].lstrip("0")) > len(str(MAX_AMOUNT // CENTS_PER_UNIT)):  # int() refuses 4 300+ digits
        raise AmountError(f"{stripped!r} is larger than {format_plain(MAX_AMOUNT)}")
    units = int(match["units"])
    fraction = int((match["fraction"] or "0").ljust(2, "0"))
    cents = units * CENTS_PER_UNIT + fraction
    if match["sign"]:
        if not allow_negative and cents:
            raise AmountError(f"{stripped!r} is negative")
        cents = -cents
    if abs(cents) > MAX_AMOUNT:
        raise AmountError(f"{stripped!r} is larger than {format_plain(MAX_AMOUNT)}")
    return cents


def format_plain(cents: Cents) -> str:
    """The CSV form of an amount: ``123450`` → ``"1234.50"``, always two decimals, a dot."""
    sign = "-" if cents < 0 else ""
    units, fraction = divmod(abs(cents), CENTS_PER_UNIT)
    return f"{sign}{units}.{fraction:02d}"


def to_decimal(cents: Cents) -> Decimal:
    """The amount as a ``Decimal`` in currency units with two places (for Babel)."""
    return Decimal(cents).scaleb(-2)


def from_decimal(amount: Decimal) -> Cents:
    """Convert a ``Decimal`` in currency units to cents; refuses fractions of a cent."""
    cents = amount * CENTS_PER_UNIT
    if cents != cents.to_integral_value():
        raise AmountError(f"{amount} has fractions of a cent")
    return int(cents)


def split_evenly(total: Cents, parts: int, *, unit: Cents = 1) -> list[Cents]:
    """Split ``total`` into ``parts`` equal amounts; the rounding remainder goes on the last part.

    ``unit`` is the smallest amount a part may be a multiple of: 1 cent normally, 100 for a
    currency that is paid in whole units (forints), so that 10 000 Ft in three parts is
    3 333 + 3 333 + 3 334 rather than 3 333.33 + 3 333.33 + 3 333.34. The parts always add up
    to ``total`` exactly, whatever ``unit`` is.

    >>> split_evenly(10000, 3)
    [3333, 3333, 3334]
    """
    if parts < 1:
        raise ValueError("an amount is split into at least one part")
    if total < 0:
        raise ValueError("only a non-negative amount can be split")
    if unit < 1:
        raise ValueError("the unit of a part is at least one cent")
    share = (total // parts) // unit * unit
    return [share] * (parts - 1) + [total - share * (parts - 1)]
