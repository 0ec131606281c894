"""The customer window: typing a customer in, refused fields, duplicates, edits, concurrent edits.

Text is typed with ``keyClicks`` where it is ASCII; anything else is set with ``setText`` (typing
non-ASCII characters with QTest aborts the process, see ENVIRONMENT.md).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from workshop_desk.db.models import Customer, CustomerKind
from workshop_desk.db.session import Database
from workshop_desk.services.customers import CustomerData, get_customer, save_customer
from workshop_desk.services.shop import Shop
from workshop_desk.ui.dialogs.customer_dialog import CustomerDialog

ITALIAN_SHOP = Shop(name="Officina Bianchi", country="IT", currency="EUR", language="it")
VALID_CODICE_FISCALE = "RSSMRA80A01H501U"


def customer_count(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Customer)) or 0


def add_customer(database: Database, **values: Any) -> int:
    with database.write() as session:
        return save_customer(session, CustomerData(**{"code": "C0012", "name": "Rossi Mario", **values}))


def load(database: Database, customer_id: int) -> tuple[int, CustomerData]:
    with database.read() as session:
        record = get_customer(session, customer_id)
    return record.version, record.data


def open_dialog(qtbot: QtBot, database: Database, customer_id: int | None = None, shop: Shop = ITALIAN_SHOP):
    dialog = CustomerDialog(database, shop, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_save(qtbot: QtBot, dialog: CustomerDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes answered without showing them: records (kind, text); questions get "Open"."""
    asked: list[tuple[str, str]] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(("question", text))
        return QMessageBox.StandardButton.Open

    def warning(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(("warning", text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


def test_new_customer_is_typed_in_and_saved(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    assert dialog.windowTitle() == "New customer"
    assert dialog.code.text() == "C0001"
    assert dialog.country.currentText() == "IT"  # the shop's country
    qtbot.keyClicks(dialog.name, "Rossi Mario")
    dialog.kind.setCurrentIndex(dialog.kind.findData(CustomerKind.COMPANY))
    qtbot.keyClicks(dialog.tax_id, VALID_CODICE_FISCALE)
    qtbot.keyClicks(dialog.email, "mario@example.com")
    qtbot.keyClicks(dialog.phone, "+39 333 1234567")
    qtbot.keyClicks(dialog.address, "Via Roma 1")
    qtbot.keyClicks(dialog.postal_code, "00100")
    qtbot.keyClicks(dialog.city, "Roma")
    dialog.language.setCurrentIndex(dialog.language.findData("pt_BR"))
    qtbot.keyClicks(dialog.iban, "IT60X0542811101000000123456")
    qtbot.keyClicks(dialog.debt_limit, "1500,50")
    dialog.blocked.setChecked(True)
    qtbot.keyClicks(dialog.notes, "pays on Fridays")

    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)

    assert customer_count(database) == 1
    version, data = load(database, dialog.saved_customer_id)
    assert data == CustomerData(
        code="C0001",
        name="Rossi Mario",
        kind=CustomerKind.COMPANY,
        tax_id=VALID_CODICE_FISCALE,
        email="mario@example.com",
        phone="+39 333 1234567",
        address="Via Roma 1",
        postal_code="00100",
        city="Roma",
        country="IT",
        language="pt_BR",
        iban="IT60X0542811101000000123456",
        debt_limit=150050,
        blocked=True,
        notes="pays on Fridays",
    )
    assert version == 1


def test_an_empty_limit_means_no_limit_and_enter_saves(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    qtbot.keyClicks(dialog.name, "Verdi Giuseppe")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    _, data = load(database, dialog.saved_customer_id)
    assert data.debt_limit is None
    assert data.language == ""  # the shop's language


def test_escape_cancels_without_saving(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    qtbot.keyClicks(dialog.name, "Verdi Giuseppe")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert customer_count(database) == 0


@pytest.mark.parametrize(
    ("limit", "limit_message"),
    [
        ("-5", "The amount cannot be negative."),
        ("abc", "Not an amount: write it like 1.234,50."),
    ],
)
def test_bad_fields_keep_the_dialog_open_with_a_message_under_each(
    qtbot: QtBot, database: Database, limit: str, limit_message: str
) -> None:
    dialog = open_dialog(qtbot, database)
    qtbot.keyClicks(dialog.name, "Rossi Mario")
    qtbot.keyClicks(dialog.tax_id, "RSSMRA80A01H501X")  # wrong check character
    qtbot.keyClicks(dialog.email, "mario@")
    qtbot.keyClicks(dialog.city, "Roma")
    qtbot.keyClicks(dialog.debt_limit, limit)

    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected  # not accepted (yet)
    assert dialog.form.message("tax_id") == (
        "The check digit of this tax id is wrong for Italia: probably a typing mistake."
    )
    assert dialog.form.message("email") == "This is not a valid e-mail address (it looks like name@example.com)."
    assert dialog.form.message("debt_limit") == limit_message
    assert dialog.form.message("name") == ""
    assert dialog.form.message("city") == ""
    assert (dialog.name.text(), dialog.city.text(), dialog.email.text()) == ("Rossi Mario", "Roma", "mario@")
    assert dialog.tax_id.text() == "RSSMRA80A01H501X"
    assert dialog.debt_limit.text() == limit
    qtbot.waitUntil(dialog.tax_id.hasFocus)  # the first bad field
    notes_holder = dialog.notes.parentWidget()  # messages wrapping onto two lines squeeze nothing
    assert notes_holder.height() >= dialog.notes.height()
    assert customer_count(database) == 0


def test_messages_go_away_once_the_fields_are_corrected(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    dialog.code.clear()
    click_save(qtbot, dialog)
    assert dialog.form.message("code") == "Enter a code: every customer needs one."
    assert dialog.form.message("name") == "Enter the customer's name."
    qtbot.waitUntil(dialog.code.hasFocus)

    qtbot.keyClicks(dialog.code, "X1")
    qtbot.keyClicks(dialog.name, "Rossi Mario")
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    assert not dialog.form.has_problems()
    assert load(database, dialog.saved_customer_id)[1].code == "X1"


def test_a_tax_id_of_the_customers_own_country_is_checked_by_its_rules(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    qtbot.keyClicks(dialog.name, "Nagy Anna")
    dialog.country.setCurrentText("HU")
    qtbot.keyClicks(dialog.tax_id, "1234")
    click_save(qtbot, dialog)
    assert dialog.form.message("tax_id") == "This tax id has the wrong number of characters for Ungheria."
    assert dialog.country_label.text() == "Ungheria"


def test_a_country_that_is_not_a_code_is_refused(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    qtbot.keyClicks(dialog.name, "Smith John")
    dialog.country.setCurrentText("Italy")
    click_save(qtbot, dialog)
    assert dialog.form.message("country") == "Write the country as its two-letter code, like IT, GB or HU."
    assert customer_count(database) == 0


def test_a_duplicate_tax_id_offers_to_open_the_other_customer(
    qtbot: QtBot, database: Database, answers: list[tuple[str, str]]
) -> None:
    existing = add_customer(database, tax_id=VALID_CODICE_FISCALE)
    dialog = open_dialog(qtbot, database)
    assert dialog.code.text() == "C0013"
    qtbot.keyClicks(dialog.name, "Mario Rossi")
    qtbot.keyClicks(dialog.tax_id, VALID_CODICE_FISCALE.lower())  # case and spaces do not matter

    with qtbot.waitSignal(dialog.open_existing_requested) as opened:
        click_save(qtbot, dialog)

    assert opened.args == [existing]
    assert answers == [("question", "Customer C0012 (Rossi Mario) already has this tax id. Open that customer?")]
    assert dialog.form.message("tax_id") == "Customer C0012 (Rossi Mario) already has this tax id."
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert customer_count(database) == 1


def test_a_duplicate_code_answered_cancel_keeps_the_dialog_open(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_customer(database)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    dialog = open_dialog(qtbot, database)
    dialog.code.setText("C0012")
    qtbot.keyClicks(dialog.name, "Bianchi Luca")
    with qtbot.assertNotEmitted(dialog.open_existing_requested):
        click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.form.message("code") == "Customer C0012 (Rossi Mario) already has this code."
    assert dialog.name.text() == "Bianchi Luca"
    assert customer_count(database) == 1


def test_editing_loads_the_customer_and_saves_the_changes(qtbot: QtBot, database: Database) -> None:
    customer_id = add_customer(
        database, tax_id=VALID_CODICE_FISCALE, city="Roma", language="hu", debt_limit=150000, notes="two\nlines"
    )
    dialog = open_dialog(qtbot, database, customer_id)
    assert dialog.windowTitle() == "Customer C0012 — Rossi Mario"
    assert dialog.name.text() == "Rossi Mario"
    assert dialog.tax_id.text() == VALID_CODICE_FISCALE
    assert dialog.city.text() == "Roma"
    assert dialog.country.currentText() == ""
    assert dialog.country_label.text() == "the shop's country (Italia)"
    assert dialog.language.currentText() == "Magyar"
    assert dialog.debt_limit.text() == "1.500,00"
    assert dialog.notes.toPlainText() == "two\nlines"

    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Rossi Mario Luigi")
    dialog.debt_limit.clear()
    qtbot.keyClicks(dialog.debt_limit, "0")
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)

    assert dialog.saved_customer_id == customer_id
    version, data = load(database, customer_id)
    assert (data.name, data.debt_limit, data.city, data.language) == ("Rossi Mario Luigi", 0, "Roma", "hu")
    assert version == 2
    assert customer_count(database) == 1


def test_a_customer_changed_meanwhile_is_not_overwritten(
    qtbot: QtBot, database: Database, answers: list[tuple[str, str]]
) -> None:
    customer_id = add_customer(database, phone="06 1234567")
    dialog = open_dialog(qtbot, database, customer_id)
    version, data = load(database, customer_id)
    with database.write() as session:  # another desk saves the same customer first
        save_customer(session, replace(data, phone="06 7654321"), customer_id, version)

    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Rossi Maria")
    click_save(qtbot, dialog)

    assert answers == [
        (
            "warning",
            "This customer was changed by someone else meanwhile. Close this window and open the customer "
            "again to see the changes.",
        )
    ]
    assert dialog.isVisible()
    assert dialog.name.text() == "Rossi Maria"
    _, stored = load(database, customer_id)
    assert (stored.name, stored.phone) == ("Rossi Mario", "06 7654321")


def test_languages_are_listed_by_their_own_names(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    names = [dialog.language.itemText(index) for index in range(dialog.language.count())]
    assert names == [
        "Same as the shop (Italiano)",
        "English",
        "Italiano",
        "Русский",
        "Português (Brasil)",
        "Magyar",
    ]


def test_tab_goes_through_the_fields_in_reading_order(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    expected = [
        dialog.name, dialog.kind, dialog.tax_id, dialog.email, dialog.phone, dialog.address,
        dialog.postal_code, dialog.city, dialog.country, dialog.language, dialog.iban, dialog.debt_limit,
        dialog.blocked, dialog.no_calls, dialog.no_messages, dialog.start_offset, dialog.notes, dialog.save_button,
    ]  # fmt: skip
    dialog.activateWindow()
    dialog.code.setFocus()
    qtbot.waitUntil(dialog.code.hasFocus)
    for widget in expected:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is widget or dialog.focusWidget().parent() is widget


def test_cyrillic_text_is_saved_as_typed(qtbot: QtBot, database: Database) -> None:
    russian_shop = Shop(name="Автосервис", country="RU", currency="RUB", language="ru")
    dialog = open_dialog(qtbot, database, shop=russian_shop)
    dialog.name.setText("Сидоров Пётр Ильич")
    dialog.city.setText("Москва")
    dialog.address.setText("ул. Ленина, д. 5, кв. 12")
    qtbot.keyClicks(dialog.tax_id, "7707083893")
    qtbot.keyClicks(dialog.debt_limit, "25000")
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    _, data = load(database, dialog.saved_customer_id)
    assert (data.name, data.city, data.country) == ("Сидоров Пётр Ильич", "Москва", "RU")
    assert data.debt_limit == 2_500_000


def test_every_field_has_its_own_shortcut_letter(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    assert_unique_shortcuts(dialog)


def assert_unique_shortcuts(dialog: QDialog) -> None:
    """Alt+letter reaches one field each: no letter is marked twice in labels and buttons."""
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text and "<" not in text]
    assert len(letters) >= 15
    assert sorted(letters) == sorted(set(letters))


def test_reminder_exceptions_are_saved_and_read_back(qtbot, database) -> None:
    """ "No phone calls" and "start at +7" reach the collection ladder's rules."""
    from workshop_desk.domain.dunning import Action
    from workshop_desk.services.collections import customer_rules
    from workshop_desk.services.customers import get_customer
    from workshop_desk.services.shop import Shop
    from workshop_desk.ui.dialogs.customer_dialog import CustomerDialog

    dialog = CustomerDialog(database, Shop(country="GB", currency="GBP"), None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Careful Customer")
    dialog.no_calls.setChecked(True)
    dialog.start_offset.setValue(7)
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with database.read() as session:
        rules = customer_rules(get_customer(session, dialog.saved_customer_id).data.ladder_rules)
    assert (rules.no_actions, rules.start_offset) == (frozenset({Action.PHONE}), 7)
    edit = CustomerDialog(database, Shop(country="GB", currency="GBP"), dialog.saved_customer_id)
    qtbot.addWidget(edit)
    assert edit.no_calls.isChecked()
    assert not edit.no_messages.isChecked()
    assert edit.start_offset.value() == 7
