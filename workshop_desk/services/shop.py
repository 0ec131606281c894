"""The shop's own profile: who is writing the letters, in which language and currency."""

from __future__ import annotations

from dataclasses import dataclass, fields

from babel import Locale
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from workshop_desk.db.models import Customer, ShopProfile
from workshop_desk.domain.countries import WHOLE_UNIT_CURRENCIES
from workshop_desk.i18n.formatting import locale_for


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
