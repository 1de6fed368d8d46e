"""A checkout request checked and put in the shape the sale rules take: its lines merged
(one line per product and price) in product-id order, its discounts and payments
checked. No database: what the cart refers to is checked when it is sold."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pos_app.domain import rules
from pos_app.domain.currency import Currency
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import format_money, from_cents, parse_money, to_cents
from pos_app.domain.pricing import Discount
from pos_app.domain.promotions import check_percent
from pos_app.domain.tender_rules import change_max_cents, tendered_acceptable
from pos_app.services.base import CART_LINES, check_id
from pos_app.services.records import CheckoutRequest, DiscountRequest
from pos_app.services.sale_history import clean_uuid


@dataclass(frozen=True)
class CleanLine:
    product_id: int
    quantity: int
    unit_price_cents: int | None
    discount: Discount | None = None


@dataclass(frozen=True)
class CleanCart:
    sale_uuid: str
    lines: tuple[CleanLine, ...]
    customer_id: int | None
    wallet_cents: int | None
    tendered_cents: int | None
    counter: str
    card_cents: int
    card_reference: str
    discount: Discount | None = None
    expected_total_cents: int | None = None


def clean_discount(value: object, field: str) -> Discount | None:
    """A discount as the pricing rules take it, or ValidationError."""
    if value is None:
        return None
    if not isinstance(value, DiscountRequest):
        raise ValidationError("Not a discount", field)
    reason = rules.required_text(value.reason, field, "The discount's reason", rules.REASON_MAX)
    if (value.percent is None) == (value.amount is None):
        raise ValidationError("A discount is a percent or an amount, not both", field)
    if value.percent is not None:
        percent = check_percent(value.percent, field, "The discount's percent")
        return Discount(percent=percent, reason=reason)
    amount = parse_money(value.amount, field=field, label="The discount")
    if amount < 0:
        raise ValidationError("A discount cannot be negative", field)
    return Discount(amount_cents=to_cents(amount), reason=reason)


#: What a card terminal's slip gives to type: an approval code, the last digits.
CARD_REFERENCE_MAX = 64
CARD_REFERENCE_RE = re.compile(r"[0-9A-Za-z*#][0-9A-Za-z /#*.-]*")


def clean_card_reference(value: object, field: str = "card_reference") -> str:
    """An optional card terminal reference: letters, digits, spaces and / # * . -, at most
    64 characters (the approval code or the last digits from the terminal's slip)."""
    text = rules.optional_text(value, field, "Card reference", CARD_REFERENCE_MAX)
    if text and not CARD_REFERENCE_RE.fullmatch(text):
        raise ValidationError(
            "Card reference may hold only letters, digits, spaces and / # * . -", field
        )
    return text


def _cents(value: object, field: str, label: str) -> int | None:
    """An optional amount of the payment, in cents; never negative."""
    if value is None:
        return None
    amount = parse_money(value, field=field, label=label)
    if amount < 0:
        raise ValidationError(f"{label} cannot be negative", field)
    return to_cents(amount)


def clean_cart(request: CheckoutRequest) -> CleanCart:
    if not isinstance(request, CheckoutRequest):
        raise ValidationError("Not a checkout request")
    # A product's lines at one price are one line; at two prices, two (goods sold by price
    # label; any other product is then refused by ``_one_price``).
    merged: dict[tuple[int, int], CleanLine] = {}
    for product_id, counted, line in CART_LINES.counted(request.lines):
        price = None if line.unit_price is None else to_cents(rules.price(line.unit_price))
        discount = clean_discount(line.discount, "discount")
        quantity = counted
        key = (product_id, -1 if price is None else price)
        if key in merged:
            earlier = merged[key]
            if discount is not None and earlier.discount not in (None, discount):
                raise ValidationError("The same product appears with two discounts", "lines")
            discount = discount or earlier.discount
            quantity += earlier.quantity
            if quantity > rules.CART_QUANTITY_MAX:
                raise ValidationError(
                    f"Quantity must be between 1 and {rules.CART_QUANTITY_MAX}", "quantity"
                )
        merged[key] = CleanLine(product_id, quantity, price, discount)
    wallet = _cents(request.wallet_amount, "wallet_amount", "Wallet amount")
    tendered = _cents(request.cash_tendered, "cash_tendered", "Cash tendered")
    card = _cents(request.card_amount, "card_amount", "Card amount") or 0
    reference = clean_card_reference(request.card_reference)
    if reference and not card:
        raise ValidationError("A card reference needs a card amount", "card_reference")
    customer_id = None if request.customer_id is None else check_id(request.customer_id, "Customer")
    counter = rules.optional_text(
        request.counter, "counter", "Counter name", rules.COUNTER_NAME_MAX
    )
    return CleanCart(
        clean_uuid(request.sale_uuid),
        tuple(merged[k] for k in sorted(merged)),  # product-id order: no lock cycles
        customer_id,
        wallet,
        tendered,
        counter,
        card,
        reference,
        clean_discount(request.discount, "discount"),
        _cents(request.expected_total, "expected_total", "The total shown"),
    )


def tendered_for(cash_cents: int, tendered_cents: int | None, currency: Currency) -> int | None:
    """What the customer handed over for the cash part: the cash part itself when the
    cashier typed nothing, None when nothing is paid in cash; refused when it falls short
    or leaves more change than a note of the store's ``currency`` could."""
    if not cash_cents:
        return None
    tendered = cash_cents if tendered_cents is None else tendered_cents
    if tendered < cash_cents:
        raise ValidationError(
            f"Cash tendered {format_money(from_cents(tendered))} does not cover "
            f"{format_money(from_cents(cash_cents))}",
            "cash_tendered",
        )
    if not tendered_acceptable(cash_cents, tendered, currency):  # a slip: no note is that much
        raise ValidationError(
            f"Cash tendered {format_money(from_cents(tendered))} leaves more than "
            f"{format_money(from_cents(change_max_cents(currency)))} of change",
            "cash_tendered",
        )
    return tendered
