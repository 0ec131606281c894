"""Start-up: an unexpected error is logged and told once, never shown as a traceback."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from workshop_desk import app


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
