"""offline sales carry their counter's and their cashier's identity (issue 16, slice 6)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-11 00:23:00

Before this, an offline sale named its counter and its cashier, and the server believed
both: any session could submit a sale "recorded offline" at any counter, by anyone.

- ``counters`` (both backends; only PostgreSQL uses it, the counters' role has no
  privilege on it): a counter the store trusts to record sales offline: its name, the
  SHA-256 of its secret, who registered it and when, and when it was retired.
- ``offline_tickets`` (likewise): one per online sign-in at a registered counter: the
  counter, the signed-in account, the SHA-256 of the ticket's token, issued at, valid
  until (the server's clock).
- PostgreSQL, ``SECURITY DEFINER`` functions, ``search_path`` pinned, EXECUTE for the
  roles provision-roles names only:

  - ``pos_register_counter(name)``: registers a counter name not registered yet, for the
    presented session when its role may ``offline.resolve`` (a manager or an admin), and
    returns its secret, once (a row of NULLs when the name is taken). Audited as a
    settings change. Who registers: a manager's (or admin's) online sign-in at a counter
    name the server does not know registers it; a cashier's does not. Registering decides
    which computer the store trusts to record sales while nobody can check them, and a
    manager is there when a till is set up, so it needs no screen of its own; a cashier
    could otherwise register a till of their own making. A name is registered once and
    its secret never given again: a counter whose file is lost is retired, and its
    replacement registered under a new name (its numbers would otherwise collide).
  - ``pos_issue_ticket(counter, secret)``: for the presented session (a role that may
    ``sales.checkout``) at a registered, not retired counter whose secret is given, a new
    ticket bound to (that counter, that session's account), valid ``TICKET_HOURS``
    hours from now by the server's clock; its token is returned once and stored hashed.
- ``pos_record_sale`` v11: for anyone but the owner, an offline sale needs a ticket
  (``p_pricing->'offline'->>'ticket'``) the server issued: refused ``counter`` unless the
  ticket's counter is the sale's counter, that counter is not retired and the sale's
  counter number is that counter's ("<counter>-NNNNNN"); refused ``ticket`` when the
  ticket is unknown, or not the cashier's the sale names, or the sale's time (the
  counter's clock) is outside the ticket's window widened by ``CLOCK_SKEW_MINUTES`` on
  each side, or more than that ahead of the server's clock. The sale's cashier, its audit
  row's actor and counter are then the ticket's. Whose session sends it does not matter.
  The owner (pos-admin) is not checked, as in 0020.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

#: How long a ticket lets its cashier sell offline at its counter (a shift, with room).
TICKET_HOURS = 12
#: How far a counter's clock may be from the server's, either way.
CLOCK_SKEW_MINUTES = 5
#: The role that may register a counter: the matrix's ``offline.resolve`` (managers).
REGISTER_OP = "offline.resolve"
FUNCTIONS = ("pos_register_counter(text)", "pos_issue_ticket(text, text)")
TOKEN_HASH = "encode(sha256(convert_to({0}, 'UTF8')), 'hex')"
COUNTER_NAME_MAX = 64


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _settings(schema: str) -> str:
    return f"SECURITY DEFINER SET search_path = pg_catalog, public, {schema}, pg_temp"


def _refuse_without(op_name: str) -> str:
    """Raise unless the presented session's role may ``op_name`` (0020's words)."""
    return f"""
    IF v_account IS NULL THEN
        RAISE EXCEPTION 'pos_session_required'
            USING ERRCODE = 'insufficient_privilege', DETAIL = '{op_name}';
    END IF;
    SELECT a.role, a.username INTO v_role, v_username FROM accounts AS a WHERE a.id = v_account;
    IF NOT pos_role_may(v_role, '{op_name}') THEN
        RAISE EXCEPTION 'pos_matrix_refused'
            USING ERRCODE = 'insufficient_privilege', DETAIL = '{op_name}';
    END IF;"""


def register_function(schema: str) -> str:
    audit = """
    INSERT INTO audit_entries (created_at, actor_id, actor_username, action, outcome,
                               counter, record_type, record_id, detail, content_hash)
    SELECT a.c, a.a, a.u, a.x, a.o, a.k, a.t, a.r, a.d,
           pos_audit_hash(a.c, a.a, a.u, a.x, a.o, a.k, a.t, a.r, a.d)
    FROM (SELECT clock_timestamp() AS c, v_account AS a, left(v_username, 64) AS u,
                 'settings_change'::text AS x, 'ok'::text AS o, v_counter AS k,
                 'counter'::text AS t, r_counter_id::text AS r,
                 ('counter registered for offline sales: ' || v_counter)::text AS d) AS a;"""
    return f"""
CREATE FUNCTION pos_register_counter(p_name text, OUT r_counter_id integer, OUT r_secret text)
LANGUAGE plpgsql {_settings(schema)} AS $fn$
DECLARE
    v_account integer := pos_session_account();
    v_role text;
    v_username text;
    v_counter text := coalesce(p_name, '');
    v_secret text;
BEGIN
{_refuse_without(REGISTER_OP)}
    IF v_counter = '' OR v_counter <> btrim(v_counter) OR length(v_counter) > {COUNTER_NAME_MAX}
       OR v_counter ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'pos_register_counter: not a counter name'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'pos_counter_name';
    END IF;
    v_secret := encode(gen_random_bytes(32), 'hex');
    INSERT INTO counters (name, secret_hash, registered_by_id, registered_at)
    VALUES (v_counter, {TOKEN_HASH.format("v_secret")}, v_account, now())
    ON CONFLICT (name) DO NOTHING
    RETURNING id INTO r_counter_id;
    IF r_counter_id IS NULL THEN
        RETURN;  -- registered already: its secret is never given again
    END IF;
    r_secret := v_secret;
    {audit}
END
$fn$"""


def issue_function(schema: str) -> str:
    return f"""
CREATE FUNCTION pos_issue_ticket(p_counter text, p_secret text,
    OUT r_ticket_id integer, OUT r_token text, OUT r_account_id integer,
    OUT r_issued_at timestamptz, OUT r_valid_until timestamptz)
LANGUAGE plpgsql {_settings(schema)} AS $fn$
DECLARE
    v_account integer := pos_session_account();
    v_role text;
    v_username text;
    v_counter integer;
BEGIN
{_refuse_without("sales.checkout")}
    SELECT c.id INTO v_counter FROM counters AS c
     WHERE c.name = p_counter AND c.retired_at IS NULL
       AND c.secret_hash = {TOKEN_HASH.format("coalesce(p_secret, '')")};
    IF v_counter IS NULL THEN
        RAISE EXCEPTION 'pos_counter_refused'
            USING ERRCODE = 'insufficient_privilege', DETAIL = 'counter';
    END IF;
    r_token := encode(gen_random_bytes(32), 'hex');
    r_account_id := v_account;
    r_issued_at := now();
    r_valid_until := now() + interval '{TICKET_HOURS} hours';
    INSERT INTO offline_tickets (counter_id, account_id, token_hash, issued_at, valid_until)
    VALUES (v_counter, v_account, {TOKEN_HASH.format("r_token")}, r_issued_at, r_valid_until)
    RETURNING id INTO r_ticket_id;
END
$fn$"""


# --- pos_record_sale v11 ------------------------------------------------------------------

V10_DECLARE = "    v_actor_username text := p_actor_username;\n"
V11_DECLARE = (
    "    v_actor_username text := p_actor_username;\n"
    "    v_ticket record;\n"
    "    v_number text := coalesce(v_offline->>'counter_number', '');\n"
)
V10_ONLINE = (
    "        IF v_offline IS NULL THEN\n"
    "            p_created_at := now();  -- an online sale happens now, whatever the counter says\n"
)
V11_OFFLINE = f"""        IF v_offline IS NOT NULL THEN
            -- Who sold offline, and where (migration 0023): the ticket the server gave
            -- this counter when this cashier signed in there online.
            SELECT t.account_id, t.issued_at, t.valid_until, c.name, c.retired_at,
                   a.username
              INTO v_ticket
              FROM offline_tickets AS t
              JOIN counters AS c ON c.id = t.counter_id
              JOIN accounts AS a ON a.id = t.account_id
             WHERE t.token_hash = {TOKEN_HASH.format("coalesce(v_offline->>'ticket', '')")};
            IF NOT FOUND THEN
                RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'ticket';
            END IF;
            IF v_ticket.name IS DISTINCT FROM p_counter OR v_ticket.retired_at IS NOT NULL
               OR left(v_number, length(p_counter) + 1) IS DISTINCT FROM p_counter || '-'
               OR substr(v_number, length(p_counter) + 2) !~ '^[0-9]{{6,}}$' THEN
                RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'counter';
            END IF;
            IF p_cashier_id IS DISTINCT FROM v_ticket.account_id
               OR p_created_at IS NULL
               OR p_created_at < v_ticket.issued_at - interval '{CLOCK_SKEW_MINUTES} minutes'
               OR p_created_at > v_ticket.valid_until + interval '{CLOCK_SKEW_MINUTES} minutes'
               OR p_created_at > now() + interval '{CLOCK_SKEW_MINUTES} minutes' THEN
                RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'ticket';
            END IF;
            v_cashier := v_ticket.account_id;
            v_actor_username := v_ticket.username;
            p_actor_counter := p_counter;
        END IF;
{V10_ONLINE}"""


def record_sale_v11(v10: str) -> str:
    """``v10`` (0020's ``pos_record_sale``) with the offline ticket's checks."""
    return _revision("0007")._replaced(  # type: ignore[attr-defined,no-any-return]
        v10, (V10_DECLARE, V11_DECLARE), (V10_ONLINE, V11_OFFLINE)
    )


def _record_sale_v10() -> str:
    return _revision("0020").record_sale_v10()  # type: ignore[attr-defined,no-any-return]


def _replace_record_sale(body: str) -> None:
    """In place, same signature: the function keeps its owner and the EXECUTE that
    provision-roles gave the counters' role (a DROP and CREATE took it away, so a
    provisioned store's counters could not sell after the upgrade until provision-roles
    ran again)."""
    replaced = _revision("0007")._replaced(  # type: ignore[attr-defined]
        body, ("CREATE FUNCTION pos_record_sale(", "CREATE OR REPLACE FUNCTION pos_record_sale(")
    )
    op.execute(replaced)


#: The roles that may sign in (provision-roles' counters' role): they may also use the
#: new functions, which check the session themselves, without provision-roles again.
GRANT_LIKE_SIGN_IN = """
DO $grant$
DECLARE
    v_role text;
    v_function text;
BEGIN
    FOR v_role IN
        SELECT DISTINCT a.grantee::regrole::text
          FROM pg_catalog.pg_proc AS p, pg_catalog.aclexplode(p.proacl) AS a
         WHERE p.oid = 'public.pos_sign_in(text, text, text)'::regprocedure
           AND a.privilege_type = 'EXECUTE' AND a.grantee <> 0 AND a.grantee <> p.proowner
    LOOP
        FOREACH v_function IN ARRAY ARRAY[{functions}] LOOP
            EXECUTE format('GRANT EXECUTE ON FUNCTION public.%s TO %s', v_function, v_role);
        END LOOP;
    END LOOP;
END
$grant$"""


def _tables() -> None:
    op.create_table(
        "counters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=COUNTER_NAME_MAX), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("registered_by_id", sa.Integer(), nullable=True),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["registered_by_id"],
            ["accounts.id"],
            name=op.f("fk_counters_registered_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counters")),
        sa.UniqueConstraint("name", name=op.f("uq_counters_name")),
    )
    op.create_table(
        "offline_tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_until", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["counter_id"],
            ["counters.id"],
            name=op.f("fk_offline_tickets_counter_id_counters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_offline_tickets_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_tickets")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_offline_tickets_token_hash")),
    )
    op.create_index("ix_offline_tickets_account_id", "offline_tickets", ["account_id"])


def upgrade() -> None:
    _tables()
    if op.get_bind().dialect.name == "sqlite":
        return
    schema = _revision("0017")._pgcrypto_schema()  # type: ignore[attr-defined]
    op.execute(register_function(schema))
    op.execute(issue_function(schema))
    for signature in FUNCTIONS:
        # The counters' role gets EXECUTE from provision-roles; nobody else by default.
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    op.execute(GRANT_LIKE_SIGN_IN.format(functions=", ".join(f"'{f}'" for f in FUNCTIONS)))
    _replace_record_sale(record_sale_v11(_record_sale_v10()))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        _replace_record_sale(_record_sale_v10())
        for signature in FUNCTIONS:
            op.execute(f"DROP FUNCTION {signature}")
    op.drop_index("ix_offline_tickets_account_id", table_name="offline_tickets")
    op.drop_table("offline_tickets")
    op.drop_table("counters")
