"""The bad-input sweep over the dialogs (issue #9): hostile values in every field, then Save.

For the customer, invoice, payment, write-off, reschedule and outcome dialogs, every field the
user can reach is found by type (line edits — money and date fields included —, plain and rich
text edits, editable combo boxes, spin boxes; plain combo boxes, check boxes and radio buttons get
a random choice too). Each example opens the dialog on a small shop, gives some of its fields a
hostile value (set with ``setText``/``setPlainText``: typing non-ASCII with QTest aborts the
process, see ENVIRONMENT.md), sometimes "leaves" a field (``editingFinished``, as Tab would), and
clicks the dialog's save button. Then:

* no exception escaped into Qt: each example runs inside ``qtbot.captureExceptions()``, so an
  exception raised in a slot fails that example (and Hypothesis shrinks it);
* either the dialog was accepted and exactly one row was added to its table, or it stayed open
  showing why — a visible message in the error colour, or a message box (recorded, not shown);
* when nothing was saved, no table changed at all (every row of every table compared).

Confirmations (write-off, reschedule) are answered Yes, so that the saving path is swept too.
"""

from __future__ import annotations

import sqlite3
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sweep_values import hostile_date, hostile_number, hostile_text

from workshop_desk.db.session import Database
from workshop_desk.domain.schedule import build_plan
from workshop_desk.services.collections import agenda
from workshop_desk.services.customers import CustomerData, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.shop import Shop, save_shop
from workshop_desk.ui.dialogs.customer_dialog import CustomerDialog
from workshop_desk.ui.dialogs.invoice_dialog import InvoiceDialog
from workshop_desk.ui.dialogs.outcome_dialog import OutcomeDialog
from workshop_desk.ui.dialogs.payment_dialog import PaymentDialog
from workshop_desk.ui.dialogs.reschedule_dialog import RescheduleDialog
from workshop_desk.ui.dialogs.write_off_dialog import WriteOffDialog
from workshop_desk.ui.widgets.date_edit import DateEdit
from workshop_desk.ui.widgets.form import ERROR_STYLE
from workshop_desk.ui.widgets.money_edit import MoneyEdit, MoneyInputError

TODAY = date(2026, 3, 15)
ITALIAN = Shop(name="Officina Bianchi", country="IT", currency="EUR", language="it")
ENGLISH = Shop(name="Kershaw Motors", country="GB", currency="GBP", language="en")
SWEEP = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
TYPED = string.ascii_letters + string.digits + string.punctuation + " "
"""What ``keyClicks`` may type into a spin box (ASCII only, and no Enter or Tab)."""


# --- the shop the dialogs open on -----------------------------------------------------------------


@dataclass
class Shopfront:
    database: Database
    shop: Shop
    customer_id: int
    documents: Path

    def item(self) -> Any:
        """The customer's action of the day on the agenda, if any (else the outcome dialog logs a free contact)."""
        with self.database.read() as session:
            return next((item for item in agenda(session, TODAY) if item.customer_id == self.customer_id), None)


def make_shopfront(database: Database, shop: Shop, documents: Path) -> Shopfront:
    """One customer owing 1,000,000.00 on a plan of 10 installments, the first 5 overdue."""
    with database.write() as session:
        save_shop(session, shop)
        customer_id = save_customer(
            session, CustomerData(code="C0001", name="Rossi Mario", phone="+39 333 1234567", email="m@example.com")
        )
        plan = tuple(build_plan(1_000_000_00, 10, date(2025, 11, 1)))
        data = InvoiceData("2025-0001", customer_id, date(2025, 10, 1), date(2025, 11, 1), 1_000_000_00, plan=plan)
        create_invoice(session, data, as_of=date(2025, 10, 1), override_reason="sweep shop")
    return Shopfront(database, shop, customer_id, documents)


DIALOGS: dict[str, tuple[Shop, str, Callable[[Shopfront], QDialog]]] = {
    "customer": (ITALIAN, "customer", lambda front: CustomerDialog(front.database, front.shop)),
    "invoice": (
        ITALIAN,
        "invoice",
        lambda front: InvoiceDialog(front.database, front.shop, TODAY, customer_id=front.customer_id),
    ),
    "payment": (ENGLISH, "payment", lambda front: PaymentDialog(front.database, front.shop, TODAY, front.customer_id)),
    "write-off": (
        ITALIAN,
        "payment",
        lambda front: WriteOffDialog(front.database, front.shop, TODAY, front.customer_id),
    ),
    "reschedule": (
        ENGLISH,
        "invoice",
        lambda front: RescheduleDialog(front.database, front.shop, TODAY, front.customer_id),
    ),
    "outcome": (
        ENGLISH,
        "contact",
        lambda front: OutcomeDialog(
            front.database,
            TODAY,
            front.customer_id,
            front.item(),
            clock=lambda: datetime.combine(TODAY, time(10, 30)),
            documents=front.documents,
        ),
    ),
}
"""By name: the shop, the table a save adds one row to, and how to open the dialog."""

VALID: dict[str, Callable[[Any], None]] = {
    "customer": lambda dialog: dialog.name.setText("Gallo Francesca"),
    "invoice": lambda dialog: dialog.total.setText("250,00"),
    "payment": lambda dialog: dialog.amount.setText("100.00"),
    "write-off": lambda dialog: dialog.note.setText("goodwill"),
    "reschedule": lambda dialog: dialog.installments.setValue(4),
    "outcome": lambda dialog: dialog.choose(next(iter(dialog.outcomes))),
}
"""What makes each form valid as it opens, so that the sweep reaches the saving path too."""
SPOIL = st.sampled_from([True, False, False, False])
"""Whether a field gets a hostile value: about one field in four."""


def database_file(database: Database) -> Path:
    return Path(database.engine.url.database or "")


def copy_database(source: Path, target: Path) -> None:
    """Copy with SQLite's backup API: the database's engine keeps no connection open between uses (NullPool)."""
    with sqlite3.connect(source) as from_connection, sqlite3.connect(target) as to_connection:
        from_connection.backup(to_connection)
    from_connection.close()
    to_connection.close()


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (sorted), read through a connection of its own."""
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
    finally:
        connection.close()


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes answered without showing them: (kind, text); questions are answered Yes."""
    shown: list[tuple[str, str]] = []

    def recorder(kind: str, answer: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: Any, _title: str, text: str, *_args: Any, **_options: Any) -> QMessageBox.StandardButton:
            shown.append((kind, text))
            return answer

        return show

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", recorder("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_options: ("", False))
    return shown


# --- the fields and what goes into them -----------------------------------------------------------


def _inside_a_popup(widget: QWidget, dialog: QDialog) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QCalendarWidget)):
            return True  # the line edit inside a spin box or combo box, or a calendar's parts
        parent = parent.parentWidget()
    return False


def reachable(widget: QWidget, dialog: QDialog) -> bool:
    """Whether the user can get at ``widget`` now: shown, enabled, not read-only."""
    read_only = getattr(widget, "isReadOnly", lambda: False)()
    return widget.isVisibleTo(dialog) and widget.isEnabled() and not read_only


def fields_of(dialog: QDialog) -> list[QWidget]:
    """The input widgets of ``dialog`` in a stable order (text fields, spin boxes, combo boxes, ticks)."""
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit, QComboBox, QCheckBox, QRadioButton)
    return [
        widget
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, kinds) and not _inside_a_popup(widget, dialog)
    ]


def fill(widget: QWidget, data: st.DataObject, qtbot: QtBot) -> None:
    """Put a hostile value into ``widget``, as typing, pasting or picking would; maybe leave it."""
    label = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}".strip()
    if isinstance(widget, (QCheckBox, QRadioButton)):
        if data.draw(st.booleans(), label=label):
            widget.setChecked(not widget.isChecked() if isinstance(widget, QCheckBox) else True)
        return
    if isinstance(widget, QComboBox) and not widget.isEditable():
        if widget.count():
            widget.setCurrentIndex(data.draw(st.integers(0, widget.count() - 1), label=label))
        return
    if isinstance(widget, QAbstractSpinBox):
        if data.draw(st.booleans(), label=f"{label} typed"):
            widget.lineEdit().selectAll()
            qtbot.keyClicks(widget, data.draw(st.text(TYPED, max_size=12), label=label))
        elif isinstance(widget, QSpinBox):
            widget.setValue(data.draw(st.integers(-(2**31), 2**31 - 1), label=label))
        widget.editingFinished.emit()
        return
    if isinstance(widget, MoneyEdit):
        value = data.draw(hostile_number(), label=label)
    elif isinstance(widget, DateEdit):
        value = data.draw(hostile_date(), label=label)
    else:
        value = data.draw(hostile_text(), label=label)
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText(value)
        return
    line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert isinstance(line, QLineEdit)
    line.setText(value)
    if data.draw(st.booleans(), label=f"{label} left"):
        line.editingFinished.emit()  # as Tab would: money fields tidy up, date fields check what was typed


def problems_shown(dialog: QDialog) -> list[str]:
    """The messages in the error colour the dialog shows now."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.text().strip() and ERROR_STYLE in label.styleSheet()
    ]


def close(dialog: QDialog) -> None:
    dialog.done(QDialog.DialogCode.Rejected)
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# --- the sweep ------------------------------------------------------------------------------------


@pytest.fixture
def front(request: pytest.FixtureRequest, database: Database, tmp_path: Path) -> Shopfront:
    shop, _, _ = DIALOGS[request.node.callspec.params["name"]]
    return make_shopfront(database, shop, tmp_path / "Documents")


def test_exceptions_in_qt_slots_fail_the_tests(pytestconfig: pytest.Config) -> None:
    """pytest-qt turns an exception raised inside a slot into a test failure unless told not to."""
    assert not pytestconfig.getini("qt_no_exception_capture")


@pytest.mark.parametrize("name", list(DIALOGS))
def test_hostile_fields_are_saved_or_refused_with_a_message(
    name: str, front: Shopfront, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    _, table, open_dialog = DIALOGS[name]
    path = database_file(front.database)
    template = path.with_name("template.db")
    copy_database(path, template)
    first = open_dialog(front)
    found = fields_of(first)
    close(first)
    assert sum(isinstance(widget, (QLineEdit, QPlainTextEdit, MoneyEdit)) for widget in found) >= 2, found

    @SWEEP
    @given(data=st.data())
    def sweep(data: st.DataObject) -> None:
        message_boxes.clear()
        copy_database(template, path)  # every example starts from the same shop, whatever the last one saved
        before = snapshot(path)
        with qtbot.captureExceptions() as exceptions:
            dialog = open_dialog(front)
            try:
                dialog.show()
                qtbot.waitExposed(dialog)
                VALID[name](dialog)
                for widget in fields_of(dialog):
                    if reachable(widget, dialog) and data.draw(SPOIL, label="spoil"):
                        fill(widget, data, qtbot)
                qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
                accepted = dialog.result() == QDialog.DialogCode.Accepted
                visible, shown = dialog.isVisible(), problems_shown(dialog)
            finally:
                close(dialog)
        assert not exceptions, "an exception escaped into Qt:\n" + "\n".join(
            f"{kind.__name__}: {value}" for kind, value, _ in exceptions
        )
        after = snapshot(path)
        event("saved" if accepted else "refused")  # see --hypothesis-show-statistics
        if accepted:
            added = len(after[table]) - len(before[table])
            assert added == 1, f"a save added {added} rows to {table}"
        else:
            assert visible, "the dialog closed without saving"
            assert shown or message_boxes, "the dialog stayed open without saying why"
            assert after == before, "nothing was saved, yet the database changed"

    sweep()


# --- what the sweep found -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shop", "text"),
    [
        (ITALIAN, "0." + "0" * 5000 + "1"),  # the Italian group separator, then 5 001 digits (pasted)
        (ENGLISH, "0," + "0" * 5000 + "1"),
        (ENGLISH, "1e309"),
        (ENGLISH, "NaN"),
        (ENGLISH, "9" * 40),
    ],
    ids=["it-long-groups", "en-long-groups", "exponent", "nan", "forty-nines"],
)
def test_a_pasted_monster_number_is_refused_with_a_message(qtbot: QtBot, shop: Shop, text: str) -> None:
    """Babel's strict reading ran into Python's 4 300-digit limit for ``int()`` (a ValueError)."""
    field = MoneyEdit(shop.locale, shop.currency)
    qtbot.addWidget(field)
    field.setText(text)
    with pytest.raises(MoneyInputError):
        field.cents()


@pytest.mark.parametrize("name", ["payment"])
def test_a_pasted_monster_amount_keeps_the_payment_dialog_open(
    name: str, front: Shopfront, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    dialog = PaymentDialog(front.database, front.shop, TODAY, front.customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.captureExceptions() as exceptions:
        dialog.amount.setText("0," + "0" * 5000 + "1")  # the preview reads it on every change
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert exceptions == []
    assert dialog.isVisible()
    assert dialog.form.message("amount") == "Not an amount: write it like 1,234.50."
