"""The outcome dialog: what came of an action of the day, or of any contact with a customer.

Opened from the Today tab for an :class:`~workshop_desk.services.collections.AgendaItem` (the
step, the items it covers, what it asks), or from the customer's contact log without a step
("Log a contact…", "Correct…", "Resolve…"). It shows the customer's phone large enough to dial
from and the amounts at hand, offers the outcomes as radio buttons, and saves one entry in the
contact log with :func:`~workshop_desk.services.collections.record_contact` in one write
transaction; the service decides what the entry does to the ladder.

Letter, e-mail and SMS steps can be done from here: "Write the letter…" opens the letter dialog
for the step's kind, "Compose e-mail…" saves the letter's PDF and opens the mail program, "Copy
SMS text" puts the message on the clipboard. Whatever is produced is logged with the outcome
when the user saves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.domain.dunning import Action, LadderStep, Pause
from workshop_desk.i18n.qt import translated
from workshop_desk.services.accounts import accounts
from workshop_desk.services.collections import (
    AgendaItem,
    ContactEntry,
    ContactError,
    Outcome,
    allowed_hours,
    contact_limits,
    pause_state,
    record_contact,
)
from workshop_desk.services.customers import get_customer
from workshop_desk.services.letters import LetterRefusedError
from workshop_desk.services.shop import load_shop
from workshop_desk.ui.collection_names import (
    NOTE,
    VISIT,
    channel_name,
    moved_text,
    outcome_name,
    step_name,
    step_request,
    why_text,
)
from workshop_desk.ui.dialogs.forms import fit_height, set_tab_order
from workshop_desk.ui.dialogs.letter_dialog import DONE_STYLE, WARNING_STYLE
from workshop_desk.ui.dialogs.letter_names import kind_names, refusal_text
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.messages import current_user, now_on, prepare_email, prepare_sms
from workshop_desk.ui.widgets.date_edit import DateEdit
from workshop_desk.ui.widgets.form import ERROR_STYLE, ValidatedForm
from workshop_desk.ui.widgets.money_edit import MoneyEdit, MoneyInputError

LETTER_ACTIONS = frozenset({Action.LETTER, Action.REGISTERED_LETTER, Action.EMAIL})
HOURS_ACTIONS = frozenset({Action.PHONE, Action.SMS})
PROMISE_DAYS = 7
"""A promise is dated a week ahead unless the customer names a day."""
PHONE_STYLE = "font-size: 20pt; font-weight: 600;"


class OutcomeDialog(QDialog):
    """Log the outcome of ``item`` (a step of the day) or, without one, a free contact.

    Args:
        corrects: the entry this one corrects (entries are never changed: a correction is new).
        outcome: the outcome chosen when the dialog opens (e.g. ``DISPUTE_RESOLVED`` for "Resolve…").
        clock: what "now" is (tests); by default the present time on ``today``.
        documents: the documents folder e-mailed PDFs are saved under (default: the user's).

    Signals:
        letter_recorded(int): a letter was produced and recorded for the customer (their id),
            whether or not the contact is then saved.

    After ``exec()`` returns Accepted, ``saved_contact_id`` is the new entry's id.
    """

    letter_recorded = Signal(int)

    def __init__(
        self,
        database: Database,
        today: date,
        customer_id: int,
        item: AgendaItem | None = None,
        parent: QWidget | None = None,
        *,
        corrects: ContactEntry | None = None,
        outcome: Outcome | None = None,
        clock: Callable[[], datetime] | None = None,
        documents: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today
        self._customer_id = customer_id
        self._item = item
        self._corrects = corrects
        self._clock = clock or (lambda: now_on(today))
        self._documents = documents
        self._letter_id: int | None = None
        self.email_path: Path | None = None
        """Where the last e-mail's PDF was saved."""
        self.saved_contact_id: int | None = None
        with database.read() as session:
            self._shop = load_shop(session)
            self._customer = get_customer(session, customer_id).data
            self._status = item.account.status if item else accounts(session, today, [customer_id])[0].status
            self._limits = contact_limits(session)
            self._pause = pause_state(session, customer_id, today)
        self._formats = Formats.of(self._shop)
        self._step: LadderStep | None = item.step if item else None
        self._channel = self._step.action.value if self._step else ""

        self.setWindowTitle(self._title())
        self._build(outcome)
        self._connect()
        self._outcome_changed()
        self._update_hours_warning()
        self.resize(680, self.sizeHint().height())

    # --- building -----------------------------------------------------------------------------

    def _title(self) -> str:
        name = self._customer.name
        if self._corrects is not None:
            return self.tr("Correct a contact with {name}").format(name=name)
        if self._step is not None:
            return self.tr("{step} — {name}").format(step=step_name(self._step), name=name)
        return self.tr("Log a contact with {name}").format(name=name)

    def _build(self, preset: Outcome | None) -> None:
        layout = QVBoxLayout(self)
        self.customer_title = QLabel(f"{self._customer.name}  ·  {self._customer.code}")
        self.customer_title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.phone = QLabel(self._customer.phone or self.tr("no phone number on file"))
        self.phone.setObjectName("outcome_phone")
        self.phone.setStyleSheet(PHONE_STYLE if self._customer.phone else "color: #7a7a7a;")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone.setToolTip(self.tr("Select the number to copy it"))
        self.email = QLabel(self._customer.email)
        self.email.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.email.setVisible(bool(self._customer.email))
        self.figures = QLabel(self._figures_text())
        self.figures.setWordWrap(True)
        layout.addWidget(self.customer_title)
        layout.addWidget(self.phone)
        layout.addWidget(self.email)
        layout.addWidget(self.figures)

        if self._step is not None:
            layout.addWidget(self._step_box())
        if self._corrects is not None:
            layout.addWidget(self._correction_label())

        self.warning = QLabel()
        self.warning.setObjectName("outcome_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        layout.addWidget(self.warning)

        helpers = self._helpers()
        if helpers is not None:
            layout.addLayout(helpers)
        self.done_label = QLabel()
        self.done_label.setObjectName("outcome_done")
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet(DONE_STYLE)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_label.hide()
        layout.addWidget(self.done_label)

        self.channel = QComboBox()
        if self._step is None:
            for code in (Action.PHONE.value, VISIT, Action.SMS.value, Action.EMAIL.value, Action.LETTER.value, NOTE):
                self.channel.addItem(channel_name(code), code)
            if self._corrects is not None:
                index = self.channel.findData(self._corrects.channel)
                if index < 0:
                    self.channel.addItem(channel_name(self._corrects.channel), self._corrects.channel)
                    index = self.channel.count() - 1
                self.channel.setCurrentIndex(index)
            elif preset is Outcome.DISPUTE_RESOLVED:
                self.channel.setCurrentIndex(self.channel.findData(NOTE))
            self._channel = self.channel.currentData()
            row = QHBoxLayout()
            label = QLabel(self.tr("&How:"))
            label.setBuddy(self.channel)
            row.addWidget(label)
            row.addWidget(self.channel)
            row.addStretch()
            layout.addLayout(row)

        layout.addWidget(self._outcome_box(preset))

        self.form = ValidatedForm()
        self.promise_date = DateEdit(self._shop.locale)
        self.promise_date.set_day(self._today + timedelta(days=PROMISE_DAYS))
        self.promise_amount = MoneyEdit(self._shop.locale, self._shop.currency)
        self.promise_amount.set_cents(self._status.overdue_amount or self._status.open_balance)
        self.promise_amount.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        self.form.add_field("promise_date", self.tr("Pays &by:"), self.promise_date)
        self.form.add_field("promise_amount", self.tr("Amo&unt:"), self.promise_amount)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.form.add_field("note", self.tr("No&te:"), self.note)
        self.note_caption = self.form.labelForField(self.form.field("note").parentWidget())
        if Outcome.PROMISED not in self.outcomes:  # a hand-over: nothing to promise here
            for name in ("promise_date", "promise_amount"):
                self.form.setRowVisible(self.form.field(name).parentWidget(), False)
        layout.addLayout(self.form)

        self.error = QLabel()
        self.error.setObjectName("outcome_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)

        chain: list[QWidget] = [self.channel] if self._step is None else []
        chain += [*self.helper_buttons(), *self.outcomes.values(), self.promise_date, self.promise_amount]
        set_tab_order([*chain, self.note, self.save_button, self.cancel_button])

    def _figures_text(self) -> str:
        status, money = self._status, self._formats.money
        parts = [
            self.tr("Overdue: {amount}").format(amount=money(status.overdue_amount))
            if status.overdue_amount
            else self.tr("Nothing overdue yet")
        ]
        if status.max_days_late:
            parts.append(self.tr("%n day(s) late", "", status.max_days_late))
        parts.append(self.tr("Open balance: {amount}").format(amount=money(status.open_balance)))
        return "  ·  ".join(parts)

    def _step_box(self) -> QGroupBox:
        assert self._step is not None
        assert self._item is not None
        box = QGroupBox(self.tr("Step: {step}").format(step=step_name(self._step)))
        column = QVBoxLayout(box)
        self.request = QLabel(step_request(self._step))
        self.request.setObjectName("outcome_request")
        self.request.setWordWrap(True)
        column.addWidget(self.request)
        since = self.tr("Due since {day}.").format(day=self._formats.day(self._item.due_since))
        if self._item.broken_promise is not None:
            since += "  " + why_text(self._item, self._formats)
        reason = QLabel(since)
        reason.setWordWrap(True)
        if self._item.broken_promise is not None:
            reason.setStyleSheet("font-weight: 600; color: #4a0072;")
        column.addWidget(reason)
        if self._item.moved_to is not None:
            moved = QLabel(
                moved_text(self._item, self._formats)
                + "\n"
                + self.tr("Doing it today goes beyond the contact limit: log it only if it really happened.")
            )
            moved.setWordWrap(True)
            moved.setStyleSheet(WARNING_STYLE)
            column.addWidget(moved)
        if self._step.action is Action.HAND_OVER:
            leaves = QLabel(
                self.tr(
                    "Handing over takes the account off the ladder for good: the program plans no more "
                    "reminders for it."
                )
            )
            leaves.setObjectName("outcome_hand_over")
            leaves.setWordWrap(True)
            leaves.setStyleSheet("font-weight: 600;")
            column.addWidget(leaves)
        return box

    def _correction_label(self) -> QLabel:
        assert self._corrects is not None
        old = self._corrects
        label = QLabel(
            self.tr(
                "Entries in the contact log are evidence and are never changed. Saving adds a new entry "
                "that corrects the one of {when} ({channel}: {outcome}); say in the note what was wrong."
            ).format(
                when=f"{self._formats.short_day(old.at.date())} {old.at:%H:%M}",
                channel=channel_name(old.channel),
                outcome=outcome_name(old.outcome),
            )
        )
        label.setObjectName("outcome_correction")
        label.setWordWrap(True)
        return label

    def _helpers(self) -> QHBoxLayout | None:
        """The buttons that do the step's work from here: write the letter, compose the e-mail, copy the SMS."""
        self.letter_button = QPushButton(self.tr("&Write the letter…"))
        self.email_button = QPushButton(self.tr("Compose e-&mail…"))
        self.sms_button = QPushButton(self.tr("&Copy SMS text"))
        self.letter_button.setToolTip(self.tr("Prepare, print or save the step's letter; it is recorded when printed"))
        self.email_button.setToolTip(
            self.tr("Save the letter as a PDF and open your e-mail program with the message in the customer's language")
        )
        self.sms_button.setToolTip(self.tr("Put a short text in the customer's language on the clipboard"))
        step = self._step
        self.letter_button.setVisible(step is not None and step.action in LETTER_ACTIONS and bool(step.letter))
        self.email_button.setVisible(step is not None and step.action is Action.EMAIL)
        self.sms_button.setVisible(step is not None and step.action is Action.SMS)
        if step is None:
            return None
        row = QHBoxLayout()
        for button in (self.letter_button, self.email_button, self.sms_button):
            row.addWidget(button)
        row.addStretch()
        return row

    def helper_buttons(self) -> list[QPushButton]:
        return [
            button for button in (self.letter_button, self.email_button, self.sms_button) if button.isVisibleTo(self)
        ]

    def _outcome_choices(self) -> list[tuple[Outcome, str]]:
        step = self._step
        if step is not None and step.action is Action.HAND_OVER:
            return [(Outcome.REACHED, self.tr("&Handed over")), (Outcome.SKIPPED, self.tr("S&kip this step"))]
        sent = {
            Action.EMAIL: self.tr("&E-mail sent"),
            Action.SMS: self.tr("SMS s&ent"),
        }.get(step.action if step else None, self.tr("&Letter printed/sent"))  # type: ignore[arg-type]
        choices = [
            (Outcome.REACHED, self.tr("&Reached")),
            (Outcome.NO_ANSWER, self.tr("&No answer")),
            (Outcome.PROMISED, self.tr("&Promised to pay")),
            (Outcome.DISPUTED, self.tr("&Disputed")),
            (Outcome.WRONG_NUMBER, self.tr("Wron&g number")),
            (Outcome.LETTER_SENT, sent),
        ]
        if step is not None:
            choices.append((Outcome.SKIPPED, self.tr("S&kip this step")))
            choices.append((Outcome.NOTE, self.tr("Only a n&ote (the step stays on the list)")))
        else:
            choices.append((Outcome.NOTE, self.tr("Only a n&ote")))
            if self._pause.paused is Pause.DISPUTE:
                choices.append((Outcome.DISPUTE_RESOLVED, self.tr("Dispute resol&ved")))
        return choices

    def _outcome_box(self, preset: Outcome | None) -> QGroupBox:
        box = QGroupBox(self.tr("What came of it?"))
        grid = QGridLayout(box)
        self.outcome_group = QButtonGroup(self)
        self.outcomes: dict[Outcome, QRadioButton] = {}
        choices = self._outcome_choices()
        if preset is not None and preset not in dict(choices):
            choices.append((preset, outcome_name(preset)))
        rows = (len(choices) + 1) // 2
        for index, (outcome, text) in enumerate(choices):
            button = QRadioButton(text)
            button.setObjectName(f"outcome_{outcome.value}")
            self.outcome_group.addButton(button)
            self.outcomes[outcome] = button
            grid.addWidget(button, index % rows, index // rows)
        if preset is not None:
            self.outcomes[preset].setChecked(True)
        return box

    def _connect(self) -> None:
        self.outcome_group.buttonToggled.connect(lambda _button, checked: checked and self._outcome_changed())
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.letter_button.clicked.connect(self.write_letter)
        self.email_button.clicked.connect(self.compose_email)
        self.sms_button.clicked.connect(self.copy_sms)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # --- reacting -----------------------------------------------------------------------------

    def chosen_outcome(self) -> Outcome | None:
        return next((outcome for outcome, button in self.outcomes.items() if button.isChecked()), None)

    def choose(self, outcome: Outcome) -> None:
        """Select ``outcome`` (as a click on its radio button would)."""
        self.outcomes[outcome].setChecked(True)

    @property
    def channel_code(self) -> str:
        """The channel the entry is logged with (the step's action, or what was used from here)."""
        return self._channel

    def _outcome_changed(self) -> None:
        outcome = self.chosen_outcome()
        promised = outcome is Outcome.PROMISED
        self.promise_date.setEnabled(promised)
        self.promise_amount.setEnabled(promised)
        captions = {
            Outcome.DISPUTED: self.tr("Disputes wh&at:"),
            Outcome.SKIPPED: self.tr("Wh&y skip:"),
        }
        self.note_caption.setText(captions.get(outcome, self.tr("No&te:")))  # type: ignore[arg-type]
        placeholders = {
            Outcome.DISPUTED: self.tr("Required: what the customer disputes, in their words"),
            Outcome.SKIPPED: self.tr("Required: why this step is skipped"),
            Outcome.DISPUTE_RESOLVED: self.tr("How the dispute was settled"),
        }
        default = self.tr("What was said or done (optional)")
        if self._corrects is not None:
            default = self.tr("Required: what was wrong in the entry corrected")
        self.note.setPlaceholderText(placeholders.get(outcome, default))  # type: ignore[arg-type]
        self.form.clear_problems()
        self.error.hide()

    def _channel_changed(self) -> None:
        self._channel = self.channel.currentData()
        self._update_hours_warning()

    def _update_hours_warning(self) -> None:
        """Outside the allowed hours a call or SMS can still be logged, with a warning."""
        if self._channel not in HOURS_ACTIONS:
            self.warning.hide()
            return
        moment = self._clock()
        if allowed_hours(self._limits, moment):
            self.warning.hide()
            return
        weekday, weekend = self._limits.weekday_hours, self._limits.weekend_hours
        text = self.tr(
            "Calls are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 and "
            "{weekend_end}:00 at weekends (contact limits). It is {now} now: the call can "
            "still be logged."
        )
        if self._channel == Action.SMS:
            text = self.tr(
                "Messages are allowed between {start}:00 and {end}:00 on weekdays and between {weekend_start}:00 "
                "and {weekend_end}:00 at weekends (contact limits). It is {now} now: the message "
                "can still be logged."
            )
        self.warning.setText(
            "⚠ "
            + text.format(
                start=weekday[0], end=weekday[1], weekend_start=weekend[0], weekend_end=weekend[1],
                now=f"{moment:%H:%M}",
            )
        )  # fmt: skip
        self.warning.show()

    def _say_done(self, text: str) -> None:
        self.done_label.setText("✓ " + text)
        self.done_label.show()
        self.error.hide()
        fit_height(self)

    def _say_problem(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()
        fit_height(self)

    # --- doing the step from here -------------------------------------------------------------

    def write_letter(self) -> None:
        """Open the letter dialog for the step's kind; a letter recorded there is logged with the outcome."""
        from workshop_desk.ui.dialogs.letter_dialog import LetterDialog

        kind = (self._step.letter if self._step else None) or "reminder"
        dialog = LetterDialog(self._database, self._shop, self._today, self._customer_id, self, kind=kind)
        dialog.letter_recorded.connect(lambda _customer: self._letter_written(dialog))
        dialog.exec()
        dialog.deleteLater()

    def _letter_written(self, dialog: QDialog) -> None:
        produced = getattr(dialog, "last_produced", None)
        if produced is None:
            return
        self._letter_id = produced.record_id
        self._channel = self._step.action.value if self._step else Action.LETTER.value
        self.choose(Outcome.LETTER_SENT)
        self._say_done(
            self.tr("The “{letter}” is recorded in the customer's letters. Save to log the step as done.").format(
                letter=kind_names().get(produced.content.kind, produced.content.kind)
            )
        )
        self.letter_recorded.emit(self._customer_id)

    def compose_email(self) -> bool:
        """Save the step's letter as a PDF and open the mail program; returns whether it worked."""
        kind = self._step.letter if self._step else None
        try:
            prepared = prepare_email(self._database, self._customer_id, kind, self._today, self._documents)
        except LetterRefusedError as error:
            self._say_problem(self.tr("No letter can be e-mailed: {reason}").format(reason=refusal_text(error.reason)))
            return False
        except OSError as error:
            self._say_problem(
                self.tr("The PDF could not be saved: {reason}. Nothing was recorded.").format(
                    reason=error.strerror or error
                )
            )
            return False
        self.email_button.show()
        self._letter_id = prepared.letter_id
        self._channel = Action.EMAIL.value
        self.choose(Outcome.LETTER_SENT if self._step is None or self._step.letter else Outcome.NOTE)
        self.letter_recorded.emit(self._customer_id)
        opened = QDesktopServices.openUrl(prepared.url)
        text = self.tr(
            "The PDF is saved in {path}. Your e-mail program opens with the message: "
            "attach the PDF, send it, then save here."
        )
        if not opened:
            text = self.tr(
                "The PDF is saved in {path}, but no e-mail program could be opened: "
                "send it another way, then save here."
            )
        if not prepared.address:
            text += " " + self.tr("The customer has no e-mail address on file: fill in the recipient.")
        self._say_done(text.format(path=prepared.path))
        self.email_path = prepared.path
        self._note_sent(
            self.tr("E-mail “{subject}” with {file}").format(subject=prepared.subject, file=prepared.path.name)
        )
        return True

    def copy_sms(self) -> str:
        """Put the step's text message on the clipboard; returns it ('' when none fits the account)."""
        kind = self._step.letter if self._step else None
        try:
            text = prepare_sms(self._database, self._customer_id, kind, self._today)
        except LetterRefusedError as error:
            self._say_problem(self.tr("No text message fits: {reason}").format(reason=refusal_text(error.reason)))
            return ""
        QGuiApplication.clipboard().setText(text)
        self.sms_button.show()
        self._channel = Action.SMS.value
        self.choose(Outcome.LETTER_SENT if self._step is None or self._step.action is Action.SMS else Outcome.NOTE)
        self._update_hours_warning()
        self._note_sent(self.tr("SMS: “{text}”").format(text=text))
        self._say_done(
            self.tr(
                "Copied to the clipboard (%n character(s)): “{text}” Send it, then save here.", "", len(text)
            ).format(text=text)
        )
        return text

    def _note_sent(self, text: str) -> None:
        """Put what was sent in the note (the log is evidence), unless the user wrote one already."""
        if not self.note.toPlainText().strip():
            self.note.setPlainText(text)

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """Check the entry and log it in one write transaction; the dialog stays open on a problem."""
        self.form.clear_problems()
        self.error.hide()
        outcome = self.chosen_outcome()
        if outcome is None:
            self._say_problem(self.tr("Choose what came of it."))
            return
        note = self.note.toPlainText().strip()
        promise_until = promise_amount = None
        if outcome is Outcome.PROMISED:
            promise_until = self.promise_date.day()
            if promise_until < self._today:
                self.form.show_problem("promise_date", self.tr("The day the customer will pay cannot be in the past."))
            try:
                promise_amount = self.promise_amount.cents()
            except MoneyInputError as error:
                self.form.show_problem("promise_amount", str(error))
            else:
                if not promise_amount:
                    self.form.show_problem("promise_amount", self.tr("Enter the amount promised."))
        if outcome is Outcome.DISPUTED and not note:
            self.form.show_problem(
                "note", self.tr("Say what the customer disputes: the account is paused until it is resolved.")
            )
        if outcome is Outcome.SKIPPED and not note:
            self.form.show_problem("note", self.tr("Say why the step is skipped: the log is evidence."))
        if self._corrects is not None and not note:
            self.form.show_problem("note", self.tr("Say what was wrong in the entry you correct."))
        if self.form.has_problems():
            fit_height(self)
            return
        try:
            with self._database.write() as session:
                self.saved_contact_id = record_contact(
                    session,
                    self._customer_id,
                    at=self._clock(),
                    channel=self._channel or NOTE,
                    outcome=outcome,
                    note=note,
                    user=current_user(),
                    step=self._step,
                    covered=self._item.covered if self._item else (),
                    promise_until=promise_until,
                    promise_amount=promise_amount,
                    letter_id=self._letter_id,
                    corrects_id=self._corrects.id if self._corrects else None,
                )
        except ContactError as error:
            self._say_problem(self.tr("The contact cannot be logged: {reason}").format(reason=translated(error)))
            return
        self.accept()
