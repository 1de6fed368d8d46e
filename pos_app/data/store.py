"""Queries and conditional updates, one method each, over one open transaction (or, for
a sale on PostgreSQL, over a connection whose one write is a transaction of its own).

Services get a ``Store`` from ``Database.read``/``Database.write`` and never build SQL
themselves. Stock and wallet changes are single conditional UPDATEs: never read, compute,
write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, and_, bindparam, exists, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from pos_app.data.changes import (
    AUDIT,
    CHANNEL,
    CUSTOMERS,
    PRODUCTS,
    SALES,
    STAFF,
    STOCK,
    TABLE_TOPICS,
)
from pos_app.data.models import (
    Account,
    AuditEntry,
    Base,
    DayClosing,
    ParkedCart,
    Product,
    ProductCategory,
    Refund,
    RefundLine,
    Review,
    Sale,
    SaleLine,
    SalePayment,
    StockMovement,
    Wallet,
    WalletEntry,
)
from pos_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    PaymentMethod,
    Role,
    SaleStatus,
    StockMovementKind,
    WalletEntryKind,
)

M = TypeVar("M", bound=Base)
#: Where a session keeps the change topics of its transaction (``Session.info``), and
#: the feed that names this process in its notifications.
CHANGED = "pos_changed"
FEED = "pos_feed"
#: A search text of this many digits or more is taken for a barcode.
BARCODE_SEARCH_MIN = 6
#: First key of the advisory locks that serialise returns of one sale.
RETURNS_LOCK_SPACE = 7301
#: First key of the advisory lock pos_record_sale holds on its sale's UUID (hashtext).
SALE_LOCK_SPACE = 7302

PRODUCT_SORTS = {
    "name": Product.name_key,  # natural order: "Item 2" before "Item 10"
    "price": Product.price_cents,
    "stock": Product.stock,
    "category": Product.category,
    "id": Product.id,
}
CUSTOMER_SORTS = {
    "username": Account.username,
    "name": Account.name,
    "age": Account.age,
    "balance": Wallet.balance_cents,
    "created": Account.created_at,
}


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class WalletChange:
    wallet_id: int
    balance_after_cents: int


@dataclass(frozen=True)
class ProductForSale:
    """What checkout needs of a product: a plain row, no ORM object to load."""

    id: int
    name: str
    price_cents: int
    active: bool


@dataclass(frozen=True)
class SaleLineWrite:
    product_id: int
    quantity: int
    unit_price_cents: int  #: the price the counter charges: the product must still have it


@dataclass(frozen=True)
class SaleWrite:
    """A sale the service has checked, ready to be written as it is.

    ``lines`` are in product-id order. ``audit_detail`` may name the sale's number as
    ``{sale_id}``; it is known only once the sale row exists."""

    uuid: str
    customer_id: int | None
    cashier_id: int | None
    counter: str
    created_at: datetime
    total_cents: int
    lines: tuple[SaleLineWrite, ...]
    wallet_cents: int
    cash_cents: int
    tendered_cents: int | None
    card_cents: int  #: charged on the external card terminal
    card_reference: str  #: the terminal's approval code or last digits; "" if none typed
    actor_username: str
    actor_counter: str
    audit_detail: str


@dataclass(frozen=True)
class SaleWritten:
    sale_id: int
    line_ids: tuple[int, ...]  #: in the order of ``SaleWrite.lines``
    product_names: tuple[str, ...]  #: the same order
    customer_username: str | None
    wallet_balance_after_cents: int | None


class SaleRefused(Exception):
    """``write_sale`` found something no longer as the service saw it, and wrote nothing.
    ``what`` is "product" (``product_id``: gone, no longer sold, at another price or short
    of stock), "customer" (gone or deactivated) or "wallet" (it does not cover the
    amount). The service reads which and says why."""

    def __init__(self, what: str, product_id: int | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.product_id = product_id


#: How ``pos_record_sale`` (migrations 0004, 0005) says a conditional update matched nothing.
SALE_REFUSED = "pos_sale_refused"
RECORD_SALE_CALL = (
    "SELECT sale_id, line_ids, product_names, customer_username, wallet_balance_after "
    "FROM pos_record_sale("
    "%(uuid)s, %(customer_id)s, %(cashier_id)s, %(counter)s, %(created_at)s, %(total)s, "
    "%(product_ids)s, %(quantities)s, %(prices)s, %(wallet)s, %(cash)s, "
    "%(tendered)s, %(card)s, %(card_reference)s, %(actor_username)s, %(actor_counter)s, "
    "%(audit_detail)s)"
)

RECORD_SALE_AND_NOTIFY = RECORD_SALE_CALL.replace(
    " FROM pos_record_sale(", ", pg_notify(%(channel)s, %(payload)s) FROM pos_record_sale(", 1
)


def sale_topics(sale: SaleWrite) -> tuple[str, ...]:
    return (SALES, STOCK, AUDIT, CUSTOMERS) if sale.wallet_cents else (SALES, STOCK, AUDIT)


#: Built once: composing the statement cost about as much as running it.
_PRODUCTS_FOR_SALE = select(Product.id, Product.name, Product.price_cents, Product.active).where(
    Product.id.in_(bindparam("ids", expanding=True))
)


def note_flushed(session: Session, _context: Any, _instances: Any) -> None:
    """``before_flush``: note the change topics of the rows this flush writes."""
    topics: set[str] = session.info.setdefault(CHANGED, set())
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, Account):
            topics.add(CUSTOMERS if row.role == Role.CUSTOMER.value else STAFF)
        else:
            topics.update(TABLE_TOPICS.get(getattr(row, "__tablename__", ""), ()))


class Store:
    """The queries of one transaction.

    With ``one_statement`` (``Database.write(..., one_statement=True)`` on PostgreSQL) the
    session runs without a transaction around it: reads see the latest commits, and the
    one write must be a single statement, which is then its own transaction. Adding rows
    through the session is refused there, because each flush would commit on its own."""

    def __init__(
        self, session: Session, *, one_statement: bool = False, connection: Connection | None = None
    ) -> None:
        self.session = session
        self._connection = connection
        self.one_statement = one_statement

    @property
    def changed(self) -> set[str]:
        """The change topics (``pos_app.data.changes``) this transaction's writes touched:
        rows flushed through the session are noted by ``note_flushed``, and each
        conditional update names its own."""
        topics: set[str] = self.session.info.setdefault(CHANGED, set())
        return topics

    def touch(self, *topics: str) -> None:
        self.changed.update(topics)

    def _check_batched(self) -> None:
        if self.one_statement:
            raise AssertionError("a one-statement write makes no change outside write_sale")

    # -- generic -------------------------------------------------------------------------
    def connection(self) -> Connection:
        """The connection for Core statements: the one given, else the session's."""
        return self._connection if self._connection is not None else self.session.connection()

    def add(self, row: Base) -> None:
        self._check_batched()
        self.session.add(row)

    def add_all(self, rows: Iterable[Base]) -> None:
        self._check_batched()
        self.session.add_all(list(rows))

    def flush(self) -> None:
        self._check_batched()
        self.session.flush()

    def get(self, model: type[M], row_id: int) -> M | None:
        return self.session.get(model, row_id)

    def lock(self, model: type[M], row_id: int) -> M | None:
        """The row as it is now, locked until the end of the transaction (PostgreSQL)."""
        self._check_batched()  # no transaction to hold the lock
        return self.session.get(model, row_id, with_for_update=True, populate_existing=True)

    def fresh(self, model: type[M], row_id: int) -> M | None:
        """The row re-read from the database, not from this session's cache."""
        return self.session.get(model, row_id, populate_existing=True)

    def delete(self, row: Base) -> None:
        self._check_batched()
        self.session.delete(row)

    def _page(
        self, query: Select[*tuple[Any, ...]], offset: int, limit: int
    ) -> tuple[list[Any], int]:
        total = self.session.scalar(
            select(func.count()).select_from(query.order_by(None).subquery())
        )
        rows = list(self.session.execute(query.offset(offset).limit(limit)).all())
        return rows, int(total or 0)

    # -- accounts and wallets ------------------------------------------------------------
    def account_by_username(self, username: str) -> Account | None:
        return self.session.scalar(select(Account).where(Account.username == username))

    def wallet_of(self, account_id: int) -> Wallet | None:
        return self.session.scalar(select(Wallet).where(Wallet.account_id == account_id))

    def customers_page(
        self,
        text: str,
        include_inactive: bool,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
    ) -> tuple[list[tuple[Account, int]], int]:
        query = (
            select(Account, Wallet.balance_cents)
            .join(Wallet, Wallet.account_id == Account.id)
            .where(Account.role == Role.CUSTOMER.value)
        )
        if text:
            pattern = _like_pattern(text.lower())
            matches = [
                Account.username.like(pattern, escape="\\"),
                func.lower(Account.name).like(pattern, escape="\\"),
                func.lower(Account.email).like(pattern, escape="\\"),
                Account.phone.like(pattern, escape="\\"),
            ]
            digits = "".join(char for char in text if char.isdigit() or char == "+")
            if len(digits) >= 3:  # "0612 34" finds "06 12 34 56": spaces and dashes dropped
                bare = func.replace(func.replace(Account.phone, " ", ""), "-", "")
                matches.append(bare.like(_like_pattern(digits), escape="\\"))
            query = query.where(or_(*matches))
        if not include_inactive:
            query = query.where(Account.active.is_(True))
        column = CUSTOMER_SORTS.get(sort, Account.username)
        query = query.order_by(column.desc() if descending else column.asc(), Account.id)
        rows, total = self._page(query, offset, limit)
        return [(row[0], int(row[1])) for row in rows], total

    def staff(self) -> list[Account]:
        query = (
            select(Account).where(Account.role != Role.CUSTOMER.value).order_by(Account.username)
        )
        return list(self.session.scalars(query))

    def locked_accounts(self, now: datetime) -> list[Account]:
        query = select(Account).where(Account.locked_until > now).order_by(Account.username)
        return list(self.session.scalars(query))

    def count_staff(self, active_only: bool = True) -> int:
        query = select(func.count()).select_from(Account).where(Account.role != Role.CUSTOMER.value)
        if active_only:
            query = query.where(Account.active.is_(True))
        return int(self.session.scalar(query) or 0)

    def active_admin_ids(self) -> list[int]:
        """The active admins' ids, their rows locked (PostgreSQL) in id order, so that two
        admins changing each other's role take turns and cannot leave no admin at all."""
        self._check_batched()
        query = (
            select(Account.id)
            .where(Account.role == Role.ADMIN.value, Account.active.is_(True))
            .order_by(Account.id)
            .with_for_update()
        )
        return list(self.session.scalars(query))

    def account_has_history(self, account_id: int) -> bool:
        sold = exists().where(or_(Sale.customer_id == account_id, Sale.cashier_id == account_id))
        moved = exists().where(WalletEntry.wallet_id == Wallet.id, Wallet.account_id == account_id)
        return bool(self.session.scalar(select(or_(sold, moved))))

    def credit_wallet(self, account_id: int, cents: int) -> WalletChange | None:
        self._check_batched()
        self.touch(CUSTOMERS)
        result = self.session.execute(
            update(Wallet)
            .where(Wallet.account_id == account_id)
            .values(balance_cents=Wallet.balance_cents + cents)
            .returning(Wallet.id, Wallet.balance_cents)
        ).first()
        return None if result is None else WalletChange(result[0], result[1])

    def debit_wallet(self, account_id: int, cents: int) -> WalletChange | None:
        """Take ``cents`` if the balance covers it; None (and no change) otherwise."""
        self._check_batched()
        self.touch(CUSTOMERS)
        result = self.session.execute(
            update(Wallet)
            .where(Wallet.account_id == account_id, Wallet.balance_cents >= cents)
            .values(balance_cents=Wallet.balance_cents - cents)
            .returning(Wallet.id, Wallet.balance_cents)
        ).first()
        return None if result is None else WalletChange(result[0], result[1])

    def wallet_entries(
        self, account_id: int, offset: int, limit: int
    ) -> tuple[list[tuple[WalletEntry, str | None, str | None]], int]:
        actor = aliased(Account)
        query = (
            select(WalletEntry, actor.username, Sale.uuid)
            .join(Wallet, Wallet.id == WalletEntry.wallet_id)
            .outerjoin(actor, actor.id == WalletEntry.actor_id)
            .outerjoin(Sale, Sale.id == WalletEntry.sale_id)
            .where(Wallet.account_id == account_id)
            .order_by(WalletEntry.id.desc())
        )
        rows, total = self._page(query, offset, limit)
        return [(r[0], r[1], r[2]) for r in rows], total

    # -- product categories --------------------------------------------------------------
    def categories(self, *, lock: bool = False) -> list[tuple[ProductCategory, int]]:
        """Every category with its number of products, by name ignoring case. ``lock``
        holds every category row (PostgreSQL) so that two managers' changes to the names
        take turns: a name must stay unique ignoring case."""
        if lock:
            self._check_batched()
            self.session.execute(
                select(ProductCategory.id).order_by(ProductCategory.id).with_for_update()
            ).all()
        counts = (
            select(Product.category, func.count().label("n")).group_by(Product.category).subquery()
        )
        query = (
            select(ProductCategory, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.category == ProductCategory.name)
            .order_by(func.lower(ProductCategory.name), ProductCategory.id)
            .execution_options(populate_existing=True)
        )
        return [(row[0], int(row[1])) for row in self.session.execute(query)]

    # -- products ------------------------------------------------------------------------
    def product_by_barcode(self, code: str) -> Product | None:
        return self.session.scalar(select(Product).where(Product.barcode == code))

    def products_page(
        self,
        text: str,
        category: str | None,
        barcode: str | None,
        low_stock_below: int | None,
        include_inactive: bool,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
    ) -> tuple[list[Product], int]:
        query = select(Product)
        if text and (
            (text.isdigit() and len(text) >= BARCODE_SEARCH_MIN) or self.product_by_barcode(text)
        ):
            # A barcode (typed or scanned): its unique index answers at once. Asking
            # "name contains OR barcode equals" in one query makes SQLite scan everything.
            query = query.where(Product.barcode == text)
        elif text:
            query = query.where(self._name_contains(text))
        if category:
            query = query.where(Product.category == category)
        if barcode:
            query = query.where(Product.barcode == barcode)
        if low_stock_below is not None:
            query = query.where(Product.stock < low_stock_below)
        if not include_inactive:
            query = query.where(Product.active.is_(True))
        column = PRODUCT_SORTS.get(sort, Product.name)
        query = query.order_by(column.desc() if descending else column.asc(), Product.id)
        rows, total = self._page(query, offset, limit)
        return [row[0] for row in rows], total

    def _name_contains(self, text: str) -> Any:
        """Case-insensitive substring match on the product name. SQLite's LIKE already
        ignores ASCII case (wrapping the column in lower() only slows the scan down);
        PostgreSQL needs ILIKE."""
        pattern = _like_pattern(text)
        if self.session.get_bind().dialect.name == "postgresql":
            return Product.name.ilike(pattern, escape="\\")
        return Product.name.like(pattern, escape="\\")

    def change_stock(self, product_id: int, delta: int) -> int | None:
        """Add ``delta`` (negative to take) if stock stays >= 0 and the product is active;
        returns the new stock, or None and no change."""
        self._check_batched()
        self.touch(STOCK)
        conditions = [Product.id == product_id, Product.stock + delta >= 0]
        if delta < 0:
            conditions.append(Product.active.is_(True))
        result = self.session.execute(
            update(Product)
            .where(and_(*conditions))
            .values(stock=Product.stock + delta)
            .returning(Product.stock)
            .execution_options(synchronize_session=False)
        ).first()
        return None if result is None else int(result[0])

    def stock_movements(
        self, product_id: int, offset: int, limit: int
    ) -> tuple[list[tuple[StockMovement, str | None]], int]:
        query = (
            select(StockMovement, Account.username)
            .outerjoin(Account, Account.id == StockMovement.actor_id)
            .where(StockMovement.product_id == product_id)
            .order_by(StockMovement.id.desc())
        )
        rows, total = self._page(query, offset, limit)
        return [(r[0], r[1]) for r in rows], total

    def existing_barcodes(self, codes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(codes), 500):
            chunk = list(codes[start : start + 500])
            found.update(
                self.session.scalars(select(Product.barcode).where(Product.barcode.in_(chunk)))
            )
        return found

    def insert_products(self, rows: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
        """Insert many products at once; returns (id, stock) of each, in order."""
        if not rows:
            return []
        self.touch(PRODUCTS, STOCK)
        result = self.session.execute(
            insert(Product).returning(Product.id, Product.stock, sort_by_parameter_order=True),
            list(rows),
        )
        return [(int(r[0]), int(r[1])) for r in result]

    def insert_stock_movements(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self.touch(STOCK)
            self.session.execute(insert(StockMovement), list(rows))

    def all_products(self, after_id: int, limit: int) -> list[Product]:
        """Products in id order after ``after_id``: a cheap cursor for exports."""
        query = select(Product).where(Product.id > after_id).order_by(Product.id).limit(limit)
        return list(self.session.scalars(query))

    def products_for_sale(self, ids: Sequence[int]) -> dict[int, ProductForSale]:
        rows = self.connection().execute(_PRODUCTS_FOR_SALE, {"ids": list(ids)})
        return {row[0]: ProductForSale(row[0], row[1], row[2], row[3]) for row in rows}

    def products_by_ids(self, ids: Sequence[int]) -> dict[int, Product]:
        if not ids:
            return {}
        rows = self.session.scalars(select(Product).where(Product.id.in_(list(ids))))
        return {p.id: p for p in rows}

    # -- sales ---------------------------------------------------------------------------
    def sale_by_uuid(self, uuid: str) -> Sale | None:
        return self.session.scalar(select(Sale).where(Sale.uuid == uuid))

    def wait_for_sale(self, uuid: str) -> None:
        """Wait until no ``pos_record_sale`` call for this UUID is still running, so that
        the lookup after it is final (PostgreSQL: the server commits such a call on its
        own, even after the counter that sent it lost the connection). SQLite: a write
        commits only when its process says so; nothing to wait for."""
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(
                select(func.pg_advisory_xact_lock(SALE_LOCK_SPACE, func.hashtext(uuid)))
            )

    def write_sale(self, sale: SaleWrite) -> SaleWritten:
        """Write a checked sale: after checking the customer is one and active, the sale row
        (so that a second send of it waits and then fails on the UUID's unique index),
        each line with its conditional stock update and movement, the wallet debit and
        ledger entry, the payments and the audit row.

        Raises SaleRefused, with nothing written, when the customer is gone or
        deactivated, a product is gone, no longer sold, at another price or short of
        stock, or the wallet does not cover its part. On
        PostgreSQL it is one call of ``pos_record_sale`` (migration 0004); on SQLite the
        same rows are written here, inside the caller's BEGIN IMMEDIATE transaction."""
        self.touch(*sale_topics(sale))
        if self.session.get_bind().dialect.name == "postgresql":
            if not self.one_statement:
                # A refusal would abort the caller's transaction and every read after it.
                raise AssertionError("write_sale on PostgreSQL needs write(one_statement=True)")
            return self._write_sale_postgres(sale)
        with self.session.begin_nested():  # a refusal takes back the rows written so far
            return self._write_sale_rows(sale)

    def _write_sale_postgres(self, sale: SaleWrite) -> SaleWritten:
        params = {
            "uuid": sale.uuid,
            "customer_id": sale.customer_id,
            "cashier_id": sale.cashier_id,
            "counter": sale.counter,
            "created_at": sale.created_at,
            "total": sale.total_cents,
            "product_ids": [line.product_id for line in sale.lines],
            "quantities": [line.quantity for line in sale.lines],
            "prices": [line.unit_price_cents for line in sale.lines],
            "wallet": sale.wallet_cents,
            "cash": sale.cash_cents,
            "tendered": sale.tendered_cents,
            "card": sale.card_cents,
            "card_reference": sale.card_reference,
            "actor_username": sale.actor_username,
            "actor_counter": sale.actor_counter,
            "audit_detail": sale.audit_detail,
        }
        try:
            # The statement also tells the other counters (pos_app.data.changes): one round
            # trip, and no notification if the sale is refused.
            params["channel"] = CHANNEL
            params["payload"] = self.session.info[FEED].payload(sale_topics(sale))
            row = self.connection().exec_driver_sql(RECORD_SALE_AND_NOTIFY, params).one()
        except DBAPIError as exc:
            diag = getattr(exc.orig, "diag", None)
            if getattr(diag, "message_primary", None) != SALE_REFUSED:
                raise
            what, _, product = str(getattr(diag, "message_detail", "") or "").partition(":")
            raise SaleRefused(what, int(product) if product else None) from None
        return SaleWritten(int(row[0]), tuple(row[1]), tuple(row[2]), row[3], row[4])

    def _write_sale_rows(self, sale: SaleWrite) -> SaleWritten:
        customer_username = None
        if sale.customer_id is not None:
            customer_username = self.session.scalar(
                select(Account.username).where(
                    Account.id == sale.customer_id,
                    Account.role == Role.CUSTOMER.value,
                    Account.active.is_(True),
                )
            )
            if customer_username is None:
                raise SaleRefused("customer")
        row = Sale(
            uuid=sale.uuid,
            customer_id=sale.customer_id,
            cashier_id=sale.cashier_id,
            counter=sale.counter,
            created_at=sale.created_at,
            total_cents=sale.total_cents,
            status=SaleStatus.COMPLETED.value,
        )
        self.add(row)
        self.flush()  # claims the sale's UUID first: a second send waits here, then fails
        lines: list[SaleLine] = []
        for line in sale.lines:
            taken = self.session.execute(
                update(Product)
                .where(
                    Product.id == line.product_id,
                    Product.stock >= line.quantity,
                    Product.active.is_(True),
                    Product.price_cents == line.unit_price_cents,
                )
                .values(stock=Product.stock - line.quantity)
                .returning(Product.stock, Product.name)
                .execution_options(synchronize_session=False)
            ).first()
            if taken is None:
                raise SaleRefused("product", line.product_id)
            after, name = int(taken[0]), str(taken[1])
            lines.append(
                SaleLine(
                    sale_id=row.id,
                    product_id=line.product_id,
                    product_name=name,
                    quantity=line.quantity,
                    unit_price_cents=line.unit_price_cents,
                    line_total_cents=line.quantity * line.unit_price_cents,
                )
            )
            self.add(lines[-1])
            self.add(
                StockMovement(
                    product_id=line.product_id,
                    kind=StockMovementKind.SALE.value,
                    quantity=-line.quantity,
                    stock_after=after,
                    actor_id=sale.cashier_id,
                    sale_id=row.id,
                    reason="Sale",
                    created_at=sale.created_at,
                )
            )
        balance_after = None
        if sale.wallet_cents:
            assert sale.customer_id is not None
            change = self.debit_wallet(sale.customer_id, sale.wallet_cents)
            if change is None:
                raise SaleRefused("wallet")
            balance_after = change.balance_after_cents
            self.add(
                WalletEntry(
                    wallet_id=change.wallet_id,
                    kind=WalletEntryKind.PURCHASE.value,
                    amount_cents=-sale.wallet_cents,
                    balance_after_cents=balance_after,
                    actor_id=sale.cashier_id,
                    sale_id=row.id,
                    reason="Purchase",
                    created_at=sale.created_at,
                )
            )
            self.add(
                SalePayment(
                    sale_id=row.id,
                    method=PaymentMethod.WALLET.value,
                    amount_cents=sale.wallet_cents,
                )
            )
        if sale.cash_cents:
            assert sale.tendered_cents is not None
            self.add(
                SalePayment(
                    sale_id=row.id,
                    method=PaymentMethod.CASH.value,
                    amount_cents=sale.cash_cents,
                    tendered_cents=sale.tendered_cents,
                    change_cents=sale.tendered_cents - sale.cash_cents,
                )
            )
        if sale.card_cents:
            self.add(
                SalePayment(
                    sale_id=row.id,
                    method=PaymentMethod.CARD.value,
                    amount_cents=sale.card_cents,
                    reference=sale.card_reference or None,  # as pos_record_sale: nullif
                )
            )
        self.add(
            AuditEntry(
                created_at=sale.created_at,
                actor_id=sale.cashier_id,
                actor_username=sale.actor_username[:64],
                action=AuditAction.SALE.value,
                outcome=AuditOutcome.OK.value,
                counter=sale.actor_counter[:64],
                record_type="sale",
                record_id=sale.uuid,
                detail=sale.audit_detail.replace("{sale_id}", str(row.id))[:500],
            )
        )
        self.flush()
        return SaleWritten(
            row.id,
            tuple(line.id for line in lines),
            tuple(line.product_name for line in lines),
            customer_username,
            balance_after,
        )

    def sales_page(
        self,
        customer_id: int | None,
        cashier_id: int | None,
        product_id: int | None,
        since: datetime | None,
        until: datetime | None,
        offset: int,
        limit: int,
    ) -> tuple[list[Sale], int]:
        query = select(Sale)
        if customer_id is not None:
            query = query.where(Sale.customer_id == customer_id)
        if cashier_id is not None:
            query = query.where(Sale.cashier_id == cashier_id)
        if product_id is not None:
            query = query.where(
                exists().where(SaleLine.sale_id == Sale.id, SaleLine.product_id == product_id)
            )
        if since is not None:
            query = query.where(Sale.created_at >= since)
        if until is not None:
            query = query.where(Sale.created_at < until)
        query = query.order_by(Sale.created_at.desc(), Sale.id.desc())
        rows, total = self._page(query, offset, limit)
        return [row[0] for row in rows], total

    def sale_details(
        self, sale_ids: Sequence[int]
    ) -> tuple[dict[int, list[SaleLine]], dict[int, list[SalePayment]], dict[int, int]]:
        """Lines, payments and wallet balance after, for several sales in three queries."""
        lines: dict[int, list[SaleLine]] = {i: [] for i in sale_ids}
        payments: dict[int, list[SalePayment]] = {i: [] for i in sale_ids}
        balances: dict[int, int] = {}
        if not sale_ids:
            return lines, payments, balances
        ids = list(sale_ids)
        for line in self.session.scalars(
            select(SaleLine).where(SaleLine.sale_id.in_(ids)).order_by(SaleLine.id)
        ):
            lines[line.sale_id].append(line)
        for payment in self.session.scalars(
            select(SalePayment).where(SalePayment.sale_id.in_(ids)).order_by(SalePayment.id)
        ):
            payments[payment.sale_id].append(payment)
        for sale_id, balance in self.session.execute(
            select(WalletEntry.sale_id, WalletEntry.balance_after_cents).where(
                WalletEntry.sale_id.in_(ids), WalletEntry.kind == "purchase"
            )
        ):
            if sale_id is not None:
                balances[int(sale_id)] = int(balance)
        return lines, payments, balances

    def returned_quantities(self, line_ids: Sequence[int]) -> dict[int, int]:
        """Units already returned, per sale line."""
        if not line_ids:
            return {}
        query = (
            select(RefundLine.sale_line_id, func.sum(RefundLine.quantity))
            .where(RefundLine.sale_line_id.in_(list(line_ids)))
            .group_by(RefundLine.sale_line_id)
        )
        return {int(r[0]): int(r[1]) for r in self.session.execute(query)}

    def refund_totals(self, sale_ids: Sequence[int]) -> dict[int, int]:
        """Cents refunded so far, per sale."""
        if not sale_ids:
            return {}
        query = (
            select(Refund.sale_id, func.sum(Refund.amount_cents))
            .where(Refund.sale_id.in_(list(sale_ids)))
            .group_by(Refund.sale_id)
        )
        return {int(r[0]): int(r[1]) for r in self.session.execute(query)}

    def lock_sale_for_returns(self, sale_id: int) -> None:
        """Serialise returns of one sale until the transaction ends. PostgreSQL: an
        advisory lock (sales are append-only, so no row lock on them); SQLite: writes are
        already serialised by BEGIN IMMEDIATE."""
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(select(func.pg_advisory_xact_lock(RETURNS_LOCK_SPACE, sale_id)))

    def sale_paid_by(self, sale_id: int, method: str) -> int:
        """Cents of a sale paid by one method."""
        query = select(func.coalesce(func.sum(SalePayment.amount_cents), 0)).where(
            SalePayment.sale_id == sale_id, SalePayment.method == method
        )
        return int(self.session.scalar(query) or 0)

    def refunded_by(self, sale_id: int, method: str) -> int:
        """Cents refunded so far on a sale by one method."""
        query = select(func.coalesce(func.sum(Refund.amount_cents), 0)).where(
            Refund.sale_id == sale_id, Refund.method == method
        )
        return int(self.session.scalar(query) or 0)

    def refund_by_uuid(self, uuid: str) -> Refund | None:
        return self.session.scalar(select(Refund).where(Refund.uuid == uuid))

    def refund_lines_of(self, refund_id: int) -> list[RefundLine]:
        query = select(RefundLine).where(RefundLine.refund_id == refund_id).order_by(RefundLine.id)
        return list(self.session.scalars(query))

    def sale_lines_of(self, sale_id: int) -> list[SaleLine]:
        query = select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(SaleLine.id)
        return list(self.session.scalars(query))

    def sales_summary(
        self, since: datetime, until: datetime, counter: str
    ) -> tuple[int, int, dict[str, int]]:
        """(number of sales, gross cents, cents per payment method) in [since, until)."""
        in_period = [Sale.created_at >= since, Sale.created_at < until]
        if counter:
            in_period.append(Sale.counter == counter)
        count, gross = self.session.execute(
            select(func.count(), func.coalesce(func.sum(Sale.total_cents), 0)).where(*in_period)
        ).one()
        methods = self.session.execute(
            select(SalePayment.method, func.sum(SalePayment.amount_cents))
            .join(Sale, Sale.id == SalePayment.sale_id)
            .where(*in_period)
            .group_by(SalePayment.method)
        )
        return int(count), int(gross), {str(m): int(c) for m, c in methods}

    def refunds_summary(
        self, since: datetime, until: datetime, counter: str
    ) -> tuple[int, dict[str, int]]:
        """(number of refunds, cents per refund method) in [since, until)."""
        in_period = [Refund.created_at >= since, Refund.created_at < until]
        if counter:
            in_period.append(Refund.counter == counter)
        rows = list(
            self.session.execute(
                select(Refund.method, func.count(), func.sum(Refund.amount_cents))
                .where(*in_period)
                .group_by(Refund.method)
            )
        )
        return sum(int(r[1]) for r in rows), {str(r[0]): int(r[2]) for r in rows}

    def top_ups_summary(self, since: datetime, until: datetime, counter: str) -> dict[str, int]:
        """Cents of wallet top-ups in [since, until) per payment method ("" for top-ups
        recorded before the method was)."""
        in_period = [
            WalletEntry.kind == WalletEntryKind.TOP_UP.value,
            WalletEntry.created_at >= since,
            WalletEntry.created_at < until,
        ]
        if counter:
            in_period.append(WalletEntry.counter == counter)
        rows = self.session.execute(
            select(WalletEntry.payment_method, func.sum(WalletEntry.amount_cents))
            .where(*in_period)
            .group_by(WalletEntry.payment_method)
        )
        return {str(r[0] or ""): int(r[1]) for r in rows}

    def last_closing(self, counter: str) -> DayClosing | None:
        """The latest day closing of a counter ("" the whole store)."""
        query = (
            select(DayClosing)
            .where(DayClosing.counter == counter)
            .order_by(DayClosing.created_at.desc(), DayClosing.id.desc())
            .limit(1)
        )
        return self.session.scalar(query)

    def closing_on(self, counter: str, business_day: date) -> DayClosing | None:
        query = select(DayClosing).where(
            DayClosing.counter == counter, DayClosing.business_day == business_day
        )
        return self.session.scalar(query)

    def parked_carts(self, counter: str) -> list[ParkedCart]:
        """The carts waiting at ``counter``: not those a resume has taken."""
        query = (
            select(ParkedCart)
            .where(ParkedCart.counter == counter, ParkedCart.taken_key.is_(None))
            .order_by(ParkedCart.created_at, ParkedCart.id)
        )
        return list(self.session.scalars(query))

    def parked_cart_by_key(
        self, *, parked: str | None = None, taken: str | None = None
    ) -> ParkedCart | None:
        """The cart a park with key ``parked`` made, or the one a resume ``taken`` took."""
        column = ParkedCart.parked_key if parked is not None else ParkedCart.taken_key
        return self.session.scalars(
            select(ParkedCart).where(column == (parked if parked is not None else taken))
        ).first()

    def sale_cashiers(self) -> list[tuple[int, str]]:
        """(id, username) of everyone who has rung up a sale."""
        query = (
            select(Account.id, Account.username)
            .where(Account.id.in_(select(Sale.cashier_id).distinct()))
            .order_by(Account.username)
        )
        return [(int(r[0]), str(r[1])) for r in self.session.execute(query)]

    def usernames(self, ids: Iterable[int | None]) -> dict[int, str]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        rows = self.session.execute(
            select(Account.id, Account.username).where(Account.id.in_(wanted))
        )
        return {int(r[0]): str(r[1]) for r in rows}

    def customer_bought(self, customer_id: int, product_id: int) -> bool:
        query = select(
            exists().where(
                Sale.customer_id == customer_id,
                SaleLine.sale_id == Sale.id,
                SaleLine.product_id == product_id,
            )
        )
        return bool(self.session.scalar(query))

    def sale_totals_between(self, since: datetime, until: datetime) -> list[tuple[datetime, int]]:
        """(time, total cents) of every sale in [since, until), oldest first."""
        query = (
            select(Sale.created_at, Sale.total_cents)
            .where(Sale.created_at >= since, Sale.created_at < until)
            .order_by(Sale.created_at)
        )
        return [(row[0], int(row[1])) for row in self.session.execute(query)]

    def top_products(
        self, since: datetime, until: datetime, limit: int
    ) -> list[tuple[int, str, int, int]]:
        """(product id, name, units, revenue cents) of the best sellers in [since, until)."""
        units = func.sum(SaleLine.quantity)
        query = (
            select(SaleLine.product_id, Product.name, units, func.sum(SaleLine.line_total_cents))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .join(Product, Product.id == SaleLine.product_id)
            .where(Sale.created_at >= since, Sale.created_at < until)
            .group_by(SaleLine.product_id, Product.name)
            .order_by(units.desc(), SaleLine.product_id)
            .limit(limit)
        )
        return [(int(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in self.session.execute(query)]

    def ratings(self, product_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
        """Per product: (sum of approved ratings, number of approved reviews)."""
        if not product_ids:
            return {}
        query = (
            select(Review.product_id, func.sum(Review.rating), func.count())
            .where(Review.product_id.in_(list(product_ids)), Review.status == "approved")
            .group_by(Review.product_id)
        )
        return {int(r[0]): (int(r[1]), int(r[2])) for r in self.session.execute(query)}

    # -- reviews -------------------------------------------------------------------------
    def reviews(
        self,
        *,
        product_id: int | None = None,
        customer_id: int | None = None,
        statuses: Sequence[str] | None = None,
        visible_to_customer: int | None = None,
        product_text: str = "",
        customer_text: str = "",
        offset: int = 0,
        limit: int = 100,
    ) -> tuple[list[Review], int]:
        query = select(Review)
        if product_text:
            query = query.where(
                Review.product_id.in_(
                    select(Product.id).where(
                        func.lower(Product.name).like(
                            _like_pattern(product_text.lower()), escape="\\"
                        )
                    )
                )
            )
        if customer_text:
            query = query.where(
                Review.customer_id.in_(
                    select(Account.id).where(
                        Account.username.like(_like_pattern(customer_text.lower()), escape="\\")
                    )
                )
            )
        if product_id is not None:
            query = query.where(Review.product_id == product_id)
        if customer_id is not None:
            query = query.where(Review.customer_id == customer_id)
        if statuses:
            query = query.where(Review.status.in_(list(statuses)))
        if visible_to_customer is not None:
            query = query.where(
                or_(Review.status == "approved", Review.customer_id == visible_to_customer)
            )
        # The moderation queue: needs_approval first, oldest first within it.
        needs_first = func.coalesce(Review.status != "needs_approval", True)
        query = query.order_by(needs_first, Review.created_at, Review.id)
        rows, total = self._page(query, offset, limit)
        return [row[0] for row in rows], total

    def product_names(self, ids: Iterable[int]) -> dict[int, str]:
        wanted = set(ids)
        if not wanted:
            return {}
        rows = self.session.execute(select(Product.id, Product.name).where(Product.id.in_(wanted)))
        return {int(r[0]): str(r[1]) for r in rows}

    # -- audit ---------------------------------------------------------------------------
    def audit_page(
        self,
        username: str,
        action: str | None,
        record: str,
        since: datetime | None,
        until: datetime | None,
        offset: int,
        limit: int,
    ) -> tuple[list[AuditEntry], int]:
        query = select(AuditEntry)
        if username:
            query = query.where(AuditEntry.actor_username == username)
        if action:
            query = query.where(AuditEntry.action == action)
        if record:
            kind, _, key = record.partition(":")
            query = query.where(AuditEntry.record_type == kind)
            if key:
                query = query.where(AuditEntry.record_id == key)
        if since is not None:
            query = query.where(AuditEntry.created_at >= since)
        if until is not None:
            query = query.where(AuditEntry.created_at < until)
        query = query.order_by(AuditEntry.id.desc())
        rows, total = self._page(query, offset, limit)
        return [row[0] for row in rows], total

    # -- health --------------------------------------------------------------------------
    def counts(self) -> tuple[int, int, int]:
        customers = self.session.scalar(
            select(func.count()).select_from(Account).where(Account.role == Role.CUSTOMER.value)
        )
        products = self.session.scalar(select(func.count()).select_from(Product))
        sales = self.session.scalar(select(func.count()).select_from(Sale))
        return int(customers or 0), int(products or 0), int(sales or 0)
