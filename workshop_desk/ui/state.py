"""Remembering how the user left the window: size and place, splitter, column widths, tab.

Only interface state lives in QSettings (business settings are in the shop's database). The
settings are an INI file in the user's configuration folder, so tests can point them elsewhere
with ``QSettings.setPath``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from workshop_desk.ui.main_window import MainWindow


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "WorkshopDesk", "workshop-desk")


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_window(window: MainWindow) -> None:
    store = settings()
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    store.setValue("window/tab", window.tabs.currentIndex())
    store.setValue("customers/splitter", window.customers_tab.splitter.saveState())
    store.setValue("customers/header", window.customers_tab.table.horizontalHeader().saveState())
    store.setValue("invoices/header", window.invoices_tab.table.horizontalHeader().saveState())
    store.setValue("overdue/header", window.overdue_tab.table.horizontalHeader().saveState())
    store.sync()


def restore_window(window: MainWindow) -> None:
    store = settings()
    restorers = {
        "window/geometry": window.restoreGeometry,
        "window/state": window.restoreState,
        "customers/splitter": window.customers_tab.splitter.restoreState,
        "customers/header": window.customers_tab.table.horizontalHeader().restoreState,
        "invoices/header": window.invoices_tab.table.horizontalHeader().restoreState,
        "overdue/header": window.overdue_tab.table.horizontalHeader().restoreState,
    }
    for key, restore in restorers.items():
        value = _bytes(store.value(key))
        if value is not None:
            restore(value)
    tab = store.value("window/tab", window.TAB_TODAY)  # first start: the day's work
    try:
        window.tabs.setCurrentIndex(int(tab))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        window.tabs.setCurrentIndex(0)
