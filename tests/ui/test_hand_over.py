"""The hand-over dialog: the checks shown, the case file saved in the background, the hand-over logged
(with a question first when a check failed), and the Account menu that opens it."""

from __future__ import annotations

import io
from datetime import date, datetime, time
from pathlib import Path

import pytest
from letter_shop import SHOP, TODAY, make_shop
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from workshop_desk.db.models import ContactRow, Customer
from workshop_desk.db.session import Database
from workshop_desk.services.collections import Outcome, agenda, record_contact
from workshop_desk.services.letters import produce_letter
from workshop_desk.ui.dialogs.hand_over_dialog import HandOverDialog
from workshop_desk.ui.main_window import MainWindow

MORNING = datetime.combine(TODAY, time(9))


@pytest.fixture
def customers(database: Database) -> dict[str, int]:
    return make_shop(database)


@pytest.fixture
def reminded(database: Database, customers: dict[str, int]) -> int:
    """The late customer (Bradshaw Susan), reminded on 10 Oct 2026: every check passes."""
    with database.write() as session:
        produce_letter(session, customers["late"], "reminder", date(2026, 10, 10))
    return customers["late"]


def open_dialog(qtbot: QtBot, database: Database, customer_id: int) -> HandOverDialog:
    dialog = HandOverDialog(database, SHOP, TODAY, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def hand_overs(database: Database) -> list[tuple[int, str, str, str, str]]:
    with database.read() as session:
        rows = session.execute(
            select(ContactRow.customer_id, ContactRow.channel, ContactRow.outcome, ContactRow.step_key, ContactRow.note)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def handed_over_on(database: Database, customer_id: int) -> date | None:
    with database.read() as session:
        return session.get_one(Customer, customer_id).handed_over_on


def refuse_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_question(*_args: object) -> None:
        raise AssertionError("nothing should have been asked")

    monkeypatch.setattr(QMessageBox, "question", no_question)


def test_the_checks_are_shown_with_a_mark_and_words(
    qtbot: QtBot, database: Database, customers: dict[str, int]
) -> None:
    with database.write() as session:
        record_contact(session, customers["late"], at=MORNING, channel="phone", outcome=Outcome.DISPUTED,
                       note="the tyres were not new")  # fmt: skip
    dialog = open_dialog(qtbot, database, customers["late"])
    assert dialog.windowTitle() == "Hand over Bradshaw Susan"
    assert dialog.amounts.text() == "Overdue £600.00  ·  open balance £600.00"
    assert dialog.checks.lines() == [
        "✗ No payment reminder or second reminder has been sent yet.",
        "✓ The statement of account adds up: the customer owes £600.00.",
        "✗ The customer has disputed the debt since 25 Nov 2026: “the tyres were not new”. Settle the dispute first.",
    ]
    assert dialog.already.isHidden()


def test_handing_over_logs_the_step_and_marks_the_customer(
    qtbot: QtBot, database: Database, reminded: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_questions(monkeypatch)
    dialog = open_dialog(qtbot, database, reminded)
    assert all(line.startswith("✓") for line in dialog.checks.lines())
    dialog.note.setText("Smith & Partners, ref. 2026/118")
    with qtbot.waitSignal(dialog.handed_over) as handed:
        dialog.hand_over_button.click()
    assert handed.args == [reminded]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert hand_overs(database) == [(reminded, "hand_over", "reached", "hand_over", "Smith & Partners, ref. 2026/118")]
    assert handed_over_on(database, reminded) == TODAY
    with database.read() as session:  # off the ladder
        assert reminded not in [item.customer_id for item in agenda(session, TODAY)]


def test_a_failed_check_asks_first_and_no_keeps_everything_as_it_was(
    qtbot: QtBot, database: Database, customers: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_no(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    dialog = open_dialog(qtbot, database, customers["late"])
    dialog.hand_over_button.click()
    assert len(asked) == 1
    assert "✗ No payment reminder or second reminder has been sent yet." in asked[0]
    assert "adds up" not in asked[0]  # only what failed
    assert dialog.isVisible()
    assert hand_overs(database) == []
    assert handed_over_on(database, customers["late"]) is None


def test_a_failed_check_can_be_overruled(
    qtbot: QtBot, database: Database, customers: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    dialog = open_dialog(qtbot, database, customers["late"])
    assert dialog.confirm_and_hand_over()
    assert handed_over_on(database, customers["late"]) == TODAY
    assert [row[3] for row in hand_overs(database)] == ["hand_over"]


def test_an_account_handed_over_before_says_so(qtbot: QtBot, database: Database, reminded: int) -> None:
    with database.write() as session:
        session.get_one(Customer, reminded).handed_over_on = date(2026, 11, 2)
    dialog = open_dialog(qtbot, database, reminded)
    assert not dialog.already.isHidden()
    assert "handed over on 2 Nov 2026" in dialog.already.text()


def test_the_case_file_is_saved_in_the_background(
    qtbot: QtBot, database: Database, reminded: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "case.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "case"), ""))
    dialog = open_dialog(qtbot, database, reminded)
    assert dialog.suggested_file_name() == "C0012 case file 2026-11-25.pdf"
    with qtbot.waitSignal(dialog.case_file_saved, timeout=20_000) as saved:
        dialog.save_button.click()
        assert dialog.busy_row.isVisible()  # the user sees it working …
        assert not dialog.save_button.isEnabled()  # … and cannot start it twice
    assert saved.args == [str(target)]
    assert not dialog.busy_row.isVisible()
    assert dialog.save_button.isEnabled()
    assert dialog.done_label.text() == "✓ Case file saved as case.pdf."
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Case file" in text
    assert "Bradshaw Susan" in text
    assert "Annex 1" in text  # the reminder follows
    assert hand_overs(database) == []  # saving the file hands nothing over


def test_a_case_file_that_cannot_be_written_is_reported(
    qtbot: QtBot, database: Database, reminded: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    dialog = open_dialog(qtbot, database, reminded)
    with qtbot.waitSignal(dialog.case_file_failed, timeout=20_000):
        dialog.save_case_file_to(tmp_path / "no such folder" / "case.pdf")
    assert warned == ["The case file could not be saved: No such file or directory."]
    assert dialog.save_button.isEnabled()


def test_the_account_menu_opens_the_dialog_for_the_selected_customer(
    qtbot: QtBot, database: Database, customers: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(database, TODAY)
    qtbot.addWidget(window)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert [action.text() for action in menus["&Account"].actions()] == ["&Hand over…", "History and personal &data…"]
    assert window.hand_over_action.shortcut().toString() == "Ctrl+H"
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.tabs.setCurrentIndex(window.TAB_CUSTOMERS)
    window.customers_tab.table.clearSelection()
    window.hand_over_action.trigger()
    assert told == ["Select the customer to hand over, then choose Hand over… again."]
    opened: list[int] = []
    monkeypatch.setattr(HandOverDialog, "exec", lambda dialog: opened.append(dialog._customer_id) or 0)
    window.hand_over(customers["late"])
    assert opened == [customers["late"]]
