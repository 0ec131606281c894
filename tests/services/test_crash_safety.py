"""Crash safety, measured: a writer killed with SIGKILL at random moments loses nothing it committed.

A child process records payments one transaction at a time and prints each id once its commit
has returned. The test kills it at a random moment 50 times (a new child each time, on the same
file); after every kill SQLite's ``integrity_check`` must say ``ok`` and every reported payment
must be in the file. ``synchronous=FULL`` in WAL mode is what makes this hold even for a power
cut; a killed process is the part a test can reproduce.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from workshop_desk.db.session import Database

KILLS = 50
WRITER = Path(__file__).with_name("crash_writer.py")


def _run_and_kill(path: Path, customer_id: int, delay: float) -> list[int]:
    """Start a writer, kill it ``delay`` seconds after it is ready; the ids it reported committed."""
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(customer_id)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    reported: list[int] = []

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            reported.append(int(line))

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join()
    child.stdout.close()
    return reported


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")
def test_payments_survive_fifty_kills(new_database: Callable[..., Database]) -> None:
    database = new_database("crash.db", template="base")
    path = database.path
    database.dispose()
    with sqlite3.connect(path) as connection:
        customer_id = connection.execute("SELECT id FROM customer ORDER BY id LIMIT 1").fetchone()[0]
    connection.close()
    chance = random.Random(20261125)
    committed: list[int] = []
    for _ in range(KILLS):
        committed += _run_and_kill(path, customer_id, chance.uniform(0.01, 0.25))
        connection = sqlite3.connect(path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            present = {row[0] for row in connection.execute("SELECT id FROM payment WHERE reference LIKE 'crash-%'")}
        finally:
            connection.close()
        missing = set(committed) - present
        assert not missing, f"committed payments lost after a kill: {sorted(missing)[:10]}"
    assert len(committed) > KILLS  # the writers really wrote (a test that cannot fail is a defect)
    print(f"\n{KILLS} kills, {len(committed)} committed payments, none lost, integrity ok every time")
