"""Starting the window.

Start-up order (kept cheap, heavy imports late):

1. ``cli.main`` has parsed the arguments and opened the database (migrations included), so a
   broken or foreign file is reported before any window exists.
2. :func:`run` creates the one ``QApplication`` (:func:`application`: names, icon and the
   translations of the interface language, so every window that follows speaks it), installs an
   excepthook that logs an unexpected error and shows it once instead of letting Qt abort.
3. On an empty database the first-start dialog asks for the shop profile (or loads the demo).
4. What the start-up made is left out of later garbage collections (:func:`freeze_start_up`).
5. The main window shows the tabs, then (after its first paint) works the shop's figures out in
   the background.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING

from workshop_desk.db.session import Database

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


_translators: list[QTranslator] = []
"""The translators of the running application (Qt uses them as long as they live)."""


def application() -> QApplication:
    """The one ``QApplication``, set up before any window: names, icon, interface language.

    The language (:func:`workshop_desk.i18n.qt.interface_language`) is read once: a new choice in
    the settings applies at the next start. Calling this again returns the same application.
    """
    from PySide6.QtWidgets import QApplication

    from workshop_desk.i18n.qt import install_translators, interface_language
    from workshop_desk.ui.highlights import app_icon

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Workshop Desk")
    app.setOrganizationName("WorkshopDesk")
    app.setWindowIcon(app_icon())
    _add_shipped_fonts(app)
    if not _translators:
        _translators.extend(install_translators(app, interface_language()))
    return app


def _add_shipped_fonts(app: QApplication) -> None:
    """Make the shipped DejaVu fonts available to the window, and use them where the PC has none.

    A shop PC (or a minimal Linux) without fonts would otherwise show boxes instead of letters;
    where the system has its own fonts, the window keeps the system's look.
    """
    from PySide6.QtGui import QFont, QFontDatabase

    from workshop_desk.paths import resources_folder

    families: set[str] = set()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_folder() / "fonts" / name))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if families and set(QFontDatabase.families()) <= families:
        app.setFont(QFont(sorted(families)[0]))


def run(database: Database) -> int:
    from workshop_desk.services.shop import has_data
    from workshop_desk.ui.main_window import MainWindow

    app = application()
    sys.excepthook = _excepthook
    from workshop_desk.db.audit import set_user
    from workshop_desk.ui.messages import USER_KEY
    from workshop_desk.ui.state import settings

    set_user(str(settings().value(USER_KEY, "") or ""))  # the desk's user (settings dialog) signs the audit trail
    with database.read() as session:
        empty = not has_data(session)
    if empty:
        from workshop_desk.ui.dialogs.first_start_dialog import FirstStartDialog

        FirstStartDialog(database).exec()
    freeze_start_up()
    window = MainWindow(database, date.today())
    if os.environ.get(EXIT_AFTER_PAINT):
        _exit_after_first_paint(window)
    window.show()
    if database.path is not None:
        from workshop_desk.ui.recovery import start_daily_backup

        start_daily_backup(database.path, date.today())
    else:  # a server is backed up with pg_dump or by its administrator (workshop_desk/db/server_backup.py)
        log.info(
            "No automatic backup of %s: a server database is backed up with 'workshop-desk backup' "
            "or the server's own backups",
            database.display_name,
        )
    code = app.exec()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()  # let background reads finish before the database closes
    return code


def freeze_start_up() -> None:
    """Leave what the start-up has made so far out of Python's garbage collections from now on.

    The modules, classes and functions imported by now (about 80 000 objects with Qt and
    SQLAlchemy) live as long as the program, yet each full collection would scan them again:
    ``gc.freeze()`` moves them to a generation no collection scans (they are still freed by
    reference counting if ever unused; https://docs.python.org/3/library/gc.html#gc.freeze).
    A full collection just before the window is built then takes under 1 ms instead of 45 ms.

    Measured (tests/perf/bench.py, issue #10): the window's first rows are no faster, as no full
    collection falls while it is built (the 70–140 ms collections seen there came from the
    benchmark's closed windows left alive, since fixed); the gain is on every full collection
    afterwards. No ``gc.collect()`` first: it would cost those 45 ms at each start, and the few
    reference cycles left over from the imports are not worth it (frozen, they stay).
    """
    import gc

    gc.freeze()


EXIT_AFTER_PAINT = "WORKSHOP_DESK_EXIT_AFTER_PAINT"
"""Set (to anything) for the start-up benchmark (tests/perf/bench.py): at the main window's first
paint the program prints ``painted <time.monotonic()>`` on stdout and quits."""


def _exit_after_first_paint(window: QWidget) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (a Qt override)
            if event.type() == QEvent.Type.Paint and watched is window:
                print(f"painted {time.monotonic():.6f}", flush=True)  # the clock is system-wide
                window.removeEventFilter(self)
                QTimer.singleShot(0, window.close)  # closed, it starts no background work afterwards
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    window.installEventFilter(FirstPaint(window))


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
