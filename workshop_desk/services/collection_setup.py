"""The collection settings as the settings dialog edits them: load, check, save in one transaction.

Three parts, each stored where the program reads it:

* the escalation ladder (:func:`~workshop_desk.services.collections.save_ladder`);
* the contact limits, as JSON under :data:`~workshop_desk.services.collections.LIMITS_KEY` in the
  shape :func:`~workshop_desk.services.collections.contact_limits` reads;
* the interest and fee regimes of the shop's country and the letters' deadline days, as overrides
  (:func:`~workshop_desk.services.collection_settings.save_overrides`).

The checks return codes, not sentences: the dialog says them in the user's language next to the
field concerned.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.orm import Session

from workshop_desk.db.models import Setting
from workshop_desk.domain.dunning import Action, LadderStep
from workshop_desk.letters.templates import KINDS
from workshop_desk.services.collection_settings import (
    Regime,
    RegimeProblem,
    deadline_days,
    regime_for,
    regime_problems,
    save_overrides,
)
from workshop_desk.services.collections import LIMITS_KEY, ContactLimits, contact_limits, ladder, save_ladder

LETTER_ACTIONS = frozenset({Action.LETTER, Action.REGISTERED_LETTER})
"""Actions that send a letter, so a step with one of them needs a letter kind."""
DEADLINE_KINDS = tuple(kind for kind in KINDS if kind != "courtesy")
"""The letter kinds whose deadline is a number of days (a courtesy reminder's is the due date)."""
MAX_OFFSET = 365
LAST_HOUR = 23
"""Allowed hours are whole hours from 0 to 23 (``allowed_hours`` compares with ``time(hour)``)."""


class LadderProblem(StrEnum):
    EMPTY = "empty"
    OFFSET_ORDER = "offset_order"
    OFFSET_RANGE = "offset_range"
    LETTER_MISSING = "letter_missing"
    DUPLICATE_KEY = "duplicate_key"


class LimitsProblem(StrEnum):
    ORDER = "order"
    """More a day than a week, or a week than a month."""
    HOURS = "hours"
    """The first allowed hour is not before the last."""


@dataclass(frozen=True)
class SettingsProblem:
    """One thing that keeps the settings from being saved.

    ``part`` is ``ladder``, ``limits``, a regime key (``IT.company``) or ``deadlines``; ``name``
    is the field within it; ``row`` the ladder step (0-based) where it applies.
    """

    part: str
    name: str
    code: str
    row: int | None = None


class SettingsError(ValueError):
    """The settings cannot be saved; ``problems`` lists why."""

    def __init__(self, problems: list[SettingsProblem]) -> None:
        super().__init__("; ".join(f"{problem.part}.{problem.name}: {problem.code}" for problem in problems))
        self.problems = problems


@dataclass(frozen=True)
class CollectionSettings:
    country: str
    ladder: tuple[LadderStep, ...]
    limits: ContactLimits
    regimes: tuple[Regime, ...]
    """The business regime, then the consumer regime of the shop's country."""
    deadlines: dict[str, int] = field(default_factory=dict)
    """Days to pay or reply, by letter kind (:data:`DEADLINE_KINDS`)."""


def load_collection_settings(session: Session, country: str) -> CollectionSettings:
    """The settings in force for a shop in ``country`` (defaults where nothing was changed)."""
    business, consumer = (regime_for(session, country, kind) for kind in ("company", "person"))
    return CollectionSettings(
        country=country,
        ladder=ladder(session),
        limits=contact_limits(session),
        regimes=(business, consumer),
        deadlines={kind: deadline_days(session, country, kind) for kind in DEADLINE_KINDS},
    )


def new_step_key(letter: str | None, action: Action, taken: Collection[str]) -> str:
    """A stable key for a step added by the user: its letter kind, else its action (``claim_2`` if taken)."""
    base = re.sub(r"[^a-z0-9_]", "_", (letter or action.value).lower())[:30] or "step"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


def ladder_problems(steps: tuple[LadderStep, ...]) -> list[tuple[int, LadderProblem]]:
    """What is wrong with a ladder, by step (row): offsets must rise, letters need a kind, keys are unique."""
    if not steps:
        return [(0, LadderProblem.EMPTY)]
    problems: list[tuple[int, LadderProblem]] = []
    seen: set[str] = set()
    for row, step in enumerate(steps):
        if not -MAX_OFFSET <= step.offset <= MAX_OFFSET:
            problems.append((row, LadderProblem.OFFSET_RANGE))
        elif row and step.offset <= steps[row - 1].offset:
            problems.append((row, LadderProblem.OFFSET_ORDER))
        if step.action in LETTER_ACTIONS and not step.letter:
            problems.append((row, LadderProblem.LETTER_MISSING))
        if step.key in seen:
            problems.append((row, LadderProblem.DUPLICATE_KEY))
        seen.add(step.key)
    return problems


def limits_problems(limits: ContactLimits) -> dict[str, LimitsProblem]:
    """What is wrong with contact limits, by field: ``calls``, ``messages``, ``weekday_hours``, ``weekend_hours``."""
    problems: dict[str, LimitsProblem] = {}
    for name, (day, week, month) in (("calls", limits.calls), ("messages", limits.messages)):
        if not 0 <= day <= week <= month:
            problems[name] = LimitsProblem.ORDER
    for name, (start, end) in (("weekday_hours", limits.weekday_hours), ("weekend_hours", limits.weekend_hours)):
        if not 0 <= start < end <= LAST_HOUR:
            problems[name] = LimitsProblem.HOURS
    return problems


def settings_problems(settings: CollectionSettings) -> list[SettingsProblem]:
    """Everything that keeps ``settings`` from being saved (empty: they can be)."""
    problems = [SettingsProblem("ladder", "steps", code, row) for row, code in ladder_problems(settings.ladder)]
    problems += [SettingsProblem("limits", name, code) for name, code in limits_problems(settings.limits).items()]
    for regime in settings.regimes:
        found: dict[str, RegimeProblem] = regime_problems(regime)
        problems += [SettingsProblem(regime.key, name, code) for name, code in found.items()]
    problems += [
        SettingsProblem("deadlines", kind, "range") for kind, days in settings.deadlines.items() if not 0 <= days <= 365
    ]
    return problems


def save_limits(session: Session, limits: ContactLimits) -> None:
    """Store the contact limits (in the caller's write transaction)."""
    value = {
        "calls": list(limits.calls),
        "messages": list(limits.messages),
        "weekday_hours": list(limits.weekday_hours),
        "weekend_hours": list(limits.weekend_hours),
    }
    session.merge(Setting(key=LIMITS_KEY, value=json.dumps(value)))


def save_collection_settings(session: Session, settings: CollectionSettings) -> None:
    """Store every part of ``settings`` (in the caller's write transaction: all or nothing).

    Raises:
        SettingsError: something cannot be saved; nothing is stored.
    """
    problems = settings_problems(settings)
    if problems:
        raise SettingsError(problems)
    save_ladder(session, settings.ladder)
    save_limits(session, settings.limits)
    save_overrides(session, settings.regimes, settings.deadlines, settings.country)
