"""Moving sales to another moment, as only a test may: the one way to have history older
than the test. Sales are append-only since migration 0014, so the UPDATE runs behind the
triggers, as the PostgreSQL superuser (``session_replication_role = replica``) or whoever
holds the SQLite file (the triggers on ``sales`` dropped and made again, in the same
transaction) can."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import text, update

from pos_app.data import models
from pos_app.data.database import Database

_SALES_TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"


def backdate_sales(db: Database, moments: Mapping[int, datetime]) -> None:
    """Give each sale id of ``moments`` its moment (``created_at``)."""
    with db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            triggers: list[tuple[str, str]] = []
        else:
            found = connection.execute(text(_SALES_TRIGGERS), {"t": "sales"})
            triggers = [(str(name), str(sql)) for name, sql in found]
            for name, _ in triggers:
                connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for sale_id, moment in moments.items():
            connection.execute(
                update(models.Sale).where(models.Sale.id == sale_id).values(created_at=moment)
            )
        for _, sql in triggers:
            connection.exec_driver_sql(sql)
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET LOCAL session_replication_role = origin")
