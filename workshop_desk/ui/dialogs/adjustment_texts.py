"""What the write-off and reschedule dialogs share: reasons by name, the balance line, errors in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_desk.domain.overdue import AccountStatus
from workshop_desk.i18n.qt import translated
from workshop_desk.services.adjustments import AdjustmentError, WriteOffReason
from workshop_desk.ui.formats import Formats


def write_off_reasons() -> dict[str, str]:
    """Each write-off reason code by its name in the user's language, in the order offered."""
    return {
        WriteOffReason.HARDSHIP: QCoreApplication.translate("AdjustmentTexts", "Hardship"),
        WriteOffReason.SMALL_AMOUNT: QCoreApplication.translate("AdjustmentTexts", "Small amount"),
        WriteOffReason.UNCOLLECTABLE: QCoreApplication.translate("AdjustmentTexts", "Uncollectable"),
        WriteOffReason.OTHER: QCoreApplication.translate("AdjustmentTexts", "Other (say why)"),
    }


def balance_text(status: AccountStatus, formats: Formats) -> str:
    """``"Open balance £400.00, of which £400.00 overdue"``."""
    parts = [
        QCoreApplication.translate("AdjustmentTexts", "Open balance {amount}").format(
            amount=formats.money(status.open_balance)
        )
    ]
    if status.overdue_amount:
        parts.append(
            QCoreApplication.translate("AdjustmentTexts", "of which {amount} overdue").format(
                amount=formats.money(status.overdue_amount)
            )
        )
    return ", ".join(parts)


def error_text(error: AdjustmentError, formats: Formats) -> tuple[str, str]:
    """(field, sentence) for a refusal of the service; field '' when it is about no one field."""
    if error.day is not None:
        return "", QCoreApplication.translate(
            "AdjustmentTexts", "A payment dated {day} is recorded already: an adjustment cannot be dated before it."
        ).format(day=formats.day(error.day))
    template = error.template
    if template == AdjustmentError.NOT_POSITIVE:
        return "amount", QCoreApplication.translate("AdjustmentTexts", "Enter an amount more than zero.")
    if template == AdjustmentError.MORE_THAN_OPEN:
        return "amount", QCoreApplication.translate("AdjustmentTexts", "That is more than the open balance.")
    if template == AdjustmentError.NO_NOTE:
        return "note", QCoreApplication.translate("AdjustmentTexts", "Say why the balance is written off.")
    if template == AdjustmentError.NOTHING_TO_RESCHEDULE:
        return "", QCoreApplication.translate("AdjustmentTexts", "There is nothing to reschedule.")
    if template == AdjustmentError.FIRST_DUE_EARLY:
        return "plan", QCoreApplication.translate(
            "AdjustmentTexts", "The first installment cannot fall due before today."
        )
    return "", QCoreApplication.translate("AdjustmentTexts", "It cannot be recorded: {reason}").format(
        reason=translated(error)
    )
