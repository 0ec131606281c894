"""The tables of a shop's database, as SQLAlchemy 2.x declarative models.

Conventions:

* Money columns end in ``_cents`` and hold integer hundredths of the shop's currency
  (:mod:`workshop_desk.domain.money`); they are ``BigInteger`` so the same schema works on
  PostgreSQL. No floating-point column exists.
* Dates are ``Date``; instants are ``DateTime`` in UTC.
* Customers and invoices carry a ``version`` counter (SQLAlchemy's optimistic concurrency
  check), so a second desk saving a stale copy of a record is refused instead of overwriting.
* Derived facts — balances, "paid", "overdue" — are never stored: they are computed as of a
  date by :mod:`workshop_desk.domain`.
* The one derived text stored is ``search_text`` (customers, vehicles, invoices): the case-folded
  words the invoice search matches, written with the row (:mod:`workshop_desk.db.search_text`).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from workshop_desk.db import search_text as searching

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Named constraints, so that Alembic's batch mode can alter them on SQLite."""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class InvoiceStatus(StrEnum):
    OPEN = "open"
    VOID = "void"


class PaymentKind(StrEnum):
    """Money received, or a credit that is not money: a write-off, or a balance moved to a new plan."""

    PAYMENT = "payment"
    WRITE_OFF = "write_off"
    RESCHEDULE = "reschedule"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"
    OTHER = "other"


class ShopProfile(Base):
    """The shop itself: letterhead, bank details, currency and language. A single row (id 1)."""

    __tablename__ = "shop_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="GB")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(40), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    account_number: Mapped[str] = mapped_column(String(40), default="", doc="a national account (RU)")
    correspondent_account: Mapped[str] = mapped_column(String(40), default="", doc="корр. счёт (RU)")
    pix_key: Mapped[str] = mapped_column(String(80), default="", doc="the shop's Pix key (BR)")
    currency: Mapped[str] = mapped_column(String(3), default="GBP")
    language: Mapped[str] = mapped_column(String(8), default="en")
    signatory: Mapped[str] = mapped_column(String(200), default="")
    signatory_role: Mapped[str] = mapped_column(String(200), default="")
    legal_note: Mapped[str] = mapped_column(String(300), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class Setting(Base):
    """A business setting (grace days, rates, ladder…) as a JSON text under a dotted key."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint("kind IN ('person', 'company')", name="kind"),
        CheckConstraint("debt_limit_cents IS NULL OR debt_limit_cents >= 0", name="debt_limit"),
        Index("ix_customer_name", "name"),
        Index("ix_customer_tax_id", "tax_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(8), default=CustomerKind.PERSON)
    name: Mapped[str] = mapped_column(String(200))
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    language: Mapped[str] = mapped_column(String(8), default="", doc="preferred letter language")
    iban: Mapped[str] = mapped_column(String(40), default="", server_default="")
    debt_limit_cents: Mapped[int | None] = mapped_column(
        BigInteger, default=None, doc="None: no limit; 0: no credit at all"
    )
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    ladder_rules: Mapped[str] = mapped_column(
        Text,
        default="",
        server_default="",
        doc='JSON exceptions to the ladder: {"no_actions": ["phone"], "start_offset": 7}',
    )
    handed_over_on: Mapped[dt.date | None] = mapped_column(Date, default=None, doc="handed to a lawyer or collector")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)
    search_text: Mapped[str] = mapped_column(
        Text,
        default=searching.default_for("customer"),
        server_default="",
        doc="code, name and phone, case-folded for the invoice search (db/search_text.py)",
    )

    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="customer")
    invoices: Mapped[list[Invoice]] = relationship(back_populates="customer")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a plain dict)


class Vehicle(Base):
    """A vehicle (by plate) or device (by serial number) the shop repairs for a customer."""

    __tablename__ = "vehicle"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    identifier: Mapped[str] = mapped_column(String(40), index=True, doc="plate or serial number")
    description: Mapped[str] = mapped_column(String(200), default="")
    search_text: Mapped[str] = mapped_column(
        Text,
        default=searching.default_for("vehicle"),
        server_default="",
        doc="the identifier, case-folded for the invoice search (db/search_text.py)",
    )

    customer: Mapped[Customer] = relationship(back_populates="vehicles")


class Invoice(Base):
    """An invoice or work order: what the customer agreed to pay, and by when."""

    __tablename__ = "invoice"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'void')", name="status"),
        CheckConstraint("total_cents >= 0", name="total"),
        CheckConstraint("deposit_cents >= 0 AND deposit_cents <= total_cents", name="deposit"),
        CheckConstraint("due_date >= issue_date", name="due_after_issue"),
        # Covers the per-customer totals (account_totals) and reads (account_inputs) without
        # touching the table (migration 0007).
        Index("ix_invoice_customer_status_issue_number", "customer_id", "status", "issue_date", "number"),
        Index("ix_invoice_total", "total_cents"),  # the invoice list sorted by total
        Index("ix_invoice_due_date", "due_date"),  # … and by due date
        # The invoice search in the list's usual order reads this index alone, never the table
        # (db/search_text.py); an empty partial index on PostgreSQL, whose index entries cannot
        # hold a long description (migration 0008).
        Index(
            "ix_invoice_issue_search",
            "issue_date",
            "id",
            "customer_id",
            "vehicle_id",
            "search_text",
            postgresql_where=text("false"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicle.id"), default=None, index=True)
    issue_date: Mapped[dt.date] = mapped_column(Date, index=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    total_cents: Mapped[int] = mapped_column(BigInteger)
    deposit_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(8), default=InvoiceStatus.OPEN)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    credit_override: Mapped[str] = mapped_column(
        Text,
        default="",
        server_default="",
        doc="why the invoice was issued over the limit or to a blocked customer",
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)
    search_text: Mapped[str] = mapped_column(
        Text,
        default=searching.default_for("invoice"),
        server_default="",
        doc="number and description, case-folded for the search (db/search_text.py)",
    )

    customer: Mapped[Customer] = relationship(back_populates="invoices")
    vehicle: Mapped[Vehicle | None] = relationship()
    installments: Mapped[list[InstallmentRow]] = relationship(
        back_populates="invoice", order_by="InstallmentRow.seq", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class InstallmentRow(Base):
    """One dated part of an invoice's plan (``Row`` to keep it apart from the domain type)."""

    __tablename__ = "installment"
    __table_args__ = (
        UniqueConstraint("invoice_id", "seq", name="uq_installment_invoice_seq"),
        CheckConstraint("amount_cents >= 0", name="amount"),
        CheckConstraint("seq >= 1", name="seq"),
        # Covers account_totals and the reads of account_inputs (migration 0007).
        Index("ix_installment_invoice_due_amount_seq", "invoice_id", "due_date", "amount_cents", "seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount_cents: Mapped[int] = mapped_column(BigInteger)

    invoice: Mapped[Invoice] = relationship(back_populates="installments")


class PaymentRow(Base):
    """Money received from a customer, optionally tied to one of their invoices."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="amount"),
        CheckConstraint("method IN ('cash', 'card', 'transfer', 'other')", name="method"),
        # Covers account_totals and the reads of account_inputs (migration 0007).
        Index("ix_payment_customer_date_amount_invoice", "customer_id", "date", "amount_cents", "invoice_id"),
        Index("ix_payment_kind_date_amount", "kind", "date", "amount_cents"),  # sums of a kind over a period
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), default=None, index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(String(16), default=PaymentMethod.CASH)
    reference: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(16), default=PaymentKind.PAYMENT, server_default="payment")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class LetterRecord(Base):
    """A letter as it was produced: kind, language, figures, and the PDF itself (for reprints)."""

    __tablename__ = "letter"
    __table_args__ = (Index("ix_letter_customer_date", "customer_id", "letter_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    kind: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    letter_date: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date)
    principal_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    interest_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    fees_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class ContactRow(Base):
    """One contact with a customer: a call, message, letter or visit, and what came of it.

    Evidence: the program never changes an entry after the day it was made; a mistake is corrected
    by a new entry that points at the old one (``corrects_id``).
    """

    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_customer_at", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, doc="local date and time of the contact")
    day: Mapped[dt.date] = mapped_column(Date, doc="the local day, the key of the contact limits and the agenda")
    channel: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    step_key: Mapped[str] = mapped_column(String(40), default="", doc="the ladder step this contact was for")
    covered: Mapped[str] = mapped_column(Text, default="", doc="JSON [[installment id, step index], …] it completed")
    promise_until: Mapped[dt.date | None] = mapped_column(Date, default=None)
    promise_cents: Mapped[int | None] = mapped_column(BigInteger, default=None)
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letter.id"), default=None)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class ChargeRow(Base):
    """A fee charged to a customer by the collection process: charged once, never again.

    Kept apart from invoices (the law keeps such charges off the invoice): shown on the statement,
    claimed by the claim letter. The unique key makes a second charge of the same step impossible.
    """

    __tablename__ = "charge"
    __table_args__ = (UniqueConstraint("customer_id", "reason", name="uq_charge_customer_reason"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(120), doc="e.g. 'step:reminder:2026-03' — what makes it unique")
    description: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class AuditEntry(Base):
    """One change to money or credit terms: when, who, what, old → new (see :mod:`workshop_desk.db.audit`).

    Append-only: triggers in the database refuse any UPDATE or DELETE of this table.
    """

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_customer_at", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    user: Mapped[str] = mapped_column(String(100), default="")
    customer_id: Mapped[int | None] = mapped_column(Integer, default=None, doc="no foreign key: history outlives rows")
    entity: Mapped[str] = mapped_column(String(20), doc="invoice, installment, payment, charge, customer, import")
    entity_id: Mapped[int | None] = mapped_column(Integer, default=None)
    action: Mapped[str] = mapped_column(String(10), doc="create, change, delete")
    field: Mapped[str] = mapped_column(String(40), default="")
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")


searching.install((Customer, Vehicle, Invoice))
