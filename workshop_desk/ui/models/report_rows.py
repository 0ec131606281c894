"""The rows of the Reports tab's three tables, worked out from :class:`ReportFigures` for display.

Each function turns figures into :class:`DisplayRow` values for a :class:`RowsModel`: the aging
buckets with their share of the open total, the top debtors with their oldest debt, and the
letters sent per kind with how many accounts paid afterwards. Amounts and shares are formatted
here (in the shop's locale); the sort keys keep the plain numbers.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from workshop_desk.ui.dialogs.letter_names import kind_names
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.models.rows_model import DisplayRow
from workshop_desk.ui.report_texts import (
    BUCKET_COLOURS,
    BUCKET_FIELDS,
    amounts,
    bucket_names,
    decimal_number,
    oldest_bucket,
    percent,
)
from workshop_desk.ui.report_texts import share as share_of

if TYPE_CHECKING:
    from workshop_desk.services.reports import LetterEffect, QuickFigures, ReportFigures

RIGHT_1_2 = frozenset({1, 2})
RIGHT_2_3 = frozenset({2, 3})
RIGHT_1_2_3 = frozenset({1, 2, 3})


def aging_headers() -> list[str]:
    return [
        QCoreApplication.translate("ReportRows", "Age of the debt"),
        QCoreApplication.translate("ReportRows", "Amount"),
        QCoreApplication.translate("ReportRows", "Share"),
    ]


def debtor_headers() -> list[str]:
    return [
        QCoreApplication.translate("ReportRows", "Code"),
        QCoreApplication.translate("ReportRows", "Customer"),
        QCoreApplication.translate("ReportRows", "Open balance"),
        QCoreApplication.translate("ReportRows", "Overdue"),
        QCoreApplication.translate("ReportRows", "Oldest debt"),
    ]


def letter_headers() -> list[str]:
    return [
        QCoreApplication.translate("ReportRows", "Letter"),
        QCoreApplication.translate("ReportRows", "Sent"),
        QCoreApplication.translate("ReportRows", "Paid in full"),
        QCoreApplication.translate("ReportRows", "Paid something"),
    ]


@cache
def swatch(colour: str) -> QIcon:
    """A small square of ``colour`` with a dark edge: the bucket's colour in a table cell."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor("#404040"))
    inner = QPixmap(10, 10)
    inner.fill(QColor(colour))
    painter = QPainter(pixmap)
    painter.drawPixmap(1, 1, inner)
    painter.end()
    return QIcon(pixmap)


def aging_rows(figures: QuickFigures, formats: Formats) -> list[DisplayRow]:
    """One row per bucket (its amount and share of the open total), then the total."""
    total = figures.aging_total.total
    names = bucket_names()
    rows = []
    for field, colour, amount in zip(BUCKET_FIELDS, BUCKET_COLOURS, amounts(figures.aging_total), strict=True):
        fraction = share_of(amount, total)
        rows.append(
            DisplayRow(
                (names[field], formats.money(amount), percent(fraction, formats.locale)),
                (BUCKET_FIELDS.index(field), amount, fraction or 0),
                icon=swatch(colour),
                right_aligned=RIGHT_1_2,
            )
        )
    rows.append(
        DisplayRow(
            (
                QCoreApplication.translate("ReportRows", "Total open"),
                formats.money(total),
                percent(share_of(total, total), formats.locale),
            ),
            (len(BUCKET_FIELDS), total, 1),
            right_aligned=RIGHT_1_2,
        )
    )
    return rows


def debtor_rows(figures: QuickFigures, formats: Formats) -> list[DisplayRow]:
    """The top debtors, biggest first, with the bucket of their oldest open money."""
    names = bucket_names()
    rows = []
    for debtor in figures.top_debtors:
        oldest = oldest_bucket(debtor.buckets)
        rows.append(
            DisplayRow(
                (
                    debtor.code,
                    debtor.name,
                    formats.money(debtor.buckets.total),
                    formats.money(debtor.overdue),
                    names[oldest] if oldest else "",
                ),
                (debtor.code, debtor.name.casefold(), debtor.buckets.total, debtor.overdue, oldest or ""),
                right_aligned=RIGHT_2_3,
            )
        )
    return rows


def letter_rows(figures: ReportFigures, formats: Formats) -> list[DisplayRow]:
    """Per letter kind: how many were sent and how many accounts paid within 14 days after one."""
    names = kind_names()
    return [_letter_row(effect, names.get(effect.kind, effect.kind), formats) for effect in figures.letter_effects]


def _letter_row(effect: LetterEffect, name: str, formats: Formats) -> DisplayRow:
    def count_and_share(count: int, fraction: Decimal | None) -> str:
        if not effect.sent:
            return "—"
        return QCoreApplication.translate("ReportRows", "{count} ({share})").format(
            count=decimal_number(count, formats.locale), share=percent(fraction, formats.locale)
        )

    return DisplayRow(
        (
            name,
            decimal_number(effect.sent, formats.locale),
            count_and_share(effect.paid_within_14_days, effect.share),
            count_and_share(effect.paid_something, share_of(effect.paid_something, effect.sent)),
        ),
        (name, effect.sent, effect.paid_within_14_days, effect.paid_something),
        right_aligned=RIGHT_1_2_3,
        tooltip=QCoreApplication.translate(
            "ReportRows",
            "Of {sent} accounts sent this letter, {paid} paid in full and {some} paid at least something "
            "within 14 days.",
        ).format(sent=effect.sent, paid=effect.paid_within_14_days, some=effect.paid_something),
    )
