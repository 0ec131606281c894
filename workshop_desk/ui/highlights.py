"""How accounts that need attention are marked: a colour and an icon, with words in a tooltip.

Colour alone fails colour-blind users and black-and-white printouts, so every mark also has an
icon (and the tooltip says why in words and numbers). The legend shows the same marks.
"""

from __future__ import annotations

from enum import Enum
from functools import cache

from babel import Locale
from PySide6.QtGui import QColor, QIcon

from workshop_desk.domain.overdue import AccountStatus, DueState
from workshop_desk.i18n.formatting import format_day, format_money
from workshop_desk.i18n.qt import TranslationContext
from workshop_desk.paths import resources_folder

Highlights = TranslationContext("Highlights")
"""The texts of the marks (see :class:`~workshop_desk.i18n.qt.TranslationContext`)."""


class Mark(Enum):
    OVER_LIMIT = ("over_limit", "#fde2e1")
    MISSED = ("missed", "#ffe8cc")
    BLOCKED = ("blocked", "#e3e7ea")
    OVERDUE = ("overdue", "#fff6d6")

    @property
    def icon(self) -> QIcon:
        return _icon(self.value[0])

    @property
    def colour(self) -> QColor:
        return QColor(self.value[1])

    @property
    def label(self) -> str:
        return {
            Mark.OVER_LIMIT: Highlights.tr("Over the debt limit"),
            Mark.MISSED: Highlights.tr("Missed installment"),
            Mark.BLOCKED: Highlights.tr("Blocked: no new credit"),
            Mark.OVERDUE: Highlights.tr("Overdue"),
        }[self]


@cache
def _icon(name: str) -> QIcon:
    return QIcon(str(resources_folder() / "icons" / f"{name}.svg"))


def app_icon() -> QIcon:
    return _icon("app")


def marks(status: AccountStatus | None, blocked: bool) -> list[Mark]:
    """The marks of an account, most serious first."""
    found = []
    if status is not None and status.over_limit:
        found.append(Mark.OVER_LIMIT)
    if status is not None and status.missed_installments:
        found.append(Mark.MISSED)
    if blocked:
        found.append(Mark.BLOCKED)
    if status is not None and status.overdue_amount and not found:
        found.append(Mark.OVERDUE)
    return found


def explain(status: AccountStatus | None, blocked: bool, currency: str, locale: Locale) -> str:
    """Why an account is marked, in words and figures, one line per reason."""
    if status is None:
        return Highlights.tr("Blocked: no new credit") if blocked else ""

    def money(cents: int) -> str:
        return format_money(cents, currency, locale)

    lines = []
    if status.over_limit:
        lines.append(
            Highlights.tr("Over limit by {excess} — limit {limit}, open {open}").format(
                excess=money(status.over_limit_by),
                limit=money(status.debt_limit or 0),
                open=money(status.open_balance),
            )
        )
    for item in status.installments:
        if item.due_state is DueState.MISSED:
            lines.append(
                Highlights.tr("Installment {seq} of {count} of invoice {number}, due {due}, {unpaid} unpaid").format(
                    seq=item.installment.seq,
                    count=item.plan_size,
                    number=item.installment.invoice_number,
                    due=format_day(item.installment.due_date, locale),
                    unpaid=money(item.unpaid),
                )
            )
    if blocked:
        lines.append(Highlights.tr("Blocked: no new credit"))
    if status.overdue_amount and not lines:
        lines.append(
            Highlights.tr("{amount} overdue, %n day(s) late", "", status.max_days_late).format(
                amount=money(status.overdue_amount)
            )
        )
    return "\n".join(lines)
