"""Producing the same kind of letter for many customers, off the GUI thread, with a way to stop.

:class:`LetterBatch` runs in Qt's thread pool. For each customer it produces the letter in a
write transaction of its own (so a cancelled or failed batch keeps the letters already done, and
each letter recorded is a letter delivered), then either writes the PDF into a folder or adds
its pages to one print job. An account that does not call for the letter is skipped and listed
with the reason. Progress and the outcome come back to the GUI thread by signal; nothing here
touches a widget.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtPrintSupport import QPrinter

from workshop_desk.db.session import Database
from workshop_desk.files import write_bytes_atomically
from workshop_desk.letters.templates import TemplateError
from workshop_desk.services.letters import LetterRefusedError, Refusal, produce_letter
from workshop_desk.ui.dialogs.letter_names import pdf_file_name
from workshop_desk.ui.printing import PdfPrintJob


@dataclass(frozen=True)
class BatchCustomer:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class BatchRequest:
    """What to produce, for whom, and where it goes: a ``folder`` or a ``printer`` (one print job)."""

    customers: tuple[BatchCustomer, ...]
    kind: str
    language: str | None
    """``None``: each customer's own letter language."""
    letter_date: date
    folder: Path | None = None
    printer: QPrinter | None = None


@dataclass
class BatchOutcome:
    """What a batch did: letters delivered, accounts skipped, and whether it ran to the end."""

    total: int
    written: list[tuple[BatchCustomer, str]] = field(default_factory=list)
    """Each customer done, with the file written ('' when printed)."""
    skipped: list[tuple[BatchCustomer, Refusal | TemplateError]] = field(default_factory=list)
    """Each customer skipped, with why: the account does not call for the letter, or its text has problems."""
    cancelled: bool = False
    stopped_by: str = ""
    """Why the batch stopped early ('' when it did not): a file or the printer could not be written."""
    pages: int = 0

    @property
    def not_done(self) -> int:
        return self.total - len(self.written) - len(self.skipped)


def unused_path(folder: Path, name: str) -> Path:
    """``folder / name``, or ``name (2).pdf``… when a file of that name is there already."""
    path = folder / name
    number = 2
    while path.exists():
        path = folder / f"{Path(name).stem} ({number}){Path(name).suffix}"
        number += 1
    return path


class LetterBatch(QObject):
    """A batch of letters in the background.

    Signals:
        progressed(int, str): letters handled so far, and the customer handled last.
        finished(object): the :class:`BatchOutcome`, once the batch ends (done, cancelled or stopped).
        failed(object): an unexpected exception ended the batch (the letters before it are kept).
    """

    progressed = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, database: Database, request: BatchRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.request = request
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the letter in hand (safe from any thread)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Runnable(self))

    def run(self) -> BatchOutcome:
        """Produce every letter (in the calling thread); emits ``progressed`` after each."""
        request = self.request
        outcome = BatchOutcome(total=len(request.customers))
        job = PdfPrintJob(request.printer) if request.printer is not None else None
        try:
            if job is not None:
                job.start()
            for done, customer in enumerate(request.customers, start=1):
                if self._cancel.is_set():
                    outcome.cancelled = True
                    break
                self._one(customer, job, outcome)
                self.progressed.emit(done, f"{customer.code} {customer.name}")
        except OSError as error:  # the folder or the printer: every next letter would fail the same way
            outcome.stopped_by = error.strerror or str(error)
        finally:
            if job is not None:
                job.finish()
                outcome.pages = job.pages
        return outcome

    def _one(self, customer: BatchCustomer, job: PdfPrintJob | None, outcome: BatchOutcome) -> None:
        request = self.request
        try:
            with self._database.write() as session:
                produced = produce_letter(session, customer.id, request.kind, request.letter_date, request.language)
                path = None
                if request.folder is not None:
                    # Inside the transaction: a file that cannot be written records nothing.
                    path = unused_path(request.folder, pdf_file_name(customer.code, request.kind, request.letter_date))
                    write_bytes_atomically(path, produced.pdf)
        except LetterRefusedError as error:
            outcome.skipped.append((customer, error.reason))
            return
        except TemplateError as error:  # the text of one language: the other customers may still get theirs
            outcome.skipped.append((customer, error))
            return
        if job is not None:
            job.add(produced.pdf)
        outcome.written.append((customer, path.name if path is not None else ""))


class _Runnable(QRunnable):
    def __init__(self, batch: LetterBatch) -> None:
        super().__init__()
        self._batch = batch

    def run(self) -> None:
        try:
            outcome = self._batch.run()
        except Exception as error:  # delivered to the GUI thread, which shows it
            self._report(self._batch.failed, error)
        else:
            self._report(self._batch.finished, outcome)

    @staticmethod
    def _report(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the program is closing: nobody is left to tell
            signal.emit(value)
