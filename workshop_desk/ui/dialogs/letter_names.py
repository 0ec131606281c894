"""What the letter dialogs call things: kinds, refusals and warnings in the user's language, file names.

The letter service speaks in codes (``"claim"``, :class:`~workshop_desk.services.letters.Refusal`)
and English sentences for logs; this module gives the words the dialogs show.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from workshop_desk.domain.countries import SUPPORTED_LANGUAGES
from workshop_desk.letters.templates import KINDS
from workshop_desk.services.letters import Refusal
from workshop_desk.ui.dialogs.forms import LANGUAGE_NAMES

NO_REMINDER_WARNING = "no reminder was sent before this claim letter (the program has no record of one)"
"""The service's warning for a claim letter with no reminder before it (``ProducedLetter.warnings``)."""

_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterNames", text)


def kind_names() -> dict[str, str]:
    """Each letter kind by its name in the user's language, in the order of the escalation."""
    names = {
        "courtesy": _tr("Courtesy reminder"),
        "reminder": _tr("Payment reminder"),
        "second": _tr("Second reminder"),
        "claim": _tr("Formal claim letter"),
        "installment": _tr("Missed installment notice"),
        "statement": _tr("Statement of account"),
    }
    return {kind: names[kind] for kind in KINDS}


def language_names() -> dict[str, str]:
    """The letter languages by their own names (autonyms), in menu order."""
    return {language: LANGUAGE_NAMES[language] for language in SUPPORTED_LANGUAGES}


def refusal_text(reason: Refusal) -> str:
    """Why a letter of this kind cannot be written for the account, and what fits instead."""
    texts = {
        Refusal.PAID: _tr("The account is paid: there is nothing to remind."),
        Refusal.NOTHING_OVERDUE: _tr(
            "Nothing is overdue on this account. A courtesy reminder or a statement of account fits instead."
        ),
        Refusal.NO_MISSED_INSTALLMENT: _tr("No installment of a payment plan is missed on this account."),
        Refusal.NOTHING_DUE: _tr(
            "Nothing is left to fall due on this account, so there is nothing to announce. "
            "A statement of account fits instead."
        ),
    }
    return texts[reason]


def warning_text(warning: str) -> str:
    """A warning of the letter service in the user's language (unknown ones as they are)."""
    known = {
        NO_REMINDER_WARNING: _tr(
            "No reminder was sent before this claim letter (the program has no record of one). "
            "A formal claim usually follows at least one payment reminder."
        ),
    }
    return known.get(warning, warning)


def pdf_file_name(customer_code: str, kind: str, letter_date: date) -> str:
    """``"C0012 claim 2026-11-25.pdf"``: sorts by customer, then kind, then date, in any folder."""
    code = _UNSAFE_IN_FILE_NAMES.sub("_", customer_code).strip(" .") or "letter"
    return f"{code} {kind} {letter_date.isoformat()}.pdf"
