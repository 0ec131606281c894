"""How long the Reports figures take, phase by phase, on a database (a big demo shop, say).

    .venv/bin/workshop-desk demo --db /tmp/big.db --customers 5000 --years 12 --today 2026-03-15
    .venv/bin/python tests/perf/report_timings.py /tmp/big.db --as-of 2026-03-15

Prints the best and the median of ``--runs`` runs of each phase of
:func:`workshop_desk.services.reports.report_figures` (CPU time of this process, so other work on
the machine disturbs it less than the wall clock would), then the whole call (wall clock), and
the PDF exports once. Not part of the test suite (pytest does not collect ``tests/perf``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from workshop_desk.db.queries import account_histories
from workshop_desk.db.session import open_database
from workshop_desk.domain.reports import trend_days
from workshop_desk.domain.timeline import Timeline
from workshop_desk.services import reports
from workshop_desk.services.accounts import accounts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    database = open_database(args.database)
    phases: dict[str, list[float]] = {}
    whole: list[float] = []

    @contextlib.contextmanager
    def timed(name: str) -> Iterator[None]:
        start = time.process_time()
        yield
        phases.setdefault(name, []).append(time.process_time() - start)

    try:
        for _ in range(args.runs):
            with database.read() as session:
                with timed("read installments and payments"):
                    histories = account_histories(session, args.as_of)
                with timed("aging (accounts())"):
                    listed = accounts(session, args.as_of, histories=histories)
                with timed("timelines"):
                    timelines = {key: Timeline(h.installments, h.payments) for key, h in histories.items()}
                with timed("24-point trend"):
                    days = trend_days(args.as_of)
                    for timeline in timelines.values():
                        timeline.overdue_on_days(days)
                with timed("letters"):
                    reports.letter_effects(session, args.as_of, timelines)
                start = time.perf_counter()
                figures = reports.report_figures(session, args.as_of)
                whole.append(time.perf_counter() - start)
        print(f"{len(histories)} customers with a history, {len(listed)} accounts, {len(figures.aging_rows)} open")
        for name, seconds in phases.items():
            print(f"  {name:32} best {min(seconds):6.3f} s   median {statistics.median(seconds):6.3f} s")
        print(
            f"  {'report_figures (wall clock)':32} best {min(whole):6.3f} s   median {statistics.median(whole):6.3f} s"
        )
        with database.read() as session:
            start = time.perf_counter()
            pdf = reports.render_aging_pdf(session, args.as_of)
            print(f"  aging PDF: {time.perf_counter() - start:.2f} s, {len(pdf) // 1024} KiB")
    finally:
        database.dispose()
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
