"""The server's own cost of a sale, for `make bench --only server`: pgbench calling
``pos_record_sale`` as a counter selling steadily does (a one-line cash sale, one prepared
statement, autocommit; its NOTIFY goes out at most once in ``NOTICE_WINDOW_S``, so none
here), with no Python in the way.

``checkout1_p50_vs_pgbench1`` compares a counter's sale with pgbench's TPC-B, which writes
four rows to unindexed or HOT-updated tables; a sale writes six rows and about fifteen index
entries. ``pgbench_sale_p50_ms_1`` is that floor, and ``checkout1_p50_vs_sale_1`` what the
counter's own work (Python, the driver, the second process on two cores) adds to it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import psycopg

from pos_app.domain.money import to_cents

#: A line as the service sends it, with no tax, promotion or discount: paid = net = price.
_LINE = (
    "jsonb_build_object('promotion_id', null, 'promotion_name', '', 'promotion_cents', 0, "
    "'discount_cents', 0, 'cart_discount_cents', 0, 'discount_reason', '', "
    "'tax_rate_id', null, 'tax_name', '', 'tax_percent_e4', 0, 'tax_exempt', false, "
    "'net_cents', c.cents, 'tax_cents', 0, 'paid_cents', c.cents)"
)


def sale_script(
    folder: Path,
    conninfo: str,
    cashier: tuple[int, str, str],
    catalogue: list[tuple[int, Decimal]],
) -> Path:
    """Write the pgbench script: each transaction sells one of ``catalogue`` for cash at
    its price, under the store's current pricing version, as ``cashier``."""
    with psycopg.connect(conninfo) as conn:
        row = conn.execute("SELECT version FROM pricing_state WHERE id = 1").fetchone()
    assert row is not None, "a migrated database has its pricing version"
    ids = ",".join(str(product_id) for product_id, _ in catalogue)
    cents = ",".join(str(to_cents(price)) for _, price in catalogue)
    account_id, username, _ = cashier
    pricing = (
        f"jsonb_build_object('version', {int(row[0])}, 'net_cents', c.cents, 'tax_cents', 0, "
        "'discount_cents', 0, 'promotion_cents', 0, 'cash_rounding_cents', 0, "
        "'prices_include_tax', true, 'discount_reason', '', "
        "'discount_authorised_by_id', null, 'shift_required', false, "
        f"'lines', jsonb_build_array({_LINE}))"
    )
    script = (
        f"\\set i random(1, {len(catalogue)})\n"
        "SELECT s.sale_id FROM "
        f"(SELECT (ARRAY[{ids}])[:i::integer] AS pid, "
        f"(ARRAY[{cents}]::bigint[])[:i::integer] AS cents) AS c, "
        "LATERAL pos_record_sale(gen_random_uuid()::text, NULL::integer, "
        f"{int(account_id)}, 'pgbench', now(), c.cents, ARRAY[c.pid], ARRAY[1], "
        "ARRAY[c.cents], 0::bigint, c.cents, c.cents, 0::bigint, '', "
        f"'{username.replace(chr(39), chr(39) * 2)}', '', 'sale {{sale_id}}', {pricing}) AS s;\n"
    )
    path = folder / "sale.sql"
    path.write_text(script, encoding="utf-8")
    return path
