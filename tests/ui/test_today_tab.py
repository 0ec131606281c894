"""The Today tab in the main window: the day's actions in order, completed through the real dialog with
the keyboard and the mouse, and the list following each outcome — the next day's step, the contact limit,
a promise, a dispute, an e-mail and an SMS — and the customer's contact log with its corrections."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from today_shop import ORDER, TODAY, make_shop

from workshop_desk.db.models import ContactRow
from workshop_desk.db.session import Database
from workshop_desk.services.collections import Outcome
from workshop_desk.ui import state
from workshop_desk.ui.dialogs.outcome_dialog import OutcomeDialog
from workshop_desk.ui.main_window import MainWindow
from workshop_desk.ui.models.agenda_model import BROKEN_PROMISE_COLOUR, MOVED_TEXT_COLOUR, AgendaModel
from workshop_desk.ui.models.contacts_model import ContactsModel


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    state.settings().setValue("user/name", "Test Desk")
    return make_shop(database)


@pytest.fixture
def open_window(qtbot: QtBot, database: Database, ids: dict[str, int]) -> Callable[..., MainWindow]:
    def make(day=TODAY) -> MainWindow:
        window = MainWindow(database, day)
        qtbot.addWidget(window)
        with qtbot.waitSignals([window.snapshot_ready, window.today_tab.agenda_ready], timeout=10_000):
            window.show()
        window.tabs.setCurrentIndex(window.TAB_TODAY)
        return window

    return make


def in_dialog(act: Callable[[OutcomeDialog], None]) -> list[str]:
    """Run ``act`` on the outcome dialog once it is open (it is modal); returns problems seen."""
    problems: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OutcomeDialog):
            problems.append(f"expected the outcome dialog, got {type(dialog).__name__}")
            if isinstance(dialog, QDialog):
                dialog.reject()
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():  # never leave a modal dialog open: the test would hang
                problems.append(f"the dialog stayed open: {dialog.error.text()} {dialog.form.has_problems()}")
                dialog.reject()

    QTimer.singleShot(0, run)
    return problems


def rows(window: MainWindow) -> list[list[str]]:
    model = window.today_tab.table.model()
    return [[model.index(row, col).data() for col in range(model.columnCount())] for row in range(model.rowCount())]


def codes(window: MainWindow) -> list[str]:
    return [item.account.customer.code for item in window.today_tab.items()]


def pick(qtbot: QtBot, window: MainWindow, ids: dict[str, int], code: str) -> None:
    """Select the customer's action, with the window active (its shortcuts, Ctrl+D…, work only then)."""
    assert window.today_tab.select_customer(ids[code])
    window.activateWindow()
    window.today_tab.table.setFocus()
    qtbot.waitUntil(window.isActiveWindow)


def click(qtbot: QtBot, widget) -> None:
    """A click where a button reacts: a radio button only on its circle and text, not the whole cell."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def test_today_is_the_first_tab_and_lists_every_action_in_order(qtbot: QtBot, open_window) -> None:
    window = open_window()
    assert window.tabs.tabText(window.TAB_TODAY) == "&Today"
    assert window.TAB_TODAY == 0
    assert codes(window) == ORDER  # the broken promise first, then overdue money × days late
    assert rows(window)[0] == [
        "Gallo Francesca", "0161 496 0103", "Payment reminder", "Letter", "£200.00", "24", "06/11/2026",
        "Broken promise: £200.00 by 15 Nov 2026",
    ]  # fmt: skip
    assert rows(window)[1][:4] == ["Whitfield Garage Ltd", "0161 496 0102", "Phone call on the due day", "Phone call"]
    assert rows(window)[5][2:5] == ["Courtesy reminder", "E-mail", "—"]
    model = window.today_tab.table.model()
    first = model.index(0, AgendaModel.COL_CUSTOMER)
    assert first.data(Qt.ItemDataRole.BackgroundRole).color().name() == BROKEN_PROMISE_COLOUR
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Broken promise" in first.data(Qt.ItemDataRole.ToolTipRole)
    second = model.index(1, AgendaModel.COL_CUSTOMER)
    assert second.data(Qt.ItemDataRole.BackgroundRole).color().name() != BROKEN_PROMISE_COLOUR
    assert "£900.00 overdue, 55 days late" in second.data(Qt.ItemDataRole.ToolTipRole)
    assert window.today_tab.count_label.text() == "6 actions for today"


def test_keyboard_shortcuts_for_the_tabs(qtbot: QtBot, open_window) -> None:
    window = open_window()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == window.TAB_CUSTOMERS
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == window.TAB_OVERDUE
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == window.TAB_TODAY
    shortcuts = {action.text(): action.shortcut().toString() for action in window.actions()}
    assert shortcuts["&Done…"] == "Ctrl+D"
    assert shortcuts["Compose e-&mail…"] == "Ctrl+M"
    assert shortcuts["Copy &SMS text"] == "Ctrl+Shift+C"


def test_search_filters_the_list(qtbot: QtBot, open_window) -> None:
    window = open_window()
    qtbot.keyClicks(window.today_tab.search, "whitfield")
    assert codes(window) == ["C0002"]
    assert window.today_tab.count_label.text() == "1 action for today"
    window.today_tab.search.clear()
    qtbot.keyClicks(window.today_tab.search, "courtesy")
    assert codes(window) == ["C0004"]


def test_completing_calls_in_the_today_tab(qtbot: QtBot, open_window, ids: dict[str, int], database: Database) -> None:
    """The receptionist's morning: Enter on a call, Reached; Ctrl+D on the next, Reached too."""
    window = open_window()
    seen: dict[str, str] = {}

    def reached(dialog: OutcomeDialog) -> None:
        seen["title"] = dialog.windowTitle()
        click(qtbot, dialog.outcomes[Outcome.REACHED])
        qtbot.keyClicks(dialog.note, "Will pay on Friday")
        click(qtbot, dialog.save_button)

    pick(qtbot, window, ids, "C0001")
    problems = in_dialog(reached)
    with qtbot.waitSignal(window.today_tab.agenda_ready, timeout=10_000):
        qtbot.keyClick(window.today_tab.table, Qt.Key.Key_Return)
    assert problems == []
    assert seen["title"] == "Phone call on the due day — Bradshaw Susan"
    assert codes(window) == ["C0003", "C0002", "C0005", "C0006", "C0004"]
    assert window.today_tab.count_label.text() == "5 actions for today"
    assert window.today_tab.selected_item().account.customer.code == "C0006"  # the next one in the same place

    pick(qtbot, window, ids, "C0005")
    problems = in_dialog(lambda dialog: (dialog.choose(Outcome.REACHED), click(qtbot, dialog.save_button)))
    with qtbot.waitSignal(window.today_tab.agenda_ready, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert codes(window) == ["C0003", "C0002", "C0006", "C0004"]
    with database.read() as session:
        logged = session.execute(select(ContactRow.channel, ContactRow.outcome, ContactRow.user, ContactRow.note))
        assert [tuple(row) for row in logged][-2:] == [
            ("phone", "reached", "Test Desk", "Will pay on Friday"),
            ("phone", "reached", "Test Desk", ""),
        ]

    tomorrow = open_window(TODAY + timedelta(days=1))
    steps = {row[0]: row[2:4] for row in rows(tomorrow)}
    assert steps["Bradshaw Susan"] == ["Payment reminder", "Letter"]
    assert steps["Иванов Пётр"] == ["Payment reminder", "Letter"]
    assert steps["Whitfield Garage Ltd"] == ["Phone call on the due day", "Phone call"]  # not done: still there


def test_no_answer_keeps_the_call_and_the_contact_limit_moves_it(
    qtbot: QtBot, open_window, ids: dict[str, int]
) -> None:
    window = open_window()
    pick(qtbot, window, ids, "C0002")
    problems = in_dialog(lambda dialog: (click(qtbot, dialog.outcomes[Outcome.NO_ANSWER]), dialog.save()))
    with qtbot.waitSignal(window.today_tab.agenda_ready, timeout=10_000):
        window.done_action.trigger()
    assert problems == []
    assert codes(window) == ["C0003", "C0005", "C0001", "C0006", "C0004", "C0002"]  # still there, at the end
    last = rows(window)[-1]
    assert last[0] == "Whitfield Garage Ltd"
    assert last[-1] == "Moved to 26 Nov 2026: daily contact limit for calls (1 of 1)"
    model = window.today_tab.table.model()
    assert model.index(5, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == MOVED_TEXT_COLOUR
    assert window.today_tab.count_label.text() == "5 actions for today  ·  1 moved by contact limits"
    tomorrow = open_window(TODAY + timedelta(days=1))
    assert "Whitfield Garage Ltd" in [row[0] for row in rows(tomorrow)]  # nothing silently drops out


def test_a_promise_pauses_the_account_and_the_customer_says_until_when(
    qtbot: QtBot, open_window, ids: dict[str, int]
) -> None:
    window = open_window()

    def promise(dialog: OutcomeDialog) -> None:
        click(qtbot, dialog.outcomes[Outcome.PROMISED])
        dialog.promise_date.set_day(TODAY + timedelta(days=7))
        click(qtbot, dialog.save_button)

    pick(qtbot, window, ids, "C0001")
    problems = in_dialog(promise)
    with qtbot.waitSignal(window.today_tab.agenda_ready, timeout=10_000):
        window.today_tab.done_button.click()
    assert problems == []
    assert "C0001" not in codes(window)
    window.open_customer(ids["C0001"])
    detail = window.customers_tab.detail
    assert detail.pause_label.text() == "⏸ Paused until 2 Dec 2026: the customer promised to pay £600.00."
    assert not detail.resolve_button.isVisibleTo(detail)
    later = open_window(TODAY + timedelta(days=8))
    assert codes(later)[0] == "C0001"  # nothing paid: a broken promise, first
    assert rows(later)[0][-1] == "Broken promise: £600.00 by 2 Dec 2026"


def test_a_dispute_flags_the_account_until_it_is_resolved(qtbot: QtBot, open_window, ids: dict[str, int]) -> None:
    window = open_window()
    seen: dict[str, str] = {}

    def dispute(dialog: OutcomeDialog) -> None:
        click(qtbot, dialog.outcomes[Outcome.DISPUTED])
        click(qtbot, dialog.save_button)
        seen["message"] = dialog.form.message("note")
        qtbot.keyClicks(dialog.note, "Says the gearbox was faulty before")
        click(qtbot, dialog.save_button)

    pick(qtbot, window, ids, "C0002")
    problems = in_dialog(dispute)
    with qtbot.waitSignal(window.today_tab.agenda_ready, timeout=10_000):
        window.done_action.trigger()
    assert problems == []
    assert seen["message"].startswith("Say what the customer disputes")
    assert "C0002" not in codes(window)
    window.open_customer(ids["C0002"])
    detail = window.customers_tab.detail
    assert detail.pause_label.text().startswith("⚑ Disputed: Says the gearbox was faulty before — ")
    assert detail.resolve_button.isVisibleTo(detail)

    def resolve(dialog: OutcomeDialog) -> None:
        seen["preset"] = dialog.chosen_outcome()
        qtbot.keyClicks(dialog.note, "Workshop report accepted")
        click(qtbot, dialog.save_button)

    problems = in_dialog(resolve)
    with qtbot.waitSignal(window.today_tab.agenda_ready, timeout=10_000):
        click(qtbot, detail.resolve_button)
    assert problems == []
    assert seen["preset"] is Outcome.DISPUTE_RESOLVED
    assert detail.pause_box.isHidden()
    # The dispute did the call; the ladder goes on from there: the reminder, tomorrow.
    tomorrow = open_window(TODAY + timedelta(days=1))
    assert [row[2] for row in rows(tomorrow) if row[0] == "Whitfield Garage Ltd"] == ["Payment reminder"]


def test_compose_email_saves_the_pdf_in_documents_and_opens_the_mail_program(
    qtbot: QtBot, open_window, ids: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "My Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _location: str(documents)))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    window = open_window()
    seen: dict[str, object] = {}

    def confirm(dialog: OutcomeDialog) -> None:
        seen["done"] = dialog.done_label.text()
        seen["outcome"] = dialog.chosen_outcome()
        click(qtbot, dialog.save_button)

    pick(qtbot, window, ids, "C0004")
    problems = in_dialog(confirm)
    with qtbot.waitSignal(window.today_tab.agenda_ready, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    pdf = documents / "Workshop Desk" / "C0004" / "C0004 courtesy 2026-11-25.pdf"
    assert pdf.is_file()
    assert str(pdf) in str(seen["done"])
    assert seen["outcome"] is Outcome.LETTER_SENT
    [url] = opened
    query = parse_qs(urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)).query)
    assert query["subject"] == ["Lembrete: vencimento em 27 de novembro de 2026 – cliente C0004"]
    assert "C0004" not in codes(window)
    window.open_customer(ids["C0004"])
    detail = window.customers_tab.detail
    assert detail.letters_model.rowCount() == 1  # the e-mailed letter is on record
    assert detail.contacts_model.index(0, ContactsModel.COL_CHANNEL).data() == "E-mail"


def test_copy_sms_from_the_today_tab(qtbot: QtBot, open_window, ids: dict[str, int], database: Database) -> None:
    window = open_window()
    pick(qtbot, window, ids, "C0005")
    problems = in_dialog(lambda dialog: click(qtbot, dialog.save_button))
    with qtbot.waitSignal(window.today_tab.agenda_ready, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert problems == []
    text = QGuiApplication.clipboard().text()
    assert "просрочена оплата 300,00 £" in text
    assert len(text) <= 160
    with database.read() as session:
        last = session.execute(select(ContactRow.channel, ContactRow.outcome).order_by(ContactRow.id.desc())).first()
    assert tuple(last) == ("sms", "note")
    assert "C0005" in codes(window)  # a message is not the call: the call is still to do, and still allowed
    assert window.today_tab.items()[codes(window).index("C0005")].moved_to is None


def test_the_contact_log_lists_newest_first_and_corrects_with_a_new_entry(
    qtbot: QtBot, open_window, ids: dict[str, int], database: Database
) -> None:
    window = open_window()
    window.open_customer(ids["C0003"])
    detail = window.customers_tab.detail
    model = detail.contacts_model
    assert model.rowCount() == 1
    assert model.index(0, ContactsModel.COL_OUTCOME).data() == "Promised to pay £200.00 by 15/11/2026"
    assert model.index(0, ContactsModel.COL_USER).data() == "Maria"

    def visit(dialog: OutcomeDialog) -> None:
        dialog.channel.setCurrentIndex(dialog.channel.findData("visit"))
        click(qtbot, dialog.outcomes[Outcome.REACHED])
        qtbot.keyClicks(dialog.note, "Came in: will pay half on Monday")
        click(qtbot, dialog.save_button)

    problems = in_dialog(visit)
    with qtbot.waitSignal(window.today_tab.agenda_ready, timeout=10_000):
        click(qtbot, detail.log_contact_button)
    assert problems == []
    assert [model.index(row, ContactsModel.COL_CHANNEL).data() for row in range(model.rowCount())] == [
        "Visit",
        "Phone call",
    ]
    with database.read() as session:
        promise_before = session.execute(select(ContactRow).where(ContactRow.user == "Maria")).scalar_one()
        promise_before = {
            column: getattr(promise_before, column) for column in ("at", "outcome", "note", "promise_cents")
        }

    detail.contacts_view.selectRow(1)  # the promise
    assert detail.correct_button.isEnabled()

    def correct(dialog: OutcomeDialog) -> None:
        click(qtbot, dialog.outcomes[Outcome.NOTE])
        qtbot.keyClicks(dialog.note, "The promise was for GBP 150, not 200")
        click(qtbot, dialog.save_button)

    problems = in_dialog(correct)
    with qtbot.waitSignal(window.today_tab.agenda_ready, timeout=10_000):
        click(qtbot, detail.correct_button)
    assert problems == []
    assert model.rowCount() == 3
    assert model.index(0, ContactsModel.COL_NOTE).data() == (
        "Corrects the entry of 05/11/2026 10:15: The promise was for GBP 150, not 200"
    )
    corrected = model.index(2, ContactsModel.COL_OUTCOME)
    assert corrected.data() == "Promised to pay £200.00 by 15/11/2026"  # unchanged
    assert corrected.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert "Corrected by the entry of" in corrected.data(Qt.ItemDataRole.ToolTipRole)
    with database.read() as session:
        promise_after = session.execute(select(ContactRow).where(ContactRow.user == "Maria")).scalar_one()
        promise_after = {
            column: getattr(promise_after, column) for column in ("at", "outcome", "note", "promise_cents")
        }
    assert promise_after == promise_before
