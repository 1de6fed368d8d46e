"""Least privilege on PostgreSQL: an owner role that runs migrations, and an application
role for the counters that may change data but not the schema, and may only add to the
append-only tables (sales, their lines and payments, ledgers, refunds, day closings,
shifts, audit rows and the audit chain). Triggers (migrations 0003, 0014) refuse UPDATE,
DELETE and TRUNCATE of history to every role, the owner included; since migration 0018
every write of a role other than the owner needs a staff member's session, and a change
to an account the session's role may make (README, "No session, no write")."""

from __future__ import annotations

import re

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from pos_app.data.database import Database
from pos_app.data.models import Base
from pos_app.domain.errors import ValidationError

#: Counters change these rows in place (balances, stock, profiles, review status...).
MUTABLE_TABLES = (
    "accounts",
    "wallets",
    "credit_leases",  # issue 15: a counter's store-credit lease (migration 0015)
    "products",
    "categories",
    "reviews",
    "parked_carts",
    # pricing (issue 12): rates and promotions are retired in place, settings change
    "tax_rates",
    "store_settings",
    "promotions",
    "pricing_state",  # moved on by triggers when any of the above changes
)
#: History: counters may read and add, never change or remove.
APPEND_ONLY_TABLES = (
    "sales",
    "sale_lines",
    "sale_payments",
    "wallet_entries",
    "stock_movements",
    "refunds",
    "refund_lines",
    "day_closings",
    "audit_entries",
    "promotion_products",  # what a promotion covers is fixed when it is made
    "cash_movements",  # paid-ins, paid-outs, No sale
    "offline_sales",  # a synced offline sale's number and flags (issue 15)
    "offline_conflicts",  # what a sync could not settle, for a manager
    "offline_resolutions",  # a manager's note on one of those (migration 0013)
    "shifts",  # opened, then closed once in place (issue 13)
    "audit_chain",  # the sealed links of the audit trail (migration 0014)
    "catalogue_deletions",  # written by triggers: what the counters' caches drop
)
#: Only the owner's functions touch these (``pos_sign_in`` and the session functions,
#: migration 0017; a manager's override grants, 0020; the counters registered for offline
#: sales and their cashiers' tickets, 0023): the counters' role has no privilege on them.
OWNER_ONLY_TABLES = ("staff_sessions", "override_grants", "counters", "offline_tickets")
#: Columns nobody but the owner reads (grants by column): a counter sets a new password's
#: or wallet PIN's hash, never reads one; the server checks them (``pos_sign_in``,
#: ``pos_customer_consent``, migration 0021). A card's hash (SHA-256 of 80 random bits)
#: is readable: an offline counter checks a card's scan against it.
SECRET_COLUMNS = {"accounts": ("password_hash", "pin_hash")}
#: The columns of history tables that counters may set after the fact: a sale's void, a
#: shift's close. Triggers (migration 0014) allow that one change, once, and no other.
APPEND_ONLY_UPDATES = {
    "sales": ("voided_at", "voided_by_id", "void_reason"),
    "shifts": (
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
}
ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def _name(role: str) -> str:
    if not ROLE_NAME.fullmatch(role):
        raise ValidationError(f"Not a role name: {role!r} (lowercase letters, digits, _)")
    return role


def _ensure_role(conn: Connection, role: str, password: str | None) -> None:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    verb = "ALTER" if exists else "CREATE"
    if password:
        # Parameters cannot be used in DDL; the password is quoted by the server itself.
        quoted = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
        conn.execute(text(f'{verb} ROLE "{role}" LOGIN PASSWORD {quoted}'))
    else:
        conn.execute(text(f'{verb} ROLE "{role}" LOGIN'))


#: The schema's sequences that no table column owns.
FREE_SEQUENCES = (
    "SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace "
    "WHERE n.nspname = 'public' AND c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend "
    "AS d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))"
)


def require_postgresql(db: Database) -> None:
    """ValidationError unless ``db`` is on PostgreSQL (a SQLite file has no roles)."""
    if db.backend != "postgresql":
        raise ValidationError("Roles exist only on PostgreSQL; a SQLite file has no users")


def provision_roles(
    db: Database,
    owner: str,
    app: str,
    owner_password: str | None = None,
    app_password: str | None = None,
) -> list[str]:
    """Create or update both roles and their grants; returns what was done, in words.
    Run as a superuser (or the database owner) after the schema is at head, and again
    after each upgrade that adds tables."""
    require_postgresql(db)
    owner, app = _name(owner), _name(app)
    known = set(MUTABLE_TABLES) | set(APPEND_ONLY_TABLES) | set(OWNER_ONLY_TABLES)
    missing = sorted(set(Base.metadata.tables) - known)
    if missing:
        raise ValidationError(f"No privilege rule for table(s): {', '.join(missing)}")
    done = []
    with db.translate_errors(), db.engine.begin() as conn:
        database = conn.execute(text("SELECT current_database()")).scalar_one()
        # A database not yet at head lacks the newest tables: they get their rules when
        # this runs again after the upgrade.
        present = set(
            conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
            .scalars()
            .all()
        )
        _ensure_role(conn, owner, owner_password)
        _ensure_role(conn, app, app_password)
        conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{owner}", "{app}"'))
        conn.execute(text(f'GRANT USAGE, CREATE ON SCHEMA public TO "{owner}"'))
        conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{app}"'))
        conn.execute(text(f'REVOKE CREATE ON SCHEMA public FROM "{app}", PUBLIC'))
        for table in [*sorted(known & present), "alembic_version"]:
            conn.execute(text(f'ALTER TABLE "{table}" OWNER TO "{owner}"'))
        # A table's own sequences follow it; a free-standing one (the catalogue's change
        # numbers, 0011) must be given too, or the owner could not write the catalogue.
        for sequence in conn.execute(text(FREE_SEQUENCES)).scalars():
            conn.execute(text(f'ALTER SEQUENCE "{sequence}" OWNER TO "{owner}"'))
        functions = conn.execute(
            text(
                "SELECT p.oid::regprocedure::text FROM pg_proc p "
                "JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = 'public' "
                "AND (p.proname LIKE '%append_only' OR p.proname LIKE 'pos\\_%')"
            )
        ).scalars()
        for function in functions:
            conn.execute(text(f'ALTER FUNCTION {function} OWNER TO "{owner}"'))
            conn.execute(text(f'GRANT EXECUTE ON FUNCTION {function} TO "{app}"'))
        tables = ", ".join(f'"{t}"' for t in MUTABLE_TABLES if t in present)
        history = ", ".join(f'"{t}"' for t in APPEND_ONLY_TABLES if t in present)
        conn.execute(text(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{app}"'))
        conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO "{app}"'))
        conn.execute(text(f'GRANT SELECT, INSERT ON {history} TO "{app}"'))
        for table, columns in APPEND_ONLY_UPDATES.items():
            listed = ", ".join(f'"{c}"' for c in columns)
            conn.execute(text(f'GRANT UPDATE ({listed}) ON "{table}" TO "{app}"'))
        _hide_secret_columns(conn, app, present)
        logging_note = _no_parameters_in_logs(conn, app)
        conn.execute(text(f'GRANT SELECT ON "alembic_version" TO "{app}"'))
        conn.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{app}"'))
        done.append(f"{owner}: owns the tables of {database} and runs migrations")
        done.append(f"{app}: reads and writes {', '.join(MUTABLE_TABLES)}")
        done.append(f"{app}: reads and adds to {', '.join(APPEND_ONLY_TABLES)}; no DDL")
        done.append(f"{app}: may mark a sale void (sales.voided_at, voided_by_id, void_reason)")
        done.append(f"{app}: may close a shift (shifts.closed_at and the closing figures)")
        done.append(f"{app}: may not read accounts.password_hash; signs in through pos_sign_in")
        done.append(f"{app}: writes nothing without a staff member's session (migration 0018)")
        done.append(
            f"{app}: no privilege on {', '.join(OWNER_ONLY_TABLES)} (the owner's functions)"
        )
        done.append(logging_note)
    return done


def _hide_secret_columns(conn: Connection, app: str, present: set[str]) -> None:
    """SELECT on every column but the secret ones (the table's own SELECT is taken back)."""
    for table, secrets in SECRET_COLUMNS.items():
        if table not in present:
            continue
        columns = conn.execute(
            text(
                "SELECT attname FROM pg_attribute WHERE attrelid = CAST(:t AS regclass) "
                "AND attnum > 0 AND NOT attisdropped ORDER BY attnum"
            ),
            {"t": table},
        ).scalars()
        readable = ", ".join(f'"{c}"' for c in columns if c not in secrets)
        conn.execute(text(f'REVOKE SELECT ON "{table}" FROM "{app}"'))
        conn.execute(text(f'GRANT SELECT ({readable}) ON "{table}" TO "{app}"'))


def _no_parameters_in_logs(conn: Connection, app: str) -> str:
    """A password goes to ``pos_sign_in`` as a parameter: the server's log never shows the
    app role's parameters, even with statement logging on (PostgreSQL 13+). A superuser's
    setting: a database owner running this is told to have it done."""
    try:
        with conn.begin_nested():
            for setting in ("log_parameter_max_length", "log_parameter_max_length_on_error"):
                conn.execute(text(f'ALTER ROLE "{app}" SET {setting} = 0'))
    except DBAPIError:
        return (
            f'{app}: NOT done (needs a superuser): ALTER ROLE "{app}" SET '
            "log_parameter_max_length = 0 (and log_parameter_max_length_on_error = 0)"
        )
    return f"{app}: its statements' parameters (a password at sign-in) never reach the log"
