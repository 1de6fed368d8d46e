"""taxes, discounts and promotions

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 19:10:00

What a sale is priced by, and what each sale keeps of it (issue 12):

- tax rates (percent in ten-thousandths, exempt or not; a rate in use is retired, never
  deleted), a default rate per category and an optional one per product;
- the store's settings, one row a key, for every counter;
- promotions (multi-buy, buy X get Y, a percent off a category) and their products;
- on each sale line: the promotion and discounts it got, the tax rate it was sold at
  (copied: a later change of the rate changes no past sale), its net, tax and paid
  amounts; on the sale: the sums, the cash rounding, the cart discount's reason and who
  authorised it. A sale from before reads back as it was: no tax, no discount, net = paid
  = its line total;
- on refunds and their lines: the tax given back.

``pos_record_sale`` takes the pricing as one JSON argument and checks again, under the
products' row locks, that each product still has the tax rate and promotion the counter
priced it with.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OLD_SIGNATURE = (
    "pos_record_sale(text, integer, integer, text, timestamptz, bigint, integer[], "
    "integer[], bigint[], bigint, bigint, bigint, bigint, text, text, text, text)"
)
NEW_SIGNATURE = (
    "pos_record_sale(text, integer, integer, text, timestamptz, bigint, integer[], "
    "integer[], bigint[], bigint, bigint, bigint, bigint, text, text, text, text, jsonb)"
)
PERCENT_E4_MAX = 1_000_000
PROMOTION_KINDS = ("multi_buy", "buy_x_get_y", "category_percent")
CHARGED = "(line_total_cents - promotion_cents - discount_cents - cart_discount_cents)"
NEW_AUDIT_ACTIONS = ("tax_change", "promotion_change", "discount")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _money(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.BigInteger(), nullable=False, server_default="0")


def _text(name: str, length: int) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=length), nullable=False, server_default="")


RECORD_SALE_V3 = r"""
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
    p_pricing jsonb,
    OUT sale_id integer,
    OUT line_ids integer[],
    OUT product_names text[],
    OUT customer_username text,
    OUT wallet_balance_after bigint
) LANGUAGE plpgsql AS $fn$
DECLARE
    v_count integer := coalesce(array_length(p_product_ids, 1), 0);
    v_total bigint := 0;
    v_net bigint := 0;
    v_tax bigint := 0;
    v_stock integer;
    v_name text;
    v_line integer;
    v_wallet integer;
    v_priced jsonb;
    v_rounding bigint := coalesce((p_pricing->>'cash_rounding_cents')::bigint, 0);
    v_default_rate integer := (SELECT nullif(value, '')::integer FROM store_settings
                                WHERE key = 'default_tax_rate_id');
BEGIN
    -- What the service guarantees, checked again: anyone with the app role can call this.
    IF v_count = 0
       OR array_length(p_quantities, 1) IS DISTINCT FROM v_count
       OR array_length(p_prices, 1) IS DISTINCT FROM v_count
       OR jsonb_array_length(p_pricing->'lines') IS DISTINCT FROM v_count
       OR (p_pricing->>'net_cents')::bigint + (p_pricing->>'tax_cents')::bigint
          IS DISTINCT FROM p_total_cents
       OR p_wallet_cents IS NULL OR p_cash_cents IS NULL OR p_card_cents IS NULL
       OR p_wallet_cents < 0 OR p_cash_cents < 0 OR p_card_cents < 0
       OR p_wallet_cents + p_cash_cents + p_card_cents IS DISTINCT FROM p_total_cents + v_rounding
       OR (v_rounding <> 0 AND p_cash_cents = 0)
       OR length(p_card_reference) > 64
       OR (p_wallet_cents > 0 AND p_customer_id IS NULL)
       OR (p_cash_cents > 0 AND (p_tendered_cents IS NULL OR p_tendered_cents < p_cash_cents))
    THEN
        RAISE EXCEPTION 'pos_record_sale: inconsistent sale %', p_uuid
            USING ERRCODE = 'check_violation', CONSTRAINT = 'pos_record_sale_arguments';
    END IF;

    -- Held until this call commits or fails. A counter that lost the answer asks for the
    -- sale under the same lock, so it cannot read "absent" while this call, still running
    -- on the server, may yet commit.
    PERFORM pg_advisory_xact_lock(7302, hashtext(p_uuid));

    IF p_customer_id IS NOT NULL THEN
        SELECT username INTO customer_username FROM accounts
         WHERE id = p_customer_id AND role = 'customer' AND active
           FOR KEY SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'customer';
        END IF;
    END IF;

    INSERT INTO sales (uuid, customer_id, cashier_id, counter, created_at, total_cents, status,
                       net_cents, tax_cents, discount_cents, promotion_cents,
                       cash_rounding_cents, prices_include_tax, discount_reason,
                       discount_authorised_by_id)
    VALUES (p_uuid, p_customer_id, p_cashier_id, p_counter, p_created_at, p_total_cents,
            'completed', (p_pricing->>'net_cents')::bigint, (p_pricing->>'tax_cents')::bigint,
            (p_pricing->>'discount_cents')::bigint, (p_pricing->>'promotion_cents')::bigint,
            v_rounding, (p_pricing->>'prices_include_tax')::boolean,
            left(coalesce(p_pricing->>'discount_reason', ''), 255),
            (p_pricing->>'discount_authorised_by_id')::integer)
    RETURNING id INTO sale_id;

    line_ids := '{}';
    product_names := '{}';
    -- The service sends the lines in product-id order: row locks never form a cycle.
    FOR i IN 1 .. v_count LOOP
        IF i > 1 AND p_product_ids[i] <= p_product_ids[i - 1] THEN
            RAISE EXCEPTION 'pos_record_sale: lines out of product order in sale %', p_uuid
                USING ERRCODE = 'check_violation', CONSTRAINT = 'pos_record_sale_arguments';
        END IF;
        v_priced := p_pricing->'lines'->(i - 1);
        v_total := v_total + (v_priced->>'paid_cents')::bigint;
        v_net := v_net + (v_priced->>'net_cents')::bigint;
        v_tax := v_tax + (v_priced->>'tax_cents')::bigint;
        -- Same price, same tax rate, and the promotion still running: else nothing is
        -- written and the counter says what changed.
        UPDATE products SET stock = stock - p_quantities[i]
         WHERE id = p_product_ids[i] AND stock >= p_quantities[i] AND active
           AND price_cents = p_prices[i]
           AND coalesce(tax_rate_id,
                        (SELECT c.tax_rate_id FROM categories c WHERE c.name = products.category),
                        v_default_rate)
               IS NOT DISTINCT FROM (v_priced->>'tax_rate_id')::integer
           AND ((v_priced->>'promotion_id') IS NULL OR EXISTS (
                SELECT 1 FROM promotions pr
                 WHERE pr.id = (v_priced->>'promotion_id')::integer AND pr.active
                   AND pr.starts_at <= p_created_at AND p_created_at < pr.ends_at))
        RETURNING stock, name INTO v_stock, v_name;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = 'product:' || p_product_ids[i];
        END IF;
        INSERT INTO sale_lines (sale_id, product_id, product_name, quantity, unit_price_cents,
                                line_total_cents, promotion_name, promotion_cents,
                                discount_cents, cart_discount_cents, discount_reason,
                                tax_name, tax_percent_e4, tax_exempt, net_cents, tax_cents,
                                paid_cents)
        VALUES (sale_id, p_product_ids[i], v_name, p_quantities[i], p_prices[i],
                p_quantities[i] * p_prices[i],
                left(coalesce(v_priced->>'promotion_name', ''), 100),
                (v_priced->>'promotion_cents')::bigint, (v_priced->>'discount_cents')::bigint,
                (v_priced->>'cart_discount_cents')::bigint,
                left(coalesce(v_priced->>'discount_reason', ''), 255),
                left(coalesce(v_priced->>'tax_name', ''), 40),
                (v_priced->>'tax_percent_e4')::integer, (v_priced->>'tax_exempt')::boolean,
                (v_priced->>'net_cents')::bigint, (v_priced->>'tax_cents')::bigint,
                (v_priced->>'paid_cents')::bigint)
        RETURNING id INTO v_line;
        line_ids := line_ids || v_line;
        product_names := product_names || v_name;
        INSERT INTO stock_movements (product_id, kind, quantity, stock_after, actor_id, sale_id,
                                     reason, created_at)
        VALUES (p_product_ids[i], 'sale', -p_quantities[i], v_stock, p_cashier_id, sale_id,
                'Sale', p_created_at);
    END LOOP;
    IF v_total <> p_total_cents
       OR v_net IS DISTINCT FROM (p_pricing->>'net_cents')::bigint
       OR v_tax IS DISTINCT FROM (p_pricing->>'tax_cents')::bigint THEN
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
    op.create_table(
        "tax_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("percent_e4", sa.Integer(), nullable=False),
        sa.Column("exempt", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            f"percent_e4 >= 0 AND percent_e4 <= {PERCENT_E4_MAX}", name=op.f("ck_tax_rates_percent")
        ),
        sa.CheckConstraint(
            "NOT exempt OR percent_e4 = 0", name=op.f("ck_tax_rates_exempt_has_no_tax")
        ),
        sa.CheckConstraint(
            "length(name) >= 1 AND length(name) <= 40", name=op.f("ck_tax_rates_name")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tax_rates")),
        sa.UniqueConstraint("name", name=op.f("uq_tax_rates_name")),
    )
    op.create_table(
        "store_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["accounts.id"],
            name=op.f("fk_store_settings_updated_by_id_accounts"),
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_store_settings")),
    )
    op.create_table(
        "promotions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("price_cents", sa.BigInteger(), nullable=False),
        sa.Column("free_quantity", sa.Integer(), nullable=False),
        sa.Column("percent_e4", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(_in("kind", PROMOTION_KINDS), name=op.f("ck_promotions_kind")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_promotions_period_order")),
        sa.CheckConstraint(
            f"percent_e4 >= 0 AND percent_e4 <= {PERCENT_E4_MAX}",
            name=op.f("ck_promotions_percent"),
        ),
        sa.CheckConstraint(
            "quantity >= 0 AND free_quantity >= 0", name=op.f("ck_promotions_quantities")
        ),
        sa.CheckConstraint("price_cents >= 0", name=op.f("ck_promotions_price_not_negative")),
        sa.ForeignKeyConstraint(
            ["category"],
            ["categories.name"],
            name=op.f("fk_promotions_category_categories"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promotions")),
    )
    op.create_index(op.f("ix_promotions_ends_at"), "promotions", ["ends_at"], unique=False)
    op.create_table(
        "promotion_products",
        sa.Column("promotion_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_promotion_products_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["promotion_id"],
            ["promotions.id"],
            name=op.f("fk_promotion_products_promotion_id_promotions"),
        ),
        sa.PrimaryKeyConstraint("promotion_id", "product_id", name=op.f("pk_promotion_products")),
    )
    for table in ("categories", "products"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("tax_rate_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(
                op.f(f"fk_{table}_tax_rate_id_tax_rates"), "tax_rates", ["tax_rate_id"], ["id"]
            )
    _sales()
    _sale_lines()
    for table in ("refunds", "refund_lines"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(_money("tax_cents"))
    _audit_actions(_revision("0005").AUDIT_ACTIONS_NEW + NEW_AUDIT_ACTIONS)  # type: ignore[attr-defined]
    if not _sqlite():
        op.execute(f"DROP FUNCTION {OLD_SIGNATURE}")
        op.execute(RECORD_SALE_V3)


def _sales() -> None:
    with op.batch_alter_table("sales") as batch:
        batch.add_column(sa.Column("net_cents", sa.BigInteger(), nullable=True))
        for name in ("tax_cents", "discount_cents", "promotion_cents", "cash_rounding_cents"):
            batch.add_column(_money(name))
        batch.add_column(
            sa.Column("prices_include_tax", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(_text("discount_reason", 255))
        batch.add_column(sa.Column("discount_authorised_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_sales_discount_authorised_by_id_accounts"),
            "accounts",
            ["discount_authorised_by_id"],
            ["id"],
        )
    op.execute("UPDATE sales SET net_cents = total_cents")
    with op.batch_alter_table("sales") as batch:
        batch.alter_column("net_cents", existing_type=sa.BigInteger(), nullable=False)
        batch.create_check_constraint(
            op.f("ck_sales_net_plus_tax"), "net_cents + tax_cents = total_cents"
        )


def _sale_lines() -> None:
    with op.batch_alter_table("sale_lines") as batch:
        batch.add_column(_text("promotion_name", 100))
        for name in ("promotion_cents", "discount_cents", "cart_discount_cents"):
            batch.add_column(_money(name))
        batch.add_column(_text("discount_reason", 255))
        batch.add_column(_text("tax_name", 40))
        batch.add_column(
            sa.Column("tax_percent_e4", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("tax_exempt", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("net_cents", sa.BigInteger(), nullable=True))
        batch.add_column(_money("tax_cents"))
        batch.add_column(sa.Column("paid_cents", sa.BigInteger(), nullable=True))
    op.execute("UPDATE sale_lines SET net_cents = line_total_cents, paid_cents = line_total_cents")
    with op.batch_alter_table("sale_lines") as batch:
        batch.alter_column("net_cents", existing_type=sa.BigInteger(), nullable=False)
        batch.alter_column("paid_cents", existing_type=sa.BigInteger(), nullable=False)
        batch.create_check_constraint(
            op.f("ck_sale_lines_paid_is_net_plus_tax"), "paid_cents = net_cents + tax_cents"
        )
        batch.create_check_constraint(
            op.f("ck_sale_lines_figures_not_negative"),
            "promotion_cents >= 0 AND discount_cents >= 0 AND cart_discount_cents >= 0"
            " AND tax_cents >= 0 AND net_cents >= 0",
        )
        batch.create_check_constraint(
            op.f("ck_sale_lines_charged_is_net_or_paid"),
            f"{CHARGED} = net_cents OR {CHARGED} = paid_cents",
        )


def _revision(number: str) -> object:
    """An earlier revision's module, for what it defined."""
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _audit_actions(actions: tuple[str, ...]) -> None:
    _revision("0005")._audit_actions(actions)  # type: ignore[attr-defined]


def downgrade() -> None:
    if not _sqlite():
        op.execute(f"DROP FUNCTION {NEW_SIGNATURE}")
        op.execute(_revision("0005").RECORD_SALE_V2)  # type: ignore[attr-defined]
    _audit_actions(_revision("0005").AUDIT_ACTIONS_NEW)  # type: ignore[attr-defined]
    for table in ("refund_lines", "refunds"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("tax_cents")
    with op.batch_alter_table("sale_lines") as batch:
        for name in ("paid_is_net_plus_tax", "figures_not_negative", "charged_is_net_or_paid"):
            batch.drop_constraint(op.f(f"ck_sale_lines_{name}"), type_="check")
        for column in (
            "promotion_name", "promotion_cents", "discount_cents", "cart_discount_cents",
            "discount_reason", "tax_name", "tax_percent_e4", "tax_exempt", "net_cents",
            "tax_cents", "paid_cents",
        ):  # fmt: skip
            batch.drop_column(column)
    with op.batch_alter_table("sales") as batch:
        batch.drop_constraint(op.f("ck_sales_net_plus_tax"), type_="check")
        batch.drop_constraint(
            op.f("fk_sales_discount_authorised_by_id_accounts"), type_="foreignkey"
        )
        for column in (
            "net_cents", "tax_cents", "discount_cents", "promotion_cents", "cash_rounding_cents",
            "prices_include_tax", "discount_reason", "discount_authorised_by_id",
        ):  # fmt: skip
            batch.drop_column(column)
    for table in ("products", "categories"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(f"fk_{table}_tax_rate_id_tax_rates"), type_="foreignkey")
            batch.drop_column("tax_rate_id")
    op.drop_table("promotion_products")
    op.drop_index(op.f("ix_promotions_ends_at"), table_name="promotions")
    op.drop_table("promotions")
    op.drop_table("store_settings")
    op.drop_table("tax_rates")
