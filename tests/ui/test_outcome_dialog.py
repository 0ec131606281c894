"""The outcome dialog on its own: what it shows for a step, each outcome and what the ladder does with it,
the checks next to the fields, contact hours, letters written from it, e-mail and SMS without a server."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from today_shop import TODAY, make_shop

from workshop_desk.db.models import ContactRow, LetterRecord
from workshop_desk.db.session import Database
from workshop_desk.domain.dunning import DEFAULT_LADDER, Pause
from workshop_desk.letters.plain import fill_plain
from workshop_desk.services.collections import AgendaItem, Outcome, agenda, contacts_of, pause_state
from workshop_desk.ui import state
from workshop_desk.ui.dialogs.letter_dialog import LetterDialog
from workshop_desk.ui.dialogs.outcome_dialog import OutcomeDialog

MORNING = datetime.combine(TODAY, time(10, 30))


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    state.settings().setValue("user/name", "Test Desk")
    return make_shop(database)


def item_of(database: Database, customer_id: int, day: date = TODAY) -> AgendaItem | None:
    with database.read() as session:
        return next((item for item in agenda(session, day) if item.customer_id == customer_id), None)


@pytest.fixture
def open_dialog(qtbot: QtBot, database: Database, tmp_path: Path) -> Callable[..., OutcomeDialog]:
    def make(customer_id: int, *, at: datetime = MORNING, item: AgendaItem | str | None = "today's", **options):
        """The dialog for ``item`` (by default the customer's action of the day; None: a free contact)."""
        if isinstance(item, str):
            item = item_of(database, customer_id, at.date())
        dialog = OutcomeDialog(
            database, at.date(), customer_id, item, clock=lambda: at, documents=tmp_path / "Documents", **options
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def contacts(database: Database, customer_id: int) -> list[tuple]:
    columns = (ContactRow.channel, ContactRow.outcome, ContactRow.step_key, ContactRow.user, ContactRow.note)
    with database.read() as session:
        query = select(*columns).where(ContactRow.customer_id == customer_id).order_by(ContactRow.id)
        return [tuple(row) for row in session.execute(query)]


def test_the_dialog_has_what_the_call_needs_at_hand(open_dialog, ids: dict[str, int]) -> None:
    dialog = open_dialog(ids["C0001"])
    assert dialog.windowTitle() == "Phone call on the due day — Bradshaw Susan"
    assert dialog.phone.text() == "0161 496 0101"
    assert dialog.phone.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.figures.text() == "Overdue: £600.00  ·  5 days late  ·  Open balance: £600.00"
    assert dialog.request.text().startswith("Call the customer")
    assert list(dialog.outcomes) == [
        Outcome.REACHED, Outcome.NO_ANSWER, Outcome.PROMISED, Outcome.DISPUTED, Outcome.WRONG_NUMBER,
        Outcome.LETTER_SENT, Outcome.SKIPPED, Outcome.NOTE,
    ]  # fmt: skip
    assert dialog.chosen_outcome() is None
    assert dialog.promise_amount.text() == "600.00"  # prefilled with the overdue amount
    assert not dialog.promise_date.isEnabled()
    assert dialog.warning.isHidden()  # 10:30 on a Wednesday
    assert not dialog.letter_button.isVisibleTo(dialog)


def test_reached_logs_the_step_with_the_user(open_dialog, ids: dict[str, int], database: Database) -> None:
    dialog = open_dialog(ids["C0001"])
    dialog.choose(Outcome.REACHED)
    dialog.note.setPlainText("Will pay on Friday")
    dialog.save()
    assert dialog.result() == OutcomeDialog.DialogCode.Accepted
    assert contacts(database, ids["C0001"]) == [("phone", "reached", "due_call", "Test Desk", "Will pay on Friday")]
    assert item_of(database, ids["C0001"]) is None
    assert item_of(database, ids["C0001"], TODAY + timedelta(days=1)).step.key == "reminder"


def test_choosing_nothing_says_so(open_dialog, ids: dict[str, int], database: Database) -> None:
    dialog = open_dialog(ids["C0001"])
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error.text() == "⚠ Choose what came of it."
    assert contacts(database, ids["C0001"]) == []


def test_a_promise_pauses_the_account_until_its_date(open_dialog, ids: dict[str, int], database: Database) -> None:
    dialog = open_dialog(ids["C0001"])
    dialog.choose(Outcome.PROMISED)
    assert dialog.promise_date.isEnabled()
    dialog.promise_date.set_day(date(2026, 12, 2))
    dialog.promise_amount.setText("450.00")
    dialog.save()
    assert dialog.result() == OutcomeDialog.DialogCode.Accepted
    with database.read() as session:
        pause = pause_state(session, ids["C0001"], TODAY)
    assert (pause.paused, pause.promise_until, pause.promise_amount) == (Pause.PROMISE, date(2026, 12, 2), 450_00)
    assert item_of(database, ids["C0001"]) is None
    assert item_of(database, ids["C0001"], date(2026, 12, 2)) is None
    broken = item_of(database, ids["C0001"], date(2026, 12, 3))  # nothing paid: back first, with the next step
    assert broken.broken_promise is not None
    assert broken.step.key == "reminder"


def test_a_promise_needs_a_day_ahead_and_an_amount(open_dialog, ids: dict[str, int], database: Database) -> None:
    dialog = open_dialog(ids["C0001"])
    dialog.choose(Outcome.PROMISED)
    dialog.promise_date.set_day(TODAY - timedelta(days=1))
    dialog.promise_amount.setText("")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.form.message("promise_date") == "The day the customer will pay cannot be in the past."
    assert dialog.form.message("promise_amount") == "Enter an amount."
    assert contacts(database, ids["C0001"]) == []


def test_a_dispute_needs_a_reason_and_flags_the_account(open_dialog, ids: dict[str, int], database: Database) -> None:
    dialog = open_dialog(ids["C0002"])
    dialog.choose(Outcome.DISPUTED)
    assert dialog.note.placeholderText().startswith("Required")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.form.message("note").startswith("Say what the customer disputes")
    assert contacts(database, ids["C0002"]) == []
    dialog.note.setPlainText("Says the gearbox was already faulty")
    dialog.save()
    assert dialog.result() == OutcomeDialog.DialogCode.Accepted
    with database.read() as session:
        pause = pause_state(session, ids["C0002"], TODAY)
    assert (pause.paused, pause.dispute_reason) == (Pause.DISPUTE, "Says the gearbox was already faulty")
    assert item_of(database, ids["C0002"], TODAY + timedelta(days=20)) is None


def test_skipping_a_step_needs_a_reason(open_dialog, ids: dict[str, int], database: Database) -> None:
    dialog = open_dialog(ids["C0001"])
    dialog.choose(Outcome.SKIPPED)
    dialog.save()
    assert dialog.form.message("note") == "Say why the step is skipped: the log is evidence."
    dialog.note.setPlainText("Customer is in hospital, owner decided")
    dialog.save()
    assert contacts(database, ids["C0001"])[0][:3] == ("phone", "skipped", "due_call")


def test_outside_the_allowed_hours_a_call_warns_but_can_be_logged(
    open_dialog, ids: dict[str, int], database: Database
) -> None:
    dialog = open_dialog(ids["C0001"], at=datetime.combine(TODAY, time(22, 30)))
    assert not dialog.warning.isHidden()
    assert dialog.warning.text().startswith("⚠ Calls are allowed between 8:00 and 22:00 on weekdays")
    assert "It is 22:30 now" in dialog.warning.text()
    dialog.choose(Outcome.NO_ANSWER)
    dialog.save()
    assert contacts(database, ids["C0001"]) == [("phone", "no_answer", "due_call", "Test Desk", "")]
    saturday = datetime(2026, 11, 28, 8, 30)  # weekend hours start at 9
    weekend = open_dialog(ids["C0002"], at=saturday)
    assert "It is 08:30 now" in weekend.warning.text()


def test_a_letter_step_offers_no_hours_warning_and_writes_the_letter(
    open_dialog, ids: dict[str, int], database: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(ids["C0003"], at=datetime.combine(TODAY, time(23, 0)))
    assert dialog.warning.isHidden()  # a letter is not a call
    assert dialog.letter_button.isVisibleTo(dialog)
    assert any("Broken promise: £200.00 by 15 Nov 2026" in label.text() for label in dialog.findChildren(QLabel))
    seen: dict[str, str] = {}

    def save_letter() -> None:
        letter = QApplication.activeModalWidget()
        seen["kind"] = type(letter).__name__
        if isinstance(letter, LetterDialog):
            seen["chosen"] = letter.kind.currentData()
            letter.save_to(tmp_path / "reminder.pdf")
            letter.reject()

    QTimer.singleShot(0, save_letter)
    dialog.write_letter()
    assert seen == {"kind": "LetterDialog", "chosen": "reminder"}
    assert dialog.chosen_outcome() is Outcome.LETTER_SENT
    assert "is recorded in the customer's letters" in dialog.done_label.text()
    dialog.save()
    with database.read() as session:
        letter_id = session.scalar(select(LetterRecord.id).where(LetterRecord.customer_id == ids["C0003"]))
        row = session.execute(select(ContactRow.channel, ContactRow.outcome, ContactRow.letter_id)).all()[-1]
    assert tuple(row) == ("letter", "letter_sent", letter_id)
    assert item_of(database, ids["C0003"]) is None  # the broken promise is followed up


def test_hand_over_offers_handed_over_or_skip_and_says_the_account_leaves_the_ladder(
    open_dialog, ids: dict[str, int], database: Database
) -> None:
    call = item_of(database, ids["C0002"])
    hand_over = dataclasses.replace(call, step=DEFAULT_LADDER[5], step_index=5)
    dialog = open_dialog(ids["C0002"], item=hand_over)
    assert list(dialog.outcomes) == [Outcome.REACHED, Outcome.SKIPPED]
    assert dialog.outcomes[Outcome.REACHED].text() == "&Handed over"
    assert "off the ladder" in dialog.findChild(QLabel, "outcome_hand_over").text()
    assert not dialog.promise_date.isVisible()
    dialog.choose(Outcome.REACHED)
    dialog.save()
    assert contacts(database, ids["C0002"]) == [("hand_over", "reached", "hand_over", "Test Desk", "")]
    with database.read() as session:
        pause = pause_state(session, ids["C0002"], TODAY)
    assert (pause.paused, pause.handed_over_on) == (Pause.HANDED_OVER, TODAY)
    assert item_of(database, ids["C0002"], TODAY + timedelta(days=40)) is None


def test_compose_email_saves_the_pdf_and_opens_a_mailto_in_the_customers_language(
    open_dialog, ids: dict[str, int], database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = open_dialog(ids["C0004"])  # Souza Ana, Portuguese, the courtesy e-mail
    assert dialog.email_button.isVisibleTo(dialog)
    assert dialog.compose_email()
    pdf = tmp_path / "Documents" / "Workshop Desk" / "C0004" / "C0004 courtesy 2026-11-25.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert dialog.email_path == pdf
    [url] = opened
    parts = urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert (parts.scheme, unquote(parts.path)) == ("mailto", "c0004@example.com")
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    assert query["subject"] == "Lembrete: vencimento em 27 de novembro de 2026 – cliente C0004"
    assert query["body"].startswith("Prezado(a) Cliente Souza Ana,\n\nSegue em anexo a nossa carta de 25 de novembro")
    assert query["body"].endswith(f"(PDF saved in {pdf}, please attach it)")
    assert "&amp;" not in query["body"]
    assert dialog.chosen_outcome() is Outcome.LETTER_SENT
    dialog.save()
    with database.read() as session:
        letter_id = session.scalar(select(LetterRecord.id).where(LetterRecord.customer_id == ids["C0004"]))
        row = session.execute(select(ContactRow.channel, ContactRow.outcome, ContactRow.letter_id)).all()[-1]
    assert tuple(row) == ("email", "letter_sent", letter_id)
    assert item_of(database, ids["C0004"]) is None


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("C0001", "our records show £600.00 overdue on account C0001. Please pay by 5 Dec 2026"),
        ("C0003", "risulta scaduto l'importo di 200,00 £"),
        ("C0004", "lembramos que £ 150,00 vence em 27 de nov. de 2026"),
        ("C0005", "просрочена оплата 300,00 £. Просим оплатить до 5 дек. 2026 г. Тел."),
        ("C0006", "lejárt tartozása 250,00 GBP (ügyfélszám: C0006). Kérjük, rendezze. Határidő: 2026. dec. 5. Tel."),
    ],
)
def test_the_sms_text_is_short_in_the_customers_language_and_logged_as_a_message(
    open_dialog, ids: dict[str, int], database: Database, code: str, words: str
) -> None:
    dialog = open_dialog(ids[code])
    text = dialog.copy_sms()
    assert QGuiApplication.clipboard().text() == text
    assert len(text) <= 160
    assert text.startswith("Kershaw Motors: ")
    assert words in text
    assert "0113 496 0000" in text
    assert dialog.channel_code == "sms"
    dialog.save()  # the outcome chosen for it: a note, which leaves a call or letter step on the list
    assert contacts(database, ids[code])[-1][:2] == ("sms", "note")
    assert contacts(database, ids[code])[-1][4] == f"SMS: “{text}”"  # what was sent, as evidence
    assert item_of(database, ids[code]) is not None


def test_plain_text_is_not_escaped() -> None:
    assert fill_plain("{shop_name}: {x}", {"shop_name": "Smith & Sons <Garage>", "x": "£5"}) == (
        "Smith & Sons <Garage>: £5"
    )


def test_a_free_contact_and_a_correction(open_dialog, ids: dict[str, int], database: Database) -> None:
    dialog = open_dialog(ids["C0001"], item=None)
    assert dialog.windowTitle() == "Log a contact with Bradshaw Susan"
    assert Outcome.SKIPPED not in dialog.outcomes
    dialog.channel.setCurrentIndex(dialog.channel.findData("visit"))
    dialog.choose(Outcome.NOTE)
    dialog.note.setPlainText("Came in, will phone tomorrow")
    dialog.save()
    with database.read() as session:
        first_id = session.scalar(select(ContactRow.id).where(ContactRow.customer_id == ids["C0001"]))
    with database.read() as session:
        [entry] = contacts_of(session, ids["C0001"])
    correction = open_dialog(ids["C0001"], item=None, corrects=entry)
    assert correction.channel.currentData() == "visit"
    assert "never changed" in correction.findChild(QLabel, "outcome_correction").text()
    correction.choose(Outcome.NOTE)
    correction.save()
    assert correction.form.message("note") == "Say what was wrong in the entry you correct."
    correction.note.setPlainText("It was a phone call, not a visit")
    correction.save()
    with database.read() as session:
        query = select(ContactRow.id, ContactRow.note, ContactRow.corrects_id)
        rows = session.execute(query.where(ContactRow.customer_id == ids["C0001"]).order_by(ContactRow.id))
        assert [tuple(row) for row in rows] == [
            (first_id, "Came in, will phone tomorrow", None),
            (first_id + 1, "It was a phone call, not a visit", first_id),
        ]
