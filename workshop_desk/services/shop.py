"""The shop's own profile: who is writing the letters, in which language and currency.

:func:`shop_problems` is the one check of a profile (the first-start and the settings dialogs
word its codes next to the fields); :func:`update_shop` saves an edited profile, in the caller's
write transaction, refusing a change of currency once amounts are stored (they are minor units
of the shop's currency: 100,00 € would silently become 100,00 Ft).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from enum import StrEnum

from babel import Locale
from babel.numbers import is_currency
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from workshop_desk.db.models import ChargeRow, Customer, Invoice, PaymentRow, ShopProfile
from workshop_desk.domain.countries import SUPPORTED_LANGUAGES, WHOLE_UNIT_CURRENCIES
from workshop_desk.domain.identifiers import (
    IdProblem,
    bic_problem,
    email_problem,
    iban_problem,
    phone_problem,
    tax_id_problem,
)
from workshop_desk.i18n.formatting import locale_for
from workshop_desk.services.collection_settings import reset_to_country_defaults
from workshop_desk.services.customers import FieldProblem


@dataclass(frozen=True)
class Shop:
    """A plain copy of the shop profile (defaults where nothing was saved yet)."""

    name: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "GB"
    tax_id: str = ""
    phone: str = ""
    email: str = ""
    bank_name: str = ""
    iban: str = ""
    bic: str = ""
    account_number: str = ""
    correspondent_account: str = ""
    pix_key: str = ""
    currency: str = "GBP"
    language: str = "en"
    signatory: str = ""
    signatory_role: str = ""
    legal_note: str = ""

    @property
    def locale(self) -> Locale:
        """The locale amounts and dates are shown in (the shop's language in its country)."""
        return locale_for(self.language, self.country)

    @property
    def whole_currency_units(self) -> bool:
        """Whether plans are split in whole units (forints) rather than cents."""
        return self.currency in WHOLE_UNIT_CURRENCIES


_FIELDS = [field.name for field in fields(Shop)]


def load_shop(session: Session) -> Shop:
    row = session.get(ShopProfile, 1)
    if row is None:
        return Shop()
    return Shop(**{name: getattr(row, name) for name in _FIELDS})


def save_shop(session: Session, shop: Shop) -> None:
    """Create or replace the profile (the logo, kept apart, is not touched)."""
    row = session.get(ShopProfile, 1) or ShopProfile(id=1)
    for name in _FIELDS:
        setattr(row, name, getattr(shop, name))
    session.add(row)


def has_data(session: Session) -> bool:
    """Whether the database holds anything a user entered (a profile, a customer…)."""
    return session.get(ShopProfile, 1) is not None or session.scalar(select(exists().select_from(Customer))) is True


# ---------------------------------------------------------------------- checking and editing


class ShopProblem(StrEnum):
    """Why a field of the profile is refused, besides :class:`FieldProblem` and :class:`IdProblem`."""

    CURRENCY = "currency"
    """Not a three-letter ISO 4217 code."""
    CURRENCY_IN_USE = "currency_in_use"
    """Another currency, while amounts are stored in the old one."""
    LANGUAGE = "language"
    """Not a language the letters are written in."""
    BANK_CODE = "bank_code"
    """Neither a BIC (SWIFT code) nor, for a Russian shop, the nine digits of a БИК."""
    ACCOUNT = "account"
    """A Russian account number (расчётный or корреспондентский счёт) is 20 digits."""


ShopFieldProblem = FieldProblem | IdProblem | ShopProblem

MAX_LENGTHS: dict[str, int] = {
    name: int(getattr(column.type, "length", 0))
    for name, column in ShopProfile.__table__.columns.items()
    if name in _FIELDS and getattr(column.type, "length", None)
}
"""The sizes of the profile's columns, by field (the dialogs stop typing there)."""

NOT_COUNTRIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"})
"""Codes Babel names that are no country (unknown region, European Union, pseudo-locales…)."""

_RU_BIK = re.compile(r"^\d{9}$")
_RU_ACCOUNT = re.compile(r"^\d{20}$")


def is_country(code: str) -> bool:
    """Whether ``code`` is an ISO 3166 alpha-2 country code (upper case)."""
    return bool(re.fullmatch(r"[A-Z]{2}", code)) and code in Locale("en").territories and code not in NOT_COUNTRIES


def bank_code_problem(country: str, code: str) -> ShopProblem | None:
    """A BIC, or for a Russian shop also the nine-digit БИК the GOST payment code needs; empty is fine."""
    compact = code.strip().replace(" ", "")
    if not compact or (country == "RU" and _RU_BIK.match(compact)) or bic_problem(compact) is None:
        return None
    return ShopProblem.BANK_CODE


def shop_problems(shop: Shop) -> dict[str, ShopFieldProblem]:
    """What keeps ``shop`` from being saved, by field name (empty: it can be)."""
    problems: dict[str, ShopFieldProblem] = {}
    for name, length in MAX_LENGTHS.items():
        if len(getattr(shop, name)) > length:
            problems[name] = FieldProblem.TOO_LONG
    if not shop.name.strip():
        problems["name"] = FieldProblem.REQUIRED
    if not is_country(shop.country):
        problems["country"] = FieldProblem.COUNTRY
    if not is_currency(shop.currency):
        problems["currency"] = ShopProblem.CURRENCY
    if shop.language not in SUPPORTED_LANGUAGES:
        problems["language"] = ShopProblem.LANGUAGE
    checks: dict[str, ShopFieldProblem | None] = {
        "tax_id": tax_id_problem(shop.country, shop.tax_id),
        "phone": phone_problem(shop.phone),
        "email": email_problem(shop.email),
        "iban": iban_problem(shop.iban),
        "bic": bank_code_problem(shop.country, shop.bic),
    }
    for name in ("account_number", "correspondent_account"):
        compact = getattr(shop, name).replace(" ", "")
        checks[name] = ShopProblem.ACCOUNT if compact and not _RU_ACCOUNT.match(compact) else None
    for name, problem in checks.items():
        if problem is not None:
            problems.setdefault(name, problem)
    return problems


def has_amounts(session: Session) -> bool:
    """Whether any amount is stored in the shop's currency (invoices, payments, charges, debt limits)."""
    return bool(
        session.scalar(
            select(
                exists().select_from(Invoice)
                | exists().select_from(PaymentRow)
                | exists().select_from(ChargeRow)
                | exists().where(Customer.debt_limit_cents.is_not(None))
            )
        )
    )


def edit_problems(session: Session, shop: Shop) -> dict[str, ShopFieldProblem]:
    """:func:`shop_problems`, and a change of currency while amounts are stored (``currency``)."""
    problems = shop_problems(shop)
    if "currency" not in problems and shop.currency != load_shop(session).currency and has_amounts(session):
        problems["currency"] = ShopProblem.CURRENCY_IN_USE
    return problems


class ShopError(ValueError):
    """The profile cannot be saved; :attr:`problems` says why, by field."""

    def __init__(self, problems: dict[str, ShopFieldProblem]) -> None:
        super().__init__("; ".join(f"{name}: {problem.value}" for name, problem in problems.items()))
        self.problems = problems


def update_shop(session: Session, shop: Shop, *, reset_collection_defaults: bool = False) -> None:
    """Save an edited profile (in the caller's write transaction: all of it or nothing).

    Args:
        reset_collection_defaults: also drop the shop's changes to the interest and fee rules and
            the letters' deadline days that a shop in ``shop.country`` would read, so that
            country's defaults apply (:func:`~workshop_desk.services.collection_settings.reset_to_country_defaults`).

    Raises:
        ShopError: :func:`edit_problems` found something; nothing is stored.
    """
    problems = edit_problems(session, shop)
    if problems:
        raise ShopError(problems)
    save_shop(session, shop)
    if reset_collection_defaults:
        reset_to_country_defaults(session, shop.country)
