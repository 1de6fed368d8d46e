"""the books balance: a wallet's leased part is its open leases' (issue 16)

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-15 00:29:00

``wallets.leased_cents`` (0015) is the part of a balance that credit leases set aside for
offline spending; online spending takes only what is above it. Its writers keep it equal
to what the customer's open leases hold unused (reserved less used), but the server did
not: a cashier's session could set any part of a balance aside with no lease, and the
customer could no longer spend it online.

PostgreSQL only (on SQLite the lease repository keeps it; ``pos_app.data.invariants``
checks it on both, as ``wallet leased``). A constraint trigger like 0019's, DEFERRABLE
INITIALLY DEFERRED, for every role: at commit, a wallet whose ``leased_cents`` changed, or
whose customer's lease was opened, changed or closed, must have ``leased_cents`` equal to
the sum of ``reserved_cents - used_cents`` over the customer's open leases; else
``pos_books_unbalanced`` (23514), DETAIL "wallet leased <wallet id>: expected <sum>, found
<leased>". The upgrade first sets every wallet's leased part to that sum (a store's
figures from before the check, normally already equal).
"""

from __future__ import annotations

from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

FUNCTION = "pos_books_leased"
PINNED = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
HELD = """coalesce((SELECT sum(l.reserved_cents - l.used_cents) FROM credit_leases AS l
                     WHERE l.customer_id = {customer} AND l.closed_at IS NULL), 0)"""

CHECK_FUNCTION = f"""
CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql {PINNED} AS $fn$
DECLARE
    v_customer integer;
    v_wallet integer;
    v_leased bigint;
    v_held bigint;
BEGIN
    IF TG_TABLE_NAME = 'wallets' THEN
        v_customer := NEW.account_id;
    ELSE
        v_customer := NEW.customer_id;
    END IF;
    SELECT w.id, w.leased_cents, {HELD.format(customer="w.account_id")}
      INTO v_wallet, v_leased, v_held
      FROM wallets AS w WHERE w.account_id = v_customer;
    IF v_wallet IS NOT NULL AND v_leased <> v_held THEN
        RAISE EXCEPTION 'pos_books_unbalanced' USING ERRCODE = 'check_violation',
            DETAIL = format('wallet leased %s: expected %s, found %s', v_wallet, v_held,
                            v_leased);
    END IF;
    RETURN NULL;
END
$fn$"""

TRIGGERS = (
    ("wallets", "INSERT OR UPDATE OF leased_cents, account_id"),
    ("credit_leases", "INSERT OR UPDATE"),
)
MEND = f"""
UPDATE wallets AS w SET leased_cents = {HELD.format(customer="w.account_id")}
 WHERE w.leased_cents <> {HELD.format(customer="w.account_id")}"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(MEND)
    op.execute(CHECK_FUNCTION)
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION}() FROM PUBLIC")
    for table, events in TRIGGERS:
        op.execute(
            f"CREATE CONSTRAINT TRIGGER {FUNCTION} AFTER {events} ON {table} "
            f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, _ in TRIGGERS:
        op.execute(f"DROP TRIGGER {FUNCTION} ON {table}")
    op.execute(f"DROP FUNCTION {FUNCTION}()")
