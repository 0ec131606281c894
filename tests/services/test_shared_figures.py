"""The whole-shop figures read once and shared (issue #10) give what each service gives on its own.

The window's snapshot reads the history a chunk of customers at a time and works out every
position and score from that one read; the Today agenda starts from the snapshot's positions.
Each must equal the figures worked out the long way, on a demo shop with a few years of history
(plans, late payers, write-offs, promises and the contact log).
"""

from __future__ import annotations

import gc
from datetime import date

import pytest

from workshop_desk.db.session import Database
from workshop_desk.services import scoring, snapshot
from workshop_desk.services.accounts import accounts
from workshop_desk.services.collections import agenda
from workshop_desk.services.demo import DemoOptions, load_demo

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo_shop(database: Database) -> Database:
    load_demo(database, DemoOptions(locale="en", customers=60, seed=7, years=3, today=TODAY, profile="busy"))
    return database


@pytest.mark.parametrize("chunk", [7, 500])
def test_the_snapshot_s_one_read_gives_every_position_and_score(
    demo_shop: Database, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(snapshot, "WHOLE_SHOP_CHUNK", chunk)
    with demo_shop.read() as session:
        built = snapshot.build_snapshot(session, TODAY)
        listed = accounts(session, TODAY)
        scores = scoring.scores(session, TODAY)
    assert built.accounts == {account.customer.id: account for account in listed}
    assert built.scores == scores
    assert any(account.status.overdue_amount for account in listed)  # the shop has something to show


@pytest.mark.parametrize("chunk", [7, 500])
def test_the_positions_come_first_and_the_scores_after_them(
    demo_shop: Database, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(snapshot, "WHOLE_SHOP_CHUNK", chunk)
    early: list[tuple[snapshot.Snapshot, bool]] = []
    with demo_shop.read() as session:
        built = snapshot.build_snapshot(session, TODAY, positions_ready=lambda got: early.append((got, gc.isenabled())))
        alone = snapshot.build_snapshot(session, TODAY)
    [(positions, collecting)] = early
    assert (collecting, gc.isenabled()) == (False, True)  # the collector paused while building (no cycles made)
    assert (positions.complete, positions.scored, built.scored) == (True, False, True)
    assert list(positions.accounts.items()) == list(built.accounts.items()) == list(alone.accounts.items())
    assert positions.invoices == built.invoices == alone.invoices
    assert list(built.scores.items()) == list(alone.scores.items())
    owing = {key for key, account in built.accounts.items() if account.status.open_balance}
    assert owing
    assert owing <= set(positions.scores) < set(built.scores)  # the others' scores came after


def test_the_agenda_from_the_snapshot_s_positions_is_the_agenda(demo_shop: Database) -> None:
    with demo_shop.read() as session:
        positions = list(snapshot.build_snapshot(session, TODAY).accounts.values())
        from_positions = agenda(session, TODAY, listed=positions)
        worked_out = agenda(session, TODAY)
    assert from_positions == worked_out
    assert worked_out
