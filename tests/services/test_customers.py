"""Customers: field checks, saving (create, update, duplicates, stale copies), codes and vehicles."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from workshop_desk.db.models import Customer
from workshop_desk.db.session import Database
from workshop_desk.domain.identifiers import IdProblem
from workshop_desk.services.customers import (
    CustomerData,
    DuplicateCustomerError,
    FieldProblem,
    StaleRecordError,
    VehicleRecord,
    add_vehicle,
    check_customer,
    get_customer,
    next_customer_code,
    save_customer,
    vehicles_of,
)

pytestmark = pytest.mark.both_engines

VALID_IBAN = "GB29 NWBK 6016 1331 9268 19"
"""The textbook British IBAN; changing its last digit breaks the IBAN check digits."""


def person(**changes: object) -> CustomerData:
    """A customer who passes every check; ``changes`` replace fields."""
    return replace(CustomerData(code="C0001", name="Rossi Mario"), **changes)  # type: ignore[arg-type]


def create(database: Database, **changes: object) -> int:
    with database.write() as session:
        return save_customer(session, person(**changes))


def customer_count(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Customer)) or 0


# --- check_customer -------------------------------------------------------------------------------


def test_a_customer_with_every_field_valid_has_no_problems() -> None:
    data = person(
        tax_id="RSSMRA85T10A562S",
        email="mario.rossi@example.it",
        phone="+39 (02) 1234-5678",
        country="IT",
        iban=VALID_IBAN,
        debt_limit=0,
    )
    assert check_customer(data, "IT") == {}


@pytest.mark.parametrize("blank", ["", "   "])
@pytest.mark.parametrize("field", ["code", "name"])
def test_code_and_name_are_required(field: str, blank: str) -> None:
    assert check_customer(person(**{field: blank}), "GB") == {field: FieldProblem.REQUIRED}


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("code", 32),
        ("name", 200),
        ("email", 200),
        ("phone", 40),
        ("address", 200),
        ("postal_code", 20),
        ("city", 100),
        ("notes", 10_000),
    ],
)
def test_a_field_longer_than_its_column_is_too_long(field: str, limit: int) -> None:
    at_limit = "1" * limit if field == "phone" else "x" * limit
    if field == "email":
        at_limit = "a" * (limit - len("@example.it")) + "@example.it"
    assert field not in check_customer(person(**{field: at_limit}), "GB")
    assert check_customer(person(**{field: at_limit + "1"}), "GB") == {field: FieldProblem.TOO_LONG}


def test_a_too_long_tax_id_or_iban_is_reported_as_too_long_not_as_invalid() -> None:
    problems = check_customer(person(tax_id="1" * 41, iban="GB" + "1" * 39, country="IT"), "GB")
    assert problems == {"tax_id": FieldProblem.TOO_LONG, "iban": FieldProblem.TOO_LONG}


def test_a_negative_debt_limit_is_refused_and_zero_is_allowed() -> None:
    assert check_customer(person(debt_limit=-1), "GB") == {"debt_limit": FieldProblem.NEGATIVE}
    assert check_customer(person(debt_limit=0), "GB") == {}


@pytest.mark.parametrize("country", ["it", "ITA", "I", "1T", "Italia"])
def test_a_country_must_be_two_capital_letters(country: str) -> None:
    assert check_customer(person(country=country), "GB") == {"country": FieldProblem.COUNTRY}


@pytest.mark.parametrize("country", ["", "DE", "IT"])
def test_an_empty_or_iso_country_is_accepted(country: str) -> None:
    assert check_customer(person(country=country), "GB") == {}


TAX_IDS = [
    # country, valid, the same with one digit changed
    pytest.param("IT", "00743110157", "00743110158", id="IT-partita-IVA"),
    pytest.param("IT", "RSSMRA85T10A562S", "RSSMRA85T10A562T", id="IT-codice-fiscale"),
    pytest.param("RU", "7707083893", "7707083894", id="RU-INN-10"),
    pytest.param("RU", "500100732259", "500100732258", id="RU-INN-12"),
    pytest.param("BR", "390.533.447-05", "390.533.447-06", id="BR-CPF"),
    pytest.param("BR", "11.222.333/0001-81", "11.222.333/0001-82", id="BR-CNPJ"),
    # 1·9+2·7+8·3+9·1+2·9+3·7+1·3+2·1 = 100 ≡ 0 (mod 10); the changed eighth digit adds 1.
    pytest.param("HU", "12892312-2-13", "12892313-2-13", id="HU-adoszam"),
    # 8·1+1·2+2·3+3·4+4·5+5·6+6·7+7·8+8·9 = 248 ≡ 6 (mod 11), so the tenth digit is 6.
    pytest.param("HU", "8123456786", "8123456789", id="HU-adoazonosito-jel"),
]


@pytest.mark.parametrize(("country", "valid", "wrong"), TAX_IDS)
def test_a_tax_id_with_a_wrong_check_digit_is_refused_for_the_customers_country(
    country: str, valid: str, wrong: str
) -> None:
    assert check_customer(person(country=country, tax_id=valid), "GB") == {}
    assert check_customer(person(country=country, tax_id=wrong), "GB") == {"tax_id": IdProblem.TAX_ID_CHECKSUM}


@pytest.mark.parametrize(("country", "valid", "wrong"), TAX_IDS)
def test_without_a_country_the_tax_id_is_judged_by_the_shops_country(country: str, valid: str, wrong: str) -> None:
    assert check_customer(person(tax_id=valid), country) == {}
    assert check_customer(person(tax_id=wrong), country) == {"tax_id": IdProblem.TAX_ID_CHECKSUM}


def test_the_customers_own_country_wins_over_the_shops() -> None:
    # A valid Italian P.IVA read as a Hungarian adószám (00743110-1-57) fails its check digit.
    assert check_customer(person(country="IT", tax_id="00743110157"), "HU") == {}
    assert check_customer(person(tax_id="00743110157"), "HU") == {"tax_id": IdProblem.TAX_ID_CHECKSUM}
    # A customer of a country without a known rule is not judged by the shop's rule.
    assert check_customer(person(country="DE", tax_id="00743110158"), "IT") == {}


@pytest.mark.parametrize("email", ["mario.rossi", "mario@", "mario@rossi", "mario rossi@example.it", "@x.it"])
def test_a_malformed_email_is_refused(email: str) -> None:
    assert check_customer(person(email=email), "GB") == {"email": IdProblem.EMAIL}


@pytest.mark.parametrize("phone", ["12345", "+39 abc 123456", "tel. 0212345678"])
def test_a_phone_with_letters_or_fewer_than_six_digits_is_refused(phone: str) -> None:
    assert check_customer(person(phone=phone), "GB") == {"phone": IdProblem.PHONE}


def test_a_valid_iban_is_accepted_and_one_changed_digit_is_refused() -> None:
    assert check_customer(person(iban=VALID_IBAN), "GB") == {}
    assert check_customer(person(iban=VALID_IBAN[:-1] + "8"), "GB") == {"iban": IdProblem.IBAN}


def test_every_faulty_field_is_reported_at_once() -> None:
    data = person(code="", email="nope", phone="12", debt_limit=-5, country="xx", iban="GB00")
    assert check_customer(data, "GB") == {
        "code": FieldProblem.REQUIRED,
        "email": IdProblem.EMAIL,
        "phone": IdProblem.PHONE,
        "debt_limit": FieldProblem.NEGATIVE,
        "country": FieldProblem.COUNTRY,
        "iban": IdProblem.IBAN,
    }


# --- save_customer -----------------------------------------------------------------------------------


def test_a_new_customer_is_stored_with_its_fields_trimmed_at_version_one(database: Database) -> None:
    data = person(
        name="  Rossi Mario ",
        tax_id=" RSSMRA85T10A562S ",
        email="mario@example.it",
        city="Milano",
        country="IT",
        debt_limit=50_000,
        blocked=True,
    )
    with database.write() as session:
        customer_id = save_customer(session, data)
    with database.read() as session:
        record = get_customer(session, customer_id)
    assert record.id == customer_id
    assert record.version == 1
    assert record.data == replace(data, name="Rossi Mario", tax_id="RSSMRA85T10A562S")


def test_updating_a_customer_changes_its_fields_and_its_version(database: Database) -> None:
    customer_id = create(database, debt_limit=50_000)
    with database.read() as session:
        read = get_customer(session, customer_id)
    changed = replace(read.data, name="Rossi Mario & figli", debt_limit=None, phone="02 1234 5678")
    with database.write() as session:
        assert save_customer(session, changed, customer_id, read.version) == customer_id
    with database.read() as session:
        stored = get_customer(session, customer_id)
    assert stored.data == changed
    assert stored.version == read.version + 1
    assert customer_count(database) == 1


@pytest.mark.parametrize("code", ["C0001", "  C0001 "])
def test_a_new_customer_with_a_taken_code_is_refused_naming_the_owner(database: Database, code: str) -> None:
    owner = create(database, code="C0001", name="Rossi Mario")
    with pytest.raises(DuplicateCustomerError) as refused, database.write() as session:
        save_customer(session, person(code=code, name="Bianchi Luca"))
    error = refused.value
    assert (error.field, error.existing_id, error.existing_code, error.existing_name) == (
        "code",
        owner,
        "C0001",
        "Rossi Mario",
    )
    assert customer_count(database) == 1


@pytest.mark.parametrize(
    "typed", ["RSSMRA85T10A562S", "rssmra85t10a562s", "RSS MRA 85T10 A562S", "rss.mra.85t10.a562s"]
)
def test_a_tax_id_another_customer_has_is_refused_ignoring_spaces_dots_and_case(database: Database, typed: str) -> None:
    owner = create(database, code="C0001", name="Rossi Mario", tax_id="RSS.MRA 85T10A562S")
    with pytest.raises(DuplicateCustomerError) as refused, database.write() as session:
        save_customer(session, person(code="C0002", name="Mario Rossi bis", tax_id=typed))
    error = refused.value
    assert (error.field, error.existing_id, error.existing_code, error.existing_name) == (
        "tax_id",
        owner,
        "C0001",
        "Rossi Mario",
    )
    assert customer_count(database) == 1


def test_changing_a_customer_to_another_customers_tax_id_is_refused(database: Database) -> None:
    owner = create(database, code="C0001", name="Rossi Mario", tax_id="00743110157")
    other = create(database, code="C0002", name="Bianchi Luca")
    with pytest.raises(DuplicateCustomerError) as refused, database.write() as session:
        save_customer(session, person(code="C0002", name="Bianchi Luca", tax_id="00743110157"), other, 1)
    assert (refused.value.field, refused.value.existing_id) == ("tax_id", owner)


def test_customers_without_a_tax_id_are_not_duplicates_of_each_other(database: Database) -> None:
    create(database, code="C0001", tax_id="")
    create(database, code="C0002", tax_id="  ")
    assert customer_count(database) == 2


def test_a_customer_can_be_saved_again_with_its_own_code_and_tax_id(database: Database) -> None:
    customer_id = create(database, tax_id="RSSMRA85T10A562S")
    with database.read() as session:
        read = get_customer(session, customer_id)
    with database.write() as session:
        save_customer(session, replace(read.data, tax_id="rss mra 85t10a562s", city="Roma"), customer_id, 1)
    with database.read() as session:
        assert get_customer(session, customer_id).data.city == "Roma"


def test_saving_a_copy_read_before_someone_elses_save_is_refused_as_stale(database: Database) -> None:
    customer_id = create(database)
    with database.read() as session:
        first_desk = get_customer(session, customer_id)
    with database.read() as session:
        second_desk = get_customer(session, customer_id)
    with database.write() as session:
        save_customer(session, replace(first_desk.data, city="Milano"), customer_id, first_desk.version)
    with pytest.raises(StaleRecordError), database.write() as session:
        save_customer(session, replace(second_desk.data, city="Torino"), customer_id, second_desk.version)
    with database.read() as session:
        stored = get_customer(session, customer_id)
    assert (stored.data.city, stored.version) == ("Milano", 2)


# --- next_customer_code ------------------------------------------------------------------------------


def test_the_first_customer_code_is_c0001(database: Database) -> None:
    with database.read() as session:
        assert next_customer_code(session) == "C0001"


def test_the_next_code_follows_the_newest_customers(database: Database) -> None:
    create(database, code="C0041")
    with database.read() as session:
        assert next_customer_code(session) == "C0042"


def test_the_next_code_skips_codes_already_taken(database: Database) -> None:
    create(database, code="C0042", name="Older")
    create(database, code="C0043", name="Older still")
    create(database, code="C0041", name="Newest")
    with database.read() as session:
        assert next_customer_code(session) == "C0044"


def test_the_next_code_keeps_the_prefix_and_grows_past_its_digits(database: Database) -> None:
    create(database, code="WS-0999")
    with database.read() as session:
        assert next_customer_code(session) == "WS-1000"


# --- vehicles ----------------------------------------------------------------------------------------


def test_vehicles_are_stored_upper_cased_and_trimmed_in_the_order_added(database: Database) -> None:
    owner = create(database, code="C0001")
    other = create(database, code="C0002")
    with database.write() as session:
        first = add_vehicle(session, owner, "  ab12 cde ", " Fiat Panda ")
        second = add_vehicle(session, owner, "sn-4711x", "Bosch drill")
        add_vehicle(session, other, "ZZ99 ZZZ", "")
    with database.read() as session:
        assert vehicles_of(session, owner) == [
            VehicleRecord(first, "AB12 CDE", "Fiat Panda"),
            VehicleRecord(second, "SN-4711X", "Bosch drill"),
        ]


def test_a_customer_without_vehicles_has_none(database: Database) -> None:
    owner = create(database)
    with database.read() as session:
        assert vehicles_of(session, owner) == []


@pytest.mark.parametrize("identifier", ["", "   "])
def test_a_vehicle_without_a_plate_or_serial_is_refused(database: Database, identifier: str) -> None:
    owner = create(database)
    with pytest.raises(ValueError, match="plate or serial"), database.write() as session:
        add_vehicle(session, owner, identifier, "Fiat Panda")
    with database.read() as session:
        assert vehicles_of(session, owner) == []
