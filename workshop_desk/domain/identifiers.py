"""Checks of the identifiers a customer record holds: tax ids, e-mail addresses, phone numbers.

Tax ids are checked with python-stdnum for the countries the program knows (check digits
included); elsewhere any text is accepted. Each check returns ``None`` when the value is fine
or an :class:`IdProblem` the caller turns into a sentence in the user's language (English
sentences for the command line are in :data:`PROBLEM_TEXT`).
"""

from __future__ import annotations

import re
import warnings
from enum import StrEnum

from schwifty import BIC, IBAN
from schwifty.exceptions import NationalChecksumNotVerified, SchwiftyException
from stdnum import exceptions as stdnum_errors
from stdnum.br import cnpj, cpf
from stdnum.gb import vat as gb_vat
from stdnum.hu import anum
from stdnum.it import codicefiscale
from stdnum.ru import inn


class IdProblem(StrEnum):
    TAX_ID_LENGTH = "tax_id_length"
    TAX_ID_FORMAT = "tax_id_format"
    TAX_ID_CHECKSUM = "tax_id_checksum"
    EMAIL = "email"
    PHONE = "phone"
    IBAN = "iban"
    BIC = "bic"


PROBLEM_TEXT = {
    IdProblem.TAX_ID_LENGTH: "the tax id has the wrong number of characters for {country}",
    IdProblem.TAX_ID_FORMAT: "the tax id is not written like a tax id of {country}",
    IdProblem.TAX_ID_CHECKSUM: "the tax id's check digit is wrong (a typing mistake?)",
    IdProblem.EMAIL: "the e-mail address is not valid",
    IdProblem.PHONE: "the phone number is not valid (digits, spaces, + - ( ) / . only, at least 6 digits)",
    IdProblem.IBAN: "the IBAN is not valid (check the country code, the length and the check digits)",
    IdProblem.BIC: "the BIC is not valid (8 or 11 letters and digits, like UNCRITMM)",
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARACTERS = re.compile(r"^[0-9 +\-()/.]+$")
_HU_TAX_NUMBER = re.compile(r"^(\d{8})-?([1-5])-?(\d{2})$")
_HU_PERSONAL_TAX_ID = re.compile(r"^8\d{9}$")


def _validate_hu(tax_id: str) -> None:
    """Adószám ``12345678-2-42`` (or its 8-digit core) or a person's adóazonosító jel."""
    compact = tax_id.replace(" ", "")
    if _HU_PERSONAL_TAX_ID.match(compact):
        weighted = sum(int(digit) * weight for weight, digit in enumerate(compact[:9], start=1))
        if weighted % 11 != int(compact[9]):
            raise stdnum_errors.InvalidChecksum()
        return
    match = _HU_TAX_NUMBER.match(compact)
    anum.validate(match.group(1) if match else compact)


def _validate_br(tax_id: str) -> None:
    digits = re.sub(r"\D", "", tax_id)
    (cpf if len(digits) == 11 else cnpj).validate(tax_id)


def _validate_ru(tax_id: str) -> None:
    inn.validate(tax_id)


_VALIDATORS = {
    "IT": codicefiscale.validate,  # accepts the 16-character codice fiscale and the 11-digit P.IVA
    "RU": _validate_ru,
    "BR": _validate_br,
    "HU": _validate_hu,
    "GB": gb_vat.validate,
}


def tax_id_problem(country: str, tax_id: str) -> IdProblem | None:
    """Whether ``tax_id`` is a valid tax id of ``country``; empty is always fine."""
    validate = _VALIDATORS.get(country.upper())
    if not tax_id.strip() or validate is None:
        return None
    try:
        validate(tax_id.strip())
    except stdnum_errors.InvalidLength:
        return IdProblem.TAX_ID_LENGTH
    except stdnum_errors.InvalidChecksum:
        return IdProblem.TAX_ID_CHECKSUM
    except stdnum_errors.ValidationError:
        return IdProblem.TAX_ID_FORMAT
    return None


def email_problem(email: str) -> IdProblem | None:
    if not email.strip() or _EMAIL.match(email.strip()):
        return None
    return IdProblem.EMAIL


def phone_problem(phone: str) -> IdProblem | None:
    text = phone.strip()
    if not text:
        return None
    if not _PHONE_CHARACTERS.match(text) or sum(char.isdigit() for char in text) < 6:
        return IdProblem.PHONE
    return None


def iban_problem(iban: str) -> IdProblem | None:
    """Whether ``iban`` is a valid IBAN (any country; spaces allowed); empty is fine."""
    if not iban.strip():
        return None
    try:
        with warnings.catch_warnings():
            # schwifty warns where it knows no national check-digit rule (HU): the IBAN's own
            # check digits are still verified, which is what catches a typing mistake.
            warnings.simplefilter("ignore", NationalChecksumNotVerified)
            IBAN(iban, validate_bban=True)
    except (SchwiftyException, ValueError):
        return IdProblem.IBAN
    return None


def bic_problem(bic: str) -> IdProblem | None:
    """Whether ``bic`` is a well-formed BIC (SWIFT code); empty is fine."""
    if not bic.strip():
        return None
    try:
        BIC(bic.strip().upper())
    except (SchwiftyException, ValueError):
        return IdProblem.BIC
    return None


def describe(problem: IdProblem, country: str = "") -> str:
    """The English sentence for a problem (command line, logs)."""
    return PROBLEM_TEXT[problem].format(country=country or "that country")
