"""The settings dialog: this desk's settings (QSettings) and the shop profile (database), saved in one go;
bad input shown next to the field with nothing saved; a new country's consequences and its question."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from letter_shop import SHOP, TODAY, make_shop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QMessageBox, QTabBar
from pytestqt.qtbot import QtBot

from workshop_desk.db import audit
from workshop_desk.db.session import Database
from workshop_desk.i18n.qt import LANGUAGE_KEY, interface_language
from workshop_desk.services.collection_settings import (
    DEFAULT_REGIMES,
    deadline_days,
    regime_for,
    save_overrides,
)
from workshop_desk.services.shop import Shop, load_shop, save_shop
from workshop_desk.ui import messages, state
from workshop_desk.ui.dialogs.settings_dialog import SettingsDialog
from workshop_desk.ui.main_window import MainWindow

OFFICINA = Shop(
    name="Officina Verdi",
    address="Via Roma 1",
    city="Bologna",
    country="IT",
    currency="EUR",
    language="it",
    iban="IT60X0542811101000000123456",
    bic="BPMOIT22",
)


@pytest.fixture(autouse=True)
def desk_user() -> None:
    yield
    audit.set_user("")  # the dialog sets the trail's user for the whole process


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The information messages shown (instead of a modal box)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_args: shown.append(text))
    return shown


class Questions(list[tuple[str, str]]):
    """The questions asked (title, text); each answered with :attr:`answer`."""

    answer = QMessageBox.StandardButton.No


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asked = Questions()

    def question(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return asked.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_dialog(qtbot: QtBot, database: Database) -> SettingsDialog:
    dialog = SettingsDialog(database, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def choose(combo: Any, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def stored(database: Database) -> Shop:
    with database.read() as session:
        return load_shop(session)


@pytest.fixture
def english_shop(database: Database) -> Database:
    """Kershaw Motors (letter_shop): an English shop with invoices."""
    make_shop(database)
    return database


@pytest.fixture
def italian_shop(database: Database) -> Database:
    """An Italian shop without any amount yet, which changed the Hungarian business margin and a reminder's days."""
    with database.write() as session:
        save_shop(session, OFFICINA)
        hungarian = DEFAULT_REGIMES["HU.company"]
        save_overrides(
            session,
            [replace(hungarian, interest=replace(hungarian.interest, margin=Decimal(5)))],
            {"reminder": 14},
            "IT",
        )
    return database


def test_the_dialog_shows_the_profile_the_desk_and_what_the_country_means(qtbot: QtBot, english_shop: Database) -> None:
    dialog = open_dialog(qtbot, english_shop)
    assert dialog.interface_language.currentText() == "English"
    assert [dialog.interface_language.itemText(i) for i in range(dialog.interface_language.count())] == [
        "English",
        "Italiano",
        "Русский",
        "Português (Brasil)",
        "Magyar",
    ]
    assert dialog.user_name.text() == ""
    assert (dialog.name.text(), dialog.city.text(), dialog.iban.text()) == ("Kershaw Motors", "Leeds", SHOP.iban)
    assert (dialog.signatory.text(), dialog.signatory_role.text()) == ("Tom Kershaw", "Owner")
    assert dialog.country_field.code() == "GB"
    assert dialog.currency.text() == "GBP"
    assert dialog.currency.isReadOnly()
    assert dialog.letter_language.currentData() == "en"
    follows = dialog.follows.text()
    assert "Amounts like £1,234.56, dates like 15/03/2026" in follows
    assert "Tax id: VAT registration number" in follows
    assert "a claim letter gives 30 days" in follows.lower()
    dialog.tabs.setCurrentIndex(dialog.TAB_BANK)
    assert not dialog.account_number.isVisible()  # Russian bank details for Russian shops only
    assert not dialog.pix_key.isVisible()
    assert dialog.edited_shop() == SHOP  # nothing changed by merely opening it


def test_the_user_name_and_the_signatory_are_saved_and_come_back(
    qtbot: QtBot, english_shop: Database, told: list[str]
) -> None:
    dialog = open_dialog(qtbot, english_shop)
    qtbot.keyClicks(dialog.user_name, "Giulia")
    dialog.signatory.setText("Tomás Kershaw")  # not keyClicks: non-ASCII (ENVIRONMENT.md)
    dialog.signatory_role.clear()
    qtbot.keyClicks(dialog.signatory_role, "Managing director")
    with qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)

    assert told == []  # nothing waits for a restart
    assert stored(english_shop) == replace(SHOP, signatory="Tomás Kershaw", signatory_role="Managing director")
    assert state.settings().value(messages.USER_KEY) == "Giulia"
    assert messages.current_user() == "Giulia"  # the contact log
    assert audit.current_user() == "Giulia"  # the audit trail, from now on
    assert state.settings().value(LANGUAGE_KEY) is None  # unchanged: still follows the system

    again = open_dialog(qtbot, english_shop)
    assert (again.user_name.text(), again.signatory.text()) == ("Giulia", "Tomás Kershaw")
    assert again.signatory_role.text() == "Managing director"


def test_a_bad_iban_and_tax_id_are_shown_next_to_the_fields_and_nothing_is_saved(
    qtbot: QtBot, english_shop: Database, told: list[str]
) -> None:
    dialog = open_dialog(qtbot, english_shop)
    qtbot.keyClicks(dialog.user_name, "Giulia")
    dialog.signatory.setText("Someone Else")
    dialog.tax_id.setText("GB 123")
    dialog.iban.setText("GB00 BUKB 2020 1555 5555 55")
    press_ok(dialog)

    assert dialog.isVisible()
    assert dialog.shop_form.message("tax_id") == "This tax id has the wrong number of characters for United Kingdom."
    assert dialog.bank_form.message("iban") == (
        "This is not a valid IBAN: check the country code, the length and the check digits."
    )
    assert dialog.tabs.currentIndex() == dialog.TAB_SHOP  # the first tab with a problem
    qtbot.waitUntil(dialog.tax_id.hasFocus)
    assert (dialog.signatory.text(), dialog.user_name.text()) == ("Someone Else", "Giulia")  # all kept
    assert stored(english_shop) == SHOP
    assert state.settings().value(messages.USER_KEY) is None
    assert told == []

    dialog.tax_id.clear()
    dialog.iban.setText(SHOP.iban)
    with qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)
    assert stored(english_shop).signatory == "Someone Else"


def test_the_currency_cannot_change_once_invoices_exist(qtbot: QtBot, english_shop: Database) -> None:
    dialog = open_dialog(qtbot, english_shop)
    choose(dialog.country_field.combo, "IT")
    assert dialog.currency.text() == "EUR"
    expected = (
        "The amounts already recorded are in GBP, so the currency cannot change: they would silently become "
        "amounts of another currency. A shop that changes currency starts a new database."
    )
    assert dialog.shop_form.message("currency") == expected  # said at once, before OK
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.shop_form.message("currency") == expected
    assert stored(english_shop) == SHOP

    choose(dialog.country_field.combo, "GB")
    assert dialog.shop_form.message("currency") == ""


def test_a_new_country_shows_what_follows_from_it(qtbot: QtBot, italian_shop: Database) -> None:
    dialog = open_dialog(qtbot, italian_shop)
    assert "1.234,56\u00a0€" in dialog.follows.text()
    choose(dialog.country_field.combo, "HU")
    assert dialog.currency.text() == "HUF"
    assert dialog.letter_language.currentData() == "hu"  # suggested; the user may choose another
    follows = dialog.follows.text()
    assert "1\u00a0234\u00a0Ft" in follows  # forints are whole
    assert "2026. 03. 15." in follows
    assert "Tax id: adószám" in follows
    assert "14,5% a year from businesses" in follows  # the MNB base rate + 8 points, the default
    assert "8 days" in follows
    dialog.tabs.setCurrentIndex(dialog.TAB_BANK)
    assert not dialog.account_number.isVisible()

    choose(dialog.country_field.combo, "RU")
    assert dialog.account_number.isVisible()
    assert dialog.correspondent_account.isVisible()
    dialog.tabs.setCurrentIndex(dialog.TAB_SHOP)
    choose(dialog.country_field.combo, "")  # another country: its code, a currency typed
    assert dialog.country_field.code_edit.isVisible()
    assert not dialog.currency.isReadOnly()


@pytest.mark.parametrize("accept_reset", [True, False])
def test_a_new_country_asks_before_resetting_the_edited_rules(
    qtbot: QtBot, italian_shop: Database, questions: Questions, told: list[str], accept_reset: bool
) -> None:
    questions.answer = QMessageBox.StandardButton.Yes if accept_reset else QMessageBox.StandardButton.No
    dialog = open_dialog(qtbot, italian_shop)
    choose(dialog.country_field.combo, "HU")
    with qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)

    assert len(questions) == 1
    title, text = questions[0]
    assert title == "Collection rules for Hungary"
    assert "Reset them to the defaults of Hungary?" in text
    shop = stored(italian_shop)
    assert (shop.country, shop.currency, shop.language) == ("HU", "HUF", "hu")
    with italian_shop.read() as session:
        margin = regime_for(session, "HU", "company").interest.margin
        reminder = deadline_days(session, "HU", "reminder")
    assert (margin, reminder) == ((Decimal(8), 10) if accept_reset else (Decimal(5), 14))
    assert told == [  # the lists' formats follow at the next start
        "Letters and windows opened from now on write amounts and dates the new way; the lists of the main "
        "window do after Workshop Desk is restarted."
    ]


def test_cancel_in_the_question_saves_nothing(qtbot: QtBot, italian_shop: Database, questions: Questions) -> None:
    questions.answer = QMessageBox.StandardButton.Cancel
    dialog = open_dialog(qtbot, italian_shop)
    choose(dialog.country_field.combo, "HU")
    press_ok(dialog)
    assert len(questions) == 1
    assert dialog.isVisible()
    assert stored(italian_shop) == OFFICINA


def test_no_question_when_nothing_would_be_reset(
    qtbot: QtBot, database: Database, questions: Questions, told: list[str]
) -> None:
    with database.write() as session:
        save_shop(session, OFFICINA)
    dialog = open_dialog(qtbot, database)
    choose(dialog.country_field.combo, "HU")
    with qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)
    assert questions == []  # the new country's defaults apply by themselves
    assert stored(database).country == "HU"


def test_the_interface_language_is_saved_for_the_next_start(
    qtbot: QtBot, english_shop: Database, told: list[str]
) -> None:
    dialog = open_dialog(qtbot, english_shop)
    choose(dialog.interface_language, "ru")
    with qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)
    assert state.settings().value(LANGUAGE_KEY) == "ru"
    assert interface_language() == "ru"
    assert told == ["Restart Workshop Desk to see the new language."]
    assert dialog.restart_reasons == told
    assert stored(english_shop) == SHOP

    again = open_dialog(qtbot, english_shop)
    assert again.interface_language.currentData() == "ru"


def test_every_shortcut_letter_is_unique_on_each_tab(qtbot: QtBot, english_shop: Database) -> None:
    """Alt+letter reaches one field: tab titles with the labels of the tab shown (others are hidden)."""
    dialog = open_dialog(qtbot, english_shop)
    bar = dialog.tabs.findChild(QTabBar)
    titles = [bar.tabText(index) for index in range(bar.count())]
    buttons = [button.text() for button in dialog.buttons.findChildren(QAbstractButton)]
    for index in range(dialog.tabs.count()):
        page = dialog.tabs.widget(index)
        texts = titles + buttons + [label.text() for label in page.findChildren(QLabel)]
        letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text and "<" not in text]
        assert sorted(letters) == sorted(set(letters)), titles[index]


def test_ctrl_comma_opens_the_settings_and_the_window_takes_the_new_profile(
    qtbot: QtBot, english_shop: Database, told: list[str]
) -> None:
    window = MainWindow(english_shop, TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.snapshot_ready, timeout=10_000):
        window.show()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.settings_action in window.menuBar().actions()[-2].menu().actions()  # Settings, before Help

    def edit_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.name.setText("Kershaw & Sons")
        dialog.signatory.setText("Ann Kershaw")
        press_ok(dialog)

    qtbot.waitUntil(lambda: True)  # let the window settle
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, edit_and_save)
    with qtbot.waitSignal(window.snapshot_ready, timeout=10_000):  # saved: the window refreshes
        qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.shop.signatory == "Ann Kershaw"
    assert window.windowTitle() == "Workshop Desk — Kershaw & Sons"
    assert stored(english_shop).name == "Kershaw & Sons"


# ---------------------------------------------------------------- the desk's database (issue #12)
SERVER = "postgresql://desk:s3cret-pw@192.168.1.10/officina"


def test_a_server_address_is_remembered_for_the_next_start_and_its_password_never_shown(
    qtbot: QtBot, english_shop: Database, told: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    dialog = open_dialog(qtbot, english_shop)
    assert dialog.database_field.text() == ""  # no choice yet: the default file
    assert "workshop-desk.db" in dialog.database_field.placeholderText()
    dialog.database_field.setText(SERVER)
    with caplog.at_level("INFO"), qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)
    assert state.database_setting() == SERVER  # what the next start opens (cli.main)
    assert told == ["Workshop Desk opens the new database when it starts again."]
    assert "s3cret-pw" not in caplog.text
    assert "postgresql+psycopg://desk:***@192.168.1.10/officina" in caplog.text

    again = open_dialog(qtbot, english_shop)
    assert again.database_field.text() == "postgresql+psycopg://desk:***@192.168.1.10/officina"
    again.user_name.setText("Giulia")  # OK with the address as shown keeps the password
    with qtbot.waitSignal(again.accepted):
        press_ok(again)
    assert state.database_setting() == SERVER
    assert told == ["Workshop Desk opens the new database when it starts again."]  # nothing new to restart for

    third = open_dialog(qtbot, english_shop)
    third.database_field.setText("postgresql://desk:***@192.168.1.11/officina")  # a new server, same password
    with qtbot.waitSignal(third.accepted):
        press_ok(third)
    assert state.database_setting() == "postgresql+psycopg://desk:s3cret-pw@192.168.1.11/officina"


def test_the_settings_file_holding_a_password_is_readable_by_the_user_only(
    qtbot: QtBot, english_shop: Database, told: list[str]
) -> None:
    dialog = open_dialog(qtbot, english_shop)
    dialog.database_field.setText(SERVER)
    with qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)
    assert Path(state.settings().fileName()).stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("mysql://shop@server/officina", "Not a database address Workshop Desk can use"),
        ("postgresql://desk@server", "Not a database address Workshop Desk can use"),
        ("shop.db", "Write the whole path of the file"),
        ("/no/such/folder/shop.db", "The folder /no/such/folder does not exist"),
    ],
)
def test_a_database_that_cannot_be_used_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, english_shop: Database, told: list[str], typed: str, problem: str
) -> None:
    dialog = open_dialog(qtbot, english_shop)
    dialog.tabs.setCurrentIndex(dialog.TAB_SHOP)
    dialog.user_name.setText("Giulia")
    dialog.database_field.setText(typed)
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == dialog.TAB_DESK
    assert dialog.desk_form.message("database").startswith(problem)
    assert state.database_setting() == ""
    assert state.settings().value(messages.USER_KEY) is None


def test_a_file_is_accepted_and_an_empty_field_goes_back_to_the_default(
    qtbot: QtBot, english_shop: Database, told: list[str], tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, english_shop)
    dialog.database_field.setText(str(tmp_path / "officina.db"))
    dialog.database_field.editingFinished.emit()
    assert dialog.desk_form.message("database") == ""
    with qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)
    assert state.database_setting() == str(tmp_path / "officina.db")

    again = open_dialog(qtbot, english_shop)
    assert again.database_field.text() == str(tmp_path / "officina.db")
    again.database_field.clear()
    with qtbot.waitSignal(again.accepted):
        press_ok(again)
    assert state.database_setting() == ""
