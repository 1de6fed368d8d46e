"""the server repeats the cashiers' discount limit (issue 16)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-12 00:24:00

The permission matrix lets a cashier give a discount up to the store's limit (store
setting ``cashier_discount_limit_percent``, default ``DEFAULT_LIMIT_PERCENT``); above it
needs a manager (``sales.discount_above_limit``). Python checks it
(``pos_app.services.sale_pricing.check_discount_authority``); the server refused only a
discount "authorised" by a manager who typed nothing (0020), so a cashier's session
calling ``pos_record_sale`` with raw SQL could give 90% off.

PostgreSQL only (SQLite: nothing to do). ``pos_record_sale`` v12: for an online sale
(``p_pricing->'offline'`` absent) by anyone but the owner, a discount is over the limit
``L`` (the setting as stored, an exact numeric) when, by amounts,

- a line's: ``discount_cents * 100 > L * (price * quantity - promotion_cents) + H``, or
- the cart's: ``sum(cart_discount_cents) * 100
  > L * sum(price * quantity - promotion_cents - discount_cents) + H``,

with ``H`` half the currency's unit in cents x 100 (50, or 5000 for a currency without
decimals, ``ZERO_DECIMAL_CURRENCIES``): Python compares a percent discount as typed, and
a percent at the limit is rounded to a whole unit, at most half a unit above the limit's
share. A sale over the limit needs a session whose own role may
``sales.discount_above_limit`` or that holds a manager's grant for it (from the sale's
authoriser, when that is not the session's own account); else ``pos_matrix_refused``
(42501, DETAIL ``sales.discount_above_limit``), as 0020 refuses a discount authorised by
a manager who typed nothing.

Offline sales are not checked here: their override was checked at the counter against a
manager's verifier (``pos_app.services.offline_overrides``) while no server could check
it, and the server cannot check that password later (README, offline overrides).
Promotions are taken as the counter sends them (``promotion_cents`` lowers the base).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

#: ``PricingSettings.cashier_discount_limit_percent``'s default, for a store that never set it.
DEFAULT_LIMIT_PERCENT = 10
#: The store setting (``store_settings``) the limit lives in, and the currency's.
LIMIT_SETTING = "cashier_discount_limit_percent"
CURRENCY_SETTING = "currency"
#: ``pos_app.domain.currency.CURRENCIES`` without decimals (a unit of 100 cents).
ZERO_DECIMAL_CURRENCIES = ("IQD", "JPY", "KRW", "LBP", "SYP")
#: Half a unit, in cents x 100: what a percent at the limit may round above its share.
HALF_CENT = 50
HALF_UNIT_ZERO_DECIMALS = 5000
OVER_LIMIT_OP = "sales.discount_above_limit"


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


V11_DECLARE = "    v_number text := coalesce(v_offline->>'counter_number', '');\n"
V12_DECLARE = (
    "    v_number text := coalesce(v_offline->>'counter_number', '');\n"
    "    v_limit numeric;\n"
    "    v_half numeric;\n"
    "    v_over boolean;\n"
    "    v_authoriser integer := (p_pricing->>'discount_authorised_by_id')::integer;\n"
)
V11_AUTHORISED = f"                          DETAIL = '{OVER_LIMIT_OP}';\n            END IF;\n"
_ZERO_DECIMALS = ", ".join(f"'{code}'" for code in ZERO_DECIMAL_CURRENCIES)
V12_AUTHORISED = f"""{V11_AUTHORISED}            -- The cashiers' discount limit, by amounts (migration 0024).
            SELECT coalesce((SELECT s.value::numeric FROM store_settings AS s
                              WHERE s.key = '{LIMIT_SETTING}'), {DEFAULT_LIMIT_PERCENT}),
                   CASE WHEN (SELECT s.value FROM store_settings AS s
                               WHERE s.key = '{CURRENCY_SETTING}') IN ({_ZERO_DECIMALS})
                        THEN {HALF_UNIT_ZERO_DECIMALS} ELSE {HALF_CENT} END
              INTO v_limit, v_half;
            SELECT coalesce(bool_or(d.line * 100 > v_limit * (d.gross - d.promo) + v_half), false)
                   OR coalesce(sum(d.cart) * 100
                               > v_limit * sum(d.gross - d.promo - d.line) + v_half, false)
              INTO v_over
              FROM (SELECT p.price::numeric * p.quantity AS gross,
                           coalesce((l.priced->>'promotion_cents')::bigint::numeric, 0) AS promo,
                           coalesce((l.priced->>'discount_cents')::bigint::numeric, 0) AS line,
                           coalesce((l.priced->>'cart_discount_cents')::bigint::numeric, 0) AS cart
                      FROM unnest(p_prices, p_quantities) WITH ORDINALITY AS p(price, quantity, i)
                      JOIN jsonb_array_elements(p_pricing->'lines') WITH ORDINALITY
                           AS l(priced, i) USING (i)) AS d;
            IF v_over AND NOT pos_session_may(
                   ARRAY['{OVER_LIMIT_OP}'],
                   CASE WHEN v_authoriser IS DISTINCT FROM v_session_account
                        THEN v_authoriser END) THEN
                RAISE EXCEPTION 'pos_matrix_refused'
                    USING ERRCODE = 'insufficient_privilege', DETAIL = '{OVER_LIMIT_OP}';
            END IF;
"""


def record_sale_v12(v11: str) -> str:
    """``v11`` (0023's ``pos_record_sale``) with the cashiers' discount limit."""
    return _revision("0007")._replaced(  # type: ignore[attr-defined,no-any-return]
        v11, (V11_DECLARE, V12_DECLARE), (V11_AUTHORISED, V12_AUTHORISED)
    )


def _record_sale_v11() -> str:
    v11 = _revision("0023")
    return v11.record_sale_v11(v11._record_sale_v10())  # type: ignore[attr-defined,no-any-return]


def _replaced_in_place(body: str) -> str:
    """``body`` as CREATE OR REPLACE: the same signature and results, so the function keeps
    its owner and its grants (the counters' EXECUTE from provision-roles): a provisioned
    store's counters go on selling across the upgrade, with no second provision-roles."""
    old = "CREATE FUNCTION pos_record_sale("
    return _revision("0007")._replaced(  # type: ignore[attr-defined,no-any-return]
        body, (old, "CREATE OR REPLACE FUNCTION pos_record_sale(")
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(_replaced_in_place(record_sale_v12(_record_sale_v11())))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(_replaced_in_place(_record_sale_v11()))
