"""Remembering how the user left the window: size and place, splitter, column widths, tab.

Only this desk's state lives in QSettings (business settings are in the shop's database): the
window, the interface language, the user's name, and which database the desk opens when no
``--db`` is given (:func:`database_setting`: a file, or the shop's server with its password, so
the settings file is made readable by the user only). The settings are an INI file in the user's
configuration folder, so tests can point them elsewhere with ``QSettings.setPath``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from workshop_desk.ui.main_window import MainWindow


DATABASE_KEY = "desk/database"
"""The database this desk opens without ``--db``: a file path or a server URL; absent: the default file."""


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "WorkshopDesk", "workshop-desk")


def database_setting(store: QSettings | None = None) -> str:
    """The database chosen in the settings dialog, as typed there (with a server's password); ``""``: none."""
    value = (store or settings()).value(DATABASE_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def save_database_setting(value: str, store: QSettings | None = None) -> None:
    """Remember the database for the next start (``""``: back to the default file)."""
    store = store or settings()
    if value.strip():
        store.setValue(DATABASE_KEY, value.strip())
    else:
        store.remove(DATABASE_KEY)
    store.sync()
    _make_private(Path(store.fileName()))


def _make_private(path: Path) -> None:
    """A server's password is in the file: only the user may read it (as libpq wants of ``~/.pgpass``)."""
    if os.name == "posix" and path.is_file():
        path.chmod(0o600)


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
