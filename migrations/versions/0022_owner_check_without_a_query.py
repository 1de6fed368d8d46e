"""the owner's writes skip the session and matrix triggers without a catalogue query (issue 16)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-11 00:22:00

0018's session trigger and 0020's row guard let the table's owner write freely: each
asked ``pg_has_role(current_user, (SELECT relowner FROM pg_class ...), 'USAGE')``, a query
through SPI on every statement (0018) and every row (0020). Every sale goes through
``pos_record_sale``, a ``SECURITY DEFINER`` function whose ``current_user`` is the owner,
so a one-line sale paid for about ten such queries, plus the row's JSON built before the
guard looked at who was writing. Measured with pgbench calling ``pos_record_sale`` (one
client, prepared, medians of five 6-second runs, load 1.1-2.1): 1.20 ms per sale before,
0.96 ms after, the same as with both triggers switched off (0.97 ms).

Now:
- ``has_table_privilege(current_user, <table>, 'TRIGGER WITH GRANT OPTION')`` is the owner
  test. The owner holds every grant option of its table implicitly (even after revoking
  its own privileges), and so do its members and superusers: exactly who
  ``pg_has_role(..., relowner, 'USAGE')`` let. The only addition would be a role the owner
  granted TRIGGER WITH GRANT OPTION, which ``provision-roles`` never does (a test checks
  the counters' role has none). It reads the table's privileges from the catalogue cache,
  with no query.
- The triggers test it in their ``WHEN`` clause, so for the owner the trigger function is
  not even called. The functions test it again (a trigger recreated without ``WHEN`` stays
  right) and the guard builds its row JSON only after that test.
- The accounts' row guard (0018) gets the same ``WHEN``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


V18 = _revision("0018")
V20 = _revision("0020")
_replaced = _revision("0007")._replaced  # type: ignore[attr-defined]

#: The owner, its members and superusers (see the docstring); no catalogue query.
OWNER_WRITES = "pg_catalog.has_table_privilege(current_user, TG_RELID, 'TRIGGER WITH GRANT OPTION')"


def owner_writes_on(table: str) -> str:
    """The same test in a trigger's ``WHEN`` (which has no ``TG_RELID``)."""
    return (
        f"pg_catalog.has_table_privilege(current_user, 'public.{table}'::regclass, "
        "'TRIGGER WITH GRANT OPTION')"
    )


OLD_OWNER_WRITES: str = V18.OWNER_WRITES  # type: ignore[attr-defined]
SESSION_TRIGGER: str = V18.SESSION_TRIGGER  # type: ignore[attr-defined]
ACCOUNT_TRIGGER: str = V18.ACCOUNT_TRIGGER  # type: ignore[attr-defined]
GUARD_TRIGGER: str = V20.GUARD_TRIGGER  # type: ignore[attr-defined]
WRITABLE_TABLES: tuple[str, ...] = V18.WRITABLE_TABLES  # type: ignore[attr-defined]
GUARDED_TABLES: tuple[str, ...] = V20.GUARDED_TABLES  # type: ignore[attr-defined]

SESSION_EVENTS = "INSERT OR UPDATE OR DELETE OR TRUNCATE"
SESSION_LEVEL = "STATEMENT"
GUARD_EVENTS = "INSERT OR UPDATE OR DELETE"

OLD_JSON = (
    "    v_old jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;\n"
    "    v_new jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;\n"
)
NEW_JSON = "    v_old jsonb;\n    v_new jsonb;\n"
OLD_ROW_OPS = "    v_ops := public.pos_row_ops("
NEW_ROW_OPS = (
    "    v_old := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;\n"
    "    v_new := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;\n"
    "    v_ops := public.pos_row_ops("
)


def session_required() -> str:
    body: str = V18.SESSION_REQUIRED  # type: ignore[attr-defined]
    return _replaced(  # type: ignore[no-any-return]
        body,
        ("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"),
        (OLD_OWNER_WRITES, OWNER_WRITES),
    )


def guard() -> str:
    body: str = V20.guard_function()  # type: ignore[attr-defined]
    return _replaced(  # type: ignore[no-any-return]
        body,
        ("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"),
        (OLD_OWNER_WRITES, OWNER_WRITES),
        (OLD_JSON, NEW_JSON),
        (OLD_ROW_OPS, NEW_ROW_OPS),
    )


def _trigger(
    name: str, table: str, timing: str, events: str, level: str, function: str, when: bool
) -> None:
    op.execute(f"DROP TRIGGER {name} ON {table}")
    condition = f"WHEN (NOT {owner_writes_on(table)}) " if when else ""
    op.execute(
        f"CREATE TRIGGER {name} {timing} {events} ON {table} FOR EACH {level} "
        f"{condition}EXECUTE FUNCTION {function}()"
    )


def _triggers(*, when: bool) -> None:
    for table in WRITABLE_TABLES:
        _trigger(
            SESSION_TRIGGER, table, "BEFORE", SESSION_EVENTS, SESSION_LEVEL,
            "pos_session_required", when,
        )  # fmt: skip
    for table in GUARDED_TABLES:
        _trigger(GUARD_TRIGGER, table, "BEFORE", GUARD_EVENTS, "ROW", "pos_matrix_guard", when)
    _trigger(ACCOUNT_TRIGGER, "accounts", "BEFORE", GUARD_EVENTS, "ROW", "pos_account_guard", when)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(session_required())
    op.execute(guard())
    _triggers(when=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    _triggers(when=False)
    op.execute(
        _replaced(V18.SESSION_REQUIRED, ("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"))  # type: ignore[attr-defined]
    )
    op.execute(
        _replaced(V20.guard_function(), ("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"))  # type: ignore[attr-defined]
    )
