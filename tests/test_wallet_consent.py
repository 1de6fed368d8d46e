"""Issue 16, slice 5: a customer's PIN or card before their wallet pays (migration 0021).

Through the services on both databases (SQLite: Python's check; PostgreSQL: the server's
``pos_customer_consent`` in the sale's transaction), the same attempts give the same
refusals, counts and locks as the rules in ``pos_app.domain.wallet_consent`` say; and as
the counters' role with a cashier's session, raw SQL cannot spend a wallet unasked."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import People, QuickHasher
from helpers import CARDS, CONSENT, PIN, cart, new_customer, new_product
from sqlalchemy import select, update
from test_server_sessions import (
    a_sale,
    app_sql,
    present,
    provisioned_store,
    sign_in,
    store,
    superuser,
)

from pos_app.data import models
from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.repositories.sale_writer import CONSENT_CALL, RECORD_SALE_CALL
from pos_app.domain.errors import PermissionDeniedError, ValidationError
from pos_app.domain.wallet_consent import (
    PIN_LOCKOUT_AFTER,
    ConsentMode,
    PinState,
    Refusal,
    WalletConsent,
    WalletConsentRefused,
    after_pin,
    new_pin,
)
from pos_app.services import Services, build_services
from pos_app.services.offline import OfflineSalesService
from pos_app.services.records import Actor, CartLine, CheckoutRequest

# The fixtures of the provisioned store, shared with the server-session tests.
__all__ = ["app_sql", "provisioned_store", "store"]

WRONG = WalletConsent(pin="7391")


@pytest.fixture
def shop(services: Services, people: People) -> tuple[int, int]:
    """A customer with 100.00 and the PIN of the helpers, and a product at 5.00."""
    customer = new_customer(services, people.admin, "wallet.owner", balance="100.00")
    product = new_product(services, people.admin, price="5.00", stock=100)
    return customer.id, product.id


def pay(
    services: Services, people: People, shop: tuple[int, int], consent: WalletConsent | None
) -> Any:
    customer_id, product_id = shop
    return services.sales.checkout(
        people.cashier, cart((product_id, 1), customer_id=customer_id, consent=consent)
    )


def state(db: Database, customer_id: int) -> tuple[int, Any, int, int]:
    """(failed PINs, locked until, wallet balance in cents, sales)."""

    def work(tx: Any) -> tuple[int, Any, int, int]:
        account = tx.session.execute(
            select(models.Account.failed_pins, models.Account.pin_locked_until).where(
                models.Account.id == customer_id
            )
        ).one()
        balance = tx.session.scalar(
            select(models.Wallet.balance_cents).where(models.Wallet.account_id == customer_id)
        )
        sales = len(tx.session.scalars(select(models.Sale.id)).all())
        return account[0], account[1], balance, sales

    return db.read(work)


def end_the_lock(db: Database, customer_id: int) -> None:
    """As if the 15 minutes had passed."""
    past = models.utcnow() - timedelta(seconds=1)

    def work(tx: Any) -> None:
        tx.session.execute(
            update(models.Account)
            .where(models.Account.id == customer_id)
            .values(pin_locked_until=past)
        )

    db.write(work)


# -- the rules ------------------------------------------------------------------------------


@pytest.mark.parametrize("pin", ["0000", "1234", "9876", "55555", "123456", "654321", "98765"])
def test_easy_pins_are_refused(pin: str) -> None:
    with pytest.raises(ValidationError, match="too easy"):
        new_pin(pin)


@pytest.mark.parametrize("pin", ["", "123", "1234567", "12a4", "12 34", None, 2580])
def test_a_pin_is_four_to_six_digits(pin: object) -> None:
    with pytest.raises(ValidationError, match="4 to 6 digits"):
        new_pin(pin)


@pytest.mark.parametrize("pin", ["2580", "1357", "0012", "998877", "123457"])
def test_other_pins_are_taken(pin: str) -> None:
    assert new_pin(pin) == pin


# -- at checkout, on both databases -------------------------------------------------------


def test_no_consent_refuses_the_wallet_and_writes_nothing(
    db: Database, services: Services, people: People, shop: tuple[int, int]
) -> None:
    before = state(db, shop[0])
    for nothing in (None, WalletConsent(), WalletConsent(pin="  ")):
        with pytest.raises(WalletConsentRefused, match="needs the customer's PIN or card"):
            pay(services, people, shop, nothing)
    assert state(db, shop[0]) == before
    sale = pay(services, people, shop, CONSENT)
    assert sale.wallet_balance_after == Decimal("95.00")
    # Cash with a customer attached needs nothing from them.
    customer_id, product_id = shop
    services.sales.checkout(
        people.cashier,
        cart((product_id, 1), customer_id=customer_id, cash_tendered="5.00", consent=None),
    )
    assert state(db, customer_id)[2:] == (9500, 2)


def test_wrong_pins_count_lock_for_15_minutes_and_the_lock_ends(
    db: Database, services: Services, people: People, shop: tuple[int, int]
) -> None:
    customer_id = shop[0]
    for tries_left in range(PIN_LOCKOUT_AFTER - 1, 0, -1):
        with pytest.raises(WalletConsentRefused) as refused:
            pay(services, people, shop, WRONG)
        assert refused.value.refusal == Refusal.WRONG_PIN
        assert refused.value.tries_left == tries_left
        assert f"Tries left before the PIN locks: {tries_left}" in refused.value.message
    assert state(db, customer_id)[0] == PIN_LOCKOUT_AFTER - 1
    with pytest.raises(WalletConsentRefused, match="Too many wrong PINs") as refused:
        pay(services, people, shop, WRONG)
    failed, locked_until, balance, sales = state(db, customer_id)
    assert (failed, balance, sales) == (0, 10000, 0)
    assert locked_until is not None
    assert timedelta(minutes=14) < locked_until - models.utcnow() <= timedelta(minutes=15)
    assert refused.value.locked_until == locked_until
    # While locked: the right PIN is refused, and wrong ones neither count nor extend it.
    for consent in (CONSENT, WRONG, WRONG):
        with pytest.raises(WalletConsentRefused, match="locked until"):
            pay(services, people, shop, consent)
    assert state(db, customer_id) == (0, locked_until, 10000, 0)
    end_the_lock(db, customer_id)
    assert pay(services, people, shop, CONSENT).wallet_balance_after == Decimal("95.00")
    failed, locked_until, balance, sales = state(db, customer_id)
    assert (failed, locked_until, balance, sales) == (0, None, 9500, 1)
    audit = services.audit.search(people.admin, action="lockout").items
    assert [entry.detail for entry in audit] == ["5 wrong wallet PINs: PIN locked for 15 minutes"]


def test_the_same_attempts_give_what_the_rules_say(
    db: Database, services: Services, people: People, shop: tuple[int, int]
) -> None:
    """Conformance: on SQLite Python decides, on PostgreSQL the server's function does;
    both must follow ``after_pin`` step by step."""
    attempts = [WRONG, WRONG, CONSENT, WRONG, WRONG, WRONG, WRONG, WRONG, WRONG, CONSENT]
    expected = []
    rules = PinState(0, None)
    now = models.utcnow()
    for consent in attempts:
        verdict = after_pin(rules, consent == CONSENT, now)
        rules = verdict.state
        expected.append((verdict.refusal, verdict.tries_left, rules.failed, rules.locked(now)))
    seen = []
    for consent in attempts:
        refusal, tries_left = None, None
        try:
            pay(services, people, shop, consent)
        except WalletConsentRefused as exc:
            refusal, tries_left = exc.refusal, exc.tries_left
        failed, locked_until, _, _ = state(db, shop[0])
        seen.append((refusal, tries_left, failed, locked_until is not None))
    assert seen == expected


def test_a_card_scan_pays_and_a_replaced_card_no_longer_does(
    db: Database, services: Services, people: People, shop: tuple[int, int]
) -> None:
    customer_id = shop[0]
    bare = services.customers.register(
        people.admin, username="no.card", password="customer-pass-1", name="No Card", age=30
    )
    with pytest.raises(WalletConsentRefused, match="cannot be paid by card scan"):
        pay(services, people, (bare.id, shop[1]), WalletConsent(card="0" * 20))
    first = services.customers.issue_card(people.manager, customer_id)
    assert len(first) == 20
    assert pay(
        services, people, shop, WalletConsent(card=first.lower() + " ")
    ).wallet_balance_after == Decimal("95.00")
    second = services.customers.issue_card(people.manager, customer_id)
    assert second != first
    for wrong in (first, "not a card", "F" * 20):
        with pytest.raises(WalletConsentRefused, match="not the customer's card"):
            pay(services, people, shop, WalletConsent(card=wrong))
    pay(services, people, shop, WalletConsent(card=second))
    assert state(db, customer_id)[2:] == (9000, 2)
    # Wrong card scans never lock the PIN.
    assert state(db, customer_id)[:2] == (0, None)


@pytest.mark.parametrize(
    ("mode", "pin_says", "card_says"),
    [
        (ConsentMode.PIN, None, "cannot be paid by card scan"),
        (ConsentMode.CARD, "cannot be paid by PIN", None),
        (ConsentMode.PIN_OR_CARD, None, None),
    ],
)
def test_the_store_chooses_pin_card_or_either(
    db: Database,
    services: Services,
    people: People,
    shop: tuple[int, int],
    mode: ConsentMode,
    pin_says: str | None,
    card_says: str | None,
) -> None:
    code = services.customers.issue_card(people.manager, shop[0])
    with pytest.raises(PermissionDeniedError):
        services.customers.set_consent_mode(people.cashier, mode.value)
    assert services.customers.set_consent_mode(people.manager, mode.value) == mode
    assert services.customers.consent_mode(people.cashier) == mode
    for consent, says in ((CONSENT, pin_says), (WalletConsent(card=code), card_says)):
        if says is None:
            pay(services, people, shop, consent)
        else:
            with pytest.raises(WalletConsentRefused, match=says):
                pay(services, people, shop, consent)
    with pytest.raises(WalletConsentRefused, match="needs the") as refused:
        pay(services, people, shop, None)
    assert (
        refused.value.message
        == {
            ConsentMode.PIN: "Paying from the wallet needs the customer's PIN",
            ConsentMode.CARD: "Paying from the wallet needs the scan of the customer's card",
            ConsentMode.PIN_OR_CARD: "Paying from the wallet needs the customer's PIN or card",
        }[mode]
    )
    with pytest.raises(ValidationError):
        services.customers.set_consent_mode(people.manager, "fingerprint")


def test_only_a_manager_sets_a_pin_typed_twice_and_it_clears_a_lock(
    db: Database, services: Services, people: People, shop: tuple[int, int]
) -> None:
    customer_id = shop[0]
    with pytest.raises(PermissionDeniedError):
        services.customers.set_pin(people.cashier, customer_id, "4826", "4826")
    with pytest.raises(PermissionDeniedError):
        services.customers.issue_card(people.cashier, customer_id)
    with pytest.raises(ValidationError, match="differ"):
        services.customers.set_pin(people.manager, customer_id, "4826", "4862")
    with pytest.raises(ValidationError, match="too easy"):
        services.customers.set_pin(people.manager, customer_id, "1111", "1111")
    for _ in range(PIN_LOCKOUT_AFTER):
        with pytest.raises(WalletConsentRefused):
            pay(services, people, shop, WRONG)
    services.customers.set_pin(people.manager, customer_id, "4826", "4826")
    assert state(db, customer_id)[:2] == (0, None)
    with pytest.raises(WalletConsentRefused):
        pay(services, people, shop, CONSENT)  # the old PIN
    pay(services, people, shop, WalletConsent(pin="4826"))
    details = [e.detail for e in services.audit.search(people.admin, action="password_reset").items]
    assert details.count("wallet PIN set") == 1  # the manager's
    assert "4826" not in " ".join(details)


# -- offline (issue 15): the card's scan, checked here and again at sync -------------------


def test_offline_the_wallet_pays_only_by_the_card_checked_again_at_sync(
    db: Database, services: Services, people: People, shop: tuple[int, int], tmp_path: Path
) -> None:
    customer_id, product_id = shop
    services.taxes.update_settings(
        people.manager, {"store_credit_offline": True, "offline_credit_allowance": "20.00"}
    )
    till = OfflineSalesService(db, CounterFile(tmp_path / "T1.sqlite"))
    assert till.refresh_catalogue().complete
    code = CARDS[customer_id]
    assert till.reserve_credit(people.cashier, customer_id, "T1") is not None

    def sell(consent: WalletConsent | None) -> Any:
        request = CheckoutRequest(
            sale_uuid=str(uuid.uuid4()),
            lines=(CartLine(product_id, 1, Decimal("5.00")),),
            counter="T1",
            customer_id=customer_id,
            consent=consent,
        )
        return till.sell(people.cashier, request)

    for consent, says in (
        (None, "pays only by the scan of the customer's card"),
        (CONSENT, "pays only by the scan of the customer's card"),
        (WalletConsent(card="F" * 20), "not the customer's card"),
    ):
        with pytest.raises(WalletConsentRefused, match=says):
            sell(consent)
    assert till.waiting_count() == 0
    assert sell(WalletConsent(card=code.lower())).wallet == Decimal("5.00")
    # A card replaced before the sale arrives: the server refuses it, and it is set aside.
    second = sell(WalletConsent(card=code))
    assert second.wallet == Decimal("5.00")
    report = till.sync_once()
    assert (report.sent, report.set_aside) == (2, 0)
    assert state(db, customer_id)[2:] == (9000, 2)
    assert till.reserve_credit(people.cashier, customer_id, "T1") is not None  # spent: anew
    sell(WalletConsent(card=code))
    services.customers.issue_card(people.manager, customer_id)
    report = till.sync_once()
    assert (report.sent, report.set_aside) == (0, 1)
    assert state(db, customer_id)[2:] == (9000, 2)


# -- the server, as the counters' role -----------------------------------------------------


def customer_with_pin(store: tuple[str, str, People, int]) -> int:
    db = Database(store[0])
    try:
        services = build_services(db, hasher=QuickHasher())
        return new_customer(services, Actor.system(), "wallet.owner", balance="100.00").id
    finally:
        db.dispose()


def wallet_sale(conn: psycopg.Connection[Any], cashier: int, product: int, customer: int) -> Any:
    version = conn.execute("SELECT version FROM pricing_state").fetchone()
    assert version is not None
    params = a_sale(cashier, product, version[0])
    params.update(customer_id=customer, wallet=500, cash=0, tendered=None)
    return conn.execute(RECORD_SALE_CALL, params).fetchone()


@pytest.mark.postgres_only
def test_the_counters_role_cannot_spend_a_wallet_unasked(
    store: tuple[str, str, People, int], app_sql: psycopg.Connection[Any]
) -> None:
    _super_url, _app_url, people, product_id = store
    customer = customer_with_pin(store)
    cashier = people.cashier.account_id
    assert cashier is not None
    present(app_sql, sign_in(app_sql, "cashier1", "staff-pass-1"))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        app_sql.execute("SELECT pin_hash FROM accounts")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not even a manager's trick
        app_sql.execute("UPDATE accounts SET consent_xid = pg_current_xact_id()::text::bigint")
    # A sale with a wallet part, with no consent and with a wrong PIN.
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="pos_wallet_consent"):
        wallet_sale(app_sql, cashier, product_id, customer)
    with app_sql.transaction():
        row = app_sql.execute(CONSENT_CALL, (customer, WRONG.pin, "")).fetchone()
        assert row is not None and row[:3] == (False, "wrong_pin", PIN_LOCKOUT_AFTER - 1)
        with (
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="pos_wallet_consent"),
            app_sql.transaction(),  # a savepoint
        ):
            wallet_sale(app_sql, cashier, product_id, customer)
    # A consent holds for its own transaction only.
    with app_sql.transaction():
        row = app_sql.execute(CONSENT_CALL, (customer, PIN, "")).fetchone()
        assert row is not None and row[0] is True
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="pos_wallet_consent"):
        wallet_sale(app_sql, cashier, product_id, customer)
    with app_sql.transaction():
        app_sql.execute(CONSENT_CALL, (customer, PIN, ""))
        sold = wallet_sale(app_sql, cashier, product_id, customer)
    assert sold is not None and sold[4] == 9500
    # The wrong PIN stayed counted (then the right one cleared it); nothing else moved.
    with superuser(store) as conn:
        rows = conn.execute(
            "SELECT e.amount_cents FROM wallet_entries e JOIN wallets w ON w.id = e.wallet_id "
            "WHERE w.account_id = %s ORDER BY e.id",
            (customer,),
        ).fetchall()
        denied = conn.execute(
            "SELECT actor_username, detail FROM audit_entries WHERE action = 'permission_denied'"
        ).fetchall()
    assert rows == [(10000,), (-500,)]
    assert denied == [("cashier1", "wrong wallet PIN")]


@pytest.mark.postgres_only
def test_the_app_as_the_counters_role_sets_keys_and_pays_with_them(
    store: tuple[str, str, People, int],
) -> None:
    _super_url, app_url, _people, product_id = store
    customer = customer_with_pin(store)
    db = Database(app_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        cashier = services.auth.sign_in("cashier1", "staff-pass-1", counter="Till 9")
        request = cart((product_id, 1), customer_id=customer, consent=WRONG)
        with pytest.raises(WalletConsentRefused, match="Tries left before the PIN locks: 4"):
            services.sales.checkout(cashier, request)
        sale = services.sales.checkout(cashier, cart((product_id, 1), customer_id=customer))
        assert sale.wallet_balance_after == Decimal("95.00")
        with pytest.raises(PermissionDeniedError):  # a cashier sets no PIN
            services.customers.set_pin(cashier, customer, "4826", "4826")
        # A manager's session sets the PIN and issues a card (the role reads no PIN hash).
        manager = services.auth.sign_in("manager1", "staff-pass-1", counter="Till 9")
        services.customers.set_pin(manager, customer, "4826", "4826")
        code = services.customers.issue_card(manager, customer)
        assert services.customers.get(manager, customer).username == "wallet.owner"
        for consent in (WalletConsent(pin="4826"), WalletConsent(card=code)):
            services.sales.checkout(
                cashier, cart((product_id, 1), customer_id=customer, consent=consent)
            )
        with pytest.raises(WalletConsentRefused):
            services.sales.checkout(
                cashier, cart((product_id, 1), customer_id=customer, consent=CONSENT)
            )
        assert services.wallets.balance(manager, customer) == Decimal("85.00")
    finally:
        db.dispose()
