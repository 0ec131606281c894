"""Made-up but valid identifiers for the demo shop: tax ids with correct check digits, bank accounts.

A demo customer whose tax id fails the program's own check would make the demo look broken,
so every identifier here is built with the real check-digit rule (from python-stdnum where it
offers one) and checked again by :func:`workshop_desk.domain.identifiers.tax_id_problem`
in the tests.
"""

from __future__ import annotations

import random
from datetime import date

from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.it import codicefiscale
from stdnum.ru import inn


def _digits(rng: random.Random, count: int, *, first_nonzero: bool = True) -> str:
    first = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))


def italian_vat_number(rng: random.Random) -> str:
    """Partita IVA: 7-digit company number, 3-digit province office, Luhn check digit."""
    body = "0" + _digits(rng, 6) + rng.choice(["037", "015", "058", "063", "001"])
    return body + luhn.calc_check_digit(body)


_CF_MONTHS = "ABCDEHLMPRST"
_CF_TOWNS = ["A944", "F205", "H501", "L219", "D612", "G273", "C351", "E506"]  # Bologna, Milano, Roma…


def _cf_letters(text: str, *, given_name: bool) -> str:
    letters = [char for char in text.upper() if char.isalpha() and char.isascii()]
    consonants = [char for char in letters if char not in "AEIOU"]
    vowels = [char for char in letters if char in "AEIOU"]
    if given_name and len(consonants) >= 4:
        consonants = [consonants[0], consonants[2], consonants[3]]
    return "".join(consonants + vowels + ["X", "X", "X"])[:3]


def italian_fiscal_code(rng: random.Random, family: str, given: str, female: bool, born: date) -> str:
    """Codice fiscale built by the official rule from a made-up person (the town is random)."""
    day = born.day + (40 if female else 0)
    body = (
        _cf_letters(family, given_name=False)
        + _cf_letters(given, given_name=True)
        + f"{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{day:02d}"
        + rng.choice(_CF_TOWNS)
    )
    return body + codicefiscale.calc_check_digit(body)


def russian_company_inn(rng: random.Random) -> str:
    body = rng.choice(["77", "78", "50", "66", "16"]) + _digits(rng, 7, first_nonzero=False)
    return body + inn.calc_company_check_digit(body)


def russian_personal_inn(rng: random.Random) -> str:
    body = rng.choice(["77", "78", "50", "66", "16"]) + _digits(rng, 8, first_nonzero=False)
    return body + inn.calc_personal_check_digits(body)


def brazilian_cnpj(rng: random.Random) -> str:
    body = _digits(rng, 8) + "0001"
    return cnpj.format(body + cnpj.calc_check_digits(body))


def brazilian_cpf(rng: random.Random) -> str:
    body = _digits(rng, 9)
    return cpf.format(body + cpf._calc_check_digits(body))


def hungarian_tax_number(rng: random.Random) -> str:
    """Adószám ``12345676-2-42``: an 8-digit core with its check digit, VAT code, county code."""
    core = _digits(rng, 7)
    weighted = sum(weight * int(digit) for weight, digit in zip((9, 7, 3, 1, 9, 7, 3), core, strict=True))
    core += str(-weighted % 10)
    return f"{core}-{rng.choice('23')}-{rng.choice(['41', '42', '43', '13', '03', '19'])}"


def hungarian_personal_tax_id(rng: random.Random) -> str:
    """Adóazonosító jel: 8, nine more digits, the last a weighted check digit (retry on 10)."""
    while True:
        body = "8" + _digits(rng, 8, first_nonzero=False)
        check = sum(int(digit) * weight for weight, digit in enumerate(body, start=1)) % 11
        if check < 10:
            return body + str(check)


def british_vat_number(rng: random.Random) -> str:
    """GB VAT number: seven digits and two check digits so the weighted sum is 0 mod 97."""
    body = _digits(rng, 7)
    weighted = sum(weight * int(digit) for weight, digit in zip((8, 7, 6, 5, 4, 3, 2), body, strict=True))
    check = -weighted % 97
    return f"GB{body[:3]} {body[3:]}{check:02d}"


def russian_account_with_key(bic: str, account: str) -> str:
    """Set the control digit (9th) of a Russian settlement account for the bank's BIC (CBR rule)."""
    weights = [7, 1, 3] * 8
    for key in "0123456789":
        candidate = account[:8] + key + account[9:]
        digits = bic[-3:] + candidate
        if sum(int(digit) * weight for digit, weight in zip(digits, weights, strict=False)) % 10 == 0:
            return candidate
    raise AssertionError("one of ten keys always fits")  # pragma: no cover
