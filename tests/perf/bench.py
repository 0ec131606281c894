"""The Workshop Desk benchmark: a busy shop's database, and how long the program takes with it.

Run it with ``scripts/dev.sh bench`` (or ``.venv/bin/python tests/perf/bench.py``; ``--help``
lists the options). It is not part of the test suite (pytest does not collect ``tests/perf``).

The database is made once with the demo generator's ``busy`` profile — 5 000 customers, 12 years,
about 100 000 invoices, 300 000 installments, 250 000 payments and 55 000 contact-log entries —
and kept in ``tests/perf/.cache/`` under a name made of the generator's options, the schema
revision and a digest of the generator's code, so a later run reuses it and a change to either
makes a new one. Each run works on a copy (letters are recorded), made in a temporary folder.

What is measured (each figure the median of ``--runs`` runs unless the table says otherwise):

1. **Cold start**: a new ``workshop-desk gui --db COPY`` process, offscreen, until the main window's
   first paint (the program prints the moment when ``WORKSHOP_DESK_EXIT_AFTER_PAINT`` is set;
   see ``workshop_desk/app.py``). One start before the measured ones is not counted: it makes the
   day's backup, which every later start of the day skips. The operating system's file cache is
   warm (it is not emptied: that needs root and slows down everyone on the machine).
2. **The window**, in this process, offscreen: ``MainWindow(database, day)`` opened on the Customers
   tab. *First rows* of a tab is the time from ``MainWindow(...)`` until its rows are painted, had
   the user looked at it at once: Customers is measured directly; for Invoices (rows read by the
   constructor), Overdue (rows from the background positions, ``positions_ready``) and Today (rows from
   the background agenda, ``agenda_ready``) it is the time their rows were ready plus the paint
   when the tab is shown. Then, on the settled window: a keystroke in the invoices search (typed
   with QTest, the search box's 250 ms pause skipped with ``flush()``, until the new first page is
   painted), the same in the customers search, and a click on a column header (sort) in both.
3. **Overdue for every customer**: ``services.accounts.overdue_accounts`` against the floor, one
   hand-written SQL query in ``sqlite3`` (its text is printed with ``--show-sql``; what it computes
   is under the table).
4. **The Today agenda** (``services.collections.agenda``) and the **Reports tab** (shown on the
   settled window until ``figures_shown``), when the program has them.
5. **Letters**: one reminder and one claim letter (``services.letters.produce_letter`` in its own
   write transaction: compose, render, record), and 100 reminders as the batch does them
   (``ui.letter_batch.LetterBatch.run`` into a folder).
6. **Peak memory** of a separate process that opens the window and visits every tab (its
   ``VmHWM`` on Linux: ``ru_maxrss`` there also counts this process's memory when it started the
   child; ``ru_maxrss`` elsewhere); and the size of the database file.

The machine should be otherwise idle: the load average is printed before and after, and a busy
machine is warned about (the figures are then too slow by an unknown factor).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

PERF_FOLDER = Path(__file__).resolve().parent
PROJECT = PERF_FOLDER.parent.parent
DEFAULT_CACHE = PERF_FOLDER / ".cache"
AS_OF = date(2026, 11, 25)
"""The busy shop's history ends on this day and every figure is worked out as of it (the cached
database stays valid whatever the day the benchmark runs; the cold start alone uses the real day)."""
SHOP = {"customers": 5000, "years": 12, "seed": 1, "locale": "en", "profile": "busy"}
LETTERS_IN_BATCH = 100
WAIT_S = 900.0
"""The longest the benchmark waits for one background result before it gives up."""
BUSY_LOAD = 0.7
"""A one-minute load average per core above this: the machine is not idle."""

# The targets on the project's 2-core machine (issue #10).
START_S = 1.5
TAB_MS = 150.0
KEY_MS = 50.0
OVERDUE_FLOOR_RATIO = 3.0
LETTER_MS = 150.0
BATCH_S = 10.0
RSS_MB = 300.0

FLOOR_SQL = """
WITH due AS (
    SELECT invoice.customer_id AS customer_id, SUM(installment.amount_cents) AS due_before
    FROM installment JOIN invoice ON invoice.id = installment.invoice_id
    WHERE invoice.status = 'open' AND invoice.issue_date <= :as_of AND installment.due_date < :as_of
    GROUP BY invoice.customer_id
), received AS (
    SELECT customer_id, SUM(amount_cents) AS paid FROM payment WHERE date <= :as_of GROUP BY customer_id
)
SELECT due.customer_id, MAX(0, due.due_before - COALESCE(received.paid, 0)) AS overdue
FROM due LEFT JOIN received ON received.customer_id = due.customer_id
WHERE due.due_before > COALESCE(received.paid, 0)
"""
FLOOR_TEXT = (
    "The SQL floor computes, per customer, MAX(0, Σ installments due strictly before the day of non-void "
    "invoices issued on or before it − Σ payments dated on or before it), for customers where that is "
    "positive. That is the program's overdue amount when payments are applied in due-date order; a payment "
    "tied to an invoice may pay a later installment first, so the floor is a lower bound of the program's "
    "figure (which also gives days late, missed installments and the limit, and every customer's status)."
)


# ---------------------------------------------------------------------------------------------- results


@dataclass
class Row:
    """One line of the table."""

    figure: str
    target: str = "—"
    samples: list[float] = field(default_factory=list)
    unit: str = "ms"  # ms, s, MB, ratio
    floor: float | None = None
    limit: float | None = None  # pass when the median is at most this (in ``unit``)
    note: str = ""
    missing: str = ""  # why the figure is n/a

    @property
    def value(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    def verdict(self) -> str:
        value = self.value
        if value is None:
            return "n/a"
        if self.limit is None:
            return "—"
        compared = value / self.floor if self.floor else value
        return "pass" if compared <= self.limit else "FAIL"


def _amount(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value / 1000:.2f} s" if value >= 10_000 else f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g}"


def print_table(rows: list[Row]) -> None:
    header = ("figure", "target", "measured", "runs", "floor", "ratio", "result")
    lines = []
    for row in rows:
        value = row.value
        if value is None:
            measured = f"n/a ({row.missing})" if row.missing else "n/a"
            runs = ratio = floor = ""
        else:
            measured = _amount(value, row.unit)
            spread = f" ({_amount(min(row.samples), row.unit)}–{_amount(max(row.samples), row.unit)})"
            measured += spread if len(row.samples) > 1 else ""
            runs = str(len(row.samples))
            floor = _amount(row.floor, row.unit) if row.floor else ""
            ratio = f"{value / row.floor:.1f}×" if row.floor else ""
        lines.append((row.figure, row.target, measured, runs, floor, ratio, row.verdict()))
    widths = [max(len(line[index]) for line in [header, *lines]) for index in range(len(header))]
    rule = "  ".join("-" * width for width in widths)
    print(rule)
    print("  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True)).rstrip())
    print(rule)
    for line in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
    print(rule)
    notes = [(index, row.note) for index, row in enumerate(rows, start=1) if row.note]
    for _index, note in notes:
        print(f"  {note}")


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def load_average() -> str:
    with contextlib.suppress(OSError, AttributeError):
        one, five, _fifteen = os.getloadavg()
        return f"{one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"
    return "unknown"


def machine_busy() -> bool:
    with contextlib.suppress(OSError, AttributeError):
        return os.getloadavg()[0] / (os.cpu_count() or 1) > BUSY_LOAD
    return False


# ---------------------------------------------------------------------------------------------- the database


def _generator_digest() -> str:
    """A digest of the code and words the demo shop is made from (a change makes a new database)."""
    from workshop_desk.paths import package_folder

    package = package_folder()
    files = [
        package / "demo" / "generator.py",
        package / "demo" / "tax_ids.py",
        package / "demo" / "locales" / f"{SHOP['locale']}.json",
        package / "services" / "demo.py",
        package / "services" / "demo_history.py",
    ]
    digest = hashlib.sha256()
    for path in files:
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def cached_database(cache: Path, rebuild: bool) -> tuple[Path, dict[str, Any]]:
    """The busy shop's database in ``cache``, made first if there is none for these options."""
    from workshop_desk.db.migrate import HEAD_REVISION

    name = (
        f"{SHOP['profile']}-c{SHOP['customers']}-y{SHOP['years']}-s{SHOP['seed']}-{SHOP['locale']}"
        f"-{AS_OF.isoformat()}-schema{HEAD_REVISION}-gen{_generator_digest()}"
    )
    path = cache / f"{name}.db"
    meta_path = cache / f"{name}.json"
    if path.exists() and meta_path.exists() and not rebuild:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["cached"] = True
        return path, meta
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob(f"{SHOP['profile']}-c*"):  # the benchmark's older databases (90 MB each) go
        old.unlink()
    partial = cache / f"{name}.partial.db"
    log(f"making the busy shop's database (once; kept in {cache}) …")
    from workshop_desk.db.session import open_database
    from workshop_desk.services.demo import DemoOptions, load_demo

    started = time.perf_counter()
    database = open_database(partial)
    try:
        options = DemoOptions(
            locale=str(SHOP["locale"]),
            customers=int(SHOP["customers"]),
            seed=int(SHOP["seed"]),
            years=int(SHOP["years"]),
            today=AS_OF,
            profile=str(SHOP["profile"]),
        )
        counts = load_demo(database, options)
    finally:
        database.dispose()  # the last connection closed: SQLite folds the WAL into the file
    seconds = time.perf_counter() - started
    for extra in cache.glob(f"{name}.partial.db-*"):
        extra.unlink()
    partial.replace(path)
    meta = {
        "options": SHOP,
        "as_of": AS_OF.isoformat(),
        "seconds": round(seconds, 1),
        "counts": {
            "customers": counts.customers,
            "invoices": counts.invoices,
            "installments": counts.installments,
            "payments": counts.payments,
            "contacts": counts.contacts,
        },
        "load_while_made": load_average(),
    }
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    meta["cached"] = False
    log(f"made in {seconds:.1f} s")
    return path, meta


def working_copy(source: Path, folder: Path) -> Path:
    target = folder / "shop.db"
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    return target


# ---------------------------------------------------------------------------------------------- 1. cold start


def program_command() -> list[str]:
    script = Path(sys.executable).with_name("workshop-desk.exe" if os.name == "nt" else "workshop-desk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "workshop_desk"]


def child_environment(folder: Path) -> dict[str, str]:
    """Offscreen, with a data folder in ``folder`` and settings of its own (as on a first start: a
    window remembered on the Reports tab would start that tab's work at once)."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="config-", dir=folder),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def cold_start(database: Path, folder: Path, *, wait_for_exit: bool) -> float:
    """Seconds from launching ``workshop-desk gui`` to the main window's first paint."""
    env = child_environment(folder)
    env["WORKSHOP_DESK_EXIT_AFTER_PAINT"] = "1"
    errors = (folder / "start-stderr.txt").open("ab")
    started = time.monotonic()  # the child prints the same system-wide clock (app.py)
    process = subprocess.Popen(
        [*program_command(), "gui", "--db", str(database)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
    )
    watchdog = threading.Timer(WAIT_S, process.kill)
    watchdog.start()
    try:
        painted = None
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("painted "):
                painted = float(line.split()[1])
                break
        if painted is None:
            raise RuntimeError(f"workshop-desk gui ended without painting; see {folder / 'start-stderr.txt'}")
        if wait_for_exit:
            process.wait()  # the background work (figures, the day's backup) finishes first
        else:
            process.kill()  # only this benchmark's own child, by its handle
            process.wait()
        return painted - started
    finally:
        watchdog.cancel()
        errors.close()
        if process.poll() is None:
            process.kill()
            process.wait()


# ---------------------------------------------------------------------------------------------- 3. and 4. services


def median_time(work: Callable[[], Any], runs: int) -> tuple[list[float], Any]:
    samples, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        samples.append((time.perf_counter() - started) * 1000)
    return samples, result


def overdue_rows(database_path: Path, runs: int, show_sql: bool) -> list[Row]:
    from workshop_desk.db.session import open_database
    from workshop_desk.services.accounts import overdue_accounts

    database = open_database(database_path, create=False)
    try:

        def program() -> list[Any]:
            with database.read() as session:
                return overdue_accounts(session, AS_OF)

        program()  # warm the file cache and SQLAlchemy's statement cache
        program_samples, listed = median_time(program, runs)
    finally:
        database.dispose()

    connection = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
    try:

        def floor() -> list[tuple[int, int]]:
            return connection.execute(FLOOR_SQL, {"as_of": AS_OF.isoformat()}).fetchall()

        floor()
        floor_samples, floor_result = median_time(floor, max(runs, 5))
    finally:
        connection.close()
    if show_sql:
        print(FLOOR_SQL)
    by_program = {account.customer.id: account.status.overdue_amount for account in listed}
    by_floor = dict(floor_result)
    owing = {key for key, value in by_program.items() if value} | set(by_floor)
    same = sum(1 for key in owing if by_program.get(key, 0) == by_floor.get(key, 0))
    lower = all(by_floor.get(key, 0) <= by_program.get(key, 0) for key in owing)
    note = (
        f"overdue: {FLOOR_TEXT} On this shop: {len(by_floor)} customers overdue by the floor, "
        f"{sum(1 for value in by_program.values() if value)} by the program; the same amount for {same} of "
        f"{len(owing)}; totals {sum(by_floor.values()) / 100:,.2f} (floor) and {sum(by_program.values()) / 100:,.2f} "
        f"(program){'; the floor is below the program for every customer' if lower else ''}."
    )
    row = Row("Overdue for every customer (overdue_accounts)", f"≤ {OVERDUE_FLOOR_RATIO:g}× floor", program_samples)
    row.floor, row.limit, row.note = statistics.median(floor_samples), OVERDUE_FLOOR_RATIO, note
    floor_row = Row("  the floor: one SQL query in sqlite3", "—", floor_samples)
    return [row, floor_row]


def agenda_row(database_path: Path, runs: int) -> Row:
    row = Row("Today agenda (services.collections.agenda)", "—")
    try:
        from workshop_desk.services.collections import agenda
    except ImportError as error:
        row.missing = f"not in the program: {error}"
        return row
    from workshop_desk.db.session import open_database

    database = open_database(database_path, create=False)
    try:

        def work() -> list[Any]:
            with database.read() as session:
                return agenda(session, AS_OF)

        row.samples, items = median_time(work, runs)
        row.note = f"agenda: {len(items)} actions for {AS_OF.isoformat()}."
    finally:
        database.dispose()
    return row


# ---------------------------------------------------------------------------------------------- 2. and 4. the window


def qt_application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from workshop_desk import app as app_module

    setup = getattr(app_module, "application", None)  # names, icon, translators, as the program starts
    if setup is not None:
        app = setup()
        import workshop_desk.ui.main_window  # noqa: F401 (imported before the freeze, as in app.run)

        freeze = getattr(app_module, "freeze_start_up", None)
        if freeze is not None:
            freeze()
        return app
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Workshop Desk")
    app.setOrganizationName("WorkshopDesk")
    return app


_errors: list[str] = []


def _record_error(kind: type[BaseException], error: BaseException, _trace: Any) -> None:
    _errors.append(f"{kind.__name__}: {error}")
    log(f"error in the window: {kind.__name__}: {error}")


def wait_until(condition: Callable[[], bool], timeout: float = WAIT_S) -> float:
    """Run the event loop until ``condition()``; returns ``time.perf_counter()`` at that moment."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if not condition():
            time.sleep(0.0005)  # let the background threads have the interpreter
    return time.perf_counter()


def paint_probe(widget: Any, condition: Callable[[], bool]) -> Any:
    """Notes when ``widget`` has finished a paint while armed and ``condition()`` holds."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__(widget)
            self.armed = False
            self.done_at: float | None = None
            widget.installEventFilter(self)

        def arm(self) -> None:
            self.armed, self.done_at = True, None

        def eventFilter(self, _watched: Any, event: Any) -> bool:
            if self.armed and event.type() == QEvent.Type.Paint and condition():
                self.armed = False
                QTimer.singleShot(0, self._painted)  # the next turn of the loop: the paint is done
            return False

        def _painted(self) -> None:
            self.done_at = time.perf_counter()

    return Probe()


@dataclass
class WindowFigures:
    first_rows: dict[str, list[float]] = field(default_factory=dict)
    figures_ready: list[float] = field(default_factory=list)
    positions_ready: list[float] = field(default_factory=list)
    invoice_keys: list[float] = field(default_factory=list)
    customer_keys: list[float] = field(default_factory=list)
    invoice_sorts: list[float] = field(default_factory=list)
    customer_sorts: list[float] = field(default_factory=list)
    reports_first_paint: list[float] = field(default_factory=list)
    reports_quick: list[float] = field(default_factory=list)
    reports_figures: list[float] = field(default_factory=list)
    reports_missing: str = ""
    today_missing: str = ""
    search_word: str = ""


def search_word(database_path: Path) -> str:
    """Four letters that find some invoices: the start of the most common family name."""
    connection = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM customer WHERE kind = 'person'")]
    finally:
        connection.close()
    counts: dict[str, int] = {}
    for name in names:
        word = name.split()[-1].lower()
        if word.isascii() and word.isalpha() and len(word) >= 4:
            counts[word[:4]] = counts.get(word[:4], 0) + 1
    return max(sorted(counts), key=lambda key: counts[key]) if counts else "smit"


def open_window(database: Any) -> tuple[Any, float, dict[str, float]]:
    """Open the main window on the Customers tab; returns it, when it was asked for, and when each
    tab's rows were ready (the background ones are filled in as they arrive)."""
    from PySide6.QtCore import QThreadPool

    from workshop_desk.ui import state
    from workshop_desk.ui.main_window import MainWindow

    QThreadPool.globalInstance().waitForDone()
    remembered = state.settings()
    remembered.clear()  # every run starts as the first start (no tab, sizes or columns remembered)
    remembered.sync()
    gc.collect()  # the previous run's leftovers are not this run's work
    started = time.perf_counter()
    window = MainWindow(database, AS_OF)
    built = time.perf_counter()
    ready = {"Customers": built, "Invoices": built}
    window.snapshot_ready.connect(lambda: ready.setdefault("Figures", time.perf_counter()))
    # The Overdue list shows its rows once every position is known (the scores come after), in a
    # program that works them out in two steps; else once every figure is.
    first = getattr(window, "positions_ready", window.snapshot_ready)
    first.connect(lambda: ready.setdefault("Overdue", time.perf_counter()))
    today = getattr(window, "today_tab", None)
    if today is not None and hasattr(today, "agenda_ready"):
        today.agenda_ready.connect(lambda: ready.setdefault("Today", time.perf_counter()))
    window.tabs.setCurrentIndex(window.TAB_CUSTOMERS)
    return window, started, ready


def close_window(window: Any) -> None:
    """Close ``window`` and really delete it before the next run.

    ``deleteLater`` is carried out by an event loop's ``DeferredDelete`` only when control returns
    to it; ``processEvents`` alone does not, so without the explicit ``sendPostedEvents`` every
    run's window stayed alive (1 → 2 → 3 windows, 100 000 → 350 000 Python objects) and later runs
    paid for the older ones in Python's full garbage collections (70–140 ms each).
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    window.close()
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.processEvents()  # the background results still queued for the window
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


def tab_tables(window: Any) -> dict[str, Any]:
    tables = {
        "Customers": (window.TAB_CUSTOMERS, window.customers_tab.table),
        "Invoices": (window.TAB_INVOICES, window.invoices_tab.table),
        "Overdue": (window.TAB_OVERDUE, window.overdue_tab.table),
    }
    if getattr(window, "today_tab", None) is not None:
        tables["Today"] = (window.TAB_TODAY, window.today_tab.table)
    return tables


def show_tab(window: Any, index: int, table: Any) -> float:
    """Switch to a tab; milliseconds until its table is painted with rows."""
    probe = paint_probe(table.viewport(), lambda: table.model().rowCount() > 0)
    probe.arm()
    started = time.perf_counter()
    window.tabs.setCurrentIndex(index)
    table.viewport().update()
    done = wait_until(lambda: probe.done_at is not None, 60)
    probe.deleteLater()
    return (probe.done_at or done) - started


def time_keystrokes(search: Any, table: Any, word: str, flush: bool) -> list[float]:
    """Type ``word`` into ``search`` a key at a time; milliseconds from each key to the repainted list."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    search.setFocus()
    samples = []
    probe = paint_probe(table.viewport(), lambda: True)
    for char in word:
        probe.arm()
        started = time.perf_counter()
        QTest.keyClick(search, char)
        if flush:
            search.flush()  # the box waits for a pause in the typing first; that wait is not counted
        wait_until(lambda: probe.done_at is not None, 60)
        samples.append((probe.done_at or time.perf_counter()) - started)
    QTest.keyClick(search, Qt.Key.Key_Escape)  # clear the search again
    if flush:
        search.flush()
    wait_until(lambda: not search.text(), 60)
    probe.deleteLater()
    return [sample * 1000 for sample in samples]


def time_sorts(table: Any, columns: list[int]) -> list[float]:
    """Click the header of each column in turn; milliseconds from each click to the repainted list."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    header = table.horizontalHeader()
    probe = paint_probe(table.viewport(), lambda: True)
    samples = []
    for column in columns:
        probe.arm()
        place = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
        started = time.perf_counter()
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, place)
        wait_until(lambda: probe.done_at is not None, 120)
        samples.append(((probe.done_at or time.perf_counter()) - started) * 1000)
    probe.deleteLater()
    return samples


def window_figures(database_path: Path, runs: int) -> WindowFigures:

    from workshop_desk.db.session import open_database
    from workshop_desk.ui.models.customers_model import CustomersModel
    from workshop_desk.ui.models.invoices_model import InvoicesModel

    qt_application()
    sys.excepthook = _record_error
    result = WindowFigures(search_word=search_word(database_path))
    database = open_database(database_path, create=False)
    try:
        for run in range(runs):
            log(f"window, run {run + 1} of {runs}")
            window, started, ready = open_window(database)
            tables = tab_tables(window)
            customers = window.customers_tab.table
            probe = paint_probe(customers.viewport(), lambda: customers.model().rowCount() > 0)  # noqa: B023
            probe.arm()
            window.show()
            customers_painted = wait_until(lambda: probe.done_at is not None, 60)  # noqa: B023
            result.first_rows.setdefault("Customers", []).append(
                ((probe.done_at or customers_painted) - started) * 1000
            )
            waiting_for = ["Overdue", "Figures"] + (["Today"] if "Today" in tables else [])
            wait_until(lambda: all(name in ready for name in waiting_for))  # noqa: B023
            result.figures_ready.append((ready["Figures"] - started) * 1000)
            result.positions_ready.append((ready["Overdue"] - started) * 1000)
            for name in ("Invoices", "Overdue", "Today"):
                if name in tables:
                    index, table = tables[name]
                    paint = show_tab(window, index, table)
                    result.first_rows.setdefault(name, []).append((ready[name] - started + paint) * 1000)
            if "Today" not in tables:
                result.today_missing = "the window has no Today tab"

            window.tabs.setCurrentIndex(window.TAB_INVOICES)
            wait_until(lambda: True)
            invoices_tab = window.invoices_tab
            result.invoice_keys += time_keystrokes(invoices_tab.search, invoices_tab.table, result.search_word, True)
            result.invoice_sorts += time_sorts(
                invoices_tab.table, [InvoicesModel.COL_CUSTOMER, InvoicesModel.COL_TOTAL, InvoicesModel.COL_ISSUED]
            )
            window.tabs.setCurrentIndex(window.TAB_CUSTOMERS)
            wait_until(lambda: True)
            customers_tab = window.customers_tab
            result.customer_keys += time_keystrokes(
                customers_tab.search, customers_tab.table, result.search_word, False
            )
            result.customer_sorts += time_sorts(customers_tab.table, [CustomersModel.COL_OPEN, CustomersModel.COL_NAME])
            reports_tab(window, result)
            close_window(window)
            window = tables = customers = probe = invoices_tab = customers_tab = None  # not into the next run
    finally:
        database.dispose()
    return result


def reports_tab(window: Any, result: WindowFigures) -> None:
    tab = getattr(window, "reports_tab", None)
    if tab is None or not hasattr(window, "TAB_REPORTS"):
        result.reports_missing = "the window has no Reports tab"
        return
    if not hasattr(tab, "figures_shown"):
        result.reports_missing = "the Reports tab has no figures_shown signal"
        return
    shown: list[float] = []
    quick: list[float] = []
    tab.figures_shown.connect(lambda: shown.append(time.perf_counter()))
    if hasattr(tab, "quick_figures_shown"):  # the figures that come from the window's snapshot, first
        tab.quick_figures_shown.connect(lambda: quick.append(time.perf_counter()))
    errors_before = len(_errors)
    probe = paint_probe(tab, lambda: True)
    probe.arm()
    started = time.perf_counter()
    window.tabs.setCurrentIndex(window.TAB_REPORTS)
    try:
        wait_until(lambda: bool(shown) or len(_errors) > errors_before)
    except TimeoutError:
        result.reports_missing = f"no figures after {WAIT_S:.0f} s"
        return
    if not shown:
        result.reports_missing = f"failed: {_errors[-1]}"
        return
    if probe.done_at is not None:
        result.reports_first_paint.append((probe.done_at - started) * 1000)
    result.reports_figures.append((shown[0] - started) * 1000)
    if quick:
        result.reports_quick.append((quick[0] - started) * 1000)
    probe.deleteLater()


def window_rows(figures: WindowFigures) -> list[Row]:
    rows = []
    for name in ("Customers", "Invoices", "Overdue", "Today"):
        row = Row(f"{name} tab: first rows shown", f"≤ {TAB_MS:g} ms", figures.first_rows.get(name, []))
        row.limit = TAB_MS
        if name == "Today" and figures.today_missing:
            row.missing = figures.today_missing
        rows.append(row)
    rows[0].note = (
        "first rows: from MainWindow(...) to the tab's rows painted (Customers measured as opened; Invoices, "
        "Overdue and Today: when their rows were ready, plus the paint when the tab is shown). Overdue waits "
        "for the background positions (positions_ready), Today for the agenda worked out from them; the scores "
        "come last (snapshot_ready); Customers and Invoices show rows whose figures are still blank."
    )
    rows.append(Row("  positions ready (positions_ready: Overdue rows, agenda starts)", "—", figures.positions_ready))
    rows.append(Row("  every figure ready, scores included (snapshot_ready)", "—", figures.figures_ready))
    key = Row("Invoices: search keystroke", f"≤ {KEY_MS:g} ms", figures.invoice_keys, limit=KEY_MS)
    key.note = (
        f"keystrokes: typing '{figures.search_word}' a key at a time; the invoices search box first waits "
        "250 ms for a pause in the typing (not counted)."
    )
    rows.append(key)
    rows.append(Row("Invoices: sort by a column", f"≤ {TAB_MS:g} ms", figures.invoice_sorts, limit=TAB_MS))
    rows.append(Row("Customers: search keystroke", f"≤ {KEY_MS:g} ms", figures.customer_keys, limit=KEY_MS))
    rows.append(Row("Customers: sort by a column", f"≤ {TAB_MS:g} ms", figures.customer_sorts, limit=TAB_MS))
    first = Row("Reports tab: first paint", f"≤ {TAB_MS:g} ms", figures.reports_first_paint, limit=TAB_MS)
    quick = Row("Reports tab: first figures (quick_figures_shown)", f"≤ {TAB_MS:g} ms", figures.reports_quick)
    quick.limit = TAB_MS
    shown = Row("Reports tab: every figure (figures_shown)", "—", figures.reports_figures)
    first.missing = quick.missing = shown.missing = figures.reports_missing
    if not figures.reports_missing and not figures.reports_quick:
        quick.missing = "the tab has no quick_figures_shown signal"
    rows += [first, quick, shown]
    return rows


# ---------------------------------------------------------------------------------------------- 5. letters


def letter_rows(database_path: Path, folder: Path, runs: int) -> list[Row]:
    from workshop_desk.db.session import open_database
    from workshop_desk.services.accounts import overdue_accounts
    from workshop_desk.services.letters import produce_letter

    database = open_database(database_path, create=False)
    rows = []
    try:
        with database.read() as session:
            listed = [account for account in overdue_accounts(session, AS_OF) if account.status.overdue_amount]
        first = listed[0].customer.id
        for kind in ("reminder", "claim"):

            def one(kind: str = kind) -> int:
                with database.write() as session:
                    return len(produce_letter(session, first, kind, AS_OF).pdf)

            one()  # the fonts are registered and the templates read once per process
            samples, size = median_time(one, max(runs, 5))
            row = Row(f"One letter PDF ({kind})", f"≤ {LETTER_MS:g} ms", samples, limit=LETTER_MS)
            row.note = (
                f"letters: produce_letter (compose, render, record) for the most urgent customer "
                f"({listed[0].customer.code}); the reminder is {size / 1024:.0f} KB."
                if kind == "reminder"
                else ""
            )
            rows.append(row)
        batch = batch_seconds(database, listed[:LETTERS_IN_BATCH], folder, runs)
        rows.append(Row(f"{LETTERS_IN_BATCH} letters (LetterBatch into a folder)", f"≤ {BATCH_S:g} s", batch,
                        unit="s", limit=BATCH_S))  # fmt: skip
    finally:
        database.dispose()
    return rows


def batch_seconds(database: Any, listed: list[Any], folder: Path, runs: int) -> list[float]:
    qt_application()
    from workshop_desk.ui.letter_batch import BatchCustomer, BatchRequest, LetterBatch

    customers = tuple(BatchCustomer(a.customer.id, a.customer.code, a.customer.name) for a in listed)
    samples = []
    for run in range(runs):
        target = folder / f"letters-{run}"
        target.mkdir()
        request = BatchRequest(customers=customers, kind="reminder", language=None, letter_date=AS_OF, folder=target)
        started = time.perf_counter()
        outcome = LetterBatch(database, request).run()
        samples.append(time.perf_counter() - started)
        if len(outcome.written) != len(customers):
            log(f"the batch wrote {len(outcome.written)} letters of {len(customers)} ({len(outcome.skipped)} skipped)")
        shutil.rmtree(target)
    return samples


# ---------------------------------------------------------------------------------------------- 6. memory


def rss_child(database_path: Path) -> None:
    """In a process of its own: open the window, visit every tab, print the peak resident memory."""
    import resource

    from workshop_desk.db.session import open_database

    qt_application()
    sys.excepthook = _record_error
    database = open_database(database_path, create=False)
    window, _started, ready = open_window(database)
    window.show()
    tables = tab_tables(window)
    waiting_for = ["Overdue", "Figures"] + (["Today"] if "Today" in tables else [])
    wait_until(lambda: all(name in ready for name in waiting_for))
    for index, table in tables.values():
        show_tab(window, index, table)
    figures = WindowFigures()
    reports_tab(window, figures)
    close_window(window)
    database.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    maxrss_mb = (peak if sys.platform == "darwin" else peak * 1024) / 1024 / 1024
    print(json.dumps({"rss_mb": high_water_mark_mb() or maxrss_mb, "maxrss_mb": maxrss_mb,
                      "reports": figures.reports_missing or "visited"}))  # fmt: skip


def high_water_mark_mb() -> float | None:
    """Linux: the peak resident memory of this program (``VmHWM``), or None elsewhere.

    Preferred to ``ru_maxrss``, which on Linux also counts the parent's memory at the moment it
    started this process (the kernel keeps the forked copy's high-water mark through ``exec``): after
    the window runs of this benchmark that adds a few hundred megabytes that are not the program's.
    """
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def rss_row(database_path: Path, folder: Path, runs: int) -> Row:
    row = Row("Peak memory (RSS), window with every tab visited", f"≤ {RSS_MB:g} MB", unit="MB", limit=RSS_MB)
    try:
        import resource  # noqa: F401 (Unix only)
    except ImportError:
        row.missing = "no resource module on this system"
        return row
    for run in range(runs):
        log(f"peak memory, run {run + 1} of {runs}")
        env = child_environment(folder)
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--rss-child", str(database_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=WAIT_S * 2,
            check=False,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode or not lines:
            failed = f"run {run + 1} failed ({done.returncode}): {' '.join(done.stderr.strip().splitlines()[-1:])}"
            log(f"peak memory, {failed}")
            row.missing = failed
            continue
        answer = json.loads(lines[-1])
        row.samples.append(answer["rss_mb"])
        row.note = (
            f"memory: the peak resident memory (VmHWM; ru_maxrss where there is none) of a process of its own, "
            f"each run (Reports tab: {answer['reports']}); ru_maxrss said {answer['maxrss_mb']:.0f} MB."
        )
    if row.missing and row.samples:
        row.note += f" {row.missing}."
    return row


# ---------------------------------------------------------------------------------------------- main


@contextlib.contextmanager
def private_folders() -> Iterator[Path]:
    """A temporary folder for the copy, the settings and the logs (nothing of the user's is touched)."""
    folder = Path(tempfile.mkdtemp(prefix="workshop-desk-bench-"))
    saved = {key: os.environ.get(key) for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    try:
        yield folder
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(folder, ignore_errors=True)


SECTIONS = ("start", "window", "overdue", "agenda", "letters", "memory")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each figure; the median is shown (3)")
    parser.add_argument(
        "--cache", type=Path, default=DEFAULT_CACHE, help=f"where the database is kept ({DEFAULT_CACHE})"
    )
    parser.add_argument("--rebuild", action="store_true", help="make the database again even if it is cached")
    parser.add_argument("--only", choices=SECTIONS, action="append", help="measure only these (repeatable)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE")
    parser.add_argument("--show-sql", action="store_true", help="print the floor's SQL")
    parser.add_argument("--strict", action="store_true", help="exit with 1 when a figure misses its target")
    parser.add_argument("--rss-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.rss_child:
        rss_child(args.rss_child)
        return 0
    sections = set(args.only or SECTIONS)
    runs = max(1, args.runs)
    load_before = load_average()
    if machine_busy():
        log(f"warning: the machine is busy (load {load_before}); the figures will be too slow")

    cached, meta = cached_database(args.cache, args.rebuild)
    rows: list[Row] = []
    with private_folders() as folder:
        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config"))
        database = working_copy(cached, folder)
        if "start" in sections:
            log("cold start: one start not counted (it makes the day's backup) …")
            cold_start(database, folder, wait_for_exit=True)
            samples = []
            for run in range(runs):
                log(f"cold start, run {run + 1} of {runs}")
                samples.append(cold_start(database, folder, wait_for_exit=False))
            row = Row("Cold start to the main window painted", f"≤ {START_S:g} s", samples, unit="s", limit=START_S)
            row.note = (
                "cold start: a new `workshop-desk gui --db COPY` process, offscreen, to its first paint "
                "(figures still being worked out); the file cache is warm."
            )
            rows.append(row)
        if "window" in sections:
            rows += window_rows(window_figures(database, runs))
        if "overdue" in sections:
            log("overdue for every customer, and the floor …")
            rows += overdue_rows(database, runs, args.show_sql)
        if "agenda" in sections:
            log("the Today agenda …")
            rows.append(agenda_row(database, runs))
        if "letters" in sections:
            log("letters …")
            rows += letter_rows(database, folder, runs)
        if "memory" in sections:
            log("peak memory …")
            rows.append(rss_row(database, folder, runs))
    size = cached.stat().st_size / 1024 / 1024
    rows.append(Row("Database file size", "—", [size], unit="MB"))

    import PySide6

    from workshop_desk import __version__

    counts = meta["counts"]
    print()
    print(f"Workshop Desk {__version__} benchmark — {time.strftime('%Y-%m-%d %H:%M')}, as of {AS_OF.isoformat()}")
    print(
        f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, {sys.platform}, {os.cpu_count()} cores; "
        f"load before {load_before}, after {load_average()}"
    )
    print(
        f"Database: {counts['customers']:,} customers, {counts['invoices']:,} invoices, "
        f"{counts['installments']:,} installments, {counts['payments']:,} payments, {counts['contacts']:,} "
        f"contact-log entries; {size:.0f} MB; made in {meta['seconds']:.1f} s "
        f"({'cached: ' + str(cached) if meta['cached'] else 'this run'})"
    )
    print(f"Each figure: the median of {runs} runs unless 'runs' says otherwise (min–max in brackets).")
    print_table(rows)
    if _errors:
        print(f"  errors in the window: {'; '.join(_errors)}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
                    "database": meta,
                    "load": [load_before, load_average()],
                    "rows": [
                        {"figure": row.figure.strip(), "target": row.target, "unit": row.unit, "samples": row.samples,
                         "floor": row.floor, "result": row.verdict(), "missing": row.missing}
                        for row in rows
                    ],
                },
                indent=2,
            ),
            encoding="utf-8",
        )  # fmt: skip
    return 1 if args.strict and any(row.verdict() == "FAIL" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
