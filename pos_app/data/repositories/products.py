"""Products and the categories they are filed under."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, column, func, insert, literal_column, select, table

from pos_app.data.changes import PRODUCTS, STOCK
from pos_app.data.models import Product, ProductCategory
from pos_app.data.repositories.base import Repository, keyset_after, like_pattern
from pos_app.data.search_index import (
    INDEXED_SEARCH_MIN,
    SEARCH_TABLE,
    count_at_most,
    fts_phrase,
)

#: A search text of this many digits or more is taken for a barcode.
BARCODE_SEARCH_MIN = 6
#: SQLite's FTS5 trigram index of products.name, kept in step by triggers.
_PRODUCT_SEARCH = table(SEARCH_TABLE, column("rowid"))

#: PostgreSQL cannot tell how many names hold a substring (its estimate for ILIKE '%...%'
#: is a guess), so a search of 3+ characters says which plan to take. Counting, and
#: sorting a few matches: the trigram index, then a sort (not a walk of the name index
#: that read 400,000 rows to find 100 matches of 'Green Apples': 2.9 s at a million
#: products; now 90 ms). The first matches of many: the primary key's order, stopping at
#: a page (not all 41,000 matches of 'hoodie' sorted by id: 400 ms; now 3 ms).
_BY_TRIGRAMS = {"enable_seqscan": "off", "enable_indexscan": "off"}
_BY_ID = {
    "enable_seqscan": "off",
    "enable_bitmapscan": "off",
    "max_parallel_workers_per_gather": "0",
}

PRODUCT_SORTS = {
    "name": Product.name_key,  # natural order: "Item 2" before "Item 10"
    "price": Product.price_cents,
    "stock": Product.stock,
    "category": Product.category,
    "id": Product.id,
}


def product_key(product: Product, sort: str) -> tuple[Any, int]:
    """Where ``product`` stands in the ``sort`` order: a keyset page's ``after``."""
    return getattr(product, PRODUCT_SORTS[sort].key), product.id


@dataclass(frozen=True)
class ProductForSale:
    """What checkout needs of a product: a plain row, no ORM object to load."""

    id: int
    name: str
    price_cents: int
    active: bool


#: Built once: composing the statement cost about as much as running it.
_PRODUCTS_FOR_SALE = select(Product.id, Product.name, Product.price_cents, Product.active).where(
    Product.id.in_(bindparam("ids", expanding=True))
)


class ProductRepository(Repository):
    def add(self, fields: dict[str, Any], *, stock: int, actor_id: int | None) -> Product:
        """A new active product; its opening stock is a stock movement."""
        product = self._insert(Product(stock=stock, active=True, **fields))
        self.tx.stock.opening([(product.id, stock)], actor_id=actor_id, reason="Opening stock")
        return product

    def add_many(self, rows: Sequence[dict[str, Any]], *, actor_id: int | None, reason: str) -> int:
        """Insert many products at once, with their opening stock; returns how many."""
        if not rows:
            return 0
        self.tx.check_writable()
        self.tx.touch(PRODUCTS, STOCK)
        result = self.session.execute(
            insert(Product).returning(Product.id, Product.stock, sort_by_parameter_order=True),
            list(rows),
        )
        inserted = [(int(r[0]), int(r[1])) for r in result]
        self.tx.stock.opening(inserted, actor_id=actor_id, reason=reason)
        return len(inserted)

    def add_category(self, name: str) -> ProductCategory:
        return self._insert(ProductCategory(name=name, active=True))

    def categories(self, *, lock: bool = False) -> list[tuple[ProductCategory, int]]:
        """Every category with its number of products, by name ignoring case. ``lock``
        holds every category row (PostgreSQL) so that two managers' changes to the names
        take turns: a name must stay unique ignoring case."""
        if lock:
            self.tx.check_writable()
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

    def by_barcode(self, code: str) -> Product | None:
        return self.session.scalar(select(Product).where(Product.barcode == code))

    def page(
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
        count_cap: int | None = None,
        after: Sequence[Any] | None = None,
    ) -> tuple[list[Product], int]:
        """One page and the number of matches. With ``count_cap``, a name search counts
        at most ``count_cap + 1`` matches: a total over the cap means "more than the cap".
        ``after`` (``product_key`` of the last row shown) starts the page past that row:
        the index seeks there, however deep, instead of skipping ``offset`` rows."""
        query = select(Product)
        cap = None
        if text and ((text.isdigit() and len(text) >= BARCODE_SEARCH_MIN) or self.by_barcode(text)):
            # A barcode (typed or scanned): its unique index answers at once. Asking
            # "name contains OR barcode equals" in one query makes SQLite scan everything.
            query = query.where(Product.barcode == text)
        elif text:
            query = query.where(self._name_contains(text))
            cap = count_cap
        if category:
            query = query.where(Product.category == category)
        if barcode:
            query = query.where(Product.barcode == barcode)
        if low_stock_below is not None:
            query = query.where(Product.stock < low_stock_below)
        if not include_inactive:
            query = query.where(Product.active.is_(True))
        column = PRODUCT_SORTS.get(sort, Product.name)
        keys = [(column, descending), (Product.id, False)]
        plan: Mapping[str, str] = {}
        if cap is None:
            total = self._count(query)
        else:
            total, query, plan = self._capped(query, text, cap, after)
            if total > cap:
                with self._planned(plan):
                    return list(self.session.scalars(query.offset(offset).limit(limit))), total
        query = query.order_by(column.desc() if descending else column.asc(), Product.id)
        if after is not None:
            query = query.where(keyset_after(keys, after, self.on_postgresql))
        with self._planned(plan):
            return list(self.session.scalars(query.offset(offset).limit(limit))), total

    def _capped(
        self, query: Select[Any], text: str, cap: int, after: Sequence[Any] | None
    ) -> tuple[int, Select[Any], Mapping[str, str]]:
        """A name search, counted no further than ``cap + 1``. Up to the cap, the matches
        (on SQLite, those the trigram index names) are sorted as asked. Past it, sorting
        would read every match (a frequent word in a million products: seconds), so the
        page is the first matches found, in the order the products were added (by id;
        ``after``'s last value is the id to start past), and the screen says so."""
        if self.on_postgresql or len(text) < INDEXED_SEARCH_MIN:
            trigrams = self.on_postgresql and len(text) >= INDEXED_SEARCH_MIN
            with self._planned(_BY_TRIGRAMS if trigrams else {}):
                total = count_at_most(self.session, query, cap + 1)
            if total <= cap:
                return total, query, _BY_TRIGRAMS if trigrams else {}
            found = query.order_by(Product.id)
            found = found if after is None else found.where(Product.id > after[-1])
            return total, found, _BY_ID if trigrams else {}
        # Driven by the index, in its rowid order: no list of every match is built first.
        rowid = _PRODUCT_SEARCH.c.rowid
        matched = query.join(_PRODUCT_SEARCH, rowid == Product.id).where(self._match(text))
        total = count_at_most(self.session, matched, cap + 1)
        if total <= cap:
            # Few matches: fetch them by id from the index and sort them.
            return total, query.where(Product.id.in_(self._fts_ids(text))), {}
        found = matched.order_by(rowid)
        return total, found if after is None else found.where(rowid > after[-1]), {}

    @contextmanager
    def _planned(self, settings: Mapping[str, str]) -> Iterator[None]:
        """PostgreSQL planner ``settings`` for the statements run inside, put back after
        (``set_config(..., true)``: this transaction only, like SET LOCAL)."""
        if not settings:
            yield
            return
        names = list(settings)
        before = self.session.execute(select(*(func.current_setting(n) for n in names))).one()
        self._set(dict(settings))
        try:
            yield
        finally:
            self._set(dict(zip(names, before, strict=True)))

    def _set(self, settings: dict[str, str]) -> None:
        self.session.execute(select(*(func.set_config(n, v, True) for n, v in settings.items())))

    def _fts_ids(self, text: str) -> Select[Any]:
        """Ids of the products whose name may contain ``text`` (3+ characters), from the
        trigram index."""
        return select(_PRODUCT_SEARCH.c.rowid).where(self._match(text))

    @staticmethod
    def _match(text: str) -> Any:
        """The trigram index's test: the term is one FTS5 phrase, its quotes doubled, so
        nothing in it is query syntax. The index folds case beyond ASCII; the LIKE beside
        it decides."""
        return literal_column(SEARCH_TABLE).op("MATCH")(fts_phrase(text))

    def _name_contains(self, text: str) -> Any:
        """Case-insensitive substring match on the product name. SQLite's LIKE already
        ignores ASCII case (wrapping the column in lower() only slows the scan down);
        PostgreSQL needs ILIKE, which the trigram GIN index (migration 0009) serves."""
        pattern = like_pattern(text)
        if self.on_postgresql:
            return Product.name.ilike(pattern, escape="\\")
        return Product.name.like(pattern, escape="\\")

    def by_barcodes(self, codes: Sequence[str]) -> dict[str, Product]:
        """The products that carry these barcodes, by barcode."""
        found: dict[str, Product] = {}
        for start in range(0, len(codes), 500):
            chunk = list(codes[start : start + 500])
            for product in self.session.scalars(select(Product).where(Product.barcode.in_(chunk))):
                found[str(product.barcode)] = product
        return found

    def without_barcode_named(self, names: Sequence[str]) -> dict[str, list[Product]]:
        """The products without a barcode that have these exact names, by name."""
        found: dict[str, list[Product]] = {}
        for start in range(0, len(names), 500):
            chunk = list(names[start : start + 500])
            query = select(Product).where(Product.name.in_(chunk), Product.barcode.is_(None))
            for product in self.session.scalars(query.order_by(Product.id)):
                found.setdefault(product.name, []).append(product)
        return found

    def after(self, after_id: int, limit: int) -> list[Product]:
        """Products in id order after ``after_id``: a cheap cursor for exports."""
        query = select(Product).where(Product.id > after_id).order_by(Product.id).limit(limit)
        return list(self.session.scalars(query))

    def for_sale(self, ids: Sequence[int]) -> dict[int, ProductForSale]:
        rows = self.tx.connection().execute(_PRODUCTS_FOR_SALE, {"ids": list(ids)})
        return {row[0]: ProductForSale(row[0], row[1], row[2], row[3]) for row in rows}

    def by_ids(self, ids: Sequence[int]) -> dict[int, Product]:
        if not ids:
            return {}
        rows = self.session.scalars(select(Product).where(Product.id.in_(list(ids))))
        return {p.id: p for p in rows}

    def names(self, ids: Iterable[int]) -> dict[int, str]:
        wanted = set(ids)
        if not wanted:
            return {}
        rows = self.session.execute(select(Product.id, Product.name).where(Product.id.in_(wanted)))
        return {int(r[0]): str(r[1]) for r in rows}
