"""The collection settings: the escalation ladder, the contact limits, interest and fees, deadlines.

Three tabs over one :class:`~workshop_desk.services.collection_setup.CollectionSettings`. OK checks
every tab (what the user typed, then the service's rules), shows each problem next to its field and
opens the first tab with one; only when nothing is wrong is everything saved, in one write
transaction (:func:`~workshop_desk.services.collection_setup.save_collection_settings`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.services.collection_settings import Regime
from workshop_desk.services.collection_setup import (
    LAST_HOUR,
    CollectionSettings,
    LimitsProblem,
    limits_problems,
    load_collection_settings,
    regime_problems,
    save_collection_settings,
)
from workshop_desk.services.collections import ContactLimits
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.collection_interest_page import InterestPage
from workshop_desk.ui.dialogs.collection_ladder_page import HINT_STYLE, LadderPage
from workshop_desk.ui.widgets.form import ValidatedForm


class LimitsPage(QWidget):
    """How often and when customers may be contacted (defaults: the Russian 230-FZ figures)."""

    def __init__(self, limits: ContactLimits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(
            self.tr(
                "An action that would break a limit is moved to the first day it is allowed, and the Today list "
                "says why. The defaults are the Russian rules for collecting from private persons (230-FZ); "
                "they are a sensible courtesy anywhere."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.calls = self._counts(limits.calls)
        self.messages = self._counts(limits.messages)
        self.weekday_hours = self._hours(limits.weekday_hours)
        self.weekend_hours = self._hours(limits.weekend_hours)

        counts_box = QGroupBox(self.tr("At most"))
        self.counts_form = ValidatedForm(counts_box)
        self.counts_form.add_field("calls", self.tr("Phone calls:"), self._count_row(self.calls))
        self.counts_form.add_field("messages", self.tr("Text messages and e-mails:"), self._count_row(self.messages))
        hours_box = QGroupBox(self.tr("Allowed hours"))
        self.hours_form = ValidatedForm(hours_box)
        self.hours_form.add_field("weekday_hours", self.tr("Working days:"), self._hour_row(self.weekday_hours))
        self.hours_form.add_field(
            "weekend_hours", self.tr("Saturdays and Sundays:"), self._hour_row(self.weekend_hours)
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(counts_box)
        layout.addWidget(hours_box)
        layout.addStretch()

    @staticmethod
    def _counts(values: tuple[int, int, int]) -> tuple[QSpinBox, QSpinBox, QSpinBox]:
        boxes = (QSpinBox(), QSpinBox(), QSpinBox())
        for box, value in zip(boxes, values, strict=True):
            box.setRange(0, 99)
            box.setValue(value)
        return boxes

    @staticmethod
    def _hours(values: tuple[int, int]) -> tuple[QSpinBox, QSpinBox]:
        boxes = (QSpinBox(), QSpinBox())
        for box, value in zip(boxes, values, strict=True):
            box.setRange(0, LAST_HOUR)
            box.setSuffix(":00")
            box.setValue(value)
        return boxes

    def _count_row(self, boxes: tuple[QSpinBox, QSpinBox, QSpinBox]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for box, caption in zip(boxes, (self.tr("a day"), self.tr("a week"), self.tr("a month")), strict=True):
            layout.addWidget(box)
            layout.addWidget(QLabel(caption))
            layout.addSpacing(12)
        layout.addStretch()
        row.setFocusProxy(boxes[0])
        return row

    def _hour_row(self, boxes: tuple[QSpinBox, QSpinBox]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("from")))
        layout.addWidget(boxes[0])
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(boxes[1])
        layout.addStretch()
        row.setFocusProxy(boxes[0])
        return row

    def limits(self) -> ContactLimits | None:
        """The limits as edited, or ``None`` after showing what is wrong next to the fields."""
        self.counts_form.clear_problems()
        self.hours_form.clear_problems()
        limits = ContactLimits(
            tuple(box.value() for box in self.calls),  # type: ignore[arg-type]
            tuple(box.value() for box in self.messages),  # type: ignore[arg-type]
            tuple(box.value() for box in self.weekday_hours),  # type: ignore[arg-type]
            tuple(box.value() for box in self.weekend_hours),  # type: ignore[arg-type]
        )
        problems = limits_problems(limits)
        for name, code in problems.items():
            form = self.counts_form if name in {"calls", "messages"} else self.hours_form
            text = (
                self.tr("A day cannot allow more than a week, nor a week more than a month.")
                if code is LimitsProblem.ORDER
                else self.tr("The first allowed hour must come before the last.")
            )
            form.show_problem(name, text)
        return None if problems else limits


class CollectionSettingsDialog(QDialog):
    """Edit the collection settings of the shop.

    Signals:
        settings_saved(): everything was saved (lists and letters may now read other figures).
    """

    settings_saved = Signal()
    TAB_LADDER, TAB_LIMITS, TAB_INTEREST = range(3)

    def __init__(self, database: Database, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._shop = shop
        with database.read() as session:
            self.loaded: CollectionSettings = load_collection_settings(session, shop.country)
        self.setWindowTitle(self.tr("Collection settings"))
        self.ladder_page = LadderPage(shop, self.loaded.ladder)
        self.limits_page = LimitsPage(self.loaded.limits)
        self.interest_page = InterestPage(shop, self.loaded.regimes, self.loaded.deadlines)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.ladder_page, self.tr("&Ladder"))
        self.tabs.addTab(self.limits_page, self.tr("Contact &limits"))
        self.tabs.addTab(self.interest_page, self.tr("&Interest and fees"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        available = self.screen().availableGeometry()
        self.resize(min(1080, int(available.width() * 0.95)), min(760, int(available.height() * 0.9)))

    def edited(self) -> CollectionSettings | None:
        """The settings as edited, or ``None`` after showing every problem and opening the first tab with one."""
        steps = self.ladder_page.steps()
        limits = self.limits_page.limits()
        regimes: list[Regime | None] = []
        for box in self.interest_page.boxes():
            regime = box.regime()
            if regime is not None:
                problems = regime_problems(regime)
                box.show_problems(problems)
                regimes.append(None if problems else regime)
            else:
                regimes.append(None)
        valid = [regime for regime in regimes if regime is not None]
        if steps is None or limits is None or len(valid) != len(regimes):
            wrong = [steps is None, limits is None, len(valid) != len(regimes)]
            self.tabs.setCurrentIndex(wrong.index(True))
            return None
        return CollectionSettings(self.loaded.country, steps, limits, tuple(valid), self.interest_page.deadline_days())

    def accept(self) -> None:
        """Save everything in one write transaction, or keep the dialog open showing what is wrong."""
        settings = self.edited()
        if settings is None:
            return
        with self._database.write() as session:  # the pages checked the service's rules: it will not refuse
            save_collection_settings(session, settings)
        self.settings_saved.emit()
        super().accept()
