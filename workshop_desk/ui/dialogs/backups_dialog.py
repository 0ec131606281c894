"""File → Backups: the copies beside the database, a new one on request, and restore.

A backup runs in the background (the window stays usable). Restore asks first, says what will
happen to the current data (kept as a copy), waits for background reads to finish, swaps the
file (:func:`workshop_desk.db.backups.restore`, which checks the copy first), brings an older
copy's schema up to date, and has the window reload everything.

On a shop kept on a PostgreSQL server (issue #12) there are no copies beside a file: the dialog
says how that database is backed up (``workshop-desk backup``, which runs ``pg_dump``, or the
server's own backups) and how it is restored, and offers nothing that would act on files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.backups import BackupInfo, BackupKind, backups_folder, list_backups, make_backup, restore
from workshop_desk.db.session import Database, DatabaseError
from workshop_desk.ui.models.rows_model import DisplayRow, RowsModel
from workshop_desk.ui.workers import run_in_background


def kind_name(kind: BackupKind) -> str:
    names = {
        BackupKind.DAILY: QCoreApplication.translate("BackupsDialog", "Daily"),
        BackupKind.MONTHLY: QCoreApplication.translate("BackupsDialog", "Monthly"),
        BackupKind.BEFORE_MIGRATION: QCoreApplication.translate("BackupsDialog", "Before an update"),
        BackupKind.BEFORE_RESTORE: QCoreApplication.translate("BackupsDialog", "Before a restore"),
        BackupKind.MANUAL: QCoreApplication.translate("BackupsDialog", "Made on request"),
    }
    return names[kind]


class BackupsDialog(QDialog):
    def __init__(self, database: Database, on_restored: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.on_restored = on_restored
        self.setWindowTitle(self.tr("Backups"))
        if database.path is None:
            self._explain_server_backups(database)
            return
        self.path: Path = database.path
        self.note = QLabel(
            self.tr(
                "A verified copy is made at the first start of each day (the last 14 days and 12 months "
                "are kept) and before every update of the program. Folder: {folder}"
            ).format(folder=str(backups_folder(self.path)))
        )
        self.note.setWordWrap(True)
        self.model = RowsModel([self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("File")], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore the selected copy…"))
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"))
        self.folder_button = QPushButton(self.tr("&Open the folder"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.backup_button, self.restore_button, self.restore_file_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(860, 460)
        self.reload()

    def _explain_server_backups(self, database: Database) -> None:
        """A server database: say how it is backed up and restored, instead of listing files."""
        self.backups: list[BackupInfo] = []
        self.note = QLabel(
            self.tr(
                "The shop's data is on the PostgreSQL server {server}, so this desk makes no copies of it "
                "by itself.\n\n"
                "To make a copy, run 'workshop-desk backup' on any desk (it uses PostgreSQL's pg_dump, checks "
                "the copy and says where it is), or let the server's administrator back the database up "
                "with the server's own tools, ideally every day.\n\n"
                "To bring a copy back, close Workshop Desk on every desk and restore it on the server with "
                "pg_restore ('workshop-desk restore' shows the command)."
            ).format(server=database.display_name)
        )
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note, 1)
        layout.addWidget(buttons)
        self.resize(640, 260)

    def reload(self) -> None:
        self.backups = list_backups(self.path)
        self.model.set_rows([self._row(info) for info in self.backups])
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def _row(self, info: BackupInfo) -> DisplayRow:
        made = QLocale().toString(QDateTime(info.made_at), QLocale.FormatType.ShortFormat)
        size = QLocale().formattedDataSize(info.size)
        return DisplayRow((made, kind_name(info.kind), size, info.path.name), sort_keys=(info.made_at,))

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Making a copy…"))
        path = self.path
        run_in_background(lambda: make_backup(path, BackupKind.MANUAL), self._backed_up, self._failed, owner=self)

    def _backed_up(self, copy: Path) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(self.tr("Copy written and verified: {file}").format(file=copy.name))
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(self.tr("The copy failed: {reason}").format(reason=str(error)))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restore_from(self.backups[rows[0].row()].path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup to restore"), str(backups_folder(self.path)), self.tr("Databases (*.db)")
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, backup: Path) -> bool:
        """Ask, then replace the shop's data with ``backup``; True when restored."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the shop's data with the copy {file}?\n\nEverything entered after that copy was "
                "made will be gone from the program. The current data is kept as a copy in the backups "
                "folder, so this can be undone by restoring that copy."
            ).format(file=backup.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        QThreadPool.globalInstance().waitForDone()  # no background read may hold the old file
        try:
            kept = restore(backup, self.path)
        except DatabaseError as error:
            QMessageBox.warning(
                self, self.tr("Not restored"), self.tr("Nothing was changed: {reason}").format(reason=str(error))
            )
            return False
        self.on_restored()
        self.reload()
        message = self.tr("Restored from {file}.").format(file=backup.name)
        if kept is not None:
            message += " " + self.tr("The data it replaced is kept as {file}.").format(file=kept.name)
        self.status.setText(message)
        return True

    def open_folder(self) -> None:
        folder = backups_folder(self.path)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
