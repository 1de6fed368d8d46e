"""the server bounds the credit leases a counter writes (issue 16)

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-15 00:28:00

A credit lease (0015) sets part of a customer's store credit aside for one counter to
spend offline. The counter wrote the lease row itself, as the cashier's session, and the
server took it as written: with ``psql`` a cashier could open a lease in a store that does
not take store credit offline, set a customer's whole balance aside, make it run for
years (the customer could not spend it at any other counter meanwhile), date it, or mark
it used.

PostgreSQL only. ``pos_credit_lease_bounds()``, a row-level BEFORE INSERT OR UPDATE
trigger on ``credit_leases`` for anyone but the owner (0022's test):

- a new lease needs the store to take store credit offline (``store_credit_offline`` =
  1); it starts unused, open, opened at the server's ``now()``;
- its expiry is at most ``LEASE_HOURS`` from the server's ``now()``
  (``pos_app.services.credit_lease.LEASE_TTL``; a later one is brought back to it);
- what it holds unused (reserved less used) is at most the store's allowance
  (``offline_credit_allowance``, else 20.00) when it is opened or grows;
- a lease keeps its customer, counter, opening time and used part (only
  ``pos_record_sale``, as the owner, spends it), never holds less, and is closed once, at
  the server's ``now()``.

Else ``pos_matrix_refused`` (42501, DETAIL ``credit_lease``), nothing written.
"""

from __future__ import annotations

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

#: ``pos_app.services.credit_lease.LEASE_TTL``.
LEASE_HOURS = 12
#: ``pos_app.services.taxes``: the settings, and the allowance without one.
OFFLINE_SETTING = "store_credit_offline"
ALLOWANCE_SETTING = "offline_credit_allowance"
DEFAULT_ALLOWANCE = "20.00"
REFUSAL = "credit_lease"
SETTINGS = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"

BOUNDS_FUNCTION = f"""
CREATE FUNCTION pos_credit_lease_bounds() RETURNS trigger
LANGUAGE plpgsql {SETTINGS} AS $fn$
DECLARE
    v_allowance bigint;
    v_grows boolean;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM store_settings AS st
                        WHERE st.key = '{OFFLINE_SETTING}' AND st.value = '1')
           OR NEW.used_cents <> 0 OR NEW.closed_at IS NOT NULL THEN
            RAISE EXCEPTION 'pos_matrix_refused'
                USING ERRCODE = 'insufficient_privilege', DETAIL = '{REFUSAL}';
        END IF;
        NEW.opened_at := now();
        v_grows := true;
    ELSE
        IF OLD.closed_at IS NOT NULL
           OR NEW.customer_id IS DISTINCT FROM OLD.customer_id
           OR NEW.counter IS DISTINCT FROM OLD.counter
           OR NEW.opened_at IS DISTINCT FROM OLD.opened_at
           OR NEW.used_cents IS DISTINCT FROM OLD.used_cents
           OR NEW.reserved_cents < OLD.reserved_cents THEN
            RAISE EXCEPTION 'pos_matrix_refused'
                USING ERRCODE = 'insufficient_privilege', DETAIL = '{REFUSAL}';
        END IF;
        IF NEW.closed_at IS NOT NULL THEN
            NEW.closed_at := now();
        END IF;
        v_grows := NEW.reserved_cents > OLD.reserved_cents;
    END IF;
    NEW.expires_at := least(NEW.expires_at, now() + interval '{LEASE_HOURS} hours');
    IF v_grows THEN
        SELECT round(coalesce(max(st.value), '{DEFAULT_ALLOWANCE}')::numeric * 100)::bigint
          INTO v_allowance
          FROM store_settings AS st WHERE st.key = '{ALLOWANCE_SETTING}';
        IF NEW.reserved_cents - NEW.used_cents > v_allowance THEN
            RAISE EXCEPTION 'pos_matrix_refused'
                USING ERRCODE = 'insufficient_privilege', DETAIL = '{REFUSAL}';
        END IF;
    END IF;
    RETURN NEW;
END
$fn$"""

BOUNDS_TRIGGER = """
CREATE TRIGGER pos_credit_lease_bounds BEFORE INSERT OR UPDATE ON credit_leases FOR EACH ROW
WHEN (NOT has_table_privilege(current_user, 'credit_leases'::regclass,
                              'TRIGGER WITH GRANT OPTION'))
EXECUTE FUNCTION pos_credit_lease_bounds()"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(BOUNDS_FUNCTION)
    op.execute("REVOKE ALL ON FUNCTION pos_credit_lease_bounds() FROM PUBLIC")
    op.execute(BOUNDS_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP TRIGGER pos_credit_lease_bounds ON credit_leases")
    op.execute("DROP FUNCTION pos_credit_lease_bounds()")
