"""A damaged database is never opened silently: the newest good backup is offered and restored."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop_desk.db.backups import BackupKind, make_backup
from workshop_desk.db.models import Customer
from workshop_desk.db.session import open_database
from workshop_desk.ui import recovery


def _shop(path: Path) -> None:
    database = open_database(path)
    with database.write() as session:
        session.add_all(Customer(code=f"C{number}", name=f"Customer {number}") for number in range(400))
    database.dispose()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 6] = os.urandom(4096 * 4)
    path.write_bytes(bytes(data))


def _answer(monkeypatch: pytest.MonkeyPatch, button_text: str | None) -> list[str]:
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        for button in box.buttons():
            if button_text is not None and button.text() == button_text:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_a_sound_file_opens_without_a_question(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shop.db"
    _shop(path)
    shown = _answer(monkeypatch, None)
    assert recovery.recover_if_damaged(path)
    assert shown == []


def test_damage_offers_the_newest_good_backup_and_restores_it(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shop.db"
    _shop(path)
    make_backup(path, BackupKind.DAILY, datetime(2026, 11, 24))
    _damage(path)
    assert recovery.damage_found(path)
    shown = _answer(monkeypatch, "Restore the backup")
    assert recovery.recover_if_damaged(path)
    assert "found damage" in shown[0]
    assert "newest good backup" in shown[0]
    assert recovery.damage_found(path) == []
    database = open_database(path, create=False)
    with database.read() as session:
        assert session.query(Customer).count() == 400
    database.dispose()
    assert list((tmp_path / "backups").glob("shop-before-restore-*.db"))  # the damaged file is kept


def test_damage_without_a_backup_does_not_start(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shop.db"
    _shop(path)
    _damage(path)
    shown = _answer(monkeypatch, None)
    assert not recovery.recover_if_damaged(path)
    assert "no good backup" in shown[0]


def test_quitting_leaves_the_damaged_file_as_it_is(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shop.db"
    _shop(path)
    make_backup(path, BackupKind.DAILY)
    _damage(path)
    damaged = path.read_bytes()
    _answer(monkeypatch, "Quit")
    assert not recovery.recover_if_damaged(path)
    assert path.read_bytes() == damaged


def test_the_days_backup_is_made_in_the_background(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _shop(path)
    recovery.start_daily_backup(path, datetime(2026, 11, 25).date())
    qtbot.waitUntil(lambda: (tmp_path / "backups" / "shop-monthly-2026-11.db").exists(), timeout=10_000)
    assert (tmp_path / "backups" / "shop-daily-2026-11-25.db").exists()
