"""Carts parked at a counter, waiting to be resumed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from pos_app.data.models import ParkedCart
from pos_app.data.repositories.base import Repository


class ParkedCartRepository(Repository):
    def add(self, **columns: Any) -> ParkedCart:
        return self._insert(ParkedCart(**columns))

    def delete(self, cart: ParkedCart) -> None:
        self._remove(cart)

    def waiting(self, counter: str) -> list[ParkedCart]:
        """The carts waiting at ``counter``: not those a resume has taken."""
        query = (
            select(ParkedCart)
            .where(ParkedCart.counter == counter, ParkedCart.taken_key.is_(None))
            .order_by(ParkedCart.created_at, ParkedCart.id)
        )
        return list(self.session.scalars(query))

    def by_key(self, *, parked: str | None = None, taken: str | None = None) -> ParkedCart | None:
        """The cart a park with key ``parked`` made, or the one a resume ``taken`` took."""
        column = ParkedCart.parked_key if parked is not None else ParkedCart.taken_key
        return self.session.scalars(
            select(ParkedCart).where(column == (parked if parked is not None else taken))
        ).first()
