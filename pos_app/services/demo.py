"""Demo data for trying the app, screenshots and benchmarks: products, customers with
wallets, sales and reviews. A small store is made through the real services; a big one
(BULK_FROM and up: `pos-admin demo-data --products 1000000`) is written in batches by
``demo_bulk`` and ``demo_sales``, the same kinds of rows with the same invariants."""

from __future__ import annotations

import functools
import random
import secrets
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from pos_app.data.transaction import Transaction
from pos_app.domain.enums import Category, MaritalStatus, ReviewStatus, Role
from pos_app.domain.errors import PosError
from pos_app.domain.wallet_consent import WalletConsent
from pos_app.services.base import Service
from pos_app.services.customers import WalletService
from pos_app.services.demo_bulk import BulkDemo
from pos_app.services.demo_sales import add_sales
from pos_app.services.inventory import InventoryService
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import AccountId, Actor, CartLine, CheckoutRequest
from pos_app.services.reviews import ReviewService
from pos_app.services.sales import SalesService
from pos_app.services.staff import StaffService
from pos_app.services.taxes import read_settings
from pos_app.services.wallet_consent import hash_pin

DEMO_CUSTOMER_PASSWORD = "customer-pass"
#: The wallet PIN of every demo customer (issue 16: their wallet pays with it).
DEMO_WALLET_PIN = "1357"
#: The demo PIN is published above, so its hash needs no work factor: at the app's, each
#: demo sale paid from a wallet spent a quarter of a second checking it (a trial's 3,000
#: demo sales took 9 minutes).
DEMO_PIN_COST = 4
#: Who rings up the demo sales when pos-admin (no staff account) makes them: made once,
#: with random passwords (an admin resets one to sign in as them).
DEMO_CASHIERS = ("demo.cashier1", "demo.cashier2", "demo.cashier3")
PRODUCT_ADJECTIVES = (
    "Green",
    "Blue",
    "Red",
    "Organic",
    "Classic",
    "Smart",
    "Cosy",
    "Mini",
    "Pro",
    "Fresh",
)
#: Product names by category; a category managers added borrows the accessories' names.
PRODUCT_NOUNS: dict[str, tuple[str, ...]] = {
    Category.FOOD: ("Apples", "Coffee Beans", "Rye Bread", "Cheddar", "Olive Oil", "Honey"),
    Category.CLOTHES: ("T-Shirt", "Hoodie", "Jeans", "Socks", "Scarf", "Rain Jacket"),
    Category.ACCESSORIES: ("Backpack", "Wallet", "Sunglasses", "Umbrella", "Belt", "Watch"),
    Category.ELECTRONICS: ("Headphones", "USB Cable", "Power Bank", "Speaker", "Mouse", "Charger"),
}
FIRST_NAMES = ("Ana", "Ben", "Chloe", "David", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas")
LAST_NAMES = ("Smith", "Garcia", "Okafor", "Novak", "Tanaka", "Dubois", "Rossi", "Kowalski")


#: From this many products, customers or sales the demo data is written in bulk.
BULK_FROM = 20_000


def nouns_of(category: str) -> tuple[str, ...]:
    """Product names of a category; a category managers added borrows the accessories'."""
    return PRODUCT_NOUNS.get(category, PRODUCT_NOUNS[Category.ACCESSORIES])


@dataclass(frozen=True)
class DemoSummary:
    products: int
    customers: int
    sales: int
    reviews: int
    customer_password: str


def _staff_id(tx: Transaction, username: str) -> int | None:
    account = tx.accounts.by_username(username)
    return account.id if account is not None and account.role != Role.CUSTOMER.value else None


class _Counts(NamedTuple):
    """How many of each kind of demo record to add."""

    products: int
    customers: int
    sales: int
    reviews: int


@dataclass(frozen=True)
class _Plan:
    """Who adds the demo records, into which categories, numbered from where."""

    actor: Actor
    categories: list[str]
    start_products: int
    start_customers: int
    rng: random.Random
    days: int


class DemoDataService(Service):
    def generate(
        self,
        actor: Actor | None,
        *,
        products: int = 200,
        customers: int = 50,
        sales: int = 300,
        reviews: int = 100,
        seed: int = 1,
        bulk: bool | None = None,
        days: int = 365,
    ) -> DemoSummary:
        """Add demo records. A small store goes through the services, its sales made now;
        a big one (``bulk``; by default from BULK_FROM products, customers or sales) is
        written in batches by ``demo_bulk``, its sales spread over the ``days`` before
        today."""
        checked = authorize(actor, Op.STAFF_MANAGE)
        rng = random.Random(seed)
        inventory = InventoryService(self._db, self._hasher)
        start_customers, start_products, _ = self._db.read(lambda tx: tx.reports.counts())

        # the categories the store has now (managers may have renamed or retired the seed)
        categories = [c.name for c in inventory.categories(checked, include_retired=False)]
        if not categories:
            raise PosError("Demo products need an active category: add one in Inventory")
        if bulk is None:
            bulk = max(products, customers, sales) >= BULK_FROM
        make = self._bulk if bulk else self._one_by_one
        counts = _Counts(products, customers, sales, reviews)
        self.cashiers = self._cashiers(checked) if sales else [checked]
        return make(_Plan(checked, categories, start_products, start_customers, rng, days), counts)

    def _cashiers(self, checked: Actor) -> list[Actor]:
        """Who rang up the demo sales: the staff member making them, or, for pos-admin,
        the demo cashiers (a trial's demo sales had no cashier in the history, the CSV or
        the cashier filter)."""
        if checked.account_id is not None:
            return [checked]
        staff = StaffService(self._db, self._hasher)
        found = []
        for n, username in enumerate(DEMO_CASHIERS, 1):
            known = self._db.read(functools.partial(_staff_id, username=username))
            if known is None:
                member = staff.create(
                    checked,
                    username=username,
                    password=secrets.token_urlsafe(24),
                    name=f"Demo Cashier {n}",
                    role=Role.CASHIER.value,
                )
                known = member.id
            found.append(Actor(AccountId(known), username, Role.CASHIER, username, "Demo counter"))
        return found

    def _one_by_one(self, plan: _Plan, counts: _Counts) -> DemoSummary:  # noqa: PLR0915 - one pass that makes every kind of demo record in order
        """Through the services, as a person would, each sale now."""
        checked, categories, rng = plan.actor, plan.categories, plan.rng
        products, customers, sales, reviews = counts
        start_products, start_customers = plan.start_products, plan.start_customers
        inventory = InventoryService(self._db, self._hasher)
        rows = []
        for n in range(start_products + 1, start_products + products + 1):
            category = categories[n % len(categories)]
            nouns = nouns_of(category)
            rows.append(
                {
                    "name": f"{rng.choice(PRODUCT_ADJECTIVES)} {rng.choice(nouns)} {n}",
                    "category": category,
                    "price": f"{rng.randint(99, 19999) / 100:.2f}",
                    "description": f"Demo product number {n}",
                    "stock": str(rng.randint(0, 200) if n % 17 else rng.randint(0, 4)),
                    "barcode": f"200{n:010d}",
                }
            )
        for start in range(0, len(rows), 20_000):
            report = inventory.import_products(checked, rows[start : start + 20_000])
            if report.errors:
                raise PosError(f"Demo products refused: {report.errors[0].message}")

        password_hash = self._hasher.hash(DEMO_CUSTOMER_PASSWORD)
        pin_hash = hash_pin(DEMO_WALLET_PIN, DEMO_PIN_COST)

        def add_customers(tx: Transaction) -> list[tuple[int, str]]:
            made = []
            for n in range(start_customers + 1, start_customers + customers + 1):
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                username = "johndoe" if n == 1 else f"{first.lower()}.{last.lower()}{n}"
                account = dict(
                    username=username,
                    name=f"{first} {last}" if n != 1 else "John Doe",
                    age=rng.randint(18, 90),
                    address=f"{rng.randint(1, 200)} Market Street",
                    gender=rng.choice(("female", "male", "")),
                    marital_status=rng.choice(list(MaritalStatus)).value,
                    role=Role.CUSTOMER.value,
                    password_hash=password_hash,
                    pin_hash=pin_hash,
                )
                made.append(account)
            return [(a.id, a.username) for a in tx.accounts.add(made)]

        people = self._db.write(add_customers)
        wallets = WalletService(self._db, self._hasher)
        for account_id, _name in people:
            wallets.top_up(
                checked,
                account_id,
                Decimal(rng.choice((20, 50, 100, 250))),
                "Demo top-up",
                method=rng.choice(("cash", "card")),
            )

        catalogue = self._db.read(
            lambda tx: [
                (p.id, p.stock) for p in tx.products.after(0, 400) if p.active and p.stock > 0
            ]
        )
        sales_service = SalesService(self._db, self._hasher)
        bought: list[tuple[int, str, int]] = []
        made_sales = 0
        # A refused sale (out of stock, not enough credit: a real till refuses too) is
        # tried again as another cart, so that the count asked for is made while stock lasts.
        for attempt in range(3 * sales if catalogue else 0):
            if made_sales >= sales:
                break
            picks = rng.sample(catalogue, k=min(len(catalogue), rng.randint(1, 4)))
            lines = tuple(CartLine(pid, 1) for pid, _stock in picks)
            paid_by_wallet = people and rng.random() < 0.7 and attempt < 2 * sales
            customer = rng.choice(people) if paid_by_wallet else None
            request = CheckoutRequest(
                sale_uuid=str(uuid.uuid4()),
                lines=lines,
                customer_id=customer[0] if customer else None,
                wallet_amount=Decimal(0) if customer is None or rng.random() < 0.4 else None,
                counter="Demo counter",
                consent=WalletConsent(pin=DEMO_WALLET_PIN),  # the customer types it
            )
            try:
                sales_service.checkout(self.cashiers[attempt % len(self.cashiers)], request)
            except PosError:
                continue
            made_sales += 1
            if customer:
                bought.extend((customer[0], customer[1], pid) for pid, _stock in picks)

        review_service = ReviewService(self._db, self._hasher)
        made_reviews = 0
        done: set[tuple[int, int]] = set()
        comments = ("Great value", "Does the job", "Would buy again", "Not as pictured", "")
        for customer_id, username, product_id in bought:
            if made_reviews >= reviews or (customer_id, product_id) in done:
                continue
            done.add((customer_id, product_id))
            author = Actor(AccountId(customer_id), username, Role.CUSTOMER, username)
            review = review_service.submit(
                author, product_id, rng.randint(1, 5), rng.choice(comments)
            )
            outcome = rng.random()
            if outcome < 0.6:
                review_service.moderate(checked, review.id, ReviewStatus.APPROVED)
            elif outcome < 0.7:
                review_service.moderate(checked, review.id, ReviewStatus.FLAGGED)
            made_reviews += 1
        return DemoSummary(products, len(people), made_sales, made_reviews, DEMO_CUSTOMER_PASSWORD)

    def _bulk(self, plan: _Plan, counts: _Counts) -> DemoSummary:
        """In batches, the sales spread over the plan's days."""
        products, customers, sales, reviews = counts
        run = BulkDemo(self._db, plan.actor, plan.rng, plan.days)
        run.cashier_ids = [int(c.account_id) for c in self.cashiers if c.account_id is not None]
        run.bought_max = reviews * 4
        run.prices_include_tax = self._db.read(read_settings).prices_include_tax
        run.add_products(
            products, plan.start_products + 1, plan.categories, nouns_of, PRODUCT_ADJECTIVES
        )
        password_hash = self._hasher.hash(DEMO_CUSTOMER_PASSWORD)
        run.add_customers(
            customers, plan.start_customers + 1, password_hash, FIRST_NAMES, LAST_NAMES
        )
        made_sales = add_sales(run, sales)
        made_reviews = run.add_reviews(reviews)
        run.analyze()
        return DemoSummary(products, customers, made_sales, made_reviews, DEMO_CUSTOMER_PASSWORD)
