"""Many rows at once into the models' tables: the bulk demo data (``pos_app.services.
demo_bulk``). SQLAlchemy Core executemany of plain dicts, no ORM objects; the caller
writes every ledger row with the change it records, in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, text, update

from pos_app.data.models import Base, Product, Wallet
from pos_app.data.repositories.base import Repository

_TABLES = Base.metadata.tables
_PRODUCTS = _TABLES[Product.__tablename__]
_WALLETS = _TABLES[Wallet.__tablename__]
_NEXTVAL = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")


def _table(name: str) -> Table:
    table = _TABLES.get(name)
    if table is None:
        raise ValueError(f"no table {name!r}")
    return table


class BulkWriter(Repository):
    def take_ids(self, table: str, count: int) -> list[int]:
        """``count`` new ids for ``table``, in order, for rows this transaction inserts
        (SQLite: after the largest, which the write lock keeps; PostgreSQL: from the
        table's sequence, so another writer's rows never take them)."""
        if count <= 0:
            return []
        self.tx.check_writable()
        connection = self.tx.connection()
        if self.on_postgresql:
            rows = connection.execute(_NEXTVAL, {"table": _table(table).name, "n": count})
            return sorted(int(row[0]) for row in rows)
        top = connection.execute(select(func.max(_table(table).c.id))).scalar()
        first = int(top or 0) + 1
        return list(range(first, first + count))

    def insert(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """One executemany of ``rows`` (each with the same keys) into ``table``."""
        if rows:
            self.tx.check_writable()
            self.tx.connection().execute(insert(_table(table)), list(rows))

    def take_stock(self, units: Mapping[int, int]) -> None:
        """Take ``units`` (product id -> how many) off the products' stock."""
        if units:
            self.tx.check_writable()
            self.tx.connection().execute(
                update(_PRODUCTS)
                .where(_PRODUCTS.c.id == bindparam("product"))
                .values(stock=_PRODUCTS.c.stock - bindparam("units")),
                [{"product": p, "units": n} for p, n in units.items()],
            )

    def take_from_wallets(self, cents: Mapping[int, int]) -> None:
        """Take ``cents`` (wallet id -> how much) off the wallets' balances."""
        if cents:
            self.tx.check_writable()
            self.tx.connection().execute(
                update(_WALLETS)
                .where(_WALLETS.c.id == bindparam("wallet"))
                .values(balance_cents=_WALLETS.c.balance_cents - bindparam("cents")),
                [{"wallet": w, "cents": c} for w, c in cents.items()],
            )

    def held(self, table: str, column: str, ids: Iterable[int]) -> dict[int, int]:
        """``column`` of the rows of ``table`` with these ids, locked until the transaction
        ends (PostgreSQL): what the ledger rows written next start from, whoever sold or
        topped up since the caller last read them."""
        target = _table(table)
        self.tx.check_writable()
        rows = self.tx.connection().execute(
            select(target.c.id, target.c[column])
            .where(target.c.id.in_(sorted(set(ids))))
            .order_by(target.c.id)
            .with_for_update()
        )
        return {int(r[0]): int(r[1]) for r in rows}

    def analyze(self) -> None:
        """PostgreSQL: gather the planner's statistics now, as autovacuum would within a
        minute or so, so that the screens are quick at once after a bulk load. SQLite
        keeps none (the app never runs ANALYZE there) and is left alone."""
        if self.on_postgresql:
            self.tx.connection().exec_driver_sql("ANALYZE")

    def sellable(self) -> list[tuple[int, str, int, int]]:
        """(id, name, price cents, stock) of every product a till may sell at its shelf
        price now, in id order: plain tuples, a million of them fit in memory."""
        rows = self.tx.connection().execute(
            select(Product.id, Product.name, Product.price_cents, Product.stock)
            .where(Product.active.is_(True), Product.variable_price.is_(False), Product.stock > 0)
            .order_by(Product.id)
        )
        return [(int(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]
