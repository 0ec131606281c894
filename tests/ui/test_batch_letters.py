"""Batch letters: one kind of letter for the customers selected in the overdue list, into a folder or
one print job, in the background; refused accounts skipped and listed; cancelling keeps what was done."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

import pytest
from letter_shop import SHOP, TODAY, make_shop
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Row, select

from workshop_desk.db.models import LetterRecord
from workshop_desk.db.session import Database
from workshop_desk.ui import letter_batch
from workshop_desk.ui.dialogs.batch_letters_dialog import BatchLettersDialog
from workshop_desk.ui.letter_batch import unused_path
from workshop_desk.ui.main_window import MainWindow
from workshop_desk.ui.models.overdue_model import CUSTOMER_ID_ROLE

FINISH_MS = 20_000


@pytest.fixture
def customers(database: Database) -> dict[str, int]:
    return make_shop(database)


@pytest.fixture
def dialog(qtbot: QtBot, database: Database, customers: dict[str, int]) -> BatchLettersDialog:
    """The batch dialog for three customers: two late, one who has paid (refused)."""
    shown = BatchLettersDialog(database, SHOP, TODAY, [customers["late"], customers["paid"], customers["late_hu"]])
    qtbot.addWidget(shown)
    shown.show()
    return shown


def recorded(database: Database) -> list[Row]:
    columns = (LetterRecord.customer_id, LetterRecord.kind, LetterRecord.language, LetterRecord.pdf)
    with database.read() as session:
        return list(session.execute(select(*columns).order_by(LetterRecord.id)))


def run_to_the_end(qtbot: QtBot, dialog: BatchLettersDialog, **target: Any) -> None:
    dialog.run_batch(**target)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=FINISH_MS)


def test_the_dialog_lists_the_customers_and_the_choices(dialog: BatchLettersDialog) -> None:
    assert dialog.heading.text() == "Letters for the selected customers (3)"
    items = [dialog.customer_list.item(row).text() for row in range(dialog.customer_list.count())]
    assert items == ["C0012  Bradshaw Susan", "C0013  Patel Ravi", "C0015  Nagy Ákos"]
    assert dialog.kind.currentData() == "reminder"
    assert dialog.own_language.isChecked()
    assert not dialog.language.isEnabled()
    dialog.one_language.setChecked(True)
    assert dialog.language.isEnabled()
    assert dialog.letter_date.day() == TODAY
    dialog.to_printer.setChecked(True)
    assert not dialog.folder.isEnabled()
    assert dialog.summary_text() == ""


def test_a_batch_into_a_folder_writes_each_letter_and_lists_the_refused(
    qtbot: QtBot, dialog: BatchLettersDialog, customers: dict[str, int], database: Database, tmp_path: Path
) -> None:
    with qtbot.waitSignal(dialog.letters_recorded, timeout=FINISH_MS) as signal:
        dialog.run_batch(folder=tmp_path)
    assert signal.args == [[customers["late"], customers["late_hu"]]]
    assert sorted(path.name for path in tmp_path.glob("*.pdf")) == [
        "C0012 reminder 2026-11-25.pdf",
        "C0015 reminder 2026-11-25.pdf",
    ]
    records = recorded(database)
    assert [(row.customer_id, row.kind, row.language) for row in records] == [
        (customers["late"], "reminder", "en"),
        (customers["late_hu"], "reminder", "hu"),  # each customer's own language
    ]
    assert records[0].pdf == (tmp_path / "C0012 reminder 2026-11-25.pdf").read_bytes()
    assert records[1].pdf == (tmp_path / "C0015 reminder 2026-11-25.pdf").read_bytes()
    text = PdfReader(io.BytesIO(records[1].pdf)).pages[0].extract_text()
    assert "Nagy Ákos" in text
    summary = dialog.summary_text()
    assert f"Letters written: 2, into {tmp_path}" in summary
    assert "Skipped: 1" in summary
    assert "C0013  Patel Ravi — The account is paid: there is nothing to remind." in summary
    assert "Cancelled" not in summary
    assert dialog.start_button.isEnabled()
    assert dialog.close_button.isDefault()  # Enter now closes instead of writing the letters again
    assert dialog.progress is None


def test_one_language_for_all_and_no_file_is_overwritten(
    qtbot: QtBot, dialog: BatchLettersDialog, database: Database, tmp_path: Path
) -> None:
    (tmp_path / "C0012 reminder 2026-11-25.pdf").write_bytes(b"an earlier letter")
    dialog.one_language.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    run_to_the_end(qtbot, dialog, folder=tmp_path)
    assert [row.language for row in recorded(database)] == ["en", "en"]
    assert (tmp_path / "C0012 reminder 2026-11-25.pdf").read_bytes() == b"an earlier letter"
    assert (tmp_path / "C0012 reminder 2026-11-25 (2).pdf").read_bytes() == recorded(database)[0].pdf
    assert unused_path(tmp_path, "C0012 reminder 2026-11-25.pdf").name == "C0012 reminder 2026-11-25 (3).pdf"


def test_a_batch_printed_as_one_job_has_every_page_of_every_letter(
    qtbot: QtBot, dialog: BatchLettersDialog, database: Database, tmp_path: Path
) -> None:
    printed = tmp_path / "batch.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    dialog.to_printer.setChecked(True)
    run_to_the_end(qtbot, dialog, printer=printer)
    records = recorded(database)
    assert len(records) == 2
    pages = sum(len(PdfReader(io.BytesIO(row.pdf)).pages) for row in records)
    assert len(PdfReader(printed).pages) == pages == dialog.outcome.pages
    assert f"Letters printed as one print job: 2 ({pages} pages)." in dialog.summary_text()
    assert list(tmp_path.glob("C00*.pdf")) == []


def test_cancelling_after_the_first_letter_keeps_it_and_does_no_more(
    qtbot: QtBot,
    dialog: BatchLettersDialog,
    customers: dict[str, int],
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = letter_batch.produce_letter

    def then_cancel(*args: Any, **kwargs: Any) -> Any:
        produced = original(*args, **kwargs)
        assert dialog.batch is not None
        dialog.batch.cancel()  # from the worker thread, as the Cancel button would
        return produced

    monkeypatch.setattr(letter_batch, "produce_letter", then_cancel)
    run_to_the_end(qtbot, dialog, folder=tmp_path)
    assert [path.name for path in tmp_path.glob("*.pdf")] == ["C0012 reminder 2026-11-25.pdf"]
    assert [row.customer_id for row in recorded(database)] == [customers["late"]]
    assert dialog.outcome is not None
    assert dialog.outcome.cancelled
    assert "Letters written: 1" in dialog.summary_text()
    assert "Cancelled. Not done: 2." in dialog.summary_text()
    assert dialog.start_button.isEnabled()


def test_the_cancel_button_stops_the_batch_while_the_window_keeps_working(
    qtbot: QtBot,
    dialog: BatchLettersDialog,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = letter_batch.produce_letter
    first_done, go_on = threading.Event(), threading.Event()

    def slow_first(*args: Any, **kwargs: Any) -> Any:
        produced = original(*args, **kwargs)
        if not first_done.is_set():
            first_done.set()
            go_on.wait(10)  # the first letter takes its time: the user presses Cancel meanwhile
        return produced

    monkeypatch.setattr(letter_batch, "produce_letter", slow_first)
    dialog.run_batch(folder=tmp_path)
    qtbot.waitUntil(first_done.is_set, timeout=FINISH_MS)
    # The worker is busy; the window is not frozen: the progress window shows and answers.
    assert dialog.progress is not None
    assert dialog.progress.isVisible()
    assert not dialog.start_button.isEnabled()
    dialog.reject()  # Esc or Close while running: cancels instead of closing
    assert dialog.isVisible()
    cancel = dialog.progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=FINISH_MS)
    assert dialog.outcome.cancelled
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    assert len(recorded(database)) == 1
    assert "Cancelled" in dialog.summary_text()
    dialog.reject()
    assert not dialog.isVisible()


def test_start_asks_for_a_folder_when_none_is_set(
    qtbot: QtBot, dialog: BatchLettersDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path))
    dialog.folder.setText(str(tmp_path / "not there"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=FINISH_MS)
    assert dialog.folder.text() == str(tmp_path)
    assert len(list(tmp_path.glob("*.pdf"))) == 2


# --- from the overdue tab ---------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, database: Database, customers: dict[str, int]) -> MainWindow:
    shown = MainWindow(database, TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.snapshot_ready, timeout=10_000):
        shown.show()
    return shown


def select_rows(window: MainWindow, customer_ids: list[int]) -> None:
    table = window.overdue_tab.table
    model = table.model()
    selection = table.selectionModel()
    selection.clearSelection()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(CUSTOMER_ID_ROLE) in customer_ids:
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            selection.select(model.index(row, 0), flags)


def test_ctrl_shift_l_writes_to_the_customers_selected_in_the_overdue_tab(
    qtbot: QtBot, window: MainWindow, customers: dict[str, int], tmp_path: Path
) -> None:
    window.tabs.setCurrentIndex(window.TAB_OVERDUE)
    assert window.overdue_tab.table.selectionMode() == window.overdue_tab.table.SelectionMode.ExtendedSelection
    select_rows(window, [customers["late"], customers["late_hu"]])
    selected = window.overdue_tab.selected_customer_ids()
    assert sorted(selected) == sorted([customers["late"], customers["late_hu"]])
    seen: dict[str, object] = {}

    def run(dialog: BatchLettersDialog) -> None:
        seen["customers"] = [customer.id for customer in dialog.customers]
        dialog.run_batch(folder=tmp_path)
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=FINISH_MS)
        dialog.reject()

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, BatchLettersDialog):
            run(dialog)
        elif dialog is not None:
            seen["wrong"] = type(dialog).__name__
            dialog.reject()

    QTimer.singleShot(0, later)
    window.batch_letters_action.trigger()
    assert "wrong" not in seen
    assert seen["customers"] == selected
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    # The window was told: the customers' details list the new letter.
    window.open_customer(customers["late"])
    assert window.customers_tab.detail.letters_model.rowCount() == 1


def test_letters_for_selected_without_a_selection_says_what_to_do(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.tabs.setCurrentIndex(window.TAB_CUSTOMERS)
    window.batch_letters_action.trigger()
    assert window.tabs.currentIndex() == window.TAB_OVERDUE
    assert "Select the customers in the Overdue list" in told[0]


def test_double_click_in_the_overdue_tab_still_opens_the_customer(
    qtbot: QtBot, window: MainWindow, customers: dict[str, int]
) -> None:
    window.tabs.setCurrentIndex(window.TAB_OVERDUE)
    table = window.overdue_tab.table
    opened: list[int] = []
    window.overdue_tab.customer_activated.connect(opened.append)
    index = table.model().index(0, 1)
    table.activated.emit(index)
    assert opened == [index.data(CUSTOMER_ID_ROLE)]
    assert window.tabs.currentIndex() == window.TAB_CUSTOMERS
