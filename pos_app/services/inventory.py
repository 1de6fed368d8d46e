"""Products and their stock."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from pos_app.data import models
from pos_app.data.database import UniqueViolation
from pos_app.data.repositories.products import PRODUCT_SORTS
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction, StockMovementKind
from pos_app.domain.errors import (
    NotFoundError,
    NothingToChangeError,
    OutOfStockError,
    ValidationError,
    shown,
)
from pos_app.domain.money import from_cents, to_cents
from pos_app.services.audit_log import record
from pos_app.services.base import (
    PAGE_LIMIT_MAX,
    Service,
    check_id,
    check_page,
    product_row,
    to_product,
)
from pos_app.services.override import authorize_with_override
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import (
    Actor,
    ImportReport,
    ManagerOverride,
    Page,
    Product,
    ProductCategory,
    ProductId,
    Rating,
    RowError,
    StockMovement,
)

#: Columns of the product CSV, in order; import needs name, category and price.
CSV_COLUMNS = ("name", "category", "price", "description", "stock", "barcode", "active")
IMPORT_MAX_ROWS = 200_000
EXPORT_BATCH_MAX = 10_000
_TRUE = {"1", "true", "yes", "y"}
_FALSE = {"0", "false", "no", "n"}


def clean_product_fields(changes: object) -> dict[str, object]:
    """Validated column values for the given product fields (price becomes cents)."""
    cleaned: dict[str, object] = {}
    for key, value in rules.mapping(changes, "changes", "Changes").items():
        if key == "name":
            cleaned["name"] = rules.required_text(value, "name", "Name", rules.PRODUCT_NAME_MAX)
        elif key == "category":
            # the shape here; whether it exists and is active, in the transaction
            cleaned["category"] = rules.category_name(value)
        elif key == "price":
            cleaned["price_cents"] = to_cents(rules.price(value))
        elif key == "description":
            cleaned["description"] = rules.optional_text(
                value, "description", "Description", rules.DESCRIPTION_MAX
            )
        elif key == "barcode":
            cleaned["barcode"] = rules.barcode(value)
        elif key == "active":
            if not isinstance(value, bool):
                raise ValidationError("Active must be yes or no", "active")
            cleaned["active"] = value
        elif key == "stock":
            raise ValidationError("Stock changes through a restock or an adjustment", "stock")
        else:
            raise ValidationError(f"Unknown field {shown(key)}", key)
    return cleaned


def _category_key(name: str) -> str:
    """Category names are unique ignoring case (and Unicode case, which SQLite's lower()
    does not fold): compared in Python over the small categories table."""
    return name.casefold()


def _categories(tx: Transaction, *, lock: bool = False) -> dict[str, ProductCategory]:
    """Every category by its name's key; plain records, usable after the transaction."""
    return {
        _category_key(row.name): _to_category(row, count)
        for row, count in tx.products.categories(lock=lock)
    }


def _category_for_product(known: dict[str, ProductCategory], name: str) -> str:
    """The defined category ``name`` names (ignoring case), if a product may be given it."""
    row = known.get(_category_key(name))
    if row is None:
        raise ValidationError(f"There is no category {shown(name)}", "category")
    if not row.active:
        raise ValidationError(
            f"Category '{row.name}' is retired: choose another or reactivate it", "category"
        )
    return row.name


def _to_category(row: models.ProductCategory, count: int) -> ProductCategory:
    return ProductCategory(id=row.id, name=row.name, active=row.active, products=count)


def _barcode_taken(barcode: object) -> ValidationError:
    return ValidationError(f"Barcode {barcode} is already used by another product", "barcode")


def _audit_category(
    tx: Transaction, actor: Actor, row: models.ProductCategory, detail: str
) -> None:
    """A category change is written, then audited: the one audit row of each."""
    tx.flush()
    record(
        tx,
        actor,
        AuditAction.CATEGORY_CHANGE,
        record_type="category",
        record_id=row.id,
        detail=detail,
    )


class InventoryService(Service):
    """Add, edit, find, restock and adjust products."""

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
    ) -> Product:
        """A new product; its opening stock is recorded as a stock movement."""
        checked = authorize(actor, Op.PRODUCT_ADD)
        fields = clean_product_fields(
            {
                "name": name,
                "category": category,
                "price": price,
                "description": description,
                "barcode": barcode,
            }
        )
        opening = rules.integer(stock, "stock", "Stock", 0, rules.STOCK_MAX)

        def work(tx: Transaction) -> Product:
            fields["category"] = _category_for_product(_categories(tx), str(fields["category"]))
            product = tx.products.add(fields, stock=opening, actor_id=checked.account_id)
            record(
                tx,
                checked,
                AuditAction.PRODUCT_CHANGE,
                record_type="product",
                record_id=product.id,
                detail=f"added {product.name} at {from_cents(product.price_cents):.2f}",
            )
            return to_product(product)

        try:
            return self._db.write(work)
        except UniqueViolation:
            raise _barcode_taken(fields.get("barcode")) from None

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
                # a product keeps its (maybe retired) category; a new one must be active
                if _category_key(name) != _category_key(product.category):
                    cleaned["category"] = _category_for_product(_categories(tx), name)
                else:
                    cleaned["category"] = product.category
            old_price = product.price_cents
            for key, value in cleaned.items():
                setattr(product, key, value)
            if "name" in cleaned:
                product.name_key = rules.natural_sort_key(product.name)
            tx.flush()
            by = "" if authoriser is checked else f"; authorised by {authoriser.username}"
            if "price_cents" in cleaned and cleaned["price_cents"] != old_price:
                record(
                    tx,
                    checked,
                    AuditAction.PRICE_CHANGE,
                    record_type="product",
                    record_id=product.id,
                    detail=f"{product.name}: {from_cents(old_price):.2f} -> "
                    f"{from_cents(product.price_cents):.2f}{by}",
                )
            others = sorted(k for k in cleaned if k != "price_cents")
            if others:
                record(
                    tx,
                    checked,
                    AuditAction.PRODUCT_CHANGE,
                    record_type="product",
                    record_id=product.id,
                    detail=f"{product.name}: {', '.join(others)}{by}",
                )
            return to_product(product)

        try:
            return self._db.write(work)
        except UniqueViolation:
            raise _barcode_taken(cleaned.get("barcode")) from None

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
    ) -> Page[Product]:
        """Products by name substring (or exact barcode), category and low stock."""
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
        column = rules.sort_key(sort, tuple(PRODUCT_SORTS))
        backwards = rules.flag(descending, "descending", "Descending")
        everything = rules.flag(include_inactive, "include_inactive", "Show inactive")
        offset, limit = check_page(offset, limit)

        def work(tx: Transaction) -> Page[Product]:
            rows, total = tx.products.page(
                query,
                wanted_category,
                code,
                threshold,
                everything,
                column,
                backwards,
                offset,
                limit,
            )
            return Page(tuple(to_product(p) for p in rows), total, offset, limit)

        return self._db.read(work)

    # -- categories ----------------------------------------------------------------------
    def categories(
        self, actor: Actor | None, *, include_retired: bool = True
    ) -> tuple[ProductCategory, ...]:
        """The categories managers defined, by name; retired ones too unless asked not."""
        authorize(actor, Op.PRODUCT_VIEW)
        everything = rules.flag(include_retired, "include_retired", "Include retired")

        def work(tx: Transaction) -> tuple[ProductCategory, ...]:
            return tuple(
                _to_category(row, count)
                for row, count in tx.products.categories()
                if everything or row.active
            )

        return self._db.read(work)

    def add_category(self, actor: Actor | None, name: str) -> ProductCategory:
        """A new, active category; its name must differ from every other ignoring case."""
        checked = authorize(actor, Op.CATEGORY_MANAGE)
        clean = rules.category_name(name)

        def work(tx: Transaction) -> ProductCategory:
            existing = _categories(tx, lock=True).get(_category_key(clean))
            if existing is not None:
                raise ValidationError(f"Category '{existing.name}' already exists", "category")
            row = tx.products.add_category(clean)
            _audit_category(tx, checked, row, f"added {clean}")
            return _to_category(row, 0)

        try:
            return self._db.write(work)
        except UniqueViolation:
            raise ValidationError(f"Category '{clean}' already exists", "category") from None

    def rename_category(self, actor: Actor | None, category_id: int, name: str) -> ProductCategory:
        """A new name; its products follow (ON UPDATE CASCADE)."""
        checked = authorize(actor, Op.CATEGORY_MANAGE)
        clean = rules.category_name(name)
        row_id = check_id(category_id, "Category")

        def work(tx: Transaction) -> ProductCategory:
            known = _categories(tx, lock=True)
            row = tx.get(models.ProductCategory, row_id)
            if row is None:
                raise NotFoundError(f"Category #{row_id} not found")
            if row.name == clean:
                raise NothingToChangeError(f"Category '{clean}' already has that name")
            other = known.get(_category_key(clean))
            if other is not None and other.id != row.id:
                raise ValidationError(f"Category '{other.name}' already exists", "category")
            old = row.name
            row.name = clean
            _audit_category(tx, checked, row, f"renamed {old} -> {clean}")
            return self._category(tx, row.id)

        try:
            return self._db.write(work)
        except UniqueViolation:
            raise ValidationError(f"Category '{clean}' already exists", "category") from None

    def set_category_active(
        self, actor: Actor | None, category_id: int, active: bool
    ) -> ProductCategory:
        """Retire a category (its products keep it; no product is given it any more) or
        bring it back."""
        checked = authorize(actor, Op.CATEGORY_MANAGE)
        wanted = rules.flag(active, "active", "Active")
        row_id = check_id(category_id, "Category")

        def work(tx: Transaction) -> ProductCategory:
            row = tx.lock(models.ProductCategory, row_id)
            if row is None:
                raise NotFoundError(f"Category #{row_id} not found")
            if row.active == wanted:
                state = "active" if wanted else "retired"
                raise NothingToChangeError(f"Category '{row.name}' is already {state}")
            row.active = wanted
            state = "reactivated" if wanted else "retired"
            _audit_category(tx, checked, row, f"{state} {row.name}")
            return self._category(tx, row.id)

        return self._db.write(work)

    @staticmethod
    def _category(tx: Transaction, category_id: int) -> ProductCategory:
        return next(_to_category(r, n) for r, n in tx.products.categories() if r.id == category_id)

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
        checked = authorize(actor, Op.PRODUCT_DEDUCT)
        why = rules.optional_text(reason, "reason", "Reason", rules.REASON_MAX)
        return self._move_stock(
            checked, product_id, -1, StockMovementKind.ADJUSTMENT, why or "Deducted"
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
            record(
                tx,
                actor,
                AuditAction.STOCK_ADJUSTMENT,
                record_type="product",
                record_id=product.id,
                detail=f"{product.name}: {delta:+d} -> {after} ({reason})",
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

        def work(tx: Transaction) -> Page[StockMovement]:
            product = product_row(tx, product_id)
            rows, total = tx.stock.movements(product.id, offset, limit)
            items = tuple(
                StockMovement(
                    id=m.id,
                    product_id=ProductId(m.product_id),
                    kind=StockMovementKind(m.kind),
                    quantity=m.quantity,
                    stock_after=m.stock_after,
                    actor_username=who,
                    reason=m.reason,
                    created_at=m.created_at,
                )
                for m, who in rows
            )
            return Page(items, total, offset, limit)

        return self._db.read(work)

    def import_products(
        self, actor: Actor | None, rows: Sequence[Mapping[str, object]]
    ) -> ImportReport:
        """Add many products in one transaction. Every row is checked first; if any row is
        refused, nothing is written and the report lists each refusal."""
        checked = authorize(actor, Op.PRODUCT_IMPORT)
        rows = rules.sequence(rows, "rows", "Rows", IMPORT_MAX_ROWS)  # type: ignore[assignment]
        errors: list[RowError] = []
        values: list[dict[str, object]] = []
        seen_barcodes: dict[str, int] = {}
        # Read first so that the report names every refused row at once; checked again
        # in the write, where a category retired meanwhile is caught.
        known = self._db.read(_categories) if rows else {}
        for number, row in enumerate(rows, start=1):
            try:
                values.append(self._import_row(row))
                values[-1]["category"] = _category_for_product(known, str(values[-1]["category"]))
            except ValidationError as exc:
                errors.append(RowError(number, exc.message))
                continue
            code = values[-1].get("barcode")
            if isinstance(code, str):
                if code in seen_barcodes:
                    errors.append(
                        RowError(number, f"Barcode {code} is also on row {seen_barcodes[code]}")
                    )
                seen_barcodes[code] = number
        if errors:
            return ImportReport(0, tuple(errors))

        def work(tx: Transaction) -> ImportReport:
            known = _categories(tx)
            refused: list[RowError] = []
            for number, row in enumerate(values, start=1):
                try:
                    row["category"] = _category_for_product(known, str(row["category"]))
                except ValidationError as exc:
                    refused.append(RowError(number, exc.message))
            if refused:
                return ImportReport(0, tuple(refused))
            taken = tx.products.existing_barcodes(list(seen_barcodes))
            if taken:
                return ImportReport(
                    0,
                    tuple(
                        RowError(seen_barcodes[code], f"Barcode {code} is already used")
                        for code in sorted(taken, key=lambda c: seen_barcodes[c])
                    ),
                )
            count = tx.products.add_many(values, actor_id=checked.account_id, reason="Imported")
            record(
                tx,
                checked,
                AuditAction.PRODUCT_CHANGE,
                record_type="product",
                detail=f"imported {count} products",
            )
            return ImportReport(count, ())

        return self._db.write(work)

    @staticmethod
    def _import_row(given: object) -> dict[str, object]:
        row = rules.mapping(given, "row", "A row")
        unknown = set(row) - set(CSV_COLUMNS)
        if unknown:
            raise ValidationError(f"Unknown column {shown(sorted(unknown)[0])}")
        fields = clean_product_fields(
            {
                "name": row.get("name"),
                "category": row.get("category"),
                "price": row.get("price"),
                "description": row.get("description") or "",
                "barcode": row.get("barcode") or None,
            }
        )
        stock = rules.integer(row.get("stock") or 0, "stock", "Stock", 0, rules.STOCK_MAX)
        active_text = str(row.get("active") or "yes").strip().lower()
        if active_text not in _TRUE | _FALSE:
            raise ValidationError("Active must be yes or no", "active")
        now = models.utcnow()
        return {
            **fields,
            "stock": stock,
            "active": active_text in _TRUE,
            "created_at": now,
            "updated_at": now,
        }

    def export_rows(self, actor: Actor | None, batch: int = 2000) -> Iterator[dict[str, str]]:
        """Every product as CSV-ready text, a batch per read transaction. The permission
        is checked now, not at the first row."""
        authorize(actor, Op.PRODUCT_VIEW)
        return self._export(rules.integer(batch, "batch", "Batch size", 1, EXPORT_BATCH_MAX))

    def _export(self, batch: int) -> Iterator[dict[str, str]]:
        after = 0

        def next_batch(tx: Transaction) -> list[Product]:
            return [to_product(p) for p in tx.products.after(after, batch)]

        while True:
            page = self._db.read(next_batch)
            if not page:
                return
            for product in page:
                yield {
                    "name": product.name,
                    "category": product.category,
                    "price": f"{product.price:.2f}",
                    "description": product.description,
                    "stock": str(product.stock),
                    "barcode": product.barcode or "",
                    "active": "yes" if product.active else "no",
                }
            after = page[-1].id
