"""Loading, checking and saving the collection settings (ladder, contact limits, regimes, deadlines)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from workshop_desk.db.models import Setting
from workshop_desk.db.session import Database
from workshop_desk.domain.dunning import DEFAULT_LADDER, Action, LadderStep
from workshop_desk.domain.interest import DayCount, RatePeriod
from workshop_desk.services.collection_settings import (
    DEFAULT_REGIMES,
    OVERRIDES_KEY,
    RegimeProblem,
    deadline_days,
    override_of,
    regime_for,
    regime_problems,
)
from workshop_desk.services.collection_setup import (
    CollectionSettings,
    LadderProblem,
    LimitsProblem,
    SettingsError,
    ladder_problems,
    limits_problems,
    load_collection_settings,
    new_step_key,
    save_collection_settings,
)
from workshop_desk.services.collections import ContactLimits, contact_limits, ladder

pytestmark = pytest.mark.both_engines


def test_the_defaults_load_when_nothing_was_saved(database: Database) -> None:
    with database.read() as session:
        settings = load_collection_settings(session, "IT")
    assert settings.ladder == DEFAULT_LADDER
    assert settings.limits == ContactLimits()
    assert [regime.key for regime in settings.regimes] == ["IT.company", "IT.person"]
    assert settings.deadlines == {"reminder": 10, "second": 7, "claim": 15, "installment": 10, "statement": 15}


def test_a_country_without_rules_of_its_own_uses_the_uk_ones(database: Database) -> None:
    with database.read() as session:
        settings = load_collection_settings(session, "US")
    assert [regime.key for regime in settings.regimes] == ["GB.company", "GB.person"]


def test_everything_is_saved_and_read_back(database: Database) -> None:
    with database.read() as session:
        settings = load_collection_settings(session, "IT")
    business, consumer = settings.regimes
    edited = CollectionSettings(
        "IT",
        (LadderStep("reminder", 2, Action.LETTER, "reminder", 250), LadderStep("claim", 20, Action.LETTER, "claim")),
        ContactLimits((1, 3, 9), (2, 5, 12), (9, 19), (10, 13)),
        (
            replace(
                business, interest=replace(business.interest, margin=Decimal("7.5"), day_count=DayCount.ACTUAL_360)
            ),
            replace(
                consumer,
                fees=replace(consumer.fees, fine_percent=Decimal(2)),
                basis={**consumer.basis, "it": "art. 1224 c.c."},
            ),
        ),
        {**settings.deadlines, "claim": 21, "reminder": 12},
    )
    with database.write() as session:
        save_collection_settings(session, edited)
    with database.read() as session:
        assert ladder(session) == edited.ladder
        assert contact_limits(session) == edited.limits
        assert regime_for(session, "IT", "company").interest.margin == Decimal("7.5")
        assert regime_for(session, "IT", "company").interest.day_count is DayCount.ACTUAL_360
        assert regime_for(session, "IT", "person").fees.fine_percent == 2
        assert regime_for(session, "IT", "person").basis_in("it") == "art. 1224 c.c."
        assert deadline_days(session, "IT", "claim") == 21
        assert deadline_days(session, "IT", "reminder") == 12
        assert deadline_days(session, "HU", "claim") == 8  # another country's claim keeps its default
        assert load_collection_settings(session, "IT") == edited


def test_only_what_differs_from_the_default_is_stored(database: Database) -> None:
    with database.read() as session:
        settings = load_collection_settings(session, "HU")
    with database.write() as session:
        save_collection_settings(session, settings)
        stored = json.loads(session.get_one(Setting, OVERRIDES_KEY).value)
    assert stored == {"regimes": {}, "deadline_days": {}}
    business = settings.regimes[0]
    changed = replace(
        business, interest=replace(business.interest, periods=(RatePeriod(date(2026, 1, 1), Decimal("6.25")),))
    )
    assert override_of(changed) == {"periods": [["2026-01-01", "6.25"]]}


def test_saving_keeps_other_countries_overrides_and_replaces_a_bare_claim_entry(database: Database) -> None:
    with database.write() as session:
        session.merge(
            Setting(key=OVERRIDES_KEY, value=json.dumps(
                {"regimes": {"HU.company": {"margin": "9"}}, "deadline_days": {"claim": 40}}))
        )  # fmt: skip
    with database.read() as session:
        settings = load_collection_settings(session, "IT")
        assert settings.deadlines["claim"] == 40
    with database.write() as session:
        save_collection_settings(session, replace(settings, deadlines={**settings.deadlines, "claim": 14}))
    with database.read() as session:
        assert regime_for(session, "HU", "company").interest.margin == 9
        assert deadline_days(session, "IT", "claim") == 14
        assert deadline_days(session, "RU", "claim") == 30  # no longer the bare 40 of every country


def test_a_day_count_override_is_read(database: Database) -> None:
    with database.write() as session:
        session.merge(
            Setting(key=OVERRIDES_KEY, value=json.dumps({"regimes": {"GB.person": {"day_count": "actual/actual"}}}))
        )
    with database.read() as session:
        assert regime_for(session, "GB", "person").interest.day_count is DayCount.ACTUAL_ACTUAL


def test_bad_settings_are_refused_and_nothing_is_saved(database: Database) -> None:
    with database.read() as session:
        settings = load_collection_settings(session, "GB")
    bad = replace(settings, ladder=(LadderStep("a", 5, Action.PHONE), LadderStep("b", 5, Action.PHONE)))
    with pytest.raises(SettingsError) as refused, database.write() as session:
        save_collection_settings(session, bad)
    assert [(problem.part, problem.code, problem.row) for problem in refused.value.problems] == [
        ("ladder", LadderProblem.OFFSET_ORDER, 1)
    ]
    with database.read() as session:
        assert session.get(Setting, OVERRIDES_KEY) is None
        assert ladder(session) == DEFAULT_LADDER


def test_ladder_problems() -> None:
    assert ladder_problems(()) == [(0, LadderProblem.EMPTY)]
    assert ladder_problems(DEFAULT_LADDER) == []
    steps = (
        LadderStep("x", 3, Action.LETTER),
        LadderStep("x", 2, Action.PHONE),
        LadderStep("y", 400, Action.REGISTERED_LETTER, "claim"),
    )
    assert ladder_problems(steps) == [
        (0, LadderProblem.LETTER_MISSING),
        (1, LadderProblem.OFFSET_ORDER),
        (1, LadderProblem.DUPLICATE_KEY),
        (2, LadderProblem.OFFSET_RANGE),
    ]


def test_new_step_keys_come_from_the_letter_or_the_action() -> None:
    assert new_step_key("second", Action.LETTER, set()) == "second"
    assert new_step_key("second", Action.LETTER, {"second", "second_2"}) == "second_3"
    assert new_step_key(None, Action.SMS, {"claim"}) == "sms"


def test_limits_problems() -> None:
    assert limits_problems(ContactLimits()) == {}
    wrong = ContactLimits((3, 2, 8), (2, 4, 16), (22, 8), (9, 23))
    assert limits_problems(wrong) == {"calls": LimitsProblem.ORDER, "weekday_hours": LimitsProblem.HOURS}


def test_regime_problems() -> None:
    regime = DEFAULT_REGIMES["GB.company"]
    assert regime_problems(regime) == {}
    same_day = (RatePeriod(date(2026, 1, 1), Decimal(4)), RatePeriod(date(2026, 1, 1), Decimal(5)))
    bad = replace(
        regime,
        interest=replace(regime.interest, periods=same_day, margin=Decimal(101)),
        fees=replace(regime.fees, tiers=((None, 4000), (100_000, 7000)), fine_percent=Decimal(-1)),
    )
    assert regime_problems(bad) == {
        "periods": RegimeProblem.SAME_START,
        "margin": RegimeProblem.MARGIN_RANGE,
        "compensation": RegimeProblem.TIERS_ORDER,
        "fine_percent": RegimeProblem.FINE_RANGE,
    }
    assert regime_problems(replace(regime, interest=replace(regime.interest, periods=()))) == {
        "periods": RegimeProblem.NO_PERIODS
    }
