"""File → Backups: a copy on request in the background, and a restore through the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from workshop_desk.db.backups import BackupKind, make_backup
from workshop_desk.db.models import Customer
from workshop_desk.db.session import Database
from workshop_desk.ui.dialogs.backups_dialog import BackupsDialog


def _names(database: Database) -> list[str]:
    with database.read() as session:
        return list(session.scalars(select(Customer.name).order_by(Customer.code)))


def _add(database: Database, code: str, name: str) -> None:
    with database.write() as session:
        session.add(Customer(code=code, name=name))


def test_back_up_now_adds_a_verified_copy_to_the_list(qtbot: QtBot, database: Database) -> None:
    _add(database, "C1", "Kept")
    dialog = BackupsDialog(database, lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.model.index(0, 1).data() == "Made on request"
    assert "verified" in dialog.status.text()


def test_restoring_the_selected_copy_brings_the_data_back_and_keeps_the_current_file(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(database, "C1", "Before")
    assert database.path is not None  # a file (the server case is the last test)
    make_backup(database.path, BackupKind.DAILY)
    _add(database, "C2", "After the copy")
    reloaded: list[bool] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    dialog = BackupsDialog(database, lambda: reloaded.append(True))
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert _names(database) == ["Before"]
    assert reloaded == [True]
    kinds = [dialog.model.index(row, 1).data() for row in range(dialog.model.rowCount())]
    assert sorted(kinds) == ["Before a restore", "Daily"]
    assert "Restored from" in dialog.status.text()


def test_saying_no_changes_nothing(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _add(database, "C1", "Before")
    assert database.path is not None  # a file (the server case is the last test)
    make_backup(database.path, BackupKind.DAILY)
    _add(database, "C2", "After the copy")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    dialog = BackupsDialog(database, lambda: None)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 2


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_on_a_server_the_dialog_says_how_that_database_is_backed_up_instead_of_listing_files(
    qtbot: QtBot, database: Database
) -> None:
    assert database.path is None
    dialog = BackupsDialog(database, lambda: None)
    qtbot.addWidget(dialog)
    note = dialog.note.text()
    assert database.display_name in note
    assert "workshop-desk backup" in note
    assert "pg_restore" in note
    assert not hasattr(dialog, "table")  # no list of files, no buttons acting on files
    assert dialog.backups == []
