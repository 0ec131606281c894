"""What the Reports tab calls things and how it writes its numbers: buckets, shares, days, months.

The aging buckets have one name and one colour each, the same in the table, the chart's legend
and the top debtors' "oldest debt" column. The colours go from light to dark as the debt gets
older, so a black-and-white printout still orders them (and every segment also has a label).
Shares, days and month names are written by Babel in the shop's locale, like the amounts.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal, format_percent
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import AgingBuckets

BUCKET_FIELDS = ("not_due", "d1_30", "d31_60", "d61_90", "d90_plus")
"""The fields of :class:`AgingBuckets`, youngest first: the order of every list and chart."""

BUCKET_COLOURS = ("#e3f2e6", "#f2cf5b", "#f0a04b", "#d9603b", "#8e1b17")
"""One colour per bucket, lighter to darker (grey values 0.93, 0.80, 0.68, 0.50, 0.24)."""

DARK_BUCKETS = frozenset({"d61_90", "d90_plus"})
"""Buckets whose colour needs white text on it."""


def bucket_names() -> dict[str, str]:
    """Each bucket's name in the user's language, youngest first."""
    return {
        "not_due": QCoreApplication.translate("ReportTexts", "Not due yet"),
        "d1_30": QCoreApplication.translate("ReportTexts", "1–30 days late"),
        "d31_60": QCoreApplication.translate("ReportTexts", "31–60 days late"),
        "d61_90": QCoreApplication.translate("ReportTexts", "61–90 days late"),
        "d90_plus": QCoreApplication.translate("ReportTexts", "More than 90 days late"),
    }


def bucket_colour(field: str) -> QColor:
    return QColor(BUCKET_COLOURS[BUCKET_FIELDS.index(field)])


def amounts(buckets: AgingBuckets) -> list[Cents]:
    """The five amounts of ``buckets``, youngest first."""
    return [getattr(buckets, field) for field in BUCKET_FIELDS]


def oldest_bucket(buckets: AgingBuckets) -> str | None:
    """The field of the oldest bucket with money in it (``None`` when nothing is open)."""
    for field in reversed(BUCKET_FIELDS):
        if getattr(buckets, field):
            return field
    return None


def share(part: Cents, whole: Cents) -> Decimal | None:
    """``part`` of ``whole`` as a fraction rounded to a thousandth (0.1 %); ``None`` when ``whole`` is 0."""
    if whole <= 0:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def percent(fraction: Decimal | None, locale: Locale) -> str:
    """``0.234`` → ``"23.4%"`` (``"23,4 %"`` in Russian); an em dash when there is nothing to compare."""
    if fraction is None:
        return "—"
    pattern = locale.percent_formats[None].pattern.split(";")[0].replace("#,##0", "#,##0.0", 1)
    return format_percent(fraction, format=pattern, locale=locale, decimal_quantization=True)


def percent_sign_spaced(locale: Locale) -> bool:
    """Whether ``locale`` writes a space before the percent sign (``23 %``)."""
    pattern = locale.percent_formats[None].pattern
    return "\u00a0%" in pattern or " %" in pattern


def decimal_number(value: Decimal | int, locale: Locale) -> str:
    """``47.3`` → ``"47,3"``, ``1421`` → ``"1.421"`` in Italian."""
    return format_decimal(value, locale=locale)


def month_label(day: date, locale: Locale) -> str:
    """A short month and year for an axis (``"nov 26"``, ``"нояб. 26"``, ``"Nov 26"``)."""
    return format_date(day, "LLL yy", locale=locale)


def month_name(day: date, locale: Locale) -> str:
    """A month and year in the locale's own order (``"novembre 2026"``, ``"2026. november"``)."""
    return format_skeleton("yMMMM", day, locale=locale)
