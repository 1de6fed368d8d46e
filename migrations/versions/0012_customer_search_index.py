"""customer search from an index, as products have it

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 00:12:00

The customer search was a substring LIKE over username, name, e-mail and phone (and the
phone without its spaces and dashes) that read every customer row and counted every
match: 743 ms at 200,000 customers on SQLite (issue 14). Now an index answers it:

- SQLite: ``customer_search``, an FTS5 table with the trigram tokenizer over every
  account's username, name, email, phone and ``phone_digits`` (the phone without spaces
  and dashes, which no column of ``accounts`` holds, so the table keeps its own copy of
  the text rather than reading ``accounts`` as external content: a few MB at 200,000).
  Three triggers on ``accounts`` keep it in step, whoever writes; the role is filtered by
  the query, so a staff account in the index costs nothing. The search asks the index
  for candidates and checks each with the same LIKEs as before: the answer is the old one.
- PostgreSQL: one multi-column GIN index ``ix_accounts_search_trgm`` (``gin_trgm_ops``)
  on exactly the expressions the search's LIKEs test: ``username``, ``lower(name)``,
  ``lower(email)``, ``phone`` and ``replace(replace(phone, ' ', ''), '-', '')``. The OR
  of the LIKEs becomes a BitmapOr over it. ``pg_trgm`` is there since 0009.

No table is rebuilt: a later migration that rebuilds ``accounts`` on SQLite drops the
triggers with the old table and must call ``create_sqlite_triggers()`` again
(tests/test_customer_search.py checks they exist at head). Building the index took
1.2 s for the big-store bench's 200,000 accounts on SQLite, under a second for 20,000 on
PostgreSQL; the upgrade logs its time.
"""

from __future__ import annotations

import logging
import time

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

FTS_TABLE = "customer_search"
COLUMNS = "username, name, email, phone, phone_digits"
TRIGGERS = ("customer_search_insert", "customer_search_update", "customer_search_delete")
PG_INDEX = "ix_accounts_search_trgm"
#: The phone as the search compares it with the digits typed (spaces and dashes dropped).
PHONE_DIGITS = "replace(replace({0}phone, ' ', ''), '-', '')"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _values(row: str) -> str:
    """The indexed columns of ``row`` (``new.`` or ``old.``, or "" in a SELECT)."""
    return f"{row}username, {row}name, {row}email, {row}phone, {PHONE_DIGITS.format(row)}"


def create_sqlite_triggers() -> None:
    """Keep ``customer_search`` in step with ``accounts``, whoever writes."""
    add = f"INSERT INTO {FTS_TABLE} (rowid, {COLUMNS}) VALUES (new.id, {_values('new.')});"
    remove = f"DELETE FROM {FTS_TABLE} WHERE rowid = old.id;"
    op.execute(f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON accounts BEGIN {add} END")
    op.execute(
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER UPDATE OF id, username, name, email, phone "
        f"ON accounts BEGIN {remove} {add} END"
    )
    op.execute(f"CREATE TRIGGER {TRIGGERS[2]} AFTER DELETE ON accounts BEGIN {remove} END")


def upgrade() -> None:
    started = time.perf_counter()
    if _sqlite():
        op.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({COLUMNS}, tokenize='trigram')")
        op.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, {COLUMNS}) SELECT id, {_values('')} FROM accounts"
        )
        create_sqlite_triggers()
    else:
        op.execute(
            f"CREATE INDEX {PG_INDEX} ON accounts USING gin (username gin_trgm_ops, "
            f"lower(name) gin_trgm_ops, lower(email) gin_trgm_ops, phone gin_trgm_ops, "
            f"({PHONE_DIGITS.format('')}) gin_trgm_ops)"
        )
    log.info("customer search index built in %.1f s", time.perf_counter() - started)


def downgrade() -> None:
    if _sqlite():
        for trigger in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    else:
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
