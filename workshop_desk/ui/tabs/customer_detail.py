"""The right-hand pane of the customers tab: who the customer is, what they may owe, what they owe.

Contact data, the debt limit with a usage bar, credit and the blocked flag, the marks with their
reasons, and the statement of account: every invoice and payment with a running balance, and
every installment with its state; the letters sent, which open again exactly as they were sent; and
the contact log (calls, letters, promises, disputes), which is evidence: entries are never changed,
only corrected by new ones. The header says when the ladder leaves the account alone: a promise
until its date, an open dispute (with a button to resolve it), a hand-over.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.domain.countries import SUPPORTED_LANGUAGES
from workshop_desk.domain.dunning import Pause
from workshop_desk.domain.overdue import AccountStatus, DueState, InstallmentStatus, PaymentState
from workshop_desk.domain.scoring import Score
from workshop_desk.services.collections import AccountPause, ContactEntry, Outcome, contacts_of, pause_state
from workshop_desk.services.customers import CustomerRecord, get_customer
from workshop_desk.services.letters import LetterSummary, interest_and_charges, letters_of, stored_letter
from workshop_desk.services.scoring import scores
from workshop_desk.services.statement import Statement, StatementLine, statement
from workshop_desk.ui.dialogs.adjustment_texts import write_off_reasons
from workshop_desk.ui.dialogs.letter_names import kind_names, pdf_file_name
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.highlights import Mark, explain, marks
from workshop_desk.ui.models.contacts_model import ContactsModel
from workshop_desk.ui.models.rows_model import DisplayRow, RowsModel
from workshop_desk.ui.score_texts import GOOD_PAYER_MARK, good_payer_tip, score_line
from workshop_desk.ui.widgets.tables import configure_list, fit_columns

LANGUAGE_NAMES = dict(
    zip(SUPPORTED_LANGUAGES, ["English", "Italiano", "Русский", "Português (Brasil)", "Magyar"], strict=True)
)


class CustomerDetail(QWidget):
    """Shows one customer. Signals: ``edit_requested``, ``invoice_requested``, ``payment_requested``,
    ``letter_requested`` (each with the customer id); ``contact_logged(int)`` after an entry was
    added to the contact log here (the window refreshes every tab)."""

    edit_requested = Signal(int)
    invoice_requested = Signal(int)
    payment_requested = Signal(int)
    letter_requested = Signal(int)
    contact_logged = Signal(int)
    write_off_requested = Signal(int)
    reschedule_requested = Signal(int)

    def __init__(self, database: Database, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._formats = formats
        self._customer_id: int | None = None
        self._interest = self._charges = 0
        self._customer_code = ""
        self._customer_name = ""
        self._letters: list[LetterSummary] = []
        self._as_of: date | None = None
        self._pause = AccountPause(None)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.marks_label = QLabel()
        self.marks_label.setWordWrap(True)
        self.marks_label.setTextFormat(Qt.TextFormat.RichText)
        self.score_label = QLabel()
        self.score_label.setObjectName("score_label")
        self.score_label.setWordWrap(True)
        self.score_label.setStyleSheet("padding: 0 4px;")  # lines up with the marks above

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.invoice_button = QPushButton(self.tr("New &invoice…"))
        self.payment_button = QPushButton(self.tr("Record &payment…"))
        for button in (self.edit_button, self.invoice_button, self.payment_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.invoice_button.clicked.connect(lambda: self._emit(self.invoice_requested))
        self.payment_button.clicked.connect(lambda: self._emit(self.payment_requested))
        self._add_adjustment_buttons(buttons)

        self.contact = QFormLayout()
        self.contact.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._contact_labels: dict[str, QLabel] = {}
        for key, caption in [
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("address", self.tr("Address")),
            ("tax_id", self.tr("Tax id")),
            ("iban", self.tr("IBAN")),
            ("language", self.tr("Letters in")),
            ("notes", self.tr("Notes")),
        ]:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._contact_labels[key] = label
            self.contact.addRow(caption + ":", label)
        contact_box = QGroupBox(self.tr("Contact"))
        contact_box.setLayout(self.contact)

        self.limit_bar = QProgressBar()
        self.limit_bar.setTextVisible(True)
        self.figures = QGridLayout()
        self._figure_labels: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(
            [
                ("open", self.tr("Open balance")),
                ("overdue", self.tr("Overdue")),
                ("late", self.tr("Days late (oldest)")),
                ("missed", self.tr("Missed installments")),
                ("credit", self.tr("Credit")),
                ("interest", self.tr("Late interest to date")),
                ("charges", self.tr("Collection charges")),
                ("limit", self.tr("Debt limit")),
            ]
        ):
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._figure_labels[key] = value
            self.figures.addWidget(QLabel(caption + ":"), row, 0)
            self.figures.addWidget(value, row, 1)
        self.figures.addWidget(self.limit_bar, 8, 0, 1, 2)
        money_box = QGroupBox(self.tr("Account"))
        money_box.setLayout(self.figures)

        top = QHBoxLayout()
        top.addWidget(contact_box, 3)
        top.addWidget(money_box, 2)

        self.statement_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Entry"),
                self.tr("Reference"),
                self.tr("Details"),
                self.tr("Charged"),
                self.tr("Paid"),
                self.tr("Balance"),
            ]
        )
        self.installments_model = RowsModel(
            [
                self.tr("Invoice"),
                self.tr("Installment"),
                self.tr("Due"),
                self.tr("Amount"),
                self.tr("Paid"),
                self.tr("Unpaid"),
                self.tr("State"),
            ]
        )
        self.statement_view = _table(self.statement_model, stretch_column=3)
        self.installments_view = _table(self.installments_model, stretch_column=6)
        self.history = QTabWidget()
        self.history.addTab(self.statement_view, self.tr("Statement of account"))
        self.history.addTab(self.installments_view, self.tr("Installments"))
        self.history.addTab(self._letters_page(), self.tr("Letters"))
        self.history.addTab(self._contacts_page(), self.tr("Contacts"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.marks_label)
        layout.addWidget(self.score_label)
        layout.addWidget(self._pause_row())
        layout.addLayout(buttons)
        layout.addLayout(top)
        layout.addWidget(self.history, 1)
        self.show_customer(None, None)

    def _add_adjustment_buttons(self, buttons: QHBoxLayout) -> None:
        """Write off… and Reschedule…, at the right end of the row (they change the debt itself)."""
        self.write_off_button = QPushButton(self.tr("Wri&te off…"))
        self.write_off_button.setToolTip(self.tr("Give up part or all of the open balance, with a reason"))
        self.reschedule_button = QPushButton(self.tr("Re&schedule…"))
        self.reschedule_button.setToolTip(self.tr("Turn the overdue balance into a new installment plan"))
        buttons.addWidget(self.write_off_button)
        buttons.addWidget(self.reschedule_button)
        self.write_off_button.clicked.connect(lambda: self._emit(self.write_off_requested))
        self.reschedule_button.clicked.connect(lambda: self._emit(self.reschedule_requested))

    def _show_score(self, score: Score | None, status: AccountStatus | None) -> None:
        """The payment score with its explanation, and the adjustment buttons (only with a debt)."""
        owes = status is not None and status.open_balance > 0
        self.write_off_button.setEnabled(owes)
        self.reschedule_button.setEnabled(owes)
        if score is None:
            self.score_label.clear()
            self.score_label.setToolTip("")
            return
        text = score_line(score, self._formats.locale)
        if score.good_payer:
            text = f"{GOOD_PAYER_MARK} {text}"
        elif score.low:
            text = f"⚠ {text}"
        self.score_label.setText(text)
        self.score_label.setToolTip(good_payer_tip() if score.good_payer else "")

    def _letters_page(self) -> QWidget:
        """The letters sent to the customer, newest first, with buttons to open one or write one."""
        self.letters_model = RowsModel(
            [self.tr("Date"), self.tr("Letter"), self.tr("Language"), self.tr("Amount claimed")]
        )
        self.letters_view = _table(self.letters_model, stretch_column=1)
        self.letters_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.letters_view.activated.connect(lambda _index: self.open_selected_letter())
        self.open_letter_button = QPushButton(self.tr("Ope&n…"))
        self.open_letter_button.setToolTip(self.tr("Show the letter exactly as it was sent, to print or save it again"))
        self.open_letter_button.clicked.connect(self.open_selected_letter)
        self.new_letter_button = QPushButton(self.tr("&Write a letter…"))
        self.new_letter_button.clicked.connect(lambda: self._emit(self.letter_requested))
        self.letters_view.selectionModel().selectionChanged.connect(lambda *_: self._letter_selection_changed())
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_letter_button)
        buttons.addWidget(self.new_letter_button)
        buttons.addStretch()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.letters_view, 1)
        layout.addLayout(buttons)
        return page

    def _pause_row(self) -> QWidget:
        """A line saying the ladder is paused (promise), stopped (dispute, with Resolve…) or over (hand-over)."""
        self.pause_label = QLabel()
        self.pause_label.setObjectName("pause_label")
        self.pause_label.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("Resol&ve…"))
        self.resolve_button.setToolTip(self.tr("Log that the dispute is settled: the account goes back on the ladder"))
        self.resolve_button.clicked.connect(self.resolve_dispute)
        self.pause_box = QWidget()
        row = QHBoxLayout(self.pause_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pause_label, 1)
        row.addWidget(self.resolve_button)
        self.pause_box.hide()
        return self.pause_box

    def _contacts_page(self) -> QWidget:
        """The contact log, newest first, with buttons to log a contact or correct an entry."""
        self.contacts_model = ContactsModel(self._formats)
        self.contacts_view = QTableView()
        self.contacts_view.setModel(self.contacts_model)
        configure_list(self.contacts_view, stretch_column=ContactsModel.COL_NOTE)
        self.contacts_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.contacts_model.modelReset.connect(
            lambda: fit_columns(self.contacts_view, stretch_column=ContactsModel.COL_NOTE)
        )
        self.contacts_view.selectionModel().selectionChanged.connect(lambda *_: self._contact_selection_changed())
        self.log_contact_button = QPushButton(self.tr("&Log a contact…"))
        self.log_contact_button.setToolTip(self.tr("Record a call, visit, message or note with its outcome"))
        self.log_contact_button.clicked.connect(lambda: self.log_contact())
        self.correct_button = QPushButton(self.tr("Co&rrect…"))
        self.correct_button.setToolTip(self.tr("Add an entry that corrects the selected one"))
        self.correct_button.clicked.connect(self.correct_selected_contact)
        self.contact_details = QLabel()
        self.contact_details.setObjectName("contact_details")
        self.contact_details.setWordWrap(True)
        self.contact_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact_details.setTextFormat(Qt.TextFormat.PlainText)
        evidence = QLabel(self.tr("Entries are evidence and are never changed: a mistake is corrected by a new entry."))
        evidence.setWordWrap(True)
        evidence.setStyleSheet("color: #5f5f5f;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_contact_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(evidence, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contacts_view, 1)
        layout.addWidget(self.contact_details)
        layout.addLayout(buttons)
        return page

    def _emit(self, signal: Signal) -> None:
        if self._customer_id is not None:
            signal.emit(self._customer_id)  # type: ignore[attr-defined]

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def show_customer(self, customer_id: int | None, as_of: date | None) -> None:
        """Show ``customer_id`` as of ``as_of`` (``None``: an empty pane with a hint)."""
        self._customer_id = customer_id
        self._as_of = as_of
        enabled = customer_id is not None and as_of is not None
        for button in (
            self.edit_button, self.invoice_button, self.payment_button, self.new_letter_button, self.log_contact_button
        ):  # fmt: skip
            button.setEnabled(enabled)
        if customer_id is None or as_of is None:
            self.title.setText(self.tr("Select a customer on the left"))
            self.marks_label.clear()
            for label in [*self._contact_labels.values(), *self._figure_labels.values()]:
                label.clear()
            self.limit_bar.hide()
            self.statement_model.set_rows([])
            self.installments_model.set_rows([])
            self._show_letters([])
            self._show_contacts([], AccountPause(None))
            self._show_score(None, None)
            return
        with self._database.read() as session:
            record = get_customer(session, customer_id)
            account_statement = statement(session, customer_id, as_of, record.data.debt_limit)
            interest, charges = interest_and_charges(session, customer_id, as_of)
            letters = letters_of(session, customer_id)
            contacts = contacts_of(session, customer_id)
            pause = pause_state(session, customer_id, as_of)
            score = scores(session, as_of, [customer_id]).get(customer_id)
        self._customer_code, self._customer_name = record.data.code, record.data.name
        self._show_contact(record)
        self._interest, self._charges = interest, charges
        self._show_figures(record, account_statement.status)
        self._show_statement(account_statement)
        self._show_letters(letters)
        self._show_contacts(contacts, pause)
        self._show_score(score, account_statement.status)

    def _show_contact(self, record: CustomerRecord) -> None:
        data = record.data
        self.title.setText(f"{data.name}  ·  {data.code}")
        place = " ".join(part for part in (data.postal_code, data.city) if part)
        address = "\n".join(part for part in (data.address, place, data.country) if part)
        values = {
            "phone": data.phone,
            "email": data.email,
            "address": address,
            "tax_id": data.tax_id,
            "iban": data.iban,
            "language": LANGUAGE_NAMES.get(data.language, self.tr("the shop's language")),
            "notes": data.notes,
        }
        for key, value in values.items():
            self._contact_labels[key].setText(value or "—")

    def _show_figures(self, record: CustomerRecord, status: AccountStatus) -> None:
        money = self._formats.money
        figures = self._figure_labels
        figures["open"].setText(money(status.open_balance))
        figures["overdue"].setText(money(status.overdue_amount))
        figures["late"].setText(str(status.max_days_late) if status.max_days_late else "—")
        figures["missed"].setText(str(status.missed_installments) if status.missed_installments else "—")
        figures["credit"].setText(money(status.credit) if status.credit else "—")
        figures["interest"].setText(money(self._interest) if self._interest else "—")
        figures["charges"].setText(money(self._charges) if self._charges else "—")
        limit = record.data.debt_limit
        if limit is None:
            figures["limit"].setText(self.tr("no limit"))
            self.limit_bar.hide()
        else:
            figures["limit"].setText(money(limit) if limit else self.tr("no credit (0)"))
            used = status.limit_used
            self.limit_bar.show()
            self.limit_bar.setRange(0, 1000)
            self.limit_bar.setValue(1000 if limit == 0 and used > 0 else min(1000, used * 1000 // max(limit, 1)))
            self.limit_bar.setFormat(
                self.tr("{used} of {limit} used").format(used=money(max(used, 0)), limit=money(limit))
            )
            colour = "#ef9a9a" if status.over_limit else "#a5d6a7"  # light, so the text on it reads
            self.limit_bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        found = marks(status, record.data.blocked)
        if found:
            reasons = explain(status, record.data.blocked, self._formats.currency, self._formats.locale)
            self.marks_label.setText("<br>".join(f"⚠ {line}" for line in reasons.splitlines()))
            self.marks_label.setStyleSheet(f"background: {found[0].colour.name()}; padding: 4px; border-radius: 3px;")
        else:
            self.marks_label.setText(self.tr("Nothing overdue."))
            self.marks_label.setStyleSheet("padding: 4px;")

    def _show_statement(self, account_statement: Statement) -> None:
        self.statement_model.set_rows([self._statement_row(line) for line in account_statement.lines])
        self.statement_view.scrollToBottom()  # the latest entries, with the balance of today
        self.installments_model.set_rows(
            [
                self._installment_row(item, account_statement.settled_by.get(item.installment.key))
                for item in reversed(account_statement.installments)
            ]
        )

    def _statement_row(self, line: StatementLine) -> DisplayRow:
        money = self._formats.money
        kind = {
            "invoice": self.tr("Invoice"),
            "void": self.tr("Invoice (void)"),
            "payment": self.tr("Payment"),
            "write_off": self.tr("Written off"),
            "reschedule": self.tr("Rescheduled"),
        }[line.kind]
        description = line.description
        if line.kind == "payment":
            description = " · ".join(filter(None, [self._method_label(line.method), line.description]))
        elif line.kind == "write_off":
            description = write_off_reasons().get(line.detail, line.detail)
        elif line.kind == "reschedule":
            description = self.tr("Moved to plan {number}").format(number=line.detail)
        balance = (
            money(line.balance)
            if line.balance >= 0
            else self.tr("{amount} in credit").format(amount=money(-line.balance))
        )
        return DisplayRow(
            cells=(
                self._formats.short_day(line.day),
                kind,
                line.reference,
                description,
                money(line.debit) if line.debit else "",
                money(line.credit) if line.credit else "",
                balance,
            ),
            tooltip=description if line.kind in ("write_off", "reschedule") else line.description,
            right_aligned=frozenset({4, 5, 6}),
        )

    def _show_letters(self, letters: list[LetterSummary]) -> None:
        self._letters = letters
        kinds = kind_names()
        self.letters_model.set_rows(
            [
                DisplayRow(
                    cells=(
                        self._formats.short_day(letter.letter_date),
                        kinds.get(letter.kind, letter.kind),
                        LANGUAGE_NAMES.get(letter.language, letter.language),
                        self._formats.money(letter.amount) if letter.amount else "—",
                    ),
                    tooltip=self.tr("Deadline given: {day}").format(day=self._formats.day(letter.deadline)),
                    right_aligned=frozenset({3}),
                )
                for letter in letters
            ]
        )
        if letters:
            self.letters_view.selectRow(0)
        self._letter_selection_changed()

    def _letter_selection_changed(self) -> None:
        self.open_letter_button.setEnabled(self.selected_letter() is not None)

    def selected_letter(self) -> LetterSummary | None:
        """The letter selected in the Letters tab, if any."""
        rows = self.letters_view.selectionModel().selectedRows()
        return self._letters[rows[0].row()] if rows and rows[0].row() < len(self._letters) else None

    def letter_viewer(self, letter: LetterSummary) -> QWidget:
        """A dialog showing the stored PDF of ``letter`` (to print or save it again, identically)."""
        from workshop_desk.ui.dialogs.stored_letter_dialog import StoredLetterDialog

        with self._database.read() as session:
            pdf = stored_letter(session, letter.id)
        title = self.tr("{letter} of {day} to {name}").format(
            letter=kind_names().get(letter.kind, letter.kind),
            day=self._formats.day(letter.letter_date),
            name=self._customer_name,
        )
        file_name = pdf_file_name(self._customer_code, letter.kind, letter.letter_date)
        return StoredLetterDialog(pdf, title, file_name, self)

    def open_selected_letter(self) -> None:
        letter = self.selected_letter()
        if letter is not None:
            viewer = self.letter_viewer(letter)
            viewer.exec()
            viewer.deleteLater()

    # ---------------------------------------------------------------- the contact log

    def _show_contacts(self, contacts: list[ContactEntry], pause: AccountPause) -> None:
        self._pause = pause
        self.contacts_model.set_entries(contacts)
        if contacts:
            self.contacts_view.selectRow(0)
        self._contact_selection_changed()
        money, day = self._formats.money, self._formats.day
        texts = {
            Pause.PROMISE: lambda: self.tr("⏸ Paused until {day}: the customer promised to pay {amount}.").format(
                day=day(pause.promise_until), amount=money(pause.promise_amount or 0)
            ),
            Pause.DISPUTE: lambda: self.tr("⚑ Disputed: {reason} — the ladder waits until it is resolved.").format(
                reason=pause.dispute_reason or self.tr("no reason given")
            ),
            Pause.HANDED_OVER: lambda: self.tr(
                "⚖ Handed over to a lawyer or collector on {day}: no more reminders are planned."
            ).format(day=day(pause.handed_over_on) if pause.handed_over_on else "—"),
        }
        styles = {Pause.PROMISE: "#e3f2e6", Pause.DISPUTE: "#fde2e1", Pause.HANDED_OVER: "#e3e7ea"}
        if pause.paused is None:
            self.pause_box.hide()
            return
        self.pause_label.setText(texts[pause.paused]())
        self.pause_label.setStyleSheet(f"background: {styles[pause.paused]}; padding: 4px; border-radius: 3px;")
        self.resolve_button.setVisible(pause.paused is Pause.DISPUTE)
        self.pause_box.show()

    def selected_contact(self) -> ContactEntry | None:
        """The entry selected in the Contacts tab, if any."""
        rows = self.contacts_view.selectionModel().selectedRows()
        return self.contacts_model.entry(rows[0].row()) if rows else None

    def _contact_selection_changed(self) -> None:
        entry = self.selected_contact()
        self.correct_button.setEnabled(entry is not None)
        self.contact_details.setText(self.contacts_model.details(entry) if entry else "")
        self.contact_details.setVisible(entry is not None)

    def contact_dialog(self, *, corrects: ContactEntry | None = None, outcome: Outcome | None = None) -> QWidget | None:
        """The outcome dialog for a contact without a step (not shown yet); None without a customer."""
        from workshop_desk.ui.dialogs.outcome_dialog import OutcomeDialog

        if self._customer_id is None or self._as_of is None:
            return None
        return OutcomeDialog(self._database, self._as_of, self._customer_id, None, self, corrects=corrects,
                             outcome=outcome)  # fmt: skip

    def _run_contact_dialog(self, **options: object) -> bool:
        customer_id = self._customer_id
        dialog = self.contact_dialog(**options)  # type: ignore[arg-type]
        if dialog is None or customer_id is None:
            return False
        logged = bool(dialog.exec())
        dialog.deleteLater()
        if logged:
            self.contact_logged.emit(customer_id)
            self.show_customer(customer_id, self._as_of)
        return logged

    def log_contact(self) -> bool:
        """Log a call, visit, message or note (no ladder step); True if one was logged."""
        return self._run_contact_dialog()

    def correct_selected_contact(self) -> bool:
        """Add an entry correcting the selected one (which stays as it was)."""
        entry = self.selected_contact()
        return entry is not None and self._run_contact_dialog(corrects=entry)

    def resolve_dispute(self) -> bool:
        """Log that the open dispute is settled: the account goes back on the ladder."""
        return self._run_contact_dialog(outcome=Outcome.DISPUTE_RESOLVED)

    def _method_label(self, method: str) -> str:
        labels = {
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
            "transfer": self.tr("Bank transfer"),
            "other": self.tr("Other"),
        }
        return labels.get(method, method)

    def _installment_row(self, item: InstallmentStatus, settled_by: tuple[str, str] | None = None) -> DisplayRow:
        money = self._formats.money
        # Short words: the Paid and Unpaid columns beside it already say how much.
        state = {
            DueState.SETTLED: self.tr("paid"),
            DueState.NOT_DUE: self.tr("to pay") if item.payment_state is PaymentState.UNPAID else self.tr("part paid"),
            DueState.OVERDUE: self.tr("overdue"),
            DueState.MISSED: self.tr("missed"),
        }[item.due_state]
        tooltip = ""
        if settled_by is not None:  # settled by a credit that is not money: say which
            kind, detail = settled_by
            if kind == "write_off":
                state, tooltip = self.tr("written off"), write_off_reasons().get(detail, detail)
            else:
                state, tooltip = self.tr("moved"), self.tr("Moved to the new plan {number}").format(number=detail)
        mark = {DueState.MISSED: Mark.MISSED, DueState.OVERDUE: Mark.OVERDUE}.get(item.due_state)
        return DisplayRow(
            cells=(
                item.installment.invoice_number,
                self.tr("{seq} of {count}").format(seq=item.installment.seq, count=item.plan_size),
                self._formats.short_day(item.installment.due_date),
                money(item.installment.amount),
                money(item.paid) if item.paid else "",
                money(item.unpaid) if item.unpaid else "",
                state,
            ),
            background=mark.colour if mark else None,
            icon=mark.icon if mark else None,
            tooltip=tooltip,
            right_aligned=frozenset({3, 4, 5}),
        )


def _table(model: RowsModel, *, stretch_column: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    configure_list(view, stretch_column=stretch_column)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    model.modelReset.connect(lambda: fit_columns(view, stretch_column=stretch_column))
    return view
