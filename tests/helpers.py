"""Small builders shared by the tests; they go through the real services."""

from __future__ import annotations

import functools
import importlib.util
import uuid
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import bcrypt
from sqlalchemy import update

from pos_app.data.models import Account
from pos_app.data.transaction import Transaction
from pos_app.domain.errors import PosError
from pos_app.domain.wallet_consent import WalletConsent, card_hash, new_card_code
from pos_app.services import Services
from pos_app.services.records import Actor, CartLine, CheckoutRequest, Customer, Product, Sale

#: The migrations, whose constants freeze what Python says (a test compares them).
MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations" / "versions"
PASSWORD = "customer-pass-1"
#: The wallet PIN every customer made here has (``new_customer``), and the consent that
#: ``cart`` gives by default for a cart with a customer (issue 16: a wallet pays with it).
PIN = "2580"
CONSENT = WalletConsent(pin=PIN)
#: The code of the card ``new_customer`` issued to each customer (by id, the latest):
#: offline, the wallet pays only by the scan of the card.
CARDS: dict[int, str] = {}


def consent_for(customer_id: int | None) -> WalletConsent | None:
    """What a customer made here gives at the counter: their card (when they have one
    from ``new_customer``; checked first) and their PIN."""
    if customer_id is None:
        return None
    return WalletConsent(pin=PIN, card=CARDS.get(customer_id, ""))


@functools.cache
def pin_hash() -> str:
    """``PIN``'s hash, for customer rows a test inserts itself (bcrypt's lowest cost)."""
    return bcrypt.hashpw(PIN.encode("ascii"), bcrypt.gensalt(4)).decode("ascii")


def give_pin(
    services: Services, customer_id: int, pin: str = PIN, actor: Actor | None = None
) -> None:
    """The customer's wallet PIN, as a manager sets it (typed twice by the customer)."""
    services.customers.set_pin(actor or Actor.system(), customer_id, pin, pin)


def give_keys(services: Services, customer_id: int) -> None:
    """``PIN`` and a card (its code in ``CARDS``), written straight to the customer's row
    as the store's owner would (no audit row: the tests' trails stay as they were). As the
    counters' role nobody may: the customer then has neither, until a manager gives them."""
    code = new_card_code()

    def work(tx: Transaction) -> None:
        tx.session.execute(
            update(Account)
            .where(Account.id == customer_id)
            .values(pin_hash=pin_hash(), card_hash=card_hash(code))
        )

    try:
        services.customers._db.write(work)
    except PosError:
        CARDS.pop(customer_id, None)
        return
    CARDS[customer_id] = code


def new_customer(
    services: Services, actor: Actor, username: str = "johndoe", balance: str = "0.00"
) -> Customer:
    customer = services.customers.register(
        actor,
        username=username,
        password=PASSWORD,
        name=username.title(),
        age=30,
        marital_status="single",
        address="1 Main Street",
        gender="",
    )
    give_keys(services, customer.id)
    if Decimal(balance) > 0:
        services.wallets.top_up(actor, customer.id, Decimal(balance), method="cash")
    return services.customers.get(actor, customer.id)


def new_product(
    services: Services,
    actor: Actor,
    name: str = "Green T-Shirt",
    price: str = "19.99",
    stock: int = 3,
    barcode: str | None = None,
    category: str = "clothes",
) -> Product:
    return services.inventory.add(
        actor, name=name, category=category, price=Decimal(price), stock=stock, barcode=barcode
    )


def cart(
    *lines: tuple[int, int], customer_id: int | None = None, **payment: object
) -> CheckoutRequest:
    return CheckoutRequest(
        sale_uuid=str(uuid.uuid4()),
        lines=tuple(CartLine(pid, qty) for pid, qty in lines),
        customer_id=customer_id,
        counter="Test counter",
        **{"consent": consent_for(customer_id), **payment},  # type: ignore[arg-type]
    )


def buy(services: Services, actor: Actor, customer_id: int, product_id: int, qty: int = 1) -> Sale:
    return services.sales.checkout(actor, cart((product_id, qty), customer_id=customer_id))


def migration(number: str) -> ModuleType:
    """The migration ``number`` ("0024") as a module, for the values it froze in SQL."""
    (path,) = MIGRATIONS.glob(f"{number}_*.py")
    spec = importlib.util.spec_from_file_location(f"pos_migration_{number}_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
