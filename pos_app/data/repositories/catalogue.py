"""What changed in the catalogue after a change sequence number (migration 0011): the
pages a counter's catalogue cache follows the server by."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, select, union_all

from pos_app.data.catalogue_models import CatalogueDeletion
from pos_app.data.models import Product, ProductCategory
from pos_app.data.pricing_models import Promotion, PromotionProduct, StoreSetting, TaxRate
from pos_app.data.repositories.base import Repository

#: What the cache keeps of each followed table, in this order; ``change_seq`` last.
COLUMNS: dict[str, tuple[str, ...]] = {
    "products": (
        "id",
        "name",
        "category",
        "price_cents",
        "barcode",
        "active",
        "tax_rate_id",
        "variable_price",
    ),
    "categories": ("id", "name", "active", "tax_rate_id"),
    "tax_rates": ("id", "name", "percent_e4", "exempt", "active"),
    "promotions": (
        "id",
        "name",
        "kind",
        "starts_at",
        "ends_at",
        "category",
        "quantity",
        "price_cents",
        "free_quantity",
        "percent_e4",
        "active",
    ),
    "store_settings": ("key", "value"),
}
_TABLES: dict[str, Table] = {
    model.__tablename__: model.__table__  # type: ignore[misc]
    for model in (Product, ProductCategory, TaxRate, Promotion, StoreSetting)
}


@dataclass
class CataloguePage:
    """The changes with ``after < change_seq <= upto``, all of them: each table's rows as
    they are now (``COLUMNS`` plus change_seq), the deletions as (change_seq, table,
    key), and each promotion's products. ``more``: later changes were left for the next
    page."""

    after: int
    upto: int
    more: bool
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    deletions: list[tuple[int, str, str]] = field(default_factory=list)
    promotion_products: dict[int, list[int]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return sum(len(r) for r in self.rows.values()) + len(self.deletions)


class CatalogueRepository(Repository):
    def last_change(self) -> int:
        """The highest change number committed (one statement, so one snapshot: every
        number below it is committed too, migration 0011)."""
        tops = [select(func.max(t.c.change_seq).label("n")) for t in _TABLES.values()]
        tops.append(select(func.max(CatalogueDeletion.change_seq).label("n")))
        every = union_all(*tops).subquery()
        found = self.tx.connection().execute(select(func.max(every.c.n))).scalar_one()
        return int(found or 0)

    def changes_after(self, after: int, limit: int = 5000) -> CataloguePage:
        """The next page of changes after ``after``: at most ``limit`` rows of each table,
        read by keyset on ``change_seq``, cut where the first full table stops so that the
        page has every change up to its ``upto`` and none is skipped."""
        connection = self.tx.connection()
        top = self.last_change()
        upto, rows = top, {}
        for name, table in _TABLES.items():
            seq = table.c.change_seq
            found = connection.execute(
                select(*(table.c[c] for c in COLUMNS[name]), seq)
                .where(seq > after, seq <= top)
                .order_by(seq)
                .limit(limit)
            ).all()
            rows[name] = [tuple(r) for r in found]
            if len(found) == limit:
                upto = min(upto, int(found[-1][-1]))
        marker = CatalogueDeletion.change_seq
        removed = connection.execute(
            select(marker, CatalogueDeletion.table_name, CatalogueDeletion.row_key)
            .where(marker > after, marker <= top)
            .order_by(marker)
            .limit(limit)
        ).all()
        if len(removed) == limit:
            upto = min(upto, int(removed[-1][0]))
        page = CataloguePage(after=after, upto=upto, more=upto < top)
        page.rows = {name: [r for r in found if r[-1] <= upto] for name, found in rows.items()}
        page.deletions = [(int(s), str(t), str(k)) for s, t, k in removed if s <= upto]
        promotions = [row[0] for row in page.rows["promotions"]]
        page.promotion_products = {p: [] for p in promotions}
        if promotions:
            covered = connection.execute(
                select(PromotionProduct.promotion_id, PromotionProduct.product_id).where(
                    PromotionProduct.promotion_id.in_(promotions)
                )
            )
            for promotion_id, product_id in covered:
                page.promotion_products[int(promotion_id)].append(int(product_id))
        return page
