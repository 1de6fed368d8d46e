"""Parked carts: set a cart aside at a counter, serve the next customer, resume it later.
They live in the database, so they survive a restart of the app on that counter."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pos_app.data import models
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.errors import NotFoundError, ValidationError, shown
from pos_app.domain.money import parse_money
from pos_app.services.base import CART_LINES, Service, check_id, customer_account
from pos_app.services.drafts import discount_body, discount_from_body
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import AccountId, Actor, CartLine, CartSwap, ParkedCart

MAX_PARKED_LINES = 500
NOTE_MAX = 200


def _lines_json(given: object) -> str:
    rows = [
        {
            "product_id": product_id,
            "quantity": quantity,
            "unit_price": None
            if line.unit_price is None
            else str(parse_money(line.unit_price, field="unit_price", label="Price")),
            # As the cashier gave it; the sale checks it when the cart is sold.
            "discount": discount_body(line.discount),
        }
        for product_id, quantity, line in CART_LINES.counted(given, MAX_PARKED_LINES)
    ]
    return json.dumps(rows)


def _record(tx: Transaction, cart: models.ParkedCart) -> ParkedCart:
    people = tx.accounts.usernames([cart.customer_id, cart.cashier_id])
    lines = tuple(
        CartLine(
            int(row["product_id"]),
            int(row["quantity"]),
            None if row.get("unit_price") is None else Decimal(row["unit_price"]),
            discount_from_body(row.get("discount")),
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
        note=cart.note,
    )


def _key(value: object, what: str) -> str:
    """A key the counter made (a UUID) for a park or a resume it may have to repeat."""
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise ValidationError(f"The {what} key is not a UUID: {shown(value)}", "key") from None


@dataclass(frozen=True)
class _Park:
    """A park checked before its transaction opens."""

    counter: str
    label: str
    note: str
    payload: str
    customer_id: int | None

    def write(self, tx: Transaction, cashier_id: int | None, key: str | None) -> models.ParkedCart:
        if self.customer_id is not None:
            customer_account(tx, self.customer_id)
        return tx.parked_carts.add(
            counter=self.counter,
            label=self.label,
            note=self.note,
            cashier_id=cashier_id,
            customer_id=self.customer_id,
            lines=self.payload,
            parked_key=key,
            created_at=models.utcnow(),
        )


def _checked_park(
    counter: str,
    lines: Sequence[CartLine],
    customer_id: int | None,
    label: str,
    note: str,
) -> _Park:
    return _Park(
        counter=rules.required_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX),
        label=rules.optional_text(label, "label", "Label", 100),
        note=rules.optional_text(note, "note", "Note", NOTE_MAX),
        payload=_lines_json(lines),
        customer_id=None if customer_id is None else check_id(customer_id, "Customer"),
    )


class ParkedCartService(Service):
    """Park and resume carts. A park or a resume carries a key the counter made, so that
    sending it again (after a lost answer, or at the next start after a crash) does it
    once; a resumed cart stays in the database, marked taken, until the counter says it
    holds it (``forget``)."""

    def park(
        self,
        actor: Actor | None,
        counter: str,
        lines: Sequence[CartLine],
        *,
        customer_id: int | None = None,
        label: str = "",
        note: str = "",
        key: str | None = None,
    ) -> ParkedCart:
        checked = authorize(actor, Op.CART_PARK)
        park = _checked_park(counter, lines, customer_id, label, note)
        park_key = None if key is None else _key(key, "park")

        def work(tx: Transaction) -> ParkedCart:
            if park_key is not None:
                done = tx.parked_carts.by_key(parked=park_key)
                if done is not None:
                    return _record(tx, done)
            return _record(tx, park.write(tx, checked.account_id, park_key))

        return self._db.write(work)

    def list(self, actor: Actor | None, counter: str) -> list[ParkedCart]:
        authorize(actor, Op.CART_PARK)
        name = rules.optional_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX)
        return self._db.read(lambda tx: [_record(tx, c) for c in tx.parked_carts.waiting(name)])

    def resume(self, actor: Actor | None, cart_id: int) -> ParkedCart:
        """Take the parked cart back: it is returned and removed in one step."""
        authorize(actor, Op.CART_PARK)
        row_id = check_id(cart_id, "Parked cart")

        def work(tx: Transaction) -> ParkedCart:
            cart = tx.lock(models.ParkedCart, row_id)
            if cart is None or cart.taken_key is not None:
                raise NotFoundError("That parked cart was already resumed or discarded")
            record = _record(tx, cart)
            tx.parked_carts.delete(cart)
            return record

        return self._db.write(work)

    def swap(
        self,
        actor: Actor | None,
        counter: str,
        key: str,
        take_id: int,
        lines: Sequence[CartLine] = (),
        *,
        customer_id: int | None = None,
        label: str = "",
        note: str = "",
    ) -> CartSwap:
        """Resume cart ``take_id`` and park the cart on screen (``lines``, if any) in one
        transaction. Sent again with the same ``key`` it answers what the first one did."""
        checked = authorize(actor, Op.CART_PARK)
        swap_key = _key(key, "resume")
        row_id = check_id(take_id, "Parked cart")
        park = _checked_park(counter, lines, customer_id, label, note) if lines else None

        def work(tx: Transaction) -> CartSwap:
            taken = tx.parked_carts.by_key(taken=swap_key)
            if taken is not None:
                parked = tx.parked_carts.by_key(parked=swap_key)
                return CartSwap(_record(tx, taken), _record(tx, parked) if parked else None)
            cart = tx.lock(models.ParkedCart, row_id)
            if cart is None or cart.taken_key is not None:
                raise NotFoundError("That parked cart was already resumed or discarded")
            cart.taken_key = swap_key
            cart.taken_at = models.utcnow()
            written = park.write(tx, checked.account_id, swap_key) if park else None
            return CartSwap(_record(tx, cart), _record(tx, written) if written else None)

        return self._db.write(work)

    def forget(self, actor: Actor | None, key: str) -> None:
        """The counter holds the cart that resume ``key`` took: drop the database's copy."""
        authorize(actor, Op.CART_PARK)
        swap_key = _key(key, "resume")

        def work(tx: Transaction) -> None:
            cart = tx.parked_carts.by_key(taken=swap_key)
            if cart is not None:
                tx.parked_carts.delete(cart)

        self._db.write(work)
