"""The settings of Workshop Desk: this desk (language, who is at it) and the shop's profile.

Where each value is kept:

* **Desk** — this computer's settings (QSettings, :func:`workshop_desk.ui.state.settings`): the
  interface language (:data:`workshop_desk.i18n.qt.LANGUAGE_KEY`, read when the program starts),
  the user's name (:data:`workshop_desk.ui.messages.USER_KEY`), which the contact log and the
  audit trail record (:func:`workshop_desk.db.audit.set_user`; empty: the computer's login name),
  and the **database** this desk opens at its next start when no ``--db`` is given
  (:func:`workshop_desk.ui.state.database_setting`): an SQLite file, or the shop's PostgreSQL
  server as ``postgresql://user:password@server/database`` (issue #12). A server's password is
  kept in the settings file (readable by the user only) but never shown: the field shows ``***``
  in its place, and an address still holding ``***`` keeps the stored password. The text is
  checked next to the field (a whole path whose folder exists, or a valid server address); the
  server itself is reached only at the next start, which says clearly what is wrong.
* **Shop**, **Bank details**, **Letters** — the shop profile in the database
  (:class:`~workshop_desk.services.shop.Shop`), saved by
  :func:`~workshop_desk.services.shop.update_shop` in one write transaction; a change of country
  may reset the collection defaults in that same transaction.

OK checks everything first (the profile with the first-start dialog's checks,
:func:`~workshop_desk.services.shop.edit_problems`) and shows each problem next to its field, in
the tab it is on, keeping everything typed; nothing is written until nothing is wrong.

The currency cannot change once amounts are recorded: amounts are stored as minor units of the
shop's currency, so 100,00 € would silently become 100,00 Ft. A country with another currency is
then refused next to the currency, with the reason; a shop that really changes currency starts a
new database. Before any amount exists (a profile set up wrongly) the currency may change.

A new **country** shows at once what follows from it (currency, how amounts and dates are written,
the kind of tax id, the default late interest and the claim's days). If the shop had changed
interest rules, fees or deadlines that a shop in the new country reads, OK asks whether to reset
them to that country's defaults; they are never overwritten without that question (No keeps
them, Cancel goes back to the dialog). Without such changes the new country's defaults apply
by themselves.

What applies when: the profile at once for everything opened afterwards (letters, dialogs, the
window title) and the user's name at once; the interface language, the database, and the new way
the lists write amounts and dates after a change of locale, at the next start. The dialog says so.
"""

from __future__ import annotations

import html
import logging
from datetime import date
from pathlib import Path

from babel.numbers import is_currency
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import URL

from workshop_desk.db import audit
from workshop_desk.db.session import Database, DatabaseError, database_target, display_name
from workshop_desk.domain.countries import COUNTRY_DEFAULTS, SUPPORTED_LANGUAGES, WHOLE_UNIT_CURRENCIES
from workshop_desk.i18n.formatting import format_day, format_money, format_rate, locale_for
from workshop_desk.i18n.parsing import input_pattern
from workshop_desk.i18n.qt import LANGUAGE_KEY, SUPPORTED, interface_language
from workshop_desk.paths import default_database
from workshop_desk.services.collection_settings import (
    DEFAULT_REGIMES,
    country_overrides,
    default_deadline_days,
    regime_key,
)
from workshop_desk.services.shop import (
    MAX_LENGTHS,
    Shop,
    ShopError,
    ShopFieldProblem,
    ShopProblem,
    edit_problems,
    has_amounts,
    load_shop,
    update_shop,
)
from workshop_desk.ui import state
from workshop_desk.ui.dialogs.forms import LANGUAGE_NAMES, country_name, fit_height, set_tab_order
from workshop_desk.ui.dialogs.shop_fields import CountryField, interface_locale, shop_problem_texts
from workshop_desk.ui.messages import USER_KEY
from workshop_desk.ui.widgets.form import ValidatedForm

HINT_STYLE = "color: palette(placeholder-text);"
USER_NAME_LENGTH = 100
"""The audit trail keeps 100 characters of a name."""
SAMPLE_DAY = date(2026, 3, 15)
SAMPLE_CENTS = 123_456
HIDDEN_PASSWORD = "***"
"""What the database field shows instead of a server's password (SQLAlchemy's own mask)."""
log = logging.getLogger(__name__)


def shown_database(stored: str) -> str:
    """The database setting as the field shows it: a server's password as ``***``."""
    return display_name(stored) if "://" in stored else stored


def database_to_store(text: str, stored: str) -> str:
    """What to remember for the field's ``text``: a ``***`` password stands for the stored one."""
    text = text.strip()
    if "://" not in text or "://" not in stored:
        return text
    try:
        typed, kept = database_target(text), database_target(stored)
    except DatabaseError:
        return text
    if isinstance(typed, URL) and isinstance(kept, URL) and typed.password == HIDDEN_PASSWORD and kept.password:
        return typed.set(password=kept.password).render_as_string(hide_password=False)
    return text


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # the form's whole width
    return label


class SettingsDialog(QDialog):
    """Edit this desk's settings and the shop's profile (see the module docstring).

    Attributes:
        saved_shop: after ``accept()``, the profile as saved.
        restart_reasons: after ``accept()``, what shows only after a restart (sentences; empty: nothing).
    """

    TAB_DESK, TAB_SHOP, TAB_BANK, TAB_LETTERS = range(4)

    def __init__(self, database: Database, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today or date.today()
        self._settings: QSettings = state.settings()
        with database.read() as session:
            self.loaded: Shop = load_shop(session)
            self._has_amounts = has_amounts(session)
        self._language_at_start = interface_language(self._settings)
        self.saved_shop: Shop | None = None
        self.restart_reasons: list[str] = []
        self._form_of: dict[str, ValidatedForm] = {}
        self.setWindowTitle(self.tr("Settings"))

        self.tabs = QTabWidget()
        self.tabs.addTab(self._make_desk_page(), self.tr("&Desk"))
        self.tabs.addTab(self._make_shop_page(), self.tr("S&hop"))
        self.tabs.addTab(self._make_bank_page(), self.tr("Ban&k details"))
        self.tabs.addTab(self._make_letters_page(), self.tr("Letter&s"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self._fill(self.loaded)
        self.country_field.changed.connect(self._country_changed)
        self.country_field.country_chosen.connect(self._suggest_language)
        self.letter_language.currentIndexChanged.connect(self._show_what_follows)
        self._country_changed()
        self._set_tab_order()
        self.setMinimumWidth(640)
        self.interface_language.setFocus()

    # ---------------------------------------------------------------- building
    def _form(self, page: QWidget, intro: str = "") -> ValidatedForm:
        column = QVBoxLayout(page)
        if intro:
            column.addWidget(_hint(intro))
        form = ValidatedForm()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        column.addLayout(form)
        column.addStretch(1)
        return form

    def _field(self, form: ValidatedForm, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        """Add ``widget`` as field ``name`` (with a grey ``hint`` under it); returns the widget."""
        self._form_of[name] = form
        shown = widget
        if hint:  # in the field's own column: a wrapped label on a row of its own gets too tall
            shown = QWidget()
            column = QVBoxLayout(shown)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(
                widget, 0, Qt.AlignmentFlag.AlignLeft if isinstance(widget, QComboBox) else Qt.AlignmentFlag(0)
            )
            column.addWidget(_hint(hint))
            shown.setFocusProxy(widget)
        form.add_field(name, label, shown)
        if isinstance(widget, QLineEdit) and name in MAX_LENGTHS:
            widget.setMaxLength(MAX_LENGTHS[name])
        return widget

    def _make_desk_page(self) -> QWidget:
        page = QWidget()
        self.desk_form = form = self._form(
            page, self.tr("These settings belong to this computer; the shop's data is the same at every desk.")
        )
        self.interface_language = QComboBox()
        for language in SUPPORTED:
            self.interface_language.addItem(LANGUAGE_NAMES.get(language, language), language)
        self._field(
            form,
            "interface_language",
            self.tr("Interface &language:"),
            self.interface_language,
            self.tr("The menus and windows change to it when Workshop Desk starts again."),
        )
        self.user_name = QLineEdit()
        self.user_name.setMaxLength(USER_NAME_LENGTH)
        login = audit.login_name()
        if login:
            self.user_name.setPlaceholderText(self.tr("empty: the login name, {login}").format(login=login))
        self._field(
            form,
            "user_name",
            self.tr("&Your name:"),
            self.user_name,
            self.tr(
                "Recorded with every contact you log and every change to money or credit terms "
                "(the audit trail), so that the shop knows who did what."
            ),
        )
        self.database_field = QLineEdit()
        self.database_field.setPlaceholderText(self.tr("empty: {file}").format(file=str(default_database())))
        self._field(
            form,
            "database",
            self.tr("Data&base:"),
            self.database_field,
            self.tr(
                "Where the shop's data is: a database file on this computer (never one in a shared folder), "
                "or the shop's PostgreSQL server as postgresql://user:password@server/database when several desks work "
                "together. Workshop Desk opens it when it starts again. The password is kept in this "
                "computer's settings and shown as ***."
            ),
        )
        self.database_field.editingFinished.connect(self._check_database)
        return page

    def _make_shop_page(self) -> QWidget:
        page = QWidget()
        self.shop_form = form = self._form(page)
        self.name = self._field(form, "name", self.tr("Shop &name:"), QLineEdit())
        self.address = self._field(form, "address", self.tr("&Address:"), QLineEdit())
        self.postal_code = self._field(form, "postal_code", self.tr("P&ostal code:"), QLineEdit())
        self.postal_code.setMaximumWidth(160)
        self.city = self._field(form, "city", self.tr("C&ity:"), QLineEdit())
        self.country_field = CountryField(self.loaded.country, self.loaded.currency)
        self._field(form, "country", self.tr("Co&untry:"), self.country_field)
        self.currency = self._field(form, "currency", self.tr("Cu&rrency:"), self.country_field.currency)
        self.follows = QLabel()
        self.follows.setObjectName("follows")
        self.follows.setWordWrap(False)  # short lines: a wrapped rich label gets too tall in a form
        self.follows.setTextFormat(Qt.TextFormat.RichText)
        self.follows.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.follows.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow("", self.follows)
        self.tax_id = self._field(form, "tax_id", self.tr("&Tax id:"), QLineEdit())
        self.phone = self._field(form, "phone", self.tr("&Phone:"), QLineEdit())
        self.email = self._field(form, "email", self.tr("&E-mail:"), QLineEdit())
        return page

    def _make_bank_page(self) -> QWidget:
        page = QWidget()
        self.bank_form = form = self._form(
            page,
            self.tr(
                "Printed on letters, with a payment QR code where the currency has one: EPC for euros, "
                "MNB for forints, GOST for roubles, Pix for reais."
            ),
        )
        self.bank_name = self._field(form, "bank_name", self.tr("Bank na&me:"), QLineEdit())
        self.iban = self._field(form, "iban", self.tr("I&BAN:"), QLineEdit())
        self.bic = self._field(form, "bic", self.tr("BI&C:"), QLineEdit())
        self.bic.setMaximumWidth(160)
        self.account_number = self._field(form, "account_number", self.tr("Account &number:"), QLineEdit())
        self.account_number.setToolTip(self.tr("Расчётный счёт: 20 digits (Russian shops)"))
        self.correspondent_account = self._field(
            form, "correspondent_account", self.tr("C&orrespondent account:"), QLineEdit()
        )
        self.correspondent_account.setToolTip(self.tr("Корреспондентский счёт: 20 digits (Russian shops)"))
        self.pix_key = self._field(form, "pix_key", self.tr("Pi&x key:"), QLineEdit())
        self.pix_key.setToolTip(self.tr("The shop's Pix key: CPF, CNPJ, e-mail, +55 phone or random key (Brazil)"))
        return page

    def _make_letters_page(self) -> QWidget:
        page = QWidget()
        self.letters_form = form = self._form(page)
        self.letter_language = QComboBox()
        for language in SUPPORTED_LANGUAGES:
            self.letter_language.addItem(LANGUAGE_NAMES[language], language)
        self._field(
            form,
            "language",
            self.tr("Default letter &language:"),
            self.letter_language,
            self.tr(
                "Customers without a language of their own get their letters in this one. With the "
                "country it also sets how amounts and dates are written."
            ),
        )
        self.signatory = self._field(form, "signatory", self.tr("Si&gnatory:"), QLineEdit())
        self.signatory.setPlaceholderText(self.tr("who signs the letters, e.g. Anna Rossi"))
        self.signatory_role = self._field(form, "signatory_role", self.tr("&Role:"), QLineEdit())
        self.signatory_role.setPlaceholderText(self.tr("e.g. Owner"))
        self.legal_note = self._field(form, "legal_note", self.tr("Legal &note:"), QLineEdit())
        self.legal_note.setPlaceholderText(self.tr("a line at the foot of each letter, e.g. the company register"))
        return page

    def _set_tab_order(self) -> None:
        set_tab_order([self.interface_language, self.user_name, self.database_field])
        set_tab_order(
            [
                self.name, self.address, self.postal_code, self.city, self.country_field.combo,
                self.country_field.code_edit, self.currency, self.tax_id, self.phone, self.email,
            ]
        )  # fmt: skip
        set_tab_order(
            [self.bank_name, self.iban, self.bic, self.account_number, self.correspondent_account, self.pix_key]
        )
        set_tab_order([self.letter_language, self.signatory, self.signatory_role, self.legal_note])

    # ---------------------------------------------------------------- values
    _TEXT_FIELDS = (
        "name", "address", "postal_code", "city", "tax_id", "phone", "email", "bank_name", "iban", "bic",
        "account_number", "correspondent_account", "pix_key", "signatory", "signatory_role", "legal_note",
    )  # fmt: skip

    def _fill(self, shop: Shop) -> None:
        index = self.interface_language.findData(self._language_at_start)
        self.interface_language.setCurrentIndex(max(index, 0))
        name = self._settings.value(USER_KEY, "")
        self.user_name.setText(name if isinstance(name, str) else "")
        self._database_at_start = state.database_setting(self._settings)
        self.database_field.setText(shown_database(self._database_at_start))
        self.database_field.setCursorPosition(0)
        for field in self._TEXT_FIELDS:
            getattr(self, field).setText(getattr(shop, field))
            getattr(self, field).setCursorPosition(0)  # a long text shows its beginning
        self.letter_language.setCurrentIndex(max(self.letter_language.findData(shop.language), 0))

    def edited_shop(self) -> Shop:
        """The profile as the dialog shows it (not checked)."""
        values = {field: getattr(self, field).text().strip() for field in self._TEXT_FIELDS}
        values["bic"] = values["bic"].upper().replace(" ", "")
        return Shop(
            **values,
            country=self.country_field.code(),
            currency=self.currency.text().strip().upper(),
            language=self.letter_language.currentData(),
        )

    # ---------------------------------------------------------------- country
    def _suggest_language(self, code: str) -> None:
        """A newly chosen country suggests its language for the letters (the user may choose another)."""
        if code != self.loaded.country and code in COUNTRY_DEFAULTS:
            self.letter_language.setCurrentIndex(self.letter_language.findData(COUNTRY_DEFAULTS[code].language))

    def _country_changed(self) -> None:
        code = self.country_field.code()
        self.bank_form.setRowVisible(
            self.account_number.parentWidget(), code == "RU" or bool(self.loaded.account_number)
        )
        self.bank_form.setRowVisible(
            self.correspondent_account.parentWidget(), code == "RU" or bool(self.loaded.correspondent_account)
        )
        self.bank_form.setRowVisible(self.pix_key.parentWidget(), code == "BR" or bool(self.loaded.pix_key))
        self.bic.setToolTip(
            self.tr("The bank's BIC, or its БИК (9 digits) for the Russian payment code")
            if code == "RU"
            else self.tr("The bank's BIC (SWIFT code), 8 or 11 letters and digits")
        )
        tax_id_kind = self._tax_id_kind(code)
        self.tax_id.setPlaceholderText(tax_id_kind)
        self.tax_id.setToolTip(tax_id_kind)
        self._show_what_follows()

    def _tax_id_kind(self, code: str) -> str:
        kinds = {
            "GB": self.tr("VAT registration number"),
            "IT": self.tr("codice fiscale or partita IVA"),
            "RU": self.tr("ИНН, 10 or 12 digits"),
            "BR": self.tr("CPF or CNPJ"),
            "HU": self.tr("adószám, like 12345678-2-42"),
        }
        return kinds.get(code, self.tr("any tax id (not checked for this country)"))

    def _show_what_follows(self) -> None:
        """Under the country: the currency, how amounts and dates look, the tax id, the default rules;
        under the currency, at once, that it cannot change any more."""
        code = self.country_field.code()
        currency = self.currency.text().strip().upper()
        if currency != self.loaded.currency and self._has_amounts:
            texts = shop_problem_texts({"currency": ShopProblem.CURRENCY_IN_USE}, code, self.loaded.currency)
            self.shop_form.show_problem("currency", texts["currency"])
        else:
            self.shop_form.clear_problem("currency")
        language = self.letter_language.currentData() or "en"
        if len(code) != 2 or not is_currency(currency):
            self.follows.setText("")
            return
        locale = locale_for(language, code)
        lines = [
            self.tr("Amounts like {amount}, dates like {day}").format(
                amount=format_money(SAMPLE_CENTS - (56 if currency in WHOLE_UNIT_CURRENCIES else 0), currency, locale),
                day=format_day(SAMPLE_DAY, locale, input_pattern(locale)),
            ),
            self.tr("Tax id: {kind}").format(kind=self._tax_id_kind(code)),
        ]
        business, consumer = (DEFAULT_REGIMES[regime_key(code, kind)] for kind in ("company", "person"))
        rates = {
            "business": format_rate(business.interest.rate_on(self._today), locale),
            "consumer": format_rate(consumer.interest.rate_on(self._today), locale),
            "days": default_deadline_days(code, "claim"),
        }
        if not business.key.startswith(f"{code}."):
            lines.append(self.tr("No late-interest rules of this country are known: the English ones apply"))
        lines.append(
            self.tr("Default late interest: {business} a year from businesses, {consumer} from consumers").format(
                **rates
            )
        )
        lines.append(
            self.tr("A claim letter gives {days} days to pay (Settings › Collection changes it)").format(**rates)
        )
        self.follows.setText("<br>".join(html.escape(line) for line in lines))

    # ---------------------------------------------------------------- saving
    def accept(self) -> None:
        """Check everything; save the profile in one transaction and the desk's settings, or show what is wrong."""
        for form in (self.desk_form, self.shop_form, self.bank_form, self.letters_form):
            form.clear_problems()
        shop = self.edited_shop()
        if not self._check_database():
            self.tabs.setCurrentIndex(self.TAB_DESK)
            self.desk_form.focus_first_problem()
            return
        country_changed = shop.country != self.loaded.country
        with self._database.read() as session:
            problems = edit_problems(session, shop)
            ask_reset = country_changed and not problems and country_overrides(session, shop.country)
        if problems:
            self._show_problems(problems, shop)
            return
        reset = False
        if ask_reset:
            answer = self._ask_reset(shop.country)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            reset = answer == QMessageBox.StandardButton.Yes
        try:
            with self._database.write() as session:
                update_shop(session, shop, reset_collection_defaults=reset)
        except ShopError as error:  # another desk recorded the first amount meanwhile
            self._show_problems(error.problems, shop)
            return
        self._save_desk()
        self.saved_shop = shop
        self.restart_reasons = self._restart_reasons(shop)
        if self.restart_reasons:
            QMessageBox.information(self, self.tr("Settings saved"), "\n\n".join(self.restart_reasons))
        super().accept()

    # ---------------------------------------------------------------- database
    def database_problem(self, text: str) -> str:
        """What is wrong with ``text`` as this desk's database, in the user's language (empty: nothing)."""
        text = text.strip()
        if not text:
            return ""
        try:
            where = database_target(text)
        except DatabaseError:
            return self.tr(
                "Not a database address Workshop Desk can use: write postgresql://user:password@server/database"
            )
        if isinstance(where, URL):
            return ""
        path = where.expanduser()
        if not path.is_absolute():
            return self.tr("Write the whole path of the file, e.g. {example}").format(example=str(default_database()))
        if path.is_dir():
            return self.tr("{path} is a folder: add the name of the database file").format(path=str(path))
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist").format(folder=str(path.parent))
        return ""

    def _check_database(self) -> bool:
        """Show what is wrong with the database field next to it; True when nothing is."""
        problem = self.database_problem(self.database_field.text())
        if problem:
            self.desk_form.show_problem("database", problem)
        else:
            self.desk_form.clear_problem("database")
        return not problem

    def _show_problems(self, problems: dict[str, ShopFieldProblem], shop: Shop) -> None:
        texts = shop_problem_texts(problems, shop.country, self.loaded.currency)
        pages = {self.desk_form: self.TAB_DESK, self.shop_form: self.TAB_SHOP}
        pages |= {self.bank_form: self.TAB_BANK, self.letters_form: self.TAB_LETTERS}
        first_tab: int | None = None
        for field, text in texts.items():
            form = self._form_of[field]
            form.show_problem(field, text)
            tab = pages[form]
            first_tab = tab if first_tab is None else min(first_tab, tab)
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)
            list(pages)[first_tab].focus_first_problem()
        fit_height(self)

    def _ask_reset(self, country: str) -> QMessageBox.StandardButton:
        name = country_name(country, interface_locale())
        return QMessageBox.question(
            self,
            self.tr("Collection rules for {country}").format(country=name),
            self.tr(
                "You have changed interest rules, fees or letter deadlines that a shop in {country} uses.\n\n"
                "Reset them to the defaults of {country}? Yes: the defaults apply. No: your changes stay.\n\n"
                "The ladder's steps and the contact limits stay as they are either way."
            ).format(country=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No,
        )

    def _save_desk(self) -> None:
        language = self.interface_language.currentData()
        if language != self._language_at_start:
            self._settings.setValue(LANGUAGE_KEY, language)
        name = self.user_name.text().strip()
        if name:
            self._settings.setValue(USER_KEY, name)
        else:
            self._settings.remove(USER_KEY)
        self._settings.sync()
        audit.set_user(name)  # the changes saved from now on carry the new name
        database = self._database_to_store()
        if database != self._database_at_start:
            state.save_database_setting(database, self._settings)
            log.info("Database for the next start: %s", display_name(database) if database else "the default file")

    def _database_to_store(self) -> str:
        text = self.database_field.text().strip()
        if text == shown_database(self._database_at_start):
            return self._database_at_start
        stored = database_to_store(text, self._database_at_start)
        return str(Path(stored).expanduser()) if stored and "://" not in stored else stored

    def _restart_reasons(self, shop: Shop) -> list[str]:
        reasons = []
        if self.interface_language.currentData() != self._language_at_start:
            reasons.append(self.tr("Restart Workshop Desk to see the new language."))
        if self._database_to_store() != self._database_at_start:
            reasons.append(self.tr("Workshop Desk opens the new database when it starts again."))
        if shop.locale != self.loaded.locale or shop.currency != self.loaded.currency:
            reasons.append(
                self.tr(
                    "Letters and windows opened from now on write amounts and dates the new way; the lists "
                    "of the main window do after Workshop Desk is restarted."
                )
            )
        return reasons
