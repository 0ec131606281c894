"""Start-up: an unexpected error is logged and told once, never shown as a traceback."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from workshop_desk import app
from workshop_desk.db.session import Database
from workshop_desk.ui.main_window import MainWindow


class _NoEventLoop:
    def exec(self) -> int:
        return 0


def test_an_unexpected_error_is_logged_and_shown_once_in_plain_words(
    qtbot: QtBot, private_data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError as error:
        app._excepthook(type(error), error, error.__traceback__)
    log = (private_data_folder / "WorkshopDesk" / "workshop-desk.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug" in log
    assert "Traceback" in log
    assert len(shown) == 1
    assert "Your data is safe" in shown[0]
    assert "Traceback" not in shown[0]
    assert str(private_data_folder / "WorkshopDesk" / "workshop-desk.log") in shown[0]


@pytest.mark.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)
def test_the_daily_backup_at_start_is_for_files_only(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from workshop_desk.services.shop import Shop, save_shop
    from workshop_desk.ui import recovery

    with database.write() as session:
        save_shop(session, Shop(name="Kershaw Motors", country="GB", currency="GBP", language="en"))
    started: list[Path] = []
    monkeypatch.setattr(recovery, "start_daily_backup", lambda path, _today: started.append(path))
    # The window is built and shown, but its event loop is not entered: a QApplication.exec() that
    # has returned once leaves this test process unable to receive later background results.
    monkeypatch.setattr(app, "application", lambda: _NoEventLoop())
    with caplog.at_level("INFO", logger="workshop_desk.app"):
        assert app.run(database) == 0
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()
    if database.path is not None:
        assert started == [database.path]
    else:  # a server is backed up with pg_dump or by its administrator: a line in the log says so
        assert started == []
        assert f"No automatic backup of {database.display_name}" in caplog.text
