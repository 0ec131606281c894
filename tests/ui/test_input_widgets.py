"""The amount, rate and date fields in each shop's locale: what they read, what they refuse and say.

Non-ASCII text (no-break spaces, Cyrillic) goes in with ``setText``/``insert``: ``qtbot.keyClicks``
with such characters aborts the test process (ENVIRONMENT.md).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from babel import Locale
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from workshop_desk.i18n.formatting import locale_for
from workshop_desk.ui.widgets.date_edit import DateEdit
from workshop_desk.ui.widgets.form import ValidatedForm
from workshop_desk.ui.widgets.money_edit import MoneyEdit, MoneyInputError
from workshop_desk.ui.widgets.percent_edit import PercentEdit, PercentInputError

NBSP, NNBSP = "\u00a0", "\u202f"
IT, RU, HU, GB, BR = (
    locale_for(*pair) for pair in [("it", "IT"), ("ru", "RU"), ("hu", "HU"), ("en", "GB"), ("pt_BR", "BR")]
)


def money_edit(qtbot: QtBot, locale: Locale, currency: str) -> MoneyEdit:
    edit = MoneyEdit(locale, currency)
    qtbot.addWidget(edit)
    return edit


@pytest.mark.parametrize(
    ("locale", "currency", "text", "cents"),
    [
        (IT, "EUR", "1.234,56", 123_456),
        (BR, "BRL", "R$ 1.234,56", 123_456),
        (RU, "RUB", "1 234,56", 123_456),
        (RU, "RUB", f"1{NBSP}234,56{NBSP}₽", 123_456),
        (HU, "HUF", f"1{NNBSP}234,56", 123_456),
        (HU, "HUF", "1 234 Ft", 123_400),
        (GB, "GBP", "£1,234.56", 123_456),
        (GB, "GBP", "1234.5", 123_450),
    ],
)
def test_amounts_in_the_shops_locale(qtbot: QtBot, locale: Locale, currency: str, text: str, cents: int) -> None:
    edit = money_edit(qtbot, locale, currency)
    edit.setText(text)
    assert edit.cents() == cents


@pytest.mark.parametrize("text", ["12,3,4", "abc", "1.2.3", "1e5", "NaN", "Infinity", "12.50"])
def test_garbage_amounts_are_refused_with_an_example(qtbot: QtBot, text: str) -> None:
    edit = money_edit(qtbot, IT, "EUR")
    edit.setText(text)
    with pytest.raises(MoneyInputError, match=r"^Not an amount: write it like 1\.234,50\.$"):
        edit.cents()


def test_an_amount_beyond_the_largest_is_refused(qtbot: QtBot) -> None:
    edit = money_edit(qtbot, RU, "RUB")
    edit.setText("999 999 999 999,99")
    with pytest.raises(MoneyInputError, match="too large"):
        edit.cents()
    edit.setText("1e999999")  # once an uncaught decimal.InvalidOperation
    with pytest.raises(MoneyInputError, match="Not an amount"):
        edit.cents()


def test_leaving_an_amount_field_writes_it_the_standard_way(qtbot: QtBot) -> None:
    edit = money_edit(qtbot, RU, "RUB")
    edit.setText("1234,5")
    edit.editingFinished.emit()
    assert edit.text() == f"1{NBSP}234,50"


@pytest.mark.parametrize(
    ("locale", "text", "rate"),
    [(IT, "2,15", "2.15"), (RU, f"8{NBSP}%", "8"), (GB, "10.15%", "10.15"), (HU, "-1,5", "-1.5")],
)
def test_rates_in_the_shops_locale(qtbot: QtBot, locale: Locale, text: str, rate: str) -> None:
    edit = PercentEdit(locale, allow_negative=True)
    qtbot.addWidget(edit)
    edit.setText(text)
    assert edit.value() == Decimal(rate)


@pytest.mark.parametrize(("text", "problem"), [("2.15", "Not a rate"), ("1e3", "Not a rate"), ("5000", "too large")])
def test_garbage_rates_are_refused(qtbot: QtBot, text: str, problem: str) -> None:
    edit = PercentEdit(IT)
    qtbot.addWidget(edit)
    edit.setText(text)
    with pytest.raises(PercentInputError, match=problem):
        edit.value()


# ---------------------------------------------------------------------------------------------- dates


class DateForm(QDialog):
    """A dialog with a date field in a validated form, another field and a default Save button."""

    def __init__(self, locale: Locale) -> None:
        super().__init__()
        self.form = ValidatedForm()
        self.day = DateEdit(locale)
        self.day.set_day(date(2026, 3, 15))
        self.form.add_field("day", "Day:", self.day)
        self.other = QLineEdit()
        self.form.add_field("other", "Other:", self.other)
        self.save = QPushButton("Save")
        self.save.setDefault(True)
        self.save.clicked.connect(self.accept)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.save)


@pytest.fixture
def dates(qtbot: QtBot, request: pytest.FixtureRequest) -> DateForm:
    dialog = DateForm(getattr(request, "param", RU))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.day.setFocus()
    return dialog


def retype(qtbot: QtBot, edit: DateEdit, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, key)


@pytest.mark.parametrize(
    ("dates", "typed", "expected"),
    [
        (RU, "01.04.2026", date(2026, 4, 1)),  # QDateEdit made this 1 March
        (RU, "5.4.2026", date(2026, 4, 5)),
        (IT, "01/04/2026", date(2026, 4, 1)),
        (IT, "1/4/26", date(2026, 4, 1)),
        (HU, "2026. 04. 01.", date(2026, 4, 1)),
        (BR, "2026-04-01", date(2026, 4, 1)),
        (GB, "01/04/2026", date(2026, 4, 1)),
    ],
    indirect=["dates"],
)
def test_a_date_typed_the_locales_way_or_iso_is_taken(
    qtbot: QtBot, dates: DateForm, typed: str, expected: date
) -> None:
    with qtbot.waitSignal(dates.day.dateChanged) as changed:
        retype(qtbot, dates.day, typed)
    assert changed.args == [QDate(expected.year, expected.month, expected.day)]
    assert dates.day.day() == expected
    assert dates.form.message("day") == ""


@pytest.mark.parametrize("dates", [RU], indirect=True)
def test_the_field_writes_the_locales_short_date_with_a_four_digit_year(qtbot: QtBot, dates: DateForm) -> None:
    retype(qtbot, dates.day, "2026-04-01")
    assert dates.day.text() == "01.04.2026"


@pytest.mark.parametrize(
    ("dates", "typed", "message"),
    [
        (RU, "31.02.2026", "There is no 31.02.2026 in the calendar (the date stays 15.03.2026)."),
        (RU, "abc", "Not a date: write it like 15.03.2026 or 2026-03-15 (the date stays 15.03.2026)."),
        (RU, "1.2.3", "Not a date: write it like 15.03.2026 or 2026-03-15 (the date stays 15.03.2026)."),
        (RU, "01.01.1999", "Enter a date from 01.01.2000 to 31.12.2099 (the date stays 15.03.2026)."),
        (HU, "15.03.2026", "Not a date: write it like 2026. 03. 15. or 2026-03-15 (the date stays 2026. 03. 15.)."),
    ],
    indirect=["dates"],
)
def test_an_impossible_date_or_garbage_is_refused_with_a_message_under_the_field(
    qtbot: QtBot, dates: DateForm, typed: str, message: str
) -> None:
    retype(qtbot, dates.day, typed)
    assert dates.day.day() == date(2026, 3, 15)  # never 28 February, never a guess
    assert dates.day.text() == dates.day._display(date(2026, 3, 15))
    assert dates.form.message("day") == message
    assert dates.day.problem() == message

    retype(qtbot, dates.day, "2026-03-20")  # a good date takes the message away
    assert dates.form.message("day") == ""
    assert dates.day.day() == date(2026, 3, 20)


def test_enter_on_a_refused_date_does_not_press_the_default_button(qtbot: QtBot, dates: DateForm) -> None:
    retype(qtbot, dates.day, "31.02.2026", Qt.Key.Key_Return)
    assert dates.isVisible()
    assert dates.result() == 0
    assert "31.02.2026" in dates.form.message("day")

    with qtbot.waitSignal(dates.accepted):  # a good date: Enter saves as usual
        retype(qtbot, dates.day, "01.04.2026", Qt.Key.Key_Return)
    assert dates.day.day() == date(2026, 4, 1)


def test_a_click_that_takes_the_focus_from_a_refused_date_does_not_save(qtbot: QtBot, dates: DateForm) -> None:
    dates.day.setFocus()
    dates.day.selectAll()
    qtbot.keyClicks(dates.day, "31.02.2026")
    qtbot.mousePress(dates.save, Qt.MouseButton.LeftButton)  # the focus leaves the date: refused
    qtbot.wait(20)  # the user takes a moment to release the button
    qtbot.mouseRelease(dates.save, Qt.MouseButton.LeftButton)
    assert dates.result() == 0
    assert dates.isVisible()
    assert "31.02.2026" in dates.form.message("day")


def test_a_pasted_iso_date_and_the_arrow_keys(qtbot: QtBot, dates: DateForm) -> None:
    dates.day.selectAll()
    dates.day.insert("2026-12-31")
    qtbot.keyClick(dates.day, Qt.Key.Key_Tab)
    assert dates.day.day() == date(2026, 12, 31)
    dates.day.setFocus()
    qtbot.keyClick(dates.day, Qt.Key.Key_Up)
    assert dates.day.day() == date(2027, 1, 1)
    qtbot.keyClick(dates.day, Qt.Key.Key_Down)
    qtbot.keyClick(dates.day, Qt.Key.Key_Down)
    assert dates.day.day() == date(2026, 12, 30)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # a popup on the offscreen platform
def test_the_calendar_picks_a_date_and_keeps_to_the_range(qtbot: QtBot, dates: DateForm) -> None:
    dates.day.setMinimumDate(QDate(2026, 3, 1))
    qtbot.keyClick(dates.day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = dates.day.calendar()
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 3, 15)
    assert calendar.minimumDate() == QDate(2026, 3, 1)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday  # Russia
    with qtbot.waitSignal(dates.day.dateChanged):
        calendar.clicked.emit(QDate(2026, 3, 20))
    assert not calendar.isVisible()
    assert dates.day.day() == date(2026, 3, 20)


def test_a_read_only_date_cannot_change(qtbot: QtBot, dates: DateForm) -> None:
    dates.day.setReadOnly(True)
    dates.day.setFocus()
    qtbot.keyClick(dates.day, Qt.Key.Key_Up)
    dates.day.show_calendar()
    assert dates.day.day() == date(2026, 3, 15)
    assert dates.day._calendar is None or not dates.day.calendar().isVisible()


def test_set_day_keeps_to_the_range_and_signals_only_a_change(qtbot: QtBot, dates: DateForm) -> None:
    changes: list[QDate] = []
    dates.day.dateChanged.connect(changes.append)
    dates.day.set_day(date(2026, 3, 15))
    dates.day.setMaximumDate(QDate(2026, 6, 30))
    dates.day.set_day(date(2027, 1, 1))
    assert changes == [QDate(2026, 6, 30)]
    assert dates.day.date() == QDate(2026, 6, 30)
