"""a change sequence on what a price is made of, for the counters' catalogue cache

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 00:11:00

A counter keeps a copy of the catalogue in its own file to sell while the server is
unreachable (issue 15), and follows the server by a change sequence with deletion
markers, not by timestamps (a clock says nothing of commit order):

- ``change_seq`` (bigint, indexed) on products, categories, tax_rates, promotions and
  store_settings, set by triggers on insert and on an update of a column the cache
  keeps; a product's stock and oversold units are not among them, so a sale moves
  nothing. Adding or removing a promotion's product moves the promotion.
- ``catalogue_deletions``: (change_seq, table, key) of each such row deleted.
- PostgreSQL: one sequence, ``catalogue_change_seq``, taken under a transaction-scoped
  advisory lock (7303, 0), so that catalogue writers take numbers in commit order and a
  counter that read up to N never finds a row below N committed later. SQLite: the
  one-row counter ``pricing_state.catalogue_seq`` (one writer at a time).

Only columns are added (ALTER TABLE ADD COLUMN): no table is rebuilt on SQLite, so
the triggers of 0007, 0009 and 0010 stay as they were, going up and down.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: Each followed table: its key column and the columns whose update moves it (None: any).
FOLLOWED: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "products": (
        "id",
        ("name", "category", "price_cents", "barcode", "active", "tax_rate_id", "variable_price"),
    ),
    "categories": ("id", ("name", "active", "tax_rate_id")),
    "tax_rates": ("id", None),
    "promotions": ("id", None),
    "store_settings": ("key", ("value",)),
}
SEQUENCE = "catalogue_change_seq"
LOCK = "pg_advisory_xact_lock(7303, 0)"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _triggers() -> list[tuple[str, str]]:
    """(table, trigger) of each trigger this revision makes."""
    made = [(t, f"{t}_catalogue_{v}") for t in FOLLOWED for v in ("insert", "update", "delete")]
    made += [
        ("promotion_products", f"promotion_products_catalogue_{v}") for v in ("insert", "delete")
    ]
    return made


def _sqlite_triggers() -> None:
    bump = "UPDATE pricing_state SET catalogue_seq = catalogue_seq + 1 WHERE id = 1;"
    seq = "(SELECT catalogue_seq FROM pricing_state WHERE id = 1)"
    for table, (key, columns) in FOLLOWED.items():
        stamp = f"{bump} UPDATE {table} SET change_seq = {seq} WHERE {key} = NEW.{key};"
        op.execute(
            f"CREATE TRIGGER {table}_catalogue_insert AFTER INSERT ON {table} BEGIN {stamp} END"
        )
        # Its own stamping is an update too: the WHEN keeps it from stamping twice.
        when = "NEW.change_seq IS OLD.change_seq"
        of = ""
        if columns is not None:
            of = f" OF {', '.join(columns)}"
            when += " AND (" + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns) + ")"
        op.execute(
            f"CREATE TRIGGER {table}_catalogue_update AFTER UPDATE{of} ON {table} "
            f"WHEN {when} BEGIN {stamp} END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_catalogue_delete AFTER DELETE ON {table} BEGIN {bump} "
            "INSERT INTO catalogue_deletions (change_seq, table_name, row_key) "
            f"VALUES ({seq}, '{table}', CAST(OLD.{key} AS TEXT)); END"
        )
    for verb, row in (("insert", "NEW"), ("delete", "OLD")):
        op.execute(
            f"CREATE TRIGGER promotion_products_catalogue_{verb} AFTER {verb.upper()} "
            f"ON promotion_products BEGIN {bump} UPDATE promotions SET change_seq = {seq} "
            f"WHERE id = {row}.promotion_id; END"
        )


def _postgresql_triggers() -> None:
    op.execute(
        "CREATE FUNCTION pos_catalogue_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM {LOCK}; NEW.change_seq := nextval('{SEQUENCE}'); RETURN NEW; END $$"
    )
    op.execute(
        "CREATE FUNCTION pos_catalogue_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM {LOCK}; "
        "INSERT INTO catalogue_deletions (change_seq, table_name, row_key) "
        f"VALUES (nextval('{SEQUENCE}'), TG_TABLE_NAME, to_jsonb(OLD)->>TG_ARGV[0]); "
        "RETURN NULL; END $$"
    )
    # The promotion's own update trigger stamps it.
    op.execute(
        "CREATE FUNCTION pos_catalogue_promotion_products() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN UPDATE promotions SET change_seq = 0 "
        "WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.promotion_id ELSE NEW.promotion_id END; "
        "RETURN NULL; END $$"
    )
    for table, (key, columns) in FOLLOWED.items():
        op.execute(
            f"CREATE TRIGGER {table}_catalogue_insert BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION pos_catalogue_stamp()"
        )
        of, when = "", ""
        if columns is not None:
            of = f" OF {', '.join(columns)}"
            changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
            when = f" WHEN ({changed})"
        op.execute(
            f"CREATE TRIGGER {table}_catalogue_update BEFORE UPDATE{of} ON {table} "
            f"FOR EACH ROW{when} EXECUTE FUNCTION pos_catalogue_stamp()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_catalogue_delete AFTER DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION pos_catalogue_deleted('{key}')"
        )
    for verb in ("insert", "delete"):
        op.execute(
            f"CREATE TRIGGER promotion_products_catalogue_{verb} AFTER {verb.upper()} "
            "ON promotion_products FOR EACH ROW "
            "EXECUTE FUNCTION pos_catalogue_promotion_products()"
        )


def upgrade() -> None:
    for table in FOLLOWED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("change_seq", sa.BigInteger(), nullable=False, server_default="0")
            )
        op.create_index(op.f(f"ix_{table}_change_seq"), table, ["change_seq"], unique=False)
    with op.batch_alter_table("pricing_state") as batch:
        batch.add_column(
            sa.Column("catalogue_seq", sa.BigInteger(), nullable=False, server_default="0")
        )
    op.create_table(
        "catalogue_deletions",
        sa.Column("change_seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_key", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("change_seq", name=op.f("pk_catalogue_deletions")),
    )
    _number_the_rows()
    if _sqlite():
        _sqlite_triggers()
    else:
        _postgresql_triggers()


def _number_the_rows() -> None:
    """The rows already there, numbered once, table after table in key order, before
    any trigger exists."""
    if not _sqlite():
        op.execute(f"CREATE SEQUENCE {SEQUENCE}")
    offset = 0
    for table, (key, _) in FOLLOWED.items():
        number = (
            f"nextval('{SEQUENCE}')"
            if not _sqlite()
            else f"{offset} + row_number() OVER (ORDER BY {key})"
        )
        op.execute(
            f"UPDATE {table} SET change_seq = s.n FROM (SELECT {key}, {number} AS n "
            f"FROM (SELECT {key} FROM {table} ORDER BY {key}) o) s "
            f"WHERE {table}.{key} = s.{key}"
        )
        found = op.get_bind().exec_driver_sql(f"SELECT max(change_seq) FROM {table}")
        offset = max(offset, int(found.scalar_one() or 0))
    if _sqlite():
        op.execute(f"UPDATE pricing_state SET catalogue_seq = {offset} WHERE id = 1")


def downgrade() -> None:
    for table, trigger in _triggers():
        op.execute(
            f"DROP TRIGGER IF EXISTS {trigger}"
            if _sqlite()
            else f"DROP TRIGGER IF EXISTS {trigger} ON {table}"
        )
    if not _sqlite():
        for function in ("stamp", "deleted", "promotion_products"):
            op.execute(f"DROP FUNCTION IF EXISTS pos_catalogue_{function}()")
        op.execute(f"DROP SEQUENCE IF EXISTS {SEQUENCE}")
    op.drop_table("catalogue_deletions")
    for table in FOLLOWED:
        op.drop_index(op.f(f"ix_{table}_change_seq"), table_name=table)
    # SQLite drops a column in place (3.35+): no rebuild, so no trigger of 0007, 0009 or
    # 0010 is lost.
    for table in (*FOLLOWED, "pricing_state"):
        column = "catalogue_seq" if table == "pricing_state" else "change_seq"
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
