"""The letter texts editor: problems shown as the user types and saving refused; a valid text saved
and used by the next letter; the preview following the text; Reset bringing the shipped text back."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator

import pytest
from letter_shop import SHOP, TODAY, make_shop
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from workshop_desk.db.models import Setting
from workshop_desk.db.session import Database
from workshop_desk.letters.templates import TemplateError, default_text
from workshop_desk.services.letters import (
    TEMPLATE_KEY,
    compose_letter,
    letter_text,
    reset_letter_text,
    save_letter_text,
)
from workshop_desk.ui.dialogs.letter_dialog import LetterDialog
from workshop_desk.ui.dialogs.letter_texts_dialog import LetterTextsDialog
from workshop_desk.ui.main_window import MainWindow


@pytest.fixture
def customers(database: Database) -> dict[str, int]:
    return make_shop(database)


@pytest.fixture
def open_editor(qtbot: QtBot, database: Database) -> Iterator[Callable[[], LetterTextsDialog]]:
    """Opens the editor; closes it at the end without the "unsaved changes?" question nobody would answer.

    Not ``qtbot.addWidget``: pytest-qt closes its widgets before fixtures end, and closing asks.
    """
    opened: list[LetterTextsDialog] = []

    def make() -> LetterTextsDialog:
        dialog = LetterTextsDialog(database, SHOP, today=TODAY)
        dialog.show()
        opened.append(dialog)
        return dialog

    yield make
    for dialog in opened:
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()


def choose(dialog: LetterTextsDialog, language: str, kind: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def with_salutation(text: str, salutation: str) -> str:
    return re.sub(r"^salutation = .*$", f'salutation = "{salutation}"', text, count=1, flags=re.MULTILINE)


def preview_text(dialog: LetterTextsDialog) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.preview.data)).pages)


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_editor_opens_on_the_shipped_text_with_a_sample_letter(
    open_editor: Callable[[], LetterTextsDialog], customers: dict[str, int]
) -> None:
    dialog = open_editor()
    choose(dialog, "en", "reminder")
    assert dialog.editor.toPlainText() == default_text("en", "reminder")
    assert dialog.state_label.text() == "The text shipped with the program."
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    assert not dialog.reset_button.isEnabled()
    assert dialog.problems_header.isHidden()
    assert dialog.preview.page_count() >= 1
    assert "Bradshaw Susan" in preview_text(dialog)  # the first customer who owes money and is late
    assert dialog.editor.font().family() == QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()


def test_an_unknown_placeholder_is_shown_and_the_text_cannot_be_saved(
    qtbot: QtBot, open_editor: Callable[[], LetterTextsDialog], customers: dict[str, int], database: Database
) -> None:
    dialog = open_editor()
    choose(dialog, "en", "reminder")
    shown_before = dialog.preview.data
    dialog.editor.setPlainText(with_salutation(dialog.editor.toPlainText(), "Dear {customer_nmae},"))
    assert dialog.problems_header.text() == "This text cannot be saved:"
    assert dialog.problems_header.isVisible()
    problems = [dialog.problems_list.item(row).text() for row in range(dialog.problems_list.count())]
    assert problems == ["unknown placeholder {customer_nmae} in 'salutation'"]
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the shortcut is refused too
    assert dialog.save() is False
    with database.read() as session:
        assert letter_text(session, "en", "reminder") == default_text("en", "reminder")
    dialog.refresh_preview()
    assert dialog.preview.data == shown_before  # the preview keeps the last text without problems
    assert "last text without problems" in dialog.preview_caption.text()


def test_a_broken_text_is_refused_by_the_service_too(database: Database, customers: dict[str, int]) -> None:
    with database.write() as session, pytest.raises(TemplateError) as refused:
        save_letter_text(session, "en", "reminder", 'title = "x"')
    assert "the key 'body' is missing" in refused.value.problems
    with database.write() as session, pytest.raises(ValueError, match="unknown letter kind"):
        save_letter_text(session, "en", "threat", default_text("en", "reminder"))


def test_a_valid_edit_is_saved_and_the_next_letter_uses_it(
    qtbot: QtBot, open_editor: Callable[[], LetterTextsDialog], customers: dict[str, int], database: Database
) -> None:
    dialog = open_editor()
    choose(dialog, "en", "reminder")
    edited = with_salutation(dialog.editor.toPlainText(), "Hello again {customer_name},")
    dialog.editor.setPlainText(edited)
    assert dialog.problems_header.isHidden()
    assert dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: "Hello again Bradshaw Susan" in preview_text(dialog), timeout=3000)  # after the pause
    with qtbot.waitSignal(dialog.text_saved) as signal:
        qtbot.keyClick(dialog.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == ["en", "reminder"]
    assert not dialog.save_button.isEnabled()
    assert dialog.state_label.text() == "The shop's own text (edited)."
    assert dialog.reset_button.isEnabled()
    with database.read() as session:
        assert get_setting_raw(session, "en", "reminder") == edited
        content = compose_letter(session, customers["late"], "reminder", TODAY)
    assert content.template.salutation == "Hello again {customer_name},"
    letter = LetterDialog(database, SHOP, TODAY, customers["late"])
    qtbot.addWidget(letter)
    assert "Hello again Bradshaw Susan" in "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(letter.preview.data)).pages
    )
    # Other kinds and languages keep their own texts.
    with database.read() as session:
        assert letter_text(session, "en", "second") == default_text("en", "second")
        assert letter_text(session, "it", "reminder") == default_text("it", "reminder")


def get_setting_raw(session: Session, language: str, kind: str) -> str:
    """The stored text, read the way any setting is: a JSON string under ``TEMPLATE_KEY``."""
    row = session.get(Setting, TEMPLATE_KEY.format(language=language, kind=kind))
    assert row is not None
    return json.loads(row.value)


def test_reset_restores_the_shipped_text_after_asking(
    open_editor: Callable[[], LetterTextsDialog],
    customers: dict[str, int],
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    edited = with_salutation(default_text("en", "reminder"), "Hi {customer_name},")
    with database.write() as session:
        save_letter_text(session, "en", "reminder", edited)
    dialog = open_editor()
    choose(dialog, "en", "reminder")
    assert dialog.editor.toPlainText() == edited
    assert dialog.state_label.text() == "The shop's own text (edited)."

    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert dialog.reset_to_default() is False
    assert "Payment reminder" in asked[0]
    assert dialog.editor.toPlainText() == edited

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.reset_button.click()
    assert dialog.editor.toPlainText() == default_text("en", "reminder")
    assert dialog.state_label.text() == "The text shipped with the program."
    assert not dialog.reset_button.isEnabled()
    with database.read() as session:
        assert letter_text(session, "en", "reminder") == default_text("en", "reminder")
        assert (
            compose_letter(session, customers["late"], "reminder", TODAY).template.salutation != "Hi {customer_name},"
        )
    with database.write() as session:
        reset_letter_text(session, "en", "reminder")  # resetting twice is harmless


def test_switching_text_with_unsaved_changes_asks_first(
    open_editor: Callable[[], LetterTextsDialog], customers: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_editor()
    choose(dialog, "en", "reminder")
    dialog.editor.setPlainText(with_salutation(dialog.editor.toPlainText(), "Yo {customer_name},"))
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.kind.setCurrentIndex(dialog.kind.findData("claim"))
    assert asked == ["Discard your changes to this text and open the other one?"]
    assert dialog.kind.currentData() == "reminder"  # the choice went back
    assert "Yo {customer_name}," in dialog.editor.toPlainText()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.kind.setCurrentIndex(dialog.kind.findData("claim"))
    assert dialog.editor.toPlainText() == default_text("en", "claim")


def test_escape_with_unsaved_changes_asks_before_closing(
    qtbot: QtBot,
    open_editor: Callable[[], LetterTextsDialog],
    customers: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_editor()
    dialog.editor.setPlainText(with_salutation(dialog.editor.toPlainText(), "Yo {customer_name},"))
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Escape)
    assert asked == ["Close without saving your changes?"]
    assert dialog.isVisible()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_without_anybody_owing_money_the_sample_is_a_made_up_account(
    open_editor: Callable[[], LetterTextsDialog], database: Database
) -> None:
    from workshop_desk.services.shop import save_shop

    with database.write() as session:
        save_shop(session, SHOP)
    dialog = open_editor()
    for language, kind, name in (("en", "claim", "Alex Sample"), ("it", "installment", "Mario Rossi")):
        choose(dialog, language, kind)
        assert dialog.preview.page_count() >= 1
        assert name in preview_text(dialog)


def test_settings_letter_texts_opens_the_editor(qtbot: QtBot, database: Database, customers: dict[str, int]) -> None:
    window = MainWindow(database, TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.snapshot_ready, timeout=10_000):
        window.show()
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, look)
    window.letter_texts_action.trigger()
    assert seen == ["LetterTextsDialog"]
