"""The reschedule dialog: turn a customer's overdue (or whole open) balance into a new payment plan.

The receptionist chooses what to move, the number of installments, monthly or weekly, and the
first due date; the dialog shows the plan exactly as it will be saved (the same
:func:`~workshop_desk.domain.schedule.build_plan`, whole units for forints) and which invoices it
replaces. Saving asks for confirmation, then records it in one write transaction
(:func:`~workshop_desk.services.adjustments.reschedule`): the old installments stay in the history
as moved to the new plan, and the plan is a new invoice.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.domain.schedule import MAX_INSTALLMENTS, Interval, PlannedInstallment, add_months, build_plan
from workshop_desk.services.adjustments import AdjustmentError, RescheduleProposal, reschedule, reschedule_proposal
from workshop_desk.services.customers import get_customer
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.adjustment_texts import error_text
from workshop_desk.ui.dialogs.forms import fit_height
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.messages import current_user
from workshop_desk.ui.models.rows_model import DisplayRow, RowsModel
from workshop_desk.ui.widgets.date_edit import DateEdit
from workshop_desk.ui.widgets.form import ERROR_STYLE, ValidatedForm

DEFAULT_COUNT = 3


class RescheduleDialog(QDialog):
    """Move ``customer_id``'s debt into a new plan on ``today``.

    After ``accept()``, :attr:`saved_invoice_id` is the id of the new plan's invoice.
    """

    COL_SEQ, COL_DUE, COL_AMOUNT = range(3)

    def __init__(
        self, database: Database, shop: Shop, today: date, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._shop = shop
        self._formats = Formats.of(shop)
        self._today = today
        self._customer_id = customer_id
        self._customer_name = ""
        self._proposals: dict[bool, RescheduleProposal] = {}
        """What would move, by 'whole balance'."""
        self.saved_invoice_id: int | None = None

        self.setMinimumWidth(560)
        self._build()
        self._lay_out()
        self._load()
        self._connect()
        self._refresh()
        self.resize(600, max(self.heightForWidth(600), self.minimumSizeHint().height()))
        self.installments.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.customer_title = QLabel()
        self.customer_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.customer_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.overdue_choice = QRadioButton()
        self.whole_choice = QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.overdue_choice)
        self.choice.addButton(self.whole_choice)
        self.installments = QSpinBox()
        self.installments.setRange(1, MAX_INSTALLMENTS)
        self.installments.setValue(DEFAULT_COUNT)
        self.interval = QComboBox()
        self.interval.addItem(self.tr("monthly"), Interval.MONTHLY)
        self.interval.addItem(self.tr("weekly"), Interval.WEEKLY)
        self.first_due = DateEdit(self._shop.locale)
        self.first_due.set_day(add_months(self._today, 1))
        self.plan_model = RowsModel([self.tr("No."), self.tr("Due date"), self.tr("Amount")], self)
        self.plan_table = QTableView()
        self.plan_table.setModel(self.plan_model)
        self.plan_table.verticalHeader().hide()
        self.plan_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.plan_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plan_table.setAlternatingRowColors(True)
        header = self.plan_table.horizontalHeader()
        header.setSectionResizeMode(self.COL_SEQ, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_DUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_AMOUNT, QHeaderView.ResizeMode.Stretch)
        self.plan_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows_shown = 5
        self.plan_table.setFixedHeight(
            header.sizeHint().height()
            + self.plan_table.verticalHeader().defaultSectionSize() * rows_shown
            + 2 * self.plan_table.frameWidth()
        )
        self.plan_summary = QLabel()
        self.plan_summary.setObjectName("plan_summary")
        self.plan_summary.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("Optional: what was agreed, with whom"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Reschedule…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)

    def _lay_out(self) -> None:
        move_box = QGroupBox(self.tr("Move into the new plan"))
        move_layout = QVBoxLayout(move_box)
        move_layout.addWidget(self.overdue_choice)
        move_layout.addWidget(self.whole_choice)

        plan_row = QWidget()
        plan_fields = QHBoxLayout(plan_row)
        plan_fields.setContentsMargins(0, 0, 0, 0)
        plan_fields.addWidget(self.installments)
        plan_fields.addWidget(self.interval)
        first_due_label = QLabel(self.tr("&first due:"))
        first_due_label.setBuddy(self.first_due)
        plan_fields.addSpacing(8)
        plan_fields.addWidget(first_due_label)
        plan_fields.addWidget(self.first_due, 1)
        plan_row.setFocusProxy(self.installments)
        self.form = ValidatedForm()
        self.form.add_field("plan", self.tr("Install&ments:"), plan_row)
        self.note_form = ValidatedForm()
        self.note_form.add_field("note", self.tr("&Note:"), self.note)
        plan_box = QGroupBox(self.tr("New installment plan"))
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addLayout(self.form)
        plan_layout.addWidget(self.plan_table)
        plan_layout.addWidget(self.plan_summary)

        layout = QVBoxLayout(self)
        layout.addWidget(self.customer_title)
        layout.addWidget(move_box)
        layout.addWidget(plan_box)
        layout.addLayout(self.note_form)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        chain = [
            self.overdue_choice, self.whole_choice, self.installments, self.interval, self.first_due, self.note,
            self.save_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.choice.buttonToggled.connect(lambda _button, checked: checked and self._refresh())
        self.installments.valueChanged.connect(self._refresh)
        self.interval.currentIndexChanged.connect(self._refresh)
        self.first_due.dateChanged.connect(self._refresh)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # --- loading and preview --------------------------------------------------------------------

    def _load(self) -> None:
        with self._database.read() as session:
            record = get_customer(session, self._customer_id)
            self._proposals = {
                whole: reschedule_proposal(session, self._customer_id, self._today, whole_balance=whole)
                for whole in (False, True)
            }
        self._customer_name = record.data.name
        self.setWindowTitle(self.tr("Reschedule — {name}").format(name=record.data.name))
        self.customer_title.setText(f"{record.data.name}  ·  {record.data.code}")
        money = self._formats.money
        overdue, whole = self._proposals[False], self._proposals[True]
        self.overdue_choice.setText(self.tr("The &overdue balance: {amount}").format(amount=money(overdue.amount)))
        self.whole_choice.setText(self.tr("The w&hole open balance: {amount}").format(amount=money(whole.amount)))
        self.overdue_choice.setEnabled(overdue.amount > 0)
        (self.overdue_choice if overdue.amount else self.whole_choice).setChecked(True)
        self.whole_choice.setEnabled(whole.amount > 0)

    def whole_balance(self) -> bool:
        """Whether the whole open balance is moved (else what is overdue)."""
        return self.whole_choice.isChecked()

    def _proposal(self) -> RescheduleProposal:
        return self._proposals[self.whole_balance()]

    def plan(self) -> list[PlannedInstallment]:
        """The plan as it will be saved (empty when there is nothing to move)."""
        amount = self._proposal().amount
        if not amount:
            return []
        unit = 100 if self._shop.whole_currency_units else 1
        interval = Interval(self.interval.currentData())
        return build_plan(amount, self.installments.value(), self.first_due.day(), interval, unit=unit)

    def _refresh(self) -> None:
        money = self._formats.money
        self.form.clear_problems()
        self.interval.setEnabled(self.installments.value() > 1)
        parts = self.plan()
        self.plan_model.set_rows(
            [
                DisplayRow(
                    cells=(str(part.seq), self._formats.day(part.due_date), money(part.amount)),
                    right_aligned=frozenset({self.COL_SEQ, self.COL_AMOUNT}),
                )
                for part in parts
            ]
        )
        proposal = self._proposal()
        self.save_button.setEnabled(bool(parts))
        if not parts:
            self.plan_summary.setText(self.tr("Nothing is owed: there is nothing to reschedule."))
        else:
            invoices = ", ".join(item.number for item in proposal.moved)
            if len(parts) == 1:
                plan = self.tr("{amount} falls due on {day}.").format(
                    amount=money(proposal.amount), day=self._formats.day(parts[0].due_date)
                )
            else:
                plan = self.tr("{amount} in %n installment(s), the last on {day}.", "", len(parts)).format(
                    amount=money(proposal.amount), day=self._formats.day(parts[-1].due_date)
                )
            self.plan_summary.setText(
                self.tr("{plan} It replaces what is open of {invoices}, which stays in the history.").format(
                    plan=plan, invoices=invoices
                )
            )
        if self.first_due.day() < self._today:
            self.form.show_problem("plan", self.tr("The first installment cannot fall due before today."))
        fit_height(self)

    # --- saving ---------------------------------------------------------------------------------

    def confirm(self) -> bool:
        """Ask before recording (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Move {amount} of the debt of {name} into a new plan of %n installment(s)?",
                "",
                self.installments.value(),
            ).format(amount=self._formats.money(self._proposal().amount), name=self._customer_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        """Check, confirm, and record the new plan in one transaction."""
        self._refresh()
        if self.form.has_problems() or not self.plan():
            self.form.focus_first_problem()
            return
        if not self.confirm():
            return
        try:
            with self._database.write() as session:
                invoice_id = reschedule(
                    session,
                    self._customer_id,
                    self.installments.value(),
                    Interval(self.interval.currentData()),
                    self.first_due.day(),
                    self._today,
                    current_user(),
                    self.note.text(),
                    whole_balance=self.whole_balance(),
                )
        except AdjustmentError as error:
            field, text = error_text(error, self._formats)
            if field == "plan":
                self.form.show_problem(field, text)
            else:
                self.message.setText("⚠ " + text)
                self.message.show()
            fit_height(self)
            return
        self.saved_invoice_id = invoice_id
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)
