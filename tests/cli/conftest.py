"""Fixtures for the command-line tests: run ``workshop_desk.cli.main`` in-process and capture it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from workshop_desk.cli import main

ACCEPTANCE = Path(__file__).resolve().parent.parent / "acceptance" / "data"
"""A copy of the shared acceptance data and expected overdue list (``/work/shared/acceptance``)."""

KINDS = ("customers", "invoices", "installments", "payments")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


@pytest.fixture(autouse=True)
def cli_private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Keep the program's log file (and default database) out of the real user's data folder.

    (tests/conftest.py may do the same; this folder does not rely on it.) An unexpected error
    leaves a file handler on the ``workshop_desk.cli`` logger; it is removed afterwards.
    """
    folder = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    logger = logging.getLogger("workshop_desk.cli")
    handlers = list(logger.handlers)
    yield folder
    for handler in logger.handlers[:]:
        if handler not in handlers:  # an unexpected error attaches a file handler to the logger
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """``cli("overdue", "--db", path, ...)``: exit code, stdout and stderr of one in-process run.

    Argument errors end in ``SystemExit`` from argparse; its code is returned like any other.
    """

    def run(*argv: object) -> Result:
        capsys.readouterr()
        try:
            code = main([str(arg) for arg in argv])
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def acceptance_db(tmp_path: Path, cli: Callable[..., Result]) -> Path:
    """A database holding the acceptance data, imported with ``workshop-desk import``."""
    path = tmp_path / "acceptance.db"
    for kind in KINDS:
        result = cli("import", kind, ACCEPTANCE / f"{kind}.csv", "--db", path)
        assert result.code == 0, result.err
    return path
