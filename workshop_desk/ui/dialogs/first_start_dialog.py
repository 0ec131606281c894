"""The first window on an empty database: the shop's profile, or an invented shop to look around.

The profile is what every letter is headed with (name, address, tax id, bank details) and what
amounts and letters follow (currency and language, which come from the country). The
alternative, "Load demo data", fills the database with a generated shop in the language of the
chosen country; the caller tells the two outcomes apart by :attr:`FirstStartDialog.loaded_demo`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from babel import Locale, UnknownLocaleError
from babel.numbers import is_currency
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QCursor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.domain.countries import COUNTRY_DEFAULTS, SUPPORTED_LANGUAGES
from workshop_desk.domain.identifiers import bic_problem, email_problem, iban_problem, phone_problem, tax_id_problem
from workshop_desk.services.demo import DemoOptions, NotEmptyError, load_demo
from workshop_desk.services.shop import Shop, save_shop
from workshop_desk.ui.dialogs.forms import (
    COUNTRY_NAMES,
    LANGUAGE_NAMES,
    country_name,
    fit_height,
    problem_text,
    set_tab_order,
)
from workshop_desk.ui.widgets.form import ValidatedForm

MAX_LENGTHS = {
    "name": 200, "address": 200, "postal_code": 20, "city": 100, "tax_id": 40, "phone": 40,
    "email": 200, "bank_name": 200, "iban": 40, "bic": 11,
}  # fmt: skip
"""The sizes of the shop profile's columns (typing more is impossible, so nothing to refuse)."""

NOT_COUNTRIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"})
"""Codes Babel names that are no country (unknown region, European Union, pseudo-locales…)."""

TEXT_FIELDS = ("name", "address", "postal_code", "city", "tax_id", "phone", "email", "bank_name", "iban", "bic")


@contextmanager
def _wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _interface_locale() -> Locale:
    """The Babel locale of the interface, for country names (no shop, hence no shop locale, yet)."""
    try:
        return Locale.parse(QLocale().name())
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


class FirstStartDialog(QDialog):
    """Set up the shop profile, or load the demo shop, on an empty database.

    Attributes:
        loaded_demo: after ``accept()``, whether the demo shop was loaded (else a profile was saved).
        shop: the profile saved (``None`` when the demo was loaded or nothing was saved).
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.loaded_demo = False
        self.shop: Shop | None = None
        self.setWindowTitle(self.tr("Welcome to Workshop Desk"))
        self.setMinimumWidth(520)

        column = QVBoxLayout(self)
        column.addWidget(self._make_welcome())
        column.addSpacing(8)
        self.form = ValidatedForm()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._add_fields()
        column.addLayout(self.form)
        column.addLayout(self._make_buttons())
        self._set_tab_order()
        self._country_chosen()
        self.name.setFocus()

    # ----------------------------------------------------------------- building
    def _make_welcome(self) -> QWidget:
        welcome = QLabel(
            self.tr(
                "<b>Welcome!</b> Tell the program about your shop: its name and address head every "
                "letter, its country sets the currency and the language. Or press <i>Load demo "
                "data</i> to try the program with an invented shop first."
            )
        )
        welcome.setWordWrap(True)
        welcome.setTextFormat(Qt.TextFormat.RichText)
        return welcome

    def _add_fields(self) -> None:
        form = self.form
        self.name = form.add_field("name", self.tr("Shop &name:"), QLineEdit())
        self.address = form.add_field("address", self.tr("&Address:"), QLineEdit())
        self.postal_code = form.add_field("postal_code", self.tr("P&ostal code:"), QLineEdit())
        self.postal_code.setMaximumWidth(160)
        self.city = form.add_field("city", self.tr("C&ity:"), QLineEdit())
        form.add_field("country", self.tr("Co&untry:"), self._make_country_row())
        self.currency = form.add_field("currency", self.tr("Cu&rrency:"), QLineEdit())
        self.currency.setMaximumWidth(90)
        self.currency.setMaxLength(3)
        self.currency.setStyleSheet("QLineEdit:read-only { background: palette(window); }")
        self.language = form.add_field("language", self.tr("&Language:"), QComboBox())
        for language in SUPPORTED_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[language], language)
        self.tax_id = form.add_field("tax_id", self.tr("&Tax id:"), QLineEdit())
        self.phone = form.add_field("phone", self.tr("&Phone:"), QLineEdit())
        self.email = form.add_field("email", self.tr("&E-mail:"), QLineEdit())
        self.bank_name = form.add_field("bank_name", self.tr("Ban&k:"), QLineEdit())
        self.iban = form.add_field("iban", self.tr("I&BAN:"), QLineEdit())
        self.bic = form.add_field("bic", self.tr("BI&C:"), QLineEdit())
        self.bic.setMaximumWidth(160)
        for name, length in MAX_LENGTHS.items():
            getattr(self, name).setMaxLength(length)

    def _make_country_row(self) -> QWidget:
        self.country = QComboBox()
        for code, name in COUNTRY_NAMES.items():
            self.country.addItem(name, code)
        self.country.addItem(self.tr("Other…"), "")
        self.country.setCurrentIndex(self.country.findData(self._guess_country()))
        self.country.currentIndexChanged.connect(self._country_chosen)
        self.country_code = QLineEdit()
        self.country_code.setPlaceholderText(self.tr("code, e.g. FR"))
        self.country_code.setMaxLength(2)
        self.country_code.setMaximumWidth(110)
        self.country_code.textEdited.connect(self._country_code_typed)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.country)
        line.addWidget(self.country_code)
        line.addStretch(1)
        row.setFocusProxy(self.country)
        return row

    @staticmethod
    def _guess_country() -> str:
        """The computer's country when the program knows it well, else the United Kingdom."""
        territory = QLocale.system().name().partition("_")[2]
        return territory if territory in COUNTRY_NAMES else "GB"

    def _make_buttons(self) -> QHBoxLayout:
        self.demo_button = QPushButton(self.tr("Load &demo data"))
        self.demo_button.setToolTip(
            self.tr(
                "Fill the program with an invented shop (150 customers with invoices and payments) "
                "in the language of the country chosen above"
            )
        )
        bold = QFont(self.demo_button.font())
        bold.setBold(True)
        self.demo_button.setFont(bold)
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self.load_demo_data)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save profile"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        row.addWidget(buttons)
        return row

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.name, self.address, self.postal_code, self.city, self.country, self.country_code,
            self.currency, self.language, self.tax_id, self.phone, self.email, self.bank_name,
            self.iban, self.bic, self.demo_button, self.save_button, self.cancel_button,
        ]  # fmt: skip
        set_tab_order(chain)

    # ----------------------------------------------------------------- country
    def _country_chosen(self) -> None:
        """A known country fixes the currency and suggests the language; "other" asks for both."""
        code = self.country.currentData()
        other = not code
        self.country_code.setVisible(other)
        self.currency.setReadOnly(not other)
        self.currency.style().polish(self.currency)  # the style sheet's :read-only follows only on a polish
        self.currency.setToolTip(
            self.tr("Three-letter currency code, e.g. EUR") if other else self.tr("Follows from the country")
        )
        if other:
            self.country_code.setFocus()
            self._country_code_typed(self.country_code.text())
        else:
            self._apply_defaults(code)

    def _country_code_typed(self, text: str) -> None:
        code = text.strip().upper()
        if code in COUNTRY_DEFAULTS:
            self._apply_defaults(code)

    def _apply_defaults(self, code: str) -> None:
        defaults = COUNTRY_DEFAULTS[code]
        self.currency.setText(defaults.currency)
        self.language.setCurrentIndex(self.language.findData(defaults.language))

    def country_code_chosen(self) -> str:
        """The shop's country: the one chosen in the list, or the code typed for another."""
        return self.country.currentData() or self.country_code.text().strip().upper()

    # ----------------------------------------------------------------- actions
    def load_demo_data(self) -> None:
        """Fill the database with the demo shop in the chosen language and close the window."""
        options = DemoOptions(locale=self.language.currentData() or "en", today=date.today())
        try:
            with _wait_cursor():
                load_demo(self._database, options)
        except NotEmptyError:
            QMessageBox.information(
                self,
                self.tr("Not empty any more"),
                self.tr(
                    "Someone else has set up this database meanwhile, so the demo was not loaded. "
                    "Start the program again to see what it holds."
                ),
            )
            self.reject()
            return
        self.loaded_demo = True
        self.accept()

    def save(self) -> None:
        """Check the profile; save it and close, or show what is wrong under each field."""
        self.form.clear_problems()
        problems = self._problems()
        if problems:
            for field, text in problems.items():
                self.form.show_problem(field, text)
            fit_height(self)
            self.form.focus_first_problem()
            return
        shop = self._read()
        with self._database.write() as session:
            save_shop(session, shop)
        self.shop = shop
        self.loaded_demo = False
        self.accept()

    def _read(self) -> Shop:
        values = {name: getattr(self, name).text().strip() for name in TEXT_FIELDS}
        values["bic"] = values["bic"].upper()
        return Shop(
            **values,
            country=self.country_code_chosen(),
            currency=self.currency.text().strip().upper(),
            language=self.language.currentData(),
        )

    def _problems(self) -> dict[str, str]:
        """Sentences for the fields that cannot be saved as they are, by field name."""
        problems: dict[str, str] = {}
        country = self.country_code_chosen()
        if not self.name.text().strip():
            problems["name"] = self.tr("Enter the name of your shop: it heads every letter.")
        if not _is_country(country):
            problems["country"] = self.tr("Enter the country as its two-letter code, like FR, DE or ES.")
        if not is_currency(self.currency.text().strip().upper()):
            problems["currency"] = self.tr("Enter the currency as its three-letter code, like EUR or CHF.")
        checks = {
            "tax_id": tax_id_problem(country, self.tax_id.text()),
            "phone": phone_problem(self.phone.text()),
            "email": email_problem(self.email.text()),
            "iban": iban_problem(self.iban.text()),
        }
        for field, problem in checks.items():
            if problem is not None:
                problems[field] = problem_text(problem, country_name(country, _interface_locale()))
        if bic_problem(self.bic.text()) is not None:
            problems["bic"] = self.tr("This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM.")
        return problems


def _is_country(code: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2}", code)) and code in Locale("en").territories and code not in NOT_COUNTRIES
