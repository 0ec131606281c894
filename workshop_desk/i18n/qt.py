"""The window's language: loading the program's and Qt's own translations, translating service texts.

:func:`workshop_desk.app.application` calls, before any window exists::

    translators = install_translators(app, interface_language())

and keeps the list for as long as the application runs (a translator must outlive its use).

- The language is the one saved in the settings (``ui/language``, written by the settings
  dialog, applied at the next start), else the system's if the program speaks it, else English.
- ``workshop_desk_<language>.qm`` is found with :func:`workshop_desk.paths.translations_folder`
  (source tree or frozen build) and Qt's own ``qtbase_<language>.qm`` (standard buttons such as
  Cancel, the file and print dialogs) in Qt's translations folder. The frozen build must bundle
  both: PySide6's ``Qt/translations`` or, as a fallback this module also reads, the program's
  ``translations/`` folder.
- English is the source language, but English plurals come from a translation as well:
  ``workshop_desk_en.qm`` holds only numerus forms (``"%n customer(s)"`` → "1 customer",
  "2 customers"). It is installed under every language, so a message a translation still lacks
  reads well in English.
- A missing ``.qm`` is logged as a warning and the window starts in English: a translation
  never stops the program.

Texts of the services and letters (errors, warnings, problems of a letter text) are marked with
:func:`workshop_desk.i18n.markers.QT_TRANSLATE_NOOP`; :func:`translated` says them in the
window's language.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from workshop_desk.i18n.markers import Message, Template, TranslatableError
from workshop_desk.paths import translations_folder

log = logging.getLogger(__name__)

SUPPORTED = ("en", "it", "ru", "pt_BR", "hu")
"""The languages the window speaks (the ``.ts`` files in ``translations/``, English the source)."""
SOURCE_LANGUAGE = "en"
LANGUAGE_KEY = "ui/language"
"""The QSettings key of the language chosen in the settings dialog (one of :data:`SUPPORTED`)."""
CATALOG = "workshop_desk"
"""The program's translation files are ``workshop_desk_<language>.qm``."""


def supported_language(name: str) -> str | None:
    """The supported language for a locale or language name (``"it_IT"``, ``"pt-BR"``, ``"ru"``), if any.

    Portuguese of any country reads the Brazilian translation; other regions take their language.
    """
    name = name.replace("-", "_")
    if name in SUPPORTED:
        return name
    base = name.split("_")[0].lower()
    if base == "pt":
        return "pt_BR"
    return base if base in SUPPORTED else None


def system_language(locale: QLocale | None = None) -> str | None:
    """The first of the user's preferred languages (system settings) the program speaks, if any."""
    locale = QLocale.system() if locale is None else locale
    for name in [*locale.uiLanguages(), locale.name()]:
        language = supported_language(name)
        if language is not None:
            return language
    return None


def interface_language(settings: QSettings | None = None, locale: QLocale | None = None) -> str:
    """The language of the window: the saved choice, else the system's if supported, else English."""
    if settings is None:
        from workshop_desk.ui.state import settings as ui_settings

        settings = ui_settings()
    saved = settings.value(LANGUAGE_KEY, "")
    if isinstance(saved, str) and saved in SUPPORTED:
        return saved
    if saved:
        log.warning("unknown interface language %r in the settings: using the system's", saved)
    return system_language(locale) or SOURCE_LANGUAGE


def qt_translations_folders() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's translations folder, then the program's."""
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), translations_folder()]


def _catalogs(language: str) -> list[tuple[str, list[Path]]]:
    """The files to load, the one to look in first last (Qt searches the last installed first)."""
    ours = [translations_folder()]
    catalogs = [(f"{CATALOG}_{SOURCE_LANGUAGE}", ours)]  # English plurals, under every language
    if language != SOURCE_LANGUAGE:
        catalogs += [(f"qtbase_{language}", qt_translations_folders()), (f"{CATALOG}_{language}", ours)]
    return catalogs


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translations of ``language`` (and make it the default ``QLocale``).

    Returns the translators installed: keep them as long as the application runs. A file that
    cannot be found is logged as a warning and skipped (those texts stay in English).
    """
    if language not in SUPPORTED:
        log.warning("the window does not speak %r: using English", language)
        language = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    for name, folders in _catalogs(language):
        translator = _load(name, folders, app)
        if translator is None:
            where = ", ".join(str(folder) for folder in folders)
            log.warning("no translation file %s.qm in %s: those texts stay in English", name, where)
            continue
        app.installTranslator(translator)
        installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests; a language switch without restart is not offered)."""
    for translator in translators:
        app.removeTranslator(translator)


def _load(name: str, folders: list[Path], parent: QCoreApplication) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator(parent)
        if translator.load(name, str(folder)):
            return translator
        translator.deleteLater()
    return None


class TranslationContext:
    """Qt's ``tr`` for code outside a QObject, in a fixed context: needed for plural messages there.

    pyside6-lupdate reads ``QCoreApplication.translate(context, text, comment, n)`` as a plural
    message only when ``n`` is a number literal: a name there is taken for Qt 4's encoding argument
    (the message loses its plural forms) and an attribute or a call makes it drop the message. It
    reads ``X.tr(text, comment, n)`` as plural with any ``n``, taking the context from the name
    before ``.tr``, so the object must be named as its context::

        Highlights = TranslationContext("Highlights")
        Highlights.tr("{amount} overdue, %n day(s) late", "", days)

    Use it for every text of such a module: lupdate keeps the name before a ``translate`` call as
    the prefix of the next ``X.tr`` when only keywords come between, and would read the context as
    ``QCoreApplication.X`` (``tests/i18n`` checks these rules). Inside a QObject subclass
    ``self.tr`` does the same.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def translated(text: str | TranslatableError) -> str:
    """A text of the services or letters in the window's language.

    ``text`` is a :class:`~workshop_desk.i18n.markers.Message` (template and values), a marked
    :class:`~workshop_desk.i18n.markers.Template`, or a :class:`~workshop_desk.i18n.markers.TranslatableError`;
    any other string (an operating system's message, a user's own words) is returned as it is.
    A translation whose placeholders do not fit its values is logged, and the English shown.
    """
    message = text.message if isinstance(text, TranslatableError) else text
    if isinstance(message, Message):
        template, values = message.template, message.values
    elif isinstance(message, Template):
        template, values = message, {}
    else:
        return str(message)
    result = QCoreApplication.translate(template.context, template)
    if not values:
        return result
    try:
        return result.format(**values)
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of %r (%s) does not fit its placeholders", str(template), template.context)
        return str(message)
