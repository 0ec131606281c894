"""The day's collection actions: one row per account, in the agenda's order (broken promises first).

Rows are :class:`~workshop_desk.services.collections.AgendaItem` values as the service gives them.
A broken promise has a mark of its own (violet, with an icon and the words "Broken promise: …");
other rows carry the account's marks from :mod:`workshop_desk.ui.highlights`. Actions a contact
limit moved to a later day come last, greyed, and say where they moved and why.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from workshop_desk.paths import resources_folder
from workshop_desk.services.collections import AgendaItem
from workshop_desk.ui.collection_names import action_name, step_name, why_text
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.highlights import explain, marks
from workshop_desk.ui.models.base import ListTableModel

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
"""Name, code, phone, step and action in one text, for the search box."""

BROKEN_PROMISE_COLOUR = "#ead7f5"
MOVED_TEXT_COLOUR = "#7a7a7a"


@cache
def broken_promise_icon() -> QIcon:
    return QIcon(str(resources_folder() / "icons" / "broken_promise.svg"))


class AgendaModel(ListTableModel):
    """Rows of :class:`AgendaItem` in the order given; ``Qt.UserRole`` gives each column's sort key."""

    COL_CUSTOMER, COL_PHONE, COL_STEP, COL_ACTION, COL_OVERDUE, COL_DAYS, COL_DUE_SINCE, COL_WHY = range(8)

    def __init__(self, formats: Formats, parent: Any = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._rows: list[AgendaItem] = []
        self._headers = [
            QCoreApplication.translate("AgendaModel", "Customer"),
            QCoreApplication.translate("AgendaModel", "Phone"),
            QCoreApplication.translate("AgendaModel", "Step"),
            QCoreApplication.translate("AgendaModel", "Action"),
            QCoreApplication.translate("AgendaModel", "Overdue"),
            QCoreApplication.translate("AgendaModel", "Days late"),
            QCoreApplication.translate("AgendaModel", "Due since"),
            QCoreApplication.translate("AgendaModel", "Why"),
        ]

    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item(self, row: int) -> AgendaItem:
        return self._rows[row]

    def items(self) -> list[AgendaItem]:
        return list(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(item, column)
        if role == CUSTOMER_ID_ROLE:
            return item.customer_id
        if role == ITEM_ROLE:
            return item
        if role == SEARCH_ROLE:
            customer = item.account.customer
            return " ".join((customer.name, customer.code, customer.phone, step_name(item.step),
                             action_name(item.step.action)))  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_OVERDUE, self.COL_DAYS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and item.moved_to is not None:
            return QBrush(QColor(MOVED_TEXT_COLOUR))
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(item)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_CUSTOMER:
            return self._icon(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        return None

    def _display(self, item: AgendaItem, column: int) -> str:
        customer, status = item.account.customer, item.account.status
        if column == self.COL_CUSTOMER:
            return customer.name
        if column == self.COL_PHONE:
            return customer.phone
        if column == self.COL_STEP:
            return step_name(item.step)
        if column == self.COL_ACTION:
            return action_name(item.step.action)
        if column == self.COL_OVERDUE:
            return self._formats.money(status.overdue_amount) if status.overdue_amount else "—"
        if column == self.COL_DAYS:
            return str(status.max_days_late) if status.max_days_late else ""
        if column == self.COL_DUE_SINCE:
            return self._formats.short_day(item.due_since)
        return why_text(item, self._formats)

    def _sort_key(self, item: AgendaItem, column: int) -> Any:
        customer, status = item.account.customer, item.account.status
        keys = {
            self.COL_CUSTOMER: customer.name.casefold(),
            self.COL_PHONE: customer.phone,
            self.COL_STEP: item.step_index,
            self.COL_ACTION: action_name(item.step.action),
            self.COL_OVERDUE: status.overdue_amount,
            self.COL_DAYS: status.max_days_late,
            self.COL_DUE_SINCE: item.due_since.toordinal(),
            self.COL_WHY: why_text(item, self._formats),
        }
        return keys[column]

    def _background(self, item: AgendaItem) -> QBrush | None:
        if item.moved_to is not None:
            return None  # greyed: nothing to do about it today
        if item.broken_promise is not None:
            return QBrush(QColor(BROKEN_PROMISE_COLOUR))
        found = marks(item.account.status, item.account.customer.blocked)
        return QBrush(found[0].colour) if found else None

    def _icon(self, item: AgendaItem) -> QIcon | None:
        if item.broken_promise is not None:
            return broken_promise_icon()
        found = marks(item.account.status, item.account.customer.blocked)
        return found[0].icon if found else None

    def _tooltip(self, item: AgendaItem) -> str:
        customer, status = item.account.customer, item.account.status
        lines = [f"{customer.name} · {customer.code}", why_text(item, self._formats)]
        reasons = explain(status, customer.blocked, self._formats.currency, self._formats.locale)
        if reasons:
            lines.append(reasons)
        return "\n".join(lines)
