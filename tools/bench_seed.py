"""Data for `make bench`: a 100,000-product SQLite catalogue (cached under /tmp between
runs while the schema head is the same) and a small catalogue for the counter tests.

Products go in through ``InventoryService.import_products``, as a store's CSV import
would; customers, wallets and reviews are inserted in bulk through the data layer with
one precomputed bcrypt hash, because 20,000 bcrypt hashes would take minutes."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.migrate import (
    MIGRATIONS_DIR,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import Category, MaritalStatus, ReviewStatus, Role, WalletEntryKind
from pos_app.domain.errors import PosError
from pos_app.domain.money import from_cents
from pos_app.services import Services, build_services
from pos_app.services.base import add_account
from pos_app.services.demo import FIRST_NAMES, LAST_NAMES, PRODUCT_ADJECTIVES, PRODUCT_NOUNS
from pos_app.services.passwords import MIN_COST, PasswordHasher
from pos_app.services.records import AccountId, Actor, CartLine, CheckoutRequest

#: Bump when what the seed makes changes, so an old cached file is not reused.
SEED_VERSION = 2
CACHE_DIR = Path(tempfile.gettempdir()) / "pos_bench_cache"
STAFF_PASSWORD = "bench-pass-1"
STAFF = (("owner", Role.ADMIN), ("manager1", Role.MANAGER), ("cashier1", Role.CASHIER))
IMPORT_BATCH = 20_000


def barcode_of(n: int) -> str:
    """The barcode of the n-th seeded product (1-based), 13 digits like an EAN."""
    return f"200{n:010d}"


@dataclass(frozen=True)
class StaffIds:
    admin: Actor
    manager: Actor
    cashier: Actor


def product_rows(
    first: int, count: int, rng: random.Random, stock: int | None = None
) -> list[dict[str, str]]:
    """CSV-like rows as the import takes them; ``stock`` fixes every product's stock."""
    categories = list(Category)
    nouns = PRODUCT_NOUNS
    rows = []
    for n in range(first, first + count):
        category = categories[n % len(categories)]
        rows.append(
            {
                "name": f"{rng.choice(PRODUCT_ADJECTIVES)} {rng.choice(nouns[category])} {n}",
                "category": category.value,
                "price": f"{rng.randint(99, 19999) / 100:.2f}",
                "description": f"Bench product number {n}",
                "stock": str(stock if stock is not None else rng.randint(0, 500)),
                "barcode": barcode_of(n),
            }
        )
    return rows


def add_staff(db: Database, password_hash: str) -> StaffIds:
    """An admin, a manager and a cashier, each with a wallet row like every account."""

    def work(tx: Transaction) -> StaffIds:
        made: dict[Role, Actor] = {}
        for username, role in STAFF:
            account = add_account(
                tx,
                username=username,
                name=f"Bench {role.value.title()}",
                role=role,
                password_hash=password_hash,
            )
            made[role] = Actor(AccountId(account.id), username, role, account.name)
        return StaffIds(made[Role.ADMIN], made[Role.MANAGER], made[Role.CASHIER])

    return db.write(work)


def staff_of(db: Database) -> StaffIds:
    """The seeded staff of an existing bench database."""

    def work(tx: Transaction) -> StaffIds:
        found: dict[Role, Actor] = {}
        for username, role in STAFF:
            account = tx.accounts.by_username(username)
            assert account is not None, f"bench database has no {username}"
            found[role] = Actor(AccountId(account.id), username, role, account.name)
        return StaffIds(found[Role.ADMIN], found[Role.MANAGER], found[Role.CASHIER])

    return db.read(work)


def import_catalogue(
    services: Services, actor: Actor, count: int, rng: random.Random, stock: int | None = None
) -> None:
    for start in range(1, count + 1, IMPORT_BATCH):
        rows = product_rows(start, min(IMPORT_BATCH, count - start + 1), rng, stock)
        report = services.inventory.import_products(actor, rows)
        if report.errors:
            raise PosError(f"bench products refused: {report.errors[0].message}")


def add_customers(db: Database, count: int, password_hash: str, rng: random.Random) -> list[int]:
    """``count`` customers with topped-up wallets (a ledger row per top-up), in bulk."""
    now = models.utcnow()
    accounts: list[dict[str, Any]] = []
    for n in range(1, count + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        accounts.append(
            {
                "username": f"{first.lower()}.{last.lower()}{n}",
                "name": f"{first} {last}",
                "age": rng.randint(18, 90),
                "address": f"{rng.randint(1, 200)} Market Street",
                "gender": rng.choice(("female", "male", "")),
                "marital_status": rng.choice(list(MaritalStatus)).value,
                "role": Role.CUSTOMER.value,
                "password_hash": password_hash,
                "active": True,
                "failed_sign_ins": 0,
                "created_at": now,
            }
        )

    def work(tx: Transaction) -> list[int]:
        session = tx.session
        ids = [
            int(row[0])
            for row in session.execute(
                insert(models.Account).returning(models.Account.id, sort_by_parameter_order=True),
                accounts,
            )
        ]
        balances = [rng.choice((0, 2000, 5000, 10000, 25000)) for _ in ids]
        wallet_ids = [
            int(row[0])
            for row in session.execute(
                insert(models.Wallet).returning(models.Wallet.id, sort_by_parameter_order=True),
                [{"account_id": a, "balance_cents": b} for a, b in zip(ids, balances, strict=True)],
            )
        ]
        entries = [
            {
                "wallet_id": w,
                "kind": WalletEntryKind.TOP_UP.value,
                "amount_cents": b,
                "balance_after_cents": b,
                "reason": "Bench top-up",
                "created_at": now,
            }
            for w, b in zip(wallet_ids, balances, strict=True)
            if b
        ]
        if entries:
            session.execute(insert(models.WalletEntry), entries)
        return ids

    return db.write(work)


def add_reviews(
    db: Database, customers: list[int], products: int, count: int, rng: random.Random
) -> None:
    """Approved and waiting reviews spread over the catalogue (one per customer and product)."""
    now = models.utcnow()
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < count:
        pairs.add((rng.choice(customers), rng.randint(1, products)))
    rows = [
        {
            "customer_id": customer,
            "product_id": product,
            "rating": rng.randint(1, 5),
            "comment": rng.choice(("Great value", "Does the job", "Would buy again", "")),
            "status": (
                ReviewStatus.APPROVED.value
                if rng.random() < 0.7
                else ReviewStatus.NEEDS_APPROVAL.value
            ),
            "created_at": now,
            "updated_at": now,
        }
        for customer, product in sorted(pairs)
    ]

    def work(tx: Transaction) -> None:
        # product ids follow import order: 1..products in the fresh database this fills
        tx.session.execute(insert(models.Review), rows)

    db.write(work)


def add_sales(
    services: Services, cashier: Actor, product_ids: list[int], count: int, rng: random.Random
) -> None:
    """Some cash sales through the real checkout, so history and best sellers are not empty."""
    for _ in range(count):
        lines = tuple(CartLine(pid, 1) for pid in rng.sample(product_ids, rng.randint(1, 4)))
        request = CheckoutRequest(str(uuid.uuid4()), lines, counter="Bench seed")
        try:
            services.sales.checkout(cashier, request)
        except PosError:
            continue  # out of stock: a real till refuses too


def build_catalogue(path: Path, products: int, customers: int) -> None:
    """A fresh SQLite file with the big catalogue, staff, customers, reviews and sales."""
    rng = random.Random(20240601)
    db = Database(f"sqlite:///{path}")
    try:
        upgrade_to_head(db)
        services = build_services(db, bcrypt_cost=MIN_COST)
        password_hash = PasswordHasher(MIN_COST).hash(STAFF_PASSWORD)
        staff = add_staff(db, password_hash)
        import_catalogue(services, staff.manager, products, rng)
        customer_ids = add_customers(db, customers, password_hash, rng)
        add_reviews(db, customer_ids, products, min(5_000, products), rng)
        first_ids = db.read(lambda tx: [p.id for p in tx.products.after(0, 500)])
        add_sales(services, staff.cashier, first_ids, 300, rng)
    finally:
        db.dispose()


def migrations_digest() -> str:
    """A short hash of the migration scripts: a head edited in place is a new schema too."""
    digest = hashlib.sha256()
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(script.name.encode())
        digest.update(script.read_bytes())
    return digest.hexdigest()[:10]


def cached_catalogue(
    products: int = 100_000, customers: int = 20_000, rebuild: bool = False, log: Any = print
) -> Path:
    """The cached big catalogue for this schema head, built first if missing or stale."""
    head = head_revision()
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    name = f"catalogue-{products}p-{customers}c-v{SEED_VERSION}-{head}-{migrations_digest()}.db"
    path = CACHE_DIR / name
    if path.exists() and not rebuild:
        db = Database(f"sqlite:///{path}")
        try:
            fresh = current_revision(db) == head
        finally:
            db.dispose()
        if fresh:
            log(f"using the cached catalogue {path}")
            return path
    for stale in CACHE_DIR.glob(f"catalogue-{products}p-{customers}c-*.db*"):
        stale.unlink(missing_ok=True)
    log(f"seeding {products:,} products and {customers:,} customers into {path} (cached) …")
    started = time.perf_counter()
    building = path.with_name(f"{path.stem}.building-{os.getpid()}.db")
    try:
        build_catalogue(building, products, customers)
        for suffix in ("-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        building.replace(path)
    finally:
        building.unlink(missing_ok=True)
    log(f"seeded in {time.perf_counter() - started:.1f} s")
    return path


def working_copy(cached: Path, folder: Path) -> Path:
    """A copy the bench may write to; the cached file stays as built."""
    target = folder / "catalogue.db"
    shutil.copyfile(cached, target)
    return target


def small_catalogue(
    url: str, products: int = 400, stock: int = 100_000_000
) -> tuple[StaffIds, list[tuple[int, Decimal]]]:
    """Migrate ``url`` and fill it for the counter tests: staff and ``products`` with
    stock so large that no run sells out. Returns the staff and (product id, price)."""
    db = Database(url)
    try:
        upgrade_to_head(db)
        services = build_services(db, bcrypt_cost=MIN_COST)
        staff = add_staff(db, PasswordHasher(MIN_COST).hash(STAFF_PASSWORD))
        import_catalogue(services, staff.manager, products, random.Random(7), stock)
        catalogue = db.read(
            lambda tx: [(p.id, from_cents(p.price_cents)) for p in tx.products.after(0, products)]
        )
    finally:
        db.dispose()
    return staff, catalogue
