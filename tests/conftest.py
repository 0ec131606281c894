"""Test configuration shared by the whole suite.

Qt needs a platform before anything imports it: the offscreen one works without a display.
Every test that touches a database gets its own file under ``tmp_path``.

Two engines (issue #12): a module marked ``pytestmark = pytest.mark.both_engines`` runs each test
that uses a database fixture twice, ``[sqlite]`` and ``[postgresql]``; the PostgreSQL run gets a
database of its own on the throw-away server of ``tests/postgres_server.py`` (skipped with the
reason when there is none, failed instead when ``WORKSHOP_DESK_REQUIRE_POSTGRES=1``).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import postgres_server  # tests/ is on sys.path (pytest's rootdir conftest), as for tests/linguist.py
import pytest

from workshop_desk.db.session import Database, open_database

ACCEPTANCE_DATA = Path(__file__).parent / "acceptance" / "data"
ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the database tests of a ``both_engines`` module once per engine (ids ``[sqlite]``, ``[postgresql]``)."""
    if "db_engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_engines"):
        metafunc.parametrize("db_engine", ENGINES, indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine of this test's databases: ``sqlite`` unless the module runs on both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def _postgres_server_or_reason() -> Iterator[postgres_server.PostgresServer | str]:
    try:
        server = postgres_server.start_server()
    except postgres_server.UnavailableError as error:
        yield str(error)
        return
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres(_postgres_server_or_reason: postgres_server.PostgresServer | str) -> postgres_server.PostgresServer:
    """The session's PostgreSQL server; skips the test (or fails it, in CI) when there is none."""
    if isinstance(_postgres_server_or_reason, str):
        message = f"PostgreSQL not available: {_postgres_server_or_reason}"
        if postgres_server.required():
            pytest.fail(f"{message} ({postgres_server.REQUIRE_VARIABLE} is set)", pytrace=False)
        pytest.skip(message)
    return _postgres_server_or_reason


@pytest.fixture
def acceptance_data() -> Path:
    """The hand-checked sample shop of tests/acceptance (customers A1…A5)."""
    return ACCEPTANCE_DATA


@pytest.fixture
def database(tmp_path: Path, db_engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh, migrated shop database in a temporary folder (or on the test server)."""
    server: postgres_server.PostgresServer | None = None
    if db_engine == "postgresql":
        server = request.getfixturevalue("postgres")
        url = server.new_database(postgres_server.migrated_template(server))
        opened = open_database(url)
    else:
        opened = open_database(tmp_path / "shop.db")
    yield opened
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)  # background work of a window may still read
    opened.dispose()
    if server is not None:
        server.drop_database(opened.url)


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's data folder (database, logs) and settings."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "user-config"))
    return folder
