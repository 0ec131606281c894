"""A line edit for an amount, read and written in the shop's locale (``1.234,56`` in Italy).

It never guesses: ``12.50`` typed in an Italian shop is refused with a message rather than read
as twelve hundred and fifty. :meth:`MoneyEdit.cents` returns the amount or raises
:class:`MoneyInputError` with a sentence for the user.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import format_decimal, get_currency_symbol
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from workshop_desk.domain.money import MAX_AMOUNT, Cents, from_decimal, to_decimal
from workshop_desk.i18n.parsing import InputError, InputProblem, parse_number


class MoneyInputError(ValueError):
    """What is wrong with the typed amount, in the user's language."""


class MoneyEdit(QLineEdit):
    def __init__(self, locale: Locale, currency: str, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._locale = locale
        self._currency = currency
        self._optional = optional
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(
            QCoreApplication.translate("MoneyEdit", "empty = none")
            if optional
            else format_decimal(Decimal("0.00"), "#,##0.00", locale=locale)
        )
        symbol = get_currency_symbol(currency, locale=locale)
        self.setToolTip(
            QCoreApplication.translate("MoneyEdit", "Amount in {symbol}, e.g. {example}").format(
                symbol=symbol, example=self._example()
            )
        )
        self.editingFinished.connect(self._tidy)

    def _example(self) -> str:
        return format_decimal(Decimal("1234.50"), "#,##0.00", locale=self._locale)

    def set_cents(self, cents: Cents | None) -> None:
        self.setText("" if cents is None else format_decimal(to_decimal(cents), "#,##0.00", locale=self._locale))

    def cents(self) -> Cents | None:
        """The amount typed (``None`` when empty and optional).

        Raises:
            MoneyInputError: empty when required, not a number in this locale, negative, more
                than two decimals, or too large.
        """
        text = self.text().strip()
        for noise in (
            get_currency_symbol(self._currency, locale=self._locale),
            self._currency,
            "\u00a0",
            "\u202f",
        ):
            text = text.replace(noise, " " if noise in "\u00a0\u202f" else "")
        text = text.strip()
        if not text:
            if self._optional:
                return None
            raise MoneyInputError(QCoreApplication.translate("MoneyEdit", "Enter an amount."))
        try:  # 1e5, NaN and 12,3,4 are refused; 1 234,56 with any space is read (i18n.parsing)
            amount = parse_number(text, self._locale, maximum=to_decimal(MAX_AMOUNT))
        except InputError as error:
            if error.problem is InputProblem.TOO_LARGE:
                raise MoneyInputError(QCoreApplication.translate("MoneyEdit", "The amount is too large.")) from None
            raise MoneyInputError(
                QCoreApplication.translate("MoneyEdit", "Not an amount: write it like {example}.").format(
                    example=self._example()
                )
            ) from None
        if amount < 0:
            raise MoneyInputError(QCoreApplication.translate("MoneyEdit", "The amount cannot be negative."))
        if amount != amount.quantize(Decimal("0.01")):
            raise MoneyInputError(QCoreApplication.translate("MoneyEdit", "At most two decimals."))
        cents = from_decimal(amount.quantize(Decimal("0.01")))
        if cents > MAX_AMOUNT:
            raise MoneyInputError(QCoreApplication.translate("MoneyEdit", "The amount is too large."))
        return cents

    def _tidy(self) -> None:
        """Rewrite a valid amount in the standard form (``1234,5`` → ``1.234,50``); leave a bad one."""
        try:
            cents = self.cents()
        except MoneyInputError:
            return
        self.set_cents(cents)
