"""A cart saved away from the screen (parked, or in the counter's own file) read back:
its products and customer, and what it holds said in words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from pos_app.domain.errors import NotFoundError
from pos_app.services.records import Actor, CartLine, Customer
from pos_app.ui.cart_model import CartItem
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import translate


def item_count(count: int) -> str:
    if count == 1:
        return translate("Cart", "1 item")
    return translate("Cart", "{0} items").format(count)


def load_cart(
    ctx: AppContext, actor: Actor, lines: Sequence[CartLine], customer_id: int | None
) -> tuple[list[CartItem], Customer | None, list[int]]:
    """Products and customer for saved lines (on a worker): items (with their discounts;
    a pack sold by price label at its label's price, any other product at today's),
    customer, and the ids of products that are gone."""
    services = ctx.services
    items, gone = [], []
    for line in lines:
        try:
            product = services.inventory.get(actor, line.product_id)
        except NotFoundError:
            gone.append(line.product_id)
            continue
        if product.variable_price and line.unit_price is not None:
            product = replace(product, price=Decimal(line.unit_price))
        items.append(CartItem(product, line.quantity, line.discount))
    customer = None
    if customer_id is not None:
        try:
            customer = services.customers.get(actor, customer_id)
        except NotFoundError:
            customer = None
    return items, customer, gone
