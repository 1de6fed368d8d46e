"""the server works out a shift's close and holds it to the over/short limit (issue 16)

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-14 00:27:00

A shift's close was the counter's word: a cashier's session with ``psql`` could close their
shift with an expected cash figure equal to what they counted, an over/short of 0, anyone
as the closer and any manager as the approver, and the Z report would show a short drawer
as even.

PostgreSQL only. ``pos_shift_close()``, a row-level BEFORE UPDATE trigger on ``shifts``
for anyone but the owner (0022's test), when the update closes the shift:

- the closer is the session's account;
- the expected cash, card and store-credit figures are worked out from the shift's own
  rows, as ``pos_app.services.shift_records.expected_cents`` does (a conformance test
  compares them): the float, plus cash taken (sales not voided, top-ups, paid in), less
  paid out and cash refunds; card sales and top-ups less card refunds; store-credit sales
  less store-credit refunds;
- the over/short is the counted cash less that expected cash;
- an approver, when named, is the closer if their role may ``shifts.manage``, else a
  manager whose grant (``pos_grant_override``) this session holds; and an over/short
  beyond the store's limit (``shift_difference_limit_cents``, else 500), or a close with
  no count, needs one.
  Else ``pos_matrix_refused`` (42501, DETAIL ``shifts.manage``), nothing written.

The counted figures and the count by denomination stay the counter's: they are what the
cashier says is in the drawer.
"""

from __future__ import annotations

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

#: ``pos_app.services.shift_records``: the setting, and the limit without it (cents).
DIFFERENCE_LIMIT = "shift_difference_limit_cents"
DEFAULT_DIFFERENCE_LIMIT = 500
#: ``Op.SHIFT_MANAGE``.
APPROVE_OP = "shifts.manage"
SETTINGS = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"

CLOSE_FUNCTION = f"""
CREATE FUNCTION pos_shift_close() RETURNS trigger
LANGUAGE plpgsql {SETTINGS} AS $fn$
DECLARE
    v_account integer := pos_session_account();
    v_role text;
    v_sold_cash bigint; v_sold_card bigint; v_sold_wallet bigint;
    v_back_cash bigint; v_back_card bigint; v_back_wallet bigint;
    v_top_cash bigint; v_top_card bigint;
    v_paid_in bigint; v_paid_out bigint;
    v_limit bigint;
BEGIN
    SELECT coalesce(sum(p.amount_cents) FILTER (WHERE p.method = 'cash'), 0),
           coalesce(sum(p.amount_cents) FILTER (WHERE p.method = 'card'), 0),
           coalesce(sum(p.amount_cents) FILTER (WHERE p.method = 'wallet'), 0)
      INTO v_sold_cash, v_sold_card, v_sold_wallet
      FROM sale_payments AS p JOIN sales AS s ON s.id = p.sale_id
     WHERE s.shift_id = NEW.id AND s.voided_at IS NULL;
    SELECT coalesce(sum(r.amount_cents) FILTER (WHERE r.method = 'cash'), 0),
           coalesce(sum(r.amount_cents) FILTER (WHERE r.method = 'card'), 0),
           coalesce(sum(r.amount_cents) FILTER (WHERE r.method = 'wallet'), 0)
      INTO v_back_cash, v_back_card, v_back_wallet
      FROM refunds AS r WHERE r.shift_id = NEW.id;
    SELECT coalesce(sum(w.amount_cents) FILTER (WHERE w.payment_method = 'cash'), 0),
           coalesce(sum(w.amount_cents) FILTER (WHERE w.payment_method = 'card'), 0)
      INTO v_top_cash, v_top_card
      FROM wallet_entries AS w WHERE w.shift_id = NEW.id AND w.kind = 'top_up';
    SELECT coalesce(sum(m.amount_cents) FILTER (WHERE m.kind = 'paid_in'), 0),
           coalesce(sum(m.amount_cents) FILTER (WHERE m.kind = 'paid_out'), 0)
      INTO v_paid_in, v_paid_out
      FROM cash_movements AS m WHERE m.shift_id = NEW.id;

    NEW.closed_by_id := v_account;
    NEW.expected_cash_cents := OLD.opening_float_cents + v_sold_cash + v_top_cash + v_paid_in
                               - v_paid_out - v_back_cash;
    NEW.expected_card_cents := v_sold_card + v_top_card - v_back_card;
    NEW.expected_wallet_cents := v_sold_wallet - v_back_wallet;
    NEW.over_short_cents := NEW.counted_cash_cents - NEW.expected_cash_cents;

    SELECT a.role INTO v_role FROM accounts AS a WHERE a.id = v_account;
    SELECT coalesce(max(st.value::bigint), {DEFAULT_DIFFERENCE_LIMIT}) INTO v_limit
      FROM store_settings AS st WHERE st.key = '{DIFFERENCE_LIMIT}';
    IF NEW.approved_by_id IS NOT NULL THEN
        IF NOT (CASE WHEN NEW.approved_by_id = v_account
                     THEN pos_role_may(v_role, '{APPROVE_OP}')
                     ELSE pos_session_may(ARRAY['{APPROVE_OP}'], NEW.approved_by_id) END) THEN
            RAISE EXCEPTION 'pos_matrix_refused'
                USING ERRCODE = 'insufficient_privilege', DETAIL = '{APPROVE_OP}';
        END IF;
    ELSIF NEW.over_short_cents IS NULL OR abs(NEW.over_short_cents) > v_limit THEN
        RAISE EXCEPTION 'pos_matrix_refused'
            USING ERRCODE = 'insufficient_privilege', DETAIL = '{APPROVE_OP}';
    END IF;
    RETURN NEW;
END
$fn$"""

CLOSE_TRIGGER = """
CREATE TRIGGER pos_shift_close BEFORE UPDATE ON shifts FOR EACH ROW
WHEN (OLD.closed_at IS NULL AND NEW.closed_at IS NOT NULL
      AND NOT has_table_privilege(current_user, 'shifts'::regclass,
                                  'TRIGGER WITH GRANT OPTION'))
EXECUTE FUNCTION pos_shift_close()"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(CLOSE_FUNCTION)
    op.execute("REVOKE ALL ON FUNCTION pos_shift_close() FROM PUBLIC")
    op.execute(CLOSE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP TRIGGER pos_shift_close ON shifts")
    op.execute("DROP FUNCTION pos_shift_close()")
