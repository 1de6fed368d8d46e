"""product search from an index

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 00:50:00

A name substring search scanned every product (issue 14). Now an index answers it:

- SQLite: ``product_search``, an FTS5 table with the trigram tokenizer over
  ``products.name`` (external content: it stores only the index, the names stay in
  ``products``), kept in step by three triggers on products and filled from the rows
  there are. The query asks it for the term as one quoted phrase, then checks each
  candidate with the same ``LIKE`` as before, so the answer is exactly the old one.
- PostgreSQL: the ``pg_trgm`` extension and a GIN index ``ix_products_name_trgm``
  (``gin_trgm_ops``) on ``products.name``, which serves the ``ILIKE '%term%'`` the
  search already runs. ``pg_trgm`` is a trusted extension: the owner role may create it
  if it may CREATE in the database; otherwise a superuser runs
  ``CREATE EXTENSION pg_trgm`` in the database once, and this migration says so.

A later migration that rebuilds ``products`` on SQLite (``batch_alter_table`` with a
change SQLite cannot ALTER in place) drops the triggers with the old table: it must call
``create_sqlite_triggers()`` again (tests/test_product_search.py checks they exist at head).
Building the index takes about a second per 100,000 products.
"""

from __future__ import annotations

import logging
import time

from alembic import op
from sqlalchemy.exc import DBAPIError

from pos_app.domain.errors import PosError

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

FTS_TABLE = "product_search"
TRIGGERS = ("product_search_insert", "product_search_update", "product_search_delete")
PG_INDEX = "ix_products_name_trgm"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def create_sqlite_triggers() -> None:
    """Keep ``product_search`` in step with ``products.name``, whoever writes."""
    add = f"INSERT INTO {FTS_TABLE} (rowid, name) VALUES (new.id, new.name);"
    remove = (
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, name) VALUES ('delete', old.id, old.name);"
    )
    op.execute(f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON products BEGIN {add} END")
    op.execute(
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER UPDATE OF id, name ON products "
        f"BEGIN {remove} {add} END"
    )
    op.execute(f"CREATE TRIGGER {TRIGGERS[2]} AFTER DELETE ON products BEGIN {remove} END")


def _create_pg_trgm() -> None:
    """``CREATE EXTENSION pg_trgm``, or a message saying who must run it."""
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first():
        return
    database = bind.exec_driver_sql("SELECT current_database()").scalar_one()
    user = bind.exec_driver_sql("SELECT current_user").scalar_one()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        raise PosError(
            f"The product search needs the PostgreSQL extension pg_trgm, and {user} may not "
            f'create it. As a superuser run: psql -d "{database}" -c "CREATE EXTENSION '
            f'pg_trgm" (or GRANT CREATE ON DATABASE "{database}" TO "{user}"), then upgrade '
            f"again. Nothing was changed. ({str(exc.orig).strip().splitlines()[0]})"
        ) from exc


def upgrade() -> None:
    started = time.perf_counter()
    if _sqlite():
        op.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(name, content='products', "
            "content_rowid='id', tokenize='trigram')"
        )
        op.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')")
        create_sqlite_triggers()
    else:
        _create_pg_trgm()
        op.execute(f"CREATE INDEX {PG_INDEX} ON products USING gin (name gin_trgm_ops)")
    log.info("product search index built in %.1f s", time.perf_counter() - started)


def downgrade() -> None:
    if _sqlite():
        for trigger in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    else:
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
        bind = op.get_bind()
        try:  # a superuser's extension stays if this role may not drop it
            with bind.begin_nested():
                bind.exec_driver_sql("DROP EXTENSION IF EXISTS pg_trgm")
        except DBAPIError:
            log.info("pg_trgm stays: %s may not drop it", bind.engine.url.username)
