"""What a counter's catalogue cache follows (issue 15, migration 0011): a change sequence
on every row a price is made of, and a marker for every such row deleted.

``change_seq`` is set by triggers only, on both backends, whoever writes: from one
sequence, on insert and on an update of a column the cache keeps (a sale's stock update
moves nothing). The ORM never reads or writes it, so it is added to the tables here
rather than mapped: an insert leaves it to its default and the trigger.

- PostgreSQL: the sequence ``catalogue_change_seq``, taken under a transaction-scoped
  advisory lock, so that numbers are handed out in commit order: a counter that has
  read every row up to N never sees a row below N commit later (a bare sequence gives
  numbers in call order, and a slow writer's row would be skipped for good).
- SQLite: ``pricing_state.catalogue_seq``, a one-row counter (one writer at a time, so
  call order is commit order). Unused on PostgreSQL.

A promotion's products are part of the promotion: adding or removing one moves the
promotion's ``change_seq``, and the cache replaces its product set whole.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.data.models import Base, Product, ProductCategory
from pos_app.data.pricing_models import PricingState, Promotion, StoreSetting, TaxRate

#: The tables a counter caches, each with the column its rows are keyed by.
FOLLOWED: dict[str, str] = {
    "products": "id",
    "categories": "id",
    "tax_rates": "id",
    "promotions": "id",
    "store_settings": "key",
}


def _followed(table: Table) -> None:
    table.append_column(Column("change_seq", BigInteger, nullable=False, server_default="0"))
    Index(f"ix_{table.name}_change_seq", table.c.change_seq)


for _model in (Product, ProductCategory, TaxRate, Promotion, StoreSetting):
    _followed(_model.__table__)  # type: ignore[arg-type]
PricingState.__table__.append_column(  # type: ignore[attr-defined]
    Column("catalogue_seq", BigInteger, nullable=False, server_default="0")
)


class CatalogueDeletion(Base):
    """A row of a followed table deleted at ``change_seq``: the cache drops it."""

    __tablename__ = "catalogue_deletions"

    change_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(32))
    row_key: Mapped[str] = mapped_column(String(100))
