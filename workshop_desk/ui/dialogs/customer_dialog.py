"""The customer window: create a customer or change one, with a message under each refused field.

Saving runs :func:`check_customer` first; any problem keeps the window open with everything typed
in place and the cursor on the first bad field. A code or tax id another customer already has is
refused by the service, and the window offers to open that customer instead; a customer another
desk changed meanwhile is refused too (the user reopens it to see the changes).
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.models import CustomerKind
from workshop_desk.db.session import Database
from workshop_desk.domain.countries import COUNTRY_DEFAULTS, SUPPORTED_LANGUAGES
from workshop_desk.domain.dunning import Action
from workshop_desk.services.collections import customer_rules
from workshop_desk.services.customers import (
    CustomerData,
    DuplicateCustomerError,
    FieldProblem,
    Problem,
    StaleRecordError,
    check_customer,
    get_customer,
    next_customer_code,
    save_customer,
)
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.forms import LANGUAGE_NAMES, country_name, fit_height, problem_text, set_tab_order
from workshop_desk.ui.widgets.form import ValidatedForm
from workshop_desk.ui.widgets.money_edit import MoneyEdit, MoneyInputError

HINT_STYLE = "color: #5f6368;"
"""Secondary text (hints, the country's name): readable grey, not the red of a problem."""


class CustomerDialog(QDialog):
    """Create (``customer_id`` None) or edit one customer.

    Attributes:
        saved_customer_id: the id of the customer saved, once the dialog was accepted.

    Signals:
        open_existing_requested(int): the user chose to open the customer who already has the
            code or tax id typed here (this dialog is rejected right after).
    """

    open_existing_requested = Signal(int)

    def __init__(
        self, database: Database, shop: Shop, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._shop = shop
        self._customer_id = customer_id
        self._version: int | None = None
        self._suggested_code = ""
        self.saved_customer_id: int | None = None
        self.setMinimumWidth(520)

        self.form = ValidatedForm()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._add_fields()
        self.buttons = self._make_buttons()
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.buttons)
        self._set_tab_order()
        self._load()

    # ----------------------------------------------------------------- building
    def _add_fields(self) -> None:
        form = self.form
        self.code = form.add_field("code", self.tr("&Code:"), QLineEdit())
        self.name = form.add_field("name", self.tr("&Name:"), QLineEdit())
        self.kind = form.add_field("kind", self.tr("&Kind:"), QComboBox())
        self.kind.addItem(self.tr("Person"), CustomerKind.PERSON)
        self.kind.addItem(self.tr("Company"), CustomerKind.COMPANY)
        self.tax_id = form.add_field("tax_id", self.tr("Ta&x id:"), QLineEdit())
        self.email = form.add_field("email", self.tr("&E-mail:"), QLineEdit())
        self.phone = form.add_field("phone", self.tr("&Phone:"), QLineEdit())
        self.address = form.add_field("address", self.tr("&Address:"), QLineEdit())
        self.postal_code = form.add_field("postal_code", self.tr("Postal co&de:"), QLineEdit())
        self.postal_code.setMaximumWidth(160)
        self.city = form.add_field("city", self.tr("C&ity:"), QLineEdit())
        self.country = self._make_country_combo()
        form.add_field("country", self.tr("Co&untry:"), self._beside(self.country, self.country_label))
        self.language = self._make_language_combo()
        form.add_field("language", self.tr("&Letters in:"), self.language)
        self.iban = form.add_field("iban", self.tr("I&BAN:"), QLineEdit())
        self.debt_limit = MoneyEdit(self._shop.locale, self._shop.currency, optional=True)
        self.debt_limit.setPlaceholderText(self.tr("no limit"))
        self.debt_limit.setMaximumWidth(160)
        hint = QLabel(self.tr("Empty: no limit. 0: no credit at all."))
        hint.setStyleSheet(HINT_STYLE)
        form.add_field("debt_limit", self.tr("Debt li&mit:"), self._beside(self.debt_limit, hint))
        self.blocked = form.add_field("blocked", "", QCheckBox(self.tr("Bl&ocked: no new credit")))
        self.no_calls = QCheckBox(self.tr("No phone calls"))
        self.no_messages = QCheckBox(self.tr("No SMS or e-mail"))
        self.start_offset = QSpinBox()
        self.start_offset.setRange(-30, 90)
        self.start_offset.setSpecialValueText(self.tr("from the first step"))
        self.start_offset.setMinimum(-31)  # the special value: no exception
        self.start_offset.setValue(-31)
        self.start_offset.setSuffix(self.tr(" days after the due date"))
        reminders = QWidget()  # two lines: the exceptions, then where the ladder starts (room for long words)
        reminders_lines = QVBoxLayout(reminders)
        reminders_lines.setContentsMargins(0, 0, 0, 0)
        for widgets in ((self.no_calls, self.no_messages), (QLabel(self.tr("Start:")), self.start_offset)):
            line = QHBoxLayout()
            for widget in widgets:
                line.addWidget(widget)
            line.addStretch()
            reminders_lines.addLayout(line)
        form.add_field("ladder_rules", self.tr("Reminders:"), reminders)
        self.notes = form.add_field("notes", self.tr("No&tes:"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)

    def _make_country_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(sorted({"", *COUNTRY_DEFAULTS, self._shop.country}))
        combo.setMaximumWidth(90)
        combo.setToolTip(self.tr("Two-letter country code; empty: the shop's country"))
        self.country_label = QLabel()
        self.country_label.setStyleSheet(HINT_STYLE)
        combo.currentTextChanged.connect(self._show_country_name)
        return combo

    def _make_language_combo(self) -> QComboBox:
        combo = QComboBox()
        shop_language = LANGUAGE_NAMES.get(self._shop.language, self._shop.language)
        combo.addItem(self.tr("Same as the shop ({language})").format(language=shop_language), "")
        for language in SUPPORTED_LANGUAGES:
            combo.addItem(LANGUAGE_NAMES[language], language)
        return combo

    @staticmethod
    def _beside(field: QWidget, note: QLabel) -> QWidget:
        """A field with a note on its right; focusing the pair focuses the field."""
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field)
        row.addWidget(note, 1)
        pair.setFocusProxy(field)
        return pair

    def _make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.code, self.name, self.kind, self.tax_id, self.email, self.phone, self.address,
            self.postal_code, self.city, self.country, self.language, self.iban, self.debt_limit,
            self.blocked, self.no_calls, self.no_messages, self.start_offset, self.notes, self.save_button,
            self.cancel_button,
        ]  # fmt: skip
        set_tab_order(chain)

    # ----------------------------------------------------------------- loading
    def _load(self) -> None:
        with self._database.read() as session:
            if self._customer_id is None:
                self._suggested_code = next_customer_code(session)
                data = CustomerData(code=self._suggested_code, name="", country=self._shop.country)
            else:
                record = get_customer(session, self._customer_id)
                self._version = record.version
                data = record.data
        self._fill(data)
        if self._customer_id is None:
            self.setWindowTitle(self.tr("New customer"))
        else:
            self.setWindowTitle(self.tr("Customer {code} — {name}").format(code=data.code, name=data.name))
        self._show_country_name(self.country.currentText())
        self.name.setFocus()

    def _fill(self, data: CustomerData) -> None:
        for name in ("code", "name", "tax_id", "email", "phone", "address", "postal_code", "city", "iban"):
            getattr(self, name).setText(getattr(data, name))
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.country.setCurrentText(data.country)
        if self.language.findData(data.language) < 0:  # a language the program does not know (yet)
            self.language.addItem(data.language, data.language)
        self.language.setCurrentIndex(self.language.findData(data.language))
        self.debt_limit.set_cents(data.debt_limit)
        self.blocked.setChecked(data.blocked)
        self.notes.setPlainText(data.notes)
        rules = customer_rules(data.ladder_rules)
        self.no_calls.setChecked(Action.PHONE in rules.no_actions)
        self.no_messages.setChecked(bool(rules.no_actions & {Action.SMS, Action.EMAIL}))
        self.start_offset.setValue(rules.start_offset if rules.start_offset is not None else -31)

    def _show_country_name(self, code: str) -> None:
        code = code.strip().upper()
        if not code:
            self.country_label.setText(
                self.tr("the shop's country ({country})").format(
                    country=country_name(self._shop.country, self._shop.locale)
                )
            )
        else:
            self.country_label.setText(country_name(code, self._shop.locale) if len(code) == 2 else "")

    # ----------------------------------------------------------------- saving
    def _read(self) -> tuple[CustomerData, dict[str, str]]:
        """What the form holds, and the messages for fields that cannot even be read."""
        messages: dict[str, str] = {}
        try:
            debt_limit = self.debt_limit.cents()
        except MoneyInputError as error:
            debt_limit = None
            messages["debt_limit"] = str(error)
        data = CustomerData(
            code=self.code.text(),
            name=self.name.text(),
            kind=self.kind.currentData(),
            tax_id=self.tax_id.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            country=self.country.currentText().strip().upper(),
            language=self.language.currentData(),
            iban=self.iban.text(),
            debt_limit=debt_limit,
            blocked=self.blocked.isChecked(),
            notes=self.notes.toPlainText(),
            ladder_rules=self._ladder_rules(),
        )
        return data, messages

    def _ladder_rules(self) -> str:
        """The reminder exceptions as the JSON the collections service reads ("" when none)."""
        no_actions = [Action.PHONE.value] if self.no_calls.isChecked() else []
        if self.no_messages.isChecked():
            no_actions += [Action.SMS.value, Action.EMAIL.value]
        rules: dict[str, object] = {"no_actions": no_actions} if no_actions else {}
        if self.start_offset.value() != self.start_offset.minimum():
            rules["start_offset"] = self.start_offset.value()
        return json.dumps(rules) if rules else ""

    def _sentence(self, field: str, problem: Problem, data: CustomerData) -> str:
        if problem is FieldProblem.REQUIRED and field == "code":
            return self.tr("Enter a code: every customer needs one.")
        if problem is FieldProblem.REQUIRED and field == "name":
            return self.tr("Enter the customer's name.")
        if problem is FieldProblem.NEGATIVE:
            return self.tr("The limit cannot be negative: 0 means no credit at all.")
        return problem_text(problem, country_name(data.country or self._shop.country, self._shop.locale))

    def save(self) -> None:
        """Check the form and save it; on any refusal the dialog stays open with all it holds."""
        self.form.clear_problems()
        data, messages = self._read()
        for field, problem in check_customer(data, self._shop.country).items():
            messages.setdefault(field, self._sentence(field, problem, data))
        if messages:
            for field, text in messages.items():
                self.form.show_problem(field, text)
            fit_height(self)
            self.form.focus_first_problem()
            return
        try:
            with self._database.write() as session:
                customer_id = save_customer(
                    session, data, self._customer_id, self._version,
                    code_was_suggested=data.code == self._suggested_code,
                )  # fmt: skip
        except DuplicateCustomerError as duplicate:
            self._refuse_duplicate(duplicate)
            return
        except StaleRecordError:
            QMessageBox.warning(
                self,
                self.tr("Changed meanwhile"),
                self.tr(
                    "This customer was changed by someone else meanwhile. Close this window and "
                    "open the customer again to see the changes."
                ),
            )
            return
        self.saved_customer_id = customer_id
        self.accept()

    def _refuse_duplicate(self, duplicate: DuplicateCustomerError) -> None:
        """Say who has the code or tax id already, and offer to open that customer instead."""
        names = {"code": duplicate.existing_code, "name": duplicate.existing_name}
        if duplicate.field == "code":
            field = "code"
            message = self.tr("Customer {code} ({name}) already has this code.").format(**names)
            question = self.tr("Customer {code} ({name}) already has this code. Open that customer?")
        else:
            field = "tax_id"
            message = self.tr("Customer {code} ({name}) already has this tax id.").format(**names)
            question = self.tr("Customer {code} ({name}) already has this tax id. Open that customer?")
        self.form.show_problem(field, message)
        fit_height(self)
        self.form.focus_first_problem()
        answer = QMessageBox.question(
            self,
            self.tr("Already in use"),
            question.format(**names),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            self.open_existing_requested.emit(duplicate.existing_id)
            self.reject()
