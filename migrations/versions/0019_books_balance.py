"""the books balance whoever connects: deferred invariants (issue 16, slice 3)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-10 00:19:00

PostgreSQL only (a SQLite file has no privilege boundary; there the ledgers' writers in
``pos_app.data.repositories`` keep these, and ``pos_app.data.invariants`` checks them on
both). Constraint triggers, DEFERRABLE INITIALLY DEFERRED, checked at commit for every
role, the owner and superusers included (only ``session_replication_role = replica`` or a
disabled trigger go round them, which ``pos-admin db check`` then reports):

- **A wallet's balance is its ledger.** Its last entry's ``balance_after_cents`` is the
  balance, and a new entry follows the one before it (``after = before + amount``) and is
  followed by the one after it. From a ledger that adds up (the upgrade mends one that does
  not with an adjustment entry), that keeps ``balance = SUM(amount)`` with two index
  probes, however long the ledger: a sum would read every entry at every sale.
  ``leased_cents`` stays within 0 and the balance by 0015's CHECK constraints.
- **A product's stock is its movements**, in the same way (``stock_after``).
- **A sale's total is its lines and its payments**: total = SUM(lines' paid_cents), tax =
  SUM(lines' tax_cents), SUM(payments) = total + cash_rounding_cents (the cash part is
  rounded, ``pos_app.domain.pricing`` rule 6), and a cash payment's change is what was
  tendered less the amount.
- **A refund's total is its lines**: amount and tax are the sums of its lines', each line
  returns a line of the refunded sale (the same product), and no sale line is returned
  beyond its quantity or the amount paid for it, over all its refunds.

A breach raises ``pos_books_unbalanced`` (SQLSTATE 23514 check_violation), DETAIL "<what>
<id>: expected <figure>, found <figure>". The functions are ``SECURITY DEFINER`` (they read
what the counters' role may not) with a pinned search_path.
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

ERROR = "pos_books_unbalanced"
PINNED = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"


def _raise(what: str, key: str, expected: str, actual: str) -> str:
    return (
        f"RAISE EXCEPTION '{ERROR}' USING ERRCODE = 'check_violation', "
        f"DETAIL = format('{what} %s: expected %s, found %s', {key}, {expected}, {actual});"
    )


#: (function, parent table, its balance column, ledger table, its reference to the parent,
#: its amount column, its running-balance column, what the parent is called)
LEDGERS = (
    ("pos_books_wallet", "wallets", "balance_cents", "wallet_entries", "wallet_id",
     "amount_cents", "balance_after_cents", "wallet"),
    ("pos_books_stock", "products", "stock", "stock_movements", "product_id",
     "quantity", "stock_after", "product"),
)  # fmt: skip


def _trigger_function(name: str, key: str, parent: str, ref: str, declare: str, body: str) -> str:
    """A constraint trigger's function on ``parent`` and its child tables: ``key`` is the
    parent's id, the trigger's row's own or its reference ``ref`` to the parent."""
    return f"""
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql {PINNED} AS $fn$
DECLARE
    {key} integer;
    v record;
{declare}
BEGIN
    IF TG_TABLE_NAME = '{parent}' THEN
        {key} := NEW.id;
    ELSE
        {key} := NEW.{ref};
    END IF;
{body}
    RETURN NULL;
END
$fn$"""


def ledger_function(
    name: str, parent: str, balance: str, ledger: str, ref: str, amount: str, after: str, what: str
) -> str:
    """The parent's balance against its last running balance and, for a new ledger row,
    that row against the rows before and after it: one statement, three index probes."""
    last = (
        f"SELECT l.{after} AS after, l.{amount} AS amount FROM {ledger} AS l WHERE l.{ref} = p.id"
    )
    body = f"""
    IF TG_TABLE_NAME = '{ledger}' THEN
        v_row := NEW.id;
    END IF;
    SELECT p.{balance} AS balance, coalesce(a.after, 0) AS last, coalesce(b.after, 0) AS before,
           c.after AS next_after, c.amount AS next_amount
      INTO v
      FROM {parent} AS p
      LEFT JOIN LATERAL ({last} ORDER BY l.id DESC LIMIT 1) AS a ON true
      LEFT JOIN LATERAL ({last} AND l.id < v_row ORDER BY l.id DESC LIMIT 1) AS b ON true
      LEFT JOIN LATERAL ({last} AND l.id > v_row ORDER BY l.id LIMIT 1) AS c ON true
     WHERE p.id = v_parent;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF v_row IS NOT NULL THEN  -- (NEW has these fields only then)
        IF v.before + NEW.{amount} <> NEW.{after} THEN
            {_raise(f"{ledger} row", "v_row", f"v.before + NEW.{amount}", f"NEW.{after}")}
        END IF;
        IF NEW.{after} + v.next_amount <> v.next_after THEN
            {_raise(f"{ledger} row", "v_row", "v.next_after - v.next_amount", f"NEW.{after}")}
        END IF;
    END IF;
    IF v.balance <> v.last THEN
        {_raise(what, "v_parent", "v.last", "v.balance")}
    END IF;"""
    return _trigger_function(name, "v_parent", parent, ref, "    v_row integer;", body)


SALE_FUNCTION = _trigger_function(
    "pos_books_sale",
    "v_sale",
    "sales",
    "sale_id",
    "",
    f"""
    SELECT s.total_cents, s.tax_cents, s.cash_rounding_cents, l.paid, l.tax, p.paid AS payments,
           p.change_ok
      INTO v
      FROM sales AS s,
           LATERAL (SELECT coalesce(sum(x.paid_cents), 0) AS paid,
                           coalesce(sum(x.tax_cents), 0) AS tax
                      FROM sale_lines AS x WHERE x.sale_id = s.id) AS l,
           LATERAL (SELECT coalesce(sum(y.amount_cents), 0) AS paid,
                           coalesce(bool_and(y.change_cents IS NULL
                               OR y.change_cents = y.tendered_cents - y.amount_cents), true)
                               AS change_ok
                      FROM sale_payments AS y WHERE y.sale_id = s.id) AS p
     WHERE s.id = v_sale;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF v.total_cents <> v.paid THEN
        {_raise("sale total", "v_sale", "v.paid", "v.total_cents")}
    END IF;
    IF v.tax_cents <> v.tax THEN
        {_raise("sale tax", "v_sale", "v.tax", "v.tax_cents")}
    END IF;
    IF v.payments <> v.total_cents + v.cash_rounding_cents THEN
        {_raise("sale payments", "v_sale", "v.total_cents + v.cash_rounding_cents", "v.payments")}
    END IF;
    IF NOT v.change_ok THEN
        {_raise("sale change", "v_sale", "'tendered - amount'", "'other'")}
    END IF;""",
)

REFUND_FUNCTION = _trigger_function(
    "pos_books_refund",
    "v_refund",
    "refunds",
    "refund_id",
    "    v_line integer;",
    f"""
    SELECT r.sale_id, r.amount_cents, r.tax_cents, l.amount, l.tax INTO v
      FROM refunds AS r,
           LATERAL (SELECT coalesce(sum(x.amount_cents), 0) AS amount,
                           coalesce(sum(x.tax_cents), 0) AS tax
                      FROM refund_lines AS x WHERE x.refund_id = r.id) AS l
     WHERE r.id = v_refund;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF v.amount_cents <> v.amount THEN
        {_raise("refund total", "v_refund", "v.amount", "v.amount_cents")}
    END IF;
    IF v.tax_cents <> v.tax THEN
        {_raise("refund tax", "v_refund", "v.tax", "v.tax_cents")}
    END IF;
    -- Each line returns a line of that sale, never beyond what was sold and paid.
    SELECT x.sale_line_id INTO v_line
      FROM refund_lines AS x JOIN sale_lines AS sl ON sl.id = x.sale_line_id
     WHERE x.refund_id = v_refund
       AND (sl.sale_id <> v.sale_id OR sl.product_id <> x.product_id
            OR (SELECT sum(z.quantity) FROM refund_lines AS z
                 WHERE z.sale_line_id = sl.id) > sl.quantity
            OR (SELECT sum(z.amount_cents) FROM refund_lines AS z
                 WHERE z.sale_line_id = sl.id) > sl.paid_cents)
     LIMIT 1;
    IF FOUND THEN
        {_raise("refund", "v_refund", "'lines of sale ' || v.sale_id", "'sale line ' || v_line")}
    END IF;""",
)

#: (trigger name, table, events, function)
TRIGGERS = (
    ("pos_books_wallet", "wallets", "INSERT OR UPDATE OF balance_cents, id", "pos_books_wallet"),
    ("pos_books_wallet", "wallet_entries", "INSERT", "pos_books_wallet"),
    ("pos_books_stock", "products", "INSERT OR UPDATE OF stock, id", "pos_books_stock"),
    ("pos_books_stock", "stock_movements", "INSERT", "pos_books_stock"),
    ("pos_books_sale", "sales", "INSERT", "pos_books_sale"),
    ("pos_books_sale", "sale_lines", "INSERT", "pos_books_sale"),
    ("pos_books_sale", "sale_payments", "INSERT", "pos_books_sale"),
    ("pos_books_refund", "refunds", "INSERT", "pos_books_refund"),
    ("pos_books_refund", "refund_lines", "INSERT", "pos_books_refund"),
)
FUNCTIONS = ("pos_books_wallet", "pos_books_stock", "pos_books_sale", "pos_books_refund")

#: Mends a ledger that does not add up before the triggers hold it to it (rows from
#: before the ledgers, or demo data loaded while a till sold): where the balance is not
#: the ledger's sum, an adjustment row of the difference; where the sum is right but the
#: last running balance is not, a pair (+1 then -1: an amount is never 0) that sets it.
#: Both hold from here on.
MEND_SUM = """
INSERT INTO {ledger} ({ref}, kind, {amount}, {after}, reason, created_at)
SELECT p.id, 'adjustment', p.{balance} - s.total, p.{balance}, '{reason}', now()
  FROM {parent} AS p,
       LATERAL (SELECT coalesce(sum(l.{amount}), 0) AS total FROM {ledger} AS l
                 WHERE l.{ref} = p.id) AS s
 WHERE p.{balance} <> s.total ORDER BY p.id
"""
MEND_LAST = """
INSERT INTO {ledger} ({ref}, kind, {amount}, {after}, reason, created_at)
SELECT p.id, 'adjustment', d.amount, p.{balance} + (d.amount + 1) / 2, '{reason}', now()
  FROM {parent} AS p CROSS JOIN (VALUES (1), (-1)) AS d(amount)
 WHERE p.{balance} <> coalesce((SELECT l.{after} FROM {ledger} AS l WHERE l.{ref} = p.id
                                ORDER BY l.id DESC LIMIT 1), 0)
 ORDER BY p.id, d.amount DESC
"""
REASON = "Books balanced (migration 0019)"


def _mend() -> None:
    for _, parent, balance, ledger, ref, amount, after, _what in LEDGERS:
        names = {"parent": parent, "balance": balance, "ledger": ledger, "ref": ref}
        names.update(amount=amount, after=after, reason=REASON)
        op.execute(MEND_SUM.format(**names))
        op.execute(MEND_LAST.format(**names))


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    _mend()
    for row in LEDGERS:
        op.execute(ledger_function(*row))
    op.execute(SALE_FUNCTION)
    op.execute(REFUND_FUNCTION)
    for trigger, table, events, function in TRIGGERS:
        op.execute(
            f"CREATE CONSTRAINT TRIGGER {trigger} AFTER {events} ON {table} "
            f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
    for function in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for trigger, table, _events, _function in TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}()")
