"""The "Interest and fees" page of the collection settings: the shop country's two regimes, and deadlines.

For business customers and for consumers: the base rate periods (from a date, the rate in force),
the margin added to it, the day count, the flat compensation by size of the debt, a one-off fine,
and the legal basis the claim letter cites, in the shop's language. Below, the days each kind of
letter gives to pay. Rates the program ships without a cited source carry a note asking the user to
compare them with the official rate.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.domain.interest import DayCount, RatePeriod
from workshop_desk.services.collection_settings import DEFAULT_REGIMES, Regime, RegimeProblem
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.forms import LANGUAGE_NAMES, country_name
from workshop_desk.ui.dialogs.letter_names import kind_names
from workshop_desk.ui.widgets.date_edit import DateEdit
from workshop_desk.ui.widgets.form import ValidatedForm
from workshop_desk.ui.widgets.money_edit import MoneyEdit, MoneyInputError
from workshop_desk.ui.widgets.percent_edit import PercentEdit, PercentInputError

CHECK_STYLE = "QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #e0c060; padding: 4px; }"
ROWS_SHOWN = 4


def day_count_names() -> dict[DayCount, str]:
    return {
        DayCount.ACTUAL_365: QCoreApplication.translate("CollectionSettings", "Actual days / 365"),
        DayCount.ACTUAL_ACTUAL: QCoreApplication.translate(
            "CollectionSettings", "Actual days / 365, or 366 in a leap year"
        ),
        DayCount.ACTUAL_360: QCoreApplication.translate(
            "CollectionSettings", "Actual days / 360 (a monthly rate, pro rata)"
        ),
    }


def regime_problem_text(code: RegimeProblem) -> str:
    return {
        RegimeProblem.NO_PERIODS: QCoreApplication.translate("CollectionSettings", "Enter at least one rate period."),
        RegimeProblem.SAME_START: QCoreApplication.translate(
            "CollectionSettings", "Two periods start on the same day: keep one of them."
        ),
        RegimeProblem.RATE_RANGE: QCoreApplication.translate(
            "CollectionSettings", "A rate must be between 0 and 100 %."
        ),
        RegimeProblem.MARGIN_RANGE: QCoreApplication.translate(
            "CollectionSettings", "The margin must be between −100 and 100 points."
        ),
        RegimeProblem.TIERS_ORDER: QCoreApplication.translate(
            "CollectionSettings",
            "List the amounts from the smallest debt up; only the last row may have no upper bound.",
        ),
        RegimeProblem.FINE_RANGE: QCoreApplication.translate(
            "CollectionSettings", "The fine must be between 0 and 100 %."
        ),
    }[code]


def _small_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setFixedHeight(
        table.horizontalHeader().sizeHint().height()
        + table.verticalHeader().defaultSectionSize() * ROWS_SHOWN
        + 2 * table.frameWidth()
    )
    return table


def _row_buttons(add: QPushButton, remove: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in (add, remove):
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch()
    return row


class RegimeBox(QGroupBox):
    """One regime's fields; :meth:`regime` reads them back (or shows what is wrong next to each)."""

    def __init__(self, title: str, regime: Regime, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(regime.key)
        self._regime = regime
        self._shop = shop
        default = DEFAULT_REGIMES[regime.key]
        unchanged = sorted(regime.interest.periods, key=_start) == sorted(default.interest.periods, key=_start)
        self.check_note = QLabel(
            "⚠ "
            + QCoreApplication.translate(
                "CollectionSettings",
                "These base rates come with the program, not from an official source: "
                "please check them against the official rate.",
            )
        )
        self.check_note.setObjectName("check_note")
        self.check_note.setWordWrap(True)
        self.check_note.setStyleSheet(CHECK_STYLE)
        self.check_note.setVisible(default.rates_to_check and unchanged)

        self.periods = _small_table(
            [
                QCoreApplication.translate("CollectionSettings", "From"),
                QCoreApplication.translate("CollectionSettings", "Base rate %"),
            ]
        )
        self.add_period = QPushButton(QCoreApplication.translate("CollectionSettings", "Add period"))
        self.remove_period = QPushButton(QCoreApplication.translate("CollectionSettings", "Remove"))
        for period in sorted(regime.interest.periods, key=_start):
            self._add_period_row(period)
        self.periods.scrollToBottom()  # the latest rate is the one that matters most
        self.margin = PercentEdit(shop.locale, allow_negative=True)
        self.margin.set_value(regime.interest.margin)
        self.day_count = QComboBox()
        for code, name in day_count_names().items():
            self.day_count.addItem(name, code.value)
        self.day_count.setCurrentIndex(max(0, self.day_count.findData(regime.interest.day_count.value)))
        self.tiers = _small_table(
            [
                QCoreApplication.translate("CollectionSettings", "For a debt under"),
                QCoreApplication.translate("CollectionSettings", "Compensation"),
            ]
        )
        self.tiers_hint = QLabel(
            QCoreApplication.translate(
                "CollectionSettings", "Leave the last “For a debt under” empty: it applies to any larger debt."
            )
        )
        self.tiers_hint.setWordWrap(True)
        self.tiers_hint.setStyleSheet("color: #5f6368;")
        self.add_tier = QPushButton(QCoreApplication.translate("CollectionSettings", "Add amount"))
        self.remove_tier = QPushButton(QCoreApplication.translate("CollectionSettings", "Remove"))
        for below, amount in regime.fees.tiers:
            self._add_tier_row(below, amount)
        self.fine = PercentEdit(shop.locale)
        self.fine.set_value(regime.fees.fine_percent)
        self.basis = QPlainTextEdit(regime.basis_in(shop.language))
        self.basis.setTabChangesFocus(True)
        self.basis.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        periods_field = QWidget()
        periods_layout = QVBoxLayout(periods_field)
        periods_layout.setContentsMargins(0, 0, 0, 0)
        periods_layout.addWidget(self.periods)
        periods_layout.addLayout(_row_buttons(self.add_period, self.remove_period))
        tiers_field = QWidget()
        tiers_layout = QVBoxLayout(tiers_field)
        tiers_layout.setContentsMargins(0, 0, 0, 0)
        tiers_layout.addWidget(self.tiers)
        tiers_layout.addWidget(self.tiers_hint)
        tiers_layout.addLayout(_row_buttons(self.add_tier, self.remove_tier))

        self.form = ValidatedForm()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # narrow columns: labels above
        self.form.add_field("periods", QCoreApplication.translate("CollectionSettings", "Base rate:"), periods_field)
        self.form.add_field("margin", QCoreApplication.translate("CollectionSettings", "Margin (points):"), self.margin)
        self.form.add_field("day_count", QCoreApplication.translate("CollectionSettings", "Day count:"), self.day_count)
        self.form.add_field(
            "compensation", QCoreApplication.translate("CollectionSettings", "Flat compensation:"), tiers_field
        )
        self.form.add_field(
            "fine_percent", QCoreApplication.translate("CollectionSettings", "One-off fine %:"), self.fine
        )
        language = LANGUAGE_NAMES.get(shop.language, shop.language)
        self.form.add_field(
            "basis",
            QCoreApplication.translate("CollectionSettings", "Legal basis ({language}):").format(language=language),
            self.basis,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.check_note)
        layout.addLayout(self.form)

        self.add_period.clicked.connect(lambda: self._add_period_row(None))
        self.remove_period.clicked.connect(lambda: _remove_selected(self.periods))
        self.add_tier.clicked.connect(lambda: self._add_tier_row(None, 0))
        self.remove_tier.clicked.connect(lambda: _remove_selected(self.tiers))

    def _add_period_row(self, period: RatePeriod | None) -> None:
        row = self.periods.rowCount()
        self.periods.insertRow(row)
        start = DateEdit(self._shop.locale)
        rate = PercentEdit(self._shop.locale)
        rate.setMaximumWidth(16777215)
        if period is not None:
            start.set_day(period.start)
            rate.set_value(period.rate)
        self.periods.setCellWidget(row, 0, start)
        self.periods.setCellWidget(row, 1, rate)
        if period is None:
            self.periods.selectRow(row)
            start.setFocus()

    def _add_tier_row(self, below: int | None, amount: int) -> None:
        row = self.tiers.rowCount()
        self.tiers.insertRow(row)
        bound = MoneyEdit(self._shop.locale, self._shop.currency, optional=True)
        bound.set_cents(below)
        bound.setPlaceholderText(QCoreApplication.translate("CollectionSettings", "any amount"))
        value = MoneyEdit(self._shop.locale, self._shop.currency)
        value.set_cents(amount)
        self.tiers.setCellWidget(row, 0, bound)
        self.tiers.setCellWidget(row, 1, value)

    def regime(self) -> Regime | None:
        """The regime as edited, or ``None`` after showing each problem next to its field."""
        self.form.clear_problems()
        problems: dict[str, str] = {}
        periods = []
        for row in range(self.periods.rowCount()):
            start: DateEdit = self.periods.cellWidget(row, 0)
            rate: PercentEdit = self.periods.cellWidget(row, 1)
            try:
                periods.append(RatePeriod(start.day(), rate.value()))
            except PercentInputError as error:  # say which row: the table may be scrolled
                problems["periods"] = QCoreApplication.translate("CollectionSettings", "From {day}: {problem}").format(
                    day=start.text(), problem=error
                )
                self.periods.selectRow(row)
                self.periods.scrollTo(self.periods.model().index(row, 0))
                break
        margin = fine = Decimal(0)
        try:
            margin = self.margin.value()
        except PercentInputError as error:
            problems["margin"] = str(error)
        try:
            fine = self.fine.value()
        except PercentInputError as error:
            problems["fine_percent"] = str(error)
        tiers = []
        for row in range(self.tiers.rowCount()):
            bound: MoneyEdit = self.tiers.cellWidget(row, 0)
            value: MoneyEdit = self.tiers.cellWidget(row, 1)
            try:
                tiers.append((bound.cents(), value.cents() or 0))
            except MoneyInputError as error:
                problems["compensation"] = QCoreApplication.translate(
                    "CollectionSettings", "Row {row}: {problem}"
                ).format(row=row + 1, problem=error)
                self.tiers.selectRow(row)
                break
        edited = self._regime
        if not problems:
            language = self._shop.language
            basis = {**edited.basis, language: self.basis.toPlainText().strip()}
            edited = replace(
                edited,
                interest=replace(
                    edited.interest,
                    periods=tuple(sorted(periods, key=_start)),
                    margin=margin,
                    day_count=DayCount(self.day_count.currentData()),
                ),
                fees=replace(edited.fees, tiers=tuple(tiers), fine_percent=fine),
                basis=basis,
            )
        if problems:
            self._refuse(problems)
            return None
        return edited

    def show_problems(self, problems: dict[str, RegimeProblem]) -> None:
        """Show the service's problems next to their fields."""
        for name, code in problems.items():
            self.form.show_problem(name, regime_problem_text(code))

    def _refuse(self, problems: dict[str, str]) -> None:
        for name, text in problems.items():
            self.form.show_problem(name, text)


def _start(period: RatePeriod) -> object:
    return period.start


def _remove_selected(table: QTableWidget) -> None:
    rows = table.selectionModel().selectedRows()
    row = rows[0].row() if rows else table.rowCount() - 1
    if row >= 0:
        table.removeRow(row)


class InterestPage(QScrollArea):
    """Both regimes side by side, the deadlines below; scrolls when the window is small."""

    def __init__(
        self, shop: Shop, regimes: tuple[Regime, ...], deadlines: dict[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        business, consumer = regimes
        self.business = RegimeBox(
            QCoreApplication.translate("CollectionSettings", "Business customers"), business, shop
        )
        self.consumer = RegimeBox(
            QCoreApplication.translate("CollectionSettings", "Private customers (consumers)"), consumer, shop
        )
        self.deadlines: dict[str, QSpinBox] = {}
        deadlines_box = QGroupBox(QCoreApplication.translate("CollectionSettings", "Days given to pay or reply"))
        self.deadline_form = ValidatedForm(deadlines_box)
        names = kind_names()
        for kind, days in deadlines.items():
            box = QSpinBox()
            box.setRange(0, 365)
            box.setValue(days)
            box.setSuffix(QCoreApplication.translate("CollectionSettings", " days"))
            self.deadlines[kind] = box
            label = names[kind]
            if kind == "claim":  # its usual term depends on the country's law
                label = QCoreApplication.translate("CollectionSettings", "{letter} ({country})").format(
                    letter=label, country=country_name(shop.country, shop.locale)
                )
            self.deadline_form.add_field(kind, label + ":", box)

        inner = QWidget()
        columns = QHBoxLayout()
        columns.addWidget(self.business, 1)
        columns.addWidget(self.consumer, 1)
        layout = QVBoxLayout(inner)
        layout.addLayout(columns)
        layout.addWidget(deadlines_box)
        layout.addStretch()
        self.setWidget(inner)

    def boxes(self) -> tuple[RegimeBox, RegimeBox]:
        return self.business, self.consumer

    def deadline_days(self) -> dict[str, int]:
        return {kind: box.value() for kind, box in self.deadlines.items()}
