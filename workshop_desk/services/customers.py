"""Customers and their vehicles: read one, check one, save one.

Field checks (:func:`check_customer`) return problem codes per field, which the window turns
into sentences in the user's language next to each field. Saving refuses a duplicate code or a
tax id another customer already has (:class:`DuplicateCustomerError`, naming that customer so
the window can offer to open it), and a record another desk changed meanwhile
(:class:`StaleRecordError`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from workshop_desk.db.models import Customer, CustomerKind, Vehicle
from workshop_desk.domain.identifiers import (
    IdProblem,
    email_problem,
    iban_problem,
    phone_problem,
    tax_id_problem,
)
from workshop_desk.domain.money import Cents


class FieldProblem(StrEnum):
    """Why a field of a form is refused (besides the identifier problems of IdProblem)."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    NEGATIVE = "negative"
    COUNTRY = "country"


Problem = FieldProblem | IdProblem


@dataclass(frozen=True)
class CustomerData:
    """What the customer form edits (plain values; the limit in cents, ``None`` = no limit)."""

    code: str
    name: str
    kind: str = CustomerKind.PERSON
    tax_id: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    language: str = ""
    iban: str = ""
    debt_limit: Cents | None = None
    blocked: bool = False
    notes: str = ""
    ladder_rules: str = ""
    """JSON exceptions to the collection ladder (see :func:`workshop_desk.services.collections.customer_rules`)."""


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    version: int
    data: CustomerData


@dataclass(frozen=True)
class VehicleRecord:
    id: int
    identifier: str
    description: str


class DuplicateCustomerError(Exception):
    """Another customer has the same code or tax id."""

    def __init__(self, field: str, existing_id: int, existing_code: str, existing_name: str) -> None:
        super().__init__(f"{field} belongs to customer {existing_code} ({existing_name})")
        self.field = field
        self.existing_id = existing_id
        self.existing_code = existing_code
        self.existing_name = existing_name


class StaleRecordError(Exception):
    """The record was changed by someone else since it was read: reload it and try again."""


MAX_LENGTHS = {
    "code": 32,
    "name": 200,
    "tax_id": 40,
    "email": 200,
    "phone": 40,
    "address": 200,
    "postal_code": 20,
    "city": 100,
    "iban": 40,
    "notes": 10_000,
}
_DATA_FIELDS = [field.name for field in fields(CustomerData)]


def check_customer(data: CustomerData, shop_country: str) -> dict[str, Problem]:
    """Problems with the fields of ``data``, by field name (empty when it can be saved).

    The tax id is checked for the customer's country, or the shop's when none is given.
    """
    problems: dict[str, Problem] = {}
    for name in ("code", "name"):
        if not getattr(data, name).strip():
            problems[name] = FieldProblem.REQUIRED
    for name, limit in MAX_LENGTHS.items():
        if name not in problems and len(getattr(data, name)) > limit:
            problems[name] = FieldProblem.TOO_LONG
    if data.country and not re.fullmatch(r"[A-Z]{2}", data.country):
        problems["country"] = FieldProblem.COUNTRY
    if data.debt_limit is not None and data.debt_limit < 0:
        problems["debt_limit"] = FieldProblem.NEGATIVE
    checks = {
        "tax_id": tax_id_problem(data.country or shop_country, data.tax_id),
        "email": email_problem(data.email),
        "phone": phone_problem(data.phone),
        "iban": iban_problem(data.iban),
    }
    for name, problem in checks.items():
        if problem is not None:
            problems.setdefault(name, problem)
    return problems


def next_customer_code(session: Session) -> str:
    """A free code following the shop's numbering (``C0042`` after ``C0041``)."""
    codes = session.scalars(select(Customer.code).order_by(Customer.id.desc()).limit(50)).all()
    for code in codes:
        match = re.fullmatch(r"(.*?)(\d+)", code)
        if match:
            prefix, digits = match.groups()
            number = int(digits) + 1
            while True:
                candidate = f"{prefix}{number:0{len(digits)}d}"
                if not session.scalar(select(func.count()).where(Customer.code == candidate)):
                    return candidate
                number += 1
    count = session.scalar(select(func.count()).select_from(Customer)) or 0
    return f"C{count + 1:04d}"


def get_customer(session: Session, customer_id: int) -> CustomerRecord:
    row = session.get_one(Customer, customer_id)
    values = {name: getattr(row, name) for name in _DATA_FIELDS if name != "debt_limit"}
    return CustomerRecord(row.id, row.version, CustomerData(debt_limit=row.debt_limit_cents, **values))


def find_duplicate(session: Session, data: CustomerData, exclude_id: int | None) -> DuplicateCustomerError | None:
    """Another customer with the same code, or with the same tax id (spaces and case ignored)."""
    others = select(Customer.id, Customer.code, Customer.name)
    if exclude_id is not None:
        others = others.where(Customer.id != exclude_id)
    same_code = session.execute(others.where(Customer.code == data.code.strip())).first()
    if same_code is not None:
        return DuplicateCustomerError("code", *same_code)
    tax_id = _compact(data.tax_id)
    if tax_id:
        compact_column: ColumnElement[str] = Customer.tax_id.expression
        for separator in (" ", ".", "-", "/"):
            compact_column = func.replace(compact_column, separator, "")
        compact_column = func.upper(compact_column)
        same_tax_id = session.execute(others.where(compact_column == tax_id)).first()
        if same_tax_id is not None:
            return DuplicateCustomerError("tax_id", *same_tax_id)
    return None


def _compact(tax_id: str) -> str:
    """A tax id without the separators people write in it (``123.456.789-09`` → ``12345678909``)."""
    return "".join(char for char in tax_id if char.isalnum()).upper()


def save_customer(
    session: Session,
    data: CustomerData,
    customer_id: int | None = None,
    version: int | None = None,
    *,
    code_was_suggested: bool = False,
) -> int:
    """Create a customer (``customer_id`` None) or update one read at ``version``; returns the id.

    ``code_was_suggested``: the code is the one :func:`next_customer_code` proposed when the form
    opened; if another desk has taken it meanwhile, the next free one is used instead of
    refusing a code the user never chose.

    Raises:
        DuplicateCustomerError: the code or tax id belongs to another customer.
        StaleRecordError: someone else saved the customer since it was read.
    """
    if code_was_suggested and customer_id is None:
        taken = session.scalar(select(func.count()).where(Customer.code == data.code.strip()))
        if taken:
            data = replace(data, code=next_customer_code(session))
    duplicate = find_duplicate(session, data, customer_id)
    if duplicate is not None:
        raise duplicate
    values = {name: value for name, value in asdict(data).items() if name != "debt_limit"}
    values = {name: value.strip() if isinstance(value, str) else value for name, value in values.items()}
    if customer_id is None:
        row = Customer(debt_limit_cents=data.debt_limit, **values)
        session.add(row)
        session.flush()
        return row.id
    row = session.get_one(Customer, customer_id)
    if version is not None and row.version != version:
        raise StaleRecordError()
    for name, value in values.items():
        setattr(row, name, value)
    row.debt_limit_cents = data.debt_limit
    try:
        session.flush()
    except StaleDataError as error:
        raise StaleRecordError() from error
    return row.id


def vehicles_of(session: Session, customer_id: int) -> list[VehicleRecord]:
    rows = session.execute(
        select(Vehicle.id, Vehicle.identifier, Vehicle.description)
        .where(Vehicle.customer_id == customer_id)
        .order_by(Vehicle.id)
    )
    return [VehicleRecord(*row) for row in rows]


def add_vehicle(session: Session, customer_id: int, identifier: str, description: str) -> int:
    """Register a vehicle (plate) or device (serial number) of a customer; returns its id."""
    if not identifier.strip():
        raise ValueError("a vehicle or device needs a plate or serial number")
    row = Vehicle(customer_id=customer_id, identifier=identifier.strip().upper(), description=description.strip())
    session.add(row)
    session.flush()
    return row.id
