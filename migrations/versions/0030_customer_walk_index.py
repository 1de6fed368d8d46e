"""a frequent word's first page of customers from a narrow index (SQLite)

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-16 00:30:00

A customer search with more matches than it counts ("smith": 10,001+ of 200,000) shows its
first page in username order by walking ``accounts``' username index and testing each row
with the search's LIKEs until a page is full (``AccountRepository.customers_page``). When
the matches come late in that order ("ana.*" sorts first, "*.smith*" from the 15,000th
row), every row walked was read from the table: 36 ms of the 55-82 ms that search took at
200,000 customers (issue 14's ``customer_search_p95_ms_200k``, goal 50).

SQLite only: ``ix_accounts_customer_walk`` on (username, id, role, active, name, email,
phone), the order the page is sorted by and every column the LIKEs and the filters test.
SQLite walks it instead of the username index and tests each entry from the index itself,
reading the table only for a match. PostgreSQL answers the same search from its trigram
index (0012) and gets nothing here. The ORM metadata does not describe it
(``pos_app.data.search_index``). Building it took 0.5 s for 200,000 accounts; the upgrade
logs its time.
"""

from __future__ import annotations

import logging
import time

from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

INDEX = "ix_accounts_customer_walk"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    started = time.perf_counter()
    op.execute(f"CREATE INDEX {INDEX} ON accounts (username, id, role, active, name, email, phone)")
    log.info("customer walk index built in %.1f s", time.perf_counter() - started)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
