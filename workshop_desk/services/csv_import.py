"""Importing a CSV file: validate every row first, then write all of it in one transaction.

A file with any bad row imports nothing; :class:`CsvImportError` carries every problem with its
line number, so the user can fix the whole file in one go. Rows are checked against each other
(a code twice in the file) and against the database (a code that exists already, an invoice of
an unknown customer), so importing the same file twice is refused instead of doubling the data.

Order: customers, then invoices, then installments (plans replacing the one-installment plan
each invoice gets on import), then payments.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from workshop_desk.db import audit
from workshop_desk.db.models import (
    Customer,
    CustomerKind,
    InstallmentRow,
    Invoice,
    InvoiceStatus,
    PaymentMethod,
    PaymentRow,
)
from workshop_desk.db.session import Database
from workshop_desk.domain.countries import normalize_language
from workshop_desk.domain.identifiers import describe, email_problem, phone_problem, tax_id_problem
from workshop_desk.domain.money import format_plain
from workshop_desk.services.adjustments import kind_of_reference
from workshop_desk.services.csv_formats import FORMATS, Fields, RowError, read_rows

Progress = Callable[[int, int], bool]
"""Called with (rows done, rows in all); returning ``False`` cancels (nothing is written)."""

CHUNK = 2000


class CsvImportError(Exception):
    """The file was not imported; ``errors`` says why, line by line."""

    def __init__(self, path: Path, errors: list[RowError]) -> None:
        super().__init__(f"{path}: {len(errors)} problem(s), nothing imported")
        self.path = path
        self.errors = sorted(errors)


class ImportCancelledError(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class ImportSummary:
    kind: str
    rows: int
    notes: list[str] = field(default_factory=list)


def _length(table: Any, column: str) -> int:
    """The declared length of a text column, so an import refuses what the column cannot hold."""
    return int(table.c[column].type.length)


def import_csv(
    database: Database,
    kind: str,
    path: Path,
    *,
    allow_duplicate_payments: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import ``path`` as ``kind`` (customers, invoices, installments or payments).

    Raises:
        CsvImportError: any row is bad; nothing was written.
        ImportCancelledError: ``progress`` returned ``False``; nothing was written.
        OSError, UnicodeDecodeError: the file cannot be read.
    """
    csv_format = FORMATS[kind]
    rows, errors = read_rows(path, csv_format)
    with database.write() as session:
        importer = _IMPORTERS[kind](session, allow_duplicate_payments)
        records = [importer.check(row) for row in rows]
        errors += [error for row in rows for error in row.errors]
        errors += importer.check_file(records)
        if errors:
            raise CsvImportError(path, errors)
        summary = importer.write([record for record in records if record is not None], progress)
        if kind != "customers":  # money or plans: one entry in the audit trail for the whole file
            audit.record_bulk(session, "import", f"{summary.rows} {kind} imported from {path.name}")
        return summary


class _Importer:
    """Checks rows of one kind, then writes them. Subclasses fill in ``check`` and ``write``."""

    kind = ""

    def __init__(self, session: Session, allow_duplicate_payments: bool) -> None:
        self.session = session
        self.allow_duplicate_payments = allow_duplicate_payments

    def check(self, row: Fields) -> Any:
        raise NotImplementedError

    def check_file(self, records: list[Any]) -> list[RowError]:
        """Problems that only show across rows (sums of a plan); after every row was checked."""
        return []

    def write(self, records: list[Any], progress: Progress | None) -> ImportSummary:
        raise NotImplementedError

    def customer_ids(self) -> dict[str, int]:
        return {row.code: row.id for row in self.session.execute(select(Customer.code, Customer.id))}

    def insert_in_chunks(self, table: Any, records: list[dict[str, Any]], progress: Progress | None) -> None:
        for start in range(0, len(records), CHUNK):
            self.session.execute(insert(table), records[start : start + CHUNK])
            if progress is not None and not progress(min(start + CHUNK, len(records)), len(records)):
                raise ImportCancelledError()


def _check_new_key(row: Fields, label: str, key: str, existing: set[str], seen: dict[str, int]) -> None:
    """A code or number must be new to the database and appear once in the file."""
    if key in existing:
        row.error(f"{label} exists already")
    elif key in seen:
        row.error(f"{label} is also on line {seen[key]}")
    elif key:
        seen[key] = row.line


class _CustomerImporter(_Importer):
    kind = "customers"

    def __init__(self, session: Session, allow_duplicate_payments: bool) -> None:
        super().__init__(session, allow_duplicate_payments)
        self.existing_codes = set(self.customer_ids())
        self.tax_id_owner = {
            tax_id.upper(): code
            for code, tax_id in session.execute(select(Customer.code, Customer.tax_id).where(Customer.tax_id != ""))
        }
        self.seen_codes: dict[str, int] = {}

    def check(self, row: Fields) -> dict[str, Any]:
        table = Customer.__table__
        code = row.text("code", max_length=_length(table, "code"), required=True)
        country = row.text("country", max_length=2).upper()
        record: dict[str, Any] = {
            "code": code,
            "name": row.text("name", max_length=_length(table, "name"), required=True),
            "kind": row.choice("kind", tuple(CustomerKind), default=CustomerKind.PERSON),
            "tax_id": row.text("tax_id", max_length=_length(table, "tax_id")),
            "email": row.text("email", max_length=_length(table, "email")),
            "phone": row.text("phone", max_length=_length(table, "phone")),
            "address": row.text("address", max_length=_length(table, "address")),
            "postal_code": row.text("postal_code", max_length=_length(table, "postal_code")),
            "city": row.text("city", max_length=_length(table, "city")),
            "country": country,
            "language": row.text("language", max_length=8),
            "debt_limit_cents": row.amount("debt_limit", required=False),
            "notes": row.text("notes", max_length=10_000),
        }
        if country and not (len(country) == 2 and country.isalpha() and country.isascii()):
            row.error(f"country {country!r} is not a two-letter country code (IT, RU, BR, HU, GB…)")
        language = normalize_language(record["language"])
        if language is None:
            row.error(f"language {record['language']!r} is not one of en, it, ru, pt_BR, hu")
        record["language"] = language or ""
        for problem in (
            tax_id_problem(country, record["tax_id"]),
            email_problem(record["email"]),
            phone_problem(record["phone"]),
        ):
            if problem is not None:
                row.error(describe(problem, country))
        _check_new_key(row, f"customer {code}", code, self.existing_codes, self.seen_codes)
        tax_key = record["tax_id"].upper()
        if tax_key:
            owner = self.tax_id_owner.get(tax_key)
            if owner is not None and owner != code:
                row.error(f"tax id {record['tax_id']} belongs to customer {owner} already")
            else:
                self.tax_id_owner[tax_key] = code
        return record

    def write(self, records: list[dict[str, Any]], progress: Progress | None) -> ImportSummary:
        self.insert_in_chunks(Customer, records, progress)
        return ImportSummary(self.kind, len(records))


class _InvoiceImporter(_Importer):
    kind = "invoices"

    def __init__(self, session: Session, allow_duplicate_payments: bool) -> None:
        super().__init__(session, allow_duplicate_payments)
        self.customers = self.customer_ids()
        self.existing_numbers = set(session.scalars(select(Invoice.number)))
        self.seen_numbers: dict[str, int] = {}

    def check(self, row: Fields) -> dict[str, Any]:
        table = Invoice.__table__
        number = row.text("number", max_length=_length(table, "number"), required=True)
        customer_code = row.text("customer_code", max_length=_length(Customer.__table__, "code"), required=True)
        issue_date, due_date = row.day("issue_date"), row.day("due_date")
        total = row.amount("total") or 0
        deposit = row.amount("deposit", required=False) or 0
        record = {
            "number": number,
            "customer_id": self.customers.get(customer_code),
            "issue_date": issue_date,
            "due_date": due_date,
            "total_cents": total,
            "deposit_cents": deposit,
            "description": row.text("description", max_length=10_000),
            "status": row.choice("status", tuple(InvoiceStatus), default=InvoiceStatus.OPEN),
        }
        if customer_code and record["customer_id"] is None:
            row.error(f"customer {customer_code} does not exist (import customers first)")
        if deposit > total:
            row.error(f"deposit {format_plain(deposit)} is larger than the total {format_plain(total)}")
        if date.min not in (issue_date, due_date) and due_date < issue_date:
            row.error(f"due_date {due_date} is before issue_date {issue_date}")
        _check_new_key(row, f"invoice {number}", number, self.existing_numbers, self.seen_numbers)
        return record

    def write(self, records: list[dict[str, Any]], progress: Progress | None) -> ImportSummary:
        ids: list[int] = []
        for start in range(0, len(records), CHUNK):
            chunk = records[start : start + CHUNK]
            ids += self.session.scalars(
                insert(Invoice).returning(Invoice.id, sort_by_parameter_order=True), chunk
            ).all()
            if progress is not None and not progress(min(start + CHUNK, len(records)), len(records)):
                raise ImportCancelledError()
        plans = [
            {
                "invoice_id": invoice_id,
                "seq": 1,
                "due_date": record["due_date"],
                "amount_cents": record["total_cents"] - record["deposit_cents"],
            }
            for invoice_id, record in zip(ids, records, strict=True)
        ]
        self.insert_in_chunks(InstallmentRow, plans, None)
        return ImportSummary(self.kind, len(records))


@dataclass
class _PlannedRow:
    line: int
    invoice_number: str
    due_date: date
    amount: int
    readable: bool = True  # False when the row had its own errors: its sum would mislead


def _by_invoice(records: list[_PlannedRow]) -> dict[str, list[_PlannedRow]]:
    plans: dict[str, list[_PlannedRow]] = defaultdict(list)
    for record in records:
        plans[record.invoice_number].append(record)
    return plans


class _InstallmentImporter(_Importer):
    kind = "installments"

    def __init__(self, session: Session, allow_duplicate_payments: bool) -> None:
        super().__init__(session, allow_duplicate_payments)
        self.invoices = {
            number: (invoice_id, issue_date, total - deposit)
            for number, invoice_id, issue_date, total, deposit in session.execute(
                select(Invoice.number, Invoice.id, Invoice.issue_date, Invoice.total_cents, Invoice.deposit_cents)
            )
        }

    def check(self, row: Fields) -> _PlannedRow:
        number = row.text("invoice_number", max_length=_length(Invoice.__table__, "number"), required=True)
        planned = _PlannedRow(row.line, number, row.day("due_date"), row.amount("amount") or 0)
        planned.readable = not row.errors
        invoice = self.invoices.get(number)
        if number and invoice is None:
            row.error(f"invoice {number} does not exist (import invoices first)")
        elif invoice is not None and planned.due_date != date.min and planned.due_date < invoice[1]:
            row.error(f"due_date {planned.due_date} is before the invoice's issue date {invoice[1]}")
        return planned

    def check_file(self, records: list[_PlannedRow]) -> list[RowError]:
        errors = []
        for number, planned in _by_invoice(records).items():
            invoice = self.invoices.get(number)
            if invoice is None or not all(item.readable for item in planned):
                continue
            planned_sum = sum(item.amount for item in planned)
            if planned_sum != invoice[2]:
                lines = ", ".join(str(item.line) for item in planned)
                errors.append(
                    RowError(
                        planned[0].line,
                        f"the installments of invoice {number} (lines {lines}) add up to "
                        f"{format_plain(planned_sum)}, but its total less deposit is "
                        f"{format_plain(invoice[2])}",
                    )
                )
        return errors

    def write(self, records: list[_PlannedRow], progress: Progress | None) -> ImportSummary:
        plans = _by_invoice(records)
        invoice_ids = [self.invoices[number][0] for number in plans]
        for start in range(0, len(invoice_ids), CHUNK):
            self.session.execute(
                delete(InstallmentRow).where(InstallmentRow.invoice_id.in_(invoice_ids[start : start + CHUNK]))
            )
        rows = [
            {
                "invoice_id": self.invoices[number][0],
                "seq": seq,
                "due_date": item.due_date,
                "amount_cents": item.amount,
            }
            for number, planned in plans.items()
            for seq, item in enumerate(sorted(planned, key=lambda item: (item.due_date, item.line)), start=1)
        ]
        self.insert_in_chunks(InstallmentRow, rows, progress)
        return ImportSummary(self.kind, len(records), [f"plans of {len(plans)} invoice(s) replaced"])


class _PaymentImporter(_Importer):
    kind = "payments"

    def __init__(self, session: Session, allow_duplicate_payments: bool) -> None:
        super().__init__(session, allow_duplicate_payments)
        self.customers = self.customer_ids()
        self.invoices = {
            number: (invoice_id, customer_id)
            for number, invoice_id, customer_id in session.execute(
                select(Invoice.number, Invoice.id, Invoice.customer_id)
            )
        }
        self.recorded: set[tuple[Any, ...]] | None = None
        if not allow_duplicate_payments:
            self.recorded = {
                tuple(row)
                for row in session.execute(
                    select(
                        PaymentRow.customer_id,
                        PaymentRow.invoice_id,
                        PaymentRow.date,
                        PaymentRow.amount_cents,
                        PaymentRow.method,
                        PaymentRow.reference,
                    )
                )
            }

    def check(self, row: Fields) -> dict[str, Any]:
        table = PaymentRow.__table__
        customer_code = row.text("customer_code", max_length=_length(Customer.__table__, "code"), required=True)
        number = row.text("invoice_number", max_length=_length(Invoice.__table__, "number"))
        record = {
            "customer_id": self.customers.get(customer_code),
            "invoice_id": None,
            "date": row.day("date"),
            "amount_cents": row.amount("amount", positive=True) or 0,
            "method": row.choice("method", tuple(PaymentMethod), default=PaymentMethod.OTHER),
            "reference": row.text("reference", max_length=_length(table, "reference")),
        }
        if customer_code and record["customer_id"] is None:
            row.error(f"customer {customer_code} does not exist (import customers first)")
        if number:
            invoice = self.invoices.get(number)
            if invoice is None:
                row.error(f"invoice {number} does not exist (import invoices first)")
            else:
                record["invoice_id"] = invoice[0]
                if record["customer_id"] is not None and invoice[1] != record["customer_id"]:
                    row.error(f"invoice {number} is not an invoice of customer {customer_code}")
        if self.recorded is not None and tuple(record.values()) in self.recorded:
            row.error(
                "this payment is recorded already (same customer, invoice, date, amount, method and "
                "reference); use --allow-duplicates if it really was paid twice"
            )
        # Write-offs and debt moved to a plan are exported with fixed references: read the kind back.
        record["kind"] = kind_of_reference(str(record["method"]), str(record["reference"]))
        return record

    def write(self, records: list[dict[str, Any]], progress: Progress | None) -> ImportSummary:
        self.insert_in_chunks(PaymentRow, records, progress)
        return ImportSummary(self.kind, len(records))


_IMPORTERS: dict[str, type[_Importer]] = {
    importer.kind: importer
    for importer in (_CustomerImporter, _InvoiceImporter, _InstallmentImporter, _PaymentImporter)
}
