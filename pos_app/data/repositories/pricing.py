"""What sales are priced by: the store's settings, tax rates, and promotions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, or_, select

from pos_app.data.models import Product, ProductCategory, Sale, utcnow
from pos_app.data.pricing_models import (
    PricingState,
    Promotion,
    PromotionProduct,
    StoreSetting,
    TaxRate,
)
from pos_app.data.repositories.base import Repository


class RateFields(NamedTuple):
    """A tax rate's columns, as a sale reads them."""

    id: int
    name: str
    percent_e4: int
    exempt: bool


#: The setting naming the rate of products whose category has none.
DEFAULT_TAX_RATE = "default_tax_rate_id"


class PricingRepository(Repository):
    def version(self) -> int:
        """The pricing version: it moves on with every change to what a sale is priced by
        (triggers, migration 0007)."""
        return int(
            self.tx.connection()
            .execute(select(PricingState.version).where(PricingState.id == 1))
            .scalar_one()
        )

    def settings(self) -> dict[str, str]:
        return {
            key: value
            for key, value in self.tx.connection().execute(
                select(StoreSetting.key, StoreSetting.value)
            )
        }

    def put_setting(self, key: str, value: str, actor_id: int | None) -> bool:
        """Set one setting; False when it already had that value."""
        row = self.session.get(StoreSetting, key)
        if row is None:
            self._insert(StoreSetting(key=key, value=value, updated_by_id=actor_id))
            return True
        if row.value == value:
            return False
        self.tx.check_writable()
        row.value, row.updated_by_id, row.updated_at = value, actor_id, utcnow()
        self.session.flush()  # ``settings`` reads through the connection, past the session
        return True

    def rates(self, *, include_retired: bool = False) -> list[TaxRate]:
        query = select(TaxRate).order_by(TaxRate.percent_e4.desc(), TaxRate.name)
        if not include_retired:
            query = query.where(TaxRate.active.is_(True))
        return list(self.session.scalars(query))

    def rate_named(self, name: str) -> TaxRate | None:
        return self.session.scalar(select(TaxRate).where(func.lower(TaxRate.name) == name.lower()))

    def add_rate(self, name: str, percent_e4: int, exempt: bool) -> TaxRate:
        return self._insert(TaxRate(name=name, percent_e4=percent_e4, exempt=exempt, active=True))

    def product_rates(
        self, product_ids: Iterable[int] | None, default_rate_id: int | None, first: int = 0
    ) -> dict[int, tuple[str, RateFields | None]]:
        """Each product's category and the rate it is sold at: its own, else its
        category's, else the store's default (None: no tax). One query, plain columns
        (no ORM rows: a sale waits for it). ``product_ids`` None: the ``first`` products
        by id."""
        effective = func.coalesce(Product.tax_rate_id, ProductCategory.tax_rate_id, default_rate_id)
        rows = self.tx.connection().execute(
            select(
                Product.id,
                Product.category,
                TaxRate.id,
                TaxRate.name,
                TaxRate.percent_e4,
                TaxRate.exempt,
            )
            .join(ProductCategory, ProductCategory.name == Product.category)
            .outerjoin(TaxRate, TaxRate.id == effective)
            .where(Product.id.in_(list(product_ids)) if product_ids is not None else Product.id > 0)
            .order_by(Product.id)
            .limit(first or None)
        )
        return {row[0]: (row[1], None if row[2] is None else RateFields(*row[2:])) for row in rows}

    def running_promotions(
        self, at: datetime, product_ids: Iterable[int], categories: Iterable[str]
    ) -> list[tuple[Any, frozenset[int]]]:
        """The promotions running at ``at`` that cover one of ``product_ids`` or
        ``categories``, each with its products: one query of plain columns. Each row has
        the attributes of a promotion."""
        covered = select(PromotionProduct.promotion_id).where(
            PromotionProduct.product_id.in_(list(product_ids))
        )
        return self._promotions(
            Promotion.starts_at <= at,
            Promotion.ends_at > at,
            or_(Promotion.id.in_(covered), Promotion.category.in_(list(categories))),
        )

    def promotions_not_ended(self, at: datetime) -> list[tuple[Any, frozenset[int]]]:
        """Every active promotion that has not ended at ``at`` (running or to come), each
        with its products, as ``running_promotions`` gives them: what a counter keeps."""
        return self._promotions(Promotion.ends_at > at)

    def _promotions(self, *where: Any) -> list[tuple[Any, frozenset[int]]]:
        query = (
            select(*Promotion.__table__.c, PromotionProduct.product_id.label("covered_id"))
            .outerjoin(PromotionProduct, PromotionProduct.promotion_id == Promotion.id)
            .where(Promotion.active.is_(True), *where)
            .order_by(Promotion.id)
        )
        found: dict[int, Any] = {}
        products: dict[int, set[int]] = {}
        for row in self.tx.connection().execute(query):
            found.setdefault(row.id, row)
            names = products.setdefault(row.id, set())
            if row.covered_id is not None:
                names.add(row.covered_id)
        return [(row, frozenset(products[row.id])) for row in found.values()]

    def add_promotion(self, promotion: Promotion, product_ids: Iterable[int]) -> Promotion:
        row = self._insert(promotion)
        self.session.add_all(
            PromotionProduct(promotion_id=row.id, product_id=product_id)
            for product_id in product_ids
        )
        self.session.flush()
        return row

    def promotions(
        self, *, include_retired: bool = False
    ) -> list[tuple[Promotion, frozenset[int]]]:
        """The promotions (active ones, or all) with their products, for the managers'
        list. A sale reads ``running_promotions``."""
        query = select(Promotion).order_by(Promotion.id)
        if not include_retired:
            query = query.where(Promotion.active.is_(True))
        found: dict[int, Promotion] = {}
        products: dict[int, set[int]] = {}
        joined = query.add_columns(PromotionProduct.product_id).outerjoin(
            PromotionProduct, PromotionProduct.promotion_id == Promotion.id
        )
        for row, product_id in self.session.execute(joined):  # one query, products with it
            found.setdefault(row.id, row)
            names = products.setdefault(row.id, set())
            if product_id is not None:
                names.add(product_id)
        return [(row, frozenset(products[row.id])) for row in found.values()]

    def promotion_products(self, promotion_id: int) -> list[int]:
        return list(
            self.session.scalars(
                select(PromotionProduct.product_id).where(
                    PromotionProduct.promotion_id == promotion_id
                )
            )
        )

    def has_sales(self) -> bool:
        """Whether any sale was ever recorded (a currency's decimals are then kept)."""
        return self.session.scalar(select(Sale.id).limit(1)) is not None

    def price_off_unit(self, unit_cents: int) -> tuple[str, int] | None:
        """A product's or active promotion's (name, price in cents) that is not a whole
        number of ``unit_cents``: what stops the store taking a currency without decimals."""
        for model in (Product, Promotion):
            query = select(model.name, model.price_cents).where(model.price_cents % unit_cents != 0)
            if model is Promotion:
                query = query.where(Promotion.active.is_(True))
            row = self.session.execute(query.order_by(model.id).limit(1)).first()
            if row is not None:
                return str(row[0]), int(row[1])
        return None
