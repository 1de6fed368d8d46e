"""Products in bulk: the CSV import (all rows or none) and the export a batch at a time.
The file format itself is ``product_csv``'s."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from pos_app.data import models
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import ValidationError, shown
from pos_app.services.audit_log import record
from pos_app.services.base import Service, to_product
from pos_app.services.permissions import Op, authorize
from pos_app.services.product_categories import categories_by_key, category_for_product
from pos_app.services.product_csv import CSV_COLUMNS
from pos_app.services.product_fields import check_variable_price, clean_product_fields
from pos_app.services.records import Actor, ImportReport, Product, RowError

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


class ProductImportExport(Service):
    """Import products from CSV rows; export every product as CSV-ready text."""

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
        known = self._db.read(categories_by_key) if rows else {}
        for number, row in enumerate(rows, start=1):
            try:
                values.append(self._import_row(row))
                values[-1]["category"] = category_for_product(known, str(values[-1]["category"]))
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
            known = categories_by_key(tx)
            refused: list[RowError] = []
            for number, row in enumerate(values, start=1):
                try:
                    row["category"] = category_for_product(known, str(row["category"]))
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
