"""E-mail and SMS without a server, and who is at the desk.

Nothing is sent by the program. An e-mail is *prepared*: the letter of the step's kind is produced
and recorded (:func:`~workshop_desk.services.letters.produce_letter`, one write transaction), its
PDF saved in ``<Documents>/Workshop Desk/<customer code>/``, and the user's mail program opened
with a ``mailto:`` address, subject and short body in the customer's language — the user
attaches the PDF and sends it. A text message is put on the clipboard, to send from the shop's
phone. Both are logged as contacts only when the user confirms in the outcome dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl

from workshop_desk.db.audit import login_name
from workshop_desk.db.session import Database
from workshop_desk.files import name_part, write_bytes_atomically
from workshop_desk.letters.plain import email_text
from workshop_desk.letters.sms import sms_text
from workshop_desk.services.customers import get_customer
from workshop_desk.services.letters import LetterRefusedError, compose_letter, produce_letter
from workshop_desk.ui import state
from workshop_desk.ui.dialogs.letter_names import pdf_file_name

APP_FOLDER = "Workshop Desk"
USER_KEY = "user/name"
FALLBACK_KINDS = ("reminder", "courtesy")
"""Tried in turn when the step's own letter kind does not fit the account any more."""


def current_user() -> str:
    """Who is logging contacts: the name set in the settings (``user/name``), else the OS login name."""
    name = state.settings().value(USER_KEY, "")
    if isinstance(name, str) and name.strip():
        return name.strip()
    return login_name()


def now_on(day: date) -> datetime:
    """The present moment, on ``day``: the window's day may be set ahead (``--as-of``) or be yesterday's
    after midnight, and the contact must count on the day the agenda shows."""
    now = datetime.now()
    return now if now.date() == day else datetime.combine(day, now.time())


def documents_folder() -> Path:
    """The user's documents folder (the home folder when the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def customer_folder(code: str, documents: Path | None = None) -> Path:
    """``<Documents>/Workshop Desk/<code>/``, created if needed (the code made safe as a folder name)."""
    safe = name_part(code, "customer")
    folder = (documents or documents_folder()) / APP_FOLDER / safe
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _free_path(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or ``name (2)``… when a file of that name is there already."""
    path = folder / name
    number = 2
    while path.exists():
        path = folder / f"{Path(name).stem} ({number}){Path(name).suffix}"
        number += 1
    return path


@dataclass(frozen=True)
class PreparedEmail:
    url: QUrl
    path: Path
    letter_id: int
    kind: str
    subject: str
    body: str
    address: str


def letter_kinds(kind: str | None) -> list[str]:
    """The kinds to try for a step's letter, the step's own first."""
    return list(dict.fromkeys([kind, *FALLBACK_KINDS] if kind else FALLBACK_KINDS))


def prepare_email(
    database: Database, customer_id: int, kind: str | None, day: date, documents: Path | None = None
) -> PreparedEmail:
    """Produce and record the letter, save its PDF, and build the ``mailto:`` address (not opened here).

    Raises:
        LetterRefusedError: no kind tried fits the account (it is paid, say).
        OSError: the PDF cannot be written (then nothing is recorded).
    """
    error: LetterRefusedError | None = None
    for candidate in letter_kinds(kind):
        try:
            with database.write() as session:
                customer = get_customer(session, customer_id).data
                produced = produce_letter(session, customer_id, candidate, day)
                folder = customer_folder(customer.code, documents)
                path = _free_path(folder, pdf_file_name(customer.code, candidate, day))
                write_bytes_atomically(path, produced.pdf)  # inside the transaction: a file not written records nothing
        except LetterRefusedError as refused:
            error = refused
            continue
        text = email_text(produced.content)
        note = QCoreApplication.translate("Messages", "(PDF saved in {path}, please attach it)").format(path=path)
        body = f"{text.body}\n\n{note}"
        return PreparedEmail(
            mailto_url(customer.email, text.subject, body),
            path,
            produced.record_id,
            candidate,
            text.subject,
            body,
            customer.email,
        )
    assert error is not None
    raise error


def mailto_url(address: str, subject: str, body: str) -> QUrl:
    """A ``mailto:`` URL with the subject and body percent-encoded (RFC 6068: spaces as ``%20``)."""
    encoded = f"mailto:{quote(address, safe='@')}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return QUrl.fromEncoded(encoded.encode("ascii"))


def prepare_sms(database: Database, customer_id: int, kind: str | None, day: date) -> str:
    """The text message for the step's kind in the customer's language (nothing is recorded).

    Raises:
        LetterRefusedError: no kind tried fits the account.
    """
    error: LetterRefusedError | None = None
    for candidate in letter_kinds(kind):
        try:
            with database.read() as session:
                content = compose_letter(session, customer_id, candidate, day)
        except LetterRefusedError as refused:
            error = refused
            continue
        return sms_text(content)
    assert error is not None
    raise error
