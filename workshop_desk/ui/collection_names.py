"""What the collection screens call things: steps, actions, channels, outcomes, reasons, in the user's language.

The ladder and the contact log speak in stable codes (``"due_call"``, ``"phone"``,
``"no_answer"``) and the agenda gives its reasons as :class:`~workshop_desk.services.collections.Reason`
values; this module gives the words the Today tab, the outcome dialog and the contact log show.
A step key the shop invented in its own ladder is shown as it is.
"""

from __future__ import annotations

from workshop_desk.domain.dunning import Action, LadderStep
from workshop_desk.i18n.qt import TranslationContext
from workshop_desk.services.collections import AgendaItem, Outcome, Reason
from workshop_desk.ui.dialogs.letter_names import kind_names
from workshop_desk.ui.formats import Formats

VISIT, NOTE = "visit", "note"
"""Channels of the contact log besides the ladder's actions."""
CollectionNames = TranslationContext("CollectionNames")
"""The names of the collection screens (see :class:`~workshop_desk.i18n.qt.TranslationContext`)."""


def step_name(step: LadderStep | str) -> str:
    """The step's name (``"due_call"`` → "Phone call on the due day"); an unknown key as it is."""
    key = step.key if isinstance(step, LadderStep) else step
    names = {
        "courtesy": CollectionNames.tr("Courtesy reminder"),
        "due_call": CollectionNames.tr("Phone call on the due day"),
        "reminder": CollectionNames.tr("Payment reminder"),
        "second": CollectionNames.tr("Second reminder"),
        "claim": CollectionNames.tr("Formal claim letter"),
        "hand_over": CollectionNames.tr("Hand over to a lawyer or collector"),
    }
    return names.get(key, key)


def action_name(action: Action | str) -> str:
    names = {
        Action.PHONE: CollectionNames.tr("Phone call"),
        Action.SMS: CollectionNames.tr("SMS"),
        Action.EMAIL: CollectionNames.tr("E-mail"),
        Action.LETTER: CollectionNames.tr("Letter"),
        Action.REGISTERED_LETTER: CollectionNames.tr("Registered letter"),
        Action.HAND_OVER: CollectionNames.tr("Hand over"),
    }
    return names.get(action, str(action))  # type: ignore[call-overload]


def channel_name(channel: str) -> str:
    """A channel of the contact log: an action, a visit or a note."""
    if channel == VISIT:
        return CollectionNames.tr("Visit")
    if channel == NOTE:
        return CollectionNames.tr("Note")
    return action_name(channel)


def outcome_name(outcome: str) -> str:
    names = {
        Outcome.REACHED: CollectionNames.tr("Reached"),
        Outcome.NO_ANSWER: CollectionNames.tr("No answer"),
        Outcome.PROMISED: CollectionNames.tr("Promised to pay"),
        Outcome.DISPUTED: CollectionNames.tr("Disputed"),
        Outcome.DISPUTE_RESOLVED: CollectionNames.tr("Dispute resolved"),
        Outcome.WRONG_NUMBER: CollectionNames.tr("Wrong number"),
        Outcome.LETTER_SENT: CollectionNames.tr("Letter printed/sent"),
        Outcome.SKIPPED: CollectionNames.tr("Step skipped"),
        Outcome.NOTE: CollectionNames.tr("Note"),
    }
    return names.get(outcome, outcome)  # type: ignore[call-overload]


def step_request(step: LadderStep) -> str:
    """What the step asks the receptionist to do, in a sentence or two."""
    letter = kind_names().get(step.letter or "", "")
    if step.action is Action.PHONE:
        return CollectionNames.tr(
            "Call the customer: say how much is overdue and since when, ask when they will pay, "
            "and note what they say.",
        )
    if step.action is Action.SMS:
        return CollectionNames.tr(
            "Send a short text message: copy the text, send it from the shop's phone, then confirm here.",
        )
    if step.action is Action.EMAIL:
        if letter:
            return CollectionNames.tr(
                "E-mail the “{letter}”: compose the e-mail, attach the PDF it saves, send it, then confirm here.",
            ).format(letter=letter)
        return CollectionNames.tr("Send the customer an e-mail, then confirm here.")
    if step.action is Action.LETTER:
        return CollectionNames.tr(
            "Print the “{letter}” and post it (Write the letter… prepares and records it)."
        ).format(letter=letter or CollectionNames.tr("letter"))
    if step.action is Action.REGISTERED_LETTER:
        return CollectionNames.tr(
            "Send the “{letter}” by registered post with a return receipt, and keep the receipt: it is evidence.",
        ).format(letter=letter or CollectionNames.tr("letter"))
    return CollectionNames.tr(
        "Hand the account to the lawyer or collection agency, with the case file: invoices, letters sent "
        "and this contact log.",
    )


def why_text(item: AgendaItem, formats: Formats) -> str:
    """Why the action is on today's list (or why it moved to another day)."""
    if item.moved_to is not None:
        return moved_text(item, formats)
    if item.broken_promise is not None:
        promise = item.broken_promise
        return CollectionNames.tr("Broken promise: {amount} by {day}").format(
            amount=formats.money(promise.amount), day=formats.day(promise.until)
        )
    if len(item.covered) > 1:
        return CollectionNames.tr("Next step on the ladder, for %n unpaid item(s)", "", len(item.covered))
    return CollectionNames.tr("Next step on the ladder")


def moved_text(item: AgendaItem, formats: Formats) -> str:
    """ "Moved to 26 Nov 2026: daily contact limit for calls (1 of 1)" — which limit, with its figures."""
    day = formats.day(item.moved_to) if item.moved_to else ""
    calls = item.reason is Reason.MOVED_CALLS
    for period, (count, limit) in enumerate(item.limit_counts[:3]):
        if count >= limit:
            return _limit_text(period, calls).format(day=day, count=count, limit=limit)
    if calls:
        return CollectionNames.tr("Moved to {day}: contact limit for calls").format(day=day)
    return CollectionNames.tr("Moved to {day}: contact limit for messages").format(day=day)


def _limit_text(period: int, calls: bool) -> str:
    """The sentence for the limit reached: of the day (0), the week (1) or the month (2), for calls or messages."""
    if period == 0 and calls:
        return CollectionNames.tr("Moved to {day}: daily contact limit for calls ({count} of {limit})")
    if period == 0:
        return CollectionNames.tr("Moved to {day}: daily contact limit for messages ({count} of {limit})")
    if period == 1 and calls:
        return CollectionNames.tr("Moved to {day}: weekly contact limit for calls ({count} of {limit})")
    if period == 1:
        return CollectionNames.tr("Moved to {day}: weekly contact limit for messages ({count} of {limit})")
    if calls:
        return CollectionNames.tr("Moved to {day}: monthly contact limit for calls ({count} of {limit})")
    return CollectionNames.tr("Moved to {day}: monthly contact limit for messages ({count} of {limit})")
