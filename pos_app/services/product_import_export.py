"""Products in bulk: the CSV import (all rows or none) and the export a batch at a time.
The file format itself is ``product_csv``'s."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from pos_app.data import models
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import ValidationError, shown
from pos_app.domain.money import from_cents
from pos_app.services.audit_log import record
from pos_app.services.base import Service, to_product
from pos_app.services.permissions import Op, authorize
from pos_app.services.product_categories import (
    categories_by_key,
    category_for_product,
    category_key,
)
from pos_app.services.product_changes import change_product, kept_or_new_category
from pos_app.services.product_csv import CSV_COLUMNS
from pos_app.services.product_fields import check_variable_price, clean_product_fields
from pos_app.services.records import Actor, ImportReport, Product, RowError, RowPlan

IMPORT_MAX_ROWS = 200_000
EXPORT_BATCH_MAX = 10_000
_TRUE = {"1", "true", "yes", "y"}
_FALSE = {"0", "false", "no", "n"}


def _yes_or_no(cell: object, empty: bool, field: str, label: str) -> bool:
    """A yes/no cell (1/0, true/false, y/n too); an empty or missing one is ``empty``."""
    text = str(cell or "").strip().lower()
    if not text:
        return empty
    if text not in _TRUE | _FALSE:
        raise ValidationError(f"{label} must be yes or no", field)
    return text in _TRUE


#: What an import compares of a product the store has (the barcode or name found it).
COMPARED = ("name", "category", "price_cents", "description", "active", "variable_price")


@dataclass
class _Plan:
    """What an import will do: products to add, products to change (and how), rows that
    change nothing, known products whose stock cell differs (not applied), refusals."""

    new: list[dict[str, object]] = field(default_factory=list)
    changes: list[tuple[models.Product, dict[str, object]]] = field(default_factory=list)
    unchanged: int = 0
    stock_kept: int = 0
    errors: list[RowError] = field(default_factory=list)
    #: Each row's plan, kept for an import that updates (an add-only import reports as
    #: it always did).
    rows: list[RowPlan] = field(default_factory=list)

    def report(self, added: int) -> ImportReport:
        if self.errors:
            return ImportReport(0, tuple(self.errors))
        return ImportReport(
            added,
            (),
            updated=len(self.changes),
            unchanged=self.unchanged,
            stock_kept=self.stock_kept,
            new_prices=sum("price_cents" in changes for _product, changes in self.changes),
            rows=tuple(self.rows),
        )


def _plan(
    tx: Transaction, values: list[dict[str, object]], stock_given: list[bool], update: bool
) -> _Plan:
    """Match each checked row to the product it updates, if any: the product with its
    barcode, or, for a row without one, the one product without a barcode of its name.
    Not ``update``: every row is a new product, and a barcode the store has is refused."""
    known = categories_by_key(tx)
    by_code = tx.products.by_barcodes([str(v["barcode"]) for v in values if v["barcode"]])
    names = sorted({str(v["name"]) for v in values if not v["barcode"]}) if update else []
    by_name = tx.products.without_barcode_named(names) if names else {}
    plan = _Plan()
    rows_of: dict[int, int] = {}  # a product's id -> the row that updates it
    for number, value in enumerate(values, start=1):
        code, name = value["barcode"], str(value["name"])
        same = [by_code[str(code)]] if code in by_code else [] if code else by_name.get(name, [])
        try:
            if same and not update:
                raise ValidationError(f"Barcode {code} is already used", "barcode")
            if not same:
                value["category"] = category_for_product(known, str(value["category"]))
                plan.new.append(value)
                if update:
                    plan.rows.append(RowPlan(number, "new"))
                continue
            if len(same) > 1:
                raise ValidationError(
                    f"{len(same)} products without a barcode are named {shown(name)}: "
                    "give the row the barcode of the one it is"
                )
            product = same[0]
            if product.id in rows_of:
                raise ValidationError(f"Row {rows_of[product.id]} is the same product")
            rows_of[product.id] = number
            value["category"] = kept_or_new_category(known, product, str(value["category"]))
        except ValidationError as exc:
            plan.errors.append(RowError(number, exc.message))
            continue
        changes = {k: value[k] for k in COMPARED if value[k] != getattr(product, k)}
        if stock_given[number - 1] and value["stock"] != product.stock:
            plan.stock_kept += 1
        if changes:
            plan.changes.append((product, changes))
            old = from_cents(product.price_cents) if "price_cents" in changes else None
            plan.rows.append(RowPlan(number, "update", tuple(changes), old))
        else:
            plan.unchanged += 1
            plan.rows.append(RowPlan(number, "same"))
    return plan


class ProductImportExport(Service):
    """Import products from CSV rows; export every product as CSV-ready text."""

    def import_products(
        self,
        actor: Actor | None,
        rows: Sequence[Mapping[str, object]],
        *,
        update_existing: bool = False,
        dry_run: bool = False,
    ) -> ImportReport:
        """Add many products in one transaction; a barcode the store has is refused.

        ``update_existing``: bring the store's own products up to date too (so an edited
        export imports back). A row is a product the store has when its barcode is that
        product's, or, for a row without a barcode, when exactly one product without a
        barcode has its name. Such a product takes the row's name, category,
        price, description, active and variable price, each change audited as an edit is;
        its stock is not changed (stock moves through restocks and counts), and
        ``stock_kept`` says how many rows gave another stock. Every row is checked first;
        if any row is refused, nothing is written and the report lists each refusal.
        ``dry_run``: check and count what an import would do, and write nothing."""
        checked = authorize(actor, Op.PRODUCT_IMPORT)
        rows = rules.sequence(rows, "rows", "Rows", IMPORT_MAX_ROWS)  # type: ignore[assignment]
        errors: list[RowError] = []
        values: list[dict[str, object]] = []
        stock_given: list[bool] = []
        seen_barcodes: dict[str, int] = {}
        # Read first so that the report names every refused row at once; checked again
        # in the write, where a category retired meanwhile is caught.
        known = self._db.read(categories_by_key) if rows else {}
        for number, row in enumerate(rows, start=1):
            try:
                values.append(self._import_row(row))
                category = str(values[-1]["category"])
                if category_key(category) not in known:
                    raise ValidationError(f"There is no category {shown(category)}", "category")
            except ValidationError as exc:
                errors.append(RowError(number, exc.message))
                continue
            stock_given.append(bool(str(row.get("stock") or "").strip()))
            code = values[-1].get("barcode")
            if isinstance(code, str):
                if code in seen_barcodes:
                    errors.append(
                        RowError(number, f"Barcode {code} is also on row {seen_barcodes[code]}")
                    )
                seen_barcodes[code] = number
        if errors:
            return ImportReport(0, tuple(errors))
        if dry_run:

            def look(tx: Transaction) -> ImportReport:
                plan = _plan(tx, values, stock_given, update_existing)
                return plan.report(len(plan.new))

            return self._db.read(look)

        def work(tx: Transaction) -> ImportReport:
            plan = _plan(tx, values, stock_given, update_existing)
            if plan.errors:
                return plan.report(0)
            count = (
                tx.products.add_many(plan.new, actor_id=checked.account_id, reason="Imported")
                if plan.new
                else 0
            )
            for product, changes in plan.changes:
                change_product(tx, checked, product, changes, "; imported")
            updated = f", updated {len(plan.changes)}" if plan.changes else ""
            record(
                tx,
                checked,
                AuditAction.PRODUCT_CHANGE,
                record_type="product",
                detail=f"imported {count} products{updated}",
            )
            return plan.report(count)

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
        active = _yes_or_no(row.get("active"), True, "active", "Active")
        variable_price = _yes_or_no(
            row.get("variable_price"), False, "variable_price", "Variable price"
        )
        check_variable_price(variable_price, fields["barcode"])
        now = models.utcnow()
        return {
            **fields,
            "stock": stock,
            "active": active,
            "variable_price": variable_price,
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
                    "variable_price": "yes" if product.variable_price else "no",
                }
            after = page[-1].id
