"""A line edit for a rate in per cent, read and written in the shop's locale (``2,15`` in Italy).

Like :class:`~workshop_desk.ui.widgets.money_edit.MoneyEdit` it never guesses: :meth:`PercentEdit.value`
returns the number or raises :class:`PercentInputError` with a sentence for the user.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from workshop_desk.i18n.parsing import SPACES, InputError, InputProblem, parse_number

PATTERN = "#,##0.00##"
MAX_PERCENT = Decimal(1000)
"""Larger is a typing mistake whatever the rule (the services check the real range, 0–100)."""


class PercentInputError(ValueError):
    """What is wrong with the typed rate, in the user's language."""


class PercentEdit(QLineEdit):
    def __init__(self, locale: Locale, parent: QWidget | None = None, *, allow_negative: bool = False) -> None:
        super().__init__(parent)
        self._locale = locale
        self._allow_negative = allow_negative
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(format_decimal(Decimal("0.00"), PATTERN, locale=locale))
        self.setToolTip(
            QCoreApplication.translate("PercentEdit", "A rate in per cent, e.g. {example}").format(
                example=self._example()
            )
        )
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 12)
        self.editingFinished.connect(self._tidy)

    def _example(self) -> str:
        return format_decimal(Decimal("2.15"), PATTERN, locale=self._locale)

    def set_value(self, value: Decimal) -> None:
        self.setText(format_decimal(value, PATTERN, locale=self._locale))

    def value(self) -> Decimal:
        """The rate typed.

        Raises:
            PercentInputError: empty, not a number in this locale, negative where not allowed, or
                more than four decimals.
        """
        text = self.text().replace("%", "").strip(SPACES)
        if not text:
            raise PercentInputError(QCoreApplication.translate("PercentEdit", "Enter a rate (0 for none)."))
        try:  # 1e5, NaN and 2,1,5 are refused (i18n.parsing)
            number = parse_number(text, self._locale, maximum=MAX_PERCENT)
        except InputError as error:
            if error.problem is InputProblem.TOO_LARGE:
                raise PercentInputError(QCoreApplication.translate("PercentEdit", "The rate is too large.")) from None
            raise PercentInputError(
                QCoreApplication.translate("PercentEdit", "Not a rate: write it like {example}.").format(
                    example=self._example()
                )
            ) from None
        if number < 0 and not self._allow_negative:
            raise PercentInputError(QCoreApplication.translate("PercentEdit", "The rate cannot be negative."))
        if number != number.quantize(Decimal("0.0001")):
            raise PercentInputError(QCoreApplication.translate("PercentEdit", "At most four decimals."))
        return number

    def _tidy(self) -> None:
        """Rewrite a valid rate in the standard form (``8`` → ``8,00``); leave a bad one as typed."""
        try:
            self.set_value(self.value())
        except PercentInputError:
            return
