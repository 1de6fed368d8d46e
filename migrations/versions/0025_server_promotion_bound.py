"""the server bounds the promotion amounts a sale claims (issue 16)

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-12 00:25:00

``pos_record_sale`` took each line's ``promotion_id`` and ``promotion_cents`` as the
counter sent them, so a cashier's session calling it with raw SQL could call any price cut
a "promotion" (a made-up promotion, or a real one with an inflated amount), and 0024's
discount limit, which measures discounts on the price less the promotion, never saw it.

PostgreSQL only (SQLite: nothing to do). ``pos_record_sale`` v13 = v12 plus: for an online
sale (``p_pricing->'offline'`` absent) by anyone but the owner, every line whose
``promotion_cents`` is not 0 must name (``promotion_id``) a promotion that exists, is
active, runs at the server's ``now()`` (``starts_at <= now < ends_at``, give or take
``CLOCK_TOLERANCE``: the counter priced the cart by its own clock, and 0023 allows the same
for a ticket) and applies to the line's product (listed in ``promotion_products`` for
multi_buy and buy_x_get_y, the product's category for category_percent), and
``promotion_cents`` must be at least 0 and at most what that promotion can take off the
line by rule 1 (``pos_app.domain.promotions._saving``; each line on its own, two lines of
the same product make no group together). With quantity ``q`` and unit price ``p`` (the
product's price, or the line's for a variable-price product, as the sale itself checks):

- multi_buy (N for P): ``(q div N) * max(0, N*p - P)``, exact;
- buy_x_get_y: ``(q div (X+Y)) * Y * p * percent_e4 / 1e6`` plus half a unit;
- category_percent: ``q * p * percent_e4 / 1e6`` plus half a unit,

half a unit being 0.5 cent, or 50 cents for a currency without decimals (0024's
``ZERO_DECIMAL_CURRENCIES``): Python rounds these to the unit, half up or half even, at
most half a unit above the exact amount. Which promotion Python chose (the best) is not
repeated: any running promotion of the product, within its own bound, is accepted.
Else ``pos_sale_refused`` with DETAIL ``promotion``, nothing written; the app prices the
cart again, as for a changed pricing version (``pos_app.services.sales``).

Offline sales are not checked here: they were priced at the counter by its own clock and
what it kept, while no server could check them (README, offline sales).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

#: How far the counter's clock may be from the server's when it priced the cart.
CLOCK_TOLERANCE = "5 minutes"
#: How a refused promotion is named to the app (``SaleRefused.what``).
REFUSAL = "promotion"


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: The end of v12's discount-limit check, inside the "online, not the owner" block (its
#: ``v_half`` is half the currency's unit in cents x 100 by then).
V12_LIMIT_END = (
    "                    USING ERRCODE = 'insufficient_privilege', "
    "DETAIL = 'sales.discount_above_limit';\n"
    "            END IF;\n"
)
V13_LIMIT_END = f"""{V12_LIMIT_END}            -- Each line's promotion: real, running, its product's, within its bound (0025).
            IF EXISTS (
                SELECT 1
                  FROM (SELECT coalesce((l.priced->>'promotion_cents')::bigint, 0) AS promo,
                               (l.priced->>'promotion_id')::integer AS promotion_id,
                               p.product_id, p.quantity::numeric AS q, p.price
                          FROM unnest(p_product_ids, p_quantities, p_prices) WITH ORDINALITY
                               AS p(product_id, quantity, price, i)
                          JOIN jsonb_array_elements(p_pricing->'lines') WITH ORDINALITY
                               AS l(priced, i) USING (i)) AS d
                  LEFT JOIN products AS pr ON pr.id = d.product_id
                  LEFT JOIN promotions AS pm
                         ON pm.id = d.promotion_id AND pm.active
                        AND pm.starts_at <= now() + interval '{CLOCK_TOLERANCE}'
                        AND pm.ends_at > now() - interval '{CLOCK_TOLERANCE}'
                 WHERE d.promo <> 0
                   AND (d.promo < 0 OR pm.id IS NULL OR pr.id IS NULL
                        OR (CASE WHEN pm.kind = 'category_percent'
                                 THEN pm.category IS NOT DISTINCT FROM pr.category
                                 ELSE EXISTS (SELECT 1 FROM promotion_products AS pp
                                               WHERE pp.promotion_id = pm.id
                                                 AND pp.product_id = pr.id) END) IS NOT TRUE
                        OR (d.promo <= (
                               SELECT CASE pm.kind
                                      WHEN 'multi_buy' THEN
                                          floor(d.q / nullif(pm.quantity, 0))
                                          * greatest(0, pm.quantity * u.p - pm.price_cents)
                                      WHEN 'buy_x_get_y' THEN
                                          floor(d.q / nullif(pm.quantity + pm.free_quantity, 0))
                                          * pm.free_quantity * u.p * pm.percent_e4 / 1000000
                                          + v_half / 100
                                      WHEN 'category_percent' THEN
                                          d.q * u.p * pm.percent_e4 / 1000000 + v_half / 100
                                      END
                                 FROM (SELECT CASE WHEN pr.variable_price THEN d.price
                                                   ELSE pr.price_cents END::numeric AS p) AS u
                           )) IS NOT TRUE)
            ) THEN
                RAISE EXCEPTION 'pos_sale_refused' USING DETAIL = '{REFUSAL}';
            END IF;
"""


def record_sale_v13(v12: str) -> str:
    """``v12`` (0024's ``pos_record_sale``) with the promotions' bound."""
    return _revision("0007")._replaced(  # type: ignore[attr-defined,no-any-return]
        v12, (V12_LIMIT_END, V13_LIMIT_END)
    )


def _record_sale_v12() -> str:
    v12 = _revision("0024")
    return v12.record_sale_v12(v12._record_sale_v11())  # type: ignore[attr-defined,no-any-return]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    in_place = _revision("0024")._replaced_in_place  # type: ignore[attr-defined]
    op.execute(in_place(record_sale_v13(_record_sale_v12())))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    in_place = _revision("0024")._replaced_in_place  # type: ignore[attr-defined]
    op.execute(in_place(_record_sale_v12()))
