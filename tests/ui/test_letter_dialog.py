"""The letter dialog: the real letter previewed and not recorded; printed or saved exactly as recorded;
refusals and the claim warning said plainly; and the Letters tab that opens a letter again, identical."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from letter_shop import SHOP, TODAY, make_shop
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot
from sqlalchemy import Row, select

from workshop_desk.db.models import LetterRecord
from workshop_desk.db.session import Database
from workshop_desk.services.letters import letter_warnings, letters_of, produce_letter, stored_letter
from workshop_desk.ui.dialogs.letter_dialog import LetterDialog
from workshop_desk.ui.dialogs.letter_names import NO_REMINDER_WARNING, pdf_file_name
from workshop_desk.ui.dialogs.stored_letter_dialog import StoredLetterDialog
from workshop_desk.ui.main_window import MainWindow


@pytest.fixture
def customers(database: Database) -> dict[str, int]:
    return make_shop(database)


@pytest.fixture
def open_dialog(qtbot: QtBot, database: Database) -> Callable[..., LetterDialog]:
    def make(customer_id: int, kind: str = "reminder") -> LetterDialog:
        dialog = LetterDialog(database, SHOP, TODAY, customer_id, kind=kind)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def page_count(pdf: bytes | Path) -> int:
    source = pdf if isinstance(pdf, Path) else io.BytesIO(pdf)
    return len(PdfReader(source).pages)


def recorded(database: Database) -> list[Row]:
    """The letters recorded, oldest first (plain rows: they outlive the session)."""
    columns = (LetterRecord.id, LetterRecord.kind, LetterRecord.language, LetterRecord.letter_date, LetterRecord.pdf)
    with database.read() as session:
        return list(session.execute(select(*columns).order_by(LetterRecord.id)))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_preview_is_the_real_letter_and_records_nothing(
    open_dialog: Callable[..., LetterDialog], customers: dict[str, int], database: Database
) -> None:
    dialog = open_dialog(customers["late"])
    assert dialog.windowTitle() == "Letter to Bradshaw Susan"
    assert dialog.kind.currentText() == "Payment reminder"
    assert dialog.letter_date.day() == TODAY
    assert dialog.preview.page_count() >= 1
    assert dialog.preview.document.pageCount() == page_count(dialog.preview.data)
    text = text_of(dialog.preview.data)
    assert "Bradshaw Susan" in text
    assert "£600.00" in text
    assert dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()
    assert dialog.warnings_shown() == ""
    assert recorded(database) == []


def test_the_preview_keeps_its_scroll_bar(open_dialog: Callable[..., LetterDialog], customers: dict[str, int]) -> None:
    # Fitted to the width, a scroll bar that comes and goes changes the width, hence the height, and
    # so on for ever: with a page just as tall as the view the event loop spun at 100 % CPU.
    dialog = open_dialog(customers["late"])
    assert dialog.preview.view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn


def test_the_kinds_and_languages_are_named_in_words(
    open_dialog: Callable[..., LetterDialog], customers: dict[str, int]
) -> None:
    dialog = open_dialog(customers["late"])
    kinds = [dialog.kind.itemText(index) for index in range(dialog.kind.count())]
    assert kinds == [
        "Courtesy reminder",
        "Payment reminder",
        "Second reminder",
        "Formal claim letter",
        "Missed installment notice",
        "Statement of account",
    ]
    languages = [dialog.language.itemText(index) for index in range(dialog.language.count())]
    assert languages == ["English", "Italiano", "Русский", "Português (Brasil)", "Magyar"]


def test_the_language_is_the_customers_and_changing_it_changes_the_letter(
    open_dialog: Callable[..., LetterDialog], customers: dict[str, int]
) -> None:
    assert open_dialog(customers["late"]).language.currentData() == "en"
    assert open_dialog(customers["late_hu"]).language.currentData() == "hu"
    dialog = open_dialog(customers["plan"])
    assert dialog.language.currentData() == "it"
    assert "novembre 2026" in text_of(dialog.preview.data)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.letter_date.set_day(date(2026, 12, 2))
    dialog.refresh_preview()
    assert "2 December 2026" in text_of(dialog.preview.data)


def test_the_preview_follows_a_change_after_a_pause(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], customers: dict[str, int]
) -> None:
    dialog = open_dialog(customers["late"])
    before = dialog.preview.data
    dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))
    qtbot.waitUntil(lambda: dialog.preview.data != before, timeout=3000)
    assert "Statement of account" in text_of(dialog.preview.data)


def test_save_writes_the_pdf_and_records_exactly_that_letter(
    qtbot: QtBot,
    open_dialog: Callable[..., LetterDialog],
    customers: dict[str, int],
    database: Database,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(customers["late"], "claim")
    path = tmp_path / pdf_file_name("C0012", "claim", TODAY)
    assert path.name == "C0012 claim 2026-11-25.pdf"
    with qtbot.waitSignal(dialog.letter_recorded) as signal:
        produced = dialog.save_to(path)
    assert signal.args == [customers["late"]]
    assert produced is not None
    [record] = recorded(database)
    assert record.pdf == path.read_bytes() == produced.pdf
    assert record.kind == "claim"
    assert record.language == "en"
    assert record.letter_date == TODAY
    text = text_of(path.read_bytes())
    assert "Bradshaw Susan" in text
    assert "C0012" in text
    assert produced.content.values["claim_total"] in text  # principal, interest and fees
    assert dialog.preview.data == record.pdf  # the preview now shows the recorded letter
    assert "Saved as C0012 claim 2026-11-25.pdf" in dialog.done_label.text()
    assert dialog.close_button.isDefault()  # Enter now closes instead of recording the letter twice


def test_save_pdf_suggests_the_file_name_and_adds_the_extension(
    open_dialog: Callable[..., LetterDialog],
    customers: dict[str, int],
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "for the lawyer"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = open_dialog(customers["late"])
    dialog.save_pdf()
    assert Path(asked[0]).name == "C0012 reminder 2026-11-25.pdf"
    [record] = recorded(database)
    assert (tmp_path / "for the lawyer.pdf").read_bytes() == record.pdf


def test_cancelling_the_file_dialog_records_nothing(
    open_dialog: Callable[..., LetterDialog],
    customers: dict[str, int],
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    open_dialog(customers["late"]).save_pdf()
    assert recorded(database) == []


def test_a_file_that_cannot_be_written_records_nothing(
    open_dialog: Callable[..., LetterDialog],
    customers: dict[str, int],
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    dialog = open_dialog(customers["late"])
    assert dialog.save_to(tmp_path / "no such folder" / "letter.pdf") is None
    assert recorded(database) == []
    assert "Nothing was recorded" in told[0]


def test_a_paid_customer_is_refused_with_the_buttons_disabled(
    open_dialog: Callable[..., LetterDialog], customers: dict[str, int], database: Database
) -> None:
    dialog = open_dialog(customers["paid"])
    assert dialog.preview.showing_message()
    assert dialog.preview.page_count() == 0
    assert "The account is paid: there is nothing to remind." in dialog.preview.message.text()
    assert "Payment reminder" in dialog.preview.message.text()
    assert not dialog.print_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    dialog.save_pdf()  # the shortcut still reaches it: nothing happens
    assert recorded(database) == []
    # A statement of account can always be written.
    dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))
    dialog.refresh_preview()
    assert not dialog.preview.showing_message()
    assert dialog.print_button.isEnabled()


def test_nothing_overdue_and_no_missed_installment_are_refused_in_words(
    open_dialog: Callable[..., LetterDialog], customers: dict[str, int]
) -> None:
    dialog = open_dialog(customers["late"], "installment")
    assert "No installment of a payment plan is missed" in dialog.preview.message.text()
    dialog.letter_date.set_day(date(2026, 9, 15))  # before anything fell due
    dialog.kind.setCurrentIndex(dialog.kind.findData("reminder"))
    dialog.refresh_preview()
    assert "Nothing is overdue on this account" in dialog.preview.message.text()


def test_a_claim_without_an_earlier_reminder_is_flagged_above_the_preview(
    open_dialog: Callable[..., LetterDialog], customers: dict[str, int], database: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(customers["late"], "claim")
    assert "No reminder was sent before this claim letter" in dialog.warnings_shown()
    assert dialog.warning.isVisible()
    assert dialog.preview.page_count() >= 1  # a warning, not a refusal
    assert dialog.save_button.isEnabled()

    # Once a reminder is recorded, the claim is no longer flagged.
    dialog.kind.setCurrentIndex(dialog.kind.findData("reminder"))
    dialog.refresh_preview()
    assert dialog.warnings_shown() == ""
    dialog.save_to(tmp_path / "reminder.pdf")
    dialog.kind.setCurrentIndex(dialog.kind.findData("claim"))
    dialog.refresh_preview()
    assert dialog.warnings_shown() == ""
    assert not dialog.warning.isVisible()


def test_the_preview_warns_exactly_as_producing_does(customers: dict[str, int], database: Database) -> None:
    with database.read() as session:
        previewed = letter_warnings(session, customers["late"], "claim", TODAY)
    with database.write() as session:
        produced = produce_letter(session, customers["late"], "claim", TODAY)
    assert previewed == produced.warnings == (NO_REMINDER_WARNING,)


def test_printing_to_a_pdf_file_gives_every_page_and_records_the_letter(
    open_dialog: Callable[..., LetterDialog], customers: dict[str, int], database: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(customers["late"], "claim")
    printed = tmp_path / "printed.pdf"
    produced = dialog.print_to(pdf_printer(printed))
    assert produced is not None
    [record] = recorded(database)
    assert record.pdf == produced.pdf
    assert page_count(printed) == page_count(produced.pdf) >= 1
    assert "Printed" in dialog.done_label.text()


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the point of the test
def test_a_printer_that_cannot_be_opened_records_nothing(
    open_dialog: Callable[..., LetterDialog],
    customers: dict[str, int],
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    dialog = open_dialog(customers["late"])
    assert dialog.print_to(pdf_printer(tmp_path / "missing folder" / "out.pdf")) is None
    assert recorded(database) == []
    assert "Nothing was recorded" in told[0]


def test_escape_closes_the_dialog(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], customers: dict[str, int]
) -> None:
    dialog = open_dialog(customers["late"])
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_letters_service_lists_newest_first_and_keeps_the_bytes(
    customers: dict[str, int], database: Database
) -> None:
    with database.write() as session:
        first = produce_letter(session, customers["late"], "reminder", date(2026, 11, 1))
        second = produce_letter(session, customers["late"], "claim", TODAY)
    with database.read() as session:
        letters = letters_of(session, customers["late"])
        assert stored_letter(session, first.record_id) == first.pdf
    assert [letter.id for letter in letters] == [second.record_id, first.record_id]
    assert letters[0].amount == second.content.claim_total
    assert letters[1].kind == "reminder"


# --- in the main window -----------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, database: Database, customers: dict[str, int]) -> MainWindow:
    shown = MainWindow(database, TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.snapshot_ready, timeout=10_000):
        shown.show()
    return shown


def in_dialog(kind: type[QDialog], act: Callable[[QDialog], None]) -> list[str]:
    """Run ``act`` on the next modal dialog of ``kind`` once it is open; returns problems seen."""
    problems: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            problems.append(f"expected a {kind.__name__}, got {type(dialog).__name__}")
            if dialog is not None:
                dialog.reject()
            return
        act(dialog)

    QTimer.singleShot(0, run)
    return problems


def test_ctrl_l_writes_to_the_selected_customer_and_the_letters_tab_opens_it_again(
    qtbot: QtBot, window: MainWindow, customers: dict[str, int], database: Database, tmp_path: Path
) -> None:
    assert window.letter_action.shortcut().toString() == "Ctrl+L"
    window.tabs.setCurrentIndex(window.TAB_CUSTOMERS)
    window.customers_tab.select_customer(customers["late"])
    detail = window.customers_tab.detail
    assert detail.letters_model.rowCount() == 0
    assert not detail.open_letter_button.isEnabled()

    def save_and_close(dialog: LetterDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("claim"))
        dialog.refresh_preview()
        dialog.save_to(tmp_path / "claim.pdf")
        dialog.reject()

    problems = in_dialog(LetterDialog, save_and_close)
    window.letter_action.trigger()
    assert problems == []
    # The detail pane was refreshed: the letter is listed, newest first.
    assert detail.letters_model.rowCount() == 1
    row = [detail.letters_model.index(0, column).data() for column in range(4)]
    with database.read() as session:
        [letter] = letters_of(session, customers["late"])
    assert row == ["25/11/2026", "Formal claim letter", "English", f"£{letter.amount / 100:,.2f}"]
    assert letter.amount > 60000  # the claim adds late interest to the £600.00
    assert detail.open_letter_button.isEnabled()
    letter = detail.selected_letter()
    assert letter is not None
    viewer = detail.letter_viewer(letter)
    qtbot.addWidget(viewer)
    assert isinstance(viewer, StoredLetterDialog)
    saved = (tmp_path / "claim.pdf").read_bytes()
    assert viewer.pdf == saved
    assert viewer.preview.page_count() == page_count(saved)
    viewer.save_to(tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == saved
    assert viewer.print_to(pdf_printer(tmp_path / "reprint.pdf")) == page_count(saved)
    assert len(recorded(database)) == 1  # a reprint records nothing


def test_the_letters_tab_button_and_enter_open_the_dialogs(
    qtbot: QtBot, window: MainWindow, customers: dict[str, int], tmp_path: Path
) -> None:
    window.tabs.setCurrentIndex(window.TAB_CUSTOMERS)
    window.customers_tab.select_customer(customers["late"])
    detail = window.customers_tab.detail

    def save_reminder(dialog: LetterDialog) -> None:
        dialog.save_to(tmp_path / "reminder.pdf")
        dialog.reject()

    problems = in_dialog(LetterDialog, save_reminder)
    qtbot.mouseClick(detail.new_letter_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert detail.letters_model.rowCount() == 1

    seen: list[bytes] = []

    def look(dialog: StoredLetterDialog) -> None:
        seen.append(dialog.pdf)
        dialog.reject()

    problems = in_dialog(StoredLetterDialog, look)
    qtbot.mouseClick(detail.open_letter_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert seen == [(tmp_path / "reminder.pdf").read_bytes()]


def test_letter_without_a_selected_customer_says_what_to_do(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.tabs.setCurrentIndex(window.TAB_CUSTOMERS)
    window.customers_tab.table.clearSelection()
    window.letter_action.trigger()
    assert told == ["Select the customer to write to, then choose Letter… again."]


def test_the_letter_actions_are_in_the_menus_and_the_toolbar(window: MainWindow) -> None:
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    file_actions = [action.text() for action in menus["&File"].actions()]
    assert "&Letter…" in file_actions
    assert "Letters for &selected…" in file_actions
    assert "Letter &texts…" in [action.text() for action in menus["&Settings"].actions()]
    assert window.batch_letters_action.shortcut().toString() == "Ctrl+Shift+L"
    [toolbar] = window.findChildren(QToolBar)
    assert window.letter_action in toolbar.actions()
