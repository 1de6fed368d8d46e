"""Product reviews and their moderation queue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select

from pos_app.data.models import Account, Product, Review
from pos_app.data.repositories.base import Repository, like_pattern


class ReviewRepository(Repository):
    def add(self, **columns: Any) -> Review:
        return self._insert(Review(**columns))

    def delete(self, review: Review) -> None:
        self._remove(review)

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

    def page(
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
                            like_pattern(product_text.lower()), escape="\\"
                        )
                    )
                )
            )
        if customer_text:
            query = query.where(
                Review.customer_id.in_(
                    select(Account.id).where(
                        Account.username.like(like_pattern(customer_text.lower()), escape="\\")
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
