"""What the write-off and reschedule dialogs share: reasons by name, the balance line, errors in words."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication

from workshop_desk.domain.overdue import AccountStatus
from workshop_desk.services.adjustments import AdjustmentError, WriteOffReason
from workshop_desk.ui.formats import Formats


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdjustmentTexts", text)


def write_off_reasons() -> dict[str, str]:
    """Each write-off reason code by its name in the user's language, in the order offered."""
    return {
        WriteOffReason.HARDSHIP: _tr("Hardship"),
        WriteOffReason.SMALL_AMOUNT: _tr("Small amount"),
        WriteOffReason.UNCOLLECTABLE: _tr("Uncollectable"),
        WriteOffReason.OTHER: _tr("Other (say why)"),
    }


def balance_text(status: AccountStatus, formats: Formats) -> str:
    """``"Open balance £400.00, of which £400.00 overdue"``."""
    parts = [_tr("Open balance {amount}").format(amount=formats.money(status.open_balance))]
    if status.overdue_amount:
        parts.append(_tr("of which {amount} overdue").format(amount=formats.money(status.overdue_amount)))
    return ", ".join(parts)


def current_user() -> str:
    """Who is at the desk, for the contact log (the login name; empty if the system cannot say)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name and no passwd entry (some containers)
        return ""


def error_text(error: AdjustmentError, formats: Formats) -> tuple[str, str]:
    """(field, sentence) for a refusal of the service; field '' when it is about no one field."""
    text = str(error)
    if error.day is not None:
        return "", _tr("A payment dated {day} is recorded already: an adjustment cannot be dated before it.").format(
            day=formats.day(error.day)
        )
    known = {
        "the amount must be more than zero": ("amount", _tr("Enter an amount more than zero.")),
        "the amount is more than the open balance": ("amount", _tr("That is more than the open balance.")),
        "say why the balance is written off": ("note", _tr("Say why the balance is written off.")),
        "there is nothing to reschedule": ("", _tr("There is nothing to reschedule.")),
        "the first installment falls due before the reschedule date": (
            "plan",
            _tr("The first installment cannot fall due before today."),
        ),
    }
    return known.get(text, ("", _tr("It cannot be recorded: {reason}").format(reason=text)))
