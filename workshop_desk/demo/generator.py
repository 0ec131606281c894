"""A believable shop for demonstrations, tests and benchmarks — deterministic for a seed.

The generator invents customers with habits (prompt payers, slow payers, customers on payment
plans, a few who stop paying), their vehicles, a history of repair invoices over a number of
years ending on ``today``, and the payments each habit would have produced. The words (names,
streets, repairs and their prices) come from ``locales/<locale>.json``.

Everything is derived from ``random.Random(f"{seed}-{locale}")`` and ``today``, so the same
options give the same shop to the cent. The output is plain records with local ids (1, 2, …);
:mod:`workshop_desk.services.demo` writes them to a database.

Two profiles (:data:`PROFILES`): ``standard`` — the demo the window opens on and the tests pin —
and ``busy``, the shop the benchmark (``tests/perf/bench.py``) measures: a few more visits, most
work sold on payment plans (about three installments and two and a half payments per invoice),
and a contact log of the calls and letters that chased the late payments of past years.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from workshop_desk.demo import tax_ids
from workshop_desk.domain.money import Cents, parse_amount
from workshop_desk.domain.schedule import build_plan, single_installment_plan
from workshop_desk.paths import package_folder

# What the JSON files do not say: bank details (valid example IBANs), numbering, void reasons.
_BANKING = {
    "en": {"iban": "GB29NWBK60161331926819", "bic": "NWBKGB2L", "bank_name": "NatWest"},
    "it": {"iban": "IT60X0542811101000000123456", "bic": "BPMOIT22", "bank_name": "BPER Banca"},
    "ru": {
        "bic": "044525225",
        "account_number": "40702810938000012345",
        "correspondent_account": "30101810400000000225",
        "bank_name": "ПАО Сбербанк",
    },
    "pt_BR": {
        "iban": "BR1800360305000010009795493C1",
        "bic": "CEFXBRSP",
        "bank_name": "Caixa Econômica Federal",
    },
    "hu": {"iban": "HU42117730161111101800000000", "bic": "OTPVHUHB", "bank_name": "OTP Bank Nyrt."},
}
_INVOICE_NUMBER = {
    "en": "INV-{year}-{n:04d}",
    "it": "{year}/{n:04d}",
    "ru": "{year}-{n:04d}",
    "pt_BR": "OS-{year}-{n:04d}",
    "hu": "SZ-{year}/{n:04d}",
}
_VOID_REASON = {
    "en": "Issued in error, replaced by a corrected invoice",
    "it": "Emessa per errore, sostituita da fattura corretta",
    "ru": "Выставлен ошибочно, заменён исправленным счётом",
    "pt_BR": "Emitida por engano, substituída por nota corrigida",
    "hu": "Tévesen kiállítva, helyette javított számla készült",
}
_PRICE_STEP: dict[str, Cents] = {"HUF": 10_000, "RUB": 5_000}  # 100 Ft, 50 ₽; others to 10 cents
_METHODS = {
    "en": ["card"] * 5 + ["transfer"] * 4 + ["cash"],
    "it": ["card"] * 4 + ["transfer"] * 4 + ["cash"] * 2,
    "ru": ["card"] * 5 + ["transfer"] * 3 + ["cash"] * 2,
    "pt_BR": ["transfer"] * 5 + ["card"] * 4 + ["cash"],  # Pix is a transfer
    "hu": ["card"] * 4 + ["transfer"] * 4 + ["cash"] * 2,
}

# Customer habits: (name, share of customers).
_HABITS = [("prompt", 50), ("slow", 22), ("plan", 10), ("bad", 10), ("cash", 5), ("advance", 3)]


PROFILES = ("standard", "busy")


@dataclass(frozen=True)
class DemoOptions:
    locale: str = "en"
    customers: int = 150
    seed: int = 1
    years: int = 3
    today: date = date(2026, 1, 1)
    profile: str = "standard"
    """One of :data:`PROFILES` (module docstring)."""


# The busy profile: more visits; the chance that an invoice goes on a payment plan, by habit; the
# plan sizes; the chance that an installment is paid together with the next one; the chance that a
# late payment was chased (calls and letters logged on the ladder's days until it arrived). Tuned
# so that 5 000 customers over 12 years give about 100 000 invoices, 300 000 installments,
# 250 000 payments and 55 000 contact-log entries (with the simulated recent ones).
_BUSY_VISITS = 1.02
_BUSY_PLAN_CHANCE = {"prompt": 0.45, "slow": 0.6, "plan": 0.9, "bad": 0.6, "cash": 0.0, "advance": 0.3}
_BUSY_PLAN_SIZES = (2, 3, 4, 6, 6, 12)
_BUSY_CATCH_UP_CHANCE = 0.2
_BUSY_CHASE_CHANCE = 0.1
_BUSY_CHASE_STEPS = ((0, "phone", "due_call"), (1, "letter", "reminder"), (7, "letter", "second"),
                     (15, "registered_letter", "claim"))  # fmt: skip


@dataclass
class DemoData:
    """The generated shop: plain dicts whose keys are model column names; ids start at 1."""

    shop: dict[str, Any]
    customers: list[dict[str, Any]] = field(default_factory=list)
    vehicles: list[dict[str, Any]] = field(default_factory=list)
    invoices: list[dict[str, Any]] = field(default_factory=list)
    installments: list[dict[str, Any]] = field(default_factory=list)
    payments: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    """Past collection work (busy profile only); the log of what is still owed is simulated later."""


@cache
def locale_words(locale: str) -> dict[str, Any]:
    path = package_folder() / "demo" / "locales" / f"{locale}.json"
    with path.open(encoding="utf-8") as file:
        return json.load(file)  # type: ignore[no-any-return]


def generate(options: DemoOptions) -> DemoData:
    return _Generator(options).run()


class _Generator:
    def __init__(self, options: DemoOptions) -> None:
        if options.profile not in PROFILES:
            raise ValueError(f"unknown demo profile {options.profile!r}")
        self.options = options
        self.busy = options.profile == "busy"
        self.rng = random.Random(f"{options.seed}-{options.locale}")
        self.words = locale_words(options.locale)
        self.currency = self.words["currency"]
        self.repairs = [
            (repair["text"], parse_amount(repair["min"]), parse_amount(repair["max"]))
            for repair in self.words["repairs"]
        ]
        self.typical_price = sorted(low + high for _, low, high in self.repairs)[len(self.repairs) // 2] // 2
        self.start = options.today - timedelta(days=365 * options.years)
        self.data = DemoData(shop=self._shop())

    # ----------------------------------------------------------------- the shop
    def _shop(self) -> dict[str, Any]:
        shop = dict(self.words["shop"])
        shop.update(_BANKING[self.options.locale])
        shop.update(country=self.words["country"], currency=self.currency, language=self.options.locale)
        shop["tax_id"] = self._company_tax_id()
        if self.options.locale == "ru":
            shop["account_number"] = tax_ids.russian_account_with_key(shop["bic"], shop["account_number"])
        if self.options.locale == "pt_BR":
            shop["pix_key"] = shop["email"]
        shop["legal_note"] = shop.get("legal_note", "").replace("{tax_id}", shop["tax_id"])
        return shop

    # ------------------------------------------------------------- customers
    def run(self) -> DemoData:
        for number in range(1, self.options.customers + 1):
            self._customer(number)
        self._number_invoices_in_date_order()
        return self.data

    def _number_invoices_in_date_order(self) -> None:
        """Invoices were made customer by customer; a shop numbers them by date, per year."""
        data = self.data
        data.invoices.sort(key=lambda invoice: (invoice["issue_date"], invoice["id"]))
        new_id: dict[int, int] = {}
        per_year: dict[int, int] = {}
        for position, invoice in enumerate(data.invoices, start=1):
            new_id[invoice["id"]] = position
            invoice["id"] = position
            year = invoice["issue_date"].year
            per_year[year] = per_year.get(year, 0) + 1
            invoice["number"] = _INVOICE_NUMBER[self.options.locale].format(year=year, n=per_year[year])
        for installment in data.installments:
            installment["invoice_id"] = new_id[installment["invoice_id"]]
        data.installments.sort(key=lambda installment: (installment["invoice_id"], installment["seq"]))
        for payment in data.payments:
            if payment["invoice_id"] is not None:
                payment["invoice_id"] = new_id[payment["invoice_id"]]
        data.payments.sort(key=lambda payment: payment["date"])

    def _customer(self, number: int) -> None:
        rng, words = self.rng, self.words
        is_company = rng.random() < 0.25
        habit = rng.choices([name for name, _ in _HABITS], weights=[share for _, share in _HABITS])[0]
        city = rng.choice(words["cities"])
        if is_company:
            name, tax_id, email_stem = self._company_name()
        else:
            name, tax_id, email_stem = self._person_name()
        customer = {
            "id": number,
            "code": f"C{number:04d}",
            "kind": "company" if is_company else "person",
            "name": name,
            "tax_id": tax_id,
            "email": f"{email_stem}@{rng.choice(words['email_domains'])}" if rng.random() < 0.7 else "",
            "phone": self._phone(city),
            "address": words["address_format"].format(street=rng.choice(words["streets"]), number=rng.randint(1, 180)),
            "postal_code": _fill(rng, city["postal_code"], words["plate_letters"]),
            "city": city["city"],
            "country": words["country"],
            "language": self.options.locale,
            "debt_limit_cents": self._debt_limit(is_company, habit),
            "blocked": habit == "bad" and rng.random() < 0.3,
            "notes": rng.choice(words["notes_samples"]) if rng.random() < 0.25 else "",
        }
        self.data.customers.append(customer)
        vehicles = [self._vehicle(number) for _ in range(rng.randint(2, 6) if is_company else rng.choice([1, 1, 1, 2]))]
        self._history(customer, habit, vehicles, is_company)

    def _person_name(self) -> tuple[str, str, str]:
        rng, words = self.rng, self.words
        female = rng.random() < 0.45
        given = rng.choice(words["given_names_female" if female else "given_names_male"])
        index = rng.randrange(len(words["family_names"]))
        family = words["family_names_female" if female else "family_names"][index]
        patronymics = words["patronymics_female" if female else "patronymics_male"]
        if patronymics:
            name = f"{family} {given} {rng.choice(patronymics)}"
        elif words["name_order"] == "family_first":
            name = f"{family} {given}"
        else:
            name = f"{given} {family}"
        born = date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
        return name, self._person_tax_id(family, given, female, born), _email_stem(given, family, rng)

    def _company_name(self) -> tuple[str, str, str]:
        rng, words = self.rng, self.words
        family = rng.choice(words["family_names"])
        word = rng.choice(words["company_words"])
        initials = f"{rng.choice('АБВГДЕИКЛМНОПРСТ')}. {rng.choice('АБВГДЕИКЛМНОПРСТ')}."
        name = rng.choice(words["company_patterns"]).format(family=family, word=word, initials=initials)
        return name, self._company_tax_id(), _email_stem("info", word, rng, company=True)

    def _company_tax_id(self) -> str:
        return {
            "it": tax_ids.italian_vat_number,
            "ru": tax_ids.russian_company_inn,
            "pt_BR": tax_ids.brazilian_cnpj,
            "hu": tax_ids.hungarian_tax_number,
            "en": tax_ids.british_vat_number,
        }[self.options.locale](self.rng)

    def _person_tax_id(self, family: str, given: str, female: bool, born: date) -> str:
        rng, locale = self.rng, self.options.locale
        if locale == "it":
            return tax_ids.italian_fiscal_code(rng, family, given, female, born)
        if locale == "ru":
            return tax_ids.russian_personal_inn(rng) if rng.random() < 0.5 else ""
        if locale == "pt_BR":
            return tax_ids.brazilian_cpf(rng)
        if locale == "hu":
            return tax_ids.hungarian_personal_tax_id(rng) if rng.random() < 0.4 else ""
        return ""  # a British private customer has no tax id on an invoice

    def _phone(self, city: dict[str, str]) -> str:
        pattern = self.words["mobile_pattern"] if self.rng.random() < 0.75 else self.words["landline_pattern"]
        return _fill(self.rng, pattern.replace("{area}", city["area_code"]), "")

    def _debt_limit(self, is_company: bool, habit: str) -> Cents | None:
        rng = self.rng
        if habit == "cash":
            return 0
        if is_company and rng.random() < 0.7:
            return self._round_limit(self.typical_price * rng.choice([4, 6, 10, 15]))
        if habit == "bad" and rng.random() < 0.6:
            return self._round_limit(self.typical_price * rng.choice([1, 2]))
        if rng.random() < 0.1:
            return self._round_limit(self.typical_price * 3)
        return None

    def _round_limit(self, amount: Cents) -> Cents:
        return _round_to(amount, self._limit_step(amount))

    def _limit_step(self, amount: Cents) -> Cents:
        """A step that makes ``amount`` a round figure: 2 345 → 500s, 23 450 → 5 000s."""
        magnitude: int = 10 ** (len(str(max(amount // 100, 1))) - 1) * 100
        return max(magnitude // 2, 100)

    def _vehicle(self, customer_id: int) -> dict[str, Any]:
        rng, words = self.rng, self.words
        vehicle = {
            "id": len(self.data.vehicles) + 1,
            "customer_id": customer_id,
            "identifier": _fill(rng, rng.choice(words["plate_patterns"]), words["plate_letters"]),
            "description": rng.choice(words["vehicles"]),
        }
        self.data.vehicles.append(vehicle)
        return vehicle

    # ----------------------------------------------------------------- history
    def _history(self, customer: dict[str, Any], habit: str, vehicles: list[dict[str, Any]], is_company: bool) -> None:
        rng, today = self.rng, self.options.today
        visits_per_year = rng.uniform(4, 10) if is_company else rng.uniform(1.0, 2.5)
        if self.busy:
            visits_per_year *= _BUSY_VISITS
        first_visit = self.start + timedelta(days=rng.randint(0, max(1, (today - self.start).days - 14)))
        stop_paying = today - timedelta(days=rng.randint(60, 240)) if habit == "bad" else None
        visit = first_visit
        while visit <= today:
            self._invoice(customer, habit, rng.choice(vehicles), visit, is_company, stop_paying)
            visit += timedelta(days=max(1, int(rng.expovariate(visits_per_year / 365))))
        if habit == "advance":
            self._payment(
                customer["id"],
                None,
                today - timedelta(days=rng.randint(0, 20)),
                self._round_limit(self.typical_price),
            )

    def _invoice(
        self,
        customer: dict[str, Any],
        habit: str,
        vehicle: dict[str, Any],
        issued: date,
        is_company: bool,
        stop_paying: date | None,
    ) -> None:
        rng = self.rng
        text, low, high = rng.choice(self.repairs)
        total = _round_to(rng.randint(low, high), _PRICE_STEP.get(self.currency, 10))
        if rng.random() < 0.15:  # a second job on the same visit
            extra_text, extra_low, extra_high = rng.choice(self.repairs)
            text = f"{text}; {extra_text}"
            total += _round_to(rng.randint(extra_low, extra_high), _PRICE_STEP.get(self.currency, 10))
        deposit = 0
        if total > 3 * self.typical_price and rng.random() < 0.5:
            deposit = _round_to(total * rng.choice([20, 25, 30]) // 100, _PRICE_STEP.get(self.currency, 10))
        if habit == "cash":
            due = issued
        elif is_company:
            due = issued + timedelta(days=rng.choice([30, 30, 60]))
        else:
            due = issued + timedelta(days=rng.choice([0, 0, 15, 30]))
        invoice_id = len(self.data.invoices) + 1
        invoice = {
            "id": invoice_id,
            "number": "",  # numbered in date order at the end
            "customer_id": customer["id"],
            "vehicle_id": vehicle["id"],
            "issue_date": issued,
            "due_date": due,
            "description": text,
            "total_cents": total,
            "deposit_cents": deposit,
            "status": "open",
            "void_reason": "",
        }
        self.data.invoices.append(invoice)
        if self.busy:
            on_plan = total - deposit > self.typical_price // 2 and rng.random() < _BUSY_PLAN_CHANCE[habit]
        else:
            on_plan = total - deposit > 2 * self.typical_price and (
                habit == "plan" or (habit in {"slow", "bad"} and rng.random() < 0.25)
            )
        if on_plan:
            unit = 100 if self.currency in _PRICE_STEP else 1  # whole forints and roubles
            sizes = _BUSY_PLAN_SIZES if self.busy else [3, 4, 6]
            plan = build_plan(total - deposit, rng.choice(sizes), due, unit=unit)
        else:
            plan = single_installment_plan(total, deposit, due)
        for part in plan:
            self.data.installments.append(
                {
                    "invoice_id": invoice_id,
                    "seq": part.seq,
                    "due_date": part.due_date,
                    "amount_cents": part.amount,
                }
            )
        if rng.random() < 0.015 and issued < self.options.today - timedelta(days=10):
            invoice["status"] = "void"
            invoice["void_reason"] = _VOID_REASON[self.options.locale]
            return
        carried = 0  # busy profile: an installment left to be paid with the next one
        for position, part in enumerate(plan):
            amount = part.amount + carried
            if self.busy and position + 1 < len(plan) and rng.random() < _BUSY_CATCH_UP_CHANCE:
                carried = amount
                continue
            carried = 0
            self._pay_installment(
                customer["id"], invoice_id, part.due_date, amount, issued, habit, on_plan, stop_paying
            )

    def _pay_installment(
        self,
        customer_id: int,
        invoice_id: int,
        due: date,
        amount: Cents,
        issued: date,
        habit: str,
        on_plan: bool,
        stop_paying: date | None,
    ) -> None:
        rng, today = self.rng, self.options.today
        if amount == 0:
            return
        delay = {
            "prompt": rng.randint(-5, 3),
            "cash": 0,
            "advance": rng.randint(-3, 3),
            "slow": rng.randint(5, 50),
            "plan": rng.randint(0, 15),
            "bad": rng.randint(20, 110),
        }[habit]
        paid_on = max(issued, due + timedelta(days=delay))
        if stop_paying is not None and paid_on >= stop_paying:
            return
        if on_plan and (today - due).days < 100 and rng.random() < 0.3:
            return  # a missed installment of a plan, still open
        if paid_on > today:
            return
        if self.busy and paid_on > due and rng.random() < _BUSY_CHASE_CHANCE:
            self._chase(customer_id, due, paid_on)
        tied = invoice_id if rng.random() < 0.8 else None
        if habit in {"slow", "bad"} and rng.random() < 0.15:
            first = _round_to(amount * rng.randint(40, 70) // 100, _PRICE_STEP.get(self.currency, 10))
            self._payment(customer_id, tied, paid_on, first)
            later = paid_on + timedelta(days=rng.randint(10, 60))
            if later <= today and (stop_paying is None or later < stop_paying):
                self._payment(customer_id, tied, later, amount - first)
            return
        self._payment(customer_id, tied, paid_on, amount)

    def _chase(self, customer_id: int, due: date, paid_on: date) -> None:
        """Log the ladder's steps taken between ``due`` and the late payment on ``paid_on``.

        Calls reached or not, letters sent; no promises (a promise would be checked against the
        payments) and nothing ``covered`` (the installments are paid: the ladder has no use for them).
        """
        rng = self.rng
        for offset, channel, step_key in _BUSY_CHASE_STEPS:
            day = due + timedelta(days=offset + rng.randint(0, 2))
            if day >= paid_on:
                return
            outcome = rng.choice(["reached", "no_answer", "reached"]) if channel == "phone" else "letter_sent"
            self.data.contacts.append(
                {
                    "customer_id": customer_id,
                    "at": datetime.combine(day, time(rng.randint(9, 17), rng.choice([0, 15, 30, 45]))),
                    "day": day,
                    "channel": channel,
                    "outcome": outcome,
                    "note": "",
                    "user": "demo",
                    "step_key": step_key,
                    "covered": "",
                }
            )

    def _payment(self, customer_id: int, invoice_id: int | None, paid_on: date, amount: Cents) -> None:
        if amount <= 0:
            return
        rng = self.rng
        reference = rng.choice(self.words["payment_references"]) if rng.random() < 0.4 else ""
        self.data.payments.append(
            {
                "customer_id": customer_id,
                "invoice_id": invoice_id,
                "date": paid_on,
                "amount_cents": amount,
                "method": rng.choice(_METHODS[self.options.locale]),
                "reference": reference,
            }
        )


def _round_to(amount: Cents, step: Cents) -> Cents:
    return max(step, (amount + step // 2) // step * step)


def _fill(rng: random.Random, pattern: str, letters: str) -> str:
    """Replace ``#`` with a random digit and ``A`` with a random letter of ``letters``."""
    out = []
    for char in pattern:
        if char == "#":
            out.append(str(rng.randint(0, 9)))
        elif char == "A" and letters:
            out.append(rng.choice(letters))
        else:
            out.append(char)
    return "".join(out)


_TRANSLITERATION = str.maketrans(
    {
        **dict(zip("абвгдеёзийклмнопрстуфхцы", "abvgdeezijklmnoprstufhcy", strict=True)),
        "ж": "zh",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ю": "yu",
        "я": "ya",
        "э": "e",
        "ъ": "",
        "ь": "",
        "á": "a",
        "é": "e",
        "í": "i",
        "ó": "o",
        "ö": "o",
        "ő": "o",
        "ú": "u",
        "ü": "u",
        "ű": "u",
        "ã": "a",
        "â": "a",
        "à": "a",
        "ç": "c",
        "ê": "e",
        "ô": "o",
        "õ": "o",
        "è": "e",
        "ì": "i",
        "ò": "o",
        "ù": "u",
    }
)


def _email_stem(first: str, second: str, rng: random.Random, *, company: bool = False) -> str:
    def clean(text: str) -> str:
        return "".join(char for char in text.lower().translate(_TRANSLITERATION) if char.isascii() and char.isalnum())

    if company:
        return f"{first}.{clean(second)}"
    style = rng.randint(0, 2)
    if style == 0:
        return f"{clean(first)}.{clean(second)}"
    if style == 1:
        return f"{clean(first)[0]}{clean(second)}{rng.randint(1, 99)}"
    return f"{clean(second)}.{clean(first)}{rng.randint(60, 99)}"
