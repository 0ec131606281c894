"""Payment QR codes: exact payloads written by hand from the standards, and PNGs that decode back.

EPC069-12 (EUR), the MNB QR guidelines (HUF), GOST R 56042-2014 (RUB) and the Pix BR Code (BRL);
the references for each field are in the docstrings of ``workshop_desk.letters.payment_qr``.
"""

from __future__ import annotations

import binascii
import dataclasses
import io
import logging
from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
import segno
import segno.helpers
import zxingcpp
from PIL import Image

from workshop_desk.letters import payment_qr
from workshop_desk.letters.payment_qr import (
    PaymentQrError,
    PaymentRequest,
    crc16_ccitt_false,
    epc_payload,
    gost_payload,
    mnb_payload,
    payment_payload,
    pix_payload,
    qr_image_png,
)

EUR = PaymentRequest(
    currency="EUR",
    amount=123450,
    payee_name="Officina Rossi S.r.l.",
    iban="IT60 X054 2811 1010 0000 0123 456",
    bic="BPPIITRRXXX",
    reference="C0012 2026/0132",
)
HUF = PaymentRequest(
    currency="HUF",
    amount=1_234_550,
    payee_name="Szabó és Társa Kft.",
    iban="HU42 1177 3016 1111 1018 0000 0000",
    bic="OTPVHUHB",
    reference="C0012 2026/0132",
    deadline=date(2026, 1, 15),
)
RUB = PaymentRequest(
    currency="RUB",
    amount=100000,
    payee_name="ООО «Три кита»",
    account_number="40702810138250123017",
    correspondent_account="30101810400000000225",
    bank_name='ОАО "БАНК"',
    bic="044525225",
    payee_tax_id="7707083893",
    reference="Оплата по счёту 2026/0132",
)
BRL = PaymentRequest(
    currency="BRL",
    amount=12345,
    payee_name="Oficina São José Ltda ME Reparações",
    pix_key="123.456.789-09",
    city="São Paulo",
    reference="C0012 2026/0132",
)

# The static BR Code printed in Banco Central's "Manual de Padrões para Iniciação do Pix":
# random key, no amount, no point-of-initiation field; its CRC is the manual's own.
BCB_MANUAL_EXAMPLE = (
    "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000"
    "5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D"
)


def _with(request: PaymentRequest, **changes: object) -> PaymentRequest:
    return dataclasses.replace(request, **changes)  # type: ignore[arg-type]


def _lines(payload: str) -> list[str]:
    return payload.split("\n")


# --- EPC QR (EUR) ------------------------------------------------------------------------------


def test_epc_payload_with_a_free_text_reference() -> None:
    assert epc_payload(EUR) == (
        "BCD\n002\n1\nSCT\nBPPIITRRXXX\nOfficina Rossi S.r.l.\nIT60X0542811101000000123456\nEUR1234.50\n"
        "\n"
        "\nC0012 2026/0132"
    )


def test_epc_payload_puts_an_rf_creditor_reference_in_the_structured_line() -> None:
    payload = epc_payload(_with(EUR, reference="RF18 5390 0754 7034"))

    assert payload == (
        "BCD\n002\n1\nSCT\nBPPIITRRXXX\nOfficina Rossi S.r.l.\nIT60X0542811101000000123456\nEUR1234.50\n"
        "\nRF18539007547034"
    )


def test_epc_payload_without_bic_and_reference_ends_at_the_amount() -> None:
    payload = epc_payload(_with(EUR, bic="", reference=""))

    assert payload == "BCD\n002\n1\nSCT\n\nOfficina Rossi S.r.l.\nIT60X0542811101000000123456\nEUR1234.50"


def test_epc_an_invalid_rf_reference_is_sent_as_text() -> None:
    assert _lines(epc_payload(_with(EUR, reference="RF19 5390 0754 7034")))[9:] == ["", "RF19 5390 0754 7034"]


@pytest.mark.parametrize(
    ("cents", "line"),
    [(123450, "EUR1234.50"), (1, "EUR0.01"), (100, "EUR1.00"), (99_999_999_999, "EUR999999999.99")],
)
def test_epc_amount_has_a_dot_and_two_decimals(cents: int, line: str) -> None:
    assert _lines(epc_payload(_with(EUR, amount=cents)))[7] == line


@pytest.mark.parametrize("cents", [0, -100, 100_000_000_000])
def test_epc_amount_outside_the_range_gives_no_code(cents: int) -> None:
    assert payment_payload(_with(EUR, amount=cents)) is None


@pytest.mark.parametrize(
    ("reference", "structured"),
    [("C0012 2026/0132", False), ("RF18 5390 0754 7034", True)],
)
def test_epc_matrix_is_the_one_segno_helper_draws(reference: str, structured: bool) -> None:
    """Same text, byte for byte, as segno.helpers.make_epc_qr (UTF-8, an amount without trailing zero)."""
    request = _with(EUR, amount=1234, reference=reference)
    remittance = {"reference": "RF18539007547034"} if structured else {"text": reference}
    expected = segno.helpers.make_epc_qr(
        name=request.payee_name,
        iban="IT60X0542811101000000123456",
        amount=Decimal("12.34"),
        bic=request.bic,
        encoding="utf-8",
        **remittance,
    )

    drawn = segno.make_qr(epc_payload(request).encode("utf-8"), error="m", boost_error=False)

    assert (drawn.designator, drawn.matrix) == (expected.designator, expected.matrix)


def test_epc_name_is_cut_to_70_characters() -> None:
    name = "Officina meccanica " + "Rossi " * 20

    assert _lines(epc_payload(_with(EUR, payee_name=name)))[5] == name[:70].rstrip()


def test_epc_reference_is_one_line_and_at_most_140_characters() -> None:
    assert _lines(epc_payload(_with(EUR, reference="  C0012\n2026/0132\t\r\n")))[10] == "C0012 2026/0132"
    long_text = "Fattura 2026/0132 " * 12

    assert _lines(epc_payload(_with(EUR, reference=long_text)))[10] == long_text[:140].rstrip()


def test_epc_largest_text_still_fits_version_13() -> None:
    longest_iban = "LC55 HEMM 0001 0001 0012 0012 0002 3015"  # 32 characters
    payload = epc_payload(_with(EUR, payee_name="N" * 70, reference="T" * 140, iban=longest_iban))

    assert segno.make_qr(payload.encode("utf-8"), error="m", boost_error=False).version <= 13


def test_epc_text_over_331_bytes_gives_no_code() -> None:
    with pytest.raises(PaymentQrError, match="331"):
        epc_payload(_with(EUR, payee_name="€" * 70, reference="€" * 140))


@pytest.mark.parametrize(
    "changes",
    [
        {"iban": ""},
        {"iban": "IT61X0542811101000000123456"},  # check digits wrong
        {"bic": "BPPI"},
        {"payee_name": "  \n "},
    ],
)
def test_epc_with_missing_or_wrong_data_gives_no_code(changes: dict[str, str]) -> None:
    assert payment_payload(_with(EUR, **changes)) is None


# --- MNB QR (HUF) ------------------------------------------------------------------------------


def test_mnb_payload_has_17_fields_each_closed_by_a_line_feed() -> None:
    assert mnb_payload(HUF) == (
        "HCT\n001\n1\nOTPVHUHBXXX\nSzabó és Társa Kft.\nHU42117730161111101800000000\nHUF12346\n"
        "20260115235959+1\n\nC0012 2026/0132\n\n\n\n\n\n\n\n"
    )


@pytest.mark.parametrize(
    ("deadline", "validity"),
    [
        (date(2026, 1, 15), "20260115235959+1"),
        (date(2026, 3, 28), "20260328235959+1"),
        (date(2026, 3, 29), "20260329235959+2"),  # last Sunday of March: summer time from 01:00 UTC
        (date(2026, 7, 1), "20260701235959+2"),
        (date(2026, 10, 24), "20261024235959+2"),
        (date(2026, 10, 25), "20261025235959+1"),  # last Sunday of October: winter time again
    ],
)
def test_mnb_validity_ends_the_deadline_day_in_budapest_time(deadline: date, validity: str) -> None:
    assert _lines(mnb_payload(_with(HUF, deadline=deadline)))[7] == validity


def test_eu_summer_time_rule_agrees_with_the_time_zone_database() -> None:
    """The fallback for systems without tz data gives Budapest's offset on every day of 2024–2030."""
    try:
        budapest = ZoneInfo("Europe/Budapest")
    except ZoneInfoNotFoundError:
        pytest.skip("this system has no time zone database")
    from datetime import datetime, time

    day = date(2024, 1, 1)
    while day.year <= 2030:
        offset = datetime.combine(day, time(23, 59, 59), tzinfo=budapest).utcoffset()
        assert offset is not None
        assert payment_qr._eu_summer_time_offset_hours(day) == offset // timedelta(hours=1), day
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("filler", "line"),
    [(1_234_550, "HUF12346"), (1_234_549, "HUF12345"), (150, "HUF2"), (149, "HUF1"), (100, "HUF1")],
)
def test_mnb_amount_is_rounded_half_up_to_whole_forints(filler: int, line: str) -> None:
    assert _lines(mnb_payload(_with(HUF, amount=filler)))[6] == line


@pytest.mark.parametrize(
    "changes",
    [
        {"amount": 49},  # rounds to 0 Ft
        {"amount": 0},
        {"deadline": None},
        {"bic": ""},
        {"iban": ""},
        {"iban": "DE89 3704 0044 0532 0130 00"},  # valid, but not Hungarian
        {"payee_name": ""},
    ],
)
def test_mnb_with_missing_or_wrong_data_gives_no_code(changes: dict[str, object]) -> None:
    assert payment_payload(_with(HUF, **changes)) is None


def test_mnb_keeps_an_11_character_bic() -> None:
    assert _lines(mnb_payload(_with(HUF, bic="GIBAHUHBXXX")))[3] == "GIBAHUHBXXX"


def test_mnb_texts_keep_hungarian_letters_and_fold_others() -> None:
    payload = mnb_payload(_with(HUF, payee_name="Şükür Autószerviz Bt.", reference="Számla 2026/0132 – köszönjük"))

    assert _lines(payload)[4] == "Sükür Autószerviz Bt."
    assert _lines(payload)[9] == "Számla 2026/0132 köszönjük"


def test_mnb_name_and_message_are_cut_to_70_characters() -> None:
    assert _lines(mnb_payload(_with(HUF, payee_name="Ő" * 80)))[4] == "Ő" * 70
    assert _lines(mnb_payload(_with(HUF, reference="ű" * 80)))[9] == "ű" * 70


def test_mnb_text_over_331_bytes_gives_no_code() -> None:
    """Version 13 at level M is the ceiling; 70 accented letters in both name and message pass it."""
    with pytest.raises(PaymentQrError, match="331"):
        mnb_payload(_with(HUF, payee_name="Ő" * 70, reference="ű" * 70))


# --- GOST R 56042-2014 (RUB) -------------------------------------------------------------------


def test_gost_payload() -> None:
    assert gost_payload(RUB) == (
        'ST00012|Name=ООО «Три кита»|PersonalAcc=40702810138250123017|BankName=ОАО "БАНК"|BIC=044525225'
        "|CorrespAcc=30101810400000000225|Sum=100000|Purpose=Оплата по счёту 2026/0132|PayeeINN=7707083893"
    )


def test_gost_payload_without_optional_purpose_and_inn() -> None:
    assert gost_payload(_with(RUB, reference="", payee_tax_id="")) == (
        'ST00012|Name=ООО «Три кита»|PersonalAcc=40702810138250123017|BankName=ОАО "БАНК"|BIC=044525225'
        "|CorrespAcc=30101810400000000225|Sum=100000"
    )


def test_gost_values_never_contain_the_separator() -> None:
    payload = gost_payload(_with(RUB, payee_name="ООО Ремонт|Сервис", reference="Счёт\n2026|0132"))

    assert "|Name=ООО Ремонт/Сервис|" in payload
    assert payload.endswith("|Purpose=Счёт 2026/0132|PayeeINN=7707083893")
    assert payload.count("|") == 8


def test_gost_texts_are_cut_to_their_lengths() -> None:
    payload = gost_payload(_with(RUB, payee_name="Я" * 200, bank_name="Б" * 60, reference="П" * 300))
    fields = dict(pair.split("=", 1) for pair in payload.split("|")[1:])

    assert (len(fields["Name"]), len(fields["BankName"]), len(fields["Purpose"])) == (160, 45, 210)


@pytest.mark.parametrize(
    "changes",
    [
        {"account_number": "40702810138250123018"},  # typo: control key fails
        {"correspondent_account": "30101810400000000226"},
        {"account_number": "4070281013825012301"},  # 19 digits
        {"bic": "04452522"},
        {"bank_name": ""},
        {"payee_tax_id": "6200098765"},  # the standard's example INN has wrong check digits
        {"amount": 0},
    ],
)
def test_gost_with_missing_or_wrong_data_gives_no_code(changes: dict[str, object]) -> None:
    assert payment_payload(_with(RUB, **changes)) is None


# --- Pix BR Code (BRL) -------------------------------------------------------------------------


def test_crc16_ccitt_false_check_values() -> None:
    assert crc16_ccitt_false(b"123456789") == 0x29B1
    assert crc16_ccitt_false(BCB_MANUAL_EXAMPLE[:-4].encode("ascii")) == 0x1D3D
    for data in (b"", b"\x00", b"\xff" * 7, "ST00012|Name=ООО".encode()):
        assert crc16_ccitt_false(data) == binascii.crc_hqx(data, 0xFFFF)


def test_pix_payload_of_the_manual_example_with_amount_and_static_marker() -> None:
    request = PaymentRequest(
        currency="BRL",
        amount=12345,
        payee_name="Fulano de Tal",
        pix_key="123e4567-e12b-12d1-a456-426655440000",
        city="BRASILIA",
    )

    payload = pix_payload(request)

    assert payload == (
        "000201010211"
        "26580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000"
        "52040000"
        "5303986"
        "5406123.45"
        "5802BR"
        "5913Fulano de Tal"
        "6008BRASILIA"
        "62070503***"
        "63049537"
    )
    # Without the two fields the manual's example lacks, it is the manual's example, CRC included.
    stripped = payload.replace("010211", "", 1).replace("5406123.45", "", 1)[:-4]
    assert stripped + f"{crc16_ccitt_false(stripped.encode('ascii')):04X}" == BCB_MANUAL_EXAMPLE


def test_pix_payload_folds_accents_and_makes_the_txid_from_the_reference() -> None:
    assert pix_payload(BRL) == (
        "000201010211"
        "26520014br.gov.bcb.pix011112345678909"
        "0215C0012 2026/0132"
        "52040000"
        "5303986"
        "5406123.45"
        "5802BR"
        "5924Oficina Sao Jose Ltda ME"
        "6009Sao Paulo"
        "62170513C001220260132"
        "6304F7D8"
    )


def _tlv_fields(payload: str) -> dict[str, str]:
    fields = {}
    position = 0
    while position < len(payload):
        tag, length = payload[position : position + 2], int(payload[position + 2 : position + 4])
        fields[tag] = payload[position + 4 : position + 4 + length]
        position += 4 + length
    assert position == len(payload)
    return fields


def _assert_valid_br_code(payload: str) -> dict[str, str]:
    fields = _tlv_fields(payload)
    assert list(fields)[:: len(fields) - 1] == ["00", "63"]
    assert fields["63"] == f"{crc16_ccitt_false(payload[:-4].encode('ascii')):04X}"
    assert len(fields["26"]) <= 99
    return fields


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("123.456.789-09", "12345678909"),
        ("11.222.333/0001-81", "11222333000181"),
        ("+55 (61) 91234-5678", "+5561912345678"),
        ("123E4567-E12B-12D1-A456-426655440000", "123e4567-e12b-12d1-a456-426655440000"),
        (" oficina@example.com.br ", "oficina@example.com.br"),
    ],
)
def test_pix_key_is_normalised(raw: str, key: str) -> None:
    fields = _assert_valid_br_code(pix_payload(_with(BRL, pix_key=raw)))

    assert _tlv_fields(fields["26"])["01"] == key


@pytest.mark.parametrize("raw", ["", "12345678900", "61912345678", "oficina@", "+55 abc", "chave pix"])
def test_pix_with_an_unrecognised_key_gives_no_code(raw: str) -> None:
    assert payment_payload(_with(BRL, pix_key=raw)) is None


def test_pix_texts_are_cut_and_the_description_fits_template_26() -> None:
    long_key = "o" * 60 + "@example.com.br"  # 75 characters: no room left for a description
    payload = pix_payload(
        _with(BRL, pix_key=long_key, payee_name="Ç" * 40, city="Ribeirão das Neves do Norte", reference="X-1 " * 20)
    )

    fields = _assert_valid_br_code(payload)
    assert fields["59"] == "C" * 25
    assert fields["60"] == "Ribeirao das Ne"
    assert _tlv_fields(fields["62"]) == {"05": "X1" * 12 + "X"}
    assert "02" not in _tlv_fields(fields["26"])


def test_pix_without_reference_uses_three_asterisks() -> None:
    fields = _assert_valid_br_code(pix_payload(_with(BRL, reference="")))

    assert fields["62"] == "0503***"
    assert "02" not in _tlv_fields(fields["26"])


@pytest.mark.parametrize("changes", [{"city": ""}, {"payee_name": "  "}, {"amount": 0}])
def test_pix_with_missing_data_gives_no_code(changes: dict[str, object]) -> None:
    assert payment_payload(_with(BRL, **changes)) is None


# --- choosing the standard, PNG ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_", "builder"),
    [(EUR, epc_payload), (HUF, mnb_payload), (RUB, gost_payload), (BRL, pix_payload)],
)
def test_currency_chooses_the_standard(request_: PaymentRequest, builder: object) -> None:
    assert payment_payload(request_) == builder(request_)  # type: ignore[operator]
    assert payment_payload(_with(request_, currency=request_.currency.lower())) == builder(request_)  # type: ignore[operator]


@pytest.mark.parametrize("currency", ["GBP", "USD", "CHF", ""])
def test_other_currencies_get_no_code(currency: str) -> None:
    assert payment_payload(_with(EUR, currency=currency)) is None


def test_a_builder_refuses_another_currency() -> None:
    with pytest.raises(PaymentQrError, match="EUR"):
        epc_payload(HUF)


def test_the_reason_for_no_code_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="workshop_desk.letters.payment_qr"):
        assert payment_payload(_with(EUR, iban="")) is None

    assert "IBAN" in caplog.text


def test_amount_must_be_integer_minor_units() -> None:
    with pytest.raises(TypeError, match="int"):
        PaymentRequest(currency="EUR", amount=12.5, payee_name="X")  # type: ignore[arg-type]


@pytest.mark.parametrize("request_", [EUR, HUF, RUB, BRL], ids=["EPC", "MNB", "GOST", "Pix"])
def test_png_decodes_back_to_the_payload(request_: PaymentRequest) -> None:
    payload = payment_payload(request_)
    assert payload is not None

    png = qr_image_png(payload, scale=4)

    image = Image.open(io.BytesIO(png))
    modules = segno.make_qr(payload.encode("utf-8"), error="m", boost_error=False).symbol_size(scale=1, border=4)
    assert image.format == "PNG"
    assert image.size == (modules[0] * 4, modules[1] * 4)
    decoded = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(decoded) == 1
    assert decoded[0].bytes == payload.encode("utf-8")
    assert decoded[0].ec_level == "M"


def test_png_scale_must_be_positive() -> None:
    with pytest.raises(ValueError, match="scale"):
        qr_image_png("BCD", scale=0)
