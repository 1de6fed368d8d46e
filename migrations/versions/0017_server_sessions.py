"""a sign-in the server verifies (issue 16, first slice)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-08 00:17:00

- ``staff_sessions`` (both backends; only PostgreSQL uses it): one row per sign-in, the
  token's SHA-256, whose it is, the counter, created, last seen, ended.
- PostgreSQL: the ``pgcrypto`` extension (its ``crypt()`` checks bcrypt, ``
  gen_random_bytes()`` makes tokens). It is a trusted extension: the owner role may create
  it when it may create in the database; otherwise this says who must.
- PostgreSQL, ``SECURITY DEFINER`` functions owned by the owner, ``search_path`` pinned:
  - ``pos_sign_in(username, password, counter)``: checks the password against the
    account's bcrypt hash, applies the lockout (``pos_app.domain.sign_in_rules``), writes
    the same audit rows as Python's sign-in (``AuthService``), and on success returns a
    new session's token (stored only hashed), the account's id, role and name; else a row
    of NULLs, with the failure counted and audited (it does not raise: that would take
    the count back).
  - ``pos_session_present(token)``: the connection presents that session
    (``pos.session``, for the connection's life) and notes its use; whether it is valid.
  - ``pos_session_account()``: the account of the session the connection presents; NULL
    when none is; refused (``pos_session_refused``) when it is unknown, ended, idle too
    long or its account is inactive.
  - ``pos_sign_out(token)``: ends that session (NULL: the one presented).
- ``pos_record_sale`` v9: with a session presented, the sale's cashier (and the audit
  row's actor) is the session's account, and a sale naming another cashier is refused
  ("cashier"). An offline sale keeps the cashier recorded at the counter (the session is
  still checked): who sold offline is not yet verified by the server.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

from pos_app.domain.errors import PosError
from pos_app.domain.sign_in_rules import (
    LOCKOUT_AFTER,
    LOCKOUT_DETAIL,
    LOCKOUT_MINUTES,
    SESSION_IDLE_MINUTES,
    SESSION_TOUCH_SECONDS,
)

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

FUNCTIONS = (
    "pos_sign_in(text, text, text)",
    "pos_session_present(text)",
    "pos_session_account()",
    "pos_sign_out(text)",
)
#: What Python's sign-in accepts as a username (``rules.USERNAME_RE``) and a password.
USERNAME_PATTERN = "^[a-z0-9._-]{3,32}$"
PASSWORD_BYTES = (8, 72)
#: A bcrypt hash as Python's bcrypt writes it ($2b$) or others do ($2a$, $2y$): the same
#: algorithm for passwords of at most 72 bytes. pgcrypto reads only $2a$ (it takes $2b$
#: for a DES salt and answers something else), so the prefix is rewritten before crypt().
BCRYPT_PATTERN = "^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$"
#: Checked when there is no account or no usable hash, so that an unknown username takes
#: about as long as a wrong password (cost 10; an existing account's hash is used first).
DUMMY_HASH = "$2a$10$.vnbKdMus9neej3ZcRe2e.mnlRxnHqTGWbZSFolDX0DdXMZ6SJSnC"
TOKEN_HASH = "encode(sha256(convert_to({0}, 'UTF8')), 'hex')"


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _audit(actor: str, username: str, action: str, outcome: str, record: str, detail: str) -> str:
    """An INSERT of one audit row as ``AuditLog.append`` writes it (its content hash by
    ``pos_audit_hash``, as 0014's sale does); the arguments are SQL expressions."""
    return f"""
        INSERT INTO audit_entries (created_at, actor_id, actor_username, action, outcome,
                                   counter, record_type, record_id, detail, content_hash)
        SELECT a.c, a.a, a.u, a.x, a.o, a.k, a.t, a.r, a.d,
               pos_audit_hash(a.c, a.a, a.u, a.x, a.o, a.k, a.t, a.r, a.d)
        FROM (SELECT clock_timestamp() AS c, {actor}::integer AS a, left({username}, 64) AS u,
                     '{action}'::text AS x, '{outcome}'::text AS o, v_counter AS k,
                     {"'account'" if record else "''"}::text AS t, {record or "''"}::text AS r,
                     {detail}::text AS d) AS a;"""


def _settings(schema: str) -> str:
    return f"SECURITY DEFINER SET search_path = pg_catalog, public, {schema}, pg_temp"


def sign_in_function(schema: str) -> str:
    """``pos_sign_in``: ``AuthService.sign_in`` and ``_record_attempt`` in PL/pgSQL."""
    failed = _audit("v_id", "v_name", "sign_in_failed", "denied", "v_id::text", "v_why")
    return f"""
CREATE FUNCTION pos_sign_in(p_username text, p_password text, p_counter text,
    OUT token text, OUT account_id integer, OUT account_role text, OUT account_name text)
LANGUAGE plpgsql {_settings(schema)} AS $fn$
DECLARE
    v_name text := coalesce(p_username, '');
    v_counter text := left(coalesce(p_counter, ''), 64);
    v_acceptable boolean := p_password IS NOT NULL
        AND octet_length(p_password) BETWEEN {PASSWORD_BYTES[0]} AND {PASSWORD_BYTES[1]};
    v_id integer;
    v_hash text;
    v_role text;
    v_display text;
    v_usable boolean;
    v_crypted text;
    v_matched boolean;
    v_locked timestamptz;
    v_failed integer;
    v_why text;
BEGIN
    IF v_name ~ '{USERNAME_PATTERN}' THEN
        SELECT a.id, a.password_hash, a.role, a.name,
               a.active AND (a.locked_until IS NULL OR a.locked_until <= clock_timestamp())
          INTO v_id, v_hash, v_role, v_display, v_usable
          FROM accounts AS a WHERE a.username = v_name;
    END IF;
    IF v_hash IS NULL OR v_hash !~ '{BCRYPT_PATTERN}' THEN
        v_hash := NULL;
    ELSE
        v_hash := '$2a$' || substr(v_hash, 5);
    END IF;
    -- Always one bcrypt, whatever is wrong: about the same time for every refusal. Into a
    -- variable of its own: compared with a NULL hash in one expression, the planner
    -- would fold the comparison to NULL and skip crypt() (an unknown username answered
    -- at once).
    v_crypted := crypt(CASE WHEN v_acceptable THEN p_password ELSE 'placeholder-for-timing' END,
                       coalesce(v_hash, (SELECT '$2a$' || substr(h.password_hash, 5)
                                           FROM accounts AS h
                                          WHERE h.password_hash ~ '{BCRYPT_PATTERN}' LIMIT 1),
                                '{DUMMY_HASH}'));
    v_matched := v_acceptable AND v_hash IS NOT NULL AND v_crypted = v_hash;
    IF v_id IS NULL THEN
        {_audit("NULL", "''", "sign_in_failed", "denied", "", "'unknown username'")}
        RETURN;
    END IF;
    SELECT a.locked_until, a.failed_sign_ins INTO v_locked, v_failed
      FROM accounts AS a WHERE a.id = v_id FOR UPDATE;
    IF v_matched AND v_usable THEN
        UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL WHERE id = v_id;
        {_audit("v_id", "v_name", "sign_in", "ok", "v_id::text", "''")}
        token := encode(gen_random_bytes(32), 'hex');
        INSERT INTO staff_sessions (token_hash, account_id, counter, created_at, last_seen_at)
        VALUES ({TOKEN_HASH.format("token")}, v_id, v_counter, now(), now());
        account_id := v_id;
        account_role := v_role;
        account_name := v_display;
        RETURN;
    END IF;
    v_why := CASE WHEN v_matched THEN 'inactive or locked account' ELSE 'wrong password' END;
    {failed}
    -- The right password on a locked or inactive account is not a guess; guesses while
    -- locked neither count nor extend it (else anyone could keep the admin out for ever).
    IF v_matched OR (v_locked IS NOT NULL AND v_locked > clock_timestamp()) THEN
        RETURN;
    END IF;
    IF v_failed + 1 >= {LOCKOUT_AFTER} THEN
        UPDATE accounts
           SET failed_sign_ins = 0,
               locked_until = clock_timestamp() + interval '{LOCKOUT_MINUTES} minutes'
         WHERE id = v_id;
        v_why := '{LOCKOUT_DETAIL}';
        {_audit("v_id", "v_name", "lockout", "denied", "v_id::text", "v_why")}
    ELSE
        UPDATE accounts SET failed_sign_ins = failed_sign_ins + 1 WHERE id = v_id;
    END IF;
END
$fn$"""


def session_functions(schema: str) -> list[str]:
    live = (
        f"s.token_hash = {TOKEN_HASH.format('{0}')} AND s.ended_at IS NULL "
        f"AND s.last_seen_at > now() - interval '{SESSION_IDLE_MINUTES} minutes' "
        "AND a.id = s.account_id AND a.active"
    )
    touch = f"s.last_seen_at < now() - interval '{SESSION_TOUCH_SECONDS} seconds'"
    return [
        f"""
CREATE FUNCTION pos_session_present(p_token text) RETURNS boolean
LANGUAGE plpgsql {_settings(schema)} AS $fn$
BEGIN
    PERFORM set_config('pos.session', coalesce(p_token, ''), false);
    IF coalesce(p_token, '') = '' THEN
        RETURN false;
    END IF;
    PERFORM 1 FROM staff_sessions AS s, accounts AS a WHERE {live.format("p_token")};
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    UPDATE staff_sessions AS s SET last_seen_at = now()
     WHERE s.token_hash = {TOKEN_HASH.format("p_token")} AND {touch};
    RETURN true;
END
$fn$""",
        f"""
CREATE FUNCTION pos_session_account() RETURNS integer
LANGUAGE plpgsql {_settings(schema)} AS $fn$
DECLARE
    v_token text := nullif(current_setting('pos.session', true), '');
    v_session integer;
    v_account integer;
BEGIN
    IF v_token IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT s.id, s.account_id INTO v_session, v_account
      FROM staff_sessions AS s, accounts AS a WHERE {live.format("v_token")};
    IF v_account IS NULL THEN
        RAISE EXCEPTION 'pos_session_refused'
            USING DETAIL = 'unknown, ended or idle session, or inactive account';
    END IF;
    UPDATE staff_sessions AS s SET last_seen_at = now() WHERE s.id = v_session AND {touch};
    RETURN v_account;
END
$fn$""",
        f"""
CREATE FUNCTION pos_sign_out(p_token text DEFAULT NULL) RETURNS boolean
LANGUAGE plpgsql {_settings(schema)} AS $fn$
DECLARE
    v_token text := coalesce(p_token, nullif(current_setting('pos.session', true), ''));
BEGIN
    UPDATE staff_sessions SET ended_at = now()
     WHERE token_hash = {TOKEN_HASH.format("v_token")} AND ended_at IS NULL;
    RETURN FOUND;
END
$fn$""",
    ]


# --- pos_record_sale v9 -------------------------------------------------------------------

V8_DECLARE = "    v_offline jsonb := p_pricing->'offline';\n"
V9_DECLARE = (
    "    v_offline jsonb := p_pricing->'offline';\n"
    "    v_session_account integer := pos_session_account();\n"
    "    v_cashier integer := p_cashier_id;\n"
    "    v_actor_username text := p_actor_username;\n"
)
V8_BEGIN = "BEGIN\n    -- What the service guarantees, checked again"
V9_BEGIN = """BEGIN
    -- With a session presented, its account is the cashier, whatever the call names.
    IF v_session_account IS NOT NULL AND v_offline IS NULL THEN
        IF p_cashier_id IS NOT NULL AND p_cashier_id <> v_session_account THEN
            RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'cashier';
        END IF;
        v_cashier := v_session_account;
        SELECT username INTO v_actor_username FROM accounts WHERE id = v_session_account;
    END IF;
    -- What the service guarantees, checked again"""
V8_CASHIER_USES = (
    (
        "VALUES (p_uuid, p_customer_id, p_cashier_id, p_counter,",
        "VALUES (p_uuid, p_customer_id, v_cashier, p_counter,",
    ),
    (
        "VALUES (p_product_ids[i], 'sale', -p_quantities[i], v_stock, p_cashier_id, sale_id,",
        "VALUES (p_product_ids[i], 'sale', -p_quantities[i], v_stock, v_cashier, sale_id,",
    ),
    (
        "VALUES (v_wallet, 'purchase', -p_wallet_cents, wallet_balance_after, p_cashier_id,",
        "VALUES (v_wallet, 'purchase', -p_wallet_cents, wallet_balance_after, v_cashier,",
    ),
    (
        "p_cashier_id AS a, left(p_actor_username, 64) AS u,",
        "v_cashier AS a, left(v_actor_username, 64) AS u,",
    ),
)


def record_sale_v9() -> str:
    """0015's ``pos_record_sale`` (v8) whose cashier is the session's, when one is presented."""
    v8: str = _revision("0015").record_sale_v8()  # type: ignore[attr-defined]
    return _revision("0007")._replaced(  # type: ignore[attr-defined,no-any-return]
        v8, (V8_DECLARE, V9_DECLARE), (V8_BEGIN, V9_BEGIN), *V8_CASHIER_USES
    )


def _replace_record_sale(body: str) -> None:
    signature = _revision("0006").NEW_SIGNATURE  # type: ignore[attr-defined]
    op.execute(f"DROP FUNCTION {signature}")
    op.execute(body)


# --- pgcrypto -------------------------------------------------------------------------------


def _pgcrypto_schema() -> str:
    """``CREATE EXTENSION pgcrypto`` (unless it is there), or a message saying who must;
    the schema it lives in, for the functions' search_path."""
    bind = op.get_bind()
    found = "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pgcrypto'"
    schema = bind.exec_driver_sql(found).scalar()
    if schema:
        return str(schema)
    database = bind.exec_driver_sql("SELECT current_database()").scalar_one()
    user = bind.exec_driver_sql("SELECT current_user").scalar_one()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    except DBAPIError as exc:
        raise PosError(
            f"Signing in on the server needs the PostgreSQL extension pgcrypto, and {user} "
            f'may not create it. As a superuser run: psql -d "{database}" -c "CREATE '
            f'EXTENSION pgcrypto" (or GRANT CREATE ON DATABASE "{database}" TO "{user}"), '
            f"then upgrade again. Nothing was changed. ({str(exc.orig).strip().splitlines()[0]})"
        ) from exc
    return str(bind.exec_driver_sql(found).scalar_one())


def _sessions_table() -> None:
    op.create_table(
        "staff_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_staff_sessions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_staff_sessions_token_hash")),
    )
    op.create_index("ix_staff_sessions_account_id", "staff_sessions", ["account_id"])


def upgrade() -> None:
    if _sqlite():
        _sessions_table()
        return
    schema = _pgcrypto_schema()
    _sessions_table()
    op.execute(sign_in_function(schema))
    for function in session_functions(schema):
        op.execute(function)
    for signature in FUNCTIONS:
        # The counters' role gets EXECUTE from provision-roles; nobody else by default.
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    _replace_record_sale(record_sale_v9())


def downgrade() -> None:
    if not _sqlite():
        _replace_record_sale(_revision("0015").record_sale_v8())  # type: ignore[attr-defined]
        for signature in FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {signature}")
    op.drop_index("ix_staff_sessions_account_id", table_name="staff_sessions")
    op.drop_table("staff_sessions")
    if _sqlite():
        return
    bind = op.get_bind()
    try:  # a superuser's extension stays if this role may not drop it
        with bind.begin_nested():
            bind.exec_driver_sql("DROP EXTENSION IF EXISTS pgcrypto")
    except DBAPIError:
        log.info("pgcrypto stays: %s may not drop it", bind.engine.url.username)
