"""The one place a checked cart becomes the sale to write: the online checkout
(``sales.py``) and the offline counter (``offline.py``) both end here, so the two cannot
drift apart in what they record (who sold it, how it was paid, the audit line)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pos_app.data.repositories.sale_writer import SaleLineWrite, SaleWrite
from pos_app.domain.money import from_cents
from pos_app.domain.pricing import PricedCart
from pos_app.services.cart_request import CleanCart
from pos_app.services.records import Actor
from pos_app.services.taxes import PricingSettings


@dataclass(frozen=True)
class Paid:
    """How a sale's total is paid, in cents; ``tendered`` is the cash handed over."""

    wallet: int
    cash: int
    card: int
    tendered: int | None
    cash_rounding: int = 0

    def text(self) -> str:
        """The audit's words for it: "wallet 5.00, cash 2.50", or "nothing to pay"."""
        parts = (("wallet", self.wallet), ("cash", self.cash), ("card", self.card))
        paid = ", ".join(f"{name} {from_cents(cents):.2f}" for name, cents in parts if cents)
        return paid or "nothing to pay"


def sale_write(
    cart: CleanCart,
    actor: Actor,
    now: datetime,
    lines: tuple[SaleLineWrite, ...],
    total_cents: int,
    paid: Paid,
    *,
    how: str = "",
    given: str = "",
    **rest: Any,
) -> SaleWrite:
    """The sale to write. ``how`` follows the number in the audit line (" (offline C1-7)"),
    ``given`` ends it (a discount's authority); ``rest`` are SaleWrite's optional fields."""
    return SaleWrite(
        uuid=cart.sale_uuid,
        customer_id=cart.customer_id,
        cashier_id=actor.account_id,
        counter=cart.counter,
        created_at=now,
        total_cents=total_cents,
        lines=lines,
        wallet_cents=paid.wallet,
        cash_cents=paid.cash,
        tendered_cents=paid.tendered,
        card_cents=paid.card,
        card_reference=cart.card_reference,
        actor_username=actor.username,
        actor_counter=actor.counter,
        audit_detail=f"sale {{sale_id}}{how}: {from_cents(total_cents):.2f} ({paid.text()}){given}",
        cash_rounding_cents=paid.cash_rounding,
        **rest,
    )


def priced_fields(
    priced: PricedCart, settings: PricingSettings, cart: CleanCart, authoriser: Actor
) -> dict[str, Any]:
    """What a sale records of how it was priced (``sale_write``'s ``rest``): its discounts
    and promotions, whether prices held the tax, the discount's reason and, when there is
    a discount, who authorised it."""
    return {
        "discount_cents": priced.discount_cents,
        "promotion_cents": priced.promotion_cents,
        "prices_include_tax": settings.prices_include_tax,
        "discount_reason": cart.discount.reason if cart.discount else "",
        "discount_authorised_by_id": authoriser.account_id if priced.discount_cents else None,
    }
