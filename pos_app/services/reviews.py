"""Product reviews by customers who bought the product, and their moderation."""

from __future__ import annotations

from pos_app.data import models
from pos_app.data.database import UniqueViolation
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction, ReviewStatus, Role
from pos_app.domain.errors import (
    NothingToChangeError,
    PermissionDeniedError,
    ValidationError,
)
from pos_app.services.audit_log import record_on
from pos_app.services.base import Service, check_id, check_page, found_row, product_row, to_reviews
from pos_app.services.permissions import Op, authorize, authorize_for_customer
from pos_app.services.records import Actor, ModerationResult, Page, Review


def _rating(value: object) -> int:
    return rules.integer(value, "rating", "Rating", 1, 5)


def _comment(value: object) -> str:
    return rules.optional_text(value, "comment", "Comment", rules.REVIEW_COMMENT_MAX)


def _statuses(values: object) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str | ReviewStatus):
        values = [values]
    if not isinstance(values, list | tuple | set | frozenset):
        raise ValidationError("Status filter must be a list of statuses", "status")
    return [rules.choice(ReviewStatus, v, "status", "Status").value for v in values]


class ReviewService(Service):
    """Write, read and moderate reviews."""

    def submit(
        self, actor: Actor | None, product_id: int, rating: int, comment: str = ""
    ) -> Review:
        """A customer's review of a product they bought; it waits for approval."""
        checked = authorize(actor, Op.REVIEW_WRITE)
        stars = _rating(rating)
        text = _comment(comment)
        assert checked.account_id is not None

        def work(tx: Transaction) -> Review:
            product = product_row(tx, product_id)
            if not tx.sales.customer_bought(checked.account_id, product.id):  # type: ignore[arg-type]
                raise PermissionDeniedError(
                    f"You can only review products you bought ({product.name})"
                )
            now = models.utcnow()
            review = tx.reviews.add(
                customer_id=checked.account_id,
                product_id=product.id,
                rating=stars,
                comment=text,
                status=ReviewStatus.NEEDS_APPROVAL.value,
                created_at=now,
                updated_at=now,
            )
            return to_reviews(tx, [review])[0]

        try:
            return self._db.write(work)
        except UniqueViolation:
            raise ValidationError(
                "You have already reviewed this product; edit that review instead"
            ) from None

    def _own_review(self, tx: Transaction, actor: Actor, review_id: int) -> models.Review:
        review = found_row(tx, models.Review, check_id(review_id, "Review"), "Review", lock=True)
        authorize_for_customer(actor, Op.REVIEW_WRITE, review.customer_id)
        return review

    def update_own(
        self,
        actor: Actor | None,
        review_id: int,
        *,
        rating: int | None = None,
        comment: str | None = None,
    ) -> Review:
        """Edit one's own review; it goes back to needs_approval."""
        checked = authorize(actor, Op.REVIEW_WRITE)
        if rating is None and comment is None:
            raise NothingToChangeError("Nothing to update: no fields were given")
        stars = None if rating is None else _rating(rating)
        text = None if comment is None else _comment(comment)

        def work(tx: Transaction) -> Review:
            review = self._own_review(tx, checked, review_id)
            if stars is not None:
                review.rating = stars
            if text is not None:
                review.comment = text
            review.status = ReviewStatus.NEEDS_APPROVAL.value
            review.updated_at = models.utcnow()
            tx.flush()
            return to_reviews(tx, [review])[0]

        return self._db.write(work)

    def delete_own(self, actor: Actor | None, review_id: int) -> None:
        checked = authorize(actor, Op.REVIEW_WRITE)

        def work(tx: Transaction) -> None:
            tx.reviews.delete(self._own_review(tx, checked, review_id))

        self._db.write(work)

    def get(self, actor: Actor | None, review_id: int) -> Review:
        checked = authorize(actor, Op.REVIEW_READ)
        row_id = check_id(review_id, "Review")

        def hidden(review: models.Review) -> bool:
            """A customer sees only approved reviews, and their own."""
            return (
                checked.role is Role.CUSTOMER
                and review.customer_id != checked.account_id
                and review.status != ReviewStatus.APPROVED.value
            )

        def work(tx: Transaction) -> Review:
            review = found_row(tx, models.Review, row_id, "Review", hidden=hidden)
            return to_reviews(tx, [review])[0]

        return self._db.read(work)

    def for_product(
        self, actor: Actor | None, product_id: int, *, offset: int = 0, limit: int = 100
    ) -> Page[Review]:
        """A product's reviews: approved only for customers, all for staff who moderate."""
        checked = authorize(actor, Op.REVIEW_READ)
        offset, limit = check_page(offset, limit)
        sees_all = checked.role in (Role.MANAGER, Role.ADMIN)
        statuses = None if sees_all else [ReviewStatus.APPROVED.value]
        return self._read_page(
            offset,
            limit,
            lambda tx: tx.reviews.page(
                product_id=product_row(tx, product_id).id,
                statuses=statuses,
                offset=offset,
                limit=limit,
            ),
            to_reviews,
        )

    def for_customer(
        self, actor: Actor | None, customer_id: int, *, offset: int = 0, limit: int = 100
    ) -> Page[Review]:
        """Everything one customer wrote; a customer may ask only for their own."""
        authorize_for_customer(actor, Op.REVIEW_READ, customer_id)
        offset, limit = check_page(offset, limit)
        owner = check_id(customer_id, "Customer")
        return self._read_page(
            offset,
            limit,
            lambda tx: tx.reviews.page(customer_id=owner, offset=offset, limit=limit),
            to_reviews,
        )

    def queue(
        self,
        actor: Actor | None,
        *,
        statuses: object = None,
        product_id: int | None = None,
        customer_id: int | None = None,
        product_text: str = "",
        customer_text: str = "",
        offset: int = 0,
        limit: int = 100,
    ) -> Page[Review]:
        """The moderation queue: needs_approval first, oldest first. ``product_text`` and
        ``customer_text`` match part of the product name or the customer's username."""
        authorize(actor, Op.REVIEW_MODERATE)
        wanted = _statuses(statuses)
        product_id = None if product_id is None else check_id(product_id, "Product")
        customer_id = None if customer_id is None else check_id(customer_id, "Customer")
        product_query = rules.optional_text(product_text, "product_text", "Product", 100)
        customer_query = rules.optional_text(customer_text, "customer_text", "Customer", 100)
        offset, limit = check_page(offset, limit)
        return self._read_page(
            offset,
            limit,
            lambda tx: tx.reviews.page(
                product_id=product_id,
                customer_id=customer_id,
                statuses=wanted,
                product_text=product_query,
                customer_text=customer_query,
                offset=offset,
                limit=limit,
            ),
            to_reviews,
        )

    def moderate(self, actor: Actor | None, review_id: int, status: object) -> ModerationResult:
        """Set a review's status; reports the old and the new one."""
        checked = authorize(actor, Op.REVIEW_MODERATE)
        new_status = rules.choice(ReviewStatus, status, "status", "Status")
        row_id = check_id(review_id, "Review")

        def work(tx: Transaction) -> ModerationResult:
            review = found_row(tx, models.Review, row_id, "Review", lock=True)
            old_status = ReviewStatus(review.status)
            review.status = new_status.value
            review.moderated_by_id = checked.account_id
            review.moderated_at = models.utcnow()
            tx.flush()
            record_on(
                tx,
                checked,
                AuditAction.REVIEW_MODERATION,
                review,
                f"{old_status.value} -> {new_status.value}",
            )
            return ModerationResult(to_reviews(tx, [review])[0], old_status, new_status)

        return self._db.write(work)
