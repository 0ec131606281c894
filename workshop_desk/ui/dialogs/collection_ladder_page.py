"""The "Ladder" page of the collection settings: the escalation steps in a table, edited in place.

Each row is a step: its day (from the due date; negative before it), its action, the letter it
sends and the fee it charges. Rows can be added, removed and moved; "Reset to default" puts the
shipped ladder back (saved only with the dialog's OK). A step keeps its key — the contact log
refers to it — and a new step gets one from its letter kind or action
(:func:`~workshop_desk.services.collection_setup.new_step_key`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.domain.dunning import DEFAULT_LADDER, Action, LadderStep
from workshop_desk.services.collection_setup import MAX_OFFSET, LadderProblem, ladder_problems, new_step_key
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.letter_names import kind_names
from workshop_desk.ui.widgets.form import ERROR_STYLE
from workshop_desk.ui.widgets.money_edit import MoneyEdit, MoneyInputError

HINT_STYLE = "color: #5f6368;"


def action_names() -> dict[Action, str]:
    """Each ladder action by its name in the user's language, mildest first."""
    return {
        Action.PHONE: QCoreApplication.translate("CollectionSettings", "Phone call"),
        Action.SMS: QCoreApplication.translate("CollectionSettings", "Text message (SMS)"),
        Action.EMAIL: QCoreApplication.translate("CollectionSettings", "E-mail"),
        Action.LETTER: QCoreApplication.translate("CollectionSettings", "Letter"),
        Action.REGISTERED_LETTER: QCoreApplication.translate("CollectionSettings", "Registered letter"),
        Action.HAND_OVER: QCoreApplication.translate("CollectionSettings", "Hand over (lawyer, collector)"),
    }


def ladder_problem_text(code: LadderProblem, row: int) -> str:
    texts = {
        LadderProblem.EMPTY: QCoreApplication.translate("CollectionSettings", "The ladder needs at least one step."),
        LadderProblem.OFFSET_ORDER: QCoreApplication.translate(
            "CollectionSettings", "Step {row} must come on a later day than the step before it."
        ),
        LadderProblem.OFFSET_RANGE: QCoreApplication.translate(
            "CollectionSettings", "Step {row}: the day must be within a year of the due date."
        ),
        LadderProblem.LETTER_MISSING: QCoreApplication.translate(
            "CollectionSettings", "Step {row} sends a letter: choose which one."
        ),
        LadderProblem.DUPLICATE_KEY: QCoreApplication.translate(
            "CollectionSettings", "Step {row} is the same step as one above it: remove one of them."
        ),
    }
    return texts[code].format(row=row + 1)


@dataclass
class _Row:
    """A row as typed: the key (``None`` for a step added now) and the raw values of its fields."""

    key: str | None
    offset: int
    action: Action
    letter: str | None
    fee_text: str


class LadderPage(QWidget):
    COL_OFFSET, COL_ACTION, COL_LETTER, COL_FEE = range(4)

    def __init__(self, shop: Shop, steps: tuple[LadderStep, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._known_keys = {step.key for step in steps} | {step.key for step in DEFAULT_LADDER}
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CollectionSettings", "Day from due date"),
                QCoreApplication.translate("CollectionSettings", "Action"),
                QCoreApplication.translate("CollectionSettings", "Letter"),
                QCoreApplication.translate("CollectionSettings", "Fee ({currency})").format(currency=shop.currency),
            ]
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column, digits in ((self.COL_OFFSET, 10), (self.COL_FEE, 14)):  # numbers: as wide as they need
            caption = self.table.horizontalHeaderItem(column).text()
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(
                column,
                max(
                    header.fontMetrics().horizontalAdvance(caption) + 24,
                    self.fontMetrics().horizontalAdvance("0") * digits,
                ),
            )
        self.hint = QLabel(
            QCoreApplication.translate(
                "CollectionSettings",
                "Each unpaid installment climbs the ladder: a step falls due this many days after the due date "
                "(negative: before it). A fee is charged once, when the step is done.",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.message = QLabel()
        self.message.setObjectName("ladder_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        self.add_button = QPushButton(QCoreApplication.translate("CollectionSettings", "&Add step"))
        self.remove_button = QPushButton(QCoreApplication.translate("CollectionSettings", "&Remove"))
        self.up_button = QPushButton(QCoreApplication.translate("CollectionSettings", "Move &up"))
        self.down_button = QPushButton(QCoreApplication.translate("CollectionSettings", "Move do&wn"))
        self.reset_button = QPushButton(QCoreApplication.translate("CollectionSettings", "Reset to &default"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        self.reset_button.setAutoDefault(False)
        buttons.addWidget(self.reset_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.reset_button.clicked.connect(self.reset_to_default)
        self._show([self._row_of(step) for step in steps])

    # --- rows ---------------------------------------------------------------------------------

    def _row_of(self, step: LadderStep) -> _Row:
        fee = MoneyEdit(self._shop.locale, self._shop.currency, optional=True)
        fee.set_cents(step.fee or None)
        return _Row(step.key, step.offset, step.action, step.letter, fee.text())

    def _rows(self) -> list[_Row]:
        """The rows as they are on screen."""
        rows = []
        for row, key in enumerate(self._keys):
            rows.append(
                _Row(
                    key,
                    self.offset_box(row).value(),
                    Action(self.action_box(row).currentData()),
                    self.letter_box(row).currentData() or None,
                    self.fee_edit(row).text(),
                )
            )
        return rows

    def _show(self, rows: list[_Row], current: int | None = None) -> None:
        self._keys: list[str | None] = [row.key for row in rows]
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            offset = QSpinBox()
            offset.setRange(-MAX_OFFSET, MAX_OFFSET)
            offset.setValue(row.offset)
            offset.setAccessibleName(QCoreApplication.translate("CollectionSettings", "Day from due date"))
            action = QComboBox()
            for code, name in action_names().items():
                action.addItem(name, code.value)
            action.setCurrentIndex(max(0, action.findData(row.action.value)))
            letter = QComboBox()
            letter.addItem(QCoreApplication.translate("CollectionSettings", "— none —"), "")
            for code, name in kind_names().items():
                letter.addItem(name, code)
            letter.setCurrentIndex(max(0, letter.findData(row.letter or "")))
            fee = MoneyEdit(self._shop.locale, self._shop.currency, optional=True)
            fee.setText(row.fee_text)
            fee.setPlaceholderText(QCoreApplication.translate("CollectionSettings", "no fee"))
            for column, widget in enumerate((offset, action, letter, fee)):
                self.table.setCellWidget(index, column, widget)
        if current is not None and rows:
            self.table.selectRow(max(0, min(current, len(rows) - 1)))

    def offset_box(self, row: int) -> QSpinBox:
        return self.table.cellWidget(row, self.COL_OFFSET)

    def action_box(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, self.COL_ACTION)

    def letter_box(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, self.COL_LETTER)

    def fee_edit(self, row: int) -> MoneyEdit:
        return self.table.cellWidget(row, self.COL_FEE)

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_step(self) -> None:
        """A new step after the selected one (else at the end), a week after it."""
        rows = self._rows()
        at = self._selected()
        at = len(rows) - 1 if at is None else at
        offset = rows[at].offset + 7 if rows else 0
        rows.insert(at + 1, _Row(None, min(offset, MAX_OFFSET), Action.PHONE, None, ""))
        self._show(rows, at + 1)

    def remove_step(self) -> None:
        at = self._selected()
        if at is None:
            return
        rows = self._rows()
        del rows[at]
        self._show(rows, at)

    def move_step(self, by: int) -> None:
        at = self._selected()
        if at is None or not 0 <= at + by < self.table.rowCount():
            return
        rows = self._rows()
        rows[at], rows[at + by] = rows[at + by], rows[at]
        self._show(rows, at + by)

    def reset_to_default(self) -> None:
        self._show([self._row_of(step) for step in DEFAULT_LADDER], 0)

    # --- result -------------------------------------------------------------------------------

    def steps(self) -> tuple[LadderStep, ...] | None:
        """The ladder as edited, or ``None`` after showing what is wrong under the table."""
        self.message.hide()
        rows = self._rows()
        fees = []
        for index in range(len(rows)):
            try:
                fees.append(self.fee_edit(index).cents() or 0)
            except MoneyInputError as error:
                self._refuse(
                    QCoreApplication.translate("CollectionSettings", "Step {row}, fee: {problem}").format(
                        row=index + 1, problem=error
                    ),
                    index,
                )
                return None
        taken = {row.key for row in rows if row.key} | self._known_keys
        steps = []
        for row, fee in zip(rows, fees, strict=True):
            key = row.key
            if key is None:
                key = new_step_key(row.letter, row.action, taken)
                taken.add(key)
            steps.append(LadderStep(key, row.offset, row.action, row.letter, fee))
        problems = ladder_problems(tuple(steps))
        if problems:
            index, code = problems[0]
            self._refuse(ladder_problem_text(code, index), index)
            return None
        return tuple(steps)

    def _refuse(self, text: str, row: int) -> None:
        self.message.setText("⚠ " + text)
        self.message.show()
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
