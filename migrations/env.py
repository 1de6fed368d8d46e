"""Alembic environment. The app passes its own connection; `alembic` on the command line
uses POS_DATABASE_URL (or -x url=...)."""

from __future__ import annotations

import os

from alembic import context

from pos_app.data.database import create_engine_for
from pos_app.data.models import Base
from pos_app.data.search_index import described_by_metadata

config = context.config
target_metadata = Base.metadata


def _configure(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=described_by_metadata,  # the search index is raw DDL (0009)
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get(
        "POS_DATABASE_URL"
    )
    if not url:
        raise SystemExit("Give the database with -x url=... or POS_DATABASE_URL")
    engine = create_engine_for(url)
    with engine.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported")
run_migrations_online()
