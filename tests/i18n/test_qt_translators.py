"""Loading the translations: the program's ``.qm`` found where paths.py says, Qt's own too, English if missing.

The translations here are a small fixture compiled for the test (not the translators' files), so
these tests pass whatever the state of ``translations/``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from workshop_desk import paths
from workshop_desk.i18n import qt
from workshop_desk.i18n.compile import compile_all, compile_ts
from workshop_desk.i18n.markers import QT_TRANSLATE_NOOP, Message, TranslatableError
from workshop_desk.services.invoices import InvoiceError

ITALIAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivio</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceError</name>
    <message>
        <source>invoice number {number} exists already</source>
        <translation>il numero di fattura {number} esiste già</translation>
    </message>
    <message>
        <source>the due date is before the issue date</source>
        <translation>la scadenza è prima della data di emissione</translation>
    </message>
</context>
<context>
    <name>Broken</name>
    <message>
        <source>{amount} paid</source>
        <translation>{importo} pagato</translation>
    </message>
</context>
</TS>
"""
ENGLISH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CustomersTab</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A translations folder with the fixture compiled into it, where the program looks for it."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "workshop_desk_it.ts").write_text(ITALIAN, encoding="utf-8")
    (sources / "workshop_desk_en.ts").write_text(ENGLISH, encoding="utf-8")
    folder = tmp_path / "translations"
    written, failures = compile_all(sources, folder)
    assert failures == []
    assert sorted(path.name for path in written) == ["workshop_desk_en.qm", "workshop_desk_it.qm"]
    monkeypatch.setattr(qt, "translations_folder", lambda: folder)
    return folder


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs (through this list), removed again with the default locale."""
    translators: list[QTranslator] = []
    default = QLocale()
    yield translators
    qt.remove_translators(qapp, translators)
    QLocale.setDefault(default)


def test_the_italian_translation_is_installed_and_used(
    qapp: QApplication, translations: Path, installed: list[QTranslator]
) -> None:
    installed += qt.install_translators(qapp, "it")
    assert len(installed) == 3  # English plurals, Qt's Italian, the program's Italian
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivio"
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"  # not in the fixture: English
    assert QLocale().name() == "it_IT"


def test_plural_forms_follow_the_number(qapp: QApplication, translations: Path, installed: list[QTranslator]) -> None:
    installed += qt.install_translators(qapp, "it")
    assert QCoreApplication.translate("CustomersTab", "%n customer(s)", "", 1) == "1 cliente"
    assert QCoreApplication.translate("CustomersTab", "%n customer(s)", "", 3) == "3 clienti"


def test_english_plurals_come_from_the_english_translation(
    qapp: QApplication, translations: Path, installed: list[QTranslator]
) -> None:
    installed += qt.install_translators(qapp, "en")
    assert len(installed) == 1
    assert QCoreApplication.translate("CustomersTab", "%n customer(s)", "", 1) == "1 customer"
    assert QCoreApplication.translate("CustomersTab", "%n customer(s)", "", 2) == "2 customers"


def test_qts_own_buttons_are_translated_too(
    qapp: QApplication, translations: Path, installed: list[QTranslator]
) -> None:
    installed += qt.install_translators(qapp, "it")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annulla"


def test_a_missing_translation_leaves_english_and_a_warning(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    installed: list[QTranslator],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(qt, "translations_folder", lambda: tmp_path / "nothing here")
    monkeypatch.setattr(qt, "qt_translations_folders", lambda: [tmp_path / "nothing here"])
    with caplog.at_level(logging.WARNING, logger="workshop_desk.i18n.qt"):
        installed += qt.install_translators(qapp, "ru")
    assert installed == []
    assert "workshop_desk_ru" in caplog.text
    assert "qtbase_ru" in caplog.text
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_an_unknown_language_falls_back_to_english(
    qapp: QApplication, translations: Path, installed: list[QTranslator], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="workshop_desk.i18n.qt"):
        installed += qt.install_translators(qapp, "de")
    assert "'de'" in caplog.text
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_frozen_build_finds_the_translations_in_its_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "translations").mkdir(parents=True)
    compile_ts_from_text(ITALIAN, bundle / "translations" / "workshop_desk_it.qm")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.translations_folder() == bundle / "translations"
    translator = QTranslator()
    assert translator.load("workshop_desk_it", str(paths.translations_folder()))


def test_the_source_tree_keeps_them_beside_the_ts_files() -> None:
    assert paths.translations_folder() == Path(paths.__file__).resolve().parent.parent / "translations"
    assert list(paths.translations_folder().glob("workshop_desk_*.ts"))


def compile_ts_from_text(text: str, target: Path) -> None:
    source = target.with_suffix(".ts")
    source.write_text(text, encoding="utf-8")
    compile_ts(source, target)


# ------------------------------------------------------------------------------- the language chosen


def _settings(tmp_path: Path, language: str | None) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if language is not None:
        settings.setValue(qt.LANGUAGE_KEY, language)
    return settings


@pytest.mark.parametrize("saved", ["en", "it", "ru", "pt_BR", "hu"])
def test_the_saved_language_wins(tmp_path: Path, saved: str) -> None:
    assert qt.interface_language(_settings(tmp_path, saved), QLocale("de_DE")) == saved


@pytest.mark.parametrize(
    ("system", "expected"),
    [("it_IT", "it"), ("ru_RU", "ru"), ("pt_BR", "pt_BR"), ("pt_PT", "pt_BR"), ("hu_HU", "hu"), ("de_DE", "en")],
)
def test_without_a_choice_the_system_language_if_supported(tmp_path: Path, system: str, expected: str) -> None:
    assert qt.interface_language(_settings(tmp_path, None), QLocale(system)) == expected


def test_a_saved_language_the_program_does_not_speak_is_ignored(tmp_path: Path) -> None:
    assert qt.interface_language(_settings(tmp_path, "klingon"), QLocale("hu_HU")) == "hu"


def test_the_settings_dialog_and_the_start_agree_on_the_settings_file() -> None:
    """Without an explicit QSettings the choice is read from the program's own settings (ui/state.py)."""
    from workshop_desk.ui import state

    state.settings().setValue(qt.LANGUAGE_KEY, "ru")
    try:
        assert qt.interface_language() == "ru"
    finally:
        state.settings().remove(qt.LANGUAGE_KEY)


# ------------------------------------------------------------------------------- texts of the services


def test_a_service_error_is_shown_in_the_window_language(
    qapp: QApplication, translations: Path, installed: list[QTranslator]
) -> None:
    installed += qt.install_translators(qapp, "it")
    taken = InvoiceError(InvoiceError.NUMBER_TAKEN, number="2026/0042")
    assert str(taken) == "invoice number 2026/0042 exists already"  # the command line and the log
    assert qt.translated(taken) == "il numero di fattura 2026/0042 esiste già"
    assert qt.translated(InvoiceError.DUE_BEFORE_ISSUE) == "la scadenza è prima della data di emissione"


def test_an_unmarked_text_is_shown_as_it_is() -> None:
    assert qt.translated("Permission denied") == "Permission denied"


def test_a_translation_with_broken_placeholders_shows_the_english(
    qapp: QApplication, translations: Path, installed: list[QTranslator], caplog: pytest.LogCaptureFixture
) -> None:
    installed += qt.install_translators(qapp, "it")
    message = Message(QT_TRANSLATE_NOOP("Broken", "{amount} paid"), amount="€ 5,00")
    with caplog.at_level(logging.WARNING, logger="workshop_desk.i18n.qt"):
        assert qt.translated(message) == "€ 5,00 paid"
    assert "placeholders" in caplog.text


def test_a_message_is_english_text_with_its_template_and_values() -> None:
    template = QT_TRANSLATE_NOOP("Example", "{count} of {total}")
    message = Message(template, count=2, total=3)
    assert message == "2 of 3"
    assert (message.template, message.template.context, dict(message.values)) == (
        template,
        "Example",
        {"count": 2, "total": 3},
    )

    class ExampleError(TranslatableError):
        pass

    error = ExampleError(template, count=1, total=4)
    assert str(error) == "1 of 4"
    assert error.template is template
