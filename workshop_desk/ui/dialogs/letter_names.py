"""What the letter dialogs call things: kinds, refusals and warnings in the user's language, file names.

The letter service speaks in codes (``"claim"``, :class:`~workshop_desk.services.letters.Refusal`)
and English sentences for logs; this module gives the words the dialogs show.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from workshop_desk.domain.countries import SUPPORTED_LANGUAGES
from workshop_desk.files import name_part
from workshop_desk.i18n.qt import translated
from workshop_desk.letters.templates import KINDS
from workshop_desk.services.letters import LetterWarning, Refusal
from workshop_desk.ui.dialogs.forms import LANGUAGE_NAMES

NO_REMINDER_WARNING = LetterWarning.NO_REMINDER_BEFORE_CLAIM
"""The service's warning for a claim letter with no reminder before it (``ProducedLetter.warnings``)."""


def kind_names() -> dict[str, str]:
    """Each letter kind by its name in the user's language, in the order of the escalation."""
    names = {
        "courtesy": QCoreApplication.translate("LetterNames", "Courtesy reminder"),
        "reminder": QCoreApplication.translate("LetterNames", "Payment reminder"),
        "second": QCoreApplication.translate("LetterNames", "Second reminder"),
        "claim": QCoreApplication.translate("LetterNames", "Formal claim letter"),
        "installment": QCoreApplication.translate("LetterNames", "Missed installment notice"),
        "statement": QCoreApplication.translate("LetterNames", "Statement of account"),
    }
    return {kind: names[kind] for kind in KINDS}


def language_names() -> dict[str, str]:
    """The letter languages by their own names (autonyms), in menu order."""
    return {language: LANGUAGE_NAMES[language] for language in SUPPORTED_LANGUAGES}


def refusal_text(reason: Refusal) -> str:
    """Why a letter of this kind cannot be written for the account, and what fits instead."""
    texts = {
        Refusal.PAID: QCoreApplication.translate("LetterNames", "The account is paid: there is nothing to remind."),
        Refusal.NOTHING_OVERDUE: QCoreApplication.translate(
            "LetterNames",
            "Nothing is overdue on this account. A courtesy reminder or a statement of account fits instead.",
        ),
        Refusal.NO_MISSED_INSTALLMENT: QCoreApplication.translate(
            "LetterNames", "No installment of a payment plan is missed on this account."
        ),
        Refusal.NOTHING_DUE: QCoreApplication.translate(
            "LetterNames",
            "Nothing is left to fall due on this account, so there is nothing to announce. "
            "A statement of account fits instead.",
        ),
    }
    return texts[reason]


def warning_text(warning: str) -> str:
    """A warning of the letter service (a :class:`~workshop_desk.services.letters.LetterWarning`), translated."""
    if warning == LetterWarning.NO_REMINDER_BEFORE_CLAIM:
        return QCoreApplication.translate(
            "LetterNames",
            "No reminder was sent before this claim letter (the program has no record of one). "
            "A formal claim usually follows at least one payment reminder.",
        )
    if warning == LetterWarning.NO_REMINDER_BEFORE_SECOND:
        return QCoreApplication.translate(
            "LetterNames", "No reminder was sent before this second reminder (the program has no record of one)."
        )
    return translated(warning)


def pdf_file_name(customer_code: str, kind: str, letter_date: date) -> str:
    """``"C0012 claim 2026-11-25.pdf"``: sorts by customer, then kind, then date, in any folder."""
    code = name_part(customer_code, "letter")
    return f"{code} {kind} {letter_date.isoformat()}.pdf"
