"""Use cases: each function is one user action, run in one transaction by its caller.

Functions here take an open :class:`sqlalchemy.orm.Session` (from ``Database.write()`` or
``Database.read()``) and never commit: the caller's ``with`` block is the transaction, so an
action either happens entirely or not at all. They return plain values, never live ORM rows.
"""
