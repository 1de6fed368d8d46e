"""no session, no write: the counters' login alone changes nothing (issue 16, second slice)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-09 00:18:00

PostgreSQL only (a SQLite file has no privilege boundary):

- ``pos_session_required()``, a statement-level BEFORE INSERT/UPDATE/DELETE/TRUNCATE
  trigger on every table the counters' role may write: a role that is neither the
  table's owner (nor a member of it, nor a superuser) must present a valid session
  (``pos_session_account()`` not NULL, migration 0017), else ``pos_session_required``
  (SQLSTATE 42501). The owner (migrations, pos-admin) and the owner's ``SECURITY
  DEFINER`` functions (``current_user`` is then the owner: ``pos_sign_in`` counting a
  wrong password) write freely. "The counters' role" is thus any role but the owner, by
  whatever name provision-roles gave it: deny by default, nothing to keep in step.
- ``pos_account_guard()``, a row-level BEFORE trigger on ``accounts``: with a session, a
  non-owner may create, delete or change an account only as the permission matrix lets
  the session's role (``pos_app.services.account_rules``, which a conformance test runs
  against this, pair by pair); else ``pos_account_refused`` (42501, DETAIL the change).
- ``pos_create_first_admin(username, name, password_hash)``, ``SECURITY DEFINER``: the
  store's first admin, its wallet and its audit row, as ``AuthService.create_first_admin``
  writes them, while no staff account exists (under the advisory lock of defect 7), so
  that the first run works with the counters' login and no session.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

#: Every table the counters' role may write at 0017 (``pos_app.data.roles``: the mutable
#: tables and the append-only ones). A later table gets the trigger in its own migration;
#: tests/test_no_session_writes.py tries every table the grants give.
WRITABLE_TABLES = (
    "accounts",
    "wallets",
    "credit_leases",
    "products",
    "categories",
    "reviews",
    "parked_carts",
    "tax_rates",
    "store_settings",
    "promotions",
    "pricing_state",
    "sales",
    "sale_lines",
    "sale_payments",
    "wallet_entries",
    "stock_movements",
    "refunds",
    "refund_lines",
    "day_closings",
    "audit_entries",
    "promotion_products",
    "cash_movements",
    "offline_sales",
    "offline_conflicts",
    "offline_resolutions",
    "shifts",
    "audit_chain",
    "catalogue_deletions",
)
SESSION_TRIGGER = "pos_session_required"
ACCOUNT_TRIGGER = "pos_account_guard"
FIRST_ADMIN = "pos_create_first_admin(text, text, text)"
#: First key of the advisory lock of the first admin (``accounts.FIRST_ADMIN_LOCK_SPACE``).
FIRST_ADMIN_LOCK_SPACE = 7304

#: The owner writes freely: the table's owner or a member of it (a superuser is member of
#: every role). Schema-qualified: a trigger function runs with the caller's search_path,
#: and a temporary table named pg_class would come before pg_catalog's.
OWNER_WRITES = (
    "pg_catalog.pg_has_role(current_user, (SELECT c.relowner FROM pg_catalog.pg_class AS c "
    "WHERE c.oid = TG_RELID), 'USAGE')"
)

SESSION_REQUIRED = f"""
CREATE FUNCTION pos_session_required() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF {OWNER_WRITES} THEN
        RETURN NULL;
    END IF;
    IF public.pos_session_account() IS NULL THEN
        RAISE EXCEPTION 'pos_session_required'
            USING ERRCODE = 'insufficient_privilege', DETAIL = TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END
$fn$"""

#: Columns whose change is not a profile change (each has its own rule).
RULED_COLUMNS = ("role", "active", "password_hash", "failed_sign_ins", "locked_until")
#: Which sessions' roles may make each change, by the matrix's operation for it
#: (``pos_app.services.account_rules.account_op``): the same sets as ``allowed`` or
#: ``needs_override`` give. A cashier may delete or deactivate a customer with a
#: manager's override, which the server does not see yet: it lets the cashier's session.
ROLES_BY_OP = {
    "staff.manage": ("admin",),
    "customers.register": ("cashier", "manager", "admin"),
    "customers.delete": ("cashier", "manager", "admin"),
    "customers.reactivate": ("manager", "admin"),
    "customers.update": ("manager", "admin"),
}


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _account_guard() -> str:
    ruled = " - ".join(f"'{c}'" for c in RULED_COLUMNS)
    roles = "\n".join(
        f"        WHEN '{op_name}' THEN v_role IN ({_in(allowed)})"
        for op_name, allowed in ROLES_BY_OP.items()
    )
    return f"""
CREATE FUNCTION pos_account_op(p_change text, p_target text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE
        WHEN p_target <> 'customer' OR p_change IN ('role', 'password', 'lockout')
            THEN 'staff.manage'
        WHEN p_change = 'create' THEN 'customers.register'
        WHEN p_change IN ('delete', 'deactivate') THEN 'customers.delete'
        WHEN p_change = 'reactivate' THEN 'customers.reactivate'
        ELSE 'customers.update'
    END
$fn$;
CREATE FUNCTION pos_account_may(p_role text, p_change text, p_target text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    v_role text := p_role;
BEGIN
    RETURN coalesce(CASE public.pos_account_op(p_change, p_target)
{roles}
        ELSE false
    END, false);
END
$fn$;
CREATE FUNCTION pos_account_guard() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    v_role text;
    v_target text;
    v_changes text[] := ARRAY[]::text[];
    v_change text;
BEGIN
    IF {OWNER_WRITES} THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    SELECT a.role INTO v_role FROM public.accounts AS a
     WHERE a.id = public.pos_session_account();
    IF TG_OP = 'INSERT' THEN
        v_target := NEW.role;
        v_changes := ARRAY['create'];
    ELSIF TG_OP = 'DELETE' THEN
        v_target := OLD.role;
        v_changes := ARRAY['delete'];
    ELSE
        v_target := CASE WHEN OLD.role = 'customer' AND NEW.role = 'customer'
                         THEN 'customer' ELSE 'staff' END;
        IF NEW.role IS DISTINCT FROM OLD.role THEN
            v_changes := v_changes || 'role'::text;
        END IF;
        IF NEW.active IS DISTINCT FROM OLD.active THEN
            v_changes := v_changes || CASE WHEN NEW.active THEN 'reactivate' ELSE 'deactivate' END;
        END IF;
        IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
            v_changes := v_changes || 'password'::text;
        END IF;
        IF NEW.failed_sign_ins IS DISTINCT FROM OLD.failed_sign_ins
           OR NEW.locked_until IS DISTINCT FROM OLD.locked_until THEN
            v_changes := v_changes || 'lockout'::text;
        END IF;
        IF (to_jsonb(NEW) - {ruled}) IS DISTINCT FROM (to_jsonb(OLD) - {ruled}) THEN
            v_changes := v_changes || 'profile'::text;
        END IF;
    END IF;
    FOREACH v_change IN ARRAY v_changes LOOP
        IF NOT public.pos_account_may(v_role, v_change, v_target) THEN
            RAISE EXCEPTION 'pos_account_refused'
                USING ERRCODE = 'insufficient_privilege', DETAIL = v_change;
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$fn$"""


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def first_admin_function() -> str:
    """``pos_create_first_admin``: ``AuthService.create_first_admin`` (``_create_staff``
    with ``only_the_first``) in PL/pgSQL, once the caller has checked the username, the
    name and the password and hashed it. Refused (``pos_first_admin_exists``) once any
    staff account exists."""
    v17 = _revision("0017")
    audit = v17._audit(  # type: ignore[attr-defined]
        "v_id", "p_username", "staff_created", "ok", "v_id::text", "'first administrator'"
    )
    username = v17.USERNAME_PATTERN  # type: ignore[attr-defined]
    bcrypt = v17.BCRYPT_PATTERN  # type: ignore[attr-defined]
    return f"""
CREATE FUNCTION pos_create_first_admin(p_username text, p_name text, p_password_hash text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $fn$
DECLARE
    v_counter text := '';
    v_id integer;
BEGIN
    -- Several first-run screens at once take turns here (defect 7): the second to come
    -- sees the first's admin.
    PERFORM pg_advisory_xact_lock({FIRST_ADMIN_LOCK_SPACE}, 0);
    IF EXISTS (SELECT 1 FROM accounts WHERE role <> 'customer') THEN
        RAISE EXCEPTION 'pos_first_admin_exists';
    END IF;
    IF coalesce(p_username, '') !~ '{username}'
       OR coalesce(p_password_hash, '') !~ '{bcrypt}'
       OR length(btrim(coalesce(p_name, ''))) = 0 THEN
        RAISE EXCEPTION 'pos_first_admin_refused';
    END IF;
    INSERT INTO accounts (username, name, age, address, phone, email, gender, marital_status,
                          role, password_hash, active, failed_sign_ins, locked_until,
                          created_at)
    VALUES (p_username, p_name, NULL, '', '', '', '', NULL, 'admin', p_password_hash, true,
            0, NULL, clock_timestamp())
    RETURNING id INTO v_id;
    INSERT INTO wallets (account_id, balance_cents) VALUES (v_id, 0);
    {audit}
    RETURN v_id;
END
$fn$"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(SESSION_REQUIRED)
    for table in WRITABLE_TABLES:
        op.execute(
            f"CREATE TRIGGER {SESSION_TRIGGER} BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION pos_session_required()"
        )
    op.execute(_account_guard())
    op.execute(
        f"CREATE TRIGGER {ACCOUNT_TRIGGER} BEFORE INSERT OR UPDATE OR DELETE ON accounts "
        "FOR EACH ROW EXECUTE FUNCTION pos_account_guard()"
    )
    op.execute(first_admin_function())
    # The counters' role gets EXECUTE from provision-roles; nobody else by default.
    op.execute(f"REVOKE ALL ON FUNCTION {FIRST_ADMIN} FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"DROP FUNCTION {FIRST_ADMIN}")
    op.execute(f"DROP TRIGGER {ACCOUNT_TRIGGER} ON accounts")
    op.execute("DROP FUNCTION pos_account_guard()")
    op.execute("DROP FUNCTION pos_account_may(text, text, text)")
    op.execute("DROP FUNCTION pos_account_op(text, text)")
    for table in WRITABLE_TABLES:
        op.execute(f"DROP TRIGGER {SESSION_TRIGGER} ON {table}")
    op.execute("DROP FUNCTION pos_session_required()")
