"""Alembic environment for Workshop Desk.

The program passes its own open connection in ``config.attributes["connection"]``; the
``alembic`` command line (developers) builds one from ``sqlalchemy.url`` in ``alembic.ini``.
``render_as_batch`` lets migrations alter tables on SQLite (which cannot ALTER most things).
"""

from alembic import context
from sqlalchemy import Connection, engine_from_config, pool

from workshop_desk.db.models import Base

config = context.config


def run_with(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    engine = engine_from_config(config.get_section(config.config_ini_section, {}), poolclass=pool.NullPool)
    with engine.connect() as fresh_connection:
        run_with(fresh_connection)
