"""The log file: in the data folder, private, rotating."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from workshop_desk import logs


def test_the_log_rotates_and_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.start_logging()
    assert path == tmp_path / "WorkshopDesk" / "workshop-desk.log"
    logger = logging.getLogger("workshop_desk.test")
    for number in range(200):
        logger.info("line %d of the test log", number)
    assert path.stat().st_mode & 0o077 == 0
    rotated = sorted(path.parent.glob("workshop-desk.log.*"))
    assert [item.name for item in rotated] == [f"workshop-desk.log.{n}" for n in range(1, logs.KEEP + 1)]
    assert "line 199 of the test log" in path.read_text(encoding="utf-8")
    assert logs.start_logging() == path  # a second start adds no second handler
    handlers = [h for h in logging.getLogger("workshop_desk").handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1


def test_a_database_password_is_masked_wherever_it_appears_in_the_log(tmp_path: Path) -> None:
    """Callers log Database.display_name; the formatter masks a URL's password that slips through anyway."""
    import logging

    from workshop_desk.logs import mask_passwords, start_logging

    path = start_logging()
    secret = "postgresql+psycopg://desk:s3cr%40t@server:5432/shop"
    logger = logging.getLogger("workshop_desk.test")
    logger.warning("could not reach %s", secret)
    try:
        raise RuntimeError(f"driver said: {secret}")
    except RuntimeError:
        logger.exception("failed")
    for handler in logging.getLogger("workshop_desk").handlers:
        handler.flush()
    logged = path.read_text(encoding="utf-8")
    assert "s3cr" not in logged
    assert logged.count("postgresql+psycopg://desk:***@server:5432/shop") == 2  # the message and the exception
    assert (
        mask_passwords("postgresql://desk@server/shop and /home/a:b@c")
        == "postgresql://desk@server/shop and /home/a:b@c"
    )


def test_a_file_name_with_undecodable_bytes_is_logged_not_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """A path from a command line may hold a surrogate (bytes that are not UTF-8); the log keeps it escaped."""
    path = logs.start_logging()
    logging.getLogger("workshop_desk.test").info("Copied to %s", "caf\udce9.db")
    for handler in logging.getLogger("workshop_desk").handlers:
        handler.flush()
    assert "caf\\udce9.db" in path.read_text(encoding="utf-8")
    assert "Logging error" not in capsys.readouterr().err
