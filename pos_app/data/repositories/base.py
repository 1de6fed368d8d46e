"""What every repository shares: its transaction, paging, and LIKE patterns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Select, func, select

from pos_app.data.models import Base

if TYPE_CHECKING:
    from pos_app.data.transaction import Transaction

R = TypeVar("R", bound=Base)


def like_pattern(text: str) -> str:
    """``text`` anywhere, with LIKE's own wildcards taken literally (ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Repository:
    """The queries and writes of one aggregate, inside one ``Transaction``."""

    def __init__(self, tx: Transaction) -> None:
        self.tx = tx
        self.session = tx.session

    def _insert(self, row: R) -> R:
        """Write a new row now (it has its id on return)."""
        self.tx.check_writable()
        self.session.add(row)
        self.session.flush()
        return row

    def _remove(self, row: Base) -> None:
        self.tx.check_writable()
        self.session.delete(row)

    @property
    def on_postgresql(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    def _page(
        self, query: Select[*tuple[Any, ...]], offset: int, limit: int
    ) -> tuple[list[Any], int]:
        total = self.session.scalar(
            select(func.count()).select_from(query.order_by(None).subquery())
        )
        rows = list(self.session.execute(query.offset(offset).limit(limit)).all())
        return rows, int(total or 0)
