"""Text of the payment QR code printed on reminder and claim letters, and its PNG image.

A letter carries a QR code only where a national standard lets the payer's banking app read the
whole transfer from it; which standard follows from the currency of the debt:

========  ==========================  =========================================================
EUR       EPC QR ("GiroCode")          EPC069-12, *Quick Response Code: Guidelines to Enable
                                       Data Capture for the Initiation of a SEPA Credit
                                       Transfer*, version 002 of the format.
HUF       MNB QR (HCT)                 Magyar Nemzeti Bank, *QR-kód útmutató* (guidelines on the
                                       QR code data entry solution of the instant payment
                                       system, 2019-07-12), a transfer order ("HCT").
RUB       GOST R 56042-2014            Two-dimensional bar code symbols for payments of
                                       individuals (header ``ST00012``).
BRL       Pix BR Code, static          Banco Central do Brasil, *Manual de Padrões para
                                       Iniciação do Pix* on the EMV® QRCPS merchant-presented
                                       format.
========  ==========================  =========================================================

Any other currency, or data a standard needs but the shop has not given (an EUR account without
IBAN, a HUF letter without a payment deadline …), gives **no** code: :func:`payment_payload`
returns ``None``, because a code that scans into a wrong transfer is worse than none. The
per-standard builders (:func:`epc_payload`, :func:`mnb_payload`, :func:`gost_payload`,
:func:`pix_payload`) raise :class:`PaymentQrError` saying what is missing instead.

Free text (names, the reference) is made safe for each format: line breaks and other control
characters become spaces, runs of spaces one, the result is cut to the field's length. Names are
cut rather than refused (the account number, not the name, routes the money); account numbers,
bank codes and tax ids are checked (IBAN and Russian account check digits, INN, CPF/CNPJ) and a
wrong one is refused.

Every code is drawn with error correction level M (:func:`qr_image_png`), which EPC and MNB
require and the others recommend, with the 4-module quiet zone of ISO/IEC 18004.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import segno
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum import iso11649
from stdnum.br import cnpj, cpf
from stdnum.ru import inn

from workshop_desk.domain.money import CENTS_PER_UNIT, format_plain

_log = logging.getLogger(__name__)

QUIET_ZONE = 4
"""Modules of white border around the symbol (ISO/IEC 18004 asks for 4)."""

MAX_VERSION_13_M_BYTES = 331
"""Bytes that fit a QR code of version 13 at level M in byte mode: the EPC and MNB ceiling."""


class PaymentQrError(ValueError):
    """The data does not make a valid code of the standard; ``str(error)`` says why."""


@dataclass(frozen=True)
class PaymentRequest:
    """What the payer's bank needs to prefill a transfer to the shop.

    ``amount`` is in minor units (cents, fillér, kopecks, centavos), like every amount of the
    program (:mod:`workshop_desk.domain.money`). Which other fields are used depends on the
    currency: IBAN and BIC for EUR and HUF, the Russian bank details for RUB, the Pix key and city
    for BRL. ``reference`` is the text the payer's bank shows and the shop finds the payment by,
    e.g. ``"C0012 2026/0132"``; ``deadline`` is the payment deadline (the end of the MNB code's
    validity).
    """

    currency: str
    amount: int
    payee_name: str
    iban: str = ""
    bic: str = ""
    account_number: str = ""
    correspondent_account: str = ""
    bank_name: str = ""
    payee_tax_id: str = ""
    pix_key: str = ""
    city: str = ""
    reference: str = ""
    deadline: date | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.amount, int) or isinstance(self.amount, bool):
            raise TypeError(f"amount must be an int of minor units, not {type(self.amount).__name__}")


def payment_payload(request: PaymentRequest) -> str | None:
    """The text of the payment QR code for ``request``, or ``None`` when no code should be printed.

    ``None`` when the currency has no supported standard (GBP, USD …) or when the data is missing
    or invalid for the standard; the reason is logged at INFO level.
    """
    builder = _BUILDERS.get(request.currency.strip().upper())
    if builder is None:
        return None
    try:
        return builder(request)
    except PaymentQrError as error:
        _log.info("No payment QR code for a %s letter: %s", request.currency, error)
        return None


def qr_image_png(payload: str, scale: int = 4) -> bytes:
    """The QR code of ``payload`` as PNG bytes: error correction M, ``scale`` pixels per module.

    The text is encoded as UTF-8 in one byte-mode segment without ECI header, as EPC (character
    set 1), MNB (character set 1), GOST (``ST00012``: UTF-8) and Pix (ASCII) expect. The border is
    the 4-module quiet zone.
    """
    if scale < 1:
        raise ValueError(f"scale must be at least 1 pixel per module, not {scale}")
    code = segno.make_qr(payload.encode("utf-8"), error="m", boost_error=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=QUIET_ZONE)
    return buffer.getvalue()


# --- EPC QR (EUR) ------------------------------------------------------------------------------


def epc_payload(request: PaymentRequest) -> str:
    """EPC QR code ("GiroCode", "SEPA QR") for a SEPA credit transfer in euro.

    EPC069-12, format version 002: lines separated by LF —

    1. ``BCD`` (service tag), 2. ``002`` (version), 3. ``1`` (character set UTF-8),
    4. ``SCT`` (SEPA credit transfer), 5. BIC (optional from version 002 within the EEA),
    6. beneficiary name (≤ 70), 7. IBAN, 8. ``EUR`` + amount with a dot and at most two decimals
    (0.01 – 999999999.99; written here always with two, ``EUR1234.50``), 9. purpose code (≤ 4,
    empty), 10. structured remittance: an ISO 11649 RF creditor reference (≤ 35), **or**
    11. unstructured remittance text (≤ 140) — never both, 12. note to the payer (≤ 70, unused).

    The last populated line is not followed by a separator, so empty trailing lines are dropped:
    the same layout as ``segno.helpers.make_epc_qr``. The whole text must fit 331 bytes (version
    13 at level M). A reference that is a valid RF creditor reference goes to line 10, any other
    to line 11.

    Raises:
        PaymentQrError: not EUR, no valid IBAN, a malformed BIC, no name, amount out of range, or
            the text is longer than 331 bytes.
    """
    _expect_currency(request, "EUR")
    iban = _valid_iban(request.iban)
    bic = _valid_bic(request.bic) if request.bic.strip() else ""
    name = _required(_truncate(_one_line(request.payee_name), 70), "the payee name")
    amount = _amount_between(request.amount, 1, 999_999_999_99)
    structured, unstructured = _epc_remittance(request.reference)
    lines = ["BCD", "002", "1", "SCT", bic, name, iban, f"EUR{format_plain(amount)}", "", structured, unstructured]
    while not lines[-1]:
        lines.pop()
    return _within_bytes("\n".join(lines), MAX_VERSION_13_M_BYTES, "an EPC QR code")


def _epc_remittance(reference: str) -> tuple[str, str]:
    """(RF creditor reference, "") when ``reference`` is one, else ("", text cut to 140)."""
    compact = iso11649.compact(reference) if reference.strip() else ""
    if compact.startswith("RF") and iso11649.is_valid(compact):
        return compact, ""
    return "", _truncate(_one_line(reference), 140)


# --- MNB QR (HUF) ------------------------------------------------------------------------------

_HUNGARIAN_LETTERS = "áéíóöőúüűÁÉÍÓÖŐÚÜŰ"


def mnb_payload(request: PaymentRequest) -> str:
    """MNB QR code of the Hungarian instant payment system: a transfer order (``HCT``).

    Per the MNB guidelines (*QR-kód útmutató*, 2019-07-12), 17 fields, each closed by LF, empty
    where not used:

    1. ``HCT`` (transfer order; ``RTP`` would be a request to pay), 2. ``001`` (version),
    3. ``1`` (character set UTF-8), 4. BIC, 11 characters (an 8-character BIC is padded with
    ``XXX``), 5. beneficiary name (≤ 70), 6. IBAN (28, Hungarian), 7. ``HUF`` + amount in whole
    forints (≤ 12 digits), 8. end of validity ``yyyyMMddHHmmss`` + time zone (mandatory),
    9. payment situation code (4, empty), 10. message to the beneficiary (≤ 70),
    11.–17. shop, merchant device, invoice, customer, beneficiary transaction, loyalty and NAV
    verification ids (≤ 35 each, empty). At most version 13 at level M, so ≤ 331 bytes.

    The amount is rounded half up from fillér to whole forints (12345.50 Ft → ``HUF12346``):
    transfers have no 5-forint cash rounding. Validity ends at 23:59:59 Budapest time on the
    payment deadline; the zone is written as ``+`` and the offset from UTC in hours, ``+1`` in
    winter (CET) and ``+2`` in summer (CEST), as the public implementations of the guidelines do
    (the 16-character field, e.g. ``20260115235959+1``). Text outside basic Latin and the
    Hungarian letters is folded to ASCII (``Ş`` → ``S``).

    Raises:
        PaymentQrError: not HUF, no valid Hungarian IBAN or BIC, no name, no deadline, an amount
            below one forint, or the text is longer than 331 bytes.
    """
    _expect_currency(request, "HUF")
    iban = _valid_iban(request.iban)
    if not iban.startswith("HU") or len(iban) != 28:
        raise PaymentQrError(f"the MNB code needs a Hungarian IBAN of 28 characters, not {iban!r}")
    if not request.bic.strip():
        raise PaymentQrError("the MNB code needs the BIC of the shop's bank")
    bic = _valid_bic(request.bic)
    bic = bic + "XXX" if len(bic) == 8 else bic
    name = _required(_truncate(_fold(_one_line(request.payee_name), _HUNGARIAN_LETTERS), 70), "the payee name")
    forints = _amount_between(request.amount, 1, 999_999_999_999 * CENTS_PER_UNIT)
    forints = (forints + CENTS_PER_UNIT // 2) // CENTS_PER_UNIT  # half up; positive amounts only
    if forints < 1:
        raise PaymentQrError("the MNB code needs an amount of at least 1 forint")
    if request.deadline is None:
        raise PaymentQrError("the MNB code needs the payment deadline (end of validity)")
    message = _truncate(_fold(_one_line(request.reference), _HUNGARIAN_LETTERS), 70)
    fields = ["HCT", "001", "1", bic, name, iban, f"HUF{forints}", _mnb_validity(request.deadline), "", message]
    fields += [""] * 7  # shop, device, invoice, customer, transaction, loyalty and NAV ids
    return _within_bytes("".join(field + "\n" for field in fields), MAX_VERSION_13_M_BYTES, "an MNB QR code")


def _mnb_validity(deadline: date) -> str:
    """``yyyyMMdd235959+z``: the end of ``deadline`` in Budapest, ``z`` the UTC offset in hours."""
    return f"{deadline:%Y%m%d}235959+{_budapest_utc_offset_hours(deadline)}"


def _budapest_utc_offset_hours(day: date) -> int:
    """UTC offset of Budapest at 23:59:59 on ``day``: 1 (CET) or 2 (CEST).

    From the time zone database when the system has it (a frozen Windows build may not), else
    from the EU summer-time rule of Directive 2000/84/EC (:func:`_eu_summer_time_offset_hours`).
    """
    try:
        zone = ZoneInfo("Europe/Budapest")
    except ZoneInfoNotFoundError:
        return _eu_summer_time_offset_hours(day)
    offset = datetime.combine(day, time(23, 59, 59), tzinfo=zone).utcoffset()
    if offset is None:  # never for a ZoneInfo; keeps the type checker content
        return _eu_summer_time_offset_hours(day)
    return offset // timedelta(hours=1)


def _eu_summer_time_offset_hours(day: date) -> int:
    """Central European offset at the end of ``day``: summer time (2) runs from the last Sunday of
    March to the last Sunday of October, switching at 01:00 UTC; so at 23:59 local it is summer
    time from the March Sunday up to the day before the October Sunday."""
    return 2 if _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10) else 1


def _last_sunday(year: int, month: int) -> date:
    last_day = date(year, month + 1, 1) - timedelta(days=1)
    return last_day - timedelta(days=(last_day.weekday() - 6) % 7)


# --- GOST R 56042-2014 (RUB) -------------------------------------------------------------------


def gost_payload(request: PaymentRequest) -> str:
    """Russian payment QR code of GOST R 56042-2014 (ГОСТ Р 56042-2014).

    Service block ``ST00012`` (format ``ST``, version ``0001``, character set ``2`` = UTF-8),
    then ``|Key=Value`` pairs with ``|`` as separator, no separator at the end (the standard's
    own example). Mandatory, in this order: ``Name`` (payee, ≤ 160), ``PersonalAcc`` (расчётный
    счёт, 20 digits), ``BankName`` (≤ 45), ``BIC`` (БИК, 9 digits), ``CorrespAcc`` (корр. счёт,
    20 digits). Additional ones written here: ``Sum`` (in kopecks, ≤ 18 digits), ``Purpose``
    (назначение платежа, the reference, ≤ 210), ``PayeeINN`` (ИНН, 10 or 12 digits). The payer's
    name would go in ``LastName``/``FirstName``/``MiddleName``; it is left to the payer's bank.

    A value may not contain the separator: ``|`` in free text becomes ``/``. Both account numbers
    are checked against the BIC with the Bank of Russia's control key (weights 7-1-3 over the
    last three BIC digits + settlement account, and ``0`` + BIC digits 5–6 + correspondent
    account); a typo in them gives no code.

    Raises:
        PaymentQrError: not RUB, a missing or malformed account, BIC or INN, a failing control
            key, no name or bank name, or no positive amount.
    """
    _expect_currency(request, "RUB")
    name = _required(_gost_text(request.payee_name, 160), "the payee name")
    bank_name = _required(_gost_text(request.bank_name, 45), "the bank name")
    bic = _digits(request.bic, 9, "the BIC (БИК)")
    account = _digits(request.account_number, 20, "the account number (расчётный счёт)")
    correspondent = _digits(request.correspondent_account, 20, "the correspondent account (корр. счёт)")
    if not _ru_control_key_ok(bic[-3:] + account):
        raise PaymentQrError(f"account number {account} does not match BIC {bic} (control key)")
    if not _ru_control_key_ok("0" + bic[4:6] + correspondent):
        raise PaymentQrError(f"correspondent account {correspondent} does not match BIC {bic} (control key)")
    amount = _amount_between(request.amount, 1, 10**18 - 1)
    pairs = [
        ("Name", name),
        ("PersonalAcc", account),
        ("BankName", bank_name),
        ("BIC", bic),
        ("CorrespAcc", correspondent),
        ("Sum", str(amount)),
    ]
    purpose = _gost_text(request.reference, 210)
    if purpose:
        pairs.append(("Purpose", purpose))
    if request.payee_tax_id.strip():
        tax_id = inn.compact(request.payee_tax_id)
        if not inn.is_valid(tax_id):
            raise PaymentQrError(f"{request.payee_tax_id!r} is not a valid INN")
        pairs.append(("PayeeINN", tax_id))
    return "ST00012" + "".join(f"|{key}={value}" for key, value in pairs)


def _gost_text(text: str, limit: int) -> str:
    return _truncate(_one_line(text).replace("|", "/"), limit)


def _ru_control_key_ok(digits: str) -> bool:
    """The Bank of Russia control key: Σ (digit × 7, 1, 3, 7, 1, 3 …) mod 10 = 0, per product's last digit."""
    weights = (7, 1, 3)
    return sum(int(digit) * weights[i % 3] % 10 for i, digit in enumerate(digits)) % 10 == 0


# --- Pix BR Code (BRL) -------------------------------------------------------------------------

_PIX_GUI = "br.gov.bcb.pix"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PHONE = re.compile(r"^\+[1-9]\d{1,14}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def pix_payload(request: PaymentRequest) -> str:
    """Static Pix BR Code: EMV® merchant-presented QR data objects, ID (2 digits), length
    (2 digits), value, in this order —

    ``00`` payload format ``01``; ``01`` point of initiation ``11`` (static, reusable);
    ``26`` merchant account {``00`` GUI ``br.gov.bcb.pix``, ``01`` the Pix key (≤ 77), ``02``
    additional information shown to the payer (the reference, as far as template 26 stays
    ≤ 99)}; ``52`` category ``0000``; ``53`` currency ``986`` (BRL); ``54`` amount with a dot
    (``123.45``, ≤ 13); ``58`` ``BR``; ``59`` merchant name (≤ 25); ``60`` city (≤ 15);
    ``62`` {``05`` txid: letters and digits only, ≤ 25, or ``***`` when there is none};
    ``63`` CRC16-CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) over everything up to and
    including ``6304``, as 4 uppercase hex digits.

    Name, city and texts are folded to ASCII (``São José`` → ``Sao Jose``) and cut to length; the
    txid is the reference without its spaces and punctuation. The Pix key is normalised
    (CPF/CNPJ without punctuation, phone as ``+55…``, random key in lower case) and refused when
    it is none of the key types.

    Raises:
        PaymentQrError: not BRL, an unrecognised Pix key, no name or city, or no positive amount.
    """
    _expect_currency(request, "BRL")
    key = _pix_key(request.pix_key)
    name = _required(_truncate(_fold(_one_line(request.payee_name)), 25), "the payee name")
    city = _required(_truncate(_fold(_one_line(request.city)), 15), "the city")
    amount = _amount_between(request.amount, 1, 999_999_999_999)
    folded_reference = _fold(_one_line(request.reference))
    txid = re.sub(r"[^A-Za-z0-9]", "", folded_reference)[:25] or "***"
    account = _tlv("00", _PIX_GUI) + _tlv("01", key)
    room = 99 - len(account) - 4
    description = _truncate(folded_reference, room) if room > 0 else ""
    if description:
        account += _tlv("02", description)
    payload = (
        _tlv("00", "01")
        + _tlv("01", "11")
        + _tlv("26", account)
        + _tlv("52", "0000")
        + _tlv("53", "986")
        + _tlv("54", format_plain(amount))
        + _tlv("58", "BR")
        + _tlv("59", name)
        + _tlv("60", city)
        + _tlv("62", _tlv("05", txid))
        + "6304"
    )
    return payload + f"{crc16_ccitt_false(payload.encode('ascii')):04X}"


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR.

    The check value of ``b"123456789"`` is 0x29B1. Pix uses it for data object 63.
    """
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def _tlv(tag: str, value: str) -> str:
    if len(value) > 99:
        raise PaymentQrError(f"data object {tag} is longer than 99 characters")
    return f"{tag}{len(value):02d}{value}"


def _pix_key(raw: str) -> str:
    """The Pix key in the form the DICT directory stores it, or PaymentQrError."""
    key = raw.strip()
    if not key:
        raise PaymentQrError("the Pix code needs the shop's Pix key")
    if not key.isascii():
        raise PaymentQrError(f"{key!r} is not a Pix key (non-ASCII characters)")
    if "@" in key:
        if _EMAIL.match(key) and len(key) <= 77:
            return key
        raise PaymentQrError(f"{key!r} is not a valid e-mail Pix key")
    if key.startswith("+"):
        phone = re.sub(r"[\s().-]", "", key)
        if _PHONE.match(phone):
            return phone
        raise PaymentQrError(f"{key!r} is not a valid phone Pix key (+55 and the number)")
    if _UUID.match(key.lower()):
        return key.lower()
    compact = re.sub(r"[\s./-]", "", key).upper()
    if len(compact) == 11 and cpf.is_valid(compact):
        return compact
    if len(compact) == 14 and cnpj.is_valid(compact):
        return compact
    raise PaymentQrError(
        f"{key!r} is not a Pix key: expected a CPF, a CNPJ, an e-mail, a phone number as +55… or a random key"
    )


# --- shared helpers ----------------------------------------------------------------------------

_ASCII_EXTRA = {"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ł": "l"}
_ASCII_EXTRA |= {"Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"}


def _expect_currency(request: PaymentRequest, currency: str) -> None:
    if request.currency.strip().upper() != currency:
        raise PaymentQrError(f"this code is for {currency}, not {request.currency!r}")


def _one_line(text: str) -> str:
    """``text`` on one line: NFC, control characters → space, invisible format characters
    dropped, whitespace runs → one space, no leading or trailing space."""
    kept = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if category == "Cc":
            kept.append(" ")
        elif not category.startswith("C"):
            kept.append(char)
    return " ".join("".join(kept).split())


def _fold(text: str, keep: str = "") -> str:
    """``text`` in printable ASCII, except the characters in ``keep``: accents are dropped
    (``ã`` → ``a``), a few letters spelled out (``ß`` → ``ss``), anything else left out."""
    folded = []
    for char in text:
        if char in keep or (char.isascii() and char.isprintable()):
            folded.append(char)
        elif char in _ASCII_EXTRA:
            folded.append(_ASCII_EXTRA[char])
        else:
            base = unicodedata.normalize("NFKD", char)
            folded.append("".join(c for c in base if c.isascii() and c.isprintable()))
    return " ".join("".join(folded).split())


def _truncate(text: str, limit: int) -> str:
    return text[:limit].rstrip()


def _required(value: str, what: str) -> str:
    if not value:
        raise PaymentQrError(f"{what} is missing")
    return value


def _amount_between(amount: int, smallest: int, largest: int) -> int:
    if not smallest <= amount <= largest:
        raise PaymentQrError(f"amount {amount} (minor units) is outside {smallest}…{largest}")
    return amount


def _digits(text: str, length: int, what: str) -> str:
    value = re.sub(r"\s", "", text)
    if not (value.isascii() and value.isdigit() and len(value) == length):
        raise PaymentQrError(f"{what} must be {length} digits, not {text!r}")
    return value


def _valid_iban(text: str) -> str:
    if not text.strip():
        raise PaymentQrError("the IBAN of the shop's account is missing")
    iban = stdnum_iban.compact(text)
    if not stdnum_iban.is_valid(iban):
        raise PaymentQrError(f"{text!r} is not a valid IBAN")
    return iban


def _valid_bic(text: str) -> str:
    bic = stdnum_bic.compact(text)
    if not stdnum_bic.is_valid(bic):
        raise PaymentQrError(f"{text!r} is not a valid BIC")
    return bic


def _within_bytes(payload: str, limit: int, what: str) -> str:
    size = len(payload.encode("utf-8"))
    if size > limit:
        raise PaymentQrError(f"the text of {what} is {size} bytes, more than {limit}")
    return payload


_BUILDERS: dict[str, Callable[[PaymentRequest], str]] = {
    "EUR": epc_payload,
    "HUF": mnb_payload,
    "RUB": gost_payload,
    "BRL": pix_payload,
}
