"""history cannot be rewritten: append-only history, RESTRICT, a tamper-evident audit trail
(issue 16)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 00:14:00

- **Append-only history.** Every history table refuses UPDATE and DELETE, and on
  PostgreSQL TRUNCATE, for everyone (the owner and superusers too; only
  ``session_replication_role = replica`` or ``ALTER TABLE ... DISABLE TRIGGER``, both
  the owner's or a superuser's, go round it, which is what the audit chain is for).
  PostgreSQL: one statement-level trigger per table (BEFORE UPDATE OR DELETE OR
  TRUNCATE), so that nothing fires per row and nothing at all on INSERT. Two tables have
  one legitimate change, allowed exactly, by a row-level BEFORE UPDATE trigger whose
  WHEN clause refuses anything else (it fires only on UPDATE):
  - ``sales``: a void sets ``voided_at``, ``voided_by_id`` and ``void_reason``, once;
  - ``shifts``: the close sets ``closed_at`` and the closing figures, once.
  SQLite (row triggers only): BEFORE UPDATE and BEFORE DELETE, with ``UPDATE OF`` the
  columns of the one allowed change for those two tables.
- **ON DELETE RESTRICT** on every reference from the ledgers and sales (``wallet_entries``,
  ``stock_movements``, ``sales``, ``sale_lines``, ``sale_payments``, ``refunds``,
  ``refund_lines``, ``day_closings``) and from ``wallets`` to its account: the two
  CASCADEs (a wallet deleted with its account, a ledger with its wallet) are gone. The
  other history tables' references were NO ACTION and stay so (a delete is refused all
  the same).
- **A tamper-evident audit trail** (README, "Tamper-evident audit trail"):
  ``audit_entries.content_hash`` (SHA-256 of the row's content, written with the row; the
  existing rows get theirs here), the SQL function ``pos_audit_hash`` that computes it
  exactly as ``pos_app.domain.audit_chain`` does, ``pos_record_sale`` v7 that writes it,
  and ``audit_chain``: one link per sealed audit row, in id order, each hashing the
  previous link, extended by the sealer (``pos_app.data.audit_seal``), never per sale;
  ``pos_audit_safe_head()`` tells the sealer up to which id every row has committed.
"""

from __future__ import annotations

import hashlib
import importlib.util
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

#: Every history table: nothing in them is ever changed or removed.
HISTORY = (
    "sales",
    "sale_lines",
    "sale_payments",
    "refunds",
    "refund_lines",
    "wallet_entries",
    "stock_movements",
    "day_closings",
    "shifts",
    "cash_movements",
    "offline_sales",
    "offline_conflicts",
    "offline_resolutions",
    "audit_entries",
    "audit_chain",
)
#: The one change each of these may undergo: from ``(column IS NULL)`` to not null,
#: setting these columns, once.
ONE_CHANGE = {
    "sales": ("voided_at", ("voided_at", "voided_by_id", "void_reason")),
    "shifts": (
        "closed_at",
        (
            "closed_at",
            "closed_by_id",
            "closing_count",
            "counted_cash_cents",
            "counted_card_cents",
            "expected_cash_cents",
            "expected_card_cents",
            "expected_wallet_cents",
            "over_short_cents",
            "approved_by_id",
        ),
    ),
}
#: Tables whose every reference becomes ON DELETE RESTRICT; the ones that cascaded before.
RESTRICTED = (
    "wallets",
    "wallet_entries",
    "stock_movements",
    "sales",
    "sale_lines",
    "sale_payments",
    "refunds",
    "refund_lines",
    "day_closings",
)
CASCADED_BEFORE = {("wallets", "account_id"), ("wallet_entries", "wallet_id")}
#: 0003's row-level triggers, replaced here and put back going down.
ROW_TRIGGERED_BEFORE = ("audit_entries", "offline_resolutions")

AUDIT_HASH_SIGNATURE = (
    "pos_audit_hash(timestamptz, integer, text, text, text, text, text, text, text)"
)
#: The SQL of the fields that ``pos_app.domain.audit_chain.content_text`` writes.
_MOMENT = "to_char(p_created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
_ACTOR = "coalesce(p_actor_id::text, '')"
_FIELDS = (
    _ACTOR,
    *(f"p_{name}" for name in ("actor_username", "action", "outcome", "counter")),
    *(f"p_{name}" for name in ("record_type", "record_id", "detail")),
)
#: Exactly the text ``content_text`` builds, and its SHA-256. One SELECT with no FROM and
#: no SET: the planner inlines it into the sale's INSERT.
AUDIT_HASH = (
    "CREATE FUNCTION pos_audit_hash(p_created_at timestamptz, p_actor_id integer, "
    "p_actor_username text, p_action text, p_outcome text, p_counter text, "
    "p_record_type text, p_record_id text, p_detail text) "
    "RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$ "
    # The moment is always 26 characters: written once, not measured (to_char costs).
    f"SELECT encode(sha256(convert_to('pos-audit-v1' || E'\\n26:' || {_MOMENT}"
    + "".join(f" || E'\\n' || length({f}) || ':' || {f}" for f in _FIELDS)
    + ", 'UTF8')), 'hex') $$"
)
#: The sealer's safe head (``pos_app.data.audit_seal``): a SHARE lock on the audit table
#: waits for every transaction holding an uncommitted audit row (a sale's, at most
#: lock_timeout), so that no row below the id it returns can still commit. The owner's
#: privilege to lock; the counters' role may call it (provision-roles grants pos_*).
SAFE_HEAD = (
    "CREATE FUNCTION pos_audit_safe_head() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = pg_catalog, public SET lock_timeout = '500ms' AS $$ BEGIN "
    "LOCK TABLE public.audit_entries IN SHARE MODE; "
    "RETURN coalesce((SELECT max(id) FROM public.audit_entries), 0); END $$"
)
SALE_AUDIT_V6 = """    INSERT INTO audit_entries (created_at, actor_id, actor_username, action, outcome, counter,
                               record_type, record_id, detail)
    VALUES (p_created_at, p_cashier_id, left(p_actor_username, 64), 'sale', 'ok',
            left(p_actor_counter, 64), 'sale', p_uuid,
            left(replace(p_audit_detail, '{sale_id}', sale_id::text), 500));
"""
SALE_AUDIT_V7 = """    INSERT INTO audit_entries (created_at, actor_id, actor_username, action, outcome, counter,
                               record_type, record_id, detail, content_hash)
    SELECT a.c, a.a, a.u, 'sale', 'ok', a.k, 'sale', p_uuid, a.d,
           pos_audit_hash(a.c, a.a, a.u, 'sale', 'ok', a.k, 'sale', p_uuid, a.d)
    FROM (SELECT p_created_at AS c, p_cashier_id AS a, left(p_actor_username, 64) AS u,
                 left(p_actor_counter, 64) AS k,
                 left(replace(p_audit_detail, '{sale_id}', sale_id::text), 500) AS d) AS a;
"""


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record_sale_v7() -> str:
    """0010's ``pos_record_sale`` (v6) that writes its audit row's content hash."""
    v6: str = _revision("0010").record_sale_v6()  # type: ignore[attr-defined]
    return _revision("0007")._replaced(v6, (SALE_AUDIT_V6, SALE_AUDIT_V7))  # type: ignore[attr-defined,no-any-return]


def _columns(table: str) -> list[str]:
    return [c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)]


# --- append-only triggers ------------------------------------------------------------


def append_only(table: str) -> None:
    """Make ``table`` refuse UPDATE, DELETE (and TRUNCATE on PostgreSQL), but for its one
    allowed change (``ONE_CHANGE``). A later revision that rebuilds a history table on
    SQLite, or adds a column to ``sales`` or ``shifts`` there, calls this again."""
    if _sqlite():
        _sqlite_append_only(table)
        return
    op.execute(
        f"CREATE TRIGGER {table}_append_only BEFORE "
        f"{'DELETE OR TRUNCATE' if table in ONE_CHANGE else 'UPDATE OR DELETE OR TRUNCATE'} "
        f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION history_append_only()"
    )
    if table in ONE_CHANGE:
        flag, columns = ONE_CHANGE[table]
        kept = "ARRAY[" + ", ".join(f"'{c}'" for c in columns) + "]"
        op.execute(
            f"CREATE TRIGGER {table}_one_change BEFORE UPDATE ON {table} FOR EACH ROW "
            f"WHEN (OLD.{flag} IS NOT NULL OR NEW.{flag} IS NULL "
            f"OR (to_jsonb(OLD) - {kept}::text[]) IS DISTINCT FROM "
            f"(to_jsonb(NEW) - {kept}::text[])) "
            f"EXECUTE FUNCTION history_append_only('{_one_change_message(table)}')"
        )


def _one_change_message(table: str) -> str:
    return {
        "sales": "sales rows are append-only: a sale is only ever voided, once",
        "shifts": "shifts rows are append-only: a shift is only ever closed, once",
    }[table]


def _raise(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, '{message}'); END"


def _sqlite_append_only(table: str) -> None:
    refuse = _raise(f"{table} rows are append-only")
    op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} {refuse}")
    if table not in ONE_CHANGE:
        op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} {refuse}")
        return
    flag, columns = ONE_CHANGE[table]
    others = ", ".join(c for c in _columns(table) if c not in columns)
    op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE OF {others} ON {table} {refuse}")
    op.execute(
        f"CREATE TRIGGER {table}_one_change BEFORE UPDATE OF {', '.join(columns)} ON {table} "
        f"WHEN OLD.{flag} IS NOT NULL OR NEW.{flag} IS NULL "
        f"{_raise(_one_change_message(table))}"
    )


def drop_append_only(table: str) -> None:
    if _sqlite():
        for name in ("no_update", "no_delete", "one_change"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{name}")
        return
    for name in ("append_only", "one_change"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_{name} ON {table}")


def _history_function() -> None:
    op.execute(
        "CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = pg_catalog AS $$ BEGIN "
        "RAISE EXCEPTION '%', coalesce(TG_ARGV[0], TG_TABLE_NAME || ' rows are append-only') "
        "USING ERRCODE = 'restrict_violation'; END $$"
    )


# --- ON DELETE RESTRICT ----------------------------------------------------------------


def _references(table: str, restrict: bool) -> None:
    """Every foreign key of ``table`` again, ON DELETE RESTRICT (``restrict``) or as before
    0014 (CASCADE where it was, else the default)."""
    keys = sa.inspect(op.get_bind()).get_foreign_keys(table)

    def action(column: str) -> str | None:
        if restrict:
            return "RESTRICT"
        return "CASCADE" if (table, column) in CASCADED_BEFORE else None

    if _sqlite():
        with op.batch_alter_table(table, recreate="always") as batch:
            for key in keys:
                batch.drop_constraint(key["name"], type_="foreignkey")
                batch.create_foreign_key(
                    key["name"],
                    key["referred_table"],
                    key["constrained_columns"],
                    key["referred_columns"],
                    ondelete=action(key["constrained_columns"][0]),
                )
        return
    for key in keys:
        (column,) = key["constrained_columns"]
        (referred,) = key["referred_columns"]
        on_delete = action(column)
        op.execute(
            f"ALTER TABLE {table} DROP CONSTRAINT {key['name']}, "
            f"ADD CONSTRAINT {key['name']} FOREIGN KEY ({column}) "
            f"REFERENCES {key['referred_table']} ({referred})"
            + (f" ON DELETE {on_delete}" if on_delete else "")
        )


# --- the audit trail's hashes ----------------------------------------------------------


def _moment_text(value: object) -> str:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    u = moment.astimezone(UTC)
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d}T"
        f"{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond:06d}"
    )


def _content_hash(row: sa.Row[tuple[object, ...]]) -> str:
    """``pos_app.domain.audit_chain.content_hash``, frozen here at version 1."""
    created_at, actor_id, *texts = row[1:]
    fields = (_moment_text(created_at), "" if actor_id is None else str(actor_id), *texts)
    text = "pos-audit-v1" + "".join(f"\n{len(str(f))}:{f}" for f in fields)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


AUDIT_COLUMNS = (
    "id",
    "created_at",
    "actor_id",
    "actor_username",
    "action",
    "outcome",
    "counter",
    "record_type",
    "record_id",
    "detail",
)


def _hash_existing_audit_rows() -> None:
    bind = op.get_bind()
    if not _sqlite():
        arguments = ", ".join(AUDIT_COLUMNS[1:])
        op.execute(f"UPDATE audit_entries SET content_hash = pos_audit_hash({arguments})")
        return
    audit = sa.table("audit_entries", *(sa.column(c) for c in (*AUDIT_COLUMNS, "content_hash")))
    after = 0
    while True:
        rows = bind.execute(
            sa.select(*(audit.c[c] for c in AUDIT_COLUMNS))
            .where(audit.c.id > after)
            .order_by(audit.c.id)
            .limit(5000)
        ).all()
        if not rows:
            return
        bind.execute(
            audit.update()
            .where(audit.c.id == sa.bindparam("row_id"))
            .values(content_hash=sa.bindparam("digest")),
            [{"row_id": row[0], "digest": _content_hash(row)} for row in rows],
        )
        after = rows[-1][0]


def _audit_chain_table() -> None:
    op.create_table(
        "audit_chain",
        sa.Column("entry_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=False),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "length(chain_hash) = 64", name=op.f("ck_audit_chain_chain_hash_length")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["audit_entries.id"],
            name=op.f("fk_audit_chain_entry_id_audit_entries"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_audit_chain")),
    )


def _audit_hashes() -> None:
    """The content hash of every audit row, old ones included, and the chain's table."""
    if not _sqlite():
        op.execute(AUDIT_HASH)
        op.execute(SAFE_HEAD)
        op.execute("REVOKE ALL ON FUNCTION pos_audit_safe_head() FROM PUBLIC")
    op.add_column("audit_entries", sa.Column("content_hash", sa.String(64), nullable=True))
    _hash_existing_audit_rows()
    with op.batch_alter_table("audit_entries") as batch:
        batch.alter_column("content_hash", existing_type=sa.String(64), nullable=False)
    _audit_chain_table()
    if not _sqlite():
        signature = _revision("0006").NEW_SIGNATURE  # type: ignore[attr-defined]
        op.execute(f"DROP FUNCTION {signature}")
        op.execute(record_sale_v7())


def upgrade() -> None:
    legacy = _revision("0003")
    for table in ROW_TRIGGERED_BEFORE:
        legacy._drop_append_only(table)  # type: ignore[attr-defined]
    _audit_hashes()
    for table in RESTRICTED:
        _references(table, restrict=True)
    if not _sqlite():
        _history_function()
    for table in HISTORY:
        append_only(table)


def downgrade() -> None:
    for table in HISTORY:
        drop_append_only(table)
    if not _sqlite():
        op.execute("DROP FUNCTION IF EXISTS history_append_only()")
    for table in RESTRICTED:
        _references(table, restrict=False)
    op.drop_table("audit_chain")
    if not _sqlite():
        signature = _revision("0006").NEW_SIGNATURE  # type: ignore[attr-defined]
        op.execute(f"DROP FUNCTION {signature}")
        op.execute(_revision("0010").record_sale_v6())  # type: ignore[attr-defined]
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_column("content_hash")
    if not _sqlite():
        op.execute(f"DROP FUNCTION IF EXISTS {AUDIT_HASH_SIGNATURE}")
        op.execute("DROP FUNCTION IF EXISTS pos_audit_safe_head()")
    legacy = _revision("0003")
    for table in ROW_TRIGGERED_BEFORE:
        legacy._append_only(table)  # type: ignore[attr-defined]
