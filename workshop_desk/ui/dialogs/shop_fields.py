"""What the first-start and the settings dialogs share about the shop profile.

* :class:`CountryField`: a country the program knows well, chosen by name, or another one by its
  two-letter code; the currency follows a known country (and is typed for another).
* :func:`shop_problem_texts`: the sentences for the codes of
  :func:`~workshop_desk.services.shop.shop_problems` and
  :func:`~workshop_desk.services.shop.edit_problems`, in the user's language.

The texts keep the translation context ``FirstStartDialog`` they were written (and translated) in
before both dialogs needed them.
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from workshop_desk.domain.countries import COUNTRY_DEFAULTS
from workshop_desk.services.customers import FieldProblem
from workshop_desk.services.shop import MAX_LENGTHS, ShopFieldProblem, ShopProblem
from workshop_desk.ui.dialogs.forms import COUNTRY_NAMES, country_name, problem_text

READ_ONLY_STYLE = "QLineEdit:read-only { background: palette(window); }"


def interface_locale() -> Locale:
    """The Babel locale of the interface, for country names (the shop's locale may not be set yet)."""
    try:
        return Locale.parse(QLocale().name())
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


class CountryField(QWidget):
    """The shop's country: a list of the countries known well, "Other…" and a field for the code.

    The currency field (:attr:`currency`, placed by the dialog on its own row) is read-only and
    follows a known country; for another it is typed.

    Signals:
        country_chosen(str): a country whose defaults the program knows was chosen or typed (its code).
        changed(): the country or the currency changed.
    """

    country_chosen = Signal(str)
    changed = Signal()

    def __init__(self, code: str = "GB", currency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for known, name in COUNTRY_NAMES.items():
            self.combo.addItem(name, known)
        self.combo.addItem(QCoreApplication.translate("FirstStartDialog", "Other…"), "")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", "code, e.g. FR"))
        self.code_edit.setMaxLength(2)
        self.code_edit.setMaximumWidth(110)
        self.currency = QLineEdit()
        self.currency.setMaximumWidth(90)
        self.currency.setMaxLength(MAX_LENGTHS["currency"])
        self.currency.setStyleSheet(READ_ONLY_STYLE)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.combo)
        line.addWidget(self.code_edit)
        line.addStretch(1)
        self.setFocusProxy(self.combo)
        self.set_country(code, currency)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.code_edit.textEdited.connect(self._code_typed)
        self.currency.textEdited.connect(lambda _text: self.changed.emit())

    def set_country(self, code: str, currency: str = "") -> None:
        """Show ``code`` and ``currency`` as stored (the currency of a known country when none is given).

        No signal: this is what the shop has, not a choice the user made.
        """
        blocked = self.blockSignals(True)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(code if code in COUNTRY_NAMES else ""))
        self.combo.blockSignals(False)
        self.code_edit.setText("" if code in COUNTRY_NAMES else code)
        self._follow()
        if currency:
            self.currency.setText(currency)
        self.blockSignals(blocked)

    def code(self) -> str:
        """The country chosen in the list, or the code typed for another."""
        return self.combo.currentData() or self.code_edit.text().strip().upper()

    def _chosen(self) -> None:
        other = self._follow()
        if other:
            self.code_edit.setFocus()
        self.changed.emit()

    def _follow(self) -> bool:
        """Show the code field and let the currency be typed for another country; whether it is one."""
        code = self.combo.currentData()
        other = not code
        self.code_edit.setVisible(other)
        self.currency.setReadOnly(not other)
        self.currency.style().polish(self.currency)  # the style sheet's :read-only follows only on a polish
        self.currency.setToolTip(
            QCoreApplication.translate("FirstStartDialog", "Three-letter currency code, e.g. EUR")
            if other
            else QCoreApplication.translate("FirstStartDialog", "Follows from the country")
        )
        self._apply_defaults(self.code())
        return other

    def _code_typed(self, _text: str) -> None:
        self._apply_defaults(self.code())
        self.changed.emit()

    def _apply_defaults(self, code: str) -> None:
        if code in COUNTRY_DEFAULTS:
            self.currency.setText(COUNTRY_DEFAULTS[code].currency)
            self.country_chosen.emit(code)


def shop_problem_texts(problems: dict[str, ShopFieldProblem], country: str, currency: str = "") -> dict[str, str]:
    """The sentence for each refused field of the profile; ``country`` is the code whose rules apply,
    ``currency`` the one the amounts are stored in (for :attr:`ShopProblem.CURRENCY_IN_USE`)."""
    texts: dict[str, str] = {}
    for field, problem in problems.items():
        if field == "name" and problem is FieldProblem.REQUIRED:
            texts[field] = QCoreApplication.translate(
                "FirstStartDialog", "Enter the name of your shop: it heads every letter."
            )
        elif problem is FieldProblem.COUNTRY:
            texts[field] = QCoreApplication.translate(
                "FirstStartDialog", "Enter the country as its two-letter code, like FR, DE or ES."
            )
        elif problem is ShopProblem.CURRENCY:
            texts[field] = QCoreApplication.translate(
                "FirstStartDialog", "Enter the currency as its three-letter code, like EUR or CHF."
            )
        elif problem is ShopProblem.CURRENCY_IN_USE:
            texts[field] = QCoreApplication.translate(
                "ShopFields",
                "The amounts already recorded are in {currency}, so the currency cannot change: "
                "they would silently become amounts of another currency. A shop that changes "
                "currency starts a new database.",
            ).format(currency=currency)
        elif problem is ShopProblem.BANK_CODE:
            texts[field] = (
                QCoreApplication.translate(
                    "ShopFields", "This is neither a BIC (like SABRRUMM) nor the 9 digits of a БИК (like 044525225)."
                )
                if country == "RU"
                else QCoreApplication.translate(
                    "FirstStartDialog", "This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM."
                )
            )
        elif problem is ShopProblem.ACCOUNT:
            texts[field] = QCoreApplication.translate("ShopFields", "An account number here is 20 digits.")
        elif problem is ShopProblem.LANGUAGE:
            texts[field] = QCoreApplication.translate("ShopFields", "Choose one of the languages in the list.")
        else:
            texts[field] = problem_text(problem, country_name(country, interface_locale()))
    return texts
