"""card tenders, top-up methods, categories, one closing a day, customer contacts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 15:00:00

What the keyboard trial asked of the schema (issue 10):

- a card tender (external terminal) with an optional reference, for sales and refunds;
- how a wallet top-up was paid, so that the Z report counts cash top-ups in the drawer;
- one day closing per counter and business day (closings made before keep NULL), and the
  Z report's card and top-up figures;
- categories that managers define: a table, named by products (a rename cascades);
- optional phone and e-mail for customers; a note on a parked cart, and the keys that
  make parking and resuming safe to repeat (a taken cart is kept until the counter has
  it in its own file);
- free items: a price of 0.00 is allowed (the screen asks first);
- a natural sort key of each product's name (``name_key``, indexed): "Item 2" sorts
  before "Item 10" in the inventory, on both backends, without sorting every row;
- new audit actions: a customer reactivated, a category changed.

``pos_record_sale`` takes the card part and its reference.
"""

from __future__ import annotations

import importlib.util
import re
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

DEFAULT_CATEGORIES = ("food", "clothes", "accessories", "electronics")
PRICE_MAX_CENTS = 100_000_000
NAME_KEY_MAX = 200

OLD_SIGNATURE = (
    "pos_record_sale(text, integer, integer, text, timestamptz, bigint, integer[], "
    "integer[], bigint[], bigint, bigint, bigint, text, text, text)"
)
NEW_SIGNATURE = (
    "pos_record_sale(text, integer, integer, text, timestamptz, bigint, integer[], "
    "integer[], bigint[], bigint, bigint, bigint, bigint, text, text, text, text)"
)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


AUDIT_ACTIONS_OLD = (
    "sign_in",
    "sign_out",
    "sign_in_failed",
    "lockout",
    "unlock",
    "staff_created",
    "role_changed",
    "staff_activation",
    "password_reset",
    "customer_registered",
    "customer_deleted",
    "wallet_top_up",
    "wallet_adjustment",
    "sale",
    "refund",
    "void",
    "price_change",
    "product_change",
    "stock_adjustment",
    "review_moderation",
    "day_closed",
    "settings_change",
    "permission_denied",
)
AUDIT_ACTIONS_NEW = (*AUDIT_ACTIONS_OLD, "customer_activation", "category_change")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


RECORD_SALE_V2 = r"""
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
    p_card_cents bigint,
    p_card_reference text,
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
       OR p_wallet_cents IS NULL OR p_cash_cents IS NULL OR p_card_cents IS NULL
       OR p_wallet_cents < 0 OR p_cash_cents < 0 OR p_card_cents < 0
       OR p_wallet_cents + p_cash_cents + p_card_cents IS DISTINCT FROM p_total_cents
       OR length(p_card_reference) > 64
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
    IF p_card_cents > 0 THEN
        INSERT INTO sale_payments (sale_id, method, amount_cents, reference)
        VALUES (sale_id, 'card', p_card_cents, nullif(p_card_reference, ''));
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
    categories = op.create_table(
        "categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "length(name) >= 1 AND length(name) <= 40", name=op.f("ck_categories_name")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint("name", name=op.f("uq_categories_name")),
    )
    bind = op.get_bind()
    in_use = {row[0] for row in bind.execute(sa.text("SELECT DISTINCT category FROM products"))}
    now = datetime.now(UTC)
    op.bulk_insert(
        categories,
        [
            {"name": name, "active": True, "created_at": now}
            for name in sorted(set(DEFAULT_CATEGORIES) | in_use)
        ],
    )
    with op.batch_alter_table("products") as batch:
        batch.drop_constraint(op.f("ck_products_category"), type_="check")
        batch.drop_constraint(op.f("ck_products_price_range"), type_="check")
        batch.alter_column(
            "category", existing_type=sa.String(length=16), type_=sa.String(length=40)
        )
        batch.create_foreign_key(
            op.f("fk_products_category_categories"),
            "categories",
            ["category"],
            ["name"],
            onupdate="CASCADE",
        )
        batch.create_check_constraint(
            op.f("ck_products_price_range"),
            f"price_cents >= 0 AND price_cents <= {PRICE_MAX_CENTS}",
        )
        batch.add_column(
            sa.Column("name_key", sa.String(length=NAME_KEY_MAX), nullable=False, server_default="")
        )
        batch.create_index(op.f("ix_products_name_key"), ["name_key"], unique=False)
    _fill_name_keys()
    with op.batch_alter_table("sale_lines") as batch:
        batch.drop_constraint(op.f("ck_sale_lines_unit_price_positive"), type_="check")
        batch.create_check_constraint(
            op.f("ck_sale_lines_unit_price_not_negative"), "unit_price_cents >= 0"
        )
    with op.batch_alter_table("sale_payments") as batch:
        batch.add_column(sa.Column("reference", sa.String(length=64), nullable=True))
        batch.drop_constraint(op.f("ck_sale_payments_method"), type_="check")
        batch.create_check_constraint(
            op.f("ck_sale_payments_method"), _in("method", ("wallet", "cash", "card"))
        )
    with op.batch_alter_table("refunds") as batch:
        batch.add_column(sa.Column("reference", sa.String(length=64), nullable=True))
        batch.drop_constraint(op.f("ck_refunds_method"), type_="check")
        batch.create_check_constraint(
            op.f("ck_refunds_method"), _in("method", ("wallet", "cash", "card"))
        )
    with op.batch_alter_table("wallet_entries") as batch:
        batch.add_column(sa.Column("payment_method", sa.String(length=16), nullable=True))
        # The counter whose drawer took a top-up's cash: the Z report of that counter.
        batch.add_column(
            sa.Column("counter", sa.String(length=64), nullable=False, server_default="")
        )
        batch.create_check_constraint(
            op.f("ck_wallet_entries_payment_method"),
            "payment_method IS NULL OR payment_method IN ('cash', 'card')",
        )
    with op.batch_alter_table("day_closings") as batch:
        batch.add_column(sa.Column("business_day", sa.Date(), nullable=True))
        for column in (
            "card_sales_cents",
            "card_refunds_cents",
            "cash_top_ups_cents",
            "card_top_ups_cents",
        ):
            batch.add_column(sa.Column(column, sa.BigInteger(), nullable=False, server_default="0"))
        batch.create_unique_constraint(
            op.f("uq_day_closings_counter_business_day"), ["counter", "business_day"]
        )
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(
            sa.Column("phone", sa.String(length=32), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("email", sa.String(length=254), nullable=False, server_default="")
        )
    with op.batch_alter_table("parked_carts") as batch:
        batch.add_column(
            sa.Column("note", sa.String(length=200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("parked_key", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("taken_key", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_unique_constraint(op.f("uq_parked_carts_parked_key"), ["parked_key"])
        batch.create_unique_constraint(op.f("uq_parked_carts_taken_key"), ["taken_key"])
    _audit_actions(AUDIT_ACTIONS_NEW)
    if not _sqlite():
        op.execute(f"DROP FUNCTION {OLD_SIGNATURE}")
        op.execute(RECORD_SALE_V2)


def _natural_sort_key(name: str) -> str:
    """A copy of ``pos_app.domain.rules.natural_sort_key`` as it was at this revision (a
    migration must not change when the app's code does)."""

    def number(match: re.Match[str]) -> str:
        digits = match.group().lstrip("0") or "0"
        return f"{min(len(digits), 99):02d}{digits}"

    return re.sub(r"[0-9]+", number, name.casefold())[:NAME_KEY_MAX]


def _fill_name_keys() -> None:
    """The inventory sorts names as a person reads them ("Item 2" before "Item 10") by
    this key; existing products get theirs here, in batches."""
    bind = op.get_bind()
    products = sa.table("products", sa.column("id"), sa.column("name"), sa.column("name_key"))
    after = 0
    while True:
        rows = bind.execute(
            sa.select(products.c.id, products.c.name)
            .where(products.c.id > after)
            .order_by(products.c.id)
            .limit(5000)
        ).all()
        if not rows:
            return
        bind.execute(
            products.update()
            .where(products.c.id == sa.bindparam("row_id"))
            .values(name_key=sa.bindparam("key")),
            [{"row_id": row[0], "key": _natural_sort_key(row[1])} for row in rows],
        )
        after = rows[-1][0]


def _audit_actions(actions: tuple[str, ...]) -> None:
    """The audit table's CHECK on its actions. SQLite rebuilds the table for that, which
    drops its append-only triggers: they are made again at once."""
    if _sqlite():
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_entries_no_{verb}")
    _replace = ("ck_audit_entries_action", _in("action", actions))
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_constraint(op.f(_replace[0]), type_="check")
        batch.create_check_constraint(op.f(_replace[0]), _replace[1])
    if _sqlite():
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_entries_no_{verb.lower()} BEFORE {verb} ON audit_entries "
                "BEGIN SELECT RAISE(ABORT, 'audit_entries rows are append-only'); END"
            )


def _revision_0004() -> object:
    """The previous revision's module, for the function it created."""
    path = Path(__file__).with_name("0004_record_sale_function.py")
    spec = importlib.util.spec_from_file_location("pos_migration_0004", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def downgrade() -> None:
    if not _sqlite():
        op.execute(f"DROP FUNCTION {NEW_SIGNATURE}")
        op.execute(_revision_0004().RECORD_SALE)  # type: ignore[attr-defined]
    _audit_actions(AUDIT_ACTIONS_OLD)
    with op.batch_alter_table("parked_carts") as batch:
        batch.drop_constraint(op.f("uq_parked_carts_taken_key"), type_="unique")
        batch.drop_constraint(op.f("uq_parked_carts_parked_key"), type_="unique")
        for column in ("taken_at", "taken_key", "parked_key", "note"):
            batch.drop_column(column)
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("email")
        batch.drop_column("phone")
    with op.batch_alter_table("day_closings") as batch:
        batch.drop_constraint(op.f("uq_day_closings_counter_business_day"), type_="unique")
        for column in (
            "card_top_ups_cents",
            "cash_top_ups_cents",
            "card_refunds_cents",
            "card_sales_cents",
            "business_day",
        ):
            batch.drop_column(column)
    with op.batch_alter_table("wallet_entries") as batch:
        batch.drop_constraint(op.f("ck_wallet_entries_payment_method"), type_="check")
        batch.drop_column("counter")
        batch.drop_column("payment_method")
    for table in ("refunds", "sale_payments"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(f"ck_{table}_method"), type_="check")
            batch.create_check_constraint(
                op.f(f"ck_{table}_method"), _in("method", ("wallet", "cash"))
            )
            batch.drop_column("reference")
    with op.batch_alter_table("sale_lines") as batch:
        batch.drop_constraint(op.f("ck_sale_lines_unit_price_not_negative"), type_="check")
        batch.create_check_constraint(
            op.f("ck_sale_lines_unit_price_positive"), "unit_price_cents > 0"
        )
    with op.batch_alter_table("products") as batch:
        batch.drop_index(op.f("ix_products_name_key"))
        batch.drop_column("name_key")
        batch.drop_constraint(op.f("fk_products_category_categories"), type_="foreignkey")
        batch.drop_constraint(op.f("ck_products_price_range"), type_="check")
        batch.alter_column(
            "category", existing_type=sa.String(length=40), type_=sa.String(length=16)
        )
        batch.create_check_constraint(
            op.f("ck_products_category"), _in("category", DEFAULT_CATEGORIES)
        )
        batch.create_check_constraint(
            op.f("ck_products_price_range"),
            f"price_cents > 0 AND price_cents <= {PRICE_MAX_CENTS}",
        )
    op.drop_table("categories")
