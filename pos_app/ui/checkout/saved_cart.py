"""A cart saved away from the screen (parked, or in the counter's own file) read back:
its products and customer, and what it holds said in words."""

from __future__ import annotations

from pos_app.domain.errors import NotFoundError
from pos_app.services.records import Actor, Customer
from pos_app.ui.cart_model import CartItem
from pos_app.ui.context import AppContext


def item_count(count: int) -> str:
    return f"{count} item" if count == 1 else f"{count} items"


def load_cart(
    ctx: AppContext, actor: Actor, lines: tuple[tuple[int, int], ...], customer_id: int | None
) -> tuple[list[CartItem], Customer | None, list[int]]:
    """Products and customer for saved lines (on a worker): items, customer, and the ids
    of products that are gone."""
    services = ctx.services
    items, gone = [], []
    for product_id, quantity in lines:
        try:
            items.append(CartItem(services.inventory.get(actor, product_id), quantity))
        except NotFoundError:
            gone.append(product_id)
    customer = None
    if customer_id is not None:
        try:
            customer = services.customers.get(actor, customer_id)
        except NotFoundError:
            customer = None
    return items, customer, gone
