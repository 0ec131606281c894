"""Test configuration shared by the whole suite.

Qt needs a platform before anything imports it: the offscreen one works without a display.
Every test that touches a database gets its own file under ``tmp_path``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from workshop_desk.db.session import Database, open_database

ACCEPTANCE_DATA = Path(__file__).parent / "acceptance" / "data"


@pytest.fixture
def acceptance_data() -> Path:
    """The hand-checked sample shop of tests/acceptance (customers A1…A5)."""
    return ACCEPTANCE_DATA


@pytest.fixture
def database(tmp_path: Path) -> Database:
    """A fresh, migrated shop database in a temporary folder."""
    opened = open_database(tmp_path / "shop.db")
    yield opened
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)  # background work of a window may still read
    opened.dispose()


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's data folder (database, logs) and settings."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "user-config"))
    return folder
