"""The catalogue cache in the counter's own file (``pos_app.data.counter_file``): the
products, categories, tax rates, promotions and store settings an offline sale is
priced by, as the server had them at the change number ``last_seq`` (migration 0011).

A page of changes (``CatalogueRepository.changes_after``) is applied in one local
transaction together with its ``upto``: a refresh cut short (a crash, the server gone)
resumes after the last page it finished, and no change is skipped or applied twice. A
row is replaced only by one of a higher change number, and a deletion marker removes
only an older row, so the order inside a page does not matter.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pos_app.data.counter_file import CounterFile, _transaction
from pos_app.data.repositories.catalogue import COLUMNS, CataloguePage

_KEYS = {"store_settings": "key"}


def _key(table: str) -> str:
    return _KEYS.get(table, "id")


def _stored(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _upsert(table: str, columns: tuple[str, ...]) -> str:
    names = (*columns, "change_seq")
    key = _key(table)
    assignments = ", ".join(f"{c} = excluded.{c}" for c in names if c != key)
    return (
        f"INSERT INTO cache_{table} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)}) ON CONFLICT ({key}) DO UPDATE SET "
        f"{assignments} WHERE excluded.change_seq > cache_{table}.change_seq"
    )


class CatalogueCache:
    """The cache in ``file``. Reads return plain tuples in ``COLUMNS`` order (then
    change_seq); promotions also carry their product ids (a list)."""

    def __init__(self, file: CounterFile) -> None:
        self.file = file

    def last_seq(self) -> int:
        with self.file._connect() as connection:
            row = connection.execute("SELECT last_seq FROM cache_state WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def apply(self, page: CataloguePage) -> bool:
        """Apply ``page`` and move ``last_seq`` to its ``upto``, in one transaction; False
        (nothing done) if the cache is no longer at ``page.after`` (another refresh
        applied it meanwhile)."""
        with self.file._connect() as connection, _transaction(connection):
            row = connection.execute("SELECT last_seq FROM cache_state WHERE id = 1").fetchone()
            if (int(row[0]) if row else 0) != page.after:
                return False
            for table, rows in page.rows.items():
                if not rows:
                    continue
                columns = COLUMNS[table]
                values = [tuple(_stored(v) for v in r) for r in rows]
                if table == "promotions":
                    columns = (*columns, "product_ids")
                    values = [
                        (*v[:-1], json.dumps(sorted(page.promotion_products.get(v[0], []))), v[-1])
                        for v in values
                    ]
                connection.executemany(_upsert(table, columns), values)
            for seq, table, key in page.deletions:
                if table in COLUMNS:
                    connection.execute(
                        f"DELETE FROM cache_{table} WHERE {_key(table)} = ? AND change_seq < ?",
                        (key if table == "store_settings" else int(key), seq),
                    )
            connection.execute(
                "INSERT INTO cache_state (id, last_seq, refreshed_at) VALUES (1, ?, "
                "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (id) DO UPDATE SET "
                "last_seq = excluded.last_seq, refreshed_at = excluded.refreshed_at",
                (page.upto,),
            )
        return True

    # -- what a sale reads ---------------------------------------------------------------
    def products(self, product_ids: list[int]) -> dict[int, tuple[Any, ...]]:
        wanted = sorted(set(product_ids))
        with self.file._connect() as connection:
            found = connection.execute(
                f"SELECT {', '.join(COLUMNS['products'])}, change_seq FROM cache_products "
                f"WHERE id IN ({', '.join('?' for _ in wanted)})",
                wanted,
            ).fetchall()
        return {int(r[0]): tuple(r) for r in found}

    def by_barcode(self, code: str) -> tuple[Any, ...] | None:
        """The product with barcode ``code``: the active one, the latest, if two rows have
        it for a moment (a barcode moved from one product to another between pages)."""
        with self.file._connect() as connection:
            return connection.execute(  # type: ignore[no-any-return]
                f"SELECT {', '.join(COLUMNS['products'])}, change_seq FROM cache_products "
                "WHERE barcode = ? ORDER BY active DESC, change_seq DESC LIMIT 1",
                (code,),
            ).fetchone()

    def pricing(
        self,
    ) -> tuple[
        dict[str, str],
        dict[str, tuple[Any, ...]],
        dict[int, tuple[Any, ...]],
        list[tuple[Any, ...]],
    ]:
        """(settings, categories by name, tax rates by id, the active promotions with
        their product ids), in one read. Which promotions run at ``at`` is the pricing
        rules' to say."""
        with self.file._connect() as connection:
            settings = dict(connection.execute("SELECT key, value FROM cache_store_settings"))
            categories = {
                str(r[1]): tuple(r)
                for r in connection.execute(
                    f"SELECT {', '.join(COLUMNS['categories'])} FROM cache_categories"
                )
            }
            rates = {
                int(r[0]): tuple(r)
                for r in connection.execute(
                    f"SELECT {', '.join(COLUMNS['tax_rates'])} FROM cache_tax_rates"
                )
            }
            promotions = [
                (*r[:-1], json.loads(r[-1]))
                for r in connection.execute(
                    f"SELECT {', '.join(COLUMNS['promotions'])}, product_ids "
                    "FROM cache_promotions WHERE active"
                )
            ]
        return settings, categories, rates, promotions

    def counts(self) -> dict[str, int]:
        with self.file._connect() as connection:
            return {
                table: int(connection.execute(f"SELECT count(*) FROM cache_{table}").fetchone()[0])
                for table in COLUMNS
            }
