"""Promotions managers define and every counter applies on its own (issue 12). The rules
that price them are ``pos_app.domain.pricing``'s; a promotion in use is retired, never
deleted, and a sale keeps the name and saving of the one it got."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

from pos_app.data import models
from pos_app.data.pricing_models import Promotion as PromotionRow
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import NotFoundError, ValidationError
from pos_app.domain.money import from_cents, to_cents
from pos_app.domain.pricing import Promotion, PromotionKind, check_promotion
from pos_app.domain.promotions import check_percent
from pos_app.services.audit_log import record_on
from pos_app.services.base import Service, check_id, copied, to_switch
from pos_app.services.permissions import Op, authorize
from pos_app.services.product_categories import categories_by_key, category_key
from pos_app.services.records import Actor
from pos_app.services.taxes import E4

#: Products one promotion may cover.
PRODUCTS_MAX = 500


@dataclass(frozen=True)
class PromotionRecord:
    id: int
    name: str
    kind: PromotionKind
    starts_at: datetime
    ends_at: datetime
    product_ids: tuple[int, ...]
    category: str | None
    quantity: int
    price: Decimal
    free_quantity: int
    percent: Decimal
    active: bool


def _record(row: PromotionRow, product_ids: Iterable[int]) -> PromotionRecord:
    return copied(
        PromotionRecord,
        row,
        kind=PromotionKind(row.kind),
        product_ids=tuple(sorted(product_ids)),
        price=from_cents(row.price_cents),
        percent=Decimal(row.percent_e4) / E4,
    )


def first_and_last_day(starts_at: datetime, ends_at: datetime) -> str:
    """ "2026-11-28 to 2026-12-04": the local days a promotion runs, its last day the one
    its end falls in just before (a promotion ends at the midnight after its last day; the
    audit trail said that next day, one day late, as the keyboard trial found)."""
    first = starts_at.astimezone().date()
    last = (ends_at - timedelta(microseconds=1)).astimezone().date()
    return f"{first.isoformat()} to {last.isoformat()}"


class PromotionService(Service):
    def list(self, actor: Actor | None, *, include_ended: bool = False) -> list[PromotionRecord]:
        """Active promotions (and retired ones too with ``include_ended``), running or
        to come; ended ones only with ``include_ended``."""
        authorize(actor, Op.PRODUCT_VIEW)
        everything = rules.flag(include_ended, "include_ended", "Include ended")
        now = models.utcnow()

        def work(tx: Transaction) -> list[PromotionRecord]:
            found = tx.pricing.promotions(include_retired=everything)
            return [
                _record(row, products) for row, products in found if everything or row.ends_at > now
            ]

        return self._db.read(work)

    def add(
        self,
        actor: Actor | None,
        *,
        name: str,
        kind: object,
        starts_at: datetime,
        ends_at: datetime,
        product_ids: Iterable[int] = (),
        category: str | None = None,
        quantity: int = 0,
        price: object = "0",
        free_quantity: int = 0,
        percent: object = "0",
    ) -> PromotionRecord:
        """A dated promotion: "N for a price" or "buy X get Y" over some products, or a
        percent off a category. Refused with the field to fix when it makes no sense."""
        checked = authorize(actor, Op.TAX_MANAGE)
        chosen = rules.choice(PromotionKind, kind, "kind", "Kind")
        covered = sorted(
            {
                check_id(p, "Product")
                for p in rules.sequence(product_ids, "product_ids", "Products", PRODUCTS_MAX)
            }
        )
        wanted_category = rules.category_name(category) if category else None
        draft = Promotion(
            id=0,
            name=rules.required_text(name, "name", "Name", 100),
            kind=chosen,
            starts_at=rules.moment(starts_at, "starts_at", "Start"),
            ends_at=rules.moment(ends_at, "ends_at", "End"),
            product_ids=frozenset(covered),
            category=wanted_category,
            quantity=rules.integer(quantity, "quantity", "Quantity", 0, rules.CART_QUANTITY_MAX),
            price_cents=to_cents(rules.price(price)),
            free_quantity=rules.integer(
                free_quantity, "free_quantity", "Free quantity", 0, rules.CART_QUANTITY_MAX
            ),
            percent=check_percent(percent, "percent", "The promotion's percent"),
        )

        def work(tx: Transaction) -> PromotionRecord:
            if draft.category is not None:
                known = categories_by_key(tx).get(category_key(draft.category))
                if known is None:
                    raise ValidationError(f"There is no category {draft.category!r}", "category")
                promotion = replace(draft, category=known.name)
            else:
                promotion = draft
            prices = {pid: p.price_cents for pid, p in tx.products.by_ids(covered).items()}
            missing = [p for p in covered if p not in prices]
            if missing:
                raise NotFoundError(f"Product #{missing[0]} not found")
            try:
                check_promotion(promotion, prices)
            except ValidationError as exc:  # the service's field is the price, not its cents
                field = "price" if exc.field == "price_cents" else exc.field
                raise ValidationError(exc.message, field) from None
            row = tx.pricing.add_promotion(
                PromotionRow(
                    name=promotion.name,
                    kind=promotion.kind.value,
                    starts_at=promotion.starts_at,
                    ends_at=promotion.ends_at,
                    category=promotion.category,
                    quantity=promotion.quantity,
                    price_cents=promotion.price_cents,
                    free_quantity=promotion.free_quantity,
                    percent_e4=int(promotion.percent * E4),
                    active=True,
                ),
                covered,
            )
            period = first_and_last_day(row.starts_at, row.ends_at)
            detail = f"promotion {row.name} ({row.kind}) {period}"
            record_on(tx, checked, AuditAction.PROMOTION_CHANGE, row, detail)
            return _record(row, covered)

        return self._db.write(work)

    def set_active(self, actor: Actor | None, promotion_id: int, active: bool) -> PromotionRecord:
        """Retire a promotion (the counters stop applying it at once) or bring it back."""
        checked = authorize(actor, Op.TAX_MANAGE)
        row_id = check_id(promotion_id, "Promotion")
        wanted = rules.flag(active, "active", "Active")

        def work(tx: Transaction) -> PromotionRecord:
            row = to_switch(tx, PromotionRow, row_id, wanted, "Promotion")
            row.active = wanted
            detail = f"promotion {row.name} {'reactivated' if wanted else 'retired'}"
            record_on(tx, checked, AuditAction.PROMOTION_CHANGE, row, detail)
            return _record(row, tx.pricing.promotion_products(row.id))

        return self._db.write(work)
