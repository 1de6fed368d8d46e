"""The Sales workspace's filters in force, and the zone its days are read in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from pos_app.services import Services
from pos_app.services.records import Actor, Page, Sale
from pos_app.ui.widgets import local_midnight


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always attaches one
    return zone


@dataclass(frozen=True)
class SalesFilter:
    """The filters in force, with names already resolved to ids."""

    first: date
    last: date
    customer_id: int | None = None
    cashier_id: int | None = None
    product_id: int | None = None

    @property
    def since(self) -> datetime:
        return local_midnight(self.first)

    @property
    def until(self) -> datetime:
        return local_midnight(self.last + timedelta(days=1))

    def history(self, services: Services, actor: Actor) -> Callable[..., Page[Sale]]:
        """``fetch(offset, limit, after=None)`` for these filters; runs on a worker."""

        def fetch(offset: int, limit: int, after: object = None) -> Page[Sale]:
            return services.sales.history(
                actor,
                customer_id=self.customer_id,
                cashier_id=self.cashier_id,
                product_id=self.product_id,
                since=self.since,
                until=self.until,
                offset=offset,
                limit=limit,
                after=after,
            )

        return fetch
