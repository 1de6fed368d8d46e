"""The average ratings shown in the inventory's Rating column: fetched for each page of
products after it arrives, so that the table model never queries."""

from __future__ import annotations

import shiboken6

from pos_app.services.records import Actor, Product, Rating
from pos_app.ui.context import AppContext
from pos_app.ui.money_format import decimal_point
from pos_app.ui.table_model import RecordTableModel
from pos_app.ui.tasks import ErrorCallback


class ProductRatings:
    """Average rating by product id, for the rows of ``model`` fetched so far."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        model: RecordTableModel[Product],
        on_error: ErrorCallback,
    ) -> None:
        self.ctx = ctx
        self.actor = actor
        self.model = model
        self.on_error = on_error
        self.by_id: dict[int, Rating] = {}

    def text(self, product_id: int) -> str:
        rating = self.by_id.get(product_id)
        return (
            ""
            if rating is None
            else f"{str(rating.average).replace('.', decimal_point())} ({rating.count})"
        )

    def fetch(self, first: int, last: int) -> None:
        ids: list[int] = [self.model.record(row).id for row in range(max(first, 0), last + 1)]
        if not ids:
            return
        actor, inventory = self.actor, self.ctx.services.inventory
        self.ctx.tasks.read(
            lambda: inventory.ratings(actor, ids),
            lambda found: self._show(ids, found),
            self.on_error,
        )

    def _show(self, ids: list[int], found: dict[int, Rating]) -> None:
        if not shiboken6.isValid(self.model):
            # The Inventory closed while the ratings were read (a CI run: "Internal C++
            # object (RecordTableModel) already deleted"); nobody is left to tell. The task
            # runner cannot see it: this object is not a Qt object.
            return
        for product_id in ids:
            if product_id in found:
                self.by_id[product_id] = found[product_id]
            else:
                self.by_id.pop(product_id, None)
        # one signal for the whole column: cheaper than finding the rows among thousands
        model = self.model
        last_row, column = model.rowCount() - 1, len(model.columns) - 1
        if last_row >= 0:
            model.dataChanged.emit(model.index(0, column), model.index(last_row, column))
