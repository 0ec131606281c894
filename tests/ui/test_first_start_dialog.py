"""The first window on an empty database: the shop profile, or the demo shop instead."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from workshop_desk.db.models import Customer
from workshop_desk.db.session import Database
from workshop_desk.services.shop import Shop, has_data, load_shop, save_shop
from workshop_desk.ui.dialogs import first_start_dialog
from workshop_desk.ui.dialogs.first_start_dialog import FirstStartDialog


def open_dialog(qtbot: QtBot, database: Database) -> FirstStartDialog:
    dialog = FirstStartDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_country(dialog: FirstStartDialog, code: str) -> None:
    dialog.country.setCurrentIndex(dialog.country.findData(code))


def stored_shop(database: Database) -> Shop:
    with database.read() as session:
        return load_shop(session)


def database_is_empty(database: Database) -> bool:
    with database.read() as session:
        return not has_data(session)


def test_load_demo_data_fills_the_database_in_the_chosen_country(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    cursors = []

    def load_demo(*args: Any, **kwargs: Any) -> Any:
        cursor = QApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor is not None else None)
        return real_load_demo(*args, **kwargs)

    real_load_demo = first_start_dialog.load_demo
    monkeypatch.setattr(first_start_dialog, "load_demo", load_demo)
    dialog = open_dialog(qtbot, database)
    choose_country(dialog, "IT")

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    assert dialog.loaded_demo
    assert cursors == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None  # restored
    with database.read() as session:
        assert (session.scalar(select(func.count()).select_from(Customer)) or 0) > 100
    shop = stored_shop(database)
    assert (shop.country, shop.currency, shop.language) == ("IT", "EUR", "it")


def test_demo_is_not_loaded_over_a_shop_another_desk_set_up_meanwhile(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_args: told.append(text))
    dialog = open_dialog(qtbot, database)
    with database.write() as session:
        save_shop(session, Shop(name="Officina Verdi", country="IT", currency="EUR", language="it"))

    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    assert told == [
        "Someone else has set up this database meanwhile, so the demo was not loaded. "
        "Start the program again to see what it holds."
    ]
    assert not dialog.loaded_demo
    assert QApplication.overrideCursor() is None
    assert stored_shop(database).name == "Officina Verdi"


def test_choosing_a_country_sets_currency_and_language(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    assert [dialog.country.itemText(index) for index in range(dialog.country.count())] == [
        "United Kingdom",
        "Italia",
        "Россия",
        "Brasil",
        "Magyarország",
        "Other…",
    ]
    for code, currency, language in [("HU", "HUF", "Magyar"), ("BR", "BRL", "Português (Brasil)")]:
        choose_country(dialog, code)
        assert (dialog.currency.text(), dialog.language.currentText()) == (currency, language)
        assert dialog.currency.isReadOnly()
        assert not dialog.country_code.isVisible()


def test_saving_the_profile_stores_it_and_accepts(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    qtbot.keyClicks(dialog.name, "Officina Bianchi")
    qtbot.keyClicks(dialog.address, "Via Roma 1")
    qtbot.keyClicks(dialog.postal_code, "00100")
    qtbot.keyClicks(dialog.city, "Roma")
    choose_country(dialog, "IT")
    qtbot.keyClicks(dialog.tax_id, "00743110157")
    qtbot.keyClicks(dialog.phone, "06 1234567")
    qtbot.keyClicks(dialog.email, "info@officina.example")
    qtbot.keyClicks(dialog.bank_name, "UniCredit")
    qtbot.keyClicks(dialog.iban, "IT60 X054 2811 1010 0000 0123 456")
    qtbot.keyClicks(dialog.bic, "uncritmm")

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.loaded_demo
    expected = Shop(
        name="Officina Bianchi",
        address="Via Roma 1",
        postal_code="00100",
        city="Roma",
        country="IT",
        tax_id="00743110157",
        phone="06 1234567",
        email="info@officina.example",
        bank_name="UniCredit",
        iban="IT60 X054 2811 1010 0000 0123 456",
        bic="UNCRITMM",
        currency="EUR",
        language="it",
    )
    assert dialog.shop == expected
    assert stored_shop(database) == expected
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_a_missing_shop_name_is_asked_for_under_the_field(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    qtbot.keyClicks(dialog.city, "Roma")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.message("name") == "Enter the name of your shop: it heads every letter."
    assert dialog.city.text() == "Roma"
    qtbot.waitUntil(dialog.name.hasFocus)
    assert database_is_empty(database)


def test_bad_identifiers_are_refused_naming_the_country(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    dialog.name.setText("Kovács Autó")  # not keyClicks: non-ASCII (ENVIRONMENT.md)
    choose_country(dialog, "HU")
    qtbot.keyClicks(dialog.tax_id, "1234")
    qtbot.keyClicks(dialog.iban, "HU00 1177 3016 1111 1018 0000 0000")
    qtbot.keyClicks(dialog.bic, "XX")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.message("tax_id") == "This tax id has the wrong number of characters for Hungary."
    assert dialog.form.message("iban") == (
        "This is not a valid IBAN: check the country code, the length and the check digits."
    )
    assert dialog.form.message("bic") == "This is not a valid BIC: 8 or 11 letters and digits, like UNCRITMM."
    assert database_is_empty(database)


def test_another_country_is_given_by_its_code_and_currency(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    qtbot.keyClicks(dialog.name, "Garage Dupont")
    choose_country(dialog, "")
    assert dialog.country_code.isVisible()
    assert not dialog.currency.isReadOnly()
    qtbot.keyClicks(dialog.country_code, "zz")
    dialog.currency.setText("ABC")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.message("country") == "Enter the country as its two-letter code, like FR, DE or ES."
    assert dialog.form.message("currency") == "Enter the currency as its three-letter code, like EUR or CHF."

    dialog.country_code.clear()
    qtbot.keyClicks(dialog.country_code, "ie")  # a country whose defaults the program knows
    assert dialog.currency.text() == "EUR"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shop = stored_shop(database)
    assert (shop.name, shop.country, shop.currency, shop.language) == ("Garage Dupont", "IE", "EUR", "en")


def test_cancel_leaves_the_database_empty(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    qtbot.keyClicks(dialog.name, "Officina")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert database_is_empty(database)


def test_every_field_has_its_own_shortcut_letter(qtbot: QtBot, database: Database) -> None:
    assert_unique_shortcuts(open_dialog(qtbot, database))


def assert_unique_shortcuts(dialog: QDialog) -> None:
    """Alt+letter reaches one field each: no letter is marked twice in labels and buttons."""
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text and "<" not in text]
    assert len(letters) >= 15
    assert sorted(letters) == sorted(set(letters))
