"""The case-folded search text the invoice search matches with a plain ``LIKE`` (issue #10).

The invoice list finds an invoice when every typed word occurs, whatever its case, in the
invoice's number or description, in its customer's code, name or phone, or in its vehicle's plate
or serial number. Comparing ``lower()`` of those columns row by row cost half a second per
keystroke on a busy shop as soon as a word had a letter outside ASCII (SQLite's own ``lower()``
and ``LIKE`` fold only ASCII, so a Python function ran for every row). Instead each table keeps a
``search_text`` column, written with the row, and the search compares it with the folded word in
``LIKE`` — in C on SQLite, and the same on PostgreSQL:

* ``customer.search_text`` — code, name and phone;
* ``vehicle.search_text`` — the identifier (Russian plates have Cyrillic letters);
* ``invoice.search_text`` — number and description.

The customer's and vehicle's texts are *not* copied into their invoices: the search finds the
customers and vehicles a word matches and keeps their invoices (``services/listing.py``), so
renaming a customer or correcting a plate rewrites one row, not the customer's thousand invoices,
and no copy can go stale.

**Folding** is :meth:`str.casefold` and nothing else: Unicode's full case folding, made for
caseless matching ("Сидоров" and "СИДОРОВ", "Őri" and "ŐRI", "João" and "JOÃO", "ΟΔΟΣ" and "οδος"
all fold alike; unlike ``lower()`` it has no context rules, so folding parts and folding their
joined text agree). It does not equate letters that differ in more than case: "o" does not find
"ő" nor "c" "ç" (different letters in Hungarian and Portuguese), and "е" does not find "ё" —
Russian is often written with "е" for both, so "Артем" misses "Артём"; folding "ё" into "е" on
both sides would find it, a deliberate choice left out here to keep the matching exact and the
same in every language. Casefold maps a few non-ASCII letters to ASCII ("ß" to "ss", the Kelvin
sign to "k"), so "strasse" now finds "Straße" too — the only difference for ASCII words from the
former ``LIKE``.

**Writes.** Every insert gets the text from the column's default (:func:`default_for`), which
sees each row's values, whether it comes from the ORM or from a set-based insert (CSV import,
demo data); an ORM update recomputes it when a source column changed (:func:`install`). A
set-based ``UPDATE`` of a source column must set ``search_text`` itself (:func:`text_of`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import event, inspect

SOURCES: dict[str, tuple[str, ...]] = {
    "customer": ("code", "name", "phone"),
    "vehicle": ("identifier",),
    "invoice": ("number", "description"),
}
"""The columns each table's ``search_text`` is made of (migration 0008 holds a frozen copy)."""

SEPARATOR = "\n"
"""Between the parts: a typed word never holds white space, so it cannot match across two."""


def fold(text: str) -> str:
    """``text`` as stored and searched: Unicode case folding (module docstring)."""
    return text.casefold()


def text_of(table: str, values: Mapping[str, Any]) -> str:
    """The search text of a row of ``table`` ("customer", "vehicle", "invoice") with ``values``."""
    return fold(SEPARATOR.join(values.get(name) or "" for name in SOURCES[table]))


def contains_pattern(word: str) -> str:
    """A ``LIKE`` pattern (escape character ``\\``) for search texts that contain ``word``."""
    escaped = fold(word).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def default_for(table: str) -> Callable[[Any], str]:
    """The ``search_text`` column's default: computed from the other values of the row inserted."""

    def default(context: Any) -> str:
        return text_of(table, context.get_current_parameters())

    return default


_installed: set[type] = set()


def install(classes: Iterable[type]) -> None:
    """Keep ``search_text`` current when the ORM updates a source column (once per class)."""
    for cls in classes:
        if cls not in _installed:
            event.listen(cls, "before_update", _recompute)
            _installed.add(cls)


def _recompute(_mapper: Any, _connection: Any, target: Any) -> None:
    table = target.__tablename__
    state: Any = inspect(target)
    if any(state.attrs[name].history.has_changes() for name in SOURCES[table]):
        target.search_text = text_of(table, {name: getattr(target, name) for name in SOURCES[table]})
