"""signing out ends the offline tickets that session got (issue 16)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-13 00:26:00

A ticket (0023) let its cashier's offline sales at its counter through for 12 hours from
the online sign-in that got it, whatever happened next: a cashier who signed out and went
home could still be named on sales made with the counter's file in those hours.

- ``offline_tickets.session_id``: the server session that got the ticket (at sign-in, or
  the background's hourly renewal under the same session). No foreign key: sessions are
  never deleted; indexed for the sign-out's update.
- ``pos_issue_ticket`` (same signature, replaced in place so that it keeps its owner and
  grants): records the presented session's id.
- ``pos_sign_out`` (likewise): ending a session ends its tickets, ``valid_until`` now by
  the server's clock. Sales recorded offline before the sign-out still sync (0023 allows
  the counter's clock ``CLOCK_SKEW_MINUTES`` either side); later ones are refused
  ``ticket`` and set aside for a manager. A session that only idles out (the server went
  away) keeps its tickets: that is what they are for. A lock's unlock ends the locked
  session and gets a new ticket under the new one.

Each function runs as its owner (``SECURITY DEFINER``), and a store upgraded by a
superuser after provision-roles can have its tables and functions owned by different
roles (0023's tables by the superuser, ``pos_sign_out`` by the owner role): the upgrade
grants a function's owner what the new statements need where it lacks it, else every
sign-out would fail until provision-roles ran again.

SQLite: the column only (it has no server sessions or tickets).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

TABLE = "offline_tickets"
INDEX = "ix_offline_tickets_session_id"


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _replaced(text: str, *changes: tuple[str, str]) -> str:
    return _revision("0007")._replaced(text, *changes)  # type: ignore[attr-defined,no-any-return]


def _in_place(body: str, name: str) -> str:
    """``body`` (a CREATE FUNCTION) as CREATE OR REPLACE: the function keeps its owner and
    the counters' EXECUTE that provision-roles gave it."""
    return _replaced(body, (f"CREATE FUNCTION {name}(", f"CREATE OR REPLACE FUNCTION {name}("))


def _issue_v1(schema: str) -> str:
    return _in_place(
        _revision("0023").issue_function(schema),  # type: ignore[attr-defined]
        "pos_issue_ticket",
    )


def _sign_out_v1(schema: str) -> str:
    functions: list[str] = _revision("0017").session_functions(schema)  # type: ignore[attr-defined]
    (body,) = (f for f in functions if "FUNCTION pos_sign_out(" in f)
    return _in_place(body, "pos_sign_out")


def issue_v2(schema: str) -> str:
    token_hash: str = _revision("0023").TOKEN_HASH  # type: ignore[attr-defined]
    presented = token_hash.format("nullif(current_setting('pos.session', true), '')")
    return _replaced(
        _issue_v1(schema),
        ("    v_counter integer;\n", "    v_counter integer;\n    v_session integer;\n"),
        (
            "    r_token := encode(gen_random_bytes(32), 'hex');\n",
            "    SELECT s.id INTO v_session FROM staff_sessions AS s\n"
            f"     WHERE s.token_hash = {presented} AND s.ended_at IS NULL;\n"
            "    r_token := encode(gen_random_bytes(32), 'hex');\n",
        ),
        (
            "INSERT INTO offline_tickets (counter_id, account_id, token_hash, issued_at, "
            "valid_until)\n    VALUES (v_counter, v_account, ",
            "INSERT INTO offline_tickets (counter_id, account_id, token_hash, issued_at, "
            "valid_until,\n                                 session_id)\n"
            "    VALUES (v_counter, v_account, ",
        ),
        ("r_issued_at, r_valid_until)\n", "r_issued_at, r_valid_until,\n            v_session)\n"),
    )


def sign_out_v2(schema: str) -> str:
    return _replaced(
        _sign_out_v1(schema),
        (
            "    v_token text := coalesce(p_token, nullif(current_setting('pos.session', true), ''));\n",
            "    v_token text := coalesce(p_token, nullif(current_setting('pos.session', true), ''));\n"
            "    v_session integer;\n",
        ),
        (" AND ended_at IS NULL;\n    RETURN FOUND;\n", " AND ended_at IS NULL\n"
         "    RETURNING id INTO v_session;\n"
         "    IF v_session IS NULL THEN\n"
         "        RETURN false;\n"
         "    END IF;\n"
         "    -- The offline tickets this session got end with it (0026).\n"
         f"    UPDATE {TABLE} SET valid_until = now()\n"
         "     WHERE session_id = v_session AND valid_until > now();\n"
         "    RETURN true;\n"),
    )  # fmt: skip


#: (function, table, privilege) the new statements need, for the function's owner.
NEEDS = (
    ("pos_sign_out(text)", TABLE, "SELECT"),
    ("pos_sign_out(text)", TABLE, "UPDATE"),
    ("pos_issue_ticket(text, text)", "staff_sessions", "SELECT"),
)
GRANT_TO_OWNER = """
DO $grant$
DECLARE
    v_owner regrole := (SELECT p.proowner::regrole FROM pg_proc AS p
                         WHERE p.oid = '{function}'::regprocedure);
BEGIN
    IF NOT has_table_privilege(v_owner, '{table}', '{privilege}') THEN
        EXECUTE format('GRANT {privilege} ON {table} TO %s', v_owner);
    END IF;
END
$grant$"""


def upgrade() -> None:
    op.add_column(TABLE, sa.Column("session_id", sa.Integer(), nullable=True))
    op.create_index(INDEX, TABLE, ["session_id"])
    if op.get_bind().dialect.name == "sqlite":
        return
    schema = _revision("0017")._pgcrypto_schema()  # type: ignore[attr-defined]
    op.execute(issue_v2(schema))
    op.execute(sign_out_v2(schema))
    for function, table, privilege in NEEDS:
        op.execute(GRANT_TO_OWNER.format(function=function, table=table, privilege=privilege))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        schema = _revision("0017")._pgcrypto_schema()  # type: ignore[attr-defined]
        op.execute(_issue_v1(schema))
        op.execute(_sign_out_v1(schema))
    op.drop_index(INDEX, table_name=TABLE)
    with op.batch_alter_table(TABLE) as batch:
        batch.drop_column("session_id")
