"""Persistence: SQLite through SQLAlchemy, Alembic migrations, set-based queries."""
