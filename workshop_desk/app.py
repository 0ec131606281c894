"""Starting the window.

Start-up order (kept cheap, heavy imports late):

1. ``cli.main`` has parsed the arguments and opened the database (migrations included), so a
   broken or foreign file is reported before any window exists.
2. :func:`run` creates the one ``QApplication``, installs an excepthook that logs an unexpected
   error and shows it once instead of letting Qt abort.
3. On an empty database the first-start dialog asks for the shop profile (or loads the demo).
4. The main window reads the shop's figures once and shows the tabs.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from types import TracebackType

from workshop_desk.db.session import Database

log = logging.getLogger(__name__)


def run(database: Database) -> int:
    from PySide6.QtWidgets import QApplication

    from workshop_desk.services.shop import has_data
    from workshop_desk.ui.highlights import app_icon
    from workshop_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Workshop Desk")
    app.setOrganizationName("WorkshopDesk")
    app.setWindowIcon(app_icon())
    sys.excepthook = _excepthook
    with database.read() as session:
        empty = not has_data(session)
    if empty:
        from workshop_desk.ui.dialogs.first_start_dialog import FirstStartDialog

        FirstStartDialog(database).exec()
    window = MainWindow(database, date.today())
    window.show()
    from workshop_desk.ui.recovery import start_daily_backup

    start_daily_backup(database.path, date.today())
    code = app.exec()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()  # let background reads finish before the database closes
    return code


_showing_error = False


def _excepthook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """Log an unexpected error to the data folder and tell the user once, in plain words.

    Errors that follow while the message is open (one fault often raises several) are only
    logged, so the user never faces a pile of dialogs.
    """
    global _showing_error
    from workshop_desk.logs import start_logging

    log_file = start_logging()
    log.error("unexpected error", exc_info=(kind, error, trace))
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None or _showing_error:
        return
    _showing_error = True
    try:
        QMessageBox.critical(
            None,
            QApplication.translate("app", "Unexpected error"),
            QApplication.translate(
                "app",
                "Something went wrong that the program did not expect. Your data is safe: every change "
                "is saved whole or not at all.\n\nThe details are in {log_file}; please send that file "
                "to whoever looks after this program.",
            ).format(log_file=log_file),
        )
    finally:
        _showing_error = False
