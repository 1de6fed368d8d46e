"""Products and their stock. Categories, and products in bulk (CSV), are in
``product_categories`` and ``product_import_export``."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from pos_app.data import models
from pos_app.data.repositories.products import PRODUCT_SORTS, product_key
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction, StockMovementKind
from pos_app.domain.errors import (
    NotFoundError,
    NothingToChangeError,
    OutOfStockError,
    ValidationError,
)
from pos_app.domain.money import from_cents
from pos_app.services.audit_log import record_on
from pos_app.services.base import (
    PAGE_LIMIT_MAX,
    check_id,
    check_page,
    copied,
    product_row,
    sorted_page,
    to_product,
)
from pos_app.services.override import authorize_with_override
from pos_app.services.paging import check_after, read_keyed
from pos_app.services.permissions import Op, authorize
from pos_app.services.product_categories import (
    ProductCategories,
    categories_by_key,
    category_for_product,
)
from pos_app.services.product_changes import change_product, kept_or_new_category
from pos_app.services.product_csv import CSV_COLUMNS
from pos_app.services.product_fields import check_variable_price, clean_product_fields
from pos_app.services.product_import_export import ProductImportExport
from pos_app.services.records import (
    Actor,
    ManagerOverride,
    Page,
    Product,
    ProductId,
    Rating,
    StockMovement,
)

__all__ = ["CSV_COLUMNS", "SEARCH_COUNT_CAP", "InventoryService", "clean_product_fields"]

#: A name search counts this many matches and one more, then stops: "10,000+ products".
SEARCH_COUNT_CAP = 10_000


class InventoryService(ProductCategories, ProductImportExport):
    """Add, edit, find, restock and adjust products; categories and the CSV import and
    export are in ``ProductCategories`` and ``ProductImportExport``."""

    def _write_product(self, work: Callable[[Transaction], Product], barcode: object) -> Product:
        """Run ``work`` in one write; a ``barcode`` taken meanwhile is refused by value."""
        taken = f"Barcode {barcode} is already used by another product"
        return self._write_new(work, taken, "barcode")

    def add(
        self,
        actor: Actor | None,
        *,
        name: str,
        category: str,
        price: object,
        description: str = "",
        stock: int = 0,
        barcode: str | None = None,
        variable_price: bool = False,
    ) -> Product:
        """A new product; its opening stock is recorded as a stock movement. A
        ``variable_price`` one is sold at the price its labels carry: its barcode is their
        prefix and item code (``check_variable_price``)."""
        checked = authorize(actor, Op.PRODUCT_ADD)
        fields = clean_product_fields(
            {
                "name": name,
                "category": category,
                "price": price,
                "description": description,
                "barcode": barcode,
                "variable_price": variable_price,
            }
        )
        check_variable_price(fields["variable_price"], fields["barcode"])
        opening = rules.integer(stock, "stock", "Stock", 0, rules.STOCK_MAX)

        def work(tx: Transaction) -> Product:
            fields["category"] = category_for_product(
                categories_by_key(tx), str(fields["category"])
            )
            product = tx.products.add(fields, stock=opening, actor_id=checked.account_id)
            added = f"added {product.name} at {from_cents(product.price_cents):.2f}"
            record_on(tx, checked, AuditAction.PRODUCT_CHANGE, product, added)
            return to_product(product)

        return self._write_product(work, fields.get("barcode"))

    def update(
        self,
        actor: Actor | None,
        product_id: int,
        changes: Mapping[str, object],
        override: ManagerOverride | None = None,
    ) -> Product:
        """Change only the given fields. No fields: NothingToChangeError. A cashier may
        change a product (a price at the counter) only with a manager's ``override``."""
        checked, authoriser = authorize_with_override(
            self._db, self._hasher, actor, Op.PRODUCT_UPDATE, override
        )
        cleaned = clean_product_fields(changes)
        if not cleaned:
            raise NothingToChangeError("Nothing to update: no fields were given")

        def work(tx: Transaction) -> Product:
            product = product_row(tx, product_id)
            if "category" in cleaned:
                name = str(cleaned["category"])
                cleaned["category"] = kept_or_new_category(categories_by_key(tx), product, name)
            if "variable_price" in cleaned or "barcode" in cleaned:
                check_variable_price(
                    cleaned.get("variable_price", product.variable_price),
                    cleaned.get("barcode", product.barcode),
                )
            by = "" if authoriser is checked else f"; authorised by {authoriser.username}"
            change_product(tx, checked, product, cleaned, by)
            return to_product(product)

        return self._write_product(work, cleaned.get("barcode"))

    def get(self, actor: Actor | None, product_id: int) -> Product:
        authorize(actor, Op.PRODUCT_VIEW)
        return self._db.read(lambda tx: to_product(product_row(tx, product_id)))

    def get_by_barcode(self, actor: Actor | None, barcode: str) -> Product:
        """The active product with this barcode (what a scanner sends)."""
        authorize(actor, Op.PRODUCT_VIEW)
        code = rules.barcode(barcode)
        if code is None:
            raise ValidationError("Scan or type a barcode", "barcode")

        def work(tx: Transaction) -> Product:
            product = tx.products.by_barcode(code)
            if product is None or not product.active:
                raise NotFoundError(f"No product has barcode {code}")
            return to_product(product)

        return self._db.read(work)

    def search(
        self,
        actor: Actor | None,
        text: str = "",
        *,
        category: str | None = None,
        barcode: str | None = None,
        low_stock_below: int | None = None,
        include_inactive: bool = False,
        sort: str = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
        after: object = None,
    ) -> Page[Product]:
        """Products by name substring (or exact barcode), category and low stock. A name
        search stops counting past ``SEARCH_COUNT_CAP``: ``capped``, ``total`` is cap + 1.
        ``after``: a page's ``next_after``, for the page that follows it (same filters)."""
        authorize(actor, Op.PRODUCT_VIEW)
        query = rules.optional_text(text, "text", "Search", 100)
        wanted_category = rules.category_name(category) if category else None
        code = rules.barcode(barcode)
        threshold = (
            rules.integer(
                low_stock_below, "low_stock_below", "Low-stock threshold", 0, rules.STOCK_MAX
            )
            if low_stock_below is not None
            else None
        )
        column, backwards, offset, limit = sorted_page(
            PRODUCT_SORTS, sort, descending, offset, limit
        )
        everything = rules.flag(include_inactive, "include_inactive", "Show inactive")
        cap = SEARCH_COUNT_CAP
        start = check_after(after, column, backwards, 2)
        page = read_keyed(
            self._read_page,
            offset,
            limit,
            lambda tx: tx.products.page(
                query,
                wanted_category,
                code,
                threshold,
                everything,
                column,
                backwards,
                offset,
                limit,
                cap,
                start,
            ),
            lambda tx, rows: map(to_product, rows),
            lambda row: product_key(row, column),
            column,
            backwards,
        )
        # Only a name search is capped; a barcode finds one product at most.
        return replace(page, capped=True) if query and page.total > cap else page

    def ratings(self, actor: Actor | None, product_ids: Sequence[int]) -> dict[int, Rating]:
        """Average approved rating (one decimal) of each product that has one."""
        authorize(actor, Op.PRODUCT_VIEW)
        wanted = rules.sequence(product_ids, "product_ids", "Products", PAGE_LIMIT_MAX)
        ids = [check_id(i, "Product") for i in wanted]

        def work(tx: Transaction) -> dict[int, Rating]:
            return {
                pid: Rating(
                    ProductId(pid),
                    (Decimal(total) / count).quantize(Decimal("0.1"), ROUND_HALF_UP),
                    count,
                )
                for pid, (total, count) in tx.reviews.ratings(ids).items()
            }

        return self._db.read(work)

    def restock(
        self, actor: Actor | None, product_id: int, quantity: int, reason: str = ""
    ) -> Product:
        """Add ``quantity`` units (a delivery)."""
        checked = authorize(actor, Op.PRODUCT_RESTOCK)
        units = rules.integer(quantity, "quantity", "Quantity", 1, rules.RESTOCK_MAX)
        why = rules.optional_text(reason, "reason", "Reason", rules.REASON_MAX)
        return self._move_stock(
            checked, product_id, units, StockMovementKind.RESTOCK, why or "Restock"
        )

    def deduct_one(self, actor: Actor | None, product_id: int, reason: str = "") -> Product:
        """Take one unit out (damaged, lost); refused at zero."""
        return self.deduct(actor, product_id, 1, reason)

    def deduct(
        self, actor: Actor | None, product_id: int, quantity: object, reason: str = ""
    ) -> Product:
        """Take ``quantity`` units out at once (a box dropped, a batch expired), as one
        movement; refused, nothing taken, beyond the stock."""
        checked = authorize(actor, Op.PRODUCT_DEDUCT)
        units = rules.integer(quantity, "quantity", "Quantity", 1, rules.RESTOCK_MAX)
        why = rules.optional_text(reason, "reason", "Reason", rules.REASON_MAX)
        return self._move_stock(
            checked, product_id, -units, StockMovementKind.ADJUSTMENT, why or "Deducted"
        )

    def _move_stock(
        self, actor: Actor, product_id: int, delta: int, kind: StockMovementKind, reason: str
    ) -> Product:
        def work(tx: Transaction) -> Product:
            product = product_row(tx, product_id)
            moved = tx.stock.move(
                product.id, delta, kind=kind, actor_id=actor.account_id, reason=reason
            )
            if moved is None:
                current = tx.fresh(models.Product, product.id)
                stock = current.stock if current else 0
                raise OutOfStockError(product.name, stock, -delta)
            after = moved.stock_after
            record_on(
                tx,
                actor,
                AuditAction.STOCK_ADJUSTMENT,
                product,
                f"{product.name}: {delta:+d} -> {after} ({reason})",
            )
            refreshed = tx.fresh(models.Product, product.id)
            assert refreshed is not None
            return to_product(refreshed)

        return self._db.write(work)

    def movements(
        self, actor: Actor | None, product_id: int, *, offset: int = 0, limit: int = 100
    ) -> Page[StockMovement]:
        """The product's stock ledger, newest first."""
        authorize(actor, Op.PRODUCT_RESTOCK)
        offset, limit = check_page(offset, limit)
        return self._read_page(
            offset,
            limit,
            lambda tx: tx.stock.movements(product_row(tx, product_id).id, offset, limit),
            lambda tx, rows: (
                copied(StockMovement, m, kind=StockMovementKind(m.kind), actor_username=who)
                for m, who in rows
            ),
        )
