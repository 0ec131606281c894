"""A customer's history of changes to money and credit terms, and their personal data on request.

The history is the audit trail (:mod:`workshop_desk.db.audit`): read-only here, as everywhere.
The two privacy actions — export everything held about the customer, erase what the law allows —
are here because they belong to the same question: what does the shop keep about this person?
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_desk.db.session import Database
from workshop_desk.i18n.qt import translated
from workshop_desk.services.customers import get_customer
from workshop_desk.services.history import HistoryLine, change_history
from workshop_desk.services.privacy import PrivacyError, erase_customer, export_personal_data
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.models.rows_model import DisplayRow, RowsModel


def entity_name(entity: str) -> str:
    names = {
        "invoice": QCoreApplication.translate("HistoryDialog", "Invoice"),
        "installment": QCoreApplication.translate("HistoryDialog", "Installment"),
        "payment": QCoreApplication.translate("HistoryDialog", "Payment"),
        "charge": QCoreApplication.translate("HistoryDialog", "Collection charge"),
        "customer": QCoreApplication.translate("HistoryDialog", "Customer"),
        "import": QCoreApplication.translate("HistoryDialog", "Import"),
    }
    return names.get(entity, entity)


def field_name(field: str) -> str:
    names = {
        "number": QCoreApplication.translate("HistoryDialog", "number"),
        "customer_id": QCoreApplication.translate("HistoryDialog", "customer"),
        "invoice_id": QCoreApplication.translate("HistoryDialog", "invoice"),
        "issue_date": QCoreApplication.translate("HistoryDialog", "issue date"),
        "due_date": QCoreApplication.translate("HistoryDialog", "due date"),
        "total_cents": QCoreApplication.translate("HistoryDialog", "total"),
        "deposit_cents": QCoreApplication.translate("HistoryDialog", "deposit"),
        "status": QCoreApplication.translate("HistoryDialog", "status"),
        "void_reason": QCoreApplication.translate("HistoryDialog", "reason for voiding"),
        "credit_override": QCoreApplication.translate("HistoryDialog", "reason for credit beyond the limit"),
        "seq": QCoreApplication.translate("HistoryDialog", "installment number"),
        "amount_cents": QCoreApplication.translate("HistoryDialog", "amount"),
        "date": QCoreApplication.translate("HistoryDialog", "date"),
        "day": QCoreApplication.translate("HistoryDialog", "date"),
        "kind": QCoreApplication.translate("HistoryDialog", "kind"),
        "method": QCoreApplication.translate("HistoryDialog", "method"),
        "reason": QCoreApplication.translate("HistoryDialog", "reason"),
        "debt_limit_cents": QCoreApplication.translate("HistoryDialog", "debt limit"),
        "blocked": QCoreApplication.translate("HistoryDialog", "blocked"),
        "handed_over_on": QCoreApplication.translate("HistoryDialog", "handed over on"),
    }
    return names.get(field, field)


def value_name(value: str) -> str:
    """Stored codes (invoice status, payment kind and method) in words."""
    names = {
        "open": QCoreApplication.translate("HistoryDialog", "open"),
        "void": QCoreApplication.translate("HistoryDialog", "void"),
        "payment": QCoreApplication.translate("HistoryDialog", "payment"),
        "write_off": QCoreApplication.translate("HistoryDialog", "write-off"),
        "reschedule": QCoreApplication.translate("HistoryDialog", "moved to a new plan"),
        "cash": QCoreApplication.translate("HistoryDialog", "cash"),
        "card": QCoreApplication.translate("HistoryDialog", "card"),
        "transfer": QCoreApplication.translate("HistoryDialog", "bank transfer"),
        "other": QCoreApplication.translate("HistoryDialog", "other"),
    }
    return names.get(value, value)


def action_name(action: str) -> str:
    names = {
        "create": QCoreApplication.translate("HistoryDialog", "added"),
        "change": QCoreApplication.translate("HistoryDialog", "changed"),
        "delete": QCoreApplication.translate("HistoryDialog", "removed"),
    }
    return names.get(action, action)


class HistoryDialog(QDialog):
    """History of changes for one customer, with the personal-data actions."""

    def __init__(
        self, database: Database, formats: Formats, customer_id: int, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.formats = formats
        self.customer_id = customer_id
        self.today = today
        with database.read() as session:
            record = get_customer(session, customer_id)
            lines = change_history(session, customer_id)
        self.customer_code, self.customer_name = record.data.code, record.data.name
        self.language = record.data.language or formats.locale.language
        self.setWindowTitle(self.tr("History of {name}").format(name=self.customer_name))
        note = QLabel(
            self.tr(
                "Every change to invoices, installments, payments, write-offs and credit terms, newest "
                "first: when, who, and the value before and after. Nobody can edit this history."
            )
        )
        note.setWordWrap(True)
        self.model = RowsModel([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change")], self)
        lines = [line for line in lines if line.field != "customer_id" or line.action != "create"]
        self.model.set_rows([self._row(line) for line in lines])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.empty = QLabel(self.tr("No changes recorded yet."))
        self.empty.setVisible(not lines)
        self.export_button = QPushButton(self.tr("E&xport personal data…"))
        self.export_button.setToolTip(
            self.tr("Everything the shop holds about this customer, as a JSON file and a readable PDF")
        )
        self.erase_button = QPushButton(self.tr("&Erase personal data…"))
        self.export_button.clicked.connect(self.export_data)
        self.erase_button.clicked.connect(self.erase_data)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def _row(self, line: HistoryLine) -> DisplayRow:
        when = self.formats.day(line.at.date()) + line.at.astimezone().strftime(" %H:%M")
        what = entity_name(line.entity) + (f" {line.reference}" if line.reference else "")
        old, new = self._value(line, line.old), self._value(line, line.new)
        if line.action == "create":
            change = f"{field_name(line.field)}: {new}" if line.field else new
        elif line.action == "delete":
            change = f"{field_name(line.field)}: {old}"
        else:
            change = f"{field_name(line.field)}: {old} → {new}"
        cells = (when, line.user, f"{what} · {action_name(line.action)}", change)
        return DisplayRow(cells, sort_keys=(line.at, line.user, what, change))

    def _value(self, line: HistoryLine, text: str) -> str:
        if not text:
            return "—"
        if line.is_money and text.lstrip("-").isdigit():
            return self.formats.money(int(text))
        if text == "yes":
            return self.tr("yes")
        if text == "no":
            return self.tr("no")
        if line.field in {"status", "kind", "method"}:
            return value_name(text)
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            try:
                return self.formats.day(date.fromisoformat(text))
            except ValueError:
                return text
        return text

    def export_data(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the personal data files"), start)
        if not folder:
            return
        with self.database.read() as session:
            json_path, pdf_path = export_personal_data(
                session, self.customer_id, Path(folder), self.today, self.language
            )
        QMessageBox.information(
            self,
            self.tr("Personal data exported"),
            self.tr("Written, readable by you only:\n{json}\n{pdf}").format(json=str(json_path), pdf=str(pdf_path)),
        )

    def erase_data(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase the personal data of {name}?\n\nE-mail, phone, IBAN, notes, vehicles and the notes "
                "of the contact log are erased now. Name, tax id and address stay while the law requires "
                "the invoices to be kept; amounts and dates stay as accounting records. This cannot be undone."
            ).format(name=self.customer_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.database.write() as session:
                report = erase_customer(session, self.customer_id, self.today)
        except PrivacyError as error:
            QMessageBox.warning(self, self.tr("Not erased"), translated(error))
            return
        if report.kept_until is not None:
            text = self.tr("Erased. Name, tax id and address are kept until {day}, when the invoices may be discarded.")
            text = text.format(day=self.formats.day(report.kept_until))
        else:
            text = self.tr("Erased. Only amounts and dates remain, under the customer code.")
        QMessageBox.information(self, self.tr("Personal data erased"), text)
        self.accept()
