"""A date field: typed as the shop's locale writes dates (or ISO), or picked from a calendar; never guessed.

Why not ``QDateEdit``: its section-by-section editing turns ordinary typing into another date
without a word. Typing ``01.04.2026`` over ``15.03.2026`` gave 1 March (the separator typed after
the automatic jump to the month skipped the month), and ``31.02.2026`` became 28 February. Here
the text is free and read whole by :func:`workshop_desk.i18n.parsing.parse_day` when the user
leaves the field or presses Enter:

* the locale's short format with a four-digit year (``15/03/2026`` in Italy, ``15.03.2026`` in
  Russia, ``2026. 03. 15.`` in Hungary), any of ``. / -`` or spaces between the parts, a two-digit
  year read as 20xx; and ISO ``2026-03-15`` everywhere;
* anything else, a day that does not exist (``31.02.2026``) or one outside 2000–2099 is refused:
  the field goes back to the date it held, says why next to itself (:attr:`DateEdit.problem_found`,
  shown under the field by :class:`~workshop_desk.ui.widgets.form.ValidatedForm`, else as a
  tooltip), and Enter does not reach the dialog's default button, so nothing is saved unseen.

The arrow keys step a day, Alt+Down or F4 (or the calendar icon) opens a calendar. The API is
the part of ``QDateEdit``'s the dialogs use (``dateChanged``, ``date``/``setDate``, the range,
``setReadOnly``) plus :meth:`DateEdit.set_day` and :meth:`DateEdit.day` with Python dates.
"""

from __future__ import annotations

from datetime import date, timedelta

from babel import Locale
from PySide6.QtCore import SIGNAL, QDate, QLocale, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QLineEdit,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from workshop_desk.i18n.formatting import format_day
from workshop_desk.i18n.parsing import EARLIEST, LATEST, InputError, InputProblem, input_pattern, parse_day

SAMPLE_DAY = date(2026, 3, 15)
"""The day the field's hints are written with (a day above 12 shows which part is the day)."""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QLineEdit):
    """A date in the shop's locale.

    Signals:
        dateChanged(QDate): the date changed (typed and confirmed, picked, stepped or set).
        problem_found(str): what was typed was refused and the date kept (the sentence says
            why); ``""`` when a later date was accepted.
    """

    dateChanged = Signal(QDate)  # noqa: N815 -- the name QDateEdit's users connect to
    problem_found = Signal(str)

    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._pattern = input_pattern(locale)
        self._minimum, self._maximum = EARLIEST, LATEST
        self._day = min(max(date.today(), EARLIEST), LATEST)
        self._problem = ""
        self._calendar: QCalendarWidget | None = None
        from workshop_desk.paths import resources_folder

        self._calendar_action = self.addAction(
            QIcon(str(resources_folder() / "icons" / "calendar.svg")), QLineEdit.ActionPosition.TrailingPosition
        )
        self._calendar_action.setToolTip(self.tr("Choose the date on a calendar (Alt+Down)"))
        self._calendar_action.triggered.connect(self.show_calendar)
        example = self._display(SAMPLE_DAY)
        self.setPlaceholderText(example)
        self.setToolTip(
            self.tr("A date like {example}; {iso} is understood too. Up and Down change it by a day.").format(
                example=example, iso=SAMPLE_DAY.isoformat()
            )
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setText(self._display(self._day))
        self.editingFinished.connect(self._commit)

    # ------------------------------------------------------------------ values
    def _display(self, day: date) -> str:
        return format_day(day, self._locale, self._pattern)

    def set_day(self, day: date) -> None:
        """Show ``day`` (kept within the range, as ``QDateEdit`` does); ``dateChanged`` if it changed."""
        day = min(max(day, self._minimum), self._maximum)
        self._clear_problem()
        self.setText(self._display(day))
        if day != self._day:
            self._day = day
            self.dateChanged.emit(_qdate(day))

    def day(self) -> date:
        """The date in the field: what is typed if it is a valid date (a shortcut may save without
        leaving the field), else the last date accepted."""
        try:
            return parse_day(self.text(), self._locale, earliest=self._minimum, latest=self._maximum)
        except InputError:
            return self._day

    def setDate(self, value: QDate) -> None:
        self.set_day(_day(value))

    def date(self) -> QDate:
        return _qdate(self.day())

    def setMinimumDate(self, value: QDate) -> None:
        self._minimum = _day(value)
        if self._day < self._minimum:
            self.set_day(self._minimum)

    def setMaximumDate(self, value: QDate) -> None:
        self._maximum = _day(value)
        if self._day > self._maximum:
            self.set_day(self._maximum)

    def minimumDate(self) -> QDate:
        return _qdate(self._minimum)

    def maximumDate(self) -> QDate:
        return _qdate(self._maximum)

    def problem(self) -> str:
        """Why the last text typed was refused ('' when it was not)."""
        return self._problem

    # ------------------------------------------------------------------ typing
    def _commit(self) -> bool:
        """Read what was typed: take it, or refuse it and put the date back. Whether it was taken."""
        text = self.text()
        try:
            day = parse_day(text, self._locale, earliest=self._minimum, latest=self._maximum)
        except InputError as error:
            self._refuse(error)
            return False
        self.set_day(day)
        return True

    def _refuse(self, error: InputError) -> None:
        kept = self._display(self._day)
        typed = error.text.strip()
        if error.problem is InputProblem.IMPOSSIBLE:
            text = self.tr("There is no {typed} in the calendar (the date stays {day}).")
        elif error.problem is InputProblem.OUT_OF_RANGE:
            text = self.tr("Enter a date from {first} to {last} (the date stays {day}).")
        elif error.problem is InputProblem.EMPTY:
            text = self.tr("A date is needed (the date stays {day}).")
        else:
            text = self.tr("Not a date: write it like {example} or {iso} (the date stays {day}).")
        self._problem = text.format(
            typed=typed,
            day=kept,
            first=self._display(self._minimum),
            last=self._display(self._maximum),
            example=self._display(SAMPLE_DAY),
            iso=SAMPLE_DAY.isoformat(),
        )
        self.setText(kept)
        self.problem_found.emit(self._problem)
        if not self.receivers(SIGNAL("problem_found(QString)")):  # nobody shows it under the field (a table cell)
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self._problem, self)
        # A click on a button took the focus from the refused text: the button is pressed but not yet
        # released. Releasing it would save the date kept before the message could be read.
        QTimer.singleShot(0, _cancel_pending_click)

    def _clear_problem(self) -> None:
        if self._problem:
            self._problem = ""
            self.problem_found.emit("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._commit():
            event.accept()  # the message is read before the dialog's default button saves anything
            return
        if not self.isReadOnly():
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers & Qt.KeyboardModifier.AltModifier:
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier):
                self.show_calendar()
                return
        super().keyPressEvent(event)

    def _step(self, days: int) -> None:
        if self._commit():
            self.set_day(self._day + timedelta(days=days))
            self.selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the calendar opening is not leaving
            super().focusOutEvent(event)
        else:
            QWidget.focusOutEvent(self, event)

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self._calendar_action.setEnabled(not read_only)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        text = self._display(date(2088, 12, 28))  # wide digits, two-digit day and month
        return QSize(self.fontMetrics().horizontalAdvance(text) + 48, hint.height())

    # ------------------------------------------------------------------ calendar
    def calendar(self) -> QCalendarWidget:
        """The calendar popup (created on first use)."""
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setLocale(QLocale(str(self._locale)))
            calendar.setFirstDayOfWeek(Qt.DayOfWeek(self._locale.first_week_day + 1))
            calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self._calendar = calendar
        return self._calendar

    def show_calendar(self) -> None:
        """Open the calendar under the field on the date it holds."""
        if self.isReadOnly() or not self.isEnabled():
            return
        self._commit()
        calendar = self.calendar()
        calendar.setDateRange(_qdate(self._minimum), _qdate(self._maximum))
        calendar.setSelectedDate(_qdate(self._day))
        calendar.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - calendar.width())
        y = below.y() if below.y() + calendar.height() <= screen.bottom() else self.mapToGlobal(QPoint(0, 0)).y()
        calendar.move(max(x, screen.left()), y - (0 if y == below.y() else calendar.height()))
        calendar.show()
        calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.calendar().hide()
        self.set_day(_day(value))
        self.setFocus()


def _cancel_pending_click() -> None:
    """Release without a click the button being pressed, if any (see :meth:`DateEdit._refuse`)."""
    button = QApplication.focusWidget()
    if isinstance(button, QAbstractButton) and button.isDown():
        button.setDown(False)
