"""Before the window opens: never start silently on a damaged database.

SQLite's ``quick_check`` runs on the file (about 0.1 s for ten years of a busy shop). When it
finds damage, the user is told in plain words and offered the newest backup that passes the
full integrity check; restoring keeps the damaged file in the backups folder for an expert.
Otherwise the program does not start on that file.

After the window is shown, the day's backup is made in the background
(:func:`start_daily_backup`): the first start of each day copies the database into the backups
folder, verified, and prunes the old copies.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_desk.db.backup import integrity_problems
from workshop_desk.db.backups import daily_backup, newest_good_backup, restore
from workshop_desk.db.session import DatabaseError

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"


def damage_found(path: Path) -> list[str]:
    """What ``quick_check`` finds wrong with an existing file (empty when it is sound or new)."""
    try:
        with path.open("rb") as file:
            if file.read(16) != SQLITE_HEADER:
                return []  # missing, empty or not SQLite at all: opening it refuses it with a reason
        return integrity_problems(path, quick=True)
    except FileNotFoundError:
        return []
    except (OSError, sqlite3.Error) as error:
        return [str(error)]


def recover_if_damaged(path: Path, parent: QWidget | None = None) -> bool:
    """Check the file; on damage offer the newest good backup. True: the program may open it."""
    problems = damage_found(path)
    if not problems:
        return True
    log.error("database %s failed quick_check: %s", path, "; ".join(problems[:5]))
    from workshop_desk.app import application

    application()  # the one QApplication, in the interface language, before this first window
    backup = newest_good_backup(path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "The shop's database is damaged"))
    text = QCoreApplication.translate(
        "Recovery",
        "Workshop Desk checked {file} before opening it and found damage. It will not work on a "
        "damaged file, so that nothing is lost or miscounted.",
    ).format(file=str(path))
    if backup is None:
        box.setText(
            text
            + "\n\n"
            + QCoreApplication.translate(
                "Recovery", "There is no good backup in {folder}. Keep the file as it is and ask a technician."
            ).format(folder=str(path.parent / "backups"))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    when = QLocale().toString(_modified(backup), QLocale.FormatType.LongFormat)
    box.setText(
        text
        + "\n\n"
        + QCoreApplication.translate(
            "Recovery",
            "The newest good backup is from {when}. Restore it? Work done after that time must be "
            "entered again. The damaged file is kept in the backups folder.",
        ).format(when=when)
    )
    restore_button = box.addButton(
        QCoreApplication.translate("Recovery", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    try:
        restore(backup, path)
    except DatabaseError as error:
        QMessageBox.critical(parent, QCoreApplication.translate("Recovery", "Restore failed"), str(error))
        return False
    return True


def _modified(path: Path) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))


def start_daily_backup(path: Path, today: date) -> None:
    """Make the day's backup off the GUI thread; a failure is logged, never in the user's way."""
    from workshop_desk.ui.workers import run_in_background

    def work() -> list[Path]:
        return daily_backup(path, today)

    def done(copies: list[Path]) -> None:
        for copy in copies:
            log.info("backup written and verified: %s", copy)

    def failed(error: BaseException) -> None:
        log.error("daily backup of %s failed: %s", path, error)

    run_in_background(work, done, failed)
