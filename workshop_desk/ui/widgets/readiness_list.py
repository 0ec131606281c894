"""The checks before a claim or a hand-over, one line each: a green ✓ or a red ✗ and a sentence.

The service (:func:`~workshop_desk.services.case_file.readiness`) speaks in codes; :func:`check_text`
says them in the user's language with the figures and dates formatted for the shop. The mark is
a symbol *and* a colour (colour-blind users, black-and-white screenshots), the tooltip says why the
check matters. Any dialog can show a :class:`ReadinessList` (the hand-over dialog does; the letter
dialog can, for a claim).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from workshop_desk.services.case_file import Check, CheckName, Readiness
from workshop_desk.ui.formats import Formats

PASSED_STYLE = "color: #1e7b34; font-weight: 700;"
FAILED_STYLE = "color: #b3261e; font-weight: 700;"


def check_text(check: Check, formats: Formats) -> str:
    """The sentence for a check's result."""
    day = formats.day(check.day) if check.day is not None else ""
    texts = {
        "letter_sent": QCoreApplication.translate("Readiness", "A payment reminder was sent on {day}."),
        "step_done": QCoreApplication.translate("Readiness", "A reminder step was done on {day} (contact log)."),
        "no_reminder": QCoreApplication.translate(
            "Readiness", "No payment reminder or second reminder has been sent yet."
        ),
        "balanced": QCoreApplication.translate(
            "Readiness", "The statement of account adds up: the customer owes {expected}."
        ),
        "difference": QCoreApplication.translate(
            "Readiness",
            "The statement of account ends on {found}, but the open installments come to {expected}. "
            "Check the invoices and their installments first.",
        ),
        "none": QCoreApplication.translate("Readiness", "No open dispute."),
        "dispute_open": QCoreApplication.translate(
            "Readiness", "The customer has disputed the debt since {day}: “{note}”. Settle the dispute first."
        ),
    }
    if check.code == "balanced" and check.expected < 0:
        texts["balanced"] = QCoreApplication.translate(
            "Readiness", "The statement of account adds up: the customer is {credit} in credit."
        )
    template = texts.get(check.code, check.code)
    return template.format(
        credit=formats.money(-check.expected),
        day=day,
        expected=formats.money(check.expected),
        found=formats.money(check.found),
        note=check.note,
    )


def check_tooltip(name: CheckName) -> str:
    """Why a check matters, for the tooltip of its line."""
    return {
        CheckName.EARLIER_STEPS: QCoreApplication.translate(
            "Readiness",
            "A formal claim or a hand-over should follow at least one reminder: the lawyer will ask for it.",
        ),
        CheckName.RECONCILES: QCoreApplication.translate(
            "Readiness", "The amount handed over must be the one the statement of account shows, to the cent."
        ),
        CheckName.NO_DISPUTE: QCoreApplication.translate(
            "Readiness", "A disputed debt is not collected by a lawyer until the dispute is settled or answered."
        ),
    }[name]


class ReadinessList(QWidget):
    """The checks, one row each: the mark, then the sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._rows: list[tuple[QLabel, QLabel]] = []

    def show_readiness(self, readiness: Readiness, formats: Formats) -> None:
        for mark, text in self._rows:
            mark.deleteLater()
            text.deleteLater()
        self._rows = []
        for row, check in enumerate(readiness.checks):
            mark = QLabel("✓" if check.passed else "✗")
            mark.setObjectName(f"{check.name.value}_mark")
            mark.setStyleSheet(PASSED_STYLE if check.passed else FAILED_STYLE)
            mark.setAccessibleName(
                QCoreApplication.translate("Readiness", "passed")
                if check.passed
                else QCoreApplication.translate("Readiness", "not passed")
            )
            text = QLabel(check_text(check, formats))
            text.setObjectName(f"{check.name.value}_text")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for label in (mark, text):
                label.setToolTip(check_tooltip(check.name))
            self._grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(text, row, 1)
            self._rows.append((mark, text))

    def lines(self) -> list[str]:
        """What the list says, one line per check with its mark (for tests and copying)."""
        return [f"{mark.text()} {text.text()}" for mark, text in self._rows]
