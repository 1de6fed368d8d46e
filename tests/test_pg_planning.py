"""PostgreSQL plans searches and reports for the values they are run with: psycopg
prepares a statement on its fifth use, and a plan made once for any value walked the
product name index past every row for a rare word (0.1-scale big store: 43 ms -> 1.8 ms).
The sale's one statement keeps the server's plan cache."""

from __future__ import annotations

from sqlalchemy import text

from pos_app.data.database import Database


def test_reads_are_planned_for_their_values_and_the_sale_keeps_its_plan(
    pg_migrated_url: str,
) -> None:
    db = Database(pg_migrated_url)
    try:
        show = text("SHOW plan_cache_mode")
        assert db.read(lambda tx: tx.session.execute(show).scalar()) == "force_custom_plan"
        assert db.write(lambda tx: tx.session.execute(show).scalar()) == "force_custom_plan"
        assert db.write(lambda tx: tx.connection().execute(show).scalar(), one_statement=True) == (
            "auto"
        )
    finally:
        db.dispose()
