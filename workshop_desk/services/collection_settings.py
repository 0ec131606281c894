"""Late interest, fees and letter deadlines per country: defaults from LETTERS.md, overridable.

Every rate, amount and deadline here is a **default**; the shop can replace any of them (the
setting ``collection.overrides`` holds a JSON object, edited by the settings dialog) because
statutory rates change every half-year. Rates marked "check" come from general knowledge, not
from a cited source, and the settings dialog shows them for review.

A regime is chosen by the shop's country and the customer's kind: business-to-business rules
(higher interest, flat compensation) apply to company customers, consumer rules to persons.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from workshop_desk.db.models import Setting
from workshop_desk.domain.fees import FeeRule
from workshop_desk.domain.interest import DayCount, InterestRule, RatePeriod

OVERRIDES_KEY = "collection.overrides"


def _periods(*pairs: tuple[str, str]) -> tuple[RatePeriod, ...]:
    return tuple(RatePeriod(date.fromisoformat(start), Decimal(rate)) for start, rate in pairs)


@dataclass(frozen=True)
class Regime:
    """The interest and fee rules of one country for one kind of customer."""

    key: str
    interest: InterestRule
    fees: FeeRule = field(default_factory=FeeRule)
    basis: dict[str, str] = field(default_factory=dict)
    """The legal basis as the letter cites it, by letter language ("" = the shop's language)."""
    rates_to_check: bool = False
    """Whether the default rate periods come from general knowledge, not a cited source ("check"
    above): the settings dialog asks the user to compare them with the official rate."""

    def basis_in(self, language: str) -> str:
        return self.basis.get(language) or self.basis.get("en", "")


# Bank of England base rate on 31 Dec / 30 Jun, fixed for the life of a debt that fell late in
# the following half-year (Late Payment of Commercial Debts (Interest) Act 1998). check
_BOE_REFERENCE = _periods(
    ("2024-01-01", "5.25"),
    ("2024-07-01", "5.25"),
    ("2025-01-01", "4.75"),
    ("2025-07-01", "4.25"),
    ("2026-01-01", "3.75"),
)
# ECB main refinancing rate, by semester (D.Lgs. 231/2002); 2025–2026 from LETTERS.md.
_ECB_REFERENCE = _periods(
    ("2024-01-01", "4.50"),
    ("2024-07-01", "4.25"),
    ("2025-01-01", "3.15"),
    ("2025-07-01", "2.15"),
    ("2026-01-01", "2.15"),
)
# Italian legal rate (art. 1284 c.c.), set yearly by decree; 2025–2026 from LETTERS.md.
_IT_LEGAL = _periods(("2024-01-01", "2.5"), ("2025-01-01", "2.0"), ("2026-01-01", "1.6"))
# Bank of Russia key rate (ГК ст. 395 uses the rate of each period). check
_RU_KEY_RATE = _periods(
    ("2024-07-29", "18"),
    ("2024-10-28", "21"),
    ("2025-06-09", "20"),
    ("2025-07-28", "18"),
    ("2025-09-15", "17"),
    ("2025-10-27", "16.5"),
)
# MNB base rate on the first day of each half-year (Ptk. 6:48). check
_HU_BASE_RATE = _periods(
    ("2024-01-01", "10.75"),
    ("2024-07-01", "7.00"),
    ("2025-01-01", "6.50"),
    ("2025-07-01", "6.50"),
    ("2026-01-01", "6.50"),
)

DEFAULT_REGIMES: dict[str, Regime] = {
    "GB.company": Regime(
        "GB.company",
        InterestRule(_BOE_REFERENCE, Decimal(8), DayCount.ACTUAL_365, fixed_at_start=True),
        FeeRule(tiers=((100_000, 4_000), (1_000_000, 7_000), (None, 10_000))),
        {"en": "the Late Payment of Commercial Debts (Interest) Act 1998, at 8% above the Bank of England base rate"},
        rates_to_check=True,
    ),
    "GB.person": Regime(
        "GB.person",
        InterestRule(_periods(("2000-01-01", "8")), Decimal(0), DayCount.ACTUAL_365),
        FeeRule(),
        {"en": "section 69 of the County Courts Act 1984, at 8% a year"},
    ),
    "IT.company": Regime(
        "IT.company",
        InterestRule(_ECB_REFERENCE, Decimal(8), DayCount.ACTUAL_365),
        FeeRule(tiers=((None, 4_000),)),
        {
            "it": (
                "D.Lgs. 9 ottobre 2002, n. 231, al tasso BCE maggiorato di 8 punti, "
                "con l'indennizzo forfettario di 40 euro"
            ),
            "en": "Italian Legislative Decree 231/2002, at the ECB rate plus 8 points, with a flat €40 compensation",
        },
    ),
    "IT.person": Regime(
        "IT.person",
        InterestRule(_IT_LEGAL, Decimal(0), DayCount.ACTUAL_365),
        FeeRule(),
        {"it": "artt. 1224 e 1284 c.c., al tasso legale", "en": "articles 1224 and 1284 of the Italian Civil Code"},
    ),
    "RU.company": Regime(
        "RU.company",
        InterestRule(_RU_KEY_RATE, Decimal(0), DayCount.ACTUAL_ACTUAL, payment_day_counts=True),
        FeeRule(),
        {"ru": "ст. 395 ГК РФ", "en": "article 395 of the Russian Civil Code"},
        rates_to_check=True,
    ),
    "BR.company": Regime(
        "BR.company",
        InterestRule(_periods(("2000-01-01", "12")), Decimal(0), DayCount.ACTUAL_360),
        FeeRule(fine_percent=Decimal(2)),
        {
            "pt_BR": "multa de 2% (art. 52, § 1º, do CDC) e juros de mora de 1% ao mês, pro rata die",
            "en": "a 2% fine (Brazilian Consumer Code, art. 52 §1) and interest of 1% a month",
        },
    ),
    "HU.company": Regime(
        "HU.company",
        InterestRule(_HU_BASE_RATE, Decimal(8), DayCount.ACTUAL_365),
        FeeRule(tiers=((None, 1_600_000),)),  # 40 euros at about 400 Ft: set the day's MNB rate
        {
            "hu": (
                "Ptk. 6:155. § és a 2016. évi IX. törvény: jegybanki alapkamat + 8 százalékpont, "
                "40 eurónak megfelelő behajtási költségátalány"
            ),
            "en": "section 6:155 of the Hungarian Civil Code, at the central bank base rate plus 8 points",
        },
        rates_to_check=True,
    ),
    "HU.person": Regime(
        "HU.person",
        InterestRule(_HU_BASE_RATE, Decimal(0), DayCount.ACTUAL_365),
        FeeRule(),
        {"hu": "Ptk. 6:48. §: jegybanki alapkamat", "en": "section 6:48 of the Hungarian Civil Code"},
        rates_to_check=True,
    ),
}
DEFAULT_REGIMES["RU.person"] = replace(DEFAULT_REGIMES["RU.company"], key="RU.person")
DEFAULT_REGIMES["BR.person"] = replace(DEFAULT_REGIMES["BR.company"], key="BR.person")

# Days given to pay or reply, by letter kind; the claim by country (LETTERS.md).
DEFAULT_DEADLINE_DAYS = {"courtesy": 0, "reminder": 10, "second": 7, "installment": 10, "statement": 15}
DEFAULT_CLAIM_DAYS = {"IT": 15, "RU": 30, "GB": 30, "US": 30, "BR": 10, "HU": 8}


def regime_for(session: Session, country: str, customer_kind: str) -> Regime:
    """The rules for a customer of ``customer_kind`` (person/company) of a shop in ``country``."""
    regime = DEFAULT_REGIMES[regime_key(country, customer_kind)]
    override = _overrides(session).get("regimes", {}).get(regime.key)
    return _apply(regime, override) if override else regime


def regime_key(country: str, customer_kind: str) -> str:
    """The regime a shop in ``country`` applies to a customer of ``customer_kind`` (the English one
    where the program knows no rules of the country)."""
    kind = "company" if customer_kind == "company" else "person"
    key = f"{country}.{kind}"
    return key if key in DEFAULT_REGIMES else f"GB.{kind}"


def deadline_days(session: Session, country: str, kind: str) -> int:
    overrides = _overrides(session).get("deadline_days", {})
    if kind in overrides:
        return int(overrides[kind])
    if kind == "claim":
        return int(overrides.get(f"claim.{country}", DEFAULT_CLAIM_DAYS.get(country, 30)))
    return DEFAULT_DEADLINE_DAYS[kind]


def _overrides(session: Session) -> dict[str, Any]:
    row = session.get(Setting, OVERRIDES_KEY)
    return {} if row is None else dict(json.loads(row.value))


def _apply(regime: Regime, override: dict[str, Any]) -> Regime:
    """A regime with the fields of a JSON override replaced (rates as strings, amounts in cents).

    Keys: ``periods`` ([start, rate] pairs), ``margin``, ``day_count`` (a :class:`DayCount` value),
    ``compensation`` ([debt below or null, amount] pairs), ``fine_percent``, ``basis`` (by language).
    """
    interest = regime.interest
    if "periods" in override:
        interest = replace(interest, periods=_periods(*[tuple(pair) for pair in override["periods"]]))
    if "margin" in override:
        interest = replace(interest, margin=Decimal(str(override["margin"])))
    if "day_count" in override:
        interest = replace(interest, day_count=DayCount(override["day_count"]))
    fees = regime.fees
    if "compensation" in override:
        fees = replace(fees, tiers=tuple((below, amount) for below, amount in override["compensation"]))
    if "fine_percent" in override:
        fees = replace(fees, fine_percent=Decimal(str(override["fine_percent"])))
    return replace(regime, interest=interest, fees=fees, basis={**regime.basis, **override.get("basis", {})})


# ---------------------------------------------------------------------- editing (the settings dialog)


def override_of(edited: Regime) -> dict[str, Any]:
    """The JSON override that turns the default regime of ``edited.key`` into ``edited`` (``{}``: none).

    Only what differs from the default is stored, so a corrected default in a later version still
    reaches every shop that did not change that figure.
    """
    default = DEFAULT_REGIMES[edited.key]
    result: dict[str, Any] = {}
    periods = sorted(edited.interest.periods, key=lambda period: period.start)
    if periods != sorted(default.interest.periods, key=lambda period: period.start):
        result["periods"] = [[period.start.isoformat(), str(period.rate)] for period in periods]
    if edited.interest.margin != default.interest.margin:
        result["margin"] = str(edited.interest.margin)
    if edited.interest.day_count != default.interest.day_count:
        result["day_count"] = edited.interest.day_count.value
    if edited.fees.tiers != default.fees.tiers:
        result["compensation"] = [[below, amount] for below, amount in edited.fees.tiers]
    if edited.fees.fine_percent != default.fees.fine_percent:
        result["fine_percent"] = str(edited.fees.fine_percent)
    basis = {language: text for language, text in edited.basis.items() if default.basis.get(language) != text}
    if basis:
        result["basis"] = basis
    return result


def default_deadline_days(country: str, kind: str) -> int:
    """The days a letter of ``kind`` gives when the shop has not changed them."""
    return DEFAULT_CLAIM_DAYS.get(country, 30) if kind == "claim" else DEFAULT_DEADLINE_DAYS[kind]


def save_overrides(session: Session, regimes: Iterable[Regime], deadlines: Mapping[str, int], country: str) -> None:
    """Store the edited regimes and deadline days as overrides (in the caller's write transaction).

    Overrides of other countries' regimes are kept. A claim's days are stored for ``country``
    (``claim.IT``), replacing a country-less ``claim`` entry, which would otherwise win.
    """
    data = _overrides(session)
    stored = dict(data.get("regimes", {}))
    for regime in regimes:
        override = override_of(regime)
        if override:
            stored[regime.key] = override
        else:
            stored.pop(regime.key, None)
    days = dict(data.get("deadline_days", {}))
    for kind, value in deadlines.items():
        key = f"claim.{country}" if kind == "claim" else kind
        if kind == "claim":
            days.pop("claim", None)
        if value == default_deadline_days(country, kind):
            days.pop(key, None)
        else:
            days[key] = int(value)
    data["regimes"], data["deadline_days"] = stored, days
    session.merge(Setting(key=OVERRIDES_KEY, value=json.dumps(data, ensure_ascii=False)))


class RegimeProblem(StrEnum):
    """Why an edited regime cannot be saved (the dialog words it; the field is the key of :func:`regime_problems`)."""

    NO_PERIODS = "no_periods"
    SAME_START = "same_start"
    RATE_RANGE = "rate_range"
    MARGIN_RANGE = "margin_range"
    TIERS_ORDER = "tiers_order"
    FINE_RANGE = "fine_range"


def regime_problems(regime: Regime) -> dict[str, RegimeProblem]:
    """What is wrong with an edited regime, by field: ``periods``, ``margin``, ``compensation``, ``fine_percent``."""
    problems: dict[str, RegimeProblem] = {}
    periods = regime.interest.periods
    starts = [period.start for period in periods]
    if not periods:
        problems["periods"] = RegimeProblem.NO_PERIODS
    elif len(set(starts)) != len(starts):
        problems["periods"] = RegimeProblem.SAME_START
    elif any(not 0 <= period.rate <= 100 for period in periods):
        problems["periods"] = RegimeProblem.RATE_RANGE
    if not -100 <= regime.interest.margin <= 100:
        problems["margin"] = RegimeProblem.MARGIN_RANGE
    tiers = regime.fees.tiers
    bounds = [below for below, _ in tiers]
    open_ended = [index for index, below in enumerate(bounds) if below is None]
    limited = [below for below in bounds if below is not None]
    if (open_ended and open_ended != [len(tiers) - 1]) or limited != sorted(set(limited)):
        problems["compensation"] = RegimeProblem.TIERS_ORDER
    if not 0 <= regime.fees.fine_percent <= 100:
        problems["fine_percent"] = RegimeProblem.FINE_RANGE
    return problems


# ---------------------------------------------------------------------- a new country (the settings dialog)


def _country_keys(data: dict[str, Any], country: str) -> tuple[list[str], list[str]]:
    """The regime and deadline overrides in ``data`` that a shop in ``country`` reads."""
    regimes = [
        key for key in (regime_key(country, "company"), regime_key(country, "person")) if key in data.get("regimes", {})
    ]
    days = [
        key
        for key in data.get("deadline_days", {})
        if not key.startswith("claim") or key in {"claim", f"claim.{country}"}
    ]
    return regimes, days


def country_overrides(session: Session, country: str) -> bool:
    """Whether the shop changed any interest or fee rule or deadline that a shop in ``country`` reads.

    The interest and fee rules are kept per country (``IT.company``), the claim's days too
    (``claim.IT``); the other letters' days hold in every country. Nothing to reset means the
    country's defaults apply by themselves.
    """
    regimes, days = _country_keys(_overrides(session), country)
    return bool(regimes or days)


def reset_to_country_defaults(session: Session, country: str) -> None:
    """Drop the overrides :func:`country_overrides` finds (in the caller's write transaction).

    Other countries' rules are kept: going back to the old country brings its edited rules back.
    The ladder's steps and the contact limits are not touched: they do not depend on the country.
    """
    data = _overrides(session)
    regimes, days = _country_keys(data, country)
    if not (regimes or days):
        return
    data["regimes"] = {key: value for key, value in data.get("regimes", {}).items() if key not in regimes}
    data["deadline_days"] = {key: value for key, value in data.get("deadline_days", {}).items() if key not in days}
    session.merge(Setting(key=OVERRIDES_KEY, value=json.dumps(data, ensure_ascii=False)))
