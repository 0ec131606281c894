"""The first window on an empty database: the shop's profile, or an invented shop to look around.

The profile is what every letter is headed with (name, address, tax id, bank details) and what
amounts and letters follow (currency and language, which come from the country). The
alternative, "Load demo data", fills the database with a generated shop in the language of the
chosen country; the caller tells the two outcomes apart by :attr:`FirstStartDialog.loaded_demo`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

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
from workshop_desk.services.demo import DemoOptions, NotEmptyError, load_demo
from workshop_desk.services.shop import MAX_LENGTHS, Shop, save_shop, shop_problems
from workshop_desk.ui.dialogs.forms import COUNTRY_NAMES, LANGUAGE_NAMES, fit_height, set_tab_order
from workshop_desk.ui.dialogs.shop_fields import CountryField, shop_problem_texts
from workshop_desk.ui.widgets.form import ValidatedForm

TEXT_FIELDS = ("name", "address", "postal_code", "city", "tax_id", "phone", "email", "bank_name", "iban", "bic")


@contextmanager
def _wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


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
        self.country_field = CountryField(self._guess_country())
        self.country_field.country_chosen.connect(self._apply_defaults)
        self.country, self.country_code = self.country_field.combo, self.country_field.code_edit
        form.add_field("country", self.tr("Co&untry:"), self.country_field)
        self.currency = form.add_field("currency", self.tr("Cu&rrency:"), self.country_field.currency)
        self.language = form.add_field("language", self.tr("&Language:"), QComboBox())
        for language in SUPPORTED_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[language], language)
        self._apply_defaults(self.country_field.code())
        self.tax_id = form.add_field("tax_id", self.tr("&Tax id:"), QLineEdit())
        self.phone = form.add_field("phone", self.tr("&Phone:"), QLineEdit())
        self.email = form.add_field("email", self.tr("&E-mail:"), QLineEdit())
        self.bank_name = form.add_field("bank_name", self.tr("Ban&k:"), QLineEdit())
        self.iban = form.add_field("iban", self.tr("I&BAN:"), QLineEdit())
        self.bic = form.add_field("bic", self.tr("BI&C:"), QLineEdit())
        self.bic.setMaximumWidth(160)
        for name in TEXT_FIELDS:
            getattr(self, name).setMaxLength(MAX_LENGTHS[name])

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
    def _apply_defaults(self, code: str) -> None:
        """A country the program knows suggests the language (the currency follows by itself)."""
        if code in COUNTRY_DEFAULTS:
            self.language.setCurrentIndex(self.language.findData(COUNTRY_DEFAULTS[code].language))

    def country_code_chosen(self) -> str:
        """The shop's country: the one chosen in the list, or the code typed for another."""
        return self.country_field.code()

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
        shop = self._read()
        return shop_problem_texts(shop_problems(shop), shop.country)
