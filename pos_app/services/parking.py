"""Parked carts: set a cart aside at a counter, serve the next customer, resume it later.
They live in the database, so they survive a restart of the app on that counter."""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal

from pos_app.data import models
from pos_app.data.store import Store
from pos_app.domain import rules
from pos_app.domain.errors import NotFoundError, ValidationError
from pos_app.domain.money import parse_money
from pos_app.services.base import Service, check_id, customer_account
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import AccountId, Actor, CartLine, ParkedCart

MAX_PARKED_LINES = 500


def _lines_json(given: object) -> str:
    lines = rules.sequence(given, "lines", "Cart", MAX_PARKED_LINES)
    if not lines:
        raise ValidationError("The cart is empty", "lines")
    if len(lines) > MAX_PARKED_LINES:
        raise ValidationError(f"A parked cart holds at most {MAX_PARKED_LINES} lines", "lines")
    rows = []
    for line in lines:
        if not isinstance(line, CartLine):
            raise ValidationError("Not a cart line", "lines")
        rows.append(
            {
                "product_id": check_id(line.product_id, "Product"),
                "quantity": rules.integer(
                    line.quantity, "quantity", "Quantity", 1, rules.CART_QUANTITY_MAX
                ),
                "unit_price": None
                if line.unit_price is None
                else str(parse_money(line.unit_price, field="unit_price", label="Price")),
            }
        )
    return json.dumps(rows)


def _record(store: Store, cart: models.ParkedCart) -> ParkedCart:
    people = store.usernames([cart.customer_id, cart.cashier_id])
    lines = tuple(
        CartLine(
            int(row["product_id"]),
            int(row["quantity"]),
            None if row.get("unit_price") is None else Decimal(row["unit_price"]),
        )
        for row in json.loads(cart.lines)
    )
    return ParkedCart(
        id=cart.id,
        counter=cart.counter,
        label=cart.label,
        customer_id=AccountId(cart.customer_id) if cart.customer_id else None,
        customer_username=people.get(cart.customer_id) if cart.customer_id else None,
        cashier_username=people.get(cart.cashier_id) if cart.cashier_id else None,
        lines=lines,
        created_at=cart.created_at,
    )


class ParkedCartService(Service):
    def park(
        self,
        actor: Actor | None,
        counter: str,
        lines: Sequence[CartLine],
        *,
        customer_id: int | None = None,
        label: str = "",
    ) -> ParkedCart:
        checked = authorize(actor, Op.CART_PARK)
        name = rules.required_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX)
        text = rules.optional_text(label, "label", "Label", 100)
        payload = _lines_json(lines)

        def work(store: Store) -> ParkedCart:
            if customer_id is not None:
                customer_account(store, customer_id)
            cart = models.ParkedCart(
                counter=name,
                label=text,
                cashier_id=checked.account_id,
                customer_id=customer_id,
                lines=payload,
                created_at=models.utcnow(),
            )
            store.add(cart)
            store.flush()
            return _record(store, cart)

        return self._db.write(work)

    def list(self, actor: Actor | None, counter: str) -> list[ParkedCart]:
        authorize(actor, Op.CART_PARK)
        name = rules.optional_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX)
        return self._db.read(lambda store: [_record(store, c) for c in store.parked_carts(name)])

    def resume(self, actor: Actor | None, cart_id: int) -> ParkedCart:
        """Take the parked cart back: it is returned and removed in one step."""
        authorize(actor, Op.CART_PARK)
        row_id = check_id(cart_id, "Parked cart")

        def work(store: Store) -> ParkedCart:
            cart = store.lock(models.ParkedCart, row_id)
            if cart is None:
                raise NotFoundError("That parked cart was already resumed or discarded")
            record = _record(store, cart)
            store.delete(cart)
            return record

        return self._db.write(work)
