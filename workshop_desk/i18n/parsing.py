"""Numbers and dates as people type them, read back through Babel with an explicit locale.

The counterpart of :mod:`workshop_desk.i18n.formatting`, for the input widgets. Pure functions (no
Qt): they return the value or raise an :class:`InputError` whose :attr:`~InputError.problem` the
widget turns into a sentence in the user's language.

Numbers (:func:`parse_number`) are read in the locale's own convention and never guessed:

* ``en``: ``1,234.56``; ``it``/``pt_BR``: ``1.234,56``; ``ru``/``hu``: ``1 234,56``. A normal
  space, a no-break space (U+00A0) and a narrow no-break space (U+202F) all count as the
  locale's group separator (Babel writes U+00A0 or U+202F, keyboards type U+0020), in every locale.
* Groups must be where the locale puts them: ``12,3,4`` or ``1.2.3`` are refused, and so is
  ``12.50`` in Italy (Babel's *strict* parsing) — reading it as 1250 or as 12,5 would be a guess.
* Only ASCII digits, the separators and a leading minus: Python's ``Decimal`` would also take
  ``1e5``, ``NaN``, ``Infinity`` and Arabic-Indic digits, none of which a receptionist means.

Dates (:func:`parse_day`) are read in the order of the locale's short format (day-month-year,
month-day-year in the USA, year-month-day in Hungary) with any of ``.``, ``/``, ``-`` or spaces
between the parts; a first part of four digits is always year-month-day, so ISO ``2026-03-15``
is understood everywhere. A two-digit year is 20xx (the program's dates lie in 2000–2099). A day
that does not exist (``31.02.2026``) is refused, never moved to the end of the month.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from babel import Locale
from babel.numbers import NumberFormatError, parse_decimal

SPACES = " \u00a0\u202f"
"""Typed or formatted spaces that separate groups of digits."""
MINUS_SIGNS = "-\u2212"
"""A hyphen-minus, or the minus sign (U+2212) some locales format with."""


class InputProblem(StrEnum):
    EMPTY = "empty"
    FORMAT = "format"
    """Not written as a number (date) of this locale."""
    TOO_LARGE = "too_large"
    IMPOSSIBLE = "impossible"
    """The parts of a date are well written but no such day exists (31 February)."""
    OUT_OF_RANGE = "out_of_range"
    """A real day, outside the dates the program accepts."""


class InputError(ValueError):
    """Why a typed text is refused: :attr:`problem`; ``str(error)`` is English, for logs only."""

    def __init__(self, problem: InputProblem, text: str) -> None:
        super().__init__(f"{text!r}: {problem.value}")
        self.problem = problem
        self.text = text


def number_symbols(locale: Locale) -> tuple[str, str]:
    """(group, decimal) symbols of ``locale``'s Latin digits: ``(".", ",")`` in Italy."""
    symbols = locale.number_symbols.get("latn", locale.number_symbols)
    return symbols.get("group", ","), symbols.get("decimal", ".")


def parse_number(text: str, locale: Locale, *, maximum: Decimal | None = None) -> Decimal:
    """The number ``text`` writes in ``locale`` (see the module docstring for what is accepted).

    Args:
        text: what was typed; surrounding spaces are ignored.
        locale: whose separators apply.
        maximum: the largest absolute value accepted (``None``: any).

    Raises:
        InputError: ``EMPTY``, ``FORMAT`` or ``TOO_LARGE``.
    """
    group, decimal = number_symbols(locale)
    cleaned = text.strip(SPACES + "\t")
    if not cleaned:
        raise InputError(InputProblem.EMPTY, text)
    negative = cleaned[0] in MINUS_SIGNS
    if negative:
        cleaned = cleaned[1:].lstrip(SPACES)
    if group in SPACES:  # any space the user typed stands for the locale's own
        for space in SPACES:
            cleaned = cleaned.replace(space, group)
    else:  # a space between groups is understood everywhere ("1 234.56" in England)
        cleaned = re.sub(f"(?<=[0-9])[{SPACES}](?=[0-9])", group, cleaned)
    allowed = re.escape(group + decimal)
    if not re.fullmatch(rf"[0-9{allowed}]*[0-9][0-9{allowed}]*", cleaned):
        raise InputError(InputProblem.FORMAT, text)
    try:
        number = parse_decimal(cleaned, locale=locale, strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):  # ValueError: a pasted run of 4 300+ digits
        raise InputError(InputProblem.FORMAT, text) from None
    if not number.is_finite():  # cannot happen after the character check; kept as the last guard
        raise InputError(InputProblem.FORMAT, text)
    if maximum is not None and number > maximum:
        raise InputError(InputProblem.TOO_LARGE, text)
    return -number if negative and number else number


EARLIEST = date(2000, 1, 1)
LATEST = date(2099, 12, 31)
"""The dates the program accepts (the date fields' range)."""

_DATE_TEXT = re.compile(r"[0-9./\-\s]+")
_SEPARATORS = re.compile(r"[./\-\s]+")


def input_pattern(locale: Locale) -> str:
    """The Babel pattern date fields write in: the locale's short date with a four-digit year.

    ``dd/MM/yyyy`` in Italy (whose short date has ``yy``), ``yyyy. MM. dd.`` in Hungary; what it
    writes, :func:`parse_day` reads back.
    """
    return re.sub(r"y+", "yyyy", locale.date_formats["short"].pattern)


def date_order(locale: Locale) -> str:
    """The order of day, month and year in ``locale``'s short date: ``"dMy"``, ``"Mdy"`` or ``"yMd"``."""
    pattern = re.sub(r"'[^']*'", "", locale.date_formats["short"].pattern)
    positions = {field: pattern.find(field) for field in "dMy"}
    if -1 in positions.values():  # no such locale among ours; the commonest order
        return "dMy"
    return "".join(sorted(positions, key=positions.__getitem__))


def parse_day(text: str, locale: Locale, *, earliest: date = EARLIEST, latest: date = LATEST) -> date:
    """The day ``text`` writes: in ``locale``'s short-date order, or ISO year-month-day.

    Raises:
        InputError: ``EMPTY``, ``FORMAT`` (not three numbers in a readable order), ``IMPOSSIBLE``
            (no such day, like 31 February) or ``OUT_OF_RANGE`` (before ``earliest`` or after ``latest``).
    """
    cleaned = text.strip(SPACES + "\t").replace("\u00a0", " ").replace("\u202f", " ")
    if not cleaned:
        raise InputError(InputProblem.EMPTY, text)
    if not _DATE_TEXT.fullmatch(cleaned):
        raise InputError(InputProblem.FORMAT, text)
    parts = [part for part in _SEPARATORS.split(cleaned) if part]
    if len(parts) != 3:
        raise InputError(InputProblem.FORMAT, text)
    order = "yMd" if len(parts[0]) == 4 else date_order(locale)
    fields = dict(zip(order, parts, strict=True))
    year_text, month_text, day_text = fields["y"], fields["M"], fields["d"]
    if len(year_text) not in (2, 4) or len(month_text) > 2 or len(day_text) > 2:
        raise InputError(InputProblem.FORMAT, text)
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    try:
        day = date(year, int(month_text), int(day_text))
    except ValueError:
        raise InputError(InputProblem.IMPOSSIBLE, text) from None
    if not earliest <= day <= latest:
        raise InputError(InputProblem.OUT_OF_RANGE, text)
    return day
