"""A customer's contact log: one row per entry, newest first, as evidence reads it.

Rows are :class:`~workshop_desk.services.collections.ContactEntry` values. A promise shows its
amount and date, a dispute its reason; a correction names the entry it corrects, and an entry
that was corrected is greyed with a tooltip naming the correction (it is never changed).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workshop_desk.services.collections import ContactEntry, Outcome
from workshop_desk.ui.collection_names import channel_name, outcome_name, step_name
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.models.base import ListTableModel

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
CORRECTED_COLOUR = "#8a8a8a"
DISPUTE_COLOUR = "#fde2e1"
PROMISE_COLOUR = "#e3f2e6"


class ContactsModel(ListTableModel):
    COL_WHEN, COL_CHANNEL, COL_OUTCOME, COL_STEP, COL_USER, COL_NOTE = range(6)

    def __init__(self, formats: Formats, parent: Any = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._rows: list[ContactEntry] = []
        self._by_id: dict[int, ContactEntry] = {}
        self._headers = [
            QCoreApplication.translate("ContactsModel", "When"),
            QCoreApplication.translate("ContactsModel", "How"),
            QCoreApplication.translate("ContactsModel", "Outcome"),
            QCoreApplication.translate("ContactsModel", "Step"),
            QCoreApplication.translate("ContactsModel", "By"),
            QCoreApplication.translate("ContactsModel", "Note"),
        ]

    def set_entries(self, entries: list[ContactEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self._by_id = {entry.id: entry for entry in entries}
        self.endResetModel()

    def entry(self, row: int) -> ContactEntry:
        return self._rows[row]

    def when(self, entry: ContactEntry) -> str:
        return f"{self._formats.short_day(entry.at.date())} {entry.at:%H:%M}"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, index.column())
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole and entry.corrected_by:
            return QBrush(QColor(CORRECTED_COLOUR))
        if role == Qt.ItemDataRole.BackgroundRole and not entry.corrected_by:
            colour = {Outcome.DISPUTED: DISPUTE_COLOUR, Outcome.PROMISED: PROMISE_COLOUR}.get(entry.outcome)  # type: ignore[call-overload]
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        return None

    def _display(self, entry: ContactEntry, column: int) -> str:
        if column == self.COL_WHEN:
            return self.when(entry)
        if column == self.COL_CHANNEL:
            return channel_name(entry.channel)
        if column == self.COL_OUTCOME:
            return self.outcome_text(entry)
        if column == self.COL_STEP:
            return step_name(entry.step_key) if entry.step_key else ""
        if column == self.COL_USER:
            return entry.user
        return self.note_text(entry)

    def outcome_text(self, entry: ContactEntry) -> str:
        if entry.outcome == Outcome.PROMISED and entry.promise_until is not None:
            return QCoreApplication.translate("ContactsModel", "Promised to pay {amount} by {day}").format(
                amount=self._formats.money(entry.promise_amount or 0), day=self._formats.short_day(entry.promise_until)
            )
        return outcome_name(entry.outcome)

    def note_text(self, entry: ContactEntry) -> str:
        note = " ".join(entry.note.split())
        if entry.corrects_id is None:
            return note
        corrected = self._by_id.get(entry.corrects_id)
        where = self.when(corrected) if corrected else f"#{entry.corrects_id}"
        return QCoreApplication.translate("ContactsModel", "Corrects the entry of {when}: {note}").format(
            when=where, note=note
        )

    def details(self, entry: ContactEntry) -> str:
        """The whole entry in a few lines (the note in full, the correction links), for under the list."""
        head = " · ".join(
            part
            for part in (self.when(entry), channel_name(entry.channel), self.outcome_text(entry),
                         step_name(entry.step_key) if entry.step_key else "", entry.user)
            if part
        )  # fmt: skip
        return "\n".join(part for part in (head, self.note_text(entry), self._tooltip(entry, with_note=False)) if part)

    def _tooltip(self, entry: ContactEntry, *, with_note: bool = True) -> str:
        lines = [entry.note] if entry.note and with_note else []
        for correction_id in entry.corrected_by:
            correction = self._by_id.get(correction_id)
            if correction is not None:
                lines.append(
                    QCoreApplication.translate("ContactsModel", "Corrected by the entry of {when}").format(
                        when=self.when(correction)
                    )
                )
        if entry.letter_id is not None:
            lines.append(
                QCoreApplication.translate("ContactsModel", "A letter was recorded with this contact (see Letters)")
            )
        return "\n".join(lines)
