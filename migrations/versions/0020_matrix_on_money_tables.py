"""money and stock writes follow the permission matrix on the server (issue 16, slice 4)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-10 00:20:00

- ``override_grants`` (both backends; only PostgreSQL uses it, the counters' role has no
  privilege on it): a manager's override the server checked.
- PostgreSQL:
  - ``pos_role_may(role, op)`` and ``pos_role_needs_override(role, op)``: the permission
    matrix (``pos_app.services.permissions.MATRIX``, ``MANAGER_OVERRIDE``) frozen here; a
    conformance test compares them op by op, role by role.
  - ``pos_grant_override(username, password, counter, op)``, ``SECURITY DEFINER``: the
    manager's password checked by ``pos_sign_in`` (the same lockout and audit rows; the
    session it opens is ended at once); when that account's role may do ``op`` and the
    session the connection presents needs an override for it, a grant for that session
    and op. The first transaction that needs it binds it (``txid_current()``): it then
    counts for that transaction only; unused, it lapses after ``GRANT_MINUTES``.
  - ``pos_session_may(ops)``, ``SECURITY DEFINER``: whether the presented session's role
    may do one of ``ops`` (or holds a grant for one of them).
  - ``pos_matrix_guard()``, a row-level BEFORE trigger on every table of 0018's
    WRITABLE_TABLES but ``accounts`` (0018's own guard): for a non-owner it maps the row
    change to the matrix operations it belongs to (``pos_row_ops``) and refuses
    (``pos_matrix_refused``, 42501, DETAIL the operations) unless the session may do one.
    Sales, their lines and payments, offline sales and sale movements are written only
    by ``pos_record_sale``. It also puts the server's clock in the row's times and keeps
    audit rows honest (the actor is the session's account; the content hash is made again
    over the server's time).
  - ``pos_record_sale`` v10: ``SECURITY DEFINER`` (search_path pinned): a non-owner needs
    a session whose role may ``sales.checkout``; an online sale's time is the server's
    ``now()``; a discount authorised by someone else needs that person's grant; tendered
    cash leaves at most ``CHANGE_MAX_CENTS`` of change (``pos_app.domain.tender_rules``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

#: ``pos_app.services.permissions.MATRIX`` at this revision: which roles may do each op.
_STAFF = ("cashier", "manager", "admin")
_MANAGERS = ("manager", "admin")
_EVERYONE = ("customer", "cashier", "manager", "admin")
MATRIX = {
    "customers.register": _STAFF,
    "customers.update": _MANAGERS,
    "customers.delete": _MANAGERS,
    "customers.view": _EVERYONE,
    "customers.reactivate": _MANAGERS,
    "wallet.top_up": _STAFF,
    "wallet.deduct": _MANAGERS,
    "wallet.ledger": _EVERYONE,
    "products.view": _EVERYONE,
    "products.add": _MANAGERS,
    "products.update": _MANAGERS,
    "products.restock": _MANAGERS,
    "products.deduct": _MANAGERS,
    "products.import": _MANAGERS,
    "categories.manage": _MANAGERS,
    "sales.checkout": _STAFF,
    "sales.history": _EVERYONE,
    "sales.reports": _MANAGERS,
    "sales.refund": _MANAGERS,
    "sales.close_day": _MANAGERS,
    "sales.park_cart": _STAFF,
    "reviews.write": ("customer",),
    "reviews.read": _EVERYONE,
    "reviews.moderate": _MANAGERS,
    "staff.manage": ("admin",),
    "audit.read": ("admin",),
    "settings.change": ("admin",),
    "taxes.manage": _MANAGERS,
    "sales.discount_above_limit": _MANAGERS,
    "health.read": _STAFF,
    "shifts.work": _STAFF,
    "shifts.no_sale": _STAFF,
    "sales.void": _MANAGERS,
    "shifts.manage": _MANAGERS,
    "offline.resolve": _MANAGERS,
}
#: ``MANAGER_OVERRIDE``: what a cashier may do with a manager's override on the spot.
OVERRIDE_ROLE = "cashier"
OVERRIDE_OPS = (
    "sales.refund",
    "products.update",
    "customers.delete",
    "sales.discount_above_limit",
    "sales.void",
    "shifts.manage",
)
#: An override not used by a write within this long lapses.
GRANT_MINUTES = 2
#: ``pos_app.domain.tender_rules.CHANGE_MAX_CENTS``.
CHANGE_MAX_CENTS = 100_000
#: Any valid session (rows the app's triggers move, the audit trail's own bookkeeping).
ANY = "*"

#: PostgreSQL fires a table's BEFORE row triggers in name order: this one last, so that
#: history's own refusals (0014: append-only, one change) and the catalogue's change
#: sequence (0011) come first, and the role is checked on the row as it will be written.
GUARD_TRIGGER = "zz_pos_matrix_guard"
#: The row's times a non-owner's write gets from the server's clock (when set or changed).
SERVER_TIMES = {
    "tax_rates": ("created_at",),
    "categories": ("created_at",),
    "day_closings": ("created_at",),
    "parked_carts": ("created_at", "taken_at"),
    "shifts": ("opened_at", "closed_at"),
    "store_settings": ("updated_at",),
    "cash_movements": ("created_at",),
    "products": ("created_at", "updated_at"),
    "promotions": ("created_at",),
    "offline_conflicts": ("received_at",),
    "refunds": ("created_at",),
    "reviews": ("created_at", "updated_at", "moderated_at"),
    "stock_movements": ("created_at",),
    "wallet_entries": ("created_at",),
    "offline_resolutions": ("resolved_at",),
    "sales": ("voided_at",),
    "audit_entries": ("created_at",),
    "audit_chain": ("sealed_at",),
}
#: Store settings a shift manager keeps (``pos_app.services.shift_records``); any other
#: key is a pricing setting (``TaxService.update_settings``).
CASH_SETTINGS = ("cash_denominations", "shift_difference_limit_cents")
#: Product columns a stock movement changes (the others are the product's details).
STOCK_COLUMNS = ("stock", "oversold_units", "change_seq", "updated_at")

FUNCTIONS = (
    "pos_grant_override(text, text, text, text)",
    "pos_session_may(text[], integer)",
)
HELPERS = (
    "pos_matrix_guard()",
    "pos_row_ops(text, text, jsonb, jsonb)",
    "pos_role_needs_override(text, text)",
    "pos_role_may(text, text)",
)
SETTINGS = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
TOKEN_HASH = "encode(sha256(convert_to({0}, 'UTF8')), 'hex')"


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: 0018's tables but ``accounts``, which keeps 0018's row guard.
GUARDED_TABLES: tuple[str, ...] = tuple(
    table
    for table in _revision("0018").WRITABLE_TABLES  # type: ignore[attr-defined]
    if table != "accounts"
)


def _in(values: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _ops(*ops: str) -> str:
    return f"ARRAY[{_in(list(ops))}]::text[]" if ops else "ARRAY[]::text[]"


def matrix_functions() -> list[str]:
    cases = "\n".join(
        f"        WHEN '{name}' THEN p_role IN ({_in(roles)})" for name, roles in MATRIX.items()
    )
    return [
        f"""
CREATE FUNCTION pos_role_may(p_role text, p_op text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT coalesce(CASE p_op
{cases}
        ELSE false
    END, false)
$fn$""",
        f"""
CREATE FUNCTION pos_role_needs_override(p_role text, p_op text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT coalesce(p_role = '{OVERRIDE_ROLE}' AND p_op IN ({_in(OVERRIDE_OPS)}), false)
$fn$""",
    ]


def row_ops_function() -> str:
    """``pos_row_ops``: the matrix operations a row change belongs to (any one suffices;
    none: no counter may make it except through ``pos_record_sale``)."""
    stock = " - ".join(f"'{c}'" for c in STOCK_COLUMNS)
    return f"""
CREATE FUNCTION pos_row_ops(p_table text, p_change text, p_old jsonb, p_new jsonb)
RETURNS text[] LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    v_row jsonb := coalesce(p_new, p_old);
    v_kind text := v_row->>'kind';
BEGIN
    CASE p_table
    WHEN 'wallets' THEN
        IF p_change = 'INSERT' THEN
            RETURN {_ops("customers.register", "staff.manage")};
        ELSIF p_change = 'DELETE' THEN
            RETURN {_ops("customers.delete", "staff.manage")};
        ELSIF (p_new->>'balance_cents')::bigint > (p_old->>'balance_cents')::bigint THEN
            RETURN {_ops("wallet.top_up", "sales.refund", "sales.void")};
        ELSIF (p_new->>'balance_cents')::bigint < (p_old->>'balance_cents')::bigint THEN
            RETURN {_ops("wallet.deduct")};
        ELSIF p_new - 'leased_cents' IS DISTINCT FROM p_old - 'leased_cents' THEN
            RETURN {_ops("staff.manage")};
        END IF;
        RETURN {_ops("sales.checkout")};  -- a credit lease holds or frees part of it
    WHEN 'credit_leases' THEN
        RETURN {_ops("sales.checkout")};
    WHEN 'products' THEN
        IF p_change = 'INSERT' THEN
            RETURN {_ops("products.add", "products.import")};
        ELSIF p_change = 'DELETE' THEN
            RETURN {_ops()};
        ELSIF (p_new - {stock}) IS DISTINCT FROM (p_old - {stock}) THEN
            RETURN {_ops("products.update", "products.import")};
        ELSIF (p_new->>'stock')::bigint > (p_old->>'stock')::bigint THEN
            RETURN {_ops("products.restock", "products.import", "sales.refund", "sales.void")};
        ELSIF (p_new->>'stock')::bigint < (p_old->>'stock')::bigint
              OR p_new->'oversold_units' IS DISTINCT FROM p_old->'oversold_units' THEN
            RETURN {_ops("products.deduct", "products.import")};
        END IF;
        RETURN {_ops(ANY)};
    WHEN 'categories' THEN
        RETURN {_ops("categories.manage")};
    WHEN 'reviews' THEN
        -- A moderation stamps who and when; a customer's edit sends it back for approval.
        IF p_change = 'UPDATE'
           AND (p_new->'moderated_by_id' IS DISTINCT FROM p_old->'moderated_by_id'
                OR p_new->'moderated_at' IS DISTINCT FROM p_old->'moderated_at'
                OR (p_new->'status' IS DISTINCT FROM p_old->'status'
                    AND p_new->>'status' <> 'needs_approval')) THEN
            RETURN {_ops("reviews.moderate")};
        END IF;
        RETURN {_ops("reviews.write")};  -- and only one's own (pos_matrix_guard)
    WHEN 'parked_carts' THEN
        RETURN {_ops("sales.park_cart")};
    WHEN 'tax_rates', 'promotions', 'promotion_products' THEN
        RETURN {_ops("taxes.manage")};
    WHEN 'store_settings' THEN
        IF v_row->>'key' IN ({_in(CASH_SETTINGS)}) THEN
            RETURN {_ops("shifts.manage")};
        END IF;
        RETURN {_ops("taxes.manage")};
    WHEN 'pricing_state', 'catalogue_deletions', 'audit_entries', 'audit_chain' THEN
        RETURN {_ops(ANY)};
    WHEN 'sales' THEN
        IF p_change = 'UPDATE' THEN
            RETURN {_ops("sales.void")};
        END IF;
        RETURN {_ops()};
    WHEN 'sale_lines', 'sale_payments', 'offline_sales' THEN
        RETURN {_ops()};
    WHEN 'wallet_entries' THEN
        RETURN CASE v_kind
            WHEN 'top_up' THEN {_ops("wallet.top_up")}
            WHEN 'refund' THEN {_ops("sales.refund", "sales.void")}
            WHEN 'adjustment' THEN {_ops("wallet.deduct")}
            ELSE {_ops()} END;
    WHEN 'stock_movements' THEN
        RETURN CASE
            WHEN v_kind = 'restock' THEN {_ops("products.restock")}
            WHEN v_kind = 'return' THEN {_ops("sales.refund", "sales.void")}
            WHEN v_kind = 'adjustment' AND (v_row->>'quantity')::bigint < 0
                THEN {_ops("products.deduct")}
            WHEN v_kind = 'adjustment'
                THEN {_ops("products.add", "products.import", "products.restock")}
            ELSE {_ops()} END;
    WHEN 'refunds', 'refund_lines' THEN
        RETURN {_ops("sales.refund")};
    WHEN 'day_closings' THEN
        RETURN {_ops("sales.close_day")};
    WHEN 'cash_movements' THEN
        IF v_kind = 'no_sale' THEN
            RETURN {_ops("shifts.no_sale")};
        END IF;
        RETURN {_ops("shifts.work")};
    WHEN 'offline_conflicts' THEN
        RETURN {_ops("sales.checkout", "offline.resolve")};
    WHEN 'offline_resolutions' THEN
        RETURN {_ops("offline.resolve")};
    WHEN 'shifts' THEN
        IF p_change = 'UPDATE' AND p_new->>'approved_by_id' IS NOT NULL THEN
            RETURN {_ops("shifts.manage")};
        END IF;
        RETURN {_ops("shifts.work")};
    ELSE
        RETURN {_ops()};
    END CASE;
END
$fn$"""


def session_may_function() -> str:
    """``pos_session_may``: the presented session's role may do one of ``p_ops``, or it
    holds a manager's grant for one (from ``p_signer``, when given), which this transaction
    then binds."""
    return f"""
CREATE FUNCTION pos_session_may(p_ops text[], p_signer integer DEFAULT NULL) RETURNS boolean
LANGUAGE plpgsql {SETTINGS} AS $fn$
DECLARE
    v_account integer := pos_session_account();
    v_role text;
    v_grant integer;
BEGIN
    IF v_account IS NULL THEN
        RAISE EXCEPTION 'pos_session_required'
            USING ERRCODE = 'insufficient_privilege', DETAIL = array_to_string(p_ops, ' or ');
    END IF;
    IF '{ANY}' = ANY (p_ops) THEN
        RETURN true;
    END IF;
    SELECT role INTO v_role FROM accounts WHERE id = v_account;
    IF p_signer IS NULL AND EXISTS (SELECT 1 FROM unnest(p_ops) AS o WHERE pos_role_may(v_role, o))
    THEN
        RETURN true;
    END IF;
    SELECT g.id INTO v_grant
      FROM override_grants AS g JOIN staff_sessions AS s ON s.id = g.session_id
     WHERE s.token_hash = {TOKEN_HASH.format("current_setting('pos.session', true)")}
       AND g.op = ANY (p_ops) AND (p_signer IS NULL OR g.signer_id = p_signer)
       AND (g.txid = txid_current()
            OR (g.txid IS NULL
                AND g.granted_at > clock_timestamp() - interval '{GRANT_MINUTES} minutes'))
     ORDER BY g.txid NULLS LAST, g.id LIMIT 1
       FOR UPDATE OF g;
    IF v_grant IS NULL THEN
        RETURN false;
    END IF;
    UPDATE override_grants SET txid = txid_current() WHERE id = v_grant AND txid IS NULL;
    RETURN true;
END
$fn$"""


def grant_override_function() -> str:
    return f"""
CREATE FUNCTION pos_grant_override(p_username text, p_password text, p_counter text, p_op text,
    OUT account_id integer, OUT account_role text, OUT account_name text, OUT granted boolean)
LANGUAGE plpgsql {SETTINGS} AS $fn$
DECLARE
    v_account integer := pos_session_account();
    v_role text;
    v_signed record;
BEGIN
    granted := false;
    SELECT * INTO v_signed FROM pos_sign_in(p_username, p_password, p_counter);
    IF v_signed.token IS NULL THEN
        RETURN;  -- counted and audited by pos_sign_in; raising would take that back
    END IF;
    -- An authorisation, not a sign-in: the session it opened ends at once.
    UPDATE staff_sessions SET ended_at = now()
     WHERE token_hash = {TOKEN_HASH.format("v_signed.token")};
    account_id := v_signed.account_id;
    account_role := v_signed.account_role;
    account_name := v_signed.account_name;
    SELECT role INTO v_role FROM accounts WHERE id = v_account;
    IF v_account IS NULL OR NOT pos_role_may(v_signed.account_role, p_op)
       OR NOT pos_role_needs_override(v_role, p_op) THEN
        RETURN;
    END IF;
    INSERT INTO override_grants (session_id, op, signer_id, granted_at)
    SELECT s.id, p_op, v_signed.account_id, clock_timestamp()
      FROM staff_sessions AS s
     WHERE s.token_hash = {TOKEN_HASH.format("current_setting('pos.session', true)")};
    granted := FOUND;
END
$fn$"""


def guard_function() -> str:
    owner = _revision("0018").OWNER_WRITES  # type: ignore[attr-defined]
    times = "\n".join(
        f"        WHEN '{table}' THEN ARRAY[{_in(columns)}]::text[]"
        for table, columns in SERVER_TIMES.items()
    )
    return f"""
CREATE FUNCTION pos_matrix_guard() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    v_old jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
    v_new jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
    v_ops text[];
    v_account integer;
    v_username text;
    v_column text;
    v_times jsonb := '{{}}'::jsonb;
BEGIN
    IF {owner} THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    v_ops := public.pos_row_ops(TG_TABLE_NAME, TG_OP, v_old, v_new);
    IF NOT public.pos_session_may(v_ops) THEN
        RAISE EXCEPTION 'pos_matrix_refused' USING ERRCODE = 'insufficient_privilege',
            DETAIL = coalesce(nullif(array_to_string(v_ops, ' or '), ''), 'pos_record_sale');
    END IF;
    IF TG_TABLE_NAME IN ('reviews', 'audit_entries') THEN
        v_account := public.pos_session_account();
        IF TG_TABLE_NAME = 'reviews'
           AND (coalesce(v_new, v_old)->>'customer_id')::integer IS DISTINCT FROM v_account
           AND NOT 'reviews.moderate' = ANY (v_ops) THEN
            RAISE EXCEPTION 'pos_matrix_refused' USING ERRCODE = 'insufficient_privilege',
                DETAIL = 'reviews.write (one''s own)';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    -- The server's clock, not the counter's, for every time the row sets or changes.
    FOREACH v_column IN ARRAY CASE TG_TABLE_NAME
{times}
        ELSE ARRAY[]::text[] END
    LOOP
        IF v_new->>v_column IS NOT NULL
           AND (v_old IS NULL OR v_new->v_column IS DISTINCT FROM v_old->v_column) THEN
            v_times := v_times || jsonb_build_object(v_column, now());
        END IF;
    END LOOP;
    IF v_times <> '{{}}'::jsonb THEN
        NEW := jsonb_populate_record(NEW, v_times);
    END IF;
    IF TG_TABLE_NAME = 'audit_entries' THEN
        -- No audit row names someone else; its hash is made again over the server's time.
        SELECT a.username INTO v_username FROM public.accounts AS a WHERE a.id = v_account;
        IF NEW.actor_id IS DISTINCT FROM v_account
           OR NEW.actor_username IS DISTINCT FROM left(v_username, 64) THEN
            RAISE EXCEPTION 'pos_matrix_refused' USING ERRCODE = 'insufficient_privilege',
                DETAIL = 'audit actor';
        END IF;
        NEW.content_hash := public.pos_audit_hash(
            NEW.created_at, NEW.actor_id, NEW.actor_username, NEW.action, NEW.outcome,
            NEW.counter, NEW.record_type, NEW.record_id, NEW.detail);
    END IF;
    RETURN NEW;
END
$fn$"""


# --- accounts: 0018's guard, with the server's override grants ---------------------------

ACCOUNT_CHECK = "        IF NOT public.pos_account_may(v_role, v_change, v_target) THEN"
ACCOUNT_CHECK_GRANTED = (
    "        IF NOT public.pos_account_may(v_role, v_change, v_target)\n"
    "           AND NOT (public.pos_role_needs_override(v_role,\n"
    "                                                   public.pos_account_op(v_change, v_target))\n"
    "                    AND public.pos_session_may(\n"
    "                        ARRAY[public.pos_account_op(v_change, v_target)])) THEN"
)


def account_guard(*, granted: bool) -> str:
    """0018's ``pos_account_may`` and ``pos_account_guard`` as ``CREATE OR REPLACE``:
    ``granted``, by the matrix alone, plus a manager's grant where the matrix wants an
    override (a cashier deleting a customer); else 0018's own (the cashier's session let)."""
    v18 = _revision("0018")
    if granted:
        v18.ROLES_BY_OP = {  # type: ignore[attr-defined]
            name: MATRIX[name]
            for name in v18.ROLES_BY_OP  # type: ignore[attr-defined]
        }
    body: str = v18._account_guard()  # type: ignore[attr-defined]
    _, _, functions = body.partition("$fn$;\nCREATE FUNCTION pos_account_may")
    body = "CREATE OR REPLACE FUNCTION pos_account_may" + functions
    body = body.replace(
        "CREATE FUNCTION pos_account_guard", "CREATE OR REPLACE FUNCTION pos_account_guard"
    )
    if granted:
        body = _revision("0007")._replaced(body, (ACCOUNT_CHECK, ACCOUNT_CHECK_GRANTED))  # type: ignore[attr-defined]
    return body


# --- pos_record_sale v10 ------------------------------------------------------------------

V9_HEADER = ") LANGUAGE plpgsql AS $fn$\nDECLARE\n"
V10_HEADER = f") LANGUAGE plpgsql {SETTINGS} AS $fn$\nDECLARE\n"
V9_BEGIN = (
    "BEGIN\n    -- With a session presented, its account is the cashier, whatever the call names."
)
V10_BEGIN = """BEGIN
    -- A definer function: the owner writes, so 0018's and this migration's triggers let
    -- it; for anyone but the owner it checks here what they would have checked.
    IF NOT pg_has_role(session_user, (SELECT c.relowner FROM pg_class AS c
                                       WHERE c.oid = 'public.sales'::regclass), 'USAGE') THEN
        IF NOT pos_session_may(ARRAY['sales.checkout']) THEN
            RAISE EXCEPTION 'pos_matrix_refused'
                USING ERRCODE = 'insufficient_privilege', DETAIL = 'sales.checkout';
        END IF;
        IF v_offline IS NULL THEN
            p_created_at := now();  -- an online sale happens now, whatever the counter says
            IF (p_pricing->>'discount_authorised_by_id')::integer IS DISTINCT FROM v_session_account
               AND (p_pricing->>'discount_authorised_by_id') IS NOT NULL
               AND NOT pos_session_may(ARRAY['sales.discount_above_limit'],
                                       (p_pricing->>'discount_authorised_by_id')::integer) THEN
                RAISE EXCEPTION 'pos_matrix_refused'
                    USING ERRCODE = 'insufficient_privilege',
                          DETAIL = 'sales.discount_above_limit';
            END IF;
        END IF;
    END IF;
    -- With a session presented, its account is the cashier, whatever the call names."""
V9_TENDERED = (
    "       OR (p_cash_cents > 0 AND (p_tendered_cents IS NULL OR p_tendered_cents < p_cash_cents))"
)
V10_TENDERED = (
    "       OR (p_cash_cents > 0 AND (p_tendered_cents IS NULL OR p_tendered_cents < p_cash_cents\n"
    f"           OR p_tendered_cents > p_cash_cents + {CHANGE_MAX_CENTS}))"
)


def record_sale_v10() -> str:
    """0017's ``pos_record_sale`` (v9) as a definer function that checks the matrix, the
    server's clock, an authorised discount and the tendered cash itself."""
    v9: str = _revision("0017").record_sale_v9()  # type: ignore[attr-defined]
    return _revision("0007")._replaced(  # type: ignore[attr-defined,no-any-return]
        v9, (V9_HEADER, V10_HEADER), (V9_BEGIN, V10_BEGIN), (V9_TENDERED, V10_TENDERED)
    )


def _replace_record_sale(body: str, *, definer: bool) -> None:
    signature = _revision("0006").NEW_SIGNATURE  # type: ignore[attr-defined]
    op.execute(f"DROP FUNCTION {signature}")
    op.execute(body)
    if definer:  # only the roles provision-roles names may call it
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")


def _grants_table() -> None:
    op.create_table(
        "override_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(length=40), nullable=False),
        sa.Column("signer_id", sa.Integer(), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("txid", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["staff_sessions.id"],
            name=op.f("fk_override_grants_session_id_staff_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["signer_id"],
            ["accounts.id"],
            name=op.f("fk_override_grants_signer_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_override_grants")),
    )
    op.create_index("ix_override_grants_session_id", "override_grants", ["session_id"])


def upgrade() -> None:
    _grants_table()
    if op.get_bind().dialect.name == "sqlite":
        return
    for function in [
        *matrix_functions(),
        row_ops_function(),
        session_may_function(),
        grant_override_function(),
        guard_function(),
    ]:
        op.execute(function)
    for signature in FUNCTIONS:
        # The counters' role gets EXECUTE from provision-roles; nobody else by default.
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    for table in GUARDED_TABLES:
        op.execute(
            f"CREATE TRIGGER {GUARD_TRIGGER} BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION pos_matrix_guard()"
        )
    _replace_record_sale(record_sale_v10(), definer=True)
    op.execute(account_guard(granted=True))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute(account_guard(granted=False))
        _replace_record_sale(
            _revision("0017").record_sale_v9(),  # type: ignore[attr-defined]
            definer=False,
        )
        for table in GUARDED_TABLES:
            op.execute(f"DROP TRIGGER {GUARD_TRIGGER} ON {table}")
        for signature in (*FUNCTIONS, *HELPERS):
            op.execute(f"DROP FUNCTION {signature}")
    op.drop_index("ix_override_grants_session_id", table_name="override_grants")
    op.drop_table("override_grants")
