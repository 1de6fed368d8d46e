"""A product's fields changed in place, with the audit rows a change leaves: the one way
an edit (InventoryService.update) and a CSV import of known products change a product."""

from __future__ import annotations

from collections.abc import Mapping

from pos_app.data import models
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction
from pos_app.domain.money import from_cents
from pos_app.services.audit_log import record_on
from pos_app.services.product_categories import category_for_product, category_key
from pos_app.services.records import Actor, ProductCategory


def kept_or_new_category(
    known: dict[str, ProductCategory], product: models.Product, name: str
) -> str:
    """A product keeps its (maybe retired) category; a new one must be defined and active."""
    if category_key(name) == category_key(product.category):
        return product.category
    return category_for_product(known, name)


def change_product(
    tx: Transaction,
    checked: Actor,
    product: models.Product,
    cleaned: Mapping[str, object],
    note: str = "",
) -> None:
    """Give ``product`` the ``cleaned`` column values (categories already resolved) and
    audit it: a price change row saying from and to, and a row naming the other fields
    changed. ``note`` ends each row's detail ("; authorised by ...")."""
    old_price = product.price_cents
    for key, value in cleaned.items():
        setattr(product, key, value)
    if "name" in cleaned:
        product.name_key = rules.natural_sort_key(product.name)
    tx.flush()
    if "price_cents" in cleaned and cleaned["price_cents"] != old_price:
        record_on(
            tx,
            checked,
            AuditAction.PRICE_CHANGE,
            product,
            f"{product.name}: {from_cents(old_price):.2f} -> "
            f"{from_cents(product.price_cents):.2f}{note}",
        )
    others = sorted(k for k in cleaned if k != "price_cents")
    if others:
        changed = f"{product.name}: {', '.join(others)}{note}"
        record_on(tx, checked, AuditAction.PRODUCT_CHANGE, product, changed)
