"""What the collection screens call things: steps, actions, channels, outcomes, reasons, in the user's language.

The ladder and the contact log speak in stable codes (``"due_call"``, ``"phone"``,
``"no_answer"``) and the agenda gives its reasons as :class:`~workshop_desk.services.collections.Reason`
values; this module gives the words the Today tab, the outcome dialog and the contact log show.
A step key the shop invented in its own ladder is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from workshop_desk.domain.dunning import Action, LadderStep
from workshop_desk.services.collections import AgendaItem, Outcome, Reason
from workshop_desk.ui.dialogs.letter_names import kind_names
from workshop_desk.ui.formats import Formats

VISIT, NOTE = "visit", "note"
"""Channels of the contact log besides the ladder's actions."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("CollectionNames", text)


def step_name(step: LadderStep | str) -> str:
    """The step's name (``"due_call"`` → "Phone call on the due day"); an unknown key as it is."""
    key = step.key if isinstance(step, LadderStep) else step
    names = {
        "courtesy": _tr("Courtesy reminder"),
        "due_call": _tr("Phone call on the due day"),
        "reminder": _tr("Payment reminder"),
        "second": _tr("Second reminder"),
        "claim": _tr("Formal claim letter"),
        "hand_over": _tr("Hand over to a lawyer or collector"),
    }
    return names.get(key, key)


def action_name(action: Action | str) -> str:
    names = {
        Action.PHONE: _tr("Phone call"),
        Action.SMS: _tr("SMS"),
        Action.EMAIL: _tr("E-mail"),
        Action.LETTER: _tr("Letter"),
        Action.REGISTERED_LETTER: _tr("Registered letter"),
        Action.HAND_OVER: _tr("Hand over"),
    }
    return names.get(action, str(action))  # type: ignore[call-overload]


def channel_name(channel: str) -> str:
    """A channel of the contact log: an action, a visit or a note."""
    if channel == VISIT:
        return _tr("Visit")
    if channel == NOTE:
        return _tr("Note")
    return action_name(channel)


def outcome_name(outcome: str) -> str:
    names = {
        Outcome.REACHED: _tr("Reached"),
        Outcome.NO_ANSWER: _tr("No answer"),
        Outcome.PROMISED: _tr("Promised to pay"),
        Outcome.DISPUTED: _tr("Disputed"),
        Outcome.DISPUTE_RESOLVED: _tr("Dispute resolved"),
        Outcome.WRONG_NUMBER: _tr("Wrong number"),
        Outcome.LETTER_SENT: _tr("Letter printed/sent"),
        Outcome.SKIPPED: _tr("Step skipped"),
        Outcome.NOTE: _tr("Note"),
    }
    return names.get(outcome, outcome)  # type: ignore[call-overload]


def step_request(step: LadderStep) -> str:
    """What the step asks the receptionist to do, in a sentence or two."""
    letter = kind_names().get(step.letter or "", "")
    if step.action is Action.PHONE:
        return _tr(
            "Call the customer: say how much is overdue and since when, ask when they will pay, and note what they say."
        )
    if step.action is Action.SMS:
        return _tr("Send a short text message: copy the text, send it from the shop's phone, then confirm here.")
    if step.action is Action.EMAIL:
        if letter:
            return _tr(
                "E-mail the “{letter}”: compose the e-mail, attach the PDF it saves, send it, then confirm here."
            ).format(letter=letter)
        return _tr("Send the customer an e-mail, then confirm here.")
    if step.action is Action.LETTER:
        return _tr("Print the “{letter}” and post it (Write the letter… prepares and records it).").format(
            letter=letter or _tr("letter")
        )
    if step.action is Action.REGISTERED_LETTER:
        return _tr(
            "Send the “{letter}” by registered post with a return receipt, and keep the receipt: it is evidence."
        ).format(letter=letter or _tr("letter"))
    return _tr(
        "Hand the account to the lawyer or collection agency, with the case file: invoices, letters sent "
        "and this contact log."
    )


_COUNTS = re.compile(r"(\d+)/(\d+)")


def why_text(item: AgendaItem, formats: Formats) -> str:
    """Why the action is on today's list (or why it moved to another day)."""
    if item.moved_to is not None:
        return moved_text(item, formats)
    if item.broken_promise is not None:
        promise = item.broken_promise
        return _tr("Broken promise: {amount} by {day}").format(
            amount=formats.money(promise.amount), day=formats.day(promise.until)
        )
    if len(item.covered) > 1:
        return _tr("Next step on the ladder, for {count} unpaid items").format(count=len(item.covered))
    return _tr("Next step on the ladder")


def moved_text(item: AgendaItem, formats: Formats) -> str:
    """ "Moved to 26 Nov 2026: daily contact limit for calls (1 of 1)" — which limit, with its figures."""
    day = formats.day(item.moved_to) if item.moved_to else ""
    calls = item.reason is Reason.MOVED_CALLS
    texts = (
        (_tr("Moved to {day}: daily contact limit for calls ({count} of {limit})"),
         _tr("Moved to {day}: daily contact limit for messages ({count} of {limit})")),
        (_tr("Moved to {day}: weekly contact limit for calls ({count} of {limit})"),
         _tr("Moved to {day}: weekly contact limit for messages ({count} of {limit})")),
        (_tr("Moved to {day}: monthly contact limit for calls ({count} of {limit})"),
         _tr("Moved to {day}: monthly contact limit for messages ({count} of {limit})")),
    )  # fmt: skip
    # The service gives the counts of the day as "1/1 a day, 2/2 a week, 2/8 a month".
    counts = [(int(count), int(limit)) for count, limit in _COUNTS.findall(item.limit_detail)]
    for period, (count, limit) in enumerate(counts[:3]):
        if count >= limit:
            return texts[period][0 if calls else 1].format(day=day, count=count, limit=limit)
    if calls:
        return _tr("Moved to {day}: contact limit for calls").format(day=day)
    return _tr("Moved to {day}: contact limit for messages").format(day=day)
