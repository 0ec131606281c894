"""What the form dialogs share: why a field is refused, languages and countries by name, sizing.

The services return problem codes (:class:`FieldProblem`, :class:`IdProblem`); this module turns
them into sentences in the user's language, naming the country where the rule depends on it.
"""

from __future__ import annotations

from itertools import pairwise

from babel import Locale
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QWidget

from workshop_desk.domain.identifiers import IdProblem
from workshop_desk.services.customers import FieldProblem, Problem

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "it": "Italiano",
    "ru": "Русский",
    "pt_BR": "Português (Brasil)",
    "hu": "Magyar",
}
"""The letter and interface languages by their own names (autonyms, deliberately untranslated:
whoever reads a language finds it under its own name, whatever language the program speaks)."""

COUNTRY_NAMES: dict[str, str] = {
    "GB": "United Kingdom",
    "IT": "Italia",
    "RU": "Россия",
    "BR": "Brasil",
    "HU": "Magyarország",
}
"""The countries the program knows well (tax ids, letters, currency) by their own names."""


def country_name(code: str, locale: Locale) -> str:
    """``"IT"`` → ``"Italy"`` in English, ``"Italia"`` in Italian; the code itself if unknown."""
    return str(locale.territories.get(code.upper(), code.upper())) if code else ""


def problem_text(problem: Problem, country: str = "") -> str:
    """The sentence for a refused field; ``country`` is the name of the country whose rules apply."""
    country = country or QCoreApplication.translate("FormTexts", "that country")
    texts: dict[Problem, str] = {
        FieldProblem.REQUIRED: QCoreApplication.translate("FormTexts", "This field cannot be empty."),
        FieldProblem.TOO_LONG: QCoreApplication.translate("FormTexts", "This is too long: please shorten it."),
        FieldProblem.NEGATIVE: QCoreApplication.translate("FormTexts", "The amount cannot be negative."),
        FieldProblem.COUNTRY: QCoreApplication.translate(
            "FormTexts", "Write the country as its two-letter code, like IT, GB or HU."
        ),
        IdProblem.TAX_ID_LENGTH: QCoreApplication.translate(
            "FormTexts", "This tax id has the wrong number of characters for {country}."
        ),
        IdProblem.TAX_ID_FORMAT: QCoreApplication.translate(
            "FormTexts", "This is not written like a tax id of {country}."
        ),
        IdProblem.TAX_ID_CHECKSUM: QCoreApplication.translate(
            "FormTexts", "The check digit of this tax id is wrong for {country}: probably a typing mistake."
        ),
        IdProblem.EMAIL: QCoreApplication.translate(
            "FormTexts", "This is not a valid e-mail address (it looks like name@example.com)."
        ),
        IdProblem.PHONE: QCoreApplication.translate(
            "FormTexts", "This is not a valid phone number: digits, spaces and + - ( ) / only, at least 6 digits."
        ),
        IdProblem.IBAN: QCoreApplication.translate(
            "FormTexts", "This is not a valid IBAN: check the country code, the length and the check digits."
        ),
    }
    return texts[problem].format(country=country)


def fit_height(dialog: QDialog) -> None:
    """Grow ``dialog`` so that messages just shown do not squeeze the fields below them.

    The minimum height Qt derives for a window ignores that a message wraps onto a second line
    at the window's actual width: without this the last fields end up half hidden.
    """
    dialog.layout().activate()
    needed = max(dialog.heightForWidth(dialog.width()), dialog.minimumSizeHint().height())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def left_aligned(widget: QWidget) -> QWidget:
    """``widget`` at its natural width in a row as wide as the form, so its message can use the width."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch()
    row.setFocusProxy(widget)
    return row


def set_tab_order(widgets: list[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (the order the eye reads the form in)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
