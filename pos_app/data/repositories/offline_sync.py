"""What a counter's sync reads back after a chunk of sales: their flags, in one query
instead of a lookup of each sale (``OfflineSaleRepository.find``) after its write."""

from __future__ import annotations

from sqlalchemy import select

from pos_app.data.offline_models import OfflineSale
from pos_app.data.repositories.base import Repository


class OfflineSyncReads(Repository):
    def flags(self, sale_ids: list[int]) -> list[tuple[bool, bool]]:
        """(oversold, price changed) of each of ``sale_ids`` that is an offline sale."""
        rows = self.tx.connection().execute(
            select(OfflineSale.oversold, OfflineSale.price_changed).where(
                OfflineSale.sale_id.in_(sale_ids)
            )
        )
        return [(bool(a), bool(b)) for a, b in rows]
