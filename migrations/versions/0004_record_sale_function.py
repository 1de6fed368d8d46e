"""record a sale in one statement (PostgreSQL)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 09:10:00

A counter used to spend about a dozen round trips on a sale (BEGIN, one INSERT or UPDATE
per row, COMMIT). ``pos_record_sale`` writes a sale that the service has already checked
in one call, which PostgreSQL runs as one transaction of its own: the sale, its lines,
stock movements, the wallet debit and ledger entry, the payments and the audit row all
commit together or none of them does.

It decides nothing: prices, totals, who may pay how are the service's rules (and the same
Python code runs on SQLite). It only writes, each line at the price the counter showed,
locks products in product-id order and then the wallet (the order every other writer
uses), and refuses with SQLSTATE P0001 and the message ``pos_sale_refused`` when a
conditional update or the customer check matches nothing; the DETAIL says which
(``product:<id>``, ``customer`` or ``wallet``), and the service reads why.

Without BEGIN and COMMIT from the counter, the server commits the call when it ends, even
if the counter is gone by then. The call therefore holds an advisory lock on its sale's
UUID while it runs, and the lookup a counter makes after a lost connection waits for it.

SQLite has no stored procedures; this revision does nothing there.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SIGNATURE = (
    "pos_record_sale(text, integer, integer, text, timestamptz, bigint, integer[], "
    "integer[], bigint[], bigint, bigint, bigint, text, text, text)"
)

RECORD_SALE = r"""
CREATE FUNCTION pos_record_sale(
    p_uuid text,
    p_customer_id integer,
    p_cashier_id integer,
    p_counter text,
    p_created_at timestamptz,
    p_total_cents bigint,
    p_product_ids integer[],
    p_quantities integer[],
    p_prices bigint[],
    p_wallet_cents bigint,
    p_cash_cents bigint,
    p_tendered_cents bigint,
    p_actor_username text,
    p_actor_counter text,
    p_audit_detail text,
    OUT sale_id integer,
    OUT line_ids integer[],
    OUT product_names text[],
    OUT customer_username text,
    OUT wallet_balance_after bigint
) LANGUAGE plpgsql AS $fn$
DECLARE
    v_count integer := coalesce(array_length(p_product_ids, 1), 0);
    v_total bigint := 0;
    v_stock integer;
    v_name text;
    v_line integer;
    v_wallet integer;
BEGIN
    -- What the service guarantees, checked again: anyone with the app role can call this.
    IF v_count = 0
       OR array_length(p_quantities, 1) IS DISTINCT FROM v_count
       OR array_length(p_prices, 1) IS DISTINCT FROM v_count
       OR p_wallet_cents IS NULL OR p_cash_cents IS NULL
       OR p_wallet_cents < 0 OR p_cash_cents < 0
       OR p_wallet_cents + p_cash_cents IS DISTINCT FROM p_total_cents
       OR (p_wallet_cents > 0 AND p_customer_id IS NULL)
       OR (p_cash_cents > 0 AND (p_tendered_cents IS NULL OR p_tendered_cents < p_cash_cents))
    THEN
        RAISE EXCEPTION 'pos_record_sale: inconsistent sale %', p_uuid
            USING ERRCODE = 'check_violation', CONSTRAINT = 'pos_record_sale_arguments';
    END IF;

    -- Held until this call commits or fails. A counter that lost the answer asks for the
    -- sale under the same lock (Store.wait_for_sale), so it cannot read "absent" while
    -- this call, still running on the server, may yet commit.
    PERFORM pg_advisory_xact_lock(7302, hashtext(p_uuid));

    -- The customer must still be one, and active; the key-share lock keeps the account
    -- from being deleted or deactivated (both lock it FOR UPDATE) until the sale ends.
    IF p_customer_id IS NOT NULL THEN
        SELECT username INTO customer_username FROM accounts
         WHERE id = p_customer_id AND role = 'customer' AND active
           FOR KEY SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'customer';
        END IF;
    END IF;

    -- Then the UUID: a second send of the same sale waits here, then fails on the
    -- unique index, and the service answers with the sale recorded the first time.
    INSERT INTO sales (uuid, customer_id, cashier_id, counter, created_at, total_cents, status)
    VALUES (p_uuid, p_customer_id, p_cashier_id, p_counter, p_created_at, p_total_cents,
            'completed')
    RETURNING id INTO sale_id;

    line_ids := '{}';
    product_names := '{}';
    -- The service sends the lines in product-id order: row locks never form a cycle.
    FOR i IN 1 .. v_count LOOP
        IF i > 1 AND p_product_ids[i] <= p_product_ids[i - 1] THEN
            RAISE EXCEPTION 'pos_record_sale: lines out of product order in sale %', p_uuid
                USING ERRCODE = 'check_violation', CONSTRAINT = 'pos_record_sale_arguments';
        END IF;
        v_total := v_total + p_quantities[i]::bigint * p_prices[i];
        UPDATE products SET stock = stock - p_quantities[i]
         WHERE id = p_product_ids[i] AND stock >= p_quantities[i] AND active
           AND price_cents = p_prices[i]
        RETURNING stock, name INTO v_stock, v_name;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'product:' || p_product_ids[i];
        END IF;
        INSERT INTO sale_lines (sale_id, product_id, product_name, quantity, unit_price_cents,
                                line_total_cents)
        VALUES (sale_id, p_product_ids[i], v_name, p_quantities[i], p_prices[i],
                p_quantities[i] * p_prices[i])
        RETURNING id INTO v_line;
        line_ids := line_ids || v_line;
        product_names := product_names || v_name;
        INSERT INTO stock_movements (product_id, kind, quantity, stock_after, actor_id, sale_id,
                                     reason, created_at)
        VALUES (p_product_ids[i], 'sale', -p_quantities[i], v_stock, p_cashier_id, sale_id,
                'Sale', p_created_at);
    END LOOP;
    IF v_total <> p_total_cents THEN
        RAISE EXCEPTION 'pos_record_sale: lines do not add up to the total of sale %', p_uuid
            USING ERRCODE = 'check_violation', CONSTRAINT = 'pos_record_sale_arguments';
    END IF;

    IF p_wallet_cents > 0 THEN
        UPDATE wallets SET balance_cents = balance_cents - p_wallet_cents
         WHERE account_id = p_customer_id AND balance_cents >= p_wallet_cents
        RETURNING id, balance_cents INTO v_wallet, wallet_balance_after;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'wallet';
        END IF;
        INSERT INTO wallet_entries (wallet_id, kind, amount_cents, balance_after_cents, actor_id,
                                    sale_id, reason, created_at)
        VALUES (v_wallet, 'purchase', -p_wallet_cents, wallet_balance_after, p_cashier_id,
                sale_id, 'Purchase', p_created_at);
        INSERT INTO sale_payments (sale_id, method, amount_cents)
        VALUES (sale_id, 'wallet', p_wallet_cents);
    END IF;
    IF p_cash_cents > 0 THEN
        INSERT INTO sale_payments (sale_id, method, amount_cents, tendered_cents, change_cents)
        VALUES (sale_id, 'cash', p_cash_cents, p_tendered_cents,
                p_tendered_cents - p_cash_cents);
    END IF;

    INSERT INTO audit_entries (created_at, actor_id, actor_username, action, outcome, counter,
                               record_type, record_id, detail)
    VALUES (p_created_at, p_cashier_id, left(p_actor_username, 64), 'sale', 'ok',
            left(p_actor_counter, 64), 'sale', p_uuid,
            left(replace(p_audit_detail, '{sale_id}', sale_id::text), 500));
END
$fn$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(RECORD_SALE)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION {SIGNATURE}")
