"""a customer's PIN or card before their wallet pays (issue 16, slice 5)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-10 00:21:00

- ``accounts`` (both backends): ``pin_hash`` (bcrypt, as passwords), ``card_hash`` (the
  SHA-256 of the card's random code), ``failed_pins``, ``pin_locked_until`` and
  ``consent_xid`` (PostgreSQL: the transaction a consent was found valid in).
- PostgreSQL, ``pos_customer_consent(customer, pin, card)``, ``SECURITY DEFINER`` with its
  ``search_path`` pinned: the rules of ``pos_app.domain.wallet_consent`` in PL/pgSQL (the
  store's ``wallet_consent`` setting, the PIN checked by pgcrypto's ``crypt()``, the
  lockout, the card's hash). A valid consent is noted for the current transaction only
  (``consent_xid``); a refusal is returned, not raised, so that the caller can commit a
  wrong PIN's count (as ``pos_sign_in`` does).
- PostgreSQL, ``pos_wallet_consent_required``: a row trigger on ``wallet_entries`` that
  refuses a purchase debit unless a consent for that wallet's customer was found in the
  same transaction, when the connection's ``session_user`` is not the owner (inside
  ``pos_record_sale``, a ``SECURITY DEFINER`` function, ``current_user`` is the owner:
  ``session_user`` is who connected).
- The counters' role may not read ``pin_hash`` (provision-roles grants by column).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from pos_app.domain.wallet_consent import (
    CONSENT_SETTING,
    DEFAULT_MODE,
    PIN_LOCKOUT_AFTER,
    PIN_LOCKOUT_DETAIL,
    PIN_LOCKOUT_MINUTES,
    PIN_PATTERN,
    ConsentMode,
)

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

FUNCTION = "pos_customer_consent(integer, text, text)"
TRIGGER = "pos_wallet_consent"
TRIGGER_FUNCTION = "pos_wallet_consent_required()"
COLUMNS = ("pin_hash", "card_hash", "failed_pins", "pin_locked_until", "consent_xid")
CURRENT_XID = "pg_catalog.pg_current_xact_id()::text::bigint"


def _revision(number: str) -> object:
    (path,) = Path(__file__).parent.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def consent_function(schema: str) -> str:
    """``pos_customer_consent``: ``pos_app.services.wallet_consent.check`` in PL/pgSQL."""
    v17 = _revision("0017")
    audit = v17._audit  # type: ignore[attr-defined]
    bcrypt = v17.BCRYPT_PATTERN  # type: ignore[attr-defined]
    modes = ", ".join(f"'{m.value}'" for m in ConsentMode)
    wrong = audit(
        "v_actor",
        "v_actor_name",
        "permission_denied",
        "denied",
        "p_customer_id::text",
        "'wrong wallet PIN'",
    )
    locked = audit(
        "v_actor",
        "v_actor_name",
        "lockout",
        "denied",
        "p_customer_id::text",
        f"'{PIN_LOCKOUT_DETAIL}'",
    )
    return f"""
CREATE FUNCTION pos_customer_consent(p_customer_id integer, p_pin text, p_card text,
    OUT r_ok boolean, OUT r_refusal text, OUT r_tries_left integer,
    OUT r_locked_until timestamptz, OUT r_mode text)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, {schema}, pg_temp AS $fn$
DECLARE
    v_pin text := btrim(coalesce(p_pin, ''));
    v_card text := upper(btrim(coalesce(p_card, '')));
    v_counter text := '';
    v_actor integer := pos_session_account();
    v_actor_name text := '';
    v_found boolean;
    v_hash text;
    v_card_hash text;
    v_failed integer;
    v_locked timestamptz;
    v_matched boolean;
BEGIN
    r_ok := false;
    SELECT value INTO r_mode FROM store_settings WHERE key = '{CONSENT_SETTING}';
    IF r_mode IS NULL OR r_mode NOT IN ({modes}) THEN
        r_mode := '{DEFAULT_MODE.value}';
    END IF;
    SELECT a.pin_hash, a.card_hash, a.failed_pins, a.pin_locked_until
      INTO v_hash, v_card_hash, v_failed, v_locked
      FROM accounts AS a WHERE a.id = p_customer_id AND a.role = 'customer' FOR UPDATE;
    v_found := FOUND;
    IF v_card <> '' AND r_mode <> 'pin' THEN
        IF v_card_hash IS NULL THEN
            r_refusal := 'no_card';
        ELSIF encode(sha256(convert_to(v_card, 'UTF8')), 'hex') <> v_card_hash THEN
            r_refusal := 'wrong_card';
        ELSE
            UPDATE accounts SET consent_xid = {CURRENT_XID} WHERE id = p_customer_id;
            r_ok := true;
        END IF;
        RETURN;
    END IF;
    IF v_pin = '' OR r_mode = 'card' THEN
        r_refusal := CASE WHEN v_pin = '' AND v_card = '' THEN 'none_given'
                        WHEN r_mode = 'card' THEN 'no_pin' ELSE 'no_card' END;
        RETURN;
    END IF;
    IF NOT v_found OR v_hash IS NULL OR v_hash !~ '{bcrypt}' THEN
        r_refusal := 'no_pin';
        RETURN;
    END IF;
    IF v_locked IS NOT NULL AND v_locked > clock_timestamp() THEN
        -- Tries while locked neither count nor extend it.
        r_refusal := 'locked';
        r_locked_until := v_locked;
        RETURN;
    END IF;
    v_hash := '$2a$' || substr(v_hash, 5);
    v_matched := v_pin ~ '{PIN_PATTERN}' AND crypt(v_pin, v_hash) = v_hash;
    IF v_matched THEN
        UPDATE accounts
           SET failed_pins = 0, pin_locked_until = NULL, consent_xid = {CURRENT_XID}
         WHERE id = p_customer_id;
        r_ok := true;
        RETURN;
    END IF;
    SELECT username INTO v_actor_name FROM accounts WHERE id = v_actor;
    v_actor_name := coalesce(v_actor_name, '');
    {wrong}
    IF v_failed + 1 >= {PIN_LOCKOUT_AFTER} THEN
        r_locked_until := clock_timestamp() + interval '{PIN_LOCKOUT_MINUTES} minutes';
        UPDATE accounts SET failed_pins = 0, pin_locked_until = r_locked_until
         WHERE id = p_customer_id;
        r_refusal := 'locked';
        {locked}
    ELSE
        UPDATE accounts SET failed_pins = failed_pins + 1 WHERE id = p_customer_id;
        r_refusal := 'wrong_pin';
        r_tries_left := {PIN_LOCKOUT_AFTER} - v_failed - 1;
    END IF;
END
$fn$"""


#: The owner writes freely (0018's rule), but by who connected: inside ``pos_record_sale``
#: (``SECURITY DEFINER``) ``current_user`` is the owner whoever called it.
CONSENT_REQUIRED = f"""
CREATE FUNCTION pos_wallet_consent_required() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.kind <> 'purchase' OR NEW.amount_cents >= 0 THEN
        RETURN NEW;
    END IF;
    IF pg_catalog.pg_has_role(session_user, (SELECT c.relowner FROM pg_catalog.pg_class AS c
                                             WHERE c.oid = TG_RELID), 'USAGE') THEN
        RETURN NEW;
    END IF;
    PERFORM 1 FROM public.wallets AS w JOIN public.accounts AS a ON a.id = w.account_id
     WHERE w.id = NEW.wallet_id AND a.consent_xid = {CURRENT_XID};
    IF NOT FOUND THEN
        RAISE EXCEPTION 'pos_wallet_consent_required'
            USING ERRCODE = 'insufficient_privilege', DETAIL = 'wallet';
    END IF;
    RETURN NEW;
END
$fn$"""


def upgrade() -> None:
    # Added in place (no batch: SQLite's table rebuild would drop the customer search
    # index's triggers on accounts, migration 0012).
    op.add_column("accounts", sa.Column("pin_hash", sa.String(length=100), nullable=True))
    op.add_column("accounts", sa.Column("card_hash", sa.String(length=64), nullable=True))
    op.add_column(
        "accounts", sa.Column("failed_pins", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column(
        "accounts", sa.Column("pin_locked_until", sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column("accounts", sa.Column("consent_xid", sa.BigInteger(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        return
    schema = _revision("0017")._pgcrypto_schema()  # type: ignore[attr-defined]
    op.execute(consent_function(schema))
    # The counters' role gets EXECUTE from provision-roles; nobody else by default.
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    op.execute(CONSENT_REQUIRED)
    op.execute(
        f"CREATE TRIGGER {TRIGGER} BEFORE INSERT ON wallet_entries "
        f"FOR EACH ROW EXECUTE FUNCTION {TRIGGER_FUNCTION}"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute(f"DROP TRIGGER {TRIGGER} ON wallet_entries")
        op.execute(f"DROP FUNCTION {TRIGGER_FUNCTION}")
        op.execute(f"DROP FUNCTION {FUNCTION}")
    with op.batch_alter_table("accounts") as batch:
        for column in reversed(COLUMNS):
            batch.drop_column(column)
    if op.get_bind().dialect.name == "sqlite":  # the rebuild dropped them
        _revision("0012").create_sqlite_triggers()  # type: ignore[attr-defined]
