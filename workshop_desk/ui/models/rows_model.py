"""A read-only table model for small lists already formatted for display (a statement, a plan).

Each row is a :class:`DisplayRow`: the texts of its cells, the values to sort by, and optional
colour, icon and tooltip. Big lists have models of their own that load lazily.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from workshop_desk.ui.models.base import ListTableModel


@dataclass(frozen=True)
class DisplayRow:
    cells: tuple[str, ...]
    sort_keys: tuple[Any, ...] = ()
    background: QColor | None = None
    icon: QIcon | None = None
    tooltip: str = ""
    right_aligned: frozenset[int] = field(default_factory=frozenset)


class RowsModel(ListTableModel):
    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[DisplayRow] = []

    def set_rows(self, rows: list[DisplayRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == Qt.ItemDataRole.UserRole:
            return row.sort_keys[column] if column < len(row.sort_keys) else row.cells[column]
        if role == Qt.ItemDataRole.BackgroundRole and row.background is not None:
            return QBrush(row.background)
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.icon is not None:
            return row.icon
        if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
            return row.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in row.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
