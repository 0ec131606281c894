"""The shop profile as the settings dialog edits it: one check, the currency rule, a new country's defaults."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from workshop_desk.db.models import Setting
from workshop_desk.db.session import Database
from workshop_desk.domain.identifiers import IdProblem
from workshop_desk.services.collection_settings import (
    DEFAULT_REGIMES,
    OVERRIDES_KEY,
    country_overrides,
    deadline_days,
    regime_for,
    reset_to_country_defaults,
    save_overrides,
)
from workshop_desk.services.customers import CustomerData, FieldProblem, save_customer
from workshop_desk.services.invoices import InvoiceData, create_invoice
from workshop_desk.services.shop import (
    Shop,
    ShopError,
    ShopProblem,
    edit_problems,
    has_amounts,
    load_shop,
    save_shop,
    shop_problems,
    update_shop,
)

pytestmark = pytest.mark.both_engines

OFFICINA = Shop(name="Officina Verdi", country="IT", currency="EUR", language="it", iban="IT60X0542811101000000123456")


def test_a_good_profile_has_no_problems() -> None:
    assert shop_problems(OFFICINA) == {}
    russian = Shop(
        name="ООО «Север»",
        country="RU",
        currency="RUB",
        language="ru",
        tax_id="7707083893",
        bic="044525225",  # a БИК, which the first-start dialog used to refuse as "not a BIC"
        account_number="40702810938000012345",
        correspondent_account="30101 81040 0000000225",
    )
    assert shop_problems(russian) == {}


def test_each_field_is_checked() -> None:
    shop = Shop(
        name=" ",
        country="ZZ",
        currency="ABC",
        language="fr",
        tax_id="1234",
        phone="call me",
        email="nobody",
        iban="IT00 0000",
        bic="XX",
        account_number="12345",
        signatory="x" * 201,
    )
    assert shop_problems(shop) == {
        "name": FieldProblem.REQUIRED,
        "country": FieldProblem.COUNTRY,
        "currency": ShopProblem.CURRENCY,
        "language": ShopProblem.LANGUAGE,
        "phone": IdProblem.PHONE,
        "email": IdProblem.EMAIL,
        "iban": IdProblem.IBAN,
        "bic": ShopProblem.BANK_CODE,
        "account_number": ShopProblem.ACCOUNT,
        "signatory": FieldProblem.TOO_LONG,
    }  # no tax id rule for "ZZ"
    assert shop_problems(replace(OFFICINA, tax_id="1234"))["tax_id"] is IdProblem.TAX_ID_LENGTH
    assert shop_problems(replace(OFFICINA, bic="044525225"))["bic"] is ShopProblem.BANK_CODE  # a БИК only in Russia


def test_the_profile_is_saved_whole(database: Database) -> None:
    with database.write() as session:
        save_shop(session, OFFICINA)
    edited = replace(OFFICINA, signatory="Anna Verdi", signatory_role="Titolare", legal_note="REA MI-123456")
    with database.write() as session:
        update_shop(session, edited)
    with database.read() as session:
        assert load_shop(session) == edited


def test_a_refused_profile_writes_nothing(database: Database) -> None:
    with database.write() as session:
        save_shop(session, OFFICINA)
    with pytest.raises(ShopError) as refused, database.write() as session:
        update_shop(session, replace(OFFICINA, signatory="Anna Verdi", iban="IT00"))
    assert refused.value.problems == {"iban": IdProblem.IBAN}
    with database.read() as session:
        assert load_shop(session) == OFFICINA


def test_the_currency_cannot_change_once_amounts_are_recorded(database: Database) -> None:
    hungarian = replace(OFFICINA, country="HU", currency="HUF", language="hu", iban="")
    with database.write() as session:
        save_shop(session, OFFICINA)
        customer = save_customer(session, CustomerData(code="C1", name="Rossi Mario"))
    with database.read() as session:
        assert not has_amounts(session)
        assert edit_problems(session, hungarian) == {}  # nothing recorded yet: a wrong profile may be put right
    with database.write() as session:
        create_invoice(
            session, InvoiceData("1", customer, date(2026, 3, 1), date(2026, 3, 31), 10_000), as_of=date(2026, 3, 1)
        )
    with database.read() as session:
        assert has_amounts(session)
        assert edit_problems(session, hungarian) == {"currency": ShopProblem.CURRENCY_IN_USE}
        assert edit_problems(session, replace(OFFICINA, country="IE")) == {}  # another euro country is fine
    with pytest.raises(ShopError), database.write() as session:
        update_shop(session, hungarian)
    with database.read() as session:
        assert load_shop(session).currency == "EUR"


def test_a_debt_limit_is_an_amount_too(database: Database) -> None:
    with database.write() as session:
        save_shop(session, OFFICINA)
        save_customer(session, CustomerData(code="C1", name="Rossi Mario", debt_limit=50_000))
    with database.read() as session:
        assert has_amounts(session)


@pytest.fixture
def edited_rules(database: Database) -> Database:
    """An Italian shop that changed the Hungarian business margin, the Italian one, and a reminder's days."""
    with database.write() as session:
        save_shop(session, OFFICINA)
        hungarian = DEFAULT_REGIMES["HU.company"]
        italian = DEFAULT_REGIMES["IT.company"]
        save_overrides(
            session,
            [
                replace(hungarian, interest=replace(hungarian.interest, margin=Decimal(5))),
                replace(italian, interest=replace(italian.interest, margin=Decimal(7))),
            ],
            {"reminder": 14, "claim": 20},
            "IT",
        )
    return database


def test_a_new_countrys_defaults_replace_only_what_that_country_reads(edited_rules: Database) -> None:
    with edited_rules.read() as session:
        assert country_overrides(session, "HU")
        assert regime_for(session, "HU", "company").interest.margin == Decimal(5)
        assert deadline_days(session, "HU", "reminder") == 14
    with edited_rules.write() as session:
        reset_to_country_defaults(session, "HU")
    with edited_rules.read() as session:
        assert not country_overrides(session, "HU")
        assert regime_for(session, "HU", "company") == DEFAULT_REGIMES["HU.company"]
        assert deadline_days(session, "HU", "reminder") == 10
        assert deadline_days(session, "HU", "claim") == 8
        # Italy's edited rules stay, for a shop that goes back
        assert regime_for(session, "IT", "company").interest.margin == Decimal(7)
        assert deadline_days(session, "IT", "claim") == 20


def test_update_shop_resets_in_the_same_transaction_only_when_asked(edited_rules: Database) -> None:
    hungarian = replace(OFFICINA, country="HU", currency="HUF", language="hu", iban="")
    with edited_rules.write() as session:
        update_shop(session, hungarian)
    with edited_rules.read() as session:
        assert regime_for(session, "HU", "company").interest.margin == Decimal(5)  # kept: not asked
    with edited_rules.write() as session:
        update_shop(session, hungarian, reset_collection_defaults=True)
    with edited_rules.read() as session:
        assert regime_for(session, "HU", "company") == DEFAULT_REGIMES["HU.company"]
        stored = json.loads(session.get(Setting, OVERRIDES_KEY).value)
        assert set(stored["regimes"]) == {"IT.company"}
        assert stored["deadline_days"] == {"claim.IT": 20}


def test_a_country_without_rules_of_its_own_reads_the_english_ones(edited_rules: Database) -> None:
    with edited_rules.read() as session:
        assert country_overrides(session, "FR")  # the reminder's days hold everywhere
    with edited_rules.write() as session:
        reset_to_country_defaults(session, "FR")
    with edited_rules.read() as session:
        assert regime_for(session, "FR", "company") == DEFAULT_REGIMES["GB.company"]
        assert not country_overrides(session, "FR")
