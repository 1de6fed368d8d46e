"""Counters for the restore drill: separate (spawned) processes that check out in a loop
until told to stop, reporting each sale the moment the service acknowledged it."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from helpers import CONSENT

from pos_app.data.database import Database
from pos_app.domain.errors import PosError
from pos_app.services import build_services
from pos_app.services.records import Actor, CartLine, CheckoutRequest


def checkout_loop(
    url: str,
    actor: Actor,
    counter: str,
    product_ids: list[int],
    customer_id: int,
    stop: Any,
    acks: Any,
) -> None:
    """Sell until ``stop`` is set: every other sale from the customer's wallet, the rest in
    cash with a little change. ``acks`` gets ("ok", uuid) for each acknowledged sale,
    (error name, message) for a refusal, and ("done", counter) at the end."""
    db = Database(url)
    services = build_services(db, bcrypt_cost=10)
    sold = 0
    try:
        while not stop.is_set():
            product = product_ids[sold % len(product_ids)]
            wallet = sold % 2 == 0
            request = CheckoutRequest(
                sale_uuid=str(uuid.uuid4()),
                lines=(CartLine(product, 1 + sold % 3),),
                customer_id=customer_id if wallet else None,
                cash_tendered=None if wallet else Decimal("100.00"),
                counter=counter,
                consent=CONSENT if wallet else None,  # the customer's PIN (helpers' PIN)
            )
            try:
                sale = services.sales.checkout(actor, request)
                acks.put(("ok", sale.uuid))
            except PosError as exc:
                acks.put((type(exc).__name__, exc.message))
            sold += 1
    finally:
        db.dispose()
        acks.put(("done", counter))
