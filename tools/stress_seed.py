"""The small, hot store the stress runs start from, and the config their counters read."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

from pos_app.data.database import Database
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import Category, Role
from pos_app.domain.money import from_cents
from pos_app.domain.wallet_consent import WalletConsent, card_hash
from pos_app.services import build_services
from pos_app.services.base import add_account
from pos_app.services.passwords import PasswordHasher
from pos_app.services.records import AccountId, Actor
from pos_app.services.wallet_consent import hash_pin

#: The wallet PIN of every stress customer (issue 16: the wallet pays with it).
STRESS_PIN = "2580"


def stress_card(customer_id: int) -> str:
    """The code of the card a stress customer has (their wallet pays offline by it)."""
    return hashlib.sha256(f"stress-card-{customer_id}".encode()).hexdigest()[:20].upper()


def stress_consent(customer_id: int | None) -> WalletConsent | None:
    """What a stress customer gives at the counter: their card's scan and their PIN."""
    if customer_id is None:
        return None
    return WalletConsent(pin=STRESS_PIN, card=stress_card(customer_id))


STAFF_PASSWORD = "stress-pass-1"


def seed_store(
    db: Database,
    *,
    products: int,
    stock: tuple[int, int],
    customers: int,
    balance_cents: tuple[int, int],
    rng: random.Random,
) -> dict[str, Any]:
    """Staff, products and customers with wallets, through the services where money or
    stock moves (so that the ledgers add up from the first row). Returns what a counter
    needs to know: actors, product prices, customer ids."""
    password_hash = PasswordHasher(10).hash(STAFF_PASSWORD)
    pin_hash = hash_pin(STRESS_PIN, 10)

    def people(tx: Transaction) -> dict[str, Any]:
        made: dict[str, Any] = {}
        for role in (Role.CASHIER, Role.MANAGER):
            account = add_account(
                tx,
                username=f"stress_{role.value}",
                name=f"Stress {role.value}",
                role=role,
                password_hash=password_hash,
            )
            made[role.value] = {"id": account.id, "username": account.username}
        ids = []
        for n in range(customers):
            account = add_account(
                tx,
                username=f"shopper{n:03d}",
                name=f"Shopper {n}",
                role=Role.CUSTOMER,
                password_hash=password_hash,
                age=30,
                marital_status="single",
                pin_hash=pin_hash,
            )
            account.card_hash = card_hash(stress_card(account.id))
            ids.append(account.id)
        made["customers"] = ids
        return made

    made = db.write(people)
    services = build_services(db, bcrypt_cost=10)
    manager = Actor(AccountId(made["manager"]["id"]), "stress_manager", Role.MANAGER, "Stress")
    categories = list(Category)
    prices: dict[int, int] = {}
    for n in range(products):
        product = services.inventory.add(
            manager,
            name=f"Stress item {n:02d}",
            category=categories[n % len(categories)].value,
            price=from_cents(rng.randint(100, 3000)),
            stock=rng.randint(*stock),
        )
        prices[product.id] = int(product.price * 100)
    for customer in made["customers"]:
        services.wallets.top_up(
            manager,
            customer,
            from_cents(rng.randint(*balance_cents)),
            "Opening balance",
            method="cash",
        )
    return {
        "cashier": made["cashier"],
        "manager": made["manager"],
        "customers": made["customers"],
        "prices": {str(k): v for k, v in prices.items()},
    }


def write_config(path: Path, config: dict[str, Any]) -> None:
    path.write_text(json.dumps(config, indent=1), encoding="utf-8")
