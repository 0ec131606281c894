"""Reading dates from files and command lines: ``YYYY-MM-DD`` and nothing else.

``date.fromisoformat`` also takes week dates (``2026-W10-1``) and compact forms (``20260302``)
since Python 3.11; a receptionist who typed one of those meant something else, so they are
refused rather than silently reinterpreted.
"""

from __future__ import annotations

import re
from datetime import date

_PLAIN_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class DateError(ValueError):
    """Text that is not a date; ``str(error)`` says why in plain English."""


def parse_date(text: str) -> date:
    """``"2026-03-15"`` → ``date(2026, 3, 15)``.

    Raises:
        DateError: the text is not written ``YYYY-MM-DD``, or names a day that does not exist.
    """
    match = _PLAIN_DATE.match(text.strip())
    if match is None:
        raise DateError(f"{text.strip()!r} is not a date written YYYY-MM-DD")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise DateError(f"{text.strip()!r} is not a day of the calendar") from None
