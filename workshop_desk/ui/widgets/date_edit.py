"""A date field with a calendar, showing dates as the shop's locale writes them."""

from __future__ import annotations

import re
from datetime import date

from babel import Locale
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget


def qt_date_format(locale: Locale) -> str:
    """Babel's short date pattern as a Qt display format with a four-digit year."""
    pattern = locale.date_formats["short"].pattern
    pattern = re.sub(r"y+", "yyyy", pattern)
    return pattern.replace("'", "")


class DateEdit(QDateEdit):
    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(qt_date_format(locale))
        self.setLocale(QLocale(str(locale)))
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setMaximumDate(QDate(2099, 12, 31))

    def set_day(self, day: date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))

    def day(self) -> date:
        value = self.date()
        return date(value.year(), value.month(), value.day())
