"""Small builders shared by the tests; they go through the real services."""

from __future__ import annotations

import functools
import uuid
from decimal import Decimal

import bcrypt

from pos_app.domain.errors import PosError
from pos_app.domain.wallet_consent import WalletConsent
from pos_app.services import Services
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor, CartLine, CheckoutRequest, Customer, Product, Sale

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


def give_keys(services: Services, actor: Actor, customer_id: int) -> None:
    """``PIN`` and a card (its code in ``CARDS``), set by ``actor`` if they may, else by
    pos-admin's operator. As the counters' role with a cashier's session nobody here may:
    the customer then has neither, until a manager gives them."""
    keeper = actor if allowed(actor.role, Op.CUSTOMER_UPDATE) else Actor.system()
    try:
        give_pin(services, customer_id, actor=keeper)
        CARDS[customer_id] = services.customers.issue_card(keeper, customer_id)
    except PosError:
        CARDS.pop(customer_id, None)


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
    give_keys(services, actor, customer.id)
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
