"""How every list in the program looks: one line per row, compact, one column taking the rest."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

MAX_FITTED_WIDTH = 240


def configure_list(table: QTableView, *, stretch_column: int) -> None:
    """One line per row, compact rows, columns sized to their content but one that takes the rest."""
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(100)  # measure the first rows, not all of a long list
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)


def fit_columns(table: QTableView, *, stretch_column: int) -> None:
    """Size every column but the stretching one to its content (the first rows), once."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if column != stretch_column:
            table.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column) + 8, MAX_FITTED_WIDTH))


def search_above_table(page: QWidget, search: QLineEdit, count: QLabel, table: QTableView) -> QVBoxLayout:
    """The layout of a list page: the search box and its count on top, the table below."""
    row = QHBoxLayout()
    row.addWidget(search, 1)
    row.addWidget(count)
    layout = QVBoxLayout(page)
    layout.addLayout(row)
    layout.addWidget(table)
    return layout
