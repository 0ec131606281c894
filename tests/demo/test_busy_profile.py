"""The busy demo shop the benchmark measures (tests/perf/bench.py): the shape it promises, and the
standard demo left as it was."""

from datetime import date

import pytest
from sqlalchemy import func, select

from workshop_desk.db.models import ContactRow
from workshop_desk.db.session import Database
from workshop_desk.demo.generator import DemoOptions, generate
from workshop_desk.services.demo import load_demo

TODAY = date(2026, 11, 25)


def test_a_busy_shop_sells_on_plans_and_chases_late_payments() -> None:
    data = generate(DemoOptions(customers=400, years=6, today=TODAY, profile="busy"))
    invoices = len(data.invoices)
    assert 2.6 <= len(data.installments) / invoices <= 3.3
    assert 2.2 <= len(data.payments) / invoices <= 2.8
    assert len(data.contacts) > invoices / 4
    assert {contact["channel"] for contact in data.contacts} == {"phone", "letter", "registered_letter"}
    assert all(contact["day"] <= TODAY and not contact["covered"] for contact in data.contacts)
    assert generate(DemoOptions(customers=40, today=TODAY, profile="busy")) == generate(
        DemoOptions(customers=40, today=TODAY, profile="busy")
    )


def test_the_standard_shop_has_no_generated_contact_log() -> None:
    assert generate(DemoOptions(customers=100, today=TODAY)).contacts == []


def test_an_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown demo profile"):
        generate(DemoOptions(profile="huge"))


@pytest.mark.both_engines
def test_a_busy_demo_writes_its_contact_log(database: Database) -> None:
    options = DemoOptions(customers=60, years=3, today=TODAY, profile="busy")
    counts = load_demo(database, options)
    with database.read() as session:
        logged = session.scalar(select(func.count()).select_from(ContactRow))
    assert counts.contacts == logged > len(generate(options).contacts) > 0
