"""Amounts and dates as the shop shows them: one object the window passes to every tab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel import Locale

from workshop_desk.domain.money import Cents
from workshop_desk.i18n.formatting import format_day, format_money
from workshop_desk.services.shop import Shop


@dataclass(frozen=True)
class Formats:
    currency: str
    locale: Locale

    @classmethod
    def of(cls, shop: Shop) -> Formats:
        return cls(shop.currency, shop.locale)

    def money(self, cents: Cents) -> str:
        return format_money(cents, self.currency, self.locale)

    def day(self, value: date) -> str:
        return format_day(value, self.locale)

    def short_day(self, value: date) -> str:
        return format_day(value, self.locale, "short")
