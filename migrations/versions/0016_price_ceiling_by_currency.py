"""Prices as large as a store's currency needs (issue 17).

The money limits are written for a dollar-sized unit and the store's currency scales them
(``Currency.scale``): a price of at most 1,000,000.00 dollars is at most 10^11 Lebanese
pounds. The database's own check on ``products.price_cents`` said 100,000,000 cents, so a
Lebanese store could not price anything above 1,000,000 LBP (about eleven dollars). Its
ceiling becomes the limit in the largest scale offered (``rules.PRICE_CEILING_CENTS``); the
services still refuse what is above the store's own currency's limit.

SQLite changes a check by rebuilding the table, which drops the table's triggers (the
search index's, the pricing version's, the catalogue's change sequence): they are read
before the rebuild and made again as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

#: What 0005 set, and what 0016 sets (rules.PRICE_CEILING_CENTS when it was written).
OLD_CEILING_CENTS = 100_000_000
NEW_CEILING_CENTS = 10_000_000_000_000


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


@contextmanager
def _triggers_kept(table: str) -> Iterator[None]:
    """SQLite: the triggers on ``table`` as they were before a rebuild, made again after."""
    if not _sqlite():
        yield
        return
    found = op.get_bind().execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
        {"t": table},
    )
    kept = [(str(name), str(sql)) for name, sql in found]
    yield
    for name, sql in kept:
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        op.execute(sql)


def _price_range(ceiling_cents: int) -> None:
    with (
        _triggers_kept("products"),
        op.batch_alter_table("products", recreate="always" if _sqlite() else "auto") as batch,
    ):
        batch.drop_constraint(op.f("ck_products_price_range"), type_="check")
        batch.create_check_constraint(
            op.f("ck_products_price_range"),
            f"price_cents >= 0 AND price_cents <= {ceiling_cents}",
        )


def upgrade() -> None:
    _price_range(NEW_CEILING_CENTS)


def downgrade() -> None:
    _price_range(OLD_CEILING_CENTS)
