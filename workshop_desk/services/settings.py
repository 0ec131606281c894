"""Business settings stored in the shop's database (UI state lives in QSettings instead).

Each setting is a JSON value under a dotted key, with its default here; reading a setting that
was never saved gives the default.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from workshop_desk.db.models import Setting

GRACE_DAYS = "overdue.grace_days"
"""Days after a due date before an unpaid installment of a plan counts as *missed*."""

DEFAULTS: dict[str, Any] = {
    GRACE_DAYS: 0,
}


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    session.merge(Setting(key=key, value=json.dumps(value)))


def grace_days(session: Session) -> int:
    return int(get_setting(session, GRACE_DAYS))
